"""CLV, CAC and CLV:CAC against hand-computed figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.analytics.value import (
    average_monthly_revenue,
    clv_to_cac,
    customer_acquisition_cost,
    customer_lifetime_value,
)


def test_clv_by_hand():
    # 10,000 a month × 30% margin = 3,000 a month, kept for 1 ÷ 2% = 50 months on average
    clv = customer_lifetime_value(Decimal(10000), Decimal("0.30"), 0.02)
    assert clv.value == Decimal("150000.00")
    assert not clv.unbounded


def test_zero_churn_says_the_lifetime_is_unbounded():
    clv = customer_lifetime_value(Decimal(10000), Decimal("0.30"), 0.0)
    assert (clv.value, clv.unbounded, clv.known) == (None, True, False)


def test_unknown_inputs_give_an_unknown_clv():
    assert not customer_lifetime_value(None, Decimal("0.3"), 0.1).known
    assert not customer_lifetime_value(Decimal(1), Decimal("0.3"), None).known
    with pytest.raises(ValueError):
        customer_lifetime_value(Decimal(1), Decimal("1.5"), 0.1)


def test_average_monthly_revenue():
    assert average_monthly_revenue([Decimal(100), Decimal(200), Decimal(0)]) == Decimal(100)
    assert average_monthly_revenue([]) is None


def test_cac_leaves_out_accounts_without_a_cost():
    assert customer_acquisition_cost([Decimal(30000), Decimal(50000), None]) == Decimal("40000.00")
    assert customer_acquisition_cost([None]) is None
    assert customer_acquisition_cost([]) is None


def test_clv_to_cac():
    clv = customer_lifetime_value(Decimal(10000), Decimal("0.30"), 0.02)
    assert clv_to_cac(clv, Decimal(40000)) == pytest.approx(3.75)
    assert clv_to_cac(clv, None) is None
    assert clv_to_cac(clv, Decimal(0)) is None
    assert clv_to_cac(customer_lifetime_value(Decimal(1), Decimal("0.3"), 0.0), Decimal(10)) is None
