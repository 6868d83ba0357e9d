"""The Portfolio tab: reviews due, open actions and top risks, and going to an account."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.services.accounts import AccountData
from kamdesk.services.plan import ActionData, RiskData, RiskService
from kamdesk.ui.portfolio.tab import PortfolioTab

pytestmark = pytest.mark.usefixtures("english")


def test_pages_and_going_to_an_account_from_the_actions(qtbot, main_window, workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    risks = RiskService(workspace.portfolio)
    risk = risks.create(RiskData(agro, description="Concorrente com preço menor"))
    late = dt.date.today() - dt.timedelta(days=10)
    risks.create_action(ActionData(agro, risk_id=risk, title="Apresentar TCO", due=late))
    workspace.accounts_changed.emit()
    tab = main_window.portfolio_tab
    assert isinstance(tab, PortfolioTab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["Dashboard", "Reviews due", "Actions", "Top risks"]
    tab.dashboard.page_requested.emit("actions")
    assert tab.pages.currentWidget() is tab.actions

    main_window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.actions)
    tab.actions.table.selectRow(0)
    assert tab.actions.selected_action().title == "Apresentar TCO"
    tab.actions.go_to_account_action.trigger()

    assert workspace.current_account == agro
    assert main_window.tabs.currentWidget() is main_window.accounts_tab
    assert main_window.accounts_tab.editor.header.text() == "Agro Cerrado"


def test_top_risks_double_click_opens_the_account(qtbot, main_window, workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    RiskService(workspace.portfolio).create(
        RiskData(agro, description="Patrocinador deixa a empresa", likelihood=5, impact=5)
    )
    tab = main_window.portfolio_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.top_risks)
    tab.top_risks.reload()
    view = tab.top_risks.table
    view.selectRow(0)  # a double-click selects the row, then opens its account
    view.doubleClicked.emit(view.model().index(0, 0))
    assert workspace.current_account == agro
    assert main_window.tabs.currentWidget() is main_window.accounts_tab
