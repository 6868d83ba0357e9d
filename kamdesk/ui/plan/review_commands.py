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
from kamdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
from kamdesk.ui.i18n import enum_label, translate
from kamdesk.ui.workspace import Workspace


def _review_text(template: str, kind: ReviewKind, account_name: str) -> str:
    return template.replace("%2", enum_label(kind)).replace("%1", account_name)


def _changed(workspace: Workspace, kind: ReviewKind):
    """What a write of a ``kind`` review says: a pipeline review is the pipeline's too."""

    def say() -> None:
        workspace.plan_changed.emit()
        if kind is ReviewKind.PIPELINE:
            workspace.pipeline_changed.emit()

    return say


class RecordReviewCommand(CreateCommand):
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
        template = translate("ReviewCommands", "Record review of “%1” (%2)")
        super().__init__(
            workspace,
            _review_text(template, kind, account_name),
            lambda: service.record(account_id, kind, day, outcome, today=today),
            lambda review_id: service.delete([review_id]),
            service.restore,
            _changed(workspace, kind),
        )

    @property
    def review_id(self) -> int | None:
        return self.created


class UpdateReviewCommand(UpdateCommand):
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
        template = translate("ReviewCommands", "Edit review of “%1” (%2)")
        changes = dict(changes)
        super().__init__(
            workspace,
            _review_text(template, kind, account_name),
            lambda: service.update(review_id, changes, today),
            lambda previous: service.revert(review_id, previous),
            _changed(workspace, kind),
        )
        self.changes = changes  # what the edit writes, for the editors and tests


class DeleteReviewCommand(DeleteCommand):
    """One review, with whatever it measured; undo puts the same row back."""

    def __init__(
        self,
        workspace: Workspace,
        service: ReviewService,
        review_id: int,
        kind: ReviewKind,
        account_name: str = "",
    ):
        template = translate("ReviewCommands", "Delete review of “%1” (%2)")
        super().__init__(
            workspace,
            _review_text(template, kind, account_name),
            lambda: service.delete([review_id]),
            service.restore,
            _changed(workspace, kind),
        )
