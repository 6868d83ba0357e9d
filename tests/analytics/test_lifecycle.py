"""Suggested lifecycle stage and the 3-month revenue trend, against hand-built histories."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.lifecycle import (
    DEVELOPMENT_GROWTH,
    NEW_ACCOUNT_MONTHS,
    RECOVERY_DROP,
    SILENT_MONTHS,
    STAGES,
    TREND_MONTHS,
    LifecycleFacts,
    revenue_trend,
    suggest_lifecycle_stage,
)


def months(*values) -> list[Decimal]:
    return [Decimal(str(v)) for v in values]


def stage(revenue, open_opportunities=0, won_opportunities=0) -> str:
    return suggest_lifecycle_stage(LifecycleFacts(revenue, open_opportunities, won_opportunities))


def test_thresholds_are_the_documented_ones():
    assert (TREND_MONTHS, SILENT_MONTHS, NEW_ACCOUNT_MONTHS) == (3, 3, 12)
    assert RECOVERY_DROP.as_tuple() == Decimal("0.25").as_tuple()  # exact, not a float
    assert DEVELOPMENT_GROWTH.as_tuple() == Decimal("0.10").as_tuple()
    assert STAGES == ("targeting", "acquisition", "development", "retention", "recovery")


def test_revenue_trend_compares_last_three_months_with_three_before():
    # (120·3 − 100·3) ÷ (100·3) = 60 / 300 = 0.2
    assert revenue_trend(months(100, 100, 100, 120, 120, 120)) == pytest.approx(0.2)
    # (50 + 60 + 70) − (100 + 100 + 100) = −120 → −120 / 300 = −0.4
    assert revenue_trend(months(100, 100, 100, 50, 60, 70)) == pytest.approx(-0.4)


def test_revenue_trend_uses_only_the_last_six_months():
    assert revenue_trend(months(999, 999, 100, 100, 100, 50, 50, 50)) == pytest.approx(-0.5)


def test_revenue_trend_accepts_plain_numbers():
    assert revenue_trend([100, 100, 100, 110.5, 110.5, 110.5]) == pytest.approx(0.105)


def test_revenue_trend_is_none_with_fewer_than_six_months():
    assert revenue_trend([]) is None
    assert revenue_trend(months(100, 100, 100, 120, 120)) is None


def test_revenue_trend_is_none_when_previous_three_months_are_zero_or_negative():
    assert revenue_trend(months(0, 0, 0, 100, 100, 100)) is None
    assert revenue_trend(months(-50, 0, 0, 100, 100, 100)) is None


def test_account_with_no_revenue_and_no_deals_is_targeting():
    assert stage([]) == "targeting"
    assert stage(months(0, 0, 0, 0)) == "targeting"


def test_account_with_deals_but_no_revenue_yet_is_acquisition():
    assert stage([], open_opportunities=2) == "acquisition"
    assert stage(months(0, 0, 0), won_opportunities=1) == "acquisition"


def test_account_silent_for_three_months_is_recovery():
    assert stage(months(*[100] * 21, 0, 0, 0)) == "recovery"


def test_account_with_revenue_two_months_ago_is_not_silent():
    # A quarter billed at once, then two empty months: last 3 = 300 + 0 + 0 = 300, the 3
    # before = 300, trend 0; the account is not silent, so it stays in retention.
    assert stage(months(*[100] * 21, 300, 0, 0)) == "retention"


def test_account_whose_revenue_fell_25_percent_is_recovery():
    # (75·3 − 100·3) ÷ 300 = −0.25 exactly: the boundary counts.
    assert stage(months(*[100] * 21, 75, 75, 75)) == "recovery"


def test_account_whose_revenue_fell_24_percent_is_still_retention():
    assert stage(months(*[100] * 21, 76, 76, 76)) == "retention"


def test_account_with_first_revenue_within_twelve_months_is_development():
    # First revenue at index 12 of 24: exactly 12 months ago, counting the last month as 1.
    assert stage(months(*[0] * 12, *[50] * 12)) == "development"


def test_account_with_first_revenue_thirteen_months_ago_and_flat_revenue_is_retention():
    assert stage(months(*[0] * 11, *[50] * 13)) == "retention"


def test_account_whose_revenue_grew_10_percent_is_development():
    # (110·3 − 100·3) ÷ 300 = 0.10 exactly: the boundary counts.
    assert stage(months(*[100] * 21, 110, 110, 110)) == "development"


def test_account_whose_revenue_grew_9_percent_is_retention():
    assert stage(months(*[100] * 21, 109, 109, 109)) == "retention"


def test_recovery_comes_before_development_for_a_new_account_gone_silent():
    assert stage(months(*[0] * 20, 100, 0, 0, 0)) == "recovery"


def test_short_history_is_read_as_the_whole_history():
    assert stage(months(100, 100, 100, 100, 100)) == "development"


def test_cents_count_in_the_trend():
    # 100.00 → 110.00 is +10 %; 100.00 → 109.99 is just under.
    assert stage(months(*[100] * 21, "110.00", "110.00", "110.00")) == "development"
    assert stage(months(*[100] * 21, "110.00", "110.00", "109.97")) == "retention"


revenue_histories = st.lists(st.decimals(0, 1_000_000, places=2), max_size=36)


@given(revenue_histories, st.integers(0, 3), st.integers(0, 3))
def test_suggested_stage_is_always_a_known_stage(history, open_count, won_count):
    assert stage(history, open_count, won_count) in STAGES


@given(revenue_histories, st.integers(2, 1000))
def test_stage_does_not_depend_on_the_currency_unit(history, factor):
    scaled = [m * factor for m in history]
    assert stage(scaled) == stage(history)
    trend = revenue_trend(history)
    if trend is not None:
        assert revenue_trend(scaled) == pytest.approx(trend)
