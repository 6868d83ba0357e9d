"""One small object per mouse mode; the scene hands it the events of one press–drag–release.

Each ends by asking the scene to emit a request (cards moved, link wanted); the tab turns the
request into a command, so the document only ever changes through the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from kamdesk.ui.stakeholder_map import palette

if TYPE_CHECKING:
    from kamdesk.ui.stakeholder_map.items import PersonCard
    from kamdesk.ui.stakeholder_map.scene import MapScene


class Interaction:
    """Default handlers: let the scene do what it would do anyway."""

    consumes_events = False  # True: the scene's own handling (moving items) is skipped

    def __init__(self, scene: MapScene):
        self.scene = scene

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def cancel(self) -> None:
        pass


class MoveCardsInteraction(Interaction):
    """A drag of the selected cards (Qt moves them); on release, one request with where every
    moved card ended up, so one command undoes the whole drag."""

    def __init__(self, scene: MapScene):
        super().__init__(scene)
        self.start = {card.person_id: card.pos() for card in scene.selected_cards()}

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        moved = {}
        for person_id, start in self.start.items():
            card = self.scene.cards.get(person_id)
            if card is not None and card.pos() != start:
                moved[person_id] = (round(card.pos().x(), 1), round(card.pos().y(), 1))
        if moved:
            self.scene.cards_moved.emit(moved)

    def cancel(self) -> None:
        for person_id, start in self.start.items():
            card = self.scene.cards.get(person_id)
            if card is not None:
                card.setPos(start)


class DrawLinkInteraction(Interaction):
    """From a card to another: a rubber line follows the mouse; released on a card, the scene
    asks for a link between the two (the tab checks it and says why when it is refused)."""

    consumes_events = True

    def __init__(self, scene: MapScene, source: PersonCard, at: QPointF):
        super().__init__(scene)
        self.source = source
        self.line = QGraphicsLineItem(QLineF(source.scene_rect().center(), at))
        pen = QPen(palette.SELECTION, 2, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(10)
        scene.addItem(self.line)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.line.setLine(QLineF(self.source.scene_rect().center(), event.scenePos()))

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self._remove_line()
        target = self.scene.card_at(event.scenePos())
        if target is not None:
            self.scene.link_requested.emit(self.source.person_id, target.person_id)

    def cancel(self) -> None:
        self._remove_line()

    def _remove_line(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
