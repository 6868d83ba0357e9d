"""Risk register and actions service: real writes read back, the register's rows, heat map and
top risks, the Actions list with overdue days, every bad input refused with nothing written,
and undo data that gives back the database row for row."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kamdesk.analytics.risk import RiskLevel
from kamdesk.model.enums import ActionStatus, RiskCategory, RiskResponse, RiskStatus
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.plan import DESCRIPTION_LIMIT, ActionData, RiskData, RiskService
from kamdesk.services.plan import messages as m
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
)
from tests.services.support import all_rows, only, refused

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def service(portfolio):
    return RiskService(portfolio)


@pytest.fixture
def ids(portfolio) -> SimpleNamespace:
    accounts = AccountService(portfolio)
    return SimpleNamespace(
        agro=accounts.create(AccountData(name="Agro Cerrado")),
        banco=accounts.create(AccountData(name="Banco Paulista")),
    )


def a_risk(account_id, **changes) -> RiskData:
    values = {"account_id": account_id, "description": "Concorrente com preço 20% menor"}
    return RiskData(**{**values, **changes})


# -- risks ----------------------------------------------------------------------------------


def test_create_reads_back_and_lists_by_score(service, ids):
    review = dt.date(2027, 1, 15)
    low = service.create(a_risk(ids.agro, likelihood=1, impact=2))
    high = service.create(
        a_risk(
            ids.banco,
            description="  Patrocinador deixa a empresa  ",
            category=RiskCategory.SPONSOR_LOSS,
            likelihood=4,
            impact=5,
            response=RiskResponse.ELIMINATE,
            review_date=review,
        )
    )
    assert service.get(high) == RiskData(
        ids.banco,
        "Patrocinador deixa a empresa",
        RiskCategory.SPONSOR_LOSS,
        4,
        5,
        RiskResponse.ELIMINATE,
        RiskStatus.OPEN,
        review,
    )
    rows = service.list_rows()
    assert [r.id for r in rows] == [high, low]
    assert (rows[0].score, rows[0].level, rows[0].account_name) == (
        20,
        RiskLevel.CRITICAL,
        "Banco Paulista",
    )
    assert (rows[1].score, rows[1].level) == (2, RiskLevel.LOW)
    assert [r.id for r in service.list_rows(ids.agro)] == [low]


def test_enum_values_as_plain_text_are_accepted(service, ids):
    risk = service.create(a_risk(ids.agro, category="market", response="accept"))
    data = service.get(risk)
    assert data.category is RiskCategory.MARKET and data.response is RiskResponse.ACCEPT


def test_update_returns_previous_and_revert_puts_it_back(service, ids, portfolio):
    risk = service.create(a_risk(ids.agro))
    before = all_rows(portfolio)
    previous = service.update(risk, {"likelihood": 5, "status": RiskStatus.CLOSED})
    assert previous == {"likelihood": 3, "status": RiskStatus.OPEN}
    assert service.get(risk).likelihood == 5
    assert service.update(risk, {"likelihood": 5}) == {}
    service.revert(risk, previous)
    assert all_rows(portfolio) == before


def test_heat_map_top_risks_and_account_risk(service, ids):
    a = service.create(a_risk(ids.agro, likelihood=2, impact=3))
    b = service.create(a_risk(ids.banco, likelihood=5, impact=5))
    c = service.create(a_risk(ids.agro, likelihood=4, impact=4))
    service.create(a_risk(ids.agro, likelihood=5, impact=5, status=RiskStatus.CLOSED))
    whole = service.heat_map()
    assert whole.total == 3
    assert [r.id for r in whole.cell(5, 5).risks] == [b]
    agro = service.heat_map(ids.agro)
    assert agro.total == 2 and agro.cell(2, 3).risks[0].id == a
    assert [r.id for r in service.top_risks(2)] == [b, c]
    assert service.account_risk(ids.agro) == 16


def test_delete_keeps_actions_without_risk_and_restore_is_exact(service, ids, portfolio):
    risk = service.create(a_risk(ids.agro))
    other = service.create(a_risk(ids.agro, likelihood=1))
    action = service.create_action(ActionData(ids.agro, "Reunião com CFO", risk_id=risk))
    before = all_rows(portfolio)
    snapshot = service.delete([risk, other])
    assert service.list_rows() == []
    assert service.get_action(action).risk_id is None  # ON DELETE SET NULL: the action stays
    service.restore(snapshot)
    assert all_rows(portfolio) == before
    assert service.get_action(action).risk_id == risk


def test_create_undone_by_delete_and_redone_by_restore(service, ids, portfolio):
    before = all_rows(portfolio)
    risk = service.create(a_risk(ids.agro))
    after = all_rows(portfolio)
    snapshot = service.delete([risk])
    assert all_rows(portfolio) == before
    service.restore(snapshot)
    assert all_rows(portfolio) == after


# -- actions --------------------------------------------------------------------------------


def test_actions_list_overdue_owner_and_done(service, ids):
    risk = service.create(a_risk(ids.agro))
    late = service.create_action(
        ActionData(ids.agro, "Proposta", "Ana", TODAY - dt.timedelta(days=3), risk_id=risk)
    )
    due_today = service.create_action(ActionData(ids.banco, "Ligar para compras", "ÁNA ", TODAY))
    undated = service.create_action(ActionData(ids.banco, "Mapear decisores", "Bruno"))
    done = service.create_action(
        ActionData(ids.agro, "Visita técnica", "Ana", TODAY, ActionStatus.DONE), today=TODAY
    )
    rows = service.list_actions(today=TODAY)
    assert [r.id for r in rows] == [late, due_today, undated]
    assert (rows[0].days_overdue, rows[0].is_overdue, rows[0].risk_description) == (
        3,
        True,
        "Concorrente com preço 20% menor",
    )
    assert (rows[1].owner, rows[1].is_overdue, rows[1].account_name) == (
        "ÁNA",
        False,
        "Banco Paulista",
    )
    assert [r.id for r in service.list_actions(owner="ana", today=TODAY)] == [late, due_today]
    assert [r.id for r in service.list_actions(account_id=ids.banco, today=TODAY)] == [
        due_today,
        undated,
    ]
    with_done = service.list_actions(owner="Ana", include_done=True, today=TODAY)
    assert [r.id for r in with_done] == [late, due_today, done]
    assert with_done[2].done_at == TODAY and with_done[2].days_overdue == 0


def test_action_owners_once_each_ignoring_case_and_accents(service, ids):
    assert service.action_owners() == []
    service.create_action(ActionData(ids.agro, "Proposta", "Bruno"))
    service.create_action(ActionData(ids.banco, "Ligar", "ÁNA "))
    service.create_action(ActionData(ids.agro, "Visita", "Ana", status=ActionStatus.DONE))
    service.create_action(ActionData(ids.agro, "Sem dono"))
    assert service.action_owners() == ["Ana", "Bruno"]


def test_update_action_records_done_day_and_reverts(service, ids, portfolio):
    action = service.create_action(ActionData(ids.agro, "Enviar proposta", due=TODAY))
    before = all_rows(portfolio)
    previous = service.update_action(action, {"status": ActionStatus.DONE}, today=TODAY)
    assert previous == {"status": ActionStatus.OPEN, "done_at": None}
    with_done = service.list_actions(include_done=True, today=TODAY)
    assert with_done[0].done_at == TODAY
    service.revert_action(action, previous)
    assert all_rows(portfolio) == before
    service.update_action(action, {"status": "done"}, today=TODAY)
    reopened = service.update_action(action, {"status": ActionStatus.OPEN})
    assert reopened == {"status": ActionStatus.DONE, "done_at": TODAY}


def test_delete_actions_and_restore_exact(service, ids, portfolio):
    risk = service.create(a_risk(ids.agro))
    first = service.create_action(ActionData(ids.agro, "Um", risk_id=risk))
    second = service.create_action(ActionData(ids.agro, "Dois"))
    before = all_rows(portfolio)
    snapshot = service.delete_actions([first, second])
    assert service.list_actions(include_done=True) == []
    service.restore(snapshot)
    assert all_rows(portfolio) == before


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["likelihood", "impact"])
@pytest.mark.parametrize("value", [0, 6, -1])
def test_scale_out_of_range(service, ids, portfolio, name, value):
    problem = only(refused(portfolio, service.create, a_risk(ids.agro, **{name: value})))
    assert (problem.field, problem.template) == (name, OUT_OF_RANGE)
    assert service.validate(a_risk(ids.agro, **{name: value})) == [problem]


@pytest.mark.parametrize("name", ["likelihood", "impact"])
@pytest.mark.parametrize("value", [2.5, 3.0, "3", True, None])
def test_scale_not_whole(service, ids, portfolio, name, value):
    problem = only(refused(portfolio, service.create, a_risk(ids.agro, **{name: value})))
    assert (problem.field, problem.template) == (name, m.WHOLE_NUMBER)


@pytest.mark.parametrize("description", ["", "   \n"])
def test_empty_description(service, ids, portfolio, description):
    problem = only(refused(portfolio, service.create, a_risk(ids.agro, description=description)))
    assert (problem.field, problem.template) == ("description", REQUIRED)


def test_absurd_lengths(service, ids, portfolio):
    long = "x" * (DESCRIPTION_LIMIT + 1)
    problem = only(refused(portfolio, service.create, a_risk(ids.agro, description=long)))
    assert (problem.field, problem.template) == ("description", TOO_LONG)
    error = refused(portfolio, service.create_action, ActionData(ids.agro, "t" * 301, "o" * 121))
    assert {(p.field, p.template) for p in error.problems} == {
        ("title", TOO_LONG),
        ("owner", TOO_LONG),
    }


@pytest.mark.parametrize("account_id", [9999, None, "1", True])
def test_unknown_account(service, ids, portfolio, account_id):
    problem = only(refused(portfolio, service.create, a_risk(account_id)))
    assert (problem.field, problem.template) == ("account_id", NO_SUCH_ACCOUNT)
    problem = only(refused(portfolio, service.create_action, ActionData(account_id, "Ligar")))
    assert (problem.field, problem.template) == ("account_id", NO_SUCH_ACCOUNT)


def test_bad_enums_and_review_date(service, ids, portfolio):
    bad = a_risk(
        ids.agro, category="weather", response="pray", status="maybe", review_date="amanhã"
    )
    error = refused(portfolio, service.create, bad)
    assert {(p.field, p.template) for p in error.problems} == {
        ("category", UNKNOWN_VALUE),
        ("response", UNKNOWN_VALUE),
        ("status", UNKNOWN_VALUE),
        ("review_date", m.NOT_A_DATE),
    }


def test_update_refused_leaves_everything(service, ids, portfolio):
    risk = service.create(a_risk(ids.agro))
    problem = only(refused(portfolio, service.update, risk, {"impact": 6}))
    assert problem.field == "impact"
    problem = only(refused(portfolio, service.update, 9999, {"impact": 2}))
    assert (problem.field, problem.template) == ("id", m.NO_SUCH_RISK)
    with pytest.raises(ValueError):
        service.update(risk, {"colour": "red"})


@pytest.mark.parametrize("title", ["", "   "])
def test_action_without_title(service, ids, portfolio, title):
    problem = only(refused(portfolio, service.create_action, ActionData(ids.agro, title)))
    assert (problem.field, problem.template) == ("title", REQUIRED)
    assert service.validate_action(ActionData(ids.agro, title)) == [problem]


@pytest.mark.parametrize("due", ["2026-12-01", 20261201, 1.5])
def test_action_due_of_impossible_type(service, ids, portfolio, due):
    action = ActionData(ids.agro, "Ligar", due=due)
    problem = only(refused(portfolio, service.create_action, action))
    assert (problem.field, problem.template) == ("due", m.NOT_A_DATE)


def test_action_due_as_datetime_is_kept_as_a_day(service, ids):
    action = service.create_action(
        ActionData(ids.agro, "Ligar", due=dt.datetime(2026, 12, 1, 15, 30))
    )
    assert service.get_action(action).due == dt.date(2026, 12, 1)


@pytest.mark.parametrize("risk_id", [9999, "1", True])
def test_action_with_unknown_risk(service, ids, portfolio, risk_id):
    action = ActionData(ids.agro, "Ligar", risk_id=risk_id)
    problem = only(refused(portfolio, service.create_action, action))
    assert (problem.field, problem.template) == ("risk_id", m.NO_SUCH_RISK)


def test_action_with_risk_of_another_account(service, ids, portfolio):
    risk = service.create(a_risk(ids.banco))
    action = ActionData(ids.agro, "Ligar", risk_id=risk)
    problem = only(refused(portfolio, service.create_action, action))
    assert (problem.field, problem.template) == ("risk_id", m.RISK_OF_ANOTHER_ACCOUNT)


def test_action_bad_status_and_update_refusals(service, ids, portfolio):
    problem = only(
        refused(portfolio, service.create_action, ActionData(ids.agro, "Ligar", status="later"))
    )
    assert (problem.field, problem.template) == ("status", UNKNOWN_VALUE)
    action = service.create_action(ActionData(ids.agro, "Ligar"))
    problem = only(refused(portfolio, service.update_action, action, {"title": " "}))
    assert problem.field == "title"
    problem = only(refused(portfolio, service.update_action, 9999, {"title": "x"}))
    assert (problem.field, problem.template) == ("id", m.NO_SUCH_ACTION)


def test_delete_unknown_ids_refused(service, ids, portfolio):
    risk = service.create(a_risk(ids.agro))
    problem = only(refused(portfolio, service.delete, [risk, 9999]))
    assert (problem.field, problem.template) == ("id", m.NO_SUCH_RISK)
    problem = only(refused(portfolio, service.delete_actions, [9999]))
    assert (problem.field, problem.template) == ("id", m.NO_SUCH_ACTION)
