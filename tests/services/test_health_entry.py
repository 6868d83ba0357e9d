"""Monthly revenue and survey responses: real writes read back, undo data that gives the
database back row for row, and every bad input refused with nothing written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.model.enums import SurveyKind
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.health import (
    MonthFigures,
    RevenueRow,
    RevenueService,
    SurveyData,
    SurveyService,
)
from kamdesk.services.health import messages as m
from kamdesk.services.problems import (
    NEGATIVE,
    NO_SUCH_ACCOUNT,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
)
from kamdesk.services.stakeholders import StakeholderData, StakeholderService
from tests.services.support import all_rows, only, refused

JAN = dt.date(2026, 1, 1)
FEB = dt.date(2026, 2, 1)


@pytest.fixture
def accounts(portfolio):
    service = AccountService(portfolio)
    return service.create(AccountData(name="Agro Cerrado")), service.create(
        AccountData(name="Banco Paulista")
    )


@pytest.fixture
def revenue(portfolio):
    return RevenueService(portfolio)


@pytest.fixture
def surveys(portfolio):
    return SurveyService(portfolio)


# -- revenue ---------------------------------------------------------------------------------


def test_months_are_written_rounded_and_read_back_oldest_first(revenue, accounts):
    agro, _ = accounts
    revenue.write(
        agro,
        {
            dt.date(2026, 2, 17): MonthFigures(Decimal("1200.005"), Decimal(1000)),
            JAN: MonthFigures(Decimal(900), Decimal(0)),
        },
    )
    rows = revenue.list_rows(agro)
    assert rows == [
        RevenueRow(JAN, Decimal("900.00"), Decimal("0.00")),
        RevenueRow(FEB, Decimal("1200.01"), Decimal("1000.00")),
    ]
    assert rows[1].one_off == Decimal("200.01")


def test_writing_returns_what_undoes_it_exactly(portfolio, revenue, accounts):
    agro, _ = accounts
    revenue.write(agro, {JAN: MonthFigures(Decimal(900), Decimal(500))})
    before = all_rows(portfolio)
    previous = revenue.write(
        agro, {JAN: MonthFigures(Decimal(950), Decimal(500)), FEB: MonthFigures(Decimal(10))}
    )
    assert previous == {JAN: MonthFigures(Decimal("900.00"), Decimal("500.00")), FEB: None}
    revenue.write(agro, previous)
    assert all_rows(portfolio) == before


def test_none_clears_a_month(revenue, accounts):
    agro, _ = accounts
    revenue.write(agro, {JAN: MonthFigures(Decimal(900))})
    assert revenue.write(agro, {JAN: None}) == {JAN: MonthFigures(Decimal("900.00"), Decimal(0))}
    assert revenue.list_rows(agro) == []


@pytest.mark.parametrize(
    ("figures", "field", "template"),
    [
        (MonthFigures(Decimal(-1)), "revenue", NEGATIVE),
        (MonthFigures("mil reais"), "revenue", NOT_A_NUMBER),
        (MonthFigures(Decimal(100), Decimal(-5)), "recurring", NEGATIVE),
        (MonthFigures(Decimal(100), Decimal(150)), "recurring", m.RECURRING_ABOVE_REVENUE),
        (MonthFigures(Decimal(10) ** 14), "revenue", m.TOO_LARGE),
    ],
)
def test_bad_figures_are_refused_and_nothing_is_written(
    portfolio, revenue, accounts, figures, field, template
):
    agro, _ = accounts
    revenue.write(agro, {JAN: MonthFigures(Decimal(900))})
    # A good month in the same write is not written either: all or nothing.
    error = refused(portfolio, revenue.write, agro, {FEB: MonthFigures(Decimal(1)), JAN: figures})
    assert (only(error).field, only(error).template) == (field, template)


def test_bad_month_and_unknown_account_are_refused(portfolio, revenue, accounts):
    agro, _ = accounts
    error = refused(portfolio, revenue.write, agro, {"31/02/2026": MonthFigures(Decimal(1))})
    assert (only(error).field, only(error).template) == ("month", m.NOT_A_DATE)
    error = refused(portfolio, revenue.write, 999, {JAN: MonthFigures(Decimal(1))})
    assert only(error).template == NO_SUCH_ACCOUNT


# -- surveys ---------------------------------------------------------------------------------


def a_response(account_id, /, **changes) -> SurveyData:
    values = {"account_id": account_id, "kind": SurveyKind.NPS, "date": JAN, "score": 9}
    return SurveyData(**{**values, **changes})


def test_responses_are_listed_newest_first_with_who_answered(portfolio, surveys, accounts):
    agro, _ = accounts
    person = StakeholderService(portfolio).create(agro, StakeholderData(name="Marina Costa"))
    first = surveys.create(a_response(agro, comment="  bom atendimento "))
    second = surveys.create(a_response(agro, kind="csat", score=4, date=FEB, stakeholder_id=person))
    rows = surveys.list_rows(agro)
    assert [r.id for r in rows] == [second, first]
    assert rows[0].stakeholder_name == "Marina Costa"
    assert rows[0].data.kind is SurveyKind.CSAT
    assert rows[1].data.comment == "bom atendimento"
    assert [r.id for r in surveys.list_rows(agro, SurveyKind.NPS)] == [first]


def test_update_revert_delete_restore_give_the_rows_back(portfolio, surveys, accounts):
    agro, _ = accounts
    response = surveys.create(a_response(agro))
    before = all_rows(portfolio)
    previous = surveys.update(response, {"score": 3, "comment": "atrasos"})
    assert surveys.get(response).score == 3
    surveys.revert(response, previous)
    assert all_rows(portfolio) == before
    snapshot = surveys.delete([response])
    assert surveys.list_rows(agro) == []
    surveys.restore(snapshot)
    assert all_rows(portfolio) == before


@pytest.mark.parametrize(
    ("changes", "field", "template"),
    [
        ({"score": 11}, "score", OUT_OF_RANGE),
        ({"score": -1}, "score", OUT_OF_RANGE),
        ({"kind": SurveyKind.CSAT, "score": 0}, "score", OUT_OF_RANGE),
        ({"kind": SurveyKind.CSAT, "score": 6}, "score", OUT_OF_RANGE),
        ({"score": 7.5}, "score", m.WHOLE_NUMBER),
        ({"score": None}, "score", m.WHOLE_NUMBER),
        ({"date": None}, "date", REQUIRED),
        ({"date": "2026-02-31"}, "date", m.NOT_A_DATE),
        ({"comment": "x" * 4001}, "comment", TOO_LONG),
        ({"account_id": 999}, "account_id", NO_SUCH_ACCOUNT),
        ({"stakeholder_id": 999}, "stakeholder_id", m.NO_SUCH_STAKEHOLDER),
    ],
)
def test_bad_responses_are_refused(portfolio, surveys, accounts, changes, field, template):
    agro, _ = accounts
    error = refused(portfolio, surveys.create, a_response(agro, **changes))
    assert (only(error).field, only(error).template) == (field, template)


def test_a_person_of_another_account_is_refused(portfolio, surveys, accounts):
    agro, banco = accounts
    person = StakeholderService(portfolio).create(banco, StakeholderData(name="Rui Lima"))
    error = refused(portfolio, surveys.create, a_response(agro, stakeholder_id=person))
    assert only(error).template == m.STAKEHOLDER_OF_ANOTHER_ACCOUNT
    assert only(error).args == {"name": "Rui Lima"}


def test_unknown_response_is_refused(portfolio, surveys):
    error = refused(portfolio, surveys.update, 999, {"score": 5})
    assert only(error).template == m.NO_SUCH_RESPONSE
