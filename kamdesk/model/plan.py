"""The account plan: risks and actions, OKRs with check-ins, reviews and interactions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.model.base import Base, EnumText, Tracked, utcnow
from kamdesk.model.enums import (
    ActionStatus,
    InteractionKind,
    KeyResultDirection,
    ReviewKind,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    Strategy,
)


class Risk(Tracked, Base):
    __tablename__ = "risk"
    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood_range"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[RiskCategory] = mapped_column(
        EnumText(RiskCategory), default=RiskCategory.OTHER
    )
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int] = mapped_column(default=3)
    impact: Mapped[int] = mapped_column(default=3)
    response: Mapped[RiskResponse] = mapped_column(
        EnumText(RiskResponse), default=RiskResponse.MITIGATE
    )
    status: Mapped[RiskStatus] = mapped_column(EnumText(RiskStatus), default=RiskStatus.OPEN)
    review_date: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Action(Tracked, Base):
    """A next step with an owner and a due date: risk mitigation or general follow-up."""

    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    risk_id: Mapped[int | None] = mapped_column(ForeignKey("risk.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120), default="")
    due: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus), default=ActionStatus.OPEN)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    done_at: Mapped[dt.date | None]


class Objective(Tracked, Base):
    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None = an objective of the whole portfolio.
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(16))  # 2027-Q1, 2027-H1, 2027
    strategy: Mapped[Strategy | None] = mapped_column(EnumText(Strategy))


class KeyResult(Tracked, Base):
    __tablename__ = "key_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="")
    start: Mapped[float] = mapped_column(default=0.0)
    target: Mapped[float]
    current: Mapped[float | None]
    direction: Mapped[KeyResultDirection] = mapped_column(
        EnumText(KeyResultDirection), default=KeyResultDirection.INCREASE
    )


class CheckIn(Tracked, Base):
    __tablename__ = "check_in"
    __table_args__ = (
        CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 1 AND 10", name="confidence_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_result.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date]
    value: Mapped[float]
    confidence: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Review(Tracked, Base):
    """A routine review held for an account (risk, pipeline, relationship map, ...)."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ReviewKind] = mapped_column(EnumText(ReviewKind))
    date: Mapped[dt.date]
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Figures measured at the review (e.g. sponsor coverage and resistance for a map review).
    measures: Mapped[dict | None] = mapped_column(JSON)


interaction_stakeholder = Table(
    "interaction_stakeholder",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("stakeholder_id", ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True),
)


class Interaction(Tracked, Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date]
    kind: Mapped[InteractionKind] = mapped_column(
        EnumText(InteractionKind), default=InteractionKind.MEETING
    )
    notes: Mapped[str] = mapped_column(Text, default="")
