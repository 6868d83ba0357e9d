"""``kamdesk import``: exit status 0 (done), 1 (rejected, nothing written), 2 (unreadable)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_import_support import all_rows

from kamdesk.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kamdesk.excel.schema import SHEETS
from kamdesk.excel.writer import write_workbook
from kamdesk.services.portfolios import create_portfolio, open_portfolio


def a_workbook(path, accounts, revenue=(), language="en"):
    rows = {"accounts": list(accounts), "revenue": list(revenue)}
    return write_workbook(path, rows, language, app_version="test")


GOOD = [{"name": "Acme", "region": "Sul"}, {"name": "Beta"}]
JANUARY, FEBRUARY = dt.date(2026, 1, 1), dt.date(2026, 2, 1)
BAD_REVENUE = [{"account": "Acme", "month": JANUARY, "revenue": 10, "recurring": 20}]


@pytest.fixture
def existing(tmp_path):
    path = tmp_path / "carteira.kamdesk"
    create_portfolio(path).close()
    return path


def snapshot(path):
    portfolio = open_portfolio(path)
    try:
        return all_rows(portfolio)
    finally:
        portfolio.close()


def test_a_good_workbook_creates_the_portfolio_and_exits_0(tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD)
    target = tmp_path / "new.kamdesk"
    assert main(["import", str(target), str(book)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Accounts: 2 new, 0 changed, 0 unchanged, 0 deleted, 0 errors" in out
    assert target.exists()
    assert len(snapshot(target)["account"]) == 2


def test_a_rejected_workbook_exits_1_prints_every_error_and_writes_nothing(
    existing, tmp_path, capsys
):
    before = snapshot(existing)
    bad = [*BAD_REVENUE, {"account": "Nobody", "month": FEBRUARY, "revenue": 5}]
    book = a_workbook(tmp_path / "in.xlsx", GOOD, bad)
    assert main(["import", str(existing), str(book)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "Revenue, row 2, column Recurring: Recurring (20.00) cannot be more" in err
    assert "Revenue, row 3, column Account: No account named “Nobody”" in err
    assert snapshot(existing) == before


def test_a_rejected_workbook_leaves_no_new_portfolio_behind(tmp_path):
    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE)
    target = tmp_path / "new.kamdesk"
    assert main(["import", str(target), str(book)]) == EXIT_REJECTED
    assert list(tmp_path.glob("new.kamdesk*")) == []  # no lock file either


def test_an_unreadable_file_exits_2(existing, tmp_path, capsys):
    fake = tmp_path / "in.xlsx"
    fake.write_text("not a spreadsheet at all")
    assert main(["import", str(existing), str(fake)]) == EXIT_USAGE
    assert "in.xlsx" in capsys.readouterr().err
    assert main(["import", str(existing), str(fake), "--json"]) == EXIT_USAGE
    result = json.loads(capsys.readouterr().out)
    assert result["written"] is False and "in.xlsx" in result["error"]


def test_a_file_that_is_not_a_portfolio_exits_2(tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD)
    not_portfolio = tmp_path / "notes.kamdesk"
    not_portfolio.write_text("hello")
    assert main(["import", str(not_portfolio), str(book), "--json"]) == EXIT_USAGE
    assert json.loads(capsys.readouterr().out)["written"] is False


def test_dry_run_writes_nothing_and_exits_0(existing, tmp_path, capsys):
    before = snapshot(existing)
    book = a_workbook(tmp_path / "in.xlsx", GOOD)
    assert main(["import", str(existing), str(book), "--dry-run"]) == EXIT_OK
    assert "dry run: nothing was written" in capsys.readouterr().out
    assert snapshot(existing) == before
    target = tmp_path / "new.kamdesk"
    assert main(["import", str(target), str(book), "--dry-run"]) == EXIT_OK
    assert list(tmp_path.glob("new.kamdesk*")) == []


def test_dry_run_with_errors_exits_1(existing, tmp_path):
    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE)
    assert main(["import", str(existing), str(book), "--dry-run"]) == EXIT_REJECTED


def test_json_output(existing, tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE, language="pt_BR")
    assert main(["import", str(existing), str(book), "--json"]) == EXIT_REJECTED
    result = json.loads(capsys.readouterr().out)
    sheets = result.pop("sheets")
    assert list(sheets) == [sheet.english for sheet in SHEETS]  # the writer writes them all
    assert sheets["Accounts"] == {"new": 2, "changed": 0, "unchanged": 0, "deleted": 0, "errors": 0}
    assert sheets["Revenue"] == {"new": 0, "changed": 0, "unchanged": 0, "deleted": 0, "errors": 1}
    assert result == {
        "written": False,
        "errors": [
            {
                "sheet": "Revenue",
                "row": 2,
                "column": "Recorrente",
                "message": "Recurring (20.00) cannot be more than Revenue (10.00).",
            }
        ],
        "warnings": [],
    }
    good = a_workbook(tmp_path / "good.xlsx", GOOD)
    assert main(["import", str(existing), str(good), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["written"] is True


def test_delete_missing_from_the_command_line(existing, tmp_path, capsys):
    main(["import", str(existing), str(a_workbook(tmp_path / "one.xlsx", GOOD))])
    smaller = a_workbook(tmp_path / "two.xlsx", GOOD[:1])
    assert main(["import", str(existing), str(smaller), "--delete-missing", "--json"]) == EXIT_OK
    capsys.readouterr()
    assert [row[1] for row in snapshot(existing)["account"]] == ["Acme"]


def test_one_sheet_as_csv_with_the_sheet_named(existing, tmp_path, capsys):
    csv = tmp_path / "planilha.csv"
    csv.write_text("Nome;Região;Custo de aquisição\nAcme;Sul;R$ 1.234,56\n", encoding="utf-8")
    assert main(["import", str(existing), str(csv), "--sheet", "Contas"]) == EXIT_OK
    assert "Accounts: 1 new" in capsys.readouterr().out
    [account] = snapshot(existing)["account"]
    assert "Acme" in account and "Sul" in account


# --- --errors-workbook ---------------------------------------------------------------------------


def test_errors_workbook_marks_the_rejected_cells_and_says_where(existing, tmp_path, capsys):
    import openpyxl

    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE)
    before = book.read_bytes()
    out = tmp_path / "in - errors.xlsx"
    args = ["import", str(existing), str(book), "--errors-workbook", str(out)]
    assert main(args) == EXIT_REJECTED
    assert f"errors workbook: {out}" in capsys.readouterr().err
    marked = openpyxl.load_workbook(out)
    assert marked.sheetnames[0] == "Import errors"
    recurring = marked["Revenue"]["E2"]
    assert recurring.comment.text == "Recurring (20.00) cannot be more than Revenue (10.00)."
    assert marked.worksheets[0]["A2"].hyperlink.location == "'Revenue'!E2"
    assert book.read_bytes() == before


def test_errors_workbook_is_not_written_without_problems(existing, tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD)
    out = tmp_path / "errors.xlsx"
    assert main(["import", str(existing), str(book), "--errors-workbook", str(out)]) == EXIT_OK
    assert not out.exists()
    assert "errors workbook" not in capsys.readouterr().err


def test_errors_workbook_keeps_json_output_one_object(existing, tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE)
    out = tmp_path / "errors.xlsx"
    args = ["import", str(existing), str(book), "--json", "--errors-workbook", str(out)]
    assert main(args) == EXIT_REJECTED
    assert json.loads(capsys.readouterr().out)["written"] is False
    assert out.exists()


def test_errors_workbook_over_the_input_itself_is_a_usage_error(tmp_path, capsys):
    book = a_workbook(tmp_path / "in.xlsx", GOOD, BAD_REVENUE)
    before = book.read_bytes()
    target = tmp_path / "new.kamdesk"
    assert main(["import", str(target), str(book), "--errors-workbook", str(book)]) == EXIT_USAGE
    assert "cannot replace “in.xlsx”" in capsys.readouterr().err
    assert book.read_bytes() == before
    assert not target.exists()
