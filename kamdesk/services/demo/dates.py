"""Month arithmetic and the names of the periods forecast targets and objectives use."""

from __future__ import annotations

import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (negative: before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_period(day: dt.date) -> str:
    """``2026-11``."""
    return f"{day.year}-{day.month:02d}"


def quarter_period(day: dt.date) -> str:
    """``2026-Q4``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
