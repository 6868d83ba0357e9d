"""What the portfolio dashboard reads besides the period's metrics: the retention trend (each
month over the twelve before it) and the accounts whose health fell, computed by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.analytics.health import HealthPart
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.health import MonthFigures, RevenueService
from kamdesk.services.health.metrics import MetricsService

TODAY = dt.date(2026, 3, 10)


def month(year: int, number: int) -> dt.date:
    return dt.date(year, number, 1)


def recurring(amount: int) -> MonthFigures:
    return MonthFigures(Decimal(amount), Decimal(amount))


@pytest.fixture
def churning(portfolio):
    """Agro 100 → 120 (Jan) and 100 → 80 (Feb); Banco 50 → nothing (Jan) and 50 → 50 (Feb);
    Cia is new in January 2026; Duna only ever bought one-off."""
    accounts = AccountService(portfolio)
    agro, banco, cia, duna = (
        accounts.create(AccountData(name=name)) for name in ("Agro", "Banco", "Cia", "Duna")
    )
    revenue = RevenueService(portfolio)
    revenue.write(
        agro,
        {
            month(2025, 1): recurring(100),
            month(2025, 2): recurring(100),
            month(2026, 1): recurring(120),
            month(2026, 2): recurring(80),
        },
    )
    revenue.write(banco, {month(2025, 1): recurring(50), month(2025, 2): recurring(50)})
    revenue.write(banco, {month(2026, 2): recurring(50)})
    revenue.write(cia, {month(2026, 1): recurring(70)})
    revenue.write(duna, {month(2025, 1): MonthFigures(Decimal(30), Decimal(0))})
    return agro, banco, cia, duna


def test_retention_trend_by_hand(portfolio, churning):
    trend = MetricsService(portfolio).retention_trend(month(2026, 2), count=3)
    assert [(r.start_month, r.end_month) for r in trend] == [
        (month(2024, 12), month(2025, 12)),
        (month(2025, 1), month(2026, 1)),
        (month(2025, 2), month(2026, 2)),
    ]
    nothing, january, february = trend
    assert (nothing.accounts_at_start, nothing.grr, nothing.nrr) == (0, None, None)
    # January: Agro and Banco active at t0 (Duna's one-off does not count, Cia came later);
    # Agro keeps its 100 and grows to 120, Banco leaves.
    assert (january.accounts_at_start, january.accounts_kept) == (2, 1)
    assert january.mrr_at_start == Decimal(150)
    assert january.grr == pytest.approx(100 / 150)
    assert january.nrr == pytest.approx(120 / 150)
    assert january.logo_churn == pytest.approx(0.5)
    # February: Agro falls to 80, Banco stays at 50: 130 of 150 kept, nobody left.
    assert february.grr == february.nrr == pytest.approx(130 / 150)
    assert february.logo_churn == 0


def test_retention_trend_matches_the_period_metrics(portfolio, churning):
    service = MetricsService(portfolio)
    for end in (month(2026, 1), month(2026, 2)):
        start = month(end.year - 1, end.month)
        (trend,) = service.retention_trend(end, count=1)
        assert trend == service.portfolio_metrics(TODAY, start, end).retention


def test_retention_trend_over_a_shorter_span(portfolio, churning):
    # January 2026 → February 2026: Agro 120 → 80, Cia 70 → nothing; Banco was not active.
    (kept,) = MetricsService(portfolio).retention_trend(month(2026, 2), count=1, span=1)
    assert (kept.accounts_at_start, kept.accounts_kept) == (2, 1)
    assert kept.grr == pytest.approx(80 / 190)


def test_retention_trend_of_an_empty_portfolio_and_bad_arguments(portfolio):
    service = MetricsService(portfolio)
    assert [r.grr for r in service.retention_trend(month(2026, 2))] == [None] * 12
    with pytest.raises(ValueError):
        service.retention_trend(month(2026, 2), count=0)


TREND_ONLY = {part: 0.0 for part in HealthPart} | {HealthPart.REVENUE_TREND: 1.0}


@pytest.fixture
def trends(portfolio):
    """Recurring revenue of 100 a month from January to June 2026, then from July: Xingu 90,
    Wega 96, Yara 110; Zeta has no revenue."""
    accounts = AccountService(portfolio)
    revenue = RevenueService(portfolio)
    ids = {}
    for name, later in (("Xingu", 90), ("Wega", 96), ("Yara", 110), ("Zeta", None)):
        ids[name] = accounts.create(AccountData(name=name))
        if later is not None:
            figures = {month(2026, m): recurring(100) for m in range(1, 7)}
            figures |= {month(2026, m): recurring(later) for m in range(7, 10)}
            revenue.write(ids[name], figures)
    return ids


def test_falling_health_by_hand(portfolio, trends):
    changes = MetricsService(portfolio).falling_health(
        dt.date(2026, 10, 15), dt.date(2026, 7, 15), weights=TREND_ONLY
    )
    # As of 15 July the last three months (Apr–Jun) equal the three before: trend 0 → 50.
    # As of 15 October (Jul–Sep against Apr–Jun): Xingu −10 % → 25, Wega −4 % → 40, Yara +10 %
    # → 75 (a rise, not listed); Zeta has no score.
    assert [(c.name, c.before, c.now) for c in changes] == [
        ("Xingu", pytest.approx(50), pytest.approx(25)),
        ("Wega", pytest.approx(50), pytest.approx(40)),
    ]
    assert changes[0].drop == pytest.approx(25)
    assert changes[0].id == trends["Xingu"]


def test_falling_health_reuses_the_metrics_given(portfolio, trends):
    service = MetricsService(portfolio)
    today, since = dt.date(2026, 10, 15), dt.date(2026, 7, 15)
    now = service.account_metrics(today, weights=TREND_ONLY)
    wega_only = [a for a in now if a.name == "Wega"]
    changes = service.falling_health(today, since, now=wega_only, weights=TREND_ONLY)
    assert [c.name for c in changes] == ["Wega"]
