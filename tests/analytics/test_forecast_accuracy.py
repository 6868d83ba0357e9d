"""Forecast accuracy per period and call, against hand-computed snapshots, and MAPE."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.forecast import SnapshotLine
from kamdesk.analytics.forecast_accuracy import (
    GAP_TEMPLATES,
    AccuracyGap,
    ForecastBasis,
    PeriodAccuracy,
    forecast_accuracy,
    forecast_calls,
    lines_of_period,
    mape,
    period_accuracy,
)
from kamdesk.analytics.periods import parse_period
from kamdesk.model.enums import ForecastCategory

B = ForecastBasis
C = ForecastCategory
Q1 = parse_period("2027-Q1")


def line(period, category, amount, weighted, account=1) -> SnapshotLine:
    return SnapshotLine(account, period, category, Decimal(amount), Decimal(weighted))


LINES = [
    line("2027-01", C.CLOSED, 1_000, 1_000),
    line("2027-01", C.COMMIT, 4_000, 3_000),
    line("2027-03", C.BEST_CASE, 2_000, 1_000, account=2),
    line("2027-03", C.PIPELINE, 10_000, 1_000),
    line("2027-03", C.OMITTED, 99, 99),  # never part of a call
    line("2027-04", C.COMMIT, 50_000, 40_000),  # next quarter
    line("2027-Q1", C.COMMIT, 70_000, 70_000),  # not a month: left out
    line("soon", C.COMMIT, 80_000, 80_000),  # unreadable: left out
]


def test_accuracy_is_one_minus_the_error_relative_to_what_was_won():
    assert forecast_accuracy(Decimal(90), Decimal(100)) == pytest.approx(0.9)  # 1 − 10 ÷ 100
    assert forecast_accuracy(Decimal(110), Decimal(100)) == pytest.approx(0.9)  # 1 − 10 ÷ 100
    assert forecast_accuracy(Decimal(100), Decimal(100)) == 1
    assert forecast_accuracy(Decimal(0), Decimal(100)) == 0  # 1 − 100 ÷ 100
    assert forecast_accuracy(Decimal(300), Decimal(100)) == pytest.approx(-1)  # 1 − 200 ÷ 100


def test_accuracy_is_none_when_nothing_was_won():
    assert forecast_accuracy(Decimal(500), Decimal(0)) is None
    assert forecast_accuracy(Decimal(0), Decimal(0)) is None


def test_calls_include_what_is_surer_than_them():
    calls = forecast_calls(lines_of_period(Q1, LINES))
    assert calls == {
        B.COMMIT: 5_000,  # closed 1,000 + commit 4,000
        B.BEST_CASE: 7_000,  # + best case 2,000
        B.PIPELINE: 17_000,  # + pipeline 10,000
        B.WEIGHTED: 6_000,  # 1,000 + 3,000 + 1,000 + 1,000 (omitted left out)
    }


def test_lines_of_period_keeps_only_its_months():
    kept = lines_of_period(Q1, LINES)
    assert [(x.period, x.category) for x in kept] == [
        ("2027-01", C.CLOSED),
        ("2027-01", C.COMMIT),
        ("2027-03", C.BEST_CASE),
        ("2027-03", C.PIPELINE),
        ("2027-03", C.OMITTED),
    ]


def test_period_accuracy_of_every_call():
    result = period_accuracy(Q1, LINES, Decimal(8_000), snapshot_taken=dt.date(2026, 12, 1))
    assert result.gap is None
    assert result.snapshot_taken == dt.date(2026, 12, 1)
    assert result.accuracies == pytest.approx(
        {
            B.COMMIT: 0.625,  # 1 − |8,000 − 5,000| ÷ 8,000 = 1 − 0.375
            B.BEST_CASE: 0.875,  # 1 − 1,000 ÷ 8,000
            B.PIPELINE: -0.125,  # 1 − 9,000 ÷ 8,000
            B.WEIGHTED: 0.75,  # 1 − 2,000 ÷ 8,000
        }
    )


def test_without_a_snapshot_there_is_no_forecast_and_no_accuracy():
    result = period_accuracy(Q1, None, Decimal(8_000))
    assert result.gap is AccuracyGap.NO_SNAPSHOT
    assert result.forecasts == {}
    assert result.accuracies == dict.fromkeys(ForecastBasis)
    assert result.gap_text() == "No forecast snapshot was taken before 2027-Q1 began."


def test_nothing_won_gives_no_accuracy_but_keeps_the_forecast():
    result = period_accuracy(Q1, LINES, Decimal(0))
    assert result.gap is AccuracyGap.NOTHING_WON
    assert result.forecasts[B.COMMIT] == 5_000
    assert set(result.accuracies.values()) == {None}
    translated = {GAP_TEMPLATES[AccuracyGap.NOTHING_WON]: "Nada ganho em {period}."}
    assert result.gap_text(translated.get) == "Nada ganho em 2027-Q1."


def test_a_period_not_over_shows_its_accuracy_so_far_but_is_marked():
    result = period_accuracy(Q1, LINES, Decimal(5_000), over=False)
    assert result.gap is AccuracyGap.IN_PROGRESS
    assert result.accuracies[B.COMMIT] == 1  # 1 − |5,000 − 5,000| ÷ 5,000


def test_an_empty_snapshot_forecast_nothing():
    result = period_accuracy(Q1, [], Decimal(4_000))
    assert result.forecasts[B.PIPELINE] == 0
    assert result.accuracies[B.PIPELINE] == 0  # 1 − 4,000 ÷ 4,000


def test_mape_averages_the_errors_of_the_periods_without_a_gap():
    january, february, march = (parse_period(f"2027-0{m}") for m in (1, 2, 3))
    results = [
        # commit 1,000 + 4,000 = 5,000 against 8,000 won: error 3,000 ÷ 8,000 = 0.375
        period_accuracy(january, LINES, Decimal(8_000)),
        # nothing forecast for February, nothing won: left out
        period_accuracy(february, LINES, Decimal(0)),
        # no snapshot: left out
        period_accuracy(march, None, Decimal(3_000)),
        PeriodAccuracy(
            parse_period("2027-04"),
            Decimal(10_000),
            None,
            {b: Decimal(10_000) for b in ForecastBasis},
            dict.fromkeys(ForecastBasis, 1.0),
        ),  # error 0
    ]
    assert mape(results, B.COMMIT) == pytest.approx(0.1875)  # (0.375 + 0) ÷ 2
    assert mape(results[1:3], B.COMMIT) is None


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value=0, max_value=10**9, places=2),
)
def test_accuracy_is_at_most_one_and_one_only_when_exact(forecast, won):
    accuracy = forecast_accuracy(forecast, won)
    if won == 0:
        assert accuracy is None
    else:
        assert accuracy <= 1
        assert (accuracy == 1) == (forecast == won)
