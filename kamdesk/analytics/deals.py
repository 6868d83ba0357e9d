"""Opportunities as the pipeline's analytics see them, and the one rule for a deal's value.

    deal value = one-time value + 12 × monthly recurring value   (its first-year value)

Every forecast figure, snapshot, slippage and sales metric values a deal with
:func:`deal_value`, so a board card and the forecast always add up to the same money.

Which forecast column a deal counts in (:func:`forecast_bucket`):

- a deal in a won stage counts as closed won, in the period of its close date (the expected
  close when the close date is missing), whatever category it was left in;
- a deal in a lost stage counts nowhere;
- an open deal counts in its forecast category, in the period of its expected close; an open
  deal marked "omitted" counts nowhere (that is what omitted means), and an open deal marked
  "closed" before its stage says won counts as commit: the KAM calls it done, but until the
  stage is won it is not money in;
- an open deal without an expected close date is in no period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.model.enums import ForecastCategory, OpportunityType, StageOutcome

ZERO = Decimal(0)
MONTHS_OF_RECURRING = 12
# The forecast columns, in the order a forecast shows them (omitted is never one).
FORECAST_COLUMNS = (
    ForecastCategory.PIPELINE,
    ForecastCategory.BEST_CASE,
    ForecastCategory.COMMIT,
    ForecastCategory.CLOSED,
)
OPEN_COLUMNS = FORECAST_COLUMNS[:3]


def deal_value(one_time_value: Decimal, recurring_value: Decimal) -> Decimal:
    """Deal value = one-time value + 12 × monthly recurring value (first-year value)."""
    return one_time_value + MONTHS_OF_RECURRING * recurring_value


@dataclass(frozen=True)
class Stage:
    """A pipeline stage; ``probability`` (0–100) is the default of deals in it."""

    id: int
    name: str
    position: int
    outcome: StageOutcome = StageOutcome.OPEN
    probability: int = 0
    key: str | None = None  # built-in stages: a key the UI translates the name by


@dataclass(frozen=True)
class Deal:
    """An opportunity. ``probability`` is the effective one (the override, else the stage's
    default), 0–100; ``outcome`` is its stage's; ``created``/``closed``/``last_update`` are
    dates."""

    id: int
    account_id: int
    stage_id: int
    outcome: StageOutcome = StageOutcome.OPEN
    one_time_value: Decimal = ZERO
    recurring_value: Decimal = ZERO
    probability: int = 0
    forecast_category: ForecastCategory = ForecastCategory.PIPELINE
    expected_close: dt.date | None = None
    created: dt.date | None = None
    closed: dt.date | None = None
    last_update: dt.date | None = None
    type: OpportunityType = OpportunityType.NEW
    product_id: int | None = None
    org_unit_id: int | None = None
    owner: str = ""
    next_step: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        valid = isinstance(self.probability, int) and not isinstance(self.probability, bool)
        if not valid or not 0 <= self.probability <= 100:
            raise ValueError(f"probability of deal {self.id} must be 0-100, got {self.probability}")

    @property
    def value(self) -> Decimal:
        """:func:`deal_value` of this deal."""
        return deal_value(self.one_time_value, self.recurring_value)

    @property
    def weighted_value(self) -> Decimal:
        """value × probability ÷ 100."""
        return self.value * self.probability / 100

    @property
    def is_open(self) -> bool:
        return self.outcome is StageOutcome.OPEN

    @property
    def is_won(self) -> bool:
        return self.outcome is StageOutcome.WON

    @property
    def is_lost(self) -> bool:
        return self.outcome is StageOutcome.LOST

    @property
    def in_forecast(self) -> bool:
        """Open and not omitted: what the open pipeline, weighted pipeline and funnel count."""
        return self.is_open and self.forecast_category is not ForecastCategory.OMITTED


def forecast_bucket(deal: Deal) -> ForecastCategory | None:
    """The forecast column ``deal`` counts in, or None (see the module doc)."""
    if deal.is_won:
        return ForecastCategory.CLOSED
    if not deal.in_forecast:
        return None
    if deal.forecast_category is ForecastCategory.CLOSED:
        return ForecastCategory.COMMIT
    return deal.forecast_category


def forecast_day(deal: Deal) -> dt.date | None:
    """The day that puts ``deal`` in a period: won → its close date (or, missing, its expected
    close); open → its expected close; lost → None."""
    if deal.is_won:
        return deal.closed or deal.expected_close
    if deal.is_open:
        return deal.expected_close
    return None


@dataclass(frozen=True)
class DealState:
    """An opportunity as it was after one change (a history row). None = not recorded, which
    readers take as unchanged from the row before."""

    deal_id: int
    changed_at: dt.datetime
    stage_id: int | None = None
    expected_close: dt.date | None = None
    one_time_value: Decimal | None = None
    recurring_value: Decimal | None = None
