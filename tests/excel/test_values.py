"""Cell parsers: every accepted form, the ambiguous ones, and messages a KAM can act on."""

from __future__ import annotations

import ast
import copy
import datetime
import pickle
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from kamdesk.excel import values
from kamdesk.excel.values import (
    CellError,
    is_blank,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_enum,
    parse_enum_list,
    parse_integer,
    parse_money,
    parse_month,
    parse_name_list,
    parse_percent,
    parse_period,
    parse_text,
    safe_text_for_cell,
)
from kamdesk.model.enums import LifecycleStage, Stance, Strategy, Tier

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
LANGUAGES = ("pt_BR", "en")


def message(call, *args, **kwargs) -> str:
    """The English message of the CellError that ``call`` raises."""
    with pytest.raises(CellError) as caught:
        call(*args, **kwargs)
    return caught.value.text()


# --- CellError ------------------------------------------------------------------------------


def test_cell_error_formats_its_template_after_translating_it():
    error = CellError(values.NOT_A_NUMBER, {"value": "abc"})
    assert error.template == "“{value}” is not a number."
    assert error.args == {"value": "abc"}
    assert error.text() == "“abc” is not a number." == str(error)
    assert error.text(lambda t: t.replace("is not a number", "não é um número")) == (
        "“abc” não é um número."
    )


def test_cell_error_survives_pickling_and_copying():
    error = CellError(values.BETWEEN, {"value": "7", "minimum": "1", "maximum": "5"})
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert clone.template == error.template
        assert clone.text() == "“7” must be between 1 and 5."


def test_every_message_is_marked_in_the_cell_error_context():
    tree = ast.parse(Path(values.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    ]
    assert len(calls) >= 15
    assert {call.args[0].value for call in calls} == {"CellError"}
    assert all(isinstance(call.args[1], ast.Constant) for call in calls)  # lupdate needs literals


# --- blanks and text ------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", "   ", f" {NBSP}\t\n"])
def test_blank_cells(value):
    assert is_blank(value)


@pytest.mark.parametrize("value", [0, 0.0, False, "0", "x", datetime.date(2026, 1, 1)])
def test_cells_that_are_not_blank(value):
    assert not is_blank(value)


@pytest.mark.parametrize("text", ["=1+1", "+55 11 9999-0000", "-5 itens", "@Ana", "\tab ", "\rx"])
def test_formula_like_text_must_be_written_as_text_and_comes_back_unchanged(text):
    assert safe_text_for_cell(text)
    assert parse_text(text) == text


@pytest.mark.parametrize("text", ["Ana", " =x", "1+1", "", "R$ 5"])
def test_ordinary_text_is_safe_in_any_cell(text):
    assert not safe_text_for_cell(text)


def test_nul_is_also_a_dangerous_first_character():
    assert safe_text_for_cell("\0x")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Banco Azul  ", "Banco Azul"),
        (f"{NBSP}Banco{NBSP}", "Banco"),
        (None, ""),
        ("   ", ""),
        (7, "7"),
        (7.0, "7"),  # LibreOffice turned the text "7" into a number
        (7.5, "7.5"),
        (0.1 + 0.2, "0.30000000000000004"),  # what the cell holds; text is not rounded
        (1e-7, "0.0000001"),
        (True, "TRUE"),
        (datetime.date(2026, 11, 25), "2026-11-25"),
        (datetime.datetime(2026, 11, 25), "2026-11-25"),
        (datetime.datetime(2026, 11, 25, 10, 30), "2026-11-25 10:30:00"),
        (datetime.time(10, 30), "10:30:00"),
    ],
)
def test_parse_text(value, expected):
    assert parse_text(value) == expected


def test_text_longer_than_the_limit_is_an_error():
    assert parse_text("a" * 10, max_length=10) == "a" * 10
    assert message(parse_text, "a" * 11, max_length=10) == (
        "The text has 11 characters; at most 10 fit."
    )
    assert "32767" in message(parse_text, "a" * 32768)


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1.234,56",
        "1,234.56",
        "1234,56",
        "1234.56",
        "R$ 1.234,56",
        f"R${NBSP}1.234,56",
        f"R${NARROW_NBSP}1.234,56",
        "R$1.234,56",
        "r$ 1.234,56",
        "1 234,56",
        f"1{NBSP}234,56",
        "1 234.56",
        "  1.234,56  ",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_unambiguous_number_text_reads_the_same_in_both_languages(text, language):
    assert parse_decimal(text, language) == Decimal("1234.56")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-1.234,56", "-1234.56"),
        ("(1.234,56)", "-1234.56"),  # accounting negative
        ("(R$ 1.234,56)", "-1234.56"),
        ("R$ (1.234,56)", "-1234.56"),
        ("-R$ 1.234,56", "-1234.56"),
        ("R$ -1.234,56", "-1234.56"),
        ("− 5", "-5"),  # U+2212 minus, as copied from web pages
        ("+5", "5"),
        ("US$ 10", "10"),
        ("USD 10,50", "10.50"),
        ("€ 1.234,56", "1234.56"),
        ("EUR 7", "7"),
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("1 234 567", "1234567"),
        ("12,5", "12.5"),
        ("12.5", "12.5"),
        ("0,125", "0.125"),  # a leading 0 is never a thousands group
        ("0.125", "0.125"),
        ("1234.567", "1234.567"),  # four digits before: not a thousands group either
        (",5", "0.5"),
        ("0", "0"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_number_text_forms(text, expected, language):
    assert parse_decimal(text, language) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "pt_br", "en"),
    [
        ("1.234", "1234", "1.234"),
        ("1,234", "1.234", "1234"),
        ("-12.500", "-12500", "-12.5"),
        ("R$ 999,999", "999.999", "999999"),
    ],
)
def test_one_separator_before_three_digits_follows_the_workbook_language(text, pt_br, en):
    assert parse_decimal(text, "pt_BR") == Decimal(pt_br)
    assert parse_decimal(text, "en") == Decimal(en)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, "7"), (7.0, "7"), (0.1 + 0.2, "0.3"), (-1234.5, "-1234.5"), (1 / 3, "0.3333333333")],
)
def test_real_numbers_lose_their_binary_noise(value, expected):
    number = parse_decimal(value, "pt_BR")
    assert number == Decimal(expected)
    assert str(number) == expected


@pytest.mark.parametrize(
    "text",
    ["abc", "1e5", "12.34.56", "1.23,45", "1,234,5", "123 45", "1.234 567", "R$", "()", "--5"],
)
def test_text_that_is_not_a_number(text):
    assert message(parse_decimal, text, "pt_BR") == f"“{text}” is not a number."


def test_a_boolean_is_not_a_number():
    assert message(parse_decimal, True, "pt_BR") == "“VERDADEIRO” is not a number."
    assert message(parse_decimal, False, "en") == "“FALSE” is not a number."


def test_a_date_is_not_a_number():
    assert message(parse_decimal, datetime.date(2026, 11, 25), "pt_BR") == (
        "“25/11/2026” is not a number."
    )


def test_parse_decimal_rejects_a_percentage():
    assert message(parse_decimal, "12%", "pt_BR") == (
        "“12%” is a percentage; write a plain number here."
    )


@pytest.mark.parametrize("value", ["9" * 16, 1e300, 10**20, float("inf")])
def test_absurdly_large_numbers_are_errors(value):
    with pytest.raises(CellError):
        parse_decimal(value, "en")


def test_nan_is_not_a_number():
    assert "is not a number" in message(parse_decimal, float("nan"), "en")


def test_an_empty_cell_is_not_a_number():
    assert message(parse_decimal, None, "en") == "This cell is empty; a value is needed here."
    assert message(parse_decimal, "  ", "en") == "This cell is empty; a value is needed here."


def test_number_bounds_are_checked_and_shown_in_the_workbook_language():
    assert parse_decimal("2,5", "pt_BR", minimum=0, maximum=5) == Decimal("2.5")
    assert message(parse_decimal, "-1", "pt_BR", minimum=0) == "“-1” must be at least 0."
    assert message(parse_decimal, "6", "pt_BR", maximum=5.5) == "“6” must be at most 5,5."
    assert message(parse_decimal, "6", "en", maximum=5.5) == "“6” must be at most 5.5."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("R$ 1.234,565", "1234.57"),  # half up, not banker's rounding
        ("1.234,5", "1234.50"),
        ("0,005", "0.01"),
        ("-0,005", "-0.01"),
        (0.1 + 0.2, "0.30"),
        (1234, "1234.00"),
    ],
)
def test_parse_money_rounds_to_centavos(value, expected):
    money = parse_money(value, "pt_BR")
    assert money == Decimal(expected)
    assert str(money) == expected


def test_money_bounds():
    assert message(parse_money, "R$ -5", "pt_BR", minimum=0) == "“R$ -5” must be at least 0."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12%", "12"),
        ("12 %", "12"),
        (f"12,5{NBSP}%", "12.5"),
        ("12,5 %", "12.5"),
        ("12.5", "12.5"),
        ("12", "12"),
        (12, "12"),
        (12.5, "12.5"),
        ("0,12", "0.12"),  # text is read as written, even with the flag
        ("100%", "100"),
    ],
)
@pytest.mark.parametrize("fraction", [False, True])
def test_parse_percent(value, expected, fraction):
    assert parse_percent(value, "pt_BR", fraction_if_below_one=fraction) == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.12, "12"), (0.125, "12.5"), (0.5, "50"), (0, "0"), (1, "1"), (1.0, "1")],
)
def test_a_fraction_from_a_percent_formatted_cell_is_scaled_only_when_asked(value, expected):
    assert parse_percent(value, "pt_BR", fraction_if_below_one=True) == Decimal(expected)
    assert parse_percent(value, "pt_BR") == Decimal(str(value))


def test_percent_errors():
    assert message(parse_percent, "R$ 5", "pt_BR") == "“R$ 5” is not a percentage."
    assert message(parse_percent, "muito", "pt_BR") == "“muito” is not a number."
    assert message(parse_percent, "120%", "pt_BR", minimum=0, maximum=100) == (
        "“120%” must be between 0 and 100."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), ("3,0", 3), ("3.0", 3), (3.0, 3), (3, 3), (" 5 ", 5), ("-2", -2), ("1.234", 1234)],
)
def test_parse_integer(value, expected):
    assert parse_integer(value, "pt_BR") == expected


def test_parse_integer_follows_the_language_for_ambiguous_text():
    assert parse_integer("1,000", "en") == 1000
    assert parse_integer("1.000", "pt_BR") == 1000


@pytest.mark.parametrize(("value", "shown"), [(3.5, "3,5"), ("3,5", "3,5"), ("2.5", "2.5")])
def test_a_fraction_is_not_a_whole_number(value, shown):
    assert message(parse_integer, value, "pt_BR") == f"“{shown}” must be a whole number."


def test_integer_range():
    assert parse_integer("5", "en", minimum=1, maximum=5) == 5
    assert message(parse_integer, "6", "en", minimum=1, maximum=5) == (
        "“6” must be between 1 and 5."
    )
    assert message(parse_integer, 0.0, "en", minimum=1, maximum=5) == (
        "“0” must be between 1 and 5."
    )
    assert message(parse_integer, "abc", "en", minimum=1, maximum=5) == "“abc” is not a number."


# --- dates ----------------------------------------------------------------------------------

NOV_25 = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(
    "value",
    [
        NOV_25,
        datetime.datetime(2026, 11, 25, 23, 59),
        46351,  # Excel serial number, 1900 date system
        46351.0,
        46351.99,  # the time of day is dropped
        "2026-11-25",
        "2026-11-25 14:30",
        "2026-11-25T14:30:00",
        "2026/11/25",
        "25/11/2026",
        "25-11-2026",
        "25.11.2026",
        " 25/11/2026 ",
        "25/11/2026 09:15:00",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_date_forms(value, language):
    assert parse_date(value, language) == NOV_25


@pytest.mark.parametrize("language", LANGUAGES)
def test_single_digit_day_and_month(language):
    assert parse_date("5/1/2026", language) == datetime.date(2026, 1, 5)
    assert parse_date("05/01/2026", language) == datetime.date(2026, 1, 5)


def test_day_first_even_in_english_workbooks_when_both_could_be_a_month():
    assert parse_date("03/04/2026", "en") == datetime.date(2026, 4, 3)
    assert parse_date("03/04/2026", "pt_BR") == datetime.date(2026, 4, 3)


def test_month_first_only_in_english_workbooks_and_only_when_nothing_else_fits():
    assert parse_date("11/25/2026", "en") == NOV_25
    assert message(parse_date, "11/25/2026", "pt_BR") == "“11/25/2026” is not a real date."


def test_serial_numbers_around_the_1900_leap_year_bug():
    assert parse_date(61, "en") == datetime.date(1900, 3, 1)
    assert parse_date(45658, "en") == datetime.date(2025, 1, 1)
    assert parse_date(2958465, "en") == datetime.date(9999, 12, 31)
    for serial in (60, 0, -1, 2958466, float("nan")):  # 60 is Excel's 29/02/1900
        with pytest.raises(CellError):
            parse_date(serial, "en")


@pytest.mark.parametrize(
    "text", ["31/02/2026", "29/02/2027", "00/01/2026", "2026-13-01", "32/1/2026"]
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_impossible_dates_are_named(text, language):
    assert message(parse_date, text, language) == f"“{text}” is not a real date."


def test_29_february_of_a_leap_year_is_real():
    assert parse_date("29/02/2028", "pt_BR") == datetime.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["25/11/26", "1/1/6"])
def test_two_digit_years_ask_for_four(text):
    assert message(parse_date, text, "pt_BR") == (
        f"“{text}” has a two-digit year; write the year with 4 digits."
    )


@pytest.mark.parametrize(
    "value",
    ["amanhã", "2026", "25/11", "25/11-2026", "25/11/20266", True, datetime.time(10, 0), 10],
)
def test_things_that_are_not_dates(value):
    assert "is not a date; write it as dd/mm/yyyy or yyyy-mm-dd." in message(
        parse_date, value, "pt_BR"
    )


def test_date_message_shows_the_text_as_written():
    assert message(parse_date, "amanhã", "en").startswith("“amanhã”")


# --- months ---------------------------------------------------------------------------------

NOV = datetime.date(2026, 11, 1)


@pytest.mark.parametrize(
    "value",
    [
        "2026-11",
        "2026/11",
        "11/2026",
        "11-2026",
        "11.2026",
        "nov/2026",
        "Nov 2026",
        "NOV-2026",
        "nov. 2026",
        "novembro 2026",
        "Novembro de 2026",
        "November 2026",
        "25/11/2026",  # a date: any day is read as its month
        "2026-11-30",
        NOV_25,
        datetime.datetime(2026, 11, 30, 8, 0),
        46351,
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_month_forms(value, language):
    assert parse_month(value, language) == NOV


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("fev/2026", 2),
        ("Feb 2026", 2),
        ("março 2026", 3),
        ("marco de 2026", 3),
        ("abr/2026", 4),
        ("mai/2026", 5),
        ("May 2026", 5),
        ("ago/2026", 8),
        ("set/2026", 9),
        ("Sept 2026", 9),
        ("out/2026", 10),
        ("Oct 2026", 10),
        ("dez/2026", 12),
        ("Dec 2026", 12),
    ],
)
def test_month_names_in_both_languages(text, month):
    assert parse_month(text, "pt_BR") == datetime.date(2026, month, 1)


@pytest.mark.parametrize("text", ["13/2026", "0/2026", "2026-13", "xyz 2026", "novembro", "nov"])
def test_things_that_are_not_months(text):
    assert message(parse_month, text, "pt_BR") == (
        f"“{text}” is not a month; write it as yyyy-mm or mm/yyyy."
    )


def test_month_errors_that_keep_their_date_message():
    assert message(parse_month, "nov/26", "pt_BR") == (
        "“nov/26” has a two-digit year; write the year with 4 digits."
    )
    assert message(parse_month, "31/02/2026", "pt_BR") == "“31/02/2026” is not a real date."
    assert "empty" in message(parse_month, "", "pt_BR")


# --- yes / no -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["Sim", "SIM", "sim", "Yes", "YES", "true", "TRUE", "1", "x", "X", " x ", True, 1, 1.0],
)
def test_yes(value):
    assert parse_bool(value, "pt_BR") is True


@pytest.mark.parametrize(
    "value",
    ["Não", "NÃO", "Nao", "nao", "No", "no", "false", "FALSE", "0", False, 0, 0.0, None, "", "  "],
)
def test_no(value):
    assert parse_bool(value, "pt_BR") is False


def test_unknown_yes_no_lists_the_labels_in_the_workbook_language():
    assert message(parse_bool, "Talvez", "pt_BR") == "“Talvez” is not one of: Sim, Não."
    assert message(parse_bool, "Maybe", "en") == "“Maybe” is not one of: Yes, No."
    assert message(parse_bool, 2, "en") == "“2” is not one of: Yes, No."


# --- enumerations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Patrocinador", Stance.SPONSOR),
        ("patrocinador", Stance.SPONSOR),
        ("Sponsor", Stance.SPONSOR),
        ("sponsor", Stance.SPONSOR),
        (" OPOSITOR ", Stance.OPPONENT),
        ("Segmentação", LifecycleStage.TARGETING),
        ("segmentacao", LifecycleStage.TARGETING),
        ("RENTABILIZAÇÃO", LifecycleStage.DEVELOPMENT),
        ("Development", LifecycleStage.DEVELOPMENT),
        ("A", Tier.A),
        ("a · estrategica", Tier.A),
        ("B · Key", Tier.B),
        ("D · Manutenção", Tier.D),
        ("Venda cruzada", Strategy.CROSS_SELL),
        ("cross_sell", Strategy.CROSS_SELL),
        ("Recuperacao operacional", Strategy.OPERATIONAL_RECOVERY),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_enum_labels_in_either_language(text, member, language):
    assert parse_enum(text, type(member), language) is member


def test_unknown_enum_lists_the_labels_in_the_workbook_language():
    assert message(parse_enum, "Amigo", Stance, "pt_BR") == (
        "“Amigo” is not one of: Patrocinador, Aliado, Neutro, Resistente, Opositor."
    )
    assert message(parse_enum, "Friend", Stance, "en") == (
        "“Friend” is not one of: Sponsor, Ally, Neutral, Resistant, Opponent."
    )


def test_long_enums_do_not_list_their_labels(monkeypatch):
    monkeypatch.setattr(values, "MAX_LISTED_LABELS", 4)
    assert message(parse_enum, "Amigo", Stance, "pt_BR") == (
        "“Amigo” is not one of the allowed values."
    )


def test_an_empty_enum_cell_is_an_error():
    assert "empty" in message(parse_enum, None, Stance, "en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Venda cruzada, Up-sell", (Strategy.CROSS_SELL, Strategy.UP_SELL)),
        ("Venda cruzada; Up-sell", (Strategy.CROSS_SELL, Strategy.UP_SELL)),
        ("up-sell,venda cruzada", (Strategy.UP_SELL, Strategy.CROSS_SELL)),
        (" Reposicionamento , , ;", (Strategy.REPOSITIONING,)),
        ("Cross-sell, venda cruzada, CROSS-SELL", (Strategy.CROSS_SELL,)),
        ("", ()),
        (None, ()),
    ],
)
def test_parse_enum_list(value, expected):
    assert parse_enum_list(value, Strategy, "pt_BR") == expected


def test_enum_list_with_another_separator():
    assert parse_enum_list("Up-sell | Cross-sell", Strategy, "en", separator="|") == (
        Strategy.UP_SELL,
        Strategy.CROSS_SELL,
    )


def test_enum_list_names_the_unknown_item():
    assert message(parse_enum_list, "Venda cruzada, Desconto", Strategy, "pt_BR") == (
        "“Desconto” is not one of: Reposicionamento, Venda cruzada, Venda adicional, "
        "Recuperação operacional."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ana Souza; João Lima", ("Ana Souza", "João Lima")),
        (" Ana Souza ;; ; João Lima ;", ("Ana Souza", "João Lima")),
        ("Ana Souza; ANA SOUZA; Joao Lima; João Lima", ("Ana Souza", "Joao Lima")),
        ("Ana Souza", ("Ana Souza",)),
        ("Souza, Ana", ("Souza, Ana",)),  # a comma belongs to the name
        ("", ()),
        (None, ()),
    ],
)
def test_parse_name_list(value, expected):
    assert parse_name_list(value) == expected


def test_name_list_with_another_separator():
    assert parse_name_list("Ana, João", separator=",") == ("Ana", "João")


# --- periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-Q1", "2027-Q1"),
        ("2027-q4", "2027-Q4"),
        ("2027-H1", "2027-H1"),
        ("2027-h2", "2027-H2"),
        ("2027", "2027"),
        (2027, "2027"),
        (2027.0, "2027"),  # LibreOffice turned the text into a number
        (" 2027 Q2 ", "2027-Q2"),
        ("2027Q3", "2027-Q3"),
        ("Q1 2027", "2027-Q1"),
        ("q1/2027", "2027-Q1"),
        ("H2-2027", "2027-H2"),
        ("1T2027", "2027-Q1"),
        ("1º tri 2027", "2027-Q1"),
        ("3° trimestre de 2027", "2027-Q3"),
        ("2º semestre 2027", "2027-H2"),
        ("1S2027", "2027-H1"),
    ],
)
def test_parse_period(value, expected):
    assert parse_period(value) == expected


@pytest.mark.parametrize(
    "value",
    ["2027-Q5", "2027-Q0", "2027-H3", "Q1 27", "27", "2027-M1", "próximo ano", 2027.5, True],
)
def test_things_that_are_not_periods(value):
    assert "is not a period; write it as 2027-Q1, 2027-H1 or 2027." in message(parse_period, value)


def test_period_message_names_the_text():
    assert message(parse_period, "2027-Q5").startswith("“2027-Q5”")


# --- what python-calamine really hands over -------------------------------------------------


def test_values_written_by_xlsxwriter_and_read_by_calamine(tmp_path):
    path = tmp_path / "cells.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    percent = book.add_format({"num_format": "0%"})
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    tricky = ["=1+1", "+55 11", "-5 itens", "@Ana", "\tTab"]
    for column, text in enumerate(tricky):
        assert safe_text_for_cell(text)
        sheet.write_string(0, column, text)
    sheet.write_number(1, 0, 46351)
    sheet.write_datetime(1, 1, NOV_25, dates)
    sheet.write_number(1, 2, 0.125, percent)
    sheet.write_boolean(1, 3, True)
    sheet.write_number(1, 4, 7)
    sheet.write_string(1, 5, f"R${NBSP}1.234,56")
    book.close()

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [parse_text(cell) for cell in rows[0][: len(tricky)]] == tricky
    serial, real_date, fraction, flag, seven, money = rows[1][:6]
    assert parse_date(serial, "pt_BR") == NOV_25 == parse_date(real_date, "pt_BR")
    assert parse_percent(fraction, "pt_BR", fraction_if_below_one=True) == Decimal("12.5")
    assert parse_bool(flag, "pt_BR") is True
    assert parse_text(seven) == "7" and parse_integer(seven, "pt_BR") == 7
    assert parse_money(money, "pt_BR") == Decimal("1234.56")


# --- properties -----------------------------------------------------------------------------

CENTS = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


def pt_br(number: Decimal, grouped: bool = True) -> str:
    """``-1.234,56`` — Brazilian style."""
    english = f"{abs(number):,.2f}" if grouped else f"{abs(number):.2f}"
    swapped = english.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if number < 0 else "") + swapped


def english(number: Decimal, grouped: bool = True) -> str:
    """``-1,234.56``."""
    return f"{number:,.2f}" if grouped else f"{number:.2f}"


@given(
    number=CENTS,
    grouped=st.booleans(),
    prefix=st.sampled_from(["", "R$ ", f"R${NBSP}", f"R${NARROW_NBSP}", "R$"]),
    language=st.sampled_from(LANGUAGES),
)
def test_brazilian_amounts_parse_back(number, grouped, prefix, language):
    assert parse_money(prefix + pt_br(number, grouped), language) == number


@given(
    number=CENTS,
    grouped=st.booleans(),
    prefix=st.sampled_from(["", "US$ ", "$"]),
    language=st.sampled_from(LANGUAGES),
)
def test_english_amounts_parse_back(number, grouped, prefix, language):
    assert parse_money(prefix + english(number, grouped), language) == number


@given(number=CENTS, language=st.sampled_from(LANGUAGES))
def test_accounting_negatives_parse_back(number, language):
    assert parse_decimal(f"(R$ {pt_br(abs(number))})", language) == -abs(number)


@given(
    day=st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(9999, 12, 31)),
    language=st.sampled_from(LANGUAGES),
)
def test_dates_parse_back_from_text(day, language):
    assert parse_date(day.strftime("%d/%m/%Y").replace(" ", "0"), language) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}", language) == day
    assert parse_date(day.isoformat(), language) == day
    assert parse_month(day.isoformat()[:7], language) == day.replace(day=1)


@given(day=st.dates(min_value=datetime.date(1900, 3, 1)))
def test_dates_parse_back_from_serial_numbers(day):
    serial = (day - datetime.date(1899, 12, 30)).days
    assert parse_date(serial, "en") == day
    assert parse_date(serial + 0.5, "en") == day


CELLS = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,;-+−()R$US% /:\t\u00a0\u202fQqHhTºnovdez"),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
)
PARSERS = [
    lambda v, lang: parse_text(v),
    lambda v, lang: parse_text(v, max_length=5),
    parse_decimal,
    parse_money,
    parse_percent,
    lambda v, lang: parse_percent(v, lang, fraction_if_below_one=True, minimum=0, maximum=100),
    lambda v, lang: parse_integer(v, lang, minimum=1, maximum=5),
    parse_date,
    parse_month,
    parse_bool,
    lambda v, lang: parse_enum(v, Stance, lang),
    lambda v, lang: parse_enum_list(v, Strategy, lang),
    lambda v, lang: parse_name_list(v),
    lambda v, lang: parse_period(v),
    lambda v, lang: is_blank(v),
]


@given(value=CELLS, language=st.sampled_from(LANGUAGES))
def test_no_cell_crashes_a_parser(value, language):
    for parser in PARSERS:
        try:
            parser(value, language)
        except CellError as error:
            assert error.text()  # every message formats: no field is missing
