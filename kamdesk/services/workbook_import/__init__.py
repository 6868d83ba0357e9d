"""Importing a workbook (WORKBOOK.md): plan what would change, show it, then write it all or
nothing.

- :func:`plan_import` reads the portfolio (never writes) and returns an :class:`ImportPlan`:
  per row new / changed / unchanged with the changed fields, the records that would be
  deleted (only with ``delete_missing``), and every error by sheet, row and column.
- :func:`apply_import` writes a plan without errors in one transaction.
- :func:`import_workbook` reads a file and does both (or only the plan, for a dry run).

Matching and normal forms are described in ``bindings`` and ``canonical``.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.services.workbook_import.plan import (
    BY_ID,
    BY_NATURAL_KEY,
    CHANGED,
    DELETE,
    NEW,
    UNCHANGED,
    FieldChange,
    ImportPlan,
    RowPlan,
    SheetSummary,
    problem_line,
)
from kamdesk.services.workbook_import.planner import Progress, plan_import
from kamdesk.services.workbook_import.writer import apply_import
from kamdesk.store import Portfolio

__all__ = [
    "BY_ID",
    "BY_NATURAL_KEY",
    "CHANGED",
    "DELETE",
    "NEW",
    "UNCHANGED",
    "FieldChange",
    "ImportPlan",
    "RowPlan",
    "SheetSummary",
    "apply_import",
    "import_workbook",
    "plan_import",
    "problem_line",
]


def import_workbook(
    portfolio: Portfolio,
    path: Path | str,
    *,
    dry_run: bool = False,
    delete_missing: bool = False,
    csv_sheet: str | None = None,
    language_hint: str = "pt_BR",
    progress: Progress | None = None,
) -> tuple[ImportPlan, bool]:
    """Reads ``path``, plans the import and, unless ``dry_run`` or the plan has errors, writes
    it. Returns the plan and whether it was written. ``UnreadableWorkbook`` from the reader
    (a file that cannot be read at all) is raised as it is."""
    from kamdesk.excel.reader import read_workbook

    raw = read_workbook(path, language_hint, csv_sheet=csv_sheet, progress=progress)
    plan = plan_import(portfolio, raw, delete_missing=delete_missing, progress=progress)
    if dry_run or plan.has_errors:
        return plan, False
    apply_import(portfolio, plan, progress=progress)
    return plan, True
