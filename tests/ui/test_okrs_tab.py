"""The OKRs tab driven like a KAM: create an objective, a key result and a check-in through the
dialogs, see progress and status, undo and redo, bad input shown under its field with nothing
saved, the account scope and the period filter, the check-ins pane and its chart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtWidgets import QLineEdit

from kamdesk.analytics.okr import OkrStatus
from kamdesk.model.enums import KeyResultDirection, Strategy
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan.okr_data import CheckInData, KeyResultData, ObjectiveData
from kamdesk.services.plan.okrs import OkrService
from kamdesk.ui.colors import FAIR, GOOD, POOR
from kamdesk.ui.okrs.check_in_dialog import CheckInDialog
from kamdesk.ui.okrs.key_result_dialog import KeyResultDialog
from kamdesk.ui.okrs.objective_dialog import ObjectiveDialog
from kamdesk.ui.okrs.tab import RUNNING_PERIODS, OkrsTab
from kamdesk.ui.okrs.tree_model import OkrColumn, OkrKind

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2027, 2, 15)  # half of 2027-Q1 gone by


@pytest.fixture
def okrs(workspace):
    return OkrService(workspace.portfolio)


@pytest.fixture
def accounts(workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    banco = workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.accounts_changed.emit()
    return agro, banco


@pytest.fixture
def plan(okrs, accounts):
    """Agro: a 2027-Q1 objective, volume 10 → 20 t checked in at 15 (confidence 8) and lead
    time 10 → 5 days at 9 (confidence 2); Banco: a 2027 objective; the portfolio: a 2027-H1
    one."""
    agro, banco = accounts
    objective = okrs.create_objective(
        ObjectiveData(agro, "Preferred supplier", "2027-Q1", Strategy.UP_SELL)
    )
    volume = okrs.create_key_result(KeyResultData(objective, "Volume", "t", 10, 20))
    lead = okrs.create_key_result(
        KeyResultData(objective, "Lead time", "days", 10, 5, KeyResultDirection.DECREASE)
    )
    okrs.create_check_in(CheckInData(volume, dt.date(2027, 1, 20), 12, 7, "Slow start"))
    okrs.create_check_in(CheckInData(volume, dt.date(2027, 2, 10), 15, 8, "Harvest"))
    okrs.create_check_in(CheckInData(lead, dt.date(2027, 2, 1), 9, 2))
    banco_objective = okrs.create_objective(ObjectiveData(banco, "Payroll cross-sell", "2027"))
    portfolio_objective = okrs.create_objective(ObjectiveData(None, "Grow recurring", "2027-H1"))
    return {
        "objective": objective,
        "volume": volume,
        "lead": lead,
        "banco": banco_objective,
        "portfolio": portfolio_objective,
    }


def open_tab(qtbot, workspace) -> OkrsTab:
    tab = OkrsTab(workspace)
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def cell(tab, kind, row_id, column) -> str:
    index = tab.model.index_of(kind, row_id)
    return tab.model.index(index.row(), column, index.parent()).data()


def cell_index(tab, kind, row_id, column):
    index = tab.model.index_of(kind, row_id)
    return tab.model.index(index.row(), column, index.parent())


def type_into(qtbot, widget, text: str) -> None:
    edit = widget if isinstance(widget, QLineEdit) else widget.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def problem(dialog, name: str) -> str:
    return dialog.fields[name].problem


# -- the models ------------------------------------------------------------------------------


def test_item_models_pass_qt_model_tester(qtbot, qtmodeltester, workspace, plan):
    tab = open_tab(qtbot, workspace)
    qtmodeltester.check(tab.model)
    tab.select(OkrKind.KEY_RESULT, plan["volume"])
    qtmodeltester.check(tab.details.model)


# -- creating through the dialogs ------------------------------------------------------------


def test_empty_state_says_what_to_do_and_opens_the_objective_dialog(qtbot, workspace, accounts):
    workspace.set_current_account(accounts[0])
    tab = open_tab(qtbot, workspace)
    assert tab.pages.currentWidget() is tab.empty_page
    assert "Agro Cerrado has no objectives yet" in tab.empty_label.text()
    assert "New objective" in tab.empty_label.text()
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    assert isinstance(tab.dialog, ObjectiveDialog) and tab.dialog.isVisible()
    assert tab.dialog.fields["account_id"].value() == accounts[0]
    tab.dialog.reject()


def test_objective_key_result_and_check_in_through_the_dialogs(qtbot, workspace, accounts, okrs):
    agro = accounts[0]
    workspace.set_current_account(agro)
    tab = open_tab(qtbot, workspace)

    tab.new_objective_action.trigger()
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["title"].widget, "Preferred supplier")
    type_into(qtbot, dialog.fields["period"].widget, "2027-q1")
    assert dialog.period_dates.text() == "From 1/1/2027 to 3/31/2027"
    dialog.fields["strategy"].load(Strategy.UP_SELL)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    [objective] = okrs.list_objectives(agro, today=TODAY)
    assert (objective.title, objective.period, objective.strategy) == (
        "Preferred supplier",
        "2027-Q1",
        Strategy.UP_SELL,
    )
    assert tab.selected() == (OkrKind.OBJECTIVE, objective.id)
    assert tab.pages.currentWidget() is tab.splitter

    tab.new_key_result_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, KeyResultDialog)
    type_into(qtbot, dialog.fields["title"].widget, "Volume")
    type_into(qtbot, dialog.fields["unit"].widget, "t")
    type_into(qtbot, dialog.fields["start"].widget, "10")
    type_into(qtbot, dialog.fields["target"].widget, "20")
    press_ok(qtbot, dialog)
    [key_result] = okrs.list_objectives(agro, today=TODAY)[0].key_results
    assert tab.selected() == (OkrKind.KEY_RESULT, key_result.id)
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.CURRENT) == "— / 20 t"

    tab.check_in_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, CheckInDialog)
    assert dialog.fields["date"].value() == TODAY  # pre-filled today …
    assert dialog.fields["value"].widget.text() == "10"  # … and the current value (the start)
    type_into(qtbot, dialog.fields["value"].widget, "15")
    dialog.fields["confidence"].widget.setValue(6)
    dialog.fields["note"].widget.setPlainText("Harvest helped")
    press_ok(qtbot, dialog)

    assert okrs.current_value(key_result.id) == 15
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.CURRENT) == "15 / 20 t"
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.PROGRESS) == "50%"
    # 0.5 ≥ 0.9 × 0.5 elapsed, but confidence 6 → at risk
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.STATUS) == "At risk"
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.CONFIDENCE) == "6/10"
    assert cell(tab, OkrKind.OBJECTIVE, objective.id, OkrColumn.PROGRESS) == "50%"
    assert [r.value for r in tab.details.model.rows()] == [15]
    assert tab.selected() == (OkrKind.KEY_RESULT, key_result.id)

    stack = workspace.undo_stack
    assert stack.undoText() == "Check-in of “Volume”"
    stack.undo()
    assert okrs.current_value(key_result.id) is None
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.CURRENT) == "— / 20 t"
    assert tab.details.model.rows() == []
    stack.redo()
    assert cell(tab, OkrKind.KEY_RESULT, key_result.id, OkrColumn.CURRENT) == "15 / 20 t"
    stack.undo()
    stack.undo()  # the key result
    stack.undo()  # the objective
    assert okrs.list_objectives(today=TODAY) == []
    assert tab.pages.currentWidget() is tab.empty_page
    for _ in range(3):
        stack.redo()
    assert okrs.current_value(key_result.id) == 15  # the same ids again


def test_direction_follows_the_numbers_typed(qtbot, workspace, plan):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    tab.new_key_result_action.trigger()
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["start"].widget, "12")
    type_into(qtbot, dialog.fields["target"].widget, "4")
    assert dialog.data().direction is KeyResultDirection.DECREASE
    type_into(qtbot, dialog.fields["target"].widget, "40")
    assert dialog.data().direction is KeyResultDirection.INCREASE
    dialog.reject()


# -- bad input -------------------------------------------------------------------------------


def all_okrs(okrs):
    return okrs.list_objectives(today=TODAY)


@pytest.mark.parametrize(
    ("title", "period", "field", "message"),
    [
        ("Grow", "2027-Q5", "period", "“2027-Q5” is not a period"),
        ("Grow", "2027-H3", "period", "“2027-H3” is not a period"),
        ("Grow", "next year", "period", "“next year” is not a period"),
        ("", "2027-Q1", "title", "This field is required."),
    ],
)
def test_bad_objective_shows_the_problem_and_saves_nothing(
    qtbot, workspace, plan, okrs, title, period, field, message
):
    tab = open_tab(qtbot, workspace)
    before = all_okrs(okrs)
    tab.new_objective_action.trigger()
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["title"].widget, title)
    type_into(qtbot, dialog.fields["period"].widget, period)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, field).startswith(message)
    assert all_okrs(okrs) == before
    assert workspace.undo_stack.count() == 0
    dialog.reject()


@pytest.mark.parametrize(
    ("start", "target", "field", "message"),
    [
        ("10", "10", "target", "The target must differ from the start (10)"),
        ("ten", "20", "start", "“ten” is not a number."),
        ("", "20", "start", "This field is required."),
    ],
)
def test_bad_key_result_shows_the_problem_and_saves_nothing(
    qtbot, workspace, plan, okrs, start, target, field, message
):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    before = all_okrs(okrs)
    tab.new_key_result_action.trigger()
    dialog = tab.dialog
    type_into(qtbot, dialog.fields["title"].widget, "Share of wallet")
    type_into(qtbot, dialog.fields["start"].widget, start)
    type_into(qtbot, dialog.fields["target"].widget, target)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, field).startswith(message)
    assert all_okrs(okrs) == before
    dialog.reject()


def test_check_in_before_the_period_shows_the_problem_and_saves_nothing(
    qtbot, workspace, plan, okrs
):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.KEY_RESULT, plan["volume"])
    before = all_okrs(okrs)
    tab.check_in_action.trigger()
    dialog = tab.dialog
    dialog.fields["date"].widget.setDate(QDate(2026, 12, 20))
    type_into(qtbot, dialog.fields["value"].widget, "18")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, "date") == (
        "The objective's period 2027-Q1 starts on 1/1/2027: a check-in cannot be earlier."
    )
    assert all_okrs(okrs) == before
    type_into(qtbot, dialog.fields["value"].widget, "lots")  # and a value that is no number
    dialog.fields["date"].widget.setDate(QDate(2027, 2, 14))
    press_ok(qtbot, dialog)
    assert problem(dialog, "value") == "“lots” is not a number."
    assert problem(dialog, "date") == ""
    assert all_okrs(okrs) == before
    dialog.reject()


# -- edit, delete, undo ----------------------------------------------------------------------


def test_editing_an_objective_is_one_undo_step(qtbot, workspace, plan, okrs):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    tab.edit_action.trigger()
    dialog = tab.dialog
    assert dialog.fields["title"].value() == "Preferred supplier"
    type_into(qtbot, dialog.fields["title"].widget, "Strategic partner")
    type_into(qtbot, dialog.fields["period"].widget, "2027-h1")
    press_ok(qtbot, dialog)
    assert cell(tab, OkrKind.OBJECTIVE, plan["objective"], OkrColumn.PERIOD) == "2027-H1"
    assert workspace.undo_stack.undoText() == "Edit objective “Strategic partner”"
    workspace.undo_stack.undo()
    assert okrs.get_objective(plan["objective"]).title == "Preferred supplier"
    assert cell(tab, OkrKind.OBJECTIVE, plan["objective"], OkrColumn.PERIOD) == "2027-Q1"


def test_deleting_an_objective_takes_its_key_results_and_undo_brings_them_back(
    qtbot, workspace, plan, okrs, accounts
):
    workspace.set_current_account(accounts[0])
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    tab.delete_action.trigger()
    assert okrs.list_objectives(accounts[0], today=TODAY) == []
    assert tab.pages.currentWidget() is tab.empty_page
    workspace.undo_stack.undo()
    [objective] = okrs.list_objectives(accounts[0], today=TODAY)
    assert objective.id == plan["objective"]
    assert [kr.id for kr in objective.key_results] == [plan["volume"], plan["lead"]]
    assert okrs.current_value(plan["volume"]) == 15


def test_editing_and_deleting_a_check_in_from_the_pane(qtbot, workspace, plan, okrs):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.KEY_RESULT, plan["volume"])
    details = tab.details
    assert [r.value for r in details.model.rows()] == [15, 12]  # newest first
    assert not details.delete_button.isEnabled()
    details.table.selectRow(0)
    assert details.edit_button.isEnabled()
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.fields["value"].widget.text() == "15"
    type_into(qtbot, dialog.fields["value"].widget, "16,5")  # not a number in English …
    press_ok(qtbot, dialog)
    assert problem(dialog, "value") == "“16,5” is not a number."
    type_into(qtbot, dialog.fields["value"].widget, "16.5")
    press_ok(qtbot, dialog)
    assert okrs.current_value(plan["volume"]) == 16.5
    assert cell(tab, OkrKind.KEY_RESULT, plan["volume"], OkrColumn.CURRENT) == "16.5 / 20 t"

    details.table.selectRow(0)
    qtbot.mouseClick(details.delete_button, Qt.MouseButton.LeftButton)
    assert okrs.current_value(plan["volume"]) == 12
    assert workspace.undo_stack.undoText() == "Delete check-in of 2/10/2027 of “Volume”"
    workspace.undo_stack.undo()
    assert okrs.current_value(plan["volume"]) == 16.5
    workspace.undo_stack.undo()
    assert okrs.current_value(plan["volume"]) == 15


def test_editing_a_key_result_is_one_undo_step(qtbot, workspace, plan, okrs):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.KEY_RESULT, plan["volume"])
    tab.edit_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, KeyResultDialog)
    assert (dialog.fields["start"].widget.text(), dialog.fields["target"].widget.text()) == (
        "10",
        "20",
    )
    assert dialog.current_label.text() == "15 t — from the latest check-in"
    type_into(qtbot, dialog.fields["target"].widget, "10")
    press_ok(qtbot, dialog)
    assert problem(dialog, "target").startswith("The target must differ from the start (10)")
    type_into(qtbot, dialog.fields["target"].widget, "30")
    press_ok(qtbot, dialog)
    assert cell(tab, OkrKind.KEY_RESULT, plan["volume"], OkrColumn.PROGRESS) == "25%"
    workspace.undo_stack.undo()
    assert okrs.get_key_result(plan["volume"]).target == 20
    assert cell(tab, OkrKind.KEY_RESULT, plan["volume"], OkrColumn.PROGRESS) == "50%"
    assert tab.selected() == (OkrKind.KEY_RESULT, plan["volume"])


# -- what the tree shows ---------------------------------------------------------------------


def test_progress_status_confidence_and_grade_are_shown_and_coloured(qtbot, workspace, plan):
    tab = open_tab(qtbot, workspace)
    volume, lead, objective = plan["volume"], plan["lead"], plan["objective"]
    # volume: 50 %, confidence 8 → on track; lead time: (9 − 10) ÷ (5 − 10) = 20 %, confidence 2
    assert cell(tab, OkrKind.KEY_RESULT, volume, OkrColumn.STATUS) == "On track"
    assert cell(tab, OkrKind.KEY_RESULT, lead, OkrColumn.STATUS) == "Off track"
    assert cell(tab, OkrKind.KEY_RESULT, lead, OkrColumn.CURRENT) == "9 / 5 days"
    assert cell(tab, OkrKind.OBJECTIVE, objective, OkrColumn.PROGRESS) == "35%"
    assert cell(tab, OkrKind.OBJECTIVE, objective, OkrColumn.CONFIDENCE) == "2/10"
    assert cell(tab, OkrKind.OBJECTIVE, objective, OkrColumn.GRADE) == "0.4"  # so far
    backgrounds = {
        status: cell_index(tab, OkrKind.KEY_RESULT, row, OkrColumn.STATUS).data(
            Qt.ItemDataRole.BackgroundRole
        )
        for status, row in ((OkrStatus.ON_TRACK, volume), (OkrStatus.OFF_TRACK, lead))
    }
    assert backgrounds[OkrStatus.ON_TRACK].color() == GOOD
    assert backgrounds[OkrStatus.OFF_TRACK].color() == POOR
    grade = cell_index(tab, OkrKind.OBJECTIVE, objective, OkrColumn.GRADE)
    assert "Grade so far" in grade.data(Qt.ItemDataRole.ToolTipRole)
    # The portfolio's 2027-H1 objective has no key result: no progress, no status.
    assert cell(tab, OkrKind.OBJECTIVE, plan["portfolio"], OkrColumn.STATUS) == ""
    at_risk = cell_index(tab, OkrKind.OBJECTIVE, objective, OkrColumn.STATUS)
    assert at_risk.data(Qt.ItemDataRole.BackgroundRole).color() in (GOOD, FAIR, POOR)
    assert tab.totals_label.text() == "3 objectives · 0 on track · 0 at risk · 1 off track"


def test_the_tab_follows_the_selected_account(qtbot, workspace, plan, accounts):
    agro, banco = accounts
    tab = open_tab(qtbot, workspace)
    titles = [o.title for o in tab.model.objectives()]
    assert titles == ["Payroll cross-sell", "Grow recurring", "Preferred supplier"]
    assert not tab.tree.isColumnHidden(OkrColumn.ACCOUNT)
    assert cell(tab, OkrKind.OBJECTIVE, plan["portfolio"], OkrColumn.ACCOUNT) == "Whole portfolio"
    assert cell(tab, OkrKind.OBJECTIVE, plan["banco"], OkrColumn.ACCOUNT) == "Banco Paulista"
    assert tab.scope_label.text() == "Whole portfolio: every objective"
    workspace.set_current_account(agro)
    assert [o.title for o in tab.model.objectives()] == ["Preferred supplier"]
    workspace.set_current_account(banco)
    assert [o.title for o in tab.model.objectives()] == ["Payroll cross-sell"]
    assert tab.tree.isColumnHidden(OkrColumn.ACCOUNT)
    assert tab.scope_label.text() == "Objectives of Banco Paulista"
    tab.new_objective_action.trigger()
    assert tab.dialog.fields["account_id"].value() == banco
    tab.dialog.reject()
    workspace.set_current_account(None)
    tab.new_objective_action.trigger()
    assert tab.dialog.fields["account_id"].value() is None  # the whole portfolio
    tab.dialog.reject()


def test_period_filter(qtbot, workspace, plan):
    tab = open_tab(qtbot, workspace)
    combo = tab.period
    assert [combo.itemData(i) for i in range(2, combo.count())] == ["2027", "2027-H1", "2027-Q1"]
    combo.setCurrentIndex(combo.findData("2027-Q1"))
    assert [o.id for o in tab.model.objectives()] == [plan["objective"]]
    combo.setCurrentIndex(combo.findData(RUNNING_PERIODS))
    assert len(tab.model.objectives()) == 3
    tab.today = lambda: dt.date(2027, 5, 2)  # Q1 is over, H1 and the year run
    tab.reload()
    assert {o.id for o in tab.model.objectives()} == {plan["banco"], plan["portfolio"]}


def test_actions_follow_the_selection(qtbot, workspace, plan):
    tab = open_tab(qtbot, workspace)
    tab.tree.clearSelection()
    assert not tab.check_in_action.isEnabled() and not tab.edit_action.isEnabled()
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    assert tab.new_key_result_action.isEnabled() and not tab.check_in_action.isEnabled()
    assert tab.details.key_result is None
    tab.select(OkrKind.KEY_RESULT, plan["lead"])
    assert tab.check_in_action.isEnabled()
    assert tab.details.title.text() == "Lead time"
    shortcuts = [
        action.shortcut().toString()
        for action in (
            tab.new_objective_action,
            tab.new_key_result_action,
            tab.check_in_action,
            tab.edit_action,
            tab.delete_action,
        )
    ]
    assert shortcuts == ["Ctrl+Shift+N", "Ctrl+Shift+K", "Ctrl+Shift+I", "F2", "Del"]


def test_a_hidden_tab_reads_again_only_when_shown(qtbot, workspace, plan, okrs):
    tab = open_tab(qtbot, workspace)
    tab.hide()
    okrs.create_objective(ObjectiveData(None, "Hidden edit", "2027"))
    workspace.plan_changed.emit()
    assert "Hidden edit" not in [o.title for o in tab.model.objectives()]
    tab.show()
    assert "Hidden edit" in [o.title for o in tab.model.objectives()]


# -- the trend chart -------------------------------------------------------------------------


def test_trend_chart_shows_each_check_in_with_its_confidence(qtbot, workspace, plan):
    tab = open_tab(qtbot, workspace)
    tab.select(OkrKind.KEY_RESULT, plan["volume"])
    chart = tab.details.chart
    chart.resize(420, 220)
    dots = chart.dots()
    assert [d.check_in.value for d in dots] == [12, 15]  # oldest first
    assert dots[0].centre.x() < dots[1].centre.x()
    assert dots[0].centre.y() > dots[1].centre.y()  # higher value, higher on the chart
    assert chart.part_at(dots[1].centre) == dots[1]
    assert chart.part_at(QPointF(1, 1)) is None
    tip = chart.part_tip(dots[1])
    assert "2/10/2027" in tip and "15 t" in tip and "50%" in tip and "8/10" in tip
    assert "Harvest" in tip
    assert "Target 20 t" in [name for name, _pen in chart.legend_entries()]
    chart.grab()  # paints without error
    tab.select(OkrKind.OBJECTIVE, plan["objective"])
    assert chart.dots() == []
