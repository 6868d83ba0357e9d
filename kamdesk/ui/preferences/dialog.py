"""The Preferences dialog, which assembles the pages and applies what OK accepts.

Nothing is written while the KAM edits. OK validates the whole settings at once: problems are
shown on the page they concern and the dialog stays open; otherwise the change becomes one
undoable command, so one Ctrl+Z takes back the whole visit to Preferences. The interface
language is the exception: it belongs to the user on this computer (QSettings), not to the
portfolio, and is not undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from kamdesk.services.problems import Problem
from kamdesk.services.settings import PortfolioSettings
from kamdesk.ui.commands import ChangeSettingsCommand
from kamdesk.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language, install_language
from kamdesk.ui.preferences.cadences_page import CadencesPage
from kamdesk.ui.preferences.criteria_page import CriteriaPage
from kamdesk.ui.preferences.general_page import GeneralPage
from kamdesk.ui.preferences.health_page import HealthPage
from kamdesk.ui.preferences.segmentation_page import SegmentationPage
from kamdesk.ui.preferences.settings_page import SettingsPage
from kamdesk.ui.preferences.stages_page import StagesPage
from kamdesk.ui.preferences.team_page import TeamPage
from kamdesk.ui.workspace import Workspace


def stored_language() -> str:
    """The language saved for this user: "" (follow the system), "pt_BR" or "en"."""
    value = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


class PreferencesDialog(QDialog):
    """Edits the portfolio settings and the interface language; OK applies them together."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._original = workspace.settings
        self.setWindowTitle(self.tr("Preferences"))
        self.general_page = GeneralPage()
        self.criteria_page = CriteriaPage(workspace)
        self.segmentation_page = SegmentationPage()
        self.cadences_page = CadencesPage()
        self.health_page = HealthPage()
        self.pages = (
            self.general_page,
            self.criteria_page,
            self.segmentation_page,
            self.cadences_page,
            self.health_page,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.general_page, self.tr("General"))
        self.tabs.addTab(self.criteria_page, self.tr("ICP criteria"))
        self.tabs.addTab(self.segmentation_page, self.tr("Segmentation"))
        self.tabs.addTab(self.cadences_page, self.tr("Cadences"))
        self.tabs.addTab(self.health_page, self.tr("Health"))
        # Not one of self.pages: its edits are written at once, each an undoable command.
        self.pipeline_page = StagesPage(workspace)
        self.tabs.addTab(self.pipeline_page, self.tr("Pipeline"))
        self.team_page = None  # a team server's members and the director's choices
        if workspace.on_team_server:
            self.team_page = TeamPage(workspace)
            self.tabs.addTab(self.team_page, self.tr("Team"))
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.button_box)
        self.general_page.currency.widget.currentIndexChanged.connect(
            lambda _index: self.segmentation_page.set_currency(self.general_page.currency.value())
        )
        self._load(self._original)
        self.resize(760, 520)

    def _load(self, settings: PortfolioSettings) -> None:
        self.general_page.load(settings, stored_language())
        self.criteria_page.load(settings.icp_criteria)
        self.segmentation_page.load(settings.segmentation)
        self.segmentation_page.set_currency(settings.currency)
        self.cadences_page.load(settings.cadences)
        self.health_page.load(settings.health_weights)

    def open(self) -> None:
        # With open() nobody keeps a reference (the main window fires and forgets), so the
        # dialog cleans up after itself; with exec() the caller owns it and may read it after.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        super().open()

    def edited_settings(self) -> PortfolioSettings:
        settings = self.general_page.apply_to(self._original)
        return settings.with_changes(
            icp_criteria=self.criteria_page.criteria(),
            segmentation=self.segmentation_page.rules(),
            cadences=self.cadences_page.cadences(),
            health_weights=self.health_page.weights(),
        )

    def accept(self) -> None:
        settings = self.edited_settings()
        for page in self.pages:
            page.clear_problems()
        problems = settings.problems()
        if problems:
            self._show_problems(problems)
            return
        if settings != self._original:
            self.workspace.undo_stack.push(ChangeSettingsCommand(self.workspace, settings))
        self._apply_language(self.general_page.chosen_language())
        super().accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        """Each page shows its own problems; the first page with any comes to the front."""
        by_page: dict[SettingsPage, list[Problem]] = {}
        for problem in problems:
            by_page.setdefault(self._page_for(problem), []).append(problem)
        for page, page_problems in by_page.items():
            page.show_problems(page_problems)
        self.tabs.setCurrentWidget(next(p for p in self.pages if p in by_page))

    def _page_for(self, problem: Problem) -> SettingsPage:
        pages = {
            "icp_criteria": self.criteria_page,
            "segmentation": self.segmentation_page,
            "cadences": self.cadences_page,
            "health_weights": self.health_page,
        }
        return pages.get(problem.field, self.general_page)

    def _apply_language(self, language: str) -> None:
        if language == stored_language():
            return
        QSettings().setValue(LANGUAGE_KEY, language)
        install_language(chosen_language())  # "" resolves to the system's language
        window = self.parentWidget().window() if self.parentWidget() else None
        if window is not None and hasattr(window, "retranslate"):
            window.retranslate()
