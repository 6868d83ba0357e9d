"""The Cadences tab: how many months pass between two reviews of each routine, by tier.

A grid of spin boxes, one row per routine (risk, pipeline, relationship map, positioning, OKR
check-in, planning) and one column per tier. "Never" (the lowest value) leaves the routine
out for that tier: no review of it is ever due. Every account has a tier (the rules always
give one), so the stored "no tier" entry is not shown; it is kept as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.cadence import CADENCE_MAX_MONTHS, ROUTINES
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.problems import Problem
from kamdesk.services.settings import CADENCE_MONTHS, default_cadences
from kamdesk.ui.fields import hint_label
from kamdesk.ui.i18n import enum_label, problem_text, translate
from kamdesk.ui.preferences.settings_page import SettingsPage, show_messages

Cadences = dict[Tier | None, dict[ReviewKind, int]]
CADENCE_ROUTINES = (*ROUTINES, ReviewKind.PLANNING)
NOT_SCHEDULED = 0  # the spin box's special value: the routine is left out for the tier


class CadencesPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[tuple[Tier, ReviewKind], QSpinBox] = {
            (tier, routine): self._box(tier, routine)
            for routine in CADENCE_ROUTINES
            for tier in Tier
        }
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.setObjectName("restoreCadences")
        self.restore_button.clicked.connect(self.restore_defaults)
        self._hidden: Cadences = {}  # entries the grid does not show, kept as they were
        self._lay_out()

    def _box(self, tier: Tier, routine: ReviewKind) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(f"cadence_{tier.value}_{routine.value}")
        box.setRange(NOT_SCHEDULED, CADENCE_MAX_MONTHS)
        box.setSpecialValueText(self.tr("never"))
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(80)
        box.setToolTip(
            self.tr("%1, tier %2: months between two reviews")
            .replace("%1", enum_label(routine))
            .replace("%2", tier.value)
        )
        return box

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Months between two reviews of each routine, by tier. Recording a review "
                    "moves that routine's next due date by this many months. A routine never "
                    "reviewed is first due this long after the account became a client or was "
                    "added to KAMdesk, whichever is later."
                )
            )
        )
        layout.addLayout(self._grid())
        layout.addWidget(
            hint_label(
                self.tr(
                    "From 1 to 24 months. “never” leaves the routine out for the tier. "
                    "The method's rhythm: risk and positioning quarterly; pipeline, "
                    "relationship map and OKR check-in monthly."
                )
            )
        )
        layout.addWidget(self.problems)
        layout.addStretch()
        restore_row = QHBoxLayout()
        restore_row.addStretch()
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, tier in enumerate(Tier, start=1):
            header = QLabel(enum_label(tier))
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        for row, routine in enumerate(CADENCE_ROUTINES, start=1):
            grid.addWidget(QLabel(enum_label(routine)), row, 0)
            for column, tier in enumerate(Tier, start=1):
                grid.addWidget(self.boxes[tier, routine], row, column)
        for column in range(1, len(Tier) + 1):  # tier columns of equal width
            grid.setColumnStretch(column, 1)
        return grid

    # -- loading and reading -----------------------------------------------------------------

    def load(self, cadences: Cadences) -> None:
        self._hidden = {
            tier: dict(cadence) for tier, cadence in cadences.items() if not isinstance(tier, Tier)
        }
        for (tier, routine), box in self.boxes.items():
            tier_cadence = cadences.get(tier)
            if tier_cadence is None:  # a tier missing from the mapping uses the no-tier entry
                tier_cadence = cadences.get(None, default_cadences()[None])
            box.setValue(tier_cadence.get(routine, NOT_SCHEDULED))

    def restore_defaults(self) -> None:
        defaults = default_cadences()
        for (tier, routine), box in self.boxes.items():
            box.setValue(defaults[tier].get(routine, NOT_SCHEDULED))

    def cadences(self) -> Cadences:
        shown: Cadences = {tier: {} for tier in Tier}
        for (tier, routine), box in self.boxes.items():
            if box.value() != NOT_SCHEDULED:
                shown[tier][routine] = box.value()
        return {**self._hidden, **shown}

    def months(self, tier: Tier, routine: ReviewKind) -> int | None:
        """The months shown for ``tier`` and ``routine``; None when it is not scheduled."""
        value = self.boxes[tier, routine].value()
        return None if value == NOT_SCHEDULED else value

    # -- problems ----------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        show_messages(self.problems, [self._text(p) for p in problems])

    @staticmethod
    def _text(problem: Problem) -> str:
        """Routine and tier by their names in the interface language."""
        if problem.template != CADENCE_MONTHS:
            return problem_text(problem)
        tier, routine = problem.args.get("tier"), problem.args.get("routine")
        args = {
            **problem.args,
            "tier": tier.value if isinstance(tier, Tier) else translate("CadencesPage", "none"),
            "routine": enum_label(routine) if isinstance(routine, ReviewKind) else routine,
        }
        return translate("Problem", problem.template).format(**args)
