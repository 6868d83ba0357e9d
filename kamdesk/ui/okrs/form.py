"""What the objective, key-result and check-in editors share: a form of :class:`Field` s, a
number box that reads numbers as the KAM writes them, OK that asks the service first and shows
each problem under its field (the dialog stays open, nothing is written), and the one command
pushed when the service would accept."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.problems import NOT_A_NUMBER, REQUIRED, Problem
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import Field
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.okrs.texts import decimals_of
from kamdesk.ui.workspace import Workspace

# Problems that leave nothing to edit: the record (or what it belongs to) was deleted meanwhile.
GONE_FIELDS = ("id", "objective_id", "key_result_id")


def read_number(text: str) -> float | str:
    """``text`` as a number in the interface's locale ("1.234,5" in pt-BR), else with a
    decimal point ("12.5"); "" when empty; the text itself when it is not a number (the
    service then says so)."""
    text = text.strip()
    if not text:
        return ""
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok:
            return value
    return text


def number_field(name: str, placeholder: str = "") -> Field:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaxLength(40)

    def set_(value) -> None:
        if value is None or value == "":
            edit.setText("")
        else:
            edit.setText(QLocale().toString(float(value), "f", decimals_of(float(value))))

    return Field(name, edit, lambda: read_number(edit.text()), set_, edit.editingFinished)


class OkrForm(QDialog):
    """Subclasses fill ``self.form`` with :meth:`add`, then call :meth:`finish`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.fields: dict[str, Field] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add(self, label: str, field: Field) -> Field:
        self.fields[field.name] = field
        self.form.addRow(label, field.container)
        return field

    def finish(self, ok_text: str) -> None:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(box)
        self.setMinimumWidth(520)

    def load(self, values: dict[str, object]) -> None:
        for name, field in self.fields.items():
            if name in values:
                field.load(values[name])

    def values(self) -> dict[str, object]:
        return {name: field.value() for name, field in self.fields.items()}

    def show_problems(self, problems: list[Problem]) -> bool:
        """Each problem under its field, focus on the first; False when there are none."""
        for field in self.fields.values():
            field.show_problem(None)
        if not problems:
            return False
        gone = next((p for p in problems if p.field in GONE_FIELDS), None)
        if gone is not None:  # nothing left to edit
            show_message(self.parentWidget(), problem_text(gone))
            self.reject()
            return True
        texts: dict[str, list[str]] = {}
        first_field = next(iter(self.fields))
        for problem in problems:
            if problem.template == NOT_A_NUMBER and problem.args.get("value") == "":
                problem = Problem(problem.field, REQUIRED)
            name = problem.field if problem.field in self.fields else first_field
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
    label = QLabel(text)
    label.setObjectName("contextLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("font-weight: 600;")
    return label
