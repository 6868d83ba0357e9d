"""File ▸ Export account plan… / Export portfolio summary…: choose where, write the PDF off
the GUI thread with progress and Cancel, then offer to open it or show its folder.

The stakeholder map's picture is drawn on the GUI thread first (see
:mod:`kamdesk.ui.report.map_picture`); reading the services, laying the pages out and writing
the PDF run in the background. A cancel or an error leaves no file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamdesk.services.problems import ValidationError
from kamdesk.ui.background import BackgroundTask, run_in_background
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.report.document import render_account_plan, render_portfolio_summary
from kamdesk.ui.report.map_picture import render_map_picture

if TYPE_CHECKING:
    from kamdesk.ui.workspace import Workspace

PDF_SUFFIX = ".pdf"


class ReportActions(QObject):
    """The two PDF actions of the File menu, bound to the current workspace.

    ``account_plan_action`` is enabled while an account is selected; ``finished`` carries the
    path of each PDF written (after the message offering to open it is shown)."""

    def __init__(self, window: QWidget, workspace: Workspace | None = None):
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.task: BackgroundTask | None = None
        self.message: QMessageBox | None = None
        self.today = dt.date.today  # the day the figures are taken on (tests fix it)
        self.account_plan_action = QAction(self.tr("Export account &plan (PDF)…"), self)
        self.account_plan_action.triggered.connect(self.export_account_plan)
        self.portfolio_summary_action = QAction(self.tr("Export portfolio &summary (PDF)…"), self)
        self.portfolio_summary_action.triggered.connect(self.export_portfolio_summary)
        self.set_workspace(workspace)

    def actions(self) -> list[QAction]:
        return [self.account_plan_action, self.portfolio_summary_action]

    def set_workspace(self, workspace: Workspace | None) -> None:
        if self.workspace is not None and shiboken6.isValid(self.workspace):
            self.workspace.current_account_changed.disconnect(self._account_changed)
        self.workspace = workspace
        self.portfolio_summary_action.setEnabled(workspace is not None)
        if workspace is not None:
            workspace.current_account_changed.connect(self._account_changed)
        self._account_changed(None if workspace is None else workspace.current_account)

    def _account_changed(self, account_id: int | None) -> None:
        self.account_plan_action.setEnabled(account_id is not None)

    # -- choosing the file -------------------------------------------------------------------

    def export_account_plan(self) -> None:
        if self.workspace is None or self.workspace.current_account is None:
            return
        name = self.workspace.accounts.get(self.workspace.current_account).name
        kind = self.tr("Account plan")
        stem = f"{kind} - {name} {self.today().isoformat()}"
        path = self._choose(self.tr("Export account plan"), stem)
        if path is not None:
            self.write_account_plan(path)

    def export_portfolio_summary(self) -> None:
        if self.workspace is None:
            return
        portfolio = self.workspace.portfolio.path.stem
        kind = self.tr("Portfolio summary")
        stem = f"{kind} - {portfolio} {self.today().isoformat()}"
        path = self._choose(self.tr("Export portfolio summary"), stem)
        if path is not None:
            self.write_portfolio_summary(path)

    def _choose(self, title: str, stem: str) -> Path | None:
        suggested = self.workspace.portfolio.path.with_name(_safe_name(stem) + PDF_SUFFIX)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        if not chosen.lower().endswith(PDF_SUFFIX):
            chosen += PDF_SUFFIX
        return Path(chosen)

    # -- writing -----------------------------------------------------------------------------

    def write_account_plan(self, path: Path, account_id: int | None = None) -> BackgroundTask:
        """Writes the plan of ``account_id`` (default: the current account) to ``path`` in the
        background; returns the task (tests wait on it)."""
        portfolio = self.workspace.portfolio
        account_id = self.workspace.current_account if account_id is None else account_id
        today = self.today()
        map_image = render_map_picture(portfolio, account_id, today)  # GUI thread only

        def work(progress):
            render_account_plan(portfolio, account_id, path, today, map_image, progress.report)
            return path

        return self._start(self.tr("Export account plan"), work, self.tr("Account plan saved."))

    def write_portfolio_summary(self, path: Path) -> BackgroundTask:
        """Writes the portfolio summary to ``path`` in the background; returns the task."""
        portfolio = self.workspace.portfolio
        today = self.today()

        def work(progress):
            render_portfolio_summary(portfolio, path, today, progress.report)
            return path

        headline = self.tr("Portfolio summary saved.")
        return self._start(self.tr("Export portfolio summary"), work, headline)

    def _start(self, title: str, work, headline: str) -> BackgroundTask:
        self.task = run_in_background(
            self.window,
            title,
            work,
            on_done=lambda path: self._saved(path, headline),
            on_error=lambda error, _details: self._failed(error),
            on_cancel=lambda: self._status(self.tr("Export cancelled: no file was written.")),
        )
        return self.task

    def _saved(self, path: Path, headline: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.window.windowTitle() or "KAMdesk",
            headline,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("reportSavedMessage")
        box.setInformativeText(str(path))
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
        show_folder = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def clicked(button) -> None:
            if button is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif button is show_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
        self._status(self.tr("PDF saved: %1").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):  # the account was deleted meanwhile
            detail = "\n".join(problem_text(p) for p in error.problems)
        elif isinstance(error, OSError) and error.strerror:
            detail = error.strerror
        else:
            detail = str(error)
        show_message(self.window, self.tr("The PDF could not be saved."), detail)

    def _status(self, text: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10000)


def _safe_name(stem: str) -> str:
    """An account name as a file name: characters Windows refuses become spaces."""
    return "".join(" " if c in '<>:"/\\|?*' else c for c in stem).strip()
