"""A key result's check-ins over its period: the value measured (one dot per check-in, its
colour and the number above it the confidence), the target as a dashed line and the expected
pace (start on the first day to target on the last) as a dotted one, so a line under the pace
is visibly behind.

Painted with QPainter on :class:`HoverChart`: the tooltip of a dot gives the date, value,
progress, confidence and note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.analytics.okr import OkrStatus
from kamdesk.services.plan.okr_data import CheckInRow
from kamdesk.ui.hover_chart import HoverChart
from kamdesk.ui.i18n import format_date, format_percent
from kamdesk.ui.okrs import texts

VALUE_INK = QColor("#1565c0")
TARGET_INK = texts.STATUS_INKS[OkrStatus.ON_TRACK]
DOT_RADIUS = 4.0
HOVER_RADIUS = 9.0
MARGIN = 6.0
SMALL_POINTS = 8.0
LABEL_SPACING = 10.0


@dataclass(frozen=True)
class TrendSetup:
    """What the chart draws against: the key result's numbers and its objective's period."""

    start: float
    target: float
    unit: str
    period_start: dt.date
    period_last_day: dt.date


@dataclass(frozen=True)
class ChartDot:
    check_in: CheckInRow
    centre: QPointF


class CheckInTrendChart(HoverChart):
    follow_tooltip = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkInTrendChart")
        self.setAccessibleName(self.tr("Check-in trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setup: TrendSetup | None = None
        self.check_ins: tuple[CheckInRow, ...] = ()
        self.empty_text = self.tr("Select a key result to see its check-ins.")

    def set_trend(self, setup: TrendSetup | None, check_ins: list[CheckInRow]) -> None:
        """``setup`` None: no key result chosen; ``check_ins`` oldest first."""
        self.setup = setup
        self.check_ins = tuple(check_ins)
        self.empty_text = (
            self.tr("Select a key result to see its check-ins.")
            if setup is None
            else self.tr("No check-in yet: use “Check in” to record the value measured.")
        )
        self.hovered = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    # -- geometry ----------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(SMALL_POINTS)
        return font

    def _days(self) -> tuple[dt.date, dt.date]:
        days = [c.date for c in self.check_ins]
        first = min([self.setup.period_start, *days])
        last = max([self.setup.period_last_day, *days])
        return first, last

    def _values(self) -> tuple[float, float]:
        values = [self.setup.start, self.setup.target, *(c.value for c in self.check_ins)]
        low, high = min(values), max(values)
        pad = (high - low) * 0.08 or 1.0
        return low - pad, high + pad

    def plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(self._small_font())
        labels = [self._tick_text(v) for v, _ in self._y_ticks()]
        label_width = max(metrics.horizontalAdvance(text) for text in labels)
        top = MARGIN + metrics.height() + 8  # under the legend
        left = MARGIN + label_width + 6
        bottom = self.height() - MARGIN - metrics.height() - 4
        return QRectF(left, top, max(1.0, self.width() - MARGIN - left), max(1.0, bottom - top))

    def _y_ticks(self) -> list[tuple[float, str]]:
        return [(self.setup.start, "start"), (self.setup.target, "target")]

    def _tick_text(self, value: float) -> str:
        return texts.measure(value)

    def _x(self, day: dt.date, plot: QRectF) -> float:
        first, last = self._days()
        span = max(1, (last - first).days)
        return plot.left() + plot.width() * (day - first).days / span

    def _y(self, value: float, plot: QRectF) -> float:
        low, high = self._values()
        return plot.bottom() - plot.height() * (value - low) / (high - low)

    def dots(self) -> list[ChartDot]:
        if self.setup is None or not self.check_ins:
            return []
        plot = self.plot_rect()
        return [
            ChartDot(c, QPointF(self._x(c.date, plot), self._y(c.value, plot)))
            for c in self.check_ins
        ]

    # -- tooltips ----------------------------------------------------------------------------

    def part_at(self, point: QPointF) -> ChartDot | None:
        near = [(_distance(d.centre, point), d) for d in self.dots()]
        near = [pair for pair in near if pair[0] <= HOVER_RADIUS]
        return min(near, key=lambda pair: pair[0])[1] if near else None

    def part_tip(self, dot: ChartDot) -> str:
        return self.tooltip_text(dot.check_in)

    def tooltip_text(self, check_in: CheckInRow) -> str:
        lines = [
            "<b>" + self.tr("Check-in of %1").replace("%1", format_date(check_in.date)) + "</b>",
            self.tr("Value: %1").replace("%1", texts.measure(check_in.value, self.setup.unit)),
            self.tr("Progress: %1").replace("%1", format_percent(check_in.progress) or "—"),
            self.tr("Confidence: %1").replace(
                "%1", texts.confidence_text(check_in.confidence) or self.tr("not given")
            ),
        ]
        if check_in.note:
            lines.append("<i>" + _escaped(check_in.note) + "</i>")
        return "<br>".join(lines)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.setup is None or not self.check_ins:
            self._paint_empty(painter)
        painter.setFont(self._small_font())
        if self.setup is not None:
            plot = self.plot_rect()
            self._paint_legend(painter)
            self._paint_reference_lines(painter, plot)
            self._paint_dates(painter, plot)
            self._paint_values(painter)
        painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRectF(self.rect()).adjusted(16, 24, -16, -16),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )

    def legend_entries(self) -> list[tuple[str, QPen]]:
        target = self.tr("Target %1").replace(
            "%1", texts.measure(self.setup.target, self.setup.unit)
        )
        return [
            (self.tr("Value"), QPen(VALUE_INK, 2)),
            (target, QPen(TARGET_INK, 1.5, Qt.PenStyle.DashLine)),
            (self.tr("Expected pace"), _pace_pen(self)),
        ]

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(painter.font())
        left, middle = MARGIN, MARGIN + metrics.height() / 2
        for name, pen in self.legend_entries():
            painter.setPen(pen)
            painter.drawLine(QPointF(left, middle), QPointF(left + 18, middle))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(left + 22, middle + metrics.ascent() / 2 - 1), name)
            left += 22 + metrics.horizontalAdvance(name) + 14

    def _paint_reference_lines(self, painter: QPainter, plot: QRectF) -> None:
        setup = self.setup
        grid = QColor(self.palette().mid().color())
        grid.setAlpha(110)
        metrics = QFontMetricsF(painter.font())
        for value, kind in self._y_ticks():
            y = self._y(value, plot)
            pen = QPen(TARGET_INK, 1.5, Qt.PenStyle.DashLine) if kind == "target" else QPen(grid)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().placeholderText().color())
            box = QRectF(
                MARGIN, y - metrics.height() / 2, plot.left() - 6 - MARGIN, metrics.height()
            )
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._tick_text(value),
            )
        painter.setPen(_pace_pen(self))
        painter.drawLine(
            QPointF(self._x(setup.period_start, plot), self._y(setup.start, plot)),
            QPointF(self._x(setup.period_last_day, plot), self._y(setup.target, plot)),
        )

    def _paint_dates(self, painter: QPainter, plot: QRectF) -> None:
        """The period's first and last days always, the check-ins' where they fit."""
        metrics = QFontMetricsF(painter.font())
        painter.setPen(self.palette().placeholderText().color())
        top = plot.bottom() + 4
        days = [self.setup.period_start, self.setup.period_last_day]
        days += [c.date for c in self.check_ins]
        taken: list[QRectF] = []
        for day in dict.fromkeys(days):
            text = format_date(day)
            width = metrics.horizontalAdvance(text)
            left = max(MARGIN, min(self.width() - MARGIN - width, self._x(day, plot) - width / 2))
            box = QRectF(left, top, width, metrics.height())
            spaced = box.adjusted(-LABEL_SPACING / 2, 0, LABEL_SPACING / 2, 0)
            if any(spaced.intersects(other) for other in taken):
                continue
            taken.append(spaced)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_values(self, painter: QPainter) -> None:
        dots = self.dots()
        if not dots:
            return
        metrics = QFontMetricsF(painter.font())
        painter.setPen(QPen(VALUE_INK, 2))
        painter.drawPolyline(QPolygonF([d.centre for d in dots]))
        for dot in dots:
            ink = texts.confidence_ink(dot.check_in.confidence)
            painter.setPen(QPen(Qt.GlobalColor.white, 1))
            painter.setBrush(ink)
            painter.drawEllipse(dot.centre, DOT_RADIUS + 0.5, DOT_RADIUS + 0.5)
            if dot.check_in.confidence is not None:
                painter.setPen(ink)
                label = str(dot.check_in.confidence)
                width = metrics.horizontalAdvance(label)
                painter.drawText(
                    QPointF(dot.centre.x() - width / 2, dot.centre.y() - DOT_RADIUS - 3), label
                )
        if self.hovered is not None:
            painter.setPen(QPen(VALUE_INK, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.hovered.centre, DOT_RADIUS + 3, DOT_RADIUS + 3)


def _pace_pen(widget: QWidget) -> QPen:
    return QPen(widget.palette().placeholderText().color(), 1.2, Qt.PenStyle.DotLine)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _distance(a: QPointF, b: QPointF) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
