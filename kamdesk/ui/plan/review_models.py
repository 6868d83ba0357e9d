"""The review tables: the routines due (Portfolio ▸ Reviews due, and an account's schedule)
and an account's review history, with the texts both show.

An overdue routine (its due date has passed, also one never done) has its due date and
status on red; one due within a week on amber. Sorting runs in Python on raw values in the
source model, as in every KAMdesk table.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Callable, Mapping

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from kamdesk.analytics.cadence import ROUTINE_ORDER, STATUS_LABELS, ReviewStatus
from kamdesk.analytics.coverage import MapMeasures
from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.plan.reviews import ReviewDueRow, ReviewRow
from kamdesk.ui.colors import FAIR, POOR, TIER_COLORS
from kamdesk.ui.i18n import enum_label, format_date, format_number, format_percent, translate
from kamdesk.ui.models.roles import AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NEVER_KEY = (0, None)  # never reviewed sorts before every date


def status_label(status: ReviewStatus) -> str:
    return translate("ReviewStatus", STATUS_LABELS[status])


def urgency_brush(row: ReviewDueRow) -> QBrush | None:
    """Red when overdue, amber when due within a week, else nothing."""
    if row.is_overdue:
        return QBrush(POOR)
    if row.is_due_soon:
        return QBrush(FAIR)
    return None


def last_day_of_month(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


# -- measures --------------------------------------------------------------------------------


def _measure_labels() -> dict[str, str]:
    # Listed literally so lupdate finds them.
    return {
        "value_proposition": translate("ReviewMeasures", "Value proposition"),
        "desired_position": translate("ReviewMeasures", "Desired position"),
        "perceived_position": translate("ReviewMeasures", "Perceived position"),
        "differentiators": translate("ReviewMeasures", "Differentiators"),
        "open_opportunities": translate("ReviewMeasures", "Open opportunities"),
        "needing_attention": translate("ReviewMeasures", "Needing attention"),
    }


def measures_text(kind: ReviewKind, measures: Mapping | None, separator: str = " · ") -> str:
    """The figures taken at a review, readably: coverage and resistance for a map review, the
    positioning texts for a positioning review, counts for a pipeline review."""
    if not isinstance(measures, Mapping) or not measures:
        return ""
    if kind is ReviewKind.RELATIONSHIP:
        return _map_text(MapMeasures.from_json(measures), separator)
    labels = _measure_labels()
    parts = []
    for key, value in measures.items():
        if value in (None, ""):
            continue
        shown = _number_text(value) if isinstance(value, int | float) else str(value)
        parts.append(f"{labels.get(key, key.replace('_', ' ').capitalize())}: {shown}")
    return separator.join(parts)


def _number_text(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 2)


def _map_text(measures: MapMeasures, separator: str) -> str:
    parts = []
    if measures.sponsor_coverage is not None:
        parts.append(
            translate("ReviewMeasures", "Sponsor coverage %1").replace(
                "%1", format_percent(measures.sponsor_coverage)
            )
        )
    if measures.resistance is not None:
        parts.append(
            translate("ReviewMeasures", "Resistance %1").replace(
                "%1", format_percent(measures.resistance)
            )
        )
    return separator.join(parts)


# -- routines due ----------------------------------------------------------------------------


class DueColumn(enum.IntEnum):
    ACCOUNT = 0
    TIER = enum.auto()
    OWNER = enum.auto()
    ROUTINE = enum.auto()
    CADENCE = enum.auto()
    LAST_REVIEW = enum.auto()
    NEXT_DUE = enum.auto()
    DAYS_OVERDUE = enum.auto()
    STATUS = enum.auto()


DUE_SORT_KEYS: dict[DueColumn, Callable[[ReviewDueRow], object]] = {
    DueColumn.ACCOUNT: lambda r: (fold(r.account_name), r.account_id),
    DueColumn.TIER: lambda r: r.tier.value if r.tier else "~",
    DueColumn.OWNER: lambda r: fold(r.owner),
    DueColumn.ROUTINE: lambda r: ROUTINE_ORDER.get(r.routine, len(ROUTINE_ORDER)),
    DueColumn.CADENCE: lambda r: r.cadence_months,
    DueColumn.LAST_REVIEW: lambda r: (1, r.last_review) if r.last_review else NEVER_KEY,
    DueColumn.NEXT_DUE: lambda r: r.due_date,
    DueColumn.DAYS_OVERDUE: lambda r: r.days_overdue,
    DueColumn.STATUS: lambda r: -r.days_until_due,
}


class ReviewsDueModel(RowsTableModel):
    """Each routine of each account: last review, next due date, days overdue, status."""

    columns = DueColumn
    sort_keys = DUE_SORT_KEYS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(DueColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(DueColumn(section))
        return None

    def _header(self, column: DueColumn) -> str:
        return {
            DueColumn.ACCOUNT: self.tr("Account"),
            DueColumn.TIER: self.tr("Tier"),
            DueColumn.OWNER: self.tr("Owner"),
            DueColumn.ROUTINE: self.tr("Routine"),
            DueColumn.CADENCE: self.tr("Cadence"),
            DueColumn.LAST_REVIEW: self.tr("Last review"),
            DueColumn.NEXT_DUE: self.tr("Next due"),
            DueColumn.DAYS_OVERDUE: self.tr("Days overdue"),
            DueColumn.STATUS: self.tr("Status"),
        }[column]

    def _header_tip(self, column: DueColumn) -> str | None:
        return {
            DueColumn.CADENCE: self.tr(
                "Months between reviews for the account's tier (Preferences)"
            ),
            DueColumn.NEXT_DUE: self.tr(
                "Next due = last review + cadence, on the same day of the month (or the "
                "month's last day); never reviewed: one cadence after the account became "
                "a client or was added to KAMdesk, whichever is later"
            ),
            DueColumn.DAYS_OVERDUE: self.tr("Days since the due date passed"),
        }.get(column)

    def _display(self, row: ReviewDueRow, column: DueColumn) -> str:
        match column:
            case DueColumn.ACCOUNT:
                return row.account_name
            case DueColumn.TIER:
                return row.tier.value if row.tier else ""
            case DueColumn.OWNER:
                return row.owner
            case DueColumn.ROUTINE:
                return enum_label(row.routine)
            case DueColumn.CADENCE:
                return self.cadence_text(row.cadence_months)
            case DueColumn.LAST_REVIEW:
                return format_date(row.last_review) if row.last_review else self.tr("never")
            case DueColumn.NEXT_DUE:
                return format_date(row.due_date)
            case DueColumn.DAYS_OVERDUE:
                return format_number(row.days_overdue) if row.days_overdue else ""
            case DueColumn.STATUS:
                return self.status_text(row)
        return ""

    def cadence_text(self, months: int) -> str:
        return self.tr("every %n month(s)", "", months)

    def status_text(self, row: ReviewDueRow) -> str:
        """The status, saying when a routine due soon is due and that a late first review
        is late."""
        if row.status is ReviewStatus.NEVER_DONE and row.is_overdue:
            return self.tr("Never done, overdue")
        if row.is_due_soon:
            if row.days_until_due == 0:
                return self.tr("Due today")
            return self.tr("Due in %n day(s)", "", row.days_until_due)
        return status_label(row.status)

    def _decoration(self, row: ReviewDueRow, column: DueColumn, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column in (
            DueColumn.NEXT_DUE,
            DueColumn.DAYS_OVERDUE,
            DueColumn.STATUS,
        ):
            return urgency_brush(row)
        if role == Qt.ItemDataRole.ForegroundRole and column is DueColumn.TIER and row.tier:
            return QBrush(TIER_COLORS[row.tier])
        if role == Qt.ItemDataRole.FontRole and column is DueColumn.TIER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is DueColumn.DAYS_OVERDUE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column is DueColumn.TIER and row.tier:
            return enum_label(row.tier)
        return None


class DueFilter(enum.StrEnum):
    OVERDUE = "overdue"
    THIS_MONTH = "this_month"  # due by the end of this month, overdue included
    ALL = "all"


class ReviewsDueProxy(QSortFilterProxyModel):
    """Keeps the routines that match the filters; sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today()
        self.due_filter = DueFilter.THIS_MONTH
        self.routine: ReviewKind | None = None
        self.owner: str | None = None  # folded
        self.account_id: int | None = None
        self._search = ""
        self.setDynamicSortFilter(False)

    def set_filters(
        self,
        due_filter: DueFilter,
        routine: ReviewKind | None,
        owner: str | None,
        search: str,
        account_id: int | None,
    ) -> None:
        self.due_filter, self.routine, self.account_id = due_filter, routine, account_id
        self.owner = fold(owner) if owner is not None else None
        self._search = fold(search.strip())
        self.invalidate()

    def accepts(self, row: ReviewDueRow) -> bool:
        if self.account_id is not None and row.account_id != self.account_id:
            return False
        if self.routine is not None and row.routine is not self.routine:
            return False
        if self.owner is not None and fold(row.owner) != self.owner:
            return False
        if self._search and self._search not in fold(row.account_name):
            return False
        if self.due_filter is DueFilter.OVERDUE:
            return row.is_overdue
        if self.due_filter is DueFilter.THIS_MONTH:
            return row.due_date <= last_day_of_month(self.today)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.accepts(self.sourceModel().rows()[source_row])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


# -- an account's history --------------------------------------------------------------------


class HistoryColumn(enum.IntEnum):
    DATE = 0
    KIND = enum.auto()
    OUTCOME = enum.auto()
    MEASURES = enum.auto()


HISTORY_SORT_KEYS: dict[HistoryColumn, Callable[[ReviewRow], object]] = {
    HistoryColumn.DATE: lambda r: (r.date, r.id),
    HistoryColumn.KIND: lambda r: ROUTINE_ORDER.get(r.kind, len(ROUTINE_ORDER)),
    HistoryColumn.OUTCOME: lambda r: fold(r.outcome),
    HistoryColumn.MEASURES: lambda r: measures_text(r.kind, r.measures),
}


class ReviewHistoryModel(RowsTableModel):
    """The reviews an account held, newest first as the service lists them."""

    columns = HistoryColumn
    sort_keys = HISTORY_SORT_KEYS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            HistoryColumn.DATE: self.tr("Held on"),
            HistoryColumn.KIND: self.tr("Routine"),
            HistoryColumn.OUTCOME: self.tr("Outcome"),
            HistoryColumn.MEASURES: self.tr("Measures taken"),
        }[HistoryColumn(section)]

    def _display(self, row: ReviewRow, column: HistoryColumn) -> str:
        match column:
            case HistoryColumn.DATE:
                return format_date(row.date)
            case HistoryColumn.KIND:
                return enum_label(row.kind)
            case HistoryColumn.OUTCOME:
                return " ".join(row.outcome.split())  # one line in the table
            case HistoryColumn.MEASURES:
                return " ".join(measures_text(row.kind, row.measures).split())
        return ""

    def _decoration(self, row: ReviewRow, column: HistoryColumn, role: int):
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column is HistoryColumn.OUTCOME and row.outcome:
            return row.outcome
        if column is HistoryColumn.MEASURES:
            return measures_text(row.kind, row.measures, "\n") or None
        return None
