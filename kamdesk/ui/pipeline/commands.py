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
from kamdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace


class PipelineCommands(QObject):
    """The commands' plural texts: lupdate 6.11 marks a plural only in a QObject's own tr()."""

    def delete_opportunities(self, count: int) -> str:
        return self.tr("Delete %n opportunity(s)", "", count)


class CreateOpportunityCommand(CreateCommand):
    def __init__(self, workspace: Workspace, service: OpportunityService, data: OpportunityData):
        text = translate("PipelineCommands", "New opportunity “%1”").replace("%1", data.title)
        super().__init__(
            workspace,
            text,
            lambda: service.create(data),
            lambda opportunity_id: service.delete([opportunity_id]),
            service.restore,
            workspace.pipeline_changed.emit,
        )

    @property
    def opportunity_id(self) -> int | None:
        return self.created


class UpdateOpportunityCommand(UpdateCommand):
    """Changes some fields of one opportunity (``changes``: {field: value}); undo reverts the
    :class:`OpportunityChange` the edit made, history row included."""

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
        changes = dict(changes)
        super().__init__(
            workspace,
            text,
            lambda: service.update(opportunity_id, changes),
            service.revert,
            workspace.pipeline_changed.emit,
        )
        self.changes = changes  # what the edit writes, for the editors and tests


class MoveOpportunityCommand(UpdateCommand):
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
        super().__init__(
            workspace,
            text,
            lambda: service.move_to_stage(opportunity_id, stage_id, reason),
            service.revert,
            workspace.pipeline_changed.emit,
        )


class DeleteOpportunitiesCommand(DeleteCommand):
    """Opportunities with their history, as one undo step."""

    def __init__(
        self, workspace: Workspace, service: OpportunityService, opportunity_ids: Iterable[int]
    ):
        ids = list(opportunity_ids)
        super().__init__(
            workspace,
            PipelineCommands().delete_opportunities(len(ids)),
            lambda: service.delete(ids),
            service.restore,
            workspace.pipeline_changed.emit,
        )
