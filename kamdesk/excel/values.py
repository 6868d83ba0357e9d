"""Turn one spreadsheet cell into a Python value, or say in a KAM's words why it cannot.

The reader (python-calamine) hands over raw cell values: ``str``, ``int``, ``float``, ``bool``,
``datetime.date``/``datetime``/``time``/``timedelta``, or ``None``/``""`` for an empty cell.
Each ``parse_*`` function takes one such value and either returns the parsed value or raises
:class:`CellError`, whose message is an English template marked for Qt's translation system
(context "CellError"); the UI translates the template, then fills in the fields.

``language`` is the workbook's language ("pt_BR" or "en", from its Instructions sheet): it
settles ambiguous text (``1.234`` is 1234 in pt_BR but 1.234 in en) and the language of the
labels listed in messages. Parsers other than the text, list and yes/no ones reject an empty
cell: callers check :func:`is_blank` first for optional columns.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from itertools import compress, repeat
from operator import is_not

from kamdesk.model.enums import QT_TRANSLATE_NOOP, LabelledEnum, fold

EMPTY = QT_TRANSLATE_NOOP("CellError", "This cell is empty; a value is needed here.")
TOO_LONG = QT_TRANSLATE_NOOP("CellError", "The text has {length} characters; at most {limit} fit.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CellError", "“{value}” is not a number.")
TOO_LARGE = QT_TRANSLATE_NOOP("CellError", "“{value}” is too large a number.")
PERCENT_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” is a percentage; write a plain number here."
)
NOT_A_PERCENT = QT_TRANSLATE_NOOP("CellError", "“{value}” is not a percentage.")
NOT_WHOLE = QT_TRANSLATE_NOOP("CellError", "“{value}” must be a whole number.")
BETWEEN = QT_TRANSLATE_NOOP("CellError", "“{value}” must be between {minimum} and {maximum}.")
AT_LEAST = QT_TRANSLATE_NOOP("CellError", "“{value}” must be at least {minimum}.")
AT_MOST = QT_TRANSLATE_NOOP("CellError", "“{value}” must be at most {maximum}.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” is not a date; write it as dd/mm/yyyy or yyyy-mm-dd."
)
NOT_A_REAL_DATE = QT_TRANSLATE_NOOP("CellError", "“{value}” is not a real date.")
TWO_DIGIT_YEAR = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” has a two-digit year; write the year with 4 digits."
)
NOT_A_MONTH = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” is not a month; write it as yyyy-mm or mm/yyyy."
)
NOT_A_PERIOD = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” is not a period; write it as 2027-Q1, 2027-H1 or 2027."
)
NOT_ONE_OF = QT_TRANSLATE_NOOP("CellError", "“{value}” is not one of: {allowed}.")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("CellError", "“{value}” is not one of the allowed values.")

EXCEL_MAX_CHARACTERS = 32767  # per cell
MAX_LISTED_LABELS = 12  # longer lists of allowed labels would swamp the message
_SHOWN_LENGTH = 60  # offending text is cut to this in messages
_LIMIT = Decimal(10) ** 15  # far above any amount a KAM tracks; keeps Decimal arithmetic exact
_CENT = Decimal("0.01")
_ONE = Decimal(1)
_DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\0")  # OWASP's CSV/formula injection list


class CellError(ValueError):
    """A cell could not be read: an English template (context "CellError") and its fields.

    ``args`` holds the template's fields, as in ``Problem`` and ``ReadProblem``; Exception's
    own argument tuple stays ``(template, fields)`` so the error still pickles and copies.
    """

    def __init__(self, template: str, args: dict | None = None):
        fields = dict(args or {})
        super().__init__(template, fields)
        self.template = template

    @property
    def args(self) -> dict:  # type: ignore[override]
        return BaseException.args.__get__(self)[1]

    def text(self, translate=lambda template: template) -> str:
        return translate(self.template).format(**self.args)

    def __str__(self) -> str:
        return self.text()


# ---------------------------------------------------------------------------------------------
# Showing values in messages


def _is_portuguese(language: str) -> bool:
    return language.startswith("pt")


def _is_real_number(value: object) -> bool:
    # bool is an int subclass, but TRUE in a number column is a mistake, not 1
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown_number(number: float | Decimal, language: str) -> str:
    """A number as a KAM would write it: no exponent noise, decimal comma in pt_BR."""
    if isinstance(number, float):
        text = repr(number)
        text = text[:-2] if text.endswith(".0") else text
    elif isinstance(number, Decimal) and number == number.to_integral_value():
        text = str(int(number)) if abs(number) < _LIMIT else str(number)
    else:
        text = str(number)
    return text.replace(".", ",") if _is_portuguese(language) else text


def _shown(value: object, language: str) -> str:
    """The cell's value as the KAM sees it, cut short when very long."""
    if isinstance(value, bool):
        words = ("VERDADEIRO", "FALSO") if _is_portuguese(language) else ("TRUE", "FALSE")
        text = words[0] if value else words[1]
    elif _is_real_number(value):
        text = _shown_number(value, language)
    elif isinstance(value, datetime.datetime):
        midnight = value.time() == datetime.time()
        text = value.strftime("%d/%m/%Y" if midnight else "%d/%m/%Y %H:%M")
    elif isinstance(value, datetime.date):
        text = value.strftime("%d/%m/%Y")
    else:
        text = str(value).strip()
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 1] + "…"
    return text


def _error(template: str, value: object, language: str, **fields) -> CellError:
    return CellError(template, {"value": _shown(value, language), **fields})


# ---------------------------------------------------------------------------------------------
# Blank cells and text


def is_blank(value: object) -> bool:
    """True for an empty cell: ``None``, ``""`` or only whitespace (NBSP included)."""
    return value is None or (isinstance(value, str) and not value.strip())


def safe_text_for_cell(text: str) -> bool:
    """True when ``text`` must be written as an explicit text cell, never as a formula.

    That is text starting with ``=``, ``+``, ``-``, ``@``, tab, carriage return or NUL
    (OWASP's list): a spreadsheet would otherwise run it or mangle it.
    """
    return text.startswith(_DANGEROUS_FIRST)


def _plain_text(value: object) -> str:
    """Any non-text cell as the text a KAM would have typed for it."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))  # 7.0 → "7"; leading zeros ("007") are already lost
        return format(Decimal(repr(value)), "f") if math.isfinite(value) else repr(value)
    if isinstance(value, datetime.datetime):
        midnight = value.time() == datetime.time()  # time objects are always truthy
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def parse_text(value: object, max_length: int = EXCEL_MAX_CHARACTERS) -> str:
    """Text as written, without surrounding whitespace; ``""`` for an empty cell.

    Text starting with ``=``, ``+``, ``-``, ``@``, tab or CR comes back exactly as written
    (the writer stored it as a text cell; stripping would break the round trip). Numbers
    give ``"7"``, ``"7.5"``; dates give ISO text (``2026-11-25``).
    """
    if is_blank(value):
        return ""
    if isinstance(value, str):
        text = value if safe_text_for_cell(value) else value.strip()
    else:
        text = _plain_text(value)
    if len(text) > max_length:
        raise CellError(TOO_LONG, {"length": len(text), "limit": max_length})
    return text


def _cell_text(value: object) -> str:
    """A cell read as text for label matching: stripped, numbers without a trailing ``.0``."""
    return value.strip() if isinstance(value, str) else _plain_text(value)


# ---------------------------------------------------------------------------------------------
# Numbers

_SIGNS = "-+−"  # U+2212 MINUS SIGN comes with numbers copied from web pages and PDFs
_CURRENCY = re.compile(r"(?:R\$|US\$|U\$|\$|€|BRL|USD|EUR)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+(?:[ .,][0-9]+)*")  # digit runs split by single separators
_SEPARATOR = re.compile(r"[ .,]")


def _tidy(number: Decimal) -> Decimal:
    """Drops trailing fractional zeros (``12.500`` → ``12.5``, ``7.0`` → ``7``), no exponent."""
    if number == number.to_integral_value():
        return number.quantize(_ONE)
    return number.normalize()


def _unwrap(text: str) -> tuple[bool, bool, str]:
    """Peels a sign or accounting parentheses and a currency off the digits, in any order.

    Returns ``(negative, has_currency, rest)``: ``-R$ 1``, ``R$ -1``, ``(R$ 1)``, ``R$ (1)``.
    """
    negative = signed = currency = False
    while text:
        if not signed and text[0] in _SIGNS:
            negative, signed, text = text[0] != "+", True, text[1:].lstrip()
        elif not signed and text[0] == "(" and text[-1] == ")":
            negative, signed, text = True, True, text[1:-1].strip()
        elif not currency and (match := _CURRENCY.match(text)):
            currency, text = True, text[match.end() :]
        else:
            break
    return negative, currency, text


def _has_decimal_part(separators: list[str], chunks: list[str], language: str) -> bool:
    """Whether the last separator is the decimal mark (else all separators group thousands)."""
    if not separators or separators[-1] == " ":
        return False  # spaces only ever group thousands
    last = separators[-1]
    if separators.count(last) > 1:
        return False  # 1.234.567 or 1,234,567
    if len(separators) > 1:
        return True  # another separator came first: 1.234,56 / 1,234.56 / 1 234,56
    lead, tail = chunks
    if len(tail) != 3 or len(lead) > 3 or lead.startswith("0"):
        return True  # cannot be a thousands group: 12,5 / 1234.567 / 0.125
    # 1.234 or 1,234 alone: the workbook's language decides
    return last != ("." if _is_portuguese(language) else ",")


def _grouped(chunks: list[str], separators: list[str]) -> bool:
    """Thousands groups: one separator kind, a lead group of 1–3 digits, then groups of 3."""
    if not separators:
        return True
    lead, groups = chunks[0], chunks[1:]
    return (
        len(set(separators)) == 1
        and 1 <= len(lead) <= 3
        and not lead.startswith("0")
        and all(len(group) == 3 for group in groups)
    )


def _digits_to_decimal(body: str, language: str) -> Decimal | None:
    """``1.234,56``, ``1,234.56``, ``1 234,56``, ``1234.56``, ``,5`` → Decimal; else None."""
    if body[:1] in (".", ","):
        body = "0" + body
    if not _DIGITS.fullmatch(body):
        return None
    chunks = _SEPARATOR.split(body)
    separators = _SEPARATOR.findall(body)
    fraction = ""
    if _has_decimal_part(separators, chunks, language):
        fraction, chunks, separators = chunks[-1], chunks[:-1], separators[:-1]
    if not _grouped(chunks, separators):
        return None
    return Decimal("".join(chunks) + ("." + fraction if fraction else ""))


def _read_number_text(text: str, language: str) -> tuple[Decimal, bool, bool] | None:
    """Number text → ``(number, has_currency, has_percent)``, or None when it is not one."""
    text = re.sub(r"\s+", " ", text).strip()  # NBSP and U+202F (after R$) become spaces
    percent = text.endswith("%")
    if percent:
        text = text[:-1].rstrip()
    negative, currency, body = _unwrap(text)
    number = _digits_to_decimal(body, language) if body else None
    if number is None:
        return None
    return (-number if negative else number), currency, percent


def _real_to_decimal(value: int | float, language: str) -> Decimal:
    """A real number cell → Decimal, rounded to 10 places to drop binary noise (0.1 + 0.2)."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _error(NOT_A_NUMBER, value, language)
        number = Decimal(str(round(value, 10)))
    else:
        number = Decimal(value)
    _check_size(number, value, language)
    return _tidy(number)


def _check_size(number: Decimal, value: object, language: str) -> None:
    if not number.is_finite():
        raise _error(NOT_A_NUMBER, value, language)
    if abs(number) >= _LIMIT:
        raise _error(TOO_LARGE, value, language)


def _number(value: object, language: str) -> tuple[Decimal, bool, bool]:
    """Any cell → ``(number, has_currency, has_percent)`` or CellError."""
    if is_blank(value):
        raise CellError(EMPTY)
    if _is_real_number(value):
        return _real_to_decimal(value, language), False, False
    read = _read_number_text(value, language) if isinstance(value, str) else None
    if read is None:
        raise _error(NOT_A_NUMBER, value, language)
    _check_size(read[0], value, language)
    return read


def _check_range(number, value, language, minimum=None, maximum=None) -> None:
    """CellError when ``number`` is outside ``[minimum, maximum]`` (either bound optional)."""
    low = None if minimum is None else Decimal(str(minimum))
    high = None if maximum is None else Decimal(str(maximum))
    if (low is None or number >= low) and (high is None or number <= high):
        return
    bounds = {}
    if low is not None:
        bounds["minimum"] = _shown_number(_tidy(low), language)
    if high is not None:
        bounds["maximum"] = _shown_number(_tidy(high), language)
    template = BETWEEN if len(bounds) == 2 else AT_LEAST if low is not None else AT_MOST
    raise _error(template, value, language, **bounds)


def parse_decimal(value: object, language: str, minimum=None, maximum=None) -> Decimal:
    """A number: a real number cell, or text in pt-BR or English form.

    Accepted text: ``1.234,56``, ``1,234.56``, ``1234,56``, ``1234.56``, ``1 234,56``,
    ``R$ 1.234,56`` (normal, non-breaking or narrow space), ``US$ 10``, ``-1.234,56``,
    ``(1.234,56)`` (accounting negative), ``,5``. With both ``.`` and ``,`` the last one is the
    decimal mark. A single separator followed by exactly three digits (``1.234``, ``1,234``)
    is ambiguous and follows ``language``: thousands for ``.`` in pt_BR and for ``,`` in en,
    the decimal mark otherwise. A trailing ``%`` is rejected (see :func:`parse_percent`), and
    so are booleans. Optional ``minimum``/``maximum`` bounds are checked.
    """
    number, _currency, percent = _number(value, language)
    if percent:
        raise _error(PERCENT_NOT_ALLOWED, value, language)
    _check_range(number, value, language, minimum, maximum)
    return number


def parse_money(value: object, language: str, minimum=None, maximum=None) -> Decimal:
    """:func:`parse_decimal` rounded half-up to centavos (``Decimal("1234.56")``)."""
    number = parse_decimal(value, language).quantize(_CENT, rounding=ROUND_HALF_UP)
    _check_range(number, value, language, minimum, maximum)
    return number


def parse_percent(
    value: object,
    language: str,
    fraction_if_below_one: bool = False,
    minimum=None,
    maximum=None,
) -> Decimal:
    """A percentage on the 0–100 scale, as a KAM writes it in a "Probability (%)" column.

    Text: ``12%``, ``12,5 %``, ``12.5``, ``12`` → 12, 12.5 (text is always read as written:
    ``0,12`` is 0.12 %). A real number is the percentage itself (12 → 12), except that a cell
    formatted as percent reaches us as its fraction (12 % → 0.12): with
    ``fraction_if_below_one=True`` a real number between 0 and 1 *with a fractional part* is
    read as a fraction and multiplied by 100. Whole 0 and 1 stay 0 % and 1 % — a percent cell
    holding 100 % (1.0) is therefore read as 1 %, so the writer should not percent-format.
    """
    if _is_real_number(value):
        number = _real_to_decimal(value, language)
        if fraction_if_below_one and 0 < number < 1:
            number = _tidy(number * 100)
    else:
        number, currency, _percent = _number(value, language)
        if currency:
            raise _error(NOT_A_PERCENT, value, language)
    _check_range(number, value, language, minimum, maximum)
    return number


def parse_integer(value: object, language: str, minimum=None, maximum=None) -> int:
    """A whole number: ``3``, ``3,0``, ``1.234`` (pt_BR), a real 3.0; 3.5 is an error."""
    number = parse_decimal(value, language)
    if number != number.to_integral_value():
        raise _error(NOT_WHOLE, value, language)
    _check_range(number, value, language, minimum, maximum)
    return int(number)


# ---------------------------------------------------------------------------------------------
# Parsers prepared once per column
#
# An import reads millions of cells, nearly all of them number cells well within bounds. These
# parsers take the short way for exactly that case and hand anything else (text, blanks, values
# out of bounds) to the general ``parse_*`` function, so results and messages are the same.


def _bound(bound: float | None, default: Decimal) -> Decimal:
    return default if bound is None else Decimal(str(bound))


_NO_LOW, _NO_HIGH = Decimal("-Infinity"), Decimal("Infinity")


def money_parser(language: str, minimum=None, maximum=None) -> Callable[[object], Decimal]:
    """:func:`parse_money` for one column."""
    low, high = _bound(minimum, _NO_LOW), _bound(maximum, _NO_HIGH)

    def parse(value: object) -> Decimal:
        if type(value) is float and math.isfinite(value):
            number = Decimal(str(round(value, 10)))  # as _real_to_decimal reads it
            if abs(number) < _LIMIT:
                number = number.quantize(_CENT, rounding=ROUND_HALF_UP)
                if low <= number <= high:
                    return number
        return parse_money(value, language, minimum, maximum)

    return parse


def decimal_parser(language: str, minimum=None, maximum=None) -> Callable[[object], Decimal]:
    """:func:`parse_decimal` for one column."""
    low, high = _bound(minimum, _NO_LOW), _bound(maximum, _NO_HIGH)

    def parse(value: object) -> Decimal:
        if type(value) is float and math.isfinite(value):
            number = Decimal(str(round(value, 10)))
            if abs(number) < _LIMIT and low <= number <= high:
                return _tidy(number)
        return parse_decimal(value, language, minimum, maximum)

    return parse


def integer_parser(language: str, minimum=None, maximum=None) -> Callable[[object], int]:
    """:func:`parse_integer` for one column."""
    low, high = _bound(minimum, _NO_LOW), _bound(maximum, _NO_HIGH)

    def parse(value: object) -> int:
        if type(value) is float and value.is_integer() and abs(value) < _LIMIT:
            number = int(value)
            if low <= number <= high:
                return number
        return parse_integer(value, language, minimum, maximum)

    return parse


# Whole columns at once, for the same usual case: a column of floats (or of text) parsed with
# C-speed maps when every value takes the short way above; else None, and the caller parses
# the column cell by cell.

ShortWay = Callable[[list], list | None]  # a column of values → parsed, or None


def money_column(minimum=None, maximum=None) -> ShortWay:
    """:func:`money_parser`'s short way for a column of floats."""
    low, high = _bound(minimum, _NO_LOW), _bound(maximum, _NO_HIGH)

    def parse(floats: list[float]) -> list[Decimal] | None:
        if not all(map(math.isfinite, floats)):
            return None
        numbers = list(map(Decimal, map(str, map(round, floats, repeat(10)))))
        if max(map(abs, numbers)) >= _LIMIT:
            return None
        cents = list(map(Decimal.quantize, numbers, repeat(_CENT), repeat(ROUND_HALF_UP)))
        return cents if low <= min(cents) and max(cents) <= high else None

    return parse


def integer_column(minimum=None, maximum=None) -> ShortWay:
    """:func:`integer_parser`'s short way for a column of floats."""
    low, high = _bound(minimum, _NO_LOW), _bound(maximum, _NO_HIGH)

    def parse(floats: list[float]) -> list[int] | None:
        if not all(map(float.is_integer, floats)) or max(map(abs, floats)) >= _LIMIT:
            return None
        numbers = list(map(int, floats))
        return numbers if low <= min(numbers) and max(numbers) <= high else None

    return parse


def text_column(max_length: int = EXCEL_MAX_CHARACTERS) -> ShortWay:
    """:func:`parse_text` for a column of texts none of which is blank."""

    def parse(texts: list[str]) -> list[str] | None:
        stripped = list(map(str.strip, texts))  # the very text when there is nothing to strip
        if "" in stripped:
            return None
        for index in compress(range(len(texts)), map(is_not, texts, stripped)):
            if safe_text_for_cell(texts[index]):
                stripped[index] = texts[index]
        return stripped if max(map(len, stripped)) <= max_length else None

    return parse


# ---------------------------------------------------------------------------------------------
# Dates and months

# Serial 61 is 1900-03-01. Excel counts a 29/02/1900 that never existed (a Lotus 1-2-3 bug),
# so from there on the serial is the number of days since 30/12/1899; smaller serials are not
# dates anyone means. Workbooks in the 1904 date system need no special case here: calamine
# reads the workbook's flag and hands over real dates for date-formatted cells.
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_FIRST_SERIAL = 61
_LAST_SERIAL = 2958465  # 9999-12-31

_YMD = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_DMY = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]+)")
_TIME = re.compile(r"[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?$")
_YEAR_MONTH = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})")
_MONTH_YEAR = re.compile(r"([0-9]{1,2})[-/.]([0-9]+)")
_NAMED_MONTH = re.compile(r"([a-z]+)\.?\s*(?:de\s+|[-/.]\s*)?([0-9]+)")

_MONTH_NAMES = {
    # Portuguese and English names and abbreviations, folded (março → marco)
    **dict.fromkeys(("jan", "janeiro", "january"), 1),
    **dict.fromkeys(("fev", "fevereiro", "feb", "february"), 2),
    **dict.fromkeys(("mar", "marco", "march"), 3),
    **dict.fromkeys(("abr", "abril", "apr", "april"), 4),
    **dict.fromkeys(("mai", "maio", "may"), 5),
    **dict.fromkeys(("jun", "junho", "june"), 6),
    **dict.fromkeys(("jul", "julho", "july"), 7),
    **dict.fromkeys(("ago", "agosto", "aug", "august"), 8),
    **dict.fromkeys(("set", "setembro", "sep", "sept", "september"), 9),
    **dict.fromkeys(("out", "outubro", "oct", "october"), 10),
    **dict.fromkeys(("nov", "novembro", "november"), 11),
    **dict.fromkeys(("dez", "dezembro", "dec", "december"), 12),
}


def _serial_to_date(serial: float) -> datetime.date | None:
    """An Excel serial number (1900 date system; any time of day dropped), or None."""
    if not _FIRST_SERIAL <= serial <= _LAST_SERIAL:  # also False for NaN
        return None
    return _EXCEL_EPOCH + datetime.timedelta(days=int(serial))


def _four_digit_year(year: str, value: object, language: str, fallback: str) -> int:
    if len(year) <= 2:
        raise _error(TWO_DIGIT_YEAR, value, language)
    if len(year) != 4:
        raise _error(fallback, value, language)
    return int(year)


def _real_date(year: int, month: int, day: int, value: object, language: str) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _error(NOT_A_REAL_DATE, value, language) from None


def _day_and_month(first: int, second: int, language: str) -> tuple[int, int]:
    """dd/mm everywhere (WORKBOOK.md); in an English workbook mm/dd when only that fits."""
    if not _is_portuguese(language) and first <= 12 < second:
        return second, first
    return first, second


def _date_from_text(text: str, value: object, language: str) -> datetime.date | None:
    """``yyyy-mm-dd`` (or ``/``, ``.``) and ``dd/mm/yyyy`` (or ``-``, ``.``); None otherwise."""
    text = _TIME.sub("", text)
    if match := _YMD.fullmatch(text):
        year, _sep, month, day = match.groups()
        return _real_date(int(year), int(month), int(day), value, language)
    if match := _DMY.fullmatch(text):
        first, _sep, second, year = match.groups()
        day, month = _day_and_month(int(first), int(second), language)
        year_number = _four_digit_year(year, value, language, NOT_A_DATE)
        return _real_date(year_number, month, day, value, language)
    return None


def parse_date(value: object, language: str) -> datetime.date:
    """A date: a real spreadsheet date, an Excel serial number, or text.

    Text: ``2026-11-25``, ``25/11/2026``, ``5/1/2026``, ``25-11-2026``, ``25.11.2026`` (a time
    after it is ignored). Text is day first in both languages; an English workbook's
    ``11/25/2026`` is read month first because only that makes a date. Impossible dates
    (``31/02/2026``) and two-digit years are errors. Serial numbers use the 1900 date system:
    46351 is 2026-11-25.
    """
    if is_blank(value):
        raise CellError(EMPTY)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    found = None
    if _is_real_number(value):
        found = _serial_to_date(value)
    elif isinstance(value, str):
        found = _date_from_text(value.strip(), value, language)
    if found is None:
        raise _error(NOT_A_DATE, value, language)
    return found


def _month_from_text(text: str, value: object, language: str) -> datetime.date | None:
    """``2026-11``, ``11/2026``, ``nov/2026``, ``novembro de 2026``, ``Nov 2026``; or None."""
    named = _NAMED_MONTH.fullmatch(fold(text))
    if match := _YEAR_MONTH.fullmatch(text):
        month, year = int(match[2]), match[1]
    elif match := _MONTH_YEAR.fullmatch(text):
        month, year = int(match[1]), match[2]
    elif named and named[1] in _MONTH_NAMES:
        month, year = _MONTH_NAMES[named[1]], named[2]
    else:
        return None
    if not 1 <= month <= 12:
        return None
    year_number = _four_digit_year(year, value, language, NOT_A_MONTH)
    return _real_date(year_number, month, 1, value, language)


def parse_month(value: object, language: str) -> datetime.date:
    """A month, as the first day of it.

    A date in any accepted form (any day is read as its month), ``2026-11``, ``11/2026``,
    ``11-2026``, or a Portuguese or English month name with the year: ``nov/2026``,
    ``novembro 2026``, ``novembro de 2026``, ``Nov 2026``, ``November-2026``.
    """
    if isinstance(value, str) and not is_blank(value):
        found = _month_from_text(value.strip(), value, language)
        if found is not None:
            return found
    try:
        return parse_date(value, language).replace(day=1)
    except CellError as error:
        if error.template != NOT_A_DATE:
            raise  # empty, impossible date, two-digit year: already the right message
        raise _error(NOT_A_MONTH, value, language) from None


# ---------------------------------------------------------------------------------------------
# Yes/no, enumerations and lists

_YES = frozenset({"sim", "s", "yes", "y", "true", "verdadeiro", "1", "x"})
_NO = frozenset({"nao", "n", "no", "false", "falso", "0"})


def parse_bool(value: object, language: str) -> bool:
    """Yes/no: ``Sim``, ``Não``/``Nao``, ``Yes``, ``No``, ``true``, ``false`` (any case),
    ``1``, ``0``, ``x`` (= yes), real 1/0, TRUE/FALSE cells; a blank cell is no.
    """
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    if _is_real_number(value) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        key = fold(value)
        if key in _YES or key in _NO:
            return key in _YES
    allowed = "Sim, Não" if _is_portuguese(language) else "Yes, No"
    raise _error(NOT_ONE_OF, value, language, allowed=allowed)


def _unknown_label(value: object, enum_class: type[LabelledEnum], language: str) -> CellError:
    """Lists the allowed labels in the workbook's language when there are few enough."""
    if len(enum_class) > MAX_LISTED_LABELS:
        return _error(UNKNOWN_VALUE, value, language)
    allowed = ", ".join(member.label(language) for member in enum_class)
    return _error(NOT_ONE_OF, value, language, allowed=allowed)


def parse_enum(value: object, enum_class: type[LabelledEnum], language: str) -> LabelledEnum:
    """A member by its label in either language or its stored value, case- and
    accent-insensitive: ``Patrocinador``, ``sponsor``, ``RENTABILIZACAO``, ``A``.
    """
    if is_blank(value):
        raise CellError(EMPTY)
    member = enum_class.from_text(_cell_text(value))
    if member is None:
        raise _unknown_label(value, enum_class, language)
    return member


def _split(text: str, separators: str) -> list[str]:
    pattern = "[" + "".join(re.escape(separator) for separator in separators) + "]"
    return [item.strip() for item in re.split(pattern, text) if item.strip()]


def parse_enum_list(
    value: object, enum_class: type[LabelledEnum], language: str, separator: str = ","
) -> tuple[LabelledEnum, ...]:
    """Members separated by ``separator`` or ``;``: ``Venda cruzada, Up-sell``.

    Blank items are ignored and repeats dropped (first order kept); a blank cell is ``()``.
    An unknown item is an error naming that item.
    """
    if is_blank(value):
        return ()
    members: dict[LabelledEnum, None] = {}  # a dict keeps insertion order
    for item in _split(_cell_text(value), separator + ";"):
        members.setdefault(parse_enum(item, enum_class, language))
    return tuple(members)


def parse_name_list(value: object, separator: str = ";") -> tuple[str, ...]:
    """Names separated by ``separator``: ``Ana Souza; João Lima`` → trimmed, blanks dropped.

    A name repeated (ignoring case and accents) is kept once, as first written, so a list
    never links the same record twice.
    """
    if is_blank(value):
        return ()
    names: dict[str, str] = {}
    for name in _split(_cell_text(value), separator):
        names.setdefault(fold(name), name)
    return tuple(names.values())


# ---------------------------------------------------------------------------------------------
# OKR periods

_PERIOD_KINDS = {
    **dict.fromkeys(("q", "t", "tri", "trimestre"), ("Q", 4)),
    **dict.fromkeys(("h", "s", "sem", "semestre"), ("H", 2)),
}
_PERIOD_FORMS = (
    re.compile(r"(?P<year>[0-9]{4})"),  # 2027
    re.compile(r"(?P<year>[0-9]{4})\s*[-/]?\s*(?P<kind>[qh])(?P<number>[0-9])"),  # 2027-Q1
    re.compile(r"(?P<kind>[qh])(?P<number>[0-9])\s*[-/]?\s*(?P<year>[0-9]{4})"),  # Q1/2027
    # 1T2027, 1º tri 2027, 1o trimestre de 2027, 2S 2027, 2º semestre 2027
    re.compile(
        r"(?P<number>[0-9])\s*o?\s*(?P<kind>t|tri|trimestre|s|sem|semestre)\.?"
        r"\s*(?:de\s+|[-/]\s*)?(?P<year>[0-9]{4})"
    ),
)


def _period_from_text(text: str) -> str | None:
    key = fold(text).replace("°", "o")  # fold turns º into o; the degree sign is a look-alike
    for form in _PERIOD_FORMS:
        if match := form.fullmatch(key):
            break
    else:
        return None
    year = match["year"]
    if "kind" not in match.groupdict():
        return year
    letter, count = _PERIOD_KINDS[match["kind"]]
    number = int(match["number"])
    return f"{year}-{letter}{number}" if 1 <= number <= count else None


def parse_period(value: object) -> str:
    """An OKR period in canonical form: ``2027-Q1``, ``2027-H1`` or ``2027``.

    Also accepted: lower case, ``Q1 2027``, ``Q1/2027``, ``2027 Q1``, ``1T2027``,
    ``1º tri 2027``, ``2º semestre de 2027``, and a number cell 2027 (LibreOffice turns the
    text ``2027`` into a number).
    """
    if is_blank(value):
        raise CellError(EMPTY)
    period = _period_from_text(_cell_text(value)) if not isinstance(value, bool) else None
    if period is None:
        raise _error(NOT_A_PERIOD, value, "en")
    return period
