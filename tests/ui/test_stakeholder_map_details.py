"""The map's finer points: org-unit frames, double-click, stale markers, parallel links."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from stakeholder_support import open_tab, person

from kamdesk.model.enums import LinkKind, OrgUnitKind
from kamdesk.services.stakeholders import LinkData, OrgUnitData
from kamdesk.ui.commands import ChangeSettingsCommand
from kamdesk.ui.i18n import install_language
from kamdesk.ui.stakeholder_map.commands import MovePeopleCommand, UpdatePersonCommand
from kamdesk.ui.stakeholder_map.scene import PARALLEL_LINK_GAP


def unit(service, account, name, is_target=False):
    return service.create_unit(account, OrgUnitData(name, OrgUnitKind.AREA, None, is_target))


def framed(tab, unit_id):
    group = tab.scene.groups[unit_id]
    return group, group.rect()


def test_each_unit_with_people_gets_a_frame_around_their_cards(qtbot, workspace, service, account):
    install_language("en")
    finance = unit(service, account, "Finance", is_target=True)
    empty = unit(service, account, "Legal")
    ana = person(service, account, "Ana", (0, 0), org_unit_id=finance)
    bruno = person(service, account, "Bruno", (400, 300), org_unit_id=finance)
    person(service, account, "Carla", (900, 0))  # no unit: no frame
    tab = open_tab(qtbot, workspace)

    assert set(tab.scene.groups) == {finance}  # Legal has nobody; Carla has no unit
    group, rect = framed(tab, finance)
    for person_id in (ana, bruno):
        assert rect.contains(tab.scene.cards[person_id].scene_rect())
    assert not rect.intersects(tab.scene.cards[max(tab.scene.cards)].scene_rect())
    assert group.title == "Finance · target area"
    assert empty not in tab.scene.groups


def test_the_frame_follows_moves_unit_changes_and_undo(qtbot, workspace, service, account):
    finance = unit(service, account, "Finance")
    sales = unit(service, account, "Sales")
    ana = person(service, account, "Ana", (0, 0), org_unit_id=finance)
    bruno = person(service, account, "Bruno", (300, 0), org_unit_id=finance)
    tab = open_tab(qtbot, workspace)
    _, before = framed(tab, finance)

    workspace.undo_stack.push(MovePeopleCommand(workspace, tab.document, {bruno: (1200.0, 800.0)}))
    qtbot.waitUntil(lambda: framed(tab, finance)[1] != before)
    assert framed(tab, finance)[1].contains(tab.scene.cards[bruno].scene_rect())

    workspace.undo_stack.push(
        UpdatePersonCommand(workspace, tab.document, ana, "Ana", {"org_unit_id": sales})
    )
    qtbot.waitUntil(lambda: sales in tab.scene.groups)
    assert framed(tab, sales)[1].contains(tab.scene.cards[ana].scene_rect())
    assert not framed(tab, finance)[1].intersects(tab.scene.cards[ana].scene_rect())

    workspace.undo_stack.undo()  # Ana back in Finance: Sales has nobody left
    qtbot.waitUntil(lambda: sales not in tab.scene.groups)
    workspace.undo_stack.undo()  # Bruno back where he was
    qtbot.waitUntil(lambda: framed(tab, finance)[1] == before)


def test_renaming_or_deleting_the_unit_updates_its_frame(qtbot, workspace, service, account):
    finance = unit(service, account, "Finance")
    person(service, account, "Ana", (0, 0), org_unit_id=finance)
    tab = open_tab(qtbot, workspace)

    tab.document.update_unit(finance, {"name": "Controladoria", "is_target": True})
    assert tab.scene.groups[finance].name == "Controladoria"
    assert tab.scene.groups[finance].is_target

    tab.document.delete_units([finance])
    assert tab.scene.groups == {}


def test_double_click_inside_a_frame_adds_a_person_and_on_a_card_opens_it(
    qtbot, workspace, service, account
):
    finance = unit(service, account, "Finance")
    ana = person(service, account, "Ana", (0, 0), org_unit_id=finance)
    person(service, account, "Bruno", (400, 0), org_unit_id=finance)
    tab = open_tab(qtbot, workspace)
    viewport = tab.view.viewport()
    cards = tab.scene.cards
    # Between the two cards: inside Finance's frame, on no card.
    gap = (cards[ana].scene_rect().center() + cards[max(cards)].scene_rect().center()) / 2
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=tab.view.mapFromScene(gap))
    assert tab.person_dialog is not None and tab.person_dialog.isVisible()
    tab.person_dialog.reject()

    centre = tab.view.mapFromScene(cards[ana].scene_rect().center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert tab.panel.currentWidget() is tab.properties
    assert tab.properties.person_id == ana
    assert tab.properties.person_fields["name"].value() == "Ana"


def test_changing_when_a_contact_is_stale_updates_the_markers(qtbot, workspace, service, account):
    last_month = dt.date.today() - dt.timedelta(days=30)
    ana = person(service, account, "Ana", (0, 0), last_contact=last_month)
    tab = open_tab(qtbot, workspace)
    assert not tab.scene.cards[ana].stale  # 30 days < the default 90

    stricter = dataclasses.replace(workspace.settings, stale_contact_days=14)
    workspace.undo_stack.push(ChangeSettingsCommand(workspace, stricter))
    assert tab.scene.cards[ana].stale

    tab.hide()  # another tab is shown: read again only when this one is shown
    workspace.undo_stack.undo()
    assert tab.scene.cards[ana].stale
    tab.show()
    assert not tab.scene.cards[ana].stale


def test_links_between_the_same_two_people_run_side_by_side(qtbot, workspace, service, account):
    ana = person(service, account, "Ana", (0, 0))
    bruno = person(service, account, "Bruno", (500, 0))
    boss = service.create_link(account, LinkData(ana, bruno, LinkKind.REPORTS_TO))
    allies = service.create_link(account, LinkData(bruno, ana, LinkKind.ALLIANCE))
    tab = open_tab(qtbot, workspace)
    first, second = (tab.scene.link_items[i].line() for i in (boss, allies))

    assert abs(first.p1().y() - second.p2().y()) == pytest.approx(PARALLEL_LINK_GAP)
    assert first.p1().x() == pytest.approx(second.p2().x())  # parallel, not crossing

    tab.document.delete_links([allies])
    alone = tab.scene.link_items[boss]
    assert alone.offset == 0
    assert alone.line().p1().y() == pytest.approx(tab.scene.cards[ana].scene_rect().center().y())
