"""The forecast of a period: amounts by category, weighted pipeline, target, coverage, funnel.

For a month, fiscal quarter or fiscal year, over the deals that fall in it (see
:mod:`kamdesk.analytics.deals` for which column and which period a deal counts in):

    amount of a category = Σ deal value of the deals in that column
    open pipeline        = pipeline + best case + commit
    weighted pipeline    = Σ deal value × probability ÷ 100 over the open deals (not omitted)
    commit call          = closed won + commit
    best-case call       = closed won + commit + best case
    pipeline coverage    = open pipeline ÷ target                       (DESIGN §3)
    gap coverage         = open pipeline ÷ (target − closed won)        (while below target)
    attainment           = closed won ÷ target
    stage funnel         = count and Σ value of the open deals in each open stage, stage order

A period's target is the one set for it; without one, the sum of its quarters' (a year) or
months' (a quarter) targets when every one of them has a target; else there is none.

Snapshots keep the forecast as lines per account, month and category (:func:`snapshot_lines`)
so a quarter or a year is always the sum of its months.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.analytics.deals import (
    FORECAST_COLUMNS,
    OPEN_COLUMNS,
    ZERO,
    Deal,
    Stage,
    forecast_bucket,
    forecast_day,
)
from kamdesk.analytics.periods import Period
from kamdesk.model.enums import ForecastCategory, StageOutcome

CATEGORY_ORDER = {category: rank for rank, category in enumerate(FORECAST_COLUMNS)}


@dataclass(frozen=True)
class FunnelStep:
    """The open deals of one stage in the period."""

    stage: Stage
    count: int
    value: Decimal


@dataclass(frozen=True)
class PeriodForecast:
    """The forecast of one period; ``amounts`` has every forecast column (0 when empty)."""

    period: Period
    amounts: Mapping[ForecastCategory, Decimal]
    weighted: Decimal
    target: Decimal | None
    funnel: tuple[FunnelStep, ...] = ()

    @property
    def won(self) -> Decimal:
        return self.amounts[ForecastCategory.CLOSED]

    @property
    def open_pipeline(self) -> Decimal:
        """pipeline + best case + commit."""
        return sum((self.amounts[c] for c in OPEN_COLUMNS), ZERO)

    @property
    def commit_call(self) -> Decimal:
        """closed won + commit."""
        return self.won + self.amounts[ForecastCategory.COMMIT]

    @property
    def best_case_call(self) -> Decimal:
        """closed won + commit + best case."""
        return self.commit_call + self.amounts[ForecastCategory.BEST_CASE]

    @property
    def coverage(self) -> float | None:
        """Pipeline coverage = open pipeline ÷ target; None without a positive target."""
        if not self.target or self.target <= 0:
            return None
        return float(self.open_pipeline / self.target)

    @property
    def gap_coverage(self) -> float | None:
        """open pipeline ÷ (target − closed won): how well the open deals cover what is still
        missing; None without a target or once the target is reached."""
        if self.target is None or self.won >= self.target:
            return None
        return float(self.open_pipeline / (self.target - self.won))

    @property
    def attainment(self) -> float | None:
        """closed won ÷ target; None without a positive target."""
        if not self.target or self.target <= 0:
            return None
        return float(self.won / self.target)


# -- targets ----------------------------------------------------------------------------------


def target_of(period: Period, targets: Mapping[str, Decimal]) -> Decimal | None:
    """The target set for ``period`` (by name), else the sum of its sub-periods' targets when
    each of them has one (recursively), else None."""
    own = targets.get(period.name)
    if own is not None:
        return own
    parts = period.sub_periods()
    if not parts:
        return None
    found = [target_of(part, targets) for part in parts]
    if any(amount is None for amount in found):
        return None
    return sum(found, ZERO)


# -- the forecast -----------------------------------------------------------------------------


def deals_by_month(deals: Iterable[Deal]) -> dict[dt.date, list[tuple[Deal, ForecastCategory]]]:
    """Each month's first day → the deals that count in it, with their column."""
    months: dict[dt.date, list[tuple[Deal, ForecastCategory]]] = defaultdict(list)
    for deal in deals:
        bucket = forecast_bucket(deal)
        day = forecast_day(deal)
        if bucket is not None and day is not None:
            months[dt.date(day.year, day.month, 1)].append((deal, bucket))
    return months


def forecast_periods(
    deals: Iterable[Deal],
    periods: Sequence[Period],
    stages: Iterable[Stage],
    targets: Mapping[str, Decimal] | None = None,
) -> list[PeriodForecast]:
    """The forecast of each of ``periods`` (see the module doc for every figure)."""
    by_month = deals_by_month(deals)
    open_stages = sorted(
        (s for s in stages if s.outcome is StageOutcome.OPEN), key=lambda s: (s.position, s.id)
    )
    targets = targets or {}
    return [_period_forecast(p, by_month, open_stages, targets) for p in periods]


def forecast_period(
    deals: Iterable[Deal],
    period: Period,
    stages: Iterable[Stage],
    targets: Mapping[str, Decimal] | None = None,
) -> PeriodForecast:
    return forecast_periods(deals, [period], stages, targets)[0]


def _period_forecast(
    period: Period,
    by_month: Mapping[dt.date, list[tuple[Deal, ForecastCategory]]],
    open_stages: list[Stage],
    targets: Mapping[str, Decimal],
) -> PeriodForecast:
    amounts = dict.fromkeys(FORECAST_COLUMNS, ZERO)
    weighted = ZERO
    counts: dict[int, int] = defaultdict(int)
    values: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for month in period.month_periods():
        for deal, bucket in by_month.get(month.start, ()):
            value = deal.value
            amounts[bucket] += value
            if bucket is not ForecastCategory.CLOSED:
                weighted += deal.weighted_value
                counts[deal.stage_id] += 1
                values[deal.stage_id] += value
    funnel = tuple(FunnelStep(s, counts[s.id], values[s.id]) for s in open_stages)
    return PeriodForecast(period, amounts, weighted, target_of(period, targets), funnel)


# -- snapshots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotLine:
    """One line of a forecast snapshot: an account's deals of one category in one month.

    ``weighted_amount`` = Σ value × probability ÷ 100 (closed won lines: the amount itself).
    ``account_id`` None = a line of the whole portfolio (older snapshots may have them)."""

    account_id: int | None
    period: str
    category: ForecastCategory
    amount: Decimal
    weighted_amount: Decimal


def snapshot_lines(deals: Iterable[Deal], first_month: Period) -> list[SnapshotLine]:
    """The forecast as a snapshot keeps it: per account, month (from ``first_month`` on) and
    forecast column, ordered by account, month and column. Months before ``first_month``
    are left out: a snapshot is about what is still to come."""
    totals: dict[tuple[int, dt.date, ForecastCategory], list[Decimal]] = {}
    for month, entries in deals_by_month(deals).items():
        if month < first_month.start:
            continue
        for deal, bucket in entries:
            line = totals.setdefault((deal.account_id, month, bucket), [ZERO, ZERO])
            value = deal.value
            line[0] += value
            line[1] += value if bucket is ForecastCategory.CLOSED else deal.weighted_value
    return [
        SnapshotLine(account_id, f"{month.year}-{month.month:02d}", category, amount, weighted)
        for (account_id, month, category), (amount, weighted) in sorted(
            totals.items(), key=lambda item: (item[0][0], item[0][1], CATEGORY_ORDER[item[0][2]])
        )
    ]
