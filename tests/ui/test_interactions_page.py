"""The interaction log page driven like a KAM: log a meeting with two people, see it listed and
their last contact move (on the stakeholder map too), edit, delete, search, undo each."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from stakeholder_support import open_tab, person

from kamdesk.analytics.coverage import AlertKind
from kamdesk.model.enums import BuyingRole, InteractionKind, OrgUnitKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan.interaction_checks import NOTES_LIMIT
from kamdesk.services.plan.interactions import InteractionData, InteractionService
from kamdesk.services.stakeholders import OrgUnitData, StakeholderData, StakeholderService
from kamdesk.ui.plan.interaction_dialog import InteractionDialog
from kamdesk.ui.plan.interactions_page import InteractionsPage
from kamdesk.ui.stakeholder_map.document import STALE_KINDS

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=200)
LAST_WEEK = TODAY - dt.timedelta(days=7)


@pytest.fixture
def people(service, account):
    finance = service.create_unit(account, OrgUnitData("Finance", OrgUnitKind.DIRECTORATE))
    return {
        "ana": person(
            service,
            account,
            "Ana Lima",
            job_title="CFO",
            buying_role=BuyingRole.ECONOMIC_BUYER,
            org_unit_id=finance,
        ),
        "bruno": person(service, account, "Bruno Reis", last_contact=LONG_AGO),
        "carla": person(service, account, "Carla Dias", job_title="Buyer"),
    }


@pytest.fixture
def page(qtbot, workspace, account, people):
    page = InteractionsPage(workspace)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.show_account(account)
    qtbot.waitExposed(page)
    return page


def open_new(qtbot, page: InteractionsPage) -> InteractionDialog:
    page.new_button.click()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: InteractionDialog, *names: str) -> None:
    """Ticks the people's boxes as the KAM does: search, then click the check box."""
    for name in names:
        dialog.people_search.setText(name)
        assert dialog.people_proxy.rowCount() == 1
        index = dialog.people_proxy.index(0, 0)
        dialog.people_proxy.setData(
            index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    dialog.people_search.clear()


def set_date(dialog: InteractionDialog, day: dt.date) -> None:
    dialog.fields["date"].widget.setDate(QDate(day.year, day.month, day.day))


def test_the_empty_log_says_what_to_do(page):
    assert page.pages.currentWidget() is page.empty_label
    assert "New interaction" in page.empty_label.text()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.show_account(None)
    assert page.empty_label.text() == "Select an account to see its interaction log."
    assert not page.new_button.isEnabled()


def test_the_dialog_lists_the_accounts_people_with_role_and_area(qtbot, page):
    dialog = open_new(qtbot, page)
    texts = [dialog.people_proxy.index(r, 0).data() for r in range(dialog.people_proxy.rowCount())]
    assert texts == [
        "Ana Lima\nCFO · Economic buyer · Finance",
        "Bruno Reis",
        "Carla Dias\nBuyer",
    ]
    dialog.people_search.setText("financ")
    assert dialog.people_proxy.rowCount() == 1
    dialog.people_search.setText("CARLA")
    assert dialog.people_proxy.index(0, 0).data().startswith("Carla")
    assert dialog.fields["date"].value() == TODAY
    dialog.reject()


def test_log_a_meeting_with_two_people_updates_their_last_contact_and_undo_restores(
    qtbot, workspace, service, page, people
):
    map_tab = open_tab(qtbot, workspace)
    stale = {a.person_id for a in map_tab.alerts.alerts() if a.kind in STALE_KINDS}
    assert {people["ana"], people["bruno"]} <= stale  # never contacted, 200 days ago

    dialog = open_new(qtbot, page)
    set_date(dialog, LAST_WEEK)
    dialog.fields["kind"].load(InteractionKind.VISIT)
    check(dialog, "Ana", "Bruno")
    assert dialog.people_count.text() == "2 selected"
    dialog.fields["notes"].widget.setPlainText("Plant visit\nThey want a pilot in Q1")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    assert page.pages.currentWidget() is page.table
    row = [page.proxy.index(0, c).data() for c in range(4)]
    assert row[1:] == ["Visit", "Ana Lima, Bruno Reis", "Plant visit"]
    assert page.count_label.text() == "1 interaction"
    assert service.person(people["ana"]).last_contact == LAST_WEEK
    assert service.person(people["bruno"]).last_contact == LAST_WEEK
    assert service.person(people["carla"]).last_contact is None
    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == f"Log Visit of {page.proxy.index(0, 0).data()}"

    stale = {a.person_id for a in map_tab.alerts.alerts() if a.kind in STALE_KINDS}
    assert people["ana"] not in stale and people["bruno"] not in stale
    assert people["carla"] in stale

    workspace.undo_stack.undo()
    assert page.pages.currentWidget() is page.empty_label
    assert service.person(people["ana"]).last_contact is None
    assert service.person(people["bruno"]).last_contact == LONG_AGO
    kinds = {a.person_id: a.kind for a in map_tab.alerts.alerts() if a.kind in STALE_KINDS}
    assert kinds[people["ana"]] is AlertKind.NEVER_CONTACTED
    assert kinds[people["bruno"]] is AlertKind.STALE_CONTACT

    workspace.undo_stack.redo()
    assert service.person(people["bruno"]).last_contact == LAST_WEEK
    assert page.model.rowCount() == 1


def test_edit_changes_only_what_changed_and_undo_reverts(qtbot, workspace, service, page, people):
    interactions = InteractionService(workspace.portfolio)
    interactions.create(
        InteractionData(page.account_id, LAST_WEEK, InteractionKind.CALL, (people["ana"],), "Call")
    )
    workspace.plan_changed.emit()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.people_model.checked_ids() == (people["ana"],)
    assert dialog.ok_button.text() == "Save"
    check(dialog, "Carla")
    dialog.ok_button.click()
    assert page.proxy.index(0, 2).data() == "Ana Lima, Carla Dias"
    assert service.person(people["carla"]).last_contact == LAST_WEEK
    workspace.undo_stack.undo()
    assert page.proxy.index(0, 2).data() == "Ana Lima"
    assert service.person(people["carla"]).last_contact is None


def test_delete_and_undo(qtbot, workspace, service, page, people):
    interactions = InteractionService(workspace.portfolio)
    for day, notes in ((LONG_AGO, "Old lunch"), (LAST_WEEK, "Recent call")):
        interactions.create(
            InteractionData(page.account_id, day, stakeholder_ids=(people["ana"],), notes=notes)
        )
    workspace.plan_changed.emit()
    assert [page.proxy.index(r, 3).data() for r in range(2)] == ["Recent call", "Old lunch"]
    page.table.selectRow(0)
    page.delete_button.click()
    assert page.model.rowCount() == 1
    assert service.person(people["ana"]).last_contact == LONG_AGO  # falls back
    workspace.undo_stack.undo()
    assert page.model.rowCount() == 2
    assert service.person(people["ana"]).last_contact == LAST_WEEK
    page.table.selectRow(1)
    old_lunch = page.selected_ids()
    workspace.plan_changed.emit()
    assert page.selected_ids() == old_lunch  # still selected after reading again


def test_search_looks_in_kind_people_and_notes(workspace, page, people):
    interactions = InteractionService(workspace.portfolio)
    interactions.create(
        InteractionData(
            page.account_id, LAST_WEEK, InteractionKind.EMAIL, (people["ana"],), "Proposta enviada"
        )
    )
    interactions.create(
        InteractionData(
            page.account_id, LONG_AGO, InteractionKind.VISIT, (people["carla"],), "Plant"
        )
    )
    workspace.plan_changed.emit()
    for text, expected in (
        ("email", 1),
        ("carla", 1),
        ("PROPOSTA", 1),
        ("plant", 1),
        ("", 2),
        ("xyz", 0),
    ):
        page.search.setText(text)
        assert page.proxy.rowCount() == expected, text


def test_bad_input_is_shown_under_its_field_and_nothing_is_saved(qtbot, workspace, page, people):
    dialog = open_new(qtbot, page)
    check(dialog, "Ana")
    dialog.fields["notes"].widget.setPlainText("x" * (NOTES_LIMIT + 1))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert (
        dialog.fields["notes"].problem
        == f"At most {NOTES_LIMIT} characters; got {NOTES_LIMIT + 1}."
    )
    assert workspace.undo_stack.count() == 0 and page.model.rowCount() == 0

    # A person of another account (the dialog only offers this account's) is refused too.
    dialog.fields["notes"].widget.setPlainText("ok")
    other = workspace.accounts.create(AccountData(name="Banco Paulista"))
    stranger = StakeholderService(workspace.portfolio).create(
        other, StakeholderData(name="Davi Melo")
    )
    dialog.people_model.checked.add(stranger)
    dialog.ok_button.click()
    assert dialog.fields["stakeholder_ids"].problem == "Davi Melo belongs to another account."
    assert workspace.undo_stack.count() == 0
    dialog.reject()
