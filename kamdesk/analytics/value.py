"""What an account is worth over its life, and what winning one costs.

    CLV     = average monthly revenue × gross margin ÷ monthly logo churn rate
    CAC     = Σ acquisition cost of the accounts won in the period ÷ accounts won in the period
    CLV:CAC = CLV ÷ CAC (3 or more is the usual sign of healthy growth)

An account's CLV uses the portfolio's monthly logo churn when the account has no churn history
of its own (one account either left or did not). With a churn of zero the lifetime has no end
and the CLV no finite value: :class:`Clv` says so (``unbounded``) instead of inventing a number.
CAC counts only the new accounts whose acquisition cost is known; None when there are none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Clv:
    value: Decimal | None  # None when unbounded or unknown
    unbounded: bool = False  # churn is zero: every month is expected to be kept

    @property
    def known(self) -> bool:
        return self.value is not None


UNKNOWN = Clv(None)


def customer_lifetime_value(
    average_monthly_revenue: Decimal | None, gross_margin: Decimal, monthly_churn: float | None
) -> Clv:
    """CLV from the average monthly revenue, the gross margin (0–1) and the monthly churn."""
    if average_monthly_revenue is None or monthly_churn is None:
        return UNKNOWN
    if not Decimal(0) <= gross_margin <= Decimal(1):
        raise ValueError("the gross margin is a fraction between 0 and 1")
    if monthly_churn <= 0:
        return Clv(None, unbounded=True)
    margin_per_month = average_monthly_revenue * gross_margin
    return Clv((margin_per_month / Decimal(str(monthly_churn))).quantize(Decimal("0.01")))


def average_monthly_revenue(monthly_revenues: Iterable[Decimal]) -> Decimal | None:
    """The mean over the months given (months without revenue count only if passed as 0)."""
    revenues = list(monthly_revenues)
    if not revenues:
        return None
    return sum(revenues, Decimal(0)) / len(revenues)


def customer_acquisition_cost(acquisition_costs: Iterable[Decimal | None]) -> Decimal | None:
    """Mean acquisition cost of the new accounts given (those without a cost are left out)."""
    known = [cost for cost in acquisition_costs if cost is not None]
    if not known:
        return None
    return (sum(known, Decimal(0)) / len(known)).quantize(Decimal("0.01"))


def clv_to_cac(clv: Clv, cac: Decimal | None) -> float | None:
    if not clv.known or not cac:
        return None
    return float(clv.value / cac)
