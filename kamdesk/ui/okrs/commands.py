"""Every OKR edit is one of these commands on the workspace's single QUndoStack.

The dialogs ask the service before they push, so ``redo`` only fails when the database does.
Each command keeps what the service returned for its undo: what a create made (undo deletes
it and keeps the snapshot, so redo restores the same id), the previous values an edit
returned, or the snapshot of a deletion. Every write says ``plan_changed``.
"""

from __future__ import annotations

from collections.abc import Mapping

from kamdesk.services.plan.okr_data import CheckInData, KeyResultData, ObjectiveData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand, short
from kamdesk.ui.i18n import format_date, translate
from kamdesk.ui.workspace import Workspace

# -- the commands the OKR screens push ---------------------------------------------------------


def create_objective(ws: Workspace, service: OkrService, data: ObjectiveData) -> CreateCommand:
    text = translate("OkrCommands", "New objective “%1”").replace("%1", short(data.title))
    return CreateCommand(
        ws,
        text,
        lambda: service.create_objective(data),
        lambda objective_id: service.delete_objectives([objective_id]),
        service.restore,
        ws.plan_changed.emit,
    )


def update_objective(
    ws: Workspace, service: OkrService, objective_id: int, title: str, changes: Mapping
) -> UpdateCommand:
    text = translate("OkrCommands", "Edit objective “%1”").replace("%1", short(title))
    return UpdateCommand(
        ws,
        text,
        lambda: service.update_objective(objective_id, changes),
        lambda previous: service.revert_objective(objective_id, previous),
        ws.plan_changed.emit,
    )


def delete_objective(
    ws: Workspace, service: OkrService, objective_id: int, title: str
) -> DeleteCommand:
    text = translate("OkrCommands", "Delete objective “%1”").replace("%1", short(title))
    return DeleteCommand(
        ws,
        text,
        lambda: service.delete_objectives([objective_id]),
        service.restore,
        ws.plan_changed.emit,
    )


def create_key_result(ws: Workspace, service: OkrService, data: KeyResultData) -> CreateCommand:
    text = translate("OkrCommands", "New key result “%1”").replace("%1", short(data.title))
    return CreateCommand(
        ws,
        text,
        lambda: service.create_key_result(data),
        lambda key_result_id: service.delete_key_results([key_result_id]),
        service.restore,
        ws.plan_changed.emit,
    )


def update_key_result(
    ws: Workspace, service: OkrService, key_result_id: int, title: str, changes: Mapping
) -> UpdateCommand:
    text = translate("OkrCommands", "Edit key result “%1”").replace("%1", short(title))
    return UpdateCommand(
        ws,
        text,
        lambda: service.update_key_result(key_result_id, changes),
        lambda previous: service.revert_key_result(key_result_id, previous),
        ws.plan_changed.emit,
    )


def delete_key_result(
    ws: Workspace, service: OkrService, key_result_id: int, title: str
) -> DeleteCommand:
    text = translate("OkrCommands", "Delete key result “%1”").replace("%1", short(title))
    return DeleteCommand(
        ws,
        text,
        lambda: service.delete_key_results([key_result_id]),
        service.restore,
        ws.plan_changed.emit,
    )


def create_check_in(
    ws: Workspace, service: OkrService, data: CheckInData, title: str
) -> CreateCommand:
    text = translate("OkrCommands", "Check-in of “%1”").replace("%1", short(title))
    return CreateCommand(
        ws,
        text,
        lambda: service.create_check_in(data),
        service.undo_check_in,
        service.restore,
        ws.plan_changed.emit,
    )


def update_check_in(
    ws: Workspace, service: OkrService, check_in_id: int, title: str, changes: Mapping
) -> UpdateCommand:
    text = translate("OkrCommands", "Edit check-in of “%1”").replace("%1", short(title))
    return UpdateCommand(
        ws,
        text,
        lambda: service.update_check_in(check_in_id, changes),
        service.undo_check_in,
        ws.plan_changed.emit,
    )


def delete_check_in(
    ws: Workspace, service: OkrService, check_in_id: int, title: str, day
) -> DeleteCommand:
    text = (
        translate("OkrCommands", "Delete check-in of %1 of “%2”")
        .replace("%1", format_date(day))
        .replace("%2", short(title))
    )
    return DeleteCommand(
        ws,
        text,
        lambda: service.delete_check_ins([check_in_id]),
        service.restore,
        ws.plan_changed.emit,
    )
