"""The account's Risks page, the heat map and the portfolio's top risks, driven like a KAM:
click the map, open the dialogs, type, press OK, then undo and redo."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from kamdesk.analytics.risk import LEVEL_COLOURS, RiskLevel
from kamdesk.model.enums import ActionStatus, RiskCategory, RiskResponse, RiskStatus
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan import ActionData, RiskData, RiskService
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import install_language
from kamdesk.ui.plan.action_dialog import ActionDialog
from kamdesk.ui.plan.heat_map import HeatMap
from kamdesk.ui.plan.risk_dialog import RiskDialog
from kamdesk.ui.plan.risk_models import RiskColumn
from kamdesk.ui.plan.risks_page import RisksPage
from kamdesk.ui.plan.top_risks_view import TOP_COUNT, TopRisksView
from tests.services.support import all_rows

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 20)
LAST_WEEK = TODAY - dt.timedelta(days=7)
NEXT_MONTH = TODAY + dt.timedelta(days=30)


@pytest.fixture
def service(workspace):
    return RiskService(workspace.portfolio)


@pytest.fixture
def ids(workspace, service):
    """Agro (selected) with a critical risk whose review is overdue, a medium one, a closed
    one and three actions; Banco with one risk of its own."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    banco = workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.accounts_changed.emit()
    workspace.set_current_account(agro)
    price = service.create(
        RiskData(
            agro,
            "Concorrente com preço 20% menor",
            RiskCategory.COMPETITOR,
            likelihood=4,
            impact=5,
            review_date=LAST_WEEK,
        )
    )
    sponsor = service.create(
        RiskData(agro, "Patrocinador deixa a empresa", RiskCategory.SPONSOR_LOSS, 2, 3)
    )
    closed = service.create(
        RiskData(agro, "Atraso na entrega", RiskCategory.DELIVERY, 4, 5, status=RiskStatus.CLOSED)
    )
    banco_risk = service.create(RiskData(banco, "Fusão anunciada", RiskCategory.ACQUISITION, 5, 5))
    proposal = service.create_action(
        ActionData(agro, "Apresentar TCO de 3 anos", "Ana", LAST_WEEK, risk_id=price)
    )
    lunch = service.create_action(
        ActionData(agro, "Almoço com o novo diretor", "Bruno", NEXT_MONTH, risk_id=sponsor)
    )
    qbr = service.create_action(ActionData(agro, "Preparar QBR", "Ana", NEXT_MONTH))
    return SimpleNamespace(
        agro=agro,
        banco=banco,
        price=price,
        sponsor=sponsor,
        closed=closed,
        banco_risk=banco_risk,
        proposal=proposal,
        lunch=lunch,
        qbr=qbr,
    )


@pytest.fixture
def page(qtbot, workspace, ids):
    page = RisksPage(workspace)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.show_account(ids.agro)
    return page


# -- helpers ---------------------------------------------------------------------------------


def shown_risk_ids(page) -> list[int]:
    proxy = page.risk_proxy
    return [proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 2) for i in range(proxy.rowCount())]


def shown_action_ids(page) -> set[int]:
    return {row.id for row in page.action_proxy.shown_rows()}


def click_cell(qtbot, heat_map: HeatMap, likelihood: int, impact: int) -> None:
    centre = heat_map.cell_rect(likelihood, impact).center().toPoint()
    QTest.mouseClick(heat_map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def select_risk(page, risk_id: int) -> None:
    source_row = page.risk_model.row_of(risk_id)
    index = page.risk_proxy.mapFromSource(page.risk_model.index(source_row, 0))
    page.risk_table.selectRow(index.row())


def select_action(table, proxy, action_id: int) -> None:
    source = proxy.sourceModel()
    index = proxy.mapFromSource(source.index(source.row_of(action_id), 0))
    table.selectRow(index.row())


def double_click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, RiskColumn.DESCRIPTION))
    viewport = table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    target = edit.lineEdit() if hasattr(edit, "lineEdit") and edit.lineEdit() else edit
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def type_text(qtbot, plain_edit, text: str) -> None:
    plain_edit.setFocus()
    plain_edit.selectAll()
    qtbot.keyClick(plain_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(plain_edit, text)


def editor(qtbot, page, kind):
    qtbot.waitUntil(lambda: isinstance(page.editor, kind) and page.editor.isVisible())
    return page.editor


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def problem(dialog, name: str) -> str:
    field = dialog.fields[name]
    return field.problem_label.text() if field.problem_label.isVisible() else ""


def risk_data_of(page, row: int, column: RiskColumn, role=Qt.ItemDataRole.DisplayRole):
    source_row = page.risk_model.row_of(row)
    return page.risk_model.index(source_row, column).data(role)


# -- the page --------------------------------------------------------------------------------


def test_item_models_pass_qt_model_tester(qtmodeltester, page):
    for model in (page.risk_model, page.risk_proxy, page.action_model, page.action_proxy):
        qtmodeltester.check(model)


def test_page_shows_the_register_the_map_and_the_account_risk(page, ids):
    assert set(shown_risk_ids(page)) == {ids.price, ids.sponsor, ids.closed}  # not Banco's
    assert page.account_risk_label.text() == "20 · Critical"
    assert page.heat_map.heat_map.cell(4, 5).count == 1  # the closed 4 × 5 is left out
    assert page.heat_map.heat_map.cell(2, 3).count == 1
    assert page.heat_map.heat_map.total == 2
    assert risk_data_of(page, ids.price, RiskColumn.SCORE) == "20 · Critical"
    assert risk_data_of(page, ids.sponsor, RiskColumn.SCORE) == "6 · Medium"
    assert risk_data_of(page, ids.price, RiskColumn.CATEGORY) == "Competitor"
    assert risk_data_of(page, ids.price, RiskColumn.OPEN_ACTIONS) == "1"
    assert shown_action_ids(page) == {ids.proposal, ids.lunch, ids.qbr}
    assert page.actions_box.title() == "Actions of the account"


def test_level_colours_and_overdue_review_date(page, ids):
    background = risk_data_of(page, ids.price, RiskColumn.SCORE, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == LEVEL_COLOURS[RiskLevel.CRITICAL]
    overdue = risk_data_of(page, ids.price, RiskColumn.REVIEW_DATE, Qt.ItemDataRole.ForegroundRole)
    assert overdue.color() == ERROR_TEXT
    tip = risk_data_of(page, ids.price, RiskColumn.REVIEW_DATE, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Review overdue since")
    undated = risk_data_of(
        page, ids.sponsor, RiskColumn.REVIEW_DATE, Qt.ItemDataRole.ForegroundRole
    )
    assert undated is None
    # A closed risk is not late for its review, and has no level colour.
    closed = risk_data_of(page, ids.closed, RiskColumn.SCORE, Qt.ItemDataRole.BackgroundRole)
    assert closed is None


def test_clicking_a_heat_map_cell_filters_the_register_and_again_shows_all(qtbot, page, ids):
    with qtbot.waitSignal(page.heat_map.cell_clicked) as clicked:
        click_cell(qtbot, page.heat_map, 4, 5)
    assert clicked.args == [4, 5]
    assert shown_risk_ids(page) == [ids.price]  # the closed 4 × 5 is not in the cell
    assert page.heat_map.selected_cell() == (4, 5)
    assert page.cell_bar.isVisible()
    assert "likelihood 4 × impact 5 (score 20, Critical)" in page.cell_label.text()
    with qtbot.waitSignal(page.heat_map.cleared):
        click_cell(qtbot, page.heat_map, 4, 5)
    assert set(shown_risk_ids(page)) == {ids.price, ids.sponsor, ids.closed}
    assert not page.cell_bar.isVisible()


def test_an_empty_cell_says_so_and_show_every_risk_brings_them_back(qtbot, page, ids):
    click_cell(qtbot, page.heat_map, 1, 1)
    assert shown_risk_ids(page) == []
    assert page.risks_stack.currentWidget() is page.no_risks
    assert "No open risk in this cell" in page.no_risks.text()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.heat_map.selected_cell() is None
    assert len(shown_risk_ids(page)) == 3
    assert page.risks_stack.currentWidget() is page.risk_table


def test_heat_map_from_the_keyboard_and_its_tooltip(qtbot, page, ids):
    heat_map = page.heat_map
    heat_map.setFocus()
    # From the top-left cell (5, 1): down once, right four times = likelihood 4, impact 5.
    for key in [Qt.Key.Key_Down] + [Qt.Key.Key_Right] * 4:
        qtbot.keyClick(heat_map, key)
    with qtbot.waitSignal(heat_map.cell_clicked):
        qtbot.keyClick(heat_map, Qt.Key.Key_Space)
    assert shown_risk_ids(page) == [ids.price]
    with qtbot.waitSignal(heat_map.cleared):
        qtbot.keyClick(heat_map, Qt.Key.Key_Escape)
    tip = heat_map.part_tip((4, 5))
    assert tip.splitlines() == [
        "Likelihood 4 × impact 5 = score 20 (Critical)",
        "• Concorrente com preço 20% menor",
    ]
    assert heat_map.part_at(heat_map.cell_rect(1, 1).center()) == (1, 1)
    assert heat_map.part_at(heat_map.cell_rect(1, 1).bottomLeft() + QPoint(-20, 5)) is None


def test_selecting_a_risk_shows_its_mitigation_actions(page, ids):
    select_risk(page, ids.price)
    assert shown_action_ids(page) == {ids.proposal}
    assert page.actions_box.title() == "Mitigation actions of “Concorrente com preço 20% menor”"
    page.risk_table.clearSelection()
    assert shown_action_ids(page) == {ids.proposal, ids.lunch, ids.qbr}


def test_overdue_action_in_red(page, ids):
    model = page.action_model
    row = model.row_of(ids.proposal)
    due = model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert due.color() == ERROR_TEXT
    on_time = model.index(model.row_of(ids.qbr), 4).data(Qt.ItemDataRole.ForegroundRole)
    assert on_time is None
    assert "1 action overdue" in page.summary_label.text()


def test_no_account_says_what_to_do(page):
    page.show_account(None)
    assert page.pages.currentWidget() is page.no_account
    assert not page.new_risk_action.isEnabled()
    assert not page.new_action_action.isEnabled()


def test_an_account_without_risks_says_how_to_start(page, workspace):
    empty = workspace.accounts.create(AccountData(name="Cia Nova"))
    page.show_account(empty)
    assert page.risks_stack.currentWidget() is page.no_risks
    assert "New risk" in page.no_risks.text()
    assert page.account_risk_label.text() == "no open risk"
    assert page.actions_stack.currentWidget() is page.no_actions


# -- risks through the dialog ----------------------------------------------------------------


def test_new_risk_through_the_dialog_then_undo_and_redo(qtbot, page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    page.new_risk_action.trigger()
    dialog = editor(qtbot, page, RiskDialog)
    type_text(qtbot, dialog.fields["description"].widget, "Cliente em recuperacao judicial")
    dialog.fields["category"].widget.setCurrentIndex(
        dialog.fields["category"].widget.findData(RiskCategory.FINANCIAL)
    )
    type_into(qtbot, dialog.fields["likelihood"].widget, "5")
    type_into(qtbot, dialog.fields["impact"].widget, "4")
    assert dialog.score_label.text() == "20 · Critical"
    assert dialog.likelihood_word.text() == "almost certain"
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    created = [r for r in service.list_rows(ids.agro) if r.description.startswith("Cliente")]
    assert len(created) == 1
    risk = created[0]
    assert (risk.likelihood, risk.impact, risk.category) == (5, 4, RiskCategory.FINANCIAL)
    assert page.selected_risk().id == risk.id  # the new risk is selected
    assert page.heat_map.heat_map.cell(5, 4).count == 1
    after = all_rows(workspace.portfolio)
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert risk.id not in shown_risk_ids(page)
    workspace.undo_stack.redo()
    assert all_rows(workspace.portfolio) == after  # the same id again
    assert risk.id in shown_risk_ids(page)


def test_edit_risk_by_double_click_then_undo_restores_exactly(qtbot, page, workspace, ids):
    before = all_rows(workspace.portfolio)
    page.risk_table.sortByColumn(RiskColumn.SCORE, Qt.SortOrder.DescendingOrder)
    row = page.risk_proxy.mapFromSource(
        page.risk_model.index(page.risk_model.row_of(ids.sponsor), 0)
    ).row()
    double_click_row(qtbot, page.risk_table, row)
    dialog = editor(qtbot, page, RiskDialog)
    assert dialog.fields["description"].value() == "Patrocinador deixa a empresa"
    type_into(qtbot, dialog.fields["impact"].widget, "5")
    dialog.fields["response"].widget.setCurrentIndex(
        dialog.fields["response"].widget.findData(RiskResponse.ELIMINATE)
    )
    assert dialog.changes() == {"impact": 5, "response": RiskResponse.ELIMINATE}
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert risk_data_of(page, ids.sponsor, RiskColumn.SCORE) == "10 · High"
    assert workspace.undo_stack.undoText() == "Edit risk “Patrocinador deixa a empresa”"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert risk_data_of(page, ids.sponsor, RiskColumn.SCORE) == "6 · Medium"


def test_delete_risk_keeps_its_actions_and_undo_links_them_again(page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_risk(page, ids.price)
    page.delete_risk_action.trigger()
    assert ids.price not in shown_risk_ids(page)
    kept = service.get_action(ids.proposal)
    assert kept.risk_id is None
    assert page.account_risk_label.text() == "6 · Medium"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert service.get_action(ids.proposal).risk_id == ids.price


def test_risk_without_description_is_refused_in_the_dialog(qtbot, page, workspace):
    before = all_rows(workspace.portfolio)
    page.new_risk_action.trigger()
    dialog = editor(qtbot, page, RiskDialog)
    type_text(qtbot, dialog.fields["description"].widget, "   ")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, "description") == "This field is required."
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


@pytest.mark.parametrize("value", [0, 6])
def test_likelihood_out_of_range_is_refused_by_the_service(qtbot, page, workspace, ids, value):
    """The spin box cannot give 0 or 6; a box widened past it shows the service's refusal."""
    before = all_rows(workspace.portfolio)
    page.new_risk_action.trigger()
    dialog = editor(qtbot, page, RiskDialog)
    type_text(qtbot, dialog.fields["description"].widget, "Cliente pode trocar de fornecedor")
    box = dialog.fields["likelihood"].widget
    box.setRange(0, 6)
    type_into(qtbot, box, str(value))
    assert box.value() == value
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, "likelihood") == f"Must be between 1 and 5; got {value}."
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


def test_the_likelihood_box_itself_refuses_six(qtbot, page):
    page.new_risk_action.trigger()
    dialog = editor(qtbot, page, RiskDialog)
    box = dialog.fields["likelihood"].widget
    type_into(qtbot, box, "6")
    box.interpretText()
    assert 1 <= box.value() <= 5


def test_editing_a_risk_deleted_meanwhile_says_so(qtbot, page, workspace, service, ids):
    select_risk(page, ids.sponsor)
    page.edit_risk_action.trigger()
    dialog = editor(qtbot, page, RiskDialog)
    service.delete([ids.sponsor])  # e.g. an undo in another window's tab
    before = all_rows(workspace.portfolio)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["The risk no longer exists."]
    assert all_rows(workspace.portfolio) == before


# -- actions on the page ---------------------------------------------------------------------


def test_new_action_for_the_selected_risk_then_undo_and_redo(qtbot, page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_risk(page, ids.sponsor)
    page.new_action_action.trigger()
    dialog = editor(qtbot, page, ActionDialog)
    assert dialog.fields["risk_id"].value() == ids.sponsor
    type_into(qtbot, dialog.fields["title"].widget, "Mapear o sucessor do patrocinador")
    type_into(qtbot, dialog.owner_combo(), "Carla")
    dialog.fields["due"].widget.set_value(NEXT_MONTH)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    created = [a for a in service.list_actions(account_id=ids.agro) if a.owner == "Carla"]
    assert [(a.title, a.risk_id, a.due) for a in created] == [
        ("Mapear o sucessor do patrocinador", ids.sponsor, NEXT_MONTH)
    ]
    assert created[0].id in shown_action_ids(page)
    assert risk_data_of(page, ids.sponsor, RiskColumn.OPEN_ACTIONS) == "2"
    after = all_rows(workspace.portfolio)
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    workspace.undo_stack.redo()
    assert all_rows(workspace.portfolio) == after


@pytest.mark.parametrize("title", ["", "   "])
def test_action_without_title_is_refused_and_nothing_saved(qtbot, page, workspace, title):
    before = all_rows(workspace.portfolio)
    page.new_action_action.trigger()
    dialog = editor(qtbot, page, ActionDialog)
    type_into(qtbot, dialog.fields["title"].widget, title)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert problem(dialog, "title") == "This field is required."
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


def test_edit_action_then_undo_restores_exactly(qtbot, page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_action(page.action_table, page.action_proxy, ids.qbr)
    page.edit_action_action.trigger()
    dialog = editor(qtbot, page, ActionDialog)
    type_into(qtbot, dialog.fields["title"].widget, "Preparar QBR com a diretoria")
    dialog.fields["risk_id"].widget.setCurrentIndex(
        dialog.fields["risk_id"].widget.findData(ids.price)
    )
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = service.get_action(ids.qbr)
    assert (edited.title, edited.risk_id) == ("Preparar QBR com a diretoria", ids.price)
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before


def test_mark_done_on_the_page_then_undo(page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_action(page.action_table, page.action_proxy, ids.proposal)
    assert page.mark_done_action.text() == "Mark done"
    page.mark_done_action.trigger()
    action = service.get_action(ids.proposal)
    assert action.status is ActionStatus.DONE
    assert ids.proposal not in shown_action_ids(page)  # done ones are hidden by default
    page.show_done.setChecked(True)
    assert ids.proposal in shown_action_ids(page)
    select_action(page.action_table, page.action_proxy, ids.proposal)
    assert page.mark_done_action.text() == "Reopen"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before


def test_delete_action_then_undo(page, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_action(page.action_table, page.action_proxy, ids.lunch)
    page.delete_action_action.trigger()
    assert ids.lunch not in shown_action_ids(page)
    assert workspace.undo_stack.undoText() == "Delete action “Almoço com o novo diretor”"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert ids.lunch in shown_action_ids(page)


def test_hidden_page_reads_when_shown_again(qtbot, page, workspace, service, ids):
    page.hide()
    service.create(RiskData(ids.agro, "Novo risco", likelihood=1, impact=1))
    workspace.plan_changed.emit()
    assert page.heat_map.heat_map.cell(1, 1).count == 0  # not read while hidden
    page.show()
    qtbot.waitUntil(lambda: page.heat_map.heat_map.cell(1, 1).count == 1)


def test_another_account_starts_with_the_whole_map(qtbot, page, ids):
    click_cell(qtbot, page.heat_map, 4, 5)
    page.show_account(ids.banco)
    assert page.heat_map.selected_cell() is None
    assert shown_risk_ids(page) == [ids.banco_risk]
    assert page.account_risk_label.text() == "25 · Critical"


def test_show_account_while_hidden_reads_only_when_shown(qtbot, workspace, service, ids):
    page = RisksPage(workspace)
    qtbot.addWidget(page)
    page.show_account(ids.banco)
    assert page.risk_model.rows() == []  # not read yet
    page.show()
    qtbot.waitUntil(lambda: shown_risk_ids(page) == [ids.banco_risk])


# -- the portfolio's top risks ---------------------------------------------------------------


@pytest.fixture
def top(qtbot, workspace, ids):
    view = TopRisksView(workspace)
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.resize(1100, 450)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_top_risks_across_accounts_and_the_portfolio_heat_map(qtbot, qtmodeltester, top, ids):
    qtmodeltester.check(top.model)
    assert [r.id for r in top.shown_rows()] == [ids.banco_risk, ids.price, ids.sponsor]
    assert top.heat_map.heat_map.total == 3
    assert "— Banco Paulista" in top.heat_map.part_tip((5, 5))
    click_cell(qtbot, top.heat_map, 4, 5)
    assert [r.id for r in top.shown_rows()] == [ids.price]
    click_cell(qtbot, top.heat_map, 4, 5)
    assert len(top.shown_rows()) == 3


def test_top_risks_keeps_the_highest(workspace, service, ids, top):
    for n in range(TOP_COUNT + 2):
        service.create(RiskData(ids.banco, f"Risco {n}", likelihood=1, impact=2))
    workspace.plan_changed.emit()
    shown = top.shown_rows()
    assert len(shown) == TOP_COUNT
    assert [r.score for r in shown] == sorted((r.score for r in shown), reverse=True)
    assert top.title.text().startswith(f"Top {TOP_COUNT} of")


def test_double_click_on_a_top_risk_asks_for_its_account(qtbot, top, workspace, ids):
    with qtbot.waitSignal(top.account_requested) as requested:
        double_click_row(qtbot, top.table, 0)
    assert requested.args == [ids.banco]
    assert workspace.current_account == ids.banco


def test_pages_in_portuguese(qtbot, page, top):
    install_language("pt_BR")
    try:
        page.show_account(page.account_id)
        assert page.risk_model.headerData(RiskColumn.CATEGORY, Qt.Orientation.Horizontal)
        assert not page.grab().isNull()
        top.reload()
        assert not top.grab().isNull()
    finally:
        install_language("en")
