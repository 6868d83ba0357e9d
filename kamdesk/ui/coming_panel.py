"""A tab whose feature arrives later: says what it will do, and already follows the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.ui.workspace import Workspace


class ComingPanel(QWidget):
    def __init__(
        self, workspace: Workspace, title: str, promise: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.workspace = workspace
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.account_label = QLabel()
        self.account_label.setObjectName("comingAccount")
        self.account_label.setStyleSheet("font-size: 12pt;")
        text = QLabel(promise)
        text.setWordWrap(True)
        text.setFixedWidth(560)
        # A centred, wrapped label gets no height-for-width from the layout: give it its own.
        text.setMinimumHeight(text.heightForWidth(560))
        soon = QLabel(self.tr("Coming in a next version of KAMdesk."))
        soon.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (heading, self.account_label, text, soon):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        workspace.current_account_changed.connect(self.show_account)
        workspace.accounts_changed.connect(lambda: self.show_account(workspace.current_account))
        self.show_account(workspace.current_account)

    def show_account(self, account_id: int | None) -> None:
        if account_id is None:
            self.account_label.setText(self.tr("No account selected: showing the whole portfolio."))
            return
        try:
            name = self.workspace.accounts.get(account_id).name
        except ValueError:
            name = ""
        self.account_label.setText(self.tr("Account: %1").replace("%1", name))
