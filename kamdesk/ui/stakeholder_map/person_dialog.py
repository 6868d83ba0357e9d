"""A short dialog for a new person on the map: name (required), job title, stance, influence.

Opened with ``open()`` (it does not block); the tab pushes the command when it is accepted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import Stance
from kamdesk.services.stakeholders import StakeholderData, StakeholderService
from kamdesk.ui.fields import text_field
from kamdesk.ui.i18n import enum_label, problem_text


class PersonDialog(QDialog):
    def __init__(self, service: StakeholderService, account_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.account_id = service, account_id
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("New person"))
        self.name = text_field("name", self.tr("Full name"), 200)
        self.job_title = text_field("job_title", self.tr("e.g. Procurement director"), 200)
        self.stance = QComboBox()
        for stance in Stance:
            self.stance.addItem(enum_label(stance), stance)
        self.stance.setCurrentIndex(self.stance.findData(Stance.NEUTRAL))
        self.influence = QSpinBox()
        self.influence.setRange(1, 5)
        self.influence.setValue(3)
        self.influence.setToolTip(self.tr("1 = little say in the decision, 5 = decides"))
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name.container)
        form.addRow(self.tr("Job title"), self.job_title.container)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Influence (1–5)"), self.influence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def data(self) -> StakeholderData:
        return StakeholderData(
            name=self.name.value(),
            job_title=self.job_title.value(),
            stance=self.stance.currentData(),
            influence=self.influence.value(),
        )

    def accept(self) -> None:
        """Stays open with the problem under its field while the service would refuse it."""
        fields = {"name": self.name, "job_title": self.job_title}
        for field in fields.values():
            field.show_problem(None)
        problems = self.service.validate(self.account_id, self.data())
        for problem in problems:
            fields.get(problem.field, self.name).show_problem(problem_text(problem))
        if not problems:
            super().accept()
