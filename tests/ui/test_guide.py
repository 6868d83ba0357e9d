"""Help ▸ Routine guide: the monthly and quarterly steps, named as the interface names its tabs,
each with a button that takes the KAM there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kamdesk.ui.guide import GuideDialog
from kamdesk.ui.i18n import install_language
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.pipeline.tab import PipelineTab

pytestmark = pytest.mark.usefixtures("english")


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def open_guide(window: MainWindow) -> GuideDialog:
    window.guide_action.trigger()
    assert window.guide is not None
    return window.guide


def test_the_guide_opens_from_the_help_menu_without_blocking(main_window):
    (help_menu,) = [
        action.menu()
        for action in main_window.menuBar().actions()
        if action.text().replace("&", "") == "Help"
    ]
    assert main_window.guide_action in help_menu.actions()
    assert main_window.guide_action.text().replace("&", "") == "Routine guide"
    guide = open_guide(main_window)
    assert guide.isVisible() and not guide.isModal()
    assert guide.windowTitle() == "Routine guide"
    assert open_guide(main_window) is guide  # one guide, brought to the front
    guide.close()


def test_it_covers_the_monthly_and_quarterly_routine(main_window):
    guide = open_guide(main_window)
    monthly = [step.title for step in guide.monthly_steps()]
    quarterly = [step.title for step in guide.quarterly_steps()]
    assert monthly == [
        "Pipeline review",
        "Forecast accuracy",
        "Relationship map review",
        "OKR check-ins",
    ]
    assert quarterly == [
        "Risk analysis with mitigation",
        "Positioning review",
        "From strategies to OKRs",
        "Objectives for the quarter",
    ]
    texts = " ".join(label.text() for label in guide.findChildren(QLabel))
    assert "at least one sponsor" in texts and "resistance is falling" in texts
    assert "Where: Pipeline ▸ Monthly review" in texts
    guide.close()


def test_every_step_names_a_tab_as_the_window_shows_it(main_window):
    guide = open_guide(main_window)
    titles = tab_titles(main_window)
    for step in guide.monthly_steps() + guide.quarterly_steps():
        assert step.where[0] in titles, step
    guide.close()


def test_each_button_switches_to_its_tab(main_window):
    guide = open_guide(main_window)
    expected_tab = {
        "portfolio": "Portfolio",
        "accounts": "Accounts",
        "stakeholder_map": "Stakeholder map",
        "pipeline/review": "Pipeline",
        "pipeline/forecast": "Pipeline",
        "okrs": "OKRs",
    }
    assert set(guide.go_buttons) == set(expected_tab)
    for place, buttons in guide.go_buttons.items():
        for button in buttons:
            main_window.tabs.setCurrentIndex(1 if place == "portfolio" else 0)
            button.click()
            current = main_window.tabs.tabText(main_window.tabs.currentIndex())
            assert current.replace("&", "") == expected_tab[place], place
            assert button.text() == f"Go to {expected_tab[place]}"
    guide.close()


def test_pipeline_steps_open_the_monthly_review_and_the_forecast(main_window):
    guide = open_guide(main_window)
    (pipeline,) = main_window.tabs.findChildren(PipelineTab)
    guide.go_buttons["pipeline/review"][0].click()
    assert pipeline.views.currentWidget() is pipeline.review
    guide.go_buttons["pipeline/forecast"][0].click()
    assert pipeline.views.currentWidget() is pipeline.forecast
    guide.close()


def test_the_buttons_wait_for_a_portfolio(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    guide = open_guide(window)
    buttons = [b for group in guide.go_buttons.values() for b in group]
    assert not any(b.isEnabled() for b in buttons)
    assert buttons[0].toolTip() == "Open a portfolio first"
    window.go_to("pipeline")  # nothing to go to: no error either
    assert window.create_path(tmp_path / "Agora.kamdesk")
    assert all(b.isEnabled() for b in buttons)
    assert "▸" in buttons[0].toolTip()
    guide.close()


def test_in_portuguese_the_places_read_as_the_portuguese_tabs(qtbot):
    install_language("pt_BR")
    guide = GuideDialog()
    qtbot.addWidget(guide)
    guide.show()
    texts = " ".join(label.text() for label in guide.findChildren(QLabel))
    assert "Pipeline ▸ Revisão do mês" in texts
    assert "Mapa de stakeholders ▸ Cobertura" in texts
    assert "Contas ▸ Riscos" in texts
    # Long Portuguese labels wrap inside the window: no button is squeezed.
    for group in guide.go_buttons.values():
        for button in group:
            assert button.width() >= button.sizeHint().width()
