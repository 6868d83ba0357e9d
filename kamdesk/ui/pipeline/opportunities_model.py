"""The Pipeline table: a model over :class:`OpportunityRow` and a proxy that searches fast.

As in the Accounts table, sorting runs in Python on raw values in the source model and the
search computes the accepted ids once per keystroke, so 50k opportunities stay responsive.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from kamdesk.model.enums import fold
from kamdesk.services.pipeline import OpportunityRow
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.i18n import enum_label, format_date, format_money, translate
from kamdesk.ui.models.roles import AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel


class OpportunityColumn(enum.IntEnum):
    TITLE = 0
    ACCOUNT = enum.auto()
    STAGE = enum.auto()
    VALUE = enum.auto()
    RECURRING = enum.auto()
    PROBABILITY = enum.auto()
    WEIGHTED = enum.auto()
    CATEGORY = enum.auto()
    EXPECTED_CLOSE = enum.auto()
    TYPE = enum.auto()
    PRODUCT = enum.auto()
    OWNER = enum.auto()
    NEXT_STEP = enum.auto()


def _header(column: OpportunityColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        OpportunityColumn.TITLE: translate("OpportunitiesModel", "Opportunity"),
        OpportunityColumn.ACCOUNT: translate("OpportunitiesModel", "Account"),
        OpportunityColumn.STAGE: translate("OpportunitiesModel", "Stage"),
        OpportunityColumn.VALUE: translate("OpportunitiesModel", "Value"),
        OpportunityColumn.RECURRING: translate("OpportunitiesModel", "Monthly recurring"),
        OpportunityColumn.PROBABILITY: translate("OpportunitiesModel", "Probability"),
        OpportunityColumn.WEIGHTED: translate("OpportunitiesModel", "Weighted"),
        OpportunityColumn.CATEGORY: translate("OpportunitiesModel", "Forecast category"),
        OpportunityColumn.EXPECTED_CLOSE: translate("OpportunitiesModel", "Expected close"),
        OpportunityColumn.TYPE: translate("OpportunitiesModel", "Type"),
        OpportunityColumn.PRODUCT: translate("OpportunitiesModel", "Product"),
        OpportunityColumn.OWNER: translate("OpportunitiesModel", "Owner"),
        OpportunityColumn.NEXT_STEP: translate("OpportunitiesModel", "Next step"),
    }[column]


def _header_tip(column: OpportunityColumn) -> str | None:
    return {
        OpportunityColumn.VALUE: translate(
            "OpportunitiesModel", "Value = one-time value + 12 × monthly recurring value"
        ),
        OpportunityColumn.PROBABILITY: translate(
            "OpportunitiesModel", "The opportunity's own probability, else its stage's default"
        ),
        OpportunityColumn.WEIGHTED: translate(
            "OpportunitiesModel", "Weighted value = value × probability"
        ),
    }.get(column)


NO_DATE_KEY = (1, None)  # undated opportunities sort after every dated one

SORT_KEYS: dict[OpportunityColumn, Callable[[OpportunityRow], object]] = {
    OpportunityColumn.TITLE: lambda r: fold(r.title),
    OpportunityColumn.ACCOUNT: lambda r: fold(r.account_name),
    OpportunityColumn.STAGE: lambda r: r.stage_position,
    OpportunityColumn.VALUE: lambda r: r.value,
    OpportunityColumn.RECURRING: lambda r: r.recurring_value,
    OpportunityColumn.PROBABILITY: lambda r: r.effective_probability,
    OpportunityColumn.WEIGHTED: lambda r: r.weighted_value,
    OpportunityColumn.CATEGORY: lambda r: r.forecast_category.value,
    OpportunityColumn.EXPECTED_CLOSE: lambda r: (
        (0, r.expected_close) if r.expected_close else NO_DATE_KEY
    ),
    OpportunityColumn.TYPE: lambda r: r.type.value,
    OpportunityColumn.PRODUCT: lambda r: fold(r.product_name),
    OpportunityColumn.OWNER: lambda r: fold(r.owner),
    OpportunityColumn.NEXT_STEP: lambda r: fold(r.next_step),
}
MONEY_COLUMNS = {OpportunityColumn.VALUE, OpportunityColumn.RECURRING, OpportunityColumn.WEIGHTED}
RIGHT_ALIGNED = MONEY_COLUMNS | {OpportunityColumn.PROBABILITY}


class OpportunitiesTableModel(RowsTableModel):
    columns = OpportunityColumn
    sort_keys = SORT_KEYS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "BRL"

    # -- Qt API ----------------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(OpportunityColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tip(OpportunityColumn(section))
        return None

    def _decoration(self, row: OpportunityRow, column: OpportunityColumn, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_open:
            return QBrush(MUTED_TEXT)
        return None

    def _display(self, row: OpportunityRow, column: OpportunityColumn) -> str:
        match column:
            case OpportunityColumn.ACCOUNT:
                return row.account_name
            case OpportunityColumn.STAGE:
                return stage_label(row.stage_key, row.stage_name)
            case OpportunityColumn.VALUE:
                return format_money(row.value, self.currency)
            case OpportunityColumn.RECURRING:
                return format_money(row.recurring_value, self.currency)
            case OpportunityColumn.WEIGHTED:
                return format_money(row.weighted_value, self.currency)
            case OpportunityColumn.PROBABILITY:
                return f"{row.effective_probability} %"
            case OpportunityColumn.CATEGORY:
                return enum_label(row.forecast_category)
            case OpportunityColumn.EXPECTED_CLOSE:
                return format_date(row.expected_close)
            case OpportunityColumn.TYPE:
                return enum_label(row.type)
            case OpportunityColumn.PRODUCT:
                return row.product_name
        return getattr(row, column.name.lower())


def search_key(row: OpportunityRow) -> str:
    """What the search box looks in: title, account, product, owner, next step, competitor."""
    parts = (row.title, row.account_name, row.product_name, row.owner, row.next_step)
    return fold(" ".join((*parts, row.competitor)))


class OpportunitiesProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains the search (accents and case ignored); sorting is
    delegated to the source model."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._search = ""
        self._accepted: set[int] | None = None
        self._rows: list[OpportunityRow] = []
        self._keys: dict[int, str] = {}
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        self._search = fold(text.strip())
        self.refilter()

    def accepts(self, row: OpportunityRow) -> bool:
        return self._accepted is None or row.id in self._accepted

    def refilter(self) -> None:
        source = self.sourceModel()
        self._rows = source.rows() if source is not None else []
        if not self._search:
            self._accepted = None
        else:
            if not self._keys:  # folded once per set of rows, not per keystroke
                self._keys = {row.id: search_key(row) for row in self._rows}
            needle = self._search
            self._accepted = {row_id for row_id, key in self._keys.items() if needle in key}
        self.invalidate()

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._rows_replaced)
        self.refilter()

    def _rows_replaced(self) -> None:
        self._keys = {}
        self.refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._accepted is None or self._rows[source_row].id in self._accepted

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
