"""Preferences: one OK is one undoable change; bad input is explained and nothing is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox

from kamdesk.services.accounts import AccountData
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.settings import SettingsService
from kamdesk.ui.i18n import LANGUAGE_KEY
from kamdesk.ui.preferences import PreferencesDialog
from kamdesk.ui.preferences import dialog as dialog_module
from kamdesk.ui.preferences.criteria_model import CriteriaColumn, CriteriaModel

pytestmark = pytest.mark.usefixtures("test_organization")


@pytest.fixture
def dialog(host, workspace) -> PreferencesDialog:
    shown = PreferencesDialog(workspace, host)
    shown.show()
    return shown


def press_ok(dialog: PreferencesDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def row_of(model: CriteriaModel, key: str) -> int:
    return next(i for i, c in enumerate(model.rows()) if c.key == key)


def set_weight(model: CriteriaModel, row: int, weight: float) -> bool:
    return model.setData(model.index(row, CriteriaColumn.WEIGHT), weight)


def cell(model: CriteriaModel, row: int, column: CriteriaColumn) -> str:
    return model.data(model.index(row, column))


def weight_of(settings, key: str) -> float:
    return next(c.weight for c in settings.icp_criteria if c.key == key)


def choose(field, value) -> None:
    combo = field.widget
    combo.setCurrentIndex(combo.findData(value))


# -- saving and undo --------------------------------------------------------------------


def test_ok_saves_weight_and_fiscal_year_start_to_the_portfolio_file(
    dialog, workspace, portfolio, portfolio_path
):
    model = dialog.criteria_page.model
    set_weight(model, row_of(model, "sector_fit"), 40)
    choose(dialog.general_page.fiscal_year_start, 4)
    press_ok(dialog)

    assert not dialog.isVisible()
    assert weight_of(workspace.settings, "sector_fit") == 40
    assert workspace.settings.fiscal_year_start == 4
    portfolio.close()
    with open_portfolio(portfolio_path) as reopened:
        from_disk = SettingsService(reopened).load()
    assert weight_of(from_disk, "sector_fit") == 40
    assert from_disk.fiscal_year_start == 4


def test_one_undo_takes_back_the_whole_preferences_change(dialog, workspace):
    before = workspace.settings
    model = dialog.criteria_page.model
    set_weight(model, row_of(model, "sector_fit"), 40)
    choose(dialog.general_page.fiscal_year_start, 7)
    dialog.general_page.gross_margin.widget.setValue(42.5)
    press_ok(dialog)
    assert workspace.undo_stack.count() == 1
    assert workspace.settings.gross_margin == Decimal("0.425")

    workspace.undo_stack.undo()
    assert workspace.settings == before


def test_ok_without_changes_pushes_no_command(dialog, workspace):
    press_ok(dialog)
    assert not dialog.isVisible()
    assert workspace.undo_stack.count() == 0


def test_cancel_saves_nothing(dialog, workspace):
    before = SettingsService(workspace.portfolio).load()
    choose(dialog.general_page.fiscal_year_start, 9)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert workspace.undo_stack.count() == 0
    assert SettingsService(workspace.portfolio).load() == before


def test_general_page_saves_owner_currency_margin_and_stale_days(dialog, workspace):
    general = dialog.general_page
    general.owner_name.widget.setText("  Marina Duarte ")
    choose(general.currency, "EUR")
    general.gross_margin.widget.setValue(12.5)
    general.stale_contact_days.widget.setValue(45)
    press_ok(dialog)

    saved = workspace.settings
    assert (saved.owner_name, saved.currency) == ("Marina Duarte", "EUR")
    assert saved.gross_margin == Decimal("0.125")
    assert saved.stale_contact_days == 45


def test_revenue_minimums_show_the_currency_chosen_on_the_general_page(dialog):
    revenue = dialog.segmentation_page.inputs["A"]["min_revenue"]
    assert revenue.prefix().startswith("R$")
    choose(dialog.general_page.currency, "USD")
    assert revenue.prefix().startswith("US$")


# -- ICP criteria -----------------------------------------------------------------------


def test_removing_a_rated_criterion_warns_removes_its_ratings_and_undo_restores_them(
    qtbot, dialog, workspace
):
    account = workspace.accounts.create(
        AccountData(name="Agro Cerrado", icp_ratings={"sector_fit": 4, "business_volume": 5})
    )
    page = dialog.criteria_page
    dialog.tabs.setCurrentWidget(page)
    page.select_row(row_of(page.model, "sector_fit"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)

    assert "sector_fit" not in [c.key for c in page.model.rows()]
    assert page.removal_warning.isVisible()
    assert "1 account" in page.removal_warning.text()
    assert workspace.accounts.get(account).icp_ratings == {"sector_fit": 4, "business_volume": 5}

    press_ok(dialog)
    assert workspace.accounts.get(account).icp_ratings == {"business_volume": 5}
    workspace.undo_stack.undo()
    assert workspace.accounts.get(account).icp_ratings == {"sector_fit": 4, "business_volume": 5}


def test_removing_an_unrated_criterion_needs_no_warning(dialog):
    page = dialog.criteria_page
    page.select_row(row_of(page.model, "offer_fit"))
    page.remove_selected()
    assert page.removal_warning.isHidden()


def test_two_new_criteria_are_saved_with_their_names_and_weights(dialog, workspace):
    page = dialog.criteria_page
    for name, weight in (("Digital maturity", 15), ("ESG policy", 5)):
        page.add_criterion()
        row = page.model.rowCount() - 1
        page.model.setData(page.model.index(row, CriteriaColumn.NAME), name)
        set_weight(page.model, row, weight)
    press_ok(dialog)

    added = [(c.name, c.weight) for c in workspace.settings.icp_criteria if c.key is None]
    assert added == [("Digital maturity", 15), ("ESG policy", 5)]


def test_share_column_follows_weights_live(dialog):
    model = dialog.criteria_page.model
    row = row_of(model, "business_volume")
    assert cell(model, row, CriteriaColumn.SHARE) == "25%"
    set_weight(model, row, 125)  # out of range: refused
    assert cell(model, row, CriteriaColumn.WEIGHT) == "25"
    set_weight(model, row_of(model, "company_size"), 0)
    set_weight(model, row_of(model, "sector_fit"), 0)
    assert cell(model, row, CriteriaColumn.SHARE) == "33.3%"


def test_share_follows_the_weight_editor_while_the_kam_types(dialog):
    page = dialog.criteria_page
    dialog.tabs.setCurrentWidget(page)
    row = row_of(page.model, "business_volume")
    index = page.model.index(row, CriteriaColumn.WEIGHT)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QDoubleSpinBox)
    editor.setValue(0)  # still editing: the editor is open, yet the share already follows
    assert cell(page.model, row, CriteriaColumn.SHARE) == "0%"
    assert cell(page.model, row_of(page.model, "company_size"), CriteriaColumn.SHARE) == "20%"


def test_renamed_built_in_criterion_keeps_its_key_and_shows_the_new_name(dialog, workspace):
    model = dialog.criteria_page.model
    row = row_of(model, "sector_fit")
    assert cell(model, row, CriteriaColumn.NAME) == "Sector"
    assert not model.setData(model.index(row, CriteriaColumn.NAME), "   ")
    model.setData(model.index(row, CriteriaColumn.NAME), "Industry")
    press_ok(dialog)
    renamed = next(c for c in workspace.settings.icp_criteria if c.key == "sector_fit")
    assert renamed.name == "Industry"


def test_move_buttons_reorder_the_criteria(qtbot, dialog, workspace):
    page = dialog.criteria_page
    page.select_row(0)
    assert not page.up_button.isEnabled()
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert [c.key for c in page.model.rows()[:2]] == ["company_size", "business_volume"]
    assert page.selected_row() == 1
    press_ok(dialog)
    assert [c.key for c in workspace.settings.icp_criteria[:2]] == [
        "company_size",
        "business_volume",
    ]


def test_restore_defaults_keeps_the_ids_of_built_in_criteria(dialog, workspace):
    page = dialog.criteria_page
    before = workspace.settings.icp_criteria
    set_weight(page.model, 0, 70)
    page.add_criterion()
    page.restore_defaults()
    assert page.criteria() == before


def test_criteria_model_passes_the_model_tester(qtmodeltester, dialog):
    model = dialog.criteria_page.model
    qtmodeltester.check(model)
    dialog.criteria_page.add_criterion()
    model.move_criterion(0, 1)
    model.remove_criterion(2)
    qtmodeltester.check(model)


# -- invalid input ----------------------------------------------------------------------


def test_all_weights_zero_is_explained_on_the_criteria_page_and_nothing_is_saved(dialog, workspace):
    before = SettingsService(workspace.portfolio).load()
    model = dialog.criteria_page.model
    for row in range(model.rowCount()):
        set_weight(model, row, 0)
    dialog.tabs.setCurrentIndex(0)
    press_ok(dialog)

    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.criteria_page
    assert dialog.criteria_page.problems.isVisible()
    assert "All criterion weights are zero." in dialog.criteria_page.problems.text()
    assert workspace.undo_stack.count() == 0
    assert SettingsService(workspace.portfolio).load() == before


def test_tier_b_stricter_than_a_is_explained_on_the_segmentation_page_and_nothing_is_saved(
    dialog, workspace
):
    before = SettingsService(workspace.portfolio).load()
    grid = dialog.segmentation_page.inputs
    grid["A"]["min_icp"].setValue(50)
    grid["B"]["min_icp"].setValue(80)
    press_ok(dialog)

    problems = dialog.segmentation_page.problems
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.segmentation_page
    assert problems.isVisible()
    assert "Tier A asks for a lower minimum ICP than tier B." in problems.text()
    assert SettingsService(workspace.portfolio).load() == before

    grid["B"]["min_icp"].setValue(45)  # fixed: the next OK goes through and clears the message
    press_ok(dialog)
    assert not dialog.isVisible()
    assert workspace.settings.segmentation.ordered()[1].min_icp == 45


def test_segmentation_edits_and_strategic_floor_are_saved(dialog, workspace):
    page = dialog.segmentation_page
    page.inputs["A"]["min_revenue"].setValue(2_000_000)
    choose(page.strategic_floor, "")
    press_ok(dialog)

    rules = workspace.settings.segmentation
    assert rules.ordered()[0].min_revenue == Decimal(2_000_000)
    assert rules.strategic_floor is None


# -- language and dialog lifetime -------------------------------------------------------


def test_language_change_is_stored_installed_and_retranslates_the_window(
    monkeypatch, workspace, main_window
):
    installed, retranslated = [], []
    monkeypatch.setattr(dialog_module, "install_language", installed.append)
    original = main_window.retranslate
    monkeypatch.setattr(main_window, "retranslate", lambda: (retranslated.append(1), original()))
    dialog = PreferencesDialog(workspace, main_window)
    choose(dialog.general_page.language, "pt_BR")
    dialog.accept()

    assert QSettings().value(LANGUAGE_KEY) == "pt_BR"
    assert installed == ["pt_BR"]
    assert retranslated == [1]
    assert workspace.undo_stack.count() == 0  # the language is the user's, not the portfolio's


def test_unchanged_language_is_not_reinstalled(monkeypatch, dialog):
    installed = []
    monkeypatch.setattr(dialog_module, "install_language", installed.append)
    press_ok(dialog)
    assert installed == []


def test_exec_returns_accepted_and_leaves_the_dialog_to_the_caller(host, workspace):
    dialog = PreferencesDialog(workspace, host)
    choose(dialog.general_page.fiscal_year_start, 2)
    QTimer.singleShot(0, lambda: press_ok(dialog))
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert shiboken6.isValid(dialog)
    assert workspace.settings.fiscal_year_start == 2


def test_open_does_not_block_and_the_dialog_deletes_itself_when_closed(qtbot, host, workspace):
    dialog = PreferencesDialog(workspace, host)
    dialog.open()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.destroyed):
        press_ok(dialog)
