"""A chart painted with QPainter whose parts (bars, dots, funnel steps) answer the mouse: the
part under it is highlighted and its tooltip gives the exact values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget


class HoverChart(QWidget):
    """Subclasses say which part is at a point (``part_at``, None between parts) and what its
    tooltip says (``part_tip``); ``hovered`` is the part under the mouse, for painting."""

    follow_tooltip = False  # True: the tooltip follows from part to part without the delay

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.hovered = None

    def part_at(self, point: QPointF):
        raise NotImplementedError

    def part_tip(self, part) -> str:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event
            part = self.part_at(QPointF(help_event.pos()))
            if part is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), self.part_tip(part), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        part = self.part_at(event.position())
        if part != self.hovered:
            self.hovered = part
            self.update()
            if self.follow_tooltip:
                if part is None:
                    QToolTip.hideText()
                else:
                    QToolTip.showText(event.globalPosition().toPoint(), self.part_tip(part), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)
