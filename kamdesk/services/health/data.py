"""Plain values the account-health services take and give."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.model.enums import SurveyKind


@dataclass(frozen=True)
class MonthFigures:
    """One month of an account's revenue, of which ``recurring`` is recurring."""

    revenue: Decimal
    recurring: Decimal = Decimal(0)


@dataclass(frozen=True)
class RevenueRow:
    month: dt.date  # the first day of the month
    revenue: Decimal
    recurring: Decimal

    @property
    def one_off(self) -> Decimal:
        return self.revenue - self.recurring


@dataclass(frozen=True)
class SurveyData:
    account_id: int | None = None
    kind: SurveyKind = SurveyKind.NPS
    date: dt.date | None = None
    score: int | None = None
    stakeholder_id: int | None = None
    comment: str = ""


SURVEY_FIELDS = ("account_id", "kind", "date", "score", "stakeholder_id", "comment")


@dataclass(frozen=True)
class SurveyRow:
    id: int
    data: SurveyData
    stakeholder_name: str
