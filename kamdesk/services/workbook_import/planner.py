"""``plan_import``: what importing a workbook would do, worked out without writing anything.

Sheets are planned in the schema's order, so a sheet's references (which only point at the
same or an earlier sheet) find the rows of earlier sheets, new ones included. Every problem
is collected — by sheet, row and column — rather than stopping at the first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from sqlalchemy.orm import Session

from kamdesk.excel.collector import collector_paused
from kamdesk.excel.raw import RawSheet, RawWorkbook, ReadProblem
from kamdesk.excel.schema import SHEETS, SHEETS_BY_KEY, Column, Kind
from kamdesk.model.enums import fold
from kamdesk.services.workbook_import import messages as m
from kamdesk.services.workbook_import.bindings import BINDINGS
from kamdesk.services.workbook_import.canonical import REQUIRED, TEXT_KINDS
from kamdesk.services.workbook_import.cells import BLANK
from kamdesk.services.workbook_import.completion import complete_sheet
from kamdesk.services.workbook_import.display import joined, key_part
from kamdesk.services.workbook_import.existing import ExistingRecord, PortfolioRecords
from kamdesk.services.workbook_import.plan import (
    DELETE,
    ImportPlan,
    Pending,
    RowPlan,
    SheetSummary,
)
from kamdesk.services.workbook_import.references import SheetIndex
from kamdesk.services.workbook_import.rows import UNKNOWN, ParsedRow
from kamdesk.services.workbook_import.sheet_planner import SheetPlanner, record_target
from kamdesk.services.workbook_import.stages import StageNames
from kamdesk.store import Portfolio

Progress = Callable[[int, int, str], None]
PROGRESS_STEP = 1000
# Key columns whose shown text depends on the value alone (not on names of other records).
REPEATED_KEY_KINDS = (Kind.DATE, Kind.MONTH, Kind.ENUM)


def plan_import(
    portfolio: Portfolio,
    raw: RawWorkbook,
    delete_missing: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing ``raw`` would do; reads the portfolio and writes nothing."""
    with (
        collector_paused(),
        portfolio.engine.connect() as connection,
        Session(connection) as session,
    ):
        planner = Planner(raw, PortfolioRecords(session), delete_missing, progress)
        try:
            planner.run()
        finally:
            planner.forget_sheets()
    return planner.plan


class Planner:
    def __init__(
        self,
        raw: RawWorkbook,
        records: PortfolioRecords,
        delete_missing: bool,
        progress: Progress | None,
    ):
        self.raw = raw
        self.language = raw.language
        self.records = records
        self.delete_missing = delete_missing
        self.progress = progress
        self.plan = ImportPlan(raw.language, errors=list(raw.errors), warnings=list(raw.warnings))
        self.stages = StageNames(records.stages(), raw.language)
        self.indexes: dict[str, SheetIndex] = {}
        self.planned: dict[str, SheetPlanner] = {}
        self.pending_names: dict[Pending, str] = {}
        self.found_errors: list[tuple[tuple, ReadProblem]] = []
        self.key_parts: dict[tuple, str] = {}  # see repeated_key_part
        self.done = 0
        self.total = sum(len(s.rows) for s in raw.sheets.values())
        self._scope_account_id: int | None = None
        # Ids in a workbook from another portfolio mean other records here: match by name.
        origin = raw.portfolio_id
        self.ignore_ids = origin is not None and origin != records.portfolio_id()
        if self.ignore_ids:
            self.plan.warnings.append(ReadProblem("", None, "", m.FOREIGN_WORKBOOK))

    def run(self) -> None:
        for sheet in SHEETS:
            if sheet.key in self.raw.sheets:
                self.plan_sheet(self.raw.sheets[sheet.key])
        if self.delete_missing:
            self.plan_deletions()
        self.found_errors.sort(key=lambda found: found[0])
        self.plan.errors.extend(problem for _position, problem in self.found_errors)
        self.summarise()

    def forget_sheets(self) -> None:
        """Breaks the planner ↔ sheet planner cycle, so that reference counting frees the
        parsed rows as soon as the plan is returned (the collector is paused meanwhile)."""
        self.planned.clear()

    def plan_sheet(self, raw_sheet: RawSheet) -> None:
        sheet = SheetPlanner(self, raw_sheet)
        self.planned[sheet.key] = sheet
        sheet.parse_rows()
        sheet.match_by_id()
        sheet.resolve_references(own_sheet=False)
        sheet.match_by_key()
        index = sheet.build_index()
        if index is not None:
            self.indexes[sheet.key] = index
            self.remember_new_names(index)
        sheet.resolve_references(own_sheet=True)
        self.plan.rows.extend(complete_sheet(sheet))

    def tick(self, text: str) -> None:
        self.done += 1
        if self.progress is not None and self.done % PROGRESS_STEP == 0:
            self.progress(self.done, self.total, text)

    # -- references -----------------------------------------------------------------------

    def index(self, sheet_key: str) -> SheetIndex:
        if sheet_key not in self.indexes:
            binding = BINDINGS[sheet_key]
            records = self.records.records(sheet_key).values()
            self.indexes[sheet_key] = SheetIndex([record_target(binding, r) for r in records])
        return self.indexes[sheet_key]

    def remember_new_names(self, index: SheetIndex) -> None:
        for targets in index.by_name.values():
            for target in targets:
                if isinstance(target.identity, Pending):
                    self.pending_names[target.identity] = target.name

    def name_of(self, sheet_key: str, identity) -> str:
        """The name of a record (or of a new row) of ``sheet_key``, for messages."""
        if identity is None or identity is UNKNOWN:
            return ""
        if sheet_key == "stages":
            return self.stages.label(identity)
        if isinstance(identity, Pending):
            return self.pending_names.get(identity, "")
        name_column = BINDINGS[sheet_key].name_column
        record = self.records.records(sheet_key).get(identity)
        if record is None or name_column is None:
            return str(identity)
        return record.values[name_column]

    def find_stage(self, name: str) -> int | None:
        return self.stages.find(name)

    def stage_names(self) -> list[str]:
        return self.stages.labels()

    def first_stage_id(self) -> int | None:
        return self.stages.first_id()

    def stage_probability(self, stage_id) -> int | None:
        return self.stages.probability(stage_id)

    # -- deleting what the workbook leaves out --------------------------------------------

    def scope_account_id(self) -> int | None:
        if self._scope_account_id is None and self.raw.scope_account:
            key = fold(self.raw.scope_account)
            accounts = self.records.records("accounts").values()
            found = next((r.id for r in accounts if fold(r.values["name"]) == key), None)
            self._scope_account_id = found if found is not None else 0  # 0: no such account
        return self._scope_account_id

    def in_scope(self, sheet_key: str, record: ExistingRecord) -> bool:
        if not self.raw.scope_account:
            return True
        scope = self.scope_account_id()
        owner = record.id if sheet_key == "accounts" else record.account_id
        return bool(scope) and owner == scope

    def doomed(self, sheet_key: str, record: ExistingRecord) -> bool:
        """Whether ``record`` would be deleted as missing from the workbook."""
        return (
            self.delete_missing
            and sheet_key in self.raw.sheets
            and self.in_scope(sheet_key, record)
        )

    def plan_deletions(self) -> None:
        for sheet in self.planned.values():
            for record in sheet.records.values():
                if record.id not in sheet.claimed and self.doomed(sheet.key, record):
                    text = self.record_key_text(sheet.key, record)
                    self.plan.deletions.append(RowPlan(sheet.key, None, record.id, text, DELETE))

    # -- keys as the KAM reads them -------------------------------------------------------

    @staticmethod
    @functools.cache
    def display_key(sheet_key: str) -> list:
        binding, sheet = BINDINGS[sheet_key], SHEETS_BY_KEY[sheet_key]
        if binding.repeatable:
            return list(sheet.natural_key)
        return [sheet.column(key) for key in binding.match_key]

    def row_key_text(self, sheet: SheetPlanner, row: ParsedRow) -> str:
        """The row's key as the KAM wrote it (made for every row: kept cheap)."""
        parts = []
        for column in self.display_key(sheet.key):
            value = sheet.final(row, column)
            if type(value) is str and column.kind in TEXT_KINDS:
                parts.append(value)  # what key_part would make of it, without the detour
                continue
            text = row.text(column.key)
            if (column.refers_to and text) or value in (UNKNOWN, REQUIRED, BLANK):
                parts.append(text)
            elif column.kind in REPEATED_KEY_KINDS:
                parts.append(self.repeated_key_part(column, value))
            else:
                parts.append(key_part(column, value, self.language, self.name_of))
        return joined(parts)

    def repeated_key_part(self, column: Column, value) -> str:
        """``key_part`` of a date, month or label, which repeat down a column: made once."""
        known = self.key_parts.get((column.key, type(value), value))
        if known is None:
            known = key_part(column, value, self.language, self.name_of)
            self.key_parts[column.key, type(value), value] = known
        return known

    def record_key_text(self, sheet_key: str, record: ExistingRecord) -> str:
        return joined(
            [
                key_part(column, record.values.get(column.key), self.language, self.name_of)
                for column in self.display_key(sheet_key)
            ]
        )

    # -- summary --------------------------------------------------------------------------

    def reader_reported_missing(self, raw_sheet: RawSheet, column_key: str) -> bool:
        column = raw_sheet.sheet.column(column_key)
        for problem in self.raw.errors:
            if problem.sheet != raw_sheet.tab_name:
                continue
            texts = [problem.column, *(v for v in problem.args.values() if isinstance(v, str))]
            if any(column.matches(text) for text in texts if text):
                return True
        return False

    def warn(self, raw_sheet: RawSheet, column_label: str, template: str, args: dict) -> None:
        self.plan.warnings.append(
            ReadProblem(raw_sheet.tab_name, None, column_label, template, args)
        )

    def sheet_label(self, sheet_key: str) -> str:
        return SHEETS_BY_KEY[sheet_key].label(self.language)

    def summarise(self) -> None:
        summary = {key: SheetSummary() for key in self.planned}
        for row in self.plan.rows:
            counts = summary[row.sheet_key]
            name = {"new": "new", "changed": "changed", "unchanged": "unchanged"}[row.action]
            setattr(counts, name, getattr(counts, name) + 1)
        for row in self.plan.deletions:
            summary[row.sheet_key].deleted += 1
        for key, sheet in self.planned.items():
            reader_errors = sum(1 for p in self.raw.errors if p.sheet == sheet.raw.tab_name)
            summary[key].errors = sheet.error_count + reader_errors
        self.plan.summary = summary
