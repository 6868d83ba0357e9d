"""Portfolio ▸ Reviews due: which routine review is due for which account (issue 6, part 4).

One line per account and routine kept for its tier (risk, pipeline, relationship map,
positioning, OKR check-in), with the last review, the next due date and how many days it is
late; overdue lines are red, those due within a week amber. By default the list shows what is
due by the end of this month, overdue included; it filters by routine, owner and account
name, and, once an account is selected in any tab, can keep to that account only.

"Record review…" records the review of the chosen line (one undoable command): its next due
date moves, so the line moves down the list or leaves the "overdue" filter. Double-click or
"Go to account" selects the account everywhere and asks the window to open it
(``account_requested``).

The view reads only while shown, and again after any edit of the plan, the pipeline, the
accounts or the settings (cadences and tiers live there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.plan.reviews import ReviewDueRow, ReviewService
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.models.roles import ROW_ROLE
from kamdesk.ui.plan.review_dialog import KINDS, ReviewDialog
from kamdesk.ui.plan.review_models import (
    DueColumn,
    DueFilter,
    ReviewsDueModel,
    ReviewsDueProxy,
)
from kamdesk.ui.plan.risk_dialog import account_name
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

ALL = ""  # combo data for "every routine / owner" (None does not round-trip a QVariant)
COLUMN_WIDTHS = {
    DueColumn.TIER: 50,
    DueColumn.OWNER: 140,
    DueColumn.ROUTINE: 150,
    DueColumn.CADENCE: 130,
    DueColumn.LAST_REVIEW: 110,
    DueColumn.NEXT_DUE: 110,
    DueColumn.DAYS_OVERDUE: 100,
    DueColumn.STATUS: 170,
}


class ReviewsDueView(ReadsWhenShown, QWidget):
    account_requested = Signal(int)  # double-click or "Go to account"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewsDue")
        self.workspace = workspace
        self.service = ReviewService(workspace.portfolio)
        self.today: Callable[[], dt.date] = dt.date.today
        self.review_dialog: ReviewDialog | None = None
        self._stale = True  # read on the first show
        self.model = ReviewsDueModel(self)
        self.proxy = ReviewsDueProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self._follow_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Reviews due"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("reviewsSummary")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1)

        self.table = self._table()
        self.empty = QLabel()
        self.empty.setObjectName("reviewsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.record_button = QPushButton(self.tr("Record review…"))
        self.record_button.setObjectName("recordReview")
        self.record_button.setToolTip(
            self.tr("Record the review of the chosen routine; its next due date moves")
        )
        self.account_button = QPushButton(self.tr("Go to account"))
        self.account_button.setObjectName("goToAccount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.account_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self._filters())
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _filters(self) -> QHBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for text, value in (
            (self.tr("Overdue"), DueFilter.OVERDUE),
            (self.tr("Due by the end of the month"), DueFilter.THIS_MONTH),
            (self.tr("Every routine, whenever due"), DueFilter.ALL),
        ):
            self.status_filter.addItem(text, value.value)
        self.status_filter.setCurrentIndex(1)
        self.routine_filter = QComboBox()
        self.routine_filter.setObjectName("routineFilter")
        self.routine_filter.addItem(self.tr("All routines"), ALL)
        for kind in KINDS:
            self.routine_filter.addItem(enum_label(kind), kind.value)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_filter.addItem(self.tr("All owners"), ALL)
        self.search = QLineEdit()
        self.search.setObjectName("reviewsSearch")
        self.search.setPlaceholderText(self.tr("Search accounts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.only_selected = QCheckBox(self.tr("Only the selected account"))
        self.only_selected.setObjectName("onlySelected")
        row = QHBoxLayout()
        for widget in (self.status_filter, self.routine_filter, self.owner_filter):
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        row.addWidget(self.only_selected)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("reviewsDueTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # the service's order (earliest due) until a click
        header.setSectionResizeMode(DueColumn.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header_width = table.fontMetrics().horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))
            )
            table.setColumnWidth(column, max(width, header_width + 30))
        header.setMinimumSectionSize(40)
        return table

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.workspace.current_account_changed.connect(self._follow_account)
        for combo in (self.status_filter, self.routine_filter, self.owner_filter):
            combo.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.only_selected.toggled.connect(self._refilter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._activated)
        self.record_button.clicked.connect(self.record_review)
        self.account_button.clicked.connect(self.go_to_account)

    # -- reading -----------------------------------------------------------------------------

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self.today = today
        self._portfolio_changed()

    def reload(self) -> None:
        self._stale = False
        chosen = self.selected_row()
        today = self.today()
        rows = self.service.reviews_due(today, account_rows=self.workspace.account_rows())
        self.proxy.today = today
        self.model.set_rows(rows)
        self._fill_owners(rows)
        self._refilter()
        self._show_summary(rows)
        if chosen is not None:
            self.select(chosen.account_id, chosen.routine)

    def _fill_owners(self, rows: list[ReviewDueRow]) -> None:
        chosen = self.owner_filter.currentData()
        owners = sorted({r.owner for r in rows if r.owner}, key=fold)
        self.owner_filter.blockSignals(True)
        try:
            self.owner_filter.clear()
            self.owner_filter.addItem(self.tr("All owners"), ALL)
            for owner in owners:
                self.owner_filter.addItem(owner, owner)
            self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(chosen)))
        finally:
            self.owner_filter.blockSignals(False)

    def _show_summary(self, rows: list[ReviewDueRow]) -> None:
        overdue = sum(1 for r in rows if r.is_overdue)
        soon = sum(1 for r in rows if r.is_due_soon)
        self.summary.setText(f"{self.overdue_text(overdue)} · {self.due_soon_text(soon)}")

    def overdue_text(self, count: int) -> str:
        return self.tr("%n review(s) overdue", "", count)

    def due_soon_text(self, count: int) -> str:
        return self.tr("%n due within 7 days", "", count)

    # -- filtering ---------------------------------------------------------------------------

    def _refilter(self) -> None:
        routine = self.routine_filter.currentData()
        owner = self.owner_filter.currentData()
        only = self.only_selected.isChecked() and self.workspace.current_account is not None
        self.proxy.set_filters(
            DueFilter(self.status_filter.currentData()),
            ReviewKind(routine) if routine else None,
            owner or None,
            self.search.text(),
            self.workspace.current_account if only else None,
        )
        self.stack.setCurrentIndex(0 if self.proxy.rowCount() else 1)
        self.empty.setText(self._empty_text())
        self._update_buttons()

    def _empty_text(self) -> str:
        if not self.model.rowCount():
            return self.tr(
                "No active account yet. Create accounts, and the reviews each one needs "
                "appear here."
            )
        narrowed = (
            self.routine_filter.currentData()
            or self.owner_filter.currentData()
            or self.search.text().strip()
            or self.only_selected.isChecked()
        )
        if narrowed:
            return self.tr("No review matches these filters.")
        if self.status_filter.currentData() == DueFilter.OVERDUE:
            return self.tr("No review is overdue. Well done!")
        return self.tr(
            "No review is due by the end of the month. Choose “Every routine, whenever due” "
            "to see every next date."
        )

    def _follow_account(self, account_id: int | None) -> None:
        self.only_selected.setEnabled(account_id is not None)
        name = account_name(self.workspace, account_id) if account_id is not None else ""
        self.only_selected.setToolTip(
            self.tr("Show the reviews of %1 only").replace("%1", name)
            if name
            else self.tr("Select an account in any tab to show its reviews only")
        )
        if self.only_selected.isChecked():
            self._refilter()

    # -- the chosen line ---------------------------------------------------------------------

    def selected_row(self) -> ReviewDueRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, account_id: int, routine: ReviewKind) -> bool:
        """Selects the line of ``account_id``'s ``routine``; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            line: ReviewDueRow = index.data(ROW_ROLE)
            if line.account_id == account_id and line.routine is routine:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        self.table.clearSelection()
        return False

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_row() is not None
        self.record_button.setEnabled(chosen)
        self.account_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to_account()

    def go_to_account(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.workspace.set_current_account(row.account_id)
        self.account_requested.emit(row.account_id)

    def record_review(self) -> ReviewDialog | None:
        """Opens the review dialog for the chosen line (window-modal, not blocking)."""
        row = self.selected_row()
        if row is None:
            return None
        self.review_dialog = ReviewDialog(
            self.workspace, row.account_id, row.routine, today=self.today(), parent=self
        )
        self.review_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog.destroyed.connect(self._dialog_closed)
        self.review_dialog.open()
        return self.review_dialog

    def _dialog_closed(self) -> None:
        self.review_dialog = None
