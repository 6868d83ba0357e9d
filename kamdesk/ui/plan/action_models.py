"""Actions as a table: a model over :class:`ActionRow` and a proxy that filters by risk, by
owner and by a search.

An overdue action (open, due before today; the service counts the days) has its whole row
tinted red and its due date in red; done and cancelled actions are greyed out.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from kamdesk.model.enums import ActionStatus, fold
from kamdesk.services.plan import ActionRow
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.i18n import enum_label, format_date
from kamdesk.ui.models.roles import ROW_ROLE, AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel

OVERDUE_BACKGROUND = QColor("#fdecea")
NO_DATE_KEY = (1, None)  # actions without a due date sort after every dated one
ANY_RISK = object()  # the proxy's risk filter when it keeps every action


class ActionColumn(enum.IntEnum):
    ACCOUNT = 0
    TITLE = enum.auto()
    RISK = enum.auto()
    OWNER = enum.auto()
    DUE = enum.auto()
    DAYS_OVERDUE = enum.auto()
    STATUS = enum.auto()


STATUS_ORDER = {status: i for i, status in enumerate(ActionStatus)}
SORT_KEYS: dict[ActionColumn, Callable[[ActionRow], object]] = {
    ActionColumn.ACCOUNT: lambda r: fold(r.account_name),
    ActionColumn.TITLE: lambda r: fold(r.title),
    ActionColumn.RISK: lambda r: fold(r.risk_description),
    ActionColumn.OWNER: lambda r: fold(r.owner),
    ActionColumn.DUE: lambda r: (0, r.due) if r.due else NO_DATE_KEY,
    ActionColumn.DAYS_OVERDUE: lambda r: r.days_overdue,
    ActionColumn.STATUS: lambda r: STATUS_ORDER[r.status],
}


class ActionsTableModel(RowsTableModel):
    columns = ActionColumn
    sort_keys = SORT_KEYS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = ActionColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ActionColumn.ACCOUNT: self.tr("Account"),
                ActionColumn.TITLE: self.tr("Action"),
                ActionColumn.RISK: self.tr("Risk"),
                ActionColumn.OWNER: self.tr("Owner"),
                ActionColumn.DUE: self.tr("Due"),
                ActionColumn.DAYS_OVERDUE: self.tr("Overdue"),
                ActionColumn.STATUS: self.tr("Status"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == ActionColumn.DAYS_OVERDUE:
            return self.tr("Days past the due date, for open actions")
        return None

    def _display(self, row: ActionRow, column: ActionColumn) -> str:
        match column:
            case ActionColumn.ACCOUNT:
                return row.account_name
            case ActionColumn.RISK:
                return " ".join(row.risk_description.split())
            case ActionColumn.DUE:
                return format_date(row.due)
            case ActionColumn.DAYS_OVERDUE:
                return self.days_text(row.days_overdue)
            case ActionColumn.STATUS:
                return enum_label(row.status)
        return getattr(row, column.name.lower())

    def days_text(self, days: int) -> str:
        return self.tr("%n day(s)", "", days) if days > 0 else ""

    def _decoration(self, row: ActionRow, column: ActionColumn, role: int):
        late_column = column in (ActionColumn.DUE, ActionColumn.DAYS_OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and row.is_overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_overdue and late_column:
                return QBrush(ERROR_TEXT)
            if row.status is not ActionStatus.OPEN:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ActionColumn.DAYS_OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.is_overdue and late_column:
                return self.tr("Overdue by %n day(s)", "", row.days_overdue)
            if column == ActionColumn.RISK and row.risk_description:
                return row.risk_description
            if column == ActionColumn.TITLE:
                return row.title
        return None


def search_key(row: ActionRow) -> str:
    """What the search box looks in: title, account, risk and owner."""
    return fold(" ".join((row.title, row.account_name, row.risk_description, row.owner)))


class ActionsProxy(QSortFilterProxyModel):
    """Keeps the actions of one risk (``ANY_RISK``: every action; None: those without a
    risk), of one owner (None: everyone's; matched ignoring case and accents) and containing
    the search; sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.risk_id: object = ANY_RISK
        self.owner: str | None = None
        self.search = ""
        self.setDynamicSortFilter(False)

    def _refilter(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_risk(self, risk_id: object) -> None:
        self._refilter("risk_id", risk_id)

    def set_owner(self, owner: str | None) -> None:
        self._refilter("owner", fold(owner) if owner else None)

    def set_search(self, text: str) -> None:
        self._refilter("search", fold(text.strip()))

    def accepts(self, row: ActionRow) -> bool:
        if self.risk_id is not ANY_RISK and row.risk_id != self.risk_id:
            return False
        if self.owner is not None and fold(row.owner) != self.owner:
            return False
        return not self.search or self.search in search_key(row)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.accepts(self.sourceModel().rows()[source_row])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def shown_rows(self) -> list[ActionRow]:
        return [self.index(i, 0).data(ROW_ROLE) for i in range(self.rowCount())]
