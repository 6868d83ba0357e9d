"""What an import would do, row by row: the preview the KAM confirms before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from kamdesk.excel.raw import ReadProblem
from kamdesk.excel.schema import SHEETS, SHEETS_BY_KEY, find_sheet

NEW, CHANGED, UNCHANGED, DELETE = "new", "changed", "unchanged", "delete"
BY_ID, BY_NATURAL_KEY = "id", "natural key"


@dataclass(frozen=True)
class FieldChange:
    """One cell that differs from the portfolio: ``column`` is its label in the workbook's
    language; ``old`` and ``new`` are display values (enum labels, referred names)."""

    column: str
    old: object
    new: object


class Pending(NamedTuple):
    """A record a new row will create: how later rows refer to it before it has an id.

    A named tuple, hashed and compared at C speed: a large import looks these up millions of
    times (they are never mixed with other tuples)."""

    sheet_key: str
    row: int


@dataclass
class RowPlan:
    sheet_key: str
    row: int | None  # as the spreadsheet numbers it; None for deletions
    record_id: int | None  # the record updated or deleted; None for new rows
    key_text: str  # the natural key as the KAM reads it ("Acme", "Acme › Maria Souza")
    action: str  # NEW, CHANGED, UNCHANGED or DELETE
    changes: list[FieldChange] = field(default_factory=list)
    matched_by: str | None = None  # BY_ID, BY_NATURAL_KEY or None (new rows, deletions)
    # For apply_import: the record's values as they will be, by column key (references as
    # record ids or Pending), its identity, and the keys of the columns that change.
    values: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    identity: int | Pending | None = field(default=None, repr=False, compare=False)
    changed_keys: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def writes(self) -> bool:
        return self.action in (NEW, CHANGED, DELETE)


@dataclass
class SheetSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "errors": self.errors,
        }


@dataclass
class ImportPlan:
    language: str
    rows: list[RowPlan] = field(default_factory=list)  # in sheet order, then row order
    deletions: list[RowPlan] = field(default_factory=list)  # shown first in the preview
    errors: list[ReadProblem] = field(default_factory=list)
    warnings: list[ReadProblem] = field(default_factory=list)
    summary: dict[str, SheetSummary] = field(default_factory=dict)  # by schema sheet key

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def has_writes(self) -> bool:
        return bool(self.deletions) or any(r.writes for r in self.rows)

    def counts(self) -> SheetSummary:
        """The totals over every sheet."""
        total = SheetSummary()
        for sheet in self.summary.values():
            for name, value in sheet.as_dict().items():
                setattr(total, name, getattr(total, name) + value)
        return total

    def as_json(self, written: bool) -> dict:
        """The ``import --json`` object of DESIGN §7 (sheets by their English names)."""
        ordered = [s for s in SHEETS if s.key in self.summary]
        return {
            "written": written,
            "sheets": {s.english: self.summary[s.key].as_dict() for s in ordered},
            "errors": [problem_as_json(p) for p in self.errors],
            "warnings": [problem_as_json(p) for p in self.warnings],
        }


def english_sheet_name(name: str) -> str:
    """The English name of a sheet named in either language (unknown names as they are)."""
    if name in SHEETS_BY_KEY:
        return SHEETS_BY_KEY[name].english
    sheet = find_sheet(name) if name else None
    return sheet.english if sheet else name


def problem_as_json(problem: ReadProblem) -> dict:
    return {
        "sheet": english_sheet_name(problem.sheet),
        "row": problem.row,
        "column": problem.column,
        "message": problem.text(),
    }


def problem_line(problem: ReadProblem) -> str:
    """``Sheet, row N, column C: message``, leaving out the parts the problem has not got."""
    where = [part for part in (problem.sheet,) if part]
    if problem.row is not None:
        where.append(f"row {problem.row}")
    if problem.column:
        where.append(f"column {problem.column}")
    return f"{', '.join(where)}: {problem.text()}" if where else problem.text()
