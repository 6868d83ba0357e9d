"""Asks why an opportunity was won or lost when a board card is dropped on a closing stage.

The reason is required (the service refuses to close without one); Cancel aborts the whole
drop. When several cards are dropped at once, the KAM can give one reason for the rest.
Opened with ``open()`` (it does not block); the board reads :meth:`CloseDialog.reason` when
it is accepted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import StageOutcome
from kamdesk.services.pipeline import messages as m
from kamdesk.services.problems import Problem
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.fields import long_text_field
from kamdesk.ui.i18n import problem_text

WON_ACCENT = "#1b5e20"
LOST_ACCENT = "#37474f"


class CloseDialog(QDialog):
    def __init__(
        self,
        title: str,
        stage_name: str,
        outcome: StageOutcome,
        reason: str = "",
        remaining: int = 0,
        parent: QWidget | None = None,
    ):
        """``title``: the opportunity's; ``stage_name``: translated; ``reason``: the one the
        KAM already typed (pre-filled); ``remaining``: how many more dropped cards will ask."""
        super().__init__(parent)
        self.setObjectName("closeDialog")
        won = outcome is StageOutcome.WON
        self.setWindowTitle(self.tr("Close as won") if won else self.tr("Close as lost"))
        question = (self.tr("Why was “%1” won?") if won else self.tr("Why was “%1” lost?")).replace(
            "%1", title
        )
        self.question = QLabel(question)
        self.question.setObjectName("closeQuestion")
        self.question.setWordWrap(True)
        accent = WON_ACCENT if won else LOST_ACCENT
        self.question.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {accent};")
        explanation = QLabel(
            self.tr(
                "Moving it to “%1” closes the opportunity. The reason is kept with it for the"
                " win/loss analysis."
            ).replace("%1", stage_name)
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.reason_field = long_text_field(
            "win_loss_reason",
            self.tr("e.g. Best total cost; the sponsor backed us in the committee")
            if won
            else self.tr("e.g. Price 12% above the competitor; no sponsor in finance"),
        )
        self.reason_field.load(reason)
        self.reason_field.widget.setMinimumHeight(80)
        self.reason_field.widget.setMaximumHeight(120)
        self.reason_field.widget.setAccessibleName(self.tr("Win/loss reason"))
        self.remaining = remaining
        self.for_the_rest = QCheckBox(self.rest_text(remaining))
        self.for_the_rest.setObjectName("reasonForTheRest")
        self.for_the_rest.setVisible(remaining > 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close as won") if won else self.tr("Close as lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(explanation)
        layout.addSpacing(4)
        layout.addWidget(QLabel(self.tr("Win/loss reason *")))
        layout.addWidget(self.reason_field.container)
        layout.addWidget(self.for_the_rest)
        layout.addWidget(self.buttons)
        self.reason_field.widget.setFocus()
        self.resize(460, self.sizeHint().height())

    def rest_text(self, remaining: int) -> str:
        return self.tr("Use this reason for the other %n opportunity(s)", "", remaining)

    def reason(self) -> str:
        return self.reason_field.value()

    def set_reason(self, text: str) -> None:
        self.reason_field.widget.setPlainText(text)

    def for_all_remaining(self) -> bool:
        return self.remaining > 0 and self.for_the_rest.isChecked()

    def accept(self) -> None:
        """Stays open, with the problem under the field, while the reason is blank."""
        if not self.reason():
            problem = Problem("win_loss_reason", m.REASON_REQUIRED)
            self.reason_field.show_problem(problem_text(problem))
            self.reason_field.widget.setFocus()
            return
        self.reason_field.show_problem(None)
        super().accept()
