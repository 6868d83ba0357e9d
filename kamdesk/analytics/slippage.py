"""Slippage: opportunities whose expected close moved out, or whose value changed, over a window.

From each opportunity's history (its states after each change, oldest first):

    before = the last state before the window opens (none: the first state inside it)
    after  = the last state before the window closes
    slipped when  after's expected close > before's   (days moved = after − before)
             or   after's deal value ≠ before's        (value change = after − before)

A field a state did not record is carried over from the state before. ``pushes`` counts how
often the close date moved later inside the window, so a deal pushed out three times and back
once still shows it was pushed. A close date that moved out and came back, with the value
unchanged, is not slippage.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from kamdesk.analytics.deals import DealState, deal_value

RECORDED = ("stage_id", "expected_close", "one_time_value", "recurring_value")


@dataclass(frozen=True)
class Slip:
    """One opportunity's change over the window: close date and value, before → after."""

    deal_id: int
    close_before: dt.date | None
    close_after: dt.date | None
    value_before: Decimal | None
    value_after: Decimal | None
    pushes: int = 0

    @property
    def days_moved(self) -> int | None:
        """after − before in days (positive: later); None when either is unknown."""
        if self.close_before is None or self.close_after is None:
            return None
        return (self.close_after - self.close_before).days

    @property
    def close_moved_out(self) -> bool:
        return (self.days_moved or 0) > 0

    @property
    def value_change(self) -> Decimal | None:
        """after − before; None when either is unknown."""
        if self.value_before is None or self.value_after is None:
            return None
        return self.value_after - self.value_before

    @property
    def value_changed(self) -> bool:
        return bool(self.value_change)


def _moment(value: dt.date | None) -> dt.datetime | None:
    """A date as the moment it begins; a datetime as it is."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time.min)


def filled_in(states: Iterable[DealState]) -> list[DealState]:
    """One deal's states in time order (ties keep their order), each unrecorded field carried
    over from the state before."""
    ordered = sorted(states, key=lambda s: s.changed_at)
    filled: list[DealState] = []
    for state in ordered:
        missing = [name for name in RECORDED if getattr(state, name) is None]
        if filled and missing:
            last = filled[-1]
            state = replace(state, **{name: getattr(last, name) for name in missing})
        filled.append(state)
    return filled


def _value(state: DealState) -> Decimal | None:
    if state.one_time_value is None and state.recurring_value is None:
        return None
    return deal_value(state.one_time_value or Decimal(0), state.recurring_value or Decimal(0))


def slippage(
    states: Iterable[DealState],
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Slip]:
    """The opportunities that slipped between ``since`` (included; None: from their first
    state) and ``until`` (excluded; None: up to now), biggest slip first (days moved, then
    size of the value change, then id). Dates count from the start of the day."""
    start, end = _moment(since), _moment(until)
    by_deal: dict[int, list[DealState]] = defaultdict(list)
    for state in states:
        by_deal[state.deal_id].append(state)
    slips = []
    for deal_id, own in by_deal.items():
        slip = _slip(deal_id, filled_in(own), start, end)
        if slip is not None and (slip.close_moved_out or slip.value_changed):
            slips.append(slip)
    return sorted(
        slips,
        key=lambda s: (-(s.days_moved or 0), -abs(s.value_change or 0), s.deal_id),
    )


def _slip(
    deal_id: int, states: list[DealState], start: dt.datetime | None, end: dt.datetime | None
) -> Slip | None:
    known = [s for s in states if end is None or s.changed_at < end]
    if not known:
        return None
    earlier = [s for s in known if start is not None and s.changed_at < start]
    inside = known[len(earlier) :]
    before = earlier[-1] if earlier else known[0]
    after = known[-1]
    path = [before, *inside] if earlier else inside
    pushes = sum(
        1
        for a, b in itertools.pairwise(path)
        if a.expected_close and b.expected_close and b.expected_close > a.expected_close
    )
    return Slip(
        deal_id, before.expected_close, after.expected_close, _value(before), _value(after), pushes
    )
