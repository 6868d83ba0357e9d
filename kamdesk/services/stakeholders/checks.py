"""Validation of people, org units, links and map positions, before anything is written.

Each function returns every problem it finds (naming the field), so the UI can show them all
at once; the service raises :class:`ValidationError` with them and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kamdesk.model import OrgUnit, Stakeholder, StakeholderLink
from kamdesk.model.enums import BuyingRole, LabelledEnum, LinkKind, OrgUnitKind, Stance, fold
from kamdesk.services.problems import (
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    Problem,
)
from kamdesk.services.stakeholders import messages as m
from kamdesk.services.stakeholders.data import LinkData, OrgUnitData, StakeholderData

POSITION_LIMIT = 1e6  # far beyond any real map, near enough that Qt's float maths stays exact
STRENGTH_RANGE = (1, 3)
SCALE_RANGE = (1, 5)  # influence and relationship strength
DEFAULT_INFLUENCE_STRENGTH = 2
SINGLE_LINE_TEXTS = ("name", "job_title", "email", "phone", "relationship_owner")
# Light on purpose: one @, something before it, a dot inside the part after it, no spaces.
EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
SYMMETRIC_KINDS = frozenset({LinkKind.ALLIANCE, LinkKind.RIVALRY})


# -- small pieces ----------------------------------------------------------------------------


def as_member(enum_class: type[LabelledEnum], value) -> LabelledEnum | None:
    """``value`` as a member of ``enum_class`` (members and their plain values), else None."""
    try:
        return enum_class(value)
    except ValueError:
        return None


def _column_limit(table: Table, name: str) -> int | None:
    return getattr(table.c[name].type, "length", None)


def _length_problems(table: Table, values: Mapping[str, object]) -> list[Problem]:
    problems = []
    for name, value in values.items():
        limit = _column_limit(table, name)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            problems.append(Problem(name, TOO_LONG, {"limit": limit, "length": len(value)}))
    return problems


def _whole_number_problem(name: str, value, low: int, high: int) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem(name, m.WHOLE_NUMBER, {"value": value})
    if not low <= value <= high:
        return Problem(name, OUT_OF_RANGE, {"low": low, "high": high, "value": value})
    return None


def _enum_problem(name: str, enum_class, value, optional: bool = False) -> Problem | None:
    if value is None and optional:
        return None
    if as_member(enum_class, value) is None:
        return Problem(name, UNKNOWN_VALUE, {"value": value})
    return None


def _kept(problems: list[Problem | None]) -> list[Problem]:
    return [p for p in problems if p is not None]


# -- people ----------------------------------------------------------------------------------


def clean_person(data: StakeholderData) -> StakeholderData:
    """Single-line texts trimmed, enums as members, a date rather than a datetime."""
    trimmed = {name: getattr(data, name).strip() for name in SINGLE_LINE_TEXTS}
    contact = data.last_contact
    if isinstance(contact, dt.datetime):
        contact = contact.date()
    role = None if data.buying_role is None else BuyingRole(data.buying_role)
    return replace(
        data, **trimmed, buying_role=role, stance=Stance(data.stance), last_contact=contact
    )


def person_problems(session: Session, account_id: int, data: StakeholderData) -> list[Problem]:
    not_texts = [
        Problem(name, UNKNOWN_VALUE, {"value": getattr(data, name)})
        for name in (*SINGLE_LINE_TEXTS, "mindset", "notes")
        if not isinstance(getattr(data, name), str)
    ]
    if not_texts:  # a bug upstream rather than a typo; the rest cannot be checked sensibly
        return not_texts
    data = replace(data, **{name: getattr(data, name).strip() for name in SINGLE_LINE_TEXTS})
    problems: list[Problem | None] = []
    if not data.name:
        problems.append(Problem("name", REQUIRED))
    problems += _length_problems(
        Stakeholder.__table__, {name: getattr(data, name) for name in SINGLE_LINE_TEXTS}
    )
    if data.email and not EMAIL_SHAPE.fullmatch(data.email):
        problems.append(Problem("email", m.INVALID_EMAIL, {"value": data.email}))
    problems.append(_whole_number_problem("influence", data.influence, *SCALE_RANGE))
    problems.append(
        _whole_number_problem("relationship_strength", data.relationship_strength, *SCALE_RANGE)
    )
    problems.append(_enum_problem("stance", Stance, data.stance))
    problems.append(_enum_problem("buying_role", BuyingRole, data.buying_role, optional=True))
    if data.last_contact is not None and not isinstance(data.last_contact, dt.date):
        problems.append(Problem("last_contact", UNKNOWN_VALUE, {"value": data.last_contact}))
    if data.org_unit_id is not None:
        problems.append(_unit_in_account(session, account_id, data.org_unit_id, "org_unit_id"))
    return _kept(problems)


def _unit_in_account(session: Session, account_id: int, unit_id, field: str) -> Problem | None:
    unit = session.get(OrgUnit, unit_id) if isinstance(unit_id, int) else None
    if unit is None:
        return Problem(field, m.NO_SUCH_UNIT)
    if unit.account_id != account_id:
        return Problem(field, m.UNIT_OF_ANOTHER_ACCOUNT, {"name": unit.name})
    return None


# -- org units -------------------------------------------------------------------------------


def clean_unit(data: OrgUnitData) -> OrgUnitData:
    return replace(
        data, name=data.name.strip(), kind=OrgUnitKind(data.kind), is_target=bool(data.is_target)
    )


def unit_problems(
    session: Session, account_id: int, data: OrgUnitData, unit_id: int | None
) -> list[Problem]:
    """``unit_id`` None for a new unit; otherwise the unit being edited."""
    if not isinstance(data.name, str):
        return [Problem("name", UNKNOWN_VALUE, {"value": data.name})]
    name = data.name.strip()
    problems: list[Problem | None] = [_enum_problem("kind", OrgUnitKind, data.kind)]
    if not name:
        problems.append(Problem("name", REQUIRED))
    else:
        problems += _length_problems(OrgUnit.__table__, {"name": name})
        problems.append(_duplicate_unit(session, account_id, name, unit_id))
    if data.parent_id is not None:
        outside = _unit_in_account(session, account_id, data.parent_id, "parent_id")
        problems.append(
            outside or _parent_cycle(session, account_id, name, data.parent_id, unit_id)
        )
    return _kept(problems)


def _duplicate_unit(
    session: Session, account_id: int, name: str, unit_id: int | None
) -> Problem | None:
    # Folded, as account names are: "TI" and "ti" would be one area to a KAM (and to import).
    others = session.execute(
        select(OrgUnit.id, OrgUnit.name).where(OrgUnit.account_id == account_id)
    )
    wanted = fold(name)
    for other_id, other_name in others:
        if other_id != unit_id and fold(other_name) == wanted:
            return Problem("name", m.DUPLICATE_UNIT, {"name": other_name})
    return None


def _parent_cycle(
    session: Session, account_id: int, name: str, parent_id: int, unit_id: int | None
) -> Problem | None:
    """The new parent must not be the unit itself or lie below it (walk up from the parent)."""
    if unit_id is None:
        return None  # a new unit has nothing below it
    parent_of = dict(
        session.execute(
            select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.account_id == account_id)
        ).all()
    )
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None and current not in seen:
        if current == unit_id:
            parent = session.get(OrgUnit, parent_id).name
            return Problem("parent_id", m.UNIT_PARENT_CYCLE, {"parent": parent, "name": name})
        seen.add(current)
        current = parent_of.get(current)
    return None


# -- links -----------------------------------------------------------------------------------


def clean_link(data: LinkData) -> LinkData:
    kind = LinkKind(data.kind)
    strength = data.strength
    if kind is LinkKind.INFLUENCES and strength is None:
        strength = DEFAULT_INFLUENCE_STRENGTH
    return replace(data, kind=kind, strength=strength)


def link_problems(
    session: Session, account_id: int, data: LinkData, link_id: int | None
) -> list[Problem]:
    """``link_id`` None for a new link; otherwise the link being edited (it does not count as
    a duplicate of itself, nor as the person's manager already)."""
    kind_problem = _enum_problem("kind", LinkKind, data.kind)
    source = _person_in_account(session, account_id, data.source_id, "source_id")
    target = _person_in_account(session, account_id, data.target_id, "target_id")
    problems = [p for p in (kind_problem, source, target) if isinstance(p, Problem)]
    if problems:
        return problems
    kind = LinkKind(data.kind)
    problems = _kept([_strength_problem(kind, data.strength)])
    if data.source_id == data.target_id:
        return [*problems, Problem("target_id", m.SELF_LINK)]
    duplicate = _duplicate_link(session, account_id, data, kind, link_id, source, target)
    if duplicate:
        return [*problems, duplicate]
    if kind is LinkKind.REPORTS_TO:
        problems += _kept([_reporting_problem(session, account_id, data, link_id, source)])
    return problems


def _person_in_account(
    session: Session, account_id: int, person_id, field: str
) -> Stakeholder | Problem:
    person = session.get(Stakeholder, person_id) if isinstance(person_id, int) else None
    if person is None:
        return Problem(field, m.NO_SUCH_PERSON)
    if person.account_id != account_id:
        return Problem(field, m.PERSON_OF_ANOTHER_ACCOUNT, {"name": person.name})
    return person


def _strength_problem(kind: LinkKind, strength) -> Problem | None:
    if kind is not LinkKind.INFLUENCES:
        return None if strength is None else Problem("strength", m.STRENGTH_ONLY_FOR_INFLUENCE)
    if strength is None:
        return None  # the default strength
    return _whole_number_problem("strength", strength, *STRENGTH_RANGE)


def _duplicate_link(session, account_id, data, kind, link_id, source, target) -> Problem | None:
    """The same kind of link between the same people (either way round for an alliance or a
    rivalry, which have no direction)."""
    ends = [(data.source_id, data.target_id)]
    if kind in SYMMETRIC_KINDS:
        ends.append((data.target_id, data.source_id))
    links = StakeholderLink.__table__.c
    for source_id, target_id in ends:
        clash = session.scalar(
            select(links.id).where(
                links.account_id == account_id,
                links.kind == kind.value,
                links.source_id == source_id,
                links.target_id == target_id,
                links.id != (link_id or 0),
            )
        )
        if clash is not None:
            args = {"source": source.name, "target": target.name}
            return Problem("target_id", m.DUPLICATE_LINK, args)
    return None


def _reporting_problem(session, account_id, data, link_id, source) -> Problem | None:
    """A person has one manager at most, and the reporting lines never go in a circle."""
    links = StakeholderLink.__table__.c
    manager_of = dict(
        session.execute(
            select(links.source_id, links.target_id).where(
                links.account_id == account_id,
                links.kind == LinkKind.REPORTS_TO.value,
                links.id != (link_id or 0),
            )
        ).all()
    )
    names = dict(
        session.execute(
            select(Stakeholder.id, Stakeholder.name).where(Stakeholder.account_id == account_id)
        ).all()
    )
    if data.source_id in manager_of:
        args = {"name": source.name, "manager": names.get(manager_of[data.source_id], "?")}
        return Problem("source_id", m.SECOND_MANAGER, args)
    chain = [data.source_id, data.target_id]
    current = data.target_id
    while current in manager_of:  # climb from the new manager: meeting the source is a circle
        current = manager_of[current]
        chain.append(current)
        if current == data.source_id:
            names_chain = " → ".join(names.get(person, "?") for person in chain)
            return Problem("target_id", m.REPORTING_CYCLE, {"chain": names_chain})
        if current in chain[:-1]:
            return None  # an old circle elsewhere (imported data); not this link's doing
    return None


# -- positions -------------------------------------------------------------------------------


def position_problems(positions: Mapping[int, object]) -> list[Problem]:
    """Each position must be None (not placed) or two finite numbers within ±POSITION_LIMIT."""
    problems = []
    for point in positions.values():
        if point is None:
            continue
        bad = _bad_coordinate(point)
        if bad is not None:
            problems.append(
                Problem("position", m.BAD_POSITION, {"limit": int(POSITION_LIMIT), "value": bad})
            )
    return problems


def _bad_coordinate(point) -> object | None:
    """The first unacceptable coordinate of ``point`` (the point itself if not a pair)."""
    try:
        x, y = point
    except (TypeError, ValueError):
        return point
    for value in (x, y):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value) or abs(value) > POSITION_LIMIT:
            return value
    return None
