"""The forecast's edits as commands on the workspace's single QUndoStack: a period's target and
a forecast snapshot taken on demand.

The amount is checked before the command is pushed (see ``ForecastView``), so ``redo`` only
fails when the database does. Each command keeps what the service returned for its undo: the
target that was there before, or the snapshot's id and, once undone, its deletion snapshot
(redo restores the same id). Every write says ``pipeline_changed``, so the forecast reads again.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kamdesk.analytics.periods import Period
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace


class ForecastCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: ForecastService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.pipeline_changed.emit()


class SetTargetCommand(ForecastCommand):
    """Sets the target of one period (``amount`` None: removes it)."""

    def __init__(
        self,
        workspace: Workspace,
        service: ForecastService,
        period: Period,
        period_label: str,
        amount: Decimal | None,
    ):
        template = (
            translate("ForecastCommands", "Clear the target of %1")
            if amount is None
            else translate("ForecastCommands", "Set the target of %1")
        )
        super().__init__(workspace, service, template.replace("%1", period_label))
        self.period, self.amount = period, amount
        self.previous: Decimal | None = None
        self._done_once = False

    def redo(self) -> None:
        self._safely(self._set)

    def _set(self) -> None:
        previous = self.service.set_target(self.period, self.amount)
        if not self._done_once:  # a redo after undo finds our own previous value put back
            self.previous, self._done_once = previous, True
        self._written()

    def undo(self) -> None:
        self._safely(self._put_back)

    def _put_back(self) -> None:
        self.service.set_target(self.period, self.previous)
        self._written()


class TakeSnapshotCommand(ForecastCommand):
    """Keeps today's forecast, as the automatic monthly snapshot does, on the KAM's demand."""

    def __init__(
        self, workspace: Workspace, service: ForecastService, today: dt.date, note: str = ""
    ):
        super().__init__(
            workspace, service, translate("ForecastCommands", "Take forecast snapshot")
        )
        self.today, self.note = today, note
        self.snapshot_id: int | None = None
        self._deleted = None

    def redo(self) -> None:
        self._safely(self._take)

    def _take(self) -> None:
        if self._deleted is None:
            self.snapshot_id = self.service.take_snapshot(False, self.today, self.note)
        else:  # the same id and time again, lines included
            self.service.restore(self._deleted)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._deleted = self.service.delete_snapshot(self.snapshot_id)
        self._written()
