"""Small charts for the PDFs, painted into QImages (safe off the GUI thread, unlike widgets).

Each chart is drawn at a fixed pixel size, about twice what the page shows, so it stays crisp
when the PDF is zoomed; texts come in already translated and formatted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

WIDTH, HEIGHT = 1600, 620
FONT_PIXELS = 26
GRID = QColor("#e0e0e0")
AXIS_TEXT = QColor("#455a64")
TARGET = QColor("#d84315")
BAND_INKS = {"green": QColor("#2e7d32"), "amber": QColor("#ef8f00"), "red": QColor("#c62828")}
GRID_STEPS = 4


@dataclass(frozen=True)
class Series:
    """One colour of a stacked bar chart: its legend text and a value per category."""

    label: str
    color: QColor
    values: Sequence[float]


def _image(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(painter.font())
    font.setPixelSize(FONT_PIXELS)
    painter.setFont(font)
    return image, painter


def nice_step(top: float, steps: int = GRID_STEPS) -> float:
    """A round gridline step (1, 2 or 5 × a power of ten) so ``steps`` of them reach ``top``."""
    if top <= 0:
        return 1.0
    raw = top / steps
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    axis_label: Callable[[float], str],
    targets: Sequence[float | None] = (),
    target_label: str = "",
    size: tuple[int, int] = (WIDTH, HEIGHT),
) -> QImage:
    """Bars stacked bottom-up in the order of ``series``; ``targets`` drawn as a line across
    each bar that has one. Negative values count as zero (a chart of amounts)."""
    image, painter = _image(*size)
    try:
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        totals = [sum(max(0.0, s.values[i]) for s in series) for i in range(len(categories))] or [
            0.0
        ]
        top = max([*totals, *(t or 0.0 for t in targets), 0.0])
        step = nice_step(top)
        scale_top = step * max(1, math.ceil(top / step)) if top > 0 else step * GRID_STEPS
        labels = [axis_label(step * k) for k in range(round(scale_top / step) + 1)]
        left = max(metrics.horizontalAdvance(text) for text in labels) + 16
        legend_height = line * 1.6
        plot = QRectF(left, line * 0.6, size[0] - left - 8, size[1] - line * 2.4 - legend_height)
        _grid(painter, plot, labels, metrics)
        slot = plot.width() / max(1, len(categories))
        bar_width = slot * 0.62
        for index, category in enumerate(categories):
            x = plot.left() + slot * index + (slot - bar_width) / 2
            base = plot.bottom()
            for one in series:
                height = plot.height() * max(0.0, one.values[index]) / scale_top
                painter.fillRect(QRectF(x, base - height, bar_width, height), one.color)
                base -= height
            target = targets[index] if index < len(targets) else None
            if target:
                y = plot.bottom() - plot.height() * target / scale_top
                painter.setPen(QPen(TARGET, 5))
                painter.drawLine(QPointF(x - 8, y), QPointF(x + bar_width + 8, y))
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QRectF(plot.left() + slot * index, plot.bottom() + 4, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                category,
            )
        legend = [(s.label, s.color, False) for s in series]
        if target_label and any(targets):
            legend.append((target_label, TARGET, True))
        _legend(painter, QRectF(left, size[1] - legend_height, plot.width(), line), legend)
    finally:
        painter.end()
    return image


def _grid(painter: QPainter, plot: QRectF, labels: list[str], metrics: QFontMetricsF) -> None:
    steps = len(labels) - 1
    for k, text in enumerate(labels):
        y = plot.bottom() - plot.height() * k / steps
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS_TEXT)
        painter.drawText(
            QRectF(0, y - metrics.height() / 2, plot.left() - 10, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _legend(painter: QPainter, area: QRectF, entries: list[tuple[str, QColor, bool]]) -> None:
    metrics = QFontMetricsF(painter.font())
    x = area.left()
    swatch = area.height() * 0.7
    for text, color, is_line in entries:
        middle = area.center().y()
        if is_line:
            painter.setPen(QPen(color, 5))
            painter.drawLine(QPointF(x, middle), QPointF(x + swatch * 1.4, middle))
            x += swatch * 1.4 + 10
        else:
            painter.fillRect(QRectF(x, middle - swatch / 2, swatch, swatch), color)
            x += swatch + 10
        painter.setPen(AXIS_TEXT)
        painter.drawText(QRectF(x, area.top(), area.right() - x, area.height()), 0, text)
        x += metrics.horizontalAdvance(text) + 36


@dataclass(frozen=True)
class ScoreBar:
    """One bar of a 0–100 chart: its label, its score, the band colour and the text shown."""

    label: str
    score: float
    band: str  # "green", "amber" or "red"
    text: str


def score_bars(bars: Sequence[ScoreBar], width: int = WIDTH) -> QImage:
    """Horizontal bars on a 0–100 scale (the health parts), each coloured by its band."""
    row = FONT_PIXELS * 2.0
    height = int(row * max(1, len(bars)) + FONT_PIXELS * 2.2)
    image, painter = _image(width, height)
    try:
        metrics = QFontMetricsF(painter.font())
        label_width = max((metrics.horizontalAdvance(b.label) for b in bars), default=0) + 20
        value_width = max((metrics.horizontalAdvance(b.text) for b in bars), default=0) + 20
        plot = QRectF(label_width, 0, width - label_width - value_width, row * len(bars))
        for k in range(0, 101, 25):
            x = plot.left() + plot.width() * k / 100
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QRectF(x - 40, plot.bottom() + 4, 80, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                str(k),
            )
        for index, bar in enumerate(bars):
            top = plot.top() + row * index
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QRectF(0, top, label_width - 12, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            length = plot.width() * max(0.0, min(100.0, bar.score)) / 100
            painter.fillRect(
                QRectF(plot.left(), top + row * 0.2, length, row * 0.6), BAND_INKS[bar.band]
            )
            painter.drawText(
                QRectF(plot.left() + length + 8, top, value_width + plot.width(), row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
    finally:
        painter.end()
    return image
