"""Values as the preview shows them: enum labels in the workbook's language, referred records
by name, natural keys joined with “ › ”."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kamdesk.excel.schema import Column, Kind
from kamdesk.model.enums import LabelledEnum

KEY_SEPARATOR = " › "

NameOf = Callable[[str, object], str]  # (sheet key, record id or Pending) → its name


def shown(column: Column, value, language: str, name_of: NameOf):
    """``value`` (normal form) for a person: labels, names; plain values otherwise."""
    if isinstance(value, LabelledEnum):
        return value.label(language)
    if column.kind is Kind.ENUM_LIST:
        return ", ".join(member.label(language) for member in value or ())
    if column.kind is Kind.NAME_LIST:
        return "; ".join(sorted(name_of("stakeholders", v) for v in value or ()))
    if column.kind is Kind.REFERENCE and value is not None:
        return name_of(column.refers_to, value)
    if column.kind is Kind.STAGE and value is not None:
        return name_of("stages", value)
    return value


def key_part(column: Column, value, language: str, name_of: NameOf) -> str:
    value = shown(column, value, language, name_of)
    if value is None:
        return ""
    if column.kind is Kind.MONTH and isinstance(value, dt.date):
        return value.strftime("%Y-%m")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def joined(parts: list[str]) -> str:
    return KEY_SEPARATOR.join(filter(None, parts))  # the parts that are not empty
