"""OKR arithmetic against hand-computed cases: progress, periods (halves), status, grade,
check-ins."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kamdesk.analytics.okr import (
    CheckInFacts,
    Grade,
    GradeBand,
    KeyResultFacts,
    OkrPeriod,
    OkrStatus,
    TrendPoint,
    check_in_in_period,
    check_in_trend,
    current_from_check_ins,
    elapsed_fraction,
    grade,
    key_result_progress,
    latest_check_in,
    objective_progress,
    parse_okr_period,
    status,
)
from kamdesk.analytics.periods import parse_period
from kamdesk.model.enums import KeyResultDirection


@pytest.mark.parametrize(
    ("start", "target", "current", "expected"),
    [
        (0, 200, 50, 0.25),
        (10, 5, 7, 0.6),  # a decrease: 3 of the 5 to cover
        (100, 120, 100, 0.0),
        (0, 10, 15, 1.0),  # beyond the target counts as done
        (0, 10, -5, 0.0),  # behind the start counts as nothing
        (10, 5, 12, 0.0),  # a decrease that went up
    ],
)
def test_progress(start, target, current, expected):
    assert key_result_progress(start, target, current) == pytest.approx(expected)


def test_no_progress_without_a_current_value_or_a_distance():
    assert key_result_progress(0, 10, None) is None
    assert key_result_progress(4, 4, 4) is None


# --------------------------------------------------------------------------- key results

D = dt.date
INC, DEC = KeyResultDirection.INCREASE, KeyResultDirection.DECREASE


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (KeyResultFacts(0, 200, 50), 0.25),  # 50 / 200
        (KeyResultFacts(20, 60, 50, INC), 0.75),  # (50 − 20) / (60 − 20) = 30 / 40
        (KeyResultFacts(10, 5, 7, DEC), 0.6),  # (7 − 10) / (5 − 10) = −3 / −5
        (KeyResultFacts(40, 30, 30, "decrease"), 1.0),  # reached: −10 / −10
        (KeyResultFacts(40, 30, 25, DEC), 1.0),  # beyond: −15 / −10 = 1.5 → 1
        (KeyResultFacts(40, 30, 45, DEC), 0.0),  # went up: 5 / −10 = −0.5 → 0
        (KeyResultFacts(0, 10, 15), 1.0),  # 1.5 → 1
        (KeyResultFacts(0, 10, -5), 0.0),  # −0.5 → 0
        (KeyResultFacts(0, 10, None), None),  # nothing measured yet
    ],
)
def test_key_result_facts_progress(facts, expected):
    if expected is None:
        assert facts.progress is None
    else:
        assert facts.progress == pytest.approx(expected)


def test_target_equal_to_start_is_refused():
    with pytest.raises(ValueError, match="target equals start"):
        KeyResultFacts(4, 4, 4)
    with pytest.raises(ValueError, match="target equals start"):
        KeyResultFacts(4, 4, None, DEC)


def test_a_direction_contradicting_the_numbers_is_refused():
    with pytest.raises(ValueError, match="is a decrease, not an increase"):
        KeyResultFacts(10, 5, 7, INC)
    with pytest.raises(ValueError, match="is an increase, not a decrease"):
        KeyResultFacts(5, 10, 7, DEC)


def test_with_current_keeps_the_rest():
    facts = KeyResultFacts(10, 5, None, DEC).with_current(8)
    assert facts == KeyResultFacts(10, 5, 8, DEC)
    assert facts.progress == pytest.approx(0.4)  # (8 − 10) / (5 − 10) = 2 / 5


def test_objective_progress_is_the_mean():
    key_results = [
        KeyResultFacts(0, 200, 50),  # 0.25
        KeyResultFacts(10, 5, 7, DEC),  # 0.6
        KeyResultFacts(0, 10, 15),  # 1.0 (clamped)
    ]
    # (0.25 + 0.6 + 1.0) / 3 = 1.85 / 3
    assert objective_progress(key_results) == pytest.approx(1.85 / 3)
    assert objective_progress(iter(key_results[:2])) == pytest.approx(0.425)  # 0.85 / 2


def test_objective_progress_counts_unmeasured_as_zero_and_none_without_key_results():
    # (0.5 + 0) / 2
    assert objective_progress([KeyResultFacts(0, 10, 5), KeyResultFacts(0, 10)]) == 0.25
    assert objective_progress([]) is None


@given(
    start=st.floats(-1e6, 1e6),
    distance=st.floats(-1e6, 1e6).filter(lambda d: abs(d) > 1e-3),
    current=st.floats(-1e7, 1e7),
)
def test_progress_is_always_between_0_and_1(start, distance, current):
    target = start + distance
    assume(target != start)
    direction = INC if target > start else DEC
    progress = KeyResultFacts(start, target, current, direction).progress
    assert 0.0 <= progress <= 1.0
    assert 0.0 <= objective_progress([KeyResultFacts(start, target, current, direction)]) <= 1.0


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("name", "fiscal_start", "start", "end"),
    [
        ("2027-H1", 1, D(2027, 1, 1), D(2027, 7, 1)),
        ("2027-H2", 1, D(2027, 7, 1), D(2028, 1, 1)),
        ("2027-H1", 4, D(2027, 4, 1), D(2027, 10, 1)),  # fiscal 2027 = Apr 2027–Mar 2028
        ("2027-H2", 4, D(2027, 10, 1), D(2028, 4, 1)),
        ("2027-H1", 10, D(2026, 10, 1), D(2027, 4, 1)),  # fiscal 2027 = Oct 2026–Sep 2027
        ("2027-H2", 7, D(2027, 1, 1), D(2027, 7, 1)),  # July start: named after its end year
        ("2027-Q1", 1, D(2027, 1, 1), D(2027, 4, 1)),
        ("2027-Q3", 4, D(2027, 10, 1), D(2028, 1, 1)),
        ("2027", 1, D(2027, 1, 1), D(2028, 1, 1)),
        (" 2027 ", 4, D(2027, 4, 1), D(2028, 4, 1)),
    ],
)
def test_parse_okr_period(name, fiscal_start, start, end):
    period = parse_okr_period(name, fiscal_start)
    assert (period.name, period.start, period.end) == (name.strip(), start, end)
    assert str(period) == name.strip()


def test_okr_period_bounds():
    h1 = parse_okr_period("2027-H1")
    assert h1.last_day == D(2027, 6, 30)
    assert h1.days == 181  # 31 + 28 + 31 + 30 + 31 + 30
    assert D(2027, 6, 30) in h1 and D(2027, 7, 1) not in h1
    assert h1.contains(dt.datetime(2027, 1, 1, 9, 30))


@pytest.mark.parametrize(
    "name", ["2027-Q5", "2027-Q0", "2027-H3", "2027-H0", "2027-01", "27-Q1", "2027-q1", "", 2027]
)
def test_bad_okr_periods_are_refused(name):
    with pytest.raises(ValueError):
        parse_okr_period(name)


def test_a_bad_fiscal_start_or_an_empty_span_is_refused():
    with pytest.raises(ValueError):
        parse_okr_period("2027-H1", 13)
    with pytest.raises(ValueError, match="ends after it starts"):
        OkrPeriod("x", D(2027, 1, 1), D(2027, 1, 1))


def test_elapsed_fraction():
    q1 = parse_okr_period("2027-Q1")  # 1 Jan – 31 Mar 2027: 31 + 28 + 31 = 90 days
    assert elapsed_fraction(q1, D(2026, 12, 15)) == 0.0  # before
    assert elapsed_fraction(q1, D(2027, 1, 1)) == 0.0  # first day
    assert elapsed_fraction(q1, D(2027, 2, 15)) == pytest.approx(0.5)  # 31 + 14 = 45 / 90
    assert elapsed_fraction(q1, D(2027, 3, 31)) == pytest.approx(89 / 90)  # last day
    assert elapsed_fraction(q1, D(2027, 4, 1)) == 1.0  # the day after
    assert elapsed_fraction(q1, D(2027, 9, 1)) == 1.0
    assert elapsed_fraction(q1, dt.datetime(2027, 2, 15, 23, 59)) == pytest.approx(0.5)
    # a forecast Period works as well: January 2027 is 31 days, 10 gone on the 11th
    assert elapsed_fraction(parse_period("2027-01"), D(2027, 1, 11)) == pytest.approx(10 / 31)


def test_check_in_in_period():
    h1 = parse_okr_period("2027-H1")
    assert not check_in_in_period(D(2026, 12, 31), h1)  # before the period: invalid
    assert check_in_in_period(D(2027, 1, 1), h1)
    assert check_in_in_period(D(2027, 6, 30), h1)
    assert check_in_in_period(D(2027, 7, 5), h1)  # the late closing check-in
    assert not check_in_in_period(D(2027, 7, 5), h1, allow_after_end=False)
    assert check_in_in_period(D(2027, 6, 30), h1, allow_after_end=False)


# --------------------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("progress", "elapsed", "confidence", "expected"),
    [
        # expected = 0.5: on track from 0.9 × 0.5 = 0.45, off track below 0.6 × 0.5 = 0.3
        (0.45, 0.5, 7, OkrStatus.ON_TRACK),  # exactly on the on-track line
        (0.44, 0.5, 7, OkrStatus.AT_RISK),  # just under it
        (0.30, 0.5, 7, OkrStatus.AT_RISK),  # exactly on the off-track line: not off
        (0.29, 0.5, 7, OkrStatus.OFF_TRACK),  # just under it
        (0.45, 0.5, 6, OkrStatus.AT_RISK),  # good progress, confidence 6 < 7
        (0.80, 0.5, 4, OkrStatus.AT_RISK),  # confidence 4: not yet off track
        (0.80, 0.5, 3, OkrStatus.OFF_TRACK),  # confidence 3 ≤ 3
        (0.80, 0.5, 1, OkrStatus.OFF_TRACK),
        (0.45, 0.5, None, OkrStatus.ON_TRACK),  # no check-in: progress alone
        (0.29, 0.5, None, OkrStatus.OFF_TRACK),
        # expected = 0.8: on from 0.72, off below 0.48
        (0.72, 0.8, 10, OkrStatus.ON_TRACK),
        (0.71, 0.8, 10, OkrStatus.AT_RISK),
        (0.48, 0.8, 10, OkrStatus.AT_RISK),
        (0.47, 0.8, 10, OkrStatus.OFF_TRACK),
        # at the start nothing is expected; at the end all of it
        (0.0, 0.0, 7, OkrStatus.ON_TRACK),
        (0.0, 0.0, 2, OkrStatus.OFF_TRACK),
        (0.9, 1.0, 8, OkrStatus.ON_TRACK),  # 0.9 ≥ 0.9 × 1
        (0.6, 1.0, 8, OkrStatus.AT_RISK),  # 0.6 = 0.6 × 1: not off
        (0.5, 1.0, 8, OkrStatus.OFF_TRACK),
        (1.0, 0.3, 2, OkrStatus.ON_TRACK),  # done is done, whatever the confidence
    ],
)
def test_status(progress, elapsed, confidence, expected):
    assert status(progress, elapsed, confidence) is expected


@pytest.mark.parametrize(
    ("progress", "elapsed", "confidence"),
    [
        (-0.1, 0.5, 5),
        (1.1, 0.5, 5),
        (0.5, -0.1, 5),
        (0.5, 1.5, 5),
        (0.5, 0.5, 0),
        (0.5, 0.5, 11),
        (0.5, 0.5, True),
        (0.5, 0.5, 5.5),
    ],
)
def test_status_refuses_out_of_range_inputs(progress, elapsed, confidence):
    with pytest.raises(ValueError):
        status(progress, elapsed, confidence)


def test_status_from_real_key_result_and_period():
    q1 = parse_okr_period("2027-Q1")
    elapsed = elapsed_fraction(q1, D(2027, 2, 15))  # 45 / 90 = 0.5
    progress = KeyResultFacts(0, 200, 80).progress  # 80 / 200 = 0.4 < 0.45, ≥ 0.3
    assert status(progress, elapsed, 8) is OkrStatus.AT_RISK


# --------------------------------------------------------------------------- grade


@pytest.mark.parametrize(
    ("progress", "score", "band"),
    [
        (0.0, 0.0, GradeBand.MISSED),
        (0.04, 0.0, GradeBand.MISSED),
        (0.05, 0.1, GradeBand.MISSED),  # half up
        (0.34, 0.3, GradeBand.MISSED),
        (0.35, 0.4, GradeBand.PROGRESS),  # rounds into the progress band
        (0.6, 0.6, GradeBand.PROGRESS),
        (0.649, 0.6, GradeBand.PROGRESS),
        (0.65, 0.7, GradeBand.GOOD),  # half up, although float 0.65 is 0.64999…
        (0.7, 0.7, GradeBand.GOOD),
        (0.95, 1.0, GradeBand.GOOD),
        (1.0, 1.0, GradeBand.GOOD),
        (6.5 / 10, 0.7, GradeBand.GOOD),  # a computed 0.65
        (1.85 / 3, 0.6, GradeBand.PROGRESS),  # 0.6166…
    ],
)
def test_grade(progress, score, band):
    assert grade(progress) == Grade(score, band)


@pytest.mark.parametrize("progress", [-0.01, 1.01])
def test_grade_refuses_out_of_range(progress):
    with pytest.raises(ValueError):
        grade(progress)


@given(st.floats(0.0, 1.0))
def test_grade_is_a_tenth_within_0_and_1(progress):
    result = grade(progress)
    assert 0.0 <= result.score <= 1.0
    assert abs(result.score - progress) <= 0.05 + 1e-12
    assert round(result.score * 10) == pytest.approx(result.score * 10)


# --------------------------------------------------------------------------- check-ins

CHECK_INS = [
    CheckInFacts(D(2027, 2, 1), 120, 6, order=3),
    CheckInFacts(D(2027, 1, 15), 110, 8, order=1),
    CheckInFacts(D(2027, 2, 1), 115, 5, order=2),  # same date, recorded earlier
]


def test_current_from_check_ins_takes_the_latest_by_date_then_order():
    assert current_from_check_ins(CHECK_INS, start=100) == 120
    assert current_from_check_ins(CHECK_INS[1:], start=100) == 115
    assert current_from_check_ins([], start=100) == 100  # none yet: the start
    assert latest_check_in(CHECK_INS) == CHECK_INS[0]
    assert latest_check_in([]) is None


def test_check_in_trend():
    facts = KeyResultFacts(100, 150)
    trend = check_in_trend(CHECK_INS, facts)
    assert trend == (
        TrendPoint(D(2027, 1, 15), 110, 8, pytest.approx(0.2)),  # 10 / 50
        TrendPoint(D(2027, 2, 1), 115, 5, pytest.approx(0.3)),  # 15 / 50
        TrendPoint(D(2027, 2, 1), 120, 6, pytest.approx(0.4)),  # 20 / 50
    )
    assert [p.progress for p in check_in_trend(CHECK_INS)] == [None, None, None]
    assert check_in_trend([]) == ()
