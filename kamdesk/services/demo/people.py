"""The client's people: stakeholders in the org chart's jobs, the links between them (reporting
lines, influence, alliances, rivalries) and the log of our interactions with them."""

from __future__ import annotations

import datetime as dt

from kamdesk.model.enums import LifecycleStage, LinkKind, Stance, fold
from kamdesk.services.demo.clients import Client, Person, Position
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.tuning import (
    CONTACT_WEIGHTS,
    CONTACTS,
    DEFAULT_CONTACT_WEIGHTS,
    INTERACTION_WEIGHTS,
    INTERACTIONS_PER_ACCOUNT,
    RELATIONSHIP_BY_STANCE,
    STALE_DAYS,
    STANCE_WEIGHTS,
)
from kamdesk.services.demo.words import City

# -- stakeholders -----------------------------------------------------------------------------


def build_stakeholders(demo: DemoContext, client: Client, jobs: list[Position]) -> None:
    """4–10 people (4–6 at a prospect) in distinct jobs, top of the hierarchy first."""
    rng = demo.rng
    high = 6 if client.stage is LifecycleStage.TARGETING else 10
    chosen = sorted(rng.sample(range(len(jobs)), min(len(jobs), rng.randint(4, high))))
    names: set[str] = set()
    for index in chosen:
        first, name, female = person_name(demo)
        while name in names:
            first, name, female = person_name(demo)
        names.add(name)
        client.people.append(add_stakeholder(demo, client, jobs[index], first, name, female))


def person_name(demo: DemoContext) -> tuple[str, str, bool]:
    """(first name, full name, is a woman)."""
    rng, vocab = demo.rng, demo.vocab
    female = rng.random() < 0.45
    first = rng.choice(vocab.female_first_names if female else vocab.male_first_names)
    surnames = rng.sample(vocab.surnames, 2 if rng.random() < 0.3 else 1)
    return first, " ".join((first, *surnames)), female


def add_stakeholder(
    demo: DemoContext, client: Client, job: Position, first: str, name: str, female: bool
) -> Person:
    rng, vocab = demo.rng, demo.vocab
    title = job.title
    job_title = (title.female if female else title.male) if demo.pt else title.english
    if job.business_unit is not None:
        job_title = job_title.format(unit=demo.t(job.business_unit))
    stance = demo.pick("stance", list(Stance), STANCE_WEIGHTS[client.stage])
    contact = demo.weighted(CONTACTS, CONTACT_WEIGHTS.get(client.stage, DEFAULT_CONTACT_WEIGHTS))
    contact_until = None
    if contact == "recent":
        contact_until = demo.today
    elif contact == "stale":
        contact_until = demo.days_ago(STALE_DAYS + 1, 330)
    user = fold(f"{first}.{name.split()[-1]}")
    # The values are drawn in the order of the keys: keep it, or the demo changes.
    row = demo.add(
        "stakeholders",
        {
            "id": demo.new_id("stakeholders"),
            "account_id": client.id,
            "org_unit_id": job.unit.id,
            "name": name,
            "job_title": job_title,
            "email": f"{user}@{client.slug}.example",
            "phone": phone(demo, client.city),
            "buying_role": title.role,
            "influence": rng.randint(*title.influence),
            "stance": stance,
            "relationship_strength": rng.randint(*RELATIONSHIP_BY_STANCE[stance]),
            "mindset": demo.t(rng.choice(vocab.mindsets)),
            "relationship_owner": client.owner
            if rng.random() < 0.6
            else rng.choice(vocab.colleagues),
            "last_contact": None,  # the date of their latest interaction, set there
            "notes": demo.t(rng.choice(vocab.stakeholder_notes)) if rng.random() < 0.3 else "",
            "map_x": None,
            "map_y": None,
        },
    )
    return Person(row["id"], first, name, job, stance, row["influence"], row, contact_until)


def phone(demo: DemoContext, city: City) -> str:
    """A mobile number in the city's area code: ``+55 11 98765-4321``."""
    return f"+55 {city.ddd} 9{demo.rng.randint(6000, 9999)}-{demo.rng.randrange(10000):04d}"


# -- links between them -----------------------------------------------------------------------


def build_stakeholder_links(demo: DemoContext, client: Client) -> None:
    """reports-to forms one tree (everyone but the top person reports to someone above them);
    influences, alliances and rivalries join distinct people, never one to itself."""
    rng = demo.rng
    people = client.people
    heads: dict[int, Person] = {}  # by org unit: its first head
    for person in people:
        if person.position.is_head:
            heads.setdefault(person.position.unit.id, person)
    for person in people[1:]:
        add_link(demo, client, person, boss(person, heads, people[0]), LinkKind.REPORTS_TO)
    counts = (
        (LinkKind.INFLUENCES, rng.randint(1, max(1, len(people) // 3))),
        (LinkKind.ALLIANCE, int(demo.once("alliance") or rng.random() < 0.55)),
        (LinkKind.RIVALRY, int(demo.once("rivalry") or rng.random() < 0.35)),
    )
    seen: set[tuple[int, int, LinkKind]] = set()
    for kind, count in counts:
        for _ in range(count):
            source, target = rng.sample(people, 2)
            directed = kind is LinkKind.INFLUENCES
            ends = (source.id, target.id) if directed else tuple(sorted((source.id, target.id)))
            if (*ends, kind) in seen:
                continue
            seen.add((*ends, kind))
            add_link(demo, client, source, target, kind, rng.randint(1, 3) if directed else None)


def boss(person: Person, heads: dict[int, Person], top: Person) -> Person:
    """The head of the person's own unit (for staff) or of the nearest unit above it; the
    account's top person when there is none."""
    unit = person.position.unit if not person.position.is_head else person.position.unit.parent
    while unit is not None:
        if unit.id in heads and heads[unit.id] is not person:
            return heads[unit.id]
        unit = unit.parent
    return top


def add_link(
    demo: DemoContext,
    client: Client,
    source: Person,
    target: Person,
    kind: LinkKind,
    strength: int | None = None,
) -> None:
    demo.add(
        "stakeholder_links",
        {
            "id": demo.new_id("stakeholder_links"),
            "account_id": client.id,
            "source_id": source.id,
            "target_id": target.id,
            "kind": kind,
            "strength": strength,
        },
    )


# -- interactions -----------------------------------------------------------------------------


def build_interactions(demo: DemoContext, client: Client) -> None:
    """The past year's interaction log, one a day at most. Everyone we have spoken to takes
    part in at least one, stale contacts only before their cut-off, so each stakeholder's last
    contact is the date of their latest interaction."""
    rng = demo.rng
    contacted = [p for p in client.people if p.contact_until is not None]
    if not contacted:
        return
    meetings: dict[dt.date, list[Person]] = {}
    for _ in range(rng.randint(*INTERACTIONS_PER_ACCOUNT[client.stage])):
        day = demo.days_ago(1, 365)
        eligible = [p for p in contacted if p.contact_until >= day]
        if eligible and day not in meetings:
            meetings[day] = rng.sample(eligible, min(len(eligible), rng.choice((1, 1, 2, 3))))
    attended = {p.id for group in meetings.values() for p in group}
    for person in contacted:  # those no interaction has included yet
        if person.id in attended:
            continue
        earlier = [day for day in meetings if day <= person.contact_until]
        if earlier and rng.random() < 0.5:
            meetings[rng.choice(earlier)].append(person)
            continue
        day = min(person.contact_until, demo.today - dt.timedelta(days=1))
        day -= dt.timedelta(days=rng.randint(0, 75))
        while day in meetings:
            day -= dt.timedelta(days=1)
        meetings[day] = [person]
    for day in sorted(meetings):
        add_interaction(demo, client, day, meetings[day])


def add_interaction(demo: DemoContext, client: Client, day: dt.date, people: list[Person]) -> None:
    """An interaction with ``people``, which becomes their last contact (they come in date
    order)."""
    vocab = demo.vocab
    kind = demo.pick("interaction", list(INTERACTION_WEIGHTS), list(INTERACTION_WEIGHTS.values()))
    first_names = [p.first_name for p in people]
    names = first_names[-1]
    if len(first_names) > 1:
        names = ", ".join(first_names[:-1]) + demo.t(vocab.conjunction) + names
    notes = demo.t(vocab.interaction_notes[kind]).format(
        names=names, topic=demo.t(demo.rng.choice(vocab.topics)), city=client.city.name
    )
    interaction_id = demo.new_id("interactions")
    demo.add(
        "interactions",
        {"id": interaction_id, "account_id": client.id, "date": day, "kind": kind, "notes": notes},
    )
    for person in sorted(people, key=lambda p: p.id):
        demo.add(
            "interaction_stakeholders",
            {"interaction_id": interaction_id, "stakeholder_id": person.id},
        )
        person.row["last_contact"] = day
