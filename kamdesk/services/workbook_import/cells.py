"""One cell of a workbook row → its value in normal form (see ``canonical``), by column kind.

References come back as the name written (they are resolved later, against the workbook and
the portfolio); a blank cell comes back as :data:`BLANK` whatever the kind, so the planner
decides what blank means for the column (a default, nothing, or a missing required value).
"""

from __future__ import annotations

import functools

from kamdesk.analytics.cnpj import format_cnpj
from kamdesk.excel import values
from kamdesk.excel.schema import Column, Kind
from kamdesk.services.workbook_import.canonical import canonical, whole


class _Blank:
    def __repr__(self) -> str:
        return "BLANK"


BLANK = _Blank()


def _number_parser(parse, **extra):
    def parser(column: Column, value, language: str, max_length: int):
        bounds = {"minimum": column.minimum, "maximum": column.maximum}
        return parse(value, language, **extra, **bounds)

    return parser


def _text(column: Column, value, language: str, max_length: int):
    return values.parse_text(value, max_length)


def _id(column: Column, value, language: str, max_length: int):
    if isinstance(value, float) and value.is_integer() and value >= 1:
        return int(value)  # the usual case, a number cell: skip the general parser
    return values.parse_integer(value, language, minimum=1)


@functools.lru_cache(maxsize=4096)
def _member(enum_class, text: str, language: str):
    """Enum labels repeat down a column: look each one up once (errors are not cached)."""
    return values.parse_enum(text, enum_class, language)


def _enum(column: Column, value, language: str, max_length: int):
    if isinstance(value, str):
        return _member(column.enum, value, language)
    return values.parse_enum(value, column.enum, language)


def _percent(column: Column, value, language: str, max_length: int):
    number = values.parse_percent(
        value, language, True, minimum=column.minimum, maximum=column.maximum
    )
    return whole(number)


_PARSERS = {
    Kind.ID: _id,
    Kind.TEXT: _text,
    Kind.LONG_TEXT: _text,
    Kind.REFERENCE: _text,
    Kind.STAGE: _text,
    Kind.INTEGER: _number_parser(values.parse_integer),
    Kind.MONEY: _number_parser(values.parse_money),
    Kind.NUMBER: _number_parser(values.parse_decimal),
    Kind.PERCENT: _percent,
    Kind.DATE: lambda column, value, language, _: values.parse_date(value, language),
    Kind.MONTH: lambda column, value, language, _: values.parse_month(value, language),
    Kind.PERIOD: lambda column, value, language, _: values.parse_period(value),
    Kind.BOOL: lambda column, value, language, _: values.parse_bool(value, language),
    Kind.ENUM: _enum,
    Kind.ENUM_LIST: lambda column, value, language, _: values.parse_enum_list(
        value, column.enum, language
    ),
    Kind.NAME_LIST: lambda column, value, language, _: values.parse_name_list(value),
}


def parse_cell(
    column: Column, value: object, language: str, max_length: int = values.EXCEL_MAX_CHARACTERS
):
    """The cell's value in normal form, or :data:`BLANK`; raises ``values.CellError``."""
    if values.is_blank(value):
        return BLANK
    parsed = _PARSERS[column.kind](column, value, language, max_length)
    if column.kind in (Kind.ENUM_LIST, Kind.NAME_LIST) and not parsed:
        return BLANK  # only separators
    if column.key == "tax_id":
        return format_cnpj(parsed)  # stored formatted, as the account editor stores it
    return canonical(column, parsed)
