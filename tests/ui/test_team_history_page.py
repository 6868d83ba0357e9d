"""The account's History page (issue 9) on a real team server: who changed what, in words, with
a search, a Who list and older pages; a portfolio file explains how to get a history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kamdesk.model.enums import Stance
from kamdesk.services.accounts import AccountService
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.stakeholders import StakeholderService
from kamdesk.services.stakeholders.data import StakeholderData
from kamdesk.ui.account_editor import AccountEditor
from kamdesk.ui.i18n import format_date, format_money, install_language
from kamdesk.ui.team.history_page import HistoryColumn, HistoryPage
from kamdesk.ui.workspace import Workspace
from tests.services.test_team_history import lock_out

pytestmark = pytest.mark.usefixtures("english")

NBSP = "\u00a0"


@pytest.fixture
def ana(qtbot, team):
    """Ana's window on the team portfolio, showing her account."""
    workspace = Workspace(team.open_as("ana"))
    workspace.set_current_account(team.accounts["ana"])
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, ana):
    page = HistoryPage(ana)
    qtbot.addWidget(page)
    page.resize(1100, 420)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(page: HistoryPage, which: HistoryColumn) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, which).data() for row in range(proxy.rowCount())]


def anas_edits(team, workspace) -> int:
    """Ana edits her account and a person of it; returns the person's id."""
    account = team.accounts["ana"]
    AccountService(workspace.portfolio).update(
        account, {"region": "Sul", "acquisition_cost": Decimal("1234.50")}
    )
    people = StakeholderService(workspace.portfolio)
    carla = people.create(account, StakeholderData(name="Carla Dias", stance=Stance.ALLY))
    people.update(carla, {"stance": Stance.OPPONENT})
    workspace.accounts_changed.emit()
    return carla


def test_each_line_says_when_who_what_and_the_changes_in_words(page, ana, team):
    anas_edits(team, ana)
    assert page.pages.currentWidget() is page.content
    assert column(page, HistoryColumn.WHO)[:3] == ["Ana Souza"] * 3
    assert column(page, HistoryColumn.WHAT) == [
        "Person · Carla Dias",
        "Person · Carla Dias",
        "Account · Conta de Ana Souza",
        "Account · Conta de Ana Souza",
    ]
    assert column(page, HistoryColumn.ACTION) == ["Changed", "Created", "Changed", "Created"]
    changes = column(page, HistoryColumn.CHANGES)
    assert changes[0] == "Stance: Ally → Opponent"
    assert changes[1].startswith("Name: Carla Dias; Influence: 3; Stance: Ally")
    money = format_money(Decimal("1234.50"), "BRL")
    assert changes[2] == f"Region: — → Sul; Acquisition cost: — → {money}"
    newest = page.model.rows()[0].entry.when.astimezone()
    assert column(page, HistoryColumn.WHEN)[0] == f"{format_date(newest)} {newest:%H:%M}"
    assert abs(dt.datetime.now().astimezone() - newest) < dt.timedelta(minutes=5)
    tip = page.proxy.index(2, HistoryColumn.CHANGES).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Region: — → Sul\nAcquisition cost: — → {money}"
    assert page.details.text() == "Select a line to see all its changes."
    page.table.selectRow(2)
    assert page.details.text().splitlines() == [
        "Account · Conta de Ana Souza",
        f"Changed · Ana Souza · {column(page, HistoryColumn.WHEN)[2]}",
        "Region: — → Sul",
        f"Acquisition cost: — → {money}",
    ]


def test_a_deleted_person_keeps_their_name(page, ana, team):
    carla = anas_edits(team, ana)
    StakeholderService(ana.portfolio).delete([carla])
    ana.accounts_changed.emit()
    assert column(page, HistoryColumn.WHAT)[0] == "Person · Carla Dias"
    assert column(page, HistoryColumn.ACTION)[0] == "Deleted"
    assert column(page, HistoryColumn.CHANGES)[0].startswith("Name: Carla Dias;")


def test_the_search_and_the_who_list_narrow_the_lines(qtbot, page, ana, team):
    anas_edits(team, ana)
    director = team.open_as("director")
    try:
        AccountService(director).update(team.accounts["ana"], {"industry": "Agronegócio"})
    finally:
        director.close()
    ana.accounts_changed.emit()
    who = page.who_filter
    names = [who.itemText(i) for i in range(who.count())]
    owner = next(n for n in names if n.startswith("kamdesk"))  # the owner is no team member
    assert names == ["Everyone", "Ana Souza", "Dora Diretora", owner]

    who.setCurrentIndex(names.index("Dora Diretora"))
    assert column(page, HistoryColumn.CHANGES) == ["Industry: — → Agronegócio"]
    assert page.count_label.text().startswith("1 of 5 change")

    who.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "carla")
    assert set(column(page, HistoryColumn.WHAT)) == {"Person · Carla Dias"}
    page.search.clear()
    qtbot.keyClicks(page.search, "opponent")  # a value, in the interface's words
    assert column(page, HistoryColumn.CHANGES) == ["Stance: Ally → Opponent"]
    page.search.clear()
    qtbot.keyClicks(page.search, "regiao")  # a field's name, accents ignored
    assert column(page, HistoryColumn.WHO) == []  # English: the field is “Region”
    page.search.clear()
    qtbot.keyClicks(page.search, "region")
    assert len(column(page, HistoryColumn.WHO)) == 1
    page.search.clear()
    assert page.count_label.text().startswith("5 change")


def test_load_older_reads_the_next_page_until_there_is_none(qtbot, page, ana, team):
    anas_edits(team, ana)
    page.page_size = 3
    page.model.set_rows([])
    page.reload()
    assert page.model.rowCount() == 3
    assert page.older_button.isVisible()
    qtbot.mouseClick(page.older_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    assert not page.older_button.isVisible()
    assert column(page, HistoryColumn.ACTION)[-1] == "Created"  # the owner made the account
    page.reload()  # another write: as many lines as were shown are read again
    assert page.model.rowCount() == 4


def test_the_page_follows_the_current_account_and_new_writes(page, ana, team):
    anas_edits(team, ana)
    ana.set_current_account(team.accounts["bruno"])
    assert column(page, HistoryColumn.WHAT) == ["Account · Conta de Bruno Lima"]
    ana.set_current_account(team.accounts["ana"])
    RiskService(ana.portfolio).create(RiskData(team.accounts["ana"], "Troca de diretoria"))
    ana.plan_changed.emit()
    assert column(page, HistoryColumn.WHAT)[0] == "Risk · Troca de diretoria"
    ana.set_current_account(None)
    assert page.pages.currentWidget() is page.no_account


def test_a_hidden_page_reads_only_when_shown_again(qtbot, page, ana, team):
    page.hide()
    anas_edits(team, ana)
    assert page.model.rowCount() == 1  # the owner's creation, read when first shown
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 4


def test_an_account_without_history_says_so(qtbot, pg_url, team):
    director = Workspace(team.open_as("director"))
    try:
        from kamdesk.store.team import set_kams_read_all

        with director.portfolio.engine.begin() as connection:
            set_kams_read_all(connection, False)
    finally:
        director.close()
    ana = Workspace(team.open_as("ana"))
    try:
        ana.set_current_account(team.accounts["bruno"])  # hidden from her by the server
        page = HistoryPage(ana)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert page.pages.currentWidget() is page.nothing_yet
    finally:
        ana.close()


def test_a_server_that_no_longer_lets_the_user_in_is_explained_on_the_page(page, ana, team, pg_url):
    lock_out(pg_url, team.logins["ana"])
    ana.accounts_changed.emit()
    assert page.pages.currentWidget() is page.problem
    assert "did not accept your user name or password" in page.problem.text()


def test_a_portfolio_file_explains_how_to_get_a_history(qtbot, workspace):
    page = HistoryPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.pages.currentWidget() is page.file_explanation
    assert "File ▸ Publish to team server…" in page.file_explanation.text()
    workspace.accounts_changed.emit()  # nothing to read: no error, same explanation
    assert page.pages.currentWidget() is page.file_explanation


def test_the_account_editor_has_a_history_page(qtbot, workspace):
    editor = AccountEditor(workspace)
    qtbot.addWidget(editor)
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles[-1] == "History"
    assert isinstance(editor.tabs.widget(len(titles) - 1), HistoryPage)


def test_the_model_passes_the_model_tester(qtmodeltester, page, ana, team):
    anas_edits(team, ana)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_the_page_in_portuguese(qtbot, page, ana, team, tmp_path):
    install_language("pt_BR")
    try:
        anas_edits(team, ana)
        changes = [text.replace(NBSP, " ") for text in column(page, HistoryColumn.CHANGES)]
        assert changes[0].endswith("Posição: Aliado → Opositor")
        assert "Região: — → Sul" in changes[2]
        assert "Custo de aquisição: — → R$ 1.234,50" in changes[2]
        when = column(page, HistoryColumn.WHEN)[0]
        local = page.model.rows()[0].entry.when.astimezone()
        assert when == f"{local:%d/%m/%Y %H:%M}"
        shot = page.grab()
        assert shot.save(str(tmp_path / "historico.png"))
        header = page.table.horizontalHeader()
        metrics = page.table.fontMetrics()
        for fitted in (HistoryColumn.WHEN, HistoryColumn.WHO, HistoryColumn.ACTION):
            widest = max(metrics.horizontalAdvance(text) for text in column(page, fitted))
            assert header.sectionSize(fitted) >= widest  # nothing cut to “…”
    finally:
        install_language("en")
