"""Validation of monthly revenue and survey responses, before anything is written.

Each function returns every problem it finds (naming the field), so the UI can show them all
at once; the services raise :class:`ValidationError` with them and write nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from kamdesk.analytics.surveys import CSAT_SCALE, NPS_SCALE
from kamdesk.model import Account, Stakeholder, SurveyResponse
from kamdesk.model.enums import SurveyKind
from kamdesk.services.health import messages as m
from kamdesk.services.health.data import MonthFigures, SurveyData
from kamdesk.services.pipeline.checks import (
    as_amount,
    as_day,
    as_member,
    enum_problem,
    is_id,
    kept,
    money_problem,
    to_cents,
    whole_number_problem,
)
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    Problem,
    ValidationError,
)

COMMENT_LIMIT = 4000
SCALES = {SurveyKind.NPS: NPS_SCALE, SurveyKind.CSAT: CSAT_SCALE}


def account_problem(session: Session, account_id) -> Problem | None:
    if is_id(account_id) and session.get(Account, account_id) is not None:
        return None
    return Problem("account_id", NO_SUCH_ACCOUNT)


def date_problem(name: str, value, required: bool = True) -> Problem | None:
    day = as_day(value)
    if day is None:
        return Problem(name, REQUIRED) if required else None
    if isinstance(day, dt.date):
        return None
    return Problem(name, m.NOT_A_DATE, {"value": value})


def first_of_month(day: dt.date) -> dt.date:
    return as_day(day).replace(day=1)


# -- revenue ---------------------------------------------------------------------------------


def month_problems(month, figures: MonthFigures | None) -> list[Problem]:
    """A month's figures: money, not negative, the recurring part within the revenue."""
    problems = kept([date_problem("month", month)])
    if figures is None:
        return problems
    problems += kept(
        [money_problem("revenue", figures.revenue), money_problem("recurring", figures.recurring)]
    )
    if not problems and as_amount(figures.recurring) > as_amount(figures.revenue):
        args = {"recurring": figures.recurring, "revenue": figures.revenue}
        problems.append(Problem("recurring", m.RECURRING_ABOVE_REVENUE, args))
    return problems


def clean_figures(figures: MonthFigures) -> MonthFigures:
    """Rounded to the centavo as stored. Only for figures :func:`month_problems` accepted."""
    return MonthFigures(
        to_cents(as_amount(figures.revenue)), to_cents(as_amount(figures.recurring))
    )


# -- surveys ---------------------------------------------------------------------------------


def survey_problems(session: Session, data: SurveyData) -> list[Problem]:
    problems = kept(
        [
            account_problem(session, data.account_id),
            enum_problem("kind", SurveyKind, data.kind),
            date_problem("date", data.date),
            _comment_problem(data.comment),
        ]
    )
    kind = as_member(SurveyKind, data.kind)
    if kind is not None:
        scale = SCALES[kind]
        problems += kept([whole_number_problem("score", data.score, scale.start, scale.stop - 1)])
    if not problems:
        problems += kept([_stakeholder_problem(session, data)])
    return problems


def _comment_problem(comment) -> Problem | None:
    if not isinstance(comment, str):
        return Problem("comment", UNKNOWN_VALUE, {"value": comment})
    if len(comment) > COMMENT_LIMIT:
        return Problem("comment", TOO_LONG, {"limit": COMMENT_LIMIT, "length": len(comment)})
    return None


def _stakeholder_problem(session: Session, data: SurveyData) -> Problem | None:
    if data.stakeholder_id is None:
        return None
    person = session.get(Stakeholder, data.stakeholder_id) if is_id(data.stakeholder_id) else None
    if person is None:
        return Problem("stakeholder_id", m.NO_SUCH_STAKEHOLDER)
    if person.account_id != data.account_id:
        return Problem("stakeholder_id", m.STAKEHOLDER_OF_ANOTHER_ACCOUNT, {"name": person.name})
    return None


def clean_survey(data: SurveyData) -> SurveyData:
    """Enum as a member, a date rather than a datetime, comment trimmed."""
    return replace(
        data,
        kind=SurveyKind(data.kind),
        date=as_day(data.date),
        comment=data.comment.strip(),
    )


def require_response(session: Session, response_id) -> SurveyResponse:
    response = session.get(SurveyResponse, response_id) if is_id(response_id) else None
    if response is None:
        raise ValidationError([Problem("id", m.NO_SUCH_RESPONSE)])
    return response
