"""What the window works on: the open portfolio, its services, the undo stack and the shared
current-account selection that every tab follows.

On a team server it also hears other users' saves (the views read again) and asks the user
what to do when a save meets someone else's newer change (see kamdesk.store.concurrency).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kamdesk.services.accounts import AccountRow, AccountService
from kamdesk.services.settings import PortfolioSettings, SettingsService
from kamdesk.store import Portfolio
from kamdesk.store.concurrency import EditConflict
from kamdesk.ui.errors import explain_write_error

# Which views read again when another user changed a table.
SIGNAL_OF_TABLE = {
    **dict.fromkeys(
        (
            "opportunity",
            "opportunity_history",
            "pipeline_stage",
            "product",
            "forecast_target",
            "forecast_snapshot",
            "forecast_snapshot_line",
        ),
        "pipeline_changed",
    ),
    **dict.fromkeys(
        (
            "risk",
            "action",
            "objective",
            "key_result",
            "check_in",
            "review",
            "interaction",
            "interaction_stakeholder",
            "revenue_record",
            "survey_response",
        ),
        "plan_changed",
    ),
    **dict.fromkeys(("setting", "icp_criterion", "team_member"), "settings_changed"),
}  # every other table: accounts_changed


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
        # Asked when a save meets someone else's newer change: True saves over it.
        self.conflict_resolver: Callable[[EditConflict], bool] = self._ask_user
        self.live_updates = None
        self.team_member = None  # who the user is on a team server (their role)
        self.on_team_server = hasattr(portfolio, "change_feed")
        if self.on_team_server:
            from kamdesk.services.team.members import TeamService
            from kamdesk.ui.team.live_updates import LiveUpdates

            portfolio.mark_seen()
            self.team_member = TeamService(portfolio).me()
            self.live_updates = LiveUpdates(portfolio, self.apply_remote_changes, self)

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

    def resolve_conflict(self, conflict: EditConflict) -> bool:
        return self.conflict_resolver(conflict)

    def _ask_user(self, conflict: EditConflict) -> bool:
        from PySide6.QtWidgets import QApplication

        from kamdesk.ui.team.conflict_dialog import ask_which_to_keep

        return ask_which_to_keep(conflict, self.settings.currency, QApplication.activeWindow())

    def apply_remote_changes(self, tables: set[str] | None = None) -> None:
        """Other users changed ``tables`` (None: anything): the views that show them read
        again, and what they show is seen."""
        try:
            self.portfolio.mark_seen()
        except Exception as exc:  # the server is away: the views say so when they read
            self.failed.emit(explain_write_error(exc, self.portfolio.path))
            return
        if tables is None:
            signals = {*SIGNAL_OF_TABLE.values(), "accounts_changed"}
        else:
            signals = {SIGNAL_OF_TABLE.get(table, "accounts_changed") for table in tables}
        if "settings_changed" in signals:
            self.reload_settings()  # emits settings_changed
            signals.discard("settings_changed")
        for name in sorted(signals):
            getattr(self, name).emit()

    def close(self) -> None:
        if self.live_updates is not None:
            self.live_updates.stop()
        self.undo_stack.clear()
        self.portfolio.close()
