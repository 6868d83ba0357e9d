"""The 5×5 risk heat map: likelihood from 1 (bottom) to 5 (top), impact from 1 (left) to 5
(right), each cell in the colour of its level (score = likelihood × impact) and showing how
many open risks sit in it.

Hovering a cell lists its risks; clicking it selects it (the views then show only its risks)
and clicking it again clears that. From the keyboard, the arrow keys move between cells, Space
or Enter selects and Escape clears.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.analytics import risk as analytics
from kamdesk.analytics.risk import LEVEL_COLOURS, LEVEL_LABELS, SCALE_MAX, SCALE_MIN, RiskLevel
from kamdesk.ui.colors import text_on
from kamdesk.ui.hover_chart import HoverChart
from kamdesk.ui.i18n import translate

Cell = tuple[int, int]  # (likelihood, impact)

SIDE = SCALE_MAX - SCALE_MIN + 1  # cells per row and per column
TIP_RISKS = 8  # risks listed in a cell's tooltip before “… and n more”
EMPTY_CELL_FADE = 0.55  # an empty cell is its level's colour mixed with this much white
SELECTED_PEN = QColor("#263238")
GRID_PEN = QColor("#ffffff")


def level_color(level: RiskLevel) -> QColor:
    return QColor(LEVEL_COLOURS[level])


def level_label(level: RiskLevel) -> str:
    return translate("RiskLevel", LEVEL_LABELS[level])


def _faded(color: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        color.redF() + (1 - color.redF()) * amount,
        color.greenF() + (1 - color.greenF()) * amount,
        color.blueF() + (1 - color.blueF()) * amount,
    )


def empty_heat_map() -> analytics.HeatMap:
    return analytics.heat_map([])


class HeatMap(HoverChart):
    """Give it a map with :meth:`set_heat_map`; ``cell_clicked(likelihood, impact)`` when a
    cell is selected, ``cleared()`` when the selection goes away."""

    cell_clicked = Signal(int, int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(240, 220)
        self.heat_map = empty_heat_map()
        self.account_names: dict[int, str] = {}
        self._selected: Cell | None = None
        self._cursor: Cell = (SCALE_MAX, SCALE_MIN)  # where the keyboard is, top-left first
        self._keyboard = False  # the cursor is drawn only once the keyboard is used
        self.setAccessibleName(self.tr("Risk heat map"))

    def sizeHint(self) -> QSize:
        return QSize(360, 330)

    # -- content -----------------------------------------------------------------------------

    def set_heat_map(
        self, heat_map: analytics.HeatMap, account_names: dict[int, str] | None = None
    ) -> None:
        """The map to draw; with ``account_names`` (id → name) the tooltips say whose risk
        each one is (the portfolio's map). The selected cell stays selected."""
        self.heat_map = heat_map
        self.account_names = dict(account_names or {})
        self.update()

    def selected_cell(self) -> Cell | None:
        return self._selected

    def set_selected_cell(self, cell: Cell | None) -> None:
        """Selects (or clears) without saying so: for the views restoring their own state."""
        self._selected = cell
        self.update()

    def clear_selection(self) -> None:
        """Clears the selection and says ``cleared()`` when there was one."""
        if self._selected is not None:
            self._selected = None
            self.update()
            self.cleared.emit()

    def toggle_cell(self, likelihood: int, impact: int) -> None:
        """What a click does: selects the cell, or clears it when it was the selected one."""
        if self._selected == (likelihood, impact):
            self.clear_selection()
            return
        self._selected = (likelihood, impact)
        self._cursor = (likelihood, impact)
        self.update()
        self.cell_clicked.emit(likelihood, impact)

    # -- geometry ----------------------------------------------------------------------------

    def _grid(self) -> QRectF:
        """The square the 25 cells fill, leaving room for the axis titles and numbers."""
        metrics = self.fontMetrics()
        left = metrics.height() * 2 + metrics.horizontalAdvance("5") + 10
        bottom = metrics.height() * 2 + 10
        top = right = 6
        width = self.width() - left - right
        height = self.height() - top - bottom
        side = max(min(width, height), SIDE)
        x = left + (width - side) / 2
        return QRectF(x, top, side, side)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        grid = self._grid()
        size = grid.width() / SIDE
        column, row = impact - SCALE_MIN, SCALE_MAX - likelihood
        return QRectF(grid.left() + column * size, grid.top() + row * size, size, size)

    def part_at(self, point: QPointF) -> Cell | None:
        grid = self._grid()
        if not grid.contains(point):
            return None
        size = grid.width() / SIDE
        column = min(int((point.x() - grid.left()) / size), SIDE - 1)
        row = min(int((point.y() - grid.top()) / size), SIDE - 1)
        return (SCALE_MAX - row, SCALE_MIN + column)

    def part_tip(self, part: Cell) -> str:
        cell = self.heat_map.cell(*part)
        lines = [
            self.tr("Likelihood %1 × impact %2 = score %3 (%4)")
            .replace("%1", str(cell.likelihood))
            .replace("%2", str(cell.impact))
            .replace("%3", str(cell.score))
            .replace("%4", level_label(cell.level))
        ]
        if not cell.risks:
            lines.append(self.tr("No open risk here."))
        for risk in cell.risks[:TIP_RISKS]:
            line = " ".join(risk.description.split())
            if len(line) > 80:
                line = line[:79] + "…"
            name = self.account_names.get(risk.account_id)
            lines.append(f"• {line}" + (f" — {name}" if name else ""))
        hidden = cell.count - TIP_RISKS
        if hidden > 0:
            lines.append(self.tr("… and %n more", "", hidden))
        return "\n".join(lines)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for likelihood in range(SCALE_MIN, SCALE_MAX + 1):
            for impact in range(SCALE_MIN, SCALE_MAX + 1):
                self._paint_cell(painter, self.heat_map.cell(likelihood, impact))
        self._paint_marks(painter)
        self._paint_axes(painter)
        painter.end()

    def _paint_cell(self, painter: QPainter, cell: analytics.HeatCell) -> None:
        rect = self.cell_rect(cell.likelihood, cell.impact)
        color = level_color(cell.level)
        if not cell.count:
            color = _faded(color, EMPTY_CELL_FADE)
        painter.setPen(QPen(GRID_PEN, 2))
        painter.setBrush(color)
        painter.drawRect(rect)
        ink = text_on(color)
        corner = QFont(self.font())
        corner.setPointSizeF(max(self.font().pointSizeF() * 0.75, 6))
        painter.setFont(corner)
        painter.setPen(_faded(ink, 0.45))
        painter.drawText(
            rect.adjusted(4, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(cell.score),
        )
        if cell.count:
            count = QFont(self.font())
            count.setBold(True)
            count.setPixelSize(max(int(rect.height() * 0.36), 10))
            painter.setFont(count)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cell.count))
        painter.setFont(self.font())

    def _paint_marks(self, painter: QPainter) -> None:
        """The selected cell, the one under the mouse, and the keyboard's."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hovered is not None and self.hovered != self._selected:
            painter.setPen(QPen(SELECTED_PEN, 1.5))
            painter.drawRect(self.cell_rect(*self.hovered).adjusted(2, 2, -2, -2))
        if self._selected is not None:
            painter.setPen(QPen(SELECTED_PEN, 3.5))
            painter.drawRect(self.cell_rect(*self._selected).adjusted(2, 2, -2, -2))
        if self.hasFocus() and self._keyboard:
            painter.setPen(QPen(SELECTED_PEN, 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.cell_rect(*self._cursor).adjusted(5, 5, -5, -5))

    def _paint_axes(self, painter: QPainter) -> None:
        grid = self._grid()
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setPen(self.palette().text().color())
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            row = self.cell_rect(value, SCALE_MIN)
            number = QRectF(grid.left() - line - 4, row.top(), line, row.height())
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(value))
            column = self.cell_rect(SCALE_MIN, value)
            number = QRectF(column.left(), grid.bottom() + 2, column.width(), line)
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(value))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        impact = QRectF(grid.left(), grid.bottom() + line + 4, grid.width(), line)
        painter.drawText(impact, Qt.AlignmentFlag.AlignCenter, self.tr("Impact →"))
        painter.save()  # the likelihood title reads bottom to top, beside its axis
        painter.translate(grid.left() - line - 8, grid.bottom())
        painter.rotate(-90)
        title = QRectF(0, -line, grid.height(), line)
        painter.drawText(title, Qt.AlignmentFlag.AlignCenter, self.tr("Likelihood →"))
        painter.restore()
        painter.setFont(self.font())

    # -- mouse and keyboard ------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cell = self.part_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self.toggle_cell(*cell)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        self._keyboard = True
        likelihood, impact = self._cursor
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if key in moves:
            step_l, step_i = moves[key]
            self._cursor = (
                min(max(likelihood + step_l, SCALE_MIN), SCALE_MAX),
                min(max(impact + step_i, SCALE_MIN), SCALE_MAX),
            )
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle_cell(*self._cursor)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.clear_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        tabbing = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self._keyboard = event.reason() in tabbing
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
