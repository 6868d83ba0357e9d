"""The pipeline: each account's opportunities with their stage history.

What the forecast needs from them later (each opportunity's states over time, and the deals
won) is kept in a :class:`PipelineLog`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from kamdesk.model.enums import LifecycleStage, OpportunityType
from kamdesk.services.demo.clients import Client, Person, Unit
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.money import ZERO, rounded
from kamdesk.services.demo.tuning import (
    ACQUISITION_STAGE_WEIGHTS,
    CLIENT_STAGE_WEIGHTS,
    CLIENT_STAGES,
    ESTIMATE_STAGES,
    FORECAST_BY_STAGE,
    OPEN_STAGES,
    OPPORTUNITIES_PER_ACCOUNT,
    OPPORTUNITY_TYPES,
    OVERDUE_SHARE,
    PROBABILITY_OVERRIDE_SHARE,
    SLIP_SHARE,
    STAGE_KEYS,
    WON_NEGOTIATION_LEAD_DAYS,
)

Values = tuple[Decimal, Decimal]  # (one-time value, monthly recurring value)


class OpportunityState(NamedTuple):
    """An opportunity as it was after one change (for the forecast snapshots)."""

    changed_at: dt.datetime
    stage: str
    expected_close: dt.date
    amount: Decimal  # one-time value + 12 × monthly recurring value
    probability: int  # effective: the override or the stage's default


@dataclass
class PipelineLog:
    """What the forecast needs to know about the opportunities built so far."""

    histories: list[tuple[int, list[OpportunityState]]] = field(default_factory=list)  # by account
    bookings: list[tuple[dt.date, Decimal]] = field(default_factory=list)  # won: (closed, amount)


def build_opportunities(demo: DemoContext, client: Client, log: PipelineLog) -> None:
    for _ in range(demo.rng.randint(*OPPORTUNITIES_PER_ACCOUNT[client.stage])):
        add_opportunity(demo, client, log)


def add_opportunity(demo: DemoContext, client: Client, log: PipelineLog) -> None:
    rng, vocab = demo.rng, demo.vocab
    stage = opportunity_stage(demo, client)
    kind = opportunity_type(demo, client)
    product_id, product = rng.choice(demo.products)
    unit = rng.choice(client.units[1:])  # anywhere but the company as a whole
    values = opportunity_values(demo, client, kind)
    closed = stage in ("won", "lost")
    close = expected_close(demo, closed)
    probability = None
    if not closed and rng.random() < PROBABILITY_OVERRIDE_SHARE:
        shift = rng.choice((-15, -10, -5, 5, 10, 15))
        probability = min(95, max(5, demo.stages[stage][1] + shift))
    opportunity_id = demo.new_id("opportunities")
    states = build_stage_history(demo, opportunity_id, stage, close, values, probability)
    log.histories.append((client.id, states))
    categories, weights = FORECAST_BY_STAGE[stage]
    reasons = vocab.win_reasons if stage == "won" else vocab.loss_reasons
    one_time, recurring = values
    # The values are drawn in the order of the keys: keep it, or the demo changes.
    demo.add(
        "opportunities",
        {
            "id": opportunity_id,
            "account_id": client.id,
            "title": opportunity_title(demo, client, kind, product, unit, close),
            "type": kind,
            "product_id": product_id,
            "org_unit_id": unit.id,
            "one_time_value": one_time,
            "recurring_value": recurring,
            "stage_id": demo.stages[stage][0],
            "probability": probability,
            "forecast_category": demo.weighted(categories, weights),
            "expected_close": close,
            "owner": client.owner if rng.random() < 0.85 else rng.choice(demo.kams),
            "next_step": next_step(demo, stage, rng.choice(client.people)),
            "competitor": rng.choice(vocab.competitors) if rng.random() < 0.7 else "",
            "win_loss_reason": demo.t(rng.choice(reasons)) if closed else "",
            "created_at": states[0].changed_at,
            "updated_at": states[-1].changed_at,
            "closed_at": close if closed else None,
        },
    )
    if stage == "won":
        log.bookings.append((close, one_time + 12 * recurring))


def opportunity_stage(demo: DemoContext, client: Client) -> str:
    """Prospects' opportunities are early; clients' show every stage at least once."""
    if client.stage is LifecycleStage.TARGETING:
        return demo.rng.choice(OPEN_STAGES[:2])
    if client.stage is LifecycleStage.ACQUISITION:
        return demo.weighted(STAGE_KEYS, ACQUISITION_STAGE_WEIGHTS)
    return demo.pick("stage", STAGE_KEYS, CLIENT_STAGE_WEIGHTS)


def opportunity_type(demo: DemoContext, client: Client) -> OpportunityType:
    if client.stage in CLIENT_STAGES:  # clients show every type at least once
        unshown = demo.next_unshown("type", list(OpportunityType))
        if unshown is not None:
            return unshown
    types, weights = OPPORTUNITY_TYPES[client.stage]
    return demo.weighted(types, weights)


def opportunity_values(demo: DemoContext, client: Client, kind: OpportunityType) -> Values:
    """(one-time value, monthly recurring value), in proportion to the account's size."""
    rng, potential = demo.rng, client.potential
    if kind is OpportunityType.RENEWAL:
        one_time = potential * rng.uniform(0.1, 0.4) if rng.random() < 0.2 else 0
        recurring = potential * rng.uniform(0.15, 0.5)
    elif kind is OpportunityType.NEW:
        one_time = potential * rng.uniform(0.5, 2.5)
        recurring = potential * rng.uniform(0.03, 0.12) if rng.random() < 0.7 else 0
    elif kind is OpportunityType.CROSS_SELL:
        one_time = potential * rng.uniform(0.3, 1.5)
        recurring = potential * rng.uniform(0.02, 0.10)
    else:
        one_time = potential * rng.uniform(0.1, 0.6) if rng.random() < 0.5 else 0
        recurring = potential * rng.uniform(0.03, 0.15)
    return (
        rounded(one_time, 500) if one_time else ZERO,
        rounded(recurring, 100) if recurring else ZERO,
    )


def opportunity_title(
    demo: DemoContext,
    client: Client,
    kind: OpportunityType,
    product: str,
    unit: Unit,
    close: dt.date,
) -> str:
    """A title unique within the account."""
    title = demo.t(demo.vocab.opportunity_titles[kind]).format(product=product, unit=unit.name)
    if title in client.opportunity_titles:
        title = f"{title} {close.year}"
    base, number = title, 2
    while title in client.opportunity_titles:
        title, number = f"{base} ({number})", number + 1
    client.opportunity_titles.add(title)
    return title


def expected_close(demo: DemoContext, closed: bool) -> dt.date:
    """When it closed in the past year; for open ones, a day of the coming year or (a few)
    a day that has already passed."""
    if closed:
        return demo.days_ago(1, 360)
    if demo.rng.random() < OVERDUE_SHARE:
        return demo.days_ago(3, 45)
    return demo.today + dt.timedelta(days=demo.rng.randint(10, 365))


def next_step(demo: DemoContext, stage: str, person: Person) -> str:
    if stage == "won":
        return demo.t(demo.vocab.won_next_step)
    if stage == "lost":
        return ""
    return demo.t(demo.rng.choice(demo.vocab.next_steps)).format(name=person.first_name)


# -- stage history ----------------------------------------------------------------------------


def stage_path(demo: DemoContext, stage: str) -> list[str]:
    """The stages an opportunity went through to reach ``stage``, in order."""
    entry = 0 if demo.rng.random() < 0.7 else 1  # some skip prospecting
    if stage == "won":
        return [*OPEN_STAGES[entry:], "won"]
    if stage == "lost":
        return [*OPEN_STAGES[entry : demo.rng.randint(entry, 3) + 1], "lost"]
    reached = OPEN_STAGES.index(stage)
    return list(OPEN_STAGES[min(entry, reached) : reached + 1])


def build_stage_history(
    demo: DemoContext,
    opportunity_id: int,
    stage: str,
    close: dt.date,
    values: Values,
    probability: int | None,
) -> list[OpportunityState]:
    """One history row per stage reached, a week to six weeks apart, plus one when the close
    date slipped; values are estimates until the proposal. Returns the states in order."""
    rng = demo.rng
    path = stage_path(demo, stage)
    days = [close if stage in ("won", "lost") else demo.days_ago(0, 40)]
    for step, _ in enumerate(path[1:]):
        gap = rng.randint(7, 40)
        if step == 0 and stage == "won":  # committed well before it closed, as a KAM calls it
            gap += WON_NEGOTIATION_LEAD_DAYS
        days.insert(0, days[0] - dt.timedelta(days=gap))
    slip = rng.randint(1, len(path) - 1) if len(path) > 1 and rng.random() < SLIP_SHARE else None
    first_close = close - dt.timedelta(days=rng.randint(20, 90)) if slip else close
    factor = rng.uniform(0.7, 1.3)
    estimate = tuple(rounded(float(v) * factor, 100) if v else ZERO for v in values)

    def state(day: dt.date, key: str, expected: dt.date, override: int | None) -> OpportunityState:
        shown = estimate if key in ESTIMATE_STAGES else values
        moment = demo.at_work(day)
        return add_history_row(demo, opportunity_id, moment, key, expected, shown, override)

    states = []
    for index, (key, day) in enumerate(zip(path, days, strict=True)):
        if index == slip:  # the close date moved while the stage stayed
            halfway = day - dt.timedelta(days=(day - days[index - 1]).days // 2)
            states.append(state(halfway, path[index - 1], close, None))
        final = index == len(path) - 1
        expected = first_close if slip and index < slip else close
        states.append(state(day, key, expected, probability if final else None))
    return states


def add_history_row(
    demo: DemoContext,
    opportunity_id: int,
    moment: dt.datetime,
    stage: str,
    expected: dt.date,
    values: Values,
    probability: int | None,
) -> OpportunityState:
    demo.add(
        "opportunity_history",
        {
            "id": demo.new_id("opportunity_history"),
            "opportunity_id": opportunity_id,
            "changed_at": moment,
            "stage_id": demo.stages[stage][0],
            "expected_close": expected,
            "one_time_value": values[0],
            "recurring_value": values[1],
            "probability": probability,
        },
    )
    effective = demo.stages[stage][1] if probability is None else probability
    return OpportunityState(moment, stage, expected, values[0] + 12 * values[1], effective)
