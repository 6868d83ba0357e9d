"""Declarative base, shared column types and naming conventions (Alembic needs stable names)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, DateTime, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kamdesk.model.enums import LabelledEnum

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CENT = Decimal("0.01")


class Money(TypeDecorator):
    """A money amount kept as integer centavos, so sums are exact on every engine."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(value) / 100).quantize(CENT)


class EnumText(TypeDecorator):
    """Stores a :class:`LabelledEnum` member as its plain value (portable, readable)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[LabelledEnum], length: int = 32):
        super().__init__(length)
        self.enum_class = enum_class

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value, dialect):
        return None if value is None else self.enum_class(value)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: DateTime(), Decimal: Money()}


class Tracked:
    """A record that people may edit at the same time (team mode, issue 9).

    ``version`` grows by one at every update; SQLAlchemy writes ``WHERE version = <read>``, so
    a save racing another one fails instead of overwriting it (``StaleDataError``), and
    ``kamdesk.store.concurrency`` compares it with the version the user was shown. On a server,
    triggers keep all three columns right for every writer (bulk imports too) and name the
    database user; in a file the session fills ``changed_by``/``changed_at``.
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    changed_at: Mapped[dt.datetime | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 (a class-level directive)
        return {"version_id_col": cls.__table__.c.version}
