"""The Pipeline tab: the opportunities of the selected account (or of every account) as a
board by stage or as a table, with filters by owner, type and expected-close period, a search
box, and the actions to create, edit and delete them; the monthly pipeline review (what needs
attention, what slipped) and the whitespace matrix (org units or accounts × product lines).

The tab reads through the services once per change (a write says ``pipeline_changed``; an
import or an account edit says ``accounts_changed``) and hands the same rows to the table and
the board, so both always show the same opportunities.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.periods import PeriodKind, period_of
from kamdesk.model.enums import OpportunityType
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityFilter,
    OpportunityRow,
    OpportunityService,
    ProductService,
    StageService,
)
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.i18n import enum_label, format_money
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.pipeline.board import PipelineBoard
from kamdesk.ui.pipeline.commands import DeleteOpportunitiesCommand
from kamdesk.ui.pipeline.forecast_view import ForecastView
from kamdesk.ui.pipeline.opportunities_model import (
    OpportunitiesProxy,
    OpportunitiesTableModel,
    OpportunityColumn,
)
from kamdesk.ui.pipeline.opportunity_dialog import OpportunityDialog
from kamdesk.ui.pipeline.review_view import PipelineReviewView
from kamdesk.ui.pipeline.whitespace_view import WhitespaceMatrixView
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace


class Scope(enum.Enum):
    SELECTED_ACCOUNT = "selected"
    ALL_ACCOUNTS = "all"


class PeriodChoice(enum.Enum):
    ANY = "any"
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    NEXT_QUARTER = "next_quarter"
    THIS_YEAR = "this_year"


COLUMN_WIDTHS = {
    OpportunityColumn.TITLE: 300,
    OpportunityColumn.ACCOUNT: 190,
    OpportunityColumn.STAGE: 110,
    OpportunityColumn.VALUE: 130,
    OpportunityColumn.RECURRING: 130,
    OpportunityColumn.PROBABILITY: 90,
    OpportunityColumn.WEIGHTED: 130,
    OpportunityColumn.CATEGORY: 130,
    OpportunityColumn.EXPECTED_CLOSE: 110,
    OpportunityColumn.TYPE: 120,
    OpportunityColumn.PRODUCT: 170,
    OpportunityColumn.OWNER: 140,
}


class PipelineTab(ReadsWhenShown, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelineTab")
        self.workspace = workspace
        portfolio = workspace.portfolio
        self.service = OpportunityService(portfolio)
        self.stages = StageService(portfolio)
        self.products = ProductService(portfolio)
        self.model = OpportunitiesTableModel(self)
        self.proxy = OpportunitiesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.today = dt.date.today  # replaced by tests
        self.stage_rows = []
        self._stale = False  # the portfolio changed while the tab was hidden
        self.editor: OpportunityDialog | None = None  # the last editor opened
        self._build_toolbar()
        self._build_filters()
        self._build_table()
        self._layout()
        self._connect()
        self.reload()
        self.show_board()  # what a KAM opens the pipeline for

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str = "", shortcut=None) -> QAction:
        return tab_action(self, text, slot, tip, shortcut)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("pipelineToolbar")
        self.board_mode_action = self._action(
            self.tr("Board"), self.show_board, self.tr("One column per stage; drag cards along")
        )
        self.table_mode_action = self._action(
            self.tr("Table"), self.show_table, self.tr("One row per opportunity, sortable")
        )
        self.forecast_mode_action = self._action(
            self.tr("Forecast"),
            self.show_forecast,
            self.tr("Forecast against target by month or quarter, stage funnel and accuracy"),
        )
        self.review_mode_action = self._action(
            self.tr("Monthly review"),
            self.show_review,
            self.tr("What needs attention, what slipped, and recording the monthly review"),
        )
        self.whitespace_mode_action = self._action(
            self.tr("Whitespace"),
            self.show_whitespace,
            self.tr("Where each product line is bought, in play, or not offered yet"),
        )
        self.mode_actions = (
            self.board_mode_action,
            self.table_mode_action,
            self.forecast_mode_action,
            self.review_mode_action,
            self.whitespace_mode_action,
        )
        self.mode_group = QActionGroup(self)
        for action in self.mode_actions:
            action.setCheckable(True)
            self.mode_group.addAction(action)
        self.new_action = self._action(
            self.tr("New opportunity"),
            self.new_opportunity,
            self.tr("Add an opportunity to the selected account"),
            "Ctrl+Shift+N",
        )
        self.edit_action = self._action(
            self.tr("Edit"), self.edit_selected, self.tr("Open the selected opportunity")
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the selected opportunities (undoable)"),
            QKeySequence.StandardKey.Delete,
        )
        for action in self.mode_actions:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("pipelineTotals")
        self.totals_label.setToolTip(
            self.tr("Open pipeline: value and weighted value (value × probability)")
        )
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        # A widget in a tool bar is shown and hidden through its action.
        self.totals_action = self.toolbar.addWidget(self.totals_label)

    def _build_filters(self) -> None:
        self.scope = QComboBox()
        self.scope.setObjectName("pipelineScope")
        self.scope.addItem(self.tr("Selected account"), Scope.SELECTED_ACCOUNT)
        self.scope.addItem(self.tr("All accounts"), Scope.ALL_ACCOUNTS)
        self.owner = QComboBox()
        self.owner.setObjectName("pipelineOwner")
        self.type = QComboBox()
        self.type.setObjectName("pipelineType")
        self.type.addItem(self.tr("Every type"), None)
        for member in OpportunityType:
            self.type.addItem(enum_label(member), member)
        self.period = QComboBox()
        self.period.setObjectName("pipelinePeriod")
        self.period.setToolTip(self.tr("Expected close within"))
        for text, choice in (
            (self.tr("Any close date"), PeriodChoice.ANY),
            (self.tr("Closing this month"), PeriodChoice.THIS_MONTH),
            (self.tr("Closing this quarter"), PeriodChoice.THIS_QUARTER),
            (self.tr("Closing next quarter"), PeriodChoice.NEXT_QUARTER),
            (self.tr("Closing this year"), PeriodChoice.THIS_YEAR),
        ):
            self.period.addItem(text, choice)
        self.include_closed = QCheckBox(self.tr("Show won and lost"))
        self.include_closed.setObjectName("pipelineIncludeClosed")
        self.include_closed.setChecked(False)  # the open pipeline is what a KAM works on
        self.search = QLineEdit()
        self.search.setObjectName("pipelineSearch")
        self.search.setPlaceholderText(self.tr("Search title, account, owner, next step…"))
        self.search.setClearButtonEnabled(True)
        self.filters = QWidget()
        self.filters.setObjectName("pipelineFilters")
        layout = QHBoxLayout(self.filters)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope, self.owner, self.type, self.period, self.include_closed):
            layout.addWidget(widget)
        layout.addWidget(self.search, 1)
        layout.addStretch()  # keeps the scope at its size when only it is shown

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("pipelineTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line per opportunity; the full text in the editor
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OpportunityColumn.EXPECTED_CLOSE, Qt.SortOrder.AscendingOrder)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)

    def _layout(self) -> None:
        self.views = QStackedWidget()
        self.board = PipelineBoard(self.workspace, self.service)
        self.board.card_actions = [self.edit_action, self.delete_action]
        self.board_page = self.board
        self.forecast = ForecastView(self.workspace)
        self.review = PipelineReviewView(self.workspace)
        self.whitespace = WhitespaceMatrixView(self.workspace)
        for page in (self.board_page, self.table, self.forecast, self.review, self.whitespace):
            self.views.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.views, 1)
        self.show_table()

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.current_account_changed.connect(self._account_changed)
        for combo in (self.scope, self.owner, self.type, self.period):
            combo.currentIndexChanged.connect(self.reload)
        self.include_closed.toggled.connect(self.reload)
        self.search.textChanged.connect(self._search_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_opportunity(index.data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.board.opportunity_activated.connect(self.edit_opportunity)
        self.board.selection_changed.connect(self._update_actions)
        self.review.opportunity_activated.connect(self.edit_opportunity)
        self.whitespace.create_requested.connect(self.new_opportunity_from)
        self.whitespace.show_opportunities.connect(self.show_opportunities)

    # -- reading -----------------------------------------------------------------------------

    def current_filter(self) -> OpportunityFilter:
        close_from, close_to = self._period_bounds()
        return OpportunityFilter(
            account_id=self.scope_account(),
            owner=self.owner.currentData(),
            type=self.type.currentData(),
            close_from=close_from,
            close_to=close_to,
            include_closed=self.include_closed.isChecked(),
        )

    def _period_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        choice = self.period.currentData()
        if choice is PeriodChoice.ANY:
            return None, None
        kind = {
            PeriodChoice.THIS_MONTH: PeriodKind.MONTH,
            PeriodChoice.THIS_YEAR: PeriodKind.YEAR,
        }.get(choice, PeriodKind.QUARTER)
        period = period_of(self.today(), kind, self.workspace.settings.fiscal_year_start)
        if choice is PeriodChoice.NEXT_QUARTER:
            period = period.next()
        return period.start, period.last_day

    def scope_account(self) -> int | None:
        """The account the views show, or None for the whole portfolio."""
        if self.scope.currentData() is Scope.SELECTED_ACCOUNT:
            return self.workspace.current_account
        return None

    def reload(self) -> None:
        """Reads the opportunities the filters ask for, for the table and the board."""
        self._stale = False
        for view in (self.forecast, self.review, self.whitespace):
            view.set_scope(self.scope_account())
        self._fill_owners()
        self.model.currency = self.workspace.settings.currency
        self.stage_rows = self.stages.list_rows()
        self.model.set_rows(self.service.list_rows(self.current_filter()))
        header = self.table.horizontalHeader()  # the rows come in board order: sort as shown
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_rows()

    def _fill_owners(self) -> None:
        """The owners in the portfolio, keeping the chosen one while it is still there."""
        chosen = self.owner.currentData()
        owners = self.service.owners()
        self.owner.blockSignals(True)
        try:
            self.owner.clear()
            self.owner.addItem(self.tr("Every owner"), None)
            for owner in owners:
                self.owner.addItem(owner, owner)
            self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)) if chosen else 0)
        finally:
            self.owner.blockSignals(False)

    def shown_rows(self) -> list[OpportunityRow]:
        """The rows the filters and the search keep, in the table's order."""
        return [row for row in self.model.rows() if self.proxy.accepts(row)]

    def _show_rows(self) -> None:
        rows = self.shown_rows()
        self.board.set_content(self.stage_rows, rows)
        open_rows = [row for row in rows if row.is_open]
        currency = self.workspace.settings.currency
        value = sum((row.value for row in open_rows), start=0)
        weighted = sum((row.weighted_value for row in open_rows), start=0)
        self.totals_label.setText(
            self.tr("%1 open · %2 · weighted %3")
            .replace("%1", str(len(open_rows)))
            .replace("%2", format_money(value, currency, 0))
            .replace("%3", format_money(weighted, currency, 0))
        )
        self._update_actions()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_rows()

    def _account_changed(self) -> None:
        if self.scope.currentData() is Scope.SELECTED_ACCOUNT:
            self._portfolio_changed()

    # -- views -------------------------------------------------------------------------------

    def show_board(self) -> None:
        self._show_page(self.board_page, self.board_mode_action)

    def show_table(self) -> None:
        self._show_page(self.table, self.table_mode_action)

    def show_forecast(self) -> None:
        self._show_page(self.forecast, self.forecast_mode_action)

    def show_review(self) -> None:
        self._show_page(self.review, self.review_mode_action)

    def show_whitespace(self) -> None:
        self._show_page(self.whitespace, self.whitespace_mode_action)

    def _show_page(self, page: QWidget, action: QAction) -> None:
        """The owner, type, period and search filters are the board's and the table's."""
        self.views.setCurrentWidget(page)
        action.setChecked(True)
        listing = page in (self.board_page, self.table)
        for widget in (self.owner, self.type, self.period, self.include_closed, self.search):
            widget.setVisible(listing)
        self.totals_action.setVisible(listing)
        self._update_actions()

    def show_opportunities(self, account_id: int, org_unit_id, product_id: int) -> None:
        """The open opportunities of one whitespace cell, in the table."""
        self.show_table()
        try:
            product = self.products.get(product_id).name
        except ValidationError:
            product = ""
        if self.scope.currentData() is Scope.ALL_ACCOUNTS:
            self.workspace.set_current_account(account_id)
        self.include_closed.setChecked(False)
        self.search.setText(product)

    def selected_ids(self) -> list[int]:
        """The opportunities selected in the view shown (the board's or the table's)."""
        if self.views.currentWidget() is self.board:
            return self.board.selected_ids()
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _update_actions(self) -> None:
        chosen = self.selected_ids()
        self.edit_action.setEnabled(len(chosen) == 1)
        self.delete_action.setEnabled(bool(chosen))

    # -- edits -------------------------------------------------------------------------------

    def new_opportunity(self) -> None:
        self._open_editor(None, defaults=None)

    def new_opportunity_from(self, defaults: OpportunityData) -> None:
        """A new opportunity pre-filled, e.g. from a whitespace cell."""
        self._open_editor(None, defaults=defaults)

    def edit_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.edit_opportunity(chosen[0])

    def edit_opportunity(self, opportunity_id: int | None) -> None:
        if opportunity_id is not None:
            self._open_editor(opportunity_id, defaults=None)

    def _open_editor(self, opportunity_id: int | None, defaults: OpportunityData | None) -> None:
        """Opens the editor (it pushes its own command when the KAM confirms)."""
        try:
            dialog = OpportunityDialog(
                self.workspace,
                self.service,
                self.stages,
                self.products,
                opportunity_id=opportunity_id,
                account_id=self.workspace.current_account if opportunity_id is None else None,
                defaults=defaults,
                parent=self,
            )
        except ValidationError:  # deleted meanwhile (an undo elsewhere)
            self.reload()
            return
        dialog.finished.connect(dialog.deleteLater)
        self.editor = dialog
        dialog.open()

    def delete_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.workspace.undo_stack.push(
                DeleteOpportunitiesCommand(self.workspace, self.service, chosen)
            )
