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
from kamdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
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


class CreateInteractionCommand(CreateCommand):
    """Undo deletes the interaction and writes back the last contacts its creation changed."""

    def __init__(self, workspace: Workspace, service: InteractionService, data: InteractionData):
        text = translate("InteractionCommands", "Log %1").replace("%1", _described(data))
        super().__init__(
            workspace,
            text,
            lambda: service.create(data),
            lambda change: service.delete(
                [change.interaction_id], last_contacts=change.last_contacts
            ),
            service.restore,
            workspace.plan_changed.emit,
        )

    @property
    def interaction_id(self) -> int | None:
        return None if self.created is None else self.created.interaction_id


class UpdateInteractionCommand(UpdateCommand):
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
        changes = dict(changes)
        super().__init__(
            workspace,
            text,
            lambda: service.update(interaction_id, changes),
            service.revert,
            workspace.plan_changed.emit,
        )
        self.changes = changes  # what the edit writes, for the editors and tests


class DeleteInteractionsCommand(DeleteCommand):
    """Interactions with their attendance, as one undo step; undo also gives the people's last
    contacts back as they were."""

    def __init__(
        self, workspace: Workspace, service: InteractionService, interaction_ids: Iterable[int]
    ):
        ids = list(interaction_ids)
        super().__init__(
            workspace,
            InteractionCommands().delete_interactions(len(ids)),
            lambda: service.delete(ids),
            service.restore,
            workspace.plan_changed.emit,
        )
