"""Validation of routine reviews before anything is written, and what the service says when it
refuses one (templates in context "Problem", translated by the UI).

A review is recorded once it has been held, so its date may be today or earlier, never later:
a date after today is refused (a review planned ahead is the next due date's job, and a typo
in the year would otherwise push the routine's next due date a year out). The future is
checked only when the date is new or changed, so a review imported with a later date stays
editable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kamdesk.model import Account
from kamdesk.model.enums import QT_TRANSLATE_NOOP, ReviewKind
from kamdesk.services.pipeline.checks import as_day, enum_problem, is_id, kept
from kamdesk.services.plan.messages import NOT_A_DATE
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    Problem,
)

# Outcome notes are free text, but a page of it is a paste gone wrong.
OUTCOME_LIMIT = 4000

NO_SUCH_REVIEW = QT_TRANSLATE_NOOP("Problem", "The review no longer exists.")
REVIEW_IN_THE_FUTURE = QT_TRANSLATE_NOOP(
    "Problem", "A review is recorded once it is held: {value} is after today ({today})."
)


@dataclass(frozen=True)
class ReviewData:
    """A review as the KAM records it; ``measures`` are figures taken at the review (JSON)."""

    account_id: int = 0
    kind: ReviewKind = ReviewKind.RISK
    date: dt.date | None = None
    outcome: str = ""
    measures: Mapping | None = None


EDITABLE_FIELDS = ("date", "outcome")  # the kind and the figures taken belong to the review


def clean_review(data: ReviewData) -> ReviewData:
    """Outcome trimmed, the kind as a member, a date rather than a datetime. Only for data
    :func:`review_problems` accepted."""
    measures = None if data.measures is None else dict(data.measures)
    return replace(
        data,
        kind=ReviewKind(data.kind),
        date=as_day(data.date),
        outcome=data.outcome.strip(),
        measures=measures,
    )


def review_problems(
    session: Session,
    data: ReviewData,
    today: dt.date,
    previous: ReviewData | None = None,
) -> list[Problem]:
    """Every problem of ``data``; ``previous`` is the review as stored when it is edited."""
    problems: list[Problem | None] = [
        _account_problem(session, data.account_id),
        enum_problem("kind", ReviewKind, data.kind),
        _date_problem(data.date, today, previous),
        _outcome_problem(data.outcome),
    ]
    if data.measures is not None and not isinstance(data.measures, Mapping):
        problems.append(Problem("measures", UNKNOWN_VALUE, {"value": data.measures}))
    return kept(problems)


def _account_problem(session: Session, account_id) -> Problem | None:
    if is_id(account_id) and session.get(Account, account_id) is not None:
        return None
    return Problem("account_id", NO_SUCH_ACCOUNT)


def _date_problem(value, today: dt.date, previous: ReviewData | None) -> Problem | None:
    day = as_day(value)
    if day is None:
        return Problem("date", REQUIRED)
    if not isinstance(day, dt.date):
        return Problem("date", NOT_A_DATE, {"value": value})
    unchanged = previous is not None and previous.date == day
    if day > today and not unchanged:
        return Problem("date", REVIEW_IN_THE_FUTURE, {"value": day, "today": today})
    return None


def _outcome_problem(outcome) -> Problem | None:
    if not isinstance(outcome, str):
        return Problem("outcome", UNKNOWN_VALUE, {"value": outcome})
    length = len(outcome.strip())
    if length > OUTCOME_LIMIT:
        return Problem("outcome", TOO_LONG, {"limit": OUTCOME_LIMIT, "length": length})
    return None
