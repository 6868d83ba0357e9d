"""The account's Revenue page driven like a KAM: type in a cell, paste a column copied from
Excel, add and delete months; every edit one undo step; bad figures named by month and column
with nothing written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kamdesk.services.accounts import AccountData
from kamdesk.services.health import MonthFigures, RevenueRow, RevenueService
from kamdesk.ui.health.revenue_model import RevenueColumn
from kamdesk.ui.health.revenue_page import RevenuePage
from tests.services.support import all_rows

pytestmark = pytest.mark.usefixtures("english")

SEP, OCT, NOV = dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)


def money(value: str) -> Decimal:
    return Decimal(value)


@pytest.fixture
def service(workspace):
    return RevenueService(workspace.portfolio)


@pytest.fixture
def account(workspace, service):
    """Agro with September and October recorded, selected."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    service.write(
        agro,
        {
            SEP: MonthFigures(money("1000"), money("800")),
            OCT: MonthFigures(money("1200"), money("800")),
        },
    )
    workspace.set_current_account(agro)
    return agro


@pytest.fixture
def page(qtbot, workspace, account):
    shown = RevenuePage(workspace)
    shown.today = lambda: dt.date(2026, 11, 25)
    qtbot.addWidget(shown)
    shown.resize(760, 480)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def figures(service, account) -> dict[dt.date, tuple[Decimal, Decimal]]:
    return {row.month: (row.revenue, row.recurring) for row in service.list_rows(account)}


def cell_text(page: RevenuePage, month: dt.date, column: RevenueColumn) -> str:
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(month), column))
    return index.data()


def paste(page: RevenuePage, text: str) -> None:
    """As the KAM does it: Excel's text on the clipboard, then the page's Paste."""
    QGuiApplication.clipboard().setText(text)
    page.paste_action.trigger()


# -- showing ---------------------------------------------------------------------------------


def test_the_months_show_oldest_first_with_the_one_off_part_and_the_summary(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.model.rowCount() == 2
    assert cell_text(page, SEP, RevenueColumn.MONTH) == "Sep/2026"
    assert cell_text(page, OCT, RevenueColumn.REVENUE) == "R$1,200.00"
    assert cell_text(page, OCT, RevenueColumn.ONE_OFF) == "R$400.00"
    summary = page.summary.text()
    assert "Nov/2025 – Oct/2026" in summary
    assert "R$2,200.00" in summary and "R$1,600.00" in summary and "73%" in summary


def test_an_account_without_revenue_says_what_to_do(qtbot, workspace):
    empty = workspace.accounts.create(AccountData(name="Nova"))
    page = RevenuePage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.show_account(empty)
    assert page.table_stack.currentWidget() is page.no_months
    assert "Add month" in page.no_months.text()
    page.show_account(None)
    assert page.pages.currentWidget() is page.no_account
    assert not page.add_action.isEnabled()


# -- typing in a cell ------------------------------------------------------------------------


def test_typing_a_revenue_writes_the_month_as_one_undo_step_that_restores_exactly(
    qtbot, page, workspace, service, account
):
    before = all_rows(workspace.portfolio)
    page.select_cell(OCT, RevenueColumn.REVENUE)
    page.table.edit(page.table.currentIndex())
    editor = page.table.findChild(QLineEdit)
    assert editor.text() == "1,200.00"  # the figure as the KAM would type it
    editor.selectAll()
    QTest.keyClicks(editor, "1,500.5")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.undo_stack.count() == 1)
    assert figures(service, account)[OCT] == (money("1500.50"), money("800"))
    assert cell_text(page, OCT, RevenueColumn.ONE_OFF) == "R$700.50"
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Edit revenue of Oct/2026"
    after = all_rows(workspace.portfolio)

    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert cell_text(page, OCT, RevenueColumn.REVENUE) == "R$1,200.00"
    workspace.undo_stack.redo()
    assert all_rows(workspace.portfolio) == after


def test_a_recurring_edit_above_the_revenue_is_named_and_nothing_is_written(
    qtbot, page, workspace, service, account
):
    before = all_rows(workspace.portfolio)
    index = page.proxy.mapFromSource(page.model.index(0, RevenueColumn.RECURRING))
    page.proxy.setData(index, "1500")  # what the cell editor hands over
    qtbot.waitUntil(page.problem.isVisible)
    assert page.problem.text().startswith("Sep/2026, Recurring: The recurring part (1,500)")
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


# -- pasting ---------------------------------------------------------------------------------


def test_a_pasted_pt_br_column_writes_two_months_in_one_undo_step(
    page, workspace, service, account
):
    before = all_rows(workspace.portfolio)
    page.select_cell(OCT, RevenueColumn.REVENUE)
    paste(page, "1.234,56\n2.000\n")
    assert figures(service, account) == {
        SEP: (money("1000"), money("800")),
        OCT: (money("1234.56"), money("800")),
        NOV: (money("2000"), money("0")),  # past the last month: a new one
    }
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Paste 2 months of revenue"
    assert page.selected_months() == [OCT, NOV]
    assert not page.problem.isVisible()

    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert page.model.rowCount() == 2


def test_pasted_money_with_the_currency_and_english_numbers_are_read(page, service, account):
    page.select_cell(SEP, RevenueColumn.REVENUE)
    paste(page, "R$ 1.500,00\t900\r\nR$\u00a01.600,25\t1.000,25\r\n")  # two columns
    assert figures(service, account)[SEP] == (money("1500"), money("900"))
    assert figures(service, account)[OCT] == (money("1600.25"), money("1000.25"))
    page.select_cell(SEP, RevenueColumn.RECURRING)
    paste(page, "1,000.75\n")
    assert figures(service, account)[SEP] == (money("1500"), money("1000.75"))


def test_pasted_rows_that_start_with_their_month_fill_an_empty_account(qtbot, workspace, service):
    nova = workspace.accounts.create(AccountData(name="Nova"))
    workspace.set_current_account(nova)
    page = RevenuePage(workspace)
    qtbot.addWidget(page)
    page.show()
    paste(page, "nov/2025\t1.000,00\t800,00\ndez/2025\t1.100,00\t800,00\n")
    assert figures(service, nova) == {
        dt.date(2025, 11, 1): (money("1000"), money("800")),
        dt.date(2025, 12, 1): (money("1100"), money("800")),
    }
    assert workspace.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (RevenueColumn.REVENUE, "1.000,00\nabc\n", "Oct/2026, Revenue: “abc” is not a number."),
        (
            RevenueColumn.RECURRING,
            "500\n1,300\n",
            "Oct/2026, Recurring: The recurring part (1,300) cannot be more than the "
            "month’s revenue (1,200).",
        ),
        (RevenueColumn.REVENUE, "-10\n", "Sep/2026, Revenue: Cannot be negative; got -10."),
        (
            RevenueColumn.MONTH,
            "1.000\n",
            "Sep/2026, Month: figures can only be pasted into the Revenue or Recurring column.",
        ),
        (RevenueColumn.RECURRING, "1\t2\n", "Sep/2026: the pasted block is too wide"),
    ],
)
def test_a_bad_paste_names_the_month_and_column_and_writes_nothing(
    page, workspace, column, text, message
):
    before = all_rows(workspace.portfolio)
    page.select_cell(SEP, column)
    paste(page, text)
    assert page.problem.isVisible()
    assert page.problem.text().startswith(message)
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


def test_paste_without_a_selected_cell_says_where_to_paste(page, workspace):
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    paste(page, "100\n")
    assert "Select the month and column to paste into" in page.problem.text()
    assert workspace.undo_stack.count() == 0


# -- adding and deleting months --------------------------------------------------------------


def test_add_month_offers_the_next_month_and_one_undo_removes_it(page, workspace, service, account):
    page.add_action.trigger()
    dialog = page.add_dialog
    assert dialog.month_edit.date().toString("MM/yyyy") == "11/2026"
    dialog.revenue_edit.setText("1,300")
    dialog.recurring_edit.setText("900")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert figures(service, account)[NOV] == (money("1300"), money("900"))
    assert workspace.undo_stack.undoText() == "Add month Nov/2026"
    workspace.undo_stack.undo()
    assert NOV not in figures(service, account)


def test_add_month_refuses_a_recorded_month_and_bad_figures_under_their_fields(page, workspace):
    before = all_rows(workspace.portfolio)
    page.add_action.trigger()
    dialog = page.add_dialog
    dialog.month_edit.setDate(dialog.month_edit.date().addMonths(-1))  # October: recorded
    dialog.revenue_edit.setText("100")
    dialog.ok_button.click()
    assert "Oct/2026 is already recorded" in dialog.fields["month"].problem_label.text()
    dialog.month_edit.setDate(dialog.month_edit.date().addMonths(1))
    dialog.revenue_edit.setText("cem")
    dialog.ok_button.click()
    assert dialog.fields["revenue"].problem_label.text() == "“cem” is not a number."
    dialog.revenue_edit.setText("100")
    dialog.recurring_edit.setText("200")
    dialog.ok_button.click()
    assert "cannot be more than" in dialog.fields["recurring"].problem_label.text()
    assert dialog.isVisible()
    assert all_rows(workspace.portfolio) == before


def test_deleting_selected_months_is_one_undo_step(page, workspace, service, account):
    before = all_rows(workspace.portfolio)
    page.select_months([SEP, OCT])
    assert page.delete_action.isEnabled()
    page.delete_action.trigger()
    assert service.list_rows(account) == []
    assert page.table_stack.currentWidget() is page.no_months
    assert workspace.undo_stack.undoText() == "Delete 2 months of revenue"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert service.list_rows(account) == [
        RevenueRow(SEP, money("1000"), money("800")),
        RevenueRow(OCT, money("1200"), money("800")),
    ]


def test_copied_cells_paste_back_into_other_months_with_the_keyboard(
    qtbot, page, workspace, service, account
):
    """Ctrl+C gives Excel tab-separated figures; Ctrl+V writes them (one undo step)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    page.select_cell(SEP, RevenueColumn.REVENUE)
    selection = page.table.selectionModel()
    recurring = page.proxy.index(0, RevenueColumn.RECURRING)
    selection.select(recurring, selection.SelectionFlag.Select)
    QTest.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1,000.00\t800.00\n"
    page.select_cell(OCT, RevenueColumn.REVENUE)
    QTest.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert figures(service, account)[OCT] == (money("1000"), money("800"))
    assert workspace.undo_stack.count() == 1
