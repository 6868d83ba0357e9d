"""Opportunity service: real writes read back, the table's rows and filters, stage moves with
their history and closing rules, every bad input refused with nothing written, and undo data
that gives back the database row for row."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, update

from kamdesk.model import Opportunity
from kamdesk.model.enums import ForecastCategory, OpportunityType, OrgUnitKind, StageOutcome
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityFilter,
    OpportunityService,
    ProductData,
    ProductService,
    StageData,
    StageService,
)
from kamdesk.services.pipeline import messages as m
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.problems import NEGATIVE, OUT_OF_RANGE, REQUIRED, ValidationError
from kamdesk.services.stakeholders import OrgUnitData, StakeholderService
from tests.services.support import all_rows

CREATED = dt.date(2026, 11, 2)
LATER = dt.date(2026, 11, 20)


def refused(portfolio, call, *args, **kwargs):
    """Runs ``call`` expecting a refusal that leaves every row as it was; returns the error."""
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    assert all_rows(portfolio) == before
    return error.value


def fields_of(error: ValidationError) -> set[str]:
    return {p.field for p in error.problems}


@pytest.fixture
def service(portfolio):
    return OpportunityService(portfolio)


@pytest.fixture
def stages(portfolio) -> dict[str, int]:
    """Built-in stage key → id: prospecting 10 %, qualification 25 %, proposal 50 %,
    negotiation 75 %, won 100 %, lost 0 %."""
    return {row.key: row.id for row in StageService(portfolio).list_rows()}


@pytest.fixture
def given_ids(portfolio, stages) -> SimpleNamespace:
    accounts = AccountService(portfolio)
    account = accounts.create(AccountData(name="Agro Cerrado"))
    other = accounts.create(AccountData(name="Banco Paulista"))
    units = StakeholderService(portfolio)
    unit = units.create_unit(account, OrgUnitData("Diretoria Financeira", OrgUnitKind.DIRECTORATE))
    foreign_unit = units.create_unit(other, OrgUnitData("Compras"))
    product = ProductService(portfolio).create(ProductData("ERP Fiscal", "Software"))
    return SimpleNamespace(
        account=account,
        other=other,
        unit=unit,
        foreign_unit=foreign_unit,
        product=product,
        stages=stages,
    )


@pytest.fixture
def deal(given_ids) -> OpportunityData:
    return OpportunityData(
        account_id=given_ids.account,
        title="Renovação do ERP 2027",
        type=OpportunityType.RENEWAL,
        product_id=given_ids.product,
        org_unit_id=given_ids.unit,
        one_time_value=Decimal("12000.00"),
        recurring_value=Decimal("3500.00"),
        stage_id=given_ids.stages["proposal"],
        probability=None,
        forecast_category=ForecastCategory.BEST_CASE,
        expected_close=dt.date(2027, 1, 15),
        owner="Ana Lima",
        next_step="Enviar proposta revisada",
        competitor="TOTVS",
        win_loss_reason="",
    )


@pytest.fixture
def deal_id(service, deal) -> int:
    return service.create(deal, today=CREATED)


def only_row(service, opportunity_id):
    return next(r for r in service.list_rows() if r.id == opportunity_id)


# -- creating and reading ----------------------------------------------------------------------


def test_create_reads_back_every_field_and_shows_them_in_the_table(service, deal, given_ids):
    opportunity = service.create(replace(deal, title="  Renovação do ERP 2027  "), today=CREATED)
    assert service.get(opportunity) == deal
    row = only_row(service, opportunity)
    assert (row.account_name, row.product_name, row.org_unit_name) == (
        "Agro Cerrado",
        "ERP Fiscal",
        "Diretoria Financeira",
    )
    assert (row.stage_key, row.stage_name, row.stage_position, row.outcome) == (
        "proposal",
        "Proposal",
        2,
        StageOutcome.OPEN,
    )
    assert row.probability is None and row.effective_probability == 50  # the stage's default
    # value = 12,000 + 12 × 3,500 = 54,000; weighted = 54,000 × 50 ÷ 100 = 27,000
    assert row.value == Decimal("54000.00")
    assert row.weighted_value == Decimal("27000")
    assert row.created_at.date() == CREATED and row.updated_at.date() == CREATED
    assert row.closed_at is None


def test_create_records_the_first_state_in_the_history(service, deal_id, given_ids):
    (first,) = service.history(deal_id)
    assert first.changed_at.date() == CREATED
    assert (first.stage_id, first.stage_name) == (given_ids.stages["proposal"], "Proposal")
    assert (first.expected_close, first.one_time_value, first.recurring_value) == (
        dt.date(2027, 1, 15),
        Decimal("12000.00"),
        Decimal("3500.00"),
    )


def test_without_a_stage_a_new_opportunity_starts_in_the_first_open_stage(
    portfolio, service, deal, stages
):
    StageService(portfolio).set_order(
        [stages["won"], *(i for k, i in stages.items() if k != "won")]
    )
    opportunity = service.create(replace(deal, stage_id=None), today=CREATED)
    assert service.get(opportunity).stage_id == stages["prospecting"]


def test_amounts_are_kept_to_the_centavo_and_floats_keep_their_decimal_value(service, deal):
    opportunity = service.create(
        replace(deal, one_time_value=Decimal("1000.005"), recurring_value=0.1), today=CREATED
    )
    data = service.get(opportunity)
    assert (data.one_time_value, data.recurring_value) == (Decimal("1000.01"), Decimal("0.10"))


def test_created_in_a_won_stage_it_is_closed_that_day_in_the_closed_category(service, deal, stages):
    won = replace(deal, stage_id=stages["won"], win_loss_reason="Melhor preço")
    row = only_row(service, service.create(won, today=CREATED))
    assert row.forecast_category is ForecastCategory.CLOSED
    assert row.closed_at == CREATED and row.effective_probability == 100


def test_effective_probability_is_the_own_one_or_else_the_stage_default(
    portfolio, service, deal, stages
):
    own = service.create(replace(deal, probability=40), today=CREATED)
    default = service.create(replace(deal, title="Outra"), today=CREATED)
    assert only_row(service, own).effective_probability == 40
    assert only_row(service, default).effective_probability == 50
    StageService(portfolio).set_probability(stages["proposal"], 60)
    assert only_row(service, own).effective_probability == 40
    assert only_row(service, default).effective_probability == 60
    # weighted = (12,000 + 12 × 3,500) × 60 ÷ 100 = 54,000 × 0.6 = 32,400
    assert only_row(service, default).weighted_value == Decimal("32400")


# -- bad input ---------------------------------------------------------------------------------

BAD_CHANGES = [
    ("negative one-time value", lambda g: {"one_time_value": Decimal("-0.01")}, "one_time_value"),
    ("negative recurring value", lambda g: {"recurring_value": Decimal(-5)}, "recurring_value"),
    ("absurd one-time value", lambda g: {"one_time_value": Decimal("1e13") + 1}, "one_time_value"),
    ("absurd recurring value", lambda g: {"recurring_value": 10**14}, "recurring_value"),
    ("huge exponent", lambda g: {"one_time_value": Decimal("1e40")}, "one_time_value"),
    ("not a number", lambda g: {"one_time_value": Decimal("NaN")}, "one_time_value"),
    ("infinite", lambda g: {"recurring_value": float("inf")}, "recurring_value"),
    ("text amount", lambda g: {"one_time_value": "1.000,00"}, "one_time_value"),
    ("probability below 0", lambda g: {"probability": -1}, "probability"),
    ("probability above 100", lambda g: {"probability": 101}, "probability"),
    ("fractional probability", lambda g: {"probability": 50.5}, "probability"),
    ("boolean probability", lambda g: {"probability": True}, "probability"),
    ("empty title", lambda g: {"title": ""}, "title"),
    ("blank title", lambda g: {"title": "   "}, "title"),
    ("title too long", lambda g: {"title": "x" * 301}, "title"),
    ("owner too long", lambda g: {"owner": "x" * 121}, "owner"),
    ("title not text", lambda g: {"title": 42}, "title"),
    ("unknown account", lambda g: {"account_id": 999}, "account_id"),
    ("unknown product", lambda g: {"product_id": 999}, "product_id"),
    ("unknown stage", lambda g: {"stage_id": 999}, "stage_id"),
    ("unknown org unit", lambda g: {"org_unit_id": 999}, "org_unit_id"),
    ("org unit of another account", lambda g: {"org_unit_id": g.foreign_unit}, "org_unit_id"),
    ("unknown type", lambda g: {"type": "partnership"}, "type"),
    ("unknown category", lambda g: {"forecast_category": "maybe"}, "forecast_category"),
    (
        "close before creation",
        lambda g: {"expected_close": CREATED.replace(day=1)},
        "expected_close",
    ),
    ("close not a date", lambda g: {"expected_close": "2027-01-15"}, "expected_close"),
    ("won without reason", lambda g: {"stage_id": g.stages["won"]}, "win_loss_reason"),
    (
        "lost with blank reason",
        lambda g: {"stage_id": g.stages["lost"], "win_loss_reason": " "},
        "win_loss_reason",
    ),
    (
        "closed category on an open stage",
        lambda g: {"forecast_category": "closed"},
        "forecast_category",
    ),
]
BAD_IDS = [case[0] for case in BAD_CHANGES]


@pytest.mark.parametrize(("label", "changes", "field"), BAD_CHANGES, ids=BAD_IDS)
def test_create_refuses_bad_input_at_its_field_and_writes_nothing(
    portfolio, service, deal, given_ids, label, changes, field
):
    bad = replace(deal, **changes(given_ids))
    error = refused(portfolio, service.create, bad, today=CREATED)
    assert field in fields_of(error)
    assert field in {p.field for p in service.validate(bad, today=CREATED)}


@pytest.mark.parametrize(("label", "changes", "field"), BAD_CHANGES, ids=BAD_IDS)
def test_update_refuses_bad_input_at_its_field_and_writes_nothing(
    portfolio, service, deal_id, given_ids, label, changes, field
):
    error = refused(portfolio, service.update, deal_id, changes(given_ids), today=LATER)
    assert field in fields_of(error)


def test_the_problems_carry_their_message_and_values(portfolio, service, deal):
    error = refused(
        portfolio,
        service.create,
        replace(deal, title="", one_time_value=Decimal(-1), probability=130),
        today=CREATED,
    )
    by_field = error.by_field()
    assert by_field["title"].template == REQUIRED
    assert by_field["one_time_value"].template == NEGATIVE
    assert by_field["probability"].args == {"low": 0, "high": 100, "value": 130}
    assert by_field["probability"].template == OUT_OF_RANGE


def test_amounts_up_to_the_limit_are_accepted(service, deal):
    opportunity = service.create(replace(deal, one_time_value=Decimal(10) ** 13), today=CREATED)
    assert service.get(opportunity).one_time_value == Decimal("10000000000000.00")


def test_a_stage_deleted_after_the_editor_opened_is_refused_everywhere(
    portfolio, service, deal, deal_id
):
    stages = StageService(portfolio)
    review = stages.create(StageData("Revisão jurídica", 60))
    stages.delete(review)
    assert refused(portfolio, service.create, replace(deal, stage_id=review)).problems[
        0
    ].template == (m.NO_SUCH_STAGE)
    assert "stage_id" in fields_of(
        refused(portfolio, service.update, deal_id, {"stage_id": review})
    )
    assert "stage_id" in fields_of(refused(portfolio, service.move_to_stage, deal_id, review))


def test_missing_opportunities_are_refused_not_crashed_on(portfolio, service):
    for call, args in (
        (service.get, (999,)),
        (service.update, (999, {"title": "x"})),
        (service.move_to_stage, (999, 1)),
        (service.delete, ([999],)),
        (service.history, (999,)),
    ):
        assert fields_of(refused(portfolio, call, *args)) == {"id"}


def test_an_unknown_field_is_a_bug_not_a_validation_problem(service, deal_id):
    with pytest.raises(ValueError, match="colour"):
        service.update(deal_id, {"colour": "red"})


def test_an_old_close_date_before_creation_does_not_block_other_edits(portfolio, service, deal_id):
    # Imported data can hold a close before the creation date; only changing it is checked.
    with portfolio.session() as session:
        session.execute(
            update(Opportunity)
            .where(Opportunity.id == deal_id)
            .values(expected_close=dt.date(2026, 10, 1))
        )
    service.update(deal_id, {"next_step": "Ligar para a Carla"}, today=LATER)
    assert service.get(deal_id).next_step == "Ligar para a Carla"
    error = refused(portfolio, service.update, deal_id, {"expected_close": dt.date(2026, 10, 2)})
    assert error.problems[0].args == {"value": dt.date(2026, 10, 2), "created": CREATED}


# -- updating ----------------------------------------------------------------------------------


def test_update_returns_what_undoes_it_exactly_history_row_included(portfolio, service, deal_id):
    before = all_rows(portfolio)
    change = service.update(
        deal_id,
        {"expected_close": dt.date(2027, 3, 31), "recurring_value": Decimal(4000)},
        today=LATER,
    )
    assert change.previous["expected_close"] == dt.date(2027, 1, 15)
    assert change.previous["recurring_value"] == Decimal("3500.00")
    assert change.history_id is not None
    entries = service.history(deal_id)
    # Slippage reads from the history: the close moved from 15 Jan to 31 Mar on LATER.
    assert [(e.changed_at.date(), e.expected_close) for e in entries] == [
        (CREATED, dt.date(2027, 1, 15)),
        (LATER, dt.date(2027, 3, 31)),
    ]
    service.revert(change)
    assert all_rows(portfolio) == before


def test_editing_only_the_next_step_moves_the_last_change_but_adds_no_history(service, deal_id):
    change = service.update(deal_id, {"next_step": "Reunião com o CFO"}, today=LATER)
    assert change.history_id is None
    assert set(change.previous) == {"next_step", "updated_at"}
    assert len(service.history(deal_id)) == 1
    assert only_row(service, deal_id).updated_at.date() == LATER


def test_an_update_that_changes_nothing_writes_nothing(portfolio, service, deal_id, deal):
    before = all_rows(portfolio)
    change = service.update(deal_id, {"title": deal.title, "owner": "Ana Lima"}, today=LATER)
    assert change.previous == {} and change.history_id is None
    assert all_rows(portfolio) == before


def test_validate_of_an_edit_follows_the_stage_as_update_does(service, deal_id, stages):
    edited = replace(service.get(deal_id), stage_id=stages["won"])
    assert {p.field for p in service.validate(edited, deal_id)} == {"win_loss_reason"}
    edited = replace(edited, win_loss_reason="Prazo de entrega")
    assert service.validate(edited, deal_id) == []  # best case becomes closed by itself


def test_a_won_opportunity_stays_in_the_closed_category(service, deal_id, stages):
    service.move_to_stage(deal_id, stages["won"], reason="Preço", today=LATER)
    service.update(deal_id, {"forecast_category": ForecastCategory.COMMIT}, today=LATER)
    assert service.get(deal_id).forecast_category is ForecastCategory.CLOSED


# -- moving between stages ---------------------------------------------------------------------


def test_a_move_records_the_new_stage_with_its_date_and_reverts_exactly(
    portfolio, service, deal_id, stages
):
    before = all_rows(portfolio)
    change = service.move_to_stage(deal_id, stages["negotiation"], today=LATER)
    assert change.previous["stage_id"] == stages["proposal"]
    last = service.history(deal_id)[-1]
    assert (last.stage_id, last.changed_at.date()) == (stages["negotiation"], LATER)
    assert only_row(service, deal_id).effective_probability == 75
    service.revert(change)
    assert all_rows(portfolio) == before


def test_moving_drops_the_own_probability_for_the_new_stage_default(service, deal, stages):
    opportunity = service.create(replace(deal, probability=35), today=CREATED)
    change = service.move_to_stage(opportunity, stages["negotiation"], today=LATER)
    assert change.previous["probability"] == 35
    assert only_row(service, opportunity).probability is None
    assert only_row(service, opportunity).effective_probability == 75


def test_closing_without_a_reason_is_refused_and_writes_nothing(
    portfolio, service, deal_id, stages
):
    for stage in ("won", "lost"):
        for reason in (None, "", "   "):
            error = refused(
                portfolio, service.move_to_stage, deal_id, stages[stage], reason, today=LATER
            )
            assert error.by_field()["win_loss_reason"].template == m.REASON_REQUIRED


def test_winning_closes_the_opportunity_in_the_closed_category(service, deal_id, stages):
    change = service.move_to_stage(deal_id, stages["won"], " Melhor suporte local ", LATER)
    row = only_row(service, deal_id)
    assert row.outcome is StageOutcome.WON and row.forecast_category is ForecastCategory.CLOSED
    assert row.win_loss_reason == "Melhor suporte local"
    assert row.closed_at == LATER and row.effective_probability == 100
    assert change.previous["forecast_category"] is ForecastCategory.BEST_CASE
    assert change.previous["closed_at"] is None


def test_losing_takes_the_opportunity_out_of_the_forecast(service, deal_id, stages):
    service.move_to_stage(deal_id, stages["lost"], "Preço da concorrência", LATER)
    row = only_row(service, deal_id)
    assert row.forecast_category is ForecastCategory.OMITTED and row.closed_at == LATER


def test_a_reason_written_while_open_is_enough_to_close(service, deal_id, stages):
    service.update(deal_id, {"win_loss_reason": "Patrocinador forte"}, today=LATER)
    service.move_to_stage(deal_id, stages["won"], today=LATER)
    assert service.get(deal_id).win_loss_reason == "Patrocinador forte"


def test_going_from_won_to_lost_needs_a_new_reason(portfolio, service, deal_id, stages):
    service.move_to_stage(deal_id, stages["won"], "Preço", CREATED)
    refused(portfolio, service.move_to_stage, deal_id, stages["lost"], today=LATER)
    service.move_to_stage(deal_id, stages["lost"], "Cliente desistiu", LATER)
    row = only_row(service, deal_id)
    assert (row.win_loss_reason, row.forecast_category, row.closed_at) == (
        "Cliente desistiu",
        ForecastCategory.OMITTED,
        LATER,
    )


def test_moving_between_two_lost_stages_keeps_the_reason_and_closing_date(
    portfolio, service, deal_id, stages
):
    no_budget = StageService(portfolio).create(StageData("Sem orçamento", 0, StageOutcome.LOST))
    service.move_to_stage(deal_id, stages["lost"], "Orçamento cortado", CREATED)
    service.move_to_stage(deal_id, no_budget, today=LATER)
    row = only_row(service, deal_id)
    assert (row.win_loss_reason, row.closed_at) == ("Orçamento cortado", CREATED)


def test_reopening_puts_it_back_in_pipeline_without_reason_and_reverts_exactly(
    portfolio, service, deal_id, stages
):
    service.move_to_stage(deal_id, stages["lost"], "Sem orçamento", CREATED)
    before = all_rows(portfolio)
    change = service.move_to_stage(deal_id, stages["qualification"], today=LATER)
    row = only_row(service, deal_id)
    assert (row.forecast_category, row.win_loss_reason, row.closed_at) == (
        ForecastCategory.PIPELINE,
        "",
        None,
    )
    service.revert(change)
    assert all_rows(portfolio) == before


def test_moving_to_the_same_stage_changes_nothing(portfolio, service, deal_id, stages):
    before = all_rows(portfolio)
    change = service.move_to_stage(deal_id, stages["proposal"], today=LATER)
    assert change.previous == {} and change.history_id is None
    assert all_rows(portfolio) == before


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(moves=st.lists(st.sampled_from(["prospecting", "negotiation", "won", "lost"]), max_size=5))
def test_any_series_of_moves_reverted_in_reverse_gives_back_every_row(
    portfolio, service, deal_id, stages, moves
):
    before = all_rows(portfolio)
    changes = [
        service.move_to_stage(deal_id, stages[key], f"motivo {n}", LATER)
        for n, key in enumerate(moves)
    ]
    for change in reversed(changes):
        service.revert(change)
    assert all_rows(portfolio) == before


# -- deleting ----------------------------------------------------------------------------------


def test_delete_takes_the_history_along_and_restore_gives_back_every_row(
    portfolio, service, deal_id, deal, stages
):
    other = service.create(replace(deal, title="Módulo fiscal"), today=CREATED)
    service.move_to_stage(deal_id, stages["negotiation"], today=LATER)
    before = all_rows(portfolio)
    snapshot = service.delete([deal_id, other, deal_id])
    assert snapshot.count("opportunity") == 2 and snapshot.count("opportunity_history") == 3
    assert service.list_rows() == []
    service.restore(snapshot)
    assert all_rows(portfolio) == before


def test_a_created_opportunity_is_undone_by_delete_and_redone_by_restore(portfolio, service, deal):
    before = all_rows(portfolio)
    opportunity = service.create(deal, today=CREATED)
    after = all_rows(portfolio)
    snapshot = service.delete([opportunity])
    assert all_rows(portfolio) == before
    service.restore(snapshot)
    assert all_rows(portfolio) == after


# -- the table and the board -------------------------------------------------------------------


@pytest.fixture
def pipeline(service, deal, given_ids, stages) -> dict[str, int]:
    """Five opportunities of two accounts, two owners, three types, open and closed."""
    made = {
        "jan": replace(deal, title="Jan", expected_close=dt.date(2027, 1, 1)),
        "mar": replace(deal, title="Mar", expected_close=dt.date(2027, 3, 31), owner="Bruno"),
        "apr": replace(deal, title="Abr", expected_close=dt.date(2027, 4, 1), type="up_sell"),
        "won": replace(
            deal,
            title="Ganha",
            stage_id=stages["won"],
            win_loss_reason="Preço",
            expected_close=dt.date(2027, 2, 10),
        ),
        "bank": replace(
            deal,
            title="Banco",
            account_id=given_ids.other,
            org_unit_id=None,
            type=OpportunityType.NEW,
            expected_close=None,
        ),
    }
    return {key: service.create(data, today=CREATED) for key, data in made.items()}


def titles(service, **conditions) -> set[str]:
    return {r.title for r in service.list_rows(OpportunityFilter(**conditions))}


def test_the_filters_each_narrow_the_rows(service, pipeline, given_ids):
    assert titles(service) == {"Jan", "Mar", "Abr", "Ganha", "Banco"}
    assert titles(service, account_id=given_ids.other) == {"Banco"}
    assert titles(service, owner="Bruno") == {"Mar"}
    assert titles(service, type=OpportunityType.UP_SELL) == {"Abr"}
    assert titles(service, type=OpportunityType.NEW) == {"Banco"}
    assert titles(service, include_closed=False) == {"Jan", "Mar", "Abr", "Banco"}


def test_the_period_includes_both_ends_and_leaves_out_undated_ones(service, pipeline):
    first_quarter = {"close_from": dt.date(2027, 1, 1), "close_to": dt.date(2027, 3, 31)}
    assert titles(service, **first_quarter) == {"Jan", "Mar", "Ganha"}
    assert titles(service, **first_quarter, include_closed=False) == {"Jan", "Mar"}
    assert titles(service, close_from=dt.date(2027, 3, 31)) == {"Mar", "Abr"}
    assert titles(service, close_to=dt.date(2027, 1, 1)) == {"Jan"}


def test_filters_combine(service, pipeline, given_ids):
    assert titles(service, account_id=given_ids.account, owner="Ana Lima", type="renewal") == {
        "Jan",
        "Ganha",
    }


def test_rows_come_in_board_order(service, pipeline):
    # Proposal (position 2) before Won (4); within a stage by expected close, undated last.
    assert [r.title for r in service.list_rows()] == ["Jan", "Mar", "Abr", "Banco", "Ganha"]


def test_the_table_is_read_in_one_query_however_many_rows(portfolio, service, pipeline):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(portfolio.engine, "before_cursor_execute", count)
    try:
        rows = service.list_rows()
    finally:
        event.remove(portfolio.engine, "before_cursor_execute", count)
    assert len(rows) == 5
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_owners_are_listed_once_each(service, pipeline):
    assert service.owners() == ["Ana Lima", "Bruno"]


# -- the demo portfolio ------------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "Demo.kamdesk"
    write_demo(path, accounts=4, today=CREATED)
    opened = open_portfolio(path)
    yield opened
    opened.close()


def test_every_demo_opportunity_is_listed_and_can_be_edited(demo):
    service = OpportunityService(demo)
    default_of = {s.id: s.probability for s in StageService(demo).list_rows()}
    rows = service.list_rows()
    with demo.session() as session:
        assert len(rows) == session.query(Opportunity).count() > 0
    for row in rows:
        expected = default_of[row.stage_id] if row.probability is None else row.probability
        assert row.effective_probability == expected
        service.update(row.id, {"next_step": "Revisar no comitê"}, today=CREATED)
