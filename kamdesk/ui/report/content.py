"""What the account-plan and portfolio-summary PDFs say, read from the services as plain data.

Nothing here translates, formats or paints: the figures stay numbers, dates and enums, and
:mod:`~kamdesk.ui.report.account_plan` and :mod:`~kamdesk.ui.report.portfolio_summary` turn
them into words in the user's language. Reading is a series of short service calls; ``step``
runs between them so a cancelled export stops at the next one (it raises), having written
nothing.

The figures are those of the Portfolio tab: the period is the twelve months up to the last
complete month (:meth:`MetricsService.period`); health is as of ``today``, with the
portfolio's weights (the metrics service reads them); the won and lost opportunities and the
forecast are those of the fiscal year ``today`` is in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from kamdesk.analytics.health import HealthBand
from kamdesk.analytics.icp import IcpScore, icp_score
from kamdesk.analytics.months import add_months
from kamdesk.analytics.periods import Period, PeriodKind, period_of
from kamdesk.analytics.retention import NOTHING, MonthRevenue, Retention, retention_of
from kamdesk.analytics.risk import HeatMap
from kamdesk.model.enums import (
    ActionStatus,
    ForecastCategory,
    RiskStatus,
    StageOutcome,
    SurveyKind,
)
from kamdesk.services.accounts import AccountData, AccountService, TierExplanation, tier_assignment
from kamdesk.services.health import RevenueRow, RevenueService, SurveyService
from kamdesk.services.health.metrics import AccountMetrics, MetricsService, PortfolioMetrics
from kamdesk.services.pipeline import OpportunityService
from kamdesk.services.pipeline.data import OpportunityFilter, OpportunityRow
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.plan import OkrService, PositioningService, ReviewService, RiskService
from kamdesk.services.plan.data import ActionRow, RiskRow
from kamdesk.services.plan.okr_data import ALL_OBJECTIVES, ObjectiveRow
from kamdesk.services.plan.positioning import Positioning, PositioningReview
from kamdesk.services.plan.reviews import ReviewDueRow
from kamdesk.services.settings import SettingsService
from kamdesk.services.stakeholders import AccountMap, StakeholderService
from kamdesk.store import Portfolio

ZERO = Decimal(0)
TOP_RISKS = 10
REVIEWS_DUE_DAYS = 30  # the summary lists what is overdue or due within a month

Step = Callable[[], None]
ACCOUNT_PLAN_STEPS = 5  # how many times each reader calls ``step``
PORTFOLIO_SUMMARY_STEPS = 3


def _no_step() -> None:
    return None


@dataclass(frozen=True)
class StageLine:
    """The account's open opportunities in one pipeline stage."""

    stage_key: str | None  # set for built-in stages (their name is translated)
    stage_name: str
    count: int
    value: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class MonthBar:
    """One month of the revenue chart."""

    month: dt.date
    recurring: Decimal
    one_off: Decimal


@dataclass(frozen=True)
class ForecastBar:
    """One fiscal quarter of the forecast chart."""

    period: Period
    won: Decimal
    commit: Decimal
    best_case: Decimal
    pipeline: Decimal
    weighted: Decimal
    target: Decimal | None


@dataclass(frozen=True)
class AccountPlan:
    """Everything the account-plan PDF shows about one account."""

    today: dt.date
    currency: str
    account_id: int
    account: AccountData
    tier: TierExplanation
    icp: IcpScore
    builtin_criteria: frozenset[str]  # keys of the ICP criteria whose names are translated
    positioning: Positioning
    positioning_review: PositioningReview | None  # the latest one
    stakeholders: AccountMap
    risks: tuple[RiskRow, ...]  # highest score first
    heat_map: HeatMap
    actions: tuple[ActionRow, ...]  # open ones first, then by due date
    stages: tuple[StageLine, ...]  # open opportunities by stage, in board order
    open_opportunities: tuple[OpportunityRow, ...]
    fiscal_year: Period
    won: tuple[OpportunityRow, ...]  # closed in the fiscal year
    lost: tuple[OpportunityRow, ...]
    forecast: tuple[ForecastBar, ...]  # the fiscal year's quarters
    objectives: tuple[ObjectiveRow, ...]
    first_month: dt.date  # of the period the health figures cover
    last_month: dt.date
    metrics: AccountMetrics
    revenue: tuple[MonthBar, ...]  # every month of the period
    retention: Retention  # the account's own GRR/NRR from t0 to t1
    nps_responses: int  # in the period
    csat_responses: int

    @property
    def name(self) -> str:
        return self.account.name

    @property
    def open_risks(self) -> tuple[RiskRow, ...]:
        return tuple(r for r in self.risks if r.status is RiskStatus.OPEN)

    @property
    def weighted_pipeline(self) -> Decimal:
        return sum((line.weighted for line in self.stages), ZERO)

    @property
    def open_pipeline(self) -> Decimal:
        return sum((line.value for line in self.stages), ZERO)


@dataclass(frozen=True)
class PortfolioSummary:
    """Everything the portfolio-summary PDF shows."""

    today: dt.date
    currency: str
    name: str  # the portfolio file's name
    owner_name: str
    metrics: PortfolioMetrics
    accounts: tuple[AccountMetrics, ...]  # by name
    bands: Mapping[HealthBand | None, int]  # accounts per health band (None: no score)
    top_risks: tuple[RiskRow, ...]
    reviews_due: tuple[ReviewDueRow, ...]  # overdue or due within a month
    objectives: tuple[ObjectiveRow, ...]  # running today (all of them when none is)
    fiscal_year: Period
    forecast: tuple[ForecastBar, ...]

    @property
    def revenue(self) -> tuple[MonthBar, ...]:
        return tuple(
            MonthBar(month, figures.recurring, figures.revenue - figures.recurring)
            for month, figures in sorted(self.metrics.monthly.items())
        )


# -- the account plan -----------------------------------------------------------------------


def gather_account_plan(
    portfolio: Portfolio,
    account_id: int,
    today: dt.date,
    step: Step = _no_step,
) -> AccountPlan:
    """Reads the account's plan (ValidationError when there is no such account)."""
    settings = SettingsService(portfolio).load()
    accounts = AccountService(portfolio)
    account = accounts.get(account_id)
    tier = tier_assignment(portfolio, account_id, today)
    step()
    positioning = PositioningService(portfolio)
    history = positioning.history(account_id)
    current_positioning = positioning.current(account_id)
    stakeholders = StakeholderService(portfolio).account_map(account_id, today)
    step()
    risk_service = RiskService(portfolio)
    risks = risk_service.list_rows(account_id)
    heat_map = risk_service.heat_map(account_id)
    actions = risk_service.list_actions(account_id=account_id, include_done=True, today=today)
    step()
    opportunities = OpportunityService(portfolio).list_rows(
        OpportunityFilter(account_id=account_id)
    )
    fiscal_year = period_of(today, PeriodKind.YEAR, settings.fiscal_year_start)
    forecast = _forecast_bars(ForecastService(portfolio), fiscal_year, account_id)
    step()
    objectives = OkrService(portfolio).list_objectives(account_id, today=today)
    metrics_service = MetricsService(portfolio)
    first, last = metrics_service.period(today)
    # An archived account's plan still shows its figures (the metrics leave archived ones out).
    rows = [
        replace(r, archived=False) for r in accounts.list_rows(as_of=today) if r.id == account_id
    ]
    metrics = metrics_service.account_metrics(today, rows=rows)
    step()
    revenue = RevenueService(portfolio).list_rows(account_id)
    surveys = _survey_counts(SurveyService(portfolio), account_id, first, last)
    return AccountPlan(
        today=today,
        currency=settings.currency,
        account_id=account_id,
        account=account,
        tier=tier,
        icp=icp_score(settings.criteria(), account.icp_ratings),
        builtin_criteria=frozenset(c.criterion_key for c in settings.icp_criteria if c.key),
        positioning=current_positioning,
        positioning_review=history[0] if history else None,
        stakeholders=stakeholders,
        risks=tuple(risks),
        heat_map=heat_map,
        actions=tuple(sorted(actions, key=_action_order)),
        stages=_stage_lines(opportunities),
        open_opportunities=tuple(o for o in opportunities if o.is_open),
        fiscal_year=fiscal_year,
        won=_closed_in(opportunities, StageOutcome.WON, fiscal_year),
        lost=_closed_in(opportunities, StageOutcome.LOST, fiscal_year),
        forecast=forecast,
        objectives=tuple(objectives),
        first_month=first,
        last_month=last,
        metrics=metrics[0],
        revenue=_month_bars(revenue, first, last),
        retention=_account_retention(revenue, first, last),
        nps_responses=surveys[SurveyKind.NPS],
        csat_responses=surveys[SurveyKind.CSAT],
    )


def _action_order(action: ActionRow) -> tuple:
    return (action.status is not ActionStatus.OPEN, action.due is None, action.due or dt.date.max)


def _stage_lines(opportunities: list[OpportunityRow]) -> tuple[StageLine, ...]:
    lines: dict[int, list[OpportunityRow]] = {}
    for row in opportunities:
        if row.is_open:
            lines.setdefault(row.stage_id, []).append(row)
    ordered = sorted(lines.values(), key=lambda rows: rows[0].stage_position)
    return tuple(
        StageLine(
            rows[0].stage_key,
            rows[0].stage_name,
            len(rows),
            sum((r.value for r in rows), ZERO),
            sum((r.weighted_value for r in rows), ZERO),
        )
        for rows in ordered
    )


def _closed_in(
    opportunities: list[OpportunityRow], outcome: StageOutcome, period: Period
) -> tuple[OpportunityRow, ...]:
    return tuple(
        row
        for row in opportunities
        if row.outcome is outcome and row.closed_at is not None and period.contains(row.closed_at)
    )


def _forecast_bars(
    service: ForecastService, year: Period, account_id: int | None
) -> tuple[ForecastBar, ...]:
    quarters = year.sub_periods()
    forecasts = service.forecast(quarters[0], quarters[-1], account_id)
    return tuple(
        ForecastBar(
            f.period,
            f.amounts[ForecastCategory.CLOSED],
            f.amounts[ForecastCategory.COMMIT],
            f.amounts[ForecastCategory.BEST_CASE],
            f.amounts[ForecastCategory.PIPELINE],
            f.weighted,
            f.target,
        )
        for f in forecasts
    )


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def _month_bars(rows: list[RevenueRow], first: dt.date, last: dt.date) -> tuple[MonthBar, ...]:
    by_month = {row.month: row for row in rows}
    bars = []
    for month in _months(first, last):
        row = by_month.get(month)
        bars.append(
            MonthBar(month, row.recurring, row.one_off) if row else MonthBar(month, ZERO, ZERO)
        )
    return tuple(bars)


def _account_retention(rows: list[RevenueRow], first: dt.date, last: dt.date) -> Retention:
    """The account's own GRR and NRR (meaningful only when it had recurring revenue at t0)."""
    by_month = {row.month: MonthRevenue(row.revenue, row.recurring) for row in rows}
    pair = (by_month.get(first, NOTHING), by_month.get(last, NOTHING))
    return retention_of([pair], first, last)


def _survey_counts(
    service: SurveyService, account_id: int, first: dt.date, last: dt.date
) -> Counter:
    end = add_months(last, 1)
    return Counter(
        row.data.kind
        for row in service.list_rows(account_id)
        if row.data.date is not None and first <= row.data.date < end
    )


# -- the portfolio summary ------------------------------------------------------------------


def gather_portfolio_summary(
    portfolio: Portfolio,
    today: dt.date,
    step: Step = _no_step,
) -> PortfolioSummary:
    settings = SettingsService(portfolio).load()
    metrics_service = MetricsService(portfolio)
    figures = metrics_service.portfolio_metrics(today)
    step()
    rows = AccountService(portfolio).list_rows(as_of=today)
    accounts = metrics_service.account_metrics(today, rows=rows)
    step()
    open_risks = [r for r in RiskService(portfolio).list_rows() if r.status is RiskStatus.OPEN]
    due = ReviewService(portfolio).reviews_due(today, account_rows=rows)
    step()
    objectives = OkrService(portfolio).list_objectives(ALL_OBJECTIVES, today=today)
    running = [o for o in objectives if o.running_on(today)]
    fiscal_year = period_of(today, PeriodKind.YEAR, settings.fiscal_year_start)
    forecast = _forecast_bars(ForecastService(portfolio), fiscal_year, None)
    return PortfolioSummary(
        today=today,
        currency=settings.currency,
        name=portfolio.path.stem,
        owner_name=settings.owner_name,
        metrics=figures,
        accounts=tuple(sorted(accounts, key=lambda a: a.name.casefold())),
        bands=Counter(a.health.band for a in accounts),
        top_risks=tuple(open_risks[:TOP_RISKS]),
        reviews_due=tuple(d for d in due if d.days_until_due <= REVIEWS_DUE_DAYS),
        objectives=tuple(running or objectives),
        fiscal_year=fiscal_year,
        forecast=forecast,
    )
