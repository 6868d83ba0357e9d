"""Help ▸ Routine guide: the monthly and quarterly routine of key account management, each step
with where it lives in KAMdesk and a button that goes there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.i18n import translate

PATH_SEPARATOR = " ▸ "


def tab_title(source: str) -> str:
    """A main-window tab's title as the tab shows it (the same translation), without its '&'."""
    return translate("MainWindow", source).replace("&", "")


@dataclass(frozen=True)
class RoutineStep:
    title: str
    what: str
    where: tuple[str, ...]  # the tab first, then the page inside it, as the interface names them
    place: str  # what the guide's go_to signal carries: "pipeline", "pipeline/review"…


class GuideDialog(QDialog):
    """A non-modal guide; ``go_to(place)`` asks the main window to show that tab or page."""

    go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routineGuide")
        self.setWindowTitle(self.tr("Routine guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.go_buttons: dict[str, list[QPushButton]] = {}
        self._build()
        self.resize(760, 680)

    # -- the routine --------------------------------------------------------------------------

    def monthly_steps(self) -> list[RoutineStep]:
        pipeline = tab_title("P&ipeline")
        return [
            RoutineStep(
                self.tr("Pipeline review"),
                self.tr(
                    "Update every open opportunity: stage, value, expected close and next step. "
                    "See what needs attention and what slipped, then record the month's review."
                ),
                (pipeline, translate("PipelineTab", "Monthly review")),
                "pipeline/review",
            ),
            RoutineStep(
                self.tr("Forecast accuracy"),
                self.tr(
                    "Compare last month's forecast with what actually closed. KAMdesk takes a "
                    "snapshot of the forecast the first time you open the portfolio each month."
                ),
                (pipeline, translate("PipelineTab", "Forecast")),
                "pipeline/forecast",
            ),
            RoutineStep(
                self.tr("Relationship map review"),
                self.tr(
                    "For each key account, check that every target area (company, business "
                    "unit, directorate) has at least one sponsor and that resistance is falling. "
                    "Save today's coverage to follow the trend."
                ),
                (tab_title("&Stakeholder map"), translate("StakeholderMapTab", "Coverage")),
                "stakeholder_map",
            ),
            RoutineStep(
                self.tr("OKR check-ins"),
                self.tr(
                    "Record the value measured today for each key result, so the progress of "
                    "every objective stays current."
                ),
                (tab_title("&OKRs"), translate("OkrsTab", "Check in…")),
                "okrs",
            ),
        ]

    def quarterly_steps(self) -> list[RoutineStep]:
        accounts = tab_title("A&ccounts")
        return [
            RoutineStep(
                self.tr("Risk analysis with mitigation"),
                self.tr(
                    "Review each key account's risks: rate likelihood and impact, choose a "
                    "response, and give every mitigation action an owner and a due date. "
                    "The Portfolio tab lists the top risks across all accounts."
                ),
                (accounts, translate("AccountEditor", "Risks")),
                "accounts",
            ),
            RoutineStep(
                self.tr("Positioning review"),
                self.tr(
                    "Compare what you want to be for the client with how the client sees you, "
                    "and update the value proposition."
                ),
                (accounts, translate("AccountEditor", "Positioning")),
                "accounts",
            ),
            RoutineStep(
                self.tr("From strategies to OKRs"),
                self.tr(
                    "Write down each account's strategy (repositioning, cross-selling, "
                    "up-selling, recovery), then turn it into objectives with measurable key "
                    "results for the next quarter."
                ),
                (accounts, translate("AccountEditor", "Lifecycle and strategy")),
                "accounts",
            ),
            RoutineStep(
                self.tr("Objectives for the quarter"),
                self.tr(
                    "Add the quarter's objectives and key results, for an account or for the "
                    "whole portfolio."
                ),
                (tab_title("&OKRs"), translate("OkrsTab", "New objective…")),
                "okrs",
            ),
        ]

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Key accounts pay back a steady routine. Once a month and once a quarter, go "
                "through these steps for each key account; the buttons take you to the right "
                "place in KAMdesk."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self._due_reviews_tip())
        column.addWidget(self._heading(self.tr("Every month")))
        for number, step in enumerate(self.monthly_steps(), start=1):
            column.addWidget(self._step_card(number, step))
        column.addWidget(self._heading(self.tr("Every quarter")))
        for number, step in enumerate(self.quarterly_steps(), start=1):
            column.addWidget(self._step_card(number, step))
        column.addStretch(1)
        self._same_button_width()
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        buttons.setContentsMargins(12, 0, 12, 0)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _due_reviews_tip(self) -> QWidget:
        portfolio = tab_title("&Portfolio")
        step = RoutineStep(
            self.tr("Which reviews are due"),
            self.tr(
                "KAMdesk knows when each account's reviews are due: start there, and work "
                "through the list."
            ),
            (portfolio, translate("PortfolioTab", "Reviews due")),
            "portfolio",
        )
        return self._step_card(None, step)

    def _step_card(self, number: int | None, step: RoutineStep) -> QFrame:
        card = QFrame()
        card.setObjectName("routineStep")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"{number}. {step.title}" if number else step.title)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        what = QLabel(step.what)
        what.setWordWrap(True)
        where = QLabel(self.tr("Where: %1").replace("%1", PATH_SEPARATOR.join(step.where)))
        where.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        where.setWordWrap(True)
        button = QPushButton(self.tr("Go to %1").replace("%1", step.where[0]))
        button.setProperty("where", PATH_SEPARATOR.join(step.where))
        button.setToolTip(button.property("where"))
        button.clicked.connect(lambda _=False, place=step.place: self.go_to.emit(place))
        self.go_buttons.setdefault(step.place, []).append(button)
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(16)
        grid.addWidget(title, 0, 0)
        grid.addWidget(what, 1, 0)
        grid.addWidget(where, 2, 0)
        grid.addWidget(button, 0, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        return card

    def _same_button_width(self) -> None:
        """One column of equal buttons reads calmer than a ragged one."""
        buttons = [b for group in self.go_buttons.values() for b in group]
        width = max(button.sizeHint().width() for button in buttons)
        for button in buttons:
            button.setMinimumWidth(width)

    def set_links_enabled(self, enabled: bool) -> None:
        """The buttons go somewhere only while a portfolio is open."""
        for buttons in self.go_buttons.values():
            for button in buttons:
                button.setEnabled(enabled)
                button.setToolTip(
                    button.property("where") if enabled else self.tr("Open a portfolio first")
                )
