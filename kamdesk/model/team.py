"""Team mode (issue 9): who may do what on a shared portfolio, and who changed what.

Both tables exist in every portfolio so that the schema is one; in a file they stay empty.
On a server, ``team_member`` ties a database login to a role and to the name written in the
accounts' Owner column, and triggers fill ``change_log`` for every write (the database user
recorded by the server itself, so nobody can write in someone else's name).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.model.base import Base

TEAM_ROLES = ("director", "kam", "viewer")


class TeamMember(Base):
    __tablename__ = "team_member"
    __table_args__ = (CheckConstraint("role IN ('director', 'kam', 'viewer')", name="role_known"),)

    login: Mapped[str] = mapped_column(String(63), primary_key=True)  # PostgreSQL's name limit
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    # The name in the accounts' Owner column that makes an account this KAM's own.
    owner_name: Mapped[str] = mapped_column(String(120), default="")


class ChangeLogEntry(Base):
    """One write to one record: ``changes`` maps each column written to ``[before, after]``
    (an insert has no before, a delete no after)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_account", "account_id", "id"),
        Index("ix_change_log_record", "table_name", "record_id"),
    )

    # BIGINT on a server (a long history); SQLite numbers rows only in an INTEGER key.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    changed_at: Mapped[dt.datetime]
    changed_by: Mapped[str] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[int]
    account_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(8))  # insert, update or delete
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    # The server transaction that wrote it: tells whether a client's view has seen the write.
    transaction_id: Mapped[int | None] = mapped_column(BigInteger)
