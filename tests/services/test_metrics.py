"""The portfolio's metrics and each account's health, on a small portfolio computed by hand;
and ``kamdesk metrics`` printing them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import update

from kamdesk.analytics.cadence import cadence_for
from kamdesk.analytics.health import HealthBand
from kamdesk.cli import EXIT_OK, EXIT_USAGE, main
from kamdesk.model import Account
from kamdesk.model.enums import ReviewKind, RiskStatus, SurveyKind, Tier
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.health import MonthFigures, RevenueService, SurveyData, SurveyService
from kamdesk.services.health.metrics import MetricsService, default_period, metrics_json
from kamdesk.services.pipeline import OpportunityData, OpportunityService
from kamdesk.services.plan import RiskData, RiskService

TODAY = dt.date(2026, 11, 25)
OLD = dt.datetime(2025, 1, 1)
T0, T1 = dt.date(2025, 10, 1), dt.date(2026, 10, 1)


def month(year: int, number: int) -> dt.date:
    return dt.date(year, number, 1)


@pytest.fixture
def hand_made(portfolio):
    """Agro grows (800 → 1,000 recurring), Banco leaves, Cia is won in the period."""
    accounts = AccountService(portfolio)
    agro = accounts.create(AccountData(name="Agro", client_since=dt.date(2026, 11, 1)))
    banco = accounts.create(AccountData(name="Banco", client_since=dt.date(2025, 1, 1)))
    cia = accounts.create(
        AccountData(name="Cia", client_since=dt.date(2026, 3, 10), acquisition_cost=Decimal(30000))
    )
    revenue = RevenueService(portfolio)
    revenue.write(
        agro,
        {
            T0: MonthFigures(Decimal(1000), Decimal(800)),
            **{month(2026, m): MonthFigures(Decimal(800), Decimal(800)) for m in (5, 6, 7)},
            **{month(2026, m): MonthFigures(Decimal(1000), Decimal(1000)) for m in (8, 9)},
            T1: MonthFigures(Decimal(1200), Decimal(1000)),
        },
    )
    revenue.write(banco, {T0: MonthFigures(Decimal(500), Decimal(500))})
    with portfolio.session() as session:  # added to KAMdesk back then too
        session.execute(update(Account).where(Account.id == banco).values(created_at=OLD))
    revenue.write(cia, {T1: MonthFigures(Decimal(900), Decimal(900))})
    surveys = SurveyService(portfolio)
    for score, day in ((10, dt.date(2026, 2, 1)), (9, T1), (3, T1), (0, dt.date(2025, 9, 15))):
        surveys.create(SurveyData(agro, SurveyKind.NPS, day, score))
    for score in (5, 2):
        surveys.create(SurveyData(banco, SurveyKind.CSAT, T1, score))
    risks = RiskService(portfolio)
    risks.create(RiskData(agro, description="Concorrente", likelihood=4, impact=5))
    closed = RiskData(agro, description="Antigo", likelihood=5, impact=5, status=RiskStatus.CLOSED)
    risks.create(closed)
    OpportunityService(portfolio).create(
        OpportunityData(
            account_id=agro, title="Expansão", one_time_value=Decimal(10000), probability=50
        )
    )
    return agro, banco, cia


def test_default_period_is_the_twelve_months_to_the_last_complete_one():
    assert default_period(TODAY) == (T0, T1)
    assert default_period(dt.date(2027, 1, 1)) == (month(2025, 12), month(2026, 12))


def test_portfolio_figures_by_hand(portfolio, hand_made):
    m = MetricsService(portfolio).portfolio_metrics(TODAY)
    assert (m.first_month, m.last_month) == (T0, T1)
    kept = m.retention
    # At t0: Agro 800 and Banco 500 recurring; at t1 Agro keeps 800 of it and grows to 1,000.
    assert kept.grr == pytest.approx(800 / 1300)
    assert kept.nrr == pytest.approx(1000 / 1300)
    assert kept.logo_churn == pytest.approx(0.5)
    # Agro 1,000 + 3 × 800 + 2 × 1,000 + 1,200, Banco 500, Cia 900
    assert m.revenue == Decimal(8000)
    # 8,000 over 9 account-months (Agro 7) a month × 30 % ÷ (1 − 0.5^(1/12)) monthly churn
    clv = 8000 / 9 * 0.30 / (1 - 0.5 ** (1 / 12))
    assert float(m.clv.value) == pytest.approx(clv, abs=0.01)
    assert m.cac == Decimal("30000.00")
    assert m.clv_to_cac == pytest.approx(clv / 30000, rel=1e-6)
    # 10 and 9 promoters, 3 a detractor; the 0 of September 2025 is before the period
    assert m.nps == pytest.approx(100 / 3)
    assert m.csat == 50.0
    assert m.weighted_pipeline == Decimal(5000)
    assert m.win_rate is None
    assert m.forecast_accuracy is None
    assert m.monthly[T1].recurring == Decimal(1900)


def test_account_health_by_hand(portfolio, hand_made):
    agro, banco, _ = hand_made
    m = MetricsService(portfolio).report(TODAY)
    health = m.account(agro).health
    # Trend Aug–Oct 3,000 vs May–Jul 2,400 = +25 % → 100 (weight 20); NPS 33.3 → 66.7 (15);
    # highest open risk 20 → 100 × 5 ÷ 24 (15); nothing overdue: taken on this month (5).
    expected = (20 * 100 + 15 * (100 / 3 + 100) / 2 + 15 * 500 / 24 + 5 * 100) / 55
    assert health.score == pytest.approx(expected)
    assert health.band is HealthBand.AMBER
    assert m.account(agro).facts.highest_open_risk == 20
    # Banco, a client and in KAMdesk since January 2025, never reviewed: every routine of its
    # tier is late (tier D: risk, pipeline, relationship and positioning; no objective, so no
    # OKR check-in).
    banco_metrics = m.account(banco)
    assert banco_metrics.tier is Tier.D
    assert set(cadence_for(Tier.D)) - {ReviewKind.OKR} == {
        ReviewKind.RISK,
        ReviewKind.PIPELINE,
        ReviewKind.RELATIONSHIP,
        ReviewKind.POSITIONING,
    }
    assert banco_metrics.facts.overdue_reviews == 4
    assert banco_metrics.facts.csat == 50.0
    assert banco_metrics.recurring_at_end == 0


def test_an_empty_portfolio_has_no_figures_rather_than_errors(portfolio):
    report = MetricsService(portfolio).report(TODAY)
    m = report.portfolio
    assert (m.retention.grr, m.nps, m.csat, m.cac, m.clv.value) == (None,) * 5
    assert report.accounts == report.objectives == ()
    assert metrics_json(report, "BRL")["grr"] is None


def test_a_period_ending_before_it_starts_is_refused(portfolio):
    with pytest.raises(ValueError):
        MetricsService(portfolio).portfolio_metrics(TODAY, T1, T0)
    with pytest.raises(ValueError):
        MetricsService(portfolio).account_metrics(TODAY, T1, T0)


def test_cli_prints_the_metrics_as_json(portfolio, portfolio_path, hand_made, capsys):
    portfolio.close()
    assert main(["metrics", str(portfolio_path), "--as-of", "2026-11-25", "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["period"] == {"from": "2025-10", "to": "2026-10"}
    assert result["grr"] == 0.6154
    assert result["logo_churn"] == 0.5
    assert result["csat"] == 0.5
    assert result["cac"] == 30000.0
    assert [a["name"] for a in result["accounts"]] == ["Agro", "Banco", "Cia"]
    agro = result["accounts"][0]
    assert (agro["risk"], agro["health_band"], agro["tier"]) == (20, "amber", Tier.D.value)


def test_cli_period_and_bad_month(portfolio, portfolio_path, hand_made, capsys):
    portfolio.close()
    args = ["metrics", str(portfolio_path), "--from", "2026-10", "--to", "2026-10", "--json"]
    assert main(args) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert (result["grr"], result["revenue"]) == (pytest.approx(1.0), 2100.0)
    with pytest.raises(SystemExit) as exit_:
        main(["metrics", str(portfolio_path), "--from", "2026-13"])
    assert exit_.value.code == EXIT_USAGE
    assert "2026-13" in capsys.readouterr().err


def test_reading_a_few_accounts_by_id_gives_what_reading_every_account_gives(
    portfolio, hand_made, monkeypatch
):
    from kamdesk.services.health import metrics as metrics_module

    service = MetricsService(portfolio)
    by_id = service.account_metrics(TODAY)
    monkeypatch.setattr(metrics_module, "FEW_ACCOUNTS", 0)  # read every account's facts
    assert service.account_metrics(TODAY) == by_id
    agro = hand_made[0]
    one = [row for row in AccountService(portfolio).list_rows(as_of=TODAY) if row.id == agro]
    monkeypatch.setattr(metrics_module, "FEW_ACCOUNTS", 500)
    assert service.account_metrics(TODAY, rows=one) == tuple(a for a in by_id if a.id == agro)
