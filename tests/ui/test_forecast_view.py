"""The Forecast view: figures per category and period, typing a target, snapshots, accuracy
of past forecasts, the chart and the funnel, on a portfolio whose numbers are worked by hand.

Today is 25 Nov 2026 (Q4 2026, calendar fiscal year). The portfolio:

- Q3 2026, for accuracy: on 20 Jun a snapshot kept X (R$50,000, commit, 60%, August) and
  Y (R$20,000, best case, 50%, September). X was won on 12 Aug, Y lost on 1 Sep. Won in Q3:
  50,000. Calls: commit 50,000 → 100%; best case 70,000 → 1 − 20,000 ÷ 50,000 = 60%;
  pipeline 70,000 → 60%; weighted 30,000 + 10,000 = 40,000 → 80%.
- Q4 2026: won 22,000 (10,000 + 12 × 1,000, 15 Oct) + 8,000 (10 Nov) = 30,000; commit 30,000
  at 50%; best case 40,000 at 30%; a lost and an omitted deal that count nowhere.
  Weighted 15,000 + 12,000 = 27,000. Target 100,000: coverage 70,000 ÷ 100,000 = 70%,
  attainment 30,000 ÷ 100,000 = 30%.
- Q1 2027: commit 20,000 at 80% (Banco Paulista), pipeline 50,000 at 10%. Weighted 16,000 +
  5,000 = 21,000. No target.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox

from kamdesk.analytics.periods import PeriodKind
from kamdesk.model.enums import ForecastCategory as C
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import OpportunityData, OpportunityService, StageService
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.ui.i18n import install_language
from kamdesk.ui.pipeline.forecast_chart import ForecastChart, StageFunnel
from kamdesk.ui.pipeline.forecast_models import AccuracyColumn, ForecastRow
from kamdesk.ui.pipeline.forecast_view import ForecastView

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)
Q4, Q1 = 0, 1  # columns of the default range Q4 2026 – Q3 2027


@pytest.fixture
def forecast(workspace):
    return ForecastService(workspace.portfolio)


@pytest.fixture
def accounts(workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    bank = workspace.accounts.create(AccountData(name="Banco Paulista"))
    return agro, bank


@pytest.fixture
def stages(workspace):
    return {s.key: s.id for s in StageService(workspace.portfolio).list_rows()}


@pytest.fixture
def deals(workspace, accounts, stages, forecast):
    agro, bank = accounts
    service = OpportunityService(workspace.portfolio)

    def deal(title, close, value, category=C.PIPELINE, probability=None, account=agro, **more):
        data = OpportunityData(
            account_id=account,
            title=title,
            one_time_value=Decimal(value),
            expected_close=close,
            forecast_category=category,
            probability=probability,
            stage_id=stages["proposal"],
            **more,
        )
        return service.create(data, today=dt.date(2026, 6, 1))

    x = deal("Silo sensors", dt.date(2026, 8, 10), 50000, C.COMMIT, 60)
    y = deal("Drone survey", dt.date(2026, 9, 5), 20000, C.BEST_CASE, 50)
    forecast.take_snapshot(True, dt.date(2026, 6, 20))
    service.move_to_stage(x, stages["won"], "Best price", today=dt.date(2026, 8, 12))
    service.move_to_stage(y, stages["lost"], "No budget", today=dt.date(2026, 9, 1))

    def won(title, day, one_time, recurring=0):
        data = OpportunityData(
            account_id=agro,
            title=title,
            one_time_value=Decimal(one_time),
            recurring_value=Decimal(recurring),
            expected_close=day,
            stage_id=stages["won"],
            win_loss_reason="Relationship",
        )
        return service.create(data, today=day)

    won("Payroll cards", dt.date(2026, 10, 15), 10000, 1000)
    won("Fleet leasing", dt.date(2026, 11, 10), 8000)
    deal("Grain storage", dt.date(2026, 12, 10), 30000, C.COMMIT, 50)
    deal("Irrigation", dt.date(2026, 12, 20), 40000, C.BEST_CASE, 30)
    deal("Omitted", dt.date(2026, 12, 5), 99000, C.OMITTED, 50)
    lost = deal("Lost tender", dt.date(2026, 12, 1), 77000, C.COMMIT, 50)
    service.move_to_stage(lost, stages["lost"], "Price", today=dt.date(2026, 11, 20))
    deal("Treasury", dt.date(2027, 1, 20), 20000, C.COMMIT, 80, account=bank)
    deal("Drones", dt.date(2027, 2, 15), 50000, C.PIPELINE, 10)
    forecast.set_target("2026-Q4", Decimal(100000))


def open_view(qtbot, workspace) -> ForecastView:
    view = ForecastView(workspace)
    view.set_today(lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 1000)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: ForecastView, row: ForecastRow, column: int) -> str:
    return view.shown_amount(row, column)


def accuracy_cell(view: ForecastView, row: int, column: AccuracyColumn) -> str:
    return view.accuracy_model.index(row, column).data() or ""


def type_target(qtbot, view: ForecastView, column: int, text: str) -> None:
    """Double-clicks the target cell, types ``text`` and presses Enter, as a KAM would."""
    index = view.model.index(ForecastRow.TARGET, column)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    assert editor.text() == view.model.index(ForecastRow.TARGET, column).data(
        Qt.ItemDataRole.EditRole
    )
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState)


def message_boxes(view: ForecastView) -> list[QMessageBox]:
    return [box for box in view.findChildren(QMessageBox) if box.isVisible()]


# -- the figures ------------------------------------------------------------------------------


def test_the_table_shows_each_category_per_quarter_as_worked_by_hand(
    qtbot, qtmodeltester, workspace, deals
):
    view = open_view(qtbot, workspace)
    qtmodeltester.check(view.model)
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Q4 2026",
        "Q1 2027",
        "Q2 2027",
        "Q3 2027",
    ]
    assert view.range_label.text() == "Q4 2026 – Q3 2027"

    expected_q4 = {
        ForecastRow.CLOSED_WON: "R$30,000",
        ForecastRow.COMMIT: "R$30,000",
        ForecastRow.BEST_CASE: "R$40,000",
        ForecastRow.PIPELINE: "R$0",
        ForecastRow.WEIGHTED: "R$27,000",
        ForecastRow.TARGET: "R$100,000",
        ForecastRow.COVERAGE: "70%",
        ForecastRow.ATTAINMENT: "30%",
    }
    expected_q1 = {
        ForecastRow.CLOSED_WON: "R$0",
        ForecastRow.COMMIT: "R$20,000",
        ForecastRow.BEST_CASE: "R$0",
        ForecastRow.PIPELINE: "R$50,000",
        ForecastRow.WEIGHTED: "R$21,000",
        ForecastRow.TARGET: "—",
        ForecastRow.COVERAGE: "—",
        ForecastRow.ATTAINMENT: "—",
    }
    assert {row: cell(view, row, Q4) for row in ForecastRow} == expected_q4
    assert {row: cell(view, row, Q1) for row in ForecastRow} == expected_q1
    assert "open pipeline ÷ target" in view.model.headerData(
        ForecastRow.COVERAGE, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    coverage_tip = view.model.index(ForecastRow.COVERAGE, Q4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Gap coverage" in coverage_tip and "100%" in coverage_tip  # 70,000 ÷ 70,000


def test_months_and_stepping_show_other_periods(qtbot, workspace, deals):
    view = open_view(qtbot, workspace)
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.kind is PeriodKind.MONTH
    assert view.range_label.text() == "Nov 2026 – Apr 2027"
    assert cell(view, ForecastRow.CLOSED_WON, 0) == "R$8,000"  # November
    assert cell(view, ForecastRow.COMMIT, 1) == "R$30,000"  # December
    assert cell(view, ForecastRow.TARGET, 1) == "—"  # the quarter's target is not a month's

    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.range_label.text() == "Oct 2026 – Mar 2027"
    assert cell(view, ForecastRow.CLOSED_WON, 0) == "R$22,000"  # 10,000 + 12 × 1,000
    assert view.current_button.isEnabled()
    qtbot.mouseClick(view.current_button, Qt.MouseButton.LeftButton)
    assert view.range_label.text() == "Nov 2026 – Apr 2027"
    assert not view.current_button.isEnabled()


def test_an_account_shows_its_own_figures_without_targets(qtbot, workspace, accounts, deals):
    _agro, bank = accounts
    view = open_view(qtbot, workspace)
    view.set_scope(bank)
    assert view.title.text() == "Forecast · Banco Paulista"
    assert cell(view, ForecastRow.COMMIT, Q1) == "R$20,000"
    assert cell(view, ForecastRow.PIPELINE, Q1) == "R$0"
    assert cell(view, ForecastRow.TARGET, Q4) == "—"
    target = view.model.index(ForecastRow.TARGET, Q4)
    assert not view.model.flags(target) & Qt.ItemFlag.ItemIsEditable
    view.set_scope(None)
    assert cell(view, ForecastRow.TARGET, Q4) == "R$100,000"


def test_the_view_reads_again_after_a_change_and_waits_while_hidden(
    qtbot, workspace, accounts, forecast
):
    agro, _bank = accounts
    view = open_view(qtbot, workspace)
    assert cell(view, ForecastRow.PIPELINE, Q4) == "R$0"
    service = OpportunityService(workspace.portfolio)
    data = OpportunityData(
        account_id=agro, title="Silo", one_time_value=Decimal(5000), expected_close=TODAY
    )
    view.hide()
    service.create(data, today=TODAY)
    workspace.pipeline_changed.emit()
    assert cell(view, ForecastRow.PIPELINE, Q4) == "R$0"  # hidden: not read yet
    view.show()
    qtbot.waitExposed(view)
    assert cell(view, ForecastRow.PIPELINE, Q4) == "R$5,000"


# -- targets ----------------------------------------------------------------------------------


def test_typing_a_target_writes_it_and_one_undo_restores(qtbot, workspace, deals, forecast):
    view = open_view(qtbot, workspace)
    type_target(qtbot, view, Q1, "125,000")
    assert forecast.target("2027-Q1") == Decimal(125000)
    assert cell(view, ForecastRow.TARGET, Q1) == "R$125,000"
    assert cell(view, ForecastRow.COVERAGE, Q1) == "56%"  # 70,000 ÷ 125,000
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Set the target of Q1 2027"

    workspace.undo_stack.undo()
    assert forecast.target("2027-Q1") is None
    assert cell(view, ForecastRow.TARGET, Q1) == "—"
    workspace.undo_stack.redo()
    assert forecast.target("2027-Q1") == Decimal(125000)


def test_an_empty_target_clears_it_and_undo_puts_it_back(qtbot, workspace, deals, forecast):
    view = open_view(qtbot, workspace)
    type_target(qtbot, view, Q4, "")
    assert forecast.target("2026-Q4") is None
    assert cell(view, ForecastRow.COVERAGE, Q4) == "—"
    assert workspace.undo_stack.undoText() == "Clear the target of Q4 2026"
    workspace.undo_stack.undo()
    assert forecast.target("2026-Q4") == Decimal(100000)
    assert cell(view, ForecastRow.TARGET, Q4) == "R$100,000"


@pytest.mark.parametrize("typed", ["lots", "-5,000", "99,000,000,000,000"])
def test_an_invalid_target_is_refused_with_a_message_and_nothing_written(
    qtbot, workspace, deals, forecast, typed
):
    view = open_view(qtbot, workspace)
    type_target(qtbot, view, Q4, typed)
    boxes = message_boxes(view)
    assert len(boxes) == 1
    assert boxes[0].text() == "The target of Q4 2026 was not changed."
    assert boxes[0].informativeText()  # says why: not a number, negative, too large
    assert forecast.target("2026-Q4") == Decimal(100000)
    assert workspace.undo_stack.count() == 0
    assert cell(view, ForecastRow.TARGET, Q4) == "R$100,000"
    boxes[0].close()


def test_a_quarter_without_its_own_target_adds_up_its_months(qtbot, workspace, forecast):
    for month in ("2027-01", "2027-02", "2027-03"):
        forecast.set_target(month, Decimal(10000))
    view = open_view(qtbot, workspace)
    assert cell(view, ForecastRow.TARGET, Q1) == "R$30,000"
    tip = view.model.index(ForecastRow.TARGET, Q1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sum of the monthly targets" in tip


# -- snapshots and accuracy -------------------------------------------------------------------


def test_the_snapshot_button_takes_one_and_undo_removes_it(qtbot, workspace, forecast):
    view = open_view(qtbot, workspace)
    assert view.snapshot_label.text() == "No snapshot taken yet"
    qtbot.mouseClick(view.snapshot_button, Qt.MouseButton.LeftButton)
    taken = forecast.snapshots()
    assert len(taken) == 1 and not taken[0].automatic
    assert taken[0].taken_at.date() == TODAY
    assert view.snapshot_label.text() == "Latest snapshot: 11/25/2026"
    assert workspace.undo_stack.undoText() == "Take forecast snapshot"

    workspace.undo_stack.undo()
    assert forecast.snapshots() == []
    assert view.snapshot_label.text() == "No snapshot taken yet"
    workspace.undo_stack.redo()
    assert [s.id for s in forecast.snapshots()] == [taken[0].id]


def test_accuracy_of_a_past_quarter_against_the_snapshot_taken_before_it(
    qtbot, qtmodeltester, workspace, deals
):
    view = open_view(qtbot, workspace)
    model = view.accuracy_model
    qtmodeltester.check(model)
    # "quarter(s)" until the English plurals are filled in, "quarters" after
    assert view.accuracy_title.text().startswith("Forecast accuracy · last 4 quarter")
    assert [accuracy_cell(view, r, AccuracyColumn.PERIOD) for r in range(5)] == [
        "Q4 2025",
        "Q1 2026",
        "Q2 2026",
        "Q3 2026",
        "Average error (MAPE)",
    ]
    q3 = 3
    assert accuracy_cell(view, q3, AccuracyColumn.WON) == "R$50,000"
    assert accuracy_cell(view, q3, AccuracyColumn.SNAPSHOT) == "6/20/2026"
    assert [
        accuracy_cell(view, q3, column)
        for column in (
            AccuracyColumn.COMMIT,
            AccuracyColumn.BEST_CASE,
            AccuracyColumn.PIPELINE,
            AccuracyColumn.WEIGHTED,
        )
    ] == ["100%", "60%", "60%", "80%"]
    assert accuracy_cell(view, q3, AccuracyColumn.NOTE) == ""
    # Q2 began on 1 Apr, before the only snapshot: no accuracy, and the reason in words.
    assert accuracy_cell(view, 2, AccuracyColumn.COMMIT) == ""
    assert (
        accuracy_cell(view, 2, AccuracyColumn.NOTE)
        == "No forecast snapshot was taken before Q2 2026 began."
    )
    mape = 4  # only Q3 counts: the errors are 1 − accuracy
    assert [
        accuracy_cell(view, mape, column)
        for column in (
            AccuracyColumn.COMMIT,
            AccuracyColumn.BEST_CASE,
            AccuracyColumn.PIPELINE,
            AccuracyColumn.WEIGHTED,
        )
    ] == ["0%", "40%", "40%", "20%"]
    assert accuracy_cell(view, mape, AccuracyColumn.NOTE).startswith("Over 1 measured period")
    tip = model.index(q3, AccuracyColumn.BEST_CASE).data(Qt.ItemDataRole.ToolTipRole)
    assert "R$70,000" in tip and "R$50,000" in tip


def test_a_month_where_nothing_was_won_says_so(qtbot, workspace, deals):
    view = open_view(qtbot, workspace)
    view.set_granularity(PeriodKind.MONTH)  # May – Oct 2026
    rows = {accuracy_cell(view, r, AccuracyColumn.PERIOD): r for r in range(6)}
    september = rows["Sep 2026"]
    assert accuracy_cell(view, september, AccuracyColumn.COMMIT) == ""
    assert accuracy_cell(view, september, AccuracyColumn.NOTE) == (
        "Nothing was won in Sep 2026, so accuracy cannot be measured."
    )
    august = rows["Aug 2026"]
    assert accuracy_cell(view, august, AccuracyColumn.COMMIT) == "100%"
    assert accuracy_cell(view, august, AccuracyColumn.BEST_CASE) == "100%"  # Y was September's


# -- chart and funnel -------------------------------------------------------------------------


def test_the_chart_paints_with_no_period_and_with_several(qtbot, workspace, deals):
    empty = ForecastChart()
    qtbot.addWidget(empty)
    empty.resize(500, 260)
    empty.set_forecasts([], "BRL")
    assert not empty.grab().isNull()

    view = open_view(qtbot, workspace)
    chart = view.chart
    assert len(chart.forecasts) == 4
    assert not chart.grab().isNull()
    assert [name for name, _ in chart.legend_entries()] == [
        "Closed won",
        "Commit",
        "Best case",
        "Pipeline",
        "Target",
    ]
    bar = chart.bar_rect(Q4).center().toPoint()
    qtbot.mouseMove(chart, bar)
    qtbot.waitUntil(lambda: chart.hovered == Q4)
    tip = chart.tooltip_text(Q4)
    assert "R$30,000" in tip and "R$100,000" in tip and "70%" in tip
    qtbot.mouseMove(chart, QPoint(2, 2))
    qtbot.waitUntil(lambda: chart.hovered is None)


def test_the_funnel_shows_the_first_period_then_the_chosen_one(qtbot, workspace, deals, stages):
    view = open_view(qtbot, workspace)
    funnel = view.funnel
    assert view.funnel_title.text() == "Stage funnel · Q4 2026"
    proposal = [step for step in funnel.steps if step.stage.id == stages["proposal"]]
    assert [(s.count, s.value) for s in proposal] == [(2, Decimal(70000))]
    assert funnel.stage_name(proposal[0]) == "Proposal"
    assert [funnel.stage_name(s) for s in funnel.steps] == [
        "Prospecting",
        "Qualification",
        "Proposal",
        "Negotiation",
    ]
    assert not funnel.grab().isNull()

    rect = view.table.visualRect(view.model.index(ForecastRow.COMMIT, Q1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.funnel_title.text() == "Stage funnel · Q1 2027"
    assert sum(step.count for step in funnel.steps) == 2
    assert "2 open opportunit" in funnel.tooltip_text(
        [s.stage.id for s in funnel.steps].index(stages["proposal"])
    )

    empty = StageFunnel()
    qtbot.addWidget(empty)
    empty.resize(300, 200)
    assert not empty.grab().isNull()


# -- Brazilian Portuguese ---------------------------------------------------------------------


def test_money_and_typed_targets_follow_pt_br(qtbot, workspace, deals, forecast):
    install_language("pt_BR")
    view = open_view(qtbot, workspace)
    assert cell(view, ForecastRow.CLOSED_WON, Q4) == "R$\xa030.000"
    assert cell(view, ForecastRow.WEIGHTED, Q1) == "R$\xa021.000"
    assert accuracy_cell(view, 3, AccuracyColumn.SNAPSHOT) == "20/06/2026"
    type_target(qtbot, view, Q1, "125.000,40")
    assert forecast.target("2027-Q1") == Decimal("125000.40")
    assert cell(view, ForecastRow.TARGET, Q1) == "R$\xa0125.000"  # whole reais in the table
    assert not view.grab().isNull()


def test_the_sales_metrics_of_the_last_twelve_months(qtbot, workspace):
    service = OpportunityService(workspace.portfolio)
    stages = {s.key: s.id for s in StageService(workspace.portfolio).list_rows()}
    account = workspace.accounts.create(AccountData(name="Metalúrgica Sul"))

    def deal(title, value, created):
        data = OpportunityData(account_id=account, title=title, one_time_value=Decimal(value))
        return service.create(data, today=created)

    first = deal("Presses", 10_000, dt.date(2026, 1, 5))
    service.move_to_stage(first, stages["won"], "Price", today=dt.date(2026, 3, 6))  # 60 days
    second = deal("Robots", 20_000, dt.date(2026, 2, 1))
    service.move_to_stage(second, stages["won"], "Fit", today=dt.date(2026, 3, 3))  # 30 days
    third = deal("Cranes", 50_000, dt.date(2026, 2, 1))
    service.move_to_stage(third, stages["lost"], "Budget", today=dt.date(2026, 4, 1))
    deal("Welding", 30_000, dt.date(2026, 5, 1))  # still open
    view = ForecastView(workspace)
    qtbot.addWidget(view)
    view.set_today(lambda: dt.date(2026, 6, 1))
    view.show()
    view.reload()
    # Win rate 2 ÷ 3; average deal (10,000 + 20,000) ÷ 2; cycle (60 + 30) ÷ 2 = 45 days;
    # velocity 1 open × 2/3 × 15,000 ÷ 45 = 222.22 a day.
    assert view.metrics_label.text() == (
        "Last 12 months: win rate 67% · average deal R$15,000 · sales cycle 45 days"
        " · velocity R$222 a day"
    )
