"""Every edit of the map is one of these commands on the workspace's single QUndoStack.

Input is validated before a command is pushed (the tab asks the service first), so ``redo``
only fails when the database does; then ``_safely`` reports it and drops the command. Each
command keeps what the service returned for its undo: a new id, the previous positions, or a
deletion snapshot that brings every row back with its id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject

from kamdesk.services.stakeholders import LinkData, Point, StakeholderData
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.workspace import Workspace


class MapCommands(QObject):
    """The commands' plural texts: lupdate 6.11 marks a plural only in a QObject's own tr()."""

    def delete_people(self, count: int) -> str:
        return self.tr("Delete %n person(s)", "", count)

    def move_cards(self, count: int) -> str:
        return self.tr("Move %n card(s)", "", count)

    def delete_links(self, count: int) -> str:
        return self.tr("Delete %n link(s)", "", count)


class MapCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, document: MapDocument, text: str):
        super().__init__(workspace, text)
        self.document = document
        self.account_id = document.account_id


class AddPersonCommand(MapCommand):
    def __init__(
        self,
        workspace: Workspace,
        document: MapDocument,
        data: StakeholderData,
        position: Point | None,
    ):
        text = translate("MapCommands", "Add “%1” to the map").replace("%1", data.name)
        super().__init__(workspace, document, text)
        self.data, self.position = data, position
        self.person_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._add)

    def _add(self) -> None:
        if self._snapshot is None:
            self.person_id = self.document.add_person(self.account_id, self.data, self.position)
        else:  # the same id again, so later commands that name it still apply
            self.document.restore(self._snapshot)

    def undo(self) -> None:
        self._safely(
            lambda: setattr(self, "_snapshot", self.document.delete_people([self.person_id]))
        )


class DeletePeopleCommand(MapCommand):
    """People with their links, as one undo step."""

    def __init__(self, workspace: Workspace, document: MapDocument, person_ids: Iterable[int]):
        self.person_ids = list(person_ids)
        text = MapCommands().delete_people(len(self.person_ids))
        super().__init__(workspace, document, text)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(
            lambda: setattr(self, "_snapshot", self.document.delete_people(self.person_ids))
        )

    def undo(self) -> None:
        self._safely(lambda: self.document.restore(self._snapshot))


class MovePeopleCommand(MapCommand):
    """One drag of all the selected cards (or a whole auto-layout): new positions in, the
    stored ones before it (None for a card never placed) kept for undo."""

    def __init__(
        self,
        workspace: Workspace,
        document: MapDocument,
        positions: Mapping[int, Point | None],
        text: str | None = None,
    ):
        text = text or MapCommands().move_cards(len(positions))
        super().__init__(workspace, document, text)
        self.positions = dict(positions)
        self._previous: dict[int, Point | None] | None = None

    def redo(self) -> None:
        self._safely(self._move)

    def _move(self) -> None:
        previous = self.document.move(self.positions)
        if self._previous is None:
            self._previous = previous

    def undo(self) -> None:
        self._safely(lambda: self.document.move(self._previous))


class AutoLayoutCommand(MovePeopleCommand):
    """The org chart the service computed, applied as one undoable move of every card."""

    def __init__(self, workspace: Workspace, document: MapDocument, positions: Mapping[int, Point]):
        super().__init__(
            workspace, document, positions, translate("MapCommands", "Arrange as org chart")
        )


class AddLinkCommand(MapCommand):
    def __init__(self, workspace: Workspace, document: MapDocument, data: LinkData):
        super().__init__(workspace, document, translate("MapCommands", "Add link"))
        self.data = data
        self.link_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._add)

    def _add(self) -> None:
        if self._snapshot is None:
            self.link_id = self.document.add_link(self.account_id, self.data)
        else:
            self.document.restore(self._snapshot)

    def undo(self) -> None:
        self._safely(lambda: setattr(self, "_snapshot", self.document.delete_links([self.link_id])))


class DeleteLinksCommand(MapCommand):
    def __init__(self, workspace: Workspace, document: MapDocument, link_ids: Iterable[int]):
        self.link_ids = list(link_ids)
        text = MapCommands().delete_links(len(self.link_ids))
        super().__init__(workspace, document, text)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(lambda: setattr(self, "_snapshot", self.document.delete_links(self.link_ids)))

    def undo(self) -> None:
        self._safely(lambda: self.document.restore(self._snapshot))


class RecordMapReviewCommand(MapCommand):
    """Today's coverage and resistance stored as a map review; undo deletes that review and
    redo brings it back with the same id."""

    def __init__(self, workspace: Workspace, document: MapDocument):
        super().__init__(workspace, document, translate("MapCommands", "Record map review"))
        self.review_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._record)

    def _record(self) -> None:
        if self._snapshot is None:
            self.review_id = self.document.record_review(self.account_id)
        else:
            self.document.restore(self._snapshot)
        self.workspace.plan_changed.emit()  # the reviews due and the account's history

    def undo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.document.delete_review(self.review_id)
        self.workspace.plan_changed.emit()


class UpdatePersonCommand(MapCommand):
    """Changes some fields of one person (``after``: {field: value}); undo writes back the
    values the service returned as the previous ones."""

    def __init__(
        self,
        workspace: Workspace,
        document: MapDocument,
        person_id: int,
        name: str,
        after: Mapping[str, object],
    ):
        text = translate("MapCommands", "Edit “%1”").replace("%1", name)
        super().__init__(workspace, document, text)
        self.person_id, self.after = person_id, dict(after)
        self._before: dict[str, object] | None = None

    def redo(self) -> None:
        self._safely(self._update)

    def _update(self) -> None:
        before = self.document.update_person(self.person_id, self.after)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        self._safely(lambda: self.document.update_person(self.person_id, self._before))


class UpdateLinkCommand(MapCommand):
    """Changes a link's kind or strength (changing the kind also resets the strength, which
    the service then returns among the previous values, so undo restores both)."""

    def __init__(
        self,
        workspace: Workspace,
        document: MapDocument,
        link_id: int,
        after: Mapping[str, object],
    ):
        super().__init__(workspace, document, translate("MapCommands", "Edit link"))
        self.link_id, self.after = link_id, dict(after)
        self._before: dict[str, object] | None = None

    def redo(self) -> None:
        self._safely(self._update)

    def _update(self) -> None:
        before = self.document.update_link(self.link_id, self.after)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        self._safely(lambda: self.document.update_link(self.link_id, self._before))
