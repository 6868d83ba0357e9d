"""What the account-plan editors (risk, action, review, survey) add to :class:`RecordForm`: an
optional date with its clear button, and which problems mean the record is gone."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QToolButton

from kamdesk.ui.fields import Field
from kamdesk.ui.pipeline.opportunity_dialog import OptionalDateEdit
from kamdesk.ui.record_form import RecordForm, read_only_label

__all__ = ["GONE_FIELDS", "PlanForm", "read_only_label"]

# Problems that leave nothing to edit: the record or its account was deleted meanwhile.
GONE_FIELDS = ("id", "account_id")


class PlanForm(RecordForm):
    """Subclasses build ``self.form`` with :meth:`add` and set ``first_field``."""

    gone_fields = GONE_FIELDS

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
