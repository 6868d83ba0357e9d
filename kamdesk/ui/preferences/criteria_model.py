"""The ICP criteria being edited, as a table: name, weight and the share of the total weight."""

from __future__ import annotations

import math
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, Qt

from kamdesk.services.settings import IcpCriterionSetting
from kamdesk.ui.builtin_names import criterion_label
from kamdesk.ui.i18n import format_number, format_percent
from kamdesk.ui.models.roles import ROOT, AnyIndex

MAX_WEIGHT = 100.0


def decimals_for(value: float) -> int:
    """Whole numbers without decimals (25, not 25.0); anything else with one."""
    return 0 if float(value).is_integer() else 1


class CriteriaColumn(IntEnum):
    NAME = 0
    WEIGHT = 1
    SHARE = 2


class CriteriaModel(QAbstractTableModel):
    """The ICP criteria being edited, in order; edits replace the frozen rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[IcpCriterionSetting] = []

    def set_rows(self, rows: tuple[IcpCriterionSetting, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[IcpCriterionSetting, ...]:
        return tuple(self._rows)

    def total_weight(self) -> float:
        return sum(c.weight for c in self._rows)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(CriteriaColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = {
                CriteriaColumn.NAME: self.tr("Criterion"),
                CriteriaColumn.WEIGHT: self.tr("Weight"),
                CriteriaColumn.SHARE: self.tr("Share"),
            }
            return titles.get(section)
        return super().headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != CriteriaColumn.SHARE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        criterion, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CriteriaColumn.NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(criterion, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(criterion, column)
        return None

    def _edit_value(self, criterion: IcpCriterionSetting, column: int):
        if column == CriteriaColumn.NAME:
            return criterion_label(criterion.key, criterion.name)
        if column == CriteriaColumn.WEIGHT:
            return float(criterion.weight)
        return None

    def _display_text(self, criterion: IcpCriterionSetting, column: int) -> str:
        if column == CriteriaColumn.NAME:
            return criterion_label(criterion.key, criterion.name)
        if column == CriteriaColumn.WEIGHT:
            return format_number(criterion.weight, decimals_for(criterion.weight))
        total = self.total_weight()
        if total <= 0:
            return "—"
        share = criterion.weight / total
        return format_percent(share, decimals_for(round(share * 100, 1)))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        criterion = self._rows[index.row()]
        if index.column() == CriteriaColumn.NAME:
            changed = self._renamed(criterion, value)
        elif index.column() == CriteriaColumn.WEIGHT:
            changed = self._reweighted(criterion, value)
        else:
            return False
        if changed is None:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        if index.column() == CriteriaColumn.WEIGHT:
            self._shares_changed()
        return True

    @staticmethod
    def _renamed(criterion: IcpCriterionSetting, value) -> IcpCriterionSetting | None:
        name = str(value or "").strip()
        if not name:
            return None
        if name == criterion_label(criterion.key, criterion.name):
            # Unchanged: keep the English source name so a built-in criterion stays translated.
            return criterion
        return replace(criterion, name=name)

    @staticmethod
    def _reweighted(criterion: IcpCriterionSetting, value) -> IcpCriterionSetting | None:
        try:
            weight = float(value)
        except (TypeError, ValueError):
            return None
        if not (math.isfinite(weight) and 0 <= weight <= MAX_WEIGHT):
            return None
        return replace(criterion, weight=weight)

    def insert_criterion(self, row: int, criterion: IcpCriterionSetting) -> None:
        self.beginInsertRows(ROOT, row, row)
        self._rows.insert(row, criterion)
        self.endInsertRows()
        self._shares_changed()

    def remove_criterion(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._shares_changed()

    def move_criterion(self, row: int, offset: int) -> int:
        """Moves the criterion ``offset`` places (±1); returns its new row."""
        target = row + offset
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # Qt counts the destination before the move: moving down means "before target + 1".
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(ROOT, row, row, ROOT, destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def _shares_changed(self) -> None:
        """Every share depends on the total weight, so a change to any row changes them all."""
        if self._rows:
            last = self.index(len(self._rows) - 1, CriteriaColumn.SHARE)
            self.dataChanged.emit(self.index(0, CriteriaColumn.SHARE), last)
