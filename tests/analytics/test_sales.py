"""Win rate, average deal size, average sales cycle and pipeline velocity, by hand."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.deals import Deal
from kamdesk.analytics.sales import (
    SalesMetrics,
    average_deal_size,
    average_sales_cycle,
    closed_between,
    pipeline_velocity,
    sales_metrics,
    win_rate,
)
from kamdesk.model.enums import ForecastCategory, StageOutcome

D = dt.date
WON, LOST, OPEN = StageOutcome.WON, StageOutcome.LOST, StageOutcome.OPEN
FIRST, LAST = D(2027, 1, 1), D(2027, 3, 31)


def deal(id, outcome, value=0, recurring=0, **fields) -> Deal:
    return Deal(
        id=id,
        account_id=1,
        stage_id=1,
        outcome=outcome,
        one_time_value=Decimal(value),
        recurring_value=Decimal(recurring),
        **fields,
    )


DEALS = [
    deal(1, WON, 10_000, created=D(2027, 1, 1), closed=D(2027, 1, 31)),  # 30 days
    deal(2, WON, 8_000, 1_000, created=D(2026, 12, 1), closed=D(2027, 3, 1)),  # 90 days; 20,000
    deal(3, WON, 6_000, closed=D(2027, 2, 1)),  # no creation date: no cycle
    deal(4, LOST, 50_000, closed=D(2027, 2, 10)),
    deal(5, LOST, 1_000, expected_close=D(2027, 3, 15)),  # no close date: expected close
    deal(6, WON, 99_000, created=D(2027, 1, 1), closed=D(2027, 4, 5)),  # after the range
    deal(7, LOST, 1, closed=D(2026, 12, 31)),  # before the range
    deal(8, OPEN, 5_000),
    deal(9, OPEN, 7_000, forecast_category=ForecastCategory.BEST_CASE),
    deal(10, OPEN, 9_000, forecast_category=ForecastCategory.OMITTED),  # not counted as open
]


def test_closed_between_uses_the_close_date_or_else_the_expected_close():
    assert [d.id for d in closed_between(DEALS, FIRST, LAST)] == [1, 2, 3, 4, 5]


def test_sales_metrics_over_a_quarter():
    metrics = sales_metrics(DEALS, FIRST, LAST)
    assert metrics == SalesMetrics(
        won=3,
        lost=2,
        open_deals=2,  # deals 8 and 9
        win_rate=pytest.approx(0.6),  # 3 ÷ (3 + 2)
        average_deal_size=12_000,  # (10,000 + 20,000 + 6,000) ÷ 3
        average_sales_cycle=60,  # (30 + 90) ÷ 2
        pipeline_velocity=240,  # 2 × 0.6 × 12,000 ÷ 60 per day
    )


def test_every_metric_is_none_without_closed_deals():
    metrics = sales_metrics(DEALS, D(2030, 1, 1), D(2030, 12, 31))
    assert (metrics.won, metrics.lost, metrics.open_deals) == (0, 0, 2)
    assert metrics.win_rate is None
    assert metrics.average_deal_size is None
    assert metrics.average_sales_cycle is None
    assert metrics.pipeline_velocity is None


def test_win_rate_counts_deals_not_money():
    assert win_rate([deal(1, WON, 1), deal(2, LOST, 1_000_000)]) == 0.5
    assert win_rate([deal(1, OPEN)]) is None
    assert average_deal_size([deal(1, LOST, 100)]) is None


def test_a_cycle_shorter_than_a_day_counts_as_a_day_for_velocity():
    same_day = deal(1, WON, 500, created=D(2027, 2, 1), closed=D(2027, 2, 1))
    assert average_sales_cycle([same_day]) == 0
    metrics = sales_metrics([same_day, deal(2, OPEN)], FIRST, LAST)
    assert metrics.pipeline_velocity == 500  # 1 open × 1.0 × 500 ÷ 1 day


def test_a_close_before_creation_counts_as_a_zero_day_cycle():
    odd = deal(1, WON, 500, created=D(2027, 2, 10), closed=D(2027, 2, 1))
    assert average_sales_cycle([odd]) == 0


def test_pipeline_velocity_formula():
    # 10 × 0.25 × 4,000 ÷ 50 = 200 per day
    assert pipeline_velocity(10, 0.25, Decimal(4_000), 50) == 200
    assert pipeline_velocity(0, 0.25, Decimal(4_000), 50) == 0
    assert pipeline_velocity(10, None, Decimal(4_000), 50) is None
    assert pipeline_velocity(10, 0.25, None, 50) is None
    assert pipeline_velocity(10, 0.25, Decimal(4_000), None) is None


@given(st.lists(st.sampled_from([WON, LOST, OPEN]), max_size=40))
def test_win_rate_is_a_fraction(outcomes):
    rate = win_rate([deal(i, outcome) for i, outcome in enumerate(outcomes)])
    closed = [o for o in outcomes if o is not OPEN]
    if not closed:
        assert rate is None
    else:
        assert 0 <= rate <= 1
        assert rate == closed.count(WON) / len(closed)
