"""The OKRs tab: the selected account's objectives (or every objective of the portfolio when no
account is selected) as a tree of objectives and their key results, with progress, status,
confidence and grade; a period filter; and beside the tree the selected key result's
check-ins as a trend chart and a table.

Every edit goes through a dialog that asks the service first and pushes one command; the tab
reads again after any write (``plan_changed``), account edit or import (``accounts_changed``)
or settings change (the fiscal year moves the periods), and only while it is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.okr import OkrStatus
from kamdesk.services.plan.okr_data import ALL_OBJECTIVES, KeyResultRow, ObjectiveRow
from kamdesk.services.plan.okrs import OkrService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.okrs import commands
from kamdesk.ui.okrs.check_in_dialog import CheckInDialog
from kamdesk.ui.okrs.details import KeyResultDetails
from kamdesk.ui.okrs.key_result_dialog import KeyResultDialog
from kamdesk.ui.okrs.objective_dialog import ObjectiveDialog
from kamdesk.ui.okrs.progress_delegate import ProgressBarDelegate
from kamdesk.ui.okrs.tree_model import OkrColumn, OkrKind, OkrTreeModel
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

ALL_PERIODS = "all"
RUNNING_PERIODS = "running"

COLUMN_WIDTHS = {
    OkrColumn.TITLE: 340,
    OkrColumn.ACCOUNT: 170,
    OkrColumn.PERIOD: 75,
    OkrColumn.STRATEGY: 170,
    OkrColumn.PROGRESS: 150,
    OkrColumn.STATUS: 100,
    OkrColumn.CURRENT: 150,
    OkrColumn.CONFIDENCE: 90,
    OkrColumn.GRADE: 60,
}


class OkrsTab(ReadsWhenShown, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("okrsTab")
        self.workspace = workspace
        self.service = OkrService(workspace.portfolio)
        self.today = dt.date.today  # replaced by tests
        self.dialog = None  # the last editor opened
        self.model = OkrTreeModel(self)
        self._build_toolbar()
        self._build_filters()
        self._build_tree()
        self.details = KeyResultDetails()
        self._layout()
        self._connect()
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str = "", shortcut=None) -> QAction:
        return tab_action(self, text, slot, tip, shortcut)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("okrsToolbar")
        self.new_objective_action = self._action(
            self.tr("New objective…"),
            self.new_objective,
            self.tr("An objective for the selected account, or for the whole portfolio"),
            "Ctrl+Shift+N",
        )
        self.new_key_result_action = self._action(
            self.tr("New key result…"),
            self.new_key_result,
            self.tr("A measurable result of the selected objective"),
            "Ctrl+Shift+K",
        )
        self.check_in_action = self._action(
            self.tr("Check in…"),
            self.check_in,
            self.tr("Record the value measured today for the selected key result"),
            "Ctrl+Shift+I",
        )
        self.edit_action = self._action(
            self.tr("Edit…"),
            self.edit_selected,
            self.tr("Edit the selected objective or key result"),
            "F2",  # Ctrl+E is the window's Excel export
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            self.delete_selected,
            self.tr(
                "Delete the selected objective (with its key results) or key result (undoable)"
            ),
            QKeySequence.StandardKey.Delete,
        )
        for action in (
            self.new_objective_action,
            self.new_key_result_action,
            self.check_in_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.edit_action)
        self.toolbar.addAction(self.delete_action)

    def _build_filters(self) -> None:
        self.scope_label = QLabel()
        self.scope_label.setObjectName("okrScope")
        self.scope_label.setStyleSheet("font-weight: 600;")
        self.period = QComboBox()
        self.period.setObjectName("okrPeriod")
        self.period.setToolTip(self.tr("Show the objectives of one period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("okrTotals")
        self.filters = QWidget()
        layout = QHBoxLayout(self.filters)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scope_label)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.period)
        layout.addStretch()
        layout.addWidget(self.totals_label)

    def _build_tree(self) -> None:
        self.tree = QTreeView()
        self.tree.setObjectName("okrTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setItemDelegateForColumn(OkrColumn.PROGRESS, ProgressBarDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        header.setMinimumSectionSize(50)
        # The titles take the room left; the figures keep their widths.
        header.setSectionResizeMode(OkrColumn.TITLE, QHeaderView.ResizeMode.Stretch)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("okrEmpty")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("okrEmptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.empty_button = QPushButton(self.tr("New objective…"))
        self.empty_button.setObjectName("okrEmptyNew")
        self.empty_button.clicked.connect(self.new_objective)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.details.setMinimumHeight(220)
        self.pages = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        for signal in (
            self.workspace.plan_changed,
            self.workspace.accounts_changed,
            self.workspace.settings_changed,
            self.workspace.current_account_changed,
        ):
            signal.connect(self._portfolio_changed)
        self.period.currentIndexChanged.connect(self._show_rows)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())
        self.details.edit_requested.connect(self.edit_check_in)
        self.details.delete_requested.connect(self.delete_check_in)

    # -- reading -----------------------------------------------------------------------------

    def scope(self) -> int | str:
        """The account whose objectives are shown, or every objective of the portfolio."""
        account = self.workspace.current_account
        return ALL_OBJECTIVES if account is None else account

    def account_name(self, account_id: int | None) -> str:
        return next((r.name for r in self.workspace.account_rows() if r.id == account_id), "")

    def reload(self) -> None:
        self._stale = False
        account = self.workspace.current_account
        self.scope_label.setText(
            self.tr("Whole portfolio: every objective")
            if account is None
            else self.tr("Objectives of %1").replace("%1", self.account_name(account))
        )
        self.tree.setColumnHidden(OkrColumn.ACCOUNT, account is not None)
        self._rows = self.service.list_objectives(self.scope(), today=self.today())
        self._fill_periods()
        self._show_rows()

    def _fill_periods(self) -> None:
        """All periods, the running ones, then each period the objectives use, in order."""
        chosen = self.period.currentData()
        names = list(dict.fromkeys(row.period for row in self._rows))  # rows come by start
        self.period.blockSignals(True)
        try:
            self.period.clear()
            self.period.addItem(self.tr("All periods"), ALL_PERIODS)
            self.period.addItem(self.tr("Running today"), RUNNING_PERIODS)
            for name in names:
                self.period.addItem(name, name)
            self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        finally:
            self.period.blockSignals(False)

    def shown_objectives(self) -> list[ObjectiveRow]:
        choice = self.period.currentData()
        if choice == RUNNING_PERIODS:
            today = self.today()
            return [row for row in self._rows if row.running_on(today)]
        if choice in (ALL_PERIODS, None):
            return list(self._rows)
        return [row for row in self._rows if row.period == choice]

    def _show_rows(self) -> None:
        selected = self.selected()
        shown = self.shown_objectives()
        self.model.set_rows(shown)
        self.tree.expandAll()
        self.pages.setCurrentWidget(self.splitter if self._rows else self.empty_page)
        self.period.setEnabled(bool(self._rows))
        self.totals_label.setVisible(bool(self._rows))
        self._show_empty_text()
        self._show_totals(shown)
        if selected is not None:
            self.select(*selected)
        self._selection_changed()

    def _show_empty_text(self) -> None:
        account = self.workspace.current_account
        if account is None:
            text = self.tr(
                "No objectives yet. Create one with “New objective…”: for an account or for the "
                "whole portfolio, then add its key results and check in every month."
            )
        else:
            text = self.tr(
                "%1 has no objectives yet. Create one with “New objective…”, add its key "
                "results, then check in every month."
            ).replace("%1", self.account_name(account))
        self.empty_label.setText(text)

    def _show_totals(self, shown: list[ObjectiveRow]) -> None:
        counts = {status: 0 for status in OkrStatus}
        for row in shown:
            if row.status is not None:
                counts[row.status] += 1
        self.totals_label.setText(
            self.tr("%n objective(s)", "", len(shown))
            + " · "
            + self.tr("%1 on track · %2 at risk · %3 off track")
            .replace("%1", str(counts[OkrStatus.ON_TRACK]))
            .replace("%2", str(counts[OkrStatus.AT_RISK]))
            .replace("%3", str(counts[OkrStatus.OFF_TRACK]))
        )

    # -- selection ---------------------------------------------------------------------------

    def selected(self) -> tuple[OkrKind, int] | None:
        """What is selected in the tree: (kind, id), or None."""
        row = self.selected_row()
        if row is None:
            return None
        kind = OkrKind.OBJECTIVE if isinstance(row, ObjectiveRow) else OkrKind.KEY_RESULT
        return kind, row.id

    def selected_row(self) -> ObjectiveRow | KeyResultRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def selected_objective(self) -> ObjectiveRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.objective_of(rows[0]) if rows else None

    def select(self, kind: OkrKind, row_id: int) -> None:
        index = self.model.index_of(kind, row_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()

    def _selection_changed(self, *_args) -> None:
        row = self.selected_row()
        is_key_result = isinstance(row, KeyResultRow)
        self.new_key_result_action.setEnabled(row is not None)
        self.check_in_action.setEnabled(is_key_result)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        if not is_key_result:
            self.details.show_nothing()
            return
        try:
            check_ins = self.service.check_ins(row.id)
        except ValidationError:  # deleted meanwhile; the next reload drops it
            self.details.show_nothing()
            return
        self.details.show_key_result(self.selected_objective(), row, check_ins)

    # -- edits -------------------------------------------------------------------------------

    def _open(self, make) -> None:
        """Opens the dialog ``make()`` builds (it pushes its own command on OK)."""
        try:
            dialog = make()
        except ValidationError:  # deleted meanwhile (an undo elsewhere)
            self.reload()
            return
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def new_objective(self) -> None:
        def make():
            dialog = ObjectiveDialog(
                self.workspace,
                self.service,
                account_id=self.workspace.current_account,
                parent=self,
                today=self.today(),
            )
            dialog.objective_saved.connect(lambda i: self.select(OkrKind.OBJECTIVE, i))
            return dialog

        self._open(make)

    def new_key_result(self) -> None:
        objective = self.selected_objective()
        if objective is None:
            return

        def make():
            dialog = KeyResultDialog(
                self.workspace, self.service, objective_id=objective.id, parent=self
            )
            dialog.key_result_saved.connect(lambda i: self.select(OkrKind.KEY_RESULT, i))
            return dialog

        self._open(make)

    def check_in(self) -> None:
        row = self.selected_row()
        if isinstance(row, KeyResultRow):
            self._open(
                lambda: CheckInDialog(
                    self.workspace,
                    self.service,
                    key_result_id=row.id,
                    parent=self,
                    today=self.today(),
                )
            )

    def edit_selected(self) -> None:
        row = self.selected_row()
        if isinstance(row, ObjectiveRow):
            self._open(
                lambda: ObjectiveDialog(
                    self.workspace,
                    self.service,
                    objective_id=row.id,
                    parent=self,
                    today=self.today(),
                )
            )
        elif isinstance(row, KeyResultRow):
            self._open(
                lambda: KeyResultDialog(
                    self.workspace, self.service, key_result_id=row.id, parent=self
                )
            )

    def edit_check_in(self, check_in_id: int) -> None:
        self._open(
            lambda: CheckInDialog(
                self.workspace, self.service, check_in_id=check_in_id, parent=self
            )
        )

    def delete_selected(self) -> None:
        row = self.selected_row()
        if isinstance(row, ObjectiveRow):
            command = commands.delete_objective(self.workspace, self.service, row.id, row.title)
        elif isinstance(row, KeyResultRow):
            command = commands.delete_key_result(self.workspace, self.service, row.id, row.title)
        else:
            return
        self.workspace.undo_stack.push(command)

    def delete_check_in(self, check_in_id: int) -> None:
        key_result = self.details.key_result
        check_in = next((r for r in self.details.model.rows() if r.id == check_in_id), None)
        if key_result is None or check_in is None:
            return
        self.workspace.undo_stack.push(
            commands.delete_check_in(
                self.workspace, self.service, check_in_id, key_result.title, check_in.date
            )
        )
