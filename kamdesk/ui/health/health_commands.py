"""Every edit of an account's revenue months and survey responses is one of these commands on
the workspace's single QUndoStack.

The pages and the dialog check the input with the service before they push, so ``redo`` only
fails when the database does. Revenue keeps what :meth:`RevenueService.write` returned (the
months as they were) and writes it back to undo; a survey command keeps the new id, the
previous values or the deletion snapshot. Revenue writes say ``accounts_changed`` (an account's
annual revenue, and so its tier, comes from them); survey writes say ``plan_changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kamdesk.services.health import MonthFigures, RevenueService, SurveyData, SurveyService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.workspace import Workspace

MonthChanges = Mapping[dt.date, MonthFigures | None]


class WriteRevenueCommand(WorkspaceCommand):
    """Sets or clears some months of one account (``changes``: {month: figures or None})."""

    def __init__(
        self,
        workspace: Workspace,
        service: RevenueService,
        account_id: int,
        changes: MonthChanges,
        text: str,
    ):
        super().__init__(workspace, text)
        self.service, self.account_id, self.changes = service, account_id, dict(changes)
        self._previous: dict[dt.date, MonthFigures | None] = {}

    def redo(self) -> None:
        self._safely(lambda: self._write(self.changes, keep_previous=True))

    def undo(self) -> None:
        self._safely(lambda: self._write(self._previous, keep_previous=False))

    def _write(self, changes: MonthChanges, keep_previous: bool) -> None:
        previous = self.service.write(self.account_id, changes)
        if keep_previous:
            self._previous = previous
        self.workspace.accounts_changed.emit()


class SurveyCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: SurveyService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.plan_changed.emit()


class CreateSurveyCommand(SurveyCommand):
    def __init__(self, workspace: Workspace, service: SurveyService, data: SurveyData, text: str):
        super().__init__(workspace, service, text)
        self.data = data
        self.response_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._snapshot is None:
            self.response_id = self.service.create(self.data)
        else:  # the same id again, so later commands that name it still apply
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete([self.response_id])
        self._written()


class UpdateSurveyCommand(SurveyCommand):
    """Changes some fields of one response (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: SurveyService,
        response_id: int,
        changes: Mapping[str, object],
        text: str,
    ):
        super().__init__(workspace, service, text)
        self.response_id, self.changes = response_id, dict(changes)
        self._previous: dict[str, object] = {}

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._previous = self.service.update(self.response_id, self.changes)
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert(self.response_id, self._previous)
        self._written()


class DeleteSurveysCommand(SurveyCommand):
    def __init__(
        self, workspace: Workspace, service: SurveyService, response_ids: list[int], text: str
    ):
        super().__init__(workspace, service, text)
        self.response_ids = list(response_ids)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete(self.response_ids)
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self._written()
