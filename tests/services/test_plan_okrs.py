"""OKR service: objectives, key results and check-ins written and read back with progress,
status and grade against hand-computed cases; every bad input refused with nothing written;
undo data that gives back the database row for row."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kamdesk.analytics.okr import GradeBand, OkrStatus
from kamdesk.model.enums import KeyResultDirection, Strategy
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.plan import okr_checks as m
from kamdesk.services.plan.messages import WHOLE_NUMBER
from kamdesk.services.plan.okr_data import (
    ALL_OBJECTIVES,
    CheckInData,
    KeyResultData,
    ObjectiveData,
)
from kamdesk.services.plan.okrs import OkrService
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
)
from kamdesk.services.settings import SettingsService
from tests.services.support import all_rows, only, refused

MID_Q1 = dt.date(2027, 2, 15)  # 45 of 2027-Q1's 90 days gone: elapsed 0.5


@pytest.fixture
def service(portfolio):
    return OkrService(portfolio)


@pytest.fixture
def ids(portfolio, service) -> SimpleNamespace:
    """Two accounts; Agro Cerrado has a 2027-Q1 objective with an increase (10 → 20 t) and a
    decrease (10 → 5 days) key result, no check-ins yet."""
    accounts = AccountService(portfolio)
    agro = accounts.create(AccountData(name="Agro Cerrado"))
    banco = accounts.create(AccountData(name="Banco Paulista"))
    objective = service.create_objective(
        ObjectiveData(agro, "Become the preferred supplier", "2027-Q1", Strategy.UP_SELL)
    )
    volume = service.create_key_result(
        KeyResultData(objective, "Monthly volume", "t", 10, 20, KeyResultDirection.INCREASE)
    )
    lead_time = service.create_key_result(
        KeyResultData(objective, "Delivery lead time", "days", 10, 5, KeyResultDirection.DECREASE)
    )
    return SimpleNamespace(
        agro=agro, banco=banco, objective=objective, volume=volume, lead_time=lead_time
    )


def check_in(key_result_id, day, value, confidence=None, note="") -> CheckInData:
    return CheckInData(key_result_id, day, value, confidence, note)


def objective_row(service, objective_id, today=MID_Q1):
    return next(r for r in service.list_objectives(today=today) if r.id == objective_id)


# -- reading back, progress, status, grade ---------------------------------------------------


def test_objective_reads_back_with_normalised_period(service, ids):
    created = service.create_objective(ObjectiveData(ids.banco, "  Grow wallet share ", "2027-h1"))
    assert service.get_objective(created) == ObjectiveData(
        ids.banco, "Grow wallet share", "2027-H1", None
    )
    portfolio_wide = service.create_objective(
        ObjectiveData(None, "Recurring revenue", " 2027 ", "cross_sell")
    )
    data = service.get_objective(portfolio_wide)
    assert (data.account_id, data.period, data.strategy) == (None, "2027", Strategy.CROSS_SELL)


def test_check_ins_move_the_current_value_to_the_latest_by_date(service, ids):
    assert service.current_value(ids.volume) is None
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 10), 15, 6))
    service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 15), 13, 8))  # older
    assert service.current_value(ids.volume) == 15
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 10), 16))  # same day, later
    assert service.current_value(ids.volume) == 16
    assert [(c.date, c.value, c.progress) for c in service.check_ins(ids.volume)] == [
        (dt.date(2027, 1, 15), 13, pytest.approx(0.3)),
        (dt.date(2027, 2, 10), 15, pytest.approx(0.5)),
        (dt.date(2027, 2, 10), 16, pytest.approx(0.6)),
    ]
    trend = service.trend(ids.volume)
    assert [(p.value, p.confidence) for p in trend] == [(13, 8), (15, 6), (16, None)]


def test_progress_status_and_grade_by_hand(service, ids):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 15), 13, 8))
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 10), 15, 6))
    service.create_check_in(check_in(ids.lead_time, dt.date(2027, 2, 1), 7, 9))
    row = objective_row(service, ids.objective)
    volume, lead_time = row.key_results
    # volume: (15 − 10) ÷ (20 − 10) = 0.5 ≥ 0.9 × 0.5, but confidence 6 → at risk
    assert (volume.current, volume.progress, volume.confidence) == (15, 0.5, 6)
    assert volume.status is OkrStatus.AT_RISK
    assert (volume.last_check_in, volume.check_ins) == (dt.date(2027, 2, 10), 2)
    # lead time: (7 − 10) ÷ (5 − 10) = 0.6 ≥ 0.45 and confidence 9 → on track
    assert lead_time.progress == pytest.approx(0.6)
    assert lead_time.status is OkrStatus.ON_TRACK
    # objective: (0.5 + 0.6) ÷ 2 = 0.55, least confident key result 6 → at risk, grade 0.6
    assert row.progress == pytest.approx(0.55)
    assert (row.elapsed, row.confidence, row.status) == (0.5, 6, OkrStatus.AT_RISK)
    assert (row.grade.score, row.grade.band, row.grade_is_final) == (
        0.6,
        GradeBand.PROGRESS,
        False,
    )
    assert (row.account_name, row.period_start, row.period_end) == (
        "Agro Cerrado",
        dt.date(2027, 1, 1),
        dt.date(2027, 4, 1),
    )


def test_off_track_when_behind_time_and_unmeasured_counts_as_zero(service, ids):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 12))
    row = objective_row(service, ids.objective)
    volume, lead_time = row.key_results
    # 0.2 < 0.6 × 0.5 → off track; the lead time has no check-in: progress None, counts 0
    assert (volume.progress, volume.status) == (pytest.approx(0.2), OkrStatus.OFF_TRACK)
    assert (lead_time.progress, lead_time.status) == (None, OkrStatus.OFF_TRACK)
    assert (lead_time.current, lead_time.grade.score) == (None, 0.0)
    assert row.progress == pytest.approx(0.1)
    assert row.status is OkrStatus.OFF_TRACK


def test_grade_is_final_once_the_period_ended(service, ids):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 3, 30), 17, 8))
    service.create_check_in(check_in(ids.lead_time, dt.date(2027, 4, 3), 6, 8))  # late: kept
    row = objective_row(service, ids.objective, today=dt.date(2027, 4, 5))
    # (0.7 + 0.8) ÷ 2 = 0.75 → 0.8, good
    assert row.grade_is_final and row.elapsed == 1.0
    assert (row.grade.score, row.grade.band) == (0.8, GradeBand.GOOD)
    assert [kr.grade.score for kr in row.key_results] == [0.7, 0.8]


def test_objective_without_key_results_has_no_progress(service, ids):
    empty = service.create_objective(ObjectiveData(ids.banco, "Map the board", "2027"))
    row = objective_row(service, empty)
    assert (row.progress, row.status, row.grade, row.key_results) == (None, None, None, ())


def test_lists_by_account_portfolio_all_and_period(service, ids):
    portfolio_wide = service.create_objective(ObjectiveData(None, "Grow recurring", "2027-H1"))
    banco = service.create_objective(ObjectiveData(ids.banco, "Cross-sell payroll", "2027"))
    assert [r.id for r in service.list_objectives(ids.agro, today=MID_Q1)] == [ids.objective]
    assert [r.id for r in service.list_objectives(None, today=MID_Q1)] == [portfolio_wide]
    # by period start; the year before its half and its quarter
    every = service.list_objectives(ALL_OBJECTIVES, today=MID_Q1)
    assert [r.id for r in every] == [banco, portfolio_wide, ids.objective]
    assert every[1].is_portfolio_wide and every[1].account_name == ""
    same_period = service.create_objective(ObjectiveData(ids.banco, "Another", "2027-H1"))
    every = service.list_objectives(ALL_OBJECTIVES, today=MID_Q1)
    assert [r.id for r in every][1:3] == [portfolio_wide, same_period]  # the portfolio's first
    assert [r.id for r in service.list_objectives(period="2027-q1", today=MID_Q1)] == [
        ids.objective
    ]
    assert service.periods() == ["2027", "2027-H1", "2027-Q1"]
    assert service.periods(ids.agro) == ["2027-Q1"]


def test_fiscal_year_start_moves_the_periods(service, ids, portfolio):
    settings = SettingsService(portfolio)
    settings.save(settings.load().with_changes(fiscal_year_start=4))
    # With an April start, 2027-Q1 is April–June 2027: a March check-in is too early.
    error = refused(
        portfolio, service.create_check_in, check_in(ids.volume, dt.date(2027, 3, 15), 12)
    )
    problem = only(error)
    assert (problem.field, problem.template) == ("date", m.BEFORE_PERIOD)
    assert problem.args == {"period": "2027-Q1", "start": dt.date(2027, 4, 1)}
    row = objective_row(service, ids.objective, today=dt.date(2027, 5, 16))
    assert (row.period_start, row.period_end, row.elapsed) == (
        dt.date(2027, 4, 1),
        dt.date(2027, 7, 1),
        pytest.approx(45 / 91),
    )


# -- undo data -------------------------------------------------------------------------------


def test_update_objective_returns_previous_and_revert_is_exact(service, ids, portfolio):
    before = all_rows(portfolio)
    previous = service.update_objective(ids.objective, {"title": "Preferred", "period": "2027-h1"})
    assert previous == {"title": "Become the preferred supplier", "period": "2027-Q1"}
    assert service.get_objective(ids.objective).period == "2027-H1"
    service.revert_objective(ids.objective, previous)
    assert all_rows(portfolio) == before


def test_update_key_result_returns_previous_and_revert_is_exact(service, ids, portfolio):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 14))
    before = all_rows(portfolio)
    previous = service.update_key_result(ids.volume, {"target": 30, "unit": "tonnes"})
    assert previous == {"target": 20.0, "unit": "t"}
    assert service.current_value(ids.volume) == 14  # the check-ins still say so
    service.revert_key_result(ids.volume, previous)
    assert all_rows(portfolio) == before


def test_delete_objective_cascades_and_restore_gives_the_same_ids(service, ids, portfolio):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 14, 7, "Good month"))
    before = all_rows(portfolio)
    snapshot = service.delete_objectives([ids.objective])
    after = all_rows(portfolio)
    assert after["objective"] == [] and after["key_result"] == [] and after["check_in"] == []
    service.restore(snapshot)
    assert all_rows(portfolio) == before
    assert service.get_key_result(ids.volume).title == "Monthly volume"


def test_create_objective_undone_by_delete_and_redone_by_restore(service, ids, portfolio):
    before = all_rows(portfolio)
    created = service.create_objective(ObjectiveData(ids.banco, "New", "2027-Q2"))
    after = all_rows(portfolio)
    snapshot = service.delete_objectives([created])
    assert all_rows(portfolio) == before
    service.restore(snapshot)
    assert all_rows(portfolio) == after


def test_delete_key_result_with_check_ins_and_restore(service, ids, portfolio):
    service.create_check_in(check_in(ids.lead_time, dt.date(2027, 2, 1), 8))
    before = all_rows(portfolio)
    snapshot = service.delete_key_results([ids.lead_time])
    assert all_rows(portfolio)["check_in"] == []
    service.restore(snapshot)
    assert all_rows(portfolio) == before


def test_undoing_a_check_in_restores_the_current_value_exactly(service, ids, portfolio):
    empty = all_rows(portfolio)
    first = service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 20), 12))
    one = all_rows(portfolio)
    second = service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 20), 16, 7))
    two = all_rows(portfolio)
    assert service.current_value(ids.volume) == 16
    redo = service.undo_check_in(second)
    assert all_rows(portfolio) == one and service.current_value(ids.volume) == 12
    service.restore(redo)
    assert all_rows(portfolio) == two
    service.undo_check_in(second)
    service.undo_check_in(first)
    assert all_rows(portfolio) == empty


def test_undoing_the_first_check_in_keeps_a_current_value_set_before(service, ids, portfolio):
    """A current value from elsewhere (e.g. an imported workbook) comes back exactly."""
    with portfolio.session() as session:
        from kamdesk.model import KeyResult

        session.get(KeyResult, ids.volume).current = 11.5
    before = all_rows(portfolio)
    write = service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 14))
    assert service.current_value(ids.volume) == 14
    service.undo_check_in(write)
    assert all_rows(portfolio) == before


def test_editing_a_check_in_moves_the_current_value_and_undo_is_exact(service, ids, portfolio):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 20), 12))
    late = service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 20), 16, 7))
    before = all_rows(portfolio)
    write = service.update_check_in(late.check_in_id, {"date": dt.date(2027, 1, 10), "value": 11})
    assert write.previous == {"date": dt.date(2027, 2, 20), "value": 16.0}
    assert service.current_value(ids.volume) == 12  # the January 20 one is now the latest
    assert service.undo_check_in(write) is None
    assert all_rows(portfolio) == before


def test_deleting_check_ins_moves_the_current_value_and_restore_is_exact(service, ids, portfolio):
    early = service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 20), 12))
    late = service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 20), 16))
    before = all_rows(portfolio)
    snapshot = service.delete_check_ins([late.check_in_id])
    assert service.current_value(ids.volume) == 12
    service.restore(snapshot)
    assert all_rows(portfolio) == before
    snapshot = service.delete_check_ins([early.check_in_id, late.check_in_id])
    assert service.current_value(ids.volume) is None
    service.restore(snapshot)
    assert all_rows(portfolio) == before


# -- bad input: message naming the field, nothing saved --------------------------------------


@pytest.mark.parametrize("period", ["2027-Q5", "2027-H3", "next year", "2027-01", "Q1", "2027-Q0"])
def test_periods_that_do_not_exist(service, ids, portfolio, period):
    problem = only(refused(portfolio, service.create_objective, ObjectiveData(None, "X", period)))
    assert (problem.field, problem.template, problem.args) == (
        "period",
        m.NOT_A_PERIOD,
        {"value": period},
    )


def test_empty_period_and_title(service, ids, portfolio):
    error = refused(portfolio, service.create_objective, ObjectiveData(ids.agro, "  ", " "))
    assert {(p.field, p.template) for p in error.problems} == {
        ("title", REQUIRED),
        ("period", REQUIRED),
    }


def test_objective_unknown_account_strategy_and_long_title(service, ids, portfolio):
    data = ObjectiveData(999, "x" * 301, "2027", "world_domination")
    error = refused(portfolio, service.create_objective, data)
    assert {(p.field, p.template) for p in error.problems} == {
        ("account_id", NO_SUCH_ACCOUNT),
        ("strategy", UNKNOWN_VALUE),
        ("title", TOO_LONG),
    }


def test_objective_texts_of_the_wrong_type(service, ids, portfolio):
    error = refused(portfolio, service.create_objective, ObjectiveData(ids.agro, None, 2027))
    assert {p.field for p in error.problems} == {"title", "period"}


def test_period_change_that_would_strand_check_ins(service, ids, portfolio):
    service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 14))
    error = refused(portfolio, service.update_objective, ids.objective, {"period": "2027-Q2"})
    problem = only(error)
    assert (problem.field, problem.template) == ("period", m.CHECK_INS_BEFORE_PERIOD)
    assert problem.args["date"] == dt.date(2027, 2, 1)
    # a later end is fine: the year 2027 still includes February
    service.update_objective(ids.objective, {"period": "2027"})


def test_target_equal_to_start(service, ids, portfolio):
    data = KeyResultData(ids.objective, "Flat", "", 5, 5.0)
    problem = only(refused(portfolio, service.create_key_result, data))
    assert (problem.field, problem.template, problem.args) == (
        "target",
        m.TARGET_EQUALS_START,
        {"value": 5.0},
    )
    problem = only(refused(portfolio, service.update_key_result, ids.volume, {"target": 10}))
    assert problem.field == "target"


@pytest.mark.parametrize(
    ("direction", "target", "template"),
    [
        (KeyResultDirection.INCREASE, 5, m.IS_A_DECREASE),
        (KeyResultDirection.DECREASE, 15, m.IS_AN_INCREASE),
    ],
)
def test_direction_the_numbers_contradict(service, ids, portfolio, direction, target, template):
    data = KeyResultData(ids.objective, "Mixed up", "", 10, target, direction)
    problem = only(refused(portfolio, service.create_key_result, data))
    assert (problem.field, problem.template) == ("direction", template)
    assert problem.args == {"start": 10.0, "target": float(target)}


@pytest.mark.parametrize("value", ["12", None, float("nan"), float("inf"), True, 1e13])
def test_start_and_target_must_be_numbers(service, ids, portfolio, value):
    data = KeyResultData(ids.objective, "Volume", "", value, value)
    error = refused(portfolio, service.create_key_result, data)
    expected = OUT_OF_RANGE if value == 1e13 else NOT_A_NUMBER
    assert {(p.field, p.template) for p in error.problems} == {
        ("start", expected),
        ("target", expected),
    }


def test_key_result_empty_title_long_unit_bad_direction_unknown_objective(service, ids, portfolio):
    data = KeyResultData(4040, " ", "u" * 41, 0, 1, "sideways")
    error = refused(portfolio, service.create_key_result, data)
    assert {(p.field, p.template) for p in error.problems} == {
        ("title", REQUIRED),
        ("unit", TOO_LONG),
        ("direction", UNKNOWN_VALUE),
        ("objective_id", m.NO_SUCH_OBJECTIVE),
    }


def test_check_in_before_the_period_starts(service, ids, portfolio):
    data = check_in(ids.volume, dt.date(2026, 12, 31), 12)
    problem = only(refused(portfolio, service.create_check_in, data))
    assert (problem.field, problem.template) == ("date", m.BEFORE_PERIOD)
    assert problem.args == {"period": "2027-Q1", "start": dt.date(2027, 1, 1)}
    service.create_check_in(check_in(ids.volume, dt.date(2027, 1, 1), 12))  # the first day is fine


@pytest.mark.parametrize(
    ("confidence", "template"),
    [(0, OUT_OF_RANGE), (11, OUT_OF_RANGE), (5.5, WHOLE_NUMBER), ("7", WHOLE_NUMBER)],
)
def test_confidence_outside_one_to_ten(service, ids, portfolio, confidence, template):
    data = check_in(ids.volume, dt.date(2027, 2, 1), 12, confidence)
    problem = only(refused(portfolio, service.create_check_in, data))
    assert (problem.field, problem.template) == ("confidence", template)


def test_check_in_value_date_note_and_key_result(service, ids, portfolio):
    error = refused(portfolio, service.create_check_in, CheckInData(777, None, "doze", None, ""))
    assert {(p.field, p.template) for p in error.problems} == {
        ("value", NOT_A_NUMBER),
        ("date", REQUIRED),
        ("key_result_id", m.NO_SUCH_KEY_RESULT),
    }
    data = CheckInData(ids.volume, "2027-02-01", 12, None, "n" * 2001)
    error = refused(portfolio, service.create_check_in, data)
    assert {(p.field, p.template) for p in error.problems} == {
        ("date", m.NOT_A_DATE),
        ("note", TOO_LONG),
    }


def test_updates_refused_leave_everything(service, ids, portfolio):
    write = service.create_check_in(check_in(ids.volume, dt.date(2027, 2, 1), 14))
    refused(portfolio, service.update_objective, ids.objective, {"title": ""})
    refused(portfolio, service.update_objective, ids.objective, {"period": "2027-Q5"})
    refused(portfolio, service.update_key_result, ids.volume, {"start": "x"})
    refused(portfolio, service.update_check_in, write.check_in_id, {"confidence": 11})
    refused(portfolio, service.update_check_in, write.check_in_id, {"date": dt.date(2026, 1, 1)})


@pytest.mark.parametrize("bad_id", [999, None, "1", True])
def test_unknown_ids(service, ids, portfolio, bad_id):
    for call, args in (
        (service.update_objective, (bad_id, {"title": "x"})),
        (service.update_key_result, (bad_id, {"title": "x"})),
        (service.update_check_in, (bad_id, {"note": "x"})),
        (service.delete_objectives, ([bad_id],)),
        (service.delete_key_results, ([bad_id],)),
        (service.delete_check_ins, ([bad_id],)),
        (service.get_objective, (bad_id,)),
        (service.validate_key_result, (KeyResultData(), bad_id or 999)),
    ):
        problem = only(refused(portfolio, call, *args))
        assert problem.field == "id"


def test_validate_says_what_create_would_refuse(service, ids):
    assert service.validate_objective(ObjectiveData(None, "Fine", "2027-Q2")) == []
    problems = service.validate_key_result(KeyResultData(ids.objective, "x", "", 1, 1))
    assert [p.field for p in problems] == ["target"]
    problems = service.validate_check_in(check_in(ids.volume, dt.date(2027, 1, 2), 1, 11))
    assert [p.field for p in problems] == ["confidence"]


def test_fields_outside_the_record_are_a_programming_error(service, ids):
    with pytest.raises(ValueError, match="not a key result field"):
        service.update_key_result(ids.volume, {"objective_id": 3})
    with pytest.raises(ValueError, match="not a check-in field"):
        service.update_check_in(1, {"key_result_id": 3})
