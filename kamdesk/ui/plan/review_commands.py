"""Recording, editing and deleting routine reviews, each one command on the workspace's undo
stack.

The review dialog asks the service first (``ReviewService.validate``), so ``redo`` only fails
when the database does. Each command keeps what the service returned for its undo: the new
review's id with the snapshot its undo took (redo restores the same id), the previous values
an edit returned, or the snapshot of a deletion. Every write says ``plan_changed``; a pipeline
review also says ``pipeline_changed``, since the pipeline's review panel shows its last date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kamdesk.model.enums import ReviewKind
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import enum_label, translate
from kamdesk.ui.workspace import Workspace


class ReviewCommand(WorkspaceCommand):
    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService,
        kind: ReviewKind,
        text: str,
        account_name: str,
    ):
        super().__init__(
            workspace,
            text.replace("%2", enum_label(kind)).replace("%1", account_name),
        )
        self.service, self.kind = service, kind

    def _written(self) -> None:
        self.workspace.plan_changed.emit()
        if self.kind is ReviewKind.PIPELINE:
            self.workspace.pipeline_changed.emit()


class RecordReviewCommand(ReviewCommand):
    """A review held on ``day``; ``review_id`` is set once it is written."""

    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService,
        account_id: int,
        kind: ReviewKind,
        day: dt.date,
        outcome: str = "",
        account_name: str = "",
        today: dt.date | None = None,
    ):
        text = translate("ReviewCommands", "Record review of “%1” (%2)")
        super().__init__(workspace, service, kind, text, account_name)
        self.account_id, self.day, self.outcome = account_id, day, outcome
        self.today = today
        self.review_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._record)

    def _record(self) -> None:
        if self._snapshot is None:
            self.review_id = self.service.record(
                self.account_id, self.kind, self.day, self.outcome, today=self.today
            )
        else:  # the same row again, so later commands that name it still apply
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete([self.review_id])
        self._written()


class UpdateReviewCommand(ReviewCommand):
    """A new date and/or outcome for a recorded review (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService,
        review_id: int,
        kind: ReviewKind,
        changes: Mapping[str, object],
        account_name: str = "",
        today: dt.date | None = None,
    ):
        text = translate("ReviewCommands", "Edit review of “%1” (%2)")
        super().__init__(workspace, service, kind, text, account_name)
        self.review_id, self.changes, self.today = review_id, dict(changes), today
        self._previous: dict[str, object] = {}

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._previous = self.service.update(self.review_id, self.changes, self.today)
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert(self.review_id, self._previous)
        self._written()


class DeleteReviewCommand(ReviewCommand):
    """One review, with whatever it measured; undo puts the same row back."""

    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService,
        review_id: int,
        kind: ReviewKind,
        account_name: str = "",
    ):
        text = translate("ReviewCommands", "Delete review of “%1” (%2)")
        super().__init__(workspace, service, kind, text, account_name)
        self.review_id = review_id
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete([self.review_id])
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self._written()
