"""Validation of interactions and positioning reviews, before anything is written, and what
it says (context "Problem").

Each function returns every problem it finds, naming the field, so the UI can show them all
at once; the services raise :class:`ValidationError` with them and write nothing.

Dates: something that happened (a meeting, a review held) is recorded on or before today and
not before :data:`EARLIEST_DAY`; a later date would make a person's last contact lie in the
future, an earlier one is a typing slip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.model import Account, Stakeholder
from kamdesk.model.enums import QT_TRANSLATE_NOOP, InteractionKind
from kamdesk.services.pipeline.checks import as_day, enum_problem, is_id, kept
from kamdesk.services.plan.messages import NOT_A_DATE
from kamdesk.services.problems import NO_SUCH_ACCOUNT, REQUIRED, TOO_LONG, UNKNOWN_VALUE, Problem
from kamdesk.services.stakeholders.messages import NO_SUCH_PERSON, PERSON_OF_ANOTHER_ACCOUNT

# Notes are free text, but a page of it is a paste gone wrong.
NOTES_LIMIT = 4000
EARLIEST_DAY = dt.date(1950, 1, 1)

NO_SUCH_INTERACTION = QT_TRANSLATE_NOOP("Problem", "The interaction no longer exists.")
NO_SUCH_POSITIONING_REVIEW = QT_TRANSLATE_NOOP(
    "Problem", "The positioning review no longer exists."
)
AFTER_TODAY = QT_TRANSLATE_NOOP(
    "Problem", "{value} is after today: only what already happened can be recorded."
)
TOO_EARLY = QT_TRANSLATE_NOOP("Problem", "{value} is before {earliest}: check the year.")


def account_problem(session: Session, account_id) -> Problem | None:
    if is_id(account_id) and session.get(Account, account_id) is not None:
        return None
    return Problem("account_id", NO_SUCH_ACCOUNT)


def day_problem(name: str, value, today: dt.date) -> Problem | None:
    """A required day, neither after ``today`` nor before :data:`EARLIEST_DAY`."""
    day = as_day(value)
    if day is None:
        return Problem(name, REQUIRED)
    if not isinstance(day, dt.date):
        return Problem(name, NOT_A_DATE, {"value": value})
    if day > today:
        return Problem(name, AFTER_TODAY, {"value": day})
    if day < EARLIEST_DAY:
        return Problem(name, TOO_EARLY, {"value": day, "earliest": EARLIEST_DAY})
    return None


def notes_problem(name: str, value) -> Problem | None:
    if not isinstance(value, str):
        return Problem(name, UNKNOWN_VALUE, {"value": value})
    length = len(value.strip())
    if length > NOTES_LIMIT:
        return Problem(name, TOO_LONG, {"limit": NOTES_LIMIT, "length": length})
    return None


def people_problems(session: Session, account_id, stakeholder_ids) -> list[Problem]:
    """Every person must exist and belong to the interaction's account."""
    if isinstance(stakeholder_ids, str | bytes) or not isinstance(stakeholder_ids, Iterable):
        return [Problem("stakeholder_ids", UNKNOWN_VALUE, {"value": stakeholder_ids})]
    ids = list(stakeholder_ids)
    if not all(is_id(i) for i in ids):
        return [Problem("stakeholder_ids", UNKNOWN_VALUE, {"value": ids})]
    found = {p.id: p for p in session.scalars(select(Stakeholder).where(Stakeholder.id.in_(ids)))}
    problems = []
    if any(i not in found for i in ids):
        problems.append(Problem("stakeholder_ids", NO_SUCH_PERSON))
    for person in found.values():
        if is_id(account_id) and person.account_id != account_id:
            problems.append(
                Problem("stakeholder_ids", PERSON_OF_ANOTHER_ACCOUNT, {"name": person.name})
            )
    return problems


def interaction_problems(session: Session, data, today: dt.date) -> list[Problem]:
    """Every problem of an :class:`InteractionData`."""
    problems: list[Problem | None] = [
        day_problem("date", data.date, today),
        enum_problem("kind", InteractionKind, data.kind),
        notes_problem("notes", data.notes),
    ]
    account = account_problem(session, data.account_id)
    problems.append(account)
    if account is None:
        problems += people_problems(session, data.account_id, data.stakeholder_ids)
    return kept(problems)


def review_problems(session: Session, account_id, day, notes, today: dt.date) -> list[Problem]:
    """Every problem of a positioning review about to be recorded."""
    return kept(
        [
            day_problem("date", day, today),
            notes_problem("notes", notes),
            account_problem(session, account_id),
        ]
    )
