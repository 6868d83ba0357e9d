"""Validation of risks and actions, before anything is written.

Each function returns every problem it finds (naming the field), so the UI can show them all
at once; the services raise :class:`ValidationError` with them and write nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from kamdesk.analytics.risk import SCALE_MAX, SCALE_MIN
from kamdesk.model import Account, Action, Risk
from kamdesk.model.enums import ActionStatus, RiskCategory, RiskResponse, RiskStatus
from kamdesk.services.pipeline.checks import (
    as_day,
    enum_problem,
    is_id,
    kept,
    length_problems,
    whole_number_problem,
)
from kamdesk.services.plan import messages as m
from kamdesk.services.plan.data import ActionData, RiskData
from kamdesk.services.problems import NO_SUCH_ACCOUNT, REQUIRED, TOO_LONG, UNKNOWN_VALUE, Problem

# A risk description is free text, but a page of it is a paste gone wrong.
DESCRIPTION_LIMIT = 4000


def _not_texts(data, names: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(name, UNKNOWN_VALUE, {"value": getattr(data, name)})
        for name in names
        if not isinstance(getattr(data, name), str)
    ]


def _account_problem(session: Session, account_id) -> Problem | None:
    if is_id(account_id) and session.get(Account, account_id) is not None:
        return None
    return Problem("account_id", NO_SUCH_ACCOUNT)


def _date_problem(name: str, value) -> Problem | None:
    day = as_day(value)
    if day is None or isinstance(day, dt.date):
        return None
    return Problem(name, m.NOT_A_DATE, {"value": value})


# -- risks -----------------------------------------------------------------------------------


def clean_risk(data: RiskData) -> RiskData:
    """Description trimmed, enums as members, a date rather than a datetime. Only for data
    :func:`risk_problems` accepted."""
    return replace(
        data,
        description=data.description.strip(),
        category=RiskCategory(data.category),
        response=RiskResponse(data.response),
        status=RiskStatus(data.status),
        review_date=as_day(data.review_date),
    )


def risk_problems(session: Session, data: RiskData) -> list[Problem]:
    not_texts = _not_texts(data, ("description",))
    if not_texts:
        return not_texts
    problems: list[Problem | None] = []
    description = data.description.strip()
    if not description:
        problems.append(Problem("description", REQUIRED))
    elif len(description) > DESCRIPTION_LIMIT:
        args = {"limit": DESCRIPTION_LIMIT, "length": len(description)}
        problems.append(Problem("description", TOO_LONG, args))
    problems.append(whole_number_problem("likelihood", data.likelihood, SCALE_MIN, SCALE_MAX))
    problems.append(whole_number_problem("impact", data.impact, SCALE_MIN, SCALE_MAX))
    problems.append(enum_problem("category", RiskCategory, data.category))
    problems.append(enum_problem("response", RiskResponse, data.response))
    problems.append(enum_problem("status", RiskStatus, data.status))
    problems.append(_date_problem("review_date", data.review_date))
    problems.append(_account_problem(session, data.account_id))
    return kept(problems)


# -- actions ---------------------------------------------------------------------------------


def clean_action(data: ActionData) -> ActionData:
    return replace(
        data,
        title=data.title.strip(),
        owner=data.owner.strip(),
        status=ActionStatus(data.status),
        due=as_day(data.due),
    )


def action_problems(session: Session, data: ActionData) -> list[Problem]:
    not_texts = _not_texts(data, ("title", "owner"))
    if not_texts:
        return not_texts
    problems: list[Problem | None] = []
    title, owner = data.title.strip(), data.owner.strip()
    if not title:
        problems.append(Problem("title", REQUIRED))
    problems += length_problems(Action.__table__, {"title": title, "owner": owner})
    problems.append(enum_problem("status", ActionStatus, data.status))
    problems.append(_date_problem("due", data.due))
    account = _account_problem(session, data.account_id)
    problems.append(account)
    if data.risk_id is not None:
        risk = session.get(Risk, data.risk_id) if is_id(data.risk_id) else None
        if risk is None:
            problems.append(Problem("risk_id", m.NO_SUCH_RISK))
        elif account is None and risk.account_id != data.account_id:
            args = {"name": risk.description}
            problems.append(Problem("risk_id", m.RISK_OF_ANOTHER_ACCOUNT, args))
    return kept(problems)
