"""The main window: tabs, menus, the account selector, undo/redo and the portfolio file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kamdesk import APP_NAME, PORTFOLIO_SUFFIX, __version__
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.report.export_action import ReportActions
from kamdesk.ui.team.transfer_actions import TransferActions
from kamdesk.ui.workbook_actions import WorkbookActions

# The data layer (SQLAlchemy, Alembic, services, the tabs built on them) is imported when a
# portfolio opens, not at start: the empty window then paints about as fast as a bare Qt one.
if TYPE_CHECKING:
    from kamdesk.ui.workspace import Workspace

RECENT_KEY = "files/recent"
RECENT_LIMIT = 8
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
TAB_KEY = "window/tab"
DAILY_BACKUP_KEY = "backups/daily"  # off in the tests: each test opens a new portfolio


def documents_folder() -> Path:
    """KAMdesk's folder in the user's Documents: new and demo portfolios go there."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir()) / APP_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, []) or []
    return [value] if isinstance(value, str) else list(value)


def remember_recent(path: Path) -> None:
    files = [str(path)] + [f for f in recent_files() if f != str(path)]
    QSettings().setValue(RECENT_KEY, files[:RECENT_LIMIT])


class MainWindow(QMainWindow):
    workspace_changed = Signal()

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = None
        # Team mode: the server of the open portfolio (None for a file), whether its connection
        # is encrypted, and the one connect dialog (kept: a cancelled connection may still run).
        self.server_address = None
        self.connection_encrypted: bool | None = None
        self.connect_dialog = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tab_pages: dict[str, QWidget] = {}  # the routine guide's places ("pipeline")
        self.welcome = None  # the first-run page, while it is shown
        self.guide = None
        self.workspace_changed.connect(self._enable_guide_links)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.toolbar = QToolBar(self.tr("Account"))
        self.toolbar.setObjectName("accountToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.status_portfolio = QLabel()
        self.statusBar().addPermanentWidget(self.status_portfolio)
        self.status_connection = None  # a team portfolio's lock, made when one opens
        self._build_menus()
        self._restore_geometry()
        if workspace is not None:
            self.set_workspace(workspace)
        else:
            self._update_title()

    # -- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New portfolio…"), self.new_portfolio, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open portfolio…"), self.choose_portfolio, QKeySequence.StandardKey.Open
        )
        self.copy_action = self._action(self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S")
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.connect_action = self._action(
            self.tr("Connect to team ser&ver…"), lambda: self.connect_to_server()
        )
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.connect_action)
        self.transfer_actions = TransferActions(self)
        file_menu.addActions(self.transfer_actions.actions())
        self.transfer_actions.set_workspace(self.workspace)
        file_menu.addSeparator()
        file_menu.addActions([self.copy_action, self.backups_action])
        self._enable_file_actions()
        file_menu.addSeparator()
        self.workbook_actions = WorkbookActions(self)
        file_menu.addActions(self.workbook_actions.actions())
        self.workbook_actions.set_workspace(self.workspace)
        file_menu.addSeparator()
        self.report_actions = ReportActions(self, self.workspace)
        file_menu.addActions(self.report_actions.actions())
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo"), lambda: None, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.tr("&Redo"), lambda: None, QKeySequence.StandardKey.Redo
        )
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.edit_menu.addAction(self.preferences_action)

        self.accounts_menu = bar.addMenu(self.tr("&Accounts"))
        view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions = []
        for index in range(5):
            action = self._action(
                "", lambda _=False, i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}"
            )
            self.tab_actions.append(action)
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.demo_action = self._action(self.tr("Open the &demo portfolio"), self.open_demo)
        help_menu.addAction(self.demo_action)
        self.guide_action = self._action(
            self.tr("&Routine guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self._action(self.tr("&About KAMdesk"), self.show_about))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not files:
            self.recent_menu.addAction(self.tr("No recent portfolios")).setEnabled(False)
        self._add_recent_servers()

    def _add_recent_servers(self) -> None:
        """The team servers used lately, after the files; choosing one connects to it."""
        from kamdesk.ui.team.connect_dialog import recent_servers

        servers = recent_servers()
        if servers:
            self.recent_menu.addSection(self.tr("Team servers"))
        for address, require_tls in servers:
            action = self.recent_menu.addAction(address.label)
            action.setStatusTip(address.keychain_account)
            action.triggered.connect(
                lambda _=False, a=address, t=require_tls: self.connect_to_server(a, t)
            )

    # -- workspace -----------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace) -> None:
        """Shows ``workspace`` (closing the one shown before, if any)."""
        from kamdesk.services.team.connection import server_address_of

        old, self.workspace = self.workspace, workspace
        self.server_address = server_address_of(workspace.portfolio)
        if self.server_address is None:
            self.connection_encrypted = None
        current_tab = self.tabs.currentIndex() if old else int(QSettings().value(TAB_KEY, 1))
        self._clear_tabs()
        if old is not None:
            old.close()
            old.deleteLater()
        stack = workspace.undo_stack
        stack.canUndoChanged.connect(lambda can: self.undo_action.setEnabled(can))
        stack.canRedoChanged.connect(lambda can: self.redo_action.setEnabled(can))
        stack.undoTextChanged.connect(self._undo_texts)
        stack.redoTextChanged.connect(self._undo_texts)
        stack.cleanChanged.connect(self._update_title)
        workspace.failed.connect(self._edit_failed)
        workspace.accounts_changed.connect(self._update_status)
        self._bind_undo(stack)
        self._hide_welcome()
        self._build_tabs(workspace)
        self.workbook_actions.set_workspace(workspace)
        self.report_actions.set_workspace(workspace)
        self.transfer_actions.set_workspace(workspace)
        self.tabs.setCurrentIndex(max(0, min(current_tab, self.tabs.count() - 1)))
        if self.server_address is None:  # servers have their own list (connect_dialog)
            remember_recent(workspace.portfolio.path)
        self._enable_file_actions()
        self._update_title()
        self._update_status()
        self.workspace_changed.emit()

    def _bind_undo(self, stack) -> None:
        self.undo_action.triggered.disconnect()
        self.redo_action.triggered.disconnect()
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        self._undo_texts()
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _clear_tabs(self) -> None:
        self.toolbar.clear()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()

    def _build_tabs(self, workspace: Workspace) -> None:
        from kamdesk.ui.account_selector import AccountSelector
        from kamdesk.ui.accounts_tab import AccountsTab
        from kamdesk.ui.okrs.tab import OkrsTab
        from kamdesk.ui.pipeline.tab import PipelineTab
        from kamdesk.ui.portfolio.tab import PortfolioTab
        from kamdesk.ui.stakeholder_map.tab import StakeholderMapTab

        self.accounts_tab = AccountsTab(workspace)
        self.selector = AccountSelector(workspace)
        self.toolbar.addWidget(QLabel(self.tr("Account: ")))
        self.toolbar.addWidget(self.selector)
        clear = self.toolbar.addAction(self.tr("Whole portfolio"))
        clear.setToolTip(self.tr("Show the whole portfolio instead of one account"))
        clear.triggered.connect(lambda: workspace.set_current_account(None))
        self.portfolio_tab = PortfolioTab(workspace)
        # Asking for an account anywhere in the portfolio view opens it in the Accounts tab.
        self.portfolio_tab.account_requested.connect(
            lambda _id: self.tabs.setCurrentWidget(self.accounts_tab)
        )
        self.tab_pages = {
            "portfolio": self.portfolio_tab,
            "accounts": self.accounts_tab,
            "stakeholder_map": StakeholderMapTab(workspace),
            "pipeline": PipelineTab(workspace),
            "okrs": OkrsTab(workspace),
        }
        pages = [
            (self.portfolio_tab, self.tr("&Portfolio")),
            (self.accounts_tab, self.tr("A&ccounts")),
            (self.tab_pages["stakeholder_map"], self.tr("&Stakeholder map")),
            (self.tab_pages["pipeline"], self.tr("P&ipeline")),
            (self.tab_pages["okrs"], self.tr("&OKRs")),
        ]
        for index, (page, title) in enumerate(pages):
            self.tabs.addTab(page, title)
            self.tab_actions[index].setText(title)
        self.accounts_menu.clear()
        self.accounts_menu.addActions(
            [
                self.accounts_tab.new_action,
                self.accounts_tab.archive_action,
                self.accounts_tab.delete_action,
                self.accounts_tab.find_action,
            ]
        )

    def _undo_texts(self) -> None:
        stack = self.workspace.undo_stack
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    def _update_title(self, *_args) -> None:
        if self.workspace is None:
            self.setWindowTitle(APP_NAME)
            return
        # [*] shows the platform's modified marker while there are edits to undo.
        if self.server_address is not None:
            team_server = self.tr("team server")
            name = f"{self.server_address.label} ({team_server})"
        else:
            name = self.workspace.portfolio.path.stem
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(not self.workspace.undo_stack.isClean())

    def _update_status(self) -> None:
        if self.workspace is None:
            return
        rows = self.workspace.account_rows()
        active = sum(not r.archived for r in rows)
        where = self.server_address.label if self.server_address else self.workspace.portfolio.path
        self.status_portfolio.setText(
            self.tr("%1 · %n active account(s)", "", active).replace("%1", str(where))
        )
        self._show_connection_status()

    def _show_connection_status(self) -> None:
        """For a team portfolio: whether what travels to and from the server is encrypted."""
        if self.server_address is None:
            if self.status_connection is not None:
                self.status_connection.hide()
            return
        if self.status_connection is None:
            from kamdesk.ui.team.connect_dialog import ConnectionStatus

            self.status_connection = ConnectionStatus()
            self.statusBar().addPermanentWidget(self.status_connection)
        self.status_connection.show_encrypted(bool(self.connection_encrypted))
        self.status_connection.show_member(self.workspace.team_member)

    def _enable_file_actions(self) -> None:
        """A team portfolio has no file: no copy of it and no backups here (the server's
        backups are its administrator's)."""
        on_server = self.server_address is not None
        for action in (self.copy_action, self.backups_action):
            action.setEnabled(not on_server)
        tip = self.tr("A team portfolio's backups are made by whoever runs the server.")
        self.backups_action.setStatusTip(tip if on_server else "")

    def _edit_failed(self, detail: str) -> None:
        show_message(
            self,
            self.tr("The change could not be saved."),
            self.tr("The portfolio was left as it was. Details: %1").replace("%1", detail),
        )

    # -- files ---------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("KAMdesk portfolios (*%1)").replace("%1", PORTFOLIO_SUFFIX)

    def _start_folder(self) -> str:
        if self.workspace is None or self.server_address is not None:
            return str(Path.home())
        return str(self.workspace.portfolio.path.parent)

    def choose_portfolio(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open portfolio"), self._start_folder(), self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Opens the portfolio at ``path``; on failure says why and keeps the current one."""
        from kamdesk.services.portfolios import open_portfolio

        if self.workspace and self.workspace.portfolio.path == path.resolve():
            return True
        portfolio = self._show_portfolio(open_portfolio, path)
        if portfolio and portfolio.backup_before_migration:
            self.statusBar().showMessage(
                self.tr("Portfolio updated to this version; a backup was kept in %1").replace(
                    "%1", str(portfolio.backup_before_migration.parent)
                ),
                10000,
            )
        return portfolio is not None

    def _show_portfolio(self, opener, path: Path):
        """Opens or creates the portfolio and shows it; on failure explains and returns None."""
        from kamdesk.store import PortfolioDamaged, PortfolioError
        from kamdesk.ui.backups_dialog import start_daily_backup
        from kamdesk.ui.damaged_dialog import offer_backup_for_damaged
        from kamdesk.ui.errors import explain_portfolio_error
        from kamdesk.ui.workspace import Workspace

        try:
            portfolio = opener(path)
        except PortfolioDamaged as error:  # offer the newest good backup in its place
            restored = offer_backup_for_damaged(self, path, error)
            return self._show_portfolio(opener, restored) if restored else None
        except PortfolioError as error:
            headline, advice = explain_portfolio_error(error)
            show_message(self, headline, advice)
            return None
        self.set_workspace(Workspace(portfolio))
        take_monthly_forecast_snapshot(portfolio)
        if QSettings().value(DAILY_BACKUP_KEY, True, type=bool):
            start_daily_backup(self, portfolio.path)
        return portfolio

    # -- team servers --------------------------------------------------------------------

    def connect_to_server(self, address=None, require_tls: bool = False) -> None:
        """File ▸ Connect to team server…: the dialog, filled with ``address`` when given (a
        recent server); it connects at once when the keychain keeps the password."""
        from kamdesk.ui.team.connect_dialog import ConnectDialog

        if self.connect_dialog is None:
            self.connect_dialog = ConnectDialog(self)
            self.connect_dialog.connected.connect(self.show_server_portfolio)
        dialog = self.connect_dialog
        if dialog.isVisible():
            dialog.raise_()
            return
        password_known = address is not None and dialog.fill(address, require_tls)
        dialog.open()
        if password_known:
            dialog.start_connecting()

    def show_server_portfolio(self, portfolio, encrypted: bool) -> None:
        """Shows a team portfolio just connected to (no file lock, no daily backup)."""
        from kamdesk.ui.workspace import Workspace

        self.connection_encrypted = encrypted
        self.set_workspace(Workspace(portfolio))
        member = self.workspace.team_member
        if member is None or member.role == "director":  # who reads the whole pipeline
            take_monthly_forecast_snapshot(portfolio)

    def new_portfolio(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New portfolio"), self._start_folder(), self._file_filter()
        )
        if path:
            self.create_path(Path(path))

    def create_path(self, path: Path) -> bool:
        from kamdesk.services.portfolios import create_portfolio

        if path.suffix != PORTFOLIO_SUFFIX:
            path = path.with_name(path.name + PORTFOLIO_SUFFIX)
        return self._show_portfolio(create_portfolio, path) is not None

    def save_copy(self) -> None:
        if self.workspace is None or self.server_address is not None:
            return
        suggestion = self.workspace.portfolio.path.with_name(
            self.workspace.portfolio.path.stem + self.tr(" (copy)") + PORTFOLIO_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(suggestion), self._file_filter()
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> bool:
        from kamdesk.services.portfolios import save_copy
        from kamdesk.store import PortfolioError

        try:
            save_copy(self.workspace.portfolio, path)
        except (PortfolioError, OSError) as error:
            show_message(self, self.tr("The copy could not be saved."), str(error))
            return False
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(path)), 8000)
        return True

    def retranslate(self) -> None:
        """Rebuilds menus and tabs after a language change (texts are set when built)."""
        self._build_menus()
        self.toolbar.setWindowTitle(self.tr("Account"))
        dialog = self.connect_dialog
        if dialog is not None and not (dialog.busy or dialog.abandoned):
            dialog.deleteLater()  # made again, in the new language, when next asked for
            self.connect_dialog = None
        if self.workspace is not None:
            current = self.tabs.currentIndex()
            self._clear_tabs()
            self._bind_undo(self.workspace.undo_stack)
            self._build_tabs(self.workspace)
            self.tabs.setCurrentIndex(current)
            self._update_status()

    def open_demo(self, folder: Path | None = None) -> None:
        """Opens the demo portfolio, writing it first (off the GUI thread) if it is not there."""
        from kamdesk.services.demo import write_demo
        from kamdesk.services.portfolios import remove_portfolio_files
        from kamdesk.ui.background import Cancelled, run_in_background
        from kamdesk.ui.i18n import chosen_language

        path = (folder or documents_folder()) / f"Demo{PORTFOLIO_SUFFIX}"
        if path.exists():
            self.open_path(path)
            return

        def write(progress):
            progress.report(0, 0, self.tr("Writing a demo portfolio with 40 accounts…"))
            write_demo(path, language=chosen_language())
            try:
                progress.report(1, 1)
            except Cancelled:
                remove_portfolio_files(path)
                raise

        self.demo_task = run_in_background(
            self,
            self.tr("Demo portfolio"),
            write,
            on_done=lambda _: self.open_path(path),
            on_error=lambda error, _: show_message(
                self, self.tr("The demo portfolio could not be written."), str(error)
            ),
        )

    # -- first run and the routine guide ---------------------------------------------------

    def show_welcome(self) -> None:
        """The first-run page (demo, new portfolio, import) while no portfolio is open."""
        from kamdesk.ui.welcome import WelcomePage

        if self.workspace is not None or self.welcome is not None:
            return
        self.welcome = WelcomePage(self)
        self.welcome.guide_requested.connect(self.show_guide)
        self.pages.addWidget(self.welcome)
        self.pages.setCurrentWidget(self.welcome)
        self.toolbar.setVisible(False)

    def _hide_welcome(self) -> None:
        if self.welcome is None:
            return
        self.pages.setCurrentWidget(self.tabs)
        self.pages.removeWidget(self.welcome)
        self.welcome.deleteLater()
        self.welcome = None
        self.toolbar.setVisible(True)

    def show_guide(self) -> None:
        from kamdesk.ui.guide import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
            self.guide.go_to.connect(self.go_to)
            self.guide.destroyed.connect(lambda: setattr(self, "guide", None))
        self._enable_guide_links()
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def _enable_guide_links(self) -> None:
        if self.guide is not None:
            self.guide.set_links_enabled(self.workspace is not None)

    def go_to(self, place: str) -> None:
        """Shows a tab by its key ("pipeline"), or a page of it ("pipeline/review" calls the
        tab's ``show_review``)."""
        tab_key, _, page = place.partition("/")
        tab = self.tab_pages.get(tab_key)
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        show_page = getattr(tab, f"show_{page}", None) if page else None
        if show_page is not None:
            show_page()
        self.activateWindow()

    # -- dialogs -------------------------------------------------------------------------

    def show_backups(self) -> None:
        from kamdesk.ui.backups_dialog import BackupsDialog, reopen_in

        if self.workspace is not None and self.server_address is None:
            BackupsDialog(self.workspace, reopen_in(self), self).open()

    def show_preferences(self) -> None:
        from kamdesk.ui.preferences import PreferencesDialog

        if self.workspace is not None:
            PreferencesDialog(self.workspace, self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAMdesk"),
            self.tr(
                "<b>KAMdesk %1</b><p>Key account management on your desktop: ICP and tiers, "
                "stakeholder maps, pipeline, OKRs and account health.</p>"
            ).replace("%1", __version__),
        )

    # -- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        self._hide_welcome()  # its hidden toolbar is not a state to remember
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(TAB_KEY, self.tabs.currentIndex())
        if self.connect_dialog is not None:  # a connection arriving now would open nothing
            self.connect_dialog.cancel_connecting()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)


def take_monthly_forecast_snapshot(portfolio) -> None:
    """The forecast is photographed on the first opening of each month, so its accuracy can be
    measured once the month is over. Never in the way of opening: a failure is only logged."""
    import datetime as dt
    import logging

    from kamdesk.services.pipeline.forecast import ForecastService

    try:
        ForecastService(portfolio).snapshot_if_new_month(dt.date.today())
    except Exception:  # a read-only file, a locked database: the next opening tries again
        logging.getLogger(__name__).warning("no automatic forecast snapshot", exc_info=True)
