"""One cell of a workbook row → its value in normal form (see ``canonical``), by column kind.

References come back as the name written (they are resolved later, against the workbook and
the portfolio); a blank cell comes back as :data:`BLANK` whatever the kind, so the planner
decides what blank means for the column (a default, nothing, or a missing required value).

An import reads millions of cells, so each column's parser is chosen once
(:func:`cell_parser`) and already returns the normal form: no second pass through
``canonical``, no lookups by kind per cell. :func:`column_parser` parses a whole column:
values that repeat (labels, dates, names) once each, and columns of numbers or texts with
C-speed maps where every value takes the usual way; the results are the cell parser's.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from itertools import compress, repeat
from operator import is_

from kamdesk.analytics.cnpj import format_cnpj
from kamdesk.excel import values
from kamdesk.excel.schema import Column, Kind
from kamdesk.services.workbook_import.canonical import canonical, whole

CellParser = Callable[[object], object]  # a non-blank cell → its value in normal form
# Cells of one column → their values (BLANK for blank cells, None where parsing failed) and the
# failures by index.
ColumnParser = Callable[[list], tuple[list, list[tuple[int, values.CellError]]]]
# Non-blank cells of one Python type → their values, or None: parse them one by one.
ShortWay = values.ShortWay


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


def _id_column(floats: list[float]) -> list[int] | None:
    """``_id``'s short way for a column of floats."""
    if all(map(float.is_integer, floats)) and min(floats) >= 1:
        return list(map(int, floats))
    return None


def _formatted_cnpjs(text_column: ShortWay) -> ShortWay:
    """The tax id column's short way: its texts, formatted as ``cell_parser`` does."""

    def parse(texts: list[str]) -> list[str] | None:
        found = text_column(texts)
        return None if found is None else list(map(format_cnpj, found))

    return parse


def _dates(dates: list[dt.date]) -> list[dt.date]:
    return dates  # date cells, as calamine reads them: already the normal form


def _short_ways(column: Column, max_length: int) -> dict[type, ShortWay]:
    """By the Python type of the cells: how a column of them is parsed at once."""
    kind = column.kind
    if column.key == "tax_id":
        return {str: _formatted_cnpjs(values.text_column(max_length))}
    if kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.REFERENCE, Kind.STAGE):
        return {str: values.text_column(max_length)}
    if kind is Kind.ID:
        return {float: _id_column}
    if kind is Kind.INTEGER:
        return {float: values.integer_column(column.minimum, column.maximum)}
    if kind is Kind.MONEY:
        return {float: values.money_column(column.minimum, column.maximum)}
    if kind is Kind.DATE:
        return {dt.date: _dates}
    return {}


# Cell types whose equal values are read alike, so a repeated one is parsed once (not floats:
# -0.0 equals 0.0 but is not read alike; nor Decimals: 1.0 equals 1 but not as text).
_ONCE_PER_VALUE = frozenset({str, bool, int, dt.date, dt.datetime, dt.time, dt.timedelta})
Failures = list[tuple[int, values.CellError]]


def column_parser(
    column: Column, language: str, max_length: int = values.EXCEL_MAX_CHARACTERS
) -> ColumnParser:
    """The parser of a whole column of ``column``'s cells (see the module docstring)."""
    parse = cell_parser(column, language, max_length)
    short_ways = _short_ways(column, max_length)

    def parse_group(cell_type: type, cells: list) -> tuple[list, Failures]:
        if cell_type is type(None):
            return [BLANK] * len(cells), []
        short_way = short_ways.get(cell_type)
        results = short_way(cells) if short_way is not None else None
        if results is not None:
            return results, []
        if cell_type in _ONCE_PER_VALUE:
            return _each_distinct_cell(parse, cells)
        return _each_cell(parse, cells)

    def parse_column(cells: list) -> tuple[list, Failures]:
        types = list(map(type, cells))
        cell_types = set(types)
        if len(cell_types) == 1:
            return parse_group(cell_types.pop(), cells)
        parsed, failures = [BLANK] * len(cells), []
        for cell_type in cell_types - {type(None)}:
            indexes = list(compress(range(len(cells)), map(is_, types, repeat(cell_type))))
            results, failed = parse_group(cell_type, list(map(cells.__getitem__, indexes)))
            for index, result in zip(indexes, results, strict=True):
                parsed[index] = result
            failures += [(indexes[number], error) for number, error in failed]
        return parsed, failures

    return parse_column


def _parsed(parse: CellParser, cell):
    """The cell's value, BLANK for blank text, or the CellError saying why it has none."""
    if isinstance(cell, str) and not cell.strip():  # is_blank
        return BLANK
    try:
        return parse(cell)
    except values.CellError as error:
        return error


def _each_cell(parse: CellParser, cells: list) -> tuple[list, Failures]:
    results, failures = [], []
    for number, cell in enumerate(cells):
        result = _parsed(parse, cell)
        if type(result) is values.CellError:
            failures.append((number, result))
            result = None
        results.append(result)
    return results, failures


def _each_distinct_cell(parse: CellParser, cells: list) -> tuple[list, Failures]:
    found = {cell: _parsed(parse, cell) for cell in set(cells)}
    errors = {cell: result for cell, result in found.items() if type(result) is values.CellError}
    found.update(dict.fromkeys(errors))
    results = list(map(found.__getitem__, cells))
    if not errors:
        return results, []
    return results, [(number, errors[cell]) for number, cell in enumerate(cells) if cell in errors]
