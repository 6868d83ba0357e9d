"""People in the client's decision chain and the links between them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.model.base import Base, EnumText, Tracked
from kamdesk.model.enums import BuyingRole, LinkKind, Stance


class Stakeholder(Tracked, Base):
    __tablename__ = "stakeholder"
    __table_args__ = (
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("relationship_strength BETWEEN 1 AND 5", name="relationship_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    buying_role: Mapped[BuyingRole | None] = mapped_column(EnumText(BuyingRole))
    influence: Mapped[int] = mapped_column(default=3)
    stance: Mapped[Stance] = mapped_column(EnumText(Stance), default=Stance.NEUTRAL)
    relationship_strength: Mapped[int] = mapped_column(default=3)
    mindset: Mapped[str] = mapped_column(Text, default="")
    relationship_owner: Mapped[str] = mapped_column(String(120), default="")
    last_contact: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # Position on the stakeholder map, so a map looks the same when reopened.
    map_x: Mapped[float | None]
    map_y: Mapped[float | None]


class StakeholderLink(Tracked, Base):
    """reports-to (org chart), influences (directed, strength 1–3), alliance or rivalry."""

    __tablename__ = "stakeholder_link"
    __table_args__ = (
        CheckConstraint("source_id <> target_id", name="not_self"),
        CheckConstraint("strength IS NULL OR strength BETWEEN 1 AND 3", name="strength_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"))
    kind: Mapped[LinkKind] = mapped_column(EnumText(LinkKind))
    strength: Mapped[int | None]
