"""A short dialog for a new account: name (required), CNPJ and owner; the rest in the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from kamdesk.services.accounts import AccountData
from kamdesk.ui.commands import CreateAccountCommand
from kamdesk.ui.fields import text_field
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.workspace import Workspace


class NewAccountDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("New account"))
        self.name = text_field("name", self.tr("How your team calls the client"), 200)
        self.tax_id = text_field("tax_id", "00.000.000/0000-00", 32)
        self.owner = text_field("owner")
        self.owner.load(workspace.settings.owner_name)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name.container)
        form.addRow(self.tr("CNPJ"), self.tax_id.container)
        form.addRow(self.tr("Owner (KAM)"), self.owner.container)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def data(self) -> AccountData:
        return AccountData(
            name=self.name.value(), tax_id=self.tax_id.value(), owner=self.owner.value()
        )

    def accept(self) -> None:
        data = self.data()
        problems = self.workspace.accounts.validate(data)
        fields = {"name": self.name, "tax_id": self.tax_id, "owner": self.owner}
        for field in fields.values():
            field.show_problem(None)
        if problems:
            for problem in problems:
                fields.get(problem.field, self.name).show_problem(problem_text(problem))
            return
        self.workspace.undo_stack.push(CreateAccountCommand(self.workspace, data))
        super().accept()
