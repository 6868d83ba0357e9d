"""What goes in and out of the stakeholder services: plain frozen dataclasses, ids as ints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from kamdesk.analytics.coverage import Alert, Coverage, MapMeasures, TrendPoint
from kamdesk.model.enums import BuyingRole, LinkKind, OrgUnitKind, Stance

Point = tuple[float, float]  # top-left of a card on the map, in scene units


@dataclass(frozen=True)
class OrgUnitData:
    """A node of the account's structure as the KAM edits it; ``parent_id`` None at the top."""

    name: str = ""
    kind: OrgUnitKind = OrgUnitKind.AREA
    parent_id: int | None = None
    is_target: bool = False


@dataclass(frozen=True)
class StakeholderData:
    """Everything a KAM edits about a person (the map position is moved, not edited)."""

    name: str = ""
    job_title: str = ""
    org_unit_id: int | None = None
    email: str = ""
    phone: str = ""
    buying_role: BuyingRole | None = None
    influence: int = 3
    stance: Stance = Stance.NEUTRAL
    relationship_strength: int = 3
    mindset: str = ""
    relationship_owner: str = ""
    last_contact: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class LinkData:
    """``source`` reports to / influences / is allied with / is a rival of ``target``.

    ``strength`` (1–3) belongs to influences only; None for an influence means the default.
    """

    source_id: int
    target_id: int
    kind: LinkKind
    strength: int | None = None


UNIT_FIELDS = tuple(f.name for f in fields(OrgUnitData))
PERSON_FIELDS = tuple(f.name for f in fields(StakeholderData))
LINK_FIELDS = tuple(f.name for f in fields(LinkData))


# -- what the map tab reads ------------------------------------------------------------------


@dataclass(frozen=True)
class MapUnit:
    """An org unit in tree order; ``depth`` 0 at the top, for indenting."""

    id: int
    data: OrgUnitData
    depth: int = 0


@dataclass(frozen=True)
class MapPerson:
    """A person on the map; ``position`` None until the card was placed."""

    id: int
    data: StakeholderData
    position: Point | None = None


@dataclass(frozen=True)
class MapLink:
    id: int
    data: LinkData


@dataclass(frozen=True)
class AccountMap:
    """Everything the stakeholder map (and the Stakeholders list) shows for one account.

    Units in tree order (parents before their children, siblings by name), people by name,
    links by id; the measures and alerts are computed by :mod:`kamdesk.analytics.coverage`
    from these same rows; ``trend`` comes from the account's relationship reviews, oldest first.
    """

    account_id: int
    units: tuple[MapUnit, ...]
    people: tuple[MapPerson, ...]
    links: tuple[MapLink, ...]
    coverage: Coverage
    resistance: float | None
    alerts: tuple[Alert, ...]
    trend: tuple[TrendPoint, ...]
    stale_contact_days: int

    @property
    def sponsor_coverage(self) -> float | None:
        return self.coverage.ratio

    @property
    def measures(self) -> MapMeasures:
        return MapMeasures(self.coverage.ratio, self.resistance)

    def person(self, person_id: int) -> MapPerson | None:
        return next((p for p in self.people if p.id == person_id), None)

    def unit(self, unit_id: int) -> MapUnit | None:
        return next((u for u in self.units if u.id == unit_id), None)
