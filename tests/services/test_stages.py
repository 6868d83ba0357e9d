"""Pipeline stages: order, create, rename, default probability, outcome, reorder and delete
(or merge), every bad input refused with nothing written, every undo row for row."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kamdesk.model import OpportunityHistory
from kamdesk.model.enums import StageOutcome
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    StageData,
    StageService,
)
from kamdesk.services.pipeline import messages as m
from kamdesk.services.problems import OUT_OF_RANGE, REQUIRED
from tests.services.support import all_rows, refused

CREATED = dt.date(2026, 11, 2)
LATER = dt.date(2026, 11, 20)
BUILT_IN = ["prospecting", "qualification", "proposal", "negotiation", "won", "lost"]


@pytest.fixture
def service(portfolio):
    return StageService(portfolio)


@pytest.fixture
def stages(service) -> dict[str, int]:
    return {row.key: row.id for row in service.list_rows()}


def names(service) -> list[str]:
    return [row.name for row in service.list_rows()]


def positions(service) -> list[int]:
    return [row.position for row in service.list_rows()]


@pytest.fixture
def opportunities(portfolio, stages):
    """Two opportunities in Proposal (moved there from Prospecting) and one in Negotiation."""
    account = AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    service = OpportunityService(portfolio)
    made = []
    for title in ("ERP", "BI"):
        made.append(
            service.create(
                OpportunityData(account_id=account, title=title, stage_id=stages["prospecting"]),
                today=CREATED,
            )
        )
        service.move_to_stage(made[-1], stages["proposal"], today=LATER)
    data = OpportunityData(account_id=account, title="CRM", stage_id=stages["negotiation"])
    made.append(service.create(data, today=CREATED))
    return made


# -- reading and creating ----------------------------------------------------------------------


def test_the_default_stages_come_in_board_order_with_their_counts(service, opportunities):
    rows = service.list_rows()
    assert [r.key for r in rows] == BUILT_IN
    assert [r.probability for r in rows] == [10, 25, 50, 75, 100, 0]
    assert [r.opportunity_count for r in rows] == [0, 0, 2, 1, 0, 0]
    assert rows[4].outcome is StageOutcome.WON and rows[5].outcome is StageOutcome.LOST


def test_a_new_open_stage_goes_before_won_and_lost_and_undoes_exactly(portfolio, service):
    before = all_rows(portfolio)
    legal = service.create(StageData("  Revisão jurídica  ", 85))
    assert names(service) == [
        "Prospecting",
        "Qualification",
        "Proposal",
        "Negotiation",
        "Revisão jurídica",
        "Won",
        "Lost",
    ]
    assert positions(service) == list(range(7))
    after = all_rows(portfolio)
    removal = service.delete(legal)
    assert all_rows(portfolio) == before
    service.restore(removal)  # redo
    assert all_rows(portfolio) == after


def test_a_new_closed_stage_goes_at_the_end(service):
    service.create(StageData("Perdida por preço", 0, StageOutcome.LOST))
    assert names(service)[-1] == "Perdida por preço"
    assert service.list_rows()[-1].outcome is StageOutcome.LOST


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (StageData(""), "name"),
        (StageData("   "), "name"),
        (StageData("x" * 121), "name"),
        (StageData(42), "name"),
        (StageData("Proposal"), "name"),
        (StageData("proposal "), "name"),
        (StageData("Negociação"), "name"),  # the built-in Negotiation in Portuguese
        (StageData("GANHA"), "name"),
        (StageData("Revisão", -1), "probability"),
        (StageData("Revisão", 101), "probability"),
        (StageData("Revisão", 50.5), "probability"),
        (StageData("Revisão", None), "probability"),
        (StageData("Revisão", 50, "maybe"), "outcome"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_bad_stages_are_refused_at_their_field(portfolio, service, data, field):
    error = refused(portfolio, service.create, data)
    assert field in {p.field for p in error.problems}


# -- editing -----------------------------------------------------------------------------------


def test_rename_returns_the_previous_name_which_undoes_it(portfolio, service, stages):
    before = all_rows(portfolio)
    previous = service.rename(stages["proposal"], "Proposta comercial")
    assert previous == "Proposal"
    assert names(service)[2] == "Proposta comercial"
    service.rename(stages["proposal"], previous)
    assert all_rows(portfolio) == before


def test_a_stage_may_be_renamed_to_its_own_name_in_other_case(service, stages):
    service.rename(stages["proposal"], "PROPOSAL")
    assert names(service)[2] == "PROPOSAL"


def test_rename_refuses_empty_and_duplicate_names(portfolio, service, stages):
    assert refused(portfolio, service.rename, stages["won"], " ").problems[0].template == REQUIRED
    error = refused(portfolio, service.rename, stages["won"], "Perdida")
    assert error.problems[0].template == m.DUPLICATE_STAGE
    assert error.problems[0].args == {"name": "Lost"}


def test_the_default_probability_is_set_and_undone(portfolio, service, stages, opportunities):
    before = all_rows(portfolio)
    assert service.set_probability(stages["proposal"], 60) == 50
    rows = OpportunityService(portfolio).list_rows()
    assert {r.title: r.effective_probability for r in rows} == {"ERP": 60, "BI": 60, "CRM": 75}
    service.set_probability(stages["proposal"], 50)
    assert all_rows(portfolio) == before


@pytest.mark.parametrize("probability", [-1, 101, 12.5, True, None, "50"])
def test_a_default_probability_outside_0_to_100_is_refused(portfolio, service, stages, probability):
    error = refused(portfolio, service.set_probability, stages["proposal"], probability)
    assert error.problems[0].field == "probability"


def test_probability_limits_are_accepted(service, stages):
    service.set_probability(stages["proposal"], 0)
    service.set_probability(stages["negotiation"], 100)
    assert [r.probability for r in service.list_rows()][2:4] == [0, 100]


def test_the_outcome_changes_and_undoes(portfolio, service, stages):
    before = all_rows(portfolio)
    assert service.set_outcome(stages["qualification"], StageOutcome.LOST) is StageOutcome.OPEN
    assert service.list_rows()[1].outcome is StageOutcome.LOST
    service.set_outcome(stages["qualification"], StageOutcome.OPEN)
    assert all_rows(portfolio) == before


def test_the_outcome_of_a_stage_with_opportunities_cannot_change(
    portfolio, service, stages, opportunities
):
    error = refused(portfolio, service.set_outcome, stages["proposal"], StageOutcome.WON)
    assert (error.problems[0].template, error.problems[0].args) == (m.STAGE_IN_USE, {"count": 2})


def test_the_last_won_and_the_last_lost_stage_keep_their_outcome(portfolio, service, stages):
    for key in ("won", "lost"):
        error = refused(portfolio, service.set_outcome, stages[key], StageOutcome.OPEN)
        assert error.problems[0].template == m.LAST_STAGE_OF_OUTCOME
    refused(portfolio, service.set_outcome, stages["won"], "maybe")


def test_a_second_won_stage_lets_the_first_one_change(service, stages):
    service.create(StageData("Ganha com desconto", 100, StageOutcome.WON))
    service.set_outcome(stages["won"], StageOutcome.OPEN)
    assert service.list_rows()[4].outcome is StageOutcome.OPEN


def test_missing_stages_are_refused_not_crashed_on(portfolio, service):
    for call, args in (
        (service.rename, (999, "x")),
        (service.set_probability, (999, 10)),
        (service.set_outcome, (999, StageOutcome.OPEN)),
        (service.move, (999, 1)),
        (service.delete, (999,)),
    ):
        assert {p.field for p in refused(portfolio, call, *args).problems} == {"id"}


# -- order -------------------------------------------------------------------------------------


def test_moving_up_and_down_returns_the_order_that_undoes_it(portfolio, service, stages):
    before = all_rows(portfolio)
    previous = service.move_up(stages["negotiation"])
    assert names(service)[2:4] == ["Negotiation", "Proposal"]
    assert positions(service) == list(range(6))
    service.set_order(previous)
    assert all_rows(portfolio) == before
    service.move_down(stages["prospecting"])
    assert names(service)[:2] == ["Qualification", "Prospecting"]


def test_moving_past_either_end_stops_there(service, stages):
    service.move(stages["qualification"], -10)
    service.move(stages["won"], 10)
    assert names(service) == [
        "Qualification",
        "Prospecting",
        "Proposal",
        "Negotiation",
        "Lost",
        "Won",
    ]


def test_set_order_puts_every_stage_where_asked(service, stages):
    wanted = [stages[k] for k in reversed(BUILT_IN)]
    assert service.set_order(wanted) == tuple(stages[k] for k in BUILT_IN)
    assert [r.id for r in service.list_rows()] == wanted


@pytest.mark.parametrize(
    "order",
    [lambda ids: ids[:-1], lambda ids: [*ids, ids[0]], lambda ids: [*ids[:-1], 999], lambda _: []],
    ids=["missing", "twice", "unknown", "empty"],
)
def test_an_incomplete_order_is_refused(portfolio, service, stages, order):
    error = refused(portfolio, service.set_order, order([stages[k] for k in BUILT_IN]))
    assert error.problems[0].template == m.STAGE_ORDER_INCOMPLETE


# -- deleting ----------------------------------------------------------------------------------


def test_an_unused_stage_is_deleted_and_restored_exactly(portfolio, service, stages):
    before = all_rows(portfolio)
    removal = service.delete(stages["qualification"])
    assert names(service) == ["Prospecting", "Proposal", "Negotiation", "Won", "Lost"]
    assert positions(service) == list(range(5))
    service.restore(removal)
    assert all_rows(portfolio) == before


def test_a_stage_in_use_is_not_deleted_and_the_message_says_how_many(
    portfolio, service, stages, opportunities
):
    error = refused(portfolio, service.delete, stages["proposal"])
    problem = error.problems[0]
    assert (problem.field, problem.template, problem.args) == (
        "move_to",
        m.STAGE_IN_USE,
        {"count": 2},
    )


def test_a_stage_in_use_is_merged_into_another_and_the_merge_undoes_exactly(
    portfolio, service, stages, opportunities
):
    before = all_rows(portfolio)
    removal = service.delete(stages["proposal"], move_to=stages["negotiation"])
    rows = OpportunityService(portfolio).list_rows()
    assert {r.title: r.stage_name for r in rows} == {
        "ERP": "Negotiation",
        "BI": "Negotiation",
        "CRM": "Negotiation",
    }
    # No sales event: the last change stays the move of 20 November.
    assert {r.updated_at.date() for r in rows if r.title != "CRM"} == {LATER}
    with portfolio.session() as session:
        history_stages = session.scalars(select(OpportunityHistory.stage_id)).all()
    assert stages["proposal"] not in history_stages and None not in history_stages
    service.restore(removal)
    assert all_rows(portfolio) == before


def test_an_unused_stage_with_history_keeps_history_rows_without_stage_and_restores(
    portfolio, service, stages, opportunities
):
    before = all_rows(portfolio)
    removal = service.delete(stages["prospecting"])
    with portfolio.session() as session:
        history_stages = session.scalars(select(OpportunityHistory.stage_id)).all()
    assert history_stages.count(None) == 2  # the first state of ERP and BI
    service.restore(removal)
    assert all_rows(portfolio) == before


@pytest.mark.parametrize(
    ("move_to", "template"),
    [
        ("won", m.MOVE_TO_OTHER_OUTCOME),
        ("proposal", m.MOVE_TO_SAME_STAGE),
        (999, m.NO_SUCH_STAGE),
        ("x", m.NO_SUCH_STAGE),
    ],
)
def test_a_merge_needs_another_existing_stage_with_the_same_outcome(
    portfolio, service, stages, opportunities, move_to, template
):
    target = stages.get(move_to, move_to)
    error = refused(portfolio, service.delete, stages["proposal"], move_to=target)
    assert (error.problems[0].field, error.problems[0].template) == ("move_to", template)


def test_the_last_won_or_lost_stage_cannot_be_deleted(portfolio, service, stages):
    for key in ("won", "lost"):
        error = refused(portfolio, service.delete, stages[key])
        assert error.problems[0].template == m.LAST_STAGE_OF_OUTCOME


def test_won_opportunities_can_move_to_another_won_stage_when_theirs_goes(
    portfolio, service, stages, opportunities
):
    discount = service.create(StageData("Ganha com desconto", 100, StageOutcome.WON))
    opportunity_service = OpportunityService(portfolio)
    opportunity_service.move_to_stage(opportunities[0], stages["won"], "Preço", LATER)
    service.delete(stages["won"], move_to=discount)
    assert opportunity_service.get(opportunities[0]).stage_id == discount


def test_out_of_range_values_use_the_shared_template(portfolio, service, stages):
    error = refused(portfolio, service.set_probability, stages["won"], 120)
    assert error.problems[0].template == OUT_OF_RANGE
