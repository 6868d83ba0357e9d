"""Every OKR edit is one of these commands on the workspace's single QUndoStack.

The dialogs ask the service before they push, so ``redo`` only fails when the database does.
Each command keeps what the service returned for its undo: what a create made (undo deletes
it and keeps the snapshot, so redo restores the same id), the previous values an edit
returned, or the snapshot of a deletion. Every write says ``plan_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kamdesk.services.plan.okr_data import CheckInData, KeyResultData, ObjectiveData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import format_date, translate
from kamdesk.ui.workspace import Workspace

TEXT_IN_MENU = 60  # longer titles are cut in the Edit menu's "Undo …"


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_IN_MENU else text[: TEXT_IN_MENU - 1] + "…"


class OkrCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: OkrService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.plan_changed.emit()


class CreateOkrCommand(OkrCommand):
    """``create()`` writes and returns what it made (``created``); ``remove(created)`` takes
    it out and returns the snapshot whose restore puts it back with the same id."""

    def __init__(self, workspace, service, text: str, create: Callable, remove: Callable):
        super().__init__(workspace, service, text)
        self._create, self._remove = create, remove
        self.created = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        if self._snapshot is None:
            self.created = self._create()
        else:
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self._snapshot = self._remove(self.created)
        self._written()


class UpdateOkrCommand(OkrCommand):
    """``apply()`` writes and returns what undoes it; ``revert(that)`` puts it back."""

    def __init__(self, workspace, service, text: str, apply: Callable, revert: Callable):
        super().__init__(workspace, service, text)
        self._apply, self._revert = apply, revert
        self._undo_data = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        self._undo_data = self._apply()
        self._written()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self._revert(self._undo_data)
        self._written()


class DeleteOkrCommand(OkrCommand):
    """``delete()`` returns the snapshot that :meth:`OkrService.restore` puts back."""

    def __init__(self, workspace, service, text: str, delete: Callable[[], object]):
        super().__init__(workspace, service, text)
        self._delete = delete
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        self._snapshot = self._delete()
        self._written()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self.service.restore(self._snapshot)
        self._written()


# -- the commands the OKR screens push ---------------------------------------------------------


def create_objective(ws: Workspace, service: OkrService, data: ObjectiveData) -> CreateOkrCommand:
    text = translate("OkrCommands", "New objective “%1”").replace("%1", short(data.title))
    return CreateOkrCommand(
        ws,
        service,
        text,
        lambda: service.create_objective(data),
        lambda objective_id: service.delete_objectives([objective_id]),
    )


def update_objective(
    ws: Workspace, service: OkrService, objective_id: int, title: str, changes: Mapping
) -> UpdateOkrCommand:
    text = translate("OkrCommands", "Edit objective “%1”").replace("%1", short(title))
    return UpdateOkrCommand(
        ws,
        service,
        text,
        lambda: service.update_objective(objective_id, changes),
        lambda previous: service.revert_objective(objective_id, previous),
    )


def delete_objective(
    ws: Workspace, service: OkrService, objective_id: int, title: str
) -> DeleteOkrCommand:
    text = translate("OkrCommands", "Delete objective “%1”").replace("%1", short(title))
    return DeleteOkrCommand(ws, service, text, lambda: service.delete_objectives([objective_id]))


def create_key_result(ws: Workspace, service: OkrService, data: KeyResultData) -> CreateOkrCommand:
    text = translate("OkrCommands", "New key result “%1”").replace("%1", short(data.title))
    return CreateOkrCommand(
        ws,
        service,
        text,
        lambda: service.create_key_result(data),
        lambda key_result_id: service.delete_key_results([key_result_id]),
    )


def update_key_result(
    ws: Workspace, service: OkrService, key_result_id: int, title: str, changes: Mapping
) -> UpdateOkrCommand:
    text = translate("OkrCommands", "Edit key result “%1”").replace("%1", short(title))
    return UpdateOkrCommand(
        ws,
        service,
        text,
        lambda: service.update_key_result(key_result_id, changes),
        lambda previous: service.revert_key_result(key_result_id, previous),
    )


def delete_key_result(
    ws: Workspace, service: OkrService, key_result_id: int, title: str
) -> DeleteOkrCommand:
    text = translate("OkrCommands", "Delete key result “%1”").replace("%1", short(title))
    return DeleteOkrCommand(ws, service, text, lambda: service.delete_key_results([key_result_id]))


def create_check_in(
    ws: Workspace, service: OkrService, data: CheckInData, title: str
) -> CreateOkrCommand:
    text = translate("OkrCommands", "Check-in of “%1”").replace("%1", short(title))
    return CreateOkrCommand(
        ws, service, text, lambda: service.create_check_in(data), service.undo_check_in
    )


def update_check_in(
    ws: Workspace, service: OkrService, check_in_id: int, title: str, changes: Mapping
) -> UpdateOkrCommand:
    text = translate("OkrCommands", "Edit check-in of “%1”").replace("%1", short(title))
    return UpdateOkrCommand(
        ws,
        service,
        text,
        lambda: service.update_check_in(check_in_id, changes),
        service.undo_check_in,
    )


def delete_check_in(
    ws: Workspace, service: OkrService, check_in_id: int, title: str, day
) -> DeleteOkrCommand:
    text = (
        translate("OkrCommands", "Delete check-in of %1 of “%2”")
        .replace("%1", format_date(day))
        .replace("%2", short(title))
    )
    return DeleteOkrCommand(ws, service, text, lambda: service.delete_check_ins([check_in_id]))
