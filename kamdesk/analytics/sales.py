"""Sales metrics over the opportunities closed in a date range.

    win rate           = won ÷ (won + lost), by count
    average deal size  = Σ deal value of the won ÷ number won
    average sales cycle = mean over the won of (close date − creation date), in days
    pipeline velocity  = open deals × win rate × average deal size ÷ average sales cycle

Velocity is money per day: what the open pipeline is expected to turn into each day at the
rates measured. "Open deals" are the open opportunities given that are not omitted from the
forecast, counted as they are now (the history does not say what was open on a past day). A
cycle shorter than a day counts as one day, so a deal won the day it was created does not
make velocity infinite. A close date is the opportunity's close date, or its expected close
when the close date is missing; a cycle that would be negative counts as 0 days.
Every figure is None when what it divides by is 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.analytics.deals import ZERO, Deal

MIN_CYCLE_DAYS = 1


def close_day(deal: Deal) -> dt.date | None:
    """When a won or lost deal closed: its close date, else its expected close; open: None."""
    if deal.is_open:
        return None
    return deal.closed or deal.expected_close


def closed_between(deals: Iterable[Deal], first_day: dt.date, last_day: dt.date) -> list[Deal]:
    """The won and lost deals whose :func:`close_day` is within first_day…last_day."""
    return [d for d in deals if (day := close_day(d)) is not None and first_day <= day <= last_day]


def win_rate(deals: Iterable[Deal]) -> float | None:
    """Win rate = won ÷ (won + lost), by count, over the ``deals`` given."""
    deals = list(deals)
    won = sum(1 for d in deals if d.is_won)
    closed = won + sum(1 for d in deals if d.is_lost)
    return won / closed if closed else None


def average_deal_size(deals: Iterable[Deal]) -> Decimal | None:
    """Average deal size = Σ value of the won deals ÷ number of won deals."""
    values = [d.value for d in deals if d.is_won]
    return sum(values, ZERO) / len(values) if values else None


def sales_cycles(deals: Iterable[Deal]) -> list[int]:
    """Days from creation to close of each won deal with both dates (never negative)."""
    return [
        max(0, (close_day(d) - d.created).days)
        for d in deals
        if d.is_won and d.created is not None and close_day(d) is not None
    ]


def average_sales_cycle(deals: Iterable[Deal]) -> float | None:
    """Average sales cycle = mean of (close date − creation date) of the won deals, in days."""
    cycles = sales_cycles(deals)
    return sum(cycles) / len(cycles) if cycles else None


def pipeline_velocity(
    open_deals: int,
    win_rate: float | Decimal | None,
    average_deal_size: Decimal | None,
    average_cycle_days: float | Decimal | None,
) -> Decimal | None:
    """Pipeline velocity = open deals × win rate × average deal size ÷ average sales cycle
    (per day; a cycle under one day counts as one)."""
    if win_rate is None or average_deal_size is None or average_cycle_days is None:
        return None
    cycle = max(_decimal(average_cycle_days), Decimal(MIN_CYCLE_DAYS))
    return open_deals * _decimal(win_rate) * average_deal_size / cycle


def _decimal(number: float | Decimal) -> Decimal:
    return number if isinstance(number, Decimal) else Decimal(str(number))


@dataclass(frozen=True)
class SalesMetrics:
    won: int
    lost: int
    open_deals: int
    win_rate: float | None
    average_deal_size: Decimal | None
    average_sales_cycle: float | None  # days
    pipeline_velocity: Decimal | None  # money per day


def sales_metrics(deals: Iterable[Deal], first_day: dt.date, last_day: dt.date) -> SalesMetrics:
    """Every metric of the module doc, over the deals closed first_day…last_day and the open
    deals among ``deals``."""
    deals = list(deals)
    closed = closed_between(deals, first_day, last_day)
    open_deals = sum(1 for d in deals if d.in_forecast)
    won = sum(1 for d in closed if d.is_won)
    size, cycles = average_deal_size(closed), sales_cycles(closed)
    # Exact ratios for velocity; the float ones are for showing.
    exact_rate = Decimal(won) / len(closed) if closed else None
    exact_cycle = Decimal(sum(cycles)) / len(cycles) if cycles else None
    return SalesMetrics(
        won=won,
        lost=len(closed) - won,
        open_deals=open_deals,
        win_rate=win_rate(closed),
        average_deal_size=size,
        average_sales_cycle=average_sales_cycle(closed),
        pipeline_velocity=pipeline_velocity(open_deals, exact_rate, size, exact_cycle),
    )
