"""Retention between two months against hand-computed figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.analytics.retention import MonthRevenue, monthly_churn, retention

DEC_25 = dt.date(2025, 12, 1)
DEC_26 = dt.date(2026, 12, 1)

HISTORY = {
    # grew: kept 800 of 800 recurring, ends at 1,000
    1: {
        DEC_25: MonthRevenue(Decimal(1000), Decimal(800)),
        DEC_26: MonthRevenue(Decimal(1200), Decimal(1000)),
    },
    # shrank: kept 300 of 500
    2: {
        DEC_25: MonthRevenue(Decimal(500), Decimal(500)),
        DEC_26: MonthRevenue(Decimal(300), Decimal(300)),
    },
    # left: nothing at the end
    3: {DEC_25: MonthRevenue(Decimal(200), Decimal(200))},
    # one-off revenue only: not active, counts nowhere
    5: {
        DEC_25: MonthRevenue(Decimal(700), Decimal(0)),
        DEC_26: MonthRevenue(Decimal(50), Decimal(0)),
    },
    # won after t0: counts nowhere
    4: {DEC_26: MonthRevenue(Decimal(900), Decimal(900))},
}


def test_grr_nrr_and_logo_retention_by_hand():
    r = retention(HISTORY, DEC_25, DEC_26)
    assert (r.accounts_at_start, r.accounts_kept) == (3, 2)
    assert (r.mrr_at_start, r.mrr_kept, r.mrr_at_end) == (
        Decimal(1500),
        Decimal(1100),
        Decimal(1300),
    )
    assert r.grr == pytest.approx(1100 / 1500)  # 0.7333
    assert r.nrr == pytest.approx(1300 / 1500)
    assert r.logo_retention == pytest.approx(2 / 3)
    assert r.logo_churn == pytest.approx(1 / 3)
    assert r.revenue_churn == pytest.approx(400 / 1500)
    assert r.months == 12


def test_expansion_makes_nrr_exceed_one_but_not_grr():
    history = {
        1: {
            DEC_25: MonthRevenue(Decimal(100), Decimal(100)),
            DEC_26: MonthRevenue(Decimal(150), Decimal(150)),
        }
    }
    r = retention(history, DEC_25, DEC_26)
    assert (r.grr, r.nrr) == (1.0, 1.5)


def test_empty_or_no_recurring_gives_none_not_a_division_by_zero():
    empty = retention({}, DEC_25, DEC_26)
    assert (empty.grr, empty.nrr, empty.logo_retention, empty.logo_churn) == (None,) * 4
    one_off = retention({1: {DEC_25: MonthRevenue(Decimal(50), Decimal(0))}}, DEC_25, DEC_26)
    assert (one_off.accounts_at_start, one_off.grr, one_off.logo_churn) == (0, None, None)


def test_same_month_keeps_everything():
    r = retention(HISTORY, DEC_25, DEC_25)
    assert (r.grr, r.nrr, r.logo_retention, r.months) == (1.0, 1.0, 1.0, 0)


def test_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        retention(HISTORY, DEC_26, DEC_25)


def test_monthly_churn_compounds_back_to_the_period_churn():
    assert monthly_churn(0.19, 2) == pytest.approx(0.1)
    assert monthly_churn(0.0, 12) == 0.0
    assert monthly_churn(1.0, 3) == 1.0
    assert (1 - monthly_churn(0.3, 12)) ** 12 == pytest.approx(0.7)
    with pytest.raises(ValueError):
        monthly_churn(0.1, 0)
    with pytest.raises(ValueError):
        monthly_churn(1.5, 12)
