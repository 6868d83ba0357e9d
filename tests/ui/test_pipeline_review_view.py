"""The monthly pipeline review: what needs attention and why, what slipped this month,
recording the review (and undoing it), and when the next one is due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kamdesk.model import Review
from kamdesk.model.enums import ReviewKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.pipeline import OpportunityData, OpportunityService
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.pipeline.commands import UpdateOpportunityCommand
from kamdesk.ui.pipeline.review_view import (
    AttentionColumn,
    PipelineReviewView,
    SlipColumn,
)

pytestmark = pytest.mark.usefixtures("english")

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def opportunities(workspace):
    return OpportunityService(workspace.portfolio)


@pytest.fixture
def agro(workspace):
    return workspace.accounts.create(AccountData(name="Agro Cerrado"))


@pytest.fixture
def deals(opportunities, agro):
    """Five open deals of Agro Cerrado, dated so that each needs attention for known reasons."""

    def deal(title, created, close, next_step="Call the director", value="10000"):
        data = OpportunityData(
            account_id=agro,
            title=title,
            expected_close=close,
            next_step=next_step,
            owner="Ana",
            one_time_value=Decimal(value),
        )
        return opportunities.create(data, today=created)

    ids = {
        # close date passed 20 days ago; updated on 15/11, so neither stale nor stuck
        "erp": deal("ERP renewal", D(2026, 10, 20), D(2026, 10, 31)),
        # no close date and no next step
        "cloud": deal("Cloud expansion", D(2026, 11, 15), None, next_step=""),
        # created 80 days ago and never touched: stale and stuck in its stage
        "support": deal("Support 24x7", D(2026, 9, 1), D(2027, 2, 1)),
        # healthy
        "training": deal("Training", D(2026, 11, 18), D(2026, 12, 15)),
        # healthy, but slipped on 12/11: close 30/11 → 31/01, value 10,000 → 8,000
        "licences": deal("Licences", D(2026, 10, 10), D(2026, 11, 30)),
    }
    opportunities.update(ids["erp"], {"next_step": "Ask for the PO"}, today=D(2026, 11, 15))
    opportunities.update(
        ids["licences"],
        {"expected_close": D(2027, 1, 31), "one_time_value": Decimal("8000")},
        today=D(2026, 11, 12),
    )
    return ids


def open_view(qtbot, workspace, account_id) -> PipelineReviewView:
    view = PipelineReviewView(workspace)
    qtbot.addWidget(view)
    view.set_scope(account_id)
    view.set_today(lambda: TODAY)
    view.resize(1300, 700)
    with qtbot.waitSignal(view.loaded):
        view.show()
    return view


def attention_lines(view) -> list[tuple[str, str]]:
    model = view.attention_table.model()
    return [
        (
            model.index(row, AttentionColumn.OPPORTUNITY).data(),
            model.index(row, AttentionColumn.REASON).data(),
        )
        for row in range(model.rowCount())
    ]


def slip_lines(view) -> list[tuple[str, ...]]:
    model = view.slip_model
    return [
        tuple(model.index(row, column).data() for column in SlipColumn)
        for row in range(model.rowCount())
    ]


def reviews(workspace) -> list[tuple]:
    with workspace.portfolio.session() as session:
        query = select(Review.id, Review.account_id, Review.kind, Review.date, Review.outcome)
        return [tuple(row) for row in session.execute(query.order_by(Review.id))]


# -- what needs attention ---------------------------------------------------------------------


def test_attention_list_gives_each_reason_in_words(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    assert attention_lines(view) == [
        ("ERP renewal", "The expected close date (10/31/2026) has passed."),
        ("Support 24x7", "Not updated for 80 days."),
        ("Support 24x7", "80 days in this stage; deals usually move on within 45 days."),
        ("Cloud expansion", "No expected close date."),  # undated last
        ("Cloud expansion", "No next step."),
    ]
    assert view.attention_count.text() == "3 opportunities"
    assert view.title.text() == "Monthly pipeline review — Agro Cerrado"
    assert view.attention_table.isColumnHidden(AttentionColumn.ACCOUNT)  # one account


def test_attention_list_filters_and_sorts_by_reason(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    labels = [view.reason.itemText(i) for i in range(view.reason.count())]
    assert labels == [
        "Every reason (5)",
        "Close date passed (1)",
        "No close date (1)",
        "No recent update (1)",
        "No next step (1)",
        "Stuck in stage (1)",
    ]
    view.reason.setCurrentIndex(labels.index("No next step (1)"))
    assert attention_lines(view) == [("Cloud expansion", "No next step.")]
    view.reason.setCurrentIndex(0)
    view.attention_table.sortByColumn(AttentionColumn.REASON, Qt.SortOrder.DescendingOrder)
    reasons = [reason for _, reason in attention_lines(view)]
    assert reasons[0].startswith("80 days in this stage")  # stuck last in reason order
    assert reasons[-1].startswith("The expected close date")


def test_double_click_on_a_line_asks_to_open_the_opportunity(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    table = view.attention_table
    index = table.model().index(1, AttentionColumn.OPPORTUNITY)
    assert index.data(ID_ROLE) == deals["support"]
    spot = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    with qtbot.waitSignal(view.opportunity_activated) as activated:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert activated.args == [deals["support"]]
    table.setFocus()
    with qtbot.waitSignal(view.opportunity_activated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [deals["support"]]


def test_the_list_follows_edits_and_their_undo(qtbot, workspace, agro, deals, opportunities):
    view = open_view(qtbot, workspace, agro)
    command = UpdateOpportunityCommand(
        workspace, opportunities, deals["cloud"], "Cloud expansion", {"next_step": "Demo"}
    )
    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.push(command)
    assert ("Cloud expansion", "No next step.") not in attention_lines(view)
    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.undo()
    assert ("Cloud expansion", "No next step.") in attention_lines(view)


def test_the_portfolio_review_lists_every_account(qtbot, workspace, agro, deals, opportunities):
    bank = workspace.accounts.create(AccountData(name="Banco Paulista"))
    opportunities.create(
        OpportunityData(account_id=bank, title="Payroll", expected_close=None, next_step="Go"),
        today=D(2026, 11, 19),
    )
    view = open_view(qtbot, workspace, None)
    lines = attention_lines(view)
    assert ("Payroll", "No expected close date.") in lines
    assert len(lines) == 6
    assert not view.attention_table.isColumnHidden(AttentionColumn.ACCOUNT)
    assert view.title.text() == "Monthly pipeline review — all accounts"


def test_a_change_during_a_read_shows_only_the_newest_scope(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    shown = []
    view.loaded.connect(lambda: shown.append(view.title.text()))
    view.set_scope(None)  # starts a read of the portfolio
    view.set_scope(agro)  # waits for it, drops its result, reads the account again
    qtbot.waitUntil(lambda: not view.reader.busy)
    assert shown == ["Monthly pipeline review — Agro Cerrado"]


# -- what slipped -----------------------------------------------------------------------------


def test_slipped_this_month_shows_before_and_after(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    assert [tuple(line) for line in slip_lines(view)] == [
        (
            "Licences",
            "Agro Cerrado",
            "11/30/2026 → 1/31/2027",
            "62 days later",
            "R$10,000 → R$8,000",
        )
    ]
    assert view.slip_count.text() == "1 opportunity"
    # Next month the slip belongs to November and December's list is empty.
    view.set_today(lambda: D(2026, 12, 2))
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert slip_lines(view) == []
    assert view.slip_stack.currentWidget() is view.slip_empty


# -- recording the review ---------------------------------------------------------------------


def test_recording_the_review_writes_it_and_undo_removes_it(qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    assert view.last_review.text() == "No pipeline review recorded yet."
    qtbot.keyClicks(view.notes, "Push ERP to December")
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    [(review_id, account, kind, date, notes)] = reviews(workspace)
    assert (account, kind, date, notes) == (
        agro,
        ReviewKind.PIPELINE,
        TODAY,
        "Push ERP to December",
    )
    assert view.notes.toPlainText() == ""
    assert view.last_review.text() == "Last review: 11/20/2026 — due again in December"
    assert workspace.undo_stack.undoText() == "Pipeline review of “Agro Cerrado”"

    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.undo()
    assert reviews(workspace) == []
    assert view.last_review.text() == "No pipeline review recorded yet."

    with qtbot.waitSignal(view.loaded):
        workspace.undo_stack.redo()
    assert [r[0] for r in reviews(workspace)] == [review_id]  # the same review again


def test_a_portfolio_review_with_nothing_open_is_refused(qtbot, workspace, agro):
    view = open_view(qtbot, workspace, None)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    box = view.findChild(QMessageBox, "messageBox")
    assert box is not None
    assert box.text() == "The pipeline review was not recorded."
    assert box.informativeText() == "No account has open opportunities to review."
    assert reviews(workspace) == [] and workspace.undo_stack.count() == 0
    box.close()


@pytest.mark.parametrize(
    ("today", "expected", "late"),
    [
        (D(2026, 11, 20), "Last review: 11/3/2026 — due again in December", False),
        (D(2026, 12, 5), "Last review: 11/3/2026 — due this month", False),
        (D(2027, 1, 10), "Last review: 11/3/2026 — overdue (was due in December 2026)", True),
    ],
)
def test_the_next_review_is_due_the_month_after_the_last(qtbot, workspace, today, expected, late):
    view = PipelineReviewView(workspace)
    qtbot.addWidget(view)
    assert view.review_status(D(2026, 11, 3), today) == (expected, late)


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, workspace, agro, deals):
    view = open_view(qtbot, workspace, agro)
    assert view.attention_model.rowCount() == 5
    qtmodeltester.check(view.attention_model)
    qtmodeltester.check(view.attention_proxy)
    qtmodeltester.check(view.slip_model)
