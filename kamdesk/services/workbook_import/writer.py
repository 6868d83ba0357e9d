"""``apply_import``: writes a checked plan in one transaction — all of it or nothing.

Sheets are written in the schema's order: new records first (bulk inserts with the ids given
here, so later sheets can refer to them), then the changed fields of changed records
(bulk updates by id), then what hangs off a record in other tables (ICP ratings, reporting
lines, interaction participants, opportunity history). Deletions come last; the database's
ON DELETE CASCADE removes what depends on a deleted record.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from kamdesk.excel.collector import collector_paused
from kamdesk.excel.schema import SHEETS, SHEETS_BY_KEY, Kind
from kamdesk.model.enums import fold
from kamdesk.services.rows import update_by_id
from kamdesk.services.workbook_import.bindings import BINDINGS
from kamdesk.services.workbook_import.bulk import BulkInserts
from kamdesk.services.workbook_import.plan import CHANGED, NEW, ImportPlan, Pending, RowPlan
from kamdesk.services.workbook_import.planner import PROGRESS_STEP, Progress
from kamdesk.services.workbook_import.side_tables import SIDE_WRITERS, SideWrites
from kamdesk.store import Portfolio
from kamdesk.store.server import reserve_ids

CHUNK = 1000
RENAMED_UNIQUELY = {"accounts": "name", "org_units": "name", "products": "name"}


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def apply_import(portfolio: Portfolio, plan: ImportPlan, progress: Progress | None = None) -> None:
    """Writes ``plan``; refuses (ValueError) a plan with errors. If ``progress`` raises (the
    KAM cancelled), the transaction is rolled back and nothing is written."""
    if plan.has_errors:
        raise ValueError("the import plan has errors; nothing was written")
    with collector_paused(), portfolio.session() as session:
        PlanWriter(session, plan, progress).write()


class PlanWriter:
    def __init__(self, session: Session, plan: ImportPlan, progress: Progress | None):
        self.session = session
        self.plan = plan
        self.progress = progress
        self.ids: dict[Pending, int] = {}
        self.inserts = BulkInserts(session.connection())
        self.side = SideWrites(session, self.inserts, self.resolved)
        self.done = 0
        self.total = len(plan.rows) + len(plan.deletions)

    def write(self) -> None:
        new_sheets = {row.sheet_key for row in self.plan.rows if row.action == NEW}
        if new_sheets:
            # The ids handed out to new rows (see insert) must stay free until the commit:
            # take the write lock before anything is read.
            self.lock_for_new_ids(new_sheets)
        by_sheet: dict[str, list[RowPlan]] = defaultdict(list)
        for row in self.plan.rows:
            by_sheet[row.sheet_key].append(row)
        for sheet in SHEETS:
            if sheet.key in by_sheet:
                self.write_sheet(sheet.key, by_sheet[sheet.key])
        self.delete_missing()
        if self.progress is not None:
            self.progress(self.total, self.total, "")

    def lock_for_new_ids(self, sheet_keys: set[str]) -> None:
        """SQLite: the database's write lock (sqlite3 would only take it at the first insert).
        PostgreSQL: the tables that get new rows, against writers only (readers go on)."""
        connection = self.session.connection()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        quote = connection.dialect.identifier_preparer.format_table
        tables = sorted({quote(BINDINGS[key].table) for key in sheet_keys})
        connection.exec_driver_sql(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE")

    def tick(self, count: int, text: str) -> None:
        before, self.done = self.done, self.done + count
        if self.progress is not None and before // PROGRESS_STEP != self.done // PROGRESS_STEP:
            self.progress(self.done, self.total, text)

    def resolved(self, value):
        if isinstance(value, Pending):
            return self.ids[value]
        if isinstance(value, frozenset):
            return frozenset(self.resolved(v) for v in value)
        return value

    # -- one sheet ------------------------------------------------------------------------

    def write_sheet(self, sheet_key: str, rows: list[RowPlan]) -> None:
        new = [r for r in rows if r.action == NEW]
        changed = [r for r in rows if r.action == CHANGED]
        for chunk in _chunks(new):
            self.insert(sheet_key, chunk)
            self.tick(len(chunk), sheet_key)
        self.link_new_parents(sheet_key, new)
        for chunk in _chunks(changed):
            self.update(sheet_key, chunk)
            self.tick(len(chunk), sheet_key)
        side_writer = SIDE_WRITERS.get(sheet_key)
        if side_writer is not None:
            side_writer(self.side, new, changed)
        self.tick(len(rows) - len(new) - len(changed), sheet_key)

    def attributes(self, sheet_key: str, row: RowPlan, keys) -> dict[str, object]:
        """What the columns ``keys`` of ``row`` store, by table column."""
        columns = self.stored_columns(sheet_key, [row], keys)
        return {name: values[0] for name, values in columns.items()}

    def stored_columns(self, sheet_key: str, rows: list[RowPlan], keys) -> dict[str, list]:
        """What the columns ``keys`` of ``rows`` store, by table column: one list per column."""
        binding, sheet = BINDINGS[sheet_key], SHEETS_BY_KEY[sheet_key]
        keys = [key for key in keys if key in binding.attributes]
        columns = {}
        for key in keys:
            values = [row.values[key] for row in rows]
            if sheet.column(key).kind is Kind.REFERENCE:
                # None for a new row of this sheet not written yet: linked once it is.
                ids = self.ids
                values = [ids.get(v) if type(v) is Pending else v for v in values]
            elif key == "strategies":  # a tuple, not a list: see bulk (stored alike)
                values = [tuple(member.value for member in value) for value in values]
            columns[binding.attributes[key]] = values
        if sheet_key == "accounts" and "name" in keys:
            columns["name_key"] = list(map(fold, columns["name"]))
        columns.update(self.side.derived_columns(sheet_key, rows, keys))
        return columns

    def insert(self, sheet_key: str, rows: list[RowPlan]) -> None:
        """Plain executemany with the ids given here, in the order SQLite would hand them out
        (one above the largest): far faster than having each id returned row by row."""
        table = BINDINGS[sheet_key].table
        first_id = self.next_id(table, len(rows))
        ids = range(first_id, first_id + len(rows))
        # Worked out before this batch's ids are known: a reference to a row of the batch is
        # linked afterwards (link_new_parents).
        columns = {"id": ids, **self.stored_columns(sheet_key, rows, rows[0].values)}
        self.ids.update(zip([row.identity for row in rows], ids, strict=True))
        # On a server next_id took these ids from the sequence: rows a side table gets from it
        # later in this import (reporting lines are relations too) cannot take them.
        self.inserts.insert(table, columns)

    def next_id(self, table: Table, count: int) -> int:
        """The first of ``count`` new ids: on a server reserved from the table's sequence."""
        connection = self.session.connection()
        if connection.dialect.name == "postgresql":
            return reserve_ids(connection, table, count)
        largest = self.session.execute(select(func.max(table.c.id))).scalar()
        return (largest or 0) + 1

    def link_new_parents(self, sheet_key: str, rows: list[RowPlan]) -> None:
        """Org units whose parent is another new org unit get it now that both exist."""
        if sheet_key != "org_units":
            return
        links = [
            {"id": self.ids[row.identity], "parent_id": self.ids[row.values["parent"]]}
            for row in rows
            if isinstance(row.values.get("parent"), Pending)
        ]
        if links:
            update_by_id(self.session, BINDINGS[sheet_key].model, links)

    def update(self, sheet_key: str, rows: list[RowPlan]) -> None:
        model = BINDINGS[sheet_key].model
        self.free_unique_names(sheet_key, rows)
        changes = [
            {"id": row.record_id, **self.attributes(sheet_key, row, row.changed_keys)}
            for row in rows
        ]
        changes = [c for c in changes if len(c) > 1]
        if changes:
            update_by_id(self.session, model, changes)

    def free_unique_names(self, sheet_key: str, rows: list[RowPlan]) -> None:
        """Renamed records first take a name nobody has, so that two records swapping names
        never meet the unique index halfway."""
        column = RENAMED_UNIQUELY.get(sheet_key)
        renamed = [row for row in rows if column in row.changed_keys]
        if not renamed:
            return
        temporary = []
        for row in renamed:
            # A control character no cell keeps (PostgreSQL refuses NUL in text).
            placeholder = f"\x01kamdesk import {row.record_id}\x01"
            values = {"id": row.record_id, column: placeholder}
            if sheet_key == "accounts":
                values["name_key"] = placeholder
            temporary.append(values)
        update_by_id(self.session, BINDINGS[sheet_key].model, temporary)

    # -- deletions ------------------------------------------------------------------------

    def delete_missing(self) -> None:
        by_sheet: dict[str, list[int]] = defaultdict(list)
        for row in self.plan.deletions:
            by_sheet[row.sheet_key].append(row.record_id)
        for sheet in reversed(SHEETS):  # children before parents
            table = BINDINGS[sheet.key].table
            for chunk in _chunks(by_sheet.get(sheet.key, [])):
                self.session.execute(delete(table).where(table.c.id.in_(chunk)))
                self.tick(len(chunk), sheet.key)
