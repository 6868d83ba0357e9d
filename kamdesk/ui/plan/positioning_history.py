"""The positioning reviews of an account, under its positioning fields in the account editor.

"Record positioning review…" keeps today's value proposition, desired and perceived position
and differentiators with the review's date and notes (one undoable command). The list shows
the past reviews, newest first; for the selected one, what the positioning was then, each
text that differs from today's marked with what it says today, so the KAM sees how the
client's perception moved from quarter to quarter.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import fold
from kamdesk.services.plan.interaction_checks import EARLIEST_DAY
from kamdesk.services.plan.positioning import (
    POSITIONING_FIELDS,
    Positioning,
    PositioningReview,
    PositioningService,
)
from kamdesk.services.problems import ValidationError
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.fields import Field, PlainTextEdit, hint_label
from kamdesk.ui.i18n import date_format, format_date, problem_text
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.positioning_commands import (
    DeletePositioningReviewCommand,
    RecordPositioningReviewCommand,
)
from kamdesk.ui.workspace import Workspace

CHANGED_COLOR = "#b26a00"  # amber: readable on light backgrounds, distinct from errors


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReviewColumn(enum.IntEnum):
    DATE = 0
    NOTES = 1


class PositioningReviewsModel(RowsTableModel):
    """The reviews, newest first: their date and the first line of their notes."""

    columns = ReviewColumn
    sort_keys = {
        ReviewColumn.DATE: lambda r: (r.date, r.id),
        ReviewColumn.NOTES: lambda r: fold(r.notes),
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Notes")][section]

    def _display(self, row: PositioningReview, column: ReviewColumn) -> str:
        if column == ReviewColumn.DATE:
            return format_date(row.date)
        first = next((line.strip() for line in row.notes.splitlines() if line.strip()), "")
        return first or "—"

    def _decoration(self, row: PositioningReview, column: ReviewColumn, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == ReviewColumn.NOTES and row.notes:
            return row.notes
        return None


class PositioningReviewDialog(QDialog):
    """Date (today) and notes of a positioning review; OK records it as one command."""

    def __init__(
        self,
        workspace: Workspace,
        service: PositioningService,
        account_id: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace, self.service, self.account_id = workspace, service, account_id
        self.setObjectName("positioningReviewDialog")
        self.setWindowTitle(self.tr("Record positioning review"))
        date_edit = QDateEdit()
        date_edit.setObjectName("reviewDate")
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat(date_format())
        date_edit.setDateRange(qdate(EARLIEST_DAY), QDate.currentDate())
        date_edit.setDate(QDate.currentDate())
        self.date = Field(
            "date",
            date_edit,
            lambda: pydate(date_edit.date()),
            lambda v: date_edit.setDate(qdate(v)),
            date_edit.dateChanged,
        )
        notes_edit = PlainTextEdit()
        notes_edit.setObjectName("reviewNotes")
        notes_edit.setTabChangesFocus(True)
        notes_edit.setPlaceholderText(
            self.tr("e.g. The purchasing director now sees us as a partner in cost reduction.")
        )
        self.notes = Field(
            "notes",
            notes_edit,
            lambda: notes_edit.toPlainText().strip(),
            lambda v: notes_edit.setPlainText(v or ""),
            notes_edit.editingFinished,
        )
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date.container)
        form.addRow(self.tr("Notes"), self.notes.container)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The review keeps the value proposition, the desired and perceived positions"
                    " and the differentiators as they are now."
                )
            )
        )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record review"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        notes_edit.setFocus()

    def accept(self) -> None:
        """Stays open with each problem under its field while the service would refuse."""
        fields = {"date": self.date, "notes": self.notes}
        for field in fields.values():
            field.show_problem(None)
        day, notes = self.date.value(), self.notes.value()
        problems = self.service.validate_review(self.account_id, day, notes)
        if problems:
            for problem in problems:
                fields.get(problem.field, self.notes).show_problem(problem_text(problem))
            return
        stack = self.workspace.undo_stack
        index = stack.index()
        stack.push(
            RecordPositioningReviewCommand(
                self.workspace, self.service, self.account_id, day, notes
            )
        )
        if stack.index() != index:  # else the database refused; the window says why
            super().accept()


class PositioningHistory(QWidget):
    """The positioning reviews of the account shown (:meth:`show_account`)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("positioningHistory")
        self.workspace = workspace
        self.service = PositioningService(workspace.portfolio)
        self.account_id: int | None = None
        self.today = Positioning()
        self.dialog: PositioningReviewDialog | None = None
        self._stale = False
        self._build()
        workspace.plan_changed.connect(self._plan_changed)

    # -- building ----------------------------------------------------------------------------

    def _field_labels(self) -> dict[str, str]:
        return {
            "value_proposition": self.tr("Value proposition"),
            "desired_position": self.tr("Desired position"),
            "perceived_position": self.tr("Perceived position"),
            "differentiators": self.tr("Differentiators"),
        }

    def _build(self) -> None:
        box = QGroupBox(self.tr("Positioning reviews"))
        layout = QVBoxLayout(box)
        self.gap_label = QLabel()
        self.gap_label.setObjectName("positioningGap")
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet(f"color: {CHANGED_COLOR}; font-weight: 600;")
        layout.addWidget(self.gap_label)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record positioning review…"))
        self.record_button.setObjectName("recordPositioningReview")
        self.record_button.setToolTip(
            self.tr("Keep today's positioning with the date and notes of this quarter's review")
        )
        self.record_button.clicked.connect(self.record_review)
        self.delete_button = QPushButton(self.tr("Delete review"))
        self.delete_button.setObjectName("deletePositioningReview")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.empty_label = hint_label(
            self.tr(
                "No positioning review yet. Record one each quarter: it keeps the positioning"
                " above as it is that day, so you can see how the client's view of us moves."
            )
        )
        layout.addWidget(self.empty_label)
        self.model = PositioningReviewsModel(self)
        self.table = QTableView()
        self.table.setObjectName("positioningReviews")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReviewColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(180)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        layout.addWidget(self.table)
        self.details_title = QLabel()
        self.details_title.setObjectName("positioningThen")
        self.details_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.details_title)
        self.details = QFormLayout()
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.values: dict[str, QLabel] = {}
        self.changes: dict[str, QLabel] = {}
        for name, label in self._field_labels().items():
            value = QLabel()
            value.setObjectName(f"then_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            change = QLabel()
            change.setObjectName(f"changed_{name}")
            change.setWordWrap(True)
            change.setStyleSheet(f"color: {CHANGED_COLOR};")
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(value)
            cell_layout.addWidget(change)
            self.details.addRow(label, cell)
            self.values[name], self.changes[name] = value, change
        layout.addLayout(self.details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        self._stale = False
        selected = self.selected_review()
        try:
            if self.account_id is None:
                raise ValidationError([])
            self.today = self.service.current(self.account_id)
            reviews = self.service.history(self.account_id)
        except ValidationError:  # none shown, or deleted meanwhile
            self.account_id, self.today, reviews = None, Positioning(), []
        self.model.set_rows(reviews)
        self.record_button.setEnabled(self.account_id is not None)
        self.empty_label.setVisible(not reviews)
        self.table.setVisible(bool(reviews))
        self.gap_label.setText(
            self.tr(
                "Gap: the client does not see us yet as we want to be seen (desired and"
                " perceived position differ)."
            )
            if self.today.has_gap
            else ""
        )
        self.gap_label.setVisible(self.today.has_gap)
        row = self.model.row_of(selected.id) if selected else -1
        self.table.selectRow(max(row, 0))
        self._show_selected()

    def _plan_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def selected_review(self) -> PositioningReview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        review = self.selected_review()
        self.delete_button.setEnabled(review is not None)
        shown = review is not None
        self.details_title.setVisible(shown)
        for name in POSITIONING_FIELDS:
            self.details.setRowVisible(self.values[name].parentWidget(), shown)
        if review is None:
            return
        if review.positioning is None:
            self.details_title.setText(
                self.tr("The review of %1 did not keep the positioning.").replace(
                    "%1", format_date(review.date)
                )
            )
            for name in POSITIONING_FIELDS:
                self.details.setRowVisible(self.values[name].parentWidget(), False)
            return
        self.details_title.setText(
            self.tr("The positioning on %1 (what changed since is marked)").replace(
                "%1", format_date(review.date)
            )
        )
        changed = set(review.positioning.changed_fields(self.today))
        for name in POSITIONING_FIELDS:
            self._show_field(name, getattr(review.positioning, name), name in changed)

    def _show_field(self, name: str, then: str, changed: bool) -> None:
        value, change = self.values[name], self.changes[name]
        value.setText(then or self.tr("(not written)"))
        muted = not then
        value.setStyleSheet(f"color: {MUTED_TEXT.name()};" if muted else "")
        now = getattr(self.today, name).strip()
        change.setVisible(changed)
        if changed:
            change.setText(
                self.tr("▲ Changed since. Today: %1").replace("%1", now or self.tr("(not written)"))
            )
        # A marker in the label too, for those who cannot tell the colour.
        label = self.details.labelForField(value.parentWidget())
        text = self._field_labels()[name]
        label.setText(f"{text} ▲" if changed else text)
        color = CHANGED_COLOR if changed else MUTED_TEXT.name()
        label.setStyleSheet(f"color: {color}; font-weight: 600;")

    # -- editing -----------------------------------------------------------------------------

    def record_review(self) -> None:
        if self.account_id is None:
            return
        self.dialog = PositioningReviewDialog(
            self.workspace, self.service, self.account_id, self.window()
        )
        self.dialog.open()

    def delete_selected(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        self.workspace.undo_stack.push(
            DeletePositioningReviewCommand(self.workspace, self.service, review.id, review.date)
        )
