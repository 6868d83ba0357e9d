"""Account health (issue 7): monthly revenue, survey responses and the metrics built on them.

Decisions:

- Revenue is kept per account and month (first day of the month); the recurring part is within
  the month's revenue. Writing several months is one unit of work and one undo step.
- A survey response's person must belong to the response's account; deleting the person keeps
  the response without a person (the model's SET NULL).
"""

from kamdesk.services.health.data import MonthFigures, RevenueRow, SurveyData, SurveyRow
from kamdesk.services.health.revenue import RevenueService
from kamdesk.services.health.surveys import SurveyService

__all__ = [
    "MonthFigures",
    "RevenueRow",
    "RevenueService",
    "SurveyData",
    "SurveyRow",
    "SurveyService",
]
