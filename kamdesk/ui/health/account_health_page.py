"""The account's Health page: its score with the parts behind it, then the figures it comes
from that a KAM types in — the monthly revenue and the survey answers."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.ui.health.health_card import HealthCard
from kamdesk.ui.health.revenue_page import RevenuePage
from kamdesk.ui.health.survey_page import SurveyPage
from kamdesk.ui.workspace import Workspace


class AccountHealthPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = HealthCard(workspace)
        self.revenue = RevenuePage(workspace)
        self.surveys = SurveyPage(workspace)
        self.figures = QTabWidget()
        self.figures.setDocumentMode(True)
        self.figures.addTab(self.revenue, self.tr("Monthly revenue"))
        self.figures.addTab(self.surveys, self.tr("Surveys (NPS, CSAT)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        layout.addWidget(self.figures, 1)

    def show_account(self, account_id: int | None) -> None:
        for part in (self.card, self.revenue, self.surveys):
            part.show_account(account_id)
