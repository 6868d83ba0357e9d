"""Account health in the window: monthly revenue, survey responses and the health card."""
