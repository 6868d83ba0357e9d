"""The Portfolio tab: the dashboard, then reviews due, open actions and the top risks across
every account.

Each page reads the portfolio only while shown; asking for an account from any of them goes
through one ``account_requested`` signal, so the window can open that account.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.ui.dashboard.dashboard import Dashboard
from kamdesk.ui.plan.actions_view import ActionsView
from kamdesk.ui.plan.reviews_due_view import ReviewsDueView
from kamdesk.ui.plan.top_risks_view import TopRisksView
from kamdesk.ui.workspace import Workspace


class PortfolioTab(QWidget):
    account_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.dashboard = Dashboard(workspace)
        self.reviews_due = ReviewsDueView(workspace)
        self.actions = ActionsView(workspace)
        self.top_risks = TopRisksView(workspace)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.dashboard, self.tr("Dashboard"))
        self.pages.addTab(self.reviews_due, self.tr("Reviews due"))
        self.pages.addTab(self.actions, self.tr("Actions"))
        self.pages.addTab(self.top_risks, self.tr("Top risks"))
        for page in (self.dashboard, self.reviews_due, self.actions, self.top_risks):
            page.account_requested.connect(self.account_requested)
        self.dashboard.page_requested.connect(self.show_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def show_page(self, name: str) -> None:
        """Shows the full list behind one of the dashboard's short ones: "reviews", "actions"
        or "risks"."""
        pages = {"reviews": self.reviews_due, "actions": self.actions, "risks": self.top_risks}
        if name in pages:
            self.pages.setCurrentWidget(pages[name])
