"""The Actions list (issue 6, part 5): every open action across accounts, the overdue ones
highlighted, so the KAM starts the week from what is late.

Filter by owner (the owners found in the list), show the done and cancelled ones too, search;
mark an action done or open it again (one undoable command), double-click to edit it, or go
to its account. The list reads only while shown: a change made while it is hidden is read when
it is shown again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import ActionStatus, fold
from kamdesk.services.plan import ActionRow, RiskService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.plan.action_dialog import ActionDialog
from kamdesk.ui.plan.action_models import ActionColumn, ActionsProxy, ActionsTableModel
from kamdesk.ui.plan.risk_commands import ToggleSelectedDone
from kamdesk.ui.plan.risk_models import RowsTable, empty_state, select_id, selected_row
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace


class ActionsView(ToggleSelectedDone, ReadsWhenShown, QWidget):
    """Says ``account_requested(account_id)`` after selecting that account (“Go to account”),
    so the window can switch to the Accounts tab."""

    account_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actionsView")
        self.workspace = workspace
        self.service = RiskService(workspace.portfolio)
        self.today = dt.date.today  # replaced by tests
        self.editor: ActionDialog | None = None  # the last dialog opened
        self.model = ActionsTableModel(self)
        self.proxy = ActionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str = "", shortcut=None) -> QAction:
        return tab_action(self, text, slot, tip, shortcut)

    def _build(self) -> None:
        self.edit_action = self._action(
            self.tr("Edit"), self.edit_selected, self.tr("Open the selected action")
        )
        self.mark_done_action = self._action(
            self.tr("Mark done"),
            self.toggle_selected_done,
            self.tr("Mark the selected action done, or open it again (undoable)"),
            "Ctrl+D",
        )
        self.go_to_account_action = self._action(
            self.tr("Go to account"),
            self.go_to_account,
            self.tr("Open the selected action's account in the Accounts tab"),
        )
        toolbar = QToolBar()
        toolbar.setObjectName("actionsToolbar")
        for action in (self.edit_action, self.mark_done_action, self.go_to_account_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("actionsSummary")
        toolbar.addWidget(self.summary_label)
        self.owner = QComboBox()
        self.owner.setObjectName("actionsOwner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_done = QCheckBox(self.tr("Show done and cancelled"))
        self.show_done.setObjectName("actionsShowDone")
        self.search = QLineEdit()
        self.search.setObjectName("actionsSearch")
        self.search.setPlaceholderText(self.tr("Search action, account, risk, owner…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner")))
        filters.addWidget(self.owner)
        filters.addWidget(self.show_done)
        filters.addWidget(self.search, 1)
        self.table = RowsTable(self.proxy, "actionsTable", ActionColumn.TITLE)
        self.table.sortByColumn(ActionColumn.DUE, Qt.SortOrder.AscendingOrder)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.owner.currentIndexChanged.connect(self._owner_chosen)
        self.show_done.toggled.connect(self.reload)
        self.search.textChanged.connect(self._search_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        chosen = self.selected_action()
        rows = self.service.list_actions(
            include_done=self.show_done.isChecked(), today=self.today()
        )
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_owners(rows)
        select_id(self.table, self.proxy, chosen.id if chosen else None)
        self._show_rows()

    def _fill_owners(self, rows: list[ActionRow]) -> None:
        """“All owners” and the owners found, keeping the chosen one while it is there."""
        chosen = self.owner.currentData()
        owners: dict[str, str] = {}
        for row in sorted(rows, key=lambda r: r.owner):
            if row.owner:
                owners.setdefault(fold(row.owner), row.owner)
        self.owner.blockSignals(True)
        try:
            self.owner.clear()
            self.owner.addItem(self.tr("All owners"), None)
            for name in sorted(owners.values(), key=fold):
                self.owner.addItem(name, name)
            index = self.owner.findData(chosen) if chosen else 0
            self.owner.setCurrentIndex(max(index, 0))
        finally:
            self.owner.blockSignals(False)
        self.proxy.set_owner(self.owner.currentData())

    def _owner_chosen(self) -> None:
        self.proxy.set_owner(self.owner.currentData())
        self._show_rows()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_rows()

    def shown_rows(self) -> list[ActionRow]:
        return self.proxy.shown_rows()

    def _show_rows(self) -> None:
        shown = self.shown_rows()
        open_rows = [r for r in shown if r.status is ActionStatus.OPEN]
        overdue = sum(r.is_overdue for r in open_rows)
        self.summary_label.setText(self._summary(len(open_rows), overdue))
        if shown:
            self.stack.setCurrentWidget(self.table)
        else:
            filtered = self.model.rowCount() > 0
            self.empty.setText(
                self.tr("No action matches the owner and the search.")
                if filtered
                else self.tr(
                    "No open actions. Plan actions against each account's risks in its "
                    "Risks page (Accounts tab)."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self._update_actions()

    def _summary(self, open_count: int, overdue: int) -> str:
        text = self.tr("%n open", "", open_count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        return text

    def selected_action(self) -> ActionRow | None:
        return selected_row(self.table)

    def _update_actions(self, *_args) -> None:
        action = self.selected_action()
        for qaction in (self.edit_action, self.mark_done_action, self.go_to_account_action):
            qaction.setEnabled(action is not None)
        done = action is not None and action.status is not ActionStatus.OPEN
        self.mark_done_action.setText(self.tr("Reopen") if done else self.tr("Mark done"))

    # -- edits -------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        try:
            dialog = ActionDialog(self.workspace, self.service, action.id, parent=self)
        except ValidationError:  # deleted meanwhile (an undo elsewhere)
            self.reload()
            return
        dialog.action_saved.connect(lambda i: select_id(self.table, self.proxy, i))
        dialog.finished.connect(dialog.deleteLater)
        self.editor = dialog
        dialog.open()

    def go_to_account(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.workspace.set_current_account(action.account_id)
            self.account_requested.emit(action.account_id)
