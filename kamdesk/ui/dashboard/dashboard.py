"""The portfolio dashboard (issue 7, part 4): KPI cards for a period with the change against the
previous period, six charts and three attention lists, on one scrolling page.

What each figure covers:

- Revenue, NPS, CSAT, CAC, win rate and forecast accuracy: the period itself (a month, fiscal
  quarter or fiscal year; see :mod:`.period` for which one is shown first).
- Recurring revenue: the MRR of the period's last month.
- GRR, NRR, logo churn and CLV: the twelve months to the period's last month, as retention is
  usually reported (a quarter's GRR would hide a year's churn); the trend chart shows the same
  figure for each of the last twelve months, so its last point is the card's value.
- Weighted pipeline: the open opportunities as they are today, whatever their close date (the
  pipeline keeps no past state to compare with; the forecast chart shows it period by period).
- Health: every account's as of today (the one the account view shows). "Falling health"
  compares it with each account's health as of the period's first day (risks and people have
  no history, so the drop comes from revenue, surveys, reviews and objectives).

Reading the health of every account takes seconds at 10,000 accounts, so the whole page reads
off the GUI thread (:class:`~kamdesk.ui.pipeline.latest_read.LatestRead`: only the latest
request runs, a progress dialog shows only when a read is slow) while the old figures stay on
screen with an "Updating…" note. The page reads only while shown, and again after any change
of the accounts, pipeline, plan or settings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.forecast import PeriodForecast
from kamdesk.analytics.months import add_months
from kamdesk.analytics.periods import Period
from kamdesk.analytics.retention import NOTHING, Retention
from kamdesk.analytics.value import clv_to_cac
from kamdesk.model.enums import LifecycleStage, Tier
from kamdesk.services.accounts import AccountService
from kamdesk.services.health.metrics import (
    PERIOD_MONTHS,
    AccountMetrics,
    HealthChange,
    MetricsService,
    PortfolioMetrics,
)
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.plan import RiskService
from kamdesk.services.plan.reviews import ReviewDueRow, ReviewService
from kamdesk.store import Portfolio
from kamdesk.ui.colors import MUTED_TEXT, TIER_COLORS
from kamdesk.ui.dashboard.charts import (
    CountChart,
    DashboardChart,
    ForecastTargetChart,
    HealthChart,
    RetentionChart,
    RevenueChart,
)
from kamdesk.ui.dashboard.kpi_cards import Kpi, KpiFigure, KpiGrid
from kamdesk.ui.dashboard.lists import (
    LIST_LENGTH,
    AttentionList,
    DueColumn,
    FallingHealthModel,
    HealthColumn,
    ReviewsDueModel,
    RiskColumn,
    RiskLine,
    TopRisksModel,
    risk_lines,
)
from kamdesk.ui.dashboard.period import PeriodSelector
from kamdesk.ui.errors import explain_write_error
from kamdesk.ui.fields import vertical_scroll
from kamdesk.ui.i18n import enum_label, format_date, format_percent, translate
from kamdesk.ui.pipeline.forecast_models import period_label
from kamdesk.ui.pipeline.latest_read import LatestRead
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

PERIODS_AROUND = 2  # forecast chart: this many periods before and after the one shown


def last_month_of(period: Period) -> dt.date:
    return add_months(period.end, -1)


@dataclass(frozen=True)
class DashboardContent:
    """Everything the page shows for one period, read at once (no widgets)."""

    period: Period
    today: dt.date
    current: PortfolioMetrics  # the period
    previous: PortfolioMetrics  # the period before
    year: PortfolioMetrics  # the twelve months to the period's last month
    year_before: PortfolioMetrics  # the twelve months to the previous period's last month
    trend: tuple[Retention, ...]
    forecasts: tuple[PeriodForecast, ...]  # the periods around, the period in the middle
    accounts: tuple[AccountMetrics, ...]  # health as of today
    falling: tuple[HealthChange, ...]
    reviews_due: tuple[ReviewDueRow, ...]
    top_risks: tuple[RiskLine, ...]
    tiers: dict[Tier, int]
    stages: dict[LifecycleStage, int]

    @property
    def has_accounts(self) -> bool:
        return bool(self.accounts)

    @property
    def has_revenue(self) -> bool:
        return any(f.revenue for f in self.year.monthly.values()) or bool(self.current.revenue)


def read_dashboard(portfolio: Portfolio, period: Period, today: dt.date) -> DashboardContent:
    """Reads the page's figures for ``period`` (runs off the GUI thread: services only)."""
    metrics = MetricsService(portfolio)
    last, previous = last_month_of(period), period.previous()
    previous_last = last_month_of(previous)
    rows = AccountService(portfolio).list_rows(as_of=today)
    active = [row for row in rows if not row.archived]
    accounts = metrics.account_metrics(today, rows=rows)
    falling = metrics.falling_health(today, period.start, now=accounts, rows=rows)
    next_month = add_months(today.replace(day=1), 1)
    due = ReviewService(portfolio).reviews_due(today, account_rows=rows)
    names = {row.id: row.name for row in rows}
    return DashboardContent(
        period=period,
        today=today,
        current=metrics.portfolio_metrics(today, period.start, last),
        previous=metrics.portfolio_metrics(today, previous.start, previous_last),
        year=metrics.portfolio_metrics(today, add_months(last, -PERIOD_MONTHS), last),
        year_before=metrics.portfolio_metrics(
            today, add_months(previous_last, -PERIOD_MONTHS), previous_last
        ),
        trend=metrics.retention_trend(last),
        forecasts=tuple(
            ForecastService(portfolio).forecast(
                period.shifted(-PERIODS_AROUND), period.shifted(PERIODS_AROUND)
            )
        ),
        accounts=accounts,
        falling=tuple(falling),
        reviews_due=tuple(r for r in due if r.due_date < next_month),  # as the Reviews page
        top_risks=tuple(risk_lines(RiskService(portfolio).top_risks(LIST_LENGTH), names)),
        tiers=Counter(row.tier for row in active),
        stages=Counter(row.lifecycle_stage for row in active),
    )


def kpi_figures(content: DashboardContent) -> list[KpiFigure]:
    """Each card's value and the previous period's (see the module doc for what each covers)."""
    now, before = content.current, content.previous
    year, year_before = content.year, content.year_before
    period = content.period
    last, previous_last = last_month_of(period), last_month_of(period.previous())
    recurring_share = float(now.recurring / now.revenue) if now.revenue else None
    return [
        KpiFigure(
            Kpi.REVENUE,
            now.revenue,
            before.revenue,
            note=_recurring_note(recurring_share),
        ),
        KpiFigure(
            Kpi.RECURRING,
            now.monthly.get(last, NOTHING).recurring,
            before.monthly.get(previous_last, NOTHING).recurring,
        ),
        KpiFigure(Kpi.GRR, year.retention.grr, year_before.retention.grr),
        KpiFigure(Kpi.NRR, year.retention.nrr, year_before.retention.nrr),
        KpiFigure(Kpi.LOGO_CHURN, year.retention.logo_churn, year_before.retention.logo_churn),
        KpiFigure(Kpi.NPS, now.nps, before.nps),
        KpiFigure(Kpi.CSAT, now.csat, before.csat),
        KpiFigure(
            Kpi.CLV,
            year.clv.value,
            year_before.clv.value,
            note=_unbounded_note() if year.clv.unbounded else "",
            unbounded=year.clv.unbounded,
            previous_unbounded=year_before.clv.unbounded,
        ),
        KpiFigure(Kpi.CAC, now.cac, before.cac),
        KpiFigure(
            Kpi.CLV_TO_CAC, clv_to_cac(year.clv, now.cac), clv_to_cac(year_before.clv, before.cac)
        ),
        KpiFigure(
            Kpi.WEIGHTED_PIPELINE,
            now.weighted_pipeline,
            note=_open_today_note(),
            comparable=False,
        ),
        KpiFigure(Kpi.WIN_RATE, now.win_rate, before.win_rate),
        KpiFigure(Kpi.FORECAST_ACCURACY, now.forecast_accuracy, before.forecast_accuracy),
    ]


def _recurring_note(share: float | None) -> str:
    if share is None:
        return ""
    return translate("Dashboard", "%1 recurring").replace("%1", format_percent(share))


def _open_today_note() -> str:
    return translate("Dashboard", "everything open today")


def _unbounded_note() -> str:
    return translate("Dashboard", "nobody churned in 12 months")


class Dashboard(ReadsWhenShown, QWidget):
    """See the module docstring. ``account_requested(id)`` after selecting the account in the
    workspace; ``page_requested(name)`` with "reviews" or "risks" for the Portfolio tab's pages
    that list everything; ``loaded`` once fresh figures are shown."""

    account_requested = Signal(int)
    page_requested = Signal(str)
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.workspace = workspace
        self.today: Callable[[], dt.date] = dt.date.today  # replaced by tests
        self.content: DashboardContent | None = None
        self.reader = LatestRead(self, self.tr("Reading the dashboard…"))
        self._stale = True  # read on the first show
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.selector = PeriodSelector(lambda: self.today())
        self.selector.set_fiscal_year_start(self.workspace.settings.fiscal_year_start)
        title = QLabel(self.tr("Portfolio dashboard"))
        title.setObjectName("dashboardTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.status)
        heading.addStretch(1)
        heading.addWidget(self.selector)
        self.hint = QLabel()
        self.hint.setObjectName("dashboardHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffe082; border-radius: 6px; padding: 8px;"
        )
        self.hint.hide()
        self.cards = KpiGrid()
        self.revenue_chart = RevenueChart()
        self.retention_chart = RetentionChart()
        self.forecast_chart = ForecastTargetChart()
        self.health_chart = HealthChart()
        self.tier_chart = CountChart("tierChart", self.tr("Accounts by tier"))
        self.stage_chart = CountChart("stageChart", self.tr("Accounts by lifecycle stage"))
        charts = QGridLayout()
        charts.setSpacing(8)
        for index, chart in enumerate(self.charts()):
            charts.addWidget(chart, index // 3, index % 3)
        self.reviews_list = AttentionList(
            "reviewsDueList",
            self.tr("Reviews due"),
            ReviewsDueModel(),
            self.tr("No review is due this month."),
            DueColumn.ACCOUNT,
        )
        self.risks_list = AttentionList(
            "topRisksList",
            self.tr("Top risks"),
            TopRisksModel(),
            self.tr("No open risk. Record risks in each account's Risks page."),
            RiskColumn.RISK,
        )
        self.falling_list = AttentionList(
            "fallingHealthList",
            self.tr("Falling health"),
            FallingHealthModel(),
            self.tr("No account's health fell since the period began."),
            HealthColumn.ACCOUNT,
            has_full_view=False,
        )
        lists = QHBoxLayout()
        lists.setSpacing(8)
        for attention_list in self.lists():
            lists.addWidget(attention_list, 1)
        page = QWidget()
        page.setObjectName("dashboardPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.cards)
        layout.addLayout(charts)
        layout.addLayout(lists)
        layout.addStretch(1)
        self.scroll = vertical_scroll(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.explainers: dict[Kpi, QWidget] = {
            Kpi.REVENUE: self.revenue_chart,
            Kpi.RECURRING: self.revenue_chart,
            Kpi.GRR: self.retention_chart,
            Kpi.NRR: self.retention_chart,
            Kpi.LOGO_CHURN: self.retention_chart,
            Kpi.CLV: self.retention_chart,  # churn makes the lifetime
            Kpi.CLV_TO_CAC: self.retention_chart,
            Kpi.NPS: self.health_chart,  # surveys are part of health
            Kpi.CSAT: self.health_chart,
            Kpi.CAC: self.stage_chart,  # the accounts being acquired
            Kpi.WEIGHTED_PIPELINE: self.forecast_chart,
            Kpi.WIN_RATE: self.forecast_chart,
            Kpi.FORECAST_ACCURACY: self.forecast_chart,
        }

    def charts(self) -> list[DashboardChart]:
        return [
            self.revenue_chart,
            self.retention_chart,
            self.forecast_chart,
            self.health_chart,
            self.tier_chart,
            self.stage_chart,
        ]

    def lists(self) -> list[AttentionList]:
        return [self.reviews_list, self.risks_list, self.falling_list]

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.workspace.settings_changed.connect(self._settings_changed)
        self.selector.period_changed.connect(self._portfolio_changed)
        self.cards.card_clicked.connect(self.explain)
        self.reader.done.connect(self.show_content)
        self.reader.failed.connect(self._read_failed)
        for attention_list in self.lists():
            attention_list.account_requested.connect(self.request_account)
        self.reviews_list.see_all.connect(lambda: self.page_requested.emit("reviews"))
        self.risks_list.see_all.connect(lambda: self.page_requested.emit("risks"))

    # -- reading -----------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return self.selector.period

    def set_period(self, period: Period) -> None:
        self.selector.set_period(period)

    def set_today(self, today: Callable[[], dt.date]) -> None:
        """Another day to work from (tests): back to its latest complete period."""
        self.today = today
        self.selector.go_to_latest()
        self._portfolio_changed()

    def reload(self) -> None:
        """Reads the page for the period shown, off the GUI thread (see the module doc)."""
        self._stale = False
        portfolio, period, today = self.workspace.portfolio, self.period, self.today()
        self.status.setText(self.tr("Updating…"))
        self.reader.request(lambda: read_dashboard(portfolio, period, today))

    def _settings_changed(self) -> None:
        # A new fiscal year start moves the period (which reads again); any other setting
        # (currency, margin, weights) is read by ReadsWhenShown's own connection.
        self.selector.set_fiscal_year_start(self.workspace.settings.fiscal_year_start)

    def _read_failed(self, error: BaseException) -> None:
        self.status.setText("")
        self.workspace.failed.emit(explain_write_error(error, self.workspace.portfolio.path))

    def show_content(self, content: DashboardContent) -> None:
        self.content = content
        self.status.setText("")
        currency = self.workspace.settings.currency
        empty = not content.has_accounts or not content.has_revenue
        self._show_hint(content)
        previous_name = period_label(content.period.previous())
        self.cards.set_figures(kpi_figures(content), currency, previous_name, empty=empty)
        last = last_month_of(content.period)
        months = [add_months(last, k - PERIOD_MONTHS + 1) for k in range(PERIOD_MONTHS)]
        self.revenue_chart.set_months(months, content.year.monthly, currency)
        self.retention_chart.set_trend(content.trend)
        self.forecast_chart.set_forecasts(content.forecasts, currency, content.period)
        self.health_chart.set_scores([a.health.score for a in content.accounts])
        self.tier_chart.set_counts(
            [enum_label(tier) for tier in Tier],
            [content.tiers.get(tier, 0) for tier in Tier],
            [TIER_COLORS[tier] for tier in Tier],
        )
        self.stage_chart.set_counts(
            [enum_label(stage) for stage in LifecycleStage],
            [content.stages.get(stage, 0) for stage in LifecycleStage],
        )
        self.reviews_list.set_rows(content.reviews_due)
        self.reviews_list.title.setText(self._count_title(self.tr("Reviews due"), content))
        self.risks_list.set_rows(content.top_risks)
        self.falling_list.set_rows(content.falling)
        self.falling_list.title.setText(
            self.tr("Falling health since %1").replace("%1", format_date(content.period.start))
        )
        self.loaded.emit()

    def _count_title(self, title: str, content: DashboardContent) -> str:
        overdue = sum(1 for r in content.reviews_due if r.is_overdue)
        if not overdue:
            return title
        return self.tr("%1 (%n overdue)", "", overdue).replace("%1", title)

    def _show_hint(self, content: DashboardContent) -> None:
        if not content.has_accounts:
            text = self.tr(
                "Your portfolio has no accounts yet. Create accounts in the Accounts tab, or "
                "import a workbook (File ▸ Import Excel), and the dashboard fills in."
            )
        elif not content.has_revenue:
            text = self.tr(
                "No revenue is recorded for these twelve months. Record each account's monthly "
                "revenue (of which recurring) in the account's Health page, or import a "
                "workbook (File ▸ Import Excel): revenue, retention and CLV come from it."
            )
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- acting ------------------------------------------------------------------------------

    def explain(self, kpi: Kpi) -> None:
        """Highlights the chart that explains ``kpi`` (and only it) and scrolls to it."""
        self.cards.select(kpi)
        target = self.explainers[kpi]
        for widget in (*self.charts(), *self.lists()):
            widget.set_highlighted(widget is target)
        self.scroll.ensureWidgetVisible(target, 0, 20)

    def highlighted(self) -> QWidget | None:
        return next((w for w in (*self.charts(), *self.lists()) if w.highlighted), None)

    def request_account(self, account_id: int) -> None:
        self.workspace.set_current_account(account_id)
        self.account_requested.emit(account_id)
