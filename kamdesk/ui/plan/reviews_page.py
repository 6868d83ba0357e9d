"""The account editor's Reviews page: the account's review schedule and the reviews it held.

At the top, each routine kept for the account's tier with its cadence, last review, next due
date and status (overdue red, due within a week amber). Below, every review held, newest
first, whoever recorded it (the pipeline review, the stakeholder map, the positioning review
or this page), with its outcome and the figures taken that day: sponsor coverage and
resistance for a map review, the positioning texts for a positioning review. "Record
review…", "Edit…" and "Delete" are each one undoable command.

The page reads only while shown, and again after any edit of the plan, the pipeline, the
accounts or the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import ReviewKind
from kamdesk.services.plan.reviews import ReviewRow, ReviewService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.i18n import problem_text
from kamdesk.ui.models.roles import ROW_ROLE
from kamdesk.ui.plan.review_commands import DeleteReviewCommand
from kamdesk.ui.plan.review_dialog import ReviewDialog
from kamdesk.ui.plan.review_models import (
    DueColumn,
    HistoryColumn,
    ReviewHistoryModel,
    ReviewsDueModel,
)
from kamdesk.ui.plan.risk_dialog import account_name
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

SCHEDULE_COLUMNS = (
    DueColumn.ROUTINE,
    DueColumn.CADENCE,
    DueColumn.LAST_REVIEW,
    DueColumn.NEXT_DUE,
    DueColumn.DAYS_OVERDUE,
    DueColumn.STATUS,
)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt;")
    return label


def _table(name: str, model) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    return table


class ReviewsPage(ReadsWhenShown, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewsPage")
        self.workspace = workspace
        self.service = ReviewService(workspace.portfolio)
        self.today: Callable[[], dt.date] = dt.date.today
        self.account_id: int | None = None
        self.review_dialog: ReviewDialog | None = None
        self.schedule_model = ReviewsDueModel(self)
        self.history_model = ReviewHistoryModel(self)
        self._build()
        self._connect()
        self.show_account(None)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.none_label = QLabel(self.tr("Select an account to see its reviews."))
        self.none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.none_label.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.outer = QStackedWidget()
        self.outer.addWidget(self.none_label)
        self.outer.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)

    def _content(self) -> QWidget:
        self.schedule = _table("reviewSchedule", self.schedule_model)
        for column in DueColumn:
            self.schedule.setColumnHidden(column, column not in SCHEDULE_COLUMNS)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.schedule.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_schedule = QLabel(self.tr("No routine is scheduled for this account's tier."))
        self.no_schedule.setStyleSheet(f"color: {MUTED_TEXT.name()};")

        self.history = _table("reviewHistory", self.history_model)
        history_header = self.history.horizontalHeader()
        for column in (HistoryColumn.OUTCOME, HistoryColumn.MEASURES):  # share the width
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(HistoryColumn.DATE, 110)
        self.history.setColumnWidth(HistoryColumn.KIND, 140)
        self.empty_history = QLabel(
            self.tr(
                "No review recorded yet. After each meeting where you go through a routine "
                "with the account team, record it here: its next due date moves."
            )
        )
        self.empty_history.setWordWrap(True)
        self.empty_history.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_history.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.history_stack = QStackedWidget()
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.empty_history)

        self.record_button = QPushButton(self.tr("Record review…"))
        self.record_button.setObjectName("recordReview")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editReview")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteReview")
        buttons = QHBoxLayout()
        for button in (self.record_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_section(self.tr("Review schedule")))
        layout.addWidget(self.schedule)
        layout.addWidget(self.no_schedule)
        layout.addSpacing(8)
        layout.addWidget(_section(self.tr("Reviews held")))
        layout.addWidget(self.history_stack, 1)
        layout.addLayout(buttons)
        return content

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.record_button.clicked.connect(lambda: self.record_review())
        self.edit_button.clicked.connect(lambda: self.edit_review())
        self.delete_button.clicked.connect(self.delete_review)
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        self.history.doubleClicked.connect(lambda _index: self.edit_review())
        self.schedule.doubleClicked.connect(self._schedule_activated)

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.outer.setCurrentIndex(0 if account_id is None else 1)
        self._portfolio_changed()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self.today = today
        self._portfolio_changed()

    def reload(self) -> None:
        self._stale = False
        chosen = self.selected_review()
        schedule, history = [], []
        if self.account_id is not None:
            try:
                schedule = self.service.reviews_due(
                    self.today(), self.account_id, self.workspace.account_rows()
                )
                history = self.service.list_reviews(self.account_id)
            except ValidationError:  # the account was deleted; the editor moves on
                pass
        self.schedule_model.set_rows(schedule)
        self.history_model.set_rows(history)
        self._fit_schedule()
        self.history_stack.setCurrentIndex(0 if history else 1)
        if chosen is not None:
            self.select_review(chosen.id)
        self._update_buttons()

    def _fit_schedule(self) -> None:
        """Tall enough for every routine, so the schedule never scrolls."""
        rows = self.schedule_model.rowCount()
        self.schedule.setVisible(bool(rows))
        self.no_schedule.setVisible(not rows and self.account_id is not None)
        height = self.schedule.horizontalHeader().sizeHint().height() + 4
        height += sum(self.schedule.rowHeight(r) for r in range(rows))
        self.schedule.setFixedHeight(height)

    # -- the chosen review -------------------------------------------------------------------

    def selected_review(self) -> ReviewRow | None:
        indexes = self.history.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_review(self, review_id: int) -> None:
        row = self.history_model.row_of(review_id)
        if row >= 0:
            self.history.selectRow(row)
        else:
            self.history.clearSelection()

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_review() is not None
        self.record_button.setEnabled(self.account_id is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _schedule_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_review(index.data(ROW_ROLE).routine)

    # -- editing -----------------------------------------------------------------------------

    def record_review(self, kind: ReviewKind | None = None) -> ReviewDialog | None:
        """Opens the dialog to record a review (``kind`` preselected: the routine chosen in the
        schedule, else the most overdue one)."""
        if self.account_id is None:
            return None
        if kind is None:
            kind = self._most_urgent_routine()
        return self._open(
            ReviewDialog(self.workspace, self.account_id, kind, today=self.today(), parent=self)
        )

    def edit_review(self) -> ReviewDialog | None:
        review = self.selected_review()
        if review is None:
            return None
        try:
            dialog = ReviewDialog(
                self.workspace, review_id=review.id, today=self.today(), parent=self
            )
        except ValidationError as error:  # deleted meanwhile
            show_message(self, problem_text(error.problems[0]))
            self._portfolio_changed()
            return None
        return self._open(dialog)

    def _open(self, dialog: ReviewDialog) -> ReviewDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_saved.connect(self.select_review)
        dialog.destroyed.connect(self._dialog_closed)
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.review_dialog = None

    def _most_urgent_routine(self) -> ReviewKind | None:
        rows = self.schedule_model.rows()
        if not rows:
            return None
        return min(rows, key=lambda r: r.days_until_due).routine

    def delete_review(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        self.workspace.undo_stack.push(
            DeleteReviewCommand(
                self.workspace,
                self.service,
                review.id,
                review.kind,
                account_name(self.workspace, review.account_id),
            )
        )
