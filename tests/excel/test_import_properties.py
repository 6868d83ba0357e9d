"""Whatever a workbook holds, planning never raises: it reports. And applying is all or
nothing: either the plan has errors and the database is untouched, or every planned row is
written (planning the same workbook again finds nothing left to do)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_import_support import all_rows, workbook

from kamdesk.model.enums import fold
from kamdesk.services.workbook_import import NEW, UNCHANGED, apply_import, plan_import

NAMES = st.one_of(
    st.sampled_from(["Acme", "acme", " ACMÉ ", "Beta", "Gama Ltda", "=SUM(A1)", "", "  "]),
    st.text(max_size=12),
)
NUMBERS = st.one_of(
    st.none(),
    st.integers(-10, 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1.234,56", "R$ 1.234,56", "1,234.56", "12%", "-5", "abc", "", "3"]),
    st.text(max_size=8),
    st.booleans(),
)
DATES = st.one_of(
    st.none(),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)),
    st.sampled_from(["31/02/2026", "2026-13-01", "01/01/26", "2026-01", "15/03/2020", "ontem"]),
    st.text(max_size=10),
    st.floats(),
)
IDS = st.one_of(st.none(), st.none(), st.integers(-1, 4), st.sampled_from(["x", "2", "1.5"]))
TAX_IDS = st.one_of(st.none(), st.just("11.222.333/0001-81"), st.text(max_size=16))
STRATEGIES = st.one_of(
    st.none(),
    st.sampled_from(["Cross-sell, Up-sell", "Venda cruzada; nada", ";"]),
    st.text(max_size=6),
)

ACCOUNT_ROWS = st.fixed_dictionaries(
    {
        "id": IDS,
        "name": NAMES,
        "tax_id": TAX_IDS,
        "employees": NUMBERS,
        "strategic_importance": NUMBERS,
        "growth_potential": NUMBERS,
        "strategies": STRATEGIES,
        "acquisition_cost": NUMBERS,
        "client_since": DATES,
    }
)
REVENUE_ROWS = st.fixed_dictionaries(
    {"account": NAMES, "month": DATES, "revenue": NUMBERS, "recurring": NUMBERS}
)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    language=st.sampled_from(["pt_BR", "en"]),
    accounts=st.lists(ACCOUNT_ROWS, max_size=6),
    revenue=st.lists(REVENUE_ROWS, max_size=6),
)
def test_random_rows_are_reported_never_raised_and_written_all_or_nothing(
    portfolio, language, accounts, revenue
):
    raw = workbook(language=language, accounts=accounts, revenue=revenue)
    before = all_rows(portfolio)
    plan = plan_import(portfolio, raw)
    for problem in plan.errors:
        assert problem.text()  # every message can be shown
    event("refused" if plan.has_errors else "written")
    if plan.has_errors:
        with pytest.raises(ValueError):
            apply_import(portfolio, plan)
        assert all_rows(portfolio) == before
        return
    apply_import(portfolio, plan)
    new_accounts = sum(1 for r in plan.rows if r.sheet_key == "accounts" and r.action == NEW)
    assert len(all_rows(portfolio)["account"]) == len(before["account"]) + new_accounts
    again = plan_import(portfolio, raw)
    assert again.errors == []
    assert {r.action for r in again.rows} <= {UNCHANGED}
    assert portfolio.integrity_problems() == []


# -- rows a KAM could really write, in every accepted form --------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzãçéÁÉÕ -&."
VALID_NAMES = st.text(alphabet=LETTERS, min_size=1, max_size=14).map(str.strip).filter(bool)
VALID_DATES = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))


def money_text(amount: Decimal, language: str, form: int):
    """``amount`` as a cell: a number, or text in the workbook's language, with or without R$."""
    if form == 0:
        return float(amount)
    english = f"{amount:,.2f}"
    text = english.translate(str.maketrans(",.", ".,")) if language == "pt_BR" else english
    return f"R$ {text}" if form == 2 else text


def date_cell(day: dt.date, form: int):
    return (day, dt.datetime.combine(day, dt.time()), day.strftime("%d/%m/%Y"), day.isoformat())[
        form
    ]


@st.composite
def valid_rows(draw, language: str):
    names = draw(st.lists(VALID_NAMES, max_size=5, unique_by=fold))
    amounts = st.decimals(0, 10**7, places=2)
    accounts = [
        {
            "name": name,
            "employees": draw(st.none() | st.integers(0, 10**6)),
            "strategic_importance": draw(st.integers(1, 5)),
            "growth_potential": draw(st.none() | st.integers(1, 5)),
            "strategies": draw(st.sampled_from([None, "Cross-sell", "Up-sell, Reposicionamento"])),
            "acquisition_cost": money_text(draw(amounts), language, draw(st.integers(0, 2))),
            "client_since": date_cell(draw(VALID_DATES), draw(st.integers(0, 3))),
        }
        for name in names
    ]
    if not names:
        return accounts, []
    months = st.tuples(st.sampled_from(names), VALID_DATES)
    keys = draw(st.lists(months, max_size=8, unique_by=lambda k: (fold(k[0]), k[1].replace(day=1))))
    revenue = []
    for name, day in keys:
        amount = draw(amounts)
        recurring = draw(st.decimals(0, amount, places=2))
        revenue.append(
            {
                "account": name.upper() if draw(st.booleans()) else name,
                "month": date_cell(day, draw(st.integers(0, 3))),
                "revenue": money_text(amount, language, draw(st.integers(0, 2))),
                "recurring": money_text(recurring, language, draw(st.integers(0, 2))),
            }
        )
    return accounts, revenue


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), language=st.sampled_from(["pt_BR", "en"]))
def test_valid_random_rows_are_all_written(portfolio, data, language):
    accounts, revenue = data.draw(valid_rows(language))
    raw = workbook(language=language, accounts=accounts, revenue=revenue)
    plan = plan_import(portfolio, raw)
    assert plan.errors == [], [p.text() for p in plan.errors]
    apply_import(portfolio, plan)
    again = plan_import(portfolio, raw)
    assert again.errors == []
    assert {r.action for r in again.rows} <= {UNCHANGED}
