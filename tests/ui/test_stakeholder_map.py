"""The Stakeholder map driven with the mouse like a KAM would: add, drag, link, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from stakeholder_support import open_tab, person

from kamdesk.analytics.coverage import AlertKind
from kamdesk.model.enums import BuyingRole, LinkKind, Stance
from kamdesk.services.stakeholders import LinkData
from kamdesk.ui.i18n import install_language
from kamdesk.ui.stakeholder_map.alerts_model import ALERT_ROLE, AlertsModel

pytestmark = pytest.mark.usefixtures("english")


def positions(service, account) -> dict[int, tuple | None]:
    return {p.id: p.position for p in service.account_map(account, _today()).people}


def _today():
    import datetime as dt

    return dt.date(2026, 6, 1)


def card_centre(tab, person_id):
    card = tab.scene.cards[person_id]
    return tab.view.mapFromScene(card.scene_rect().center())


def drag(qtbot, tab, start, end, modifier=Qt.KeyboardModifier.NoModifier):
    """Press, move in two steps, release: on the view's viewport, in viewport coordinates."""
    viewport = tab.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def scene_offset(tab, dx, dy):
    """A viewport offset that moves ``dx, dy`` in scene units at the current zoom."""
    zoom = tab.view.zoom_factor()
    return QPointF(dx * zoom, dy * zoom).toPoint()


def test_without_an_account_the_tab_says_what_to_do(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    assert tab.pages.currentWidget() is tab.empty_label
    assert "Choose an account" in tab.empty_label.text()


def test_double_click_on_empty_space_adds_a_person_there(qtbot, workspace, service, account):
    tab = open_tab(qtbot, workspace)
    spot = tab.view.viewport().rect().center()
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = tab.person_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "required" in dialog.name.problem  # no name: stays open, writes nothing
    assert positions(service, account) == {}
    qtbot.keyClicks(dialog.name.widget, "Helena Prado")
    qtbot.keyClicks(dialog.job_title.widget, "CFO")
    dialog.stance.setCurrentIndex(dialog.stance.findData(Stance.SPONSOR))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    ((person_id, stored),) = positions(service, account).items()
    card = tab.scene.cards[person_id]
    assert card.scene_rect().contains(tab.view.mapToScene(spot))
    assert stored == (card.pos().x(), card.pos().y())
    assert service.person(person_id).stance is Stance.SPONSOR
    workspace.undo_stack.undo()
    assert positions(service, account) == {} and tab.scene.cards == {}
    workspace.undo_stack.redo()
    assert list(positions(service, account)) == [person_id]  # the same person came back


def test_dragging_cards_saves_their_positions_in_one_undo_step(qtbot, workspace, service, account):
    first = person(service, account, "Ana", (0.0, 0.0))
    second = person(service, account, "Bruno", (400.0, 0.0))
    tab = open_tab(qtbot, workspace)
    tab.scene.cards[first].setSelected(True)
    tab.scene.cards[second].setSelected(True)
    start = card_centre(tab, first)
    drag(qtbot, tab, start, start + scene_offset(tab, 100, 60))
    moved = positions(service, account)
    assert moved[first] == pytest.approx((100.0, 60.0), abs=3)
    assert moved[second] == pytest.approx((500.0, 60.0), abs=3)
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert positions(service, account) == {first: (0.0, 0.0), second: (400.0, 0.0)}
    assert tab.scene.cards[first].pos() == QPointF(0, 0)
    workspace.undo_stack.redo()
    assert positions(service, account) == moved

    reopened = open_tab(qtbot, workspace)
    for person_id, (x, y) in moved.items():
        assert reopened.scene.cards[person_id].pos() == QPointF(x, y)


def test_delete_key_removes_a_person_and_their_links_and_one_undo_restores_all(
    qtbot, workspace, service, account
):
    boss = person(service, account, "Carla", (0.0, 0.0))
    report = person(service, account, "Davi", (0.0, 200.0))
    link = service.create_link(account, LinkData(report, boss, LinkKind.REPORTS_TO))
    tab = open_tab(qtbot, workspace)
    assert set(tab.scene.link_items) == {link}
    tab.scene.select_people([boss])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert list(positions(service, account)) == [report]
    assert tab.scene.link_items == {}
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert sorted(positions(service, account)) == sorted([boss, report])
    assert set(tab.scene.link_items) == {link}
    assert service.link(link) == LinkData(report, boss, LinkKind.REPORTS_TO)


def test_auto_layout_places_everyone_and_undo_restores_never_placed(
    qtbot, workspace, service, account
):
    boss = person(service, account, "Carla")
    report = person(service, account, "Davi", (900.0, 900.0))
    service.create_link(account, LinkData(report, boss, LinkKind.REPORTS_TO))
    tab = open_tab(qtbot, workspace)
    assert tab.scene.cards[boss].isVisible()  # shown somewhere although never placed
    tab.layout_action.trigger()
    laid_out = positions(service, account)
    assert None not in laid_out.values()
    assert laid_out[boss][1] < laid_out[report][1]  # the manager above the report
    assert tab.scene.cards[report].pos() == QPointF(*laid_out[report])
    workspace.undo_stack.undo()
    assert positions(service, account) == {boss: None, report: (900.0, 900.0)}
    workspace.undo_stack.redo()
    assert positions(service, account) == laid_out


def test_drawing_a_link_with_the_mouse_creates_it_and_undo_removes_it(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", (0.0, 0.0))
    bruno = person(service, account, "Bruno", (400.0, 0.0))
    tab = open_tab(qtbot, workspace)
    tab.link_kind.setCurrentIndex(tab.link_kind.findData(LinkKind.INFLUENCES))
    drag(
        qtbot,
        tab,
        card_centre(tab, ana),
        card_centre(tab, bruno),
        Qt.KeyboardModifier.ShiftModifier,
    )
    ((link_id, link),) = tab.document.links.items()
    assert link.data == LinkData(ana, bruno, LinkKind.INFLUENCES, 2)
    assert link_id in tab.scene.link_items
    assert positions(service, account) == {ana: (0.0, 0.0), bruno: (400.0, 0.0)}  # not moved
    workspace.undo_stack.undo()
    assert tab.document.links == {} and tab.scene.link_items == {}

    tab.link_action.trigger()  # link mode: no Shift needed
    tab.link_kind.setCurrentIndex(tab.link_kind.findData(LinkKind.ALLIANCE))
    drag(qtbot, tab, card_centre(tab, bruno), card_centre(tab, ana))
    assert [link.data.kind for link in tab.document.links.values()] == [LinkKind.ALLIANCE]


def message_boxes(tab) -> list[QMessageBox]:
    return [box for box in tab.findChildren(QMessageBox) if box.isVisible()]


def test_a_self_link_or_a_reporting_cycle_shows_a_message_and_writes_nothing(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", (0.0, 0.0))
    bruno = person(service, account, "Bruno", (400.0, 0.0))
    service.create_link(account, LinkData(ana, bruno, LinkKind.REPORTS_TO))
    tab = open_tab(qtbot, workspace)
    tab.link_action.trigger()
    centre = card_centre(tab, ana)
    drag(qtbot, tab, centre, centre + scene_offset(tab, 10, 5))
    assert "themselves" in message_boxes(tab)[0].informativeText()
    for box in message_boxes(tab):
        box.close()
    drag(qtbot, tab, card_centre(tab, bruno), card_centre(tab, ana))  # reports-to back: a circle
    assert "circle" in message_boxes(tab)[0].informativeText()
    assert len(tab.document.links) == 1
    assert workspace.undo_stack.count() == 0
    assert positions(service, account) == {ana: (0.0, 0.0), bruno: (400.0, 0.0)}


def test_clicking_an_alert_selects_the_person_it_is_about(qtbot, workspace, service, account):
    person(service, account, "Ana", (0.0, 0.0), stance=Stance.ALLY)
    rival = person(service, account, "Otávio", (400.0, 0.0), stance=Stance.OPPONENT, influence=5)
    tab = open_tab(qtbot, workspace)
    rows = [tab.alerts.index(r) for r in range(tab.alerts.rowCount())]
    (row,) = [i for i in rows if i.data(ALERT_ROLE).kind is AlertKind.INFLUENTIAL_AGAINST_US]
    assert "Otávio (influence 5) is against us." in row.data()
    rect = tab.alerts_view.visualRect(row)
    qtbot.mouseClick(tab.alerts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.scene.selected_people() == [rival]


def test_side_panel_shows_coverage_and_resistance(qtbot, workspace, service, account):
    person(service, account, "Ana", stance=Stance.SPONSOR, influence=3)
    person(service, account, "Otávio", stance=Stance.RESISTANT, influence=1)
    tab = open_tab(qtbot, workspace)
    assert tab.resistance_label.text() == "Resistance: 25%"
    assert tab.coverage_label.text() == "Sponsor coverage: no target area"


def test_alerts_model_passes_qt_model_tester(qtmodeltester, workspace, service, account):
    person(service, account, "Ana")
    model = AlertsModel()
    model.set_alerts(service.account_map(account, _today()).alerts)
    qtmodeltester.check(model)


def test_tab_in_portuguese_shows_translated_labels(qtbot, workspace, service, account):
    install_language("pt_BR")
    person(service, account, "Ana", (0.0, 0.0), buying_role=BuyingRole.USER)
    tab = open_tab(qtbot, workspace)
    labels = [label for _, label, _ in tab.legend.rows()]
    assert {"Patrocinador", "Opositor", "Reporta-se a", "Influencia"} <= set(labels)
    texts = [tab.alerts.index(r).data() for r in range(tab.alerts.rowCount())]
    assert any("Nenhum decisor identificado." in text for text in texts), texts
    assert tab.link_kind.itemText(0) == "Reporta-se a"
