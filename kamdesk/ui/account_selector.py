"""The toolbar's account selector: the one current account that every tab follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from kamdesk.model.enums import fold
from kamdesk.ui.workspace import Workspace


class AccountSelector(QComboBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("accountSelector")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(self.tr("Choose an account…"))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setToolTip(self.tr("The account every tab shows"))
        self.activated.connect(self._chosen)
        workspace.accounts_changed.connect(self.reload)
        workspace.current_account_changed.connect(self._show)
        self.reload()

    def reload(self) -> None:
        rows = sorted(
            (r for r in self.workspace.account_rows() if not r.archived),
            key=lambda r: fold(r.name),
        )
        self.blockSignals(True)
        self.clear()
        for row in rows:
            self.addItem(row.name, row.id)
        self.blockSignals(False)
        self._show(self.workspace.current_account)

    def _show(self, account_id: int | None) -> None:
        self.blockSignals(True)
        index = self.findData(account_id) if account_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.workspace.set_current_account(self.itemData(index))
