"""An account's monthly revenue as a table, and what a typed or pasted value means.

The table lists the months oldest first, like the spreadsheet the figures usually come from:
month, revenue, of which recurring (both editable) and the one-off part (revenue − recurring,
computed, grey). The model never writes: an edit says ``edit_requested`` and the page checks
it and pushes one command.

Pasted text is read as Excel copies it (rows split by new lines, cells by tabs) in one of two
shapes: rows that start with a month (``nov/2026  1.234,56  1.000``: month, revenue, recurring),
or a block of numbers pasted onto the selected cell, whose rows fill consecutive months from
the selected one (past the last month, new months). Numbers may be written the pt-BR way
(``1.234,56``, ``R$ 1.234,56``) or the English way; a block that shows which (``12,5`` or
``1,234.56``) is read that way, otherwise as the interface language writes numbers.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush

from kamdesk.analytics.months import add_months
from kamdesk.excel.values import CellError, is_blank, parse_money, parse_month
from kamdesk.services.health import MonthFigures, RevenueRow
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.i18n import format_money, format_number, translate
from kamdesk.ui.models.roles import ROOT, ROW_ROLE, SORT_ROLE, AnyIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RevenueColumn(enum.IntEnum):
    MONTH = 0
    REVENUE = enum.auto()
    RECURRING = enum.auto()
    ONE_OFF = enum.auto()


EDITABLE = (RevenueColumn.REVENUE, RevenueColumn.RECURRING)


def month_text(month: dt.date) -> str:
    """The month as the locale abbreviates it, without the dot: “nov/2026”, “Nov/2026”."""
    name = QLocale().monthName(month.month, QLocale.FormatType.ShortFormat).rstrip(".")
    return f"{name}/{month.year}"


def interface_language() -> str:
    return "pt_BR" if QLocale().language() == QLocale.Language.Portuguese else "en"


def column_name(column: RevenueColumn) -> str:
    return {
        RevenueColumn.MONTH: translate("RevenueModel", "Month"),
        RevenueColumn.REVENUE: translate("RevenueModel", "Revenue"),
        RevenueColumn.RECURRING: translate("RevenueModel", "Recurring"),
        RevenueColumn.ONE_OFF: translate("RevenueModel", "One-off"),
    }[column]


class RevenueModel(QAbstractTableModel):
    """The months of one account (:class:`RevenueRow`), money in ``currency``."""

    edit_requested = Signal(object, int, str)  # month, column, the text typed

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RevenueRow] = []
        self.currency = "BRL"

    def set_rows(self, rows: list[RevenueRow], currency: str) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: row.month)
        self.currency = currency
        self.endResetModel()

    def rows(self) -> list[RevenueRow]:
        return list(self._rows)

    def row_of(self, month: dt.date) -> int:
        return next((i for i, row in enumerate(self._rows) if row.month == month), -1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(RevenueColumn)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RevenueColumn):
            return None
        column = RevenueColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column_name(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                RevenueColumn.REVENUE: self.tr("Everything the account paid that month"),
                RevenueColumn.RECURRING: self.tr(
                    "The part of the month's revenue that repeats every month (contracts, "
                    "subscriptions): the MRR behind retention"
                ),
                RevenueColumn.ONE_OFF: self.tr("One-off = revenue − recurring (computed)"),
            }.get(column)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = RevenueColumn(index.column())
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RevenueColumn.MONTH:
                return month_text(row.month)
            return format_money(value, self.currency)
        if role == Qt.ItemDataRole.EditRole:
            return format_number(value, 2) if column in EDITABLE else None
        if role == SORT_ROLE:
            return value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column != RevenueColumn.MONTH:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == RevenueColumn.ONE_OFF:
            return QBrush(MUTED_TEXT)
        return None

    @staticmethod
    def _value(row: RevenueRow, column: RevenueColumn):
        return {
            RevenueColumn.MONTH: row.month,
            RevenueColumn.REVENUE: row.revenue,
            RevenueColumn.RECURRING: row.recurring,
            RevenueColumn.ONE_OFF: row.one_off,
        }[column]

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Asks for the write; the table changes when the page reads the written months."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        month = self._rows[index.row()].month
        self.edit_requested.emit(month, index.column(), str(value))
        return False


class RevenueProxy(QSortFilterProxyModel):
    """Sorts by the raw value (month, money), not the displayed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


# -- what typed and pasted text means ---------------------------------------------------------


@dataclass(frozen=True)
class TypedCell:
    month: dt.date
    column: RevenueColumn
    text: str


@dataclass(frozen=True)
class CellProblem:
    """Why a typed or pasted value cannot be written, and where it was."""

    month: dt.date
    column: RevenueColumn
    text: str

    def message(self) -> str:
        return cell_message(self.month, self.column, self.text)


class PasteRefused(ValueError):
    """The pasted text does not fit where it was pasted; the message says why."""


# 12,5 or 1.234,56 can only be pt-BR; 12.5 or 1,234.56 only English.
_PT_BR_NUMBER = re.compile(r"\d,\d{1,2}$|\.\d{3},")
_ENGLISH_NUMBER = re.compile(r"\d\.\d{1,2}$|,\d{3}\.")


def block_language(texts: list[str], default: str) -> str:
    """The way the block writes its numbers, when some number shows it; else ``default``."""
    trimmed = [re.sub(r"[\s%)]+$", "", text) for text in texts]
    pt_br = any(_PT_BR_NUMBER.search(text) for text in trimmed)
    english = any(_ENGLISH_NUMBER.search(text) for text in trimmed)
    if pt_br != english:
        return "pt_BR" if pt_br else "en"
    return default


def pasted_rows(text: str) -> list[list[str]]:
    """Excel's clipboard text as rows of cells (the last, empty line dropped)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


def _month_or_none(text: str, language: str) -> dt.date | None:
    try:
        return parse_month(text, language)
    except CellError:
        return None


def pasted_cells(
    text: str, start_month: dt.date | None, start_column: RevenueColumn | None, language: str
) -> list[TypedCell]:
    """The cells a paste writes (see the module docstring); :class:`PasteRefused` when the
    shape does not fit where it goes."""
    rows = pasted_rows(text)
    if not rows:
        raise PasteRefused(translate("RevenuePaste", "The clipboard holds no figures to paste."))
    months = [_month_or_none(row[0].strip(), language) for row in rows]
    if all(months):
        return _month_led(rows, months)
    return _block(rows, start_month, start_column)


def _month_led(rows: list[list[str]], months: list[dt.date]) -> list[TypedCell]:
    cells = []
    for month, row in zip(months, rows, strict=True):
        for column, value in zip(EDITABLE, row[1:], strict=False):
            if not is_blank(value):
                cells.append(TypedCell(month, column, value))
    if not cells:
        raise PasteRefused(
            translate("RevenuePaste", "The pasted months have no figures beside them.")
        )
    return cells


def _block(
    rows: list[list[str]], start_month: dt.date | None, start_column: RevenueColumn | None
) -> list[TypedCell]:
    if start_month is None or start_column is None:
        raise PasteRefused(
            translate(
                "RevenuePaste",
                "Select the month and column to paste into (Revenue or Recurring), or copy "
                "the months together with their figures.",
            )
        )
    if start_column not in EDITABLE:
        raise PasteRefused(
            translate(
                "RevenuePaste",
                "%1, %2: figures can only be pasted into the Revenue or Recurring column.",
            )
            .replace("%1", month_text(start_month))
            .replace("%2", column_name(start_column))
        )
    width = max(len(row) for row in rows)
    if start_column + width - 1 > RevenueColumn.RECURRING:
        raise PasteRefused(
            translate(
                "RevenuePaste",
                "%1: the pasted block is too wide; the One-off column is computed. Paste one "
                "column, or two starting at Revenue.",
            ).replace("%1", month_text(start_month))
        )
    return [
        TypedCell(add_months(start_month, offset), RevenueColumn(start_column + j), value)
        for offset, row in enumerate(rows)
        for j, value in enumerate(row)
        if not is_blank(value)
    ]


class RevenueEdit:
    """Figures typed or pasted over the account's current months: the months they change and,
    for each value that is not money, a message naming its month and column."""

    def __init__(self, rows: list[RevenueRow]):
        self.current = {row.month: MonthFigures(row.revenue, row.recurring) for row in rows}
        self.changes: dict[dt.date, MonthFigures] = {}
        self.errors: list[CellProblem] = []

    def apply(self, cells: list[TypedCell], language: str) -> None:
        language = block_language([cell.text for cell in cells], language)
        for cell in cells:
            self._apply(cell, language)

    def _apply(self, cell: TypedCell, language: str) -> None:
        try:
            amount = parse_money(cell.text.strip(), language)
        except CellError as error:
            text = translate("CellError", error.template).format(**error.args)
            self.errors.append(CellProblem(cell.month, cell.column, text))
            return
        figures = self.changes.get(cell.month) or self.current.get(cell.month)
        figures = figures or MonthFigures(Decimal(0), Decimal(0))
        if cell.column == RevenueColumn.REVENUE:
            self.changes[cell.month] = MonthFigures(amount, figures.recurring)
        else:
            self.changes[cell.month] = MonthFigures(figures.revenue, amount)

    def new_months(self) -> list[dt.date]:
        return sorted(month for month in self.changes if month not in self.current)


def cell_message(month: dt.date, column: RevenueColumn | str, text: str) -> str:
    """“nov/2026, Revenue: …”: where the problem is, then what it is."""
    name = column_name(column) if isinstance(column, RevenueColumn) else column
    return (
        translate("RevenuePaste", "%1, %2: %3")
        .replace("%1", month_text(month))
        .replace("%2", name)
        .replace("%3", text)
    )
