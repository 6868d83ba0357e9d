"""The risk register as a table: a model over :class:`RiskRow` and a proxy that keeps one
heat-map cell.

The score column wears its level's colour (as on the heat map); a review date that has passed
on an open risk is shown in red; closed risks are greyed out. Sorting runs in Python on raw
values in the source model, as in every KAMdesk table.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from kamdesk.model.enums import RiskStatus, fold
from kamdesk.services.plan import RiskRow
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT, text_on
from kamdesk.ui.i18n import enum_label, format_date
from kamdesk.ui.models.roles import ROW_ROLE, AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.heat_map import Cell, level_color, level_label

NO_DATE_KEY = (1, None)  # risks without a review date sort after every dated one
CENTERED = int(Qt.AlignmentFlag.AlignCenter)


class RiskColumn(enum.IntEnum):
    # The score (with its level) right after the risk, so it shows in a narrow editor too;
    # likelihood and impact, which make it, last.
    ACCOUNT = 0
    CATEGORY = enum.auto()
    DESCRIPTION = enum.auto()
    SCORE = enum.auto()
    RESPONSE = enum.auto()
    STATUS = enum.auto()
    REVIEW_DATE = enum.auto()
    OPEN_ACTIONS = enum.auto()
    LIKELIHOOD = enum.auto()
    IMPACT = enum.auto()


SORT_KEYS: dict[RiskColumn, Callable[[RiskRow], object]] = {
    RiskColumn.ACCOUNT: lambda r: fold(r.account_name),
    RiskColumn.CATEGORY: lambda r: r.category.value,
    RiskColumn.DESCRIPTION: lambda r: fold(r.description),
    RiskColumn.LIKELIHOOD: lambda r: r.likelihood,
    RiskColumn.IMPACT: lambda r: r.impact,
    RiskColumn.SCORE: lambda r: r.score,
    RiskColumn.RESPONSE: lambda r: r.response.value,
    RiskColumn.STATUS: lambda r: r.status.value,
    RiskColumn.REVIEW_DATE: lambda r: (0, r.review_date) if r.review_date else NO_DATE_KEY,
    RiskColumn.OPEN_ACTIONS: lambda r: r.open_actions,
}
NUMBER_COLUMNS = {RiskColumn.LIKELIHOOD, RiskColumn.IMPACT, RiskColumn.OPEN_ACTIONS}


def review_overdue(row: RiskRow, today: dt.date) -> bool:
    """An open risk whose review date has passed (due today is not late yet)."""
    return row.status is RiskStatus.OPEN and row.review_date is not None and row.review_date < today


class RisksTableModel(RowsTableModel):
    columns = RiskColumn
    sort_keys = SORT_KEYS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today  # replaced by tests

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = RiskColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(column)
        return None

    def _header(self, column: RiskColumn) -> str:
        return {
            RiskColumn.ACCOUNT: self.tr("Account"),
            RiskColumn.CATEGORY: self.tr("Category"),
            RiskColumn.DESCRIPTION: self.tr("Risk"),
            RiskColumn.LIKELIHOOD: self.tr("Likelihood"),
            RiskColumn.IMPACT: self.tr("Impact"),
            RiskColumn.SCORE: self.tr("Score"),
            RiskColumn.RESPONSE: self.tr("Response"),
            RiskColumn.STATUS: self.tr("Status"),
            RiskColumn.REVIEW_DATE: self.tr("Review date"),
            RiskColumn.OPEN_ACTIONS: self.tr("Open actions"),
        }[column]

    def _header_tip(self, column: RiskColumn) -> str | None:
        return {
            RiskColumn.LIKELIHOOD: self.tr(
                "How likely it is to happen: 1 = rare, 5 = almost certain"
            ),
            RiskColumn.IMPACT: self.tr("How much it would hurt the account: 1 = minor, 5 = severe"),
            RiskColumn.SCORE: self.tr(
                "Score = likelihood × impact (1–25); low 1–4, medium 5–9, high 10–16, "
                "critical 20–25"
            ),
            RiskColumn.REVIEW_DATE: self.tr("In red: the review date has passed"),
            RiskColumn.OPEN_ACTIONS: self.tr("Mitigation actions still open"),
        }.get(column)

    def _display(self, row: RiskRow, column: RiskColumn) -> str:
        match column:
            case RiskColumn.ACCOUNT:
                return row.account_name
            case RiskColumn.CATEGORY:
                return enum_label(row.category)
            case RiskColumn.DESCRIPTION:
                return " ".join(row.description.split())
            case RiskColumn.SCORE:
                return f"{row.score} · {level_label(row.level)}"
            case RiskColumn.RESPONSE:
                return enum_label(row.response)
            case RiskColumn.STATUS:
                return enum_label(row.status)
            case RiskColumn.REVIEW_DATE:
                return format_date(row.review_date)
        return str(getattr(row, column.name.lower()))

    def _decoration(self, row: RiskRow, column: RiskColumn, role: int):
        is_open = row.status is RiskStatus.OPEN
        overdue = column == RiskColumn.REVIEW_DATE and review_overdue(row, self.today())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return CENTERED
        if role == Qt.ItemDataRole.BackgroundRole and column == RiskColumn.SCORE and is_open:
            return QBrush(level_color(row.level))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RiskColumn.SCORE and is_open:
                return QBrush(text_on(level_color(row.level)))
            if overdue:
                return QBrush(ERROR_TEXT)
            if not is_open:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr("Review overdue since %1").replace(
                    "%1", format_date(row.review_date)
                )
            if column == RiskColumn.DESCRIPTION:
                return row.description
        return None


class RisksProxy(QSortFilterProxyModel):
    """Keeps the open risks of one heat-map cell (None: every risk); sorting is the source
    model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cell: Cell | None = None
        self.setDynamicSortFilter(False)

    def set_cell(self, cell: Cell | None) -> None:
        self.beginFilterChange()
        self.cell = cell
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row: RiskRow) -> bool:
        if self.cell is None:
            return True
        return row.status is RiskStatus.OPEN and (row.likelihood, row.impact) == self.cell

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.accepts(self.sourceModel().rows()[source_row])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class RowsTable(QTableView):
    """A read-only table of whole rows, sortable by clicking a header, one line per row.

    The other columns fit their contents and ``stretch_column`` (the text a KAM reads) takes
    the room left, never less than ``stretch_minimum``: past that the table scrolls sideways
    rather than cut the text to “…”. A long text in another column (a risk beside an action)
    is cut at ``FITTED_MAXIMUM``; its tooltip shows it whole."""

    FITTED_MAXIMUM = 260

    def __init__(self, model, name: str, stretch_column: int, stretch_minimum: int = 240):
        super().__init__()
        self.setObjectName(name)
        self.setModel(model)
        self.stretch_column, self.stretch_minimum = stretch_column, stretch_minimum
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self.fit_columns)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        used = 0
        for column in range(header.count()):
            if column != self.stretch_column and not header.isSectionHidden(column):
                self.resizeColumnToContents(column)
                if header.sectionSize(column) > self.FITTED_MAXIMUM:
                    header.resizeSection(column, self.FITTED_MAXIMUM)
                used += header.sectionSize(column)
        room = self.viewport().width() - used
        self.setColumnWidth(self.stretch_column, max(room, self.stretch_minimum))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        self.fit_columns()


def empty_state(text: str) -> QLabel:
    """What a table area says while it has no rows: what to do next."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(16)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
    return label


def selected_row(table) -> object | None:
    """The plain row selected in ``table`` (single selection), or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


def select_id(table, proxy, row_id: int | None) -> bool:
    """Selects the row with ``row_id`` in ``table`` when the proxy shows it."""
    source = proxy.sourceModel()
    row = source.row_of(row_id) if row_id is not None else -1
    index = proxy.mapFromSource(source.index(row, 0)) if row >= 0 else None
    if index is None or not index.isValid():
        table.clearSelection()
        return False
    table.selectRow(index.row())
    table.scrollTo(index)
    return True
