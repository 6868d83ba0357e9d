"""The account's map reviews as a small chart for the side panel: sponsor coverage (up is
good) and resistance (down is good), 0–100 %, one dot per review, placed by its date.

Painted with QPainter, so it needs no QtCharts. A review missing one of the two figures has
no dot on that line; the line joins the reviews on either side of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.analytics.coverage import TrendPoint
from kamdesk.model.enums import Stance
from kamdesk.ui.hover_chart import HoverChart
from kamdesk.ui.i18n import format_date, format_percent
from kamdesk.ui.stakeholder_map import palette

COVERAGE = "sponsor_coverage"
RESISTANCE = "resistance"
SERIES_COLORS = {
    COVERAGE: palette.STANCE_COLORS[Stance.SPONSOR],  # green: the more, the better
    RESISTANCE: palette.STANCE_COLORS[Stance.OPPONENT],  # vermillion: the less, the better
}
DOT_RADIUS = 3.5
HOVER_RADIUS = 8.0  # how close the mouse must be for a dot's tooltip
MARGIN = 4.0
X_PADDING = 10.0  # keeps the first and last dots off the chart's edges
LABEL_SPACING = 8.0  # between two date labels
SMALL_POINTS = 8.0


@dataclass(frozen=True)
class TrendDot:
    """One dot as drawn: which line (a TrendPoint field), the review, and where it is."""

    series: str
    point: TrendPoint
    centre: QPointF


class MapTrendChart(HoverChart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapTrendChart")
        self.setAccessibleName(self.tr("Trend of the map reviews"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.points: tuple[TrendPoint, ...] = ()

    def set_trend(self, points: Sequence[TrendPoint]) -> None:
        """The account's map reviews, oldest first (as ``AccountMap.trend`` holds them)."""
        self.points = tuple(sorted(points, key=lambda point: point.date))
        self.hovered = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 140)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 140)

    # -- geometry ----------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(SMALL_POINTS)
        return font

    def legend_entries(self) -> list[tuple[str, str, str]]:
        """(series, name, which way is better) in the order they are drawn."""
        return [
            (COVERAGE, self.tr("Sponsor coverage"), self.tr("↑ better")),
            (RESISTANCE, self.tr("Resistance"), self.tr("↓ better")),
        ]

    def _legend_layout(self) -> list[QRectF]:
        """Each legend entry's box: side by side when both fit the width, else one a line."""
        metrics = QFontMetricsF(self._small_font())
        height = metrics.height() + 2
        widths = [
            24 + metrics.horizontalAdvance(name) + 4 + metrics.horizontalAdvance(hint)
            for _series, name, hint in self.legend_entries()
        ]
        room = self.width() - 2 * MARGIN
        boxes = []
        if sum(widths) + 16 <= room:
            left = MARGIN
            for width in widths:
                boxes.append(QRectF(left, MARGIN, width, height))
                left += width + 16
        else:
            for index, width in enumerate(widths):
                boxes.append(QRectF(MARGIN, MARGIN + index * height, min(width, room), height))
        return boxes

    def plot_rect(self) -> QRectF:
        """Where 0–100 % and the reviews' dates map to: under the legend, right of the
        percentages, above the date labels."""
        metrics = QFontMetricsF(self._small_font())
        legend_bottom = max(box.bottom() for box in self._legend_layout())
        label_width = max(metrics.horizontalAdvance(text) for text, _ in self._y_ticks())
        top = legend_bottom + 6 + metrics.height() / 2
        left = MARGIN + label_width + 6
        bottom = self.height() - MARGIN - 1.5 * metrics.height() - 2  # dates clear of "0%"
        return QRectF(left, top, self.width() - MARGIN - left, max(1.0, bottom - top))

    def _y_ticks(self) -> list[tuple[str, float]]:
        return [(format_percent(value), value) for value in (0.0, 0.5, 1.0)]

    def _x(self, date: dt.date, plot: QRectF) -> float:
        first, last = self.points[0].date, self.points[-1].date
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        inner = plot.width() - 2 * X_PADDING
        return plot.left() + X_PADDING + inner * (date - first).days / span

    @staticmethod
    def _y(value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * min(1.0, max(0.0, value))

    def dots(self) -> list[TrendDot]:
        """Every dot drawn, coverage's first; reviews lacking a figure have no dot for it."""
        if not self.points:
            return []
        plot = self.plot_rect()
        found = []
        for series in (COVERAGE, RESISTANCE):
            for point in self.points:
                value = getattr(point, series)
                if value is not None:
                    centre = QPointF(self._x(point.date, plot), self._y(value, plot))
                    found.append(TrendDot(series, point, centre))
        return found

    def dot_at(self, position: QPointF) -> TrendDot | None:
        """The dot nearest to ``position``, when it is within reach of the mouse."""
        near = [
            (_distance(dot.centre, position), dot)
            for dot in self.dots()
            if _distance(dot.centre, position) <= HOVER_RADIUS
        ]
        return min(near, key=lambda pair: pair[0])[1] if near else None

    # -- tooltips ----------------------------------------------------------------------------

    def part_at(self, point: QPointF) -> TrendDot | None:
        return self.dot_at(point)

    def part_tip(self, dot: TrendDot) -> str:
        return self.tooltip_text(dot.point)

    def tooltip_text(self, point: TrendPoint) -> str:
        """The review's date and both figures to one decimal, as the locale writes them."""
        coverage = format_percent(point.sponsor_coverage, 1) or "—"
        resistance = format_percent(point.resistance, 1) or "—"
        return "<br>".join(
            [
                "<b>" + self.tr("Map review of %1").replace("%1", format_date(point.date)) + "</b>",
                self.tr("Sponsor coverage: %1").replace("%1", coverage),
                self.tr("Resistance: %1").replace("%1", resistance),
            ]
        )

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._small_font())
        if not self.points:
            self._paint_empty(painter)
        else:
            self._paint_legend(painter)
            plot = self.plot_rect()
            self._paint_axes(painter, plot)
            self._paint_dates(painter, plot)
            self._paint_lines(painter)
        painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        font = QFont(self.font())
        painter.setFont(font)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRectF(self.rect()).adjusted(8, 8, -8, -8),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.tr("No map review recorded yet."),
        )

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(painter.font())
        text_color = self.palette().text().color()
        hint_color = self.palette().placeholderText().color()
        for (series, name, hint), box in zip(
            self.legend_entries(), self._legend_layout(), strict=True
        ):
            middle = box.center().y()
            self._paint_sample(painter, series, QPointF(box.left(), middle))
            left = box.left() + 24
            painter.setPen(text_color)
            painter.drawText(QPointF(left, middle + metrics.ascent() / 2 - 1), name)
            left += metrics.horizontalAdvance(name) + 4
            painter.setPen(hint_color)
            painter.drawText(QPointF(left, middle + metrics.ascent() / 2 - 1), hint)

    def _paint_sample(self, painter: QPainter, series: str, left_middle: QPointF) -> None:
        painter.setPen(_line_pen(series))
        painter.drawLine(left_middle, left_middle + QPointF(18, 0))
        _paint_dot(painter, series, left_middle + QPointF(9, 0), DOT_RADIUS)

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        grid = QColor(self.palette().mid().color())
        grid.setAlpha(110)
        metrics = QFontMetricsF(painter.font())
        for text, value in self._y_ticks():
            y = self._y(value, plot)
            painter.setPen(
                QPen(grid, 1, Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine)
            )
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().placeholderText().color())
            label = QRectF(
                MARGIN, y - metrics.height() / 2, plot.left() - 6 - MARGIN, metrics.height()
            )
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
            )

    def _paint_dates(self, painter: QPainter, plot: QRectF) -> None:
        """The first and last reviews' dates always, those in between where they fit."""
        metrics = QFontMetricsF(painter.font())
        painter.setPen(self.palette().placeholderText().color())
        top = plot.bottom() + metrics.height() / 2 + 2
        order = [0, len(self.points) - 1, *range(1, len(self.points) - 1)]
        taken: list[QRectF] = []
        for index in dict.fromkeys(order):  # without repeats, first and last leading
            point = self.points[index]
            text = format_date(point.date)
            width = metrics.horizontalAdvance(text)
            left = self._x(point.date, plot) - width / 2
            left = max(MARGIN, min(self.width() - MARGIN - width, left))
            box = QRectF(left, top, width, metrics.height())
            spaced = box.adjusted(-LABEL_SPACING / 2, 0, LABEL_SPACING / 2, 0)
            if any(spaced.intersects(other) for other in taken):
                continue
            taken.append(spaced)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_lines(self, painter: QPainter) -> None:
        dots = self.dots()
        for series in (COVERAGE, RESISTANCE):
            centres = [dot.centre for dot in dots if dot.series == series]
            painter.setPen(_line_pen(series))
            painter.drawPolyline(QPolygonF(centres))
        for dot in dots:
            _paint_dot(painter, dot.series, dot.centre, DOT_RADIUS)
        if self.hovered is not None:
            painter.setPen(QPen(SERIES_COLORS[self.hovered.series], 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.hovered.centre, DOT_RADIUS + 3, DOT_RADIUS + 3)


def _line_pen(series: str) -> QPen:
    # Resistance dashed as well as red: the two lines differ without colour too.
    style = Qt.PenStyle.SolidLine if series == COVERAGE else Qt.PenStyle.DashLine
    return QPen(SERIES_COLORS[series], 2, style)


def _paint_dot(painter: QPainter, series: str, centre: QPointF, radius: float) -> None:
    """Coverage dots are round, resistance dots square (again: not only colour)."""
    painter.setPen(QPen(Qt.GlobalColor.white, 1))
    painter.setBrush(SERIES_COLORS[series])
    if series == COVERAGE:
        painter.drawEllipse(centre, radius + 0.5, radius + 0.5)
    else:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))


def _distance(a: QPointF, b: QPointF | QPoint) -> float:
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
