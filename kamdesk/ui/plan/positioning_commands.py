"""Recording a positioning review is one command on the workspace's single QUndoStack.

The dialog asks the service first (:meth:`PositioningService.validate_review`), so ``redo``
only fails when the database does. Undo deletes the review, keeping its snapshot; redo puts it
back with the same id. Every write says ``plan_changed``, so the views read again.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.services.plan.positioning import PositioningService
from kamdesk.ui.commands import CreateCommand, DeleteCommand
from kamdesk.ui.i18n import format_date, translate
from kamdesk.ui.workspace import Workspace


class RecordPositioningReviewCommand(CreateCommand):
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
        super().__init__(
            workspace,
            text,
            lambda: service.record_review(account_id, day, notes),
            service.delete_review,
            service.restore,
            workspace.plan_changed.emit,
        )

    @property
    def review_id(self) -> int | None:
        return self.created


class DeletePositioningReviewCommand(DeleteCommand):
    def __init__(
        self, workspace: Workspace, service: PositioningService, review_id: int, day: dt.date
    ):
        text = translate("PositioningCommands", "Delete the positioning review of %1").replace(
            "%1", format_date(day)
        )
        super().__init__(
            workspace,
            text,
            lambda: service.delete_review(review_id),
            service.restore,
            workspace.plan_changed.emit,
        )
