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
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace

# Long descriptions are cut in the Edit menu's "Undo …" text.
TEXT_IN_MENU = 60


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_IN_MENU else text[: TEXT_IN_MENU - 1] + "…"


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


class PlanCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: RiskService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.plan_changed.emit()


# -- risks -----------------------------------------------------------------------------------


class CreateRiskCommand(PlanCommand):
    def __init__(self, workspace: Workspace, service: RiskService, data: RiskData):
        text = translate("RiskCommands", "New risk “%1”").replace("%1", short(data.description))
        super().__init__(workspace, service, text)
        self.data = data
        self.risk_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._snapshot is None:
            self.risk_id = self.service.create(self.data)
        else:  # the same id again, so later commands that name it still apply
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete([self.risk_id])
        self._written()


class UpdateRiskCommand(PlanCommand):
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
        super().__init__(workspace, service, text)
        self.risk_id, self.changes = risk_id, dict(changes)
        self._previous: dict[str, object] = {}

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._previous = self.service.update(self.risk_id, self.changes)
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert(self.risk_id, self._previous)
        self._written()


class DeleteRiskCommand(PlanCommand):
    """One risk; its actions stay on the account, and undo links them again."""

    def __init__(self, workspace: Workspace, service: RiskService, risk_id: int, description: str):
        text = translate("RiskCommands", "Delete risk “%1”").replace("%1", short(description))
        super().__init__(workspace, service, text)
        self.risk_id = risk_id
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete([self.risk_id])
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self._written()


# -- actions ---------------------------------------------------------------------------------


class CreateActionCommand(PlanCommand):
    def __init__(self, workspace: Workspace, service: RiskService, data: ActionData):
        text = translate("RiskCommands", "New action “%1”").replace("%1", short(data.title))
        super().__init__(workspace, service, text)
        self.data = data
        self.action_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._snapshot is None:
            self.action_id = self.service.create_action(self.data)
        else:
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete_actions([self.action_id])
        self._written()


class UpdateActionCommand(PlanCommand):
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
        super().__init__(workspace, service, text)
        self.action_id, self.changes, self.today = action_id, dict(changes), today
        self._previous: dict[str, object] = {}

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._previous = self.service.update_action(self.action_id, self.changes, self.today())
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert_action(self.action_id, self._previous)
        self._written()


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


class DeleteActionsCommand(PlanCommand):
    def __init__(
        self, workspace: Workspace, service: RiskService, action_ids: Iterable[int], title: str
    ):
        text = translate("RiskCommands", "Delete action “%1”").replace("%1", short(title))
        super().__init__(workspace, service, text)
        self.action_ids = list(action_ids)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete_actions(self.action_ids)
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self._written()
