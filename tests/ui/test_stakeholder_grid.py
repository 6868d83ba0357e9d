"""The power/stance grid driven with the mouse: cards sit in the cell of their stance and
influence, and dragging one to another cell changes the person, undoably."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QMessageBox
from stakeholder_support import open_tab, person

from kamdesk.analytics.org_layout import INFLUENCE_ROWS, STANCE_COLUMNS, grid_cell
from kamdesk.model import Stakeholder
from kamdesk.model.enums import Stance
from kamdesk.services.stakeholders import StakeholderData
from kamdesk.ui.stakeholder_map.commands import AddPersonCommand, UpdatePersonCommand
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.grid_view import StanceGridView

pytestmark = pytest.mark.usefixtures("english")


def open_grid(qtbot, workspace, service, account) -> StanceGridView:
    document = MapDocument(service, today=lambda: dt.date(2026, 6, 1))
    document.load(account)
    grid = StanceGridView(workspace, document)
    qtbot.addWidget(grid)
    grid.resize(1200, 800)
    grid.show()
    qtbot.waitExposed(grid)
    grid.fit_all()
    return grid


def expected_cell(grid, stance: Stance, influence: int) -> QRectF:
    """The cell org_layout's geometry gives: column by stance, row by influence."""
    column, row = grid_cell(stance, influence)
    width, height = grid.grid_scene.grid.cell_width, grid.grid_scene.grid.cell_height
    return QRectF(column * width, row * height, width, height)


def stance_and_influence(service, person_id) -> tuple[Stance, int]:
    data = service.person(person_id)
    return data.stance, data.influence


def on_screen(grid, point: QPointF):
    return grid.mapFromScene(point)


def drag(qtbot, grid, start, end):
    """Press, move in two steps, release: on the viewport, in viewport coordinates."""
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def drag_card_to(qtbot, grid, person_id, scene_point: QPointF):
    card = grid.grid_scene.cards[person_id]
    drag(qtbot, grid, on_screen(grid, card.scene_rect().center()), on_screen(grid, scene_point))


def cell_centre(grid, stance, influence) -> QPointF:
    """A point low in the cell, clear of the cards at its top."""
    cell = grid.grid_scene.cell_rect(stance, influence)
    return QPointF(cell.center().x(), cell.bottom() - 6)


def test_each_card_sits_in_the_cell_of_its_stance_and_influence(qtbot, workspace, service, account):
    people = {
        person(service, account, name, stance=stance, influence=influence): (stance, influence)
        for name, stance, influence in [
            ("Helena", Stance.SPONSOR, 5),
            ("Bruno", Stance.ALLY, 4),
            ("Carla", Stance.NEUTRAL, 3),
            ("Davi", Stance.RESISTANT, 2),
            ("Eva", Stance.OPPONENT, 1),
            ("Fábio", Stance.OPPONENT, 5),
            ("Gil", Stance.SPONSOR, 1),
        ]
    }
    grid = open_grid(qtbot, workspace, service, account)
    scene = grid.grid_scene
    assert set(scene.cards) == set(people)
    for person_id, (stance, influence) in people.items():
        card_rect = scene.cards[person_id].scene_rect()
        assert expected_cell(grid, stance, influence).contains(card_rect)
        assert scene.cell_at(card_rect.center()) == (stance, influence)
    helena, *_rest, fabio, gil = people
    # Sponsors at the left, opponents at the right; influence 5 on top, 1 at the bottom.
    assert scene.cards[helena].x() < scene.cards[fabio].x()
    assert scene.cards[helena].y() < scene.cards[gil].y()


def test_cards_in_a_crowded_cell_never_overlap_and_stay_inside_it(
    qtbot, workspace, service, account
):
    crowd = [person(service, account, f"Pessoa {i}", stance=Stance.ALLY) for i in range(11)]
    other = person(service, account, "Zeca", stance=Stance.ALLY, influence=4)
    grid = open_grid(qtbot, workspace, service, account)
    scene = grid.grid_scene
    cell = expected_cell(grid, Stance.ALLY, 3)
    rects = [scene.cards[pid].scene_rect() for pid in crowd]
    assert all(cell.contains(rect) for rect in rects)
    for first, second in itertools.combinations([*rects, scene.cards[other].scene_rect()], 2):
        assert not first.intersects(second)


def test_the_headers_name_the_stances_and_the_influence_levels(qtbot, workspace, service, account):
    person(service, account, "Ana", stance=Stance.SPONSOR)
    grid = open_grid(qtbot, workspace, service, account)
    scene = grid.grid_scene
    titles = [scene.column_headers[stance].title for stance in STANCE_COLUMNS]
    assert titles == ["Sponsor", "Ally", "Neutral", "Resistant", "Opponent"]
    assert scene.column_headers[Stance.SPONSOR].subtitle == "1 person"
    assert scene.column_headers[Stance.ALLY].subtitle.startswith("0 ")
    assert scene.row_headers[5].title == "Influence 5"
    rows = [scene.row_headers[influence].rect() for influence in INFLUENCE_ROWS]
    assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rows))  # 5 on top
    assert scene.row_headers[5].subtitle == "Decides"
    headers = [scene.column_headers[stance].rect() for stance in STANCE_COLUMNS]
    assert all(a.right() < b.left() for a, b in itertools.pairwise(headers))
    assert not grid.grab().isNull()


def test_dragging_a_card_to_another_cell_changes_stance_and_influence_and_undo_restores(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", stance=Stance.NEUTRAL, influence=3)
    bia = person(service, account, "Bia", stance=Stance.ALLY, influence=2)
    grid = open_grid(qtbot, workspace, service, account)
    drag_card_to(qtbot, grid, ana, cell_centre(grid, Stance.SPONSOR, 5))
    assert stance_and_influence(service, ana) == (Stance.SPONSOR, 5)
    assert stance_and_influence(service, bia) == (Stance.ALLY, 2)
    assert workspace.undo_stack.count() == 1
    assert "Ana" in workspace.undo_stack.undoText()
    card = grid.grid_scene.cards[ana]
    assert expected_cell(grid, Stance.SPONSOR, 5).contains(card.scene_rect())
    assert service.account_map(account, dt.date(2026, 6, 1)).person(ana).position is None

    workspace.undo_stack.undo()
    assert stance_and_influence(service, ana) == (Stance.NEUTRAL, 3)
    assert expected_cell(grid, Stance.NEUTRAL, 3).contains(card.scene_rect())
    workspace.undo_stack.redo()
    assert stance_and_influence(service, ana) == (Stance.SPONSOR, 5)


def test_a_drop_in_the_same_column_changes_only_the_influence(qtbot, workspace, service, account):
    ana = person(service, account, "Ana", stance=Stance.RESISTANT, influence=2)
    grid = open_grid(qtbot, workspace, service, account)
    drag_card_to(qtbot, grid, ana, cell_centre(grid, Stance.RESISTANT, 4))
    assert stance_and_influence(service, ana) == (Stance.RESISTANT, 4)
    workspace.undo_stack.undo()
    assert stance_and_influence(service, ana) == (Stance.RESISTANT, 2)


def test_a_drop_in_the_same_cell_or_outside_the_grid_snaps_back_and_writes_nothing(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", stance=Stance.ALLY, influence=4)
    grid = open_grid(qtbot, workspace, service, account)
    scene = grid.grid_scene
    card = scene.cards[ana]
    home = card.pos()
    same_cell = cell_centre(grid, Stance.ALLY, 4)
    above_the_grid = scene.column_headers[Stance.OPPONENT].rect().center()
    left_of_the_grid = scene.row_headers[1].rect().center()
    for target in (same_cell, above_the_grid, left_of_the_grid):
        drag_card_to(qtbot, grid, ana, target)
        assert card.pos() == home
        assert stance_and_influence(service, ana) == (Stance.ALLY, 4)
        assert workspace.undo_stack.count() == 0
        assert not any(cell.drop_target for cell in scene.cells.values())


def test_dragging_several_selected_cards_moves_them_all_in_one_undo_step(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", stance=Stance.NEUTRAL, influence=3)
    bia = person(service, account, "Bia", stance=Stance.OPPONENT, influence=1)
    grid = open_grid(qtbot, workspace, service, account)
    grid.select_people([ana, bia])
    drag_card_to(qtbot, grid, ana, cell_centre(grid, Stance.ALLY, 4))
    assert stance_and_influence(service, ana) == (Stance.ALLY, 4)
    assert stance_and_influence(service, bia) == (Stance.ALLY, 4)
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert stance_and_influence(service, ana) == (Stance.NEUTRAL, 3)
    assert stance_and_influence(service, bia) == (Stance.OPPONENT, 1)


def test_a_change_the_service_refuses_is_explained_and_writes_nothing(
    qtbot, workspace, service, account
):
    # An address saved before the check existed: any edit of this person is refused.
    with workspace.portfolio.session() as session:
        row = Stakeholder(account_id=account, name="Ana", email="ana(at)agro", influence=3)
        session.add(row)
        session.flush()
        ana = row.id
    grid = open_grid(qtbot, workspace, service, account)
    card = grid.grid_scene.cards[ana]
    home = card.pos()
    drag_card_to(qtbot, grid, ana, cell_centre(grid, Stance.SPONSOR, 5))
    boxes = [box for box in grid.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and "Ana" in boxes[0].text()
    assert "ana(at)agro" in boxes[0].informativeText()
    assert stance_and_influence(service, ana) == (Stance.NEUTRAL, 3)
    assert workspace.undo_stack.count() == 0
    assert card.pos() == home


def test_the_grid_follows_the_document(qtbot, workspace, service, account):
    ana = person(service, account, "Ana", stance=Stance.ALLY, influence=2)
    grid = open_grid(qtbot, workspace, service, account)
    document, scene = grid.document, grid.grid_scene

    workspace.undo_stack.push(
        AddPersonCommand(
            workspace, document, StakeholderData(name="Bia", stance=Stance.OPPONENT), None
        )
    )
    (bia,) = set(scene.cards) - {ana}
    assert expected_cell(grid, Stance.OPPONENT, 3).contains(scene.cards[bia].scene_rect())

    workspace.undo_stack.push(
        UpdatePersonCommand(workspace, document, ana, "Ana", {"stance": Stance.SPONSOR})
    )
    assert expected_cell(grid, Stance.SPONSOR, 2).contains(scene.cards[ana].scene_rect())
    assert scene.column_headers[Stance.SPONSOR].subtitle.startswith("1 ")

    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert set(scene.cards) == {ana}
    assert expected_cell(grid, Stance.ALLY, 2).contains(scene.cards[ana].scene_rect())

    document.load(None)
    assert scene.cards == {}
    document.load(account)
    assert set(scene.cards) == {ana}


def test_selection_is_reported_and_can_be_set_without_an_echo(qtbot, workspace, service, account):
    ana = person(service, account, "Ana", stance=Stance.ALLY)
    bia = person(service, account, "Bia", stance=Stance.SPONSOR)
    grid = open_grid(qtbot, workspace, service, account)
    reported = []
    grid.selection_changed_people.connect(reported.append)

    grid.select_people([bia, ana])
    assert grid.selected_people() == sorted([ana, bia])
    assert reported == []  # set by the tab: no echo back to it

    card = grid.grid_scene.cards[ana]
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(grid, card.scene_rect().center())
    )
    assert reported[-1] == [ana]


def test_a_thousand_people_each_get_their_cell_and_an_edit_moves_one_card(
    qtbot, workspace, service, account
):
    """Speed is measured in benchmarks/bench_stakeholder_map.py, not here."""
    with workspace.portfolio.session() as session:
        session.add_all(
            Stakeholder(
                account_id=account,
                name=f"Pessoa {index:04d}",
                stance=STANCE_COLUMNS[index % 5],
                influence=index % 7 % 5 + 1,
            )
            for index in range(1000)
        )
    grid = open_grid(qtbot, workspace, service, account)
    scene = grid.grid_scene
    assert len(scene.cards) == 1000
    first = min(scene.cards)
    grid.document.update_person(first, {"stance": Stance.SPONSOR, "influence": 5})
    assert expected_cell(grid, Stance.SPONSOR, 5).contains(scene.cards[first].scene_rect())


def test_the_tab_shows_the_grid_and_keeps_its_selection_in_step_with_the_map(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", stance=Stance.SPONSOR, influence=5)
    bruno = person(service, account, "Bruno", stance=Stance.OPPONENT, influence=2)
    tab = open_tab(qtbot, workspace)

    tab.grid_mode_action.trigger()
    assert tab.views.currentWidget() is tab.grid and tab.canvas() is tab.grid
    assert not tab.layout_action.isEnabled() and tab.fit_action.isEnabled()

    tab.grid.grid_scene.cards[bruno].setSelected(True)  # as a click in the grid does
    qtbot.waitUntil(lambda: tab.scene.selected_people() == [bruno])
    assert tab.properties.person_id == bruno

    tab.scene.select_people([ana])  # chosen on the map (or in the list)
    assert tab.grid.selected_people() == [ana]

    tab.map_mode_action.trigger()
    assert tab.canvas() is tab.view and tab.layout_action.isEnabled()


def test_a_hidden_grid_catches_up_when_shown_keeping_the_map_selection(
    qtbot, workspace, service, account
):
    ana = person(service, account, "Ana", stance=Stance.SPONSOR, influence=5)
    tab = open_tab(qtbot, workspace)  # on the map: the grid is hidden
    bruno = tab.document.add_person(account, StakeholderData(name="Bruno"), None)
    tab.document.update_person(ana, {"stance": Stance.OPPONENT})
    assert bruno not in tab.grid.grid_scene.cards  # not followed while hidden

    tab.scene.select_people([ana])
    tab.grid_mode_action.trigger()
    scene = tab.grid.grid_scene
    assert set(scene.cards) == {ana, bruno}
    assert expected_cell(tab.grid, Stance.OPPONENT, 5).contains(scene.cards[ana].scene_rect())
    assert tab.grid.selected_people() == [ana] and tab.scene.selected_people() == [ana]
