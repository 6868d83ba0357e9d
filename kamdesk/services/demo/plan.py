"""The account plan's follow-through: risks and actions, objectives with key results and
check-ins (the accounts' and the portfolio's), and the periodic reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from kamdesk.model.enums import (
    ActionStatus,
    KeyResultDirection,
    LifecycleStage,
    ReviewKind,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    Stance,
    Strategy,
)
from kamdesk.services.demo.clients import Client
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.dates import add_months, quarter_period
from kamdesk.services.demo.tuning import (
    CLIENT_STAGES,
    OBJECTIVE_SHARE,
    OVERDUE_ACTIONS,
    PERIOD_WEIGHTS,
    REVIEW_CADENCE_DAYS,
    REVIEW_KINDS,
    REVIEWS_PER_KIND,
    RISKS_PER_ACCOUNT,
    STAGE_STRATEGIES,
)
from kamdesk.services.demo.words import KeyResultSpec

Period = tuple[str, dt.date]  # its name (2026-Q4) and first day

# -- risks and actions ------------------------------------------------------------------------


def build_risks_and_actions(demo: DemoContext, client: Client) -> None:
    """Risks of distinct categories (worse in recovery), mitigation actions for those being
    mitigated or eliminated, and a few general follow-ups."""
    rng, vocab = demo.rng, demo.vocab
    count = rng.randint(*RISKS_PER_ACCOUNT[client.stage])
    sponsors = [p for p in client.people if p.stance is Stance.SPONSOR] or client.people
    competitor = rng.choice(vocab.competitors)
    severity = int(client.stage is LifecycleStage.RECOVERY)
    titles: set[str] = set()  # of the account's actions, which must differ
    for category in demo.distinct("risk", list(RiskCategory), count):
        status = demo.pick("risk_status", list(RiskStatus), (0.75, 0.25))
        response = demo.pick("risk_response", list(RiskResponse), (0.2, 0.55, 0.1, 0.15))
        created = demo.days_ago(30, 330)
        if status is RiskStatus.OPEN:
            review = demo.today + dt.timedelta(days=rng.randint(-20, 90))  # some overdue
        else:
            review = created + dt.timedelta(days=rng.randint(20, 29))
        description = demo.t(vocab.risk_descriptions[category]).format(
            competitor=competitor,
            person=sponsors[0].name,
            area=rng.choice(client.units[1:]).name,
        )
        risk_id = demo.new_id("risks")
        demo.add(
            "risks",
            {
                "id": risk_id,
                "account_id": client.id,
                "category": category,
                "description": description,
                "likelihood": min(5, rng.randint(1, 4) + severity),
                "impact": min(5, rng.randint(2, 4) + severity),
                "response": response,
                "status": status,
                "review_date": review,
                "created_at": demo.at_work(created),
            },
        )
        if response in (RiskResponse.MITIGATE, RiskResponse.ELIMINATE):
            title = demo.t(vocab.mitigations[category]).format(competitor=competitor)
            finished = ActionStatus.DONE if status is RiskStatus.CLOSED else None
            add_action(demo, client, risk_id, title, created, titles, finished)
    for _ in range(rng.randint(0, 3)):
        person = rng.choice(client.people)
        title = demo.t(rng.choice(vocab.follow_ups)).format(person=person.name)
        add_action(demo, client, None, title, demo.days_ago(5, 200), titles)


def add_action(
    demo: DemoContext,
    client: Client,
    risk_id: int | None,
    title: str,
    created: dt.date,
    titles: set[str],
    status: ActionStatus | None = None,
) -> None:
    """An action, its title unique within the account (a repeated one is dropped): open (due
    soon, some overdue), done or cancelled."""
    if title in titles:
        return
    titles.add(title)
    rng, today = demo.rng, demo.today
    if status is None:
        status = demo.pick("action_status", list(ActionStatus), (0.57, 0.35, 0.08))
    if status is ActionStatus.OPEN:
        overdue = rng.random() < OVERDUE_ACTIONS
        due = demo.days_ago(1, 30) if overdue else today + dt.timedelta(rng.randint(3, 60))
        created = min(created, due - dt.timedelta(days=rng.randint(7, 30)))
    else:
        due = min(created + dt.timedelta(days=rng.randint(10, 90)), today)
    done_at = None
    if status is ActionStatus.DONE:
        done_at = max(created, min(today, due + dt.timedelta(days=rng.randint(-10, 5))))
    demo.add(
        "actions",
        {
            "id": demo.new_id("actions"),
            "account_id": client.id,
            "risk_id": risk_id,
            "title": title,
            "owner": client.owner if rng.random() < 0.6 else rng.choice(demo.vocab.colleagues),
            "due": due,
            "status": status,
            "created_at": demo.at_work(min(created, due)),
            "done_at": done_at,
        },
    )


# -- objectives, key results and check-ins ----------------------------------------------------


def objective_periods(demo: DemoContext) -> dict[str, Period]:
    """The periods objectives use (e.g. ``2026-Q4``, ``2027-Q1``, ``2026-H2``, ``2026``) by the
    keys of :data:`~.tuning.PERIOD_WEIGHTS`."""
    today = demo.today
    quarter = add_months(demo.this_month, -((today.month - 1) % 3))
    next_quarter = add_months(quarter, 3)
    half = 1 if today.month <= 6 else 2
    return {
        "quarter": (quarter_period(quarter), quarter),
        "next_quarter": (quarter_period(next_quarter), next_quarter),
        "half": (f"{today.year}-H{half}", dt.date(today.year, 6 * half - 5, 1)),
        "year": (str(today.year), dt.date(today.year, 1, 1)),
    }


def build_objectives(demo: DemoContext, client: Client) -> None:
    """An objective (sometimes two) for some clients, following their strategies; the first
    client always gets one."""
    rng, vocab = demo.rng, demo.vocab
    if client.stage not in CLIENT_STAGES:
        return
    if not demo.once("objective") and rng.random() > OBJECTIVE_SHARE:
        return
    strategies = client.strategies or [STAGE_STRATEGIES[client.stage][0]]
    count = 2 if len(strategies) > 1 and rng.random() < 0.25 else 1
    periods = objective_periods(demo)
    for strategy in strategies[:count]:
        period = periods[demo.weighted(list(PERIOD_WEIGHTS), list(PERIOD_WEIGHTS.values()))]
        title = demo.t(vocab.objective_titles[strategy]).format(account=client.name)
        specs = rng.sample(vocab.key_results[strategy], rng.randint(1, 3))
        add_objective(demo, client.id, title, strategy, period, specs)
    client.has_objectives = True


def build_portfolio_objectives(demo: DemoContext) -> None:
    """Objectives of the whole portfolio; the recurring-revenue one starts from last month's
    actual recurring revenue (so it runs after every account's revenue)."""
    periods = objective_periods(demo)
    last_month = add_months(demo.this_month, -1)
    recurring = (r["recurring"] for r in demo.rows["revenue_records"] if r["month"] == last_month)
    thousands = max(100.0, float(sum(recurring, Decimal(0))) / 1000)
    for title, strategy, period, specs in demo.vocab.portfolio_objectives:
        sized = [
            spec._replace(start=thousands * 0.92, target=thousands * 1.15)
            if spec.from_revenue
            else spec
            for spec in specs
        ]
        add_objective(demo, None, demo.t(title), strategy, periods[period], sized)


def add_objective(
    demo: DemoContext,
    account_id: int | None,
    title: str,
    strategy: Strategy,
    period: Period,
    specs: Sequence[KeyResultSpec],
) -> None:
    objective_id = demo.new_id("objectives")
    demo.add(
        "objectives",
        {
            "id": objective_id,
            "account_id": account_id,
            "title": title,
            "period": period[0],
            "strategy": strategy,
        },
    )
    for spec in specs:
        add_key_result(demo, objective_id, spec, period[1])


def add_key_result(
    demo: DemoContext, objective_id: int, spec: KeyResultSpec, period_start: dt.date
) -> None:
    """A key result; once its period has begun it has check-ins and a current value."""
    noise = demo.rng.uniform(0.85, 1.15)
    start, target = spec.start * noise, spec.target * noise
    if spec.whole:
        start, target = float(round(start)), float(round(target))
        if start == target:  # rounding must not leave nothing to achieve
            target += 1 if spec.direction is KeyResultDirection.INCREASE else -1
    else:
        start, target = round(start, 1), round(target, 1)
    key_result_id = demo.new_id("key_results")
    row = demo.add(
        "key_results",
        {
            "id": key_result_id,
            "objective_id": objective_id,
            "title": demo.t(spec.title),
            "unit": demo.t(spec.unit),
            "start": start,
            "target": target,
            "current": None,
            "direction": spec.direction,
        },
    )
    if period_start < demo.today:
        row["current"] = add_check_ins(demo, key_result_id, start, target, period_start, spec.whole)


def add_check_ins(
    demo: DemoContext, key_result_id: int, start: float, target: float, since: dt.date, whole: bool
) -> float:
    """Check-ins every two to four weeks since the period began (the last five months at
    most); returns the latest value (``start`` when there is none yet)."""
    rng, today = demo.rng, demo.today
    days = []
    day = max(since, today - dt.timedelta(days=150)) + dt.timedelta(days=rng.randint(7, 20))
    while day < today:
        days.append(day)
        day += dt.timedelta(days=rng.randint(14, 31))
    progress = rng.uniform(0.1, 1.05)  # how far towards the target by today
    value = start
    for number, day in enumerate(days, start=1):
        share = max(0.0, progress * number / len(days) + rng.uniform(-0.05, 0.05))
        value = start + (target - start) * share
        value = float(round(value)) if whole else round(value, 1)
        demo.add(
            "check_ins",
            {
                "id": demo.new_id("check_ins"),
                "key_result_id": key_result_id,
                "date": day,
                "value": value,
                "confidence": min(10, max(1, round(3 + 7 * progress + rng.uniform(-2, 1)))),
                "note": demo.t(rng.choice(demo.vocab.check_in_notes)),
            },
        )
    return value


# -- reviews ----------------------------------------------------------------------------------


def build_reviews(demo: DemoContext, client: Client) -> None:
    """Reviews of the past year at roughly their cadence; the latest is sometimes overdue."""
    rng, today = demo.rng, demo.today
    kinds = REVIEW_KINDS.get(client.stage) or tuple(
        kind for kind in ReviewKind if kind is not ReviewKind.OKR or client.has_objectives
    )
    for kind in kinds:
        cadence = REVIEW_CADENCE_DAYS[kind]
        day = demo.days_ago(1, int(cadence * 1.4))
        dates = []
        while len(dates) < REVIEWS_PER_KIND.get(kind, 4) and (today - day).days < 365:
            dates.insert(0, day)
            day -= dt.timedelta(days=round(cadence * rng.uniform(0.85, 1.15)))
        for index, date in enumerate(dates):
            later = len(dates) - 1 - index  # how many reviews of the kind came after
            measures = None
            if kind is ReviewKind.RELATIONSHIP:
                measures = map_measures(client, later)
            elif kind is ReviewKind.POSITIONING:
                measures = positioning_measures(demo, client, later)
            demo.add(
                "reviews",
                {
                    "id": demo.new_id("reviews"),
                    "account_id": client.id,
                    "kind": kind,
                    "date": date,
                    "outcome": demo.t(rng.choice(demo.vocab.review_outcomes[kind])),
                    "measures": measures,
                },
            )


def positioning_measures(demo: DemoContext, client: Client, later_reviews: int) -> dict[str, str]:
    """The account's positioning as a positioning review kept it: today's at the latest one;
    earlier, fewer differentiators and, two reviews back or more, the perception of the stage
    before (the client's view moved as the account did). Draws from a source of its own."""
    account = next(a for a in reversed(demo.rows["accounts"]) if a["id"] == client.id)
    kept = {
        name: account[name]
        for name in ("value_proposition", "desired_position", "perceived_position")
    }
    lines = account["differentiators"].splitlines()
    kept["differentiators"] = "\n".join(lines[: max(1, len(lines) - later_reviews)])
    if later_reviews >= 2:
        stages = list(LifecycleStage)
        before = stages[max(0, stages.index(client.stage) - 1)]
        side = demo.side_random("perceived_position", (client.id, later_reviews))
        kept["perceived_position"] = demo.t(side.choice(demo.vocab.perceived_positions[before]))
    return kept


def map_measures(client: Client, later_reviews: int) -> dict[str, float]:
    """Sponsor coverage and resistance (DESIGN §3) as measured at a relationship review: today's
    values at the latest one, a little worse at each earlier one. (Every account has a target
    area and people of influence ≥ 1, so neither ratio divides by zero.)"""
    targets = [u.id for u in client.units if u.row["is_target"]]
    sponsored = {p.position.unit.id for p in client.people if p.stance is Stance.SPONSOR}
    coverage = sum(u in sponsored for u in targets) / len(targets)
    against = (Stance.RESISTANT, Stance.OPPONENT)
    resistance = sum(p.influence for p in client.people if p.stance in against) / sum(
        p.influence for p in client.people
    )
    return {
        "sponsor_coverage": round(max(0.0, coverage - 0.1 * later_reviews), 2),
        "resistance": round(min(1.0, resistance + 0.05 * later_reviews), 2),
    }
