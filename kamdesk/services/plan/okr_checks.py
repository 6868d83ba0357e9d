"""Validation of objectives, key results and check-ins, before anything is written, and the
messages it gives (context "Problem").

Each function returns every problem it finds (naming the field), so the UI can show them all
at once; :class:`~kamdesk.services.plan.okrs.OkrService` raises :class:`ValidationError` with
them and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.analytics.okr import OkrPeriod, check_in_in_period, parse_okr_period
from kamdesk.model import Account, CheckIn, KeyResult, Objective
from kamdesk.model.enums import QT_TRANSLATE_NOOP, KeyResultDirection, Strategy
from kamdesk.services.pipeline.checks import (
    as_member,
    enum_problem,
    is_id,
    kept,
    length_problems,
    whole_number_problem,
)
from kamdesk.services.plan.messages import NOT_A_DATE
from kamdesk.services.plan.okr_data import CheckInData, KeyResultData, ObjectiveData
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    Problem,
)

NO_SUCH_OBJECTIVE = QT_TRANSLATE_NOOP("Problem", "The objective no longer exists.")
NO_SUCH_KEY_RESULT = QT_TRANSLATE_NOOP("Problem", "The key result no longer exists.")
NO_SUCH_CHECK_IN = QT_TRANSLATE_NOOP("Problem", "The check-in no longer exists.")
NOT_A_PERIOD = QT_TRANSLATE_NOOP(
    "Problem",
    "“{value}” is not a period: write a quarter (2027-Q1), a half year (2027-H1) or a year (2027).",
)
TARGET_EQUALS_START = QT_TRANSLATE_NOOP(
    "Problem", "The target must differ from the start ({value}): there would be nothing to achieve."
)
IS_AN_INCREASE = QT_TRANSLATE_NOOP(
    "Problem", "From {start} to {target} is an increase: choose “Increase” or change the target."
)
IS_A_DECREASE = QT_TRANSLATE_NOOP(
    "Problem", "From {start} to {target} is a decrease: choose “Decrease” or change the target."
)
BEFORE_PERIOD = QT_TRANSLATE_NOOP(
    "Problem", "The objective's period {period} starts on {start}: a check-in cannot be earlier."
)
CHECK_INS_BEFORE_PERIOD = QT_TRANSLATE_NOOP(
    "Problem",
    "Its key results have check-ins from {date}, before {period} starts ({start}): "
    "choose a period that includes them.",
)

# Far beyond any real measure, so only a slip of the keyboard reaches it.
NUMBER_LIMIT = 1e12
NOTE_LIMIT = 2000
CONFIDENCE_RANGE = (1, 10)


# -- small pieces ----------------------------------------------------------------------------


def normalise_period(text: str) -> str:
    """``" 2027-q1 "`` → ``"2027-Q1"``, ``"2027 h2"`` → ``"2027-H2"``: how periods are stored."""
    return "-".join(text.strip().upper().split())


def okr_period(text: str, fiscal_year_start: int) -> OkrPeriod | None:
    """The period ``text`` names (in any case and spacing), or None when it names none."""
    if not isinstance(text, str):
        return None
    try:
        return parse_okr_period(normalise_period(text), fiscal_year_start)
    except ValueError:
        return None


def as_number(value) -> float | None:
    """``value`` (int, float or Decimal, not a bool) as a finite float, else None. Text is
    the UI's and the Excel layer's job."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def number_problem(name: str, value) -> Problem | None:
    number = as_number(value)
    if number is None:
        return Problem(name, NOT_A_NUMBER, {"value": value})
    if abs(number) > NUMBER_LIMIT:
        args = {"low": -NUMBER_LIMIT, "high": NUMBER_LIMIT, "value": number}
        return Problem(name, OUT_OF_RANGE, args)
    return None


def _not_texts(data, names: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(name, UNKNOWN_VALUE, {"value": getattr(data, name)})
        for name in names
        if not isinstance(getattr(data, name), str)
    ]


def _title_problems(table, title: str) -> list[Problem]:
    if not title.strip():
        return [Problem("title", REQUIRED)]
    return length_problems(table, {"title": title.strip()})


# -- objectives ------------------------------------------------------------------------------


def clean_objective(data: ObjectiveData) -> ObjectiveData:
    """Title trimmed, period in its stored form, strategy as a member. Only for data
    :func:`objective_problems` accepted."""
    strategy = None if data.strategy in (None, "") else Strategy(data.strategy)
    return replace(
        data, title=data.title.strip(), period=normalise_period(data.period), strategy=strategy
    )


def objective_problems(
    session: Session, data: ObjectiveData, fiscal_year_start: int, objective_id: int | None = None
) -> list[Problem]:
    """Also, for an existing objective, that its key results' check-ins fit the new period."""
    not_texts = _not_texts(data, ("title", "period"))
    if not_texts:
        return not_texts
    problems: list[Problem | None] = [*_title_problems(Objective.__table__, data.title)]
    period = okr_period(data.period, fiscal_year_start)
    if not data.period.strip():
        problems.append(Problem("period", REQUIRED))
    elif period is None:
        problems.append(Problem("period", NOT_A_PERIOD, {"value": data.period.strip()}))
    elif objective_id is not None:
        problems.append(_check_ins_fit(session, objective_id, period))
    if data.strategy not in (None, ""):
        problems.append(enum_problem("strategy", Strategy, data.strategy))
    if data.account_id is not None and (
        not is_id(data.account_id) or session.get(Account, data.account_id) is None
    ):
        problems.append(Problem("account_id", NO_SUCH_ACCOUNT))
    return kept(problems)


def _check_ins_fit(session: Session, objective_id: int, period: OkrPeriod) -> Problem | None:
    earliest = session.scalar(
        select(func.min(CheckIn.date))
        .join(KeyResult, KeyResult.id == CheckIn.key_result_id)
        .where(KeyResult.objective_id == objective_id)
    )
    if earliest is None or check_in_in_period(earliest, period):
        return None
    args = {"date": earliest, "period": period.name, "start": period.start}
    return Problem("period", CHECK_INS_BEFORE_PERIOD, args)


# -- key results -----------------------------------------------------------------------------


def clean_key_result(data: KeyResultData) -> KeyResultData:
    return replace(
        data,
        title=data.title.strip(),
        unit=data.unit.strip(),
        start=float(data.start),
        target=float(data.target),
        direction=KeyResultDirection(data.direction),
    )


def key_result_problems(session: Session, data: KeyResultData) -> list[Problem]:
    not_texts = _not_texts(data, ("title", "unit"))
    if not_texts:
        return not_texts
    problems: list[Problem | None] = [*_title_problems(KeyResult.__table__, data.title)]
    problems += length_problems(KeyResult.__table__, {"unit": data.unit.strip()})
    start, target = number_problem("start", data.start), number_problem("target", data.target)
    problems += [start, target]
    direction = as_member(KeyResultDirection, data.direction)
    if direction is None:
        problems.append(Problem("direction", UNKNOWN_VALUE, {"value": data.direction}))
    if start is None and target is None:
        problems.append(_distance_problem(float(data.start), float(data.target), direction))
    objective = data.objective_id
    if not is_id(objective) or session.get(Objective, objective) is None:
        problems.append(Problem("objective_id", NO_SUCH_OBJECTIVE))
    return kept(problems)


def _distance_problem(
    start: float, target: float, direction: KeyResultDirection | None
) -> Problem | None:
    """Target equal to start, or a direction the numbers contradict."""
    if target == start:
        return Problem("target", TARGET_EQUALS_START, {"value": start})
    implied = KeyResultDirection.INCREASE if target > start else KeyResultDirection.DECREASE
    if direction is None or direction is implied:
        return None
    template = IS_AN_INCREASE if implied is KeyResultDirection.INCREASE else IS_A_DECREASE
    return Problem("direction", template, {"start": start, "target": target})


# -- check-ins -------------------------------------------------------------------------------


def clean_check_in(data: CheckInData) -> CheckInData:
    day = data.date.date() if isinstance(data.date, dt.datetime) else data.date
    return replace(data, date=day, value=float(data.value), note=data.note.strip())


def check_in_problems(session: Session, data: CheckInData, fiscal_year_start: int) -> list[Problem]:
    not_texts = _not_texts(data, ("note",))
    if not_texts:
        return not_texts
    problems: list[Problem | None] = [number_problem("value", data.value)]
    if data.confidence is not None:
        low, high = CONFIDENCE_RANGE
        problems.append(whole_number_problem("confidence", data.confidence, low, high))
    note = data.note.strip()
    if len(note) > NOTE_LIMIT:
        problems.append(Problem("note", TOO_LONG, {"limit": NOTE_LIMIT, "length": len(note)}))
    key_result = session.get(KeyResult, data.key_result_id) if is_id(data.key_result_id) else None
    if key_result is None:
        problems.append(Problem("key_result_id", NO_SUCH_KEY_RESULT))
    problems.append(_date_problem(session, data.date, key_result, fiscal_year_start))
    return kept(problems)


def _date_problem(
    session: Session, day, key_result: KeyResult | None, fiscal_year_start: int
) -> Problem | None:
    if day is None:
        return Problem("date", REQUIRED)
    if not isinstance(day, dt.date):
        return Problem("date", NOT_A_DATE, {"value": day})
    if key_result is None:
        return None
    objective = session.get(Objective, key_result.objective_id)
    period = okr_period(objective.period, fiscal_year_start)
    if period is None or check_in_in_period(day, period):  # a stored period that no longer
        return None  # parses (e.g. after an import) is the objective's problem, not this one's
    return Problem("date", BEFORE_PERIOD, {"period": period.name, "start": period.start})
