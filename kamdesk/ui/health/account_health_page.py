"""The account's Health page: its figures as the dashboard shows the portfolio's, its score
with the parts behind it, then what they come from that a KAM types in — the monthly revenue
and the survey answers."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.ui.health.account_overview import AccountOverview
from kamdesk.ui.health.health_card import HealthCard
from kamdesk.ui.health.revenue_page import RevenuePage
from kamdesk.ui.health.survey_page import SurveyPage
from kamdesk.ui.workspace import Workspace


class AccountHealthPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.overview = AccountOverview(workspace)
        self.card = HealthCard(workspace)
        self.revenue = RevenuePage(workspace)
        self.surveys = SurveyPage(workspace)
        self.figures = QTabWidget()
        self.figures.setDocumentMode(True)
        self.figures.addTab(self.revenue, self.tr("Monthly revenue"))
        self.figures.addTab(self.surveys, self.tr("Surveys (NPS, CSAT)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overview)
        layout.addWidget(self.card)
        layout.addWidget(self.figures, 1)

    def show_account(self, account_id: int | None) -> None:
        for part in (self.overview, self.card, self.revenue, self.surveys):
            part.show_account(account_id)
