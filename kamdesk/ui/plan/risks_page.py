"""The account editor's Risks page: the quarterly risk analysis of one account.

At the top, the account risk (its highest open score and level). Beside the 5×5 heat map, the
risk register; clicking a cell keeps only that cell's risks (clicking it again shows them all).
Below, the mitigation actions of the selected risk, or every action of the account when no risk
is selected, with the overdue ones in red. Every edit goes through the dialogs or one command,
so Ctrl+Z undoes it. The page reads again after any write to the plan (``plan_changed``), or
when it is shown again after a change made while it was hidden.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.risk import risk_level
from kamdesk.model.enums import ActionStatus, RiskStatus
from kamdesk.services.plan import ActionRow, RiskRow, RiskService
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.colors import text_on
from kamdesk.ui.fields import hint_label
from kamdesk.ui.plan.action_dialog import ActionDialog
from kamdesk.ui.plan.action_models import ANY_RISK, ActionColumn, ActionsProxy, ActionsTableModel
from kamdesk.ui.plan.heat_map import HeatMap, level_color, level_label
from kamdesk.ui.plan.risk_commands import (
    DeleteActionsCommand,
    DeleteRiskCommand,
    ToggleSelectedDone,
)
from kamdesk.ui.plan.risk_dialog import RiskDialog
from kamdesk.ui.plan.risk_models import (
    RiskColumn,
    RisksProxy,
    RisksTableModel,
    RowsTable,
    empty_state,
    select_id,
    selected_row,
)
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

# Narrower than this, the heat map goes above the register so the table keeps some width; the
# account editor beside the accounts list is about this wide on a laptop, and the map beside
# the register keeps both in view there.
WIDE_ENOUGH = 700


class RisksPage(ToggleSelectedDone, ReadsWhenShown, QWidget):
    """Show an account with :meth:`show_account` (None: nothing to show)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("risksPage")
        self.workspace = workspace
        self.service = RiskService(workspace.portfolio)
        self.account_id: int | None = None
        self.today = dt.date.today  # replaced by tests
        self.editor: RiskDialog | ActionDialog | None = None  # the last dialog opened
        self.risk_model = RisksTableModel(self)
        self.risk_model.today = lambda: self.today()
        self.risk_proxy = RisksProxy(self)
        self.risk_proxy.setSourceModel(self.risk_model)
        self.action_model = ActionsTableModel(self)
        self.action_proxy = ActionsProxy(self)
        self.action_proxy.setSourceModel(self.action_model)
        self._build_actions()
        self._build()
        self._connect()
        self.show_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str = "") -> QAction:
        return tab_action(self, text, slot, tip)

    def _build_actions(self) -> None:
        self.new_risk_action = self._action(
            self.tr("New risk"), self.new_risk, self.tr("Add a risk to this account")
        )
        self.edit_risk_action = self._action(
            self.tr("Edit risk"), self.edit_selected_risk, self.tr("Open the selected risk")
        )
        self.delete_risk_action = self._action(
            self.tr("Delete risk"),
            self.delete_selected_risk,
            self.tr("Delete the selected risk; its actions stay on the account (undoable)"),
        )
        self.new_action_action = self._action(
            self.tr("New action"),
            self.new_action,
            self.tr("Add a mitigation action to the selected risk, or a follow-up"),
        )
        self.edit_action_action = self._action(
            self.tr("Edit action"), self.edit_selected_action, self.tr("Open the selected action")
        )
        self.mark_done_action = self._action(
            self.tr("Mark done"),
            self.toggle_selected_done,
            self.tr("Mark the selected action done, or open it again (undoable)"),
        )
        self.delete_action_action = self._action(
            self.tr("Delete action"),
            self.delete_selected_action,
            self.tr("Delete the selected action (undoable)"),
        )

    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.no_account = empty_state(self.tr("Select an account to see its risks."))
        self.pages.addWidget(self.no_account)
        self.content = QWidget()
        self.pages.addWidget(self.content)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._risks_part())
        splitter.addWidget(self._actions_part())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(self._header())
        content.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Account risk"))
        title.setStyleSheet("font-weight: 600;")
        self.account_risk_label = QLabel()
        self.account_risk_label.setObjectName("accountRisk")
        self.account_risk_label.setToolTip(
            self.tr("Account risk = the highest score among its open risks")
        )
        self.summary_label = hint_label()
        self.summary_label.setObjectName("riskSummary")
        self.summary_label.setWordWrap(False)
        row.addWidget(title)
        row.addWidget(self.account_risk_label)
        row.addSpacing(12)
        row.addWidget(self.summary_label, 1)
        return row

    def _risks_part(self) -> QWidget:
        toolbar = QToolBar()
        toolbar.setObjectName("riskToolbar")
        for action in (self.new_risk_action, self.edit_risk_action, self.delete_risk_action):
            toolbar.addAction(action)
        self.heat_map = HeatMap()
        self.risk_table = RowsTable(self.risk_proxy, "riskTable", RiskColumn.DESCRIPTION)
        self.risk_table.setColumnHidden(RiskColumn.ACCOUNT, True)
        self.risk_table.sortByColumn(RiskColumn.SCORE, Qt.SortOrder.DescendingOrder)
        self.cell_label = QLabel()
        self.cell_label.setObjectName("cellFilter")
        self.show_all_button = QPushButton(self.tr("Show every risk"))
        self.show_all_button.setObjectName("showAllRisks")
        cell_row = QHBoxLayout()
        cell_row.setContentsMargins(0, 0, 0, 0)
        cell_row.addWidget(self.cell_label, 1)
        cell_row.addWidget(self.show_all_button)
        self.cell_bar = QWidget()
        self.cell_bar.setLayout(cell_row)
        self.cell_bar.hide()
        self.risks_stack = QStackedWidget()
        self.no_risks = empty_state("")
        self.risks_stack.addWidget(self.risk_table)
        self.risks_stack.addWidget(self.no_risks)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cell_bar)
        right_layout.addWidget(self.risks_stack, 1)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.setObjectName("heatMapSplitter")
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.heat_map)
        beside.addWidget(right)
        beside.setStretchFactor(0, 0)
        beside.setStretchFactor(1, 1)
        beside.setSizes([260, 900])
        self.beside = beside
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(beside, 1)
        return part

    def _actions_part(self) -> QGroupBox:
        self.actions_box = QGroupBox()
        self.actions_box.setObjectName("actionsBox")
        toolbar = QToolBar()
        toolbar.setObjectName("actionToolbar")
        for action in (
            self.new_action_action,
            self.edit_action_action,
            self.mark_done_action,
            self.delete_action_action,
        ):
            toolbar.addAction(action)
        self.show_done = QCheckBox(self.tr("Show done and cancelled"))
        self.show_done.setObjectName("showDoneActions")
        bar = QHBoxLayout()
        bar.addWidget(toolbar, 1)
        bar.addWidget(self.show_done)
        self.action_table = RowsTable(self.action_proxy, "actionTable", ActionColumn.TITLE)
        for column in (ActionColumn.ACCOUNT, ActionColumn.DAYS_OVERDUE):
            self.action_table.setColumnHidden(column, True)
        self.action_table.sortByColumn(ActionColumn.DUE, Qt.SortOrder.AscendingOrder)
        self.actions_stack = QStackedWidget()
        self.no_actions = empty_state("")
        self.actions_stack.addWidget(self.action_table)
        self.actions_stack.addWidget(self.no_actions)
        layout = QVBoxLayout(self.actions_box)
        layout.addLayout(bar)
        layout.addWidget(self.actions_stack, 1)
        return self.actions_box

    def resizeEvent(self, event) -> None:
        """The heat map beside the register when there is room, above it otherwise."""
        super().resizeEvent(event)
        wide = self.width() >= WIDE_ENOUGH
        self.beside.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.heat_map.cell_clicked.connect(self._cell_chosen)
        self.heat_map.cleared.connect(self._cell_cleared)
        self.show_all_button.clicked.connect(self.heat_map.clear_selection)
        self.risk_table.selectionModel().selectionChanged.connect(self._risk_selected)
        self.risk_table.doubleClicked.connect(lambda _index: self.edit_selected_risk())
        self.action_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.action_table.doubleClicked.connect(lambda _index: self.edit_selected_action())
        self.show_done.toggled.connect(self.reload)

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        """Shows the risks of ``account_id``; a different account starts with the whole map.
        While the page is hidden (another page of the editor is open), it reads when shown."""
        if account_id != self.account_id:
            self.account_id = account_id
            self.heat_map.set_selected_cell(None)
            self.risk_proxy.set_cell(None)
            self.risk_table.clearSelection()
        if self.isVisible():
            self.reload()
        else:  # read when the KAM opens the page
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        if self.account_id is None:
            self.pages.setCurrentWidget(self.no_account)
            self._update_actions()
            return
        self.pages.setCurrentWidget(self.content)
        chosen_risk = self.selected_risk()
        chosen_action = self.selected_action()
        rows = self.service.list_rows(self.account_id)
        self._set_rows(self.risk_model, self.risk_table, rows)
        self.heat_map.set_heat_map(self.service.heat_map(self.account_id))
        self._set_rows(
            self.action_model,
            self.action_table,
            self.service.list_actions(
                account_id=self.account_id,
                include_done=self.show_done.isChecked(),
                today=self.today(),
            ),
        )
        self._show_account_risk(rows)
        select_id(self.risk_table, self.risk_proxy, chosen_risk.id if chosen_risk else None)
        self._risk_selected()
        select_id(self.action_table, self.action_proxy, chosen_action.id if chosen_action else None)
        self._update_actions()

    @staticmethod
    def _set_rows(model, table, rows: list) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _show_account_risk(self, rows: list[RiskRow]) -> None:
        score = self.service.account_risk(self.account_id)
        label = self.account_risk_label
        if score is None:
            label.setText(self.tr("no open risk"))
            label.setStyleSheet("")
        else:
            level = risk_level(score)
            color = level_color(level)
            label.setText(f"{score} · {level_label(level)}")
            label.setStyleSheet(
                f"background: {color.name()}; color: {text_on(color).name()};"
                " padding: 3px 10px; border-radius: 3px; font-weight: 700;"
            )
        open_risks = sum(r.status is RiskStatus.OPEN for r in rows)
        overdue = sum(r.is_overdue for r in self.action_model.rows())
        self.summary_label.setText(self._summary(open_risks, len(rows) - open_risks, overdue))

    def _summary(self, open_risks: int, closed: int, overdue: int) -> str:
        parts = [self.tr("%n open risk(s)", "", open_risks)]
        if closed:
            parts.append(self.tr("%n closed", "", closed))
        if overdue:
            parts.append(self.tr("%n action(s) overdue", "", overdue))
        return " · ".join(parts)

    # -- the heat map and the selection ------------------------------------------------------

    def _cell_chosen(self, likelihood: int, impact: int) -> None:
        self.risk_proxy.set_cell((likelihood, impact))
        score = likelihood * impact
        self.cell_label.setText(
            self.tr("Open risks with likelihood %1 × impact %2 (score %3, %4)")
            .replace("%1", str(likelihood))
            .replace("%2", str(impact))
            .replace("%3", str(score))
            .replace("%4", level_label(risk_level(score)))
        )
        self.cell_bar.show()
        self._risk_selected()

    def _cell_cleared(self) -> None:
        self.risk_proxy.set_cell(None)
        self.cell_bar.hide()
        self._risk_selected()

    def _risk_selected(self, *_args) -> None:
        """The actions of the selected risk, or every action of the account."""
        risk = self.selected_risk()
        self.action_proxy.set_risk(risk.id if risk else ANY_RISK)
        if risk is None:
            self.actions_box.setTitle(self.tr("Actions of the account"))
        else:
            description = " ".join(risk.description.split())
            if len(description) > 70:
                description = description[:69] + "…"
            self.actions_box.setTitle(
                self.tr("Mitigation actions of “%1”").replace("%1", description)
            )
        self._show_empty_states(risk)
        self._update_actions()

    def _show_empty_states(self, risk: RiskRow | None) -> None:
        """Each table, or what to do when it has nothing to show."""
        if self.risk_proxy.rowCount():
            self.risks_stack.setCurrentWidget(self.risk_table)
        else:
            self.no_risks.setText(
                self.tr("No open risk in this cell. Click it again to see every risk.")
                if self.risk_proxy.cell is not None
                else self.tr(
                    "No risks recorded yet.\nWhat could make you lose or shrink this account? "
                    "Competitors, the client's finances, losing a sponsor…\n"
                    "Click “New risk” to add the first one."
                )
            )
            self.risks_stack.setCurrentWidget(self.no_risks)
        if self.action_proxy.rowCount():
            self.actions_stack.setCurrentWidget(self.action_table)
            return
        if risk is not None:
            text = self.tr("No actions for this risk yet. Click “New action” to plan one.")
        else:
            text = self.tr(
                "No actions yet. Select a risk and click “New action” to plan how to mitigate it."
            )
        self.no_actions.setText(text)
        self.actions_stack.setCurrentWidget(self.no_actions)

    def selected_risk(self) -> RiskRow | None:
        return selected_row(self.risk_table)

    def selected_action(self) -> ActionRow | None:
        return selected_row(self.action_table)

    def select_risk(self, risk_id: int) -> None:
        """Selects the risk, showing every risk first when the chosen cell hides it."""
        if not select_id(self.risk_table, self.risk_proxy, risk_id):
            self.heat_map.clear_selection()
            select_id(self.risk_table, self.risk_proxy, risk_id)

    def _update_actions(self, *_args) -> None:
        has_account = self.account_id is not None
        risk = self.selected_risk() if has_account else None
        action = self.selected_action() if has_account else None
        self.new_risk_action.setEnabled(has_account)
        self.new_action_action.setEnabled(has_account)
        for qaction in (self.edit_risk_action, self.delete_risk_action):
            qaction.setEnabled(risk is not None)
        for qaction in (self.edit_action_action, self.mark_done_action, self.delete_action_action):
            qaction.setEnabled(action is not None)
        done = action is not None and action.status is not ActionStatus.OPEN
        self.mark_done_action.setText(self.tr("Reopen") if done else self.tr("Mark done"))

    # -- edits -------------------------------------------------------------------------------

    def new_risk(self) -> None:
        if self.account_id is not None:
            self._open(RiskDialog, None, self._risk_saved, account_id=self.account_id)

    def edit_selected_risk(self) -> None:
        risk = self.selected_risk()
        if risk is not None:
            self._open(RiskDialog, risk.id, self._risk_saved)

    def _risk_saved(self, risk_id: int) -> None:
        self.select_risk(risk_id)

    def delete_selected_risk(self) -> None:
        risk = self.selected_risk()
        if risk is not None:
            self.workspace.undo_stack.push(
                DeleteRiskCommand(self.workspace, self.service, risk.id, risk.description)
            )

    def new_action(self) -> None:
        if self.account_id is None:
            return
        risk = self.selected_risk()
        self._open(
            ActionDialog,
            None,
            self._action_saved,
            account_id=self.account_id,
            risk_id=risk.id if risk else None,
        )

    def edit_selected_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._open(ActionDialog, action.id, self._action_saved)

    def _action_saved(self, action_id: int) -> None:
        select_id(self.action_table, self.action_proxy, action_id)

    def _open(self, dialog_class, record_id: int | None, saved, **kwargs) -> None:
        """Opens an editor (it pushes its own command when the KAM confirms)."""
        try:
            dialog = dialog_class(self.workspace, self.service, record_id, parent=self, **kwargs)
        except ValidationError:  # deleted meanwhile (an undo elsewhere)
            self.reload()
            return
        if dialog_class is RiskDialog:
            dialog.risk_saved.connect(saved)
        else:
            dialog.action_saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        self.editor = dialog
        dialog.open()

    def delete_selected_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.workspace.undo_stack.push(
                DeleteActionsCommand(self.workspace, self.service, [action.id], action.title)
            )
