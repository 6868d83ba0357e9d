"""File ▸ Backups…: the open portfolio's backups, "Back up now", "Restore…", "Show in folder";
and the daily backup started after a portfolio opens.

Restoring replaces the open portfolio's content (after backing up its current state), then
hands the file to ``reopen`` so every view starts afresh on it and, for a backup from an older
version, the schema is upgraded. Copies run off the GUI thread with progress.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSortFilterProxyModel, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.backups import (
    DEFAULT_KEEP,
    KEEP_RANGE,
    Backup,
    BackupReason,
    BackupService,
    clamp_keep,
)
from kamdesk.store import PortfolioError
from kamdesk.ui.background import BackgroundTask, Progress, run_in_background
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.errors import explain_portfolio_error
from kamdesk.ui.i18n import format_date, format_number, translate
from kamdesk.ui.models.roles import ROW_ROLE, SORT_ROLE
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.workspace import Workspace

KEEP_KEY = "backups/keep"  # how many backups of each portfolio to keep (1–100)


def backups_to_keep() -> int:
    return clamp_keep(QSettings().value(KEEP_KEY, DEFAULT_KEEP))


def backup_service() -> BackupService:
    """The backups in the platform's folder, keeping as many as the user chose."""
    return BackupService(keep=backups_to_keep())


def reason_label(reason: str) -> str:
    labels = {
        BackupReason.DAILY: translate("BackupsDialog", "Daily"),
        BackupReason.BEFORE_UPGRADE: translate("BackupsDialog", "Before upgrade"),
        BackupReason.BEFORE_RESTORE: translate("BackupsDialog", "Before restore"),
        BackupReason.MANUAL: translate("BackupsDialog", "Manual"),
    }
    return labels.get(reason, reason)


def format_moment(moment: dt.datetime) -> str:
    """25/11/2026 14:02 in pt-BR; the locale's short date and time."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(moment)} {time}"


def format_size(size: int) -> str:
    """Sizes as a file manager shows them: 48 KB, 1,2 MB (1 KB = 1024 bytes)."""
    kilobytes = size / 1024
    if kilobytes < 1000:
        return translate("BackupsDialog", "%1 KB").replace("%1", format_number(max(1, kilobytes)))
    return translate("BackupsDialog", "%1 MB").replace("%1", format_number(kilobytes / 1024, 1))


_notices: set[QMessageBox] = set()  # boxes without a parent, kept alive until closed


def show_notice(
    parent: QWidget | None,
    headline: str,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """:func:`show_message`, also when there is no window yet to own the box."""
    box = show_message(parent, headline, details, icon)
    if parent is None:
        _notices.add(box)
        box.finished.connect(lambda _result: _notices.discard(box))
    return box


def progress_reporter(progress: Progress, text: str) -> Callable[[int, int], None]:
    """Relays a copy's pages done/total to the progress dialog (and stops it after Cancel)."""
    return lambda done, total: progress.report(done, total, text)


class BackupColumn(enum.IntEnum):
    MADE_AT = 0
    REASON = 1
    SIZE = 2


class BackupsModel(RowsTableModel):
    columns = BackupColumn
    sort_keys = {
        BackupColumn.MADE_AT: lambda b: b.made_at,
        BackupColumn.REASON: lambda b: reason_label(b.reason),
        BackupColumn.SIZE: lambda b: b.size,
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            BackupColumn.MADE_AT: self.tr("Made on"),
            BackupColumn.REASON: self.tr("Why"),
            BackupColumn.SIZE: self.tr("Size"),
        }[BackupColumn(section)]

    def _display(self, row: Backup, column: BackupColumn) -> str:
        match column:
            case BackupColumn.MADE_AT:
                return format_moment(row.made_at)
            case BackupColumn.REASON:
                return reason_label(row.reason)
            case BackupColumn.SIZE:
                return format_size(row.size)

    def _decoration(self, row: Backup, column: BackupColumn, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BackupColumn.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class BackupsDialog(QDialog):
    """Lists and restores the backups of ``workspace``'s portfolio.

    ``reopen(path) -> bool`` is called after a restore, with the old portfolio still open: it
    must close it and show the portfolio at ``path`` afresh (see :func:`reopen_in`).
    """

    def __init__(
        self,
        workspace: Workspace,
        reopen: Callable[[Path], bool],
        parent: QWidget | None = None,
        service: BackupService | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.portfolio_path = workspace.portfolio.path
        self.reopen = reopen
        self.service = service or backup_service()
        self.task: BackgroundTask | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_restore_button: QPushButton | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self._build()
        self.refresh()
        self.resize(620, 440)

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "KAMdesk backs “%1” up the first time you open it each day and before every "
                "upgrade. You can also back it up now, or put back an earlier state."
            ).replace("%1", self.portfolio_path.stem)
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BackupColumn.MADE_AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BackupColumn.MADE_AT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BackupColumn.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BackupColumn.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.ask_restore())
        self.empty_label = QLabel(
            self.tr("No backups of this portfolio yet. Click “Back up now” to make the first one.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setValue(self.service.keep)
        self.keep_spin.setToolTip(
            self.tr("The oldest backups beyond this number are deleted at the next backup.")
        )
        self.keep_spin.valueChanged.connect(self._set_keep)
        keep_label = QLabel(self.tr("Backups to keep of each portfolio:"))
        keep_label.setBuddy(self.keep_spin)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch()

        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.show_folder_button = QPushButton(self.tr("&Show in folder"))
        self.show_folder_button.clicked.connect(self.show_in_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.show_folder_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.folder_label)
        layout.addLayout(keep_row)
        layout.addLayout(row)

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(self.service.list_backups(self.portfolio_path))
        self.pages.setCurrentWidget(self.table if self.model.rows() else self.empty_label)
        try:
            folder = str(self.service.folder)
        except PortfolioError as error:
            folder = str(error.path)
        self.folder_label.setText(self.tr("Backups are kept in %1").replace("%1", folder))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        busy = self.task is not None
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_backup() is not None)

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, backup_path: Path) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).path == backup_path:
                self.table.selectRow(row)
                return

    def _set_keep(self, value: int) -> None:
        QSettings().setValue(KEEP_KEY, value)
        self.service.keep = clamp_keep(value)

    def _run(self, title: str, work, on_done) -> None:
        self.task = run_in_background(
            self, title, work, on_done=on_done, on_error=self._failed, on_cancel=self._finished
        )
        self._update_buttons()

    def _finished(self) -> None:
        self.task = None
        self._update_buttons()

    def _failed(self, error: BaseException, details: str) -> None:
        self._finished()
        self.refresh()
        if isinstance(error, PortfolioError):
            headline, advice = explain_portfolio_error(error)
        else:
            headline, advice = self.tr("The backup could not be completed."), str(error)
        show_message(self, headline, advice)

    # -- actions -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        path, text = self.portfolio_path, self.tr("Copying the portfolio…")

        def work(progress: Progress) -> Backup:
            return self.service.make(path, BackupReason.MANUAL, progress_reporter(progress, text))

        self._run(self.tr("Back up now"), work, self._backed_up)

    def _backed_up(self, backup: Backup) -> None:
        self._finished()
        self.refresh()
        self.select(backup.path)

    def ask_restore(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.task is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr("Restore the backup of %1?").replace("%1", format_moment(backup.made_at)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The current state of the portfolio is backed up first, then replaced by this "
                "backup. Changes made since %1 will only be in that new backup. The undo "
                "history is cleared."
            ).replace("%1", format_moment(backup.made_at))
        )
        self.confirm_restore_button = box.addButton(
            self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        self.confirm_restore_button.clicked.connect(lambda: self.restore(backup))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_confirm_box)
        self.confirm_box = box
        box.open()

    def _forget_confirm_box(self, _result: int) -> None:
        self.confirm_box = None
        self.confirm_restore_button = None

    def restore(self, backup: Backup) -> None:
        """Restores ``backup`` (no question asked: :meth:`ask_restore` asks)."""
        portfolio, text = self.workspace.portfolio, self.tr("Restoring the backup…")

        def work(progress: Progress) -> Backup:
            reporter = progress_reporter(progress, text)
            return self.service.restore(portfolio, backup.path, reporter)

        self._run(self.tr("Restore a backup"), work, lambda before: self._restored(backup))

    def _restored(self, backup: Backup) -> None:
        self._finished()
        self.workspace.undo_stack.clear()  # its commands refer to the replaced content
        reopened = self.reopen(self.portfolio_path)
        parent = self.parentWidget()
        self.accept()
        details = self.tr(
            "The state before the restore was kept as a backup (“Before restore”) in "
            "File ▸ Backups. The undo history was cleared."
        )
        if not reopened:
            details += " " + self.tr("Open the portfolio again with File ▸ Open.")
        show_notice(
            parent,
            self.tr("The backup of %1 was restored.").replace("%1", format_moment(backup.made_at)),
            details,
            QMessageBox.Icon.Information,
        )

    def show_in_folder(self) -> None:
        try:
            folder = self.service.folder
        except PortfolioError as error:
            show_message(self, *explain_portfolio_error(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def reopen_in(window) -> Callable[[Path], bool]:
    """A ``reopen`` for :class:`BackupsDialog` that shows the portfolio again in ``window`` (a
    MainWindow): the old workspace is closed first, releasing the file's lock."""

    def reopen(path: Path) -> bool:
        from kamdesk.services.portfolios import open_portfolio

        window.workspace.close()
        try:
            portfolio = open_portfolio(path)
        except PortfolioError as error:
            show_message(window, *explain_portfolio_error(error))
            return False
        window.set_workspace(Workspace(portfolio))
        return True

    return reopen


def start_daily_backup(parent: QWidget | None, portfolio_path: Path) -> BackgroundTask:
    """The day's backup of a portfolio just opened, off the GUI thread; a failure is said (the
    user must know their backups stopped) but never stands in the way of working."""
    service = backup_service()
    text = translate("BackupsDialog", "Making today's backup…")

    def work(progress: Progress) -> Backup | None:
        return service.make_daily(portfolio_path, progress_reporter(progress, text))

    def failed(error: BaseException, _details: str) -> None:
        advice = str(error)
        if isinstance(error, PortfolioError):
            headline, advice = explain_portfolio_error(error)
            advice = f"{headline}\n\n{advice}"
        headline = translate("BackupsDialog", "Today's backup could not be made.")
        show_notice(parent, headline, advice)

    return run_in_background(
        parent, translate("BackupsDialog", "Daily backup"), work, on_error=failed
    )
