"""The Pipeline tab: what the filters, the search and the scope show, totals, and deleting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.model.enums import OpportunityType
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import OpportunityData, OpportunityService, StageService
from kamdesk.ui.pipeline.commands import DeleteOpportunitiesCommand
from kamdesk.ui.pipeline.tab import PeriodChoice, PipelineTab, Scope

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def accounts(workspace):
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    bank = workspace.accounts.create(AccountData(name="Banco Paulista"))
    return agro, bank


@pytest.fixture
def deals(workspace, accounts):
    """Three open deals and a won one, over two accounts, two owners, two types."""
    agro, bank = accounts
    service = OpportunityService(workspace.portfolio)
    stages = {s.key: s.id for s in StageService(workspace.portfolio).list_rows()}

    def deal(account, title, owner, close, kind=OpportunityType.NEW, **more):
        data = OpportunityData(
            account_id=account,
            title=title,
            type=kind,
            owner=owner,
            expected_close=close,
            one_time_value=Decimal("1000"),
            recurring_value=Decimal("100"),
            **more,
        )
        return service.create(data, today=dt.date(2026, 1, 5))

    return {
        "silo": deal(agro, "Silo monitoring", "Ana", dt.date(2026, 11, 30)),
        "drones": deal(
            agro, "Drone survey", "Bruno", dt.date(2027, 2, 10), OpportunityType.UP_SELL
        ),
        "cards": deal(bank, "Corporate cards", "Ana", dt.date(2026, 12, 15)),
        "won": deal(
            bank,
            "Payroll",
            "Ana",
            dt.date(2026, 6, 1),
            stage_id=stages["won"],
            win_loss_reason="Best price",
        ),
    }


def open_tab(qtbot, workspace) -> PipelineTab:
    tab = PipelineTab(workspace)
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def shown_titles(tab) -> set[str]:
    return {row.title for row in tab.shown_rows()}


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_table_follows_the_selected_account_or_shows_them_all(
    qtbot, workspace, accounts, deals
):
    agro, _bank = accounts
    tab = open_tab(qtbot, workspace)
    assert shown_titles(tab) == {"Silo monitoring", "Drone survey", "Corporate cards"}

    workspace.set_current_account(agro)
    assert shown_titles(tab) == {"Silo monitoring", "Drone survey"}
    assert tab.proxy.rowCount() == 2

    choose(tab.scope, Scope.ALL_ACCOUNTS)
    assert shown_titles(tab) == {"Silo monitoring", "Drone survey", "Corporate cards"}
    tab.include_closed.setChecked(True)
    assert "Payroll" in shown_titles(tab)


def test_owner_type_period_and_search_narrow_the_rows(qtbot, workspace, deals):
    tab = open_tab(qtbot, workspace)
    choose(tab.owner, "Ana")
    assert shown_titles(tab) == {"Silo monitoring", "Corporate cards"}
    choose(tab.owner, None)
    choose(tab.type, OpportunityType.UP_SELL)
    assert shown_titles(tab) == {"Drone survey"}
    choose(tab.type, None)

    choose(tab.period, PeriodChoice.THIS_MONTH)  # November 2026
    assert shown_titles(tab) == {"Silo monitoring"}
    choose(tab.period, PeriodChoice.THIS_QUARTER)  # Q4 2026
    assert shown_titles(tab) == {"Silo monitoring", "Corporate cards"}
    choose(tab.period, PeriodChoice.NEXT_QUARTER)
    assert shown_titles(tab) == {"Drone survey"}
    choose(tab.period, PeriodChoice.ANY)

    tab.search.setText("paulista")  # the account's name, any case
    assert shown_titles(tab) == {"Corporate cards"}
    assert tab.proxy.rowCount() == 1


def test_totals_count_open_value_and_weighted_value(qtbot, workspace, deals):
    tab = open_tab(qtbot, workspace)
    # Each: 1,000 + 12 × 100 = 2,200; weighted at Prospecting's 10 % = 220. Three open deals.
    assert tab.totals_label.text() == "3 open · R$6,600 · weighted R$660"


def test_deleting_selected_rows_is_one_undo_step(qtbot, workspace, deals):
    tab = open_tab(qtbot, workspace)
    tab.show_table()
    tab.table.selectAll()
    assert tab.delete_action.isEnabled() and not tab.edit_action.isEnabled()
    tab.delete_action.trigger()
    assert shown_titles(tab) == set()
    assert OpportunityService(workspace.portfolio).list_rows() != []  # the won one stays

    workspace.undo_stack.undo()
    assert shown_titles(tab) == {"Silo monitoring", "Drone survey", "Corporate cards"}


def test_a_hidden_tab_reads_again_only_when_shown(qtbot, workspace, deals):
    tab = open_tab(qtbot, workspace)
    tab.hide()
    workspace.undo_stack.push(_delete(workspace, deals["silo"]))
    assert "Silo monitoring" in shown_titles(tab)
    tab.show()
    assert "Silo monitoring" not in shown_titles(tab)


def _delete(workspace, opportunity_id):
    service = OpportunityService(workspace.portfolio)
    return DeleteOpportunitiesCommand(workspace, service, [opportunity_id])


def test_new_and_edit_open_the_editor_on_the_right_opportunity(qtbot, workspace, accounts, deals):
    agro, _bank = accounts
    workspace.set_current_account(agro)
    tab = open_tab(qtbot, workspace)

    tab.new_action.trigger()
    assert tab.editor.isVisible() and tab.editor.data().account_id == agro
    tab.editor.reject()

    tab.show_table()
    row = next(r for r in range(tab.proxy.rowCount()) if "Silo" in tab.proxy.index(r, 0).data())
    tab.table.selectRow(row)
    tab.edit_action.trigger()
    assert tab.editor.data().title == "Silo monitoring"
    tab.editor.reject()


def test_a_whitespace_cell_opens_a_prefilled_editor(qtbot, workspace, accounts):
    agro, _bank = accounts
    tab = open_tab(qtbot, workspace)
    wanted = OpportunityData(
        account_id=agro, title="Drones for Logistics", type=OpportunityType.CROSS_SELL
    )
    tab.whitespace.create_requested.emit(wanted)
    data = tab.editor.data()
    assert (data.account_id, data.title, data.type) == (agro, wanted.title, wanted.type)


def test_the_review_and_whitespace_views_follow_the_scope_and_hide_the_list_filters(
    qtbot, workspace, accounts, deals
):
    agro, _bank = accounts
    workspace.set_current_account(agro)
    tab = open_tab(qtbot, workspace)
    tab.forecast_mode_action.trigger()
    assert tab.views.currentWidget() is tab.forecast
    tab.review_mode_action.trigger()
    assert tab.views.currentWidget() is tab.review
    assert not tab.search.isVisible() and not tab.owner.isVisible() and tab.scope.isVisible()
    assert not tab.totals_action.isVisible()
    tab.whitespace_mode_action.trigger()
    assert tab.views.currentWidget() is tab.whitespace
    tab.table_mode_action.trigger()
    assert tab.search.isVisible()


def test_the_board_shows_the_same_rows_and_its_selection_drives_the_actions(
    qtbot, workspace, deals
):
    tab = open_tab(qtbot, workspace)
    assert tab.views.currentWidget() is tab.board  # what a KAM opens the pipeline for
    on_board = {row.id for column in tab.board.columns for row in column.model.rows()}
    assert on_board == {row.id for row in tab.shown_rows()}

    tab.search.setText("drone")
    on_board = {row.id for column in tab.board.columns for row in column.model.rows()}
    assert on_board == {deals["drones"]}
    tab.board.select([deals["drones"]])
    assert tab.selected_ids() == [deals["drones"]] and tab.edit_action.isEnabled()
