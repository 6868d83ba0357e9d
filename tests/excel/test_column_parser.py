"""Parsing a whole column at once (repeated values once, columns of numbers or texts with C-speed
maps) gives exactly what parsing it cell by cell gives: every value, every error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.excel.schema import SHEETS, Kind
from kamdesk.excel.values import CellError, is_blank
from kamdesk.services.workbook_import.cells import BLANK, cell_parser, column_parser

COLUMNS = [c for sheet in SHEETS for c in sheet.columns if not c.read_only]
# One column of each kind, and the one with its own parser (the CNPJ, stored formatted).
SPECIAL = [*{c.kind: c for c in COLUMNS}.values(), next(c for c in COLUMNS if c.key == "tax_id")]
NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(-1e6, 1e6).map(lambda x: round(x, 2)),
    st.integers(-5, 2000).map(float),
    st.sampled_from([0.0, -0.0, 1.0, 5.0, 0.125, 1e15, 1e20, 100.0, 3.5]),
    st.integers(-10, 10**9),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
)
TEXTS = st.one_of(
    st.sampled_from(
        ["", "  ", "\u00a0", " Acme ", "=SUM(A1)", "-5", " +1 ", "\tx", "1.234,56", "R$ 10"]
    ),
    st.sampled_from(["Sim", "não", "Patrocinador", "sponsor", "2027-Q1", "2026-11", "12%"]),
    st.sampled_from(
        [
            "25/11/2026",
            "31/02/2026",
            "nov/2026",
            "a, b",
            ";",
            "Ana; Ana",
            "x" * 300,
            "11222333000181",
        ]
    ),
    st.text(max_size=12),
)
OTHERS = st.one_of(
    st.none(),
    st.booleans(),
    st.dates(dt.date(1899, 1, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1899, 1, 1), dt.datetime(2100, 1, 1)),
    st.times(),
    st.timedeltas(dt.timedelta(0), dt.timedelta(days=3)),
)
CELLS = st.one_of(NUMBERS, TEXTS, OTHERS)
# A column mostly of one kind of value, as real columns are, with some of anything else.
COLUMN_CELLS = st.one_of(
    st.lists(CELLS, max_size=30),
    st.lists(st.one_of(NUMBERS, NUMBERS, NUMBERS, CELLS), max_size=30),
    st.lists(st.one_of(TEXTS, TEXTS, TEXTS, CELLS), max_size=30),
    st.lists(st.floats(0, 10**6).map(lambda x: round(x, 2)), max_size=30),
    st.lists(st.sampled_from(["Ana", " Beto ", "Ana", "=x", "  "]), max_size=30),
)


def cell_by_cell(column, cells, language, max_length):
    """What the planner made of a column before: each cell on its own."""
    parse = cell_parser(column, language, max_length)
    results, failures = [], []
    for index, cell in enumerate(cells):
        if is_blank(cell):
            results.append(BLANK)
            continue
        try:
            results.append(parse(cell))
        except CellError as error:
            results.append(None)
            failures.append((index, error.template, error.args))
    return results, failures


def typed(values: list) -> list:
    """Values with their types, so that 1 and 1.0, or Decimal 1.0 and 1.00, differ."""
    return [(type(value), str(value) if isinstance(value, Decimal) else value) for value in values]


@settings(max_examples=300, deadline=None)
@given(
    column=st.sampled_from(COLUMNS),
    cells=COLUMN_CELLS,
    language=st.sampled_from(["pt_BR", "en"]),
    max_length=st.sampled_from([32767, 5]),
)
def test_a_column_parses_as_its_cells_one_by_one(column, cells, language, max_length):
    results, failures = column_parser(column, language, max_length)(list(cells))
    expected_results, expected_failures = cell_by_cell(column, cells, language, max_length)
    assert typed(results) == typed(expected_results)
    assert sorted((i, e.template, e.args) for i, e in failures) == expected_failures


@pytest.mark.parametrize("column", SPECIAL, ids=lambda c: f"{c.kind.name}-{c.key}")
@settings(max_examples=60, deadline=None)
@given(cells=COLUMN_CELLS, language=st.sampled_from(["pt_BR", "en"]))
def test_each_kind_of_column_parses_as_its_cells_one_by_one(column, cells, language):
    results, failures = column_parser(column, language)(list(cells))
    expected_results, expected_failures = cell_by_cell(column, cells, language, 32767)
    assert typed(results) == typed(expected_results)
    assert sorted((i, e.template, e.args) for i, e in failures) == expected_failures


def test_the_columns_sampled_cover_every_kind():
    assert {c.kind for c in SPECIAL} == set(Kind)
