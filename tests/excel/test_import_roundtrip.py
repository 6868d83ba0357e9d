"""The key property of the workbook: export, read back, import — nothing changes. Then the
same through real .xlsx files, edited the way a KAM edits them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select
from test_import_support import all_rows, exported_workbook, resave_with_libreoffice

from kamdesk.excel.reader import read_workbook
from kamdesk.model import Account, RevenueRecord
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.services.workbook_export import export_rows, export_workbook
from kamdesk.services.workbook_import import (
    CHANGED,
    NEW,
    apply_import,
    import_workbook,
    plan_import,
)

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(params=["pt_BR", "en"])
def demo(request, tmp_path):
    path = tmp_path / "demo.kamdesk"
    write_demo(path, accounts=12, seed=5, language=request.param, today=TODAY)
    portfolio = open_portfolio(path)
    yield portfolio, request.param
    portfolio.close()


def assert_nothing_to_do(plan) -> None:
    assert plan.errors == []
    counts = plan.counts()
    assert (counts.new, counts.changed, counts.deleted) == (0, 0, 0)
    assert counts.unchanged > 0


def test_the_demo_exported_and_read_back_changes_nothing(demo):
    portfolio, language = demo
    raw = exported_workbook(export_rows(portfolio, language=language), language)
    before = all_rows(portfolio)
    plan = plan_import(portfolio, raw, delete_missing=True)
    assert_nothing_to_do(plan)
    apply_import(portfolio, plan)
    assert all_rows(portfolio) == before


def test_the_demo_through_a_real_xlsx_file_changes_nothing(demo, tmp_path):
    portfolio, language = demo
    path = export_workbook(portfolio, tmp_path / "carteira.xlsx", language=language).path
    before = all_rows(portfolio)
    plan, written = import_workbook(portfolio, path, delete_missing=True)
    assert written
    assert_nothing_to_do(plan)
    assert plan.warnings == []
    assert all_rows(portfolio) == before


def test_the_demo_imported_into_an_empty_portfolio_recreates_every_record(demo, tmp_path):
    """The ids are the other portfolio's, so rows are matched by name. Titles repeat across
    accounts (key results, check-ins): the Account and Objective columns tell them apart."""
    portfolio, language = demo
    path = export_workbook(portfolio, tmp_path / "carteira.xlsx", language=language).path
    empty = create_portfolio(tmp_path / "nova.kamdesk")
    try:
        plan = plan_import(empty, read_workbook(path, language))
        assert [e.text() for e in plan.errors] == []
        assert [w.text() for w in plan.warnings] == [
            "This workbook was exported from another portfolio: its ids were ignored and its "
            "rows matched by name."
        ]
        apply_import(empty, plan)
        assert record_counts(empty) == record_counts(portfolio)
        again = plan_import(empty, read_workbook(path, language))
        assert again.counts().unchanged == plan.counts().new
    finally:
        empty.close()


# What the workbook does not hold: settings, forecast snapshots and targets, the ICP ratings
# other than growth potential and market influence, and opportunities' past stages.
NOT_IN_THE_WORKBOOK = {
    "setting",
    "opportunity_history",
    "forecast_snapshot",
    "forecast_snapshot_line",
    "forecast_target",
    "icp_rating",
}


def record_counts(portfolio) -> dict[str, int]:
    return {
        table: len(rows)
        for table, rows in all_rows(portfolio).items()
        if table not in NOT_IN_THE_WORKBOOK
    }


def test_a_single_account_export_with_delete_missing_deletes_nothing(demo, tmp_path):
    portfolio, language = demo
    with portfolio.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
    path = tmp_path / "conta.xlsx"
    export_workbook(portfolio, path, language=language, account_id=account_id)
    raw = read_workbook(path, language)
    assert raw.scope_account
    plan = plan_import(portfolio, raw, delete_missing=True)
    assert_nothing_to_do(plan)


def edit_cells(path, sheet_name: str, edits: dict[tuple[int, int], object], new_rows=()):
    """Changes cells (row, column: 1-based) and appends rows, as a KAM would in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    for (row, column), value in edits.items():
        sheet.cell(row, column).value = value
    for values in new_rows:
        sheet.append(values)
    book.save(path)


def header_index(path, sheet_name: str) -> dict[str, int]:
    book = openpyxl.load_workbook(path, read_only=True)
    headers = next(book[sheet_name].iter_rows(min_row=1, max_row=1, values_only=True))
    book.close()
    return {text: number for number, text in enumerate(headers, start=1)}


def test_an_edited_xlsx_changes_exactly_what_was_edited(tmp_path):
    write_demo(tmp_path / "demo.kamdesk", accounts=5, seed=2, language="pt_BR", today=TODAY)
    demo = open_portfolio(tmp_path / "demo.kamdesk")
    try:
        path = export_workbook(demo, tmp_path / "carteira.xlsx", language="pt_BR").path
        columns = header_index(path, "Contas")
        account_name = openpyxl.load_workbook(path)["Contas"].cell(2, columns["Nome"]).value
        edit_cells(path, "Contas", {(2, columns["Região"]): "Região Nova"})
        revenue = header_index(path, "Receita")
        new_row = [None] * len(revenue)
        new_row[revenue["Conta"] - 1] = account_name
        new_row[revenue["Mês"] - 1] = "2030-01"
        new_row[revenue["Receita"] - 1] = "R$ 1.234,56"
        edit_cells(path, "Receita", {}, [new_row])
        plan, written = import_workbook(demo, path)
        assert written and plan.errors == []
        assert [(r.sheet_key, r.action) for r in plan.rows if r.writes] == [
            ("accounts", CHANGED),
            ("revenue", NEW),
        ]
        with demo.session() as session:
            account = session.scalars(select(Account).filter_by(name=account_name)).one()
            assert account.region == "Região Nova"
            record = session.scalars(
                select(RevenueRecord).filter_by(month=dt.date(2030, 1, 1))
            ).one()
            assert (record.account_id, record.revenue) == (account.id, Decimal("1234.56"))
    finally:
        demo.close()


@pytest.mark.parametrize("target_format", ["xlsx", "ods"])
def test_an_export_resaved_by_libreoffice_imports_with_no_changes(
    soffice, demo, tmp_path, target_format
):
    """A client opens the workbook in LibreOffice and saves it without edits: 0 changes."""
    portfolio, language = demo
    exported = export_workbook(portfolio, tmp_path / "carteira.xlsx", language=language).path
    resaved = resave_with_libreoffice(soffice, exported, target_format, tmp_path)
    before = all_rows(portfolio)
    plan, _written = import_workbook(portfolio, resaved, delete_missing=True)
    assert_nothing_to_do(plan)
    assert all_rows(portfolio) == before
