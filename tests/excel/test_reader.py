"""The workbook reader: real files written to disk, good ones and bad ones (WORKBOOK.md)."""

from __future__ import annotations

import datetime as dt
import inspect
import os
import random
import string
import struct
import time
import zipfile

import openpyxl
import pytest
import xlsxwriter
from test_import_support import resave_with_libreoffice

from kamdesk.excel import reader, writer
from kamdesk.excel.reader import (
    MAX_ROWS,
    PROGRESS_EVERY,
    UnreadableWorkbook,
    column_letter,
    read_workbook,
)

# --- Writing workbooks -------------------------------------------------------------------------


def write_xlsx(path, sheets: dict[str, list[list]], hidden=()):
    """Write ``sheets`` (tab name → rows, None = empty cell) with xlsxwriter; strings as text."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        if name in hidden:
            sheet.hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, date_format)
                else:
                    sheet.write(r, c, value)
    book.close()
    return path


def write_openpyxl(path, sheets: dict[str, list[list]]):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Contas" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/></Relationships>'
)


def write_raw_xlsx(path, sheet_data: str, extra: dict[str, bytes] | None = None):
    """A one-sheet ("Contas") xlsx written by hand, for shapes no library writes."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
        f'org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def unreadable(path, **options) -> UnreadableWorkbook:
    with pytest.raises(UnreadableWorkbook) as caught:
        read_workbook(path, **options)
    error = caught.value
    assert os.path.basename(path) in str(error), "every refusal names the file"
    assert error.problem.args["file"] == os.path.basename(path)
    return error


def texts(problems) -> list[str]:
    return [problem.text() for problem in problems]


ACCOUNTS_PT = [
    ["id", "Nome", "Setor", "Região", "Funcionários", "Cliente desde", "Pontuação ICP"],
    [7, "Acme", "Varejo", "Sul", 120, dt.date(2020, 5, 1), 81.5],
    [None, " Beta Ltda ", None, "Norte", None, None, None],
]
OPPORTUNITIES_PT = [
    ["Conta", "Título", "Valor único", "Etapa"],
    ["Acme", "Renovação 2027", 15000.5, "Proposta"],
]

# --- Normal workbooks --------------------------------------------------------------------------


def test_column_letters():
    cases = {0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA", 16383: "XFD"}
    for index, letter in cases.items():
        assert column_letter(index) == letter
        assert reader._column_index(letter.encode()) == index
    with pytest.raises(ValueError):
        column_letter(-1)


def test_a_portuguese_workbook_is_read_by_schema_key_with_row_numbers_and_raw_values(tmp_path):
    path = write_xlsx(
        tmp_path / "Carteira.xlsx",
        {
            "Instruções": [["Idioma", "Português"]],
            "Contas": ACCOUNTS_PT,
            "Oportunidades": OPPORTUNITIES_PT,
        },
    )
    book = read_workbook(path, "en")
    assert book.language == "pt_BR"  # the Instructions sheet wins over the hint
    assert book.errors == [] and book.warnings == []
    assert set(book.sheets) == {"accounts", "opportunities"}
    accounts = book.sheets["accounts"]
    assert accounts.tab_name == "Contas"
    assert accounts.headers == {
        "id": "id",
        "name": "Nome",
        "industry": "Setor",
        "region": "Região",
        "employees": "Funcionários",
        "client_since": "Cliente desde",
    }  # the read-only ICP score is left out
    assert accounts.column_letters["region"] == "D"
    assert [row.row for row in accounts.rows] == [2, 3]
    first, second = accounts.rows
    assert first.cells["id"] == 7
    assert first.cells["name"] == "Acme"
    assert first.cells["employees"] == 120
    assert first.cells["client_since"] in (dt.date(2020, 5, 1), dt.datetime(2020, 5, 1))
    assert second.cells["name"] == " Beta Ltda "  # not stripped: the planner decides
    assert second.cells["industry"] is None  # blank, yet present: the column is in the sheet
    assert "icp_score" not in first.cells
    assert "legal_name" not in first.cells  # a column the sheet does not have
    opportunity = book.sheets["opportunities"].rows[0]
    assert opportunity.cells == {
        "account": "Acme",
        "title": "Renovação 2027",
        "one_time_value": 15000.5,
        "stage": "Proposta",
    }


def test_english_workbook_with_headers_in_either_language_case_accents_and_spaces(tmp_path):
    path = write_openpyxl(
        tmp_path / "portfolio.xlsx",
        {
            "Instructions": [["Language", "English"], ["Scope", "Acme"]],
            "ACCOUNTS": [
                [" name ", "REGIAO", "industry", "Estagio do ciclo de vida", "tax id"],
                ["Acme", "South", "Retail", "Development", "11.222.333/0001-81"],
            ],
            "opportunities": [["account", "TITULO", "Monthly Recurring Value"], ["Acme", "X", 10]],
        },
    )
    book = read_workbook(path)
    assert book.language == "en"
    assert book.scope_account == "Acme"
    assert book.errors == [] and book.warnings == []
    accounts = book.sheets["accounts"]
    assert accounts.tab_name == "ACCOUNTS"
    assert accounts.headers["name"] == " name "  # as written
    assert accounts.rows[0].cells == {
        "name": "Acme",
        "region": "South",
        "industry": "Retail",
        "lifecycle_stage": "Development",
        "tax_id": "11.222.333/0001-81",
    }
    assert book.sheets["opportunities"].rows[0].cells["recurring_value"] == 10


@pytest.mark.parametrize(
    ("written", "language"),
    [("pt_BR", "pt_BR"), ("en", "en"), ("Português", "pt_BR"), ("English", "en")],
)
def test_the_language_comes_from_the_instructions_sheet(tmp_path, written, language):
    hint = "en" if language == "pt_BR" else "pt_BR"
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Instructions": [["KAMdesk workbook"], [], ["Language:", written]],
            "Contas": [["Nome"], ["Acme"]],
        },
    )
    assert read_workbook(path, hint).language == language


@pytest.mark.parametrize(("written", "scope"), [(None, None), ("Acme", "Acme")])
def test_the_scope_is_the_cell_right_after_its_label(tmp_path, written, scope):
    # As the writer lays it out: label in A, value in B (blank = the whole portfolio), a hint in C.
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Instruções": [
                ["Carteira exportada do KAMdesk"],
                ["Idioma", "en", "English"],
                ["Escopo", written, "em branco = a carteira inteira; o nome de uma conta = só ela"],
            ],
            "Contas": [["Name"], ["Acme"]],
        },
    )
    book = read_workbook(path)
    assert book.language == "en"
    assert book.scope_account == scope


def test_without_instructions_the_hint_is_the_language_and_the_scope_is_the_portfolio(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": [["Nome"], ["Acme"]]})
    book = read_workbook(path, "en")
    assert book.language == "en"
    assert book.scope_account is None
    assert read_workbook(path).language == "pt_BR"


def test_unknown_sheets_and_columns_are_warnings_and_ignored(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Contas": [["Nome", "Cor favorita", "Setor"], ["Acme", "azul", "Varejo"]],
            "Rascunho": [["anything"], ["at all"]],
        },
    )
    book = read_workbook(path)
    assert book.errors == []
    assert texts(book.warnings) == [
        "Sheet “Rascunho” is not a KAMdesk sheet; it was ignored.",
        "Column B of sheet “Contas”, “Cor favorita”, is not a KAMdesk column; it was ignored.",
    ]
    unknown_column = book.warnings[1]
    assert (unknown_column.sheet, unknown_column.row, unknown_column.column) == ("Contas", 1, "B")
    assert book.sheets["accounts"].rows[0].cells == {"name": "Acme", "industry": "Varejo"}


def test_values_under_a_blank_header_are_a_warning_once(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Contas": [["Nome", None, "Setor"], ["Acme", "x", "Varejo"], ["Beta", "y", None]]},
    )
    book = read_workbook(path)
    assert texts(book.warnings) == [
        "Column B of sheet “Contas” has values but no name in the header row; it was ignored."
    ]
    assert len(book.sheets["accounts"].rows) == 2


@pytest.mark.parametrize(("language", "label"), [("pt_BR", "Conta"), ("en", "Account")])
def test_a_missing_required_column_is_an_error_naming_it_in_the_workbook_language(
    tmp_path, language, label
):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Oportunidades": [["Título", "Etapa"], ["Renovação", "Proposta"]]},
    )
    book = read_workbook(path, language)
    assert texts(book.errors) == [f"Sheet “Oportunidades” has no “{label}” column, which it needs."]
    assert book.sheets["opportunities"].rows[0].cells["title"] == "Renovação"


def test_a_missing_id_column_or_read_only_column_is_fine(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"Riscos": [["Conta", "Descrição"], ["A", "B"]]})
    book = read_workbook(path)
    assert book.errors == [] and book.warnings == []
    assert book.sheets["risks"].rows[0].cells == {"account": "A", "description": "B"}


def test_a_duplicated_header_is_an_error_and_the_first_column_is_kept(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Contas": [["Nome", "Setor", "name"], ["Acme", "Varejo", "Other"]]},
    )
    book = read_workbook(path)
    assert texts(book.errors) == [
        "Columns A and C of sheet “Contas” are both “Nome”; keep only one of them."
    ]
    assert book.errors[0].column == "C"
    assert book.sheets["accounts"].rows[0].cells["name"] == "Acme"


def test_a_header_below_empty_rows_keeps_the_real_row_numbers_and_empty_rows_are_skipped(
    tmp_path,
):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Contas": [
                [],
                [],
                [None, "Nome", "Setor"],  # row 3, from column B
                [None, "Acme", "Varejo"],
                [],
                [None, "   ", None],  # only spaces: empty
                [None, None, "Indústria"],
            ]
        },
    )
    book = read_workbook(path)
    accounts = book.sheets["accounts"]
    assert accounts.column_letters == {"name": "B", "industry": "C"}
    assert [(row.row, row.cells) for row in accounts.rows] == [
        (4, {"name": "Acme", "industry": "Varejo"}),
        (7, {"name": None, "industry": "Indústria"}),
    ]


def test_the_hidden_lists_sheet_is_ignored_silently(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Contas": [["Nome"], ["Acme"]], "_lists": [["Sim", "Não"]]},
        hidden={"_lists"},
    )
    book = read_workbook(path)
    assert book.warnings == [] and book.errors == []
    assert list(book.sheets) == ["accounts"]


def test_two_tabs_for_the_same_sheet_are_an_error(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Contas": [["Nome"], ["Acme"]], "Accounts": [["Name"], ["Beta"]]},
    )
    book = read_workbook(path)
    assert texts(book.errors) == [
        "Sheets “Contas” and “Accounts” both hold Contas; keep only one of them."
    ]
    assert book.sheets["accounts"].tab_name == "Contas"


def test_a_header_row_without_any_column_name_is_an_error(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {"Contas": [["Lista de clientes"], ["Nome"], ["Acme"]], "Produtos": [["Nome"], ["X"]]},
    )
    book = read_workbook(path)
    assert texts(book.errors) == [
        "Sheet “Contas” has no header row: row 1 has none of the sheet's column names, such as "
        "“Nome”."
    ]
    assert list(book.sheets) == ["products"]


def test_an_empty_known_sheet_has_no_header_row(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": [], "Produtos": [["Nome"], ["X"]]})
    book = read_workbook(path)
    assert [problem.template for problem in book.errors] == [reader.NO_HEADER]
    assert "Sheet “Contas” has no header row" in book.errors[0].text()


def test_more_rows_than_the_limit_is_an_error_and_reading_stops(tmp_path):
    rows = [["Nome"]] + [[f"Conta {n}"] for n in range(60)]
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": rows})
    book = read_workbook(path, max_rows=50)
    accounts = book.sheets["accounts"]
    assert len(accounts.rows) == 50
    assert accounts.rows[-1].row == 51
    assert texts(book.errors) == [
        "Sheet “Contas” has more than 50 rows; split the file into smaller ones."
    ]
    assert book.errors[0].row == 52  # where reading stopped


def test_the_default_limits():
    defaults = inspect.signature(read_workbook).parameters
    # Whatever KAMdesk exports, it imports back (a 100k-account export unpacks to 220 MB).
    assert defaults["max_rows"].default == MAX_ROWS == writer.MAX_EXPORT_ROWS == 500_000
    assert defaults["max_uncompressed"].default == reader.MAX_UNCOMPRESSED == 1024 * 1024 * 1024
    assert reader.MAX_FILE_SIZE == 100 * 1024 * 1024


def test_reading_streams_the_rows_instead_of_listing_the_whole_sheet(tmp_path, monkeypatch):
    rows = [["Nome"]] + [[f"Conta {n}"] for n in range(300)]
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": rows})
    pulled = []

    def counting(sheet):
        numbered, first_column, last_row = original(sheet)

        def pull():
            for item in numbered:
                pulled.append(item[0])
                yield item

        return pull(), first_column, last_row

    original = reader.calamine_rows
    monkeypatch.setattr(reader, "calamine_rows", counting)
    read_workbook(path, max_rows=10)
    assert max(pulled) == 12  # the header, ten rows, and the one that was one too many


def test_progress_is_reported_per_sheet_and_every_few_thousand_rows(tmp_path):
    many = [["Nome"]] + [[f"Conta {n}"] for n in range(2 * PROGRESS_EVERY + 10)]
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": many, "Produtos": [["Nome"], ["X"]]})
    calls = []
    read_workbook(path, progress=lambda done, total, text: calls.append((done, total, text)))
    assert calls[0] == (0, 200, "Contas")
    assert calls[-1] == (200, 200, "")
    assert (100, 200, "Produtos") in calls
    within_accounts = [call for call in calls[1:] if call[2] == "Contas"]
    assert len(within_accounts) == 2
    assert all(0 < done < 100 for done, _, _ in within_accounts)
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)


def test_progress_can_cancel_and_its_exception_propagates(tmp_path):
    many = [["Nome"]] + [[f"Conta {n}"] for n in range(PROGRESS_EVERY + 10)]
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": many})

    class Cancelled(Exception):
        pass

    def progress(done, total, text):
        if done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        read_workbook(path, progress=progress)


def test_a_workbook_renamed_xls_is_read_by_its_content(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": [["Nome"], ["Acme"]]})
    renamed = path.rename(tmp_path / "book.xls")
    assert read_workbook(renamed).sheets["accounts"].rows[0].cells == {"name": "Acme"}


# --- LibreOffice formats -----------------------------------------------------------------------


@pytest.mark.parametrize("target_format", ["ods", "xls", "xlsx"])
def test_workbooks_saved_by_libreoffice_are_read(soffice, tmp_path, target_format):
    source = write_xlsx(
        tmp_path / "Carteira.xlsx",
        {
            "Instruções": [["Idioma", "English"]],
            "Contas": ACCOUNTS_PT,
            "Oportunidades": OPPORTUNITIES_PT,
            "_lists": [["Sim"]],
        },
        hidden={"_lists"},
    )
    converted = resave_with_libreoffice(soffice, source, target_format, tmp_path)
    book = read_workbook(converted)
    assert book.language == "en"
    assert book.errors == [] and book.warnings == []
    accounts = book.sheets["accounts"]
    assert [row.row for row in accounts.rows] == [2, 3]
    assert accounts.rows[0].cells["name"] == "Acme"
    assert accounts.rows[0].cells["employees"] == 120
    assert accounts.rows[0].cells["client_since"] in (dt.date(2020, 5, 1), dt.datetime(2020, 5, 1))
    assert book.sheets["opportunities"].rows[0].cells["one_time_value"] == 15000.5


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_in_utf8_with_bom_and_semicolons(tmp_path):
    path = tmp_path / "Contas.csv"
    text = 'Nome;Setor;Região\r\nAcme;Varejo;Sul\r\n;;\r\n"Beta; Filial";;Norte\r\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    book = read_workbook(path, "en")
    assert book.language == "en" and book.errors == [] and book.warnings == []
    accounts = book.sheets["accounts"]
    assert accounts.tab_name == "Contas.csv"
    assert accounts.headers == {"name": "Nome", "industry": "Setor", "region": "Região"}
    assert [(row.row, row.cells) for row in accounts.rows] == [
        (2, {"name": "Acme", "industry": "Varejo", "region": "Sul"}),
        (4, {"name": "Beta; Filial", "industry": None, "region": "Norte"}),
    ]


def test_csv_in_windows_1252_with_commas_and_accents(tmp_path):
    path = tmp_path / "accounts.csv"
    text = 'Nome,Região,Observações\nAção Ltda,São Paulo,"Não, obrigado"\n'
    path.write_bytes(text.encode("cp1252"))
    accounts = read_workbook(path).sheets["accounts"]
    assert accounts.headers["region"] == "Região"
    assert accounts.rows[0].cells == {
        "name": "Ação Ltda",
        "region": "São Paulo",
        "notes": "Não, obrigado",
    }


def test_csv_with_decimal_commas_and_semicolons_keeps_the_numbers_whole(tmp_path):
    path = tmp_path / "Receita.csv"
    path.write_text("Conta;Mês;Receita\nAcme;2027-01;1.234,56\nBeta;2027-02;12,5\n", "utf-8")
    rows = read_workbook(path).sheets["revenue"].rows
    assert [row.cells["revenue"] for row in rows] == ["1.234,56", "12,5"]


def test_tab_separated_text_file(tmp_path):
    path = tmp_path / "Produtos.txt"
    path.write_text("Nome\tCategoria\nLicença\tSoftware\n", "utf-8")
    assert read_workbook(path).sheets["products"].rows[0].cells == {
        "name": "Licença",
        "category": "Software",
    }


def test_csv_sheet_from_a_browser_copy_name_or_from_the_option(tmp_path):
    copy = tmp_path / "Oportunidades (1).csv"
    copy.write_text("Conta;Título\nAcme;X\n", "utf-8")
    assert list(read_workbook(copy).sheets) == ["opportunities"]
    export = tmp_path / "export.csv"
    export.write_text("Conta;Título\nAcme;X\n", "utf-8")
    assert list(read_workbook(export, csv_sheet="opportunities").sheets) == ["opportunities"]
    assert list(read_workbook(export, csv_sheet="Oportunidades").sheets) == ["opportunities"]


def test_csv_whose_name_is_not_a_sheet_is_refused_with_advice(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Nome\nAcme\n", "utf-8")
    error = unreadable(path)
    assert "Name the file after the sheet, such as “Contas.csv”" in str(error)
    assert "“Accounts.csv”" in str(unreadable(path, language_hint="en"))


def test_csv_with_a_quote_that_never_ends_keeps_what_came_before(tmp_path):
    path = tmp_path / "Contas.csv"
    path.write_text('Nome;Setor\nAcme;Varejo\n"Beta;' + "x" * 200_000 + "\n", "utf-8")
    book = read_workbook(path)
    assert [row.cells["name"] for row in book.sheets["accounts"].rows] == ["Acme"]
    assert [problem.template for problem in book.errors] == [reader.CSV_BROKEN]
    assert book.errors[0].row == 3


def test_an_empty_csv_has_no_data(tmp_path):
    path = tmp_path / "Contas.csv"
    path.write_text("\n\n", "utf-8")
    assert "has no data sheets" in str(unreadable(path))


def test_a_workbook_named_csv_is_refused_with_advice(tmp_path):
    path = write_xlsx(tmp_path / "Contas.csv", {"Contas": [["Nome"], ["Acme"]]})
    assert "Rename it to end in “.xlsx”" in str(unreadable(path))


# --- Files that are not workbooks --------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(100)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("photo.xlsx", PNG, "is an image, not a workbook"),
        ("scan.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(50), "is a PDF document"),
        ("notes.xlsx", "Nome;Região\nAção;Sul\n".encode(), "is a text file, not a workbook"),
        ("report.xls", b"<html><body><table><tr><td>1</td></tr></table>", "is a web page"),
        ("noise.xlsx", bytes(random.Random(1).randrange(256) for _ in range(4096)), "not a work"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "password"),
        ("locked.ods", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "password"),
        ("empty.xlsx", b"", "is empty (it has 0 bytes)"),
        ("letter.docx", b"PK\x03\x04", "is not a file KAMdesk can import"),
    ],
)
def test_files_that_are_not_workbooks_are_named_for_what_they_are(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    assert words in str(unreadable(path))


def test_an_encrypted_workbook_is_an_ole_file_with_encryption_info(tmp_path):
    path = tmp_path / "Carteira.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + bytes(1000))
    error = unreadable(path)
    assert error.problem.template == reader.ENCRYPTED
    assert "save a copy without a password" in str(error)


def test_a_missing_file_cannot_be_opened(tmp_path):
    error = unreadable(tmp_path / "gone.xlsx")
    assert error.problem.template == reader.CANNOT_OPEN


def test_a_truncated_workbook_is_damaged(tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": [["Nome"], ["Acme"]]})
    data = path.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    assert "is damaged and cannot be read" in str(unreadable(cut))


def test_a_zip_that_is_not_a_spreadsheet_is_not_a_workbook(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert unreadable(path).problem.template == reader.NOT_A_WORKBOOK


@pytest.mark.parametrize(
    ("sheets", "words"),
    [
        ({"Sheet1": []}, "KAMdesk does not know any of its sheets (“Sheet1”)"),
        ({"Contas": []}, "none of its sheets has a header row"),
        ({"Instruções": [["Idioma", "pt_BR"]]}, "it is empty"),
    ],
)
def test_a_workbook_without_data_sheets_is_refused(tmp_path, sheets, words):
    path = write_xlsx(tmp_path / "Vazio.xlsx", sheets)
    error = unreadable(path)
    assert str(error).startswith("“Vazio.xlsx” has no data sheets")
    assert words in str(error)


# --- Malicious files ---------------------------------------------------------------------------


def add_workbook_parts(archive: zipfile.ZipFile) -> None:
    archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    archive.writestr("_rels/.rels", ROOT_RELS)
    archive.writestr("xl/workbook.xml", WORKBOOK)
    archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)


def test_a_zip_bomb_is_refused_by_its_declared_size_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        add_workbook_parts(archive)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(zeros)
    assert path.stat().st_size < 1024 * 1024
    monkeypatch.setattr(reader, "open_calamine", lambda *args: pytest.fail("parsed"))
    monkeypatch.setattr(reader, "_member_chunks", lambda *args: pytest.fail("unpacked"))
    started = time.perf_counter()
    error = unreadable(path, max_uncompressed=200 * 1024 * 1024)  # the default is 1 GB
    assert time.perf_counter() - started < 1
    assert "was refused: it unpacks to more than 200 MB" in str(error)


def test_a_part_compressed_suspiciously_tightly_is_refused(tmp_path):
    path = tmp_path / "tight.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        add_workbook_parts(archive)
        archive.writestr("xl/media/blank.bin", bytes(20 * 1024 * 1024))
    error = unreadable(path)
    assert error.problem.template == reader.SUSPICIOUS_COMPRESSION
    assert error.problem.args["part"] == "xl/media/blank.bin"


def test_declared_sizes_that_lie_do_not_get_past_the_bytes_really_unpacked(tmp_path):
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        add_workbook_parts(archive)
        archive.writestr("xl/media/blank.bin", bytes(30 * 1024 * 1024))
    name = "xl/media/blank.bin"
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name.encode():
        central = data.find(b"PK\x01\x02", central + 1)
    struct.pack_into("<I", data, local + 22, 1000)  # uncompressed size in the local header
    struct.pack_into("<I", data, central + 24, 1000)  # ... and in the central directory
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/media/blank.bin").file_size == 1000
    error = unreadable(path, max_uncompressed=10 * 1024 * 1024)
    assert error.problem.template == reader.TOO_BIG_UNPACKED


def test_a_sheet_spanning_to_the_last_cell_is_not_read(tmp_path):
    # calamine would allocate 17 billion cells for these two values and abort the process.
    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Contas")
    sheet.write_string("A1", "Nome")
    sheet.write_string("A2", "Acme")
    sheet.write_string("XFD1048576", "x")
    book.add_worksheet("Produtos").write_string("A1", "Nome")
    book.close()
    result = read_workbook(path)
    assert texts(result.errors) == [
        "Sheet “Contas” is too large to read: it reaches row 1048576 and column XFD. Delete what "
        "lies below and to the right of the table, save the file and import it again."
    ]
    assert list(result.sheets) == ["products"]


def test_styled_cells_without_values_do_not_count_as_the_sheet_size(tmp_path):
    rows = inline("A1", "Nome") + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    path = write_raw_xlsx(tmp_path / "styled.xlsx", f'<row r="1">{rows}</row>')
    assert read_workbook(path).errors == []


def test_cells_without_references_are_bounded_from_above(tmp_path):
    # calamine places a cell without "r" after the previous one, in the row its <row r> gives.
    data = (
        f'<row r="1">{inline("A1", "Nome")}<c r="XFD1"><v>1</v></c></row>'
        '<row r="1048576"><c><v>1</v></c></row>'
    )
    result = read_workbook(write_raw_xlsx(tmp_path / "norefs.xlsx", data))
    assert [problem.template for problem in result.errors] == [reader.SHEET_TOO_LARGE]


def test_a_cell_with_two_references_is_refused_not_guessed(tmp_path):
    # calamine takes the last of repeated attributes: this cell is at XFD1048576.
    data = f'<row r="1">{inline("A1", "Nome")}<c r="A2" r="XFD1048576"><v>1</v></c></row>'
    result = read_workbook(write_raw_xlsx(tmp_path / "twice.xlsx", data))
    assert [problem.template for problem in result.errors] == [reader.SHEET_UNUSUAL]


def test_a_value_is_not_hidden_by_a_slash_inside_an_attribute(tmp_path):
    # "/>" inside a quoted value does not end the tag: this cell holds 1 at XFD1048576.
    data = f'<row r="1">{inline("A1", "Nome")}<c r="XFD1048576" x="/>"><v>1</v></c></row>'
    result = read_workbook(write_raw_xlsx(tmp_path / "slash.xlsx", data))
    assert [problem.template for problem in result.errors] == [reader.SHEET_TOO_LARGE]


def test_a_made_up_count_of_shared_strings_is_refused(tmp_path):
    # calamine reserves room for "uniqueCount" strings up front: billions abort the process.
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" count="1" uniqueCount="4000000000"><si><t>Nome</t></si></sst>'
    )
    data = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    path = write_raw_xlsx(tmp_path / "count.xlsx", data, {"xl/sharedStrings.xml": strings})
    assert unreadable(path).problem.template == reader.UNUSUAL_FILE


def test_shared_text_copied_into_many_cells_is_refused(tmp_path, monkeypatch):
    # calamine copies a shared string into every cell using it: 7 MB can become gigabytes.
    monkeypatch.setattr(reader, "MAX_SHARED_TEXT", 1024 * 1024)
    long_text = "".join(random.Random(2).choices(string.ascii_letters, k=32_000))
    repeated = write_xlsx(tmp_path / "repeated.xlsx", {"Contas": [["Nome"]] + [[long_text]] * 40})
    error = unreadable(repeated)
    assert error.problem.template == reader.TOO_MUCH_TEXT
    assert "more than 1 MB" in str(error)
    fine = write_xlsx(tmp_path / "fine.xlsx", {"Contas": [["Nome"]] + [[long_text]] * 20})
    assert len(read_workbook(fine).sheets["accounts"].rows) == 20


def test_a_package_with_a_part_twice_is_refused(tmp_path):
    path = write_raw_xlsx(tmp_path / "twice.xlsx", f'<row r="1">{inline("A1", "Nome")}</row>')
    with (
        pytest.warns(UserWarning, match="Duplicate name"),
        zipfile.ZipFile(path, "a") as archive,
    ):
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    assert unreadable(path).problem.template == reader.UNUSUAL_FILE


def test_progress_can_cancel_while_the_package_is_checked(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "CHUNK", 1024)
    rows = [["Nome"]] + [[f"Conta {n}"] for n in range(3000)]
    path = write_xlsx(tmp_path / "book.xlsx", {"Contas": rows})

    class Cancelled(RuntimeError):  # even one the checks would otherwise take for damage
        pass

    def progress(done, total, text):
        assert (done, total, text) == (0, 0, "book.xlsx")
        raise Cancelled

    with pytest.raises(Cancelled):
        read_workbook(path, progress=progress)


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
    'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
    'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
    '<office:spreadsheet><table:table table:name="Contas"><table:table-row><table:table-cell '
    'office:value-type="string"><text:p>Nome</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="{rows}"><table:table-cell office:value-type='
    '"string" table:number-columns-repeated="{columns}"><text:p>Acme</text:p></table:table-cell>'
    "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
)

ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:'
    'tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry'
    ' manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def write_ods(path, rows: int, columns: int):
    """A minimal OpenDocument spreadsheet: "Nome", then a value repeated rows × columns."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        content = ODS_CONTENT.replace("{rows}", str(rows)).replace("{columns}", str(columns))
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)
    return path


def test_a_minimal_ods_is_read_and_repeated_cells_are_capped(tmp_path):
    small = read_workbook(write_ods(tmp_path / "small.ods", 2, 1))
    assert [(row.row, row.cells) for row in small.sheets["accounts"].rows] == [
        (2, {"name": "Acme"}),
        (3, {"name": "Acme"}),
    ]
    # A few hundred bytes that repeat one value a billion times: calamine's own cap refuses it.
    error = unreadable(write_ods(tmp_path / "repeated.ods", 1_000_000, 1000))
    assert error.problem.template == reader.TOO_MANY_CELLS


def test_a_file_larger_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_SIZE", 1000)
    path = write_xlsx(tmp_path / "big.xlsx", {"Contas": [["Nome"]] + [["x" * 50]] * 100})
    assert "is too large to import" in str(unreadable(path))
    csv_path = tmp_path / "Contas.csv"
    csv_path.write_text("Nome\n" + "Acme\n" * 500, "utf-8")
    assert "is too large to import" in str(unreadable(csv_path))
