"""An account's monthly revenue (of which recurring): read, write, undo.

A month is kept as its first day, one row per account and month; writing a month that has a
row replaces its figures, writing None removes it. :meth:`RevenueService.write` takes several
months at once (a pasted column is one unit of work and one undo step) and returns the months
as they were, which :meth:`write` takes back to undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.model import RevenueRecord
from kamdesk.services.health import checks
from kamdesk.services.health.data import MonthFigures, RevenueRow
from kamdesk.services.problems import Problem, ValidationError
from kamdesk.store import Portfolio

MonthChanges = Mapping[dt.date, MonthFigures | None]


class RevenueService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def list_rows(self, account_id: int) -> list[RevenueRow]:
        """The account's months, oldest first."""
        query = (
            select(RevenueRecord.month, RevenueRecord.revenue, RevenueRecord.recurring)
            .where(RevenueRecord.account_id == account_id)
            .order_by(RevenueRecord.month)
        )
        with self.portfolio.session() as session:
            return [RevenueRow(*row) for row in session.execute(query)]

    def validate(self, account_id: int, changes: MonthChanges) -> list[Problem]:
        with self.portfolio.session() as session:
            return _problems(session, account_id, changes)

    def write(self, account_id: int, changes: MonthChanges) -> dict[dt.date, MonthFigures | None]:
        """Sets (or, for None, clears) each month; returns those months as they were before."""
        with self.portfolio.session() as session:
            if problems := _problems(session, account_id, changes):
                raise ValidationError(problems)
            by_month = {checks.first_of_month(day): f for day, f in changes.items()}
            previous = _current(session, account_id, list(by_month))
            for month, figures in by_month.items():
                _write_month(session, account_id, month, figures)
        return previous


def _problems(session: Session, account_id: int, changes: MonthChanges) -> list[Problem]:
    problem = checks.account_problem(session, account_id)
    if problem is not None:
        return [problem]
    found = []
    for month, figures in changes.items():
        found += checks.month_problems(month, figures)
    return found


def _current(
    session: Session, account_id: int, months: list[dt.date]
) -> dict[dt.date, MonthFigures | None]:
    query = select(RevenueRecord.month, RevenueRecord.revenue, RevenueRecord.recurring).where(
        RevenueRecord.account_id == account_id, RevenueRecord.month.in_(months)
    )
    found = {
        month: MonthFigures(revenue, recurring)
        for month, revenue, recurring in session.execute(query)
    }
    return {month: found.get(month) for month in months}


def _write_month(
    session: Session, account_id: int, month: dt.date, figures: MonthFigures | None
) -> None:
    record = session.scalar(
        select(RevenueRecord).where(
            RevenueRecord.account_id == account_id, RevenueRecord.month == month
        )
    )
    if figures is None:
        if record is not None:
            session.delete(record)
        return
    figures = checks.clean_figures(figures)
    if record is None:
        record = RevenueRecord(account_id=account_id, month=month)
        session.add(record)
    record.revenue, record.recurring = figures.revenue, figures.recurring
