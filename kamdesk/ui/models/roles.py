"""Custom item data roles shared by every model."""

from PySide6.QtCore import Qt

USER = Qt.ItemDataRole.UserRole
SORT_ROLE = USER + 1  # the raw value to sort by (number, date), not the displayed text
ID_ROLE = USER + 2  # the record's id
ROW_ROLE = USER + 3  # the whole plain row object
