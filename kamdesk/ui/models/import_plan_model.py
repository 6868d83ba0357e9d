"""The import preview's lists: per sheet counts, what an import would write, what is wrong.

``ChangesTreeModel`` has one top-level row per record the import writes (deletions first, then
new and changed rows in sheet order) and, under a changed row, one child per field with its
old → new values. ``ProblemsTableModel`` lists the errors, then the warnings. Both keep the
plan's own objects and format a cell only when a view asks for it. Their proxies filter and
sort as the Accounts table's do: keys precomputed in Python, one pass to find the accepted
rows, one ``invalidate()``. The changes also come a page of records at a time, since a tree
view lays out every row it is given: so a plan of 100k new accounts opens and filters in about
the time a thousand rows take.

Texts use the context "ImportPreview": they were the dialog's own, and keep their translations.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from kamdesk.excel.schema import SHEETS_BY_KEY
from kamdesk.model.enums import fold
from kamdesk.services.accounts import SEARCH_SEPARATOR
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import enum_label, format_date, format_number, translate
from kamdesk.ui.models.roles import ROOT, ROW_ROLE, SORT_ROLE, AnyIndex

if TYPE_CHECKING:
    from kamdesk.excel.raw import ReadProblem
    from kamdesk.services.workbook_import.plan import FieldChange, ImportPlan, RowPlan

DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ERROR_BRUSH = QBrush(ERROR_TEXT)

# The plan's actions (services/workbook_import/plan.py), spelled out rather than imported:
# importing that package loads the whole planner, which the app only does when importing.
NEW, CHANGED, DELETE = "new", "changed", "delete"
BY_NATURAL_KEY = "natural key"

NOUN_ARGUMENTS = ("thing", "things")  # "account", "risks", ...: translated like the template


def problem_text(problem: ReadProblem) -> str:
    # Cell problems keep the cell parser's template (context "CellError").
    template = translate("ImportProblem", problem.template)
    if template == problem.template:
        template = translate("CellError", problem.template)
    args = {
        key: translate("ImportProblem", value)
        if key in NOUN_ARGUMENTS
        else translate("Problem", value)
        if key == "reason"  # the CNPJ reasons
        else value
        for key, value in problem.args.items()
    }
    return template.format(**args)


def show_value(value) -> str:
    """A cell value as the preview shows it (old → new), in the interface's formats."""
    if value is None or value == "":
        return "—"
    if hasattr(value, "english"):
        return enum_label(value)
    if isinstance(value, bool):
        return translate("ImportPreview", "Yes") if value else translate("ImportPreview", "No")
    if isinstance(value, tuple | list):
        return ", ".join(show_value(v) for v in value)
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return format_date(value)
    if isinstance(value, int | float) or type(value).__name__ == "Decimal":
        return format_number(float(value), 0 if float(value).is_integer() else 2)
    return str(value)


# -- per sheet counts ---------------------------------------------------------------------------


class SummaryColumn(enum.IntEnum):
    SHEET = 0
    NEW = enum.auto()
    CHANGED = enum.auto()
    UNCHANGED = enum.auto()
    DELETED = enum.auto()
    ERRORS = enum.auto()


def _summary_header(column: SummaryColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        SummaryColumn.SHEET: translate("ImportPreview", "Sheet"),
        SummaryColumn.NEW: translate("ImportPreview", "New"),
        SummaryColumn.CHANGED: translate("ImportPreview", "Changed"),
        SummaryColumn.UNCHANGED: translate("ImportPreview", "Unchanged"),
        SummaryColumn.DELETED: translate("ImportPreview", "To delete"),
        SummaryColumn.ERRORS: translate("ImportPreview", "Errors"),
    }[column]


class SummaryTableModel(QAbstractTableModel):
    """One row per sheet of the workbook: how many of its rows are new, changed, ..."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sheets: list[tuple[str, tuple[int, ...]]] = []

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._sheets = [
            (
                SHEETS_BY_KEY[key].label(plan.language),
                (counts.new, counts.changed, counts.unchanged, counts.deleted, counts.errors),
            )
            for key, counts in plan.summary.items()
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._sheets)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(SummaryColumn)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return _summary_header(SummaryColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section != SummaryColumn.SHEET:
            return RIGHT  # over the counts, which are right-aligned
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        label, counts = self._sheets[index.row()]
        column = SummaryColumn(index.column())
        count = None if column == SummaryColumn.SHEET else counts[column - 1]
        if role == DISPLAY:
            return label if count is None else format_number(count)
        if role == SORT_ROLE:
            return label if count is None else count
        if role == Qt.ItemDataRole.TextAlignmentRole and count is not None:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == SummaryColumn.ERRORS and count:
            return ERROR_BRUSH
        return None


# -- what the import writes ---------------------------------------------------------------------


class ChangeColumn(enum.IntEnum):
    WHERE = 0  # "Contas, linha 15"
    RECORD = enum.auto()  # the record's key; a field's column label on a child row
    WHAT = enum.auto()  # "new", "2 fields changed"; "old → new" on a child row


def _change_header(column: ChangeColumn) -> str:
    return {
        ChangeColumn.WHERE: translate("ImportPreview", "Sheet / row"),
        ChangeColumn.RECORD: translate("ImportPreview", "Record"),
        ChangeColumn.WHAT: translate("ImportPreview", "What happens"),
    }[column]


def change_text(change: FieldChange) -> str:
    return f"{show_value(change.old)} → {show_value(change.new)}"


COLUMN_COUNT = len(ChangeColumn)
PAGE = 1000  # records put on show at a time: a tree view lays out every row it has

# An index's internal id says where it is: TOP for a record, the record's row + 1 for one of
# its field changes (an id, unlike a pointer, needs no Python object kept alive for Qt).
TOP = 0


class ChangesTreeModel(QAbstractItemModel):
    """The records an import writes; under each changed record, its field changes.

    The records are put on show a page at a time (:meth:`set_loaded`, driven by the proxy):
    a QTreeView lays out every top-level row it is given, calling into Python for each, which
    with 100k records would be a pause at every filter keystroke.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RowPlan] = []
        self._loaded = 0  # the first records, the ones the model shows so far
        self._sheet_labels: dict[str, str] = {}
        self._search_keys: list[str] = []

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._rows = [*plan.deletions, *(r for r in plan.rows if r.action in (NEW, CHANGED))]
        self._loaded = min(PAGE, len(self._rows))
        self._sheet_labels = {key: s.label(plan.language) for key, s in SHEETS_BY_KEY.items()}
        self._search_keys = self._fold_search_keys()
        self.endResetModel()

    def rows(self) -> list[RowPlan]:
        """Every record, loaded or not."""
        return self._rows

    def loaded(self) -> int:
        return self._loaded

    def set_loaded(self, count: int) -> None:
        """Shows the first ``count`` records, more or fewer than now."""
        count = max(0, min(count, len(self._rows)))
        if count > self._loaded:
            self.beginInsertRows(ROOT, self._loaded, count - 1)
            self._loaded = count
            self.endInsertRows()
        elif count < self._loaded:
            self.beginRemoveRows(ROOT, count, self._loaded - 1)
            self._loaded = count
            self.endRemoveRows()

    def where(self, row: RowPlan) -> str:
        sheet = self._sheet_labels[row.sheet_key]
        if row.row is None:  # a deletion: the record is not in the workbook
            return sheet
        return (
            translate("ImportPreview", "%1, row %2")
            .replace("%1", sheet)
            .replace("%2", str(row.row))
        )

    def search_keys(self) -> list[str]:
        """Per record, "where" and the record's key, folded: what the search box looks in."""
        return self._search_keys

    def _fold_search_keys(self) -> list[str]:
        # Once per plan, like the Accounts rows' search_key: a keystroke then only compares.
        template = fold(translate("ImportPreview", "%1, row %2"))
        sheets = {key: fold(label) for key, label in self._sheet_labels.items()}
        return [
            (
                sheets[r.sheet_key]
                if r.row is None
                else template.replace("%1", sheets[r.sheet_key]).replace("%2", str(r.row))
            )
            + SEARCH_SEPARATOR
            + fold(r.key_text)
            for r in self._rows
        ]

    # -- Qt API ----------------------------------------------------------------------------

    # index() and rowCount() are called for every row whenever the view lays out, so they
    # skip hasIndex() and the enum's len().

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < self._loaded:
                return self.createIndex(row, column, TOP)
        elif parent.internalId() == TOP and 0 <= row < len(self._rows[parent.row()].changes):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex | None = None):
        if child is None:  # QObject.parent(), which this name hides
            return super().parent()
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return self._loaded
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._rows[parent.row()].changes)
        return 0

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return COLUMN_COUNT

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return _change_header(ChangeColumn(section))
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY):
        if not index.isValid() or role not in (DISPLAY, ROW_ROLE):
            return None
        if index.internalId() == TOP:
            row = self._rows[index.row()]
            return row if role == ROW_ROLE else self._record_text(row, index.column())
        change = self._rows[index.internalId() - 1].changes[index.row()]
        return change if role == ROW_ROLE else self._change_text(change, index.column())

    def _record_text(self, row: RowPlan, column: int) -> str:
        if column == ChangeColumn.WHERE:
            return self.where(row)
        return row.key_text if column == ChangeColumn.RECORD else self.action_text(row)

    @staticmethod
    def _change_text(change: FieldChange, column: int) -> str:
        if column == ChangeColumn.WHERE:
            return ""
        return change.column if column == ChangeColumn.RECORD else change_text(change)

    def action_text(self, row: RowPlan) -> str:
        if row.action == DELETE:
            return translate("ImportPreview", "delete")
        if row.action == NEW:
            return translate("ImportPreview", "new")
        # self.tr: lupdate 6.11 marks a plural only in a class's own tr().
        text = self.tr("%n field(s) changed", "", len(row.changes))
        if row.matched_by == BY_NATURAL_KEY:
            text += " · " + translate("ImportPreview", "matched by name, not by id")
        return text


@dataclass(frozen=True)
class ChangeFilter:
    """What the filter bar above the changes asks for."""

    text: str = ""  # looked for in "where" and the record's key, case- and accent-insensitive
    action: str | None = None  # NEW, CHANGED or DELETE; None for every record

    def accepted_rows(self, model: ChangesTreeModel) -> list[int] | None:
        """The records of ``model`` (positions, ascending) this filter lets through; None when
        it lets all through. Loaded or not: the search covers the whole plan."""
        needle = fold(self.text)
        if not needle and self.action is None:
            return None
        rows = model.rows()
        wanted = (
            range(len(rows))
            if self.action is None
            else [i for i, r in enumerate(rows) if r.action == self.action]
        )
        if not needle:
            return list(wanted)
        keys = model.search_keys()
        return [i for i in wanted if needle in keys[i]]


class ChangesProxy(QSortFilterProxyModel):
    """Filters the records by a :class:`ChangeFilter`; a shown record shows all its fields.

    It also pages by what it shows: a page is :data:`PAGE` matching records, loaded from the
    model however deep in the plan they are. The view asks for the next page when it is
    scrolled to the end (not through Qt's ``fetchMore``, which QTreeView calls at every
    layout: a page more at every keystroke).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ChangeFilter()
        self._accepted: set[int] | None = None
        self._accepted_in_order: list[int] = []
        self.setDynamicSortFilter(False)

    def change_filter(self) -> ChangeFilter:
        return self._filter

    def set_change_filter(self, change_filter: ChangeFilter) -> None:
        self._filter = change_filter
        self.refilter()

    def match_count(self) -> int:
        """How many records pass the filter, loaded or not (``rowCount`` counts loaded ones)."""
        if self._accepted is None:
            return len(self.sourceModel().rows()) if self.sourceModel() is not None else 0
        return len(self._accepted)

    def refilter(self) -> None:
        source = self.sourceModel()
        if source is None:
            return
        accepted = self._filter.accepted_rows(source)
        self._accepted_in_order = accepted or []
        self._accepted = None if accepted is None else set(accepted)
        # A new filter starts from its first page: the records loaded for an earlier one go,
        # so a search that reached deep into the plan leaves no long list to lay out.
        source.set_loaded(self._records_holding(PAGE))
        # One rebuild of the mapping: Qt's incremental filtering removes hidden rows block by
        # block, which costs several times more on large plans.
        self.invalidate()

    def setSourceModel(self, model: ChangesTreeModel) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self.refilter)
        self.refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return source_parent.isValid() or self._accepted is None or source_row in self._accepted

    def _records_holding(self, matches: int) -> int:
        """How many of the first records must be loaded to show ``matches`` matches."""
        if self._accepted is None:
            return matches
        order = self._accepted_in_order
        return order[min(matches, len(order)) - 1] + 1 if order else 0

    def _matches_loaded(self) -> int:
        loaded = self.sourceModel().loaded()
        if self._accepted is None:
            return loaded
        return bisect.bisect_left(self._accepted_in_order, loaded)

    def can_load_more(self) -> bool:
        source = self.sourceModel()
        return source is not None and self._matches_loaded() < self.match_count()

    def load_more(self) -> None:
        """Puts the next page of matching records on show."""
        if self.can_load_more():
            self.sourceModel().set_loaded(self._records_holding(self._matches_loaded() + PAGE))


# -- what is wrong in the file ------------------------------------------------------------------


class ProblemColumn(enum.IntEnum):
    SHEET = 0
    ROW = enum.auto()
    COLUMN = enum.auto()
    PROBLEM = enum.auto()


PROBLEM_COLUMN_COUNT = len(ProblemColumn)


def _problem_header(column: ProblemColumn) -> str:
    return {
        ProblemColumn.SHEET: translate("ImportPreview", "Sheet"),
        ProblemColumn.ROW: translate("ImportPreview", "Row"),
        ProblemColumn.COLUMN: translate("ImportPreview", "Column"),
        ProblemColumn.PROBLEM: translate("ImportPreview", "Problem"),
    }[column]


def shown_problem_text(problem: ReadProblem, is_error: bool) -> str:
    prefix = "" if is_error else translate("ImportPreview", "Warning: ")
    return prefix + problem_text(problem)


PROBLEM_SORT_KEYS: dict[ProblemColumn, Callable[[ReadProblem, bool], object]] = {
    ProblemColumn.SHEET: lambda problem, is_error: fold(problem.sheet),
    ProblemColumn.ROW: lambda problem, is_error: -1 if problem.row is None else problem.row,
    ProblemColumn.COLUMN: lambda problem, is_error: fold(problem.column),
    ProblemColumn.PROBLEM: lambda problem, is_error: (
        not is_error,
        fold(shown_problem_text(problem, is_error)),
    ),
}


class ProblemsTableModel(QAbstractTableModel):
    """Errors (in dark red), then warnings ("Warning: ..."), each with sheet, row and column.

    It keeps the plan's problems as they are, in the plan's order, and sorts a list of their
    positions: no object per problem, which counts when each of 100k rows has an error.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[ReadProblem] = []
        self._error_count = 0  # the first ones are errors, the rest warnings
        self._order: list[int] = []  # position in _problems of each row shown

    def set_problems(self, errors: Sequence[ReadProblem], warnings: Sequence[ReadProblem]):
        self.beginResetModel()
        self._problems = [*errors, *warnings]
        self._error_count = len(errors)
        self._order = list(range(len(self._problems)))
        self.endResetModel()

    def problem(self, row: int) -> tuple[ReadProblem, bool]:
        """The problem shown in ``row``, and whether it is an error (not a warning)."""
        position = self._order[row]
        return self._problems[position], position < self._error_count

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else PROBLEM_COLUMN_COUNT

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return _problem_header(ProblemColumn(section))
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        problem, is_error = self.problem(index.row())
        column = index.column()
        if role == DISPLAY:
            return self._display(problem, is_error, column)
        if role == SORT_ROLE:
            return PROBLEM_SORT_KEYS[ProblemColumn(column)](problem, is_error)
        if role == ROW_ROLE:
            return problem
        if column != ProblemColumn.PROBLEM:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and is_error:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:  # long messages are cut at the view's edge
            return shown_problem_text(problem, is_error)
        return None

    @staticmethod
    def _display(problem: ReadProblem, is_error: bool, column: int) -> str:
        if column == ProblemColumn.SHEET:
            return problem.sheet
        if column == ProblemColumn.ROW:
            return "" if problem.row is None else str(problem.row)
        if column == ProblemColumn.COLUMN:
            return problem.column
        return shown_problem_text(problem, is_error)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorts in Python by the raw value, ties in the plan's order."""
        if not 0 <= column < PROBLEM_COLUMN_COUNT:
            return
        key = PROBLEM_SORT_KEYS[ProblemColumn(column)]
        problems, errors = self._problems, self._error_count
        self.layoutAboutToBeChanged.emit()
        before = list(self._order)
        self._order.sort(
            key=lambda position: (key(problems[position], position < errors), position),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        now = {position: row for row, position in enumerate(self._order)}
        persistent = self.persistentIndexList()
        moved = [self.index(now[before[i.row()]], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


class ProblemsProxy(QSortFilterProxyModel):
    """Sorting is handed to the source model: one Python sort on raw keys, not a C++ sort that
    calls back into Python for every comparison."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
