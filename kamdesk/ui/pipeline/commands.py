"""Every edit of the pipeline is one of these commands on the workspace's single QUndoStack.

Input is validated before a command is pushed (the editors ask the service first), so
``redo`` only fails when the database does. Each command keeps what the service returned for
its undo: a new id with the deletion snapshot taken by undo (redo restores the same id), or
the :class:`OpportunityChange` an edit or a stage move made (undo reverts exactly that, history
row included). Every write says ``pipeline_changed``, so the tab and its views read again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject

from kamdesk.services.pipeline import OpportunityData, OpportunityService
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace


class PipelineCommands(QObject):
    """The commands' plural texts: lupdate 6.11 marks a plural only in a QObject's own tr()."""

    def delete_opportunities(self, count: int) -> str:
        return self.tr("Delete %n opportunity(s)", "", count)


class PipelineCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, service: OpportunityService, text: str):
        super().__init__(workspace, text)
        self.service = service

    def _written(self) -> None:
        self.workspace.pipeline_changed.emit()


class CreateOpportunityCommand(PipelineCommand):
    def __init__(self, workspace: Workspace, service: OpportunityService, data: OpportunityData):
        text = translate("PipelineCommands", "New opportunity “%1”").replace("%1", data.title)
        super().__init__(workspace, service, text)
        self.data = data
        self.opportunity_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        if self._snapshot is None:
            self.opportunity_id = self.service.create(self.data)
        else:  # the same id again, so later commands that name it still apply
            self.service.restore(self._snapshot)
        self._written()

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.service.delete([self.opportunity_id])
        self._written()


class UpdateOpportunityCommand(PipelineCommand):
    """Changes some fields of one opportunity (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: OpportunityService,
        opportunity_id: int,
        title: str,
        changes: Mapping[str, object],
        text: str | None = None,
    ):
        text = text or translate("PipelineCommands", "Edit “%1”").replace("%1", title)
        super().__init__(workspace, service, text)
        self.opportunity_id, self.changes = opportunity_id, dict(changes)
        self._change = None

    def redo(self) -> None:
        self._safely(self._apply)

    def _apply(self) -> None:
        self._change = self.service.update(self.opportunity_id, self.changes)
        self._written()

    def undo(self) -> None:
        self._safely(self._revert)

    def _revert(self) -> None:
        self.service.revert(self._change)
        self._written()


class MoveOpportunityCommand(UpdateOpportunityCommand):
    """A card dragged to another stage; closing it (won or lost) carries the reason."""

    def __init__(
        self,
        workspace: Workspace,
        service: OpportunityService,
        opportunity_id: int,
        title: str,
        stage_id: int,
        stage_name: str,
        reason: str | None = None,
    ):
        text = (
            translate("PipelineCommands", "Move “%1” to %2")
            .replace("%1", title)
            .replace("%2", stage_name)
        )
        super().__init__(workspace, service, opportunity_id, title, {}, text)
        self.stage_id, self.reason = stage_id, reason

    def _apply(self) -> None:
        self._change = self.service.move_to_stage(self.opportunity_id, self.stage_id, self.reason)
        self._written()


class DeleteOpportunitiesCommand(PipelineCommand):
    """Opportunities with their history, as one undo step."""

    def __init__(
        self, workspace: Workspace, service: OpportunityService, opportunity_ids: Iterable[int]
    ):
        self.opportunity_ids = list(opportunity_ids)
        text = PipelineCommands().delete_opportunities(len(self.opportunity_ids))
        super().__init__(workspace, service, text)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.service.delete(self.opportunity_ids)
        self._written()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.service.restore(self._snapshot)
        self._written()
