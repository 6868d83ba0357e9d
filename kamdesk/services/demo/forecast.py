"""The forecast: sales targets for the coming year and the automatic snapshots of past months,
both derived from the pipeline built before them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kamdesk.model.enums import ForecastCategory
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.dates import add_months, month_period, quarter_period
from kamdesk.services.demo.money import rounded
from kamdesk.services.demo.pipeline import OpportunityState
from kamdesk.services.demo.tuning import (
    SEASONALITY,
    SNAPSHOT_CATEGORY,
    SNAPSHOT_HORIZON,
    SNAPSHOT_MONTHS,
    TARGET_GROWTH,
)

Histories = list[tuple[int, list[OpportunityState]]]  # (account id, an opportunity's states)
Totals = dict[tuple[int, str, ForecastCategory], tuple[Decimal, Decimal]]

# -- targets ----------------------------------------------------------------------------------


def build_forecast_targets(demo: DemoContext, bookings: list[tuple[dt.date, Decimal]]) -> None:
    """Targets for this month and the next 11, and for the quarters those touch: last year's
    bookings (won deals: the day closed, the amount) plus growth, spread by seasonality."""
    year_ago = demo.today - dt.timedelta(days=365)
    booked = sum((amount for day, amount in bookings if day >= year_ago), Decimal(0))
    monthly = max(10_000.0, float(booked) / 12 * TARGET_GROWTH)

    def target(month: dt.date) -> Decimal:
        return rounded(monthly * SEASONALITY[month.month - 1], 10_000)

    quarters: dict[str, dt.date] = {}  # period → its first month
    for ahead in range(12):
        month = add_months(demo.this_month, ahead)
        add_target(demo, month_period(month), target(month))
        quarters.setdefault(quarter_period(month), add_months(month, -((month.month - 1) % 3)))
    for period, first in quarters.items():
        add_target(demo, period, sum((target(add_months(first, k)) for k in range(3)), Decimal(0)))


def add_target(demo: DemoContext, period: str, amount: Decimal) -> None:
    demo.add(
        "forecast_targets",
        {"id": demo.new_id("forecast_targets"), "period": period, "amount": amount},
    )


# -- snapshots --------------------------------------------------------------------------------


def build_forecast_snapshots(demo: DemoContext, histories: Histories) -> None:
    """Automatic snapshots at the start of past months: what the open pipeline said then about
    the next months, from each opportunity's state at that moment (its history)."""
    for back in range(SNAPSHOT_MONTHS, 0, -1):
        start = add_months(demo.this_month, -back)
        taken_at = dt.datetime.combine(start, dt.time(7, 0))
        snapshot_id = demo.new_id("forecast_snapshots")
        demo.add(
            "forecast_snapshots",
            {
                "id": snapshot_id,
                "taken_at": taken_at,
                "automatic": True,
                "note": demo.t(demo.vocab.snapshot_note),
            },
        )
        periods = {month_period(add_months(start, k)) for k in range(SNAPSHOT_HORIZON)}
        totals = pipeline_at(histories, taken_at, periods)
        for (account_id, period, category), (amount, weighted) in sorted(totals.items()):
            demo.add(
                "forecast_snapshot_lines",
                {
                    "id": demo.new_id("forecast_snapshot_lines"),
                    "snapshot_id": snapshot_id,
                    "account_id": account_id,
                    "period": period,
                    "category": category,
                    "amount": amount,
                    "weighted_amount": weighted.quantize(Decimal("0.01")),
                },
            )


def pipeline_at(histories: Histories, moment: dt.datetime, periods: set[str]) -> Totals:
    """(account, period, category) → (amount, weighted amount) of the opportunities that were
    open at ``moment`` and expected to close in one of ``periods``."""
    totals: Totals = {}
    for account_id, states in histories:
        before = [s for s in states if s.changed_at < moment]
        if not before or before[-1].stage not in SNAPSHOT_CATEGORY:
            continue
        state = before[-1]
        period = month_period(state.expected_close)
        if period in periods:
            key = (account_id, period, SNAPSHOT_CATEGORY[state.stage])
            amount, weighted = totals.get(key, (Decimal(0), Decimal(0)))
            totals[key] = (
                amount + state.amount,
                weighted + state.amount * state.probability / 100,
            )
    return totals
