"""The review cadence engine in the portfolio (issue 6, part 4): the reviews an account held,
which routine review is due for which account, and recording one.

Decisions:

- Every Review row counts as a review held, whoever wrote it: the pipeline review (kind
  pipeline), the stakeholder map's monthly review (relationship), the positioning review,
  or this service. Recording one moves that routine's next due date (see
  :mod:`kamdesk.analytics.cadence` for the dates, the end-of-month rule and the statuses).
- Cadences come from the portfolio settings (tier → routine → months), tiers from the
  accounts service (the computed tier, or the one set by hand).
- An account never reviewed for a routine is first due one cadence after it came into the
  KAM's care: the later of the day it became a client (``client_since``) and the day it was
  created in KAMdesk. A client of ten years brought into KAMdesk today is not ten years late
  on its first day; one created long ago with a recent ``client_since`` counts from that.
- The OKR check-in is a routine of the accounts that have objectives: an account without any
  has no check-in due (a check-in recorded anyway still shows in its history).
- Archived accounts have no reviews due in the portfolio's list; asked for by id, an
  account's schedule is given whatever its state, so its editor can show it.
- A review is dated today or earlier (see :mod:`kamdesk.services.plan.review_checks`).
- A relationship review recorded without figures takes the map's sponsor coverage and
  resistance as they are now, as the map's own review does, so the map's trend gets a point.
- Only the date and the outcome of a recorded review can be edited.
- Undo: record → delete (its snapshot redoes, same id); update → revert with the previous
  values it returned; delete → restore, same ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kamdesk.analytics import cadence
from kamdesk.model import Account, CheckIn, KeyResult, Objective, Review
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.accounts import AccountRow, AccountService
from kamdesk.services.pipeline.checks import is_id
from kamdesk.services.plan.review_checks import (
    EDITABLE_FIELDS,
    NO_SUCH_REVIEW,
    ReviewData,
    clean_review,
    review_problems,
)
from kamdesk.services.problems import NO_SUCH_ACCOUNT, Problem, ValidationError, refuse
from kamdesk.services.settings import read_settings
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.services.stakeholders.reading import current_measures
from kamdesk.store import Portfolio

# A routine's place in the panel, to give each (account, routine) line an id of its own.
ROUTINE_SLOTS = len(cadence.ROUTINE_ORDER) + 1


@dataclass(frozen=True)
class ReviewRow:
    """One review held, as the account's history lists it."""

    id: int
    account_id: int
    kind: ReviewKind
    date: dt.date
    outcome: str
    measures: dict | None


@dataclass(frozen=True)
class ReviewDueRow:
    """One routine of one account: when it was last reviewed, when it is due and how late.

    ``days_until_due`` = due date − the day asked about (negative when overdue)."""

    account_id: int
    account_name: str
    owner: str
    tier: Tier | None
    routine: ReviewKind
    cadence_months: int
    last_review: dt.date | None
    due_date: dt.date
    status: cadence.ReviewStatus
    days_overdue: int
    days_until_due: int

    @property
    def id(self) -> int:
        """Unique per account and routine, for the table models."""
        return self.account_id * ROUTINE_SLOTS + cadence.ROUTINE_ORDER.get(
            self.routine, ROUTINE_SLOTS - 1
        )

    @property
    def is_overdue(self) -> bool:
        return self.days_until_due < 0

    @property
    def is_due_soon(self) -> bool:
        """Due today or within the next :data:`cadence.DUE_SOON_DAYS` days."""
        return 0 <= self.days_until_due <= cadence.DUE_SOON_DAYS


class ReviewService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def list_reviews(self, account_id: int) -> list[ReviewRow]:
        """The reviews the account held, newest first (then the latest recorded first)."""
        query = (
            select(Review)
            .where(Review.account_id == account_id)
            .order_by(Review.date.desc(), Review.id.desc())
        )
        with self.portfolio.session() as session:
            _require_account(session, account_id)
            return [_review_row(r) for r in session.scalars(query)]

    def get(self, review_id: int) -> ReviewData:
        with self.portfolio.session() as session:
            return _review_data(_require_review(session, review_id))

    def reviews_due(
        self,
        as_of: dt.date,
        account_id: int | None = None,
        account_rows: Sequence[AccountRow] | None = None,
    ) -> list[ReviewDueRow]:
        """Each routine of each active account (or of ``account_id`` alone), earliest due date
        first. ``account_rows`` (the accounts with their tiers) saves reading them again when
        the caller has them."""
        if account_rows is None:
            account_rows = AccountService(self.portfolio).list_rows(as_of=as_of)
        if account_id is None:
            accounts = {r.id: r for r in account_rows if not r.archived}
        else:
            accounts = {r.id: r for r in account_rows if r.id == account_id}
        with self.portfolio.session() as session:
            if account_id is not None:
                _require_account(session, account_id)
            cadences = read_settings(session).cadences
            since = _taken_on(session, accounts)
            held = _reviews_held(session, account_id)
            with_objectives = set(session.scalars(select(Objective.account_id).distinct()))
        refs = [
            cadence.AccountRef(row.id, row.name, since[row.id], row.tier)
            for row in accounts.values()
            if row.id in since
        ]
        due = cadence.reviews_due(refs, cadence.latest_reviews(held), as_of, cadences)
        return [
            _due_row(d, accounts[d.account_id], as_of)
            for d in due
            if d.routine is not ReviewKind.OKR or d.account_id in with_objectives
        ]

    # -- writing -----------------------------------------------------------------------------

    def validate(
        self, data: ReviewData, review_id: int | None = None, today: dt.date | None = None
    ) -> list[Problem]:
        """The problems :meth:`record` (or :meth:`update` of ``review_id`` to ``data``'s date
        and outcome) would refuse; ``today`` defaults to the current date."""
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            previous = None
            if review_id is not None:
                previous = _review_data(_require_review(session, review_id))
            return review_problems(session, data, today, previous)

    def record(
        self,
        account_id: int,
        kind: ReviewKind,
        day: dt.date,
        outcome: str = "",
        measures: Mapping | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Records a review held on ``day``; returns its id (undo: :meth:`delete`)."""
        data = ReviewData(account_id, kind, day, outcome, measures)
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            refuse(review_problems(session, data, today))
            data = clean_review(data)
            if data.kind is ReviewKind.RELATIONSHIP and data.measures is None:
                data = replace(data, measures=current_measures(session, account_id).to_json())
            review = Review(
                account_id=data.account_id,
                kind=data.kind,
                date=data.date,
                outcome=data.outcome,
                measures=data.measures,
            )
            session.add(review)
            session.flush()
            return review.id

    def update(
        self, review_id: int, changes: Mapping[str, object], today: dt.date | None = None
    ) -> dict[str, object]:
        """Changes the date and/or outcome; returns the changed columns as they were
        (:meth:`revert` puts them back)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:  # a bug in the caller, not the KAM's input
            raise ValueError(f"not an editable review field: {sorted(unknown)}")
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            review = _require_review(session, review_id)
            before = _review_data(review)
            after = replace(before, **changes)
            refuse(review_problems(session, after, today, before))
            after = clean_review(after)
            previous = {}
            for name in EDITABLE_FIELDS:
                old, new = getattr(review, name), getattr(after, name)
                if old != new:
                    previous[name] = old
                    setattr(review, name, new)
            return previous

    def revert(self, review_id: int, previous: Mapping[str, object]) -> None:
        with self.portfolio.session() as session:
            _require_review(session, review_id)
            if previous:
                session.execute(update(Review).where(Review.id == review_id).values(dict(previous)))

    def delete(self, review_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the reviews; :meth:`restore` puts them back with the same ids."""
        ids = list(dict.fromkeys(review_ids))
        with self.portfolio.session() as session:
            wanted = [i for i in ids if is_id(i)]
            found = set(session.scalars(select(Review.id).where(Review.id.in_(wanted))))
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationError([Problem("id", NO_SUCH_REVIEW, {"ids": missing})])
            snapshot = take_deletion_snapshot(session, Review.__table__, ids)
            delete_rows(session, Review.__table__, ids)
            return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)


# -- helpers ---------------------------------------------------------------------------------


def _require_account(session: Session, account_id) -> None:
    if not is_id(account_id) or session.get(Account, account_id) is None:
        raise ValidationError([Problem("account_id", NO_SUCH_ACCOUNT)])


def _require_review(session: Session, review_id) -> Review:
    review = session.get(Review, review_id) if is_id(review_id) else None
    if review is None:
        raise ValidationError([Problem("id", NO_SUCH_REVIEW)])
    return review


def _taken_on(session: Session, accounts: Mapping[int, AccountRow]) -> dict[int, dt.date]:
    """When each account came into the KAM's care: the later of the day it became a client
    and the day it was created in KAMdesk."""
    query = select(Account.id, Account.client_since, Account.created_at)
    if len(accounts) == 1:
        query = query.where(Account.id.in_(list(accounts)))
    return {
        account_id: max(client_since or created_at.date(), created_at.date())
        for account_id, client_since, created_at in session.execute(query)
        if account_id in accounts
    }


def _reviews_held(session: Session, account_id: int | None) -> list:
    """(account, routine, date) of every review held; a check-in on any key result of an
    account's objectives counts as that account's OKR check-in, so checking in from the OKRs
    tab moves the routine as recording it here does."""
    reviews = select(Review.account_id, Review.kind, Review.date)
    check_ins = (
        select(Objective.account_id, func.max(CheckIn.date))
        .join(KeyResult, KeyResult.objective_id == Objective.id)
        .join(CheckIn, CheckIn.key_result_id == KeyResult.id)
        .where(Objective.account_id.is_not(None))
        .group_by(Objective.account_id)
    )
    if account_id is not None:
        reviews = reviews.where(Review.account_id == account_id)
        check_ins = check_ins.where(Objective.account_id == account_id)
    held = [tuple(row) for row in session.execute(reviews)]
    held += [(owner, ReviewKind.OKR, day) for owner, day in session.execute(check_ins)]
    return held


def _review_data(review: Review) -> ReviewData:
    return ReviewData(
        account_id=review.account_id,
        kind=review.kind,
        date=review.date,
        outcome=review.outcome,
        measures=review.measures,
    )


def _review_row(review: Review) -> ReviewRow:
    return ReviewRow(
        id=review.id,
        account_id=review.account_id,
        kind=review.kind,
        date=review.date,
        outcome=review.outcome,
        measures=review.measures,
    )


def _due_row(due: cadence.ReviewDue, account: AccountRow, as_of: dt.date) -> ReviewDueRow:
    return ReviewDueRow(
        account_id=due.account_id,
        account_name=due.account_name,
        owner=account.owner,
        tier=account.tier,
        routine=due.routine,
        cadence_months=due.cadence_months,
        last_review=due.last_review,
        due_date=due.due_date,
        status=due.status,
        days_overdue=due.days_overdue,
        days_until_due=(due.due_date - as_of).days,
    )
