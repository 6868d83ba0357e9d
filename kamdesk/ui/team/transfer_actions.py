"""File ▸ Publish to team server… / Save an offline copy…: the open portfolio file copied into an
empty database on the team's server, or the open team portfolio copied into a new file.

Both run off the GUI thread with progress and Cancel, and end by saying in plain words how the
copy compares with the original. A cancel or a failure leaves the server database empty and
writes no file (see :mod:`kamdesk.services.team.transfer`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk import PORTFOLIO_SUFFIX
from kamdesk.services.team.connection import DEFAULT_PORT, ServerAddress, server_address_of
from kamdesk.services.team.transfer import (
    CopyDiffers,
    CopyFailed,
    DatabaseNotEmpty,
    TargetExists,
    TransferCancelled,
    TransferReport,
    publish,
    take_offline,
)
from kamdesk.store import PortfolioError
from kamdesk.ui.background import BackgroundTask, Cancelled, Progress, run_in_background
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.errors import explain_portfolio_error

if TYPE_CHECKING:
    from kamdesk.ui.workspace import Workspace


class ServerAddressForm(QDialog):
    """Where to publish: server, port, database, user name and password.

    A minimal form until the Connect dialog's address fields can be reused here."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to team server"))
        intro = QLabel(
            self.tr(
                "KAMdesk copies this portfolio into an empty database on your team's server, "
                "then compares every table with your file. Your file stays as it is."
            )
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. kamdesk.mycompany.com"))
        self.port_edit = QSpinBox()
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_edit)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._enable_publish)
        self._enable_publish()

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            port=self.port_edit.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
        )

    def url(self) -> str:
        """The address with the password (kept in memory only, for this one copy)."""
        return self.address().url(self.password_edit.text() or None)

    def _enable_publish(self) -> None:
        self.publish_button.setEnabled(not self.address().problems())


class TransferActions(QObject):
    """The publish and offline-copy actions of the File menu, bound to the current workspace.

    ``publish_action`` is enabled while a portfolio file is open, ``offline_action`` while a
    team portfolio is; ``finished`` carries the report of each copy that went through."""

    finished = Signal(object)  # TransferReport

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.task: BackgroundTask | None = None
        self.form: ServerAddressForm | None = None
        self.message: QMessageBox | None = None
        self.publish_action = QAction(self.tr("P&ublish to team server…"), self)
        self.publish_action.triggered.connect(self.ask_address)
        self.offline_action = QAction(self.tr("Save an off&line copy…"), self)
        self.offline_action.triggered.connect(self.choose_offline_file)
        self.set_workspace(None)

    def actions(self) -> list[QAction]:
        return [self.publish_action, self.offline_action]

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        on_server = self._on_server()
        self.publish_action.setEnabled(workspace is not None and not on_server)
        self.offline_action.setEnabled(on_server)

    def _on_server(self) -> bool:
        workspace = self.workspace
        return workspace is not None and server_address_of(workspace.portfolio) is not None

    # -- publish ---------------------------------------------------------------------------

    def ask_address(self) -> ServerAddressForm | None:
        """Opens the address form; publishing starts when it is accepted."""
        if self.workspace is None or self._on_server():
            return None
        form = ServerAddressForm(self.window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self.publish_to(form.url()))
        self.form = form
        form.open()
        return form

    def publish_to(self, url: str) -> BackgroundTask:
        """Copies the open portfolio file into the empty database at ``url`` in the
        background; returns the task (tests wait on it)."""
        portfolio = self.workspace.portfolio
        connecting = self.tr("Connecting to the server…")
        copying = self.tr("Copying the portfolio to the server…")

        def work(progress: Progress) -> TransferReport:
            progress.report(0, 0, connecting)
            return _stoppable(publish, portfolio, url, progress, copying)

        headline = self.tr("The portfolio was published to the team server.")
        return self._start(self.tr("Publish to team server"), work, headline)

    # -- offline copy ----------------------------------------------------------------------

    def choose_offline_file(self) -> None:
        if not self._on_server():
            return
        suggested = self._offline_name()
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save an offline copy"),
            str(suggested),
            self.tr("KAMdesk portfolios (*%1)").replace("%1", PORTFOLIO_SUFFIX),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix != PORTFOLIO_SUFFIX:
            path = path.with_name(path.name + PORTFOLIO_SUFFIX)
        # Only the very name the dialog asked about may be replaced.
        self.save_offline_copy(path, replace=str(path) == chosen and path.exists())

    def _offline_name(self) -> Path:
        from kamdesk.ui.main_window import documents_folder  # the window imports this module

        stem = (
            self.tr("%1 (offline %2)")
            .replace("%1", self.workspace.portfolio.path.name)
            .replace("%2", dt.date.today().isoformat())
        )
        return documents_folder() / f"{stem}{PORTFOLIO_SUFFIX}"

    def save_offline_copy(self, path: Path, replace: bool = False) -> BackgroundTask:
        """Copies the open team portfolio into the new file ``path`` in the background;
        returns the task (tests wait on it)."""
        portfolio = self.workspace.portfolio
        copying = self.tr("Copying the team portfolio into the file…")

        def work(progress: Progress) -> TransferReport:
            return _stoppable(take_offline, portfolio, path, progress, copying, replace=replace)

        headline = self.tr("The offline copy was saved.")
        return self._start(self.tr("Save an offline copy"), work, headline)

    # -- the outcome -----------------------------------------------------------------------

    def _start(self, title: str, work, headline: str) -> BackgroundTask:
        self.task = run_in_background(
            self.window,
            title,
            work,
            on_done=lambda report: self._copied(report, headline),
            on_error=lambda error, _details: self._failed(error),
            on_cancel=lambda: self._status(self.tr("Copy cancelled: nothing was written.")),
        )
        return self.task

    def summary(self, report: TransferReport) -> str:
        """ "12 tables, 48.213 rows copied; every table identical." in the interface's words."""
        tables = self.tr("%n table(s)", "", len(report.tables))
        rows = self.tr("%Ln row(s) copied", "", report.rows)
        return self.tr("%1, %2; every table identical.").replace("%1", tables).replace("%2", rows)

    def _copied(self, report: TransferReport, headline: str) -> None:
        if self._on_server():  # an offline copy: where the file is
            details = f"{self.summary(report)}\n\n{report.target}"
        else:  # published: the team portfolio as the window will name it
            tip = self.tr("To work on it with your team, use File ▸ Connect to team server.")
            where = ServerAddress.from_url(report.target).label
            details = f"{self.summary(report)}\n\n{where}\n\n{tip}"
        self._show(QMessageBox.Icon.Information, headline, details)
        self._status(self.summary(report))
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        headline, details = self._explain(error)
        self._show(QMessageBox.Icon.Warning, headline, details)

    def _explain(self, error: BaseException) -> tuple[str, str]:
        """(headline, what to do) for a copy that did not go through."""
        nothing = self.tr("Nothing was written.")
        if isinstance(error, DatabaseNotEmpty):
            return (
                self.tr("The database “%1” is not empty.").replace("%1", error.path.name),
                self.tr(
                    "A portfolio can only be published into an empty database. Ask whoever "
                    "runs the server for a new one."
                ),
            )
        if isinstance(error, TargetExists):
            return (
                self.tr("“%1” already exists.").replace("%1", error.path.name),
                self.tr("Choose another name for the offline copy."),
            )
        if isinstance(error, CopyDiffers):
            tables = ", ".join(error.report.differing)
            return (
                self.tr("The copy did not match the original, so it was not kept."),
                self.tr("Tables that differ: %1.").replace("%1", tables) + " " + nothing,
            )
        if isinstance(error, CopyFailed):
            return self.tr("The portfolio could not be copied."), f"{error.detail}\n\n{nothing}"
        if isinstance(error, PortfolioError):
            return explain_portfolio_error(error)
        return self.tr("The portfolio could not be copied."), f"{error}\n\n{nothing}"

    def _show(self, icon: QMessageBox.Icon, headline: str, details: str) -> None:
        self.message = show_message(self.window, headline, details, icon)
        self.message.setObjectName("transferMessage")

    def _status(self, text: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10000)


def _stoppable(copy, source, target, progress: Progress, text: str, **options) -> TransferReport:
    """Runs ``copy`` (publish or take_offline) reporting to ``progress``; after Cancel it
    stops at the next chunk, as the background helper expects (:class:`Cancelled`)."""
    try:
        return copy(
            source,
            target,
            progress=lambda done, total: progress.report(done, total, text),
            cancelled=lambda: progress.cancelled,
            **options,
        )
    except TransferCancelled:
        raise Cancelled from None
