"""What goes in and out of the pipeline services: plain frozen dataclasses, ids as ints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from kamdesk.analytics.deals import deal_value
from kamdesk.model.enums import ForecastCategory, OpportunityType, StageOutcome
from kamdesk.services.stakeholders.deletion import DeletionSnapshot

ZERO = Decimal(0)
# One rule for the table, the board and the forecast: one-time + 12 × monthly recurring.
opportunity_value = deal_value


def weighted_value(value: Decimal, probability: int) -> Decimal:
    """Weighted value = value × probability ÷ 100 (probability in percent, 0–100)."""
    return value * probability / 100


# -- opportunities ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpportunityData:
    """Everything a KAM edits about an opportunity (the Opportunities sheet of WORKBOOK.md).

    ``stage_id`` None = the first open stage; ``probability`` None = the stage's default;
    ``recurring_value`` is monthly. Money is Decimal, dates are dates.
    """

    account_id: int = 0
    title: str = ""
    type: OpportunityType = OpportunityType.NEW
    product_id: int | None = None
    org_unit_id: int | None = None
    one_time_value: Decimal = ZERO
    recurring_value: Decimal = ZERO
    stage_id: int | None = None
    probability: int | None = None
    forecast_category: ForecastCategory = ForecastCategory.PIPELINE
    expected_close: dt.date | None = None
    owner: str = ""
    next_step: str = ""
    competitor: str = ""
    win_loss_reason: str = ""


OPPORTUNITY_FIELDS = tuple(f.name for f in fields(OpportunityData))
# What a history row keeps of the opportunity: enough for stage history and slippage.
HISTORY_FIELDS = ("stage_id", "expected_close", "one_time_value", "recurring_value", "probability")


@dataclass(frozen=True)
class OpportunityRow:
    """One line of the Pipeline table, or one card of the board.

    ``probability`` is the opportunity's own (None = the stage's default);
    ``effective_probability`` = own probability if set, else the stage's default.
    ``stage_key`` is set for built-in stages (the UI translates their name).
    """

    id: int
    account_id: int
    account_name: str
    title: str
    type: OpportunityType
    product_id: int | None
    product_name: str
    org_unit_id: int | None
    org_unit_name: str
    one_time_value: Decimal
    recurring_value: Decimal
    stage_id: int
    stage_key: str | None
    stage_name: str
    stage_position: int
    outcome: StageOutcome
    probability: int | None
    effective_probability: int
    forecast_category: ForecastCategory
    expected_close: dt.date | None
    owner: str
    next_step: str
    competitor: str
    win_loss_reason: str
    created_at: dt.datetime
    updated_at: dt.datetime
    closed_at: dt.date | None

    @property
    def value(self) -> Decimal:
        """Value = one-time value + 12 × monthly recurring value."""
        return opportunity_value(self.one_time_value, self.recurring_value)

    @property
    def weighted_value(self) -> Decimal:
        """Weighted value = (one-time + 12 × monthly recurring) × effective probability ÷ 100."""
        return weighted_value(self.value, self.effective_probability)

    @property
    def is_open(self) -> bool:
        return self.outcome is StageOutcome.OPEN


@dataclass(frozen=True)
class OpportunityFilter:
    """Which opportunities the table and the board show; every condition must hold.

    ``account_id`` None = every account; ``close_from``/``close_to`` bound the expected close
    (both days included; an opportunity without one is outside any period);
    ``include_closed`` False keeps only opportunities in open stages.
    """

    account_id: int | None = None
    owner: str | None = None
    type: OpportunityType | None = None
    close_from: dt.date | None = None
    close_to: dt.date | None = None
    include_closed: bool = True


@dataclass(frozen=True)
class OpportunityChange:
    """What an update or a stage move changed, so it can be undone exactly.

    ``previous``: every column the write changed, as it was (the fields the KAM edited, and
    what followed from them: category, closing date, reason, probability, last change);
    ``history_id``: the stage-history row the write added, or None.
    """

    opportunity_id: int
    previous: dict[str, object]
    history_id: int | None


@dataclass(frozen=True)
class HistoryEntry:
    """The opportunity as it was after one change (``stage_id`` None: a deleted stage)."""

    id: int
    changed_at: dt.datetime
    stage_id: int | None
    stage_name: str
    expected_close: dt.date | None
    one_time_value: Decimal | None
    recurring_value: Decimal | None
    probability: int | None


# -- stages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageData:
    """A pipeline stage as the KAM creates it; ``probability`` is its default, 0–100."""

    name: str = ""
    probability: int = 0
    outcome: StageOutcome = StageOutcome.OPEN


@dataclass(frozen=True)
class StageRow:
    """A stage in board order, with how many opportunities are in it now."""

    id: int
    key: str | None
    name: str
    position: int
    probability: int
    outcome: StageOutcome
    opportunity_count: int


@dataclass(frozen=True)
class StageRemoval:
    """Undo data of deleting a stage: the deletion itself, the opportunities and history rows
    that were moved to ``moved_to`` (None: none were), and every stage's position before."""

    deletion: DeletionSnapshot
    moved_to: int | None
    opportunity_ids: tuple[int, ...]
    history_ids: tuple[int, ...]
    positions: dict[int, int] = field(default_factory=dict)

    @property
    def stage_id(self) -> int:
        return self.deletion.root_ids[0]


# -- products --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductData:
    name: str = ""
    category: str = ""


PRODUCT_FIELDS = tuple(f.name for f in fields(ProductData))


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    category: str
    opportunity_count: int
