"""Positioning (issue 6 §2): the quarterly positioning review and its history.

The account itself holds today's positioning (value proposition, desired and perceived
position, differentiators), edited in the account editor through
:class:`~kamdesk.services.accounts.AccountService`. A positioning review is a
:class:`~kamdesk.model.Review` of kind ``positioning`` whose ``measures`` keep a copy of those
four texts as they were that day, so the KAM sees how the client's perception moved from one
quarter to the next.

Decisions:

- A review is dated on or before today (it was held) and its notes are at most
  :data:`NOTES_LIMIT` characters; an unknown account, a bad date or long notes are refused
  and nothing is written.
- A positioning review recorded elsewhere without a snapshot (the reviews-due panel, an old
  import) is listed with ``positioning`` None.
- The gap: desired and perceived position both written and different (ignoring case, accents
  and spacing) — "we sell added value" but "the client buys commodity".
- Undo: :meth:`PositioningService.record_review` returns the id (undo:
  :meth:`~PositioningService.delete_review`, whose snapshot :meth:`~PositioningService.restore`
  puts back with the same id).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.model import Account, Review
from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.pipeline.checks import as_day, is_id
from kamdesk.services.plan.interaction_checks import (
    NO_SUCH_POSITIONING_REVIEW,
    NOTES_LIMIT,
    review_problems,
)
from kamdesk.services.problems import NO_SUCH_ACCOUNT, Problem, ValidationError
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio

__all__ = [
    "NOTES_LIMIT",
    "POSITIONING_FIELDS",
    "Positioning",
    "PositioningReview",
    "PositioningService",
    "position_gap",
]


@dataclass(frozen=True)
class Positioning:
    """The four texts of an account's positioning."""

    value_proposition: str = ""
    desired_position: str = ""
    perceived_position: str = ""
    differentiators: str = ""

    def to_json(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in POSITIONING_FIELDS}

    @classmethod
    def from_json(cls, measures: Any) -> Positioning | None:
        """The snapshot a review's ``measures`` hold; None when it holds none (a missing key
        is an empty text: a review from before differentiators existed)."""
        if not isinstance(measures, dict) or not POSITIONING_FIELDS_SET & measures.keys():
            return None
        return cls(**{name: str(measures.get(name) or "") for name in POSITIONING_FIELDS})

    def changed_fields(self, other: Positioning) -> tuple[str, ...]:
        """The fields whose text differs from ``other``'s (surrounding spaces ignored)."""
        return tuple(
            name
            for name in POSITIONING_FIELDS
            if getattr(self, name).strip() != getattr(other, name).strip()
        )

    @property
    def has_gap(self) -> bool:
        return position_gap(self.desired_position, self.perceived_position)


POSITIONING_FIELDS = tuple(f.name for f in fields(Positioning))
POSITIONING_FIELDS_SET = frozenset(POSITIONING_FIELDS)


def position_gap(desired: str, perceived: str) -> bool:
    """True when both positions are written and say different things (case, accents and
    spacing ignored)."""

    def words(text: str) -> str:
        return " ".join(fold(text).split())

    return bool(words(desired)) and bool(words(perceived)) and words(desired) != words(perceived)


@dataclass(frozen=True)
class PositioningReview:
    """One positioning review: when, what was concluded, and the positioning as it was then
    (None: recorded without it)."""

    id: int
    account_id: int
    date: dt.date
    notes: str
    positioning: Positioning | None


class PositioningService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def current(self, account_id: int) -> Positioning:
        """The account's positioning today."""
        with self.portfolio.session() as session:
            return _positioning_of(_require_account(session, account_id))

    def history(self, account_id: int) -> list[PositioningReview]:
        """The account's positioning reviews, newest first (same day: last recorded first)."""
        query = (
            select(Review)
            .where(Review.account_id == account_id, Review.kind == ReviewKind.POSITIONING)
            .order_by(Review.date.desc(), Review.id.desc())
        )
        with self.portfolio.session() as session:
            return [
                PositioningReview(
                    id=review.id,
                    account_id=review.account_id,
                    date=review.date,
                    notes=review.outcome or "",
                    positioning=Positioning.from_json(review.measures),
                )
                for review in session.scalars(query)
            ]

    def gap(self, account_id: int) -> bool:
        """Whether the account's desired and perceived positions differ today."""
        return self.current(account_id).has_gap

    # -- writing -----------------------------------------------------------------------------

    def validate_review(
        self, account_id: int, day: dt.date, notes: str = "", today: dt.date | None = None
    ) -> list[Problem]:
        """The problems :meth:`record_review` would refuse."""
        with self.portfolio.session() as session:
            return review_problems(session, account_id, day, notes, today or dt.date.today())

    def record_review(
        self, account_id: int, day: dt.date, notes: str = "", today: dt.date | None = None
    ) -> int:
        """Records a positioning review held on ``day`` with the account's positioning as it
        is now; returns its id."""
        with self.portfolio.session() as session:
            problems = review_problems(session, account_id, day, notes, today or dt.date.today())
            if problems:
                raise ValidationError(problems)
            review = Review(
                account_id=account_id,
                kind=ReviewKind.POSITIONING,
                date=as_day(day),
                outcome=notes.strip(),
                measures=_positioning_of(session.get(Account, account_id)).to_json(),
            )
            session.add(review)
            session.flush()
            return review.id

    def delete_review(self, review_id: int) -> DeletionSnapshot:
        """Undo of :meth:`record_review`; :meth:`restore` puts it back with the same id."""
        with self.portfolio.session() as session:
            review = session.get(Review, review_id) if is_id(review_id) else None
            if review is None or review.kind is not ReviewKind.POSITIONING:
                raise ValidationError([Problem("id", NO_SUCH_POSITIONING_REVIEW)])
            snapshot = take_deletion_snapshot(session, Review.__table__, [review_id])
            delete_rows(session, Review.__table__, [review_id])
            return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)


def _require_account(session: Session, account_id) -> Account:
    account = session.get(Account, account_id) if is_id(account_id) else None
    if account is None:
        raise ValidationError([Problem("account_id", NO_SUCH_ACCOUNT)])
    return account


def _positioning_of(account: Account) -> Positioning:
    return Positioning(**{name: getattr(account, name) or "" for name in POSITIONING_FIELDS})
