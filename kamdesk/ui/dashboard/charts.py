"""The dashboard's charts (QtCharts): revenue by month stacked recurring / one-off, the GRR and
NRR trend, the accounts' health by 10-point bins coloured by band, accounts by tier and by
lifecycle stage, and the forecast against target of the periods around the one shown.

Each chart only draws what the dashboard hands it; the figures are the services'. Numbers on
the axes follow the locale (the chart localises them); money axes are scaled to thousands or
millions and say so in their title. Hovering a bar or a point shows its exact values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.forecast import PeriodForecast
from kamdesk.analytics.health import AMBER_FROM, GREEN_FROM, HealthBand
from kamdesk.analytics.periods import Period
from kamdesk.analytics.retention import MonthRevenue, Retention
from kamdesk.model.enums import CURRENCY_SYMBOLS, ForecastCategory
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.dashboard.kpi_cards import ACCENT
from kamdesk.ui.i18n import format_money, format_percent, translate
from kamdesk.ui.pipeline.forecast_models import ForecastRow, period_label, row_label

RECURRING_COLOR = QColor("#1565c0")
ONE_OFF_COLOR = QColor("#90caf9")
GRR_COLOR = QColor("#1565c0")
NRR_COLOR = QColor("#2e7d32")
BAND_COLORS = {
    HealthBand.RED: QColor("#e53935"),
    HealthBand.AMBER: QColor("#f9a825"),
    HealthBand.GREEN: QColor("#43a047"),
}
FORECAST_STACK = (  # bottom to top: the surest money first, as the Pipeline tab draws it
    (ForecastCategory.CLOSED, ForecastRow.CLOSED_WON, QColor("#2e7d32")),
    (ForecastCategory.COMMIT, ForecastRow.COMMIT, QColor("#1565c0")),
    (ForecastCategory.BEST_CASE, ForecastRow.BEST_CASE, QColor("#64a6e8")),
    (ForecastCategory.PIPELINE, ForecastRow.PIPELINE, QColor("#c5d3e0")),
)
TARGET_COLOR = QColor("#d84315")
BINS = 10
CHART_HEIGHT = 250


def month_label(month: dt.date) -> str:
    """“jan” in pt-BR, “Jan” in English: short enough for twelve bars (the chart's title
    and the tooltips give the year)."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM").rstrip(".")


def month_name(month: dt.date) -> str:
    """“setembro de 2026” / “September 2026”."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def month_span(first: dt.date, last: dt.date) -> str:
    """“out. 2025 – set. 2026”."""
    locale = QLocale()
    return " – ".join(locale.toString(QDate(m.year, m.month, 1), "MMM yyyy") for m in (first, last))


def money_scale(highest: float, currency: str) -> tuple[float, str]:
    """The divisor that keeps an axis's numbers short, and the axis title saying the unit."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if highest >= 1_000_000:
        return 1_000_000.0, translate("DashboardCharts", "%1 million").replace("%1", symbol)
    if highest >= 1_000:
        return 1_000.0, translate("DashboardCharts", "%1 thousand").replace("%1", symbol)
    return 1.0, symbol


def bin_start(index: int) -> str:
    return str(index * 100 // BINS)


def bin_label(index: int) -> str:
    low = index * 100 // BINS
    high = 100 if index == BINS - 1 else low + 100 // BINS - 1
    return f"{low}–{high}"


def bin_of(score: float) -> int:
    return min(BINS - 1, int(score // (100 / BINS)))


def bin_band(index: int) -> HealthBand:
    low = index * 100 / BINS
    if low >= GREEN_FROM:
        return HealthBand.GREEN
    return HealthBand.AMBER if low >= AMBER_FROM else HealthBand.RED


def band_label(band: HealthBand) -> str:
    return {
        HealthBand.GREEN: translate("DashboardCharts", "Green (70+)"),
        HealthBand.AMBER: translate("DashboardCharts", "Amber (40–69)"),
        HealthBand.RED: translate("DashboardCharts", "Red (below 40)"),
    }[band]


def _show_tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


class DashboardChart(QFrame):
    """A titled chart card; ``set_highlighted`` frames it when a KPI card points at it, and a
    note replaces the chart while it has nothing to show."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(CHART_HEIGHT)
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.setLocalizeNumbers(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(self.font())
        small.setPointSizeF(8)
        self.chart.legend().setFont(small)
        self.small_font = small
        self.month_font = QFont(small)  # twelve month names side by side
        self.month_font.setPointSizeF(7)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.note = QLabel()
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.highlighted = False
        self._restyle()

    def set_highlighted(self, highlighted: bool) -> None:
        self.highlighted = highlighted
        self._restyle()

    def _restyle(self) -> None:
        border = f"2px solid {ACCENT.name()}" if self.highlighted else "1px solid palette(mid)"
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: palette(base); border: {border};"
            " border-radius: 8px; }"
        )

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)

    def _reset(self) -> None:
        """An empty chart in the current locale, ready for new series."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setLocale(QLocale())
        self.stack.setCurrentWidget(self.view)

    def _category_axis(self, labels: Sequence[str], font: QFont | None = None) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(labels))
        axis.setLabelsFont(font or self.small_font)
        axis.setGridLineVisible(False)
        return axis

    def _value_axis(self, top: float, title: str = "", label_format: str = "%.0f") -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, top if top > 0 else 1)
        axis.setLabelFormat(label_format)
        axis.setLabelsFont(self.small_font)
        axis.applyNiceNumbers()
        if title:
            axis.setTitleText(title)
            axis.setTitleFont(self.small_font)
        return axis

    def _attach(self, series, horizontal_axis, vertical_axis) -> None:
        self.chart.addSeries(series)
        if horizontal_axis not in self.chart.axes():
            self.chart.addAxis(horizontal_axis, Qt.AlignmentFlag.AlignBottom)
        if vertical_axis not in self.chart.axes():
            self.chart.addAxis(vertical_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(horizontal_axis)
        series.attachAxis(vertical_axis)


# -- revenue by month ---------------------------------------------------------------------------


class RevenueChart(DashboardChart):
    """The last twelve months to the period's end, recurring and one-off stacked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("revenueChart", self.tr("Revenue by month"), parent)
        self.months: list[dt.date] = []
        self.monthly: dict[dt.date, MonthRevenue] = {}
        self.currency = "BRL"
        self.scale = 1.0
        self.recurring_set: QBarSet | None = None
        self.one_off_set: QBarSet | None = None

    def set_months(
        self, months: Sequence[dt.date], monthly: Mapping[dt.date, MonthRevenue], currency: str
    ) -> None:
        self._reset()
        self.months, self.currency = list(months), currency
        self.monthly = {m: monthly.get(m, MonthRevenue()) for m in self.months}
        self.title.setText(
            self.tr("Revenue by month (%1)").replace("%1", month_span(months[0], months[-1]))
        )
        if not any(figures.revenue for figures in self.monthly.values()):
            self.recurring_set = self.one_off_set = None
            self.show_note(self.tr("No revenue recorded in these twelve months."))
            return
        highest = max(float(f.revenue) for f in self.monthly.values())
        self.scale, unit = money_scale(highest, currency)
        self.recurring_set = QBarSet(self.tr("Recurring"))
        self.one_off_set = QBarSet(self.tr("One-off"))
        for month in self.months:
            figures = self.monthly[month]
            self.recurring_set.append(float(figures.recurring) / self.scale)
            self.one_off_set.append(float(figures.revenue - figures.recurring) / self.scale)
        self.recurring_set.setColor(RECURRING_COLOR)
        self.one_off_set.setColor(ONE_OFF_COLOR)
        series = QStackedBarSeries()
        series.append(self.recurring_set)
        series.append(self.one_off_set)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        axis_x = self._category_axis([month_label(m) for m in self.months], self.month_font)
        axis_y = self._value_axis(highest / self.scale, unit)
        self._attach(series, axis_x, axis_y)

    def tooltip_text(self, index: int) -> str:
        month = self.months[index]
        figures = self.monthly[month]
        money = self.currency
        return (
            f"<b>{month_name(month)}</b><br>"
            + self.tr("Recurring: %1").replace("%1", format_money(figures.recurring, money, 0))
            + "<br>"
            + self.tr("One-off: %1").replace(
                "%1", format_money(figures.revenue - figures.recurring, money, 0)
            )
            + "<br>"
            + self.tr("Total: %1").replace("%1", format_money(figures.revenue, money, 0))
        )

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.months):
            _show_tip(self.tooltip_text(index))


# -- retention trend ----------------------------------------------------------------------------


class RetentionChart(DashboardChart):
    """GRR and NRR of each month, each over the twelve months before it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("retentionChart", self.tr("12-month GRR and NRR, month by month"), parent)
        self.trend: list[Retention] = []
        self.grr_series: QLineSeries | None = None
        self.nrr_series: QLineSeries | None = None

    def set_trend(self, trend: Sequence[Retention]) -> None:
        self._reset()
        self.trend = list(trend)
        if all(kept.grr is None for kept in self.trend):
            self.grr_series = self.nrr_series = None
            self.show_note(
                self.tr(
                    "No account had recurring revenue twelve months before these months: "
                    "retention needs a year of history."
                )
            )
            return
        self.grr_series = self._line(self.tr("GRR"), GRR_COLOR, "grr")
        self.nrr_series = self._line(self.tr("NRR"), NRR_COLOR, "nrr")
        values = [v for k in self.trend for v in (k.grr, k.nrr) if v is not None]
        axis_x = self._category_axis(
            [month_label(k.end_month) for k in self.trend], self.month_font
        )
        axis_y = QValueAxis()
        axis_y.setRange(max(0.0, min(values) * 100 - 5), max(values) * 100 + 5)
        axis_y.setLabelFormat("%.0f%")  # localised labels keep text after the number as is
        axis_y.setLabelsFont(self.small_font)
        axis_y.applyNiceNumbers()
        for series in (self.grr_series, self.nrr_series):
            self._attach(series, axis_x, axis_y)

    def _line(self, name: str, color: QColor, figure: str) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(color, 2.5))
        series.setPointsVisible(True)
        for index, kept in enumerate(self.trend):
            value = getattr(kept, figure)
            if value is not None:
                series.append(index, value * 100)
        series.hovered.connect(self._hovered)
        return series

    def tooltip_text(self, index: int) -> str:
        kept = self.trend[index]
        return (
            f"<b>{month_name(kept.start_month)} → {month_name(kept.end_month)}</b><br>"
            + self.tr("GRR: %1").replace("%1", format_percent(kept.grr, 1) or "—")
            + "<br>"
            + self.tr("NRR: %1").replace("%1", format_percent(kept.nrr, 1) or "—")
            + "<br>"
            + self.tr("Accounts kept: %1 of %2")
            .replace("%1", str(kept.accounts_kept))
            .replace("%2", str(kept.accounts_at_start))
        )

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if state and 0 <= index < len(self.trend):
            _show_tip(self.tooltip_text(index))


# -- health distribution ------------------------------------------------------------------------


class HealthChart(DashboardChart):
    """How many accounts have a health score in each 10-point bin, bars coloured by band."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("healthChart", self.tr("Account health"), parent)
        self.counts = [0] * BINS
        self.without_score = 0
        self.band_sets: dict[HealthBand, QBarSet] = {}

    def set_scores(self, scores: Sequence[float | None]) -> None:
        self._reset()
        self.counts = [0] * BINS
        self.without_score = 0
        for score in scores:
            if score is None:
                self.without_score += 1
            else:
                self.counts[bin_of(score)] += 1
        self.band_sets = {}
        if not any(self.counts):
            self.show_note(
                self.tr("No account has a health score yet: record revenue, surveys or risks.")
            )
            return
        series = QStackedBarSeries()
        for band in (HealthBand.RED, HealthBand.AMBER, HealthBand.GREEN):
            bar_set = QBarSet(band_label(band))
            bar_set.setColor(BAND_COLORS[band])
            for index, count in enumerate(self.counts):
                bar_set.append(count if bin_band(index) is band else 0)
            series.append(bar_set)
            self.band_sets[band] = bar_set
        series.setBarWidth(0.85)
        series.hovered.connect(self._hovered)
        axis_x = self._category_axis([bin_start(i) for i in range(BINS)])
        axis_y = self._value_axis(max(self.counts), label_format="%.0f")
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(max(1, round(max(self.counts) / 4)))
        self._attach(series, axis_x, axis_y)
        if self.without_score:
            self.title.setText(
                self.tr("Account health (%n account(s) without a score)", "", self.without_score)
            )
        else:
            self.title.setText(self.tr("Account health"))

    def band_counts(self) -> dict[HealthBand, int]:
        counts = dict.fromkeys(HealthBand, 0)
        for index, count in enumerate(self.counts):
            counts[bin_band(index)] += count
        return counts

    def tooltip_text(self, index: int) -> str:
        return self.tr("%n account(s) with health %1", "", self.counts[index]).replace(
            "%1", bin_label(index)
        )

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < BINS:
            _show_tip(self.tooltip_text(index))


# -- accounts by tier / lifecycle stage ---------------------------------------------------------


class CountChart(DashboardChart):
    """How many accounts fall in each group (tier, lifecycle stage): one horizontal bar each,
    in the group's colour when it has one."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(name, title, parent)
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.chart.legend().hide()

    def set_counts(
        self,
        labels: Sequence[str],
        counts: Sequence[int],
        colors: Sequence[QColor] | None = None,
    ) -> None:
        self._reset()
        self.labels, self.counts = list(labels), list(counts)
        if not any(self.counts):
            self.show_note(self.tr("No account yet."))
            return
        colors = list(colors or [ACCENT] * len(self.labels))
        series = QHorizontalStackedBarSeries()
        for index, (label, color) in enumerate(zip(self.labels, colors, strict=True)):
            bar_set = QBarSet(label)  # one set a group, so each bar keeps its colour
            bar_set.setColor(color)
            bar_set.append([self.counts[i] if i == index else 0 for i in range(len(labels))])
            series.append(bar_set)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        axis_y = self._category_axis(self.labels)
        axis_x = self._value_axis(max(self.counts), label_format="%.0f")
        axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_x.setTickAnchor(0)
        axis_x.setTickInterval(max(1, round(max(self.counts) / 4)))
        self.chart.addSeries(series)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def tooltip_text(self, index: int) -> str:
        return self.tr("%1: %n account(s)", "", self.counts[index]).replace(
            "%1", self.labels[index]
        )

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.counts):
            _show_tip(self.tooltip_text(index))


# -- forecast against target --------------------------------------------------------------------


class ForecastTargetChart(DashboardChart):
    """Per period around the one shown: won, commit, best case and pipeline stacked, the target
    as a line across them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("forecastTargetChart", self.tr("Forecast against target"), parent)
        self.forecasts: list[PeriodForecast] = []
        self.currency = "BRL"
        self.scale = 1.0
        self.target_series: QLineSeries | None = None

    def set_forecasts(
        self, forecasts: Sequence[PeriodForecast], currency: str, current: Period | None
    ) -> None:
        self._reset()
        self.forecasts, self.currency = list(forecasts), currency
        totals = [float(f.won + f.open_pipeline) for f in self.forecasts]
        targets = [float(f.target) for f in self.forecasts if f.target is not None]
        highest = max(totals + targets, default=0.0)
        if highest <= 0:
            self.target_series = None
            self.show_note(
                self.tr(
                    "No opportunity closes in these periods and no target is set: "
                    "see the Pipeline tab's forecast."
                )
            )
            return
        self.scale, unit = money_scale(highest, currency)
        series = QStackedBarSeries()
        for category, row, color in FORECAST_STACK:
            bar_set = QBarSet(row_label(row))
            bar_set.setColor(color)
            bar_set.append([float(f.amounts[category]) / self.scale for f in self.forecasts])
            series.append(bar_set)
        series.setBarWidth(0.55)
        series.hovered.connect(self._hovered)
        if current is not None:
            self.title.setText(
                self.tr("Forecast against target, around %1").replace("%1", period_label(current))
            )
        axis_x = self._category_axis([period_label(f.period) for f in self.forecasts])
        axis_y = self._value_axis(highest / self.scale, unit)
        self._attach(series, axis_x, axis_y)
        self.target_series = QLineSeries()
        self.target_series.setName(row_label(ForecastRow.TARGET))
        self.target_series.setPen(QPen(TARGET_COLOR, 2.5))
        self.target_series.setPointsVisible(True)
        for index, forecast in enumerate(self.forecasts):
            if forecast.target is not None:
                self.target_series.append(index, float(forecast.target) / self.scale)
        if self.target_series.count():
            self._attach(self.target_series, axis_x, axis_y)

    def tooltip_text(self, index: int) -> str:
        forecast = self.forecasts[index]
        money = self.currency
        lines = [f"<b>{period_label(forecast.period)}</b>"]
        for category, row, _color in reversed(FORECAST_STACK):
            amount = format_money(forecast.amounts[category], money, 0)
            lines.append(f"{row_label(row)}: {amount}")
        target = format_money(forecast.target, money, 0) if forecast.target is not None else "—"
        lines.append(f"{row_label(ForecastRow.TARGET)}: {target}")
        if forecast.attainment is not None:
            lines.append(
                f"{row_label(ForecastRow.ATTAINMENT)}: {format_percent(forecast.attainment)}"
            )
        return "<br>".join(lines)

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.forecasts):
            _show_tip(self.tooltip_text(index))
