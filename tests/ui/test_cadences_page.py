"""Preferences ▸ Cadences: edit the months between reviews by routine and tier, OK saves them
as one undoable change, "never" leaves a routine out, and bad cadences are explained."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.analytics.cadence import DEFAULT_CADENCES
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.services.settings import SettingsService
from kamdesk.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.usefixtures("english", "test_organization")

RISK, PLANNING = ReviewKind.RISK, ReviewKind.PLANNING


@pytest.fixture
def dialog(host, workspace) -> PreferencesDialog:
    shown = PreferencesDialog(workspace, host)
    shown.tabs.setCurrentWidget(shown.cadences_page)
    shown.show()
    return shown


def press_ok(dialog: PreferencesDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_page_is_a_tab_of_preferences_showing_the_defaults(dialog):
    page = dialog.cadences_page
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Cadences"
    assert page.months(Tier.A, RISK) == 3
    assert page.months(Tier.D, ReviewKind.POSITIONING) == 12
    assert page.months(Tier.A, PLANNING) is None  # not scheduled by default
    assert page.boxes[Tier.A, PLANNING].text() == "never"


def test_an_edited_cadence_is_saved_on_ok_and_one_undo_restores_it(dialog, workspace):
    before = workspace.settings
    dialog.cadences_page.boxes[Tier.A, RISK].setValue(2)
    press_ok(dialog)
    assert not dialog.isVisible()
    assert workspace.settings.cadences[Tier.A][RISK] == 2
    assert SettingsService(workspace.portfolio).load().cadences[Tier.A][RISK] == 2
    assert workspace.undo_stack.count() == 1

    workspace.undo_stack.undo()
    assert workspace.settings == before
    assert workspace.settings.cadences[Tier.A][RISK] == 3


def test_ok_without_a_change_pushes_nothing(dialog, workspace):
    press_ok(dialog)
    assert workspace.undo_stack.count() == 0


def test_never_leaves_the_routine_out_of_the_tiers_reviews(dialog, workspace):
    account = workspace.accounts.create(AccountData(name="Delta", tier_override=Tier.D))
    reviews = ReviewService(workspace.portfolio)
    today = dt.date.today()
    assert RISK in {r.routine for r in reviews.reviews_due(today, account)}
    dialog.cadences_page.boxes[Tier.D, RISK].setValue(0)
    dialog.cadences_page.boxes[Tier.D, PLANNING].setValue(12)
    press_ok(dialog)
    assert RISK not in workspace.settings.cadences[Tier.D]
    routines = {r.routine for r in reviews.reviews_due(today, account)}
    assert RISK not in routines and PLANNING in routines


def test_restore_defaults(dialog, workspace):
    page = dialog.cadences_page
    page.boxes[Tier.B, RISK].setValue(9)
    page.boxes[Tier.C, PLANNING].setValue(6)
    page.restore_button.click()
    assert page.months(Tier.B, RISK) == 3 and page.months(Tier.C, PLANNING) is None
    press_ok(dialog)
    assert workspace.undo_stack.count() == 0  # the defaults were already saved


def test_the_no_tier_entry_is_kept_as_stored(qtbot, workspace):
    settings = workspace.settings
    stored = {**settings.cadences, None: {RISK: 5}}
    workspace.settings_service.save(settings.with_changes(cadences=stored))
    workspace.reload_settings()
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.edited_settings().cadences[None] == {RISK: 5}


def test_bad_cadences_are_explained_on_the_cadences_page(dialog, workspace):
    bad = {**DEFAULT_CADENCES, Tier.A: {RISK: 0}}
    dialog.tabs.setCurrentIndex(0)
    dialog._show_problems(workspace.settings.with_changes(cadences=bad).problems())
    page = dialog.cadences_page
    assert dialog.tabs.currentWidget() is page
    assert page.problems.text() == (
        "The Risk cadence of tier A must be a whole number of months from 1 to 24; got 0."
    )
