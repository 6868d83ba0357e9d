"""The org-unit tree of the stakeholder map: add, rename, re-kind, mark target areas, move by
drag and drop, delete and undo — every edit through the undo stack, the tree following it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QMessageBox
from stakeholder_support import open_tab, person

from kamdesk.model.enums import OrgUnitKind, Stance
from kamdesk.services.stakeholders import OrgUnitData, StakeholderData
from kamdesk.ui.stakeholder_map.scene import DIMMED_OPACITY
from kamdesk.ui.stakeholder_map.units_model import OrgUnitsModel, UnitColumn
from kamdesk.ui.stakeholder_map.units_panel import OrgUnitsPanel

TODAY = dt.date(2026, 6, 1)
ROOT = QModelIndex()
COMPANY, BUSINESS_UNIT = OrgUnitKind.COMPANY, OrgUnitKind.BUSINESS_UNIT
DIRECTORATE, AREA = OrgUnitKind.DIRECTORATE, OrgUnitKind.AREA


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def panel(qtbot, workspace, document):
    panel = OrgUnitsPanel(workspace, document)
    qtbot.addWidget(panel)
    panel.resize(560, 360)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def tree(service, account):
    """Agro Cerrado S.A. → Grãos → Financeira (2 people) → Contas a Pagar (1), Tesouraria."""
    company = service.create_unit(account, OrgUnitData("Agro Cerrado S.A.", COMPANY))
    grains = service.create_unit(account, OrgUnitData("Grãos", BUSINESS_UNIT, company))
    finance = service.create_unit(account, OrgUnitData("Financeira", DIRECTORATE, grains))
    payables = service.create_unit(account, OrgUnitData("Contas a Pagar", AREA, finance))
    treasury = service.create_unit(account, OrgUnitData("Tesouraria", AREA, finance))
    people = {
        "ana": person(service, account, "Ana", org_unit_id=finance, stance=Stance.SPONSOR),
        "bruno": person(service, account, "Bruno", org_unit_id=finance),
        "carla": person(service, account, "Carla", org_unit_id=payables),
        "davi": person(service, account, "Davi"),
    }
    return {
        "company": company,
        "grains": grains,
        "finance": finance,
        "payables": payables,
        "treasury": treasury,
        **people,
    }


def units(service, account) -> dict[str, OrgUnitData]:
    return {u.data.name: u.data for u in service.account_map(account, TODAY).units}


def shown(panel, parent: QModelIndex = ROOT, depth: int = 0) -> list[str]:
    """The tree as the view holds it: indented names, expanded or not."""
    model = panel.model
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, UnitColumn.NAME, parent)
        lines.append("  " * depth + index.data())
        lines += shown(panel, index, depth + 1)
    return lines


def message_boxes(widget) -> list[QMessageBox]:
    return [box for box in widget.findChildren(QMessageBox) if box.isVisible()]


def close_messages(widget) -> None:
    for box in message_boxes(widget):
        box.close()


def editor_of(panel) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and panel.view.isAncestorOf(editor)
    return editor


def finish_editing(qtbot, panel, key=Qt.Key.Key_Return) -> None:
    """Return commits the typed name, Escape keeps the old one (the delegate acts queued)."""
    qtbot.keyClick(editor_of(panel), key)
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)


def test_units_model_passes_qt_model_tester(qtmodeltester, document, tree):
    document.refresh()
    model = OrgUnitsModel(document)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_the_tree_shows_names_kinds_target_flags_and_people(panel, document, tree):
    document.refresh()
    assert shown(panel) == [
        "Agro Cerrado S.A.",
        "  Grãos",
        "    Financeira",
        "      Contas a Pagar",
        "      Tesouraria",
    ]
    finance = panel.model.index_of(tree["finance"])
    assert panel.view.isExpanded(finance)  # expanded by default
    assert finance.siblingAtColumn(UnitColumn.KIND).data() == "Directorate"
    assert finance.siblingAtColumn(UnitColumn.PEOPLE).data() == "2"
    check = finance.siblingAtColumn(UnitColumn.TARGET).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Unchecked
    assert not panel.empty_hint.isVisible()


def test_add_a_company_then_sub_units_one_level_below_each_other(qtbot, panel, service, account):
    assert panel.empty_hint.isVisible()
    assert not panel.add_sub_unit_action.isEnabled()  # nothing selected yet
    panel.add_unit_action.trigger()
    editor = editor_of(panel)  # the new row is being edited, its default name selected
    assert editor.text() == "New company" and editor.selectedText() == "New company"
    qtbot.keyClicks(editor, "Agro Cerrado S.A.")
    finish_editing(qtbot, panel)
    assert units(service, account) == {
        "Agro Cerrado S.A.": OrgUnitData("Agro Cerrado S.A.", COMPANY)
    }
    company = panel.current_unit()
    assert panel.model.unit(company).data.name == "Agro Cerrado S.A."

    for _ in range(3):
        panel.add_sub_unit_action.trigger()
        finish_editing(qtbot, panel, Qt.Key.Key_Escape)  # keeps the default name
    assert shown(panel) == [
        "Agro Cerrado S.A.",
        "  New business unit",
        "    New directorate",
        "      New area",
    ]
    kinds = {name: data.kind for name, data in units(service, account).items()}
    assert kinds == {
        "Agro Cerrado S.A.": COMPANY,
        "New business unit": BUSINESS_UNIT,
        "New directorate": DIRECTORATE,
        "New area": AREA,
    }
    panel.add_sub_unit_action.trigger()  # below an area come more areas
    finish_editing(qtbot, panel, Qt.Key.Key_Escape)
    panel.add_unit_action.trigger()  # beside the selected area: a unique default name
    finish_editing(qtbot, panel, Qt.Key.Key_Escape)
    data = units(service, account)
    directorate = panel.model.index_of(panel.current_unit()).parent().parent().data()
    assert data["New area 2"].kind is AREA and data["New area 3"].kind is AREA
    assert data["New area 3"].parent_id == data["New area 2"].parent_id
    assert directorate == "New directorate"

    stack = panel.workspace.undo_stack
    assert stack.count() == 7  # six units and one rename
    while stack.canUndo():
        stack.undo()
    assert units(service, account) == {} and shown(panel) == []
    while stack.canRedo():
        stack.redo()
    assert len(units(service, account)) == 6 and "Agro Cerrado S.A." in units(service, account)


def test_rename_through_the_model_goes_through_the_undo_stack(
    panel, document, service, account, tree
):
    document.refresh()
    index = panel.model.index_of(tree["finance"])
    assert panel.view.model().setData(index, "  Diretoria Financeira ")
    assert service.unit(tree["finance"]).name == "Diretoria Financeira"
    assert panel.model.index_of(tree["finance"]).data() == "Diretoria Financeira"
    stack = panel.workspace.undo_stack
    assert stack.undoText() == "Rename “Financeira” to “Diretoria Financeira”"
    stack.undo()
    assert service.unit(tree["finance"]).name == "Financeira"
    assert panel.model.index_of(tree["finance"]).data() == "Financeira"
    stack.redo()
    assert service.unit(tree["finance"]).name == "Diretoria Financeira"


def test_typing_a_name_that_changes_the_order_rebuilds_the_tree_cleanly(
    qtbot, qtlog, panel, document, service, tree
):
    document.refresh()
    panel.select_unit(tree["treasury"])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    qtbot.keyClicks(editor_of(panel), "Caixa")
    finish_editing(qtbot, panel)
    assert service.unit(tree["treasury"]).name == "Caixa"
    assert shown(panel)[3:] == ["      Caixa", "      Contas a Pagar"]
    assert panel.selected_units() == [tree["treasury"]]
    assert not [r for r in qtlog.records if "editor" in r.message]


@pytest.mark.parametrize(
    ("name", "message"), [("tesouraria", "already an org unit"), ("   ", "required")]
)
def test_a_refused_rename_says_why_and_changes_nothing(
    panel, document, service, account, tree, name, message
):
    document.refresh()
    before = units(service, account)
    panel.model.setData(panel.model.index_of(tree["payables"]), name)
    (box,) = message_boxes(panel)
    assert "could not be renamed" in box.text() and message in box.informativeText()
    assert units(service, account) == before
    assert panel.workspace.undo_stack.count() == 0
    assert panel.model.index_of(tree["payables"]).data() == "Contas a Pagar"


def test_space_on_the_target_column_marks_a_target_area_and_coverage_follows(
    qtbot, panel, document, service, tree
):
    document.refresh()
    assert document.map.sponsor_coverage is None  # no target area yet
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index_of(tree["finance"], UnitColumn.TARGET))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert service.unit(tree["finance"]).is_target
    assert document.map.sponsor_coverage == 1.0  # Ana, a sponsor, is in Financeira
    target = panel.model.index_of(tree["payables"], UnitColumn.TARGET)
    panel.model.setData(target, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.map.sponsor_coverage == 0.5  # nobody sponsors Contas a Pagar
    assert "without a sponsor" in target.data(Qt.ItemDataRole.ToolTipRole)
    stack = panel.workspace.undo_stack
    assert stack.undoText() == "Mark “Contas a Pagar” as a target area"
    stack.undo()
    stack.undo()
    assert document.map.sponsor_coverage is None
    assert not service.unit(tree["finance"]).is_target


def test_the_kind_combo_changes_the_kind(qtbot, panel, document, service, tree):
    document.refresh()
    kind = panel.model.index_of(tree["treasury"], UnitColumn.KIND)
    panel.view.setCurrentIndex(kind)
    panel.view.edit(kind)
    combo = panel.view.findChild(QComboBox, "unitKindEditor")
    assert combo.currentData() == AREA.value
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # Directorate, picked: committed at once
    assert service.unit(tree["treasury"]).kind is DIRECTORATE
    assert kind.data() == "Directorate"
    panel.workspace.undo_stack.undo()
    assert service.unit(tree["treasury"]).kind is AREA


def test_dropping_a_unit_onto_another_moves_it_under_that_one(panel, document, service, tree):
    document.refresh()
    model = panel.model
    treasury = model.index_of(tree["treasury"])
    mime = model.mimeData([treasury, treasury.siblingAtColumn(UnitColumn.KIND)])
    action = Qt.DropAction.MoveAction
    assert model.canDropMimeData(mime, action, -1, -1, model.index_of(tree["grains"]))
    model.dropMimeData(mime, action, -1, -1, model.index_of(tree["grains"]))
    assert service.unit(tree["treasury"]).parent_id == tree["grains"]
    assert shown(panel)[:3] == ["Agro Cerrado S.A.", "  Grãos", "    Financeira"]
    assert shown(panel)[-1] == "    Tesouraria"
    assert panel.selected_units() == [tree["treasury"]]  # the moved unit stays selected
    model.dropMimeData(
        model.mimeData([model.index_of(tree["treasury"])]), action, -1, -1, QModelIndex()
    )
    assert service.unit(tree["treasury"]).parent_id is None  # empty space: the top
    stack = panel.workspace.undo_stack
    assert stack.undoText() == "Move “Tesouraria”"
    stack.undo()
    stack.undo()
    assert service.unit(tree["treasury"]).parent_id == tree["finance"]


def test_moving_a_unit_into_its_own_sub_unit_is_refused(panel, document, service, account, tree):
    document.refresh()
    model = panel.model
    before = units(service, account)
    mime = model.mimeData([model.index_of(tree["grains"])])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(tree["payables"]))
    (box,) = message_boxes(panel)
    assert "cannot be moved there" in box.text() and "cannot contain" in box.informativeText()
    close_messages(panel)
    assert not panel.move_units([tree["finance"]], tree["finance"])  # into itself
    assert "cannot contain" in message_boxes(panel)[0].informativeText()
    assert units(service, account) == before
    assert panel.workspace.undo_stack.count() == 0


def test_moving_several_units_is_one_undo_step(panel, document, service, tree):
    document.refresh()
    assert panel.move_units([tree["payables"], tree["treasury"]], tree["company"])
    assert service.unit(tree["payables"]).parent_id == tree["company"]
    assert service.unit(tree["treasury"]).parent_id == tree["company"]
    stack = panel.workspace.undo_stack
    assert stack.count() == 1 and stack.undoText().startswith("Move 2 org unit")
    stack.undo()
    assert service.unit(tree["payables"]).parent_id == tree["finance"]
    assert service.unit(tree["treasury"]).parent_id == tree["finance"]


def test_a_sub_unit_dragged_along_with_its_parent_stays_inside_it(panel, document, service, tree):
    document.refresh()
    model = panel.model
    dragged = [model.index_of(tree["finance"]), model.index_of(tree["payables"])]
    company = model.index_of(tree["company"])
    model.dropMimeData(model.mimeData(dragged), Qt.DropAction.MoveAction, -1, -1, company)
    assert service.unit(tree["finance"]).parent_id == tree["company"]
    assert service.unit(tree["payables"]).parent_id == tree["finance"]
    assert panel.workspace.undo_stack.count() == 1


def test_delete_with_people_asks_and_undo_restores_units_people_and_parents_exactly(
    qtbot, panel, document, service, account, tree
):
    document.refresh()
    questions = []
    panel.confirm = lambda question, details: questions.append((question, details)) or True
    before = service.account_map(account, TODAY)
    panel.select_unit(tree["finance"])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    ((question, details),) = questions
    assert question == "Delete “Financeira”?"
    assert "2 " in details and "will stay without an org unit" in details
    assert "sub-units move up" in details
    after_delete = service.account_map(account, TODAY)
    assert "Financeira" not in units(service, account)
    assert service.unit(tree["payables"]).parent_id == tree["grains"]  # moved up
    assert service.unit(tree["treasury"]).parent_id == tree["grains"]
    assert service.person(tree["ana"]).org_unit_id is None
    assert service.person(tree["carla"]).org_unit_id == tree["payables"]  # untouched
    assert shown(panel) == ["Agro Cerrado S.A.", "  Grãos", "    Contas a Pagar", "    Tesouraria"]

    stack = panel.workspace.undo_stack
    stack.undo()
    restored = service.account_map(account, TODAY)
    assert restored.units == before.units and restored.people == before.people
    assert restored.coverage == before.coverage
    assert shown(panel)[2] == "    Financeira" and panel.selected_units() == []
    stack.redo()
    again = service.account_map(account, TODAY)
    assert again.units == after_delete.units and again.people == after_delete.people


def test_declining_the_confirmation_deletes_nothing(panel, document, service, account, tree):
    document.refresh()
    panel.confirm = lambda question, details: False
    panel.select_units([tree["payables"], tree["treasury"]])
    assert not panel.delete_selected()
    assert len(units(service, account)) == 5 and panel.workspace.undo_stack.count() == 0


def test_units_without_people_are_deleted_without_asking(panel, document, service, account, tree):
    document.refresh()
    panel.confirm = lambda question, details: pytest.fail("asked without need")
    panel.select_unit(tree["treasury"])
    panel.delete_action.trigger()
    assert "Tesouraria" not in units(service, account)
    panel.workspace.undo_stack.undo()
    assert units(service, account)["Tesouraria"].parent_id == tree["finance"]


def test_the_tree_follows_an_undo_done_elsewhere_keeping_folds_and_selection(
    qtbot, panel, document, service, account, tree
):
    document.refresh()
    finance = panel.model.index_of(tree["finance"])
    panel.view.collapse(finance)
    panel.select_unit(tree["grains"])
    panel.model.setData(panel.model.index_of(tree["payables"]), "A Pagar")  # re-sorts: rebuild
    assert shown(panel)[3:] == ["      A Pagar", "      Tesouraria"]
    assert not panel.view.isExpanded(panel.model.index_of(tree["finance"]))
    assert panel.view.isExpanded(panel.model.index_of(tree["grains"]))
    assert panel.selected_units() == [tree["grains"]]
    # Elsewhere: Edit ▸ Undo in the window, and a write the tab reads back.
    panel.workspace.undo_stack.undo()
    assert panel.model.index_of(tree["payables"]).data() == "Contas a Pagar"
    service.create_unit(account, OrgUnitData("Logística", DIRECTORATE, tree["grains"]))
    document.refresh()
    assert "    Logística" in shown(panel)
    assert panel.selected_units() == [tree["grains"]]
    assert not panel.view.isExpanded(panel.model.index_of(tree["finance"]))


def test_selecting_a_unit_tells_the_tab_which_one(qtbot, panel, document, tree):
    document.refresh()
    with qtbot.waitSignal(panel.unit_selected) as selected:
        panel.select_unit(tree["finance"])
    assert selected.args == [tree["finance"]]
    assert panel.add_sub_unit_action.isEnabled() and panel.delete_action.isEnabled()
    with qtbot.waitSignal(panel.unit_selected) as selected:
        panel.view.clearSelection()
    assert selected.args == [None]
    assert not panel.delete_action.isEnabled()


def test_without_an_account_nothing_can_be_added(panel, document):
    document.load(None)
    assert shown(panel) == []
    assert not panel.add_unit_action.isEnabled()
    assert panel.add_unit() is None


def test_the_tab_edits_units_beside_the_map_and_choosing_one_highlights_its_people(
    qtbot, workspace, service, account
):
    finance = service.create_unit(account, OrgUnitData("Finance", OrgUnitKind.AREA))
    ana = service.create(account, StakeholderData(name="Ana", org_unit_id=finance), (0, 0))
    bruno = service.create(account, StakeholderData(name="Bruno"), (400, 0))
    tab = open_tab(qtbot, workspace)
    tab.panel.setCurrentWidget(tab.units)

    tab.units.select_unit(finance)
    assert tab.scene.cards[ana].opacity() == 1.0
    assert tab.scene.cards[bruno].opacity() == DIMMED_OPACITY
