"""A workbook row while it is being planned: its cells parsed, then matched, resolved and
completed into the values the record will have."""

from __future__ import annotations

from dataclasses import dataclass, field

from kamdesk.excel.values import is_blank
from kamdesk.services.workbook_import.existing import ExistingRecord
from kamdesk.services.workbook_import.plan import Pending


class _Unknown:
    """A value that could not be read or resolved (the row already has an error for it)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()


@dataclass(slots=True)  # hundreds of thousands of rows: no per-row __dict__
class ParsedRow:
    sheet_key: str
    number: int  # as the spreadsheet numbers it
    raw: dict[str, object] = field(default_factory=dict)  # the cells as read, for messages
    cells: dict[str, object] = field(default_factory=dict)  # parsed cells of present columns
    record_id: int | None = None  # from the id column
    record: ExistingRecord | None = None  # the record it updates
    matched_by: str | None = None
    key: tuple | None = None  # its natural key, once every part is known
    values: dict[str, object] = field(default_factory=dict)  # the record as it will be
    failed: bool = False  # at least one error was reported on this row
    duplicate: bool = False  # repeats an earlier row's id or key: others never refer to it
    _pending: Pending | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def identity(self) -> int | Pending:
        if self.record is not None:
            return self.record.id
        if self._pending is None:  # asked for again and again: made once
            self._pending = Pending(self.sheet_key, self.number)
        return self._pending

    def text(self, column_key: str) -> str:
        """The cell as written, without surrounding spaces ("" when blank): for messages."""
        value = self.raw.get(column_key)
        return "" if is_blank(value) else str(value).strip()

    def current(self, column_key: str):
        """The stored value of ``column_key``, or None for a new row."""
        return self.record.values.get(column_key) if self.record else None
