"""The monthly pipeline review: which open opportunities need the KAM's attention, and why.

An open opportunity (won and lost ones never) is listed once per reason that applies:

- close date passed: its expected close is before today;
- no close date: it has none, so no forecast period counts it;
- no recent update: last updated ``stale_after_days`` (30) days or more before today (never
  updated: counted from its creation);
- no next step: its next step is blank;
- stuck in stage: it has been in its stage longer than usual for that stage.

"Usual" comes from the stage history of every opportunity given: a *stay* is the time from
entering a stage to entering another one (the last stay of each opportunity, still running,
does not count). With at least ``STUCK_MIN_STAYS`` (5) finished stays in a stage,

    usual days = max(STUCK_FLOOR_DAYS, 1.5 × median days of those stays)

(the floor, a week, keeps a stage that deals usually cross in a day or two from flagging
everything); with fewer, usual days = ``STUCK_FALLBACK_DAYS`` (45). Stuck means
days in stage > usual days. An opportunity entered its current stage when its history's last
run of that stage began; with no history, when it was created; when the history does not end
in its current stage (not recorded), at its last update (the latest change we know of).
"""

from __future__ import annotations

import datetime as dt
import enum
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from kamdesk.analytics.deals import Deal, DealState
from kamdesk.model.enums import QT_TRANSLATE_NOOP

STALE_AFTER_DAYS = 30
STUCK_FACTOR = 1.5
STUCK_MIN_STAYS = 5
STUCK_FALLBACK_DAYS = 45
STUCK_FLOOR_DAYS = 7


class AttentionReason(enum.StrEnum):
    CLOSE_DATE_PASSED = "close_date_passed"  # facts: expected_close, days (≥ 1)
    NO_CLOSE_DATE = "no_close_date"  # no facts
    NO_RECENT_UPDATE = "no_recent_update"  # facts: last_update, days (≥ 30)
    NO_NEXT_STEP = "no_next_step"  # no facts
    STUCK_IN_STAGE = "stuck_in_stage"  # facts: stage_id, entered, days, usual_days


ATTENTION_TEMPLATES = {
    AttentionReason.CLOSE_DATE_PASSED: QT_TRANSLATE_NOOP(
        "PipelineAttention", "The expected close date ({expected_close}) has passed."
    ),
    AttentionReason.NO_CLOSE_DATE: QT_TRANSLATE_NOOP(
        "PipelineAttention", "No expected close date."
    ),
    AttentionReason.NO_RECENT_UPDATE: QT_TRANSLATE_NOOP(
        "PipelineAttention", "Not updated for {days} days."
    ),
    AttentionReason.NO_NEXT_STEP: QT_TRANSLATE_NOOP("PipelineAttention", "No next step."),
    AttentionReason.STUCK_IN_STAGE: QT_TRANSLATE_NOOP(
        "PipelineAttention",
        "{days} days in this stage; deals usually move on within {usual_days} days.",
    ),
}


@dataclass(frozen=True)
class AttentionItem:
    """One reason one opportunity needs attention, with the facts its message shows."""

    deal_id: int
    reason: AttentionReason
    facts: Mapping[str, object] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return ATTENTION_TEMPLATES[self.reason]

    def text(
        self,
        translate: Callable[[str], str] = lambda template: template,
        format_date: Callable[[dt.date], str] = dt.date.isoformat,
    ) -> str:
        args = {
            key: format_date(value) if isinstance(value, dt.date) else value
            for key, value in self.facts.items()
        }
        return translate(self.template).format(**args)


# -- time in stage ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StageStay:
    """A deal's time in one stage; ``left`` None while it is still there."""

    deal_id: int
    stage_id: int
    entered: dt.date
    left: dt.date | None = None

    @property
    def days(self) -> int | None:
        return None if self.left is None else (self.left - self.entered).days


def stage_stays(states: Iterable[DealState]) -> list[StageStay]:
    """Every deal's stays, from its history: a new stay begins at each change of stage."""
    by_deal: dict[int, list[DealState]] = defaultdict(list)
    for state in states:
        by_deal[state.deal_id].append(state)
    stays: list[StageStay] = []
    for deal_id, own in by_deal.items():
        current: StageStay | None = None
        for state in sorted(own, key=lambda s: s.changed_at):
            # No stage recorded: the stage did not change (as in filled_in).
            if state.stage_id is None or (current and state.stage_id == current.stage_id):
                continue
            day = state.changed_at.date()
            if current is not None:
                stays.append(StageStay(deal_id, current.stage_id, current.entered, day))
            current = StageStay(deal_id, state.stage_id, day)
        if current is not None:
            stays.append(current)
    return stays


def usual_stage_days(stays: Iterable[StageStay]) -> dict[int, float]:
    """Stage id → usual days, for the stages with enough finished stays (see the module doc);
    other stages use ``STUCK_FALLBACK_DAYS``."""
    finished: dict[int, list[int]] = defaultdict(list)
    for stay in stays:
        if stay.days is not None:
            finished[stay.stage_id].append(stay.days)
    return {
        stage_id: max(STUCK_FLOOR_DAYS, STUCK_FACTOR * statistics.median(days))
        for stage_id, days in finished.items()
        if len(days) >= STUCK_MIN_STAYS
    }


def stage_entered(deal: Deal, own_stays: list[StageStay]) -> dt.date | None:
    """When ``deal`` entered its current stage (see the module doc)."""
    if not own_stays:
        return deal.created
    last = own_stays[-1]
    if last.stage_id == deal.stage_id and last.left is None:
        return last.entered
    return deal.last_update or deal.created


# -- the attention list -----------------------------------------------------------------------


def attention_list(
    deals: Iterable[Deal],
    states: Iterable[DealState],
    today: dt.date,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> list[AttentionItem]:
    """What needs attention in the open ``deals``, in their order, reasons in enum order.
    ``states``: the history of every opportunity (closed ones too: they tell what is usual)."""
    stays = stage_stays(states)
    usual = usual_stage_days(stays)
    stays_of: dict[int, list[StageStay]] = defaultdict(list)
    for stay in stays:
        stays_of[stay.deal_id].append(stay)
    items: list[AttentionItem] = []
    for deal in deals:
        if deal.is_open:
            items += _reasons(deal, stays_of.get(deal.id, []), usual, today, stale_after_days)
    return items


def _reasons(
    deal: Deal,
    own_stays: list[StageStay],
    usual: Mapping[int, float],
    today: dt.date,
    stale_after_days: int,
) -> list[AttentionItem]:
    found = []
    if deal.expected_close is None:
        found.append(AttentionItem(deal.id, AttentionReason.NO_CLOSE_DATE))
    elif deal.expected_close < today:
        facts = {"expected_close": deal.expected_close, "days": (today - deal.expected_close).days}
        found.append(AttentionItem(deal.id, AttentionReason.CLOSE_DATE_PASSED, facts))
    last_update = deal.last_update or deal.created
    if last_update is not None and (today - last_update).days >= stale_after_days:
        facts = {"last_update": last_update, "days": (today - last_update).days}
        found.append(AttentionItem(deal.id, AttentionReason.NO_RECENT_UPDATE, facts))
    if not deal.next_step.strip():
        found.append(AttentionItem(deal.id, AttentionReason.NO_NEXT_STEP))
    entered = stage_entered(deal, own_stays)
    if entered is not None:
        days = (today - entered).days
        usual_days = usual.get(deal.stage_id, STUCK_FALLBACK_DAYS)
        if days > usual_days:
            facts = {
                "stage_id": deal.stage_id,
                "entered": entered,
                "days": days,
                "usual_days": round(usual_days),
            }
            found.append(AttentionItem(deal.id, AttentionReason.STUCK_IN_STAGE, facts))
    return found
