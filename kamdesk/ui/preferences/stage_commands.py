"""Undoable edits of the pipeline stages and the product lines (Preferences ▸ Pipeline).

The stage and product services check every edit before they write anything, but the stage
service has no separate "validate" call. So an edit is written once *before* its command is
pushed (:func:`push_edit`): a refusal raises :class:`ValidationError` with nothing written and
no command on the stack, and the page shows the service's message; an accepted edit becomes a
command whose first ``redo`` only announces the write. Later redos and undos call the service
with what the first write returned: a new id (undo deletes it, redo restores that deletion,
same id), a previous value (undo sets it back), a previous order (undo: ``set_order``), a
:class:`StageRemoval` or a product :class:`DeletionSnapshot` (undo: ``restore``). Every write
says ``pipeline_changed``, so the Pipeline tab and its board read again.
"""

from __future__ import annotations

from collections.abc import Mapping

from kamdesk.model.enums import QT_TRANSLATE_NOOP, StageOutcome
from kamdesk.services.pipeline import ProductData, ProductService, StageData, StageService
from kamdesk.services.problems import Problem, ValidationError
from kamdesk.ui.commands import WorkspaceCommand
from kamdesk.ui.errors import explain_write_error
from kamdesk.ui.i18n import enum_label, translate
from kamdesk.ui.workspace import Workspace

NOT_SAVED = QT_TRANSLATE_NOOP(
    "Problem", "The change could not be saved; the portfolio was left as it was ({detail})."
)


def push_edit(workspace: Workspace, command: SetupCommand) -> list[Problem]:
    """Writes ``command``'s edit and pushes it on the undo stack; returns the service's
    problems instead when it refuses the edit (then nothing is written or pushed).

    A failure of the database itself comes back as a problem too (``field`` ""), and
    pushes nothing either.
    """
    try:
        command.write()
    except ValidationError as error:
        return list(error.problems)
    except Exception as error:  # the service's transaction left the portfolio as it was
        detail = explain_write_error(error, workspace.portfolio.path)
        return [Problem("", NOT_SAVED, {"detail": detail})]
    workspace.undo_stack.push(command)
    return []


class SetupCommand(WorkspaceCommand):
    """One edit of the pipeline's set-up. Subclasses write in ``_do`` (raising
    :class:`ValidationError` when the service refuses) and take it back in ``_undo``."""

    def __init__(self, workspace: Workspace, text: str):
        super().__init__(workspace, text)
        self._written_ahead = False

    def write(self) -> None:
        """The first write, before the command is pushed; the service may refuse it."""
        self._do()
        self._written_ahead = True

    def redo(self) -> None:
        if self._written_ahead:  # pushed right after write(): only say it happened
            self._written_ahead = False
            self._written()
            return
        self._safely(lambda: (self._do(), self._written()))

    def undo(self) -> None:
        self._safely(lambda: (self._undo(), self._written()))

    def _written(self) -> None:
        self.workspace.pipeline_changed.emit()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


# -- stages ----------------------------------------------------------------------------------


class StageCommand(SetupCommand):
    def __init__(self, workspace: Workspace, service: StageService, stage_id: int, text: str):
        super().__init__(workspace, text)
        self.service, self.stage_id = service, stage_id


class CreateStageCommand(SetupCommand):
    """A new stage; the service places it (an open one before the won and lost stages)."""

    def __init__(self, workspace: Workspace, service: StageService, data: StageData):
        text = translate("StageCommands", "New stage “%1”").replace("%1", data.name.strip())
        super().__init__(workspace, text)
        self.service, self.data = service, data
        self.stage_id: int | None = None
        self._removal = None

    def _do(self) -> None:
        if self._removal is None:
            self.stage_id = self.service.create(self.data)
        else:  # the same id again, so later commands that name it still apply
            self.service.restore(self._removal)

    def _undo(self) -> None:
        self._removal = self.service.delete(self.stage_id)


class StageSetterCommand(StageCommand):
    """Sets one property of a stage through the service method named ``setter``, which
    returns the previous value; undo sets that value back."""

    setter = ""

    def __init__(self, workspace, service: StageService, stage_id: int, text: str, value):
        super().__init__(workspace, service, stage_id, text)
        self.value, self.previous = value, None

    def _do(self) -> None:
        self.previous = getattr(self.service, self.setter)(self.stage_id, self.value)

    def _undo(self) -> None:
        getattr(self.service, self.setter)(self.stage_id, self.previous)


class RenameStageCommand(StageSetterCommand):
    setter = "rename"

    def __init__(
        self, workspace: Workspace, service: StageService, stage_id: int, label: str, name: str
    ):
        text = (
            translate("StageCommands", "Rename stage “%1” to “%2”")
            .replace("%1", label)
            .replace("%2", name.strip())
        )
        super().__init__(workspace, service, stage_id, text, name)


class SetStageProbabilityCommand(StageSetterCommand):
    setter = "set_probability"

    def __init__(
        self,
        workspace: Workspace,
        service: StageService,
        stage_id: int,
        label: str,
        probability: int,
    ):
        text = (
            translate("StageCommands", "Default probability of “%1”: %2%")
            .replace("%1", label)
            .replace("%2", str(probability))
        )
        super().__init__(workspace, service, stage_id, text, probability)


class SetStageOutcomeCommand(StageSetterCommand):
    setter = "set_outcome"

    def __init__(
        self,
        workspace: Workspace,
        service: StageService,
        stage_id: int,
        label: str,
        outcome: StageOutcome,
    ):
        text = (
            translate("StageCommands", "Outcome of “%1”: %2")
            .replace("%1", label)
            .replace("%2", enum_label(StageOutcome(outcome)))
        )
        super().__init__(workspace, service, stage_id, text, outcome)


class MoveStageCommand(StageCommand):
    """Moves a stage ``steps`` places along the board (negative: towards the start)."""

    def __init__(
        self, workspace: Workspace, service: StageService, stage_id: int, label: str, steps: int
    ):
        text = (
            translate("StageCommands", "Move stage “%1” up")
            if steps < 0
            else translate("StageCommands", "Move stage “%1” down")
        ).replace("%1", label)
        super().__init__(workspace, service, stage_id, text)
        self.steps = steps
        self.previous_order: tuple[int, ...] = ()

    def _do(self) -> None:
        self.previous_order = self.service.move(self.stage_id, self.steps)

    def _undo(self) -> None:
        self.service.set_order(self.previous_order)


class DeleteStageCommand(StageCommand):
    """Deletes a stage; one in use is merged into ``move_to`` (a stage of the same outcome)."""

    def __init__(
        self,
        workspace: Workspace,
        service: StageService,
        stage_id: int,
        label: str,
        move_to: int | None = None,
    ):
        text = translate("StageCommands", "Delete stage “%1”").replace("%1", label)
        super().__init__(workspace, service, stage_id, text)
        self.move_to = move_to
        self.removal = None

    def _do(self) -> None:
        self.removal = self.service.delete(self.stage_id, self.move_to)

    def _undo(self) -> None:
        self.service.restore(self.removal)


# -- products --------------------------------------------------------------------------------


class CreateProductCommand(SetupCommand):
    def __init__(self, workspace: Workspace, service: ProductService, data: ProductData):
        text = translate("StageCommands", "New product line “%1”").replace("%1", data.name.strip())
        super().__init__(workspace, text)
        self.service, self.data = service, data
        self.product_id: int | None = None
        self._snapshot = None

    def _do(self) -> None:
        if self._snapshot is None:
            self.product_id = self.service.create(self.data)
        else:
            self.service.restore(self._snapshot)

    def _undo(self) -> None:
        self._snapshot = self.service.delete([self.product_id])


class UpdateProductCommand(SetupCommand):
    """Changes the name or the category of a product line (``changes``: {field: value})."""

    def __init__(
        self,
        workspace: Workspace,
        service: ProductService,
        product_id: int,
        name: str,
        changes: Mapping[str, object],
    ):
        if "name" in changes:
            text = (
                translate("StageCommands", "Rename product line “%1” to “%2”")
                .replace("%1", name)
                .replace("%2", str(changes["name"]).strip())
            )
        else:
            text = translate("StageCommands", "Edit product line “%1”").replace("%1", name)
        super().__init__(workspace, text)
        self.service, self.product_id, self.changes = service, product_id, dict(changes)
        self.previous: dict[str, object] = {}

    def _do(self) -> None:
        self.previous = self.service.update(self.product_id, self.changes)

    def _undo(self) -> None:
        self.service.update(self.product_id, self.previous)


class DeleteProductCommand(SetupCommand):
    """Deletes a product line; its opportunities stay, without one (undo gives it back)."""

    def __init__(self, workspace: Workspace, service: ProductService, product_id: int, name: str):
        super().__init__(
            workspace, translate("StageCommands", "Delete product line “%1”").replace("%1", name)
        )
        self.service, self.product_id = service, product_id
        self.snapshot = None

    def _do(self) -> None:
        self.snapshot = self.service.delete([self.product_id])

    def _undo(self) -> None:
        self.service.restore(self.snapshot)
