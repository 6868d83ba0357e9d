"""What every record editor shares: a form of :class:`Field` s, OK that asks the service first
and shows each problem under its field (the dialog stays open, nothing is written), and the one
command pushed when the service would accept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from kamdesk.services.problems import Problem
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import Field
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.workspace import Workspace


class RecordForm(QDialog):
    """Subclasses fill ``self.form`` with :meth:`add`. A problem about one of
    ``gone_fields`` means the record (or what it belongs to) was deleted meanwhile: the dialog
    says so and closes. A problem about a field the form does not show goes under
    ``first_field`` (the first field when empty)."""

    gone_fields: tuple[str, ...] = ("id",)
    first_field = ""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.fields: dict[str, Field] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def add(self, label: str, field: Field) -> Field:
        self.fields[field.name] = field
        self.form.addRow(label, field.container)
        return field

    def load(self, values: dict[str, object]) -> None:
        for name, field in self.fields.items():
            if name in values:
                field.load(values[name])

    def values(self) -> dict[str, object]:
        return {name: field.value() for name, field in self.fields.items()}

    def buttons(self, ok_text: str) -> QDialogButtonBox:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    def shown_problem(self, problem: Problem) -> Problem:
        """The problem as this form says it (a subclass may reword one)."""
        return problem

    def show_problems(self, problems: list[Problem]) -> bool:
        """Each problem under its field, focus on the first; False when there are none."""
        for field in self.fields.values():
            field.show_problem(None)
        if not problems:
            return False
        gone = next((p for p in problems if p.field in self.gone_fields), None)
        if gone is not None:  # nothing left to edit
            show_message(self.parentWidget(), problem_text(gone))
            self.reject()
            return True
        texts: dict[str, list[str]] = {}
        fallback = self.first_field or next(iter(self.fields))
        for problem in map(self.shown_problem, problems):
            name = problem.field if problem.field in self.fields else fallback
            texts.setdefault(name, []).append(problem_text(problem))
        for name, lines in texts.items():
            self.fields[name].show_problem("\n".join(lines))
        first = next(name for name in self.fields if name in texts)  # in form order
        self.fields[first].widget.setFocus()
        self.adjustSize()
        return True

    def push(self, command: QUndoCommand | None) -> bool:
        """Pushes ``command`` (None: nothing changed); False when the database refused it,
        so the dialog stays open and nothing typed is lost."""
        if command is None:
            return True
        stack = self.workspace.undo_stack
        index = stack.index()
        stack.push(command)
        return stack.index() != index


def read_only_label(text: str) -> QLabel:
    """What a record belongs to, shown but not edited (its account, objective, ...)."""
    label = QLabel(text)
    label.setObjectName("contextLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("font-weight: 600;")
    return label
