"""Who changed what (issue 9): the account's history read from a real team server's change log,
with the team's names, the records' labels, and only what the reader may see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text

from kamdesk.model.enums import LifecycleStage, LinkKind, RiskCategory, Stance, Strategy
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.pipeline import OpportunityService, StageService
from kamdesk.services.pipeline.data import OpportunityData
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.services.stakeholders.data import LinkData, OrgUnitData, StakeholderData
from kamdesk.services.team.history import (
    BuiltinName,
    HistoryAction,
    HistoryService,
    RecordKind,
    Reference,
    history_available,
    logged_value,
)
from kamdesk.store import Portfolio
from kamdesk.store.errors import ServerLoginRefused
from kamdesk.store.team import set_kams_read_all

CHANGED = HistoryAction.CHANGED


@pytest.fixture
def ana(team):
    portfolio = team.open_as("ana")
    yield portfolio
    portfolio.close()


def changes_of(entry) -> dict[str, tuple[object, object]]:
    return {c.field: (c.before_value, c.after_value) for c in entry.changes}


def test_anas_edits_are_listed_newest_first_with_her_name_and_both_values(team, ana):
    account = team.accounts["ana"]
    AccountService(ana).update(
        account,
        {
            "region": "Sul",
            "acquisition_cost": Decimal("1234.50"),
            "client_since": dt.date(2024, 3, 1),
            "lifecycle_stage": LifecycleStage.RETENTION,
            "strategies": (Strategy.REPOSITIONING,),
        },
    )
    people = StakeholderService(ana)
    carla = people.create(account, StakeholderData(name="Carla Dias", stance=Stance.ALLY))
    people.update(carla, {"stance": Stance.OPPONENT})
    RiskService(ana).create(RiskData(account, "Concorrente agressivo", RiskCategory.COMPETITOR))

    history = HistoryService(ana).account_history(account)

    assert [e.id for e in history] == sorted((e.id for e in history), reverse=True)
    newest = [(e.kind, e.label, e.action, e.who_name) for e in history[:4]]
    assert newest == [
        (RecordKind.RISK, ("Concorrente agressivo",), HistoryAction.CREATED, "Ana Souza"),
        (RecordKind.PERSON, ("Carla Dias",), HistoryAction.CHANGED, "Ana Souza"),
        (RecordKind.PERSON, ("Carla Dias",), HistoryAction.CREATED, "Ana Souza"),
        (RecordKind.ACCOUNT, ("Conta de Ana Souza",), HistoryAction.CHANGED, "Ana Souza"),
    ]
    assert {e.who for e in history[:4]} == {team.logins["ana"]}
    assert changes_of(history[1]) == {"stance": (Stance.ALLY, Stance.OPPONENT)}
    assert changes_of(history[3]) == {
        "region": ("", "Sul"),
        "lifecycle_stage": (LifecycleStage.TARGETING, LifecycleStage.RETENTION),
        "strategies": ((), (Strategy.REPOSITIONING,)),
        "acquisition_cost": (None, Decimal("1234.50")),
        "client_since": (None, dt.date(2024, 3, 1)),
    }
    logged = {c.field: (c.before, c.after) for c in history[3].changes}
    assert logged["acquisition_cost"] == (None, 123450)  # as the server wrote it: centavos
    assert logged["client_since"] == (None, "2024-03-01")
    assert history[0].when.tzinfo == dt.UTC
    assert abs(dt.datetime.now(dt.UTC) - history[0].when) < dt.timedelta(minutes=5)


def test_the_fields_of_a_created_record_are_those_that_have_a_value(team, ana):
    account = team.accounts["ana"]
    carla = StakeholderService(ana).create(account, StakeholderData(name="Carla", influence=5))
    [created] = HistoryService(ana).record_history("stakeholder", carla)
    fields = [c.field for c in created.changes]
    assert fields == ["name", "influence", "stance", "relationship_strength"]  # column order
    assert changes_of(created)["influence"] == (None, 5)


def test_a_deleted_person_is_still_listed_by_name(team, ana):
    account = team.accounts["ana"]
    people = StakeholderService(ana)
    carla = people.create(account, StakeholderData(name="Carla Dias"))
    diego = people.create(account, StakeholderData(name="Diego Reis"))
    people.create_link(account, LinkData(carla, diego, LinkKind.INFLUENCES, 2))
    people.delete([carla])

    history = HistoryService(ana).account_history(account)

    carla_entries = [e for e in history if (e.table, e.record_id) == ("stakeholder", carla)]
    assert [e.action for e in carla_entries] == [HistoryAction.DELETED, HistoryAction.CREATED]
    assert all(e.label == ("Carla Dias",) for e in carla_entries)
    assert changes_of(carla_entries[0])["name"] == ("Carla Dias", None)
    link = next(e for e in history if e.kind is RecordKind.LINK)
    assert link.label == (
        Reference("stakeholder", carla, ("Carla Dias",)),
        LinkKind.INFLUENCES,
        Reference("stakeholder", diego, ("Diego Reis",)),
    )


def test_columns_that_point_to_records_show_those_records(team, ana, pg_url):
    open_portfolio(pg_url).close()  # the owner adds the built-in pipeline stages
    account = team.accounts["ana"]
    people = StakeholderService(ana)
    unit = people.create_unit(account, OrgUnitData(name="Suprimentos"))
    carla = people.create(account, StakeholderData(name="Carla"))
    people.update(carla, {"org_unit_id": unit})
    stages = StageService(ana).list_rows()
    deals = OpportunityService(ana)
    deal = deals.create(OpportunityData(account, "Renovação 2027", stage_id=stages[0].id))
    deals.move_to_stage(deal, stages[1].id)

    history = HistoryService(ana).account_history(account)

    moved = next(e for e in history if e.table == "stakeholder" and e.action is CHANGED)
    assert changes_of(moved) == {
        "org_unit_id": (None, Reference("org_unit", unit, ("Suprimentos",)))
    }
    staged = next(e for e in history if e.table == "opportunity" and e.action is CHANGED)
    before, after = changes_of(staged)["stage_id"]
    assert before == Reference(
        "pipeline_stage",
        stages[0].id,
        (BuiltinName("pipeline_stage", stages[0].key, stages[0].name),),
    )
    assert after.label == (BuiltinName("pipeline_stage", stages[1].key, stages[1].name),)


def test_pages_of_history_follow_each_other_without_gaps(team, ana):
    account = team.accounts["ana"]
    service = AccountService(ana)
    for region in ("Norte", "Sul", "Leste", "Oeste"):
        service.update(account, {"region": region})
    history = HistoryService(ana)
    everything = history.account_history(account)
    first = history.account_history(account, limit=2)
    second = history.account_history(account, limit=2, before_id=first[-1].id)
    rest = history.account_history(account, before_id=second[-1].id)
    assert [e.id for e in first + second + rest] == [e.id for e in everything]
    assert len(everything) == 5  # the owner's creation and Ana's four edits


def test_one_records_history_leaves_the_others_out(team, ana):
    account = team.accounts["ana"]
    risks = RiskService(ana)
    first = risks.create(RiskData(account, "Atraso de pagamento"))
    risks.create(RiskData(account, "Troca de diretoria"))
    risks.update(first, {"likelihood": 5})
    history = HistoryService(ana).record_history("risk", first)
    assert [(e.record_id, e.action) for e in history] == [
        (first, HistoryAction.CHANGED),
        (first, HistoryAction.CREATED),
    ]
    assert changes_of(history[0]) == {"likelihood": (3, 5)}


def test_a_writer_outside_the_team_is_named_by_login(team, ana):
    [created] = HistoryService(ana).account_history(team.accounts["bruno"])
    owner = created.who
    assert created.action is HistoryAction.CREATED
    assert owner not in team.logins.values()
    assert created.who_name == owner


def test_a_kam_who_may_not_read_another_account_gets_no_history_of_it(team, ana):
    director = team.open_as("director")
    try:
        AccountService(director).update(team.accounts["bruno"], {"region": "Nordeste"})
        history = HistoryService(ana)
        seen = history.account_history(team.accounts["bruno"])
        assert [e.who_name for e in seen] == ["Dora Diretora", seen[1].who]
        with director.engine.begin() as connection:
            set_kams_read_all(connection, False)
        assert history.account_history(team.accounts["bruno"]) == []
        assert history.record_history("account", team.accounts["bruno"]) == []
        assert history.account_history(team.accounts["ana"])  # her own stays readable
    finally:
        director.close()


def test_log_rows_the_models_do_not_know_are_listed_as_logged(team, ana, pg_url):
    superuser = Portfolio.open(pg_url)
    try:
        with superuser.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO change_log (changed_at, changed_by, table_name, record_id,"
                    " account_id, action, changes) VALUES (now(), 'robo', 'gadget', 7, :account,"
                    " 'update', CAST(:changes AS json))"
                ),
                {
                    "account": team.accounts["ana"],
                    "changes": '{"color": ["red", "blue"], "odd": "not a pair"}',
                },
            )
    finally:
        superuser.close()
    [newest, *_] = HistoryService(ana).account_history(team.accounts["ana"])
    assert (newest.kind, newest.table, newest.label, newest.who_name) == (
        RecordKind.OTHER,
        "gadget",
        (),
        "robo",
    )
    assert changes_of(newest) == {"color": ("red", "blue"), "odd": (None, "not a pair")}


@pytest.mark.parametrize(
    ("table", "field", "logged"),
    [
        ("account", "acquisition_cost", "not money"),
        ("account", "client_since", "31/02/2026"),
        ("account", "lifecycle_stage", "no such stage"),
        ("account", "strategies", ["no such strategy"]),
        ("no_such_table", "name", "x"),
        ("account", "no_such_column", 12),
    ],
)
def test_a_logged_value_that_does_not_read_comes_back_as_logged(table, field, logged):
    assert logged_value(table, field, logged) == logged


def lock_out(pg_url: str, login: str) -> None:
    """The server's administrator takes ``login``'s right to log in and ends its sessions."""
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute(f'ALTER ROLE "{login}" NOLOGIN')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (login,)
        )


def test_a_server_that_no_longer_lets_the_reader_in_says_so(team, ana, pg_url):
    assert HistoryService(ana).account_history(team.accounts["ana"])
    lock_out(pg_url, team.logins["ana"])
    with pytest.raises(ServerLoginRefused):
        HistoryService(ana).account_history(team.accounts["ana"])


def test_a_portfolio_file_keeps_no_history(portfolio):
    account = AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    AccountService(portfolio).update(account, {"region": "Sul"})
    assert not history_available(portfolio)
    assert HistoryService(portfolio).account_history(account) == []


def test_a_server_portfolio_keeps_a_history(ana):
    assert history_available(ana)
