"""The Health tab: how much each part weighs in the account health score.

One spin box (0–100) per part, and beside it the part's share of all the weights, which updates
as the KAM types. A part at 0 is left out of every account's score; the score only ever uses
the parts an account has data for, so the shares here are those of an account with every
part. “Restore defaults” brings back the documented blend. All weights at 0 is refused on OK.
"""

from __future__ import annotations

from collections.abc import Mapping

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

from kamdesk.analytics.health import HealthPart
from kamdesk.services.problems import Problem
from kamdesk.services.settings import NEGATIVE_HEALTH_WEIGHT, default_health_weights
from kamdesk.ui.fields import hint_label
from kamdesk.ui.health.health_card import part_formula, part_label
from kamdesk.ui.i18n import format_percent, problem_text, translate
from kamdesk.ui.preferences.settings_page import SettingsPage, show_messages

MAX_WEIGHT = 100


class HealthPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[HealthPart, QSpinBox] = {part: self._box(part) for part in HealthPart}
        self.shares: dict[HealthPart, QLabel] = {part: self._share() for part in HealthPart}
        self.restore_button = QPushButton(self.tr("Restore defaults"))
        self.restore_button.setObjectName("restoreHealthWeights")
        self.restore_button.clicked.connect(self.restore_defaults)
        self._hidden: dict = {}  # parts this version does not show, kept as they were
        self._lay_out()
        self._show_shares()

    def _box(self, part: HealthPart) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(f"weight_{part.value}")
        box.setRange(0, MAX_WEIGHT)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(80)
        box.setToolTip(part_formula(part))
        box.valueChanged.connect(self._show_shares)
        return box

    @staticmethod
    def _share() -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(60)
        return label

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "How much each part weighs in the account health score (0–100). Each part "
                    "is first scored 0–100; the health is the weighted mean of the parts the "
                    "account has data for. A part at 0 is left out."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, text in enumerate((self.tr("Part"), self.tr("Weight"), self.tr("Share"))):
            header = QLabel(text)
            header.setStyleSheet("font-weight: 600;")
            if column:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(header, 0, column)
        for row, part in enumerate(HealthPart, start=1):
            name = QLabel(part_label(part))
            name.setToolTip(part_formula(part))
            grid.addWidget(name, row, 0)
            grid.addWidget(self.boxes[part], row, 1)
            grid.addWidget(self.shares[part], row, 2)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Share = the part's weight ÷ the sum of all weights, for an account with "
                    "data for every part. Hover over a part to see how it is scored."
                )
            )
        )
        layout.addWidget(self.problems)
        layout.addStretch()
        restore_row = QHBoxLayout()
        restore_row.addStretch()
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)

    # -- loading and reading -----------------------------------------------------------------

    def load(self, weights: Mapping) -> None:
        self._hidden = {p: w for p, w in weights.items() if p not in self.boxes}
        for part, box in self.boxes.items():
            box.setValue(round(weights.get(part, 0)))
        self._show_shares()

    def restore_defaults(self) -> None:
        self.load(default_health_weights())

    def weights(self) -> dict:
        return {**self._hidden, **{part: box.value() for part, box in self.boxes.items()}}

    def _show_shares(self, *_args) -> None:
        total = sum(box.value() for box in self.boxes.values())
        for part, label in self.shares.items():
            weight = self.boxes[part].value()
            label.setText(format_percent(weight / total) if total and weight else "—")

    # -- problems ----------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        show_messages(self.problems, [self._text(p) for p in problems])

    @staticmethod
    def _text(problem: Problem) -> str:
        """The part by its name in the interface language."""
        if problem.template != NEGATIVE_HEALTH_WEIGHT:
            return problem_text(problem)
        part = problem.args.get("part")
        args = {**problem.args, "part": part_label(part) if part in HealthPart else part}
        return translate("Problem", problem.template).format(**args)
