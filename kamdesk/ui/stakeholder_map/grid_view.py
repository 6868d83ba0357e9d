"""The power/stance grid: the map's people by stance (columns, for us → against us) and by
influence (rows, 5 on top), in the cells that :func:`kamdesk.analytics.org_layout.grid_layout`
works out.

The scene only mirrors the document, like the map's. Dragging cards into another cell asks
for a change (``cell_change_requested``); the view checks it with the service and pushes one
undoable command per person. Whatever the outcome, the cards go back to where the document
says they belong, so a drop in the same cell or outside the grid simply snaps back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kamdesk.analytics.org_layout import (
    INFLUENCE_ROWS,
    STANCE_COLUMNS,
    GridLayout,
    grid_cell,
    grid_layout,
)
from kamdesk.model.enums import Stance, fold
from kamdesk.services.stakeholders import MapPerson
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import enum_label, problem_text, translate
from kamdesk.ui.stakeholder_map import palette
from kamdesk.ui.stakeholder_map.commands import UpdatePersonCommand
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.items import BackdropItem, PersonCard, card_size
from kamdesk.ui.stakeholder_map.view import MapView
from kamdesk.ui.workspace import Workspace

# Influence is the row here, so every card has one size (the map's card for influence 3).
GRID_CARD_SIZE = card_size(3)
MIN_CELL_SIZE = (240.0, 110.0)  # an empty grid still reads as a grid
CELL_INSET = 3.0  # half the gutter between two cells' backgrounds
HEADER_HEIGHT = 50.0
ROW_HEADER_WIDTH = 140.0
HEADER_GAP = 6.0  # between a header and its cells
AXIS_HEIGHT = 24.0  # the "for us ← → against us" caption above the column headers
SCENE_MARGIN = 24.0
BACKGROUND = QColor("#fbfbfc")
ROW_HEADER_FILL = QColor("#eceff1")
CELL_TINT = 0.9  # how close to white a cell's stance tint is (cards use 0.78)

Cell = tuple[Stance, int]  # (stance, influence)


def cell_fill(stance: Stance, tint: float = CELL_TINT) -> QColor:
    """A very light tint of the stance colour, lighter than the cards drawn on it."""
    base = palette.STANCE_COLORS[stance]
    return QColor(*(round(channel * (1 - tint) + 255 * tint) for channel in base.getRgb()[:3]))


def influence_hint(influence: int) -> str:
    """What an influence level means for the deal, under the row's number."""
    hints = {
        5: translate("StanceGrid", "Decides"),
        4: translate("StanceGrid", "Strong say"),
        3: translate("StanceGrid", "Is heard"),
        2: translate("StanceGrid", "Some say"),
        1: translate("StanceGrid", "Little say"),
    }
    return hints[influence]


# -- items ----------------------------------------------------------------------------------


class GridCard(PersonCard):
    """The map's card, in the grid's single size; the grid scene handles its drags."""

    def set_person(self, person: MapPerson) -> None:
        super().set_person(person)
        self.width, self.height = GRID_CARD_SIZE


class CellItem(BackdropItem):
    """One cell's background; outlined in the selection colour while cards hover over it."""

    MARGIN = 2.0

    def __init__(self, stance: Stance, influence: int):
        super().__init__()
        self.stance, self.influence = stance, influence
        self.drop_target = False

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.drop_target:
            painter.setPen(QPen(palette.SELECTION, 3))
            painter.setBrush(cell_fill(self.stance, 0.8))
        else:
            border = QColor(palette.STANCE_COLORS[self.stance])
            border.setAlpha(90)
            painter.setPen(QPen(border, 1))
            painter.setBrush(cell_fill(self.stance))
        painter.drawRoundedRect(
            self.rect().adjusted(CELL_INSET, CELL_INSET, -CELL_INSET, -CELL_INSET), 6, 6
        )


class HeaderItem(BackdropItem):
    """A column's or a row's title with a smaller line under it, and a coloured accent along
    the edge that faces the cells."""

    def __init__(self, fill: QColor, accent: QColor, row: bool = False):
        super().__init__()
        self.fill, self.accent, self.row = fill, accent, row
        self.title = self.subtitle = ""

    def set_texts(self, title: str, subtitle: str) -> None:
        if (title, subtitle) != (self.title, self.subtitle):
            self.title, self.subtitle = title, subtitle
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setBrush(self.accent)
        if self.row:
            painter.drawRoundedRect(QRectF(rect.right() - 5, rect.top(), 5, rect.height()), 2, 2)
        else:
            painter.drawRoundedRect(QRectF(rect.left(), rect.bottom() - 5, rect.width(), 5), 2, 2)
        self._paint_texts(painter, rect.adjusted(10, 4, -12, -8))

    def _paint_texts(self, painter: QPainter, area: QRectF) -> None:
        title_font = QFont(painter.font())
        title_font.setPointSizeF(11)
        title_font.setBold(True)
        small = QFont(painter.font())
        small.setPointSizeF(8.5)
        lines = [
            (title_font, palette.CARD_TEXT, self.title),
            (small, palette.CARD_SUBTLE_TEXT, self.subtitle),
        ]
        heights = [QFontMetricsF(font).height() for font, _color, _text in lines]
        top = area.top() + max(0.0, (area.height() - sum(heights)) / 2)
        align = Qt.AlignmentFlag.AlignLeft if self.row else Qt.AlignmentFlag.AlignHCenter
        for (font, color, text), height in zip(lines, heights, strict=True):
            painter.setFont(font)
            painter.setPen(color)
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRectF(area.left(), top, area.width(), height), align, shown)
            top += height


class AxisCaption(BackdropItem):
    """ "← For us" at the left of the column headers, "Against us →" at their right."""

    def __init__(self):
        super().__init__()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(9)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(palette.CARD_SUBTLE_TEXT)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.rect(), middle | Qt.AlignmentFlag.AlignLeft, translate("StanceGrid", "← For us")
        )
        painter.drawText(
            self.rect(),
            middle | Qt.AlignmentFlag.AlignRight,
            translate("StanceGrid", "Against us →"),
        )


# -- the scene ------------------------------------------------------------------------------


class CardDrag:
    """One press–drag–release of the selected cards (Qt moves them while the mouse moves)."""

    def __init__(self, cards: Iterable[GridCard]):
        self.start = {card.person_id: card.pos() for card in cards}

    def moved(self, scene: StanceGridScene) -> bool:
        return any(
            person_id in scene.cards and scene.cards[person_id].pos() != start
            for person_id, start in self.start.items()
        )


class StanceGridScene(QGraphicsScene):
    # person ids, then the cell they were dropped in: Stance, influence (object: a list)
    cell_change_requested = Signal(object, object, int)

    def __init__(self, document: MapDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.cards: dict[int, GridCard] = {}
        self.grid = GridLayout(*MIN_CELL_SIZE, positions={})
        self._layout_stale = False
        self._drag: CardDrag | None = None
        self.setBackgroundBrush(BACKGROUND)
        self._build_frame()
        self.behind = False  # the document changed while no view showed the grid
        document.reloaded.connect(lambda: self._follow(self.rebuild))
        document.person_added.connect(lambda person: self._follow(self._add_card, person))
        document.person_removed.connect(lambda pid: self._follow(self._remove_card, pid))
        document.person_changed.connect(lambda person: self._follow(self._change_card, person))
        # The document emits measures_changed last after every read: one relayout follows a
        # refresh however many people it touched (an undone import may touch hundreds).
        document.measures_changed.connect(lambda: self._follow(self._document_settled))
        self.rebuild()

    def _follow(self, update, *args) -> None:
        """Mirrors the document while the grid is shown; a hidden grid only notes that it is
        behind and rebuilds when shown (the map tab opens on the map, not the grid)."""
        if any(view.isVisible() for view in self.views()):
            update(*args)
        else:
            self.behind = True

    def catch_up(self) -> None:
        if self.behind:
            self.behind = False
            self.rebuild()

    def _build_frame(self) -> None:
        self.cells: dict[Cell, CellItem] = {}
        self.column_headers: dict[Stance, HeaderItem] = {}
        self.row_headers: dict[int, HeaderItem] = {}
        for stance in STANCE_COLUMNS:
            header = HeaderItem(palette.card_fill(stance), palette.STANCE_COLORS[stance])
            self.column_headers[stance] = header
            self.addItem(header)
            for influence in INFLUENCE_ROWS:
                cell = CellItem(stance, influence)
                self.cells[stance, influence] = cell
                self.addItem(cell)
        for influence in INFLUENCE_ROWS:
            header = HeaderItem(ROW_HEADER_FILL, palette.DOT_FULL, row=True)
            header.set_texts(
                translate("StanceGrid", "Influence %1").replace("%1", str(influence)),
                influence_hint(influence),
            )
            self.row_headers[influence] = header
            self.addItem(header)
        self.axis_caption = AxisCaption()
        self.addItem(self.axis_caption)

    # -- mirroring the document --------------------------------------------------------------

    def rebuild(self) -> None:
        self._drag = None
        self.clearSelection()  # one selectionChanged, not one per card removed
        for card in self.cards.values():
            self.removeItem(card)
        self.cards.clear()
        for person in self.document.people.values():
            self._add_card(person)
        self.relayout()
        self._mark_stale()

    def _add_card(self, person: MapPerson) -> None:
        card = GridCard(person)
        self.cards[person.id] = card
        self.addItem(card)
        self._layout_stale = True

    def _remove_card(self, person_id: int) -> None:
        card = self.cards.pop(person_id, None)
        if card is not None:
            self.removeItem(card)
            self._layout_stale = True

    def _change_card(self, person: MapPerson) -> None:
        card = self.cards.get(person.id)
        if card is not None:
            card.set_person(person)
            self._layout_stale = True

    def _document_settled(self) -> None:
        if self._layout_stale:
            self.relayout()
        self._mark_stale()

    def _mark_stale(self) -> None:
        stale = self.document.stale_people()
        for person_id, card in self.cards.items():
            card.set_stale(person_id in stale)

    # -- geometry ----------------------------------------------------------------------------

    def relayout(self) -> None:
        """Puts every card in the cell of its stance and influence (by name inside a cell)
        and sizes the cells for the most crowded one."""
        self._layout_stale = False
        people = sorted(
            (card.person for card in self.cards.values()),
            key=lambda p: (fold(p.data.name), p.data.name, p.id),
        )
        self.grid = grid_layout(
            [(p.id, p.data.stance, p.data.influence) for p in people],
            *GRID_CARD_SIZE,
            min_cell_width=MIN_CELL_SIZE[0],
            min_cell_height=MIN_CELL_SIZE[1],
        )
        for person_id, (x, y) in self.grid.positions.items():
            card = self.cards[person_id]
            if card.pos() != QPointF(x, y):
                card.setPos(x, y)
        self._place_frame()

    def _place_frame(self) -> None:
        width, height = self.grid.cell_width, self.grid.cell_height
        for (stance, influence), cell in self.cells.items():
            cell.set_rect(self.cell_rect(stance, influence))
        counts = dict.fromkeys(STANCE_COLUMNS, 0)
        for card in self.cards.values():
            counts[card.person.data.stance] += 1
        header_top = -HEADER_GAP - HEADER_HEIGHT
        for column, stance in enumerate(STANCE_COLUMNS):
            rect = QRectF(
                column * width + CELL_INSET, header_top, width - 2 * CELL_INSET, HEADER_HEIGHT
            )
            self.column_headers[stance].set_rect(rect)
            self.column_headers[stance].set_texts(
                enum_label(stance), self.people_count(counts[stance])
            )
        for row, influence in enumerate(INFLUENCE_ROWS):
            rect = QRectF(
                -HEADER_GAP - ROW_HEADER_WIDTH,
                row * height + CELL_INSET,
                ROW_HEADER_WIDTH,
                height - 2 * CELL_INSET,
            )
            self.row_headers[influence].set_rect(rect)
        grid_width = len(STANCE_COLUMNS) * width
        self.axis_caption.set_rect(
            QRectF(CELL_INSET, header_top - AXIS_HEIGHT, grid_width - 2 * CELL_INSET, AXIS_HEIGHT)
        )
        frame = QRectF(
            -HEADER_GAP - ROW_HEADER_WIDTH,
            header_top - AXIS_HEIGHT,
            grid_width + HEADER_GAP + ROW_HEADER_WIDTH,
            len(INFLUENCE_ROWS) * height + HEADER_HEIGHT + HEADER_GAP + AXIS_HEIGHT,
        )
        # Fixed, so a card dragged far away does not grow the scrollable area for good.
        self.setSceneRect(frame.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    def people_count(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)

    def cell_rect(self, stance: Stance, influence: int) -> QRectF:
        column, row = grid_cell(stance, influence)
        width, height = self.grid.cell_width, self.grid.cell_height
        return QRectF(column * width, row * height, width, height)

    def cell_at(self, point: QPointF) -> Cell | None:
        """The (stance, influence) of the cell under ``point``; None outside the grid."""
        column = int(point.x() // self.grid.cell_width)
        row = int(point.y() // self.grid.cell_height)
        if 0 <= column < len(STANCE_COLUMNS) and 0 <= row < len(INFLUENCE_ROWS):
            return STANCE_COLUMNS[column], INFLUENCE_ROWS[row]
        return None

    def card_at(self, point: QPointF) -> GridCard | None:
        for item in self.items(point):
            if isinstance(item, GridCard):
                return item
        return None

    # -- selection ---------------------------------------------------------------------------

    def selected_people(self) -> list[int]:
        return sorted(i.person_id for i in self.selectedItems() if isinstance(i, GridCard))

    def select_people(self, person_ids: Iterable[int]) -> None:
        wanted = {pid for pid in person_ids if pid in self.cards}
        if wanted == set(self.selected_people()):
            return
        self.clearSelection()
        for person_id in wanted:
            self.cards[person_id].setSelected(True)

    # -- dragging cards to another cell ------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)  # selection, and Qt starts moving the selected cards
        card = self.card_at(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and card is not None and card.isSelected():
            dragged = [c for c in self.cards.values() if c.isSelected()]
            self._drag = CardDrag(dragged)
            for each in dragged:
                each.setZValue(1)  # over the cards they pass

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag is not None:
            self._show_drop_target(self.cell_at(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag, self._drag = self._drag, None
        if drag is not None:
            self.drop(drag, event.scenePos())

    def drop(self, drag: CardDrag, point: QPointF) -> None:
        """Sends the cards back to their cells, then asks to move the people whose stance or
        influence differ from the cell under ``point``; outside the grid nothing is asked."""
        self._show_drop_target(None)
        for person_id in drag.start:
            if person_id in self.cards:
                self.cards[person_id].setZValue(0)
        moved = drag.moved(self)
        self.relayout()
        target = self.cell_at(point)
        if not moved or target is None:
            return
        stance, influence = target
        people = self.document.people
        changing = [pid for pid in drag.start if pid in people and _cell_of(people[pid]) != target]
        if changing:
            self.cell_change_requested.emit(sorted(changing), stance, influence)

    def _show_drop_target(self, target: Cell | None) -> None:
        for cell, item in self.cells.items():
            item.set_drop_target(cell == target)


def _cell_of(person: MapPerson) -> Cell:
    return person.data.stance, person.data.influence


# -- the view -------------------------------------------------------------------------------


class StanceGridView(MapView):
    """The grid with the map's zoom, fit, pan and rubber-band selection. Dropping cards in
    another cell changes the people's stance and influence, one undo step per drop."""

    selection_changed_people = Signal(list)  # the user changed the selection (sorted ids)

    def __init__(self, workspace: Workspace, document: MapDocument, parent: QWidget | None = None):
        scene = StanceGridScene(document)
        super().__init__(scene, parent)
        scene.setParent(self)  # deleted with the view
        self.grid_scene = scene
        self.workspace = workspace
        self.document = document
        self.setObjectName("stanceGridView")
        self.empty_hint = self.tr(
            "Nobody on this map yet. Add people, then drag their cards between the cells."
        )
        self._selecting = False
        self.grid_scene.selectionChanged.connect(self._selection_changed)
        self.grid_scene.cell_change_requested.connect(self.move_to_cell)

    def showEvent(self, event) -> None:
        """Catches up with what changed while hidden, without reporting the rebuild's
        cleared selection as the user's."""
        super().showEvent(event)
        self._selecting = True
        try:
            self.grid_scene.catch_up()
        finally:
            self._selecting = False

    # -- selection ---------------------------------------------------------------------------

    def selected_people(self) -> list[int]:
        return self.grid_scene.selected_people()

    def select_people(self, person_ids: Iterable[int]) -> None:
        """Selects these people's cards and shows the first; does not echo
        ``selection_changed_people`` (so the tab can keep map, list and grid in step)."""
        person_ids = list(person_ids)
        self._selecting = True
        try:
            self.grid_scene.select_people(person_ids)
        finally:
            self._selecting = False
        cards = [self.grid_scene.cards[pid] for pid in person_ids if pid in self.grid_scene.cards]
        if cards:
            self.ensureVisible(cards[0], 40, 40)

    def _selection_changed(self) -> None:
        if not self._selecting:
            self.selection_changed_people.emit(self.grid_scene.selected_people())

    # -- edits -------------------------------------------------------------------------------

    def move_to_cell(self, person_ids: Iterable[int], stance: Stance, influence: int) -> bool:
        """Gives these people the cell's stance and influence, as one undo step; says why
        and writes nothing when the service would refuse any of them."""
        people = self.document.people
        changes = {}
        for person_id in person_ids:
            if person_id not in people:  # deleted meanwhile (an undo, another tab)
                continue
            data = people[person_id].data
            change = {}
            if data.stance is not stance:
                change["stance"] = stance
            if data.influence != influence:
                change["influence"] = influence
            if change:
                changes[person_id] = change
        if not changes or self.document.account_id is None:
            return False
        for person_id, change in changes.items():
            if not self._acceptable(person_id, change):
                return False
        self._push_changes(changes)
        return True

    def _acceptable(self, person_id: int, change: dict) -> bool:
        data = self.document.people[person_id].data
        problems = self.document.service.validate(self.document.account_id, replace(data, **change))
        if problems:
            show_message(
                self,
                self.tr("“%1” cannot be moved to this cell.").replace("%1", data.name),
                "\n".join(problem_text(problem) for problem in problems)
                + "\n\n"
                + self.tr("Correct this in the person's details, then try again."),
            )
        return not problems

    def _push_changes(self, changes: dict[int, dict]) -> None:
        stack = self.workspace.undo_stack
        several = len(changes) > 1
        if several:
            stack.beginMacro(self.tr("Move %n person(s) in the grid", "", len(changes)))
        for person_id, change in changes.items():
            name = self.document.people[person_id].data.name
            stack.push(UpdatePersonCommand(self.workspace, self.document, person_id, name, change))
        if several:
            stack.endMacro()

    # -- mouse and painting ------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """On an empty grid, a hint in a box over the middle cells, readable in any theme."""
        if not self.empty_hint or self.grid_scene.cards:
            return
        painter.save()
        painter.resetTransform()
        viewport = QRectF(self.viewport().rect())
        width = min(viewport.width() - 40, 420.0)
        box = QRectF(0, 0, width, 0)
        box.setHeight(
            painter.fontMetrics()
            .boundingRect(
                box.toRect().adjusted(12, 0, -12, 0), Qt.TextFlag.TextWordWrap, self.empty_hint
            )
            .height()
            + 24
        )
        box.moveCenter(viewport.center())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.DOT_EMPTY, 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(palette.CARD_SUBTLE_TEXT)
        painter.drawText(
            box.adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_hint,
        )
        painter.restore()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The map adds a person where one double-clicks; a grid cell has no such place.
        QGraphicsView.mouseDoubleClickEvent(self, event)
