"""Finishing a sheet's plan: each row's values as the record will have them, the required
values and domain rules, and what changes compared with the portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamdesk.excel.schema import Column
from kamdesk.services.workbook_import import messages as m
from kamdesk.services.workbook_import.bindings import ICP_COLUMNS
from kamdesk.services.workbook_import.canonical import REQUIRED, same
from kamdesk.services.workbook_import.cells import BLANK
from kamdesk.services.workbook_import.display import shown
from kamdesk.services.workbook_import.plan import CHANGED, NEW, UNCHANGED, FieldChange, RowPlan
from kamdesk.services.workbook_import.rows import UNKNOWN, ParsedRow
from kamdesk.services.workbook_import.rules import PARENT_COLUMNS, circles, row_findings

if TYPE_CHECKING:
    from kamdesk.services.workbook_import.sheet_planner import SheetPlanner


def complete_sheet(sheet: SheetPlanner) -> list[RowPlan]:
    missing: set[str] = set()
    # Per stored column, chosen once: its key, what blank means, whether a value is needed.
    stored = [
        (c.key, sheet.blank(c), c.required or sheet.blank(c) is REQUIRED)
        for c in sheet.columns
        if not c.context  # only helps find what the row refers to; not stored
    ]
    for row in sheet.rows:
        fill_values(sheet, row, stored, missing)
        for column_key, template, args in row_findings(sheet.key, row):
            sheet.error(row, column_key, template, args)
    for column_key in sorted(missing):
        if not sheet.planner.reader_reported_missing(sheet.raw, column_key):
            sheet.error(None, column_key, m.REQUIRED)
    check_circles(sheet)
    check_criteria(sheet)
    return [plan_row(sheet, row) for row in sheet.rows if not row.failed]


def fill_values(sheet: SheetPlanner, row: ParsedRow, stored: list, missing: set[str]) -> None:
    """The record as it will be: each cell's value, else the stored one, else blank's."""
    cells, values, record = row.cells, row.values, row.record
    for key, blank, needed in stored:
        if key in cells:
            value = cells[key]
            if value is BLANK:
                if needed:
                    sheet.error(row, key, m.REQUIRED)
                value = blank
        elif record is not None:
            value = record.values.get(key)
        else:
            if needed:
                missing.add(key)
                row.failed = True
            value = blank
        values[key] = UNKNOWN if value is REQUIRED else value


def check_circles(sheet: SheetPlanner) -> None:
    column_key = PARENT_COLUMNS.get(sheet.key)
    if column_key is None or column_key not in sheet.raw.headers:
        return
    parent_of, row_of, name_of = {}, {}, {}
    for record in sheet.records.values():
        if record.id not in sheet.claimed:
            parent_of[record.id] = record.values.get(column_key)
            name_of[record.id] = record.values.get("name")
    for row in sheet.rows:
        parent = row.values.get(column_key)
        parent_of[row.identity] = None if parent is UNKNOWN else parent
        row_of[row.identity] = row
        name_of[row.identity] = row.values.get("name")
    template = m.PARENT_CYCLE if sheet.key == "org_units" else m.REPORTS_TO_CYCLE
    for circle in circles(parent_of):
        rows = sorted((row_of[n] for n in circle if n in row_of), key=lambda r: r.number)
        if rows:
            names = " → ".join(str(name_of.get(n)) for n in [*circle, circle[0]])
            sheet.error(rows[0], column_key, template, {"names": names})


def check_criteria(sheet: SheetPlanner) -> None:
    """Growth potential and market influence are ICP ratings: the criterion must exist."""
    if sheet.key != "accounts":
        return
    criteria = sheet.planner.records.criteria()
    for column_key, criterion_key in ICP_COLUMNS.items():
        if column_key not in sheet.raw.headers or criterion_key in criteria:
            continue
        if any(row.values.get(column_key) is not None for row in sheet.rows):
            label = sheet.label(column_key)
            sheet.planner.warn(sheet.raw, label, m.NO_CRITERION, {"name": label})
        for row in sheet.rows:
            row.values[column_key] = None  # nothing to rate against: ignored


def plan_row(sheet: SheetPlanner, row: ParsedRow) -> RowPlan:
    plan = RowPlan(
        sheet.key,
        row.number,
        row.record.id if row.record else None,
        sheet.key_text(row),
        NEW,
        matched_by=row.matched_by,
        values=row.values,
        identity=row.identity,
    )
    if row.record is not None:
        plan.changes, plan.changed_keys = changes(sheet, row)
        plan.action = CHANGED if plan.changes else UNCHANGED
    return plan


def changes(sheet: SheetPlanner, row: ParsedRow) -> tuple[list[FieldChange], tuple[str, ...]]:
    found, keys = [], []
    stored, values = row.record.values, row.values
    for column in sheet.compared:
        old, new = stored.get(column.key), values[column.key]
        # Equal values of one type are what same() would call unchanged: the usual case.
        if (type(old) is type(new) and old == new) or unchanged(sheet, row, column, old, new):
            values[column.key] = old  # keep the stored form (strategies' order, ...)
            continue
        keys.append(column.key)
        found.append(
            FieldChange(
                sheet.label(column.key),
                shown(column, old, sheet.language, sheet.planner.name_of),
                new_shown(sheet, row, column, new),
            )
        )
    return found, tuple(keys)


def unchanged(sheet: SheetPlanner, row: ParsedRow, column: Column, old, new) -> bool:
    if sheet.key == "opportunities" and column.key == "probability" and old is None:
        # None follows the stage; the export shows the stage's probability in its place.
        return new is None or new == sheet.planner.stage_probability(row.current("stage"))
    return same(column, old, new)


def new_shown(sheet: SheetPlanner, row: ParsedRow, column: Column, new):
    text = row.text(column.key)
    if column.refers_to and text:
        return text  # the name as written (a new record has no other)
    return shown(column, new, sheet.language, sheet.planner.name_of)
