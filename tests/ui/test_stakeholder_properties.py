"""The map's side panel edited like a KAM would: type, pick, leave the field, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from stakeholder_support import person

from kamdesk.model.enums import BuyingRole, LinkKind, OrgUnitKind, Stance
from kamdesk.services.stakeholders import LinkData, OrgUnitData
from kamdesk.ui.i18n import install_language
from kamdesk.ui.stakeholder_map.commands import UpdatePersonCommand
from kamdesk.ui.stakeholder_map.properties_panel import PropertiesPanel

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def panel(qtbot, workspace, document):
    widget = PropertiesPanel(workspace, document)
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, field, text):
    """Replaces the text of a line edit and presses Return, as a user finishing the field."""
    edit = field.widget
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose(qtbot, field, value):
    """Opens the drop-down and clicks the entry holding ``value``."""
    combo = field.widget
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def message_boxes(widget) -> list[QMessageBox]:
    return [box for box in widget.findChildren(QMessageBox) if box.isVisible()]


def shown_page(panel):
    pages = {panel.hint_page: "hint", panel.person_page: "person", panel.link_page: "link"}
    (shown,) = [name for page, name in pages.items() if page.isVisible()]
    return shown


# -- what the panel shows ---------------------------------------------------------------------


def test_nothing_or_several_selected_shows_a_hint(panel, service, account, document):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.ALLIANCE))
    document.refresh()
    assert shown_page(panel) == "hint"
    assert panel.hint.text() == "Select a person or a link to see and edit it."
    panel.show_selection([ana, bruno], [])
    assert shown_page(panel) == "hint"
    assert "2 people" in panel.selection_count.text()
    panel.show_selection([ana], [link])  # a person and a link: still not one thing
    assert shown_page(panel) == "hint"
    assert "1 link" in panel.selection_count.text()
    panel.show_selection([ana], [])
    assert shown_page(panel) == "person"
    assert panel.person_heading.text() == "Ana"


def test_one_person_fills_every_field_and_the_stance_chip(panel, service, account, document):
    unit = service.create_unit(account, OrgUnitData("Compras", OrgUnitKind.AREA))
    ana = person(
        service,
        account,
        "Ana Souza",
        job_title="CFO",
        org_unit_id=unit,
        email="ana@agro.com.br",
        buying_role=BuyingRole.ECONOMIC_BUYER,
        influence=5,
        stance=Stance.SPONSOR,
        relationship_strength=4,
        last_contact=dt.date(2026, 5, 2),
        notes="Prefers calls",
    )
    document.refresh()
    panel.show_selection([ana], [])
    fields = panel.person_fields
    assert fields["name"].widget.text() == "Ana Souza"
    assert fields["job_title"].widget.text() == "CFO"
    assert fields["org_unit_id"].widget.currentText() == "Compras"
    assert fields["buying_role"].value() == BuyingRole.ECONOMIC_BUYER
    assert fields["influence"].value() == 5
    assert fields["relationship_strength"].value() == 4
    assert fields["last_contact"].value() == dt.date(2026, 5, 2)
    assert fields["notes"].widget.toPlainText() == "Prefers calls"
    assert panel.stance_chip.text() == "Sponsor"


# -- editing a person -------------------------------------------------------------------------


def test_a_typed_job_title_is_saved_and_one_undo_restores_it(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana", job_title="Buyer")
    document.refresh()
    panel.show_selection([ana], [])
    type_into(qtbot, panel.person_fields["job_title"], "Procurement director")
    assert service.person(ana).job_title == "Procurement director"
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Edit “Ana”"
    workspace.undo_stack.undo()
    assert service.person(ana).job_title == "Buyer"
    assert panel.person_fields["job_title"].widget.text() == "Buyer"  # the panel followed
    workspace.undo_stack.redo()
    assert panel.person_fields["job_title"].widget.text() == "Procurement director"


def test_renaming_updates_the_heading_and_undo_brings_the_old_name_back(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    type_into(qtbot, panel.person_fields["name"], "  Ana Paula  ")
    assert service.person(ana).name == "Ana Paula"
    assert panel.person_heading.text() == "Ana Paula"
    workspace.undo_stack.undo()
    assert panel.person_heading.text() == "Ana"
    assert panel.person_fields["name"].widget.text() == "Ana"


def test_an_empty_name_shows_the_problem_and_writes_nothing(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    name = panel.person_fields["name"]
    type_into(qtbot, name, "   ")
    assert "required" in name.problem
    assert service.person(ana).name == "Ana"
    assert workspace.undo_stack.count() == 0
    type_into(qtbot, name, "Ana")  # back to the stored name: the problem goes, nothing pushed
    assert name.problem == ""
    assert workspace.undo_stack.count() == 0


def test_a_malformed_email_is_refused_under_its_field(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    email = panel.person_fields["email"]
    type_into(qtbot, email, "ana at agro")
    assert "e-mail" in email.problem
    assert service.person(ana).email == ""
    assert workspace.undo_stack.count() == 0
    type_into(qtbot, email, "ana@agro.com.br")
    assert email.problem == ""
    assert service.person(ana).email == "ana@agro.com.br"


def test_choosing_a_stance_saves_it_repaints_the_chip_and_undoes(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    assert panel.stance_chip.text() == "Neutral"
    choose(qtbot, panel.person_fields["stance"], Stance.OPPONENT)
    assert service.person(ana).stance is Stance.OPPONENT
    assert panel.stance_chip.text() == "Opponent"
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert service.person(ana).stance is Stance.NEUTRAL
    assert panel.stance_chip.text() == "Neutral"
    assert panel.person_fields["stance"].value() == Stance.NEUTRAL


def test_influence_and_no_buying_role_are_chosen_from_their_lists(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana", buying_role=BuyingRole.USER)
    document.refresh()
    panel.show_selection([ana], [])
    influence = panel.person_fields["influence"].widget
    assert [influence.itemData(i) for i in range(influence.count())] == [1, 2, 3, 4, 5]
    choose(qtbot, panel.person_fields["influence"], 5)
    choose(qtbot, panel.person_fields["buying_role"], None)
    stored = service.person(ana)
    assert (stored.influence, stored.buying_role) == (5, None)
    assert panel.person_fields["buying_role"].widget.currentText() == "No buying role"
    workspace.undo_stack.undo()
    assert service.person(ana).buying_role is BuyingRole.USER


def test_org_units_are_listed_in_tree_order_and_follow_the_tree(
    qtbot, panel, workspace, service, account, document
):
    company = service.create_unit(account, OrgUnitData("Agro Cerrado", OrgUnitKind.COMPANY))
    finance = service.create_unit(account, OrgUnitData("Finanças", OrgUnitKind.AREA, company))
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    combo = panel.person_fields["org_unit_id"].widget
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["No org unit", "Agro Cerrado", "    Finanças"]
    choose(qtbot, panel.person_fields["org_unit_id"], finance)
    assert service.person(ana).org_unit_id == finance

    legal = document.create_unit(account, OrgUnitData("Jurídico", OrgUnitKind.AREA, company))
    assert combo.findData(legal) >= 0  # the new unit is offered at once
    assert combo.currentData() == finance
    document.delete_units([finance])  # the person stays, without a unit
    assert combo.findData(finance) == -1
    assert combo.currentText() == "No org unit"
    assert workspace.undo_stack.count() == 1  # following the tree pushed nothing


def test_last_contact_today_and_clear_buttons(qtbot, panel, workspace, service, account, document):
    ana = person(service, account, "Ana", last_contact=dt.date(2026, 1, 5))
    document.refresh()
    panel.show_selection([ana], [])
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert service.person(ana).last_contact == dt.date.today()
    qtbot.mouseClick(panel.clear_date_button, Qt.MouseButton.LeftButton)
    assert service.person(ana).last_contact is None
    assert panel.person_fields["last_contact"].value() is None
    assert workspace.undo_stack.count() == 2
    workspace.undo_stack.undo()
    assert panel.person_fields["last_contact"].value() == dt.date.today()
    workspace.undo_stack.undo()
    assert service.person(ana).last_contact == dt.date(2026, 1, 5)


def test_notes_are_saved_when_the_user_leaves_the_box(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    panel.activateWindow()
    notes = panel.person_fields["notes"].widget
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "Golf on Fridays")
    assert service.person(ana).notes == ""  # not while typing
    panel.person_fields["name"].widget.setFocus()
    qtbot.waitUntil(lambda: not notes.hasFocus())
    assert service.person(ana).notes == "Golf on Fridays"
    assert workspace.undo_stack.count() == 1


def test_text_still_being_typed_is_saved_for_its_person_when_the_selection_moves(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    document.refresh()
    panel.show_selection([ana], [])
    panel.activateWindow()
    job_title = panel.person_fields["job_title"].widget
    job_title.setFocus()
    qtbot.waitUntil(job_title.hasFocus)
    qtbot.keyClicks(job_title, "CFO")  # no Return: the user clicks another card instead
    panel.show_selection([bruno], [])
    assert service.person(ana).job_title == "CFO"
    assert service.person(bruno).job_title == ""
    assert job_title.text() == ""  # now Bruno's


# -- following the document -------------------------------------------------------------------


def test_an_edit_made_elsewhere_reloads_only_what_changed(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    panel.person_fields["phone"].widget.setText("11 9999")  # typed, not finished yet
    workspace.undo_stack.push(
        UpdatePersonCommand(workspace, document, ana, "Ana", {"stance": Stance.ALLY})
    )
    assert panel.stance_chip.text() == "Ally"
    assert panel.person_fields["stance"].value() == Stance.ALLY
    assert panel.person_fields["phone"].widget.text() == "11 9999"  # the typing survives


def test_delete_person_button_deletes_and_the_panel_shows_the_hint(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    service.create_link(account, LinkData(ana, bruno, LinkKind.REPORTS_TO))
    document.refresh()
    panel.show_selection([ana], [])
    qtbot.mouseClick(panel.delete_person_button, Qt.MouseButton.LeftButton)
    assert set(document.people) == {bruno} and document.links == {}
    assert shown_page(panel) == "hint"
    workspace.undo_stack.undo()
    assert set(document.people) == {ana, bruno} and len(document.links) == 1
    panel.show_selection([ana], [])
    assert panel.person_heading.text() == "Ana"


def test_a_shown_link_whose_person_is_deleted_gives_way_to_the_hint(
    panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.INFLUENCES))
    document.refresh()
    panel.show_selection([], [link])
    assert shown_page(panel) == "link"
    document.delete_people([bruno])
    assert shown_page(panel) == "hint"
    assert panel.link_id is None


def test_loading_another_account_clears_the_panel(panel, service, account, document):
    ana = person(service, account, "Ana")
    document.refresh()
    panel.show_selection([ana], [])
    document.load(None)
    assert shown_page(panel) == "hint"
    assert panel.person_id is None and panel.selected_people == []


# -- editing a link ---------------------------------------------------------------------------


def test_a_link_shows_its_ends_kind_and_strength(panel, service, account, document):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    influence = service.create_link(account, LinkData(ana, bruno, LinkKind.INFLUENCES, 3))
    alliance = service.create_link(account, LinkData(ana, bruno, LinkKind.ALLIANCE))
    document.refresh()
    panel.show_selection([], [influence])
    assert panel.link_heading.text() == "Ana → Bruno"
    assert panel.kind_field.value() == LinkKind.INFLUENCES
    assert panel.strength_field.value() == 3
    assert panel.strength_field.widget.isVisible()
    panel.show_selection([], [alliance])
    assert panel.link_heading.text() == "Ana ↔ Bruno"
    assert not panel.strength_field.widget.isVisible()


def test_changing_the_kind_resets_the_strength_and_one_undo_restores_both(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.INFLUENCES, 3))
    document.refresh()
    panel.show_selection([], [link])
    choose(qtbot, panel.kind_field, LinkKind.ALLIANCE)
    assert service.link(link) == LinkData(ana, bruno, LinkKind.ALLIANCE, None)
    assert not panel.strength_field.widget.isVisible()
    workspace.undo_stack.undo()
    assert service.link(link) == LinkData(ana, bruno, LinkKind.INFLUENCES, 3)
    assert panel.kind_field.value() == LinkKind.INFLUENCES
    assert panel.strength_field.value() == 3 and panel.strength_field.widget.isVisible()


def test_the_strength_of_an_influence_is_edited(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.INFLUENCES))
    document.refresh()
    panel.show_selection([], [link])
    assert panel.strength_field.value() == 2  # the default
    choose(qtbot, panel.strength_field, 1)
    assert service.link(link).strength == 1
    workspace.undo_stack.undo()
    assert service.link(link).strength == 2


def test_a_second_manager_is_refused_with_a_message_and_the_form_reverts(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    carla = person(service, account, "Carla")
    service.create_link(account, LinkData(ana, carla, LinkKind.REPORTS_TO))
    alliance = service.create_link(account, LinkData(ana, bruno, LinkKind.ALLIANCE))
    document.refresh()
    panel.show_selection([], [alliance])
    choose(qtbot, panel.kind_field, LinkKind.REPORTS_TO)
    (box,) = message_boxes(panel)
    assert "cannot be made" in box.text()
    assert "Ana already reports to Carla" in box.informativeText()
    assert service.link(alliance).kind is LinkKind.ALLIANCE
    assert panel.kind_field.value() == LinkKind.ALLIANCE  # back to what is stored
    assert workspace.undo_stack.count() == 0
    box.close()


def test_reversing_a_link_and_a_refused_reversal(
    qtbot, panel, workspace, service, account, document
):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    carla = person(service, account, "Carla")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.INFLUENCES))
    document.refresh()
    panel.show_selection([], [link])
    qtbot.mouseClick(panel.reverse_button, Qt.MouseButton.LeftButton)
    assert (service.link(link).source_id, service.link(link).target_id) == (bruno, ana)
    assert panel.link_heading.text() == "Bruno → Ana"
    workspace.undo_stack.undo()
    assert panel.link_heading.text() == "Ana → Bruno"

    reports = document.add_link(account, LinkData(ana, bruno, LinkKind.REPORTS_TO))
    document.add_link(account, LinkData(bruno, carla, LinkKind.REPORTS_TO))
    panel.show_selection([], [reports])
    qtbot.mouseClick(panel.reverse_button, Qt.MouseButton.LeftButton)  # Bruno has a manager
    assert len(message_boxes(panel)) == 1
    assert service.link(reports).source_id == ana
    assert panel.link_heading.text() == "Ana → Bruno"


def test_delete_link_button_and_undo(qtbot, panel, workspace, service, account, document):
    ana = person(service, account, "Ana")
    bruno = person(service, account, "Bruno")
    link = service.create_link(account, LinkData(ana, bruno, LinkKind.RIVALRY))
    document.refresh()
    panel.show_selection([], [link])
    assert not panel.reverse_button.isVisible()  # a rivalry has no direction
    qtbot.mouseClick(panel.delete_link_button, Qt.MouseButton.LeftButton)
    assert link not in document.links
    assert shown_page(panel) == "hint"
    workspace.undo_stack.undo()
    assert link in document.links


# -- fitting a side panel ---------------------------------------------------------------------


def test_the_person_form_fits_a_narrow_panel_in_portuguese(qtbot, workspace, document, account):
    install_language("pt_BR")
    narrow = PropertiesPanel(workspace, document)
    qtbot.addWidget(narrow)
    ana = document.add_person(account, _long_named_person(), None)
    narrow.show_selection([ana], [])
    narrow.resize(290, 600)
    narrow.show()
    qtbot.waitExposed(narrow)
    content = narrow.scroll.widget()
    assert content.minimumSizeHint().width() <= 290
    assert content.width() <= narrow.scroll.viewport().width()  # no hidden horizontal overflow
    assert narrow.scroll.verticalScrollBar().maximum() > 0  # the long form scrolls instead


def _long_named_person():
    from kamdesk.services.stakeholders import StakeholderData

    return StakeholderData(
        name="Maria Aparecida de Albuquerque Cavalcanti",
        job_title="Diretora Executiva de Suprimentos Estratégicos e Logística",
        buying_role=BuyingRole.TECHNICAL_BUYER,
    )
