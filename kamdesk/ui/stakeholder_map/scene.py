"""The scene mirrors the document: it adds, moves and removes items when the document says
something changed, and hands mouse drags to one interaction object at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from kamdesk.model.enums import fold
from kamdesk.services.stakeholders import MapLink, MapPerson, Point
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.interactions import (
    DrawLinkInteraction,
    Interaction,
    MoveCardsInteraction,
)
from kamdesk.ui.stakeholder_map.items import LinkItem, PersonCard, UnitGroupItem, card_size

DIMMED_OPACITY = 0.25  # cards (and links) a highlight leaves out
GRID_GAP = 40.0  # between cards placed in a grid, and below the cards already placed
LAYOUT_SPACING = 56.0  # added between the org chart's neighbours
PARALLEL_LINK_GAP = 10.0  # between links that join the same two people


class MapScene(QGraphicsScene):
    cards_moved = Signal(object)  # {person id: (x, y)} after one drag (int keys: not a dict)
    link_requested = Signal(int, int)  # source person id, target person id

    def __init__(self, document: MapDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.cards: dict[int, PersonCard] = {}
        self.link_items: dict[int, LinkItem] = {}
        self.groups: dict[int, UnitGroupItem] = {}  # org unit id → the frame of its cards
        self._links_of: dict[int, set[LinkItem]] = defaultdict(set)  # person id → their links
        self._regroup_pending = False
        self.link_mode = False  # a drag from a card draws a link (else only with Shift)
        self._interaction: Interaction | None = None
        document.reloaded.connect(self.rebuild)
        document.person_added.connect(self._add_card)
        document.person_removed.connect(self._remove_card)
        document.person_changed.connect(self._change_card)
        document.person_moved.connect(self._move_card)
        document.link_added.connect(self._add_link)
        document.link_removed.connect(self._remove_link)
        document.measures_changed.connect(self._mark_stale)
        document.units_changed.connect(self.regroup)
        self.rebuild()

    # -- mirroring the document --------------------------------------------------------------

    def rebuild(self) -> None:
        self._cancel_interaction()
        self.clear()
        self.cards.clear()
        self.link_items.clear()
        self.groups.clear()
        self._links_of.clear()
        for person in self.document.people.values():
            self._add_card(person, place_unplaced=False)
        self._place_unplaced()
        for link in self.document.links.values():
            self._add_link(link)
        self._mark_stale()
        self.regroup()

    def _add_card(self, person: MapPerson, place_unplaced: bool = True) -> None:
        card = PersonCard(person)
        card.geometry_changed.connect(lambda: self._card_moved(person.id))
        self.cards[person.id] = card
        self.addItem(card)
        if person.position is not None:
            card.setPos(*person.position)
        elif place_unplaced:
            self._place_unplaced()

    def _remove_card(self, person_id: int) -> None:
        self._cancel_interaction()
        card = self.cards.pop(person_id, None)
        if card is not None:
            self.removeItem(card)
            card.deleteLater()
            self._links_of.pop(person_id, None)
            self._schedule_regroup()

    def _change_card(self, person: MapPerson) -> None:
        card = self.cards.get(person.id)
        if card is not None:
            card.set_person(person)
            self._adjust_links(person.id)
            self._schedule_regroup()  # the size or the org unit may have changed

    def _move_card(self, person_id: int, position: Point | None) -> None:
        card = self.cards.get(person_id)
        if card is None:
            return
        if position is None:  # back to "never placed" (an undo): placed like any other
            self._place_unplaced([person_id])
        else:
            card.setPos(*position)

    def _add_link(self, link: MapLink) -> None:
        source = self.cards.get(link.data.source_id)
        target = self.cards.get(link.data.target_id)
        if source is None or target is None:
            return
        item = LinkItem(link.id, link.data.kind, link.data.strength, source, target)
        self.link_items[link.id] = item
        self._links_of[source.person_id].add(item)
        self._links_of[target.person_id].add(item)
        self.addItem(item)
        self._spread_links(source.person_id, target.person_id)

    def _remove_link(self, link_id: int) -> None:
        item = self.link_items.pop(link_id, None)
        if item is not None:
            self._links_of[item.source.person_id].discard(item)
            self._links_of[item.target.person_id].discard(item)
            self.removeItem(item)
            self._spread_links(item.source.person_id, item.target.person_id)

    def _spread_links(self, one: int, other: int) -> None:
        """Several links between the same two people run side by side, not on top of each
        other (a manager who is also an ally: both lines stay visible and clickable)."""
        shared = sorted(
            (
                i
                for i in self._links_of.get(one, ())
                if other in (i.source.person_id, i.target.person_id)
            ),
            key=lambda i: i.link_id,
        )
        middle = (len(shared) - 1) / 2
        for index, item in enumerate(shared):
            item.set_offset((index - middle) * PARALLEL_LINK_GAP)

    def _card_moved(self, person_id: int) -> None:
        self._adjust_links(person_id)
        self._schedule_regroup()

    def _adjust_links(self, person_id: int) -> None:
        for item in self._links_of.get(person_id, ()):
            item.adjust()

    # -- org-unit frames ---------------------------------------------------------------------

    def _schedule_regroup(self) -> None:
        """Frames follow once per event-loop turn, not once per card of a big move."""
        if not self._regroup_pending:
            self._regroup_pending = True
            QTimer.singleShot(0, self.regroup)

    def regroup(self) -> None:
        """One frame per org unit that has people on the map, around those people's cards."""
        self._regroup_pending = False
        rects: dict[int, list] = defaultdict(list)
        for person_id, card in self.cards.items():
            person = self.document.people.get(person_id)
            if person is not None and person.data.org_unit_id is not None:
                rects[person.data.org_unit_id].append(card.scene_rect())
        units = {unit.id: unit.data for unit in self.document.units}
        for unit_id in [u for u in self.groups if u not in rects or u not in units]:
            self.removeItem(self.groups.pop(unit_id))
        for unit_id, card_rects in rects.items():
            data = units.get(unit_id)
            if data is None:
                continue
            group = self.groups.get(unit_id)
            if group is None:
                group = self.groups[unit_id] = UnitGroupItem(unit_id, data.name, data.is_target)
                self.addItem(group)
            else:
                group.set_unit(data.name, data.is_target)
            group.fit_cards(card_rects)

    def _mark_stale(self) -> None:
        stale = self.document.stale_people()
        for person_id, card in self.cards.items():
            card.set_stale(person_id in stale)

    # -- where unplaced people go ------------------------------------------------------------

    def _place_unplaced(self, only: list[int] | None = None) -> None:
        """Shows people without a stored position without writing anything: as the org chart
        when nobody is placed yet, else in a grid below the cards already placed."""
        people = self.document.people
        unplaced = [
            pid for pid in (only or people) if pid in people and people[pid].position is None
        ]
        if not unplaced:
            return
        if all(p.position is None for p in people.values()):
            layout = self.org_chart_positions()
            for person_id in unplaced:
                self.cards[person_id].setPos(*layout.get(person_id, (0.0, 0.0)))
            return
        self._place_in_grid(unplaced)

    def _place_in_grid(self, person_ids: list[int]) -> None:
        placed = [
            self.cards[pid].scene_rect()
            for pid, person in self.document.people.items()
            if person.position is not None and pid in self.cards
        ]
        left = min(rect.left() for rect in placed)
        top = max(rect.bottom() for rect in placed) + GRID_GAP * 2
        width, height = card_size(5)
        columns = max(1, int(max(rect.right() for rect in placed) - left) // int(width + GRID_GAP))
        for index, person_id in enumerate(person_ids):
            row, column = divmod(index, columns)
            self.cards[person_id].setPos(
                left + column * (width + GRID_GAP), top + row * (height + GRID_GAP)
            )

    def card_sizes(self) -> dict[int, tuple[float, float]]:
        return {pid: card_size(p.data.influence) for pid, p in self.document.people.items()}

    def org_chart_positions(self) -> dict[int, tuple[float, float]]:
        """The service's org chart, with wider gaps between siblings than it leaves, so the
        alliance and rivalry lines between neighbours stay long enough to read."""
        padded = {pid: (w + LAYOUT_SPACING, h) for pid, (w, h) in self.card_sizes().items()}
        layout = self.document.auto_layout(padded)
        return {pid: (x + LAYOUT_SPACING / 2, y) for pid, (x, y) in layout.items()}

    # -- selection ---------------------------------------------------------------------------

    def selected_cards(self) -> list[PersonCard]:
        return [item for item in self.selectedItems() if isinstance(item, PersonCard)]

    def selected_people(self) -> list[int]:
        return sorted(card.person_id for card in self.selected_cards())

    def selected_links(self) -> list[int]:
        return sorted(i.link_id for i in self.selectedItems() if isinstance(i, LinkItem))

    def select_people(self, person_ids) -> None:
        self.clearSelection()
        for person_id in person_ids:
            card = self.cards.get(person_id)
            if card is not None:
                card.setSelected(True)

    def matching_people(self, query: str) -> list[int]:
        """The people whose name contains ``query`` (case- and accent-insensitive), by name."""
        needle = fold(query)
        if not needle:
            return []
        people = self.document.people.values()
        return [p.id for p in people if needle in fold(p.data.name) and p.id in self.cards]

    # -- highlight ---------------------------------------------------------------------------

    def highlight(self, keep: Callable[[MapPerson], bool] | None) -> None:
        """Dims the cards ``keep`` says no to, and the links not between two kept cards;
        None shows everything normally."""
        for card in self.cards.values():
            card.setOpacity(1.0 if keep is None or keep(card.person) else DIMMED_OPACITY)
        for item in self.link_items.values():
            bright = item.source.opacity() == 1.0 and item.target.opacity() == 1.0
            item.setOpacity(1.0 if bright else DIMMED_OPACITY)

    def card_at(self, point: QPointF) -> PersonCard | None:
        for item in self.items(point):
            if isinstance(item, PersonCard):
                return item
        return None

    # -- mouse: one interaction per press–drag–release ---------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos())
        left = event.button() == Qt.MouseButton.LeftButton
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if left and card is not None and (self.link_mode or shift):
            self._interaction = DrawLinkInteraction(self, card, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)  # selection, and Qt starts moving the selected cards
        if left and card is not None:
            self._interaction = MoveCardsInteraction(self)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event)
            if self._interaction.consumes_events:
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is None or not interaction.consumes_events:
            super().mouseReleaseEvent(event)
        if interaction is not None:
            interaction.finish(event)

    def _cancel_interaction(self) -> None:
        if self._interaction is not None:
            self._interaction.cancel()
            self._interaction = None
