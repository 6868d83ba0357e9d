"""The Forecast view of the Pipeline tab: what closes per month or quarter by forecast category,
against the target, with the stage funnel and how accurate past forecasts were.

The range a KAM prepares a quarterly review with: the current quarter and the next three (or
the current month and the next five), steppable back and forth. Below it, the accuracy of the
last four quarters (or six months), each measured against the snapshot taken before it began.

Every figure comes from :class:`ForecastService` (one read per change); typing a target and
taking a snapshot are commands on the workspace's undo stack. The view follows the tab's
scope (:meth:`ForecastView.set_scope`): targets belong to the whole portfolio, so an account's
forecast has none. While hidden it only notes that the portfolio changed and reads again when
shown, as the tab does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.forecast import PeriodForecast
from kamdesk.analytics.forecast_accuracy import ForecastBasis
from kamdesk.analytics.periods import Period, PeriodKind, period_of
from kamdesk.analytics.sales import SalesMetrics
from kamdesk.excel.values import parse_money
from kamdesk.services.pipeline.forecast import AMOUNT_LIMIT, ForecastService
from kamdesk.services.pipeline.forecast_data import AccuracyReport, SnapshotInfo
from kamdesk.services.problems import NEGATIVE, NOT_A_NUMBER, OUT_OF_RANGE, Problem, ValidationError
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import hint_label, vertical_scroll
from kamdesk.ui.i18n import format_date, format_money, format_number, format_percent, problem_text
from kamdesk.ui.pipeline.forecast_chart import ForecastChart, StageFunnel
from kamdesk.ui.pipeline.forecast_commands import SetTargetCommand, TakeSnapshotCommand
from kamdesk.ui.pipeline.forecast_models import (
    AccuracyColumn,
    AccuracyTableModel,
    ForecastRow,
    ForecastTableModel,
    period_label,
)
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

SHOWN_PERIODS = {PeriodKind.QUARTER: 4, PeriodKind.MONTH: 6}  # the current one and the next
PAST_PERIODS = {PeriodKind.QUARTER: 4, PeriodKind.MONTH: 6}  # measured for accuracy
YEAR = dt.timedelta(days=365)  # the window of the sales metrics
HEADING_STYLE = "font-size: 11pt; font-weight: 600;"


def _language() -> str:
    return QLocale().name()


class ForecastView(ReadsWhenShown, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forecastView")
        self.workspace = workspace
        self.service = ForecastService(workspace.portfolio)
        self.account_id: int | None = None
        self.kind = PeriodKind.QUARTER
        self.offset = 0  # periods stepped away from the current one
        self.today: Callable[[], dt.date] = dt.date.today
        self.forecasts: list[PeriodForecast] = []
        self.own_targets: dict[str, Decimal] = {}
        self.snapshots: list[SnapshotInfo] = []
        self.funnel_column = 0  # the period whose stage funnel is shown
        # Read when first shown (and again when shown after a change while hidden): a tab
        # built at start-up costs nothing until the KAM opens the forecast.
        self._stale = True
        self.model = ForecastTableModel(self)
        self.model.target_editor = self.set_target_text
        self.accuracy_model = AccuracyTableModel(self)
        self._build_controls()
        self._build_table()
        self._build_metrics()
        self._build_charts()
        self._build_accuracy()
        self._layout()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("forecastTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.month_button = QPushButton(self.tr("Months"))
        self.month_button.setObjectName("forecastMonths")
        self.quarter_button = QPushButton(self.tr("Quarters"))
        self.quarter_button.setObjectName("forecastQuarters")
        self.granularity = QButtonGroup(self)
        for button, kind in (
            (self.month_button, PeriodKind.MONTH),
            (self.quarter_button, PeriodKind.QUARTER),
        ):
            button.setCheckable(True)
            button.setProperty("kind", kind.value)
            self.granularity.addButton(button)
        self.quarter_button.setChecked(True)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("forecastPrevious")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("One period earlier"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("forecastNext")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("One period later"))
        self.current_button = QPushButton()
        self.current_button.setObjectName("forecastCurrent")
        self.range_label = QLabel()
        self.range_label.setObjectName("forecastRange")
        self.range_label.setMinimumWidth(150)
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.range_label.setStyleSheet("font-weight: 600;")
        self.controls = QWidget()
        layout = QHBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.month_button)
        layout.addWidget(self.quarter_button)
        layout.addSpacing(16)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.range_label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.current_button)

    def _build_metrics(self) -> None:
        self.metrics_label = QLabel()
        self.metrics_label.setObjectName("salesMetrics")
        self.metrics_label.setWordWrap(True)
        self.metrics_label.setToolTip(
            self.tr(
                "Over the opportunities closed in the last 12 months. Win rate = won ÷ closed; "
                "average deal = mean value of the won; sales cycle = mean days from creation "
                "to close of the won; velocity = open deals × win rate × average deal ÷ cycle"
            )
        )

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("forecastTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(110)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setMinimumWidth(150)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scope_hint = hint_label()
        self.scope_hint.setObjectName("forecastScopeHint")

    def _build_charts(self) -> None:
        self.chart = ForecastChart()
        self.funnel = StageFunnel()
        self.chart_title = self._heading(self.tr("Forecast against target"))
        self.funnel_title = self._heading("")
        self.funnel_title.setObjectName("forecastFunnelTitle")
        self.funnel_hint = hint_label(self.tr("Click a period in the table to see its funnel."))

    def _build_accuracy(self) -> None:
        self.accuracy_title = self._heading("")
        self.accuracy_title.setObjectName("forecastAccuracyTitle")
        self.snapshot_label = QLabel()
        self.snapshot_label.setObjectName("forecastLatestSnapshot")
        self.snapshot_label.setStyleSheet("color: palette(placeholder-text);")
        self.snapshot_button = QPushButton(self.tr("Take forecast snapshot"))
        self.snapshot_button.setObjectName("forecastTakeSnapshot")
        self.snapshot_button.setToolTip(
            self.tr(
                "Keep today's forecast, to measure it against what is won later "
                "(KAMdesk also takes one automatically each month)"
            )
        )
        self.accuracy_table = QTableView()
        self.accuracy_table.setObjectName("forecastAccuracyTable")
        self.accuracy_table.setModel(self.accuracy_model)
        self.accuracy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accuracy_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.accuracy_table.setWordWrap(True)  # the remarks are sentences
        self.accuracy_table.verticalHeader().hide()
        rows = self.accuracy_table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # as roomy as the forecast's
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.accuracy_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accuracy_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.accuracy_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {AccuracyColumn.PERIOD: 190, AccuracyColumn.WON: 130, AccuracyColumn.SNAPSHOT: 120}
        for column in AccuracyColumn:
            self.accuracy_table.setColumnWidth(column, widths.get(column, 110))
        self.accuracy_hint = hint_label(
            self.tr(
                "Accuracy = 1 − |won − forecast| ÷ won, with the forecast kept in the last "
                "snapshot taken before the period began; 100% is a perfect call. Each call "
                "includes what is surer than it: best case = closed won + commit + best case."
            )
        )
        self.accuracy_empty = hint_label()
        self.accuracy_empty.setObjectName("forecastAccuracyEmpty")

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(HEADING_STYLE)
        return label

    @staticmethod
    def _panel(*widgets: QWidget, stretch_last: bool = False) -> QFrame:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        for index, widget in enumerate(widgets):
            last = index == len(widgets) - 1
            layout.addWidget(widget, 1 if stretch_last and last else 0)
        return panel

    def _layout(self) -> None:
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        chart_panel = self._panel(self.chart_title, self.chart, stretch_last=True)
        funnel_panel = self._panel(
            self.funnel_title, self.funnel_hint, self.funnel, stretch_last=True
        )
        charts_layout.addWidget(chart_panel, 3)
        charts_layout.addWidget(funnel_panel, 2)
        charts.setMinimumHeight(300)

        accuracy_head = QWidget()
        head_layout = QHBoxLayout(accuracy_head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        head_layout.addWidget(self.accuracy_title)
        head_layout.addStretch(1)
        head_layout.addWidget(self.snapshot_label)
        head_layout.addWidget(self.snapshot_button)
        accuracy_panel = self._panel(
            accuracy_head, self.accuracy_table, self.accuracy_empty, self.accuracy_hint
        )

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.controls)
        layout.addWidget(self.table)
        layout.addWidget(self.scope_hint)
        layout.addWidget(self.metrics_label)
        layout.addWidget(charts, 1)
        layout.addWidget(accuracy_panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(vertical_scroll(content))

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.granularity.buttonClicked.connect(
            lambda button: self.set_granularity(PeriodKind(button.property("kind")))
        )
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.current_button.clicked.connect(self.go_to_current)
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.table.selectionModel().currentChanged.connect(self._current_cell_changed)
        for table in (self.table, self.accuracy_table):  # wrapped remarks change row heights
            table.verticalHeader().sectionResized.connect(self._fit_tables)

    # -- what is shown -----------------------------------------------------------------------

    def set_scope(self, account_id: int | None) -> None:
        """The account whose forecast to show; None: the whole portfolio."""
        if account_id == self.account_id:
            return
        self.account_id = account_id
        self._portfolio_changed()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        """What “today” is (tests fix it); the range starts from today's period."""
        self.today = today
        self._portfolio_changed()

    def set_granularity(self, kind: PeriodKind) -> None:
        """Months or quarters, from the current one again."""
        kind = PeriodKind(kind)
        button = self.month_button if kind is PeriodKind.MONTH else self.quarter_button
        button.setChecked(True)
        if kind is not self.kind:
            self.kind, self.offset, self.funnel_column = kind, 0, 0
            self.reload()

    def step(self, count: int) -> None:
        """Moves the range ``count`` periods later (negative: earlier)."""
        self.offset += count
        self.funnel_column = 0
        self.reload()

    def go_to_current(self) -> None:
        if self.offset:
            self.offset, self.funnel_column = 0, 0
            self.reload()

    def current_period(self) -> Period:
        return period_of(self.today(), self.kind, self.workspace.settings.fiscal_year_start)

    def periods(self) -> list[Period]:
        """The periods shown: from the current one (stepped by the offset) on."""
        first = self.current_period().shifted(self.offset)
        return [first.shifted(k) for k in range(SHOWN_PERIODS[self.kind])]

    def past_periods(self) -> list[Period]:
        """The periods whose accuracy is shown: those right before the current one."""
        current = self.current_period()
        return [current.shifted(-k) for k in range(PAST_PERIODS[self.kind], 0, -1)]

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the forecast, targets, accuracy and snapshots for the range and scope."""
        self._stale = False
        periods, past = self.periods(), self.past_periods()
        problem = None
        try:
            forecasts = self.service.forecast(periods[0], periods[-1], self.account_id)
            own = self.service.targets() if self.account_id is None else {}
            report = self.service.accuracy(past[0], past[-1], self.today(), self.account_id)
            snapshots = self.service.snapshots()
            today = self.today()
            metrics = self.service.sales_metrics(today - YEAR, today, self.account_id)
        except ValidationError as error:  # the account was deleted before the tab followed
            problem = problem_text(error.problems[0])
            forecasts, own, snapshots = [], {}, []
            report = AccuracyReport((), dict.fromkeys(ForecastBasis))
            metrics = None
        self.forecasts, self.own_targets, self.snapshots = forecasts, own, snapshots
        currency = self.workspace.settings.currency
        current = self.current_period()
        self.model.set_content(forecasts, own, currency, self.account_id is None, current)
        self.accuracy_model.set_report(report, currency)
        self.chart.set_forecasts(forecasts, currency, current)
        self.funnel_column = min(self.funnel_column, max(0, len(forecasts) - 1))
        self._show_funnel()
        self._show_texts(problem)
        self._show_metrics(metrics, currency)
        self._fit_tables()

    def _show_metrics(self, metrics: SalesMetrics | None, currency: str) -> None:
        """Win rate, average deal, sales cycle and velocity of the last 12 months."""
        if metrics is None or not (metrics.won or metrics.lost):
            self.metrics_label.setText(self.tr("Last 12 months: no opportunity closed yet."))
            return
        cycle = metrics.average_sales_cycle
        velocity = metrics.pipeline_velocity
        self.metrics_label.setText(
            self.tr("Last 12 months: win rate %1 · average deal %2 · sales cycle %3 · velocity %4")
            .replace("%1", format_percent(metrics.win_rate) or "—")
            .replace("%2", format_money(metrics.average_deal_size, currency, 0) or "—")
            .replace("%3", self.tr("%n day(s)", "", round(cycle)) if cycle is not None else "—")
            .replace(
                "%4",
                self.tr("%1 a day").replace("%1", format_money(velocity, currency, 0))
                if velocity is not None
                else "—",
            )
        )

    def _show_funnel(self) -> None:
        currency = self.workspace.settings.currency
        if not self.forecasts:
            self.funnel.set_funnel(None, (), currency)
            self.funnel_title.setText(self.tr("Stage funnel"))
            return
        forecast = self.forecasts[self.funnel_column]
        self.funnel.set_funnel(forecast.period, forecast.funnel, currency)
        self.funnel_title.setText(
            self.tr("Stage funnel · %1").replace("%1", period_label(forecast.period))
        )

    def _show_texts(self, problem: str | None) -> None:
        quarters = self.kind is PeriodKind.QUARTER
        if self.account_id is None:
            self.title.setText(self.tr("Forecast · all accounts"))
        else:
            self.title.setText(self.tr("Forecast · %1").replace("%1", self._account_name()))
        periods = self.periods()
        self.range_label.setText(f"{period_label(periods[0])} – {period_label(periods[-1])}")
        self.current_button.setText(self.tr("This quarter") if quarters else self.tr("This month"))
        self.current_button.setEnabled(self.offset != 0)
        if problem:
            self.scope_hint.setText(problem)
        elif self.account_id is not None:
            self.scope_hint.setText(
                self.tr(
                    "Targets belong to the whole portfolio, so an account's forecast has no "
                    "target, coverage or attainment: show all accounts to see and type them."
                )
            )
        else:
            self.scope_hint.setText(
                self.tr(
                    "Double-click a target to type it (empty removes it). Amounts are "
                    "first-year values: one-time + 12 × monthly recurring."
                )
            )
        count = PAST_PERIODS[self.kind]
        self.accuracy_title.setText(self.accuracy_heading(count, quarters))
        self.snapshot_label.setText(self._latest_snapshot_text())
        empty = self.accuracy_model.rowCount() == 0
        self.accuracy_table.setVisible(not empty)
        self.accuracy_empty.setVisible(empty)
        self.accuracy_empty.setText(problem or "")

    def accuracy_heading(self, count: int, quarters: bool) -> str:
        if quarters:
            return self.tr("Forecast accuracy · last %n quarter(s)", "", count)
        return self.tr("Forecast accuracy · last %n month(s)", "", count)

    def _latest_snapshot_text(self) -> str:
        if not self.snapshots:
            return self.tr("No snapshot taken yet")
        latest = self.snapshots[0]
        if latest.automatic:
            template = self.tr("Latest snapshot: %1 (automatic)")
        else:
            template = self.tr("Latest snapshot: %1")
        return template.replace("%1", format_date(latest.taken_at))

    def _account_name(self) -> str:
        for row in self.workspace.account_rows():
            if row.id == self.account_id:
                return row.name
        return ""

    def _fit_tables(self, *_resized) -> None:
        """Both tables as tall as their rows: the page scrolls, not the tables."""
        self.accuracy_table.resizeRowsToContents()
        for table in (self.table, self.accuracy_table):
            header = table.horizontalHeader()
            height = header.sizeHint().height() + 2 * table.frameWidth()
            height += table.verticalHeader().length()
            if table.horizontalScrollBar().isVisible():
                height += table.horizontalScrollBar().sizeHint().height()
            table.setFixedHeight(height + 2)

    def _current_cell_changed(self, current, _previous) -> None:
        if current.isValid() and current.column() != self.funnel_column:
            self.funnel_column = current.column()
            self._show_funnel()

    # -- edits -------------------------------------------------------------------------------

    def set_target_text(self, period: Period, text: str) -> bool:
        """The target typed for ``period``: checked, then one undoable command (empty text
        removes the target). A refused amount says why and writes nothing. True when a
        command was pushed."""
        text = text.strip()
        amount, problem = None, None
        if text:
            amount, problem = self._read_amount(text)
        if problem is not None:
            show_message(
                self,
                self.tr("The target of %1 was not changed.").replace("%1", period_label(period)),
                problem_text(problem),
            )
            return False
        if amount == self.own_targets.get(period.name):
            return False  # nothing to change
        self.workspace.undo_stack.push(
            SetTargetCommand(self.workspace, self.service, period, period_label(period), amount)
        )
        return True

    @staticmethod
    def _read_amount(text: str) -> tuple[Decimal | None, Problem | None]:
        """The amount typed (“150.000”, “R$ 150.000,00”, “150000”), or why it is refused."""
        try:
            amount = parse_money(text, _language())
        except ValueError:
            return None, Problem("amount", NOT_A_NUMBER, {"value": text})
        if amount < 0:
            return None, Problem("amount", NEGATIVE, {"value": text})
        if amount > AMOUNT_LIMIT:
            limits = {"low": "0", "high": format_number(AMOUNT_LIMIT), "value": text}
            return None, Problem("amount", OUT_OF_RANGE, limits)
        return amount, None

    def take_snapshot(self) -> None:
        """Keeps today's forecast (undoable)."""
        self.workspace.undo_stack.push(
            TakeSnapshotCommand(self.workspace, self.service, self.today())
        )

    # -- for the tab and tests ---------------------------------------------------------------

    def shown_amount(self, row: ForecastRow, column: int) -> str:
        """The text of one cell of the forecast table."""
        return self.model.index(row, column).data() or ""
