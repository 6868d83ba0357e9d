"""The Actions list across accounts: overdue highlighted, filtered by owner, done shown on
request, marked done and undone, edited by double-click, and the way to the account."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.model.enums import ActionStatus
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan import ActionData, RiskData, RiskService
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.plan.action_dialog import ActionDialog
from kamdesk.ui.plan.action_models import OVERDUE_BACKGROUND, ActionColumn
from kamdesk.ui.plan.actions_view import ActionsView
from tests.services.support import all_rows

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def service(workspace):
    return RiskService(workspace.portfolio)


@pytest.fixture
def ids(workspace, service):
    """Actions of two accounts: Ana's late proposal (5 days) for a risk, her visit due today,
    Bruno's undated mapping, and a done one of Ana's."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    banco = workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.accounts_changed.emit()
    price = service.create(
        RiskData(agro, "Concorrente com preço 20% menor", likelihood=4, impact=5)
    )
    late = service.create_action(
        ActionData(agro, "Apresentar TCO", "Ana", TODAY - dt.timedelta(days=5), risk_id=price)
    )
    visit = service.create_action(ActionData(banco, "Visita técnica", "ÁNA", TODAY))
    mapping = service.create_action(ActionData(banco, "Mapear decisores", "Bruno"))
    done = service.create_action(
        ActionData(agro, "Enviar proposta", "Ana", TODAY, ActionStatus.DONE), today=TODAY
    )
    return SimpleNamespace(
        agro=agro, banco=banco, price=price, late=late, visit=visit, mapping=mapping, done=done
    )


@pytest.fixture
def view(qtbot, workspace, ids):
    view = ActionsView(workspace)
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def shown_ids(view) -> list[int]:
    return [row.id for row in view.shown_rows()]


def cell(view, action_id: int, column: ActionColumn, role=Qt.ItemDataRole.DisplayRole):
    model = view.model
    return model.index(model.row_of(action_id), column).data(role)


def select_action(view, action_id: int) -> None:
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(action_id), 0))
    view.table.selectRow(index.row())


def choose(qtbot, combo, text: str) -> None:
    """Opens the drop-down and clicks the entry showing ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(index, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_item_models_pass_qt_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_every_open_action_across_accounts_earliest_due_first(view, ids):
    assert shown_ids(view) == [ids.late, ids.visit, ids.mapping]
    assert cell(view, ids.late, ActionColumn.ACCOUNT) == "Agro Cerrado"
    assert cell(view, ids.late, ActionColumn.RISK) == "Concorrente com preço 20% menor"
    assert cell(view, ids.visit, ActionColumn.ACCOUNT) == "Banco Paulista"
    assert cell(view, ids.mapping, ActionColumn.DUE) == ""
    assert view.summary_label.text() == "3 open · 1 overdue"


def test_overdue_rows_are_highlighted(view, ids):
    for column in ActionColumn:
        background = cell(view, ids.late, column, Qt.ItemDataRole.BackgroundRole)
        assert background.color() == OVERDUE_BACKGROUND
    due = cell(view, ids.late, ActionColumn.DUE, Qt.ItemDataRole.ForegroundRole)
    assert due.color() == ERROR_TEXT
    assert cell(view, ids.late, ActionColumn.DAYS_OVERDUE).startswith("5 day")
    # Due today is not late yet, and an undated action never is.
    for action_id in (ids.visit, ids.mapping):
        assert cell(view, action_id, ActionColumn.DUE, Qt.ItemDataRole.BackgroundRole) is None
        assert cell(view, action_id, ActionColumn.DAYS_OVERDUE) == ""


def test_filter_by_owner_ignores_case_and_accents(qtbot, view, ids):
    offered = [view.owner.itemText(i) for i in range(view.owner.count())]
    assert offered == ["All owners", "Ana", "Bruno"]  # Ana and ÁNA are one person
    choose(qtbot, view.owner, "Ana")
    assert shown_ids(view) == [ids.late, ids.visit]
    choose(qtbot, view.owner, "Bruno")
    assert shown_ids(view) == [ids.mapping]
    choose(qtbot, view.owner, "All owners")
    assert shown_ids(view) == [ids.late, ids.visit, ids.mapping]


def test_owner_filter_survives_a_reload(qtbot, workspace, view, ids):
    choose(qtbot, view.owner, "Bruno")
    workspace.plan_changed.emit()
    assert view.owner.currentText() == "Bruno"
    assert shown_ids(view) == [ids.mapping]


def test_show_done_and_search(qtbot, view, ids):
    view.show_done.setChecked(True)
    assert ids.done in shown_ids(view)
    muted = cell(view, ids.done, ActionColumn.TITLE, Qt.ItemDataRole.ForegroundRole)
    assert muted.color() == MUTED_TEXT
    qtbot.keyClicks(view.search, "banco")
    assert shown_ids(view) == [ids.visit, ids.mapping]
    view.search.clear()
    qtbot.keyClicks(view.search, "concorrente")  # the risk's text is searched too
    assert shown_ids(view) == [ids.late]
    qtbot.keyClicks(view.search, " nada")
    assert shown_ids(view) == []
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "No action matches the owner and the search."


def test_mark_done_then_undo_and_redo(view, workspace, service, ids):
    before = all_rows(workspace.portfolio)
    select_action(view, ids.late)
    assert view.mark_done_action.isEnabled()
    view.mark_done_action.trigger()
    assert service.get_action(ids.late).status is ActionStatus.DONE
    assert shown_ids(view) == [ids.visit, ids.mapping]
    assert workspace.undo_stack.undoText() == "Mark “Apresentar TCO” done"
    done_day = [r.done_at for r in service.list_actions(include_done=True) if r.id == ids.late]
    assert done_day == [TODAY]
    after = all_rows(workspace.portfolio)
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert shown_ids(view) == [ids.late, ids.visit, ids.mapping]
    workspace.undo_stack.redo()
    assert all_rows(workspace.portfolio) == after


def test_reopen_a_done_action_then_undo(view, workspace, service, ids):
    view.show_done.setChecked(True)
    before = all_rows(workspace.portfolio)
    select_action(view, ids.done)
    assert view.mark_done_action.text() == "Reopen"
    view.mark_done_action.trigger()
    assert service.get_action(ids.done).status is ActionStatus.OPEN
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before


def test_mark_done_of_an_action_deleted_meanwhile_says_so(view, workspace, service, ids):
    select_action(view, ids.visit)
    service.delete_actions([ids.visit])
    before = all_rows(workspace.portfolio)
    view.mark_done_action.trigger()
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["The action no longer exists."]
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0
    assert ids.visit not in shown_ids(view)


def test_double_click_opens_the_action_dialog_and_edits_undoably(qtbot, view, workspace, ids):
    before = all_rows(workspace.portfolio)
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(ids.mapping), 0))
    rect = view.table.visualRect(index.siblingAtColumn(ActionColumn.TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(view.editor, ActionDialog) and view.editor.isVisible())
    dialog = view.editor
    title = dialog.fields["title"].widget
    title.selectAll()
    qtbot.keyClicks(title, "Mapear decisores de compras")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cell(view, ids.mapping, ActionColumn.TITLE) == "Mapear decisores de compras"
    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before


def test_action_dialog_refuses_an_emptied_title(qtbot, view, workspace, ids):
    before = all_rows(workspace.portfolio)
    select_action(view, ids.mapping)
    view.edit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(view.editor, ActionDialog) and view.editor.isVisible())
    dialog = view.editor
    dialog.fields["title"].widget.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["title"].problem == "This field is required."
    assert all_rows(workspace.portfolio) == before


def test_go_to_account_selects_it_and_asks_for_the_accounts_tab(qtbot, view, workspace, ids):
    select_action(view, ids.visit)
    with qtbot.waitSignal(view.account_requested) as requested:
        view.go_to_account_action.trigger()
    assert requested.args == [ids.banco]
    assert workspace.current_account == ids.banco


def test_hidden_view_reads_when_shown(qtbot, view, workspace, service, ids):
    view.hide()
    service.create_action(ActionData(ids.agro, "Ligar para o CFO", "Carla"))
    workspace.plan_changed.emit()
    assert len(shown_ids(view)) == 3
    view.show()
    qtbot.waitUntil(lambda: len(shown_ids(view)) == 4)
    assert "Carla" in [view.owner.itemText(i) for i in range(view.owner.count())]


def test_no_actions_says_where_to_plan_them(qtbot, workspace):
    view = ActionsView(workspace)
    qtbot.addWidget(view)
    view.show()
    assert view.stack.currentWidget() is view.empty
    assert "Risks page" in view.empty.text()
    assert not view.mark_done_action.isEnabled()
