"""What the risk and action editors share: a form of :class:`Field` s, an optional date with
its clear button, OK that asks the service first and shows each problem under its field, and
the one command pushed when the service would accept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from kamdesk.services.problems import Problem
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import Field
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.pipeline.opportunity_dialog import OptionalDateEdit
from kamdesk.ui.workspace import Workspace

# Problems that leave nothing to edit: the record or its account was deleted meanwhile.
GONE_FIELDS = ("id", "account_id")


class PlanForm(QDialog):
    """Subclasses build ``self.form`` with :meth:`add` and set ``first_field``."""

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

    def add_date(self, name: str, label: str, empty_text: str, clear_tip: str) -> Field:
        """An optional date with a ✕ that empties it."""
        edit = OptionalDateEdit(empty_text)
        edit.setObjectName(name)
        field = Field(name, edit, edit.value, edit.set_value, edit.dateChanged)
        self.fields[name] = field
        clear = QToolButton()
        clear.setObjectName(f"clear_{name}")
        clear.setText("✕")
        clear.setAutoRaise(True)
        clear.setToolTip(clear_tip)
        clear.clicked.connect(lambda: edit.set_value(None))
        edit.dateChanged.connect(lambda: clear.setEnabled(not edit.is_empty()))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field.container, 1)
        row.addWidget(clear)
        self.form.addRow(label, row)
        return field

    def load(self, values: dict[str, object]) -> None:
        for name, field in self.fields.items():
            if name in values:
                field.load(values[name])

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

    # -- OK ----------------------------------------------------------------------------------

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
        for problem in problems:
            name = problem.field if problem.field in self.fields else self.first_field
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
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("font-weight: 600;")
    return label
