"""What the objective, key-result and check-in editors add to :class:`RecordForm`: a number
box that reads numbers as the KAM writes them, and which problems mean the record is gone."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from kamdesk.services.problems import NOT_A_NUMBER, REQUIRED, Problem
from kamdesk.ui.fields import Field
from kamdesk.ui.okrs.texts import decimals_of
from kamdesk.ui.record_form import RecordForm, read_only_label
from kamdesk.ui.workspace import Workspace

__all__ = ["GONE_FIELDS", "OkrForm", "number_field", "read_number", "read_only_label"]

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


class OkrForm(RecordForm):
    """Subclasses fill ``self.form`` with :meth:`add`, then call :meth:`finish`."""

    gone_fields = GONE_FIELDS

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def finish(self, ok_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons(ok_text))
        self.setMinimumWidth(520)

    def shown_problem(self, problem: Problem) -> Problem:
        # An empty number box reads as "" — for the KAM that is a missing value, not a non-number.
        if problem.template == NOT_A_NUMBER and problem.args.get("value") == "":
            return Problem(problem.field, REQUIRED)
        return problem
