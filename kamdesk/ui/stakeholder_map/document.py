"""The map's truth: one account's people and links, read and written through the service.

Every write re-reads the account's map and compares it with what the document held, then
emits past-tense signals for exactly what changed. Re-reading keeps the document right when a
write has side effects the UI cannot predict (deleting a person deletes their links; restoring
brings them back) and when an undo touches an account that is not the one shown. Moving
cards is the exception: a position affects nothing else, so only the moved people change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from kamdesk.analytics.coverage import AlertKind
from kamdesk.services.stakeholders import (
    AccountMap,
    DeletionSnapshot,
    LinkData,
    MapLink,
    MapPerson,
    MapUnit,
    OrgUnitData,
    Point,
    StakeholderData,
    StakeholderService,
)

STALE_KINDS = frozenset({AlertKind.STALE_CONTACT, AlertKind.NEVER_CONTACTED})
Size = tuple[float, float]


class MapDocument(QObject):
    reloaded = Signal()  # a different account (or none) is shown: rebuild everything
    person_added = Signal(object)  # MapPerson
    person_removed = Signal(int)
    person_changed = Signal(object)  # MapPerson whose data changed
    person_moved = Signal(int, object)  # id, stored position (None: not placed)
    link_added = Signal(object)  # MapLink
    link_removed = Signal(int)
    units_changed = Signal()  # the org-unit tree (names, kinds, parents, target flags)
    measures_changed = Signal()  # coverage, resistance, alerts or stale markers

    def __init__(
        self,
        service: StakeholderService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self._today = today
        self.account_id: int | None = None
        self.map: AccountMap | None = None
        self.people: dict[int, MapPerson] = {}
        self.links: dict[int, MapLink] = {}
        self.units: tuple[MapUnit, ...] = ()  # in tree order

    # -- reading -----------------------------------------------------------------------------

    def load(self, account_id: int | None) -> None:
        self.account_id = account_id
        self._read()
        self.reloaded.emit()
        self.measures_changed.emit()

    def _read(self) -> None:
        if self.account_id is None:
            self.map, self.people, self.links, self.units = None, {}, {}, ()
            return
        self.map = self.service.account_map(self.account_id, self._today())
        self.people = {p.id: p for p in self.map.people}
        self.links = {link.id: link for link in self.map.links}
        self.units = self.map.units

    def refresh(self) -> None:
        """Re-reads the account and emits what changed since the last read."""
        old_people, old_links, old_units = self.people, self.links, self.units
        self._read()
        if old_units != self.units:
            self.units_changed.emit()
        for link_id in old_links.keys() - self.links.keys():
            self.link_removed.emit(link_id)
        for person_id in old_people.keys() - self.people.keys():
            self.person_removed.emit(person_id)
        for person_id, person in self.people.items():
            before = old_people.get(person_id)
            if before is None:
                self.person_added.emit(person)
                continue
            if before.data != person.data:
                self.person_changed.emit(person)
            if before.position != person.position:
                self.person_moved.emit(person_id, person.position)
        for link_id, link in self.links.items():
            if link_id not in old_links:
                self.link_added.emit(link)
            elif old_links[link_id] != link:
                self.link_removed.emit(link_id)
                self.link_added.emit(link)
        self.measures_changed.emit()

    def stale_people(self) -> set[int]:
        """People not contacted for too long, or never (as the gap alerts say)."""
        if self.map is None:
            return set()
        return {a.person_id for a in self.map.alerts if a.kind in STALE_KINDS}

    # -- writing (each raises ValidationError before writing anything) ------------------------

    def add_person(self, account_id: int, data: StakeholderData, position: Point | None) -> int:
        person_id = self.service.create(account_id, data, position)
        self.refresh()
        return person_id

    def delete_people(self, person_ids: Iterable[int]) -> DeletionSnapshot:
        snapshot = self.service.delete(person_ids)
        self.refresh()
        return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Brings back deleted people or links, with their ids and links."""
        self.service.restore(snapshot)
        self.refresh()

    def move(self, positions: Mapping[int, Point | None]) -> dict[int, Point | None]:
        previous = self.service.move(positions)
        self._moved(positions)
        return previous

    def _moved(self, positions: Mapping[int, Point | None]) -> None:
        """A position changes nothing else, so a drag (or an org chart of a thousand cards)
        updates the people it moved instead of re-reading the whole map."""
        for person_id, position in positions.items():
            person = self.people.get(person_id)
            if person is None:  # another account's (an undo while this one is shown)
                continue
            position = None if position is None else (float(position[0]), float(position[1]))
            if person.position != position:
                self.people[person_id] = replace(person, position=position)
                self.person_moved.emit(person_id, position)

    def add_link(self, account_id: int, data: LinkData) -> int:
        link_id = self.service.create_link(account_id, data)
        self.refresh()
        return link_id

    def update_person(self, person_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Applies ``changes`` ({field: value}); returns the previous values, for undo."""
        previous = self.service.update(person_id, changes)
        self.refresh()
        return previous

    def update_link(self, link_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        previous = self.service.update_link(link_id, changes)
        self.refresh()
        return previous

    def create_unit(self, account_id: int, data: OrgUnitData) -> int:
        unit_id = self.service.create_unit(account_id, data)
        self.refresh()
        return unit_id

    def update_unit(self, unit_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        previous = self.service.update_unit(unit_id, changes)
        self.refresh()
        return previous

    def delete_units(self, unit_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes org units (sub-units move up, people stay without a unit); restore undoes."""
        snapshot = self.service.delete_units(unit_ids)
        self.refresh()
        return snapshot

    def delete_links(self, link_ids: Iterable[int]) -> DeletionSnapshot:
        snapshot = self.service.delete_link(link_ids)
        self.refresh()
        return snapshot

    def record_review(self, account_id: int) -> int:
        """Stores the account's sponsor coverage and resistance of today as a map review."""
        review_id = self.service.record_map_review(account_id, self._today())
        self.refresh()
        return review_id

    def delete_review(self, review_id: int) -> DeletionSnapshot:
        snapshot = self.service.delete_map_review(review_id)
        self.refresh()
        return snapshot

    def auto_layout(self, card_sizes: Mapping[int, Size]) -> dict[int, Point]:
        """Where an org chart puts every card; writes nothing (the command moves them)."""
        if self.account_id is None:
            return {}
        return self.service.auto_layout(self.account_id, card_sizes)
