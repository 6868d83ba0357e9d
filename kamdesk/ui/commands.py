"""Every user edit is one of these commands on the workspace's single QUndoStack.

Commands call services only. Input is validated before a command is pushed, so ``redo`` does
not fail on bad input; if the database itself fails, the command reports it and is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kamdesk.services.accounts import AccountData
from kamdesk.services.settings import (
    PortfolioSettings,
    restore_settings_snapshot,
    take_settings_snapshot,
)
from kamdesk.store.concurrency import EditConflict
from kamdesk.ui.errors import explain_write_error
from kamdesk.ui.i18n import translate
from kamdesk.ui.workspace import Workspace

TEXT_IN_MENU = 60  # longer titles are cut in the Edit menu's "Undo …"


def short(text: str) -> str:
    """``text`` on one line, cut to fit the Edit menu's "Undo …"."""
    text = " ".join(text.split())
    return text if len(text) <= TEXT_IN_MENU else text[: TEXT_IN_MENU - 1] + "…"


class WorkspaceCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, text: str):
        super().__init__(text)
        self.workspace = workspace

    def _safely(self, step: Callable[[], None]) -> None:
        try:
            step()
        except EditConflict as conflict:  # a team member saved the same record first
            self._resolve(conflict, step)
        except Exception as exc:  # the portfolio is left as the failed transaction found it
            self._failed(exc)

    def _resolve(self, conflict: EditConflict, step: Callable[[], None]) -> None:
        """The user keeps theirs (this edit is dropped; the views show theirs) or saves over it."""
        if not self.workspace.resolve_conflict(conflict):
            self.setObsolete(True)
            # Everything reads again: the snapshot now seen covers every view, not one.
            self.workspace.apply_remote_changes()
            return
        try:
            with self.workspace.portfolio.overwriting():
                step()
        except Exception as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        self.setObsolete(True)
        self.workspace.failed.emit(explain_write_error(exc, self.workspace.portfolio.path))


class CreateCommand(WorkspaceCommand):
    """A record made by ``create()``, which returns what it made (``created``). Undo takes it
    out with ``remove(created)``, which returns a snapshot; redo puts that back with
    ``restore(snapshot)`` — the same ids, so later commands that name them still apply. After
    every step ``changed()`` tells the views to read again."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        create: Callable[[], object],
        remove: Callable[[object], object],
        restore: Callable[[object], None],
        changed: Callable[[], None],
    ):
        super().__init__(workspace, text)
        self._create, self._remove, self._restore = create, remove, restore
        self._changed = changed
        self.created = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        if self._snapshot is None:
            self.created = self._create()
        else:
            self._restore(self._snapshot)
        self._changed()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self._snapshot = self._remove(self.created)
        self._changed()


class UpdateCommand(WorkspaceCommand):
    """An edit: ``apply()`` writes and returns what undoes it; ``revert(that)`` puts it back."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        apply: Callable[[], object],
        revert: Callable[[object], None],
        changed: Callable[[], None],
    ):
        super().__init__(workspace, text)
        self._apply, self._revert, self._changed = apply, revert, changed
        self._undo_data = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        self._undo_data = self._apply()
        self._changed()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self._revert(self._undo_data)
        self._changed()


class DeleteCommand(WorkspaceCommand):
    """A deletion: ``delete()`` returns the snapshot that ``restore(snapshot)`` puts back."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        delete: Callable[[], object],
        restore: Callable[[object], None],
        changed: Callable[[], None],
    ):
        super().__init__(workspace, text)
        self._delete, self._restore, self._changed = delete, restore, changed
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._redo)

    def _redo(self) -> None:
        self._snapshot = self._delete()
        self._changed()

    def undo(self) -> None:
        self._safely(self._undo)

    def _undo(self) -> None:
        self._restore(self._snapshot)
        self._changed()


class CreateAccountCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, data: AccountData):
        super().__init__(
            workspace,
            translate("Commands", "New account “%1”").replace("%1", data.name),
        )
        self.data = data
        self.account_id: int | None = None
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._create)

    def _create(self) -> None:
        accounts = self.workspace.accounts
        if self._snapshot is None:
            self.account_id = accounts.create(self.data)
        else:
            accounts.restore(self._snapshot)  # same id as before, so later commands still apply
        self.workspace.accounts_changed.emit()
        self.workspace.set_current_account(self.account_id)

    def undo(self) -> None:
        self._safely(self._remove)

    def _remove(self) -> None:
        self._snapshot = self.workspace.accounts.delete([self.account_id])
        if self.workspace.current_account == self.account_id:
            self.workspace.set_current_account(None)
        self.workspace.accounts_changed.emit()


class UpdateAccountCommand(WorkspaceCommand):
    """Changes some fields of one account: ``before`` and ``after`` map field → value."""

    def __init__(self, workspace: Workspace, account_id: int, name: str, before: dict, after: dict):
        super().__init__(workspace, translate("Commands", "Edit “%1”").replace("%1", name))
        self.account_id, self.before, self.after = account_id, before, after

    def _apply(self, values: dict) -> None:
        self.workspace.accounts.update(self.account_id, values)
        self.workspace.accounts_changed.emit()
        self.workspace.set_current_account(self.account_id)

    def redo(self) -> None:
        self._safely(lambda: self._apply(self.after))

    def undo(self) -> None:
        self._safely(lambda: self._apply(self.before))


class ArchiveAccountsCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, account_ids: list[int], archived: bool):
        text = (
            translate("Commands", "Archive accounts")
            if archived
            else translate("Commands", "Restore archived accounts")
        )
        super().__init__(workspace, text)
        self.account_ids, self.archived = list(account_ids), archived

    def _apply(self, archived: bool) -> None:
        self.workspace.accounts.set_archived(self.account_ids, archived)
        self.workspace.accounts_changed.emit()

    def redo(self) -> None:
        self._safely(lambda: self._apply(self.archived))

    def undo(self) -> None:
        self._safely(lambda: self._apply(not self.archived))


class DeleteAccountsCommand(WorkspaceCommand):
    """Deletes accounts with every dependant; undo puts all of it back with the same ids."""

    def __init__(self, workspace: Workspace, account_ids: list[int]):
        super().__init__(workspace, translate("Commands", "Delete accounts"))
        self.account_ids = list(account_ids)
        self._snapshot = None

    def redo(self) -> None:
        self._safely(self._delete)

    def _delete(self) -> None:
        self._snapshot = self.workspace.accounts.delete(self.account_ids)
        if self.workspace.current_account in self.account_ids:
            self.workspace.set_current_account(None)
        self.workspace.accounts_changed.emit()

    def undo(self) -> None:
        self._safely(self._restore)

    def _restore(self) -> None:
        self.workspace.accounts.restore(self._snapshot)
        self.workspace.accounts_changed.emit()
        self.workspace.set_current_account(self.account_ids[0])


class ChangeSettingsCommand(WorkspaceCommand):
    """New portfolio settings; undo brings back the old ones with any ratings removed."""

    def __init__(self, workspace: Workspace, settings: PortfolioSettings):
        super().__init__(workspace, translate("Commands", "Change preferences"))
        self.settings = settings
        self._before = None
        self._after = None

    def redo(self) -> None:
        self._safely(self._save)

    def _save(self) -> None:
        portfolio = self.workspace.portfolio
        if self._before is None:
            self._before = take_settings_snapshot(portfolio)
            self.workspace.settings_service.save(self.settings)
            self._after = take_settings_snapshot(portfolio)
        else:
            restore_settings_snapshot(portfolio, self._after)
        self._changed()

    def undo(self) -> None:
        self._safely(
            lambda: (
                restore_settings_snapshot(self.workspace.portfolio, self._before),
                self._changed(),
            )
        )

    def _changed(self) -> None:
        self.workspace.reload_settings()
        self.workspace.accounts_changed.emit()


class ImportCommand(WorkspaceCommand):
    """A whole import as one step: undo puts back the portfolio exactly as it was before.

    The import itself was written before the command is pushed (off the GUI thread), so the
    first redo does nothing; later redos and undos restore the snapshots taken around it.
    """

    def __init__(self, workspace: Workspace, file_name: str, before, after):
        super().__init__(workspace, translate("Commands", "Import “%1”").replace("%1", file_name))
        self.before, self.after = before, after
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            self._changed()
            return
        self._safely(lambda: (self.workspace.portfolio.restore_from(self.after), self._changed()))

    def undo(self) -> None:
        self._safely(lambda: (self.workspace.portfolio.restore_from(self.before), self._changed()))

    def _changed(self) -> None:
        self.workspace.reload_settings()
        self.workspace.accounts_changed.emit()
