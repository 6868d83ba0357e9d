"""The errors workbook: the user's file with every import problem marked where it is, written
as a copy and read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import hashlib

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import Font
from test_import_support import resave_with_libreoffice

from kamdesk.excel import errors_workbook, reader
from kamdesk.excel.errors_workbook import (
    CELL_ERROR_FILL,
    CELL_WARNING_FILL,
    ROW_ERROR_FILL,
    SameFileError,
    UnmarkableWorkbook,
    write_errors_workbook,
)
from kamdesk.excel.raw import ReadProblem
from kamdesk.excel.reader import read_workbook
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import plan_import

SUMMARY = {"en": "Import errors", "pt_BR": "Erros da importação"}


class Stop(Exception):
    """What a Cancel button's progress callback raises."""


def column_of(sheet, header: str) -> str:
    """The letter of the column whose header (row 1) is ``header``."""
    return next(cell.column_letter for cell in sheet[1] if cell.value == header)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def problems_of(plan) -> list[tuple[ReadProblem, str, bool]]:
    return [(p, p.text(), True) for p in plan.errors] + [
        (p, p.text(), False) for p in plan.warnings
    ]


def planned(portfolio, path):
    return plan_import(portfolio, read_workbook(path, "en"))


def fill_of(cell) -> str:
    return cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else ""


@pytest.fixture
def edited(portfolio, tmp_path):
    """An export edited by hand: a bad date, text in a number column, a score out of range,
    an unknown account, a required column deleted, and the user's own formatting."""
    accounts = AccountService(portfolio)
    accounts.create(AccountData(name="Acme", industry="Agro"))
    accounts.create(AccountData(name="Beta"))
    path = export_workbook(portfolio, tmp_path / "Carteira.xlsx", language="en").path
    book = openpyxl.load_workbook(path)
    sheet = book["Accounts"]
    sheet[f"{column_of(sheet, 'Employees')}2"] = "many"
    sheet[f"{column_of(sheet, 'Client since')}2"] = "31/02/2020"
    sheet[f"{column_of(sheet, 'Strategic importance')}3"] = 9
    sheet[f"{column_of(sheet, 'Region')}3"] = "Sul"
    sheet[f"{column_of(sheet, 'Region')}3"].font = Font(bold=True, color="FF0000FF")
    sheet[f"{column_of(sheet, 'Owner')}2"].comment = Comment("Ask Ana", "Maria")
    revenue = book["Revenue"]
    revenue.append([None, "Nobody", dt.datetime(2026, 1, 1), 5, None])
    risks = book["Risks"]
    risks.delete_cols(next(c.column for c in risks[1] if c.value == "Description"))
    risks.append([None, "Acme", "Commercial"])
    book.save(path)
    return path


@pytest.fixture
def marked(portfolio, edited, tmp_path):
    """The errors workbook of ``edited``: (plan, its path, the source's digest before)."""
    plan = planned(portfolio, edited)
    before = digest(edited)
    target = write_errors_workbook(
        edited, problems_of(plan), tmp_path / "Carteira - errors.xlsx", language="en"
    )
    return plan, target, before


def test_the_plan_has_the_problems_the_tests_expect(marked):
    plan, _target, _before = marked
    texts = [p.text() for p in plan.errors]
    assert any("“many” is not a number" in text for text in texts)
    assert any("is not a real date" in text for text in texts)
    assert any("must be between 1 and 5" in text for text in texts)
    assert any("No account named “Nobody”" in text for text in texts)
    assert any("no “Description” column" in text for text in texts)


def test_each_bad_cell_is_filled_and_commented_with_its_message(marked, edited):
    _plan, target, before = marked
    book = openpyxl.load_workbook(target)
    accounts = book["Accounts"]
    expected = {
        f"{column_of(accounts, 'Employees')}2": "“many” is not a number.",
        f"{column_of(accounts, 'Client since')}2": "“31/02/2020” is not a real date.",
        f"{column_of(accounts, 'Strategic importance')}3": "“9” must be between 1 and 5.",
    }
    for reference, message in expected.items():
        cell = accounts[reference]
        assert fill_of(cell) == CELL_ERROR_FILL, reference
        assert cell.comment.text == message
        assert cell.comment.author == "KAMdesk"
    revenue = book["Revenue"]
    account = revenue[f"{column_of(revenue, 'Account')}2"]
    assert fill_of(account) == CELL_ERROR_FILL
    assert "No account named “Nobody”" in account.comment.text
    assert digest(edited) == before  # the user's file is never written to


def test_a_missing_column_marks_the_header_row_and_comments_its_first_visible_cell(marked):
    _plan, target, _before = marked
    risks = openpyxl.load_workbook(target)["Risks"]
    assert risks.column_dimensions["A"].hidden  # the id column: the comment goes after it
    assert "no “Description” column" in risks["B1"].comment.text
    assert risks["A1"].comment is None
    assert all(fill_of(cell) == ROW_ERROR_FILL for cell in risks[1] if cell.value)
    assert fill_of(risks["B2"]) == ""  # the row below is not about it


def test_the_summary_sheet_comes_first_lists_every_problem_and_links_to_its_cell(marked):
    plan, target, _before = marked
    book = openpyxl.load_workbook(target)
    summary = book.worksheets[0]
    assert summary.title == SUMMARY["en"] and book.active == summary
    assert not any(sheet.sheet_view.tabSelected for sheet in book.worksheets[1:])
    header = [cell.value for cell in summary[1]]
    assert header == ["Sheet", "Row", "Column", "Kind", "Problem"]
    assert all(cell.font.bold for cell in summary[1])
    assert summary.freeze_panes == "A2"
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(plan.errors) + len(plan.warnings)
    by_message = {row[4]: row for row in rows}
    employees = by_message["“many” is not a number."]
    accounts = book["Accounts"]
    letter = column_of(accounts, "Employees")
    assert employees[:4] == ("Accounts", 2, f"Employees ({letter})", "Error")
    links = {
        summary.cell(row=n, column=5).value: summary.cell(row=n, column=1).hyperlink
        for n in range(2, summary.max_row + 1)
    }
    assert links["“many” is not a number."].location == f"'Accounts'!{letter}2"
    missing = next(text for text in links if "“Description”" in text)
    assert links[missing].location == "'Risks'!B1"
    assert all(link.target is None for link in links.values())  # inside the file


def test_everything_else_of_the_users_file_is_kept(marked, edited):
    _plan, target, _before = marked
    original = openpyxl.load_workbook(edited)
    copy = openpyxl.load_workbook(target)
    assert copy.sheetnames == [SUMMARY["en"], *original.sheetnames]
    marked_cells = {
        (sheet.title, cell.coordinate)
        for sheet in copy.worksheets[1:]
        for row in sheet.iter_rows()
        for cell in row
        if fill_of(cell) in (CELL_ERROR_FILL, ROW_ERROR_FILL)
        or getattr(cell.comment, "author", "") == "KAMdesk"
    }
    for before in original.worksheets:
        after = copy[before.title]
        assert len(after.data_validations.dataValidation) == len(
            before.data_validations.dataValidation
        )
        assert after.freeze_panes == before.freeze_panes
        assert after.column_dimensions["A"].hidden == before.column_dimensions["A"].hidden
        for row in before.iter_rows():
            for cell in row:
                twin = after[cell.coordinate]
                where = (before.title, cell.coordinate)
                assert twin.value == cell.value, where
                assert looks(twin) == looks(cell), where
                if where not in marked_cells:
                    assert repr(twin.fill) == repr(cell.fill), where
    accounts = copy["Accounts"]
    owner = accounts[f"{column_of(accounts, 'Owner')}2"]
    assert (owner.comment.text, owner.comment.author) == ("Ask Ana", "Maria")


def looks(cell) -> tuple:
    """How a cell is formatted, but for its fill (style proxies do not compare as equal)."""
    return (
        cell.number_format,
        repr(cell.font),
        repr(cell.border),
        repr(cell.alignment),
        repr(cell.protection),
        cell.quotePrefix,
    )


def small_workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Contas"
    sheet.append(["id", "Nome", "Funcionários", "Região"])
    sheet.append([7, "Acme", "muitos", "Sul"])
    sheet.append([None, "Beta", 12, "Norte"])
    sheet.column_dimensions["A"].hidden = True
    sheet["D2"].comment = Comment("Confirm with Ana", "Maria")
    book.save(path)
    return path


def test_several_problems_on_one_cell_make_one_comment_and_warnings_are_yellow(tmp_path):
    source = small_workbook(tmp_path / "Contas.xlsx")
    problems = [
        (ReadProblem("Contas", 2, "Funcionários", "a", letter="C"), "Not a number.", True),
        (ReadProblem("Contas", 2, "Funcionários", "b", letter="C"), "Too many.", False),
        (ReadProblem("Contas", 3, "Região", "c", letter="D"), "Unknown region.", False),
        (ReadProblem("Contas", 2, "Região", "d", letter="D"), "Check this.", True),
        (ReadProblem("Contas", 3, "id", "e", letter="A"), "Unknown id.", True),
        (ReadProblem("", None, "", "f"), "The file as a whole.", True),
        (ReadProblem("Contas", None, "", "g"), "The sheet as a whole.", False),
    ]
    target = write_errors_workbook(source, problems, tmp_path / "out.xlsx", language="pt_BR")
    book = openpyxl.load_workbook(target)
    sheet = book["Contas"]
    assert sheet["C2"].comment.text == "Not a number.\nAviso: Too many."
    assert fill_of(sheet["C2"]) == CELL_ERROR_FILL  # an error outweighs a warning
    assert fill_of(sheet["D3"]) == CELL_WARNING_FILL
    assert sheet["D2"].comment.text == "Check this.\n\nConfirm with Ana"  # theirs is kept
    assert not sheet.column_dimensions["A"].hidden  # a marked id must be seen
    assert sheet["A3"].comment.text == "Unknown id."
    summary = book.worksheets[0]
    assert summary.title == SUMMARY["pt_BR"]
    assert [c.value for c in summary[1]] == ["Aba", "Linha", "Coluna", "Tipo", "Problema"]
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    assert [row[4] for row in rows] == [message for _p, message, _e in problems]
    assert rows[5] == (None, None, None, "Erro", "The file as a whole.")
    assert rows[6][:4] == ("Contas", None, None, "Aviso")
    assert summary["A7"].hyperlink is None
    assert summary["A8"].hyperlink.location == "'Contas'!A1"


def test_a_csv_becomes_a_workbook_named_after_it_with_its_cells_marked(portfolio, tmp_path):
    source = tmp_path / "Contas.csv"
    source.write_text(
        "Nome;Funcionários;Observações\nAcme;muitos;=1+1\nBeta;12;\n", encoding="utf-8"
    )
    before = digest(source)
    plan = planned(portfolio, source)
    [problem] = plan.errors
    assert (problem.sheet, problem.row, problem.letter) == ("Contas.csv", 2, "B")
    target = write_errors_workbook(
        source, problems_of(plan), tmp_path / "Contas - errors.xlsx", language="en"
    )
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [SUMMARY["en"], "Contas"]
    sheet = book["Contas"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Nome", "Funcionários", "Observações"],
        ["Acme", "muitos", "=1+1"],
        ["Beta", "12", None],
    ]
    assert sheet["C2"].data_type == "s"  # text that looks like a formula stays text
    assert "“muitos”" in sheet["B2"].comment.text
    assert fill_of(sheet["B2"]) == CELL_ERROR_FILL
    assert book.worksheets[0]["A2"].hyperlink.location == "'Contas'!B2"
    assert digest(source) == before


@pytest.mark.parametrize("target_format", ["ods", "xls"])
def test_an_ods_or_xls_file_is_copied_with_the_same_cells_marked(
    soffice, portfolio, edited, tmp_path, target_format
):
    source = resave_with_libreoffice(soffice, edited, target_format, tmp_path)
    before = digest(source)
    plan = planned(portfolio, source)
    assert any("“many” is not a number" in p.text() for p in plan.errors)
    target = write_errors_workbook(
        source, problems_of(plan), tmp_path / "errors.xlsx", language="en"
    )
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [SUMMARY["en"], *openpyxl.load_workbook(edited).sheetnames]
    accounts = book["Accounts"]
    employees = accounts[f"{column_of(accounts, 'Employees')}2"]
    assert employees.value == "many"
    assert employees.comment.text == "“many” is not a number."
    assert accounts[f"{column_of(accounts, 'Name')}3"].value == "Beta"
    # A copy has the values only: no hidden id column to skip for the row's comment.
    assert "no “Description” column" in book["Risks"]["A1"].comment.text
    assert digest(source) == before


def test_the_source_itself_is_refused_as_target(tmp_path):
    source = small_workbook(tmp_path / "Contas.xlsx")
    before = digest(source)
    for target in (source, tmp_path / "sub" / ".." / "Contas.xlsx"):
        with pytest.raises(SameFileError, match=r"cannot replace “Contas\.xlsx”"):
            write_errors_workbook(source, [], target, language="en")
    with pytest.raises(ValueError, match=r"\.xlsx"):
        write_errors_workbook(source, [], tmp_path / "out.xls", language="en")
    assert digest(source) == before
    assert [p.name for p in tmp_path.iterdir()] == ["Contas.xlsx"]


def damaged_styles(path):
    """A workbook the importer reads (it ignores styles) but openpyxl cannot open."""
    import zipfile

    good = small_workbook(path.with_name("good.xlsx"))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                data = b"<styleSheet><broken"
            target.writestr(item, data)
    good.unlink()
    return path


def encrypted(path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + bytes(1000))
    return path


def truncated(path):
    good = small_workbook(path.with_name("good.xlsx"))
    path.write_bytes(good.read_bytes()[:700])
    good.unlink()
    return path


@pytest.mark.parametrize(
    ("make", "template"),
    [
        (damaged_styles, errors_workbook.CANNOT_MARK),
        (encrypted, reader.ENCRYPTED),
        (truncated, reader.CORRUPT),
    ],
)
def test_a_file_that_cannot_be_opened_raises_a_clear_error_and_writes_nothing(
    tmp_path, make, template
):
    source = make(tmp_path / "Contas.xlsx")
    with pytest.raises(UnmarkableWorkbook) as raised:
        write_errors_workbook(source, [], tmp_path / "out.xlsx", language="en")
    assert raised.value.problem.template == template
    assert "“Contas.xlsx”" in str(raised.value)
    assert [p.name for p in tmp_path.iterdir()] == ["Contas.xlsx"]


@pytest.mark.parametrize("when", ["reading", "saving"])
def test_cancelling_halfway_leaves_no_file_behind(marked, edited, tmp_path, monkeypatch, when):
    """The progress callback raises (Cancel) halfway through reading, or through saving once
    the temporary file exists."""
    monkeypatch.setattr(errors_workbook, "PROGRESS_BYTES", 1024)
    plan, _target, _before = marked
    out = tmp_path / "cancelled"
    out.mkdir()
    calls = []

    def progress(done, total, text):
        if text.casefold().startswith(when):
            calls.append(done)
            if len(calls) == 2:
                raise Stop

    with pytest.raises(Stop):
        write_errors_workbook(
            edited, problems_of(plan), out / "x.xlsx", language="en", progress=progress
        )
    assert list(out.iterdir()) == []
    if when == "reading":
        assert calls[-1] > 0  # inside openpyxl's load, not before it


def test_a_big_file_reports_progress_while_it_is_read_and_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(errors_workbook, "PROGRESS_BYTES", 1024)
    source = small_workbook(tmp_path / "Contas.xlsx")
    book = openpyxl.load_workbook(source)
    for number in range(2000):
        book["Contas"].append([None, f"Account {number}", number, "Sul"])
    book.save(source)
    calls = []
    write_errors_workbook(
        source, [], tmp_path / "out.xlsx", language="en", progress=lambda *a: calls.append(a)
    )
    reading = [done for done, total, text in calls if text == "Reading “Contas.xlsx”"]
    assert len(reading) > 2 and reading == sorted(reading)
    assert sum(text == "Saving" for _d, _t, text in calls) > 2
