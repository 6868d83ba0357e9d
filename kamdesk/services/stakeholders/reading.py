"""Reading one account's map: its units, people and links in one session, a query each, and
the measures computed from exactly those rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.analytics import coverage
from kamdesk.model import OrgUnit, Review, Stakeholder, StakeholderLink
from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.settings import read_settings
from kamdesk.services.stakeholders.data import (
    PERSON_FIELDS,
    AccountMap,
    LinkData,
    MapLink,
    MapPerson,
    MapUnit,
    OrgUnitData,
    StakeholderData,
)


def person_data(person: Stakeholder) -> StakeholderData:
    return StakeholderData(**{name: getattr(person, name) for name in PERSON_FIELDS})


def unit_data(unit: OrgUnit) -> OrgUnitData:
    return OrgUnitData(unit.name, unit.kind, unit.parent_id, unit.is_target)


def link_data(link: StakeholderLink) -> LinkData:
    return LinkData(link.source_id, link.target_id, link.kind, link.strength)


def map_person(person: Stakeholder) -> MapPerson:
    placed = person.map_x is not None and person.map_y is not None
    return MapPerson(
        person.id, person_data(person), (person.map_x, person.map_y) if placed else None
    )


def units_in_tree_order(units: Sequence[OrgUnit]) -> list[MapUnit]:
    """Parents before their children, siblings by name; a unit whose parent is missing is a
    top unit, and units caught in a circle of parents (only bad imported data) come last."""
    ids = {u.id for u in units}
    children: dict[int | None, list[OrgUnit]] = defaultdict(list)
    for unit in units:
        children[unit.parent_id if unit.parent_id in ids else None].append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda u: (fold(u.name), u.id))
    ordered: list[MapUnit] = []
    stack = [(unit, 0) for unit in reversed(children[None])]
    while stack:  # no recursion: a deep structure is no problem
        unit, depth = stack.pop()
        ordered.append(MapUnit(unit.id, unit_data(unit), depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(unit.id, ())))
    reached = {u.id for u in ordered}
    leftovers = sorted(
        (u for u in units if u.id not in reached), key=lambda u: (fold(u.name), u.id)
    )
    return ordered + [MapUnit(u.id, unit_data(u), 0) for u in leftovers]


def analytics_person(person: MapPerson) -> coverage.Person:
    data = person.data
    return coverage.Person(
        id=person.id,
        name=data.name,
        org_unit_id=data.org_unit_id,
        stance=data.stance,
        influence=data.influence,
        buying_role=data.buying_role,
        last_contact=data.last_contact,
    )


def analytics_area(unit: MapUnit) -> coverage.Area:
    return coverage.Area(unit.id, unit.data.name, unit.data.parent_id, unit.data.is_target)


def read_units(session: Session, account_id: int) -> list[MapUnit]:
    return units_in_tree_order(
        session.scalars(select(OrgUnit).where(OrgUnit.account_id == account_id)).all()
    )


def read_people(session: Session, account_id: int) -> list[MapPerson]:
    people = session.scalars(select(Stakeholder).where(Stakeholder.account_id == account_id))
    return sorted(map(map_person, people), key=lambda p: (fold(p.data.name), p.id))


def read_links(session: Session, account_id: int) -> list[MapLink]:
    query = (
        select(StakeholderLink)
        .where(StakeholderLink.account_id == account_id)
        .order_by(StakeholderLink.id)
    )
    return [MapLink(link.id, link_data(link)) for link in session.scalars(query)]


def read_trend(session: Session, account_id: int) -> list[coverage.TrendPoint]:
    query = (
        select(Review.date, Review.measures)
        .where(Review.account_id == account_id, Review.kind == ReviewKind.RELATIONSHIP)
        .order_by(Review.date, Review.id)
    )
    return coverage.trend(session.execute(query).all())


def read_account_map(session: Session, account_id: int, today: dt.date) -> AccountMap:
    # Never below 1 day: analytics refuses a limit that would flag everyone every day.
    stale_days = max(1, read_settings(session).stale_contact_days)
    units = read_units(session, account_id)
    people = read_people(session, account_id)
    persons = [analytics_person(p) for p in people]
    areas = [analytics_area(u) for u in units]
    return AccountMap(
        account_id=account_id,
        units=tuple(units),
        people=tuple(people),
        links=tuple(read_links(session, account_id)),
        coverage=coverage.sponsor_coverage(persons, areas),
        resistance=coverage.resistance(persons),
        alerts=tuple(coverage.gap_alerts(persons, areas, today, stale_days)),
        trend=tuple(read_trend(session, account_id)),
        stale_contact_days=stale_days,
    )


def current_measures(session: Session, account_id: int) -> coverage.MapMeasures:
    """Sponsor coverage and resistance of the account as it is now (for a map review)."""
    persons = [analytics_person(p) for p in read_people(session, account_id)]
    areas = [analytics_area(u) for u in read_units(session, account_id)]
    return coverage.MapMeasures.of(persons, areas)
