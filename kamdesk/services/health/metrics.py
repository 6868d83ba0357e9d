"""The portfolio's metrics for a period, and each account's health (DESIGN §3 and §7).

The period runs from month t0 to month t1 (first days of months; by default t1 is the last
complete month and t0 twelve months before it). Retention compares t0 with t1 over the accounts
active at t0; revenue, NPS, CSAT, CAC and win rate cover every day from the first of t0 to the
last of t1. Each account's health is computed as of ``today`` from: the trend of its recurring
revenue over the last three months of the period, its NPS and CSAT in the period, its decision
chain today, its highest open risk, its overdue reviews and the pace of its running objectives.

CLV uses the portfolio's monthly logo churn (from the period's logo churn), for the portfolio
and for each account, since one account either left or did not: it has no churn rate of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.analytics import cadence, coverage
from kamdesk.analytics.forecast_accuracy import ForecastBasis
from kamdesk.analytics.health import (
    DEFAULT_WEIGHTS,
    Health,
    HealthFacts,
    HealthPart,
    account_health,
    revenue_trend,
)
from kamdesk.analytics.months import add_months
from kamdesk.analytics.okr import elapsed_fraction, objective_progress, parse_okr_period
from kamdesk.analytics.retention import MonthRevenue, Retention, monthly_churn, retention
from kamdesk.analytics.sales import sales_metrics
from kamdesk.analytics.surveys import csat, nps
from kamdesk.analytics.value import (
    Clv,
    clv_to_cac,
    customer_acquisition_cost,
    customer_lifetime_value,
)
from kamdesk.model.enums import SurveyKind, Tier
from kamdesk.services.accounts import AccountRow, AccountService
from kamdesk.services.health import reading
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.pipeline.forecast_reading import read_deals
from kamdesk.services.settings import PortfolioSettings, SettingsService
from kamdesk.store import Portfolio

PERIOD_MONTHS = 12
HEADLINE_BASIS = ForecastBasis.COMMIT  # the call a KAM commits to is the one judged


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """t1 = the last complete month before ``today``; t0 = twelve months before t1."""
    last = add_months(today, -1)
    return add_months(last, -PERIOD_MONTHS), last


@dataclass(frozen=True)
class AccountMetrics:
    id: int
    name: str
    owner: str
    tier: Tier
    icp_score: float | None
    revenue: Decimal  # in the period
    recurring_at_end: Decimal  # MRR of t1
    clv: Clv
    facts: HealthFacts
    health: Health
    alerts: tuple[coverage.Alert, ...]


@dataclass(frozen=True)
class ObjectiveMetrics:
    id: int
    title: str
    account_id: int | None
    account_name: str | None  # None: an objective of the whole portfolio
    period: str
    progress: float | None


@dataclass(frozen=True)
class PortfolioMetrics:
    first_month: dt.date
    last_month: dt.date
    retention: Retention
    revenue: Decimal
    recurring: Decimal
    nps: float | None
    csat: float | None
    clv: Clv
    cac: Decimal | None
    clv_to_cac: float | None
    weighted_pipeline: Decimal
    win_rate: float | None
    forecast_accuracy: float | None
    monthly: Mapping[dt.date, MonthRevenue]
    accounts: tuple[AccountMetrics, ...] = field(default_factory=tuple)
    objectives: tuple[ObjectiveMetrics, ...] = field(default_factory=tuple)

    def account(self, account_id: int) -> AccountMetrics | None:
        return next((a for a in self.accounts if a.id == account_id), None)


class MetricsService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def portfolio_metrics(
        self,
        today: dt.date,
        first_month: dt.date | None = None,
        last_month: dt.date | None = None,
        weights: Mapping[HealthPart, float] = DEFAULT_WEIGHTS,
    ) -> PortfolioMetrics:
        default_first, default_last = default_period(today)
        first = (first_month or default_first).replace(day=1)
        last = (last_month or default_last).replace(day=1)
        if last < first:
            raise ValueError("the period ends before it starts")
        settings = SettingsService(self.portfolio).load()
        accounts = AccountService(self.portfolio).list_rows(as_of=today)
        rows = [row for row in accounts if not row.archived]
        with self.portfolio.session() as session:
            facts = _Facts.read(session, first, last, today)
        return _assemble(facts, rows, settings, first, last, today, weights, self.portfolio)


@dataclass
class _Facts:
    """Everything read from the database for one computation."""

    boundary_months: dict[int, dict[dt.date, MonthRevenue]]  # t0 and t1 of each account
    kept: Retention
    since: dict[int, dt.date]
    by_account: dict[int, reading.AccountRevenue]
    monthly: dict[dt.date, MonthRevenue]
    scores: dict[int, dict[SurveyKind, list[int]]]
    risks: dict[int, int]
    chains: dict[int, reading.DecisionChain]
    reviews: dict
    objectives: list[reading.ObjectiveFacts]
    won: list[reading.NewAccount]
    deals: list

    @classmethod
    def read(cls, session: Session, first: dt.date, last: dt.date, today: dt.date) -> _Facts:
        first_day, last_day = first, reading.last_day_of(last)
        boundary = reading.months_at(session, [first, last])
        return cls(
            boundary_months=boundary,
            kept=retention(boundary, first, last),
            since=reading.account_since(session),
            by_account=reading.account_revenue(session, first, last),
            monthly=reading.monthly_totals(session, first, last),
            scores=reading.survey_scores(session, first_day, last_day),
            risks=reading.highest_open_risks(session),
            chains=reading.decision_chains(session),
            reviews=reading.latest_reviews(session),
            objectives=reading.objectives(session),
            won=reading.accounts_won(session, first_day, last_day),
            deals=read_deals(session),
        )


def _assemble(
    facts: _Facts,
    rows: list[AccountRow],
    settings: PortfolioSettings,
    first: dt.date,
    last: dt.date,
    today: dt.date,
    weights: Mapping[HealthPart, float],
    portfolio: Portfolio,
) -> PortfolioMetrics:
    churn = _monthly_churn(facts.kept)
    margin = settings.gross_margin
    names = {row.id: row.name for row in rows}
    overdue = _overdue_reviews(rows, facts, today, settings)
    paces = _okr_paces(facts.objectives, today, settings.fiscal_year_start)
    accounts = tuple(
        _account_metrics(row, facts, churn, margin, overdue, paces, today, settings, weights)
        for row in rows
    )
    revenue = sum((a.revenue for a in facts.by_account.values()), Decimal(0))
    months = sum(a.months_with_revenue for a in facts.by_account.values())
    clv = customer_lifetime_value(revenue / months if months else None, margin, churn)
    cac = customer_acquisition_cost(new.acquisition_cost for new in facts.won)
    return PortfolioMetrics(
        first_month=first,
        last_month=last,
        retention=facts.kept,
        revenue=revenue,
        recurring=sum((a.recurring for a in facts.by_account.values()), Decimal(0)),
        nps=nps(_pooled(facts.scores, SurveyKind.NPS)),
        csat=csat(_pooled(facts.scores, SurveyKind.CSAT)),
        clv=clv,
        cac=cac,
        clv_to_cac=clv_to_cac(clv, cac),
        weighted_pipeline=sum((d.weighted_value for d in facts.deals if d.is_open), Decimal(0)),
        win_rate=sales_metrics(facts.deals, first, reading.last_day_of(last)).win_rate,
        forecast_accuracy=_forecast_accuracy(portfolio, first, last, today),
        monthly=facts.monthly,
        accounts=accounts,
        objectives=_objective_metrics(facts.objectives, names),
    )


def _monthly_churn(kept: Retention) -> float | None:
    if kept.logo_churn is None or kept.months < 1:
        return None
    return monthly_churn(kept.logo_churn, kept.months)


def _pooled(scores: Mapping[int, Mapping[SurveyKind, list[int]]], kind: SurveyKind) -> list[int]:
    return [score for by_kind in scores.values() for score in by_kind.get(kind, ())]


def _account_metrics(
    row: AccountRow,
    facts: _Facts,
    churn: float | None,
    margin: Decimal,
    overdue: Mapping[int, int],
    paces: Mapping[int, float],
    today: dt.date,
    settings: PortfolioSettings,
    weights: Mapping[HealthPart, float],
) -> AccountMetrics:
    money = facts.by_account.get(row.id, reading.AccountRevenue())
    chain = facts.chains.get(row.id, reading.DecisionChain([], []))
    scores = facts.scores.get(row.id, {})
    health_facts = HealthFacts(
        revenue_trend=revenue_trend(
            float(money.recurring_last_three), float(money.recurring_three_before)
        ),
        nps=nps(scores.get(SurveyKind.NPS, ())),
        csat=csat(scores.get(SurveyKind.CSAT, ())),
        sponsor_coverage=coverage.sponsor_coverage(chain.people, chain.areas).ratio,
        resistance=coverage.resistance(chain.people),
        highest_open_risk=facts.risks.get(row.id),
        overdue_reviews=overdue.get(row.id, 0),
        okr_pace=paces.get(row.id),
    )
    at_end = facts.kept.end_month
    return AccountMetrics(
        id=row.id,
        name=row.name,
        owner=row.owner,
        tier=row.tier,
        icp_score=row.icp_score,
        revenue=money.revenue,
        recurring_at_end=_recurring_at(facts, row.id, at_end),
        clv=customer_lifetime_value(money.average_monthly_revenue, margin, churn),
        facts=health_facts,
        health=account_health(health_facts, weights),
        alerts=tuple(
            coverage.gap_alerts(chain.people, chain.areas, today, settings.stale_contact_days)
            if chain.people or chain.areas
            else ()
        ),
    )


def _recurring_at(facts: _Facts, account_id: int, month: dt.date) -> Decimal:
    return facts.boundary_months.get(account_id, {}).get(month, MonthRevenue()).recurring


def _overdue_reviews(
    rows: Iterable[AccountRow], facts: _Facts, today: dt.date, settings: PortfolioSettings
) -> dict[int, int]:
    """Per account, how many routines are past their due date."""
    refs = [cadence.AccountRef(row.id, row.name, facts.since[row.id], row.tier) for row in rows]
    cadences = getattr(settings, "cadences", cadence.DEFAULT_CADENCES)
    counts: dict[int, int] = {}
    for due in cadence.reviews_due(refs, facts.reviews, today, cadences):
        if due.days_overdue > 0:
            counts[due.account_id] = counts.get(due.account_id, 0) + 1
    return counts


def _okr_paces(
    objectives: Iterable[reading.ObjectiveFacts], today: dt.date, fiscal_year_start: int
) -> dict[int, float]:
    """Per account, the mean pace of its running objectives: progress ÷ elapsed share."""
    paces: dict[int, list[float]] = {}
    for objective in objectives:
        if objective.account_id is None:
            continue
        try:
            period = parse_okr_period(objective.period, fiscal_year_start)
        except ValueError:
            continue
        elapsed = elapsed_fraction(period, today)
        progress = objective_progress(objective.key_results)
        if progress is None or not 0 < elapsed < 1:
            continue
        paces.setdefault(objective.account_id, []).append(progress / elapsed)
    return {account_id: sum(p) / len(p) for account_id, p in paces.items()}


def _objective_metrics(
    objectives: Iterable[reading.ObjectiveFacts], names: Mapping[int, str]
) -> tuple[ObjectiveMetrics, ...]:
    return tuple(
        ObjectiveMetrics(
            o.id,
            o.title,
            o.account_id,
            names.get(o.account_id) if o.account_id is not None else None,
            o.period,
            objective_progress(o.key_results),
        )
        for o in objectives
        if o.account_id is None or o.account_id in names
    )


def _forecast_accuracy(
    portfolio: Portfolio, first: dt.date, last: dt.date, today: dt.date
) -> float | None:
    """1 − MAPE of the committed forecast over the period's months (None without snapshots)."""
    months = first.strftime("%Y-%m"), last.strftime("%Y-%m")
    report = ForecastService(portfolio).accuracy(*months, today)
    error = report.mape.get(HEADLINE_BASIS)
    return None if error is None else 1.0 - error


# -- the command line's JSON (DESIGN §7) ------------------------------------------------------

RATIO_DECIMALS = 4


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, RATIO_DECIMALS)


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.01")))


def metrics_json(metrics: PortfolioMetrics, currency: str) -> dict:
    """The metrics as ``kamdesk metrics --json`` prints them: ratios as fractions, NPS −100…100,
    money in the portfolio currency, null where there is no data."""
    kept = metrics.retention
    return {
        "period": {
            "from": metrics.first_month.strftime("%Y-%m"),
            "to": metrics.last_month.strftime("%Y-%m"),
        },
        "currency": currency,
        "grr": _ratio(kept.grr),
        "nrr": _ratio(kept.nrr),
        "logo_churn": _ratio(kept.logo_churn),
        "revenue_churn": _ratio(kept.revenue_churn),
        "nps": _ratio(metrics.nps),
        "csat": _ratio(None if metrics.csat is None else metrics.csat / 100),
        "clv": _money(metrics.clv.value),
        "clv_unbounded": metrics.clv.unbounded,
        "cac": _money(metrics.cac),
        "clv_to_cac": _ratio(metrics.clv_to_cac),
        "revenue": _money(metrics.revenue),
        "recurring_revenue": _money(metrics.recurring),
        "weighted_pipeline": _money(metrics.weighted_pipeline),
        "win_rate": _ratio(metrics.win_rate),
        "forecast_accuracy": _ratio(metrics.forecast_accuracy),
        "accounts": [_account_json(a) for a in metrics.accounts],
        "objectives": [
            {
                "title": o.title,
                "account": o.account_name,
                "period": o.period,
                "progress": _ratio(o.progress),
            }
            for o in metrics.objectives
        ],
    }


def _account_json(account: AccountMetrics) -> dict:
    health = account.health
    return {
        "name": account.name,
        "tier": account.tier.value,
        "icp_score": _ratio(account.icp_score),
        "health": None if health.score is None else round(health.score, 1),
        "health_band": None if health.band is None else health.band.value,
        "risk": account.facts.highest_open_risk,
        "sponsor_coverage": _ratio(account.facts.sponsor_coverage),
        "resistance": _ratio(account.facts.resistance),
        "revenue": _money(account.revenue),
        "clv": _money(account.clv.value),
        "alerts": [alert.text() for alert in account.alerts],
    }
