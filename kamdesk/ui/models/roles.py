"""Custom item data roles and index types shared by every model."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model's methods
ROOT = QModelIndex()  # the invisible parent of top-level rows

USER = Qt.ItemDataRole.UserRole
SORT_ROLE = USER + 1  # the raw value to sort by (number, date), not the displayed text
ID_ROLE = USER + 2  # the record's id
ROW_ROLE = USER + 3  # the whole plain row object
