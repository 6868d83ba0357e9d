"""The org-unit edits of the stakeholder map as commands on the workspace's undo stack.

As with the map's other commands, input is validated before a command is pushed (the units
panel asks the service), so ``redo`` only fails when the database does. Deleting keeps the
service's snapshot: undo brings the units back with their ids, their people's unit and the
parents of the sub-units that had moved up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject

from kamdesk.services.stakeholders import OrgUnitData
from kamdesk.ui.i18n import translate
from kamdesk.ui.stakeholder_map.commands import MapCommand
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.workspace import Workspace


class UnitCommands(QObject):
    """The commands' plural texts: lupdate 6.11 marks a plural only in a QObject's own tr()."""

    def delete_units(self, count: int) -> str:
        return self.tr("Delete %n org unit(s)", "", count)

    def move_units(self, count: int) -> str:
        return self.tr("Move %n org unit(s)", "", count)


class CreateUnitCommand(MapCommand):
    def __init__(self, workspace: Workspace, document: MapDocument, data: OrgUnitData):
        text = translate("UnitCommands", "Add org unit “%1”").replace("%1", data.name)
        super().__init__(workspace, document, text)
        self.data = data
        self.unit_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._snapshot is None:
            self.unit_id = self.document.create_unit(self.account_id, self.data)
        else:  # the same id again, so later commands that name it still apply
            self.document.restore(self._snapshot)

    def undo(self) -> None:
        self._safely(lambda: setattr(self, "_snapshot", self.document.delete_units([self.unit_id])))


def _update_text(name: str, after: Mapping[str, object]) -> str:
    """What Edit ▸ Undo says: the change in the KAM's words when it is a single one."""
    if set(after) == {"name"}:
        text = translate("UnitCommands", "Rename “%1” to “%2”")
        return text.replace("%1", name).replace("%2", str(after["name"]).strip())
    if set(after) == {"parent_id"}:
        return translate("UnitCommands", "Move “%1”").replace("%1", name)
    if set(after) == {"is_target"}:
        text = (
            translate("UnitCommands", "Mark “%1” as a target area")
            if after["is_target"]
            else translate("UnitCommands", "Unmark “%1” as a target area")
        )
        return text.replace("%1", name)
    if set(after) == {"kind"}:
        return translate("UnitCommands", "Change the kind of “%1”").replace("%1", name)
    return translate("UnitCommands", "Edit org unit “%1”").replace("%1", name)


class UpdateUnitCommand(MapCommand):
    """Changes some fields of one unit (``after``: {field: value}); undo writes back the
    values the service returned as the previous ones."""

    def __init__(
        self,
        workspace: Workspace,
        document: MapDocument,
        unit_id: int,
        name: str,
        after: Mapping[str, object],
    ):
        super().__init__(workspace, document, _update_text(name, after))
        self.unit_id, self.after = unit_id, dict(after)
        self._before: dict[str, object] | None = None

    def redo(self) -> None:
        self._safely(self._update)

    def _update(self) -> None:
        before = self.document.update_unit(self.unit_id, self.after)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        self._safely(lambda: self.document.update_unit(self.unit_id, self._before))


class DeleteUnitsCommand(MapCommand):
    """Units as one step: their sub-units move up and their people stay without a unit."""

    def __init__(self, workspace: Workspace, document: MapDocument, unit_ids: Iterable[int]):
        self.unit_ids = list(unit_ids)
        super().__init__(workspace, document, UnitCommands().delete_units(len(self.unit_ids)))
        self._snapshot = None

    def redo(self) -> None:
        self._safely(lambda: setattr(self, "_snapshot", self.document.delete_units(self.unit_ids)))

    def undo(self) -> None:
        self._safely(lambda: self.document.restore(self._snapshot))
