"""Every edit of the risk register and its actions is one of these commands on the workspace's
single QUndoStack.

The editors check the input with the service before they push (:func:`risk_change_problems`,
:func:`action_change_problems`, or ``validate`` in the dialogs), so ``redo`` only fails when the
database does. Each command keeps what the service returned for its undo: a new id with the
deletion snapshot taken by undo (redo restores the same id), the previous values an update
returned (undo reverts exactly them), or the snapshot of a deletion (undo restores it, same
ids, actions linked again). Every write says ``plan_changed``, so the views read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from kamdesk.model.enums import ActionStatus
from kamdesk.services.plan import ActionData, RiskData, RiskService
from kamdesk.services.problems import Problem, ValidationError
from kamdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand, short
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import problem_text, translate
from kamdesk.ui.workspace import Workspace


def risk_change_problems(
    service: RiskService, risk_id: int, changes: Mapping[str, object]
) -> list[Problem]:
    """What :meth:`RiskService.update` would refuse (a deleted risk included)."""
    try:
        return service.validate(replace(service.get(risk_id), **changes), risk_id)
    except ValidationError as error:
        return error.problems


def action_change_problems(
    service: RiskService, action_id: int, changes: Mapping[str, object]
) -> list[Problem]:
    """What :meth:`RiskService.update_action` would refuse (a deleted action included)."""
    try:
        after = replace(service.get_action(action_id), **changes)
        return service.validate_action(after, action_id)
    except ValidationError as error:
        return error.problems


# -- risks -----------------------------------------------------------------------------------


class CreateRiskCommand(CreateCommand):
    def __init__(self, workspace: Workspace, service: RiskService, data: RiskData):
        text = translate("RiskCommands", "New risk “%1”").replace("%1", short(data.description))
        super().__init__(
            workspace,
            text,
            lambda: service.create(data),
            lambda risk_id: service.delete([risk_id]),
            service.restore,
            workspace.plan_changed.emit,
        )

    @property
    def risk_id(self) -> int | None:
        return self.created


class UpdateRiskCommand(UpdateCommand):
    """Changes some fields of one risk (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: RiskService,
        risk_id: int,
        description: str,
        changes: Mapping[str, object],
    ):
        text = translate("RiskCommands", "Edit risk “%1”").replace("%1", short(description))
        changes = dict(changes)
        super().__init__(
            workspace,
            text,
            lambda: service.update(risk_id, changes),
            lambda previous: service.revert(risk_id, previous),
            workspace.plan_changed.emit,
        )
        self.changes = changes  # what the edit writes, for the editors and tests


class DeleteRiskCommand(DeleteCommand):
    """One risk; its actions stay on the account, and undo links them again."""

    def __init__(self, workspace: Workspace, service: RiskService, risk_id: int, description: str):
        text = translate("RiskCommands", "Delete risk “%1”").replace("%1", short(description))
        super().__init__(
            workspace,
            text,
            lambda: service.delete([risk_id]),
            service.restore,
            workspace.plan_changed.emit,
        )


# -- actions ---------------------------------------------------------------------------------


class CreateActionCommand(CreateCommand):
    def __init__(self, workspace: Workspace, service: RiskService, data: ActionData):
        text = translate("RiskCommands", "New action “%1”").replace("%1", short(data.title))
        super().__init__(
            workspace,
            text,
            lambda: service.create_action(data),
            lambda action_id: service.delete_actions([action_id]),
            service.restore,
            workspace.plan_changed.emit,
        )

    @property
    def action_id(self) -> int | None:
        return self.created


class UpdateActionCommand(UpdateCommand):
    """Changes some fields of one action; becoming done records the day (``today``), and undo
    gives back the day it had before (none while it was open)."""

    def __init__(
        self,
        workspace: Workspace,
        service: RiskService,
        action_id: int,
        title: str,
        changes: Mapping[str, object],
        text: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        text = text or translate("RiskCommands", "Edit action “%1”").replace("%1", short(title))
        changes = dict(changes)
        super().__init__(
            workspace,
            text,
            lambda: service.update_action(action_id, changes, today()),
            lambda previous: service.revert_action(action_id, previous),
            workspace.plan_changed.emit,
        )
        self.changes = changes  # what the edit writes, for the editors and tests


def mark_action_command(
    workspace: Workspace,
    service: RiskService,
    action_id: int,
    title: str,
    status: ActionStatus,
    today: Callable[[], dt.date] = dt.date.today,
) -> UpdateActionCommand:
    """“Mark done” or “Reopen”, with the words the Edit menu shows."""
    template = (
        translate("RiskCommands", "Mark “%1” done")
        if status is ActionStatus.DONE
        else translate("RiskCommands", "Reopen “%1”")
    )
    text = template.replace("%1", short(title))
    return UpdateActionCommand(
        workspace, service, action_id, title, {"status": status}, text, today
    )


def toggle_action_done(
    workspace: Workspace,
    service: RiskService,
    action_id: int,
    title: str,
    status: ActionStatus,
    today: Callable[[], dt.date] = dt.date.today,
) -> list[Problem]:
    """Pushes “Mark done” for an open action, “Reopen” for a done or cancelled one; returns
    the problems instead when the service would refuse (e.g. the action was deleted)."""
    wanted = ActionStatus.DONE if status is ActionStatus.OPEN else ActionStatus.OPEN
    problems = action_change_problems(service, action_id, {"status": wanted})
    if not problems:
        workspace.undo_stack.push(
            mark_action_command(workspace, service, action_id, title, wanted, today)
        )
    return problems


class DeleteActionsCommand(DeleteCommand):
    def __init__(
        self, workspace: Workspace, service: RiskService, action_ids: Iterable[int], title: str
    ):
        text = translate("RiskCommands", "Delete action “%1”").replace("%1", short(title))
        ids = list(action_ids)
        super().__init__(
            workspace,
            text,
            lambda: service.delete_actions(ids),
            service.restore,
            workspace.plan_changed.emit,
        )


class ToggleSelectedDone:
    """Mark done / Reopen for a view with ``selected_action()``, ``workspace``, ``service``,
    ``today`` and ``reload()`` (the Risks page and the Actions list)."""

    def toggle_selected_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        problems = toggle_action_done(
            self.workspace, self.service, action.id, action.title, action.status, self.today
        )
        if problems:  # deleted meanwhile: say so and show what is left
            show_message(self, problem_text(problems[0]))
            self.reload()
