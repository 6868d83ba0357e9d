"""The opportunity editor driven like a KAM: type, pick, press OK or Enter, then undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from kamdesk.model.enums import ForecastCategory, OpportunityType, OrgUnitKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    ProductData,
    ProductService,
    StageService,
)
from kamdesk.services.stakeholders import OrgUnitData, StakeholderService
from kamdesk.ui.pipeline.opportunity_dialog import OpportunityDialog

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date.today()
IN_A_MONTH = TODAY + dt.timedelta(days=30)
IN_TWO_MONTHS = TODAY + dt.timedelta(days=60)


@pytest.fixture
def service(workspace):
    return OpportunityService(workspace.portfolio)


@pytest.fixture
def ids(workspace):
    """Two accounts (the first selected) with their org units, two products, the stages."""
    portfolio = workspace.portfolio
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    banco = workspace.accounts.create(AccountData(name="Banco Paulista"))
    units = StakeholderService(portfolio)
    finance = units.create_unit(agro, OrgUnitData("Finance", OrgUnitKind.DIRECTORATE))
    controlling = units.create_unit(agro, OrgUnitData("Controlling", parent_id=finance))
    purchasing = units.create_unit(banco, OrgUnitData("Purchasing"))
    products = ProductService(portfolio)
    erp = products.create(ProductData("ERP Fiscal", "Software"))
    payroll = products.create(ProductData("Payroll", "Services"))
    workspace.accounts_changed.emit()
    workspace.set_current_account(agro)
    stages = {row.key: row.id for row in StageService(portfolio).list_rows()}
    return SimpleNamespace(
        agro=agro,
        banco=banco,
        finance=finance,
        controlling=controlling,
        purchasing=purchasing,
        erp=erp,
        payroll=payroll,
        stages=stages,
    )


@pytest.fixture
def open_dialog(qtbot, workspace, service, ids):
    """Builds and shows the dialog as the Pipeline tab does (``open()``)."""

    def make(**kwargs) -> OpportunityDialog:
        dialog = OpportunityDialog(
            workspace,
            service,
            StageService(workspace.portfolio),
            ProductService(workspace.portfolio),
            **kwargs,
        )
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def deal(service, ids) -> int:
    """An open opportunity in Proposal with its own probability of 40 %."""
    return service.create(
        OpportunityData(
            account_id=ids.agro,
            title="ERP rollout",
            type=OpportunityType.NEW,
            product_id=ids.erp,
            org_unit_id=ids.finance,
            one_time_value=Decimal("100000.00"),
            recurring_value=Decimal("5000.00"),
            stage_id=ids.stages["proposal"],
            probability=40,
            forecast_category=ForecastCategory.BEST_CASE,
            expected_close=IN_A_MONTH,
            owner="Marina Souza",
            next_step="Send the proposal",
            competitor="TOTVS",
        )
    )


# -- driving the widgets ----------------------------------------------------------------------


def widget(dialog, name):
    return dialog.fields[name].widget


def type_into(qtbot, edit, text):
    """Replaces what a line edit, spin box or editable combo holds with typed ``text``."""
    edit.setFocus()
    target = edit.lineEdit() if hasattr(edit, "lineEdit") and edit.lineEdit() else edit
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def choose(qtbot, combo, value):
    """Opens the drop-down and clicks the entry holding ``value``."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def offered(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def problem(dialog, name) -> str:
    field = dialog.fields[name]
    return field.problem_label.text() if field.problem_label.isVisible() else ""


def shown_problems(dialog) -> dict[str, str]:
    return {name: problem(dialog, name) for name in dialog.fields if problem(dialog, name)}


# -- creating ---------------------------------------------------------------------------------


def test_new_opportunity_typed_and_chosen_is_created_with_every_field_and_undo_removes_it(
    qtbot, workspace, service, ids, open_dialog
):
    dialog = open_dialog()
    assert dialog.windowTitle() == "New opportunity"
    assert widget(dialog, "account_id").currentText() == "Agro Cerrado"  # the shared selection
    choose(qtbot, widget(dialog, "type"), OpportunityType.CROSS_SELL)
    choose(qtbot, widget(dialog, "product_id"), ids.erp)
    choose(qtbot, widget(dialog, "org_unit_id"), ids.controlling)
    type_into(qtbot, widget(dialog, "one_time_value"), "120000")
    type_into(qtbot, widget(dialog, "recurring_value"), "8500.5")
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["negotiation"])
    type_into(qtbot, widget(dialog, "probability"), "60")
    choose(qtbot, widget(dialog, "forecast_category"), ForecastCategory.COMMIT)
    widget(dialog, "expected_close").setDate(QDate(IN_TWO_MONTHS))
    type_into(qtbot, widget(dialog, "owner"), "Rafael Lima")
    type_into(qtbot, widget(dialog, "competitor"), "SAP")
    type_into(qtbot, widget(dialog, "next_step"), "Demo for the CFO")
    type_into(qtbot, widget(dialog, "title"), "Tax module for the north plants")
    with qtbot.waitSignal(dialog.opportunity_saved) as saved:
        qtbot.keyClick(widget(dialog, "title"), Qt.Key.Key_Return)  # Enter = OK

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    (row,) = service.list_rows()
    assert saved.args == [row.id]
    assert service.get(row.id) == OpportunityData(
        account_id=ids.agro,
        title="Tax module for the north plants",
        type=OpportunityType.CROSS_SELL,
        product_id=ids.erp,
        org_unit_id=ids.controlling,
        one_time_value=Decimal("120000.00"),
        recurring_value=Decimal("8500.50"),
        stage_id=ids.stages["negotiation"],
        probability=60,
        forecast_category=ForecastCategory.COMMIT,
        expected_close=IN_TWO_MONTHS,
        owner="Rafael Lima",
        next_step="Demo for the CFO",
        competitor="SAP",
        win_loss_reason="",
    )
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "New opportunity “Tax module for the north plants”"
    workspace.undo_stack.undo()
    assert service.list_rows() == []
    workspace.undo_stack.redo()
    assert [r.id for r in service.list_rows()] == [row.id]  # the same id again


def test_cancel_writes_nothing(qtbot, workspace, service, deal, open_dialog):
    before = service.get(deal)
    dialog = open_dialog(opportunity_id=deal)
    type_into(qtbot, widget(dialog, "title"), "Something else")
    type_into(qtbot, widget(dialog, "one_time_value"), "1")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert service.get(deal) == before
    assert workspace.undo_stack.count() == 0


def test_title_is_required_and_nothing_is_written(qtbot, workspace, service, open_dialog):
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "title"), "   ")
    press_ok(qtbot, dialog)
    assert shown_problems(dialog) == {"title": "This field is required."}
    assert dialog.isVisible()
    assert service.list_rows() == [] and workspace.undo_stack.count() == 0
    type_into(qtbot, widget(dialog, "title"), "ERP")
    press_ok(qtbot, dialog)
    assert [r.title for r in service.list_rows()] == ["ERP"]


def test_an_account_must_be_chosen_from_the_list(qtbot, service, open_dialog):
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "account_id"), "Nobody we know")
    type_into(qtbot, widget(dialog, "title"), "ERP")
    press_ok(qtbot, dialog)
    assert shown_problems(dialog) == {"account_id": "Choose an account from the list."}
    assert dialog.isVisible() and service.list_rows() == []


def test_a_negative_value_cannot_be_typed(qtbot, open_dialog):
    dialog = open_dialog()
    for name in ("one_time_value", "recurring_value"):
        box = widget(dialog, name)
        type_into(qtbot, box, "-2500")
        assert box.value() == 2500  # the minus sign was refused
        assert box.minimum() == 0
        assert dialog.data().one_time_value >= 0


def test_the_value_and_weighted_value_follow_what_is_typed(qtbot, ids, open_dialog):
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "one_time_value"), "1000")
    type_into(qtbot, widget(dialog, "recurring_value"), "100")
    # value = 1,000 + 12 × 100 = 2,200; Prospecting's default 10 % → weighted 220
    assert dialog.value_label.text() == (
        "= R$2,200.00 (one-time + 12 × monthly)\nweighted: R$220.00 at 10 %"
    )
    type_into(qtbot, widget(dialog, "probability"), "50")
    assert dialog.value_label.text().endswith("weighted: R$1,100.00 at 50 %")


# -- probability ------------------------------------------------------------------------------


def test_probability_left_at_the_stage_default_is_stored_as_none_a_typed_one_is_kept(
    qtbot, service, ids, open_dialog
):
    dialog = open_dialog()
    box = widget(dialog, "probability")
    assert box.text() == "stage default (10 %)"  # Prospecting
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["proposal"])
    assert box.text() == "stage default (50 %)"
    type_into(qtbot, widget(dialog, "title"), "Follows its stage")
    press_ok(qtbot, dialog)
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "title"), "Own probability")
    type_into(qtbot, box := widget(dialog, "probability"), "35")
    press_ok(qtbot, dialog)
    rows = {r.title: r for r in service.list_rows()}
    assert (
        rows["Follows its stage"].probability,
        rows["Follows its stage"].effective_probability,
    ) == (
        None,
        50,
    )
    assert (rows["Own probability"].probability, rows["Own probability"].effective_probability) == (
        35,
        35,
    )
    assert box.minimum() == -1 and box.maximum() == 100  # -1 is “stage default”, nothing else


def test_an_own_probability_of_0_is_not_the_stage_default(qtbot, service, deal, open_dialog):
    dialog = open_dialog(opportunity_id=deal)
    assert widget(dialog, "probability").text() == "40 %"
    type_into(qtbot, widget(dialog, "probability"), "0")
    press_ok(qtbot, dialog)
    assert service.get(deal).probability == 0


# -- editing ----------------------------------------------------------------------------------


def test_edit_sends_only_the_changed_fields_and_one_undo_restores_them(
    qtbot, workspace, service, deal, ids, open_dialog
):
    before = service.get(deal)
    history = service.history(deal)
    dialog = open_dialog(opportunity_id=deal)
    assert dialog.windowTitle() == "Edit opportunity"
    assert dialog.data() == before  # every field loaded as stored
    type_into(qtbot, widget(dialog, "next_step"), "Call the CFO")
    type_into(qtbot, widget(dialog, "one_time_value"), "90000")
    choose(qtbot, widget(dialog, "product_id"), None)  # “No product”
    press_ok(qtbot, dialog)

    assert workspace.undo_stack.count() == 1
    command = workspace.undo_stack.command(0)
    assert command.changes == {
        "next_step": "Call the CFO",
        "one_time_value": Decimal("90000.00"),
        "product_id": None,
    }
    assert service.get(deal) == replace(
        before, next_step="Call the CFO", one_time_value=Decimal("90000"), product_id=None
    )
    assert len(service.history(deal)) == len(history) + 1  # a value changed
    workspace.undo_stack.undo()
    assert service.get(deal) == before
    assert service.history(deal) == history


def test_ok_without_a_change_pushes_nothing(qtbot, workspace, deal, open_dialog):
    dialog = open_dialog(opportunity_id=deal)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.undo_stack.count() == 0


def test_a_stage_change_is_one_undoable_update_with_its_history_row(
    qtbot, workspace, service, deal, ids, open_dialog
):
    before = service.get(deal)
    history = service.history(deal)
    dialog = open_dialog(opportunity_id=deal)
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["negotiation"])
    # As the service will do: the own 40 % gives way to Negotiation's default.
    assert widget(dialog, "probability").text() == "stage default (75 %)"
    press_ok(qtbot, dialog)
    assert workspace.undo_stack.undoText() == "Move “ERP rollout” to Negotiation"
    after = service.get(deal)
    assert (after.stage_id, after.probability, after.forecast_category) == (
        ids.stages["negotiation"],
        None,
        ForecastCategory.BEST_CASE,
    )
    assert [h.stage_name for h in service.history(deal)] == ["Proposal", "Negotiation"]
    workspace.undo_stack.undo()
    assert service.get(deal) == before
    assert service.history(deal) == history


def test_choosing_the_stored_stage_again_puts_back_what_followed_from_it(
    qtbot, ids, deal, open_dialog
):
    dialog = open_dialog(opportunity_id=deal)
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["negotiation"])
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["proposal"])
    assert widget(dialog, "probability").text() == "40 %"
    assert dialog.changes() == {}


def test_closing_needs_a_reason_shown_under_its_field_and_nothing_is_written(
    qtbot, workspace, service, deal, ids, open_dialog
):
    before = service.get(deal)
    dialog = open_dialog(opportunity_id=deal)
    reason = dialog.fields["win_loss_reason"]
    assert not reason.container.isVisible()  # an open stage has no reason to give
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["lost"])
    assert reason.container.isVisible()
    assert dialog.reason_label.text() == "Why it was lost *"
    category = widget(dialog, "forecast_category")
    assert (category.currentData(), category.isEnabled()) == (ForecastCategory.OMITTED, False)
    press_ok(qtbot, dialog)
    assert shown_problems(dialog) == {
        "win_loss_reason": "Say why the opportunity was won or lost before closing it."
    }
    assert dialog.isVisible() and dialog.focusWidget() is reason.widget
    assert service.get(deal) == before and workspace.undo_stack.count() == 0

    type_into(qtbot, reason.widget, "Price 15 % higher than SAP")
    press_ok(qtbot, dialog)
    closed = next(r for r in service.list_rows() if r.id == deal)
    assert (closed.stage_key, closed.win_loss_reason, closed.forecast_category) == (
        "lost",
        "Price 15 % higher than SAP",
        ForecastCategory.OMITTED,
    )
    assert closed.closed_at == TODAY
    workspace.undo_stack.undo()
    assert service.get(deal) == before


def test_a_new_won_opportunity_needs_its_reason_too(qtbot, service, ids, open_dialog):
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "title"), "Signed at the fair")
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["won"])
    assert dialog.reason_label.text() == "Why it was won *"
    press_ok(qtbot, dialog)
    assert list(shown_problems(dialog)) == ["win_loss_reason"]
    assert service.list_rows() == []
    type_into(qtbot, widget(dialog, "win_loss_reason"), "Best total cost")
    press_ok(qtbot, dialog)
    (row,) = service.list_rows()
    assert (row.stage_key, row.forecast_category) == ("won", ForecastCategory.CLOSED)


def test_reopening_a_closed_opportunity_clears_the_reason_and_recommits_it(
    qtbot, workspace, service, deal, ids, open_dialog
):
    service.move_to_stage(deal, ids.stages["won"], "Best total cost")
    closed = service.get(deal)
    dialog = open_dialog(opportunity_id=deal)
    assert widget(dialog, "win_loss_reason").text() == "Best total cost"
    choose(qtbot, widget(dialog, "stage_id"), ids.stages["negotiation"])
    assert widget(dialog, "win_loss_reason").text() == ""
    assert widget(dialog, "forecast_category").currentData() == ForecastCategory.PIPELINE
    assert ForecastCategory.CLOSED not in [
        v for _, v in offered(widget(dialog, "forecast_category"))
    ]
    choose(qtbot, widget(dialog, "forecast_category"), ForecastCategory.COMMIT)
    press_ok(qtbot, dialog)
    reopened = service.get(deal)
    assert (reopened.stage_id, reopened.forecast_category, reopened.win_loss_reason) == (
        ids.stages["negotiation"],
        ForecastCategory.COMMIT,
        "",
    )
    workspace.undo_stack.undo()
    assert service.get(deal) == closed


def test_a_close_date_before_the_creation_is_refused_under_its_field(
    qtbot, service, deal, open_dialog
):
    before = service.get(deal)
    dialog = open_dialog(opportunity_id=deal)
    early = TODAY - dt.timedelta(days=3)
    widget(dialog, "expected_close").setDate(QDate(early))
    press_ok(qtbot, dialog)
    assert list(shown_problems(dialog)) == ["expected_close"]
    day = lambda d: QDate(d).toString("M/d/yyyy")  # noqa: E731 - dates as the locale writes them
    assert problem(dialog, "expected_close") == (
        f"The expected close ({day(early)}) cannot be before the opportunity was created"
        f" ({day(TODAY)})."
    )
    assert service.get(deal) == before


def test_the_expected_close_can_be_emptied(qtbot, service, deal, open_dialog):
    dialog = open_dialog(opportunity_id=deal)
    qtbot.mouseClick(dialog.clear_close, Qt.MouseButton.LeftButton)
    assert widget(dialog, "expected_close").text() == "not set"
    assert not dialog.clear_close.isEnabled()  # nothing left to clear
    press_ok(qtbot, dialog)
    assert service.get(deal).expected_close is None


# -- accounts, org units, defaults ------------------------------------------------------------


def test_org_units_follow_the_account_indented_by_depth(qtbot, ids, open_dialog):
    dialog = open_dialog()
    units = widget(dialog, "org_unit_id")
    assert offered(units) == [
        ("Whole account (no unit)", None),
        ("Finance", ids.finance),
        ("\u2003Controlling", ids.controlling),  # under Finance
    ]
    choose(qtbot, units, ids.finance)
    choose(qtbot, widget(dialog, "account_id"), ids.banco)
    assert offered(units) == [("Whole account (no unit)", None), ("Purchasing", ids.purchasing)]
    assert units.currentData() is None  # Finance is not Banco Paulista's
    assert dialog.data().account_id == ids.banco
    type_into(qtbot, widget(dialog, "account_id"), "agro cerrado")  # typed, not picked
    assert [value for _, value in offered(units)] == [None, ids.finance, ids.controlling]
    assert dialog.data().account_id == ids.agro


def test_the_account_is_found_by_part_of_its_name(qtbot, ids, open_dialog):
    dialog = open_dialog()
    combo = widget(dialog, "account_id")
    completer = combo.completer()
    type_into(qtbot, combo, "pauli")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.currentCompletion() == "Banco Paulista"


def test_defaults_prefill_a_new_opportunity(qtbot, workspace, ids, open_dialog):
    workspace.settings_service.save(replace(workspace.settings, owner_name="Marina Souza"))
    workspace.reload_settings()
    defaults = OpportunityData(
        account_id=ids.banco,
        org_unit_id=ids.purchasing,
        product_id=ids.payroll,
        type=OpportunityType.UP_SELL,
    )
    dialog = open_dialog(defaults=defaults)
    assert widget(dialog, "account_id").currentText() == "Banco Paulista"  # not the selection
    assert widget(dialog, "org_unit_id").currentText() == "Purchasing"
    assert widget(dialog, "product_id").currentText() == "Payroll"
    assert widget(dialog, "type").currentText() == "Up-sell"
    assert widget(dialog, "owner").currentText() == "Marina Souza"  # the portfolio's owner
    assert widget(dialog, "stage_id").currentText() == "Prospecting"  # the first open stage
    assert dialog.focusWidget() is widget(dialog, "title")  # what is left to type


def test_an_account_given_by_the_caller_wins_over_the_selection(ids, open_dialog):
    dialog = open_dialog(account_id=ids.banco)
    assert dialog.data().account_id == ids.banco


def test_an_opportunity_deleted_meanwhile_closes_the_dialog_with_a_message(
    qtbot, workspace, service, deal, open_dialog
):
    dialog = open_dialog(opportunity_id=deal)
    service.delete([deal])
    type_into(qtbot, widget(dialog, "title"), "Too late")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert workspace.undo_stack.count() == 0


# -- history ----------------------------------------------------------------------------------


def test_history_lists_each_change_newest_first_with_slippage_in_red(
    qtbot, qtmodeltester, service, ids, open_dialog
):
    created = TODAY - dt.timedelta(days=40)
    opportunity = service.create(
        OpportunityData(
            account_id=ids.agro,
            title="ERP rollout",
            one_time_value=Decimal("10000"),
            expected_close=IN_A_MONTH,
        ),
        today=created,
    )
    moved = TODAY - dt.timedelta(days=10)
    changes = {"stage_id": ids.stages["proposal"], "expected_close": IN_TWO_MONTHS}
    service.update(opportunity, changes, today=moved)
    service.update(opportunity, {"one_time_value": Decimal("8000")})
    service.update(opportunity, {"next_step": "Call"})  # no history row: not a tracked field

    dialog = open_dialog(opportunity_id=opportunity)
    model = dialog.history_model
    qtmodeltester.check(model)
    assert dialog.history_box.isVisible()
    shown = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    day = lambda d: QDate(d).toString("M/d/yyyy")  # noqa: E731
    assert shown == [
        [day(TODAY), "Proposal", day(IN_TWO_MONTHS), "R$8,000.00", "stage default"],
        [day(moved), "Proposal", day(IN_TWO_MONTHS), "R$10,000.00", "stage default"],
        [day(created), "Prospecting", day(IN_A_MONTH), "R$10,000.00", "stage default"],
    ]
    red = {
        (row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    }
    assert red == {(0, model.VALUE), (1, model.CLOSE)}
    assert model.index(1, model.CLOSE).data(Qt.ItemDataRole.ToolTipRole) == f"Was {day(IN_A_MONTH)}"


def test_a_new_opportunity_has_no_history(open_dialog):
    dialog = open_dialog()
    assert not dialog.history_box.isVisible()


@pytest.mark.parametrize("name", ["owner", "one_time_value", "probability", "stage_id"])
def test_enter_in_a_field_presses_ok(qtbot, service, open_dialog, name):
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "title"), "ERP")
    widget(dialog, name).setFocus()
    qtbot.keyClick(widget(dialog, name), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.title for r in service.list_rows()] == ["ERP"]


def test_tab_walks_the_form_column_by_column(qtbot, open_dialog):
    dialog = open_dialog()
    widget(dialog, "expected_close").set_value(IN_A_MONTH)  # so it can be cleared
    widget(dialog, "account_id").setFocus()
    walked = []
    while dialog.focusWidget() is not dialog.ok_button and len(walked) < 30:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        focused = dialog.focusWidget()
        name = next((n for n, f in dialog.fields.items() if f.widget is focused), focused)
        walked.append(name)
    assert walked[:13] == [
        "title",
        "type",
        "product_id",
        "org_unit_id",
        "owner",
        "competitor",
        "one_time_value",
        "recurring_value",
        "stage_id",
        "probability",
        "forecast_category",
        "expected_close",
        dialog.clear_close,
    ]
    assert walked[13:] == ["next_step", dialog.ok_button]  # the hidden reason is skipped


def test_tab_leaves_the_expected_close_whether_empty_or_not(qtbot, open_dialog):
    dialog = open_dialog()
    close = widget(dialog, "expected_close")
    # Empty, there is nothing to clear: the clear button is skipped.
    for date, following in ((None, widget(dialog, "next_step")), (IN_A_MONTH, dialog.clear_close)):
        close.set_value(date)
        close.setFocus()
        qtbot.keyClick(close, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is following
        qtbot.keyClick(following, Qt.Key.Key_Backtab)
        assert dialog.focusWidget() is close


def test_a_write_the_database_refuses_keeps_the_dialog_open_with_what_was_typed(
    qtbot, workspace, service, open_dialog, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(service, "create", broken)
    dialog = open_dialog()
    type_into(qtbot, widget(dialog, "title"), "ERP")
    with qtbot.waitSignal(workspace.failed) as failed:
        press_ok(qtbot, dialog)
    assert failed.args == ["disk I/O error"]
    assert dialog.isVisible() and widget(dialog, "title").text() == "ERP"
    assert workspace.undo_stack.count() == 0
