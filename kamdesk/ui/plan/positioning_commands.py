"""Recording a positioning review is one command on the workspace's single QUndoStack.

The dialog asks the service first (:meth:`PositioningService.validate_review`), so ``redo``
only fails when the database does. Undo deletes the review, keeping its snapshot; redo puts it
back with the same id. Every write says ``plan_changed``, so the views read again.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.services.plan.positioning import PositioningService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import format_date, translate
from kamdesk.ui.workspace import Workspace


class RecordPositioningReviewCommand(WorkspaceCommand):
    def __init__(
        self,
        workspace: Workspace,
        service: PositioningService,
        account_id: int,
        day: dt.date,
        notes: str,
    ):
        text = translate("PositioningCommands", "Positioning review of %1").replace(
            "%1", format_date(day)
        )
        super().__init__(workspace, text)
        self.service = service
        self.account_id, self.day, self.notes = account_id, day, notes
        self.review_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._record)

    def _record(self) -> None:
        if self._snapshot is None:
            self.review_id = self.service.record_review(self.account_id, self.day, self.notes)
        else:  # the same id again, with the positioning it kept
            self.service.restore(self._snapshot)
        self.workspace.plan_changed.emit()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete_review(self.review_id)
        self.workspace.plan_changed.emit()


class DeletePositioningReviewCommand(WorkspaceCommand):
    def __init__(
        self, workspace: Workspace, service: PositioningService, review_id: int, day: dt.date
    ):
        text = translate("PositioningCommands", "Delete the positioning review of %1").replace(
            "%1", format_date(day)
        )
        super().__init__(workspace, text)
        self.service, self.review_id = service, review_id
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete_review(self.review_id)
        self.workspace.plan_changed.emit()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self.workspace.plan_changed.emit()
