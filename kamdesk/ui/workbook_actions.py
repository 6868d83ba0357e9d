"""File ▸ Export to Excel / Import from Excel: the workbook round trip, off the GUI thread."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.ui.background import run_in_background
from kamdesk.ui.commands import ImportCommand
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import chosen_language, format_number, translate
from kamdesk.ui.import_preview import ImportPreview, problem_text

if TYPE_CHECKING:
    from kamdesk.ui.workspace import Workspace

WORKBOOK_SUFFIX = ".xlsx"


def export_problem(error: BaseException) -> str:
    """What went wrong with an export, in the interface's language where we know the case."""
    from kamdesk.excel.writer import WorkbookTooLarge

    if isinstance(error, WorkbookTooLarge):
        return error.text(lambda template: translate("ExportProblem", template), format_number)
    return str(error)


class WorkbookActions(QObject):
    """The export and import actions of the File menu, bound to the current workspace."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.task = None
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut("Ctrl+E")
        self.export_action.triggered.connect(lambda: self.choose_export())
        self.export_account_action = QAction(self.tr("Export the current &account only…"), self)
        self.export_account_action.triggered.connect(lambda: self.choose_export(account=True))
        self.template_action = QAction(self.tr("Export an empty &template…"), self)
        self.template_action.triggered.connect(lambda: self.choose_export(template=True))
        self.import_action = QAction(self.tr("&Import from Excel…"), self)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.triggered.connect(self.choose_import)
        self.preview: ImportPreview | None = None

    def actions(self) -> list[QAction]:
        return [
            self.import_action,
            self.export_action,
            self.export_account_action,
            self.template_action,
        ]

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        for action in self.actions():
            action.setEnabled(workspace is not None)
        if workspace is not None:
            workspace.current_account_changed.connect(self._account_changed)
            self._account_changed(workspace.current_account)

    def _account_changed(self, account_id: int | None) -> None:
        self.export_account_action.setEnabled(account_id is not None)

    # -- export ----------------------------------------------------------------------------

    def _suggested_name(self, account: bool, template: bool) -> Path:
        portfolio = self.workspace.portfolio.path
        if template:
            stem = self.tr("KAMdesk template")
        elif account:
            stem = self.workspace.accounts.get(self.workspace.current_account).name
        else:
            stem = f"{portfolio.stem} {dt.date.today().isoformat()}"
        return portfolio.with_name(stem + WORKBOOK_SUFFIX)

    def choose_export(self, account: bool = False, template: bool = False) -> None:
        if self.workspace is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export to Excel"),
            str(self._suggested_name(account, template)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(WORKBOOK_SUFFIX):
                path += WORKBOOK_SUFFIX
            self.export_to(Path(path), account=account, template=template)

    def export_to(self, path: Path, account: bool = False, template: bool = False):
        """Writes the workbook in the background; returns the task (tests wait on it)."""
        from kamdesk.services.workbook_export import export_workbook

        portfolio = self.workspace.portfolio
        account_id = self.workspace.current_account if account else None
        language = chosen_language()

        def work(progress):
            progress.report(0, 0, self.tr("Reading the portfolio…"))
            result = export_workbook(
                portfolio,
                path,
                language=language,
                account_id=account_id,
                template=template,
                progress=progress.report,
            )
            return result.path

        self.task = run_in_background(
            self.window,
            self.tr("Export to Excel"),
            work,
            on_done=lambda written: self._status(
                self.tr("Workbook saved: %1").replace("%1", str(written))
            ),
            on_error=lambda error, _details: show_message(
                self.window, self.tr("The workbook could not be saved."), export_problem(error)
            ),
        )
        return self.task

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # -- import ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        if self.workspace is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from Excel"),
            str(self.workspace.portfolio.path.parent),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if path:
            self.plan_import(Path(path))

    def plan_import(self, path: Path, delete_missing: bool = False):
        """Reads and checks the workbook in the background, then shows the preview."""
        from kamdesk.excel.reader import read_workbook
        from kamdesk.services.workbook_import import plan_import

        portfolio = self.workspace.portfolio
        language = chosen_language()

        def work(progress):
            raw = read_workbook(path, language, progress=progress.report)
            return plan_import(
                portfolio, raw, delete_missing=delete_missing, progress=progress.report
            )

        self.task = run_in_background(
            self.window,
            self.tr("Checking the workbook"),
            work,
            on_done=lambda plan: self._show_preview(path, plan),
            on_error=lambda error, _details: self._unreadable(path, error),
            on_cancel=lambda: self._status(self.tr("Import cancelled: nothing was written.")),
        )
        return self.task

    def _unreadable(self, path: Path, error: BaseException) -> None:
        problem = getattr(error, "problem", None)
        detail = problem_text(problem) if problem is not None else str(error)
        show_message(
            self.window, self.tr("“%1” could not be imported.").replace("%1", path.name), detail
        )

    def _show_preview(self, path: Path, plan) -> None:
        if self.preview is not None and self.preview.isVisible():
            self.preview.show_plan(plan)  # re-planned after the delete option changed
            return
        self.preview = ImportPreview(plan, path.name, self.window)
        self.preview.delete_missing_changed.connect(
            lambda on: self.plan_import(path, delete_missing=on)
        )
        self.preview.accepted.connect(lambda: self.apply(self.preview.plan, path))
        self.preview.save_errors_requested.connect(lambda: self.choose_errors_workbook(path))
        self.preview.open()

    # -- errors workbook -------------------------------------------------------------------

    def errors_workbook_name(self, source: Path) -> Path:
        """``<source stem> - errors.xlsx`` next to the source, "errors" in the user's language."""
        errors = self.tr("errors", "file name of the errors workbook: Accounts - errors.xlsx")
        return source.with_name(f"{source.stem} - {errors}{WORKBOOK_SUFFIX}")

    def choose_errors_workbook(self, source: Path) -> None:
        if self.preview is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.preview,
            self.tr("Save errors workbook"),
            str(self.errors_workbook_name(source)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(WORKBOOK_SUFFIX):
                path += WORKBOOK_SUFFIX
            self.save_errors_workbook(source, self.preview.plan, Path(path))

    def save_errors_workbook(self, source: Path, plan, target: Path):
        """Writes ``source`` with the plan's problems marked to ``target``, in the background;
        returns the task (tests wait on it)."""
        from kamdesk.excel.errors_workbook import write_errors_workbook

        # Rendered here, in the interface's language, which the workbook is written in too.
        problems = [(p, problem_text(p), True) for p in plan.errors]
        problems += [(p, problem_text(p), False) for p in plan.warnings]
        language = chosen_language()

        def work(progress):
            return write_errors_workbook(
                source, problems, target, language=language, progress=progress.report
            )

        parent = self.preview if self.preview is not None else self.window
        self.task = run_in_background(
            parent,
            self.tr("Saving the errors workbook"),
            work,
            on_done=lambda written: self._status(
                self.tr("Errors workbook saved: %1").replace("%1", str(written))
            ),
            on_error=lambda error, _details: self._errors_workbook_failed(parent, error),
        )
        return self.task

    def _errors_workbook_failed(self, parent: QWidget, error: BaseException) -> None:
        problem = getattr(error, "problem", None)
        detail = problem_text(problem) if problem is not None else str(error)
        show_message(parent, self.tr("The errors workbook could not be saved."), detail)

    # -- applying ----------------------------------------------------------------------------

    def apply(self, plan, path: Path):
        """Writes the plan in one transaction off the GUI thread, as one undoable step."""
        from kamdesk.services.workbook_import import apply_import

        portfolio = self.workspace.portfolio
        folder = Path(tempfile.mkdtemp(prefix="kamdesk-import-"))

        def work(progress):
            before = portfolio.snapshot_to(folder / "before.kamdesk")
            apply_import(portfolio, plan, progress=progress.report)
            return before, portfolio.snapshot_to(folder / "after.kamdesk")

        def done(snapshots) -> None:
            before, after = snapshots
            self.workspace.undo_stack.push(ImportCommand(self.workspace, path.name, before, after))
            self._status(self.tr("Imported “%1”.").replace("%1", path.name))

        def failed(error: BaseException, _details: str) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            show_message(self.window, self.tr("The import was not written."), str(error))

        def cancelled() -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self._status(self.tr("Import cancelled: nothing was written."))

        self.task = run_in_background(
            self.window,
            self.tr("Importing"),
            work,
            on_done=done,
            on_error=failed,
            on_cancel=cancelled,
        )
        return self.task
