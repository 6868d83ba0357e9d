"""The portfolio's top risks: the highest open risks across accounts beside the portfolio's heat
map, for the Portfolio tab.

The list shows the :data:`TOP_COUNT` highest open risks (score, then the earliest review date);
clicking a heat-map cell shows every open risk of that cell instead. Double-clicking a risk
selects its account and says ``account_requested(account_id)``, so the window can open it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.risk import risk_level
from kamdesk.model.enums import RiskStatus
from kamdesk.services.plan import RiskRow, RiskService
from kamdesk.ui.fields import hint_label
from kamdesk.ui.plan.heat_map import HeatMap, level_label
from kamdesk.ui.plan.risk_models import (
    RiskColumn,
    RisksProxy,
    RisksTableModel,
    RowsTable,
    empty_state,
    selected_row,
)
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

TOP_COUNT = 10
HIDDEN_COLUMNS = (RiskColumn.CATEGORY, RiskColumn.LIKELIHOOD, RiskColumn.IMPACT)


class TopRisksView(ReadsWhenShown, QWidget):
    account_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topRisksView")
        self.workspace = workspace
        self.service = RiskService(workspace.portfolio)
        self.today = dt.date.today  # replaced by tests
        self.open_rows: list[RiskRow] = []
        self.model = RisksTableModel(self)
        self.model.today = lambda: self.today()
        self.proxy = RisksProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("topRisksTitle")
        self.title.setStyleSheet("font-weight: 600;")
        hint = hint_label(
            self.tr(
                "Score = likelihood × impact. Click a cell to list its risks; "
                "double-click a risk to open its account."
            )
        )
        self.heat_map = HeatMap()
        self.table = RowsTable(self.proxy, "topRisksTable", RiskColumn.DESCRIPTION, 200)
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.setSortingEnabled(False)  # the list is the ranking
        self.empty = empty_state(
            self.tr("No open risks in the portfolio. Record risks in each account's Risks page.")
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.heat_map)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.workspace.plan_changed.connect(self._portfolio_changed)
        self.heat_map.cell_clicked.connect(lambda *_cell: self._show())
        self.heat_map.cleared.connect(self._show)
        self.table.doubleClicked.connect(lambda _index: self.open_selected_account())

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        rows = self.service.list_rows()  # highest score first, as the ranking wants
        self.open_rows = [r for r in rows if r.status is RiskStatus.OPEN]
        names = {r.account_id: r.account_name for r in rows}
        self.heat_map.set_heat_map(self.service.heat_map(), names)
        self._show()

    def _show(self) -> None:
        """The top risks, or every open risk of the selected cell."""
        cell = self.heat_map.selected_cell()
        if cell is None:
            shown = self.open_rows[:TOP_COUNT]
            self.title.setText(self._top_title(len(shown), len(self.open_rows)))
        else:
            shown = [r for r in self.open_rows if (r.likelihood, r.impact) == cell]
            likelihood, impact = cell
            score = likelihood * impact
            self.title.setText(
                self.tr("Open risks with likelihood %1 × impact %2 (score %3, %4)")
                .replace("%1", str(likelihood))
                .replace("%2", str(impact))
                .replace("%3", str(score))
                .replace("%4", level_label(risk_level(score)))
            )
        self.model.set_rows(shown)
        self.stack.setCurrentWidget(self.table if shown or cell is not None else self.empty)

    def _top_title(self, shown: int, total: int) -> str:
        if shown < total:
            return self.tr("Top %1 of %n open risk(s) across accounts", "", total).replace(
                "%1", str(shown)
            )
        return self.tr("%n open risk(s) across accounts", "", total)

    def shown_rows(self) -> list[RiskRow]:
        return list(self.model.rows())

    def open_selected_account(self) -> None:
        risk = selected_row(self.table)
        if risk is not None:
            self.workspace.set_current_account(risk.account_id)
            self.account_requested.emit(risk.account_id)
