"""Suggested lifecycle stage of an account from its monthly revenue and opportunities.

The rules, checked in this order (months counted back from the last complete month):

1. no revenue ever            → "acquisition" if it has open or won opportunities, else "targeting"
2. no revenue in the last 3 months, or the last 3 months fell ≥ 25 % against the 3 before
                              → "recovery"
3. first revenue within the last 12 months, or the last 3 months grew ≥ 10 % against the
   3 before                   → "development"
4. otherwise                  → "retention"

The KAM can always set another stage; this is only the suggestion shown next to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

TARGETING = "targeting"
ACQUISITION = "acquisition"
DEVELOPMENT = "development"
RETENTION = "retention"
RECOVERY = "recovery"
STAGES = (TARGETING, ACQUISITION, DEVELOPMENT, RETENTION, RECOVERY)

TREND_MONTHS = 3  # the trend compares the last 3 months with the 3 before them
SILENT_MONTHS = 3  # no revenue for this many months → recovery
RECOVERY_DROP = Decimal("0.25")  # a fall of at least 25 % → recovery
DEVELOPMENT_GROWTH = Decimal("0.10")  # a rise of at least 10 % → development
NEW_ACCOUNT_MONTHS = 12  # first revenue within this many months → development


@dataclass(frozen=True)
class LifecycleFacts:
    """What the suggestion looks at.

    ``monthly_revenue`` runs oldest → newest, one value per month, ending with the last complete
    month. It is read as the account's whole history: pass more than 12 months of it (or
    everything) so that an old account is not mistaken for a new one.
    """

    monthly_revenue: Sequence[Decimal]
    open_opportunities: int = 0
    won_opportunities: int = 0


def _decimal(value: Decimal | float | int) -> Decimal:
    # Via str so a float like 0.1 becomes Decimal("0.1"), not its binary expansion.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _trend(monthly_revenue: Sequence[Decimal]) -> Decimal | None:
    """(last 3 months − previous 3) ÷ previous 3 as an exact Decimal; None when not computable."""
    months = [_decimal(m) for m in monthly_revenue]
    if len(months) < 2 * TREND_MONTHS:
        return None
    recent = sum(months[-TREND_MONTHS:], Decimal(0))
    before = sum(months[-2 * TREND_MONTHS : -TREND_MONTHS], Decimal(0))
    # A zero or negative base (credit notes) has no meaningful percentage change.
    if before <= 0:
        return None
    return (recent - before) / before


def revenue_trend(monthly_revenue: Sequence[Decimal]) -> float | None:
    """trend = (Σ last 3 months − Σ previous 3 months) ÷ Σ previous 3 months.

    None when there are fewer than 6 months or the previous 3 months add up to 0 or less.
    """
    trend = _trend(monthly_revenue)
    return None if trend is None else float(trend)


def suggest_lifecycle_stage(facts: LifecycleFacts) -> str:
    """The stage the rules in this module's docstring give for ``facts``."""
    months = [_decimal(m) for m in facts.monthly_revenue]
    earning = [i for i, m in enumerate(months) if m > 0]
    if not earning:
        has_deals = facts.open_opportunities > 0 or facts.won_opportunities > 0
        return ACQUISITION if has_deals else TARGETING
    trend = _trend(months)
    silent = earning[-1] < len(months) - SILENT_MONTHS
    if silent or (trend is not None and trend <= -RECOVERY_DROP):
        return RECOVERY
    is_new = earning[0] >= len(months) - NEW_ACCOUNT_MONTHS
    if is_new or (trend is not None and trend >= DEVELOPMENT_GROWTH):
        return DEVELOPMENT
    return RETENTION
