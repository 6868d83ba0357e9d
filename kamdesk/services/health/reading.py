"""The sums behind the metrics, read with SQL aggregations (one query per kind of figure).

A portfolio of thousands of accounts has hundreds of thousands of revenue months; the database
adds them up, Python gets one row per account (or per month), and :mod:`kamdesk.analytics`
does the arithmetic. Money is stored in centavos, so sums are exact integers until the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import Integer, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.analytics import coverage
from kamdesk.analytics.months import add_months
from kamdesk.analytics.okr import KeyResultFacts
from kamdesk.analytics.retention import NOTHING, MonthRevenue
from kamdesk.analytics.surveys import (
    DETRACTOR_UP_TO,
    NO_CSAT,
    NO_NPS,
    PROMOTER_FROM,
    SATISFIED_FROM,
    CsatBreakdown,
    NpsBreakdown,
)
from kamdesk.model import (
    Account,
    KeyResult,
    Objective,
    OrgUnit,
    RevenueRecord,
    Risk,
    Stakeholder,
    SurveyResponse,
)
from kamdesk.model.enums import RiskStatus, SurveyKind

CENTS = Decimal(100)
TREND_MONTHS = 3

revenue = RevenueRecord.__table__.c
# Read as the stored centavos, so sums stay exact integers and no row pays a Decimal conversion.
revenue_cents = type_coerce(revenue.revenue, Integer)
recurring_cents = type_coerce(revenue.recurring, Integer)


ZERO = Decimal(0)


Accounts = Collection[int] | None  # some accounts' ids; None: every account


def only_accounts(query, account_column, accounts: Accounts):
    """``query`` kept to the rows of ``accounts`` (all of them when None)."""
    return query if accounts is None else query.where(account_column.in_(list(accounts)))


def money(cents: int | None) -> Decimal:
    return Decimal(cents) / CENTS if cents else ZERO


def last_day_of(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


class AccountRevenue(NamedTuple):
    """One account's revenue over a period (t0 to t1), its figures of t0 and of t1, and its
    recurring trend at the period's end."""

    at_start: MonthRevenue = NOTHING
    at_end: MonthRevenue = NOTHING
    revenue: Decimal = Decimal(0)
    recurring: Decimal = Decimal(0)
    months_with_revenue: int = 0
    recurring_last_three: Decimal = Decimal(0)
    recurring_three_before: Decimal = Decimal(0)

    @property
    def average_monthly_revenue(self) -> Decimal | None:
        if not self.months_with_revenue:
            return None
        return self.revenue / self.months_with_revenue


def account_revenue(
    session: Session, first_month: dt.date, last_month: dt.date
) -> dict[int, AccountRevenue]:
    """Per account: its figures of the first and of the last month; revenue and recurring from
    first to last month and the months it had revenue; the recurring revenue of the last three
    months against the three before. One pass over the revenue table."""
    recent = add_months(last_month, 1 - TREND_MONTHS)
    before = add_months(recent, -TREND_MONTHS)
    in_period = revenue.month.between(first_month, last_month)

    def period_sum(column):
        return func.sum(case((in_period, column), else_=0))

    def month_sum(month, column):
        return func.sum(case((revenue.month == month, column), else_=0))

    query = (
        select(
            revenue.account_id,
            month_sum(first_month, revenue_cents),
            month_sum(first_month, recurring_cents),
            month_sum(last_month, revenue_cents),
            month_sum(last_month, recurring_cents),
            period_sum(revenue_cents),
            period_sum(recurring_cents),
            func.sum(case((and_(in_period, revenue_cents > 0), 1), else_=0)),
            func.sum(case((revenue.month >= recent, recurring_cents), else_=0)),
            func.sum(
                case(
                    (revenue.month.between(before, add_months(recent, -1)), recurring_cents),
                    else_=0,
                )
            ),
        )
        .where(revenue.month.between(min(first_month, before), last_month))
        .group_by(revenue.account_id)
    )
    return {
        row[0]: AccountRevenue(
            MonthRevenue(money(row[1]), money(row[2])),
            MonthRevenue(money(row[3]), money(row[4])),
            money(row[5]),
            money(row[6]),
            row[7] or 0,
            money(row[8]),
            money(row[9]),
        )
        for row in session.execute(query)
    }


def monthly_totals(
    session: Session, first_month: dt.date, last_month: dt.date
) -> dict[dt.date, MonthRevenue]:
    """The whole portfolio's revenue and recurring revenue of each month (months without any
    record are missing)."""
    query = (
        select(revenue.month, func.sum(revenue_cents), func.sum(recurring_cents))
        .where(revenue.month.between(first_month, last_month))
        .group_by(revenue.month)
    )
    return {
        month: MonthRevenue(money(total), money(recurring))
        for month, total, recurring in session.execute(query)
    }


class SurveyCounts(NamedTuple):
    nps: NpsBreakdown = NO_NPS
    csat: CsatBreakdown = NO_CSAT


def survey_totals(session: Session, first_day: dt.date, last_day: dt.date) -> SurveyCounts:
    """The same counts over the whole portfolio (one row, not one per account)."""
    row = session.execute(_survey_query(first_day, last_day)).one()
    return _survey_counts(row)


def _survey_counts(row) -> SurveyCounts:
    promoters, passives, detractors, satisfied, answers = (n or 0 for n in row)
    return SurveyCounts(
        NpsBreakdown(promoters, passives, detractors), CsatBreakdown(satisfied, answers)
    )


def survey_counts(
    session: Session, first_day: dt.date, last_day: dt.date, accounts: Accounts = None
) -> dict[int, SurveyCounts]:
    """Per account (of ``accounts``, or every one), its NPS answers counted as promoters /
    passives / detractors and its CSAT answers as satisfied / all, over the responses dated
    within the days given."""
    account = SurveyResponse.__table__.c.account_id
    query = _survey_query(first_day, last_day).add_columns(account).group_by(account)
    query = only_accounts(query, account, accounts)
    return {row[-1]: _survey_counts(row[:-1]) for row in session.execute(query)}


def _survey_query(first_day: dt.date, last_day: dt.date):
    s = SurveyResponse.__table__.c
    is_nps, is_csat = s.kind == SurveyKind.NPS.value, s.kind == SurveyKind.CSAT.value

    def count(condition):
        return func.sum(case((condition, 1), else_=0))

    return select(
        count(and_(is_nps, s.score >= PROMOTER_FROM)),
        count(and_(is_nps, s.score > DETRACTOR_UP_TO, s.score < PROMOTER_FROM)),
        count(and_(is_nps, s.score <= DETRACTOR_UP_TO)),
        count(and_(is_csat, s.score >= SATISFIED_FROM)),
        count(is_csat),
    ).where(s.date.between(first_day, last_day))


def highest_open_risks(session: Session, accounts: Accounts = None) -> dict[int, int]:
    """Per account (of ``accounts``, or every one), the highest likelihood × impact of its open
    risks."""
    r = Risk.__table__.c
    query = (
        select(r.account_id, func.max(r.likelihood * r.impact))
        .where(r.status == RiskStatus.OPEN.value)
        .group_by(r.account_id)
    )
    return dict(session.execute(only_accounts(query, r.account_id, accounts)).all())


@dataclass(frozen=True)
class NewAccount:
    account_id: int
    acquisition_cost: Decimal | None


def accounts_won(session: Session, first_day: dt.date, last_day: dt.date) -> list[NewAccount]:
    """The accounts that became clients within the days given, with their acquisition cost."""
    query = select(Account.id, Account.acquisition_cost).where(
        Account.client_since.between(first_day, last_day)
    )
    return [NewAccount(*row) for row in session.execute(query)]


@dataclass
class DecisionChain:
    """An account's people and areas as the coverage analytics take them."""

    people: list[coverage.Person]
    areas: list[coverage.Area]


def decision_chains(session: Session, accounts: Accounts = None) -> dict[int, DecisionChain]:
    """The people and areas of ``accounts`` (or of every account), in two queries (not two per
    account)."""
    chains: dict[int, DecisionChain] = defaultdict(lambda: DecisionChain([], []))
    u = OrgUnit.__table__.c
    areas = select(u.account_id, u.id, u.name, u.parent_id, u.is_target).order_by(u.id)
    for account_id, unit_id, name, parent_id, is_target in session.execute(
        only_accounts(areas, u.account_id, accounts)
    ):
        chains[account_id].areas.append(coverage.Area(unit_id, name, parent_id, is_target))
    p = Stakeholder.__table__.c
    query = select(
        p.account_id,
        p.id,
        p.name,
        p.org_unit_id,
        Stakeholder.stance,
        p.influence,
        Stakeholder.buying_role,
        p.last_contact,
    ).order_by(p.id)
    for account_id, *person in session.execute(only_accounts(query, p.account_id, accounts)):
        chains[account_id].people.append(coverage.Person(*person))
    return chains


@dataclass(frozen=True)
class ObjectiveFacts:
    id: int
    account_id: int | None
    title: str
    period: str
    key_results: tuple[KeyResultFacts, ...]


def objectives(session: Session) -> list[ObjectiveFacts]:
    """Every objective with its key results (those whose numbers contradict their direction,
    which only a hand-edited file can hold, are left out rather than failing the metrics)."""
    k = KeyResult.__table__.c
    results: dict[int, list[KeyResultFacts]] = defaultdict(list)
    query = select(k.objective_id, k.start, k.target, k.current, KeyResult.direction)
    for objective_id, start, target, current, direction in session.execute(query):
        with contextlib.suppress(ValueError):
            results[objective_id].append(KeyResultFacts(start, target, current, direction))
    o = Objective.__table__.c
    query = select(o.id, o.account_id, o.title, o.period).order_by(o.period, o.title, o.id)
    return [
        ObjectiveFacts(objective_id, account_id, title, period, tuple(results[objective_id]))
        for objective_id, account_id, title, period in session.execute(query)
    ]
