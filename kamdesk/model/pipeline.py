"""Opportunities, the configurable pipeline stages, stage history and forecast snapshots."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.model.base import Base, EnumText, Tracked, utcnow
from kamdesk.model.enums import ForecastCategory, OpportunityType, StageOutcome


class PipelineStage(Tracked, Base):
    __tablename__ = "pipeline_stage"
    __table_args__ = (CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Built-in stages have a key (translated name); stages the KAM adds have only a name.
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[StageOutcome] = mapped_column(EnumText(StageOutcome), default=StageOutcome.OPEN)


class Opportunity(Tracked, Base):
    __tablename__ = "opportunity"
    __table_args__ = (
        CheckConstraint("probability IS NULL OR probability BETWEEN 0 AND 100", name="probability"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[OpportunityType] = mapped_column(
        EnumText(OpportunityType), default=OpportunityType.NEW
    )
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id", ondelete="SET NULL"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id", ondelete="SET NULL"))
    one_time_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    recurring_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    stage_id: Mapped[int] = mapped_column(ForeignKey("pipeline_stage.id", ondelete="RESTRICT"))
    # None = the stage's default probability.
    probability: Mapped[int | None]
    forecast_category: Mapped[ForecastCategory] = mapped_column(
        EnumText(ForecastCategory), default=ForecastCategory.PIPELINE
    )
    expected_close: Mapped[dt.date | None]
    owner: Mapped[str] = mapped_column(String(120), default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    competitor: Mapped[str] = mapped_column(String(200), default="")
    win_loss_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[dt.date | None]


class OpportunityHistory(Base):
    """The opportunity as it was after each change: stage history and slippage come from here."""

    __tablename__ = "opportunity_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline_stage.id", ondelete="SET NULL")
    )
    expected_close: Mapped[dt.date | None]
    one_time_value: Mapped[Decimal | None]
    recurring_value: Mapped[Decimal | None]
    probability: Mapped[int | None]


class ForecastTarget(Tracked, Base):
    """The sales target of one period (``2027-01``, ``2027-Q1`` or ``2027``)."""

    __tablename__ = "forecast_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(16), unique=True)
    amount: Mapped[Decimal]


class ForecastSnapshot(Base):
    """What the forecast said at one moment, kept so its accuracy can be measured later."""

    __tablename__ = "forecast_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    automatic: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class ForecastSnapshotLine(Base):
    __tablename__ = "forecast_snapshot_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("forecast_snapshot.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))
    category: Mapped[ForecastCategory] = mapped_column(EnumText(ForecastCategory))
    amount: Mapped[Decimal]
    weighted_amount: Mapped[Decimal]
