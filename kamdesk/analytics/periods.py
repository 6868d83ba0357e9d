"""Forecast periods: months, fiscal quarters and fiscal years, named as targets store them.

    month    "2027-01"   a calendar month, whatever the fiscal year
    quarter  "2027-Q1"   the first three months of fiscal year 2027
    year     "2027"      fiscal year 2027

The fiscal year starts on the first day of the portfolio's ``fiscal_year_start`` month (1–12)
and is **named after the calendar year that holds most of its months**; when it is split six
and six (a July start) it is named after the year it ends in, as most July–June companies do.
So with a January start fiscal 2027 is the calendar year 2027; with an April start it runs from
April 2027 to March 2028 (nine of its months are in 2027); with an October start from
October 2026 to September 2027. Quarters count from the fiscal year's first month.

A period knows its fiscal-year start, so ``Period.name`` and :func:`parse_period` are inverses
for one portfolio.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from kamdesk.analytics.months import add_months

CALENDAR_YEAR = 1  # fiscal_year_start of a portfolio whose fiscal year is the calendar year
PERIOD_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})|-Q([1-4]))?")


class PeriodKind(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


MONTHS_IN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


def _check_fiscal_start(fiscal_year_start: int) -> None:
    if isinstance(fiscal_year_start, bool) or fiscal_year_start not in range(1, 13):
        raise ValueError(f"fiscal_year_start must be a month 1-12, got {fiscal_year_start!r}")


def fiscal_year_first_day(day: dt.date, fiscal_year_start: int = CALENDAR_YEAR) -> dt.date:
    """The first day of the fiscal year ``day`` falls in."""
    _check_fiscal_start(fiscal_year_start)
    year = day.year if day.month >= fiscal_year_start else day.year - 1
    return dt.date(year, fiscal_year_start, 1)


def fiscal_year_name(first_day: dt.date) -> int:
    """The number naming the fiscal year that begins on ``first_day`` (see the module doc):
    the start year when the start month is January–June, else the year after."""
    return first_day.year if first_day.month <= 6 else first_day.year + 1


def _fiscal_year_begin(name: int, fiscal_year_start: int) -> dt.date:
    """Inverse of :func:`fiscal_year_name`."""
    year = name if fiscal_year_start <= 6 else name - 1
    return dt.date(year, fiscal_year_start, 1)


@dataclass(frozen=True, order=True)
class Period:
    """A month, fiscal quarter or fiscal year, from ``start`` (a first of the month) up to
    but not including :attr:`end`."""

    start: dt.date
    kind: PeriodKind
    fiscal_year_start: int = CALENDAR_YEAR

    def __post_init__(self) -> None:
        _check_fiscal_start(self.fiscal_year_start)
        object.__setattr__(self, "kind", PeriodKind(self.kind))
        if isinstance(self.start, dt.datetime) or self.start.day != 1:
            raise ValueError(f"a period starts on the first of a month, got {self.start!r}")
        offset = (self.start.month - self.fiscal_year_start) % 12
        if offset % MONTHS_IN[self.kind]:
            raise ValueError(f"{self.start} does not begin a fiscal {self.kind.value}")

    @property
    def months(self) -> int:
        return MONTHS_IN[self.kind]

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        return add_months(self.start, self.months)

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def name(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        first_day = fiscal_year_first_day(self.start, self.fiscal_year_start)
        year = fiscal_year_name(first_day)
        if self.kind is PeriodKind.YEAR:
            return str(year)
        quarter = (self.start.month - self.fiscal_year_start) % 12 // 3 + 1
        return f"{year}-Q{quarter}"

    def __str__(self) -> str:
        return self.name

    def contains(self, day: dt.date) -> bool:
        """start ≤ day < end (a datetime counts by its date)."""
        if isinstance(day, dt.datetime):
            day = day.date()
        return self.start <= day < self.end

    def __contains__(self, item: dt.date | Period) -> bool:
        if isinstance(item, Period):
            return self.start <= item.start and item.end <= self.end
        return self.contains(item)

    def shifted(self, count: int) -> Period:
        """The period ``count`` periods of the same kind later (negative: earlier)."""
        start = add_months(self.start, count * self.months)
        return Period(start, self.kind, self.fiscal_year_start)

    def previous(self) -> Period:
        return self.shifted(-1)

    def next(self) -> Period:
        return self.shifted(1)

    def sub_periods(self) -> tuple[Period, ...]:
        """A year's four quarters, a quarter's three months; a month has none."""
        if self.kind is PeriodKind.MONTH:
            return ()
        kind = PeriodKind.QUARTER if self.kind is PeriodKind.YEAR else PeriodKind.MONTH
        step = MONTHS_IN[kind]
        return tuple(
            Period(add_months(self.start, k), kind, self.fiscal_year_start)
            for k in range(0, self.months, step)
        )

    def month_periods(self) -> tuple[Period, ...]:
        """Every month of the period, in order (a month: itself)."""
        return tuple(
            Period(add_months(self.start, k), PeriodKind.MONTH, self.fiscal_year_start)
            for k in range(self.months)
        )


def period_of(
    day: dt.date, kind: PeriodKind | str, fiscal_year_start: int = CALENDAR_YEAR
) -> Period:
    """The month, fiscal quarter or fiscal year that ``day`` falls in."""
    kind = PeriodKind(kind)
    if isinstance(day, dt.datetime):
        day = day.date()
    first_of_year = fiscal_year_first_day(day, fiscal_year_start)
    months_in = (day.year - first_of_year.year) * 12 + day.month - first_of_year.month
    start = add_months(first_of_year, months_in - months_in % MONTHS_IN[kind])
    return Period(start, kind, fiscal_year_start)


def parse_period(name: str, fiscal_year_start: int = CALENDAR_YEAR) -> Period:
    """``"2027-01"``, ``"2027-Q1"`` or ``"2027"`` as a :class:`Period`; ValueError otherwise."""
    _check_fiscal_start(fiscal_year_start)
    match = PERIOD_PATTERN.fullmatch(str(name).strip()) if isinstance(name, str) else None
    if match is None:
        raise ValueError(f"not a period: {name!r} (expected 2027-01, 2027-Q1 or 2027)")
    year, month, quarter = match.groups()
    if month is not None:
        if not 1 <= int(month) <= 12:
            raise ValueError(f"not a month: {name!r}")
        return Period(dt.date(int(year), int(month), 1), PeriodKind.MONTH, fiscal_year_start)
    first_day = _fiscal_year_begin(int(year), fiscal_year_start)
    if quarter is None:
        return Period(first_day, PeriodKind.YEAR, fiscal_year_start)
    start = add_months(first_day, 3 * (int(quarter) - 1))
    return Period(start, PeriodKind.QUARTER, fiscal_year_start)


def periods_between(
    first_day: dt.date,
    last_day: dt.date,
    kind: PeriodKind | str,
    fiscal_year_start: int = CALENDAR_YEAR,
) -> list[Period]:
    """The periods of ``kind`` that overlap ``first_day``…``last_day`` (both included), in
    order; empty when the range is empty."""
    if last_day < first_day:
        return []
    last = period_of(last_day, kind, fiscal_year_start)
    return period_span(period_of(first_day, kind, fiscal_year_start), last)


def period_span(first: Period, last: Period) -> list[Period]:
    """``first``, the periods after it, up to ``last`` included (empty when last < first)."""
    if (first.kind, first.fiscal_year_start) != (last.kind, last.fiscal_year_start):
        raise ValueError(f"{first} and {last} are not periods of the same kind")
    periods, current = [], first
    while current.start <= last.start:
        periods.append(current)
        current = current.next()
    return periods
