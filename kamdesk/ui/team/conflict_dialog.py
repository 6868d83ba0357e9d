"""What the user sees when someone else saved the same record first (team mode, issue 9):
who and when, each field as it is now and as the user wanted it, and the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.store.concurrency import EditConflict
from kamdesk.ui.team.values import field_label, local_time_text, value_text


class ConflictDialog(QDialog):
    """Accepted: save mine over theirs. Rejected (the default): keep theirs."""

    def __init__(self, conflict: EditConflict, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.currency = currency
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.conflict = conflict
        layout = QVBoxLayout(self)
        headline = QLabel(self._headline(conflict), wordWrap=True)
        headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(headline)
        if conflict.clashes:
            layout.addWidget(self._table(conflict))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Nothing of yours was saved yet. Keep their version, or save yours over it."
                ),
                wordWrap=True,
            )
        )
        buttons = QDialogButtonBox(self)
        self.keep_theirs = buttons.addButton(
            self.tr("Keep their version"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_mine = buttons.addButton(
            self.tr("Save mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_theirs.setDefault(True)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _headline(self, conflict: EditConflict) -> str:
        who = conflict.changed_by or self.tr("Someone else")
        if conflict.changed_at is None:
            return self.tr("%1 saved this record at the same moment as you.").replace("%1", who)
        return (
            self.tr("%1 changed this record at %2, after your screen showed it.")
            .replace("%1", who)
            .replace("%2", local_time_text(conflict.changed_at))
        )

    def _table(self, conflict: EditConflict) -> QTableWidget:
        table = QTableWidget(len(conflict.clashes), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved now"), self.tr("Yours")])
        for row, clash in enumerate(conflict.clashes):
            cells = (
                field_label(conflict.table, clash.field),
                value_text(clash.theirs, self.currency),
                value_text(clash.mine, self.currency),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader().defaultSectionSize() * table.rowCount()
        table.setMaximumHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth())
        return table


def ask_which_to_keep(conflict: EditConflict, currency: str, parent: QWidget | None) -> bool:
    """True when the user chose to save theirs over it ("Save mine")."""
    return ConflictDialog(conflict, currency, parent).exec() == QDialog.DialogCode.Accepted
