"""Two KAMdesk windows on one team portfolio (issue 9): a save that meets the other's newer
change asks which to keep and never overwrites unseen; the other's saves appear by themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from kamdesk.model.enums import LifecycleStage
from kamdesk.services.accounts import AccountService
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.risks import RiskService
from kamdesk.store.concurrency import Clash, EditConflict
from kamdesk.ui.commands import UpdateAccountCommand
from kamdesk.ui.team.conflict_dialog import ConflictDialog
from kamdesk.ui.workspace import Workspace

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def two_workspaces(qtbot, team):
    ana = Workspace(team.open_as("ana"))
    director = Workspace(team.open_as("director"))
    yield ana, director
    for workspace in (ana, director):
        workspace.close()


def region(workspace, account_id) -> str:
    return AccountService(workspace.portfolio).get(account_id).region


def edit_region(workspace, account_id, before, after) -> UpdateAccountCommand:
    command = UpdateAccountCommand(
        workspace, account_id, "Conta", {"region": before}, {"region": after}
    )
    workspace.undo_stack.push(command)
    return command


def test_keeping_theirs_drops_my_edit_and_shows_theirs(two_workspaces, team):
    ana, director = two_workspaces
    account = team.accounts["ana"]
    ana.conflict_resolver = asked = ConflictLog(keep_mine=False)
    edit_region(director, account, "", "Nordeste")
    edit_region(ana, account, "", "Sul")
    assert [c.changed_by for c in asked.conflicts] == ["Dora Diretora"]
    assert [(c.field, c.theirs, c.mine) for c in asked.conflicts[0].clashes] == [
        ("region", "Nordeste", "Sul")
    ]
    assert region(director, account) == "Nordeste"
    assert ana.undo_stack.count() == 0  # nothing of Ana's to undo: nothing was saved


def test_saving_mine_writes_over_theirs_as_one_undoable_step(two_workspaces, team):
    ana, director = two_workspaces
    account = team.accounts["ana"]
    ana.conflict_resolver = ConflictLog(keep_mine=True)
    edit_region(director, account, "", "Nordeste")
    edit_region(ana, account, "Nordeste", "Sul")
    assert region(director, account) == "Sul"
    assert ana.undo_stack.count() == 1


def test_without_other_saves_nobody_is_asked(two_workspaces, team):
    ana, _director = two_workspaces
    ana.conflict_resolver = asked = ConflictLog(keep_mine=False)
    edit_region(ana, team.accounts["ana"], "", "Sul")
    ana.undo_stack.undo()
    assert asked.conflicts == []
    assert region(ana, team.accounts["ana"]) == ""


def test_the_other_windows_views_read_again_by_themselves(qtbot, two_workspaces, team):
    ana, director = two_workspaces
    with qtbot.waitSignal(ana.accounts_changed, timeout=10_000):
        edit_region(director, team.accounts["ana"], "", "Nordeste")
    assert any(row.region == "Nordeste" for row in ana.account_rows())
    # What arrived is seen: Ana may now edit it without being asked.
    ana.conflict_resolver = asked = ConflictLog(keep_mine=False)
    edit_region(ana, team.accounts["ana"], "Nordeste", "Sul")
    assert asked.conflicts == []


def test_a_plan_change_reloads_the_plan_views_only(qtbot, two_workspaces, team):
    ana, director = two_workspaces
    with (
        qtbot.waitSignal(ana.plan_changed, timeout=10_000),
        qtbot.assertNotEmitted(ana.pipeline_changed, wait=500),
    ):
        RiskService(director.portfolio).create(
            RiskData(account_id=team.accounts["ana"], description="Orçamento cortado")
        )


def test_the_conflict_dialog_shows_who_when_and_both_values(qtbot):
    conflict = EditConflict(
        "account",
        7,
        "Dora Diretora",
        dt.datetime(2026, 11, 26, 17, 32),
        (
            Clash("region", "Nordeste", "Sul"),
            Clash("lifecycle_stage", LifecycleStage.ACQUISITION, LifecycleStage.RETENTION),
        ),
    )
    dialog = ConflictDialog(conflict, "BRL")
    qtbot.addWidget(dialog)
    headline = dialog.findChildren(QLabel)[0].text()
    assert headline.startswith("Dora Diretora changed this record at ")
    table = dialog.findChild(QTableWidget)
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells[0] == ["Region", "Nordeste", "Sul"]
    assert cells[1][0] == "Lifecycle stage"
    assert cells[1][1:] == ["Acquisition", "Retention"]  # the stages' labels, not their codes
    assert dialog.keep_theirs.isDefault()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_mine.click()


class ConflictLog:
    """Stands in for the user at the conflict dialog, remembering what was asked."""

    def __init__(self, keep_mine: bool):
        self.keep_mine = keep_mine
        self.conflicts: list[EditConflict] = []

    def __call__(self, conflict: EditConflict) -> bool:
        self.conflicts.append(conflict)
        return self.keep_mine


def test_an_edit_the_role_forbids_is_refused_in_plain_words(qtbot, team):
    viewer = Workspace(team.open_as("viewer"))
    try:
        with qtbot.waitSignal(viewer.failed) as failed:
            edit_region(viewer, team.accounts["ana"], "", "Sul")
        assert failed.args[0].startswith("Your role in ")
        assert "viewers change nothing" in failed.args[0]
        assert viewer.undo_stack.count() == 0
        assert region(viewer, team.accounts["ana"]) == ""
    finally:
        viewer.close()


def test_the_status_bar_says_who_you_are_and_what_your_role_allows(qtbot, team):
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show_server_portfolio(team.open_as("viewer"), False)
    try:
        role = window.status_connection.role
        assert role.text() == "Vera Leitora · Viewer (read only)"
        assert "refused by the server" in role.toolTip()
        window.show_server_portfolio(team.open_as("ana"), False)
        assert window.status_connection.role.text() == "Ana Souza · KAM"
        assert "“Ana Souza”" in window.status_connection.role.toolTip()  # her accounts
    finally:
        window.close()


def test_the_monthly_forecast_snapshot_is_taken_by_a_director_not_a_kam(qtbot, team):
    from kamdesk.services.pipeline.data import OpportunityData
    from kamdesk.services.pipeline.opportunities import OpportunityService
    from kamdesk.ui.main_window import MainWindow

    ana = team.open_as("ana")
    OpportunityService(ana).create(OpportunityData(account_id=team.accounts["ana"], title="Silos"))
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.show_server_portfolio(ana, False)
        assert snapshots(window.workspace.portfolio) == 0
        window.show_server_portfolio(team.open_as("director"), False)
        assert snapshots(window.workspace.portfolio) == 1
    finally:
        window.close()


def snapshots(portfolio) -> int:
    from sqlalchemy import func, select

    from kamdesk.model import ForecastSnapshot

    with portfolio.session() as session:
        return session.scalar(select(func.count()).select_from(ForecastSnapshot))


def test_the_director_chooses_in_preferences_whether_kams_see_every_account(qtbot, team):
    from kamdesk.ui.preferences.dialog import PreferencesDialog

    director, ana = Workspace(team.open_as("director")), Workspace(team.open_as("ana"))
    try:
        dialog = PreferencesDialog(director)
        qtbot.addWidget(dialog)
        page = dialog.team_page
        names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
        assert names == {"Dora Diretora", "Ana Souza", "Bruno Lima", "Vera Leitora"}
        assert page.kams_read_all.isEnabled() and page.kams_read_all.isChecked()
        assert len(ana.account_rows()) == 2
        with qtbot.waitSignal(ana.settings_changed, timeout=10_000):  # heard from the server
            page.kams_read_all.click()
        assert [row.name for row in ana.account_rows()] == ["Conta de Ana Souza"]
        director.undo_stack.undo()
        assert page.kams_read_all.isChecked()
        own = PreferencesDialog(ana)
        qtbot.addWidget(own)
        assert not own.team_page.kams_read_all.isEnabled()  # a KAM does not choose
    finally:
        director.close()
        ana.close()


def test_a_file_portfolio_has_no_team_page(workspace):
    from kamdesk.ui.preferences.dialog import PreferencesDialog

    assert PreferencesDialog(workspace).team_page is None
