"""Recording the monthly pipeline review, as one step on the workspace's undo stack.

The service has no separate check for a review (the portfolio's review is refused when no
account has open opportunities to review), so the review is written first with
:meth:`RecordPipelineReviewCommand.write`, which raises :class:`ValidationError` and writes
nothing when it is refused; the command is pushed only after that, and its first redo just
says ``pipeline_changed`` (as the import command does). Undo deletes the reviews it wrote;
a later redo restores them with the same ids.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace


class RecordPipelineReviewCommand(WorkspaceCommand):
    """The pipeline review of one account (``account_id``) or of the whole portfolio (None)."""

    def __init__(
        self,
        workspace: Workspace,
        service: ForecastService,
        account_id: int | None,
        date: dt.date,
        notes: str = "",
        account_name: str = "",
    ):
        if account_id is None:
            text = translate("PipelineCommands", "Pipeline review of the portfolio")
        else:
            text = translate("PipelineCommands", "Pipeline review of “%1”").replace(
                "%1", account_name
            )
        super().__init__(workspace, text)
        self.service = service
        self.account_id, self.date, self.notes = account_id, date, notes
        self.review_ids: tuple[int, ...] = ()
        self._snapshot = None
        self._written = False

    def write(self) -> tuple[int, ...]:
        """Records the review(s); raises :class:`ValidationError` (nothing written) when the
        service refuses. Call once, before pushing the command."""
        self.review_ids = self.service.record_pipeline_review(
            self.account_id, self.date, self.notes
        )
        self._written = True
        return self.review_ids

    def redo(self) -> None:
        if self._written:  # written by write(): only tell the views
            self._written = False
            self.workspace.pipeline_changed.emit()
        else:  # after an undo (or when pushed without write())
            self._safely(self._record_again)

    def _record_again(self) -> None:
        if self._snapshot is None:
            self.write()
            self._written = False
        else:
            self.service.restore(self._snapshot)
        self.workspace.pipeline_changed.emit()

    def undo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete_reviews(self.review_ids)
        self.workspace.pipeline_changed.emit()
