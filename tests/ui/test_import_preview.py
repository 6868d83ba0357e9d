"""The import preview on real plans: counts, old → new values, the filter bar, the problems.

The plans come from a demo portfolio exported to .xlsx and edited the way a KAM edits it; the
very large one is built from RowPlan objects directly (reading 100k rows would take minutes).
"""

from __future__ import annotations

import datetime as dt
import sys

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt

from kamdesk.excel.raw import ReadProblem
from kamdesk.excel.reader import read_workbook
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import (
    BY_ID,
    CHANGED,
    NEW,
    FieldChange,
    ImportPlan,
    RowPlan,
    SheetSummary,
    plan_import,
)
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import install_language
from kamdesk.ui.import_preview import PROBLEMS_TAB, ImportPreview
from kamdesk.ui.models.import_plan_model import (
    PAGE,
    ChangeColumn,
    ChangesProxy,
    ChangesTreeModel,
    ProblemColumn,
    ProblemsProxy,
    ProblemsTableModel,
    SummaryColumn,
    SummaryTableModel,
)
from kamdesk.ui.models.roles import ROW_ROLE

TODAY = dt.date(2026, 11, 25)


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def demo(tmp_path):
    write_demo(tmp_path / "demo.kamdesk", accounts=8, seed=5, language="pt_BR", today=TODAY)
    portfolio = open_portfolio(tmp_path / "demo.kamdesk")
    yield portfolio
    portfolio.close()


@pytest.fixture
def workbook(demo, tmp_path):
    return export_workbook(demo, tmp_path / "carteira.xlsx", language="pt_BR").path


def edit(path, sheet_name: str, cells: dict[tuple[int, str], object], new_rows=()) -> None:
    """Sets cells by (row, header) and appends rows given as {header: value}, then saves."""
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for (row, header), value in cells.items():
        sheet.cell(row, columns[header]).value = value
    for values in new_rows:
        sheet.append([values.get(header) for header in columns])
    book.save(path)


def cell(path, sheet_name: str, row: int, header: str):
    sheet = openpyxl.load_workbook(path)[sheet_name]
    columns = {c.value: c.column for c in sheet[1]}
    return sheet.cell(row, columns[header]).value


def open_preview(qtbot, plan) -> ImportPreview:
    preview = ImportPreview(plan, "carteira.xlsx")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def top_rows(preview) -> list[tuple[str, str, str]]:
    proxy = preview.changes_proxy
    return [
        tuple(proxy.index(row, column).data() for column in ChangeColumn)
        for row in range(proxy.rowCount())
    ]


def child_rows(preview, row: int) -> list[tuple[str, str]]:
    proxy = preview.changes_proxy
    parent = proxy.index(row, 0)
    return [
        (
            proxy.index(child, ChangeColumn.RECORD, parent).data(),
            proxy.index(child, ChangeColumn.WHAT, parent).data(),
        )
        for child in range(proxy.rowCount(parent))
    ]


@pytest.fixture
def edited_plan(demo, workbook):
    """Two accounts changed (one matched by name), one new account, one new revenue row."""
    first, second = (cell(workbook, "Contas", row, "Nome") for row in (2, 3))
    before = {
        header: cell(workbook, "Contas", row, header)
        for row, header in ((2, "Funcionários"), (2, "Região"), (3, "Setor"))
    }
    edit(
        workbook,
        "Contas",
        {
            (2, "Funcionários"): 4000,
            (2, "Região"): "Centro-Oeste",
            (3, "id"): None,
            (3, "Setor"): "Siderurgia",
        },
        [{"Nome": "Agro Cerrado Novo", "Região": "Norte"}],
    )
    edit(workbook, "Receita", {}, [{"Conta": first, "Mês": "2030-01", "Receita": 1234.5}])
    plan = plan_import(demo, read_workbook(workbook, "pt_BR"))
    assert plan.errors == []
    return plan, first, second, before


# --- the lists --------------------------------------------------------------------------------


def test_item_models_pass_qt_model_tester(qtmodeltester, edited_plan):
    plan, *_ = edited_plan
    plan.errors.append(ReadProblem("Contas", 4, "CNPJ", "Bad {value}", {"value": "1"}))
    summary = SummaryTableModel()
    summary.set_plan(plan)
    qtmodeltester.check(summary)
    changes = ChangesTreeModel()
    changes.set_plan(plan)
    qtmodeltester.check(changes)
    changes_proxy = ChangesProxy()
    changes_proxy.setSourceModel(changes)
    qtmodeltester.check(changes_proxy)
    problems = ProblemsTableModel()
    problems.set_problems(plan.errors, plan.warnings)
    qtmodeltester.check(problems)
    problems_proxy = ProblemsProxy()
    problems_proxy.setSourceModel(problems)
    qtmodeltester.check(problems_proxy)


def test_counts_per_sheet_and_the_changes_in_sheet_order(qtbot, edited_plan):
    plan, first, second, _ = edited_plan
    preview = open_preview(qtbot, plan)

    summary = preview.summary_model
    sheets = [summary.index(r, SummaryColumn.SHEET).data() for r in range(summary.rowCount())]
    accounts = sheets.index("Contas")  # the workbook's language, not the interface's
    assert [summary.index(accounts, c).data() for c in SummaryColumn][1:] == [
        "1",
        "2",
        "6",
        "0",
        "0",
    ]
    assert preview.details.tabText(0) == "Changes (4)"
    assert preview.details.tabText(1) == "Errors and warnings (0)"
    assert preview.import_button.isEnabled() and preview.errors_button.isHidden()
    rows = top_rows(preview)
    assert rows[:3] == [
        ("Contas, row 2", first, "2 fields changed"),
        ("Contas, row 3", second, "1 field changed · matched by name, not by id"),
        ("Contas, row 10", "Agro Cerrado Novo", "new"),
    ]
    assert rows[3][0].startswith("Receita, row ") and rows[3][2] == "new"


def test_a_changed_row_opens_to_its_old_and_new_values(qtbot, edited_plan):
    plan, *_, before = edited_plan
    preview = open_preview(qtbot, plan)

    assert child_rows(preview, 0) == [
        ("Funcionários", f"{before['Funcionários']:,} → 4,000"),  # in the interface's format
        ("Região", f"{before['Região']} → Centro-Oeste"),
    ]
    assert child_rows(preview, 1) == [("Setor", f"{before['Setor']} → Siderurgia")]
    assert child_rows(preview, 2) == []  # a new record has nothing to compare
    preview.changes.expand(preview.changes_proxy.index(0, 0))
    assert preview.changes.isExpanded(preview.changes_proxy.index(0, 0))
    assert isinstance(preview.changes_proxy.index(0, 0).data(ROW_ROLE), RowPlan)


def test_deletions_come_first_and_name_only_their_sheet(qtbot, demo, workbook):
    gone = cell(workbook, "Contas", 2, "Nome")
    book = openpyxl.load_workbook(workbook)
    for name in book.sheetnames:
        if name not in ("Contas", "Instruções"):
            del book[name]  # only the accounts sheet: nothing else refers to the account
    book["Contas"].delete_rows(2)
    book.save(workbook)
    edit(workbook, "Contas", {}, [{"Nome": "Agro Cerrado Novo"}])
    plan = plan_import(demo, read_workbook(workbook, "pt_BR"), delete_missing=True)
    preview = open_preview(qtbot, plan)

    assert top_rows(preview)[0] == ("Contas", gone, "delete")
    assert top_rows(preview)[-1][1:] == ("Agro Cerrado Novo", "new")


# --- the filter bar ----------------------------------------------------------------------------


def test_the_search_box_matches_sheet_row_and_record_ignoring_case_and_accents(qtbot, edited_plan):
    plan, first, *_ = edited_plan
    preview = open_preview(qtbot, plan)

    qtbot.keyClicks(preview.search, "RECEITA")
    assert [r[2] for r in top_rows(preview)] == ["new"]
    preview.search.setText("contas, row 3")
    assert [r[0] for r in top_rows(preview)] == ["Contas, row 3"]
    preview.search.setText("agro cerrado novo".upper().replace("O", "Ó"))
    assert [r[1] for r in top_rows(preview)] == ["Agro Cerrado Novo"]
    preview.search.setText(first.split()[0].lower())  # "armazéns": the account, its revenue
    assert {r[1] for r in top_rows(preview)} == {first, f"{first} › 2030-01"}
    preview.search.setText("nothing like it")
    assert top_rows(preview) == []
    preview.search.clear()
    assert len(top_rows(preview)) == 4


def test_the_action_combo_shows_new_changed_or_deleted_records(qtbot, edited_plan):
    plan, *_ = edited_plan
    preview = open_preview(qtbot, plan)
    combo = preview.action_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All",
        "New",
        "Changed",
        "To delete",
    ]

    combo.setCurrentIndex(combo.findData(NEW))
    assert [r[2] for r in top_rows(preview)] == ["new", "new"]
    combo.setCurrentIndex(combo.findData(CHANGED))
    assert [r[0] for r in top_rows(preview)] == ["Contas, row 2", "Contas, row 3"]
    preview.search.setText("row 3")  # both filters at once
    assert [r[0] for r in top_rows(preview)] == ["Contas, row 3"]
    combo.setCurrentIndex(combo.findText("To delete"))
    assert top_rows(preview) == []
    combo.setCurrentIndex(0)
    assert [r[0] for r in top_rows(preview)] == ["Contas, row 3"]


def test_the_combo_speaks_portuguese(qtbot, edited_plan):
    plan, *_ = edited_plan
    install_language("pt_BR")
    try:
        preview = open_preview(qtbot, plan)
        combo = preview.action_filter
        assert [combo.itemText(i) for i in (1, 2, 3)] == ["Novos", "Alterados", "A excluir"]
    finally:
        install_language("en")


def test_a_new_plan_keeps_the_filter(qtbot, edited_plan):
    plan, *_ = edited_plan
    preview = open_preview(qtbot, plan)
    preview.search.setText("receita")
    preview.show_plan(plan)  # as after ticking "Delete records that are not in the workbook"
    assert [r[2] for r in top_rows(preview)] == ["new"]
    assert preview.search.text() == "receita"


# --- the problems ------------------------------------------------------------------------------


def test_problems_name_sheet_row_and_column_errors_first_in_dark_red(qtbot, demo, workbook):
    edit(workbook, "Contas", {(4, "CNPJ"): "11.222.333/0001-99", (1, "Saúde"): "Humor"})
    plan = plan_import(demo, read_workbook(workbook, "pt_BR"))
    preview = open_preview(qtbot, plan)

    assert preview.details.currentIndex() == PROBLEMS_TAB
    assert not preview.import_button.isEnabled() and not preview.errors_button.isHidden()
    proxy = preview.problems_proxy
    rows = [[proxy.index(r, c).data() for c in ProblemColumn] for r in range(proxy.rowCount())]
    assert rows[0][:3] == ["Contas", "4", "CNPJ"]
    assert "11.222.333/0001-99" in rows[0][3] and "check digits" in rows[0][3]
    assert rows[-1][0] == "Contas" and rows[-1][3].startswith("Warning: ")
    assert "Humor" in rows[-1][3]
    problem = proxy.index(0, ProblemColumn.PROBLEM)
    assert problem.data(Qt.ItemDataRole.ForegroundRole).color() == ERROR_TEXT
    assert (
        proxy.index(len(rows) - 1, ProblemColumn.PROBLEM).data(Qt.ItemDataRole.ForegroundRole)
        is None
    )
    assert preview.details.tabText(PROBLEMS_TAB) == f"Errors and warnings ({len(rows)})"
    assert preview.headline.text().startswith("1 problem must be fixed")


def test_problems_sort_by_a_column_header(qtbot):
    problems = [ReadProblem("Contas", row, "CNPJ", "Bad {v}", {"v": row}) for row in (7, 3, 5)]
    plan = ImportPlan("pt_BR", errors=problems[:2], warnings=problems[2:])
    preview = open_preview(qtbot, plan)
    proxy = preview.problems_proxy

    def shown_rows():
        return [proxy.index(r, ProblemColumn.ROW).data() for r in range(proxy.rowCount())]

    assert shown_rows() == ["7", "3", "5"]  # the plan's order: errors, then warnings
    preview.problems.sortByColumn(ProblemColumn.ROW, Qt.SortOrder.AscendingOrder)
    assert shown_rows() == ["3", "5", "7"]
    preview.problems.sortByColumn(ProblemColumn.PROBLEM, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, ProblemColumn.PROBLEM).data() == "Warning: Bad 5"


# --- a very large import ---------------------------------------------------------------------


def large_plan(records: int) -> ImportPlan:
    """``records`` account rows, every tenth one changed, and as many warnings."""
    rows = [
        RowPlan(
            "accounts", n + 2, n, f"Conta {n}", CHANGED, [FieldChange("Setor", "A", "B")], BY_ID
        )
        if n % 10 == 0
        else RowPlan("accounts", n + 2, None, f"Indústria {n}", NEW)
        for n in range(records)
    ]
    warnings = [ReadProblem("Contas", n + 2, "Setor", "Odd {n}", {"n": n}) for n in range(records)]
    summary = {"accounts": SheetSummary(new=records - records // 10, changed=records // 10)}
    return ImportPlan("pt_BR", rows=rows, warnings=warnings, summary=summary)


def test_a_100k_row_import_opens_pages_its_records_and_filters(qtbot):
    plan = large_plan(100_000)
    nones = sys.getrefcount(None)
    preview = open_preview(qtbot, plan)
    # PySide6 6.12 on Python 3.11 loses a reference to None at each void Qt call made from
    # Python, and aborts at zero (about 40k): a Qt call per row, as widget items need, would.
    assert sys.getrefcount(None) > nones - 1000
    proxy, view = preview.changes_proxy, preview.changes

    assert preview.details.tabText(0) == "Changes (100,000)"
    assert preview.problems_proxy.rowCount() == 100_000
    assert (proxy.rowCount(), proxy.match_count()) == (PAGE, 100_000)  # a page on show
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert proxy.rowCount() == 2 * PAGE  # scrolled to the end: the next page

    preview.search.setText("row 99999")  # the very last record, deep past what is loaded
    assert top_rows(preview) == [("Contas, row 99999", "Indústria 99997", "new")]
    preview.search.setText("industria 9999")  # 9999 and 99991–99999 (99990 is changed)
    assert proxy.match_count() == 10 and proxy.rowCount() == 10
    preview.search.clear()
    preview.action_filter.setCurrentIndex(preview.action_filter.findData(CHANGED))
    assert (proxy.rowCount(), proxy.match_count()) == (PAGE, 10_000)
    assert preview.changes_model.loaded() < 10_000  # loaded as far as the first page only
    preview.action_filter.setCurrentIndex(0)
    assert preview.changes_model.loaded() == PAGE  # back to one page, nothing left over
    assert view.model().index(0, 0, QModelIndex()).data() == "Contas, row 2"
