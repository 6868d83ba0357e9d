"""One cell of a workbook row → its value in normal form (see ``canonical``), by column kind.

References come back as the name written (they are resolved later, against the workbook and
the portfolio); a blank cell comes back as :data:`BLANK` whatever the kind, so the planner
decides what blank means for the column (a default, nothing, or a missing required value).

An import reads millions of cells, so each column's parser is chosen once
(:func:`cell_parser`) and already returns the normal form: no second pass through
``canonical``, no lookups by kind per cell.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from kamdesk.analytics.cnpj import format_cnpj
from kamdesk.excel import values
from kamdesk.excel.schema import Column, Kind
from kamdesk.services.workbook_import.canonical import canonical, whole

CellParser = Callable[[object], object]  # a non-blank cell → its value in normal form


class _Blank:
    def __repr__(self) -> str:
        return "BLANK"


BLANK = _Blank()


def _text(column: Column, language: str, max_length: int) -> CellParser:
    return lambda value: values.parse_text(value, max_length)


def _id(column: Column, language: str, max_length: int) -> CellParser:
    def parse(value):
        if isinstance(value, float) and value.is_integer() and value >= 1:
            return int(value)  # the usual case, a number cell: skip the general parser
        return values.parse_integer(value, language, minimum=1)

    return parse


def _integer(column: Column, language: str, max_length: int) -> CellParser:
    return values.integer_parser(language, column.minimum, column.maximum)


def _money(column: Column, language: str, max_length: int) -> CellParser:
    # Already to the cent, as canonical's money() would make it.
    return values.money_parser(language, column.minimum, column.maximum)


def _number(column: Column, language: str, max_length: int) -> CellParser:
    parse = values.decimal_parser(language, column.minimum, column.maximum)
    return lambda value: float(parse(value))


def _percent(column: Column, language: str, max_length: int) -> CellParser:
    def parse(value):
        number = values.parse_percent(
            value, language, True, minimum=column.minimum, maximum=column.maximum
        )
        return whole(number)

    return parse


def _date(column: Column, language: str, max_length: int) -> CellParser:
    def parse(value):
        if type(value) is dt.date:
            return value  # a date cell, as calamine reads it
        return canonical(column, values.parse_date(value, language))

    return parse


def _month(column: Column, language: str, max_length: int) -> CellParser:
    def parse(value):
        if type(value) is dt.date:
            return value.replace(day=1)
        return canonical(column, values.parse_month(value, language))

    return parse


@functools.lru_cache(maxsize=4096)
def _member(enum_class, text: str, language: str):
    """Enum labels repeat down a column: look each one up once (errors are not cached)."""
    return values.parse_enum(text, enum_class, language)


def _enum(column: Column, language: str, max_length: int) -> CellParser:
    def parse(value):
        if isinstance(value, str):
            return _member(column.enum, value, language)
        return values.parse_enum(value, column.enum, language)

    return parse


def _enum_list(column: Column, language: str, max_length: int) -> CellParser:
    return lambda value: values.parse_enum_list(value, column.enum, language) or BLANK


def _name_list(column: Column, language: str, max_length: int) -> CellParser:
    return lambda value: values.parse_name_list(value) or BLANK  # BLANK: only separators


def _period(column: Column, language: str, max_length: int) -> CellParser:
    return values.parse_period


def _bool(column: Column, language: str, max_length: int) -> CellParser:
    return lambda value: values.parse_bool(value, language)


_PARSERS: dict[Kind, Callable[[Column, str, int], CellParser]] = {
    Kind.ID: _id,
    Kind.TEXT: _text,
    Kind.LONG_TEXT: _text,
    Kind.REFERENCE: _text,
    Kind.STAGE: _text,
    Kind.INTEGER: _integer,
    Kind.MONEY: _money,
    Kind.NUMBER: _number,
    Kind.PERCENT: _percent,
    Kind.DATE: _date,
    Kind.MONTH: _month,
    Kind.PERIOD: _period,
    Kind.BOOL: _bool,
    Kind.ENUM: _enum,
    Kind.ENUM_LIST: _enum_list,
    Kind.NAME_LIST: _name_list,
}


def cell_parser(
    column: Column, language: str, max_length: int = values.EXCEL_MAX_CHARACTERS
) -> CellParser:
    """The parser of ``column``'s non-blank cells: value in normal form, or ``CellError``."""
    parse = _PARSERS[column.kind](column, language, max_length)
    if column.key == "tax_id":
        return lambda value: format_cnpj(parse(value))  # stored formatted, as the editor does
    return parse


def parse_cell(
    column: Column, value: object, language: str, max_length: int = values.EXCEL_MAX_CHARACTERS
):
    """The cell's value in normal form, or :data:`BLANK`; raises ``values.CellError``."""
    if values.is_blank(value):
        return BLANK
    return cell_parser(column, language, max_length)(value)
