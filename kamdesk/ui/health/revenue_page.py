"""The account's monthly revenue, of which recurring, typed in or pasted from Excel.

On top, the last twelve months recorded: revenue, recurring and the recurring share. Below,
the months oldest first; typing in a Revenue or Recurring cell writes that month, and Ctrl+V
pastes a column (or block) copied from Excel onto the selected cell, or rows that start with
their month (see :mod:`kamdesk.ui.health.revenue_model`). Every edit, paste, added month or
deleted months is one command, so one Ctrl+Z takes it back. Anything that is not money, a
negative figure or recurring above revenue is named by month and column in the red line above
the table, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.months import add_months
from kamdesk.services.health import MonthFigures, RevenueRow, RevenueService
from kamdesk.services.problems import Problem
from kamdesk.ui.actions import tab_action
from kamdesk.ui.fields import Field, hint_label
from kamdesk.ui.health.health_commands import WriteRevenueCommand
from kamdesk.ui.health.revenue_model import (
    PasteRefused,
    RevenueColumn,
    RevenueEdit,
    RevenueModel,
    RevenueProxy,
    TypedCell,
    cell_message,
    interface_language,
    month_text,
    pasted_cells,
)
from kamdesk.ui.i18n import format_money, format_number, format_percent, problem_text
from kamdesk.ui.models.roles import ROW_ROLE, SORT_ROLE
from kamdesk.ui.plan.risk_models import empty_state
from kamdesk.ui.preferences.settings_page import problem_label, show_messages
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

SUMMARY_MONTHS = 12
FIELD_COLUMNS = {
    "month": RevenueColumn.MONTH,
    "revenue": RevenueColumn.REVENUE,
    "recurring": RevenueColumn.RECURRING,
}
FIELD_NAMES = {column: name for name, column in FIELD_COLUMNS.items()}


class RevenuePage(ReadsWhenShown, QWidget):
    """Show an account with :meth:`show_account` (None: nothing to show)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revenuePage")
        self.workspace = workspace
        self.service = RevenueService(workspace.portfolio)
        self.account_id: int | None = None
        self._latest_in_view = False
        self.today = dt.date.today  # replaced by tests
        self.model = RevenueModel(self)
        self.proxy = RevenueProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build()
        self._follow_portfolio(workspace)
        # Queued: the view finishes committing and closes its editor before the write reads
        # the months again (a reset under an open editor loses it).
        self.model.edit_requested.connect(self._typed, Qt.ConnectionType.QueuedConnection)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.show_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.add_action = tab_action(
            self,
            self.tr("Add month…"),
            self.add_month,
            self.tr("Record the revenue of a month (the one after the last, or any other)"),
        )
        self.delete_action = tab_action(
            self,
            self.tr("Delete month(s)"),
            self.delete_selected_months,
            self.tr("Delete the selected months (undoable)"),
        )
        self.paste_action = tab_action(
            self,
            self.tr("Paste"),
            self.paste,
            self.tr(
                "Paste figures copied from Excel: a column of values onto the selected month "
                "and column, or rows of month, revenue and recurring"
            ),
            QKeySequence.StandardKey.Paste,
        )
        self.copy_action = tab_action(
            self, self.tr("Copy"), self.copy, self.tr("Copy the selected cells for Excel")
        )
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.paste_action, self.copy_action):
            self.addAction(action)

    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.no_account = empty_state(self.tr("Select an account to see its revenue."))
        self.pages.addWidget(self.no_account)
        self.content = QWidget()
        self.pages.addWidget(self.content)
        toolbar = QToolBar()
        toolbar.setObjectName("revenueToolbar")
        for action in (self.add_action, self.delete_action, self.paste_action):
            toolbar.addAction(action)
        self.summary = QLabel()
        self.summary.setObjectName("revenueSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setToolTip(
            self.tr(
                "Revenue and recurring revenue summed over the last 12 months recorded; "
                "share recurring = recurring ÷ revenue"
            )
        )
        self.problem = problem_label()
        self.problem.setObjectName("revenueProblem")
        self.table = self._table()
        self.table_stack = QStackedWidget()
        self.no_months = empty_state(
            self.tr(
                "No revenue recorded yet.\nClick “Add month…”, or copy from Excel the months "
                "with their revenue and recurring revenue (three columns) and press Ctrl+V here."
            )
        )
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_months)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.summary)
        content.addWidget(toolbar)
        content.addWidget(
            hint_label(
                self.tr(
                    "Type in a Revenue or Recurring cell, or paste a column copied from Excel "
                    "onto the first month it fills (Ctrl+V). The one-off part is computed."
                )
            )
        )
        content.addWidget(self.problem)
        content.addWidget(self.table_stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("revenueTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(RevenueColumn.MONTH, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        return table

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            show_messages(self.problem, [])
            self._latest_in_view = True
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        if self.account_id is None:
            self.pages.setCurrentWidget(self.no_account)
            self._update_actions()
            return
        self.pages.setCurrentWidget(self.content)
        chosen = self.selected_months()
        rows = self.service.list_rows(self.account_id)
        self.model.set_rows(rows, self.workspace.settings.currency)
        self.table_stack.setCurrentWidget(self.table if rows else self.no_months)
        self.summary.setText(self._summary(rows))
        self.select_months(chosen)
        if self._latest_in_view:  # another account: its latest months in view
            self._latest_in_view = False
            self.table.scrollToBottom()
        self._update_actions()

    def _summary(self, rows: list[RevenueRow]) -> str:
        if not rows:
            return self.tr("<b>Last 12 months:</b> no revenue recorded yet")
        last = rows[-1].month
        first = add_months(last, 1 - SUMMARY_MONTHS)
        recent = [row for row in rows if row.month >= first]
        revenue = sum((row.revenue for row in recent), Decimal(0))
        recurring = sum((row.recurring for row in recent), Decimal(0))
        currency = self.workspace.settings.currency
        share = format_percent(float(recurring / revenue)) if revenue else "—"
        return (
            self.tr(
                "<b>Last 12 months</b> (%1 – %2): revenue <b>%3</b> · recurring <b>%4</b> · "
                "share recurring <b>%5</b>"
            )
            .replace("%1", month_text(first))
            .replace("%2", month_text(last))
            .replace("%3", format_money(revenue, currency))
            .replace("%4", format_money(recurring, currency))
            .replace("%5", share)
        )

    # -- the selection -----------------------------------------------------------------------

    def _selected_indexes(self):
        return [self.proxy.mapToSource(i) for i in self.table.selectionModel().selectedIndexes()]

    def selected_months(self) -> list[dt.date]:
        rows = {index.row() for index in self._selected_indexes()}
        return sorted(self.model.rows()[row].month for row in rows)

    def select_months(self, months: list[dt.date]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for month in months:
            row = self.model.row_of(month)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, RevenueColumn.MONTH))
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def select_cell(self, month: dt.date, column: RevenueColumn) -> None:
        """Makes the cell current (the paste starts there)."""
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(month), column))
        self.table.setCurrentIndex(index)

    def _current_cell(self) -> tuple[dt.date | None, RevenueColumn | None]:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return None, None
        return index.data(ROW_ROLE).month, RevenueColumn(index.column())

    def _update_actions(self, *_args) -> None:
        has_account = self.account_id is not None
        self.add_action.setEnabled(has_account)
        self.paste_action.setEnabled(has_account)
        self.delete_action.setEnabled(has_account and bool(self.selected_months()))

    # -- edits -------------------------------------------------------------------------------

    def _typed(self, month: dt.date, column: int, text: str) -> None:
        template = (
            self.tr("Edit revenue of %1")
            if column == RevenueColumn.REVENUE
            else self.tr("Edit recurring revenue of %1")
        )
        cell = TypedCell(month, RevenueColumn(column), text)
        self.write_cells([cell], template.replace("%1", month_text(month)))

    def copy(self) -> None:
        """The selected cells as Excel pastes them: tab-separated rows, numbers as typed."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows: dict[int, dict[int, str]] = {}
        for index in indexes:
            value = index.data(Qt.ItemDataRole.EditRole) or index.data()
            if index.column() == RevenueColumn.ONE_OFF:
                value = format_number(index.data(SORT_ROLE), 2)
            rows.setdefault(index.row(), {})[index.column()] = value
        columns = sorted({index.column() for index in indexes})
        lines = ["\t".join(rows[r].get(c, "") for c in columns) for r in sorted(rows)]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Writes what ``text`` (Excel's clipboard text) holds; False when it was refused."""
        if self.account_id is None:
            return False
        month, column = self._current_cell()
        try:
            cells = pasted_cells(text, month, column, interface_language())
        except PasteRefused as refused:
            show_messages(self.problem, [str(refused)])
            return False
        months = len({cell.month for cell in cells})
        return self.write_cells(cells, self.tr("Paste %n month(s) of revenue", "", months))

    def write_cells(self, cells: list[TypedCell], command_text: str) -> bool:
        """Checks every value first; writes them all as one command, or nothing."""
        edit = RevenueEdit(self.model.rows())
        edit.apply(cells, interface_language())
        changes = {
            month: figures
            for month, figures in edit.changes.items()
            if edit.current.get(month) != figures
        }
        messages = [error.message() for error in edit.errors] or self._problems(changes)
        show_messages(self.problem, messages)
        if messages or not changes:
            return False
        self._push(changes, command_text)
        self.select_months(sorted(changes))
        return True

    def _problems(self, changes: dict[dt.date, MonthFigures | None]) -> list[str]:
        messages = []
        for month in sorted(changes):
            for problem in self.service.validate(self.account_id, {month: changes[month]}):
                messages.append(self._problem_message(month, problem))
        return messages

    @staticmethod
    def _problem_message(month: dt.date, problem: Problem) -> str:
        column = FIELD_COLUMNS.get(problem.field)
        if column is None:  # the account itself: deleted meanwhile
            return problem_text(problem)
        return cell_message(month, column, problem_text(problem))

    def _push(self, changes: dict[dt.date, MonthFigures | None], text: str) -> None:
        self.workspace.undo_stack.push(
            WriteRevenueCommand(self.workspace, self.service, self.account_id, changes, text)
        )

    def next_month(self) -> dt.date:
        """The month after the last one recorded; this month when none is."""
        rows = self.model.rows()
        return add_months(rows[-1].month, 1) if rows else self.today().replace(day=1)

    def add_month(self) -> None:
        if self.account_id is None:
            return
        dialog = AddMonthDialog(self, self.next_month())
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()

    def delete_selected_months(self) -> None:
        months = self.selected_months()
        if not months or self.account_id is None:
            return
        show_messages(self.problem, [])
        text = self.tr("Delete %n month(s) of revenue", "", len(months))
        self._push(dict.fromkeys(months), text)


class AddMonthDialog(QDialog):
    """A month with its revenue and recurring revenue; a month already recorded is refused
    (its figures are edited in the table)."""

    def __init__(self, page: RevenuePage, month: dt.date):
        super().__init__(page)
        self.setObjectName("addMonthDialog")
        self.page = page
        self.setWindowTitle(self.tr("Add month"))
        self.fields: dict[str, Field] = {}
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1))
        self.month_edit.setObjectName("month")
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.setCalendarPopup(True)
        form = QFormLayout()
        self._add(form, self.tr("Month"), "month", self.month_edit, self._month)
        self.revenue_edit = self._money_edit("revenue")
        self._add(form, self.tr("Revenue"), "revenue", self.revenue_edit, self.revenue_edit.text)
        self.recurring_edit = self._money_edit("recurring")
        self.recurring_edit.setPlaceholderText(self.tr("0 when all of it is one-off"))
        self._add(
            form, self.tr("Of which recurring"), "recurring", self.recurring_edit, self._recurring
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add month"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.revenue_edit.setFocus()

    @staticmethod
    def _money_edit(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def _add(self, form: QFormLayout, label: str, name: str, widget, getter) -> None:
        field = Field(name, widget, getter, lambda _value: None, widget.editingFinished)
        self.fields[name] = field
        form.addRow(label, field.container)

    def _month(self) -> dt.date:
        day = self.month_edit.date()
        return dt.date(day.year(), day.month(), 1)

    def _recurring(self) -> str:
        return self.recurring_edit.text().strip() or "0"

    def accept(self) -> None:
        for field in self.fields.values():
            field.show_problem(None)
        month = self._month()
        if self.page.model.row_of(month) >= 0:
            self.fields["month"].show_problem(
                self.tr("%1 is already recorded: change its figures in the table.").replace(
                    "%1", month_text(month)
                )
            )
            return
        cells = [
            TypedCell(month, RevenueColumn.REVENUE, self.fields["revenue"].value()),
            TypedCell(month, RevenueColumn.RECURRING, self.fields["recurring"].value()),
        ]
        edit = RevenueEdit([])
        edit.apply(cells, interface_language())
        texts = [(FIELD_NAMES[error.column], error.text) for error in edit.errors]
        if not texts:
            problems = self.page.service.validate(self.page.account_id, edit.changes)
            texts = [(problem.field, problem_text(problem)) for problem in problems]
        if texts:
            self._show(texts)
            return
        self.page._push(edit.changes, self.tr("Add month %1").replace("%1", month_text(month)))
        self.page.select_months([month])
        super().accept()

    def _show(self, texts: list[tuple[str, str]]) -> None:
        """Each message under its field (the revenue's when no field is named)."""
        by_field: dict[str, list[str]] = {}
        for name, text in texts:
            by_field.setdefault(name if name in self.fields else "revenue", []).append(text)
        for name, lines in by_field.items():
            self.fields[name].show_problem("\n".join(lines))
