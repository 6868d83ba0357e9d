"""The OKR tree: objectives at the top, their key results under them.

A top-level index has internal id 0; a key result's carries its objective's row + 1, so the
model needs no objects of its own behind the indexes. The rows are the service's plain
:class:`ObjectiveRow` s, replaced in one call.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from kamdesk.services.plan.okr_data import KeyResultRow, ObjectiveRow
from kamdesk.ui.colors import MUTED_TEXT, text_on
from kamdesk.ui.i18n import enum_label, format_percent, translate
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, USER, AnyIndex
from kamdesk.ui.okrs import texts

KIND_ROLE = USER + 10  # OkrKind of the row
PROGRESS_ROLE = USER + 11  # (progress 0…1 or None, status or None) for the bar delegate


class OkrKind(enum.Enum):
    OBJECTIVE = "objective"
    KEY_RESULT = "key_result"


class OkrColumn(enum.IntEnum):
    TITLE = 0
    ACCOUNT = enum.auto()
    PERIOD = enum.auto()
    STRATEGY = enum.auto()
    PROGRESS = enum.auto()
    STATUS = enum.auto()
    CURRENT = enum.auto()
    CONFIDENCE = enum.auto()
    GRADE = enum.auto()


def _header(column: OkrColumn) -> str:
    # Listed literally so lupdate finds them.
    return {
        OkrColumn.TITLE: translate("OkrTreeModel", "Objective / key result"),
        OkrColumn.ACCOUNT: translate("OkrTreeModel", "Account"),
        OkrColumn.PERIOD: translate("OkrTreeModel", "Period"),
        OkrColumn.STRATEGY: translate("OkrTreeModel", "Strategy"),
        OkrColumn.PROGRESS: translate("OkrTreeModel", "Progress"),
        OkrColumn.STATUS: translate("OkrTreeModel", "Status"),
        OkrColumn.CURRENT: translate("OkrTreeModel", "Current / target"),
        OkrColumn.CONFIDENCE: translate("OkrTreeModel", "Confidence"),
        OkrColumn.GRADE: translate("OkrTreeModel", "Grade"),
    }[column]


def _header_tip(column: OkrColumn) -> str | None:
    return {
        OkrColumn.PROGRESS: translate(
            "OkrTreeModel",
            "Key result: (current − start) ÷ (target − start), from 0 to 100 %.\n"
            "Objective: the mean of its key results.",
        ),
        OkrColumn.STATUS: texts.status_tip(),
        OkrColumn.CONFIDENCE: translate(
            "OkrTreeModel",
            "Key result: the confidence (1–10) of its latest check-in.\n"
            "Objective: the lowest among its key results.",
        ),
        OkrColumn.GRADE: translate(
            "OkrTreeModel",
            "End-of-period grade from 0.0 to 1.0: 0.7 or more is good.\n"
            "In grey while the period runs: the grade so far.",
        ),
    }.get(column)


RIGHT_ALIGNED = (OkrColumn.CURRENT, OkrColumn.CONFIDENCE, OkrColumn.GRADE)


class OkrTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._objectives: list[ObjectiveRow] = []
        self._by_id: dict[int, ObjectiveRow] = {}

    def set_rows(self, objectives: list[ObjectiveRow]) -> None:
        self.beginResetModel()
        self._objectives = list(objectives)
        self._by_id = {objective.id: objective for objective in self._objectives}
        self.endResetModel()

    def objectives(self) -> list[ObjectiveRow]:
        return self._objectives

    # -- finding rows ------------------------------------------------------------------------

    def index_of(self, kind: OkrKind, row_id: int) -> QModelIndex:
        for row, objective in enumerate(self._objectives):
            if kind is OkrKind.OBJECTIVE and objective.id == row_id:
                return self.index(row, 0)
            for child, key_result in enumerate(objective.key_results):
                if kind is OkrKind.KEY_RESULT and key_result.id == row_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def row_at(self, index: AnyIndex) -> ObjectiveRow | KeyResultRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._objectives[index.row()]
        return self._objectives[index.internalId() - 1].key_results[index.row()]

    def objective_of(self, index: AnyIndex) -> ObjectiveRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._objectives[index.row()]
        return self._objectives[index.internalId() - 1]

    # -- structure ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._objectives)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._objectives[parent.row()].key_results)
        return 0

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return len(OkrColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(OkrColumn):
            return None
        column = OkrColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tip(column)
        return None

    # -- data --------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        column = OkrColumn(index.column())
        objective = isinstance(row, ObjectiveRow)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._objective_text(row, column) if objective else self._kr_text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return OkrKind.OBJECTIVE if objective else OkrKind.KEY_RESULT
        if role == ROW_ROLE:
            return row
        if role == PROGRESS_ROLE:
            return (row.progress, row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and objective and column == OkrColumn.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return self._decoration(row, column, role, objective)

    def _objective_text(self, row: ObjectiveRow, column: OkrColumn) -> str:
        if column == OkrColumn.TITLE:
            return row.title
        if column == OkrColumn.ACCOUNT:
            return row.account_name or translate("OkrTreeModel", "Whole portfolio")
        if column == OkrColumn.PERIOD:
            return row.period
        if column == OkrColumn.STRATEGY:
            return enum_label(row.strategy)
        if column == OkrColumn.PROGRESS:
            return format_percent(row.progress)
        if column == OkrColumn.STATUS:
            return texts.status_label(row.status)
        if column == OkrColumn.CURRENT:
            return ""
        if column == OkrColumn.CONFIDENCE:
            return texts.confidence_text(row.confidence)
        return texts.grade_text(row.grade) if self._graded(row) else ""

    def _kr_text(self, row: KeyResultRow, column: OkrColumn) -> str:
        if column == OkrColumn.TITLE:
            return row.title
        if column == OkrColumn.PROGRESS:
            return format_percent(row.progress)
        if column == OkrColumn.STATUS:
            return texts.status_label(row.status)
        if column == OkrColumn.CURRENT:
            return texts.current_of_target(row.current, row.target, row.unit)
        if column == OkrColumn.CONFIDENCE:
            return texts.confidence_text(row.confidence)
        if column == OkrColumn.GRADE and self._graded(row):
            return texts.grade_text(row.grade)
        return ""

    def _decoration(self, row, column: OkrColumn, role: int, objective: bool):
        status_cell = column == OkrColumn.STATUS and row.status is not None
        if role == Qt.ItemDataRole.BackgroundRole and status_cell:
            return QBrush(texts.STATUS_BACKGROUNDS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            if status_cell:
                return QBrush(text_on(texts.STATUS_BACKGROUNDS[row.status]))
            if column == OkrColumn.GRADE and not self._grade_final(row):
                return QBrush(MUTED_TEXT)
            if column == OkrColumn.ACCOUNT and objective and not row.account_name:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column, objective)
        return None

    def _graded(self, row) -> bool:
        """A grade means something once the period has begun."""
        objective = row if isinstance(row, ObjectiveRow) else self.objective_by_id(row.objective_id)
        return objective.elapsed > 0

    def _grade_final(self, row) -> bool:
        if isinstance(row, ObjectiveRow):
            return row.grade_is_final
        return self.objective_by_id(row.objective_id).grade_is_final

    def objective_by_id(self, objective_id: int) -> ObjectiveRow:
        return self._by_id[objective_id]

    def _tip(self, row, column: OkrColumn, objective: bool) -> str | None:
        if column == OkrColumn.GRADE and self._graded(row):
            return texts.grade_tip(row.grade, self._grade_final(row))
        if column == OkrColumn.STATUS:
            return texts.status_tip()
        if column == OkrColumn.TITLE:
            return row.title
        if column == OkrColumn.CURRENT and not objective:
            return (
                translate("OkrTreeModel", "From %1 to %2 (%3)")
                .replace("%1", texts.measure(row.start, row.unit))
                .replace("%2", texts.measure(row.target, row.unit))
                .replace("%3", enum_label(row.direction).lower())
            )
        if column == OkrColumn.PERIOD and objective:
            return translate("OkrTreeModel", "%1 of the period gone by").replace(
                "%1", format_percent(row.elapsed)
            )
        return None
