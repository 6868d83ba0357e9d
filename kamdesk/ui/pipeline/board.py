"""The Pipeline board: one column per stage, a card per opportunity, drag a card to move it.

The tab reads through the services and hands the board the rows it shows (already filtered);
the board never queries by itself. Each column is a virtualized QListView over its own small
model, built once per :meth:`PipelineBoard.set_content` by grouping the rows by stage, so a
column of thousands of cards scrolls smoothly.

Dropping cards on another column (or choosing "Move to ▸ stage" in their context menu) asks
for the win/loss reason when the move closes them, checks every card with the service, and
only then pushes one :class:`MoveOpportunityCommand` per card inside one undo macro. Qt's drag
loop cannot be driven in tests, so the drop itself is :meth:`PipelineBoard.drop_on_stage`,
which the columns' ``dropEvent`` calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QFont,
    QGuiApplication,
    QPainter,
    QPen,
    QPixmap,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import StageOutcome
from kamdesk.services.pipeline import OpportunityRow, OpportunityService, StageRow
from kamdesk.services.pipeline import messages as m
from kamdesk.services.problems import ValidationError
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import enum_label, format_money, problem_text, translate
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.pipeline.cards import (
    CARD_SUBTLE_TEXT,
    COLUMN_FILL,
    COLUMN_WIDTH,
    SELECTION,
    CardDelegate,
    StageCardsModel,
    ids_from_mime,
    opportunity_mime,
)
from kamdesk.ui.pipeline.close_dialog import CloseDialog
from kamdesk.ui.pipeline.commands import MoveOpportunityCommand
from kamdesk.ui.workspace import Workspace

# -- look ------------------------------------------------------------------------------------

DROP_TARGET_FILL = QColor("#dde9f8")
OUTCOME_ACCENTS = {
    StageOutcome.OPEN: QColor("#1565c0"),
    StageOutcome.WON: QColor("#2e7d32"),
    StageOutcome.LOST: QColor("#9e9e9e"),
}
MAX_LISTED_PROBLEMS = 8
BUSY_FROM = 20  # cards in one move; more show the wait cursor while they are checked


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: [1, 2, 3, 7] → [(1, 3),
    (7, 7)], so selecting thousands of cards takes a few ranges, not one per card."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class StageCardList(QListView):
    """The cards of one column: virtualized (every card has the same height)."""

    def __init__(self, column: StageColumn):
        super().__init__(column)
        self.column = column
        self.setObjectName("stageCards")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Drops land on the column (a frame that accepts them), not between cards.
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)  # the column paints the lane

    def startDrag(self, supported_actions) -> None:
        """Drags every selected card of the board (other columns' too), shown as the pressed
        card with a count when there are several."""
        board = self.column.board
        ids = board.selected_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(opportunity_mime(ids))
        pixmap = self._drag_pixmap(len(ids))
        if pixmap is not None:
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(pixmap.width() // 2, 16))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, count: int) -> QPixmap | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        size = self.visualRect(index).size()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        option.state |= QStyle.StateFlag.State_Selected
        painter.setOpacity(0.92)
        self.itemDelegate().paint(painter, option, index)
        if count > 1:
            painter.setOpacity(1)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            badge = QRectF(size.width() - 30, 0, 26, 26)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTION)
            painter.drawEllipse(badge)
            painter.setPen(QColor("#ffffff"))
            font = QFont(self.font())
            font.setWeight(QFont.Weight.Bold)
            painter.setFont(font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.end()
        return pixmap

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            index = self.currentIndex()
            if index.isValid():
                self.column.board.opportunity_activated.emit(index.data(ID_ROLE))
                return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            step = -1 if key == Qt.Key.Key_Left else 1
            if self.column.board.focus_neighbour(self.column, step):
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        if event.reason() == event.Reason.Keyboard:
            index = self.currentIndex()
            position = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:
            position = event.globalPos()
        if not index.isValid():
            return
        selection = self.selectionModel()
        if not selection.isSelected(index):
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        menu = self.column.board.build_context_menu(self.column.board.selected_ids())
        if menu is not None:
            menu.popup(position)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(CARD_SUBTLE_TEXT)
            area = self.viewport().rect().adjusted(12, 24, -12, 0)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                translate(
                    "PipelineBoard",
                    "No opportunities in this stage.\nDrag cards here to move them.",
                ),
            )


# -- one column ------------------------------------------------------------------------------


class StageHeader(QFrame):
    """Stage name and count, total value and weighted total; an accent by outcome."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stageHeader")
        self.name_label = QLabel()
        self.name_label.setObjectName("stageName")
        self.name_label.setStyleSheet("font-weight: 700; font-size: 11pt;")
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_label = QLabel()
        self.total_label.setObjectName("stageTotal")
        self.total_label.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
        self.weighted_label = QLabel()
        self.weighted_label.setObjectName("stageWeighted")
        self.weighted_label.setStyleSheet(f"color: {CARD_SUBTLE_TEXT.name()};")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.total_label)
        layout.addWidget(self.weighted_label)

    def show_stage(self, stage: StageRow) -> None:
        accent = OUTCOME_ACCENTS[stage.outcome]
        self.count_label.setStyleSheet(
            f"background: {accent.name()}; color: #ffffff; border-radius: 9px;"
            " padding: 1px 8px; font-weight: 600;"
        )
        self.name_label.setText(stage_label(stage.key, stage.name))
        self.setToolTip(
            self.tr("Default probability of this stage: %1 %").replace("%1", str(stage.probability))
            if stage.outcome is StageOutcome.OPEN
            else enum_label(stage.outcome)
        )

    def show_totals(
        self, stage: StageRow, count: int, total: Decimal, weighted: Decimal, currency: str
    ) -> None:
        self.count_label.setText(str(count))
        self.count_label.setToolTip(self.count_text(count))
        self.total_label.setText(format_money(total, currency))
        if stage.outcome is StageOutcome.WON:
            self.weighted_label.setText(self.tr("Closed as won"))
        elif stage.outcome is StageOutcome.LOST:
            self.weighted_label.setText(self.tr("Closed as lost"))
        else:
            self.weighted_label.setText(
                self.tr("Weighted: %1").replace("%1", format_money(weighted, currency))
            )
        self.weighted_label.setToolTip(self.tr("Weighted value = value × probability"))

    def count_text(self, count: int) -> str:
        return self.tr("%n opportunity(s)", "", count)


class StageColumn(QFrame):
    """A stage's header and cards; the whole column accepts dropped cards."""

    def __init__(self, board: PipelineBoard, stage: StageRow):
        super().__init__()
        self.board, self.stage = board, stage
        self.setObjectName("stageColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setAcceptDrops(True)
        self.header = StageHeader(self)
        self.model = StageCardsModel(self)
        self.view = StageCardList(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(board.delegate)
        self.view.setAccessibleName(stage_label(stage.key, stage.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.total = Decimal(0)
        self.weighted = Decimal(0)
        self.drop_target = False
        self.header.show_stage(stage)

    def set_stage(self, stage: StageRow) -> None:
        self.stage = stage
        self.header.show_stage(stage)
        self.update()
        self.view.setAccessibleName(stage_label(stage.key, stage.name))

    def set_rows(self, rows: list[OpportunityRow], currency: str) -> None:
        self.model.currency = currency
        self.model.set_rows(rows)
        self.total = sum((r.value for r in rows), Decimal(0))
        self.weighted = sum((r.weighted_value for r in rows), Decimal(0))
        self.show_totals(currency)

    def show_totals(self, currency: str) -> None:
        self.model.currency = currency
        self.header.show_totals(
            self.stage, len(self.model.rows()), self.total, self.weighted, currency
        )

    def _set_drop_target(self, active: bool) -> None:
        self.drop_target = active
        self.update()

    def paintEvent(self, event) -> None:
        """A rounded, lightly tinted lane with the outcome's colour along its top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lane = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(
            QPen(SELECTION, 2, Qt.PenStyle.DashLine) if self.drop_target else Qt.PenStyle.NoPen
        )
        painter.setBrush(DROP_TARGET_FILL if self.drop_target else COLUMN_FILL)
        painter.drawRoundedRect(lane, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OUTCOME_ACCENTS[self.stage.outcome])
        painter.setClipRect(QRectF(lane.left(), lane.top(), lane.width(), 4))
        painter.drawRoundedRect(lane, 8, 8)

    # -- drop target -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if ids_from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_target(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if ids_from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.board.scroll_near_edge(self.mapToGlobal(event.position().toPoint()))
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_target(False)
        event.accept()

    def dropEvent(self, event) -> None:
        self._set_drop_target(False)
        ids = ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # After the drag loop has returned: the drop may reload every column.
        QTimer.singleShot(0, self.board, partial(self.board.drop_on_stage, ids, self.stage.id))


# -- the board -------------------------------------------------------------------------------


@dataclass
class _PendingMove:
    """A drop waiting for its win/loss reasons."""

    stage: StageRow
    rows: list[OpportunityRow]
    to_ask: list[OpportunityRow]
    reasons: dict[int, str] = field(default_factory=dict)


class _QuietMove(MoveOpportunityCommand):
    """One card of a multi-card move: the macro says ``pipeline_changed`` once, not per card
    (each notice reloads the whole tab)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._changed = lambda: None


class _PipelineNotice(QUndoCommand):
    """Says ``pipeline_changed`` when the macro around it has been redone (last child) or
    undone (first child)."""

    def __init__(self, workspace: Workspace, on_redo: bool):
        super().__init__()
        self.workspace, self.on_redo = workspace, on_redo

    def redo(self) -> None:
        if self.on_redo:
            self.workspace.pipeline_changed.emit()

    def undo(self) -> None:
        if not self.on_redo:
            self.workspace.pipeline_changed.emit()


class PipelineBoard(QWidget):
    """One column per stage; cards dragged to another column move, undoably."""

    opportunity_activated = Signal(int)  # a card was double-clicked or Enter was pressed
    selection_changed = Signal(list)  # the selected opportunity ids

    def __init__(
        self, workspace: Workspace, service: OpportunityService, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.workspace, self.service = workspace, service
        self.setObjectName("pipelineBoard")
        self.today: Callable[[], dt.date] = dt.date.today
        self.delegate = CardDelegate(self)
        self.columns: list[StageColumn] = []
        self.close_dialog: CloseDialog | None = None
        self.context_menu: QMenu | None = None
        # The tab's own actions on the selection (Delete, ...), added to the card menu.
        self.card_actions: list[QAction] = []
        self._stages: dict[int, StageRow] = {}
        self._rows: dict[int, OpportunityRow] = {}
        self._pending: _PendingMove | None = None
        self._syncing = False
        self._last_selection: list[int] = []

        self.strip = QWidget()
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(10, 10, 10, 10)
        self.strip_layout.setSpacing(10)
        self.strip_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        workspace.settings_changed.connect(self._currency_changed)

    # -- content -----------------------------------------------------------------------------

    @property
    def currency(self) -> str:
        return self.workspace.settings.currency

    def set_content(self, stages: list[StageRow], rows: list[OpportunityRow]) -> None:
        """Shows ``rows`` (already filtered by the tab) in one column per stage of ``stages``.
        The selection (by id) and each column's scroll position are kept."""
        selected = self.selected_ids()
        scrolled = {c.stage.id: c.view.verticalScrollBar().value() for c in self.columns}
        ordered = sorted(stages, key=lambda s: (s.position, s.id))
        self._stages = {s.id: s for s in ordered}
        self._rows = {r.id: r for r in rows}
        self._syncing = True
        try:
            self._make_columns(ordered)
            by_stage: dict[int, list[OpportunityRow]] = {s.id: [] for s in ordered}
            for row in rows:
                cards = by_stage.get(row.stage_id)
                if cards is not None:
                    cards.append(row)
            self.delegate.currency = self.currency
            self.delegate.today = self.today()
            for column in self.columns:
                column.set_rows(by_stage[column.stage.id], self.currency)
            self._select_quietly([i for i in selected if i in self._rows])
        finally:
            self._syncing = False
        for column in self.columns:
            if column.stage.id in scrolled:
                column.view.verticalScrollBar().setValue(scrolled[column.stage.id])
        self._selection_may_have_changed()

    def _make_columns(self, stages: list[StageRow]) -> None:
        """Reuses the columns while the stages are the same ones in the same order."""
        if [c.stage.id for c in self.columns] == [s.id for s in stages]:
            for column, stage in zip(self.columns, stages, strict=True):
                if column.stage != stage:
                    column.set_stage(stage)
            return
        for column in self.columns:
            self.strip_layout.removeWidget(column)
            column.deleteLater()
        self.columns = []
        for position, stage in enumerate(stages):
            column = StageColumn(self, stage)
            column.view.selectionModel().selectionChanged.connect(
                partial(self._column_selection_changed, column)
            )
            column.view.doubleClicked.connect(
                lambda index: self.opportunity_activated.emit(index.data(ID_ROLE))
            )
            self.strip_layout.insertWidget(position, column)
            self.columns.append(column)

    def column(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def _currency_changed(self) -> None:
        self.delegate.currency = self.currency
        for column in self.columns:
            column.show_totals(self.currency)
            column.view.viewport().update()

    # -- selection ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected cards' ids, column by column, top to bottom."""
        ids = []
        for column in self.columns:
            rows: set[int] = set()
            for span in column.view.selectionModel().selection():  # ranges: fast at 50k
                rows.update(range(span.top(), span.bottom() + 1))
            cards = column.model.rows()
            ids += [cards[r].id for r in sorted(rows) if r < len(cards)]
        return ids

    def select(self, ids: Iterable[int]) -> None:
        """Selects these cards (in any columns) and scrolls to the first one."""
        self._syncing = True
        try:
            first = self._select_quietly(list(ids))
        finally:
            self._syncing = False
        if first is not None:
            column, index = first
            column.view.scrollTo(index)
            self.scroll.ensureWidgetVisible(column, 0, 0)
        self._selection_may_have_changed()

    def _select_quietly(self, ids: list[int]):
        """Selects ``ids`` without signals; returns the first (column, index) or None."""
        wanted = set(ids)
        first = None
        for column in self.columns:
            selection = QItemSelection()
            positions = [p for p, row in enumerate(column.model.rows()) if row.id in wanted]
            for top, bottom in _runs(positions):
                selection.select(column.model.index(top), column.model.index(bottom))
            column.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            if positions:
                current = column.model.index(positions[0])
                column.view.selectionModel().setCurrentIndex(
                    current, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                first = first or (column, current)
        return first

    def _column_selection_changed(self, column: StageColumn, *_args) -> None:
        if self._syncing:
            return
        keep_others = QGuiApplication.keyboardModifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if column.view.selectionModel().hasSelection() and not keep_others:
            self._syncing = True
            try:  # one column at a time, unless Ctrl or Shift adds to the selection
                for other in self.columns:
                    if other is not column:
                        other.view.selectionModel().clearSelection()
            finally:
                self._syncing = False
        self._selection_may_have_changed()

    def _selection_may_have_changed(self) -> None:
        ids = self.selected_ids()
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(ids)

    def focus_neighbour(self, column: StageColumn, step: int) -> bool:
        """Keyboard: Left/Right goes to the card at the same height in the next column."""
        position = self.columns.index(column) + step
        if not 0 <= position < len(self.columns):
            return False
        target = self.columns[position]
        row = min(max(column.view.currentIndex().row(), 0), target.model.rowCount() - 1)
        target.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            index = target.model.index(row)
            target.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            target.view.scrollTo(index)
        self.scroll.ensureWidgetVisible(target, 0, 0)
        return True

    def scroll_near_edge(self, global_position: QPoint) -> None:
        """While dragging, the board scrolls sideways when the pointer nears its edges."""
        viewport = self.scroll.viewport()
        x = viewport.mapFromGlobal(global_position).x()
        bar = self.scroll.horizontalScrollBar()
        margin = 48
        if x < margin:
            bar.setValue(bar.value() - 24)
        elif x > viewport.width() - margin:
            bar.setValue(bar.value() + 24)

    # -- moving cards ------------------------------------------------------------------------

    def build_context_menu(self, ids: list[int]) -> QMenu | None:
        """Open, and Move to ▸ every other stage: the keyboard way to move cards."""
        rows = [self._rows[i] for i in ids if i in self._rows]
        if not rows:
            return None
        if self.context_menu is not None:
            self.context_menu.deleteLater()  # the previous one, closed by now
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: self.opportunity_activated.emit(rows[0].id))
        open_action.setEnabled(len(rows) == 1)
        move_menu = menu.addMenu(self.tr("Move to"))
        move_menu.setObjectName("moveToMenu")
        stages_now = {r.stage_id for r in rows}
        for column in self.columns:
            stage = column.stage
            action = move_menu.addAction(stage_label(stage.key, stage.name))
            action.setData(stage.id)
            action.setEnabled(stages_now != {stage.id})
            action.triggered.connect(partial(self.drop_on_stage, [r.id for r in rows], stage.id))
        if self.card_actions:
            menu.addSeparator()
            menu.addActions(self.card_actions)
        self.context_menu = menu
        return menu

    def drop_on_stage(self, ids: list[int], stage_id: int) -> None:
        """Moves these cards to the stage: asks the win/loss reason for each card it closes
        (Cancel drops the whole move), checks every card with the service, then pushes one
        undo step. Cards already in the stage stay as they are."""
        stage = self._stages.get(stage_id)
        if stage is None or self._pending is not None:
            return
        rows = [
            self._rows[i]
            for i in dict.fromkeys(ids)
            if i in self._rows and self._rows[i].stage_id != stage_id
        ]
        if not rows:
            return
        # Closing, or going from won to lost (or back), needs a reason for the new outcome.
        to_ask = [
            r
            for r in rows
            if stage.outcome is not StageOutcome.OPEN and r.outcome is not stage.outcome
        ]
        self._pending = _PendingMove(stage, rows, to_ask)
        self._ask_next_reason()

    def _ask_next_reason(self) -> None:
        pending = self._pending
        if pending is None:
            return
        if not pending.to_ask:
            self._finish_move()
            return
        row = pending.to_ask.pop(0)
        stage = pending.stage
        dialog = CloseDialog(
            row.title,
            stage_label(stage.key, stage.name),
            stage.outcome,
            # A reason typed while it was open explains this closing; a won deal's reason
            # does not explain losing it.
            row.win_loss_reason if row.is_open else "",
            len(pending.to_ask),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(partial(self._reason_given, row.id, dialog))
        dialog.rejected.connect(self._move_cancelled)
        self.close_dialog = dialog
        dialog.open()

    def _reason_given(self, opportunity_id: int, dialog: CloseDialog) -> None:
        pending = self._pending
        self.close_dialog = None
        if pending is None:
            return
        reason = dialog.reason()
        pending.reasons[opportunity_id] = reason
        if dialog.for_all_remaining():
            for row in pending.to_ask:
                pending.reasons[row.id] = reason
            pending.to_ask.clear()
        self._ask_next_reason()

    def _move_cancelled(self) -> None:
        self._pending = None
        self.close_dialog = None

    def _finish_move(self) -> None:
        pending, self._pending = self._pending, None
        stage = pending.stage
        stage_name = stage_label(stage.key, stage.name)
        refused = []
        busy = len(pending.rows) > BUSY_FROM
        if busy:  # one read per card
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for row in pending.rows:
                problems = self._move_problems(row, stage, pending.reasons.get(row.id))
                refused += [(row, text) for text in problems]
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        if refused:
            self._show_refusal(refused, stage_name)
            return
        self._push_moves(pending, stage_name)

    def _move_problems(self, row: OpportunityRow, stage: StageRow, reason: str | None) -> list[str]:
        """What the service would refuse about this move (the texts), [] when it is fine."""
        try:
            data = self.service.get(row.id)
        except ValidationError as error:
            return [problem_text(p) for p in error.problems]
        candidate = replace(data, stage_id=stage.id, win_loss_reason=reason or data.win_loss_reason)
        problems = self.service.validate(candidate, row.id)
        if reason:  # given with the move, so the closing has its reason
            problems = [p for p in problems if p.template != m.REASON_REQUIRED]
        return [problem_text(p) for p in problems]

    def _show_refusal(self, refused: list[tuple[OpportunityRow, str]], stage: str) -> None:
        lines = [f"“{row.title}”: {text}" for row, text in refused[:MAX_LISTED_PROBLEMS]]
        if len(refused) > MAX_LISTED_PROBLEMS:
            lines.append(self.more_problems_text(len(refused) - MAX_LISTED_PROBLEMS))
        headline = self.tr("Nothing was moved to %1.").replace("%1", stage)
        show_message(self, headline, "\n".join(lines))

    def _push_moves(self, pending: _PendingMove, stage_name: str) -> None:
        stack, stage = self.workspace.undo_stack, pending.stage

        def move(kind, row):
            reason = pending.reasons.get(row.id)
            return kind(
                self.workspace, self.service, row.id, row.title, stage.id, stage_name, reason
            )

        if len(pending.rows) == 1:
            stack.push(move(MoveOpportunityCommand, pending.rows[0]))
            return
        stack.beginMacro(self.move_text(len(pending.rows), stage_name))
        try:
            stack.push(_PipelineNotice(self.workspace, on_redo=False))
            for row in pending.rows:
                stack.push(move(_QuietMove, row))
            stack.push(_PipelineNotice(self.workspace, on_redo=True))
        finally:
            stack.endMacro()

    # -- texts with plurals (lupdate marks them only in a QObject's own tr) ------------------

    def move_text(self, count: int, stage_name: str) -> str:
        return self.tr("Move %n opportunity(s) to %1", "", count).replace("%1", stage_name)

    def more_problems_text(self, count: int) -> str:
        return self.tr("… and %n more problem(s).", "", count)
