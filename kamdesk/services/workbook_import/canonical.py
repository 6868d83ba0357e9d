"""One normal form for a value, whether it came from a cell or from the database, so that a
workbook exported and imported back unchanged compares equal, field by field.

- Text: as stored; compared with line endings unified and surrounding spaces ignored.
- Money: ``Decimal`` to the cent. Numbers (key results, check-ins): ``float``, compared to
  nine significant digits. Percentages: whole numbers.
- Dates: ``datetime.date``; months: the first day of the month.
- Enumerations: the enum member. Strategies (a list): a tuple in the order given, compared as
  a set — reordering them is not a change; when they do change, the workbook's order is kept.
- References: the id of the record referred to (or a ``Pending`` new row); interaction
  participants: a frozenset of them.
- Yes/no: ``bool``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Table

from kamdesk.excel.schema import Column, Kind
from kamdesk.model.enums import Strategy, fold

CENT = Decimal("0.01")
TEXT_KINDS = (Kind.TEXT, Kind.LONG_TEXT, Kind.PERIOD)
SET_KINDS = (Kind.ENUM_LIST, Kind.NAME_LIST)


class _Required:
    """The blank value of a column the database cannot leave empty and has no default for."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED = _Required()

# Names repeat a lot (every row of a sheet names its account): fold each one once.
folded = functools.lru_cache(maxsize=1 << 16)(fold)


def money(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def whole(value) -> int | None:
    if value is None:
        return None
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _whole_number(value) -> int:
    return value if type(value) is int else whole(value)


def _date(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


_NORMALISERS = {
    Kind.MONEY: money,
    Kind.NUMBER: float,
    Kind.PERCENT: _whole_number,
    Kind.INTEGER: _whole_number,
    Kind.MONTH: lambda value: _date(value).replace(day=1),
    Kind.DATE: _date,
    Kind.BOOL: bool,
}


def canonical(column: Column, value):
    """``value`` (a parsed cell or a default) in the normal form of ``column``'s kind."""
    if value is None:
        return () if column.kind is Kind.ENUM_LIST else None
    normalise = _NORMALISERS.get(column.kind)
    return value if normalise is None else normalise(value)


def _stored_text(value) -> str:
    return value or ""


def _stored_strategies(value) -> tuple:
    return tuple(Strategy(v) for v in value or () if v in Strategy._value2member_map_)


def database_converter(column: Column):
    """How a stored value of ``column`` becomes its normal form; None when it already is
    (references, enum members, money, which comes back to the cent). Chosen once per column:
    a large portfolio has millions of stored values."""
    kind = column.kind
    if kind in TEXT_KINDS:
        return _stored_text
    if kind is Kind.ENUM_LIST:
        return _stored_strategies
    normalise = _NORMALISERS.get(kind)
    if normalise is None or kind is Kind.MONEY:
        return None
    return lambda value: None if value is None else normalise(value)


def from_database(column: Column, value):
    """A stored value in the normal form of ``column``'s kind."""
    convert = database_converter(column)
    return value if convert is None else convert(value)


def _text(value) -> str:
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def same(column: Column, old, new) -> bool:
    """Whether ``new`` (from the workbook) leaves ``old`` (stored) as it is."""
    kind = column.kind
    if kind in TEXT_KINDS:
        return _text(old) == _text(new)
    if kind in SET_KINDS:
        return frozenset(old or ()) == frozenset(new or ())
    if kind is Kind.NUMBER and old is not None and new is not None:
        return math.isclose(old, new, rel_tol=1e-9, abs_tol=1e-9)
    return old == new


def blank_value(table: Table, attribute: str | None, column: Column):
    """What a blank cell means for ``column``: the model's default, nothing (None or ""),
    or :data:`REQUIRED` when the database needs a value and has no default."""
    if attribute is None:  # ICP ratings, reporting line, participants: blank = none
        return frozenset() if column.kind is Kind.NAME_LIST else None
    db_column = table.c[attribute]
    default = db_column.default
    if default is not None and default.is_scalar:
        return canonical(column, default.arg)
    if default is not None and default.is_callable and column.kind is Kind.ENUM_LIST:
        return ()
    if db_column.nullable:
        return None
    return REQUIRED
