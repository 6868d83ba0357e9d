"""The Accounts tab: a searchable, filterable, sortable table beside the account editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import LifecycleStage, Tier
from kamdesk.services.accounts import AccountFilter
from kamdesk.ui.account_editor import AccountEditor
from kamdesk.ui.commands import ArchiveAccountsCommand, DeleteAccountsCommand
from kamdesk.ui.i18n import enum_label
from kamdesk.ui.models.accounts_model import AccountColumn, AccountsProxy, AccountsTableModel
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.new_account_dialog import NewAccountDialog
from kamdesk.ui.workspace import Workspace

ANY = None


class AccountsTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = AccountsTableModel(self)
        self.proxy = AccountsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._syncing = False

        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Search name, CNPJ, industry, region, owner…"))
        self.search.setClearButtonEnabled(True)
        self.tier_filter = self._combo(
            [(self.tr("All tiers"), ANY)] + [(enum_label(t), t) for t in Tier]
        )
        self.stage_filter = self._combo(
            [(self.tr("All stages"), ANY)] + [(enum_label(s), s) for s in LifecycleStage]
        )
        self.owner_filter = self._combo([(self.tr("All owners"), ANY)])
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")

        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (AccountColumn.NAME, 220),
            (AccountColumn.TIER, 150),
            (AccountColumn.ICP, 110),
            (AccountColumn.LIFECYCLE, 130),
        ):
            self.table.setColumnWidth(column, width)

        self.editor = AccountEditor(workspace)
        self.editor.setMinimumWidth(380)

        self._build_actions()
        self._layout()
        self._connect()
        self.reload()

    # -- building ------------------------------------------------------------------------

    @staticmethod
    def _combo(choices) -> QComboBox:
        combo = QComboBox()
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New account…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.create_account)
        self.archive_action = QAction(self.tr("&Archive"), self)
        self.archive_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.archive_action.triggered.connect(self.toggle_archive)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.find_action = QAction(self.tr("&Find account"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(
            lambda: (self.search.setFocus(), self.search.selectAll())
        )
        self.addAction(self.find_action)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _layout(self) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        filters = QHBoxLayout()
        for widget in (self.tier_filter, self.stage_filter, self.owner_filter):
            filters.addWidget(widget, 1)
        filters.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for action in (self.new_action, self.archive_action, self.delete_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.tier_filter, self.stage_filter, self.owner_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.workspace.accounts_changed.connect(self.reload)
        self.workspace.settings_changed.connect(self.reload)
        self.workspace.current_account_changed.connect(self._select_account)

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.currency = self.workspace.settings.currency
        self.model.set_rows(self.workspace.account_rows())
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._refresh_owners()
        self._update_count()
        self._select_account(self.workspace.current_account)
        self._update_actions()

    def _refresh_owners(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), ANY)
        for owner in sorted({r.owner for r in self.model.rows() if r.owner}):
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    def current_filter(self) -> AccountFilter:
        tier, stage = self.tier_filter.currentData(), self.stage_filter.currentData()
        return AccountFilter(
            text=self.search.text(),
            tiers=frozenset([tier]) if tier else frozenset(),
            stages=frozenset([stage]) if stage else frozenset(),
            owner=self.owner_filter.currentData(),
            include_archived=self.show_archived.isChecked(),
        )

    def _apply_filter(self) -> None:
        self.proxy.set_account_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %n account(s)", "", total).replace("%1", str(shown))
        )

    # -- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, ID_ROLE) for index in rows]

    def _selection_changed(self) -> None:
        self._update_actions()
        if self._syncing:
            return
        ids = self.selected_ids()
        if len(ids) == 1:
            self._syncing = True
            self.workspace.set_current_account(ids[0])
            self._syncing = False

    def _select_account(self, account_id: int | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            row = self.model.row_of(account_id) if account_id is not None else -1
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            selection = self.table.selectionModel()
            if index is None or not index.isValid():
                selection.clearSelection()
                return
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            self._syncing = False
            self._update_actions()

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        rows = {r.id: r for r in self.model.rows()}
        archived = bool(ids) and all(rows[i].archived for i in ids if i in rows)
        self.archive_action.setText(
            self.tr("Restore from archive") if archived else self.tr("&Archive")
        )
        self.archive_action.setEnabled(bool(ids))
        self.delete_action.setEnabled(bool(ids))

    # -- actions -------------------------------------------------------------------------

    def create_account(self) -> None:
        dialog = NewAccountDialog(self.workspace, self)
        if dialog.exec():
            self.search.clear()
            self.editor.tabs.setCurrentIndex(0)

    def toggle_archive(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = {r.id: r for r in self.model.rows()}
        archive = not all(rows[i].archived for i in ids)
        self.workspace.undo_stack.push(ArchiveAccountsCommand(self.workspace, ids, archive))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm_delete(ids):
            return
        self.workspace.undo_stack.push(DeleteAccountsCommand(self.workspace, ids))

    def confirm_delete(self, ids: list[int]) -> bool:
        preview = self.workspace.accounts.preview_delete(ids)
        names = [row["name"] for row in preview.rows.get("account", [])]
        dependants = sum(len(rows) for table, rows in preview.rows.items() if table != "account")
        text = self.tr("Delete %n account(s)?", "", len(ids)) + "\n\n" + "\n".join(names[:10])
        if len(names) > 10:
            text += "\n…"
        info = self.tr("You can undo it with Edit ▸ Undo.")
        if dependants:
            related = self.tr(
                "This also deletes %n related record(s) (stakeholders, opportunities, "
                "revenue, risks, OKRs, …).",
                "",
                dependants,
            )
            info = f"{related} {info}"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete accounts"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(info)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete
