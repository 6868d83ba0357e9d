"""The account (a key client), its org structure, its ICP ratings, and the product catalogue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.model.base import Base, EnumText, Tracked, utcnow
from kamdesk.model.enums import LifecycleStage, OrgUnitKind, Tier

DEPENDANTS = "all, delete-orphan"


class Account(Tracked, Base):
    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint("strategic_importance BETWEEN 1 AND 5", name="strategic_importance_range"),
        Index("ix_account_name_folded", "name_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and accent-folded name: keeps "Vale" and "VALE" from being two accounts.
    name_key: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    industry: Mapped[str] = mapped_column(String(120), default="")
    employees: Mapped[int | None]
    revenue_band: Mapped[str] = mapped_column(String(60), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    tier_override: Mapped[Tier | None] = mapped_column(EnumText(Tier, 8))
    strategic_importance: Mapped[int] = mapped_column(default=3)
    lifecycle_stage: Mapped[LifecycleStage] = mapped_column(
        EnumText(LifecycleStage), default=LifecycleStage.TARGETING
    )
    strategies: Mapped[list[str]] = mapped_column(JSON, default=list)
    value_proposition: Mapped[str] = mapped_column(Text, default="")
    desired_position: Mapped[str] = mapped_column(Text, default="")
    perceived_position: Mapped[str] = mapped_column(Text, default="")
    differentiators: Mapped[str] = mapped_column(Text, default="")
    acquisition_cost: Mapped[Decimal | None]
    client_since: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    icp_ratings: Mapped[list[IcpRating]] = relationship(
        back_populates="account", cascade=DEPENDANTS, passive_deletes=True
    )
    org_units: Mapped[list[OrgUnit]] = relationship(cascade=DEPENDANTS, passive_deletes=True)


class IcpCriterion(Tracked, Base):
    """One weighted criterion of the portfolio's ideal customer profile."""

    __tablename__ = "icp_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Built-in criteria have a key (translated name); criteria the KAM adds have only a name.
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    weight: Mapped[float] = mapped_column(default=1.0)
    position: Mapped[int] = mapped_column(default=0)


class IcpRating(Base):
    """How well an account meets one ICP criterion, 1 (poor) to 5 (ideal)."""

    __tablename__ = "icp_rating"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("icp_criterion.id", ondelete="CASCADE"), primary_key=True
    )
    rating: Mapped[int]

    account: Mapped[Account] = relationship(back_populates="icp_ratings")


class OrgUnit(Tracked, Base):
    """A node of the client's own structure: company → business unit → directorate → area."""

    __tablename__ = "org_unit"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrgUnitKind] = mapped_column(EnumText(OrgUnitKind), default=OrgUnitKind.AREA)
    is_target: Mapped[bool] = mapped_column(default=False)


class Product(Tracked, Base):
    """A product or solution line of our own catalogue."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str] = mapped_column(String(120), default="")
