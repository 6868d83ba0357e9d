"""Planning one sheet: read its cells, match its rows to records (by id, else by natural key),
and resolve what its rows refer to. ``completion`` then works out the values and changes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import compress, repeat
from operator import is_
from typing import TYPE_CHECKING

from kamdesk.excel.raw import RawRow, RawSheet, ReadProblem
from kamdesk.excel.schema import SHEETS, Column, Kind
from kamdesk.excel.values import is_blank
from kamdesk.services.workbook_import import messages as m
from kamdesk.services.workbook_import.bindings import BINDINGS
from kamdesk.services.workbook_import.canonical import REQUIRED, blank_value, folded
from kamdesk.services.workbook_import.cells import BLANK, column_parser
from kamdesk.services.workbook_import.existing import ExistingRecord
from kamdesk.services.workbook_import.plan import BY_ID, BY_NATURAL_KEY
from kamdesk.services.workbook_import.references import (
    Narrowing,
    SheetIndex,
    Target,
    where_found,
)
from kamdesk.services.workbook_import.rows import UNKNOWN, ParsedRow

if TYPE_CHECKING:
    from kamdesk.services.workbook_import.planner import Planner


class SheetPlanner:
    def __init__(self, planner: Planner, raw: RawSheet):
        self.planner = planner
        self.raw = raw
        self.sheet = raw.sheet
        self.key = raw.sheet.key
        self.binding = BINDINGS[self.key]
        self.language = planner.language
        self.records: dict[int, ExistingRecord] = planner.records.records(self.key)
        self.columns = [c for c in self.sheet.columns if c.kind is not Kind.ID and not c.read_only]
        self.present = [c for c in self.columns if c.key in raw.headers]
        self.compared = [c for c in self.present if not c.context]  # stored: may change
        self.match_columns = [self.sheet.column(key) for key in self.binding.match_key]
        self.blanks = {c.key: self.blank_of(c) for c in self.columns}
        self.id_column = self.sheet.column("id")
        self.sheet_position = SHEETS.index(self.sheet)
        self.column_positions = {c.key: n for n, c in enumerate(self.sheet.columns)}
        self.progress_text = self.sheet.label(self.language)
        self.claimed: set[int] = set()
        self.found_names: dict[tuple, object] = {}  # what resolve_name found, by what it got
        self.rows: list[ParsedRow] = []
        self.error_count = 0

    # -- reporting ------------------------------------------------------------------------

    def label(self, column_key: str) -> str:
        if not column_key:
            return ""
        return self.raw.headers.get(column_key) or self.sheet.column(column_key).label(
            self.language
        )

    def error(self, row: ParsedRow | None, column_key: str, template: str, args=None) -> None:
        number = row.number if row is not None else None
        problem = ReadProblem(
            self.raw.tab_name,
            number,
            self.label(column_key),
            template,
            dict(args or {}),
            self.raw.column_letters.get(column_key, ""),
        )
        # Shown by sheet, row and column, however late in the planning it was found.
        position = self.column_positions.get(column_key, -1)
        self.planner.found_errors.append(((self.sheet_position, number or 0, position), problem))
        self.error_count += 1
        if row is not None:
            row.failed = True

    # -- values ---------------------------------------------------------------------------

    def blank(self, column: Column):
        return self.blanks[column.key]

    def blank_of(self, column: Column):
        if column.kind is Kind.STAGE:
            return self.planner.first_stage_id()
        return blank_value(self.binding.table, self.binding.attributes.get(column.key), column)

    def final(self, row: ParsedRow, column: Column):
        """The value the record will have: the cell's, else the stored one, else blank's."""
        if column.key in row.cells:
            value = row.cells[column.key]
            return self.blank(column) if value is BLANK else value
        if row.record is not None:
            return row.record.values.get(column.key)
        return self.blank(column)

    # -- reading --------------------------------------------------------------------------

    def parse_rows(self) -> None:
        """Every cell parsed a column at a time (see ``cells.column_parser``); rows with
        nothing in them are left out."""
        raw_rows = self.raw.rows
        keys = [c.key for c in self.present]
        all_cells = [r.cells for r in raw_rows]
        parsed = {}
        failures = []
        for column in self.present:
            parse = column_parser(column, self.language, self.max_length(column))
            parsed[column.key], failed = parse(list(map(dict.get, all_cells, repeat(column.key))))
            failures += [(number, column.key, error) for number, error in failed]
        record_ids, id_failures = self.parse_ids(raw_rows)
        blank = blank_rows(raw_rows, parsed.values())
        by_row = zip(*parsed.values(), strict=True) if keys else repeat(())
        found: list[ParsedRow | None] = []
        for number, (raw_row, record_id, cells) in enumerate(
            zip(raw_rows, record_ids, by_row, strict=False)
        ):
            if number in blank:
                found.append(None)
                continue
            values = dict(zip(keys, cells, strict=True))
            row = ParsedRow(self.key, raw_row.row, raw_row.cells, values, record_id)
            found.append(row)
            self.rows.append(row)
            self.planner.tick(self.progress_text)
        for number, value in id_failures:
            self.error(found[number], "id", m.NOT_AN_ID, {"value": str(value).strip()})
        for number, key, error in failures:
            found[number].cells[key] = UNKNOWN
            self.error(found[number], key, error.template, error.args)

    def parse_ids(self, raw_rows) -> tuple[list, list[tuple[int, object]]]:
        """Each row's record id (None when blank, wrong or ignored), and the wrong ones."""
        if self.planner.ignore_ids:
            return [None] * len(raw_rows), []
        values = list(map(dict.get, [r.cells for r in raw_rows], repeat("id")))
        record_ids, failed = column_parser(self.id_column, self.language)(values)
        record_ids = [None if v is BLANK else v for v in record_ids]
        return record_ids, [(number, values[number]) for number, _error in failed]

    def max_length(self, column: Column) -> int:
        attribute = self.binding.attributes.get(column.key)
        length = (
            getattr(self.binding.table.c[attribute].type, "length", None) if attribute else None
        )
        return length or 32767

    # -- matching -------------------------------------------------------------------------

    def match_by_id(self) -> None:
        first_row: dict[int, int] = {}
        for row in self.rows:
            record_id = row.record_id
            if record_id is None:
                continue
            if record_id in first_row:
                row.duplicate = True
                self.error(
                    row, "id", m.DUPLICATE_ID, {"id": record_id, "other": first_row[record_id]}
                )
                continue
            first_row[record_id] = row.number
            record = self.records.get(record_id)
            if record is None:
                self.error(row, "id", m.UNKNOWN_ID, {"id": record_id})
                continue
            row.record, row.matched_by = record, BY_ID
            self.claimed.add(record_id)

    def key_of_values(self, value_of) -> tuple | None:
        parts = []
        for column in self.match_columns:
            value = value_of(column)
            if value is UNKNOWN or value is REQUIRED or (value is None and column.required):
                return None
            parts.append(folded(value) if isinstance(value, str) else value)
        return tuple(parts)

    def match_by_key(self) -> None:
        stored = self.stored_keys()
        first_row: dict[tuple, ParsedRow] = {}
        for row in self.rows:
            row.key = self.key_of_values(lambda column, row=row: self.final(row, column))
            if row.key is None:
                continue
            if self.is_duplicate(row, first_row):
                continue
            if row.record is None and row.record_id is None:
                self.match_one(row, stored.get(row.key, []))
        if self.binding.unique:
            self.check_names_taken(stored)

    def stored_keys(self) -> dict[tuple, list[ExistingRecord]]:
        keys: dict[tuple, list[ExistingRecord]] = defaultdict(list)
        for record in self.records.values():
            key = self.key_of_values(lambda column, r=record: r.values.get(column.key))
            if key is not None:
                keys[key].append(record)
        return keys

    def is_duplicate(self, row: ParsedRow, first_row: dict[tuple, ParsedRow]) -> bool:
        if self.binding.repeatable:
            return False
        earlier = first_row.setdefault(row.key, row)
        if earlier is row:
            return False
        if (
            row.record_id is not None
            and earlier.record_id is not None
            and self.may_share(row, earlier)
        ):
            return False  # their ids tell them apart
        row.duplicate = True
        args = {"key": self.key_text(row), "other": earlier.number}
        self.error(row, self.binding.match_key[-1], m.DUPLICATE_KEY, args)
        return True

    def may_share(self, row: ParsedRow, other: ParsedRow) -> bool:
        """Whether two records may keep keys that match folded: two opportunities may share a
        title; org units and products only differ in case ("TI", "Ti"); accounts never."""
        if not self.binding.unique:
            return True
        if self.binding.sheet_key == "accounts":
            return False
        exact = [(self.final(row, c), self.final(other, c)) for c in self.match_columns]
        return any(mine != theirs for mine, theirs in exact)

    def match_one(self, row: ParsedRow, candidates: list[ExistingRecord]) -> None:
        free = [r for r in candidates if r.id not in self.claimed]
        if not free:
            return
        if len(free) > 1 and not self.binding.repeatable:
            ids = ", ".join(str(r.id) for r in free)
            key = self.key_text(row)
            self.error(row, self.binding.match_key[-1], m.AMBIGUOUS_MATCH, {"key": key, "ids": ids})
            return
        row.record, row.matched_by = free[0], BY_NATURAL_KEY
        self.claimed.add(free[0].id)

    def check_names_taken(self, stored: dict[tuple, list[ExistingRecord]]) -> None:
        """A record renamed to the name of one the workbook leaves alone would clash."""
        for row in self.rows:
            if row.key is None or row.record is None:
                continue
            others = [r for r in stored.get(row.key, []) if r.id not in self.claimed]
            if others:
                thing = m.THINGS[self.key][0]
                args = {"thing": thing, "key": self.key_text(row), "id": others[0].id}
                self.error(row, self.binding.match_key[-1], m.NAME_TAKEN, args)

    def key_text(self, row: ParsedRow) -> str:
        return self.planner.row_key_text(self, row)

    # -- references -----------------------------------------------------------------------

    def reference_columns(self, own_sheet: bool) -> list[Column]:
        columns = [
            c for c in self.present if c.kind in (Kind.REFERENCE, Kind.STAGE, Kind.NAME_LIST)
        ]
        chosen = [c for c in columns if (c.refers_to == self.key) == own_sheet]
        # The account first, then the context columns that narrow the other lookups.
        return sorted(chosen, key=lambda c: (c.key != "account", not c.context))

    def resolve_references(self, own_sheet: bool) -> None:
        columns = self.reference_columns(own_sheet)
        self.found_names = {}
        for row in self.rows:
            for column in columns:
                value = row.cells[column.key]
                if value is BLANK or value is UNKNOWN:
                    continue
                row.cells[column.key] = self.resolve(row, column, value)

    def account_of(self, row: ParsedRow):
        if "account" in row.cells:
            value = row.cells["account"]
            return None if value is BLANK else value
        return row.current("account")

    def resolve(self, row: ParsedRow, column: Column, value):
        if column.kind is Kind.STAGE:
            return self.resolve_stage(row, column, value)
        account = self.account_of(row)
        within = column.within_account or column.kind is Kind.NAME_LIST
        if within and account is UNKNOWN:
            return UNKNOWN  # the account's own error says it all
        if column.kind is Kind.NAME_LIST:
            found = [
                self.resolve_name(row, column, "stakeholders", name, account) for name in value
            ]
            return UNKNOWN if UNKNOWN in found else frozenset(found)
        return self.resolve_name(row, column, column.refers_to, value, account)

    def resolve_name(self, row: ParsedRow, column: Column, sheet_key: str, name: str, account):
        within = column.within_account or column.kind is Kind.NAME_LIST
        current = row.current(column.key) if column.kind is Kind.REFERENCE else None
        narrowing = self.narrowing(row, column)
        if narrowing is UNKNOWN:
            return UNKNOWN  # the context column's own error says it all
        # Names repeat down a column (every revenue row names its account): looked up once.
        lookup = (column.key, name, account, current, narrowing)
        identity = self.found_names.get(lookup)
        if identity is not None:
            return identity
        found = self.planner.index(sheet_key).find(name, account, within, current, narrowing)
        if found.target is not None and not found.target.doomed:
            self.found_names[lookup] = found.target.identity
            return found.target.identity
        self.reference_error(row, column, sheet_key, name, found, narrowing)
        return UNKNOWN

    def narrowing(self, row: ParsedRow, column: Column) -> Narrowing | None:
        """What the row's context column (if the sheet has it) says about the record meant;
        None when it says nothing; UNKNOWN when it could not be read."""
        by = column.narrowed_by
        if by is None or by not in row.cells:
            return None
        value = row.cells[by]
        if value is UNKNOWN:
            return UNKNOWN
        if by == "account":
            return Narrowing(portfolio_first=True) if value is BLANK else Narrowing(account=value)
        return None if value is BLANK else Narrowing(parent=value)

    def reference_error(self, row, column, sheet_key, name, found, narrowing) -> None:
        thing, things = m.THINGS[sheet_key]
        if found.target is not None:
            sheet_label = self.planner.sheet_label(sheet_key)
            self.error(row, column.key, m.DOOMED_REFERENCE, {"name": name, "sheet": sheet_label})
        elif found.ambiguous:
            args = {"name": name, "things": things, "where": where_found(found.ambiguous)}
            self.error(row, column.key, m.AMBIGUOUS_REFERENCE, args)
        elif narrowing is not None and narrowing.parent is not None:
            parent = row.text(column.narrowed_by)
            args = {"thing": thing, "name": name, "parent": parent}
            self.error(row, column.key, m.NO_REFERENCE_UNDER, args)
        elif (
            column.within_account
            or column.kind is Kind.NAME_LIST
            or (narrowing is not None and narrowing.account is not None)
        ):
            account = row.text("account") or self.planner.name_of(
                "accounts", row.current("account")
            )
            args = {"thing": thing, "name": name, "account": account}
            self.error(row, column.key, m.NO_REFERENCE_IN_ACCOUNT, args)
        else:
            self.error(row, column.key, m.NO_REFERENCE, {"thing": thing, "name": name})

    def resolve_stage(self, row: ParsedRow, column: Column, name: str):
        stage_id = self.planner.find_stage(name)
        if stage_id is None:
            stages = ", ".join(self.planner.stage_names())
            self.error(row, column.key, m.NO_STAGE, {"name": name, "stages": stages})
            return UNKNOWN
        return stage_id

    # -- the sheet as it will be, for the sheets after it ---------------------------------

    def build_index(self) -> SheetIndex | None:
        name_column = self.binding.name_column
        if name_column is None:
            return None
        column = self.sheet.column(name_column)
        account = self.sheet.column("account") if self.binding.account_attribute else None
        targets = []
        parent = self.binding.parent_column
        parent_column = self.sheet.column(parent) if parent else None
        targets = []
        for row in self.rows:
            if row.duplicate:
                continue
            name = self.final(row, column)
            if isinstance(name, str) and name:
                owner = self.final(row, account) if account else None
                above = self.final(row, parent_column) if parent_column else None
                targets.append(Target(row.identity, name, owner, row.number, parent=above))
        for record in self.records.values():
            if record.id not in self.claimed:
                doomed = self.planner.doomed(self.key, record)
                targets.append(record_target(self.binding, record, doomed))
        return SheetIndex(targets)


def blank_rows(raw_rows: list[RawRow], parsed: Iterable[list]) -> set[int]:
    """The indexes of the rows with nothing in them: each row whose parsed cells are all BLANK
    (as a cell of mere separators is too) has every cell checked."""
    candidates: Iterable[int] = range(len(raw_rows))
    for results in parsed:
        blanks = map(is_, map(results.__getitem__, candidates), repeat(BLANK))
        candidates = list(compress(candidates, blanks))
    return {
        number
        for number in candidates
        if all(is_blank(value) for value in raw_rows[number].cells.values())
    }


def record_target(binding, record: ExistingRecord, doomed: bool = False) -> Target:
    """A stored record as references find it: by name, account and parent record."""
    parent = record.values.get(binding.parent_column) if binding.parent_column else None
    name, account = record.values[binding.name_column], record.values.get("account")
    return Target(record.id, name, account, None, doomed, parent)
