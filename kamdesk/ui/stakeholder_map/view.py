"""The canvas widget: zoom around the cursor, fit, pan (middle button or Space+drag),
rubber-band selection, Delete, double-click on empty space to add a person and on a card to
open its details."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from kamdesk.ui.stakeholder_map.items import PersonCard, UnitGroupItem
from kamdesk.ui.stakeholder_map.scene import MapScene

MIN_SCALE, MAX_SCALE = 0.1, 4.0
ZOOM_STEP = 1.2
FIT_MARGIN = 40.0


class MapView(QGraphicsView):
    add_requested = Signal(QPointF)  # a double-click on empty space, in scene coordinates
    open_requested = Signal(int)  # a double-click on a card: the person's id
    delete_requested = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setObjectName("stakeholderMapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_hint = ""
        self._space_held = False
        self._pan_from: QPoint | None = None

    # -- zoom --------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.zoom_factor() * factor))
        factor = target / self.zoom_factor()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self._zoom_at_centre(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_at_centre(1 / ZOOM_STEP)

    def _zoom_at_centre(self, factor: float) -> None:
        # Buttons have no cursor on the map: zoom around the middle of what is shown.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def fit_all(self) -> None:
        bounds = self.scene().itemsBoundingRect()
        if bounds.isEmpty():
            return
        self.fitInView(
            bounds.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if self.zoom_factor() > 1.5:  # a small map is not blown up to poster size
            self.zoom_by(1.5 / self.zoom_factor())
        self.zoom_by(1.0)  # clamps a huge map to the smallest zoom

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    # -- pan ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        space_drag = event.button() == Qt.MouseButton.LeftButton and self._space_held
        if middle or space_drag:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            bars = self.horizontalScrollBar(), self.verticalScrollBar()
            bars[0].setValue(bars[0].value() - delta.x())
            bars[1].setValue(bars[1].value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- adding ------------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        item = self.itemAt(event.position().toPoint())
        if item is None or isinstance(item, UnitGroupItem):  # a unit's frame is empty space too
            self.add_requested.emit(self.mapToScene(event.position().toPoint()))
        elif isinstance(item, PersonCard):
            self.open_requested.emit(item.person_id)
        else:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """A hint in the middle of an empty map, so it never looks broken."""
        if self.empty_hint and not self.scene().cards:
            painter.save()
            painter.resetTransform()
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(self.viewport().rect()), Qt.AlignmentFlag.AlignCenter, self.empty_hint
            )
            painter.restore()
