"""The Stakeholders list beside the map, and recording a map review from the tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from stakeholder_support import open_tab, person

from kamdesk.model.enums import BuyingRole, Stance
from kamdesk.services.stakeholders import OrgUnitData, StakeholderService
from kamdesk.ui.i18n import format_date
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.people_model import PeopleColumn, PeopleProxy, PeopleTableModel

TODAY = dt.date(2026, 6, 1)


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def people(service, account):
    finance = service.create_unit(account, OrgUnitData(name="Finanças"))
    return {
        "otavio": person(
            service,
            account,
            "Otávio Lima",
            (400.0, 0.0),
            job_title="Gerente de Compras",
            stance=Stance.OPPONENT,
            influence=5,
        ),
        "ana": person(
            service,
            account,
            "ana Souza",
            (0.0, 0.0),
            job_title="Diretora Financeira",
            org_unit_id=finance,
            buying_role=BuyingRole.ECONOMIC_BUYER,
            stance=Stance.SPONSOR,
            last_contact=dt.date(2026, 5, 20),
        ),
        "bruno": person(service, account, "Bruno Reis", (800.0, 0.0), job_title="Analista"),
    }


def shown_names(tab) -> list[str]:
    proxy = tab.people_proxy
    return [proxy.index(row, PeopleColumn.NAME).data() for row in range(proxy.rowCount())]


def test_people_model_passes_qt_model_tester(qtmodeltester, service, account, people):
    document = MapDocument(StakeholderService(service.portfolio), lambda: TODAY)
    document.load(account)
    model = PeopleTableModel(document)
    qtmodeltester.check(model)
    proxy = PeopleProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleColumn.STANCE)
    proxy.set_search("a")
    qtmodeltester.check(proxy)


def test_list_shows_the_accounts_people_sorted_by_name(qtbot, workspace, service, people):
    tab = open_tab(qtbot, workspace)
    tab.list_mode_action.trigger()
    assert tab.views.currentWidget() is tab.list_page
    assert not tab.layout_action.isEnabled()
    assert shown_names(tab) == ["ana Souza", "Bruno Reis", "Otávio Lima"]  # case-insensitive
    ana = tab.people_proxy.index(0, 0)
    row = [ana.siblingAtColumn(column).data() for column in PeopleColumn]
    assert row == [
        "ana Souza",
        "Diretora Financeira",
        "Finanças",
        "Economic buyer",
        "Sponsor",
        "3",
        "3",
        format_date(dt.date(2026, 5, 20)),
    ]
    tab.table.sortByColumn(PeopleColumn.INFLUENCE, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab)[0] == "Otávio Lima"
    tab.table.sortByColumn(PeopleColumn.STANCE, Qt.SortOrder.AscendingOrder)  # sponsor first
    assert shown_names(tab) == ["ana Souza", "Bruno Reis", "Otávio Lima"]
    tab.map_mode_action.trigger()
    assert tab.views.currentWidget() is tab.view and tab.layout_action.isEnabled()


def test_list_follows_the_document(qtbot, workspace, service, account, people):
    tab = open_tab(qtbot, workspace)
    person(service, account, "Carla Dias")
    tab.document.refresh()  # as after an edit or an import
    assert "Carla Dias" in shown_names(tab)
    tab.document.delete_people([people["bruno"]])
    assert "Bruno Reis" not in shown_names(tab)


def test_an_unrelated_write_keeps_the_list_selection_and_a_rename_shows(
    qtbot, workspace, service, people
):
    tab = open_tab(qtbot, workspace)
    tab.list_mode_action.trigger()
    tab.table.selectRow(shown_names(tab).index("Bruno Reis"))
    tab.document.move({people["bruno"]: (900.0, 50.0)})  # a card dragged: same rows
    service.update(people["ana"], {"name": "Zélia Souza"})
    tab.document.refresh()
    assert shown_names(tab) == ["Bruno Reis", "Otávio Lima", "Zélia Souza"]  # sorted again
    (selected,) = tab.table.selectionModel().selectedRows()
    assert selected.data() == "Bruno Reis"


def test_search_filters_by_name_or_job_title_ignoring_case_and_accents(
    qtbot, workspace, service, people
):
    tab = open_tab(qtbot, workspace)
    tab.list_mode_action.trigger()
    qtbot.keyClicks(tab.search, "OTAVIO")
    assert shown_names(tab) == ["Otávio Lima"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "financ")  # "Diretora Financeira"
    assert shown_names(tab) == ["ana Souza"]
    tab.search.clear()
    assert len(shown_names(tab)) == 3


def test_selecting_a_row_selects_the_card_on_the_map(qtbot, workspace, service, people):
    tab = open_tab(qtbot, workspace)
    tab.list_mode_action.trigger()
    row = shown_names(tab).index("Otávio Lima")
    rect = tab.table.visualRect(tab.people_proxy.index(row, PeopleColumn.NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.scene.selected_people() == [people["otavio"]]
    index = tab.people_proxy.index(shown_names(tab).index("ana Souza"), 0)
    tab.table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.scene.selected_people() == sorted([people["otavio"], people["ana"]])
    assert index.data(ID_ROLE) == people["ana"]


def test_recording_a_review_adds_a_trend_line_and_undo_removes_it(
    qtbot, workspace, service, account, people
):
    tab = open_tab(qtbot, workspace)
    assert tab.trend_label.text() == "No map review recorded yet."
    service.record_map_review(account, dt.date(2026, 1, 5))
    tab.document.refresh()
    service.create_unit(account, OrgUnitData(name="Finanças 2", is_target=True))
    tab.document.refresh()
    tab.review_action.trigger()
    today = dt.date.today()  # the tab's document reads the real date
    lines = tab.trend_label.text().splitlines()
    assert lines[0] == "Map reviews, newest first:"
    # influence 5 of 11 is against us; the target area has no sponsor (none in January)
    assert lines[1] == f"{format_date(today)}: coverage 0%, resistance 45%"
    assert lines[2] == f"{format_date(dt.date(2026, 1, 5))}: coverage —, resistance 45%"
    assert len(service.account_map(account, TODAY).trend) == 2
    workspace.undo_stack.undo()
    assert [p.date for p in service.account_map(account, TODAY).trend] == [dt.date(2026, 1, 5)]
    assert len(tab.trend_label.text().splitlines()) == 2
    workspace.undo_stack.redo()
    assert len(service.account_map(account, TODAY).trend) == 2
    assert len(tab.trend_label.text().splitlines()) == 3
