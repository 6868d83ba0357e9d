"""The import's bulk writes and reads go around SQLAlchemy's per-row work: they must store, and
read back, exactly what SQLAlchemy itself would."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import openpyxl
import pytest
from sqlalchemy import insert, select

from kamdesk.excel.reader import read_workbook
from kamdesk.excel.schema import SHEETS_BY_KEY, Kind, find_sheet
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import apply_import, bulk, plan_import, writer
from kamdesk.services.workbook_import.bindings import BINDINGS, ICP_COLUMNS, RELATION_KINDS
from kamdesk.services.workbook_import.canonical import from_database
from kamdesk.services.workbook_import.existing import PortfolioRecords

TODAY = dt.date(2026, 11, 25)
WRITE_TIMES = {"created_at", "updated_at", "changed_at"}  # differ from one run to the next


class ThroughSqlalchemy(bulk.BulkInserts):
    """The reference: the same rows sent as dicts through SQLAlchemy's own insert."""

    def insert(self, table, columns):
        by_row = zip(*columns.values(), strict=True)
        rows = [dict(zip(columns, values, strict=True)) for values in by_row]
        if rows:
            self.connection.execute(insert(table), rows)


def stored(path) -> list[str]:
    """Every row of every table as SQLite holds it, each value quoted (so 1, 1.0 and '1'
    differ), in rowid order; write times only as set or not."""
    connection = sqlite3.connect(path)
    try:
        lines = []
        tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        for (table,) in connection.execute(tables).fetchall():
            names = [row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")]
            shown = [
                f'"{name}" IS NOT NULL' if name in WRITE_TIMES else f'quote("{name}")'
                for name in names
            ]
            query = f'SELECT {", ".join(shown)} FROM "{table}" ORDER BY rowid'
            lines += [f"{table}: {row}" for row in connection.execute(query)]
        return [line for line in lines if "portfolio_id" not in line]  # random per portfolio
    finally:
        connection.close()


@pytest.fixture(params=["pt_BR", "en"])
def demo(request, tmp_path):
    path = tmp_path / "demo.kamdesk"
    write_demo(path, accounts=12, seed=5, language=request.param, today=TODAY)
    portfolio = open_portfolio(path)
    workbook = export_workbook(portfolio, tmp_path / "demo.xlsx", language=request.param).path
    portfolio.close()
    return path, workbook, request.param


def import_into(portfolio_path, workbook, language, *, delete_missing=False) -> list[str]:
    portfolio = open_portfolio(portfolio_path)
    try:
        plan = plan_import(portfolio, read_workbook(workbook, language), delete_missing)
        assert plan.errors == []
        apply_import(portfolio, plan)
    finally:
        portfolio.close()
    return stored(portfolio_path)


def test_new_records_are_stored_as_sqlalchemy_stores_them(demo, tmp_path, monkeypatch):
    _demo, workbook, language = demo
    create_portfolio(tmp_path / "bulk.kamdesk").close()
    shutil.copyfile(tmp_path / "bulk.kamdesk", tmp_path / "reference.kamdesk")
    ours = import_into(tmp_path / "bulk.kamdesk", workbook, language)
    monkeypatch.setattr(writer, "BulkInserts", ThroughSqlalchemy)
    reference = import_into(tmp_path / "reference.kamdesk", workbook, language)
    assert len(ours) > 1000
    assert ours == reference


def edited(workbook, target):
    """The workbook with a few rows of every sheet changed: long texts, money, ICP ratings."""
    book = openpyxl.load_workbook(workbook)
    for worksheet in book.worksheets:
        schema = find_sheet(worksheet.title)
        if schema is None:
            continue
        header = [cell.value for cell in worksheet[1]]
        columns = [next((c for c in schema.columns if c.matches(str(h))), None) for h in header]
        keys = BINDINGS[schema.key].match_key  # what rows are matched and referred to by
        for row in worksheet.iter_rows(min_row=2, max_row=6):
            for cell, column in zip(row, columns, strict=False):
                if column is None or column.key in keys or cell.value is None:
                    continue
                if column.kind is Kind.LONG_TEXT:
                    cell.value = f"{cell.value} (editado)"
                elif column.kind is Kind.MONEY:
                    cell.value += 1
                elif column.key in ICP_COLUMNS:
                    cell.value = 6 - cell.value
    book.save(target)
    return target


def test_changed_records_write_their_side_tables_as_sqlalchemy_does(demo, tmp_path, monkeypatch):
    path, workbook, language = demo
    changes = edited(workbook, tmp_path / "edited.xlsx")
    shutil.copyfile(path, tmp_path / "reference.kamdesk")
    ours = import_into(path, changes, language, delete_missing=True)
    monkeypatch.setattr(writer, "BulkInserts", ThroughSqlalchemy)
    reference = import_into(tmp_path / "reference.kamdesk", changes, language, delete_missing=True)
    assert ours == reference


def records_through_sqlalchemy(session, sheet_key: str) -> dict[int, tuple]:
    """What ``PortfolioRecords`` loads, the way SQLAlchemy's result processing reads it."""
    binding, sheet = BINDINGS[sheet_key], SHEETS_BY_KEY[sheet_key]
    columns = [sheet.column(key) for key in binding.attributes]
    table = binding.table
    query = select(table.c.id, *(table.c[binding.attributes[c.key]] for c in columns))
    if sheet_key == "relations":
        query = query.where(table.c.kind.in_([k.value for k in RELATION_KINDS]))
    return {
        row[0]: {c.key: from_database(c, v) for c, v in zip(columns, row[1:], strict=True)}
        for row in session.execute(query)
    }


def test_stored_records_are_read_as_sqlalchemy_reads_them(demo):
    path, _workbook, _language = demo
    portfolio = open_portfolio(path)
    try:
        with portfolio.session() as session:
            records = PortfolioRecords(session)
            for sheet_key in BINDINGS:
                expected = records_through_sqlalchemy(session, sheet_key)
                loaded = records.records(sheet_key)
                assert loaded.keys() == expected.keys()
                for record_id, values in expected.items():
                    read = loaded[record_id].values
                    for key, value in values.items():
                        assert (type(read[key]), read[key]) == (type(value), value), key
    finally:
        portfolio.close()
