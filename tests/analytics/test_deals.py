"""A deal's value, weighted value, forecast column and forecast day."""

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.analytics.deals import Deal, deal_value, forecast_bucket, forecast_day
from kamdesk.model.enums import ForecastCategory, StageOutcome

C = ForecastCategory
D = dt.date


def deal(**fields) -> Deal:
    return Deal(id=fields.pop("id", 1), account_id=1, stage_id=1, **fields)


def test_deal_value_is_one_time_plus_twelve_months_of_recurring():
    # 5,000 + 12 × 250 = 8,000
    assert deal_value(Decimal("5000"), Decimal("250")) == Decimal("8000")
    assert deal(one_time_value=Decimal("5000"), recurring_value=Decimal("250")).value == 8000


def test_weighted_value_is_value_times_probability():
    # (1,000 + 12 × 100) × 35 ÷ 100 = 2,200 × 0.35 = 770
    d = deal(one_time_value=Decimal(1000), recurring_value=Decimal(100), probability=35)
    assert d.weighted_value == Decimal(770)


@pytest.mark.parametrize("probability", [-1, 101, True, 50.0])
def test_probability_must_be_a_whole_number_from_0_to_100(probability):
    with pytest.raises(ValueError, match="probability"):
        deal(probability=probability)


def test_won_deals_count_as_closed_whatever_their_category():
    won = deal(outcome=StageOutcome.WON, forecast_category=C.PIPELINE)
    assert forecast_bucket(won) is C.CLOSED


def test_lost_and_omitted_deals_count_nowhere():
    assert forecast_bucket(deal(outcome=StageOutcome.LOST, forecast_category=C.COMMIT)) is None
    assert forecast_bucket(deal(forecast_category=C.OMITTED)) is None
    assert not deal(forecast_category=C.OMITTED).in_forecast


def test_an_open_deal_called_closed_counts_as_commit_until_its_stage_is_won():
    assert forecast_bucket(deal(forecast_category=C.CLOSED)) is C.COMMIT


def test_open_deals_count_in_their_own_category():
    for category in (C.PIPELINE, C.BEST_CASE, C.COMMIT):
        assert forecast_bucket(deal(forecast_category=category)) is category


def test_forecast_day_is_close_date_for_won_and_expected_close_for_open():
    expected, closed = D(2027, 3, 31), D(2027, 2, 15)
    assert forecast_day(deal(outcome=StageOutcome.WON, expected_close=expected, closed=closed)) == (
        closed
    )
    assert forecast_day(deal(outcome=StageOutcome.WON, expected_close=expected)) == expected
    assert forecast_day(deal(expected_close=expected, closed=closed)) == expected
    assert forecast_day(deal(outcome=StageOutcome.LOST, closed=closed)) is None
    assert forecast_day(deal()) is None
