"""Monthly revenue and survey responses: the raw facts behind account health."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.model.base import Base, EnumText, Tracked
from kamdesk.model.enums import SurveyKind


class RevenueRecord(Tracked, Base):
    __tablename__ = "revenue_record"
    __table_args__ = (
        UniqueConstraint("account_id", "month"),
        CheckConstraint("recurring <= revenue", name="recurring_within_revenue"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[dt.date]  # always the first day of the month
    revenue: Mapped[Decimal]
    recurring: Mapped[Decimal] = mapped_column(default=Decimal(0))


class SurveyResponse(Tracked, Base):
    __tablename__ = "survey_response"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'nps' AND score BETWEEN 0 AND 10)"
            " OR (kind = 'csat' AND score BETWEEN 1 AND 5)",
            name="score_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL")
    )
    date: Mapped[dt.date]
    kind: Mapped[SurveyKind] = mapped_column(EnumText(SurveyKind, 8))
    score: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
