"""An account while the demo builds it: what later parts of its plan need to know about it.

The rows themselves are plain dictionaries (see :class:`~.context.DemoContext`); these objects
keep the facts that later builders read (who the people are, which units are target areas, …)
without searching the rows again. Where a later part changes a row, it changes it through
``row``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kamdesk.model.enums import LifecycleStage, OrgUnitKind, Stance, Strategy
from kamdesk.services.demo.context import Row
from kamdesk.services.demo.words import City, Industry, Pair, Title


@dataclass
class Unit:
    """An org unit of the client: the company, a business unit, a directorate or an area."""

    id: int
    name: str
    kind: OrgUnitKind
    parent: Unit | None
    row: Row


@dataclass
class Position:
    """A job someone can hold in an org unit."""

    unit: Unit
    title: Title
    is_head: bool  # heads the unit (CEO, director, manager); others are staff
    business_unit: Pair | None = None  # for titles that name their business unit


@dataclass
class Person:
    """A stakeholder."""

    id: int
    first_name: str
    name: str
    position: Position
    stance: Stance
    influence: int
    row: Row
    contact_until: dt.date | None  # the latest day we may have spoken to them; None = never


@dataclass
class Client:
    """An account being built, with what later parts of its plan need to know."""

    id: int
    name: str
    slug: str  # the e-mail domain's name
    industry: Industry
    city: City
    stage: LifecycleStage
    owner: str
    size: int  # index into the vocabulary's size classes
    potential: float  # monthly revenue we could make with them, BRL
    strategies: list[Strategy]
    churned: bool
    client_since: dt.date | None
    units: list[Unit] = field(default_factory=list)  # the company first
    people: list[Person] = field(default_factory=list)  # top of the hierarchy first
    opportunity_titles: set[str] = field(default_factory=set)
    has_objectives: bool = False
