"""The dashboard's attention lists: reviews due (overdue first), the top risks and the accounts
whose health fell since the period began (biggest drop first).

Each is a short, compact table (the dashboard hands it the first few lines, already ranked);
double-clicking a line (or Enter) asks for its account, and "See all" asks for the Portfolio
tab's page that lists everything, when there is one.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.risk import risk_level
from kamdesk.services.health.metrics import HealthChange
from kamdesk.services.plan.reviews import ReviewDueRow
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.dashboard.kpi_cards import ACCENT
from kamdesk.ui.i18n import enum_label, format_date, format_number
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.heat_map import level_color, level_label

LIST_LENGTH = 8
ROW_HEIGHT = 24
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DUE_SOON_TEXT = QColor("#9a6700")


@dataclass(frozen=True)
class RiskLine:
    """An open risk as the list shows it, named after its account."""

    id: int
    account_id: int
    account_name: str
    description: str
    score: int


class AccountListModel(RowsTableModel):
    """A ranked list whose rows each belong to one account (``account_of``)."""

    headers: dict

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        return None

    def header(self, column) -> str:
        raise NotImplementedError

    @staticmethod
    def account_of(row) -> int:
        return row.account_id


# -- reviews due -------------------------------------------------------------------------------


class DueColumn(enum.IntEnum):
    ACCOUNT = 0
    ROUTINE = 1
    DUE = 2


class ReviewsDueModel(AccountListModel):
    columns = DueColumn
    sort_keys = {
        DueColumn.ACCOUNT: lambda r: r.account_name.casefold(),
        DueColumn.ROUTINE: lambda r: r.routine.value,
        DueColumn.DUE: lambda r: r.due_date,
    }

    def header(self, column) -> str:
        return {
            DueColumn.ACCOUNT: self.tr("Account"),
            DueColumn.ROUTINE: self.tr("Review"),
            DueColumn.DUE: self.tr("Due"),
        }[column]

    def _display(self, row: ReviewDueRow, column) -> str:
        if column is DueColumn.ACCOUNT:
            return row.account_name
        if column is DueColumn.ROUTINE:
            return enum_label(row.routine)
        if row.is_overdue:
            return self.tr("%n day(s) late", "", row.days_overdue)
        return format_date(row.due_date)

    def _decoration(self, row: ReviewDueRow, column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column is DueColumn.DUE:
            if row.is_overdue:
                return QBrush(ERROR_TEXT)
            if row.is_due_soon:
                return QBrush(DUE_SOON_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Due on %1; last review: %2")
                .replace("%1", format_date(row.due_date))
                .replace("%2", format_date(row.last_review) or self.tr("never"))
            )
        return None


# -- top risks ---------------------------------------------------------------------------------


class RiskColumn(enum.IntEnum):
    ACCOUNT = 0
    RISK = 1
    SCORE = 2


class TopRisksModel(AccountListModel):
    columns = RiskColumn
    sort_keys = {
        RiskColumn.ACCOUNT: lambda r: r.account_name.casefold(),
        RiskColumn.RISK: lambda r: r.description.casefold(),
        RiskColumn.SCORE: lambda r: r.score,
    }

    def header(self, column) -> str:
        return {
            RiskColumn.ACCOUNT: self.tr("Account"),
            RiskColumn.RISK: self.tr("Risk"),
            RiskColumn.SCORE: self.tr("Score"),
        }[column]

    def _display(self, row: RiskLine, column) -> str:
        if column is RiskColumn.ACCOUNT:
            return row.account_name
        if column is RiskColumn.RISK:
            return row.description
        return str(row.score)

    def _decoration(self, row: RiskLine, column, role: int):
        if column is RiskColumn.SCORE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(level_color(risk_level(row.score)))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return level_label(risk_level(row.score))
        if role == Qt.ItemDataRole.ToolTipRole and column is RiskColumn.RISK:
            return row.description
        return None


# -- falling health ----------------------------------------------------------------------------


class HealthColumn(enum.IntEnum):
    ACCOUNT = 0
    HEALTH = 1
    DROP = 2


class FallingHealthModel(AccountListModel):
    columns = HealthColumn
    sort_keys = {
        HealthColumn.ACCOUNT: lambda r: r.name.casefold(),
        HealthColumn.HEALTH: lambda r: r.now,
        HealthColumn.DROP: lambda r: r.drop,
    }

    def header(self, column) -> str:
        return {
            HealthColumn.ACCOUNT: self.tr("Account"),
            HealthColumn.HEALTH: self.tr("Health"),
            HealthColumn.DROP: self.tr("Change"),
        }[column]

    @staticmethod
    def account_of(row: HealthChange) -> int:
        return row.id

    def _display(self, row: HealthChange, column) -> str:
        if column is HealthColumn.ACCOUNT:
            return row.name
        if column is HealthColumn.HEALTH:
            return f"{format_number(row.before)} → {format_number(row.now)}"
        return "▼ " + format_number(row.drop)

    def _decoration(self, row: HealthChange, column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column is HealthColumn.DROP:
            return QBrush(ERROR_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not HealthColumn.ACCOUNT:
            return RIGHT
        return None


# -- the list widget ---------------------------------------------------------------------------


class AttentionList(QFrame):
    """A titled, compact list; ``account_requested`` on double-click or Enter, ``see_all`` from
    the link (hidden when there is no full view)."""

    account_requested = Signal(int)
    see_all = Signal()

    def __init__(
        self,
        name: str,
        title: str,
        model: AccountListModel,
        empty_text: str,
        stretch_column: int,
        has_full_view: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        model.setParent(self)
        self.title = QLabel(title)
        self.title.setObjectName("listTitle")
        self.title.setStyleSheet("font-weight: 600;")
        see_all = self.tr("See all")
        self.link = QLabel(f"<a href='all'>{see_all}</a>")
        self.link.setObjectName("seeAll")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.link.linkActivated.connect(lambda _link: self.see_all.emit())
        self.link.setVisible(has_full_view)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.table.setToolTip(self.tr("Double-click a line to open its account"))
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("listEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.setFixedHeight(ROW_HEIGHT * (LIST_LENGTH + 1) + 6)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.stack)
        self.highlighted = False
        self._restyle()

    def set_rows(self, rows: Sequence) -> None:
        self.model.set_rows(list(rows)[:LIST_LENGTH])
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def rows(self) -> list:
        return self.model.rows()

    def set_highlighted(self, highlighted: bool) -> None:
        self.highlighted = highlighted
        self._restyle()

    def _restyle(self) -> None:
        border = f"2px solid {ACCENT.name()}" if self.highlighted else "1px solid palette(mid)"
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: palette(base); border: {border};"
            " border-radius: 8px; }"
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.rows()[index.row()]
            self.account_requested.emit(self.model.account_of(row))


def risk_lines(risks, names: dict[int, str]) -> list[RiskLine]:
    """The service's risk items named after their accounts."""
    return [
        RiskLine(r.id, r.account_id, names.get(r.account_id, ""), r.description, r.score)
        for r in risks
    ]
