"""Amounts in BRL as the model stores them: decimals with two places."""

from __future__ import annotations

from decimal import Decimal

ZERO = Decimal("0.00")


def money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def rounded(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (at least ``step``), with two places."""
    return Decimal(max(step, round(value / step) * step)).quantize(Decimal("0.01"))
