"""The Portfolio tab: reviews due, open actions and the top risks across every account.

Each page reads the portfolio only while shown; asking for an account from any of them goes
through one ``account_requested`` signal, so the window can open that account.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.ui.plan.actions_view import ActionsView
from kamdesk.ui.plan.reviews_due_view import ReviewsDueView
from kamdesk.ui.plan.top_risks_view import TopRisksView
from kamdesk.ui.workspace import Workspace


class PortfolioTab(QWidget):
    account_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.reviews_due = ReviewsDueView(workspace)
        self.actions = ActionsView(workspace)
        self.top_risks = TopRisksView(workspace)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.reviews_due, self.tr("Reviews due"))
        self.pages.addTab(self.actions, self.tr("Actions"))
        self.pages.addTab(self.top_risks, self.tr("Top risks"))
        for page in (self.reviews_due, self.actions, self.top_risks):
            page.account_requested.connect(self.account_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
