"""Reviews due (Portfolio tab) and the account's Reviews page: hand-computed due dates,
filters, recording a review moves its next due date (one undoable command), going to the
account, the review history with its measures, and bad input in the review dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kamdesk.model import Account, Objective
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.accounts import AccountData
from kamdesk.services.plan.review_checks import OUTCOME_LIMIT
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.ui.colors import FAIR, POOR
from kamdesk.ui.models.roles import ROW_ROLE
from kamdesk.ui.plan.review_dialog import ReviewDialog
from kamdesk.ui.plan.review_models import DueColumn, DueFilter, HistoryColumn
from kamdesk.ui.plan.reviews_due_view import ReviewsDueView
from kamdesk.ui.plan.reviews_page import ReviewsPage

pytestmark = pytest.mark.usefixtures("english")

D = dt.date
TODAY = D(2026, 11, 20)
RISK, PIPELINE, RELATIONSHIP = ReviewKind.RISK, ReviewKind.PIPELINE, ReviewKind.RELATIONSHIP
POSITIONING, OKR = ReviewKind.POSITIONING, ReviewKind.OKR


def created_long_ago(workspace, account_id: int) -> None:
    """As if created in KAMdesk at the start of 2025: due dates count from client_since."""
    with workspace.portfolio.session() as session:
        session.get(Account, account_id).created_at = dt.datetime(2025, 1, 1)


@pytest.fixture
def reviews(workspace):
    return ReviewService(workspace.portfolio)


@pytest.fixture
def acme(workspace, reviews):
    """Tier A, Ana's, client since 1 January 2026, with objectives and one review of each
    routine:

    risk 10 Aug + 3 months = 10 Nov: 10 days overdue
    pipeline 31 Oct + 1 = 30 Nov (end of month): due this month, in 10 days
    relationship 1 Nov + 1 = 1 Dec; positioning 15 Sep + 3 = 15 Dec
    OKR check-in 25 Oct + 1 = 25 Nov: due in 5 days
    """
    account_id = workspace.accounts.create(
        AccountData(name="Acme", owner="Ana", tier_override=Tier.A, client_since=D(2026, 1, 1))
    )
    created_long_ago(workspace, account_id)
    with workspace.portfolio.session() as session:
        session.add(Objective(account_id=account_id, title="Grow share", period="2027"))
    for kind, day in (
        (RISK, D(2026, 8, 10)),
        (PIPELINE, D(2026, 10, 31)),
        (RELATIONSHIP, D(2026, 11, 1)),
        (POSITIONING, D(2026, 9, 15)),
        (OKR, D(2026, 10, 25)),
    ):
        reviews.record(account_id, kind, day, today=TODAY)
    return account_id


@pytest.fixture
def beta(workspace):
    """Tier C, Bruno's, client since 31 October 2026, never reviewed, no objectives (so no
    OKR check-in): pipeline (monthly) due 30 November; risk and relationship (quarterly)
    31 January; positioning 30 April."""
    account_id = workspace.accounts.create(
        AccountData(
            name="Beta Agro", owner="Bruno", tier_override=Tier.C, client_since=D(2026, 10, 31)
        )
    )
    created_long_ago(workspace, account_id)
    return account_id


@pytest.fixture
def view(qtbot, workspace, acme, beta) -> ReviewsDueView:
    shown = ReviewsDueView(workspace)
    qtbot.addWidget(shown)
    shown.today = lambda: TODAY
    shown.resize(1200, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def lines(view: ReviewsDueView) -> list[tuple[str, ReviewKind, D]]:
    proxy = view.proxy
    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    return [(r.account_name, r.routine, r.due_date) for r in rows]


def cell(view: ReviewsDueView, account: str, routine: ReviewKind, column: DueColumn, role=None):
    proxy = view.proxy
    for r in range(proxy.rowCount()):
        row = proxy.index(r, 0).data(ROW_ROLE)
        if row.account_name == account and row.routine is routine:
            return proxy.index(r, column).data(role or Qt.ItemDataRole.DisplayRole)
    raise LookupError((account, routine))


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def press_ok(dialog: ReviewDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


# -- the list --------------------------------------------------------------------------------


def test_by_default_it_lists_what_is_due_by_the_end_of_the_month(view, qtmodeltester):
    qtmodeltester.check(view.model)
    assert lines(view) == [
        ("Acme", RISK, D(2026, 11, 10)),
        ("Acme", OKR, D(2026, 11, 25)),
        ("Acme", PIPELINE, D(2026, 11, 30)),
        ("Beta Agro", PIPELINE, D(2026, 11, 30)),
    ]
    assert cell(view, "Acme", RISK, DueColumn.LAST_REVIEW) == "8/10/2026"
    assert cell(view, "Acme", RISK, DueColumn.NEXT_DUE) == "11/10/2026"
    assert cell(view, "Acme", RISK, DueColumn.DAYS_OVERDUE) == "10"
    assert cell(view, "Acme", RISK, DueColumn.STATUS) == "Overdue"
    assert cell(view, "Acme", RISK, DueColumn.TIER) == "A"
    assert cell(view, "Beta Agro", PIPELINE, DueColumn.LAST_REVIEW) == "never"
    assert cell(view, "Beta Agro", PIPELINE, DueColumn.OWNER) == "Bruno"


def test_overdue_is_red_and_due_within_a_week_amber(view):
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(view, "Acme", RISK, DueColumn.NEXT_DUE, background).color() == POOR
    assert cell(view, "Acme", OKR, DueColumn.STATUS, background).color() == FAIR
    assert cell(view, "Acme", OKR, DueColumn.DAYS_OVERDUE) == ""
    assert cell(view, "Acme", PIPELINE, DueColumn.NEXT_DUE, background) is None  # 10 days


def test_the_status_and_routine_filters(view):
    choose(view.status_filter, DueFilter.OVERDUE.value)
    assert lines(view) == [("Acme", RISK, D(2026, 11, 10))]
    choose(view.status_filter, DueFilter.ALL.value)
    assert len(lines(view)) == 9  # five routines of Acme, four of Beta (no objectives)
    choose(view.routine_filter, POSITIONING.value)
    assert lines(view) == [
        ("Acme", POSITIONING, D(2026, 12, 15)),
        ("Beta Agro", POSITIONING, D(2027, 4, 30)),  # tier C: every 6 months
    ]


def test_the_owner_filter_and_the_search(view):
    choose(view.owner_filter, "Bruno")
    assert {name for name, _routine, _due in lines(view)} == {"Beta Agro"}
    choose(view.owner_filter, "")
    view.search.setText("acme")
    assert {name for name, _routine, _due in lines(view)} == {"Acme"}
    view.search.setText("nobody")
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "No review matches these filters."


def test_only_the_selected_account(view, workspace, beta):
    assert not view.only_selected.isEnabled()
    workspace.set_current_account(beta)
    assert view.only_selected.isEnabled()
    view.only_selected.setChecked(True)
    assert lines(view) == [("Beta Agro", PIPELINE, D(2026, 11, 30))]
    workspace.set_current_account(None)
    assert len(lines(view)) == 4


def test_nothing_overdue_says_so(view, workspace, reviews, acme):
    choose(view.status_filter, DueFilter.OVERDUE.value)
    reviews.record(acme, RISK, TODAY, today=TODAY)
    workspace.plan_changed.emit()
    assert lines(view) == []
    assert view.empty.isVisible()
    assert view.empty.text() == "No review is overdue. Well done!"


# -- recording a review ----------------------------------------------------------------------


def test_recording_a_review_moves_its_next_due_date_and_undo_brings_it_back(
    view, workspace, reviews, acme
):
    choose(view.status_filter, DueFilter.OVERDUE.value)
    assert view.select(acme, RISK)
    dialog = view.record_review()
    assert dialog.fields["kind"].value() is RISK
    assert dialog.fields["date"].value() == TODAY
    # 20 Nov + 3 months = 20 Feb 2027
    assert dialog.next_due.text() == "Next review (Risk) due on 2/20/2027: every 3 months."
    dialog.fields["outcome"].widget.setPlainText("Competitor threat downgraded")
    press_ok(dialog)

    assert workspace.undo_stack.count() == 1
    assert workspace.undo_stack.undoText() == "Record review of “Acme” (Risk)"
    assert lines(view) == []  # it left the overdue filter
    choose(view.status_filter, DueFilter.ALL.value)
    assert cell(view, "Acme", RISK, DueColumn.NEXT_DUE) == "2/20/2027"
    assert cell(view, "Acme", RISK, DueColumn.STATUS) == "Upcoming"
    [recorded] = [r for r in reviews.list_reviews(acme) if r.date == TODAY]
    assert recorded.outcome == "Competitor threat downgraded"

    workspace.undo_stack.undo()
    assert cell(view, "Acme", RISK, DueColumn.NEXT_DUE) == "11/10/2026"
    assert all(r.date != TODAY for r in reviews.list_reviews(acme))
    workspace.undo_stack.redo()
    assert [r.id for r in reviews.list_reviews(acme) if r.date == TODAY] == [recorded.id]


def test_a_review_recorded_for_another_routine_moves_that_routine(view, reviews, acme):
    choose(view.status_filter, DueFilter.ALL.value)
    view.select(acme, RISK)
    dialog = view.record_review()
    dialog.fields["kind"].load(OKR)
    press_ok(dialog)
    assert cell(view, "Acme", OKR, DueColumn.NEXT_DUE) == "12/20/2026"  # monthly for tier A
    assert cell(view, "Acme", RISK, DueColumn.NEXT_DUE) == "11/10/2026"


def test_record_and_go_to_account_need_a_line(view):
    assert not view.record_button.isEnabled()
    assert view.record_review() is None
    view.table.selectRow(0)
    assert view.record_button.isEnabled() and view.account_button.isEnabled()


def test_double_click_goes_to_the_account(qtbot, view, workspace, beta):
    view.select(beta, PIPELINE)
    index = view.table.currentIndex()
    with qtbot.waitSignal(view.account_requested) as requested:
        view.table.doubleClicked.emit(index)
    assert requested.args == [beta]
    assert workspace.current_account == beta


def test_new_cadences_in_the_settings_are_read_again(view, workspace):
    settings = workspace.settings
    cadences = {**settings.cadences, Tier.C: {PIPELINE: 2}}
    workspace.settings_service.save(settings.with_changes(cadences=cadences))
    workspace.reload_settings()
    choose(view.status_filter, DueFilter.ALL.value)
    beta_lines = [line for line in lines(view) if line[0] == "Beta Agro"]
    assert beta_lines == [("Beta Agro", PIPELINE, D(2026, 12, 31))]  # 31 Oct + 2 months


def test_an_outcome_too_long_is_explained_and_nothing_is_saved(view, workspace, reviews, acme):
    before = reviews.list_reviews(acme)
    view.select(acme, RISK)
    dialog = view.record_review()
    dialog.fields["outcome"].widget.setPlainText("x" * (OUTCOME_LIMIT + 1))
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.fields["outcome"].problem == "At most 4000 characters; got 4001."
    assert workspace.undo_stack.count() == 0
    assert reviews.list_reviews(acme) == before


def test_the_date_cannot_be_set_after_today(view, acme):
    view.select(acme, RISK)
    dialog = view.record_review()
    dialog.fields["date"].load(D(2026, 12, 25))
    assert dialog.fields["date"].value() == TODAY  # the box keeps to its maximum


def test_recording_for_an_account_deleted_meanwhile_says_so(qtbot, view, workspace, reviews, acme):
    view.select(acme, RISK)
    dialog = view.record_review()
    workspace.accounts.delete([acme])
    press_ok(dialog)
    box = view.findChild(QMessageBox, "messageBox")
    assert box is not None and box.text() == "The account no longer exists."
    assert not dialog.isVisible()
    assert workspace.undo_stack.count() == 0


# -- the account's Reviews page --------------------------------------------------------------


@pytest.fixture
def page(qtbot, workspace) -> ReviewsPage:
    shown = ReviewsPage(workspace)
    qtbot.addWidget(shown)
    shown.today = lambda: TODAY
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def history(page: ReviewsPage) -> list[tuple[str, str, str, str]]:
    model = page.history_model
    return [tuple(model.index(r, c).data() for c in HistoryColumn) for r in range(model.rowCount())]


def test_the_page_shows_the_schedule_and_the_history_with_measures(
    qtmodeltester, page, reviews, acme
):
    reviews.record(
        acme,
        RELATIONSHIP,
        D(2026, 11, 15),
        "CFO won over",
        {"sponsor_coverage": 0.67, "resistance": 0.25},
        TODAY,
    )
    reviews.record(
        acme,
        POSITIONING,
        D(2026, 11, 16),
        "",
        {"value_proposition": "Uptime", "desired_position": "", "perceived_position": "Cheap"},
        TODAY,
    )
    page.show_account(acme)
    qtmodeltester.check(page.history_model)
    schedule = page.schedule_model
    assert [row.routine for row in schedule.rows()] == [
        RISK,
        OKR,
        PIPELINE,
        RELATIONSHIP,
        POSITIONING,
    ]
    assert schedule.index(0, DueColumn.STATUS).data() == "Overdue"
    assert schedule.index(0, DueColumn.CADENCE).data() == "every 3 months"
    assert history(page)[:3] == [
        ("11/16/2026", "Positioning", "", "Value proposition: Uptime · Perceived position: Cheap"),
        ("11/15/2026", "Relationship", "CFO won over", "Sponsor coverage 67% · Resistance 25%"),
        ("11/1/2026", "Relationship", "", ""),  # an empty map: nothing to measure
    ]


def test_without_an_account_the_page_says_what_to_do(page):
    assert page.none_label.isVisible()
    assert page.none_label.text() == "Select an account to see its reviews."
    assert page.record_review() is None


def test_an_account_never_reviewed_shows_its_first_due_dates(page, beta):
    page.show_account(beta)
    assert page.empty_history.isVisible()
    due = {r.routine: r.due_date for r in page.schedule_model.rows()}
    assert due[PIPELINE] == D(2026, 11, 30) and due[POSITIONING] == D(2027, 4, 30)


def test_record_edit_and_delete_from_the_page_each_undo(page, workspace, reviews, beta):
    page.show_account(beta)
    dialog = page.record_review()
    assert dialog.fields["kind"].value() is PIPELINE  # the most urgent routine
    dialog.fields["outcome"].widget.setPlainText("Two renewals to chase")
    press_ok(dialog)
    [held] = reviews.list_reviews(beta)
    assert page.selected_review().id == held.id
    first = page.schedule_model.rows()[0]  # tier C: 20 Nov + 1 month, before 31 January
    assert (first.routine, first.due_date) == (PIPELINE, D(2026, 12, 20))

    edit = page.edit_review()
    assert not edit.fields["kind"].widget.isEnabled()
    edit.fields["outcome"].widget.setPlainText("Two renewals, one at risk")
    edit.fields["date"].load(D(2026, 11, 18))
    press_ok(edit)
    assert history(page)[0][:3] == ("11/18/2026", "Pipeline", "Two renewals, one at risk")
    assert workspace.undo_stack.undoText() == "Edit review of “Beta Agro” (Pipeline)"

    page.select_review(held.id)
    page.delete_button.click()
    assert reviews.list_reviews(beta) == []
    workspace.undo_stack.undo()  # delete
    assert history(page)[0][2] == "Two renewals, one at risk"
    workspace.undo_stack.undo()  # edit
    assert history(page)[0][:3] == ("11/20/2026", "Pipeline", "Two renewals to chase")
    workspace.undo_stack.undo()  # record
    assert reviews.list_reviews(beta) == []
    assert page.empty_history.isVisible()


def test_a_relationship_review_from_the_dialog_takes_the_map_figures(page, reviews, beta):
    page.show_account(beta)
    dialog = page.record_review(RELATIONSHIP)
    assert dialog.measure_hint.isVisible()
    press_ok(dialog)
    [held] = reviews.list_reviews(beta)
    assert set(held.measures) == {"sponsor_coverage", "resistance"}
