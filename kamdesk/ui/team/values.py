"""A record's field and value as a KAM reads them, for the conflict dialog and the history.

Field names come from the workbook's columns (kamdesk.excel.schema), which already say every
stored field in English and Portuguese; enum values get their translated labels, money and
dates the user's locale. What no sheet shows keeps its own name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from kamdesk.excel.schema import SHEETS_BY_KEY, Column, Kind
from kamdesk.services.workbook_import.bindings import BINDINGS
from kamdesk.ui.i18n import chosen_language, enum_label, format_date, format_money, format_number

EMPTY = "—"


@cache
def _columns() -> dict[tuple[str, str], Column]:
    """(table, stored field) → the workbook column that shows it."""
    found: dict[tuple[str, str], Column] = {}
    for sheet_key, binding in BINDINGS.items():
        sheet = SHEETS_BY_KEY[sheet_key]
        for column_key, attribute in binding.attributes.items():
            column = next((c for c in sheet.columns if c.key == column_key), None)
            if column is not None:
                found.setdefault((binding.model.__tablename__, attribute), column)
    return found


def field_label(table: str, field: str) -> str:
    column = _columns().get((table, field))
    if column is None:
        return field.replace("_", " ").capitalize()
    return column.label(chosen_language())


def value_text(table: str, field: str, value: object) -> str:
    """``value`` as the app would show it. Values read from the change log are as stored
    (money in centavos, dates as ISO text, enums as their codes); both forms are understood."""
    if value is None or value == "":
        return EMPTY
    column = _columns().get((table, field))
    kind = column.kind if column else None
    if column is not None and column.enum is not None:
        return _enum_text(column, value)
    if kind is Kind.MONEY:
        amount = value if isinstance(value, Decimal) else Decimal(value) / 100
        return format_money(amount)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dt.date) or kind in (Kind.DATE, Kind.MONTH):
        return format_date(_as_date(value))
    if isinstance(value, int | float | Decimal):
        return format_number(value, 0 if float(value).is_integer() else 2)
    return str(value)


def _enum_text(column: Column, value: object) -> str:
    values = value if isinstance(value, list | tuple) else [value]
    labels = []
    for item in values:
        try:
            labels.append(enum_label(column.enum(item)))
        except ValueError:  # a value this version does not know
            labels.append(str(item))
    return ", ".join(labels)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
