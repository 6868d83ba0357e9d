"""The accounts: who they are (name, industry, place, size, lifecycle stage), their ICP ratings
and their org structure (company → business units → directorates → areas)."""

from __future__ import annotations

import datetime as dt

from kamdesk.analytics.cnpj import random_cnpj
from kamdesk.model.enums import LifecycleStage, OrgUnitKind, Tier, fold
from kamdesk.services.demo.clients import Client, Position, Unit
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.dates import add_months
from kamdesk.services.demo.money import rounded
from kamdesk.services.demo.tuning import (
    CLIENT_STAGES,
    NEW_CLIENT_MONTHS,
    REVENUE_MONTHS,
    STAGE_STRATEGIES,
    STAGE_WEIGHTS,
)
from kamdesk.services.demo.words import Industry

# -- accounts ---------------------------------------------------------------------------------


def build_accounts(demo: DemoContext, count: int) -> list[Client]:
    """Every account with its ICP ratings. Each lifecycle stage appears at least once; a few
    accounts are archived, have a manual tier or an alphanumeric CNPJ; one recovering account
    has stopped buying altogether."""
    rng = demo.rng
    stages = list(LifecycleStage)[:count]
    stages += rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()), k=count - len(stages))
    rng.shuffle(stages)
    few = min(count, max(1, count // 20))
    archived = set(rng.sample(range(count), few))
    overridden = set(rng.sample(range(count), few))
    alphanumeric = set(rng.sample(range(count), few))
    recovering = [
        i for i, s in enumerate(stages) if s is LifecycleStage.RECOVERY and i not in archived
    ]
    churned = recovering[0] if recovering else None
    taken_names: set[str] = set()  # folded, so names differing only in accents or case clash
    taken_cnpjs: set[str] = set()
    clients = []
    for index, stage in enumerate(stages):
        client = new_client(demo, stage, index == churned, taken_names)
        add_account(
            demo,
            client,
            taken_cnpjs,
            archived=index in archived,
            tier_override=index in overridden,
            alphanumeric_cnpj=index in alphanumeric,
        )
        build_icp_ratings(demo, client)
        clients.append(client)
    return clients


def new_client(
    demo: DemoContext, stage: LifecycleStage, churned: bool, taken_names: set[str]
) -> Client:
    """Who the account is: what later parts of its plan build on."""
    rng = demo.rng
    cities, sizes = demo.vocab.cities, demo.vocab.size_classes
    industry = rng.choice(demo.vocab.industries)
    city = rng.choice(industry.cities) if rng.random() < 0.75 else rng.choice(list(cities))
    size = rng.choices(range(len(sizes)), [s.weight for s in sizes])[0]
    name = company_name(demo, industry, taken_names)
    options = STAGE_STRATEGIES[stage]
    if stage is LifecycleStage.TARGETING:
        strategies = list(options) if rng.random() < 0.4 else []
    elif stage is LifecycleStage.RECOVERY:
        strategies = list(options[: rng.randint(1, 2)])
    else:
        strategies = rng.sample(options, rng.randint(1, 2))
    return Client(
        id=demo.new_id("accounts"),
        name=name,
        slug=slug(name),
        industry=industry,
        city=cities[city],
        stage=stage,
        owner=demo.kams[0] if rng.random() < 0.45 else rng.choice(demo.kams),
        size=size,
        potential=rng.uniform(*sizes[size].monthly_potential),
        strategies=strategies,
        churned=churned,
        client_since=client_since(demo, stage),
    )


def company_name(demo: DemoContext, industry: Industry, taken: set[str]) -> str:
    """An invented name no other demo account has (accents and case ignored)."""
    rng, vocab = demo.rng, demo.vocab
    for attempt in range(40):
        name = rng.choice(industry.name_patterns).format(stem=rng.choice(vocab.company_stems))
        if attempt >= 10:
            name = f"{name} {rng.choice(vocab.name_qualifiers)}"
        if fold(name) not in taken:
            break
    base, number = name, 2
    while fold(name) in taken:
        name, number = f"{base} {number}", number + 1
    taken.add(fold(name))
    return name


def slug(name: str) -> str:
    """The name in lower case ASCII words joined by hyphens: the account's e-mail domain."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in fold(name)).split())


def client_since(demo: DemoContext, stage: LifecycleStage) -> dt.date | None:
    if stage is LifecycleStage.TARGETING:
        return None
    if stage is LifecycleStage.ACQUISITION:  # some have just placed their first orders
        recent = demo.rng.random() < 0.4
        return demo.days_ago(30, 30 * (NEW_CLIENT_MONTHS - 1)) if recent else None
    first_revenue_month = add_months(demo.this_month, -REVENUE_MONTHS)
    return first_revenue_month - dt.timedelta(days=demo.rng.randint(1, 3650))


def legal_name(demo: DemoContext, client: Client) -> str:
    if client.name.startswith("Cooperativa"):
        return client.name
    if client.name.startswith("Banco"):
        return f"{client.name} S.A."
    large = demo.vocab.size_classes[client.size].large
    suffixes = demo.vocab.large_legal_suffixes if large else client.industry.legal_suffixes
    return f"{client.name} {demo.rng.choice(suffixes)}"


def add_account(
    demo: DemoContext,
    client: Client,
    taken_cnpjs: set[str],
    *,
    archived: bool,
    tier_override: bool,
    alphanumeric_cnpj: bool,
) -> None:
    """The account row: the client's facts and the account plan's positioning."""
    rng, vocab = demo.rng, demo.vocab
    size = vocab.size_classes[client.size]
    oldest = demo.today - dt.timedelta(days=900)  # when the KAM started using KAMdesk
    created = max(client.client_since or demo.days_ago(20, 400), oldest)
    created_at = demo.at_work(created)
    updated_at = max(created_at, demo.at_work(demo.days_ago(0, (demo.today - created).days)))
    notes = demo.t(vocab.head_office).format(city=client.city.name, uf=client.city.uf)
    if rng.random() < 0.5:
        notes += " " + demo.t(rng.choice(vocab.account_notes))
    value_proposition = demo.t(rng.choice(vocab.value_propositions)).format(
        pct=rng.choice((12, 15, 18, 20, 25, 30)),
        months=rng.randint(3, 9),
        area=demo.t(rng.choice(vocab.value_areas)),
    )
    cost = rounded(rng.uniform(15_000, 250_000), 500)
    side = demo.side_random("differentiators", client.id)
    differentiators = side.sample(vocab.differentiators, side.randint(2, 3))
    prospect = client.stage is LifecycleStage.TARGETING
    # The values are drawn in the order of the keys: keep it, or the demo changes.
    demo.add(
        "accounts",
        {
            "id": client.id,
            "name": client.name,
            "name_key": fold(client.name),
            "legal_name": legal_name(demo, client),
            "tax_id": cnpj(demo, alphanumeric_cnpj, taken_cnpjs),
            "industry": demo.t(client.industry.label),
            "employees": rng.randint(*size.employees) // 10 * 10,
            "revenue_band": demo.t(size.revenue_band),
            "region": demo.t(client.city.region),
            "owner": client.owner,
            "tier_override": rng.choice((Tier.A, Tier.B, Tier.C)) if tier_override else None,
            "strategic_importance": demo.weighted((1, 2, 3, 4, 5), (5, 15, 35, 30, 15)),
            "lifecycle_stage": client.stage,
            "strategies": [s.value for s in client.strategies],
            "value_proposition": value_proposition,
            "desired_position": demo.t(rng.choice(vocab.desired_positions)),
            "perceived_position": demo.t(rng.choice(vocab.perceived_positions[client.stage])),
            "differentiators": "\n".join(demo.t(d) for d in differentiators),
            "acquisition_cost": None if prospect else cost,
            "client_since": client.client_since,
            "notes": notes,
            "archived": archived,
            "created_at": created_at,
            "updated_at": updated_at,
        },
    )


def cnpj(demo: DemoContext, alphanumeric: bool, taken: set[str]) -> str:
    """A valid CNPJ no other demo account has."""
    while True:
        value = random_cnpj(demo.rng, alphanumeric=alphanumeric)
        if value not in taken:
            taken.add(value)
            return value


def build_icp_ratings(demo: DemoContext, client: Client) -> None:
    """Most criteria rated; bigger companies and current clients rate higher."""
    rng = demo.rng
    base = 2.2 + 0.5 * client.size + (0.4 if client.stage in CLIENT_STAGES else 0)
    share = 0.7 if client.stage is LifecycleStage.TARGETING else 0.9
    rated = [c for c in demo.criteria if rng.random() < share] or demo.criteria[:3]
    for criterion_id, key in rated:
        growing = key == "growth_potential" and client.stage is LifecycleStage.DEVELOPMENT
        rating = min(5, max(1, round(rng.gauss(base + 0.6 * growing, 0.9))))
        demo.add(
            "icp_ratings",
            {"account_id": client.id, "criterion_id": criterion_id, "rating": rating},
        )


# -- org structure ----------------------------------------------------------------------------


def build_org_units(demo: DemoContext, client: Client) -> list[Position]:
    """company → business units → directorates → areas; returns the jobs people can hold
    there, top of the hierarchy first."""
    rng, vocab = demo.rng, demo.vocab
    company = add_org_unit(demo, client, client.name, OrgUnitKind.COMPANY, None, 0.3)
    jobs = [Position(company, vocab.ceo, True), Position(company, vocab.assistant, False)]
    for bu_name in rng.sample(client.industry.business_units, rng.randint(1, 3)):
        name = demo.t(vocab.business_unit).format(unit=demo.t(bu_name))
        bu = add_org_unit(demo, client, name, OrgUnitKind.BUSINESS_UNIT, company, 0.5)
        jobs.append(Position(bu, vocab.business_unit_head, True, bu_name))
        if rng.random() < 0.5:
            operations = vocab.business_unit_operations
            name = demo.t(operations.name).format(unit=demo.t(bu_name))
            ops = add_org_unit(demo, client, name, OrgUnitKind.DIRECTORATE, bu, 0.3)
            jobs.append(Position(ops, operations.head, True, bu_name))
            jobs.append(Position(ops, operations.staff, False, bu_name))
    for spec in rng.sample(vocab.directorates, rng.randint(2, 4)):
        name = demo.t(spec.name)
        directorate = add_org_unit(demo, client, name, OrgUnitKind.DIRECTORATE, company, 0.45)
        jobs.append(Position(directorate, spec.head, True))
        jobs.append(Position(directorate, spec.staff, False))
        for area_spec in rng.sample(spec.areas, rng.randint(0, min(2, len(spec.areas)))):
            name = demo.t(area_spec.name)
            area = add_org_unit(demo, client, name, OrgUnitKind.AREA, directorate, 0.3)
            jobs.append(Position(area, area_spec.manager, True))
            jobs.append(Position(area, spec.staff, False))
    if not any(u.row["is_target"] for u in client.units):  # a plan needs a target area
        directorate = next(u for u in client.units if u.kind is OrgUnitKind.DIRECTORATE)
        directorate.row["is_target"] = True
    return jobs


def add_org_unit(
    demo: DemoContext,
    client: Client,
    name: str,
    kind: OrgUnitKind,
    parent: Unit | None,
    target: float,
) -> Unit:
    """A new org unit, a target area with probability ``target``."""
    unit_id = demo.new_id("org_units")
    row = demo.add(
        "org_units",
        {
            "id": unit_id,
            "account_id": client.id,
            "parent_id": parent.id if parent else None,
            "name": name,
            "kind": kind,
            "is_target": demo.rng.random() < target,
        },
    )
    unit = Unit(unit_id, name, kind, parent, row)
    client.units.append(unit)
    return unit
