"""The Accounts sheet's Differentiators column: exported after the positioning columns, read
back with no change, edited in the workbook, and absent from workbooks made before it existed."""

from __future__ import annotations

import openpyxl
import pytest
from test_import_support import all_rows

from kamdesk.excel.schema import ACCOUNTS
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import import_workbook

DIFFERENTIATORS = "Support on site within 24 h\nIntegration with their ERP\n=not a formula"
HEADERS = {"pt_BR": "Diferenciais", "en": "Differentiators"}


@pytest.fixture
def portfolio(tmp_path):
    opened = create_portfolio(tmp_path / "carteira.kamdesk")
    accounts = AccountService(opened)
    accounts.create(
        AccountData(
            name="Agro Cerrado",
            desired_position="We sell added value",
            perceived_position="The client buys commodity",
            differentiators=DIFFERENTIATORS,
        )
    )
    accounts.create(AccountData(name="Banco Paulista"))
    yield opened
    opened.close()


def headers(path, sheet_name: str) -> list[str]:
    book = openpyxl.load_workbook(path)
    values = [cell.value for cell in book[sheet_name][1]]
    book.close()
    return values


def drop_column(path, sheet_name: str, header: str) -> None:
    """The workbook as a version before differentiators wrote it: without that column."""
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    number = next(cell.column for cell in sheet[1] if cell.value == header)
    sheet.delete_cols(number)
    book.save(path)


def test_the_column_follows_the_positioning_columns():
    keys = [c.key for c in ACCOUNTS.columns]
    assert keys.index("differentiators") == keys.index("perceived_position") + 1
    column = ACCOUNTS.column("differentiators")
    assert (column.english, column.portuguese) == ("Differentiators", "Diferenciais")


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_export_then_import_changes_nothing(portfolio, tmp_path, language):
    path = export_workbook(portfolio, tmp_path / "carteira.xlsx", language=language).path
    sheet = ACCOUNTS.label(language)
    names = headers(path, sheet)
    assert (
        names.index(HEADERS[language])
        == names.index(ACCOUNTS.column("perceived_position").label(language)) + 1
    )
    before = all_rows(portfolio)
    plan, written = import_workbook(portfolio, path, delete_missing=True)
    assert written and plan.errors == []
    counts = plan.counts()
    assert (counts.new, counts.changed, counts.deleted) == (0, 0, 0)
    assert all_rows(portfolio) == before


def test_a_differentiator_edited_in_the_workbook_is_imported(portfolio, tmp_path):
    path = export_workbook(portfolio, tmp_path / "carteira.xlsx", language="pt_BR").path
    book = openpyxl.load_workbook(path)
    sheet = book["Contas"]
    column = next(c.column for c in sheet[1] if c.value == "Diferenciais")
    row = next(c.row for c in sheet["B"] if c.value == "Banco Paulista")
    sheet.cell(row, column).value = "Agência em todas as capitais"
    book.save(path)
    plan, written = import_workbook(portfolio, path)
    assert written and plan.counts().changed == 1
    accounts = AccountService(portfolio)
    banco = accounts.get(accounts.find_id("Banco Paulista"))
    assert banco.differentiators == "Agência em todas as capitais"
    agro = accounts.get(accounts.find_id("Agro Cerrado"))
    assert agro.differentiators == DIFFERENTIATORS


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_an_old_workbook_without_the_column_imports_and_keeps_them(portfolio, tmp_path, language):
    path = export_workbook(portfolio, tmp_path / "antiga.xlsx", language=language).path
    drop_column(path, ACCOUNTS.label(language), HEADERS[language])
    assert HEADERS[language] not in headers(path, ACCOUNTS.label(language))
    before = all_rows(portfolio)
    plan, written = import_workbook(portfolio, path, delete_missing=True)
    assert written and plan.errors == [] and plan.warnings == []
    assert plan.counts().changed == 0
    assert all_rows(portfolio) == before  # the differentiators stay as they were

    empty = create_portfolio(tmp_path / "nova.kamdesk")
    try:
        plan, written = import_workbook(empty, path)
        assert written and plan.errors == []
        accounts = AccountService(empty)
        agro = accounts.get(accounts.find_id("Agro Cerrado"))
        assert agro.differentiators == ""
        assert agro.perceived_position == "The client buys commodity"
    finally:
        empty.close()
