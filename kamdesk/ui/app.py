"""Starting the application: QApplication, language, the first portfolio, the smoke test."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kamdesk import APP_NAME, ORG_NAME, PORTFOLIO_SUFFIX, __version__
from kamdesk.resources import resource_path
from kamdesk.store.errors import PortfolioError, is_database_url
from kamdesk.ui.background import stop_background_work, wait_for_background
from kamdesk.ui.crash import install_crash_handling
from kamdesk.ui.i18n import chosen_language, install_language
from kamdesk.ui.main_window import MainWindow, documents_folder, recent_files

DEFAULT_PORTFOLIO_NAME = "Carteira"


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kamdesk.png"))))
    app.setDesktopFileName("kamdesk")  # Wayland matches the window to its menu entry and icon
    # --lang is for this run only; the lasting choice is made in Preferences.
    install_language(language or chosen_language())
    install_crash_handling(app)
    return app


def default_portfolio_path() -> Path:
    return documents_folder() / f"{DEFAULT_PORTFOLIO_NAME}{PORTFOLIO_SUFFIX}"


def open_first_portfolio(window: MainWindow, requested: Path | str | None) -> None:
    """The portfolio asked for, else the last one used, else the one in Documents; on a first
    run (none of those) the welcome page, which offers the demo, a new portfolio or an import.
    A team server's address opens the Connect dialog filled in (the password is asked there
    or taken from the keychain, never from the command line)."""
    if is_database_url(requested or ""):
        from kamdesk.services.team.connection import ServerAddress, tls_required

        window.show_welcome()
        try:
            address, tls = ServerAddress.from_url(requested), tls_required(requested)
        except PortfolioError:  # an address too broken to fill the dialog with
            address, tls = None, False
        window.connect_to_server(address, tls)
        return
    if requested is not None:
        if requested.exists():
            window.open_path(requested)
        else:
            window.create_path(requested)
        return
    for recent in recent_files():
        if Path(recent).exists() and window.open_path(Path(recent)):
            return
    path = default_portfolio_path()
    if not (path.exists() and window.open_path(path)):
        window.show_welcome()


def smoke_test(window: MainWindow, screenshots: Path | None) -> int:
    """Visits every tab (saving a PNG of each when asked), then closes: exit 0 if all went well."""
    app = QApplication.instance()
    if window.workspace is None:
        print("smoke test: no portfolio could be opened", file=sys.stderr)
        return 1
    if screenshots:
        screenshots.mkdir(parents=True, exist_ok=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        wait_for_background()  # the dashboard reads off the GUI thread: draw it with its data
        if screenshots:
            name = f"{index + 1}-{window.tabs.widget(index).__class__.__name__}.png"
            window.grab().save(str(screenshots / name))
    print(
        f"smoke test: {window.tabs.count()} tabs, "
        f"{len(window.workspace.account_rows())} accounts, ok"
    )
    window.close()
    stop_background_work()
    return 0


def run_app(args) -> int:
    app = make_application(language=args.lang)
    window = MainWindow()
    if args.smoke_test:
        portfolio = args.portfolio
        if portfolio is None:
            from kamdesk.services.demo import write_demo

            portfolio = Path(tempfile.mkdtemp(prefix="kamdesk-smoke-")) / f"demo{PORTFOLIO_SUFFIX}"
            write_demo(portfolio)
        from kamdesk.store import PortfolioError

        try:
            open_first_portfolio(window, portfolio)
        except PortfolioError as error:
            print(f"smoke test: {error}", file=sys.stderr)
            return 1
        window.show()
        return smoke_test(window, args.screenshots)
    FileOpenHandler(window)
    start_window(window, args.portfolio)
    code = app.exec()
    stop_background_work()
    return code


class FileOpenHandler(QObject):
    """Opens the portfolio the system asks for: on macOS a double-click on a ``.kamdesk`` file
    in Finder reaches the running app as a FileOpen event, not as an argument."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self._window.open_path(Path(event.file()))
            return True
        return False


class _AfterFirstPaint(QObject):
    """Runs a function once the window has painted for the first time."""

    def __init__(self, window: MainWindow, then):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Twice queued: after the paint pass and whatever it queued, so the window is
            # really on screen before the portfolio (and the data layer) loads.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._then))
        return False


def start_window(window: MainWindow, requested: Path | None) -> None:
    """Shows the window at once and opens the portfolio right after its first paint.

    The user sees KAMdesk immediately; loading the data layer and the portfolio follows.
    """
    _AfterFirstPaint(window, lambda: open_first_portfolio(window, requested))
    window.show()
    window.raise_()
