"""Helpers the import tests share: workbooks built in memory as the reader would hand them over,
and the whole database as rows, to prove that a refused import wrote nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from xlsxwriter.utility import xl_col_to_name

from kamdesk.excel.raw import RawRow, RawSheet, RawWorkbook
from kamdesk.excel.schema import SHEETS, SHEETS_BY_KEY, Kind
from kamdesk.model import Base
from kamdesk.model.enums import LabelledEnum

YES_NO = {"pt_BR": ("Sim", "Não"), "en": ("Yes", "No")}
NUMBER_KINDS = {Kind.ID, Kind.INTEGER, Kind.MONEY, Kind.NUMBER, Kind.PERCENT}


def raw_sheet(sheet_key: str, rows: list[dict], language: str = "en", columns=None) -> RawSheet:
    """A sheet whose rows are ``{column key: cell}``; the headers are the columns used (or
    ``columns``), labelled in ``language``."""
    sheet = SHEETS_BY_KEY[sheet_key]
    if columns is None:
        columns = [c.key for c in sheet.columns if any(c.key in row for row in rows)]
    headers = {key: sheet.column(key).label(language) for key in columns}
    letters = {key: xl_col_to_name(number) for number, key in enumerate(columns)}
    raw_rows = [
        RawRow(number, {key: row.get(key) for key in columns})
        for number, row in enumerate(rows, start=2)
    ]
    return RawSheet(sheet, sheet.label(language), headers, letters, raw_rows)


def workbook(language: str = "en", scope_account: str | None = None, **rows_by_sheet):
    """``workbook(accounts=[{...}], revenue=[{...}])``: the sheets given, in any language."""
    sheets = {
        key: rows if isinstance(rows, RawSheet) else raw_sheet(key, rows, language)
        for key, rows in rows_by_sheet.items()
    }
    return RawWorkbook("test.xlsx", language, scope_account, sheets)


def all_rows(portfolio) -> dict[str, list[tuple]]:
    with portfolio.engine.connect() as connection:
        return {
            t.name: sorted(map(tuple, connection.execute(select(t))), key=repr)
            for t in Base.metadata.sorted_tables
        }


def as_cell(kind: Kind, value, language: str):
    """A value as a spreadsheet cell holds it after the writer and a reader: numbers as
    floats, dates as datetimes, everything else as the text the writer writes."""
    if value is None:
        return None
    if kind in NUMBER_KINDS:
        return float(value)
    if kind in (Kind.DATE, Kind.MONTH):
        return dt.datetime.combine(value, dt.time())
    if kind is Kind.BOOL:
        return YES_NO[language][0 if value else 1]
    if kind is Kind.ENUM_LIST:
        return ", ".join(_label(v, language) for v in value) or None
    if kind is Kind.NAME_LIST:
        return "; ".join(value) or None
    text = _label(value, language)
    return text or None


def _label(value, language: str) -> str:
    return value.label(language) if isinstance(value, LabelledEnum) else str(value)


def exported_workbook(rows_by_sheet, language: str, scope_account: str | None = None):
    """What reading back an export of ``rows_by_sheet`` gives (read-only columns dropped)."""
    sheets = {}
    for sheet in SHEETS:
        columns = [c for c in sheet.columns if not c.read_only]
        rows = [
            {c.key: as_cell(c.kind, row.get(c.key), language) for c in columns}
            for row in rows_by_sheet.get(sheet.key, [])
        ]
        sheets[sheet.key] = raw_sheet(sheet.key, rows, language, [c.key for c in columns])
    return RawWorkbook("export.xlsx", language, scope_account, sheets)


def money(text: str) -> Decimal:
    return Decimal(text)


def resave_with_libreoffice(soffice: str, source: Path, target_format: str, folder: Path) -> Path:
    """``source`` opened and saved as ``target_format`` by LibreOffice, with a profile of its
    own (a shared one would make parallel runs wait on each other)."""
    out = folder / f"resaved-{target_format}"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.{target_format}"
