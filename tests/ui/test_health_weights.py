"""Preferences ▸ Health: the weights of the health score, their shares as the KAM types, OK as
one undoable change the health card follows, and all-zero weights refused with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.analytics.health import DEFAULT_WEIGHTS, HealthPart
from kamdesk.model.enums import SurveyKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.health import SurveyData, SurveyService
from kamdesk.services.settings import SettingsService
from kamdesk.ui.health.health_card import HealthCard
from kamdesk.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.usefixtures("english", "test_organization")

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def card(qtbot, workspace):
    """An account scored on NPS 0 (→ 50), no open risk and no overdue review (→ 100 each)."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    surveys = SurveyService(workspace.portfolio)
    for score in (10, 0):
        surveys.create(SurveyData(agro, SurveyKind.NPS, dt.date(2026, 10, 1), score))
    workspace.set_current_account(agro)
    shown = HealthCard(workspace)
    shown.today = lambda: TODAY
    qtbot.addWidget(shown)
    shown.show()
    shown.reload()
    return shown


@pytest.fixture
def dialog(host, workspace) -> PreferencesDialog:
    shown = PreferencesDialog(workspace, host)
    shown.tabs.setCurrentWidget(shown.health_page)
    shown.show()
    return shown


def press_ok(dialog: PreferencesDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_page_follows_cadences_and_shows_the_documented_weights(dialog):
    tabs = dialog.tabs
    index = tabs.indexOf(dialog.health_page)
    assert tabs.tabText(index) == "Health"
    assert tabs.tabText(index - 1) == "Cadences"
    page = dialog.health_page
    assert page.weights() == dict(DEFAULT_WEIGHTS)
    assert page.shares[HealthPart.REVENUE_TREND].text() == "20%"  # 20 of 100


def test_the_shares_update_as_the_kam_types_and_restore_defaults(dialog):
    page = dialog.health_page
    page.boxes[HealthPart.NPS].setValue(30)  # the weights now sum to 115
    assert page.shares[HealthPart.NPS].text() == "26%"
    page.boxes[HealthPart.OKR_PACE].setValue(0)
    assert page.shares[HealthPart.OKR_PACE].text() == "—"
    page.restore_button.click()
    assert page.weights() == dict(DEFAULT_WEIGHTS)


def test_a_changed_weight_changes_the_score_and_one_undo_restores_it(dialog, workspace, card):
    assert card.score_label.text() == "79"  # (15 × 50 + 15 × 100 + 5 × 100) ÷ 35 = 78.57
    dialog.health_page.boxes[HealthPart.NPS].setValue(35)
    press_ok(dialog)
    assert not dialog.isVisible()
    assert SettingsService(workspace.portfolio).load().health_weights[HealthPart.NPS] == 35
    # (35 × 50 + 15 × 100 + 5 × 100) ÷ 55 = 68.18: amber now
    assert card.score_label.text() == "68"
    assert card.band_label.text() == "Needs attention"
    assert workspace.undo_stack.count() == 1

    workspace.undo_stack.undo()
    assert workspace.settings.health_weights == dict(DEFAULT_WEIGHTS)
    assert card.score_label.text() == "79"


def test_a_part_weighed_zero_is_listed_as_left_out(dialog, card):
    dialog.health_page.boxes[HealthPart.OVERDUE_REVIEWS].setValue(0)
    press_ok(dialog)
    card.set_breakdown_visible(True)
    row = list(HealthPart).index(HealthPart.OVERDUE_REVIEWS) + 1
    assert card.grid.itemAtPosition(row, 1).widget().text() == "weight 0 — left out"
    assert card.score_label.text() == "75"  # (750 + 1500) ÷ 30


def test_all_weights_at_zero_are_refused_on_the_page_and_nothing_is_saved(dialog, workspace, card):
    before = workspace.settings
    dialog.tabs.setCurrentIndex(0)
    for box in dialog.health_page.boxes.values():
        box.setValue(0)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.health_page
    assert dialog.health_page.problems.isVisible()
    assert dialog.health_page.problems.text() == (
        "Give at least one part of the health score a weight above zero."
    )
    assert SettingsService(workspace.portfolio).load() == before
    assert workspace.undo_stack.count() == 0
    assert card.score_label.text() == "79"
    dialog.reject()
