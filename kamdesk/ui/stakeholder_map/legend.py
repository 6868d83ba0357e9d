"""What the map's colours, lines and marks mean, drawn with the very code that draws the map."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kamdesk.model.enums import LinkKind, Stance
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.stakeholder_map import palette
from kamdesk.ui.stakeholder_map.items import paint_link, paint_stale_marker

ROW = 20
SAMPLE = 36  # width of a swatch or line sample
STRONG_INFLUENCE = 3


class MapLegend(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stakeholderMapLegend")

    def rows(self) -> list[tuple[str, str, object]]:
        """(kind of sample, label, what to draw), top to bottom."""
        rows = [("stance", enum_label(s), s) for s in Stance]
        rows += [("link", enum_label(k), k) for k in LinkKind]
        rows.append(("stale", self.tr("Contact overdue"), None))
        rows.append(("dots", self.tr("Relationship strength (1–5)"), None))
        rows.append(("size", self.tr("Bigger card = more influence"), None))
        return rows

    def sizeHint(self) -> QSize:
        return QSize(220, ROW * len(self.rows()) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, (kind, label, value) in enumerate(self.rows()):
            top = 4 + index * ROW
            sample = QRectF(4, top + 3, SAMPLE, ROW - 6)
            self._paint_sample(painter, kind, value, sample)
            painter.setPen(self.palette().text().color())
            text_rect = QRectF(SAMPLE + 12, top, self.width() - SAMPLE - 14, ROW)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()

    def _paint_sample(self, painter: QPainter, kind: str, value, rect: QRectF) -> None:
        middle = rect.center().y()
        if kind == "stance":
            painter.setPen(QPen(palette.STANCE_COLORS[value], 2))
            painter.setBrush(palette.card_fill(value))
            painter.drawRoundedRect(rect, 4, 4)
        elif kind == "link":
            line = QLineF(rect.left(), middle, rect.right(), middle)
            paint_link(painter, value, STRONG_INFLUENCE, line)
        elif kind == "stale":
            paint_stale_marker(painter, QPointF(rect.center().x(), middle))
        elif kind == "dots":
            painter.setPen(Qt.PenStyle.NoPen)
            for i in range(5):
                painter.setBrush(palette.DOT_FULL if i < 3 else palette.DOT_EMPTY)
                painter.drawEllipse(QRectF(rect.left() + i * 7.5, middle - 3, 6, 6))
        else:
            painter.setPen(QPen(palette.CARD_SUBTLE_TEXT, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect.left(), middle - 4, 14, 8), 2, 2)
            painter.drawRoundedRect(QRectF(rect.left() + 17, middle - 7, 19, 14), 3, 3)
