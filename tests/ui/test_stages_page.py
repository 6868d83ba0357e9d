"""Preferences ▸ Pipeline: stages and product lines edited in their tables, each edit one
undoable command, refusals explained in words and nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox

from kamdesk.model.enums import StageOutcome
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    ProductData,
    ProductService,
    StageService,
)
from kamdesk.ui.commands import CreateAccountCommand
from kamdesk.ui.preferences import PreferencesDialog
from kamdesk.ui.preferences.stages_model import ProductColumn, StageColumn
from kamdesk.ui.preferences.stages_page import StagesPage

pytestmark = pytest.mark.usefixtures("english")

DEFAULT_ORDER = ["prospecting", "qualification", "proposal", "negotiation", "won", "lost"]


@pytest.fixture
def stages(workspace) -> StageService:
    return StageService(workspace.portfolio)


@pytest.fixture
def products(workspace) -> ProductService:
    return ProductService(workspace.portfolio)


@pytest.fixture
def opportunities(workspace) -> OpportunityService:
    return OpportunityService(workspace.portfolio)


@pytest.fixture
def stage_ids(stages) -> dict[str, int]:
    return {s.key: s.id for s in stages.list_rows()}


@pytest.fixture
def account(workspace) -> int:
    return workspace.accounts.create(AccountData(name="Agro Cerrado"))


@pytest.fixture
def make_deal(account, opportunities):
    def make(title: str, stage_id: int, **more) -> int:
        data = OpportunityData(account_id=account, title=title, stage_id=stage_id, **more)
        return opportunities.create(data, today=dt.date(2026, 3, 2))

    return make


@pytest.fixture
def page(qtbot, workspace) -> StagesPage:
    shown = StagesPage(workspace)
    qtbot.addWidget(shown)
    shown.resize(760, 520)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


# -- helpers -------------------------------------------------------------------------------


def stage_row(page: StagesPage, key_or_name: str) -> int:
    rows = page.stages_model.rows()
    return next(i for i, s in enumerate(rows) if key_or_name in (s.key, s.name))


def product_row(page: StagesPage, name: str) -> int:
    return next(i for i, p in enumerate(page.products_model.rows()) if p.name == name)


def shown_names(page: StagesPage) -> list[str]:
    model = page.stages_model
    return [model.index(r, StageColumn.NAME).data() for r in range(model.rowCount())]


def stored_order(stages: StageService) -> list[str]:
    return [s.key or s.name for s in stages.list_rows()]


def stored_stage(stages: StageService, stage_id: int):
    return next(s for s in stages.list_rows() if s.id == stage_id)


def open_editor(view, row: int, column: int):
    """Selects the row and opens the cell's editor, as a double-click does."""
    index = view.model().index(row, column)
    view.selectRow(row)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None, "the cell did not open an editor"
    return editor


def finish_editing(qtbot, view, editor) -> None:
    """Waits until the view took the edit (Qt writes it just after Enter) and closed it."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def type_in_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Replaces the cell's text from the keyboard and presses Enter."""
    editor = open_editor(view, row, column)
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    finish_editing(qtbot, view, editor)


def choose_outcome(qtbot, page: StagesPage, row: int, outcome: StageOutcome) -> None:
    """Opens the outcome cell, whose list drops down by itself, and clicks ``outcome``."""
    view = page.stages_view
    combo = open_editor(view, row, StageColumn.OUTCOME)
    assert isinstance(combo, QComboBox)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    item = popup.visualRect(popup.model().index(combo.findData(outcome.value), 0))
    spot = QPoint(item.left() + 8, item.center().y())  # on the text, inside a narrow list
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    finish_editing(qtbot, view, combo)


def stage_problem(page: StagesPage) -> str:
    return page.stage_problems.text() if page.stage_problems.isVisible() else ""


def product_problem(page: StagesPage) -> str:
    return page.product_problems.text() if page.product_problems.isVisible() else ""


# -- the tables ----------------------------------------------------------------------------


def test_item_models_pass_qt_model_tester(qtmodeltester, page, products):
    products.create(ProductData("Silo sensors", "IoT"))
    page.reload()
    qtmodeltester.check(page.stages_model)
    qtmodeltester.check(page.products_model)


def test_page_shows_stages_in_board_order_with_probability_outcome_and_count(
    page, stage_ids, make_deal
):
    make_deal("Silo monitoring", stage_ids["proposal"])
    make_deal("Drone survey", stage_ids["proposal"])
    page.reload()
    model = page.stages_model
    assert shown_names(page) == [
        "Prospecting",
        "Qualification",
        "Proposal",
        "Negotiation",
        "Won",
        "Lost",
    ]
    row = stage_row(page, "proposal")
    assert model.index(row, StageColumn.PROBABILITY).data() == "50%"
    assert model.index(row, StageColumn.OUTCOME).data() == "Open"
    assert model.index(row, StageColumn.OPPORTUNITIES).data() == "2"
    assert model.index(stage_row(page, "won"), StageColumn.OUTCOME).data() == "Won"
    assert not model.flags(model.index(row, StageColumn.OPPORTUNITIES)) & Qt.ItemFlag.ItemIsEditable


def test_preferences_dialog_has_the_pipeline_page_and_its_edits_outlive_it(
    qtbot, workspace, stages
):
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Pipeline" in titles
    page = dialog.tabs.widget(titles.index("Pipeline"))
    assert page is dialog.pipeline_page

    page.stages_view.selectRow(1)
    page.stage_up_button.click()
    dialog.reject()  # Cancel keeps what was written; the main window's Undo takes it back
    assert stored_order(stages)[:2] == ["qualification", "prospecting"]
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    workspace.undo_stack.undo()
    assert stored_order(stages) == DEFAULT_ORDER


# -- rename ----------------------------------------------------------------------------------


def test_renaming_a_stage_in_its_cell_writes_it_and_undo_brings_the_old_name_back(
    qtbot, page, workspace, stages, stage_ids
):
    with qtbot.waitSignal(workspace.pipeline_changed):
        type_in_cell(qtbot, page.stages_view, stage_row(page, "proposal"), 0, "Technical proposal")

    assert stored_stage(stages, stage_ids["proposal"]).name == "Technical proposal"
    assert "Technical proposal" in shown_names(page)
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Rename stage “Proposal” to “Technical proposal”"

    page.undo_button.click()
    assert stored_stage(stages, stage_ids["proposal"]).name == "Proposal"
    assert shown_names(page)[2] == "Proposal"


def test_renaming_to_a_name_in_use_is_refused_with_the_reason_and_writes_nothing(
    qtbot, page, workspace, stages, stage_ids
):
    row = stage_row(page, "negotiation")
    type_in_cell(qtbot, page.stages_view, row, StageColumn.NAME, "won ")
    assert stage_problem(page) == "Negotiation — Name: There is already a stage named “Won”."

    # The built-in names count in Portuguese too, ignoring case and accents.
    type_in_cell(qtbot, page.stages_view, row, StageColumn.NAME, "PROSPECCAO")
    assert "There is already a stage named “Prospecting”." in stage_problem(page)

    assert stored_stage(stages, stage_ids["negotiation"]).name == "Negotiation"
    assert shown_names(page)[row] == "Negotiation"
    assert workspace.undo_stack.count() == 0

    type_in_cell(qtbot, page.stages_view, row, StageColumn.NAME, "Closing")
    assert stage_problem(page) == ""  # a good edit clears the message
    assert stored_stage(stages, stage_ids["negotiation"]).name == "Closing"


def test_an_empty_name_is_refused_and_an_unchanged_one_writes_nothing(
    qtbot, page, workspace, stages, stage_ids
):
    row = stage_row(page, "qualification")
    type_in_cell(qtbot, page.stages_view, row, StageColumn.NAME, "   ")
    assert stage_problem(page) == "Qualification — Name: This field is required."
    type_in_cell(qtbot, page.stages_view, row, StageColumn.NAME, "Qualification")
    assert workspace.undo_stack.count() == 0
    assert stored_stage(stages, stage_ids["qualification"]).name == "Qualification"


# -- probability and outcome -----------------------------------------------------------------


def test_default_probability_edited_in_its_spin_box_and_undone(
    qtbot, page, workspace, stages, stage_ids
):
    row = stage_row(page, "proposal")
    type_in_cell(qtbot, page.stages_view, row, StageColumn.PROBABILITY, "35")

    assert stored_stage(stages, stage_ids["proposal"]).probability == 35
    assert page.stages_model.index(row, StageColumn.PROBABILITY).data() == "35%"
    page.undo_button.click()
    assert stored_stage(stages, stage_ids["proposal"]).probability == 50
    page.redo_button.click()
    assert stored_stage(stages, stage_ids["proposal"]).probability == 35


def test_probability_editor_keeps_to_0_to_100(qtbot, page):
    editor = open_editor(page.stages_view, 0, StageColumn.PROBABILITY)
    assert isinstance(editor, QSpinBox)
    assert (editor.minimum(), editor.maximum()) == (0, 100)


def test_outcome_cannot_change_while_opportunities_are_in_the_stage(
    qtbot, page, workspace, stages, stage_ids, make_deal
):
    make_deal("Silo monitoring", stage_ids["proposal"])
    page.reload()
    row = stage_row(page, "proposal")
    choose_outcome(qtbot, page, row, StageOutcome.WON)

    assert stage_problem(page) == (
        "Proposal — Outcome: Opportunities in this stage: 1. Move them to another stage first."
    )
    assert stored_stage(stages, stage_ids["proposal"]).outcome is StageOutcome.OPEN
    assert page.stages_model.index(row, StageColumn.OUTCOME).data() == "Open"
    assert workspace.undo_stack.count() == 0


def test_outcome_of_an_unused_stage_changes_and_undo_reopens_it(
    qtbot, page, workspace, stages, stage_ids
):
    row = stage_row(page, "negotiation")
    choose_outcome(qtbot, page, row, StageOutcome.LOST)
    assert stored_stage(stages, stage_ids["negotiation"]).outcome is StageOutcome.LOST
    assert page.stages_model.index(row, StageColumn.OUTCOME).data() == "Lost"

    page.undo_button.click()
    assert stored_stage(stages, stage_ids["negotiation"]).outcome is StageOutcome.OPEN


def test_the_last_lost_stage_cannot_become_open(qtbot, page, stages, stage_ids):
    choose_outcome(qtbot, page, stage_row(page, "lost"), StageOutcome.OPEN)
    assert stage_problem(page) == (
        "Lost — Outcome: The pipeline needs at least one won stage and one lost stage."
    )
    assert stored_stage(stages, stage_ids["lost"]).outcome is StageOutcome.LOST


# -- order -----------------------------------------------------------------------------------


def test_move_up_and_down_reorder_the_board_and_undo_restores_the_order(
    qtbot, page, workspace, stages, stage_ids
):
    page.stages_view.selectRow(stage_row(page, "proposal"))
    page.stage_up_button.click()
    assert stored_order(stages)[:3] == ["prospecting", "proposal", "qualification"]
    assert page.selected_stage().id == stage_ids["proposal"]  # the selection follows it

    page.stage_down_button.click()
    page.stage_down_button.click()
    assert stored_order(stages)[:4] == ["prospecting", "qualification", "negotiation", "proposal"]
    assert shown_names(page)[3] == "Proposal"
    assert workspace.undo_stack.count() == 3

    page.undo_button.click()
    assert stored_order(stages)[:3] == ["prospecting", "qualification", "proposal"]
    page.undo_button.click()
    page.undo_button.click()
    assert stored_order(stages) == DEFAULT_ORDER
    assert [s.position for s in stages.list_rows()] == list(range(6))
    assert not page.undo_button.isEnabled()


def test_move_buttons_are_off_at_the_ends_of_the_board(page):
    page.stages_view.selectRow(0)
    assert not page.stage_up_button.isEnabled()
    assert page.stage_down_button.isEnabled()
    page.stages_view.selectRow(page.stages_model.rowCount() - 1)
    assert page.stage_up_button.isEnabled()
    assert not page.stage_down_button.isEnabled()
    page.stages_view.clearSelection()
    assert not page.delete_stage_button.isEnabled()


# -- add and delete --------------------------------------------------------------------------


def test_add_stage_puts_an_open_stage_before_won_and_opens_its_name(qtbot, page, workspace, stages):
    page.add_stage_button.click()

    assert stored_order(stages) == [*DEFAULT_ORDER[:4], "New stage", "won", "lost"]
    added = next(s for s in stages.list_rows() if s.name == "New stage")
    assert (added.outcome, added.probability) == (StageOutcome.OPEN, 75)
    assert page.selected_stage().id == added.id
    editor = page.stages_view.indexWidget(page.stages_model.index(4, StageColumn.NAME))
    assert isinstance(editor, QLineEdit)  # ready to type the real name
    editor.selectAll()
    qtbot.keyClicks(editor, "Contract review")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    finish_editing(qtbot, page.stages_view, editor)
    assert stored_order(stages)[4] == "Contract review"

    page.add_stage_button.click()  # the next one gets a name of its own
    assert "New stage" in stored_order(stages)
    page.undo_button.click()
    page.undo_button.click()
    page.undo_button.click()
    assert stored_order(stages) == DEFAULT_ORDER
    page.redo_button.click()  # the same stage again, with its id
    assert next(s for s in stages.list_rows() if s.name == "New stage").id == added.id


def test_deleting_an_unused_stage_and_undo(qtbot, page, workspace, stages, stage_ids):
    page.stages_view.selectRow(stage_row(page, "negotiation"))
    page.delete_stage_button.click()

    assert page.move_dialog is None  # nothing to ask
    assert "negotiation" not in stored_order(stages)
    assert "Negotiation" not in shown_names(page)
    assert workspace.undo_stack.undoText() == "Delete stage “Negotiation”"

    page.undo_button.click()
    assert stored_order(stages) == DEFAULT_ORDER
    assert stored_stage(stages, stage_ids["negotiation"]).probability == 75


def test_deleting_a_stage_in_use_moves_its_opportunities_where_the_kam_says(
    qtbot, page, workspace, stages, stage_ids, make_deal, opportunities
):
    deals = [
        make_deal("Silo monitoring", stage_ids["proposal"]),
        make_deal("Drones", stage_ids["proposal"]),
    ]
    page.reload()
    page.stages_view.selectRow(stage_row(page, "proposal"))
    page.delete_stage_button.click()

    dialog = page.move_dialog
    assert dialog is not None and dialog.isVisible()
    choices = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert choices == ["Prospecting", "Qualification", "Negotiation"]  # open ones only
    assert dialog.target.currentText() == "Qualification"  # the one just before it
    dialog.target.setCurrentIndex(choices.index("Negotiation"))
    dialog.delete_button.click()

    assert "proposal" not in stored_order(stages)
    assert {opportunities.get(d).stage_id for d in deals} == {stage_ids["negotiation"]}
    negotiation = stage_row(page, "negotiation")
    assert page.stages_model.index(negotiation, StageColumn.OPPORTUNITIES).data() == "2"

    page.undo_button.click()
    assert stored_order(stages) == DEFAULT_ORDER
    assert {opportunities.get(d).stage_id for d in deals} == {stage_ids["proposal"]}
    assert stored_stage(stages, stage_ids["proposal"]).opportunity_count == 2


def test_cancelling_the_move_question_deletes_nothing(
    qtbot, page, workspace, stages, stage_ids, make_deal
):
    make_deal("Silo monitoring", stage_ids["proposal"])
    page.reload()
    page.stages_view.selectRow(stage_row(page, "proposal"))
    page.delete_stage_button.click()
    page.move_dialog.reject()
    assert stored_order(stages) == DEFAULT_ORDER
    assert workspace.undo_stack.count() == 0


def test_a_stage_in_use_without_another_of_its_outcome_is_not_deleted(
    qtbot, page, workspace, stages, stage_ids, make_deal
):
    make_deal("Payroll", stage_ids["won"], win_loss_reason="Best price")
    page.reload()
    page.stages_view.selectRow(stage_row(page, "won"))
    page.delete_stage_button.click()

    assert page.move_dialog is None
    problem = stage_problem(page)
    assert problem.startswith("“Won” holds 1 opportunit")
    assert problem.endswith(
        ", and no other stage has the outcome “Won” to take them. "
        "Add such a stage first, or move the opportunities on the board."
    )
    assert stored_order(stages) == DEFAULT_ORDER
    assert workspace.undo_stack.count() == 0


def test_the_last_lost_stage_is_not_deleted(qtbot, page, workspace, stages):
    page.stages_view.selectRow(stage_row(page, "lost"))
    page.delete_stage_button.click()
    assert stage_problem(page) == (
        "Lost: The pipeline needs at least one won stage and one lost stage."
    )
    assert stored_order(stages) == DEFAULT_ORDER
    assert workspace.undo_stack.count() == 0


# -- products --------------------------------------------------------------------------------


def test_products_add_rename_category_and_undo(qtbot, page, workspace, products):
    page.add_product_button.click()
    view = page.products_view
    editor = view.indexWidget(page.products_model.index(0, ProductColumn.NAME))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Silo sensors")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    finish_editing(qtbot, view, editor)
    type_in_cell(qtbot, view, product_row(page, "Silo sensors"), ProductColumn.CATEGORY, "IoT")

    assert [(p.name, p.category) for p in products.list_rows()] == [("Silo sensors", "IoT")]
    assert page.products_model.index(0, ProductColumn.CATEGORY).data() == "IoT"
    assert workspace.undo_stack.count() == 3

    page.undo_button.click()
    assert [(p.name, p.category) for p in products.list_rows()] == [("Silo sensors", "")]
    page.undo_button.click()
    assert [p.name for p in products.list_rows()] == ["New product line"]
    page.undo_button.click()
    assert products.list_rows() == []
    assert page.products_model.rowCount() == 0


def test_product_rename_to_a_name_in_use_is_refused(qtbot, page, workspace, products):
    products.create(ProductData("Silo sensors", "IoT"))
    products.create(ProductData("Drone survey", "Services"))
    page.reload()
    type_in_cell(
        qtbot,
        page.products_view,
        product_row(page, "Drone survey"),
        ProductColumn.NAME,
        "SILO sensors",
    )
    assert product_problem(page) == (
        "Drone survey — Name: There is already a product named “Silo sensors”."
    )
    assert sorted(p.name for p in products.list_rows()) == ["Drone survey", "Silo sensors"]
    assert workspace.undo_stack.count() == 0


def test_product_rename_that_changes_the_order_keeps_it_selected(qtbot, page, products):
    products.create(ProductData("Alpha", ""))
    beta = products.create(ProductData("Beta", ""))
    page.reload()
    type_in_cell(
        qtbot, page.products_view, product_row(page, "Beta"), ProductColumn.NAME, "Aardvark"
    )
    assert [p.name for p in page.products_model.rows()] == ["Aardvark", "Alpha"]
    assert page.selected_product().id == beta


def test_deleting_an_unused_product_asks_nothing(qtbot, page, workspace, products):
    products.create(ProductData("Silo sensors", "IoT"))
    page.reload()
    page.products_view.selectRow(0)
    page.delete_product_button.click()
    assert page.confirm_box is None
    assert products.list_rows() == []
    page.undo_button.click()
    assert [p.name for p in products.list_rows()] == ["Silo sensors"]


def test_deleting_a_product_in_use_says_how_many_lose_it_and_undo_gives_it_back(
    qtbot, page, workspace, products, stage_ids, make_deal, opportunities
):
    sensors = products.create(ProductData("Silo sensors", "IoT"))
    deals = [
        make_deal("Silo monitoring", stage_ids["proposal"], product_id=sensors),
        make_deal("Silo expansion", stage_ids["qualification"], product_id=sensors),
    ]
    page.reload()
    page.products_view.selectRow(0)
    page.delete_product_button.click()

    box = page.confirm_box
    assert box is not None and box.isVisible()
    # (“opportunities” once the English plural forms are in the translations)
    assert box.text().startswith("“Silo sensors” is the product line of 2 opportunit")
    assert "without a product line" in box.informativeText()
    page.confirm_delete_button.click()

    assert products.list_rows() == []
    assert [opportunities.get(d).product_id for d in deals] == [None, None]
    page.undo_button.click()
    assert [p.id for p in products.list_rows()] == [sensors]
    assert [opportunities.get(d).product_id for d in deals] == [sensors, sensors]


def test_cancelling_the_product_question_deletes_nothing(
    qtbot, page, workspace, products, stage_ids, make_deal
):
    sensors = products.create(ProductData("Silo sensors", "IoT"))
    make_deal("Silo monitoring", stage_ids["proposal"], product_id=sensors)
    page.reload()
    page.products_view.selectRow(0)
    page.delete_product_button.click()
    page.confirm_box.reject()
    assert [p.id for p in products.list_rows()] == [sensors]
    assert workspace.undo_stack.count() == 0


# -- undo within the visit -------------------------------------------------------------------


def test_undo_on_the_page_reaches_only_this_visits_edits(qtbot, workspace, stages):
    workspace.undo_stack.push(CreateAccountCommand(workspace, AccountData(name="Older edit")))
    page = StagesPage(workspace)
    qtbot.addWidget(page)
    assert not page.undo_button.isEnabled()
    assert not page.redo_button.isEnabled()

    page.stages_view.selectRow(1)
    page.stage_up_button.click()
    assert page.undo_button.isEnabled()
    assert page.undo_button.toolTip() == "Move stage “Qualification” up"
    page.undo_button.click()
    assert not page.undo_button.isEnabled()
    assert page.redo_button.isEnabled()
    page.undo()  # the older edit stays
    assert [a.name for a in workspace.account_rows()] == ["Older edit"]
    page.redo_button.click()
    assert stored_order(stages)[:2] == ["qualification", "prospecting"]


def test_every_write_says_pipeline_changed(qtbot, page, workspace):
    page.stages_view.selectRow(2)
    with qtbot.waitSignal(workspace.pipeline_changed):
        page.stage_down_button.click()
    with qtbot.waitSignal(workspace.pipeline_changed):
        page.undo_button.click()
