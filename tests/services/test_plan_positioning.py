"""Positioning service: a review keeps the account's positioning as it was, the history lists
them newest first, the gap between desired and perceived position, every bad input refused
with nothing written, and an undo that gives the database back row for row."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.model import Review
from kamdesk.model.enums import ReviewKind
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.plan.interaction_checks import AFTER_TODAY, TOO_EARLY
from kamdesk.services.plan.messages import NOT_A_DATE
from kamdesk.services.plan.positioning import (
    NOTES_LIMIT,
    Positioning,
    PositioningService,
    position_gap,
)
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.problems import NO_SUCH_ACCOUNT, REQUIRED, TOO_LONG, ValidationError
from tests.services.support import all_rows, refused

TODAY = dt.date(2026, 11, 20)
Q2, Q3 = dt.date(2026, 6, 30), dt.date(2026, 9, 30)


@pytest.fixture
def service(portfolio):
    return PositioningService(portfolio)


@pytest.fixture
def accounts(portfolio):
    return AccountService(portfolio)


@pytest.fixture
def account(accounts):
    return accounts.create(
        AccountData(
            name="Agro Cerrado",
            value_proposition="Cut their freight costs by 15 %",
            desired_position="We sell added value",
            perceived_position="The client buys commodity",
            differentiators="Support on site within 24 h",
        )
    )


def test_a_review_keeps_the_positioning_of_that_day(service, accounts, account):
    review_id = service.record_review(account, Q2, "  Purchasing still compares on price.  ", TODAY)
    accounts.update(account, {"perceived_position": "A reliable partner"})

    [review] = service.history(account)
    assert review.id == review_id
    assert (review.account_id, review.date, review.notes) == (
        account,
        Q2,
        "Purchasing still compares on price.",
    )
    assert review.positioning == Positioning(
        value_proposition="Cut their freight costs by 15 %",
        desired_position="We sell added value",
        perceived_position="The client buys commodity",
        differentiators="Support on site within 24 h",
    )
    assert review.positioning.changed_fields(service.current(account)) == ("perceived_position",)


def test_the_review_is_stored_as_a_positioning_review_with_its_snapshot(
    portfolio, service, account
):
    review_id = service.record_review(account, Q2, "", TODAY)
    with portfolio.session() as session:
        review = session.get(Review, review_id)
        assert review.kind is ReviewKind.POSITIONING
        assert review.measures == {
            "value_proposition": "Cut their freight costs by 15 %",
            "desired_position": "We sell added value",
            "perceived_position": "The client buys commodity",
            "differentiators": "Support on site within 24 h",
        }


def test_history_is_newest_first_and_only_positioning_reviews(portfolio, service, account):
    first = service.record_review(account, Q2, "Q2", TODAY)
    second = service.record_review(account, Q3, "Q3", TODAY)
    same_day = service.record_review(account, Q3, "Q3, again", TODAY)
    with portfolio.session() as session:  # a review of another routine, and one without figures
        session.add(Review(account_id=account, kind=ReviewKind.RISK, date=Q3))
        session.add(Review(account_id=account, kind=ReviewKind.POSITIONING, date=Q2, outcome="x"))
    history = service.history(account)
    assert [r.id for r in history[:2]] == [same_day, second]
    assert history[-1].id == first
    assert [r.notes for r in history] == ["Q3, again", "Q3", "x", "Q2"]
    assert history[2].positioning is None  # same day as Q2, recorded later


def test_a_snapshot_from_before_differentiators_reads_as_empty_text():
    old = {"value_proposition": "v", "desired_position": "d", "perceived_position": "p"}
    assert Positioning.from_json(old) == Positioning("v", "d", "p", "")
    assert Positioning.from_json(None) is None
    assert Positioning.from_json({"sponsor_coverage": 0.5}) is None


@pytest.mark.parametrize(
    ("desired", "perceived", "gap"),
    [
        ("We sell added value", "The client buys commodity", True),
        ("We sell added value", "  we SELL   added value ", False),
        ("Parceiro estratégico", "parceiro estrategico", False),
        ("We sell added value", "", False),
        ("", "", False),
    ],
)
def test_the_gap_is_desired_and_perceived_saying_different_things(desired, perceived, gap):
    assert position_gap(desired, perceived) is gap
    assert Positioning(desired_position=desired, perceived_position=perceived).has_gap is gap


def test_gap_of_an_account(service, accounts, account):
    assert service.gap(account)
    accounts.update(account, {"perceived_position": "We sell added value"})
    assert not service.gap(account)


def test_undo_and_redo_give_the_database_back_row_for_row(portfolio, service, account):
    before = all_rows(portfolio)
    review_id = service.record_review(account, Q3, "Moved up", TODAY)
    after = all_rows(portfolio)
    snapshot = service.delete_review(review_id)
    assert all_rows(portfolio) == before
    service.restore(snapshot)
    assert all_rows(portfolio) == after
    assert service.history(account)[0].id == review_id


def test_deleting_a_review_that_is_gone_or_of_another_routine_is_refused(
    portfolio, service, account
):
    with portfolio.session() as session:
        risk_review = Review(account_id=account, kind=ReviewKind.RISK, date=Q3)
        session.add(risk_review)
        session.flush()
        risk_review_id = risk_review.id
    for review_id in (999, risk_review_id, "1"):
        error = refused(portfolio, service.delete_review, review_id)
        assert error.problems[0].field == "id"


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("account_id", [999, None, "1", True])
def test_an_unknown_account_is_refused(portfolio, service, account_id):
    error = refused(portfolio, service.record_review, account_id, Q3, "", TODAY)
    assert [(p.field, p.template) for p in error.problems] == [("account_id", NO_SUCH_ACCOUNT)]
    with pytest.raises(ValidationError):
        service.current(account_id)


@pytest.mark.parametrize(
    ("day", "template"),
    [
        (None, REQUIRED),
        ("2026-13-01", NOT_A_DATE),
        ("31/02/2026", NOT_A_DATE),
        (TODAY + dt.timedelta(days=1), AFTER_TODAY),
        (dt.date(1900, 1, 1), TOO_EARLY),
    ],
)
def test_a_bad_date_is_refused(portfolio, service, account, day, template):
    error = refused(portfolio, service.record_review, account, day, "", TODAY)
    assert [(p.field, p.template) for p in error.problems] == [("date", template)]
    assert service.validate_review(account, day, "", TODAY) == error.problems


def test_today_and_a_datetime_are_accepted(service, account):
    service.record_review(account, TODAY, "", TODAY)
    service.record_review(account, dt.datetime(2026, 10, 1, 14, 30), "", TODAY)
    assert [r.date for r in service.history(account)] == [TODAY, dt.date(2026, 10, 1)]


def test_notes_too_long_are_refused(portfolio, service, account):
    error = refused(portfolio, service.record_review, account, Q3, "x" * (NOTES_LIMIT + 1), TODAY)
    [problem] = error.problems
    assert (problem.field, problem.template) == ("notes", TOO_LONG)
    assert problem.args == {"limit": NOTES_LIMIT, "length": NOTES_LIMIT + 1}
    service.record_review(account, Q3, "x" * NOTES_LIMIT, TODAY)


def test_every_problem_at_once(portfolio, service):
    error = refused(portfolio, service.record_review, 999, None, "x" * 5000, TODAY)
    assert {p.field for p in error.problems} == {"account_id", "date", "notes"}


# -- the demo --------------------------------------------------------------------------------


def test_the_demo_shows_how_perception_moved(tmp_path):
    path = tmp_path / "demo.kamdesk"
    write_demo(path, accounts=12, seed=3, today=TODAY)
    portfolio = open_portfolio(path)
    try:
        service = PositioningService(portfolio)
        accounts = AccountService(portfolio)
        rows = accounts.list_rows()
        assert all(accounts.get(r.id).differentiators for r in rows)
        histories = [service.history(r.id) for r in rows]
        reviewed = [h for h in histories if h]
        assert reviewed and all(r.positioning is not None for h in reviewed for r in h)
        for row, history in zip(rows, histories, strict=True):
            if history:  # the latest review kept today's positioning
                assert history[0].positioning == service.current(row.id)
        moved = [
            h for h in reviewed if any(r.positioning.changed_fields(h[0].positioning) for r in h)
        ]
        assert moved
    finally:
        portfolio.close()
