"""A table model over a Python list of plain rows, sorted in Python.

Sorting through ``QSortFilterProxyModel`` would call ``data()`` from C++ n·log(n) times; here
the list is sorted once with Python's sort on raw keys, which stays fast at 100k rows.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractTableModel, Qt

from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, SORT_ROLE, AnyIndex


class RowsTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` (an IntEnum) and ``sort_keys`` ({column: key of a row}) and
    say what a cell shows (``_display``) and how it looks (``_decoration``); rows have an
    ``id``."""

    columns: type[enum.IntEnum]
    sort_keys: Mapping[enum.IntEnum, Callable[[object], object]]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows[:] = rows  # in place: a proxy may hold this very list
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self.sort_keys[column](row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return self._decoration(row, column, role)

    def _display(self, row, column) -> str:
        raise NotImplementedError

    def _decoration(self, row, column, role: int):
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the rows in Python by the raw value, keeping persistent indexes on their rows."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        self._rows.sort(
            key=self.sort_keys[self.columns(column)],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_rows = {r.id: i for i, r in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        moved = [self.index(new_rows[old_ids[i.row()]], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
