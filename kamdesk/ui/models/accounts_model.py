"""The Accounts table: a model over :class:`AccountRow` and a proxy that filters and sorts fast.

Filtering and sorting run on precomputed keys in Python in bulk, so the per-row work the proxy
does from C++ is a set lookup — a filter keystroke stays quick even with 100k accounts.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from kamdesk.model.enums import LifecycleStage, fold
from kamdesk.services.accounts import AccountFilter, AccountRow
from kamdesk.ui.colors import MUTED_TEXT, TIER_COLORS, score_color, text_on
from kamdesk.ui.i18n import enum_label, format_date, format_money, format_number, translate
from kamdesk.ui.models.roles import AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel


class AccountColumn(enum.IntEnum):
    NAME = 0
    TIER = enum.auto()
    ICP = enum.auto()
    LIFECYCLE = enum.auto()
    OWNER = enum.auto()
    INDUSTRY = enum.auto()
    REGION = enum.auto()
    REVENUE = enum.auto()
    TAX_ID = enum.auto()
    UPDATED = enum.auto()


def _header(column: AccountColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        AccountColumn.NAME: translate("AccountsModel", "Account"),
        AccountColumn.TIER: translate("AccountsModel", "Tier"),
        AccountColumn.ICP: translate("AccountsModel", "ICP score"),
        AccountColumn.LIFECYCLE: translate("AccountsModel", "Lifecycle stage"),
        AccountColumn.OWNER: translate("AccountsModel", "Owner"),
        AccountColumn.INDUSTRY: translate("AccountsModel", "Industry"),
        AccountColumn.REGION: translate("AccountsModel", "Region"),
        AccountColumn.REVENUE: translate("AccountsModel", "Revenue (12 months)"),
        AccountColumn.TAX_ID: translate("AccountsModel", "CNPJ"),
        AccountColumn.UPDATED: translate("AccountsModel", "Updated"),
    }[column]


SORT_KEYS: dict[AccountColumn, Callable[[AccountRow], object]] = {
    AccountColumn.NAME: lambda r: fold(r.name),
    AccountColumn.TIER: lambda r: r.tier.value,
    AccountColumn.ICP: lambda r: -1.0 if r.icp_score is None else r.icp_score,
    AccountColumn.LIFECYCLE: lambda r: list(LifecycleStage).index(r.lifecycle_stage),
    AccountColumn.OWNER: lambda r: fold(r.owner),
    AccountColumn.INDUSTRY: lambda r: fold(r.industry),
    AccountColumn.REGION: lambda r: fold(r.region),
    AccountColumn.REVENUE: lambda r: r.annual_revenue,
    AccountColumn.TAX_ID: lambda r: r.tax_id,
    AccountColumn.UPDATED: lambda r: r.updated_at,
}


class AccountsTableModel(RowsTableModel):
    columns = AccountColumn
    sort_keys = SORT_KEYS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "BRL"

    # -- Qt API ----------------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(AccountColumn(section))
        return None

    def _display(self, row: AccountRow, column: AccountColumn) -> str:
        match column:
            case AccountColumn.NAME:
                return row.name
            case AccountColumn.TIER:
                label = enum_label(row.tier)
                return (
                    translate("AccountsModel", "%1 (manual)").replace("%1", label)
                    if row.tier_is_override
                    else label
                )
            case AccountColumn.ICP:
                return format_number(row.icp_score) if row.icp_score is not None else "—"
            case AccountColumn.LIFECYCLE:
                return enum_label(row.lifecycle_stage)
            case AccountColumn.REVENUE:
                return format_money(row.annual_revenue, self.currency, 0)
            case AccountColumn.UPDATED:
                return format_date(row.updated_at)
        return getattr(row, column.name.lower())

    def _decoration(self, row: AccountRow, column: AccountColumn, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AccountColumn.TIER:
                return QBrush(text_on(TIER_COLORS[row.tier]))
            return QBrush(MUTED_TEXT) if row.archived else None
        if role == Qt.ItemDataRole.FontRole and (
            row.archived or (row.tier_is_override and column == AccountColumn.TIER)
        ):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            AccountColumn.ICP,
            AccountColumn.REVENUE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    @staticmethod
    def _background(row: AccountRow, column: AccountColumn) -> QBrush | None:
        if column == AccountColumn.TIER:
            return QBrush(TIER_COLORS[row.tier])
        if column == AccountColumn.ICP and row.icp_score is not None:
            return QBrush(score_color(row.icp_score))
        return None

    def _tooltip(self, row: AccountRow, column: AccountColumn) -> str | None:
        if column == AccountColumn.TIER and row.tier_is_override:
            return translate("AccountsModel", "Set by hand; the rules would give %1.").replace(
                "%1", enum_label(row.computed_tier)
            )
        if row.archived:
            return translate("AccountsModel", "Archived account")
        return None


class AccountsProxy(QSortFilterProxyModel):
    """Filters by an :class:`AccountFilter`; sorting is delegated to the source model."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = AccountFilter()
        self._accepted: set[int] | None = None
        self._rows: list[AccountRow] = []
        self.setDynamicSortFilter(False)

    def account_filter(self) -> AccountFilter:
        return self._filter

    def set_account_filter(self, account_filter: AccountFilter) -> None:
        self._filter = account_filter
        self.refilter()

    def refilter(self) -> None:
        source = self.sourceModel()
        # The model's own list (sorted in place), read directly by filterAcceptsRow.
        self._rows = source.rows() if source is not None else []
        self._accepted = self._filter.accepted_ids(self._rows)
        # One rebuild of the mapping: Qt's incremental row filtering removes hidden rows in
        # blocks and costs several times more on very large portfolios.
        self.invalidate()

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self.refilter)
        self.refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._accepted is None or self._rows[source_row].id in self._accepted

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
