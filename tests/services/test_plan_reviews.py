"""Review service: the reviews due by account and routine against hand-computed dates (tier
cadences, never reviewed, overdue days, end of month), recording a review moves the next due
date, every bad input refused with nothing written, and undo data that gives the rows back."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.analytics.cadence import ReviewStatus
from kamdesk.model import Account, Objective, Review
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.plan import CheckInData, KeyResultData, OkrService
from kamdesk.services.plan.review_checks import (
    NO_SUCH_REVIEW,
    OUTCOME_LIMIT,
    REVIEW_IN_THE_FUTURE,
    ReviewData,
)
from kamdesk.services.plan.reviews import ReviewService
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    ValidationError,
)
from kamdesk.services.settings import SettingsService
from kamdesk.services.stakeholders import StakeholderService
from tests.services.support import all_rows, only, refused

D = dt.date
TODAY = D(2027, 3, 15)
RISK, PIPELINE, RELATIONSHIP = ReviewKind.RISK, ReviewKind.PIPELINE, ReviewKind.RELATIONSHIP
POSITIONING, OKR = ReviewKind.POSITIONING, ReviewKind.OKR


def created_on(portfolio, account_id: int, day: D) -> None:
    """As if the account had been created in KAMdesk on ``day``."""
    with portfolio.session() as session:
        session.get(Account, account_id).created_at = dt.datetime(day.year, day.month, day.day)


def add_objective(portfolio, account_id: int) -> None:
    with portfolio.session() as session:
        session.add(Objective(account_id=account_id, title="Grow share", period="2027"))


@pytest.fixture
def service(portfolio):
    return ReviewService(portfolio)


@pytest.fixture
def accounts(portfolio):
    return AccountService(portfolio)


@pytest.fixture
def acme(portfolio, accounts):
    """A tier A client since 1 January 2026, in KAMdesk since June 2025, with objectives."""
    account_id = accounts.create(
        AccountData(name="Acme", owner="Ana", tier_override=Tier.A, client_since=D(2026, 1, 1))
    )
    created_on(portfolio, account_id, D(2025, 6, 1))
    add_objective(portfolio, account_id)
    return account_id


@pytest.fixture
def beta(portfolio, accounts):
    """A tier C client since 31 October 2026, in KAMdesk since 1 October 2026; no objectives,
    so no OKR check-in is due."""
    account_id = accounts.create(
        AccountData(name="Beta", owner="Bruno", tier_override=Tier.C, client_since=D(2026, 10, 31))
    )
    created_on(portfolio, account_id, D(2026, 10, 1))
    return account_id


def due_of(service, account_id) -> dict[ReviewKind, tuple]:
    return {
        r.routine: (r.last_review, r.due_date, r.status, r.days_overdue)
        for r in service.reviews_due(TODAY, account_id)
    }


# -- reviews due -----------------------------------------------------------------------------


def test_tier_a_and_tier_c_follow_their_own_cadences(service, acme, beta):
    service.record(acme, RISK, D(2026, 12, 10), today=TODAY)
    service.record(beta, RISK, D(2026, 12, 10), today=TODAY)
    service.record(acme, RELATIONSHIP, D(2027, 1, 31), today=TODAY)
    service.record(beta, RELATIONSHIP, D(2027, 1, 31), today=TODAY)
    a, c = due_of(service, acme), due_of(service, beta)
    # Risk is quarterly for both: 10 Dec + 3 months = 10 March, 15 − 10 = 5 days overdue.
    assert a[RISK] == c[RISK] == (D(2026, 12, 10), D(2027, 3, 10), ReviewStatus.OVERDUE, 5)
    # Relationship: monthly for A, 31 Jan + 1 = 28 Feb (end of month), 15 days overdue;
    # quarterly for C, 31 Jan + 3 = 30 April (end of month), upcoming.
    assert a[RELATIONSHIP] == (D(2027, 1, 31), D(2027, 2, 28), ReviewStatus.OVERDUE, 15)
    assert c[RELATIONSHIP] == (D(2027, 1, 31), D(2027, 4, 30), ReviewStatus.UPCOMING, 0)


def test_a_routine_never_reviewed_counts_from_client_since(service, acme, beta):
    a, c = due_of(service, acme), due_of(service, beta)
    # Acme since 1 Jan 2026, positioning quarterly: due 1 April 2026; 1 April 2026 to
    # 15 March 2027 = 365 − 17 = 348 days.
    assert a[POSITIONING] == (None, D(2026, 4, 1), ReviewStatus.NEVER_DONE, 348)
    # Beta (C) since 31 Oct 2026, positioning every 6 months: 30 April 2027 (end of month).
    assert c[POSITIONING] == (None, D(2027, 4, 30), ReviewStatus.NEVER_DONE, 0)
    # Beta's pipeline monthly: 31 Oct + 1 = 30 Nov 2026; 30 Nov → 15 March = 105 days.
    assert c[PIPELINE] == (None, D(2026, 11, 30), ReviewStatus.NEVER_DONE, 105)


def test_without_client_since_the_account_counts_from_its_creation(service, portfolio, accounts):
    new = accounts.create(AccountData(name="Nova", tier_override=Tier.A))
    created_on(portfolio, new, D(2026, 12, 31))
    rows = {r.routine: r for r in service.reviews_due(TODAY, new)}
    # 31 Dec + 1 month = 31 January; 31 Jan → 15 March = 43 days.
    assert (rows[PIPELINE].due_date, rows[PIPELINE].days_overdue) == (D(2027, 1, 31), 43)
    assert rows[RISK].due_date == D(2027, 3, 31)  # + 3 months: 31 March, upcoming


def test_a_long_time_client_new_to_kamdesk_counts_from_its_creation(service, portfolio, accounts):
    # A client since 2015 brought into KAMdesk on 10 January 2027 is not years late.
    old = accounts.create(
        AccountData(name="Velha", tier_override=Tier.A, client_since=D(2015, 5, 4))
    )
    created_on(portfolio, old, D(2027, 1, 10))
    rows = {r.routine: r for r in service.reviews_due(TODAY, old)}
    assert (rows[PIPELINE].due_date, rows[PIPELINE].days_overdue) == (D(2027, 2, 10), 33)
    assert (rows[RISK].due_date, rows[RISK].days_overdue) == (D(2027, 4, 10), 0)


def test_an_account_without_objectives_has_no_okr_check_in_due(service, portfolio, accounts):
    plain = accounts.create(AccountData(name="Sem OKR", tier_override=Tier.A))
    assert OKR not in {r.routine for r in service.reviews_due(TODAY, plain)}
    add_objective(portfolio, plain)
    assert OKR in {r.routine for r in service.reviews_due(TODAY, plain)}


def test_the_list_is_earliest_due_first_with_owner_and_tier(service, acme, beta):
    rows = service.reviews_due(TODAY)
    assert [r.due_date for r in rows] == sorted(r.due_date for r in rows)
    first = rows[0]  # Acme's monthly routines, never done since 1 Jan 2026: due 1 Feb 2026
    assert (first.account_name, first.owner, first.tier, first.routine) == (
        "Acme",
        "Ana",
        Tier.A,
        PIPELINE,
    )
    assert len({r.id for r in rows}) == len(rows) == 9  # Beta has no OKR check-in


def test_archived_accounts_have_no_reviews_due(service, accounts, acme, beta):
    accounts.set_archived([beta], True)
    assert {r.account_id for r in service.reviews_due(TODAY)} == {acme}
    assert service.reviews_due(TODAY, beta)  # its own page still shows its schedule


def test_reviews_written_by_the_pipeline_and_the_map_count_as_held(service, portfolio, acme):
    StakeholderService(portfolio).record_map_review(acme, D(2027, 3, 1))
    with portfolio.session() as session:
        session.add(Review(account_id=acme, kind=PIPELINE, date=D(2027, 3, 2), outcome=""))
    a = due_of(service, acme)
    assert a[RELATIONSHIP][:3] == (D(2027, 3, 1), D(2027, 4, 1), ReviewStatus.UPCOMING)
    assert a[PIPELINE][:3] == (D(2027, 3, 2), D(2027, 4, 2), ReviewStatus.UPCOMING)


def test_a_check_in_in_the_okrs_tab_counts_as_the_okr_check_in(service, portfolio, acme):
    okrs = OkrService(portfolio)
    objective = okrs.list_objectives(acme)[0].id
    key_result = okrs.create_key_result(
        KeyResultData(objective_id=objective, title="Share", start=10.0, target=20.0)
    )
    for day in (D(2027, 1, 20), D(2027, 3, 5)):
        okrs.create_check_in(CheckInData(key_result_id=key_result, date=day, value=12.0))
    # Monthly for tier A: the latest check-in, 5 March + 1 month = 5 April, upcoming.
    assert due_of(service, acme)[OKR][:3] == (D(2027, 3, 5), D(2027, 4, 5), ReviewStatus.UPCOMING)


def test_cadences_from_the_settings_are_used(service, portfolio, acme):
    settings_service = SettingsService(portfolio)
    settings = settings_service.load()
    cadences = {**settings.cadences, Tier.A: {RISK: 1}}
    settings_service.save(settings.with_changes(cadences=cadences))
    service.record(acme, RISK, D(2027, 1, 31), today=TODAY)
    rows = service.reviews_due(TODAY, acme)
    assert [(r.routine, r.cadence_months, r.due_date) for r in rows] == [(RISK, 1, D(2027, 2, 28))]
    assert rows[0].is_overdue and rows[0].days_until_due == -15


def test_due_soon_is_within_seven_days(service, acme):
    service.record(acme, PIPELINE, D(2027, 2, 20), today=TODAY)  # due 20 March: 5 days
    row = next(r for r in service.reviews_due(TODAY, acme) if r.routine is PIPELINE)
    assert (row.status, row.days_until_due, row.is_due_soon, row.is_overdue) == (
        ReviewStatus.DUE,
        5,
        True,
        False,
    )


# -- recording, editing, deleting ------------------------------------------------------------


def test_recording_a_review_moves_the_next_due_date(service, acme):
    assert due_of(service, acme)[RISK][1] == D(2026, 4, 1)
    review_id = service.record(acme, RISK, TODAY, "  Two risks closed  ", today=TODAY)
    assert due_of(service, acme)[RISK] == (TODAY, D(2027, 6, 15), ReviewStatus.UPCOMING, 0)
    [row] = service.list_reviews(acme)
    assert (row.id, row.kind, row.date, row.outcome) == (review_id, RISK, TODAY, "Two risks closed")


def test_reviews_are_listed_newest_first(service, acme):
    older = service.record(acme, RISK, D(2026, 12, 1), today=TODAY)
    newer = service.record(acme, PIPELINE, D(2027, 2, 1), "ok", {"open_opportunities": 3}, TODAY)
    same_day = service.record(acme, OKR, D(2027, 2, 1), today=TODAY)
    rows = service.list_reviews(acme)
    assert [r.id for r in rows] == [same_day, newer, older]
    assert rows[1].measures == {"open_opportunities": 3}


def test_a_relationship_review_takes_the_maps_figures(service, acme):
    review_id = service.record(acme, RELATIONSHIP, TODAY, today=TODAY)
    [row] = service.list_reviews(acme)
    assert row.id == review_id
    assert set(row.measures) == {"sponsor_coverage", "resistance"}


def test_update_returns_what_revert_puts_back(service, portfolio, acme):
    review_id = service.record(acme, RISK, D(2027, 1, 10), "first", today=TODAY)
    before = all_rows(portfolio)
    previous = service.update(review_id, {"date": D(2027, 2, 1), "outcome": " second "}, TODAY)
    assert previous == {"date": D(2027, 1, 10), "outcome": "first"}
    assert service.get(review_id) == ReviewData(acme, RISK, D(2027, 2, 1), "second")
    service.revert(review_id, previous)
    assert all_rows(portfolio) == before


def test_delete_and_restore_give_back_the_same_row(service, portfolio, acme):
    review_id = service.record(acme, RELATIONSHIP, D(2027, 1, 10), "map", today=TODAY)
    before = all_rows(portfolio)
    snapshot = service.delete([review_id])
    assert service.list_reviews(acme) == []
    service.restore(snapshot)
    assert all_rows(portfolio) == before


# -- bad input -------------------------------------------------------------------------------


def test_an_unknown_account_is_refused(service, portfolio):
    error = refused(portfolio, service.record, 999, RISK, D(2027, 1, 1), today=TODAY)
    assert (only(error).field, only(error).template) == ("account_id", NO_SUCH_ACCOUNT)
    with pytest.raises(ValidationError):
        service.reviews_due(TODAY, 999)


@pytest.mark.parametrize(
    ("day", "template"),
    [(None, REQUIRED), ("2027-02-31", None), ("31/02/2027", None)],
)
def test_a_missing_or_impossible_date_is_refused(service, portfolio, acme, day, template):
    problem = only(refused(portfolio, service.record, acme, RISK, day, today=TODAY))
    assert problem.field == "date"
    if template is not None:
        assert problem.template == template
    else:
        assert problem.args == {"value": day}


def test_a_date_after_today_is_refused_and_today_is_accepted(service, portfolio, acme):
    tomorrow = TODAY + dt.timedelta(days=1)
    problem = only(refused(portfolio, service.record, acme, RISK, tomorrow, today=TODAY))
    assert (problem.field, problem.template) == ("date", REVIEW_IN_THE_FUTURE)
    assert problem.args == {"value": tomorrow, "today": TODAY}
    assert service.record(acme, RISK, TODAY, today=TODAY)


def test_a_datetime_is_taken_as_its_day(service, acme):
    service.record(acme, RISK, dt.datetime(2027, 3, 1, 15, 30), today=TODAY)
    assert service.list_reviews(acme)[0].date == D(2027, 3, 1)


def test_an_outcome_too_long_is_refused(service, portfolio, acme):
    long = "x" * (OUTCOME_LIMIT + 1)
    problem = only(refused(portfolio, service.record, acme, RISK, TODAY, long, today=TODAY))
    assert (problem.field, problem.template) == ("outcome", TOO_LONG)
    assert problem.args == {"limit": OUTCOME_LIMIT, "length": OUTCOME_LIMIT + 1}
    assert service.record(acme, RISK, TODAY, "x" * OUTCOME_LIMIT, today=TODAY)


@pytest.mark.parametrize("kind", ["audit", None, 3])
def test_an_unknown_kind_is_refused(service, portfolio, acme, kind):
    problem = only(refused(portfolio, service.record, acme, kind, TODAY, today=TODAY))
    assert (problem.field, problem.template) == ("kind", UNKNOWN_VALUE)


def test_every_problem_is_reported_at_once(service, portfolio):
    error = refused(portfolio, service.record, 0, "audit", None, 5, today=TODAY)
    assert {p.field for p in error.problems} == {"account_id", "kind", "date", "outcome"}


def test_an_edit_to_a_future_date_is_refused(service, portfolio, acme):
    review_id = service.record(acme, RISK, TODAY, today=TODAY)
    error = refused(portfolio, service.update, review_id, {"date": D(2028, 3, 15)}, TODAY)
    assert only(error).template == REVIEW_IN_THE_FUTURE


def test_a_review_dated_ahead_elsewhere_keeps_its_outcome_editable(service, portfolio, acme):
    with portfolio.session() as session:
        review = Review(account_id=acme, kind=RISK, date=D(2027, 6, 1), outcome="imported")
        session.add(review)
        session.flush()
        review_id = review.id
    assert service.update(review_id, {"outcome": "checked"}, TODAY) == {"outcome": "imported"}


def test_a_missing_review_is_reported(service, portfolio, acme):
    for call, args in (
        (service.update, (999, {"outcome": "x"})),
        (service.delete, ([999],)),
        (service.get, (999,)),
    ):
        assert only(refused(portfolio, call, *args)).template == NO_SUCH_REVIEW


def test_only_date_and_outcome_can_be_edited(service, acme):
    review_id = service.record(acme, RISK, TODAY, today=TODAY)
    with pytest.raises(ValueError, match="kind"):
        service.update(review_id, {"kind": PIPELINE})


def test_validate_says_what_record_would_refuse(service, acme):
    assert service.validate(ReviewData(acme, RISK, TODAY), today=TODAY) == []
    problems = service.validate(ReviewData(acme, RISK, None, "x" * 5000), today=TODAY)
    assert {p.field for p in problems} == {"date", "outcome"}
