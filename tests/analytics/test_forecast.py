"""The forecast of a period, targets rolled up from sub-periods, and snapshot lines."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.deals import Deal, Stage
from kamdesk.analytics.forecast import (
    SnapshotLine,
    forecast_period,
    forecast_periods,
    snapshot_lines,
    target_of,
)
from kamdesk.analytics.periods import parse_period
from kamdesk.model.enums import ForecastCategory, StageOutcome

C = ForecastCategory
D = dt.date
OPEN, WON, LOST = StageOutcome.OPEN, StageOutcome.WON, StageOutcome.LOST

STAGES = [
    Stage(3, "Negotiation", 2, OPEN, 75),
    Stage(1, "Prospecting", 0, OPEN, 10),
    Stage(2, "Proposal", 1, OPEN, 50),
    Stage(4, "Won", 3, WON, 100),
    Stage(5, "Lost", 4, LOST, 0),
]


def deal(id, account, stage, category, one_time=0, recurring=0, probability=0, **dates) -> Deal:
    outcome = {4: WON, 5: LOST}.get(stage, OPEN)
    return Deal(
        id=id,
        account_id=account,
        stage_id=stage,
        outcome=outcome,
        one_time_value=Decimal(one_time),
        recurring_value=Decimal(recurring),
        probability=probability,
        forecast_category=category,
        **dates,
    )


DEALS = [
    # value 10,000; weighted 10% → 1,000; January
    deal(1, 1, 1, C.PIPELINE, 10_000, 0, 10, expected_close=D(2027, 1, 20)),
    # value 12 × 1,000 = 12,000; weighted 50% → 6,000; February
    deal(2, 1, 2, C.BEST_CASE, 0, 1_000, 50, expected_close=D(2027, 2, 10)),
    # value 5,000 + 12 × 500 = 11,000; weighted 80% → 8,800; March
    deal(3, 1, 3, C.COMMIT, 5_000, 500, 80, expected_close=D(2027, 3, 31)),
    # won 20,000, closed in February (its expected close in April does not matter)
    deal(4, 1, 4, C.CLOSED, 20_000, 0, 100, expected_close=D(2027, 4, 30), closed=D(2027, 2, 15)),
    # lost: nowhere
    deal(5, 1, 5, C.OMITTED, 50_000, 0, 0, closed=D(2027, 1, 10)),
    # omitted: nowhere
    deal(6, 1, 2, C.OMITTED, 30_000, 0, 50, expected_close=D(2027, 2, 1)),
    # open but called closed: commit 4,000; weighted 75% → 3,000; March
    deal(7, 2, 3, C.CLOSED, 4_000, 0, 75, expected_close=D(2027, 3, 1)),
    # April: the next quarter
    deal(8, 2, 1, C.PIPELINE, 7_000, 0, 10, expected_close=D(2027, 4, 1)),
    # no expected close: no period
    deal(9, 2, 1, C.PIPELINE, 9_000, 0, 10),
    # won without a close date: its expected close (January) places it
    deal(10, 2, 4, C.CLOSED, 3_000, 0, 100, expected_close=D(2027, 1, 5)),
]


def test_forecast_of_a_quarter_by_category():
    q1 = forecast_period(DEALS, parse_period("2027-Q1"), STAGES, {"2027-Q1": Decimal(50_000)})
    assert q1.amounts == {
        C.PIPELINE: 10_000,  # deal 1
        C.BEST_CASE: 12_000,  # deal 2
        C.COMMIT: 15_000,  # deals 3 + 7 = 11,000 + 4,000
        C.CLOSED: 23_000,  # deals 4 + 10 = 20,000 + 3,000
    }
    assert q1.open_pipeline == 37_000  # 10,000 + 12,000 + 15,000
    assert q1.weighted == 18_800  # 1,000 + 6,000 + 8,800 + 3,000
    assert q1.commit_call == 38_000  # 23,000 + 15,000
    assert q1.best_case_call == 50_000  # 38,000 + 12,000
    assert q1.won == 23_000


def test_coverage_gap_coverage_and_attainment_against_the_target():
    q1 = forecast_period(DEALS, parse_period("2027-Q1"), STAGES, {"2027-Q1": Decimal(50_000)})
    assert q1.target == 50_000
    assert q1.coverage == pytest.approx(0.74)  # 37,000 ÷ 50,000
    assert q1.gap_coverage == pytest.approx(37_000 / 27_000)  # ÷ (50,000 − 23,000)
    assert q1.attainment == pytest.approx(0.46)  # 23,000 ÷ 50,000


def test_no_target_means_no_coverage_and_a_reached_target_no_gap_coverage():
    q1 = forecast_period(DEALS, parse_period("2027-Q1"), STAGES)
    assert (q1.target, q1.coverage, q1.gap_coverage, q1.attainment) == (None, None, None, None)
    reached = forecast_period(DEALS, parse_period("2027-Q1"), STAGES, {"2027-Q1": Decimal(20_000)})
    assert reached.gap_coverage is None  # 23,000 won ≥ 20,000
    assert reached.coverage == pytest.approx(1.85)  # 37,000 ÷ 20,000
    zero = forecast_period(DEALS, parse_period("2027-Q1"), STAGES, {"2027-Q1": Decimal(0)})
    assert zero.coverage is None and zero.attainment is None


def test_funnel_lists_every_open_stage_in_stage_order():
    q1 = forecast_period(DEALS, parse_period("2027-Q1"), STAGES)
    assert [(step.stage.name, step.count, step.value) for step in q1.funnel] == [
        ("Prospecting", 1, 10_000),  # deal 1 (deal 9 has no date, deal 8 is in April)
        ("Proposal", 1, 12_000),  # deal 2 (deal 6 is omitted)
        ("Negotiation", 2, 15_000),  # deals 3 and 7
    ]


def test_months_of_a_quarter_split_its_forecast():
    months = forecast_periods(DEALS, parse_period("2027-Q1").month_periods(), STAGES)
    assert [(f.period.name, f.amounts[C.CLOSED], f.open_pipeline) for f in months] == [
        ("2027-01", 3_000, 10_000),  # deal 10 won; deal 1
        ("2027-02", 20_000, 12_000),  # deal 4 won; deal 2
        ("2027-03", 0, 15_000),  # deals 3 and 7
    ]
    april = forecast_period(DEALS, parse_period("2027-04"), STAGES)
    assert april.amounts[C.PIPELINE] == 7_000 and april.funnel[0].count == 1


def test_a_fiscal_quarter_gathers_its_fiscal_months():
    # Fiscal year from February: 2027-Q1 of fiscal 2027 is February–April 2027.
    q1 = forecast_period(DEALS, parse_period("2027-Q1", fiscal_year_start=2), STAGES)
    assert q1.amounts[C.PIPELINE] == 7_000  # deal 8 (April); deal 1 is in January
    assert q1.amounts[C.CLOSED] == 20_000  # deal 4


def test_target_rolls_up_from_months_and_quarters_when_all_are_set():
    targets = {"2027-01": Decimal(15_000), "2027-02": Decimal(15_000), "2027-03": Decimal(20_000)}
    assert target_of(parse_period("2027-Q1"), targets) == 50_000  # 15,000 + 15,000 + 20,000
    assert target_of(parse_period("2027-Q1"), targets | {"2027-Q1": Decimal(60_000)}) == 60_000
    assert target_of(parse_period("2027-Q2"), targets) is None
    assert target_of(parse_period("2027"), targets) is None  # Q2–Q4 have none
    quarters = {f"2027-Q{q}": Decimal(10_000 * q) for q in (2, 3, 4)}
    # Q1 from its months 50,000 + 20,000 + 30,000 + 40,000 = 140,000
    assert target_of(parse_period("2027"), targets | quarters) == 140_000
    assert target_of(parse_period("2027-05"), targets) is None


def test_snapshot_lines_per_account_month_and_category_from_the_first_month():
    lines = snapshot_lines(DEALS, parse_period("2027-02"))
    assert lines == [
        SnapshotLine(1, "2027-02", C.BEST_CASE, 12_000, 6_000),  # deal 2
        SnapshotLine(1, "2027-02", C.CLOSED, 20_000, 20_000),  # deal 4: won counts whole
        SnapshotLine(1, "2027-03", C.COMMIT, 11_000, 8_800),  # deal 3
        SnapshotLine(2, "2027-03", C.COMMIT, 4_000, 3_000),  # deal 7
        SnapshotLine(2, "2027-04", C.PIPELINE, 7_000, 700),  # deal 8: 10%
    ]  # January (deals 1 and 10) is before the first month


def test_snapshot_lines_add_deals_of_the_same_account_month_and_category():
    twins = [
        deal(1, 7, 1, C.PIPELINE, 1_000, 0, 10, expected_close=D(2027, 5, 2)),
        deal(2, 7, 2, C.PIPELINE, 3_000, 0, 50, expected_close=D(2027, 5, 30)),
    ]
    # 1,000 + 3,000 = 4,000; weighted 100 + 1,500 = 1,600
    assert snapshot_lines(twins, parse_period("2027-01")) == [
        SnapshotLine(7, "2027-05", C.PIPELINE, 4_000, 1_600)
    ]


# -- properties -------------------------------------------------------------------------------

random_deals = st.lists(
    st.builds(
        lambda i, stage, category, one, rec, prob, month, account: deal(
            i, account, stage, category, one, rec, prob, expected_close=D(2027, month, 15)
        ),
        st.integers(1, 10_000),
        st.sampled_from([1, 2, 3, 4, 5]),
        st.sampled_from(list(C)),
        st.integers(0, 10**6),
        st.integers(0, 10**5),
        st.integers(0, 100),
        st.integers(1, 12),
        st.integers(1, 3),
    ),
    max_size=30,
)


@given(random_deals, st.integers(0, 10**7))
def test_coverage_is_never_negative_and_the_quarter_is_the_sum_of_its_months(deals, target):
    quarter = parse_period("2027-Q2")
    whole = forecast_period(deals, quarter, STAGES, {"2027-Q2": Decimal(target)})
    assert whole.coverage is None or whole.coverage >= 0
    months = forecast_periods(deals, quarter.month_periods(), STAGES)
    for category in whole.amounts:
        assert whole.amounts[category] == sum(m.amounts[category] for m in months)
    assert whole.weighted == sum(m.weighted for m in months)
    assert whole.weighted <= whole.open_pipeline


@given(random_deals)
def test_snapshot_lines_hold_the_same_money_as_the_forecast(deals):
    year = parse_period("2027")
    forecast = forecast_period(deals, year, STAGES)
    lines = snapshot_lines(deals, year.month_periods()[0])
    for category, amount in forecast.amounts.items():
        assert sum(line.amount for line in lines if line.category is category) == amount
