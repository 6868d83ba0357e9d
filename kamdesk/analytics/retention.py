"""Revenue and logo retention between two months.

For a period from month t0 to month t1, with MRR an account's recurring revenue of a month and
an account *active* in a month when its MRR that month is > 0, over the accounts active at t0:

    GRR            = Σ min(MRR_t1, MRR_t0) ÷ Σ MRR_t0      gross revenue retention
    NRR            = Σ MRR_t1 ÷ Σ MRR_t0                   net revenue retention
    logo retention = accounts active at t0 and at t1 ÷ accounts active at t0
    logo churn     = 1 − logo retention
    revenue churn  = 1 − GRR

Accounts won after t0 count nowhere (they are growth, not retention): NRR shows the expansion
of the accounts already there, GRR only what of their recurring revenue was kept. Only one-off
revenue does not make an account active. A month without a record is a month without revenue.
Every figure is None when what it divides by is 0 (no account active at t0).

:func:`monthly_churn` turns a churn measured over several months into the monthly rate the
lifetime value needs: 1 − (1 − churn)^(1/months).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

ZERO = Decimal(0)


class MonthRevenue(NamedTuple):
    """One account's revenue of one month, of which ``recurring`` is recurring."""

    revenue: Decimal = ZERO
    recurring: Decimal = ZERO


NOTHING = MonthRevenue()

# account id → first day of a month → that month's revenue
RevenueHistory = Mapping[int, Mapping[dt.date, MonthRevenue]]


@dataclass(frozen=True)
class Retention:
    start_month: dt.date
    end_month: dt.date
    accounts_at_start: int
    accounts_kept: int
    mrr_at_start: Decimal
    mrr_kept: Decimal  # Σ min(MRR_t1, MRR_t0)
    mrr_at_end: Decimal  # Σ MRR_t1 of the accounts active at t0

    @property
    def grr(self) -> float | None:
        return _ratio(self.mrr_kept, self.mrr_at_start)

    @property
    def nrr(self) -> float | None:
        return _ratio(self.mrr_at_end, self.mrr_at_start)

    @property
    def logo_retention(self) -> float | None:
        return _ratio(self.accounts_kept, self.accounts_at_start)

    @property
    def logo_churn(self) -> float | None:
        kept = self.logo_retention
        return None if kept is None else 1.0 - kept

    @property
    def revenue_churn(self) -> float | None:
        grr = self.grr
        return None if grr is None else 1.0 - grr

    @property
    def months(self) -> int:
        """How many months the period spans (t0 → t1)."""
        return (self.end_month.year - self.start_month.year) * 12 + (
            self.end_month.month - self.start_month.month
        )


def _ratio(part, whole) -> float | None:
    return float(part) / float(whole) if whole else None


def month_of(history: RevenueHistory, account_id: int, month: dt.date) -> MonthRevenue:
    return history.get(account_id, {}).get(month, NOTHING)


def retention(history: RevenueHistory, start_month: dt.date, end_month: dt.date) -> Retention:
    """GRR, NRR and logo retention from ``start_month`` (t0) to ``end_month`` (t1)."""
    pairs = (
        (months.get(start_month, NOTHING), months.get(end_month, NOTHING))
        for months in history.values()
    )
    return retention_of(pairs, start_month, end_month)


def retention_of(
    pairs: Iterable[tuple[MonthRevenue, MonthRevenue]], start_month: dt.date, end_month: dt.date
) -> Retention:
    """The same from each account's (t0, t1) figures, when they were read as pairs."""
    if end_month < start_month:
        raise ValueError("the period ends before it starts")
    at_start = kept = 0
    mrr_start = mrr_kept = mrr_end = ZERO
    for before, after in pairs:
        if before.recurring <= 0:
            continue
        at_start += 1
        kept += after.recurring > 0
        mrr_start += before.recurring
        mrr_kept += min(after.recurring, before.recurring)
        mrr_end += after.recurring
    return Retention(start_month, end_month, at_start, kept, mrr_start, mrr_kept, mrr_end)


def monthly_churn(churn: float, months: int) -> float:
    """The monthly rate that compounds to ``churn`` over ``months`` months."""
    if months <= 0:
        raise ValueError("a churn rate needs a period of at least one month")
    if not 0.0 <= churn <= 1.0:
        raise ValueError("churn is a fraction between 0 and 1")
    return 1.0 - (1.0 - churn) ** (1.0 / months)
