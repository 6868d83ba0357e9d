"""The forecast painted with QPainter (no QtCharts): per period a stacked bar of closed won,
commit, best case and pipeline with the target as a line across it; and the stage funnel of
one period (a centred bar per open stage, as wide as its value).

Both only draw what the view hands them; the figures are the service's. Hovering a period
(or a stage) highlights it and its tooltip gives the values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.analytics.forecast import FunnelStep, PeriodForecast
from kamdesk.analytics.periods import Period
from kamdesk.model.enums import CURRENCY_SYMBOLS, ForecastCategory
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.colors import text_on
from kamdesk.ui.hover_chart import HoverChart
from kamdesk.ui.i18n import format_money, format_percent
from kamdesk.ui.pipeline.forecast_models import (
    ForecastRow,
    compact_money,
    period_dates,
    period_label,
    row_label,
)

C = ForecastCategory
# Bottom to top: the surest money first. Darker = surer; the colours differ in lightness too,
# so the stack still reads in grey.
STACK = (
    (C.CLOSED, ForecastRow.CLOSED_WON, QColor("#2e7d32")),
    (C.COMMIT, ForecastRow.COMMIT, QColor("#1565c0")),
    (C.BEST_CASE, ForecastRow.BEST_CASE, QColor("#64a6e8")),
    (C.PIPELINE, ForecastRow.PIPELINE, QColor("#c5d3e0")),
)
TARGET_COLOR = QColor("#d84315")
HOVER_FILL = QColor(21, 101, 192, 22)
FUNNEL_COLORS = (QColor("#0d47a1"), QColor("#90caf9"))  # first stage → last stage
MARGIN = 8.0
SMALL_POINTS = 8.5
MAX_BAR_WIDTH = 64.0
TICKS = 4


def _small_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(SMALL_POINTS)
    return font


def nice_step(top: float, ticks: int = TICKS) -> float:
    """A round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) so that ``ticks`` steps reach
    at least ``top``."""
    if top <= 0:
        return 1.0
    rough = top / ticks
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power


class ForecastChart(HoverChart):
    follow_tooltip = True  # values follow the mouse from bar to bar
    """Forecast against target, one stacked bar per period."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forecastChart")
        self.setAccessibleName(self.tr("Forecast against target"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.forecasts: tuple[PeriodForecast, ...] = ()
        self.currency = "BRL"
        self.current: Period | None = None

    def set_forecasts(
        self, forecasts: Sequence[PeriodForecast], currency: str, current: Period | None = None
    ) -> None:
        self.forecasts = tuple(forecasts)
        self.currency, self.current = currency, current
        self.hovered = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 220)

    # -- geometry ----------------------------------------------------------------------------

    def legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(name, colour) per stacked category, then the target (colour None: a line)."""
        entries: list[tuple[str, QColor | None]] = [
            (row_label(row), color) for _, row, color in STACK
        ]
        if any(forecast.target is not None for forecast in self.forecasts):
            entries.append((row_label(ForecastRow.TARGET), None))
        return entries

    def _legend_height(self) -> float:
        return QFontMetricsF(_small_font(self)).height() + 6

    def highest(self) -> float:
        """The tallest bar or target."""
        return max(
            (max(float(_stack_total(f)), float(f.target or 0)) for f in self.forecasts),
            default=0.0,
        )

    def scale_top(self) -> float:
        """The value at the top of the axis: a round number above every bar and target."""
        return nice_step(self.highest()) * TICKS

    def _ticks(self) -> list[float]:
        step = self.scale_top() / TICKS
        return [step * k for k in range(TICKS + 1)]

    def plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(_small_font(self))
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        label_width = max(
            metrics.horizontalAdvance(compact_money(tick, symbol)) for tick in self._ticks()
        )
        top = MARGIN + self._legend_height() + metrics.height() / 2 + 4
        left = MARGIN + label_width + 8
        bottom = self.height() - MARGIN - metrics.height() - 6
        return QRectF(left, top, max(1.0, self.width() - MARGIN - left), max(1.0, bottom - top))

    def slot_rect(self, index: int) -> QRectF:
        plot = self.plot_rect()
        width = plot.width() / max(1, len(self.forecasts))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def bar_rect(self, index: int) -> QRectF:
        slot = self.slot_rect(index)
        width = min(MAX_BAR_WIDTH, slot.width() * 0.55)
        return QRectF(slot.center().x() - width / 2, slot.top(), width, slot.height())

    def _y(self, value: float, plot: QRectF) -> float:
        top = self.scale_top()
        return plot.bottom() - plot.height() * (value / top if top else 0)

    def slot_at(self, position: QPointF) -> int | None:
        plot = self.plot_rect()
        if not self.forecasts or not plot.left() <= position.x() < plot.right():
            return None
        if not MARGIN <= position.y() <= self.height() - MARGIN:
            return None
        index = int((position.x() - plot.left()) // (plot.width() / len(self.forecasts)))
        return index if 0 <= index < len(self.forecasts) else None

    # -- tooltips ----------------------------------------------------------------------------

    def part_at(self, point: QPointF) -> int | None:
        return self.slot_at(point)

    def part_tip(self, index: int) -> str:
        return self.tooltip_text(index)

    def tooltip_text(self, index: int) -> str:
        forecast = self.forecasts[index]
        money = self.currency
        rows = [
            (row_label(row), format_money(forecast.amounts[category], money, 0))
            for category, row, _ in reversed(STACK)
        ]
        rows.append((self.tr("Total"), format_money(_stack_total(forecast), money, 0)))
        rows.append((row_label(ForecastRow.WEIGHTED), format_money(forecast.weighted, money, 0)))
        target = forecast.target
        rows.append((row_label(ForecastRow.TARGET), format_money(target, money, 0) or "—"))
        if forecast.coverage is not None:
            rows.append((row_label(ForecastRow.COVERAGE), format_percent(forecast.coverage)))
        if forecast.attainment is not None:
            rows.append((row_label(ForecastRow.ATTAINMENT), format_percent(forecast.attainment)))
        body = "".join(
            f"<tr><td>{name}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for name, value in rows
        )
        title = f"<b>{period_label(forecast.period)}</b> ({period_dates(forecast.period)})"
        return f"{title}<table>{body}</table>"

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        if not self.forecasts:
            _paint_note(painter, self, QRectF(self.rect()), self.tr("No period to show."))
        else:
            plot = self.plot_rect()
            self._paint_legend(painter)
            self._paint_axis(painter, plot)
            for index in range(len(self.forecasts)):
                self._paint_period(painter, index, plot)
            if self.highest() <= 0:
                _paint_note(
                    painter, self, plot, self.tr("No opportunity closes in these periods yet.")
                )
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(painter.font())
        left, middle = self.plot_rect().left(), MARGIN + self._legend_height() / 2
        painter.setPen(self.palette().text().color())
        for name, color in self.legend_entries():
            if color is None:
                painter.setPen(QPen(TARGET_COLOR, 2.5))
                painter.drawLine(QPointF(left, middle), QPointF(left + 16, middle))
                sample = 16
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(left, middle - 5, 10, 10), 2, 2)
                sample = 10
            painter.setPen(self.palette().text().color())
            text_left = left + sample + 5
            painter.drawText(QPointF(text_left, middle + metrics.ascent() / 2 - 1), name)
            left = text_left + metrics.horizontalAdvance(name) + 16

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        grid = QColor(self.palette().mid().color())
        grid.setAlpha(90)
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        for tick in self._ticks():
            y = self._y(tick, plot)
            style = Qt.PenStyle.SolidLine if tick == 0 else Qt.PenStyle.DotLine
            painter.setPen(QPen(grid, 1, style))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().placeholderText().color())
            label = QRectF(
                MARGIN, y - metrics.height() / 2, plot.left() - 8 - MARGIN, metrics.height()
            )
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                compact_money(tick, symbol),
            )

    def _paint_period(self, painter: QPainter, index: int, plot: QRectF) -> None:
        forecast = self.forecasts[index]
        slot, bar = self.slot_rect(index), self.bar_rect(index)
        if index == self.hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HOVER_FILL)
            painter.drawRoundedRect(slot.adjusted(2, -4, -2, 4), 4, 4)
        base = 0.0
        painter.setPen(QPen(self.palette().base().color(), 1))
        for category, _row, color in STACK:
            amount = float(forecast.amounts[category])
            if amount <= 0:
                continue
            top, bottom = self._y(base + amount, plot), self._y(base, plot)
            painter.setBrush(color)
            painter.drawRect(QRectF(bar.left(), top, bar.width(), bottom - top))
            base += amount
        if forecast.target is not None:
            y = self._y(float(forecast.target), plot)
            reach = min(slot.width() * 0.8, bar.width() + 24)
            painter.setPen(QPen(TARGET_COLOR, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            x = slot.center().x()
            painter.drawLine(QPointF(x - reach / 2, y), QPointF(x + reach / 2, y))
        self._paint_label(painter, index, plot)

    def _paint_label(self, painter: QPainter, index: int, plot: QRectF) -> None:
        forecast = self.forecasts[index]
        slot = self.slot_rect(index)
        font = QFont(painter.font())
        font.setBold(forecast.period == self.current)
        painter.save()
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        metrics = QFontMetricsF(font)
        box = QRectF(slot.left(), plot.bottom() + 4, slot.width(), metrics.height())
        text = metrics.elidedText(
            period_label(forecast.period), Qt.TextElideMode.ElideRight, slot.width()
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def _stack_total(forecast: PeriodForecast) -> Decimal:
    return forecast.won + forecast.open_pipeline


def _paint_note(painter: QPainter, widget: QWidget, area: QRectF, text: str) -> None:
    painter.save()
    painter.setFont(widget.font())
    painter.setPen(widget.palette().placeholderText().color())
    painter.drawText(
        area.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
    )
    painter.restore()


# -- the stage funnel -------------------------------------------------------------------------


class StageFunnel(HoverChart):
    """The open opportunities of one period by stage: count and value, a centred bar each."""

    ROW_HEIGHT = 44.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stageFunnel")
        self.setAccessibleName(self.tr("Stage funnel"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.steps: tuple[FunnelStep, ...] = ()
        self.period: Period | None = None
        self.currency = "BRL"

    def set_funnel(self, period: Period | None, steps: Sequence[FunnelStep], currency: str) -> None:
        self.period, self.steps, self.currency = period, tuple(steps), currency
        self.hovered = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(380, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 160)

    def stage_name(self, step: FunnelStep) -> str:
        return stage_label(step.stage.key, step.stage.name)

    def step_text(self, step: FunnelStep) -> str:
        """“3 · R$ 120.000”."""
        return f"{step.count} · {format_money(step.value, self.currency, 0)}"

    # -- geometry ----------------------------------------------------------------------------

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(self.stage_name(s)) for s in self.steps), default=0)
        return min(widest, self.width() * 0.35)

    def row_rect(self, index: int) -> QRectF:
        height = min(self.ROW_HEIGHT, (self.height() - 2 * MARGIN) / max(1, len(self.steps)))
        return QRectF(MARGIN, MARGIN + index * height, self.width() - 2 * MARGIN, height)

    def bar_rect(self, index: int) -> QRectF:
        """The stage's bar, centred in the room right of the names, as wide as its value
        against the biggest stage's (a thin sliver when the stage has deals worth nothing)."""
        row = self.row_rect(index)
        area_left = row.left() + self._label_width() + 12
        area = QRectF(area_left, row.top() + 3, row.right() - area_left, row.height() - 6)
        biggest = max((float(s.value) for s in self.steps), default=0.0)
        step = self.steps[index]
        share = float(step.value) / biggest if biggest > 0 else 0.0
        width = area.width() * share
        if step.count and width < 4:
            width = 4
        return QRectF(area.center().x() - width / 2, area.top(), width, area.height())

    def step_at(self, position: QPointF) -> int | None:
        for index in range(len(self.steps)):
            if self.row_rect(index).contains(position):
                return index
        return None

    def part_at(self, point: QPointF) -> int | None:
        return self.step_at(point)

    def part_tip(self, index: int) -> str:
        return self.tooltip_text(index)

    def tooltip_text(self, index: int) -> str:
        step = self.steps[index]
        lines = [
            f"<b>{self.stage_name(step)}</b>",
            self.tr("%n open opportunity(s)", "", step.count),
            self.tr("Value: %1").replace("%1", format_money(step.value, self.currency, 0)),
        ]
        if self.period is not None:
            lines.append(
                self.tr("Expected to close in %1").replace("%1", period_label(self.period))
            )
        return "<br>".join(lines)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(step.count for step in self.steps):
            text = self.tr("No open opportunity is expected to close in this period.")
            if self.period is not None:
                text = self.tr("No open opportunity is expected to close in %1.").replace(
                    "%1", period_label(self.period)
                )
            _paint_note(painter, self, QRectF(self.rect()), text)
        else:
            for index in range(len(self.steps)):
                self._paint_step(painter, index)
        painter.end()

    def _paint_step(self, painter: QPainter, index: int) -> None:
        step = self.steps[index]
        row, bar = self.row_rect(index), self.bar_rect(index)
        if index == self.hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HOVER_FILL)
            painter.drawRoundedRect(row, 4, 4)
        metrics = QFontMetricsF(self.font())
        painter.setFont(self.font())
        painter.setPen(self.palette().text().color())
        name_box = QRectF(row.left(), row.top(), self._label_width(), row.height())
        name = metrics.elidedText(
            self.stage_name(step), Qt.TextElideMode.ElideRight, name_box.width()
        )
        painter.drawText(name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        color = _blend(*FUNNEL_COLORS, index / max(1, len(self.steps) - 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(bar, 3, 3)
        text = self.step_text(step)
        small = _small_font(self)
        painter.setFont(small)
        width = QFontMetricsF(small).horizontalAdvance(text) + 10
        if bar.width() >= width:
            painter.setPen(text_on(color))
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
        else:  # too narrow for its text: beside it
            painter.setPen(self.palette().text().color())
            box = QRectF(bar.right() + 6, bar.top(), width, bar.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _blend(first: QColor, last: QColor, share: float) -> QColor:
    return QColor(
        round(first.red() + (last.red() - first.red()) * share),
        round(first.green() + (last.green() - first.green()) * share),
        round(first.blue() + (last.blue() - first.blue()) * share),
    )
