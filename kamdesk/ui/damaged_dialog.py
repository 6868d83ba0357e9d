"""What opening a damaged portfolio offers: its newest backup that passes the full integrity
check, put back in the portfolio's place.

The damaged file is never deleted: it is renamed beside the restored one, "Carteira (damaged
2026-11-26 0955).kamdesk", with its -wal/-shm, so support can still try to salvage it. The
restored file keeps the original name, so shortcuts and the recent-files list still work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.backups import Backup, BackupService
from kamdesk.store import PortfolioError
from kamdesk.ui.background import BackgroundTask, run_in_background
from kamdesk.ui.backups_dialog import (
    backup_service,
    format_moment,
    reason_label,
    show_notice,
)
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.errors import explain_portfolio_error
from kamdesk.ui.i18n import translate


class DamagedPortfolioDialog(QDialog):
    """Looks for the newest good backup (off the GUI thread) and restores it on request.

    After a restore, ``restored_path`` is the portfolio's path (now the backup's content) and
    ``kept_path`` where the damaged file was kept; both stay None otherwise.
    """

    def __init__(
        self,
        path: Path,
        error: PortfolioError | None = None,
        parent: QWidget | None = None,
        service: BackupService | None = None,
    ):
        super().__init__(parent)
        self.path = Path(path)
        self.error = error
        self.service = service or backup_service()
        self.backup: Backup | None = None
        self.aside: Path | None = None  # where the damaged file will be kept
        self.searching = True
        self.restored_path: Path | None = None
        self.kept_path: Path | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Damaged portfolio"))
        self.setObjectName("damagedPortfolioDialog")
        self._build()
        self._search()

    def _build(self) -> None:
        headline = QLabel(
            self.tr("“%1” is damaged and cannot be opened.").replace("%1", self.path.name)
        )
        font = QFont(headline.font())
        font.setBold(True)
        headline.setFont(font)
        headline.setWordWrap(True)
        cause = QLabel(
            self.tr(
                "This can happen after a power cut, a full disk, or a drive removed while "
                "KAMdesk was saving. The file was not changed."
            )
        )
        cause.setWordWrap(True)
        if self.error is not None:
            cause.setToolTip(str(self.error))  # SQLite's own words, for support
        self.status_label = QLabel(self.tr("Looking for a good backup…"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton(self.tr("Restore the newest good backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.show_folder_button = QPushButton(self.tr("Show backups folder"))
        self.show_folder_button.clicked.connect(self.show_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.show_folder_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(cause)
        layout.addSpacing(6)
        layout.addWidget(self.status_label)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- finding the backup --------------------------------------------------------------

    def _search(self) -> None:
        self.task = run_in_background(
            self,
            self.tr("Looking for a good backup…"),
            lambda _progress: self.service.newest_good(self.path),
            on_done=self._found,
            on_error=lambda error, _details: self._found(None),
            on_cancel=lambda: self._found(None),
        )

    def _found(self, backup: Backup | None) -> None:
        self.task = None
        self.searching = False
        self.backup = backup
        if backup is None:
            try:
                folder = str(self.service.folder)
            except PortfolioError as error:
                folder = str(error.path)
            self.status_label.setText(
                self.tr(
                    "No good backup of this portfolio was found in %1. Keep the file: "
                    "KAMdesk support may still be able to recover part of it."
                ).replace("%1", folder)
            )
            self.restore_button.hide()
            # Nothing to choose: Close, not Cancel (the folder button stays).
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.adjustSize()  # the longer text needs more lines
            return
        moment = format_moment(backup.made_at)
        self.aside = self.service.aside_path(self.path, self.aside_word())
        self.status_label.setText(
            self.tr(
                "The newest good backup is from %1 (%2). Restoring it puts it in the "
                "portfolio's place; changes made after it are lost. The damaged file is kept "
                "beside it as “%3”."
            )
            .replace("%1", moment)
            .replace("%2", reason_label(backup.reason))
            .replace("%3", self.aside.name)
        )
        self.restore_button.setText(self.tr("Restore the backup of %1").replace("%1", moment))
        self.restore_button.setEnabled(True)
        self.adjustSize()

    def aside_word(self) -> str:
        """The word in the damaged file's new name: "Carteira (damaged 2026-11-26 0955)"."""
        return self.tr("damaged")

    # -- restoring -----------------------------------------------------------------------

    def restore(self) -> None:
        if self.backup is None or self.task is not None:
            return
        backup, aside = self.backup, self.aside
        self.restore_button.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Restoring the backup…"),
            lambda _progress: self.service.replace_damaged(self.path, backup.path, aside),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, kept: Path) -> None:
        self.task = None
        self.kept_path, self.restored_path = kept, self.path
        self.accept()

    def _failed(self, error: BaseException, _details: str) -> None:
        self.task = None
        self.restore_button.setEnabled(True)
        if isinstance(error, PortfolioError):
            show_message(self, *explain_portfolio_error(error))
        else:
            show_message(self, self.tr("The backup could not be restored."), str(error))

    def show_folder(self) -> None:
        try:
            folder = self.service.folder
        except PortfolioError as error:
            show_message(self, *explain_portfolio_error(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_backup_for_damaged(
    parent: QWidget | None,
    path: Path,
    error: PortfolioError | None = None,
    service: BackupService | None = None,
) -> Path | None:
    """Shows what happened and offers the newest good backup; returns the portfolio's path once
    the backup is in its place (open it as usual), or None when nothing was restored."""
    dialog = DamagedPortfolioDialog(path, error, parent, service)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored_path is None:
            return None
        show_notice(
            parent,
            translate("DamagedPortfolioDialog", "The backup of %1 was put back.").replace(
                "%1", format_moment(dialog.backup.made_at)
            ),
            translate("DamagedPortfolioDialog", "The damaged file was kept as %1").replace(
                "%1", str(dialog.kept_path)
            ),
            QMessageBox.Icon.Information,
        )
        return dialog.restored_path
    finally:
        dialog.deleteLater()
