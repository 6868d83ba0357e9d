"""The interaction log of an account (a page of the account editor): meetings, calls, emails
and visits, newest first, with the people involved; New, Edit and Delete, each one undoable
command that also moves the people's last contact (see
:mod:`kamdesk.services.plan.interactions`)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from kamdesk.model.enums import fold
from kamdesk.services.plan.interactions import InteractionRow, InteractionService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.fields import hint_label
from kamdesk.ui.i18n import enum_label, format_date, problem_text
from kamdesk.ui.models.roles import ID_ROLE, AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.interaction_commands import DeleteInteractionsCommand
from kamdesk.ui.plan.interaction_dialog import InteractionDialog
from kamdesk.ui.workspace import Workspace


class InteractionColumn(enum.IntEnum):
    DATE = 0
    KIND = enum.auto()
    PEOPLE = enum.auto()
    NOTES = enum.auto()


class InteractionsModel(RowsTableModel):
    columns = InteractionColumn
    sort_keys = {
        InteractionColumn.DATE: lambda r: (r.date, r.id),
        InteractionColumn.KIND: lambda r: (enum_label(r.kind), r.date),
        InteractionColumn.PEOPLE: lambda r: fold(", ".join(r.people)),
        InteractionColumn.NOTES: lambda r: fold(r.first_line),
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Date"), self.tr("Kind"), self.tr("People"), self.tr("Notes")][section]

    def _display(self, row: InteractionRow, column: InteractionColumn) -> str:
        match column:
            case InteractionColumn.DATE:
                return format_date(row.date)
            case InteractionColumn.KIND:
                return enum_label(row.kind)
            case InteractionColumn.PEOPLE:
                return ", ".join(row.people) or "—"
        return row.first_line

    def _decoration(self, row: InteractionRow, column: InteractionColumn, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == InteractionColumn.NOTES and row.notes:
                return row.notes
            if column == InteractionColumn.PEOPLE and row.people:
                return "\n".join(row.people)
        return None


def search_key(row: InteractionRow) -> str:
    """What the search box looks in: the kind, the people and the notes."""
    return fold(" ".join((enum_label(row.kind), *row.people, row.notes)))


class InteractionsProxy(QSortFilterProxyModel):
    """Keeps the interactions whose kind, people or notes contain the search (accents and case
    ignored); sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._keys: dict[int, str] = {}

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._keys.clear)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        row = self.sourceModel().rows()[source_row]
        if row.id not in self._keys:
            self._keys[row.id] = search_key(row)
        return self._needle in self._keys[row.id]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class InteractionsPage(QWidget):
    """The log of the account shown (:meth:`show_account`); reads again after any plan write
    (now if shown, else when shown)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("interactionsPage")
        self.workspace = workspace
        self.service = InteractionService(workspace.portfolio)
        self.account_id: int | None = None
        self.dialog: InteractionDialog | None = None
        self._stale = False
        self.model = InteractionsModel(self)
        self.proxy = InteractionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        for signal in (workspace.plan_changed, workspace.accounts_changed):
            signal.connect(self._portfolio_changed)

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New interaction…"))
        self.new_button.setObjectName("newInteraction")
        self.new_button.setToolTip(self.tr("Log a meeting, call, email or visit"))
        self.new_button.clicked.connect(self.new_interaction)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editInteraction")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteInteractions")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action = tab_action(
            self, self.tr("Delete"), self.delete_selected, "", QKeySequence.StandardKey.Delete
        )
        self.search = QLineEdit()
        self.search.setObjectName("interactionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search kind, people or notes"))
        self.search.textChanged.connect(self.proxy.set_search)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search, 1)

        self.table = QTableView()
        self.table.setObjectName("interactionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InteractionColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(InteractionColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InteractionColumn.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InteractionColumn.PEOPLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(InteractionColumn.PEOPLE, 300)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._refresh_buttons)
        self.table.addAction(self.delete_action)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("interactionsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.table)
        self.count_label = hint_label()
        self.count_label.setObjectName("interactionsCount")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count_label)
        self._refresh_buttons()

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        self._stale = False
        rows = self.service.list_rows(self.account_id) if self.account_id is not None else []
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.proxy.sort(
            self.table.horizontalHeader().sortIndicatorSection(),
            self.table.horizontalHeader().sortIndicatorOrder(),
        )
        self.proxy.set_search(self.search.text())
        self._reselect(selected)
        self.new_button.setEnabled(self.account_id is not None)
        self.search.setEnabled(bool(rows))
        if self.account_id is None:
            self.empty_label.setText(self.tr("Select an account to see its interaction log."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No interaction logged yet. Use “New interaction…” to log a meeting, call,"
                    " email or visit: the people involved get it as their last contact."
                )
            )
        self.pages.setCurrentWidget(self.table if rows else self.empty_label)
        self.count_label.setText(self.tr("%n interaction(s)", "", len(rows)) if rows else "")
        self._refresh_buttons()

    def _portfolio_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _reselect(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _refresh_buttons(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    # -- editing -----------------------------------------------------------------------------

    def new_interaction(self) -> None:
        if self.account_id is None:
            return
        self._open(InteractionDialog(self.workspace, self.service, self.account_id, None, self))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            dialog = InteractionDialog(self.workspace, self.service, None, ids[0], self)
        except ValidationError as error:  # deleted meanwhile
            show_message(self, problem_text(error.problems[0]))
            self.reload()
            return
        self._open(dialog)

    def _open(self, dialog: InteractionDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.workspace.undo_stack.push(
                DeleteInteractionsCommand(self.workspace, self.service, ids)
            )
