"""The account plan's widgets (issue 6): risks and actions, reviews, interactions, positioning."""
