"""What the window works on: the open portfolio, its services, the undo stack and the shared
current-account selection that every tab follows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kamdesk.services.accounts import AccountRow, AccountService
from kamdesk.services.settings import PortfolioSettings, SettingsService
from kamdesk.store import Portfolio


class Workspace(QObject):
    accounts_changed = Signal()  # any account was created, edited, archived or deleted
    settings_changed = Signal()
    pipeline_changed = Signal()  # opportunities, stages or products were written
    # Risks, actions, objectives, key results, check-ins, reviews or interactions were written.
    plan_changed = Signal()
    current_account_changed = Signal(object)  # account id or None
    failed = Signal(str)  # an edit could not be written; the text says why

    def __init__(self, portfolio: Portfolio, parent: QObject | None = None):
        super().__init__(parent)
        self.portfolio = portfolio
        self.accounts = AccountService(portfolio)
        self.settings_service = SettingsService(portfolio)
        self.undo_stack = QUndoStack(self)
        self._settings = self.settings_service.load()
        self._current_account: int | None = None
        self._rows: list[AccountRow] | None = None
        # Connected first, so every other listener reads fresh rows.
        self.accounts_changed.connect(self._forget_rows)
        self.settings_changed.connect(self._forget_rows)

    def account_rows(self) -> list[AccountRow]:
        """All accounts with score and tier, computed once per change and shared by all views."""
        if self._rows is None:
            self._rows = self.accounts.list_rows()
        return self._rows

    def _forget_rows(self) -> None:
        self._rows = None

    @property
    def settings(self) -> PortfolioSettings:
        return self._settings

    def reload_settings(self) -> None:
        self._settings = self.settings_service.load()
        self.settings_changed.emit()

    @property
    def current_account(self) -> int | None:
        return self._current_account

    def set_current_account(self, account_id: int | None) -> None:
        if account_id != self._current_account:
            self._current_account = account_id
            self.current_account_changed.emit(account_id)

    def close(self) -> None:
        self.undo_stack.clear()
        self.portfolio.close()
