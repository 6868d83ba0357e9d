"""Validation of opportunities, stages and products, before anything is written.

Each function returns every problem it finds (naming the field), so the UI can show them all
at once; the services raise :class:`ValidationError` with them and write nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kamdesk.model import Account, Opportunity, OrgUnit, PipelineStage, Product
from kamdesk.model.base import CENT
from kamdesk.model.enums import ForecastCategory, LabelledEnum, OpportunityType, StageOutcome, fold
from kamdesk.services.pipeline import messages as m
from kamdesk.services.pipeline.data import OpportunityData, ProductData
from kamdesk.services.problems import (
    NEGATIVE,
    NO_SUCH_ACCOUNT,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    Problem,
)
from kamdesk.services.settings import BUILT_IN_STAGE_NAMES, BUILT_IN_STAGE_NAMES_PT

# Far above any real deal (ten trillion), so only a slip of the keyboard reaches it.
MONEY_LIMIT = Decimal(10) ** 13
PROBABILITY_RANGE = (0, 100)
SINGLE_LINE_TEXTS = ("title", "owner", "competitor")
LONG_TEXTS = ("next_step", "win_loss_reason")
CLOSED_OUTCOMES = frozenset({StageOutcome.WON, StageOutcome.LOST})


# -- small pieces ----------------------------------------------------------------------------


def as_member(enum_class: type[LabelledEnum], value) -> LabelledEnum | None:
    """``value`` as a member of ``enum_class`` (members and their plain values), else None."""
    try:
        return enum_class(value)
    except ValueError:
        return None


def as_amount(value) -> Decimal | None:
    """``value`` as an exact Decimal (int, Decimal, or a float via its shortest text, so
    0.1 stays 0.1); None when it is not a finite number. Text is the Excel layer's job."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return amount if amount.is_finite() else None


def to_cents(amount: Decimal) -> Decimal:
    """Rounded as the database keeps money (half up to the centavo), so reads match writes."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def money_problem(name: str, value) -> Problem | None:
    amount = as_amount(value)
    if amount is None:
        return Problem(name, NOT_A_NUMBER, {"value": value})
    if amount < 0:
        return Problem(name, NEGATIVE, {"value": value})
    if amount > MONEY_LIMIT:
        return Problem(name, m.TOO_LARGE, {"limit": MONEY_LIMIT, "value": value})
    return None


def whole_number_problem(name: str, value, low: int, high: int) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem(name, m.WHOLE_NUMBER, {"value": value})
    if not low <= value <= high:
        return Problem(name, OUT_OF_RANGE, {"low": low, "high": high, "value": value})
    return None


def enum_problem(name: str, enum_class, value) -> Problem | None:
    if as_member(enum_class, value) is None:
        return Problem(name, UNKNOWN_VALUE, {"value": value})
    return None


def length_problems(table: Table, values: dict[str, object]) -> list[Problem]:
    problems = []
    for name, value in values.items():
        limit = getattr(table.c[name].type, "length", None)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            problems.append(Problem(name, TOO_LONG, {"limit": limit, "length": len(value)}))
    return problems


def is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def kept(problems: list[Problem | None]) -> list[Problem]:
    return [p for p in problems if p is not None]


def as_day(value) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


# -- opportunities ---------------------------------------------------------------------------


def stage_outcomes(session: Session) -> dict[int, StageOutcome]:
    return dict(session.execute(select(PipelineStage.id, PipelineStage.outcome)).all())


def first_open_stage(session: Session) -> int | None:
    """The stage a new opportunity starts in: the first open one (else the first of all)."""
    query = select(PipelineStage.id).order_by(
        PipelineStage.outcome != StageOutcome.OPEN, PipelineStage.position, PipelineStage.id
    )
    return session.scalar(query.limit(1))


def clean_opportunity(data: OpportunityData) -> OpportunityData:
    """Texts trimmed, enums as members, money in centavos, a date rather than a datetime.
    Only for data :func:`opportunity_problems` accepted."""
    texts = {name: getattr(data, name).strip() for name in SINGLE_LINE_TEXTS + LONG_TEXTS}
    return replace(
        data,
        **texts,
        type=OpportunityType(data.type),
        forecast_category=ForecastCategory(data.forecast_category),
        one_time_value=to_cents(as_amount(data.one_time_value)),
        recurring_value=to_cents(as_amount(data.recurring_value)),
        expected_close=as_day(data.expected_close),
    )


def opportunity_problems(
    session: Session,
    data: OpportunityData,
    created_on: dt.date,
    previous: OpportunityData | None = None,
) -> list[Problem]:
    """Every problem of ``data``; ``previous`` None for a new opportunity, else as stored.

    The expected close may not be before ``created_on``; it is checked when it is new or
    changed only, so imported data whose close lies before its creation stays editable.
    """
    not_texts = [
        Problem(name, UNKNOWN_VALUE, {"value": getattr(data, name)})
        for name in SINGLE_LINE_TEXTS + LONG_TEXTS
        if not isinstance(getattr(data, name), str)
    ]
    if not_texts:  # a bug upstream rather than a typo; the rest cannot be checked sensibly
        return not_texts
    problems: list[Problem | None] = []
    title = data.title.strip()
    if not title:
        problems.append(Problem("title", REQUIRED))
    texts = {name: getattr(data, name).strip() for name in SINGLE_LINE_TEXTS}
    problems += length_problems(Opportunity.__table__, texts)
    problems.append(enum_problem("type", OpportunityType, data.type))
    problems.append(enum_problem("forecast_category", ForecastCategory, data.forecast_category))
    problems.append(money_problem("one_time_value", data.one_time_value))
    problems.append(money_problem("recurring_value", data.recurring_value))
    if data.probability is not None:
        problems.append(whole_number_problem("probability", data.probability, *PROBABILITY_RANGE))
    account = session.get(Account, data.account_id) if is_id(data.account_id) else None
    if account is None:
        problems.append(Problem("account_id", NO_SUCH_ACCOUNT))
    if data.product_id is not None:
        problems.append(_product_exists(session, data.product_id))
    if data.org_unit_id is not None and account is not None:
        problems.append(_unit_in_account(session, account.id, data.org_unit_id))
    problems.append(_close_problem(data, created_on, previous))
    problems += _stage_problems(session, data)
    return kept(problems)


def _product_exists(session: Session, product_id) -> Problem | None:
    if is_id(product_id) and session.get(Product, product_id) is not None:
        return None
    return Problem("product_id", m.NO_SUCH_PRODUCT)


def _unit_in_account(session: Session, account_id: int, unit_id) -> Problem | None:
    unit = session.get(OrgUnit, unit_id) if is_id(unit_id) else None
    if unit is None:
        return Problem("org_unit_id", m.NO_SUCH_UNIT)
    if unit.account_id != account_id:
        return Problem("org_unit_id", m.UNIT_OF_ANOTHER_ACCOUNT, {"name": unit.name})
    return None


def _close_problem(
    data: OpportunityData, created_on: dt.date, previous: OpportunityData | None
) -> Problem | None:
    close = as_day(data.expected_close)
    if close is None:
        return None
    if not isinstance(close, dt.date):
        return Problem("expected_close", UNKNOWN_VALUE, {"value": close})
    unchanged = previous is not None and previous.expected_close == close
    if unchanged or close >= created_on:
        return None
    args = {"value": close, "created": created_on}
    return Problem("expected_close", m.CLOSE_BEFORE_CREATION, args)


def _stage_problems(session: Session, data: OpportunityData) -> list[Problem]:
    """The stage must exist; a closed one needs a reason; only a won one is "Closed"."""
    outcome = stage_outcomes(session).get(data.stage_id) if is_id(data.stage_id) else None
    if outcome is None:
        return [Problem("stage_id", m.NO_SUCH_STAGE)]
    if outcome in CLOSED_OUTCOMES and not data.win_loss_reason.strip():
        return [Problem("win_loss_reason", m.REASON_REQUIRED)]
    if outcome is StageOutcome.OPEN and data.forecast_category == ForecastCategory.CLOSED:
        return [Problem("forecast_category", m.CLOSED_CATEGORY_NEEDS_WON_STAGE)]
    return []


# -- stages ----------------------------------------------------------------------------------


def stage_name_problems(session: Session, name, stage_id: int | None) -> list[Problem]:
    """A stage name is required and unique, also against the built-in names in English and
    Portuguese (a workbook in either language must find one stage by its name)."""
    if not isinstance(name, str):
        return [Problem("name", UNKNOWN_VALUE, {"value": name})]
    name = name.strip()
    if not name:
        return [Problem("name", REQUIRED)]
    too_long = length_problems(PipelineStage.__table__, {"name": name})
    if too_long:
        return too_long
    wanted = fold(name)
    others = session.execute(
        select(PipelineStage.id, PipelineStage.key, PipelineStage.name).where(
            PipelineStage.id != (stage_id or 0)
        )
    )
    for _other_id, key, other_name in others:
        known = (other_name, BUILT_IN_STAGE_NAMES.get(key), BUILT_IN_STAGE_NAMES_PT.get(key))
        if wanted in {fold(n) for n in known if n}:
            return [Problem("name", m.DUPLICATE_STAGE, {"name": other_name})]
    return []


def stage_probability_problem(value) -> Problem | None:
    return whole_number_problem("probability", value, *PROBABILITY_RANGE)


def outcome_counts_problem(
    outcomes: dict[int, StageOutcome],
    stage_id: int,
    new_outcome: StageOutcome | None,
    field: str = "outcome",
) -> Problem | None:
    """At least one won and one lost stage must remain after ``stage_id`` takes
    ``new_outcome`` (None: after it is deleted)."""
    after = {**outcomes, stage_id: new_outcome}
    remaining = set(after.values())
    if StageOutcome.WON in remaining and StageOutcome.LOST in remaining:
        return None
    return Problem(field, m.LAST_STAGE_OF_OUTCOME)


# -- products --------------------------------------------------------------------------------


def clean_product(data: ProductData) -> ProductData:
    return replace(data, name=data.name.strip(), category=data.category.strip())


def product_problems(session: Session, data: ProductData, product_id: int | None) -> list[Problem]:
    not_texts = [
        Problem(name, UNKNOWN_VALUE, {"value": getattr(data, name)})
        for name in ("name", "category")
        if not isinstance(getattr(data, name), str)
    ]
    if not_texts:
        return not_texts
    data = clean_product(data)
    if not data.name:
        return [Problem("name", REQUIRED)]
    problems = length_problems(Product.__table__, {"name": data.name, "category": data.category})
    wanted = fold(data.name)
    others = session.execute(
        select(Product.id, Product.name).where(Product.id != (product_id or 0))
    )
    for _other_id, other_name in others:
        if fold(other_name) == wanted:
            problems.append(Problem("name", m.DUPLICATE_PRODUCT, {"name": other_name}))
            break
    return problems
