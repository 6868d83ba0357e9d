"""The Pipeline board driven like a KAM: one column per stage with its totals, cards dropped on
another column move (closing asks the win/loss reason), and one Undo puts everything back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QDrag, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kamdesk.model.enums import ForecastCategory, OpportunityType, StageOutcome
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    StageData,
    StageService,
)
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import install_language
from kamdesk.ui.pipeline.board import PipelineBoard
from kamdesk.ui.pipeline.cards import StageCardsModel, ids_from_mime, initials, opportunity_mime
from kamdesk.ui.pipeline.close_dialog import CloseDialog
from tests.services.support import all_rows

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date.today()


@pytest.fixture
def service(workspace):
    return OpportunityService(workspace.portfolio)


@pytest.fixture
def stage_service(workspace):
    return StageService(workspace.portfolio)


@pytest.fixture
def stages(stage_service):
    """The built-in stages by key: prospecting … negotiation, won, lost."""
    return {s.key: s for s in stage_service.list_rows()}


@pytest.fixture
def account(workspace):
    return workspace.accounts.create(AccountData(name="Agro Cerrado"))


def deal(service, account, title, stage, **fields) -> int:
    data = OpportunityData(account_id=account, title=title, stage_id=stage.id, **fields)
    return service.create(data)


def load(board, service, stage_service) -> None:
    """What the tab does: read through the services, hand the board the rows."""
    board.set_content(stage_service.list_rows(), service.list_rows())


@pytest.fixture
def board(qtbot, workspace, service, stage_service):
    board = PipelineBoard(workspace, service)
    qtbot.addWidget(board)
    board.resize(1500, 760)
    board.show()
    qtbot.waitExposed(board)
    load(board, service, stage_service)
    # As the tab will: every write reloads the board.
    workspace.pipeline_changed.connect(lambda: load(board, service, stage_service))
    return board


def card_ids(board, stage) -> list[int]:
    return [r.id for r in board.column(stage.id).model.rows()]


def header_texts(column) -> tuple[str, str, str, str]:
    header = column.header
    return (
        header.name_label.text(),
        header.count_label.text(),
        header.total_label.text(),
        header.weighted_label.text(),
    )


def drop(qtbot, board, ids, stage) -> None:
    """A drop as Qt delivers it: enter, then drop, on the column (its card list does not take
    drops, so they reach the column wherever the pointer is)."""
    column = board.column(stage.id)
    assert not column.view.viewport().acceptDrops()
    mime = opportunity_mime(ids)
    centre = QPointF(column.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(column, enter)
    assert enter.isAccepted()
    assert column.drop_target
    event = QDropEvent(centre, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(column, event)
    assert event.isAccepted()
    assert not column.drop_target
    qtbot.wait(1)  # the drop is handled once Qt's drag loop has returned


def close_dialog(qtbot, board) -> CloseDialog:
    qtbot.waitUntil(lambda: board.close_dialog is not None and board.close_dialog.isVisible())
    return board.close_dialog


def press(qtbot, dialog, button) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def type_reason(qtbot, dialog, text) -> None:
    edit = dialog.reason_field.widget
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def click_card(qtbot, board, opportunity_id, modifier=Qt.KeyboardModifier.NoModifier):
    column, index = locate(board, opportunity_id)
    position = column.view.visualRect(index).center()
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier, position)


def locate(board, opportunity_id):
    for column in board.columns:
        for position, row in enumerate(column.model.rows()):
            if row.id == opportunity_id:
                return column, column.model.index(position)
    raise AssertionError(f"no card for {opportunity_id}")


# -- columns and cards -----------------------------------------------------------------------


def test_one_column_per_stage_in_board_order_with_count_and_totals(
    qtbot, workspace, service, stage_service, stages, account
):
    deal(service, account, "Irrigação", stages["proposal"], one_time_value=Decimal("1000"))
    deal(
        service,
        account,
        "Sensores",
        stages["proposal"],
        one_time_value=Decimal("200.50"),
        recurring_value=Decimal("100"),  # value = 200.50 + 12 × 100 = 1,400.50
        probability=20,
    )
    deal(
        service,
        account,
        "Frota",
        stages["won"],
        one_time_value=Decimal("500"),
        win_loss_reason="Preço",
    )
    board = PipelineBoard(workspace, service)
    qtbot.addWidget(board)
    load(board, service, stage_service)

    names = [c.header.name_label.text() for c in board.columns]
    assert names == ["Prospecting", "Qualification", "Proposal", "Negotiation", "Won", "Lost"]
    # Proposal: 1,000 × 50 % (its default) + 1,400.50 × 20 % = 500 + 280.10
    assert header_texts(board.column(stages["proposal"].id)) == (
        "Proposal",
        "2",
        "R$2,400.50",
        "Weighted: R$780.10",
    )
    assert header_texts(board.column(stages["prospecting"].id)) == (
        "Prospecting",
        "0",
        "R$0.00",
        "Weighted: R$0.00",
    )
    assert header_texts(board.column(stages["won"].id)) == ("Won", "1", "R$500.00", "Closed as won")
    header = board.column(stages["proposal"].id).header
    assert header.count_label.toolTip() == "2 opportunities"


def test_headers_speak_portuguese_with_real_money(
    qtbot, workspace, service, stage_service, stages, account
):
    deal(service, account, "Irrigação", stages["negotiation"], one_time_value=Decimal("1234.5"))
    install_language("pt_BR")
    board = PipelineBoard(workspace, service)
    qtbot.addWidget(board)
    load(board, service, stage_service)

    name, count, total, _weighted = header_texts(board.column(stages["negotiation"].id))
    assert (name, count, total.replace("\N{NO-BREAK SPACE}", " ")) == (
        "Negociação",
        "1",
        "R$ 1.234,50",
    )
    assert board.column(stages["won"].id).header.name_label.text() == "Ganha"


def test_each_card_sits_in_the_column_of_its_stage(board, service, stage_service, stages, account):
    early = deal(service, account, "Early", stages["proposal"], expected_close=TODAY)
    late = deal(
        service, account, "Late", stages["proposal"], expected_close=TODAY + dt.timedelta(days=9)
    )
    new = deal(service, account, "New", stages["prospecting"])
    load(board, service, stage_service)

    assert card_ids(board, stages["prospecting"]) == [new]
    assert card_ids(board, stages["proposal"]) == [early, late]  # nearest close first
    assert card_ids(board, stages["won"]) == []
    row = board.column(stages["proposal"].id).model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Early" in row and "Agro Cerrado" in row


def test_the_column_model_passes_the_model_tester(qtmodeltester, service, stages, account):
    deal(service, account, "Irrigação", stages["proposal"])
    deal(service, account, "Sensores", stages["proposal"])
    model = StageCardsModel()
    model.set_rows(service.list_rows())
    qtmodeltester.check(model)


def test_the_board_shows_five_thousand_cards(board, service, stage_service, stages, account):
    """The board never queries: the tab's rows, however many, are grouped into columns."""
    deal(service, account, "Modelo", stages["prospecting"], one_time_value=Decimal("10"))
    template = service.list_rows()[0]
    open_stages = [s for s in stage_service.list_rows() if s.outcome is StageOutcome.OPEN]
    rows = []
    for n in range(5000):
        stage = open_stages[n % len(open_stages)]
        rows.append(
            replace(
                template,
                id=n + 1,
                title=f"Oportunidade {n}",
                stage_id=stage.id,
                stage_key=stage.key,
                stage_name=stage.name,
                stage_position=stage.position,
                effective_probability=stage.probability,
            )
        )
    board.set_content(stage_service.list_rows(), rows)

    assert [c.model.rowCount() for c in board.columns] == [1250, 1250, 1250, 1250, 0, 0]
    assert header_texts(board.column(stages["proposal"].id))[1:3] == ("1250", "R$12,500.00")
    board.select([5000])
    column, index = locate(board, 5000)
    assert column.stage.id == stages["negotiation"].id
    assert column.view.viewport().rect().intersects(column.view.visualRect(index))
    assert board.selected_ids() == [5000]


# -- selection and opening -------------------------------------------------------------------


def test_clicking_cards_selects_them_one_column_at_a_time(
    qtbot, board, service, stage_service, stages, account
):
    a = deal(service, account, "A", stages["prospecting"])
    b = deal(service, account, "B", stages["proposal"])
    c = deal(service, account, "C", stages["proposal"])
    load(board, service, stage_service)
    seen = []
    board.selection_changed.connect(seen.append)

    click_card(qtbot, board, a)
    click_card(qtbot, board, b)
    assert board.selected_ids() == [b]
    click_card(qtbot, board, c, Qt.KeyboardModifier.ControlModifier)
    click_card(qtbot, board, a, Qt.KeyboardModifier.ControlModifier)
    assert board.selected_ids() == [a, b, c]
    assert seen[:2] == [[a], [b]] and seen[-1] == [a, b, c]


def test_selection_survives_a_reload(board, service, stage_service, stages, account):
    a = deal(service, account, "A", stages["prospecting"])
    board_ids = [a]
    load(board, service, stage_service)
    board.select(board_ids)
    load(board, service, stage_service)
    assert board.selected_ids() == [a]


def test_double_click_and_enter_open_the_card(
    qtbot, board, service, stage_service, stages, account
):
    a = deal(service, account, "A", stages["prospecting"])
    load(board, service, stage_service)
    column, index = locate(board, a)
    position = column.view.visualRect(index).center()
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    with qtbot.waitSignal(board.opportunity_activated) as opened:
        qtbot.mouseDClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened.args == [a]
    board.select([a])
    column.view.setFocus()
    with qtbot.waitSignal(board.opportunity_activated) as opened:
        qtbot.keyClick(column.view, Qt.Key.Key_Return)
    assert opened.args == [a]


def test_left_and_right_arrows_go_to_the_next_column(
    qtbot, board, service, stage_service, stages, account
):
    a = deal(service, account, "A", stages["prospecting"])
    b = deal(service, account, "B", stages["qualification"])
    load(board, service, stage_service)
    board.select([a])
    column, _index = locate(board, a)
    column.view.setFocus()
    qtbot.keyClick(column.view, Qt.Key.Key_Right)
    assert board.selected_ids() == [b]


# -- moving to an open stage -----------------------------------------------------------------


def test_drop_on_another_stage_moves_the_card_records_history_and_undo_restores_it(
    qtbot, workspace, board, service, stage_service, stages, account
):
    moved = deal(service, account, "Irrigação", stages["prospecting"], probability=30)
    load(board, service, stage_service)
    before = service.list_rows()
    history_before = service.history(moved)

    drop(qtbot, board, [moved], stages["proposal"])

    qtbot.waitUntil(lambda: service.get(moved).stage_id == stages["proposal"].id)
    assert card_ids(board, stages["proposal"]) == [moved]
    assert card_ids(board, stages["prospecting"]) == []
    assert service.get(moved).probability is None  # the new stage's default applies
    history = service.history(moved)
    assert len(history) == len(history_before) + 1
    assert history[-1].stage_id == stages["proposal"].id
    assert history[-1].changed_at.date() == TODAY
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Move “Irrigação” to Proposal"
    assert board.selected_ids() == []

    workspace.undo_stack.undo()
    assert service.list_rows() == before
    assert service.history(moved) == history_before
    assert card_ids(board, stages["prospecting"]) == [moved]

    workspace.undo_stack.redo()
    assert service.get(moved).stage_id == stages["proposal"].id
    assert card_ids(board, stages["proposal"]) == [moved]


def test_drop_on_its_own_column_does_nothing(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["proposal"])
    load(board, service, stage_service)
    before = all_rows(workspace.portfolio)

    drop(qtbot, board, [card], stages["proposal"])
    qtbot.wait(20)

    assert workspace.undo_stack.count() == 0
    assert board.close_dialog is None
    assert all_rows(workspace.portfolio) == before


def test_a_drag_from_another_application_is_refused(qtbot, board, stages):
    mime = QMimeData()
    mime.setText("[1, 2]")
    column = board.column(stages["proposal"].id)
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(column, enter)
    assert not enter.isAccepted()
    assert ids_from_mime(mime) == []


def test_pressing_and_dragging_a_card_carries_the_selected_cards(
    qtbot, monkeypatch, workspace, board, service, stage_service, stages, account
):
    """Qt's drag loop blocks, so QDrag.exec is replaced by “drop on Negotiation”."""
    a = deal(service, account, "A", stages["prospecting"])
    b = deal(service, account, "B", stages["prospecting"])
    load(board, service, stage_service)
    carried = []

    def exec_(drag, *actions):
        carried.append(ids_from_mime(drag.mimeData()))
        drop(qtbot, board, carried[-1], stages["negotiation"])
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    board.select([a, b])
    column, index = locate(board, b)
    viewport = column.view.viewport()
    start = column.view.visualRect(index).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(step * 12, step * 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 20))

    assert carried == [[a, b]]
    qtbot.waitUntil(lambda: card_ids(board, stages["negotiation"]) == [a, b])
    assert workspace.undo_stack.count() == 1


# -- several cards at once -------------------------------------------------------------------


def test_dropping_three_cards_is_one_undo_step(
    qtbot, workspace, board, service, stage_service, stages, account
):
    ids = [deal(service, account, f"Deal {n}", stages["prospecting"]) for n in range(3)]
    stay = deal(service, account, "Stays", stages["prospecting"])
    load(board, service, stage_service)
    before = all_rows(workspace.portfolio)
    reloads = []
    workspace.pipeline_changed.connect(lambda: reloads.append(1))

    drop(qtbot, board, ids, stages["proposal"])

    qtbot.waitUntil(lambda: card_ids(board, stages["proposal"]) == ids)
    assert card_ids(board, stages["prospecting"]) == [stay]
    assert len(reloads) == 1  # one reload of the tab, not one per card
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Move 3 opportunities to Proposal"
    assert all(len(service.history(i)) == 2 for i in ids)

    workspace.undo_stack.undo()
    assert all_rows(workspace.portfolio) == before
    assert card_ids(board, stages["prospecting"]) == [*ids, stay]
    assert len(reloads) == 2

    workspace.undo_stack.redo()
    assert [service.get(i).stage_id for i in ids] == [stages["proposal"].id] * 3
    assert card_ids(board, stages["proposal"]) == ids


def test_cards_already_in_the_target_stage_are_left_alone(
    qtbot, workspace, board, service, stage_service, stages, account
):
    there = deal(service, account, "There", stages["proposal"])
    coming = deal(service, account, "Coming", stages["prospecting"])
    load(board, service, stage_service)

    drop(qtbot, board, [there, coming], stages["proposal"])

    qtbot.waitUntil(lambda: workspace.undo_stack.count() == 1)
    assert workspace.undo_stack.undoText() == "Move “Coming” to Proposal"
    assert len(service.history(there)) == 1


# -- closing ---------------------------------------------------------------------------------


def test_drop_on_won_asks_the_reason_and_closes_the_deal(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["negotiation"])
    load(board, service, stage_service)
    before = service.list_rows()

    drop(qtbot, board, [card], stages["won"])
    dialog = close_dialog(qtbot, board)
    assert dialog.question.text() == "Why was “Irrigação” won?"
    assert dialog.reason() == ""
    assert not dialog.for_the_rest.isVisible()

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)  # blank: refused, stays open
    assert dialog.isVisible()
    assert (
        dialog.reason_field.problem == "Say why the opportunity was won or lost before closing it."
    )
    assert workspace.undo_stack.count() == 0

    type_reason(qtbot, dialog, "Best total cost")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    qtbot.waitUntil(lambda: service.get(card).stage_id == stages["won"].id)
    closed = service.get(card)
    assert closed.win_loss_reason == "Best total cost"
    assert closed.forecast_category == ForecastCategory.CLOSED
    assert service.list_rows()[0].closed_at == TODAY
    assert service.history(card)[-1].stage_id == stages["won"].id
    assert card_ids(board, stages["won"]) == [card]
    assert board.close_dialog is None

    workspace.undo_stack.undo()
    assert service.list_rows() == before


def test_cancelling_the_reason_writes_nothing(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["negotiation"])
    load(board, service, stage_service)
    before = all_rows(workspace.portfolio)

    drop(qtbot, board, [card], stages["lost"])
    dialog = close_dialog(qtbot, board)
    assert dialog.question.text() == "Why was “Irrigação” lost?"
    type_reason(qtbot, dialog, "Price")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    qtbot.waitUntil(lambda: board.close_dialog is None)
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0
    assert card_ids(board, stages["negotiation"]) == [card]
    drop(qtbot, board, [card], stages["lost"])  # the board takes the next drop
    close_dialog(qtbot, board).reject()


def test_the_reason_typed_while_open_is_offered(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(
        service, account, "Irrigação", stages["negotiation"], win_loss_reason="Sponsor in finance"
    )
    load(board, service, stage_service)

    drop(qtbot, board, [card], stages["won"])
    dialog = close_dialog(qtbot, board)
    assert dialog.reason() == "Sponsor in finance"
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    qtbot.waitUntil(lambda: service.get(card).stage_id == stages["won"].id)
    assert service.get(card).win_loss_reason == "Sponsor in finance"


def test_from_won_to_lost_asks_a_new_reason(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["won"], win_loss_reason="Best price")
    load(board, service, stage_service)

    drop(qtbot, board, [card], stages["lost"])
    dialog = close_dialog(qtbot, board)
    assert dialog.reason() == ""  # why it was won does not say why it was lost
    type_reason(qtbot, dialog, "Best price")  # the same words are still a given reason
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    qtbot.waitUntil(lambda: service.get(card).stage_id == stages["lost"].id)
    assert service.get(card).forecast_category == ForecastCategory.OMITTED


def test_reopening_a_won_deal_needs_no_reason(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["won"], win_loss_reason="Best price")
    load(board, service, stage_service)

    drop(qtbot, board, [card], stages["negotiation"])

    qtbot.waitUntil(lambda: service.get(card).stage_id == stages["negotiation"].id)
    assert board.close_dialog is None
    assert service.get(card).forecast_category == ForecastCategory.PIPELINE


def test_several_cards_to_lost_ask_each_reason_or_one_for_all(
    qtbot, workspace, board, service, stage_service, stages, account
):
    ids = [deal(service, account, f"Deal {n}", stages["proposal"]) for n in range(3)]
    load(board, service, stage_service)

    drop(qtbot, board, ids, stages["lost"])
    first = close_dialog(qtbot, board)
    assert first.question.text() == "Why was “Deal 0” lost?"
    assert first.for_the_rest.text() == "Use this reason for the other 2 opportunities"
    type_reason(qtbot, first, "Budget cut")
    press(qtbot, first, QDialogButtonBox.StandardButton.Ok)
    second = close_dialog(qtbot, board)
    assert second is not first
    assert second.question.text() == "Why was “Deal 1” lost?"
    type_reason(qtbot, second, "Went with the incumbent")
    second.for_the_rest.setChecked(True)
    press(qtbot, second, QDialogButtonBox.StandardButton.Ok)

    qtbot.waitUntil(lambda: workspace.undo_stack.count() == 1)
    assert [service.get(i).win_loss_reason for i in ids] == [
        "Budget cut",
        "Went with the incumbent",
        "Went with the incumbent",
    ]
    assert workspace.undo_stack.undoText() == "Move 3 opportunities to Lost"
    workspace.undo_stack.undo()
    assert [service.get(i).stage_id for i in ids] == [stages["proposal"].id] * 3
    assert [service.get(i).win_loss_reason for i in ids] == ["", "", ""]


def test_cancelling_the_second_reason_moves_none_of_the_cards(
    qtbot, workspace, board, service, stage_service, stages, account
):
    ids = [deal(service, account, f"Deal {n}", stages["proposal"]) for n in range(2)]
    load(board, service, stage_service)
    before = all_rows(workspace.portfolio)

    drop(qtbot, board, ids, stages["won"])
    first = close_dialog(qtbot, board)
    type_reason(qtbot, first, "Price")
    press(qtbot, first, QDialogButtonBox.StandardButton.Ok)
    second = close_dialog(qtbot, board)
    press(qtbot, second, QDialogButtonBox.StandardButton.Cancel)

    qtbot.waitUntil(lambda: board.close_dialog is None)
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0


# -- refused moves ---------------------------------------------------------------------------


def test_a_stage_deleted_meanwhile_refuses_the_drop_and_says_why(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["prospecting"])
    extra = stage_service.create(StageData(name="Piloto", probability=60))
    load(board, service, stage_service)
    stage_service.delete(extra)  # elsewhere, before the board read again
    before = all_rows(workspace.portfolio)

    drop(qtbot, board, [card], stage_service_row(board, extra))

    qtbot.waitUntil(lambda: board.findChild(QMessageBox, "messageBox") is not None)
    box = board.findChild(QMessageBox, "messageBox")
    assert box.text() == "Nothing was moved to Piloto."
    assert "“Irrigação”: This pipeline stage no longer exists" in box.informativeText()
    assert all_rows(workspace.portfolio) == before
    assert workspace.undo_stack.count() == 0
    box.close()


def stage_service_row(board, stage_id):
    return board.column(stage_id).stage


# -- the keyboard way ------------------------------------------------------------------------


def test_context_menu_moves_the_selected_cards(
    qtbot, workspace, board, service, stage_service, stages, account
):
    ids = [deal(service, account, f"Deal {n}", stages["prospecting"]) for n in range(2)]
    load(board, service, stage_service)
    delete = QAction("Delete", board)
    board.card_actions = [delete]
    board.select(ids)
    column, index = locate(board, ids[0])
    column.view.setFocus()
    position = column.view.visualRect(index).center()  # the Menu key goes to the list
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, position, column.view.mapToGlobal(position)
    )
    QApplication.sendEvent(column.view, event)
    qtbot.waitUntil(lambda: board.context_menu is not None and board.context_menu.isVisible())
    move_menu = board.context_menu.findChild(type(board.context_menu), "moveToMenu")
    actions = {a.text(): a for a in move_menu.actions()}
    assert list(actions) == [
        "Prospecting",
        "Qualification",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    assert not actions["Prospecting"].isEnabled()  # where they already are

    assert board.context_menu.actions()[-1] is delete  # the tab's own actions follow

    actions["Qualification"].trigger()
    board.context_menu.close()

    qtbot.waitUntil(lambda: card_ids(board, stages["qualification"]) == ids)
    assert workspace.undo_stack.undoText() == "Move 2 opportunities to Qualification"


def test_context_menu_to_won_asks_the_reason(
    qtbot, workspace, board, service, stage_service, stages, account
):
    card = deal(service, account, "Irrigação", stages["negotiation"])
    load(board, service, stage_service)
    menu = board.build_context_menu([card])
    move = next(a for a in menu.findChild(type(menu), "moveToMenu").actions() if a.text() == "Won")
    move.trigger()

    dialog = close_dialog(qtbot, board)
    type_reason(qtbot, dialog, "Pilot convinced the board")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: service.get(card).stage_id == stages["won"].id)


# -- small pieces ----------------------------------------------------------------------------


def test_owner_initials():
    assert initials("Ana Souza") == "AS"
    assert initials("ana maria de souza") == "AS"
    assert initials("Ana") == "A"
    assert initials("  ") == ""


def test_drag_payload_round_trips_and_ignores_garbage():
    assert ids_from_mime(opportunity_mime([3, 1, 2])) == [3, 1, 2]
    broken = opportunity_mime([])
    broken.setData("application/x-kamdesk-opportunity-ids", b"{not json")
    assert ids_from_mime(broken) == []


def red_pixels(board, opportunity_id) -> int:
    column, index = locate(board, opportunity_id)
    image = column.view.viewport().grab(column.view.visualRect(index)).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == ERROR_TEXT.name()
    )


def test_an_open_card_past_its_close_date_shows_the_date_in_red(
    qtbot, board, service, stage_service, stages, account
):
    """Also paints every other kind of card: no next step, no owner or date, won, lost."""
    due = deal(service, account, "Due", stages["proposal"], expected_close=TODAY, owner="Ana")
    won = deal(service, account, "Won", stages["won"], win_loss_reason="x", expected_close=TODAY)
    deal(service, account, "Undated", stages["proposal"], type=OpportunityType.RENEWAL)
    deal(service, account, "Lost", stages["lost"], win_loss_reason="y", next_step="Call")
    load(board, service, stage_service)
    assert red_pixels(board, due) == 0

    board.today = lambda: TODAY + dt.timedelta(days=1)
    load(board, service, stage_service)
    assert red_pixels(board, due) > 20
    assert red_pixels(board, won) == 0  # a closed deal is not late
