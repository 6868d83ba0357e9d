"""Excel export: the workbook a KAM round-trips, read back with openpyxl and python-calamine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from kamdesk import __version__
from kamdesk.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kamdesk.excel import writer
from kamdesk.excel.schema import (
    FORMAT_VERSION,
    INSTRUCTIONS_ENGLISH,
    INSTRUCTIONS_PORTUGUESE,
    SHEETS,
    SHEETS_BY_KEY,
    Kind,
)
from kamdesk.excel.writer import LISTS_SHEET, WorkbookTooLarge, write_workbook
from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OrgUnit,
    PipelineStage,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.enums import LinkKind, fold
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import create_portfolio
from kamdesk.services.settings import BUILT_IN_STAGE_NAMES_PT, SettingsService
from kamdesk.services.workbook_export import (
    empty_template,
    export_rows,
    export_workbook,
    stage_choices,
)
from kamdesk.store import Portfolio
from kamdesk.store.paths import DATA_DIR_ENV

TODAY = dt.date(2026, 11, 25)
LANGUAGES = ("pt_BR", "en")
INJECTIONS = ("+1", "-x", "@SUM(A1)", "\ttab", "\rcarriage return")
HYPERLINK = '=HYPERLINK("http://x","y")'

# The rows each sheet should have: one count query per table (relations leave out reports-to).
TABLE_OF_SHEET = {
    "accounts": Account,
    "org_units": OrgUnit,
    "stakeholders": Stakeholder,
    "relations": StakeholderLink,
    "products": Product,
    "opportunities": Opportunity,
    "revenue": RevenueRecord,
    "surveys": SurveyResponse,
    "risks": Risk,
    "actions": Action,
    "objectives": Objective,
    "key_results": KeyResult,
    "check_ins": CheckIn,
    "interactions": Interaction,
    "reviews": Review,
}


def database_counts(portfolio: Portfolio, account_id: int | None = None) -> dict[str, int]:
    counts = {}
    with portfolio.session() as session:
        for sheet_key, model in TABLE_OF_SHEET.items():
            query = select(func.count()).select_from(model)
            if model is StakeholderLink:
                query = query.where(StakeholderLink.kind != LinkKind.REPORTS_TO)
            if account_id is not None and model is not Product:
                query = _of_account(query, model, account_id)
            counts[sheet_key] = session.scalar(query)
    return counts


def _of_account(query, model, account_id: int):
    if model is Account:
        return query.where(Account.id == account_id)
    if model is KeyResult:
        query = query.join(Objective)
    elif model is CheckIn:
        query = query.join(KeyResult).join(Objective)
    column = Objective.account_id if model in (KeyResult, CheckIn) else model.account_id
    return query.where(column == account_id)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    """A 12-account demo, written once for the module (reading it never changes it)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "data"))
        write_demo(folder / "demo.kamdesk", accounts=12, today=TODAY)
    return folder / "demo.kamdesk"


@pytest.fixture
def demo(demo_path):
    portfolio = Portfolio.open(demo_path)
    yield portfolio
    portfolio.close()


@pytest.fixture(scope="module")
def demo_rows(demo_path):
    with Portfolio.open(demo_path) as portfolio:
        return export_rows(portfolio)


@pytest.fixture(scope="module")
def demo_workbooks(demo_path, tmp_path_factory) -> dict[str, Path]:
    """The demo exported once in each language."""
    folder = tmp_path_factory.mktemp("workbooks")
    with Portfolio.open(demo_path) as portfolio:
        return {
            language: export_workbook(
                portfolio, folder / f"demo-{language}.xlsx", language=language
            ).path
            for language in LANGUAGES
        }


def calamine_rows(path: Path, sheet_name: str) -> list[list]:
    workbook = CalamineWorkbook.from_path(str(path))
    try:
        return workbook.get_sheet_by_name(sheet_name).to_python()
    finally:
        workbook.close()


def column_cells(worksheet, sheet_key: str, column_key: str) -> list:
    """The data cells of one column that hold a value."""
    index = [c.key for c in SHEETS_BY_KEY[sheet_key].columns].index(column_key) + 1
    cells = worksheet.iter_rows(min_row=2, min_col=index, max_col=index)
    return [row[0] for row in cells if row[0].value is not None]


def validation_of(worksheet, sheet_key: str, column_key: str):
    """The one data validation that covers the column's first data cell."""
    index = [c.key for c in SHEETS_BY_KEY[sheet_key].columns].index(column_key) + 1
    cell = f"{openpyxl.utils.get_column_letter(index)}2"
    found = [v for v in worksheet.data_validations.dataValidation if cell in v.sqref]
    assert len(found) == 1, (sheet_key, column_key, found)
    return found[0]


def list_options(workbook, formula: str) -> list[str]:
    """The values a ``'_lists'!$C$2:$C$7`` drop-down offers."""
    sheet_name, cells = formula.split("!")
    assert sheet_name.strip("'") == LISTS_SHEET
    return [row[0].value for row in workbook[LISTS_SHEET][cells.replace("$", "")]]


# -- the rows -------------------------------------------------------------------------------------


def test_rows_have_every_sheet_and_the_schema_columns_in_order(demo_rows):
    assert list(demo_rows) == [sheet.key for sheet in SHEETS]
    for sheet in SHEETS:
        assert demo_rows[sheet.key], f"the demo fills {sheet.key}"
        for row in demo_rows[sheet.key]:
            assert list(row) == [column.key for column in sheet.columns]


def test_rows_per_sheet_equal_the_database(demo, demo_rows):
    assert {key: len(rows) for key, rows in demo_rows.items()} == database_counts(demo)


def test_rows_come_in_a_human_order(demo_rows):
    names = [row["name"] for row in demo_rows["accounts"]]
    assert names == sorted(names, key=fold)
    rank = {name: position for position, name in enumerate(names)}
    revenue = [(rank[row["account"]], row["month"]) for row in demo_rows["revenue"]]
    assert revenue == sorted(revenue)


def test_accounts_carry_their_ratings_and_computed_columns(demo, demo_rows):
    accounts = AccountService(demo)
    scores = {row.name: row.icp_score for row in accounts.list_rows()}
    for row in demo_rows["accounts"]:
        expected = scores[row["name"]]
        assert row["icp_score"] == (None if expected is None else round(expected, 1))
        assert row["health"] is None
        ratings = accounts.get(row["id"]).icp_ratings
        for key in ("growth_potential", "market_influence"):
            assert row[key] == ratings.get(key)
        assert row["strategies"] == accounts.get(row["id"]).strategies


def test_other_computed_columns(demo_rows):
    for row in demo_rows["risks"]:
        assert row["score"] == row["likelihood"] * row["impact"]
    for row in demo_rows["key_results"]:
        assert row["progress"] is None or 0 <= row["progress"] <= 100


def test_references_are_natural_keys(demo, demo_rows):
    with demo.session() as session:
        reports_to = session.scalar(
            select(func.count())
            .select_from(StakeholderLink)
            .where(StakeholderLink.kind == LinkKind.REPORTS_TO)
        )
        present = session.scalar(select(func.count()).select_from(interaction_stakeholder))
    people = {(row["account"], row["name"]) for row in demo_rows["stakeholders"]}
    bosses = [row for row in demo_rows["stakeholders"] if row["reports_to"]]
    assert len(bosses) == reports_to
    assert all((row["account"], row["reports_to"]) in people for row in bosses)
    assert sum(len(row["stakeholders"]) for row in demo_rows["interactions"]) == present
    assert all(row["kind"] is not LinkKind.REPORTS_TO for row in demo_rows["relations"])
    assert {row["stage"] for row in demo_rows["opportunities"]} <= set(
        BUILT_IN_STAGE_NAMES_PT.values()
    )


def test_stage_names_follow_the_language_but_the_kams_own_stay_as_typed(portfolio):
    with portfolio.session() as session:
        session.get(PipelineStage, 1).name = "Descoberta"  # a built-in stage the KAM renamed
        session.add(PipelineStage(name="Piloto", position=10, probability=60))
    with portfolio.session() as session:
        portuguese = stage_choices(session, "pt_BR")
        english = stage_choices(session, "en")
    built_in = ["Qualificação", "Proposta", "Negociação", "Ganha", "Perdida"]
    assert portuguese == ["Descoberta", *built_in, "Piloto"]
    assert english[1:] == ["Qualification", "Proposal", "Negotiation", "Won", "Lost", "Piloto"]


def test_empty_template_has_every_sheet_and_no_rows():
    assert empty_template() == {sheet.key: [] for sheet in SHEETS}


# -- the workbook --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheets_come_in_order_named_in_the_workbook_language(demo_workbooks, language):
    workbook = openpyxl.load_workbook(demo_workbooks[language])
    instructions = INSTRUCTIONS_PORTUGUESE if language == "pt_BR" else INSTRUCTIONS_ENGLISH
    labels = [sheet.label(language) for sheet in SHEETS]
    assert workbook.sheetnames == [instructions, *labels, LISTS_SHEET]
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    assert all(workbook[name].sheet_state == "visible" for name in [instructions, *labels])


@pytest.mark.parametrize("language", LANGUAGES)
def test_instructions_state_language_scope_and_versions(demo_workbooks, language):
    instructions = openpyxl.load_workbook(demo_workbooks[language]).worksheets[0]
    assert instructions["A2"].value == ("Idioma" if language == "pt_BR" else "Language")
    assert instructions["B2"].value == language
    assert instructions["A3"].value == ("Escopo" if language == "pt_BR" else "Scope")
    assert instructions["B3"].value is None  # the whole portfolio
    assert isinstance(instructions["B4"].value, dt.datetime)
    assert instructions["B5"].value == __version__
    assert instructions["B6"].value == FORMAT_VERSION
    text = [cell.value for row in instructions.iter_rows() for cell in row if cell.value]
    for sheet in SHEETS:
        assert sheet.help(language) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_headers_are_bold_frozen_filtered_and_the_id_column_hidden(demo_workbooks, language):
    workbook = openpyxl.load_workbook(demo_workbooks[language])
    for sheet in SHEETS:
        worksheet = workbook[sheet.label(language)]
        header = list(worksheet[1])
        assert [cell.value for cell in header] == [c.label(language) for c in sheet.columns]
        assert all(cell.font.b for cell in header)
        assert worksheet.freeze_panes == "A2"
        last = openpyxl.utils.get_column_letter(len(sheet.columns))
        assert worksheet.auto_filter.ref == f"A1:{last}{worksheet.max_row}"
        assert worksheet.column_dimensions["A"].hidden
        assert not worksheet.column_dimensions["B"].hidden


def test_read_only_columns_have_a_grey_header_and_grey_cells(demo_workbooks):
    workbook = openpyxl.load_workbook(demo_workbooks["pt_BR"])
    for sheet in SHEETS:
        worksheet = workbook[sheet.label("pt_BR")]
        for header, column in zip(worksheet[1], sheet.columns, strict=True):
            grey = header.fill.fgColor.rgb.endswith(writer.READ_ONLY_HEADER_FILL[1:])
            assert grey == column.read_only, (sheet.key, column.key)
    scores = column_cells(workbook["Contas"], "accounts", "icp_score")
    assert scores and all(
        c.fill.fgColor.rgb.endswith(writer.READ_ONLY_CELL_FILL[1:]) for c in scores
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_enumerated_column_has_a_drop_down_from_the_lists_sheet(demo_workbooks, language):
    workbook = openpyxl.load_workbook(demo_workbooks[language])
    yes_no = ["Sim", "Não"] if language == "pt_BR" else ["Yes", "No"]
    for sheet in SHEETS:
        worksheet = workbook[sheet.label(language)]
        for column in sheet.columns:
            if column.kind not in (Kind.ENUM, Kind.BOOL, Kind.STAGE):
                continue
            validation = validation_of(worksheet, sheet.key, column.key)
            assert validation.type == "list"
            options = list_options(workbook, validation.formula1)
            if column.kind is Kind.ENUM:
                excluded = writer.EXCLUDED_OPTIONS.get((sheet.key, column.key), set())
                assert options == [m.label(language) for m in column.enum if m not in excluded]
            elif column.kind is Kind.BOOL:
                assert options == yes_no
            assert validation.errorStyle in (None, "stop")  # closed lists refuse other values


def test_enum_lists_say_their_options_and_references_offer_names(demo_workbooks):
    workbook = openpyxl.load_workbook(demo_workbooks["pt_BR"])
    hint = validation_of(workbook["Contas"], "accounts", "strategies")
    assert "Venda cruzada" in hint.prompt and hint.type is None
    account_list = validation_of(workbook["Stakeholders"], "stakeholders", "account")
    names = [row[0].value for row in workbook["Contas"].iter_rows(min_row=2, min_col=2, max_col=2)]
    assert list_options(workbook, account_list.formula1) == sorted(names, key=fold)
    assert account_list.errorStyle == "information"  # a new account may be added in the file
    relation_kinds = validation_of(workbook["Relações"], "relations", "kind")
    assert list_options(workbook, relation_kinds.formula1) == [
        "Influencia",
        "Aliança",
        "Rivalidade",
    ]
    stages = validation_of(workbook["Oportunidades"], "opportunities", "stage")
    assert list_options(workbook, stages.formula1) == list(BUILT_IN_STAGE_NAMES_PT.values())


def test_only_columns_where_typing_could_go_wrong_are_formatted_as_text(demo_workbooks):
    """A phone, a tax id, a period or prose stays text when edited; a name, a label or an id
    needs no format (a styled cell is slower to write)."""
    workbook = openpyxl.load_workbook(demo_workbooks["pt_BR"])
    as_text = [
        ("Contas", "accounts", "tax_id"),
        ("Contas", "accounts", "notes"),
        ("Stakeholders", "stakeholders", "phone"),
        ("Objetivos", "objectives", "period"),
    ]
    for sheet_name, sheet_key, column_key in as_text:
        cells = column_cells(workbook[sheet_name], sheet_key, column_key)
        assert cells and all(c.number_format == "@" for c in cells), column_key
    plain = [
        ("Contas", "accounts", "id"),
        ("Contas", "accounts", "name"),
        ("Contas", "accounts", "lifecycle_stage"),
        ("Contas", "accounts", "strategic_importance"),
        ("Stakeholders", "stakeholders", "account"),
    ]
    for sheet_name, sheet_key, column_key in plain:
        cells = column_cells(workbook[sheet_name], sheet_key, column_key)
        assert cells and all(c.number_format == "General" for c in cells), column_key


def test_dates_are_real_dates_and_money_is_numeric_with_a_currency_format(demo_workbooks):
    workbook = openpyxl.load_workbook(demo_workbooks["pt_BR"])
    since = column_cells(workbook["Contas"], "accounts", "client_since")
    assert since and all(c.is_date and c.number_format == "dd/mm/yyyy" for c in since)
    months = column_cells(workbook["Receita"], "revenue", "month")
    assert months and all(c.is_date and c.number_format == "mm/yyyy" for c in months)
    assert all(c.value.day == 1 for c in months)
    revenue = column_cells(workbook["Receita"], "revenue", "revenue")
    assert revenue and all(c.data_type == "n" and "R$" in c.number_format for c in revenue)
    probability = column_cells(workbook["Oportunidades"], "opportunities", "probability")
    assert all(c.data_type == "n" and c.number_format == "0.0" for c in probability)
    months_back = calamine_rows(demo_workbooks["pt_BR"], "Receita")[1:]
    assert all(isinstance(row[2], dt.date) for row in months_back)


def test_money_in_the_workbook_is_the_stored_amount(demo_workbooks, demo_rows):
    """The export reads money as floats (SQLite divides the centavos): the same numbers as
    the exact amounts export_rows gives."""

    def shown(amount):  # as calamine reads the cell back
        return "" if amount is None else float(amount)

    for sheet_key, column_key in [
        ("revenue", "revenue"),
        ("revenue", "recurring"),
        ("accounts", "acquisition_cost"),
    ]:
        sheet = SHEETS_BY_KEY[sheet_key]
        index = [c.key for c in sheet.columns].index(column_key)
        written = [row[index] for row in calamine_rows(demo_workbooks["pt_BR"], sheet.portuguese)]
        assert written[1:] == [shown(row[column_key]) for row in demo_rows[sheet_key]]


def test_money_is_shown_in_the_portfolio_s_currency(tmp_path):
    portfolio = create_portfolio(tmp_path / "dolares.kamdesk")
    try:
        service = SettingsService(portfolio)
        service.save(service.load().with_changes(currency="USD"))
        AccountService(portfolio).create(
            AccountData(name="Acme", acquisition_cost=Decimal("1500.50"))
        )
        path = export_workbook(portfolio, tmp_path / "usd.xlsx", language="en").path
    finally:
        portfolio.close()
    sheet = openpyxl.load_workbook(path)["Accounts"]
    (cell,) = column_cells(sheet, "accounts", "acquisition_cost")
    assert (cell.value, cell.number_format) == (1500.5, '"US$" #,##0.00')


def test_values_come_back_as_exported(demo_workbooks, demo_rows):
    rows = calamine_rows(demo_workbooks["en"], "Accounts")
    first = demo_rows["accounts"][0]
    keys = [c.key for c in SHEETS_BY_KEY["accounts"].columns]
    back = dict(zip(keys, rows[1], strict=True))
    assert back["id"] == first["id"] and back["name"] == first["name"]
    assert back["lifecycle_stage"] == first["lifecycle_stage"].english
    assert back["strategies"] == ", ".join(s.english for s in first["strategies"])
    if first["acquisition_cost"] is not None:
        assert Decimal(str(back["acquisition_cost"])) == first["acquisition_cost"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_workbook_rows_per_sheet_equal_the_database(demo, demo_workbooks, language):
    counts = database_counts(demo)
    for sheet in SHEETS:
        rows = calamine_rows(demo_workbooks[language], sheet.label(language))
        assert len(rows) - 1 == counts[sheet.key], sheet.key


def test_formula_like_text_is_written_as_text_and_comes_back_identical(portfolio, tmp_path):
    accounts = AccountService(portfolio)
    accounts.create(AccountData(name=HYPERLINK, notes="plain"))
    for number, note in enumerate(INJECTIONS):
        accounts.create(AccountData(name=f"Conta {number}", notes=note))
    out = export_workbook(portfolio, tmp_path / "out.xlsx").path
    worksheet = openpyxl.load_workbook(out)["Contas"]
    written = {row[1].value: row for row in worksheet.iter_rows(min_row=2)}
    assert written[HYPERLINK][1].data_type == "s"
    notes = column_cells(worksheet, "accounts", "notes")
    assert all(cell.data_type == "s" for cell in notes)
    assert all(cell.quotePrefix for cell in notes if cell.value != "plain")
    keys = [c.key for c in SHEETS_BY_KEY["accounts"].columns]
    back = [dict(zip(keys, row, strict=True)) for row in calamine_rows(out, "Contas")[1:]]
    assert {row["name"] for row in back} == {HYPERLINK, *(f"Conta {n}" for n in range(5))}
    assert {row["notes"] for row in back} == {"plain", *INJECTIONS}


# -- one account, the template ----------------------------------------------------------------


def test_one_account_exports_with_its_dependants_only(demo):
    account_id, name = _busiest_account(demo)
    rows = export_rows(demo, account_id=account_id)
    assert {key: len(sheet_rows) for key, sheet_rows in rows.items()} == database_counts(
        demo, account_id
    )
    assert [row["name"] for row in rows["accounts"]] == [name]
    for sheet in SHEETS:
        if "account" in sheet.columns[1].key:
            assert {row["account"] for row in rows[sheet.key]} <= {name}, sheet.key
    titles = {row["title"] for row in rows["objectives"]}
    assert {row["objective"] for row in rows["key_results"]} <= titles
    assert len(rows["products"]) == database_counts(demo)["products"]


def _busiest_account(portfolio: Portfolio) -> tuple[int, str]:
    """An account with objectives, so the OKR sheets are exercised too."""
    with portfolio.session() as session:
        query = (
            select(Account.id, Account.name)
            .join(Objective, Objective.account_id == Account.id)
            .group_by(Account.id)
            .order_by(func.count().desc(), Account.id)
        )
        return tuple(session.execute(query).first())


def test_cli_exports_one_account(demo_path, tmp_path, capsys):
    with Portfolio.open(demo_path) as portfolio:  # closed again: the command opens it itself
        _account_id, name = _busiest_account(portfolio)
    out = tmp_path / "one.xlsx"
    assert main(["export", str(demo_path), str(out), "--account", name.upper()]) == EXIT_OK
    workbook = openpyxl.load_workbook(out)
    assert workbook.worksheets[0]["B3"].value == name
    assert [row[1] for row in calamine_rows(out, "Contas")[1:]] == [name]
    assert str(out) in capsys.readouterr().out


def test_cli_template_writes_headers_only(demo_path, tmp_path, capsys):
    out = tmp_path / "modelo.xlsx"
    assert main(["export", str(demo_path), str(out), "--template", "--lang", "en"]) == EXIT_OK
    workbook = openpyxl.load_workbook(out)
    for sheet in SHEETS:
        worksheet = workbook[sheet.label("en")]
        assert worksheet.max_row == 1
        assert [c.value for c in worksheet[1]] == [c.label("en") for c in sheet.columns]
    assert "0 accounts" in capsys.readouterr().out


# -- the command line -------------------------------------------------------------------------


def test_cli_export_prints_the_path_and_row_counts(demo_path, tmp_path, capsys):
    out = tmp_path / "carteira.xlsx"
    assert main(["export", str(demo_path), str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert str(out) in printed and "12 accounts" in printed
    assert openpyxl.load_workbook(out).sheetnames[0] == INSTRUCTIONS_PORTUGUESE


def test_cli_rejects_an_unknown_account_and_writes_nothing(demo_path, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["export", str(demo_path), str(out), "--account", "Nobody"]) == EXIT_REJECTED
    assert "Nobody" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_a_file_that_is_not_a_portfolio(tmp_path, capsys):
    bad = tmp_path / "planilha.kamdesk"
    bad.write_bytes(b"PK\x03\x04 not a database")
    assert main(["export", str(bad), str(tmp_path / "x.xlsx")]) == EXIT_USAGE
    assert "not a KAMdesk portfolio" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


# -- cancel and limits ------------------------------------------------------------------------


class Cancelled(Exception):
    pass


def test_cancel_from_the_progress_callback_leaves_no_file(demo_rows, tmp_path):
    calls = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append((done, total, message))
        if len(calls) > 2:
            raise Cancelled

    out = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        write_workbook(out, demo_rows, app_version="test", progress=progress)
    assert len(calls) == 3
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_earlier_export_untouched(demo_rows, tmp_path):
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"the earlier export")

    def cancel(done: int, total: int, message: str) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        write_workbook(out, demo_rows, app_version="test", progress=cancel)
    assert out.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_progress_is_reported_per_sheet_and_reaches_the_total(demo_rows, tmp_path):
    calls = []
    write_workbook(
        tmp_path / "out.xlsx",
        demo_rows,
        "en",
        app_version="test",
        progress=lambda *call: calls.append(call),
    )
    total = sum(map(len, demo_rows.values()))
    assert {message for _done, _total, message in calls} >= {s.english for s in SHEETS}
    assert [done for done, _total, _message in calls] == sorted(done for done, *_ in calls)
    assert calls[-1][:2] == (total, total)


def test_revenue_too_long_for_a_spreadsheet_is_refused_before_reading_it(
    demo, monkeypatch, tmp_path
):
    monkeypatch.setattr(writer, "MAX_EXPORT_ROWS", 5)
    with pytest.raises(WorkbookTooLarge) as refused:
        export_workbook(demo, tmp_path / "grande.xlsx", language="pt_BR")
    revenue_rows = database_counts(demo)["revenue"]
    assert refused.value.details == {"sheet": "Receita", "rows": revenue_rows, "limit": 5}
    assert str(refused.value) == (
        f"The Receita sheet would have {revenue_rows:,} rows, more than the 5 KAMdesk can "
        "import back from one sheet: export one account at a time."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_sheet_longer_than_a_spreadsheet_is_refused_before_writing(monkeypatch, tmp_path):
    monkeypatch.setattr(writer, "MAX_EXPORT_ROWS", 2)
    rows = {"products": [{"id": n, "name": f"P{n}"} for n in range(3)]}
    with pytest.raises(WorkbookTooLarge, match="Produtos"):
        write_workbook(tmp_path / "out.xlsx", rows, app_version="test")
    assert list(tmp_path.iterdir()) == []
