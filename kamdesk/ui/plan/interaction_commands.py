"""Every edit of the interaction log is one of these commands on the workspace's single
QUndoStack.

The dialog asks the service first (:meth:`InteractionService.validate`), so ``redo`` only
fails when the database does. Each command keeps what the service returned for its undo:
the :class:`InteractionChange` of a create (undo deletes the interaction and writes the
people's last contacts back exactly; redo restores the same id) or of an update (undo
reverts it), or the :class:`InteractionDeletion` of a delete (undo restores it). Every write
says ``plan_changed``, so the log and the stakeholder map read again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject

from kamdesk.services.plan.interactions import InteractionData, InteractionService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import enum_label, format_date, translate
from kamdesk.ui.workspace import Workspace


class InteractionCommands(QObject):
    """The commands' plural texts: lupdate 6.11 marks a plural only in a QObject's own tr()."""

    def delete_interactions(self, count: int) -> str:
        return self.tr("Delete %n interaction(s)", "", count)


def _described(data: InteractionData) -> str:
    """“Meeting of 25/11/2026”, as the Edit menu names the interaction."""
    return (
        translate("InteractionCommands", "%1 of %2")
        .replace("%1", enum_label(data.kind))
        .replace("%2", format_date(data.date))
    )


class InteractionCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: InteractionService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.plan_changed.emit()


class CreateInteractionCommand(InteractionCommand):
    def __init__(self, workspace: Workspace, service: InteractionService, data: InteractionData):
        text = translate("InteractionCommands", "Log %1").replace("%1", _described(data))
        super().__init__(workspace, service, text)
        self.data = data
        self.interaction_id: int | None = None
        self._deletion = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._deletion is None:
            self._change = self.service.create(self.data)
            self.interaction_id = self._change.interaction_id
        else:  # the same id and the same last contacts again
            self.service.restore(self._deletion)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._deletion = self.service.delete(
            [self.interaction_id], last_contacts=self._change.last_contacts
        )
        self._written()


class UpdateInteractionCommand(InteractionCommand):
    """Changes some fields of one interaction (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: InteractionService,
        interaction_id: int,
        data: InteractionData,
        changes: Mapping[str, object],
    ):
        text = translate("InteractionCommands", "Edit %1").replace("%1", _described(data))
        super().__init__(workspace, service, text)
        self.interaction_id, self.changes = interaction_id, dict(changes)
        self._change = None

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._change = self.service.update(self.interaction_id, self.changes)
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert(self._change)
        self._written()


class DeleteInteractionsCommand(InteractionCommand):
    """Interactions with their attendance, as one undo step; undo also gives the people's last
    contacts back as they were."""

    def __init__(
        self, workspace: Workspace, service: InteractionService, interaction_ids: Iterable[int]
    ):
        self.interaction_ids = list(interaction_ids)
        text = InteractionCommands().delete_interactions(len(self.interaction_ids))
        super().__init__(workspace, service, text)
        self._deletion = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._deletion = self.service.delete(self.interaction_ids)
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._deletion)
        self._written()
