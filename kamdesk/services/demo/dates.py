"""Month arithmetic and the names of the periods forecast targets and objectives use."""

from __future__ import annotations

import datetime as dt

from kamdesk.analytics.months import add_months

__all__ = ["add_months", "month_period", "quarter_period"]


def month_period(day: dt.date) -> str:
    """``2026-11``."""
    return f"{day.year}-{day.month:02d}"


def quarter_period(day: dt.date) -> str:
    """``2026-Q4``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
