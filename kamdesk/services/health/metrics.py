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
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.analytics import coverage
from kamdesk.analytics.forecast_accuracy import ForecastBasis
from kamdesk.analytics.health import (
    Health,
    HealthBlend,
    HealthFacts,
    HealthPart,
    revenue_trend,
)
from kamdesk.analytics.months import add_months
from kamdesk.analytics.okr import elapsed_fraction, objective_progress, parse_okr_period
from kamdesk.analytics.retention import MonthRevenue, Retention, monthly_churn, retention_of
from kamdesk.analytics.sales import sales_metrics
from kamdesk.analytics.value import (
    Clv,
    clv_to_cac,
    customer_acquisition_cost,
    customer_lifetime_value,
)
from kamdesk.model import RevenueRecord
from kamdesk.model.enums import Tier
from kamdesk.services.accounts import AccountRow, AccountService
from kamdesk.services.health import reading
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.pipeline.forecast_reading import read_deals
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.services.settings import PortfolioSettings, SettingsService
from kamdesk.store import Portfolio

PERIOD_MONTHS = 12
# Up to this many accounts asked about (an account's own page), their people, risks and answers
# are read by id; beyond it reading every account's is cheaper, and keeps well under SQLite's
# limit on bound parameters.
FEW_ACCOUNTS = 500
ZERO = Decimal(0)
NO_REVENUE = reading.AccountRevenue()
NO_ANSWERS = reading.SurveyCounts()
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
    recurring_at_start: Decimal  # MRR of t0
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
    """The portfolio's figures for one period (what the KPI cards and charts show)."""

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


@dataclass(frozen=True)
class HealthChange:
    """One account's health as of two days (the dashboard's "falling health" list)."""

    id: int
    name: str
    owner: str
    tier: Tier
    before: float
    now: float

    @property
    def drop(self) -> float:
        """Points lost (negative: gained)."""
        return self.before - self.now


@dataclass(frozen=True)
class MetricsReport:
    """Everything ``kamdesk metrics`` prints: the figures, every account, every objective."""

    portfolio: PortfolioMetrics
    accounts: tuple[AccountMetrics, ...]
    objectives: tuple[ObjectiveMetrics, ...]

    def account(self, account_id: int) -> AccountMetrics | None:
        return next((a for a in self.accounts if a.id == account_id), None)


class MetricsService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    @staticmethod
    def period(
        today: dt.date, first_month: dt.date | None = None, last_month: dt.date | None = None
    ) -> tuple[dt.date, dt.date]:
        """The months t0 and t1 asked for, the defaults filling what is not given."""
        default_first, default_last = default_period(today)
        first = (first_month or default_first).replace(day=1)
        last = (last_month or default_last).replace(day=1)
        if last < first:
            raise ValueError("the period ends before it starts")
        return first, last

    def portfolio_metrics(
        self, today: dt.date, first_month: dt.date | None = None, last_month: dt.date | None = None
    ) -> PortfolioMetrics:
        """The portfolio's figures from t0 to t1 (see the module doc)."""
        first, last = self.period(today, first_month, last_month)
        first_day, last_day = first, reading.last_day_of(last)
        margin = SettingsService(self.portfolio).load().gross_margin
        with self.portfolio.session() as session:
            by_account = reading.account_revenue(session, first, last)
            monthly = reading.monthly_totals(session, first, last)
            answers = reading.survey_totals(session, first_day, last_day)
            won = reading.accounts_won(session, first_day, last_day)
            deals = read_deals(session)
        kept = _retention(by_account, first, last)
        revenue = sum((a.revenue for a in by_account.values()), ZERO)
        months = sum(a.months_with_revenue for a in by_account.values())
        clv = customer_lifetime_value(revenue / months if months else None, margin, _churn(kept))
        cac = customer_acquisition_cost(new.acquisition_cost for new in won)
        return PortfolioMetrics(
            first_month=first,
            last_month=last,
            retention=kept,
            revenue=revenue,
            recurring=sum((a.recurring for a in by_account.values()), ZERO),
            nps=answers.nps.score,
            csat=answers.csat.score,
            clv=clv,
            cac=cac,
            clv_to_cac=clv_to_cac(clv, cac),
            weighted_pipeline=sum((d.weighted_value for d in deals if d.is_open), ZERO),
            win_rate=sales_metrics(deals, first_day, last_day).win_rate,
            forecast_accuracy=self._forecast_accuracy(first, last, today),
            monthly=monthly,
        )

    def account_metrics(
        self,
        today: dt.date,
        first_month: dt.date | None = None,
        last_month: dt.date | None = None,
        weights: Mapping[HealthPart, float] | None = None,
        rows: list[AccountRow] | None = None,
    ) -> tuple[AccountMetrics, ...]:
        """Every account that is not archived, with its health as of ``today`` (``weights``:
        the portfolio's setting unless given; ``rows``: the accounts as already listed, to spare
        listing them again)."""
        first, last = self.period(today, first_month, last_month)
        settings = SettingsService(self.portfolio).load()
        if weights is None:
            weights = settings.health_weights
        if rows is None:
            rows = AccountService(self.portfolio).list_rows(as_of=today)
        rows = [row for row in rows if not row.archived]
        accounts = [row.id for row in rows] if len(rows) <= FEW_ACCOUNTS else None
        with self.portfolio.session() as session:
            facts = _Facts.read(session, first, last, accounts)
        overdue = _overdue_reviews(self.portfolio, rows, today)
        context = _AccountContext(facts, settings, today, HealthBlend(weights), overdue)
        return tuple(context.metrics(row) for row in rows)

    def retention_trend(
        self, last_month: dt.date, count: int = PERIOD_MONTHS, span: int = PERIOD_MONTHS
    ) -> tuple[Retention, ...]:
        """The retention to each of the ``count`` months up to ``last_month`` (oldest first),
        each over the ``span`` months before it: t1 = that month, t0 = ``span`` months
        earlier; the same figures as :meth:`portfolio_metrics` from t0 to t1. One query: each
        account's recurring revenue of a t0 joined with its record of the matching t1."""
        if count < 1 or span < 1:
            raise ValueError("a retention trend needs at least one month over at least one")
        last = last_month.replace(day=1)
        ends = [add_months(last, k - count + 1) for k in range(count)]
        starts = [add_months(end, -span) for end in ends]
        with self.portfolio.session() as session:
            sums = {row[0]: row[1:] for row in session.execute(_retention_query(starts, ends))}
        return tuple(
            Retention(start, end, *_retention_sums(sums.get(start)))
            for start, end in zip(starts, ends, strict=True)
        )

    def falling_health(
        self,
        today: dt.date,
        since: dt.date,
        now: Iterable[AccountMetrics] | None = None,
        weights: Mapping[HealthPart, float] | None = None,
        rows: list[AccountRow] | None = None,
    ) -> list[HealthChange]:
        """The accounts whose health as of ``today`` is below their health as of ``since``
        (each as :meth:`account_metrics` computes it for that day, over its default period),
        the biggest drop first, then by name. Accounts without a score on either day are left
        out. ``now``: the accounts' metrics as of ``today`` when already computed; ``weights``:
        the portfolio's setting unless given; ``rows``: the accounts as already listed.

        Risks and people have no history, so the earlier health takes them as they are now:
        a drop comes from revenue, surveys, reviews falling due and objectives' pace."""
        if rows is None:
            rows = AccountService(self.portfolio).list_rows(as_of=today)
        if now is None:
            now = self.account_metrics(today, weights=weights, rows=rows)
        before = {
            a.id: a.health.score for a in self.account_metrics(since, weights=weights, rows=rows)
        }
        changes = [
            HealthChange(a.id, a.name, a.owner, a.tier, before[a.id], a.health.score)
            for a in now
            if a.health.score is not None and before.get(a.id) is not None
        ]
        falling = [change for change in changes if change.drop > 0]
        return sorted(falling, key=lambda change: (-change.drop, change.name.casefold()))

    def objectives(self, names: Mapping[int, str]) -> tuple[ObjectiveMetrics, ...]:
        """Every objective with its progress, named after its account (``names``: id → name;
        objectives of accounts not named are left out)."""
        with self.portfolio.session() as session:
            objectives = reading.objectives(session)
        return _objective_metrics(objectives, names)

    def report(
        self, today: dt.date, first_month: dt.date | None = None, last_month: dt.date | None = None
    ) -> MetricsReport:
        accounts = self.account_metrics(today, first_month, last_month)
        return MetricsReport(
            self.portfolio_metrics(today, first_month, last_month),
            accounts,
            self.objectives({a.id: a.name for a in accounts}),
        )

    def _forecast_accuracy(self, first: dt.date, last: dt.date, today: dt.date) -> float | None:
        """1 − MAPE of the committed forecast over the period's months (None without
        snapshots)."""
        months = first.strftime("%Y-%m"), last.strftime("%Y-%m")
        report = ForecastService(self.portfolio).accuracy(*months, today)
        error = report.mape.get(HEADLINE_BASIS)
        return None if error is None else 1.0 - error


def _retention(
    by_account: Mapping[int, reading.AccountRevenue], first: dt.date, last: dt.date
) -> Retention:
    return retention_of(((a.at_start, a.at_end) for a in by_account.values()), first, last)


def _retention_query(starts: list[dt.date], ends: list[dt.date]):
    """Per t0 month: accounts active then, those still active at t1, Σ MRR_t0,
    Σ min(MRR_t1, MRR_t0) and Σ MRR_t1 (centavos)."""
    before, after = RevenueRecord.__table__.alias("t0"), RevenueRecord.__table__.alias("t1")
    matching_end = case(dict(zip(starts, ends, strict=True)), value=before.c.month)
    mrr_before = type_coerce(before.c.recurring, Integer)
    mrr_after = func.coalesce(type_coerce(after.c.recurring, Integer), 0)
    joined = before.outerjoin(
        after, and_(after.c.account_id == before.c.account_id, after.c.month == matching_end)
    )
    return (
        select(
            before.c.month,
            func.count(),
            func.sum(case((mrr_after > 0, 1), else_=0)),
            func.sum(mrr_before),
            func.sum(case((mrr_after < mrr_before, mrr_after), else_=mrr_before)),
            func.sum(mrr_after),
        )
        .select_from(joined)
        .where(before.c.month.in_(starts), mrr_before > 0)
        .group_by(before.c.month)
    )


def _retention_sums(row) -> tuple[int, int, Decimal, Decimal, Decimal]:
    if row is None:
        return 0, 0, ZERO, ZERO, ZERO
    at_start, kept, mrr_start, mrr_kept, mrr_end = row
    return (
        at_start,
        kept or 0,
        reading.money(mrr_start),
        reading.money(mrr_kept),
        reading.money(mrr_end),
    )


def _churn(kept: Retention) -> float | None:
    """The portfolio's monthly logo churn, from the period's."""
    if kept.logo_churn is None or kept.months < 1:
        return None
    return monthly_churn(kept.logo_churn, kept.months)


@dataclass
class _Facts:
    """What the accounts' health is made of, read from the database at once."""

    kept: Retention
    by_account: dict[int, reading.AccountRevenue]
    surveys: dict[int, reading.SurveyCounts]
    risks: dict[int, int]
    chains: dict[int, reading.DecisionChain]
    objectives: list[reading.ObjectiveFacts]

    @classmethod
    def read(
        cls, session: Session, first: dt.date, last: dt.date, accounts: reading.Accounts
    ) -> _Facts:
        """The revenue of every account (the portfolio's churn prices each CLV); the rest only
        of ``accounts`` (None: all)."""
        by_account = reading.account_revenue(session, first, last)
        last_day = reading.last_day_of(last)
        return cls(
            kept=_retention(by_account, first, last),
            by_account=by_account,
            surveys=reading.survey_counts(session, first, last_day, accounts),
            risks=reading.highest_open_risks(session, accounts),
            chains=reading.decision_chains(session, accounts),
            objectives=reading.objectives(session),
        )


class _AccountContext:
    """What every account's figures share: the facts read, the settings, the portfolio's churn
    (for CLV), the overdue reviews of each account and the objectives' pace."""

    def __init__(
        self,
        facts: _Facts,
        settings: PortfolioSettings,
        today: dt.date,
        blend: HealthBlend,
        overdue: Mapping[int, int],
    ):
        self.facts = facts
        self.today = today
        self.blend = blend
        self.margin = settings.gross_margin
        self.stale_days = settings.stale_contact_days
        self.churn = _churn(facts.kept)
        self.overdue = overdue
        self.paces = _okr_paces(facts.objectives, today, settings.fiscal_year_start)

    def metrics(self, row: AccountRow) -> AccountMetrics:
        facts = self.facts
        money = facts.by_account.get(row.id, NO_REVENUE)
        chain = facts.chains.get(row.id)
        surveys = facts.surveys.get(row.id, NO_ANSWERS)
        health_facts = HealthFacts(
            revenue_trend=revenue_trend(
                float(money.recurring_last_three), float(money.recurring_three_before)
            ),
            nps=surveys.nps.score,
            csat=surveys.csat.score,
            sponsor_coverage=chain and coverage.sponsor_coverage(chain.people, chain.areas).ratio,
            resistance=chain and coverage.resistance(chain.people),
            highest_open_risk=facts.risks.get(row.id),
            overdue_reviews=self.overdue.get(row.id, 0),
            okr_pace=self.paces.get(row.id),
        )
        alerts = chain and coverage.gap_alerts(
            chain.people, chain.areas, self.today, self.stale_days
        )
        return AccountMetrics(
            id=row.id,
            name=row.name,
            owner=row.owner,
            tier=row.tier,
            icp_score=row.icp_score,
            revenue=money.revenue,
            recurring_at_start=money.at_start.recurring,
            recurring_at_end=money.at_end.recurring,
            clv=customer_lifetime_value(money.average_monthly_revenue, self.margin, self.churn),
            facts=health_facts,
            health=self.blend.of(health_facts),
            alerts=tuple(alerts or ()),
        )


def _overdue_reviews(
    portfolio: Portfolio, rows: list[AccountRow], today: dt.date
) -> dict[int, int]:
    """Per account, how many routines are overdue, as the reviews-due panel counts them."""
    counts: dict[int, int] = {}
    for due in ReviewService(portfolio).reviews_due(today, account_rows=rows):
        if due.is_overdue:
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


# -- the command line's JSON (DESIGN §7) ------------------------------------------------------


RATIO_DECIMALS = 4


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, RATIO_DECIMALS)


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.01")))


def metrics_json(report: MetricsReport, currency: str) -> dict:
    """The metrics as ``kamdesk metrics --json`` prints them: ratios as fractions, NPS −100…100,
    money in the portfolio currency, null where there is no data."""
    metrics = report.portfolio
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
        "accounts": [_account_json(a) for a in report.accounts],
        "objectives": [
            {
                "title": o.title,
                "account": o.account_name,
                "period": o.period,
                "progress": _ratio(o.progress),
            }
            for o in report.objectives
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
