"""The decision chain of an account, measured (DESIGN §3) and checked for gaps.

    sponsor coverage = target areas with ≥ 1 sponsor ÷ target areas
    resistance       = Σ influence of resistant and opponent people ÷ Σ influence of everyone

A target area counts as covered when a sponsor belongs to that area itself (DESIGN §7, and what
the demo's review measures assume). A sponsor in a directorate therefore does not cover the
business unit above it: the method asks for a sponsor *in every* target area, and someone
senior in the business unit is a different person from someone in one of its directorates.
``count_sub_areas=True`` gives the looser reading (a sponsor also covers every area above
their own) for a view that wants it.

Plain frozen dataclasses in, plain results out; ids are ints. Alert messages are English
templates marked for Qt's translation system; the UI translates them, then fills them in.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kamdesk.model.enums import QT_TRANSLATE_NOOP, BuyingRole, Stance, fold

INFLUENCE_MIN = 1
INFLUENCE_MAX = 5
AGAINST_US = frozenset({Stance.RESISTANT, Stance.OPPONENT})
MEASURE_KEYS = ("sponsor_coverage", "resistance")  # the keys of Review.measures for a map review
MEASURE_DECIMALS = 2  # as the demo writes them


# -- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A stakeholder as the map's analytics see them; ``influence`` is 1–5."""

    id: int
    name: str
    org_unit_id: int | None
    stance: Stance
    influence: int
    buying_role: BuyingRole | None = None
    last_contact: dt.date | None = None

    def __post_init__(self) -> None:
        # bool is an int subclass; True as an influence is a bug upstream, not a 1.
        valid = isinstance(self.influence, int) and not isinstance(self.influence, bool)
        if not valid or not INFLUENCE_MIN <= self.influence <= INFLUENCE_MAX:
            raise ValueError(f"influence of {self.name!r} must be 1-5, got {self.influence!r}")


@dataclass(frozen=True)
class Area:
    """An org unit of the account's structure; ``parent_id`` None at the top."""

    id: int
    name: str
    parent_id: int | None = None
    is_target: bool = False


# -- sponsor coverage and resistance ---------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """Target area ids with and without a sponsor, in the order the areas were given."""

    covered: tuple[int, ...]
    uncovered: tuple[int, ...]

    @property
    def targets(self) -> int:
        return len(self.covered) + len(self.uncovered)

    @property
    def ratio(self) -> float | None:
        """covered ÷ target areas; None when the account has no target area."""
        return len(self.covered) / self.targets if self.targets else None


def sponsor_coverage(
    people: Iterable[Person], areas: Iterable[Area], *, count_sub_areas: bool = False
) -> Coverage:
    """Sponsor coverage = target areas with ≥ 1 sponsor ÷ target areas (see :attr:`ratio`).

    A sponsor covers their own area; with ``count_sub_areas`` also every area above it.
    Sponsors without an area, or in an area not given, cover nothing.
    """
    areas = list(areas)
    sponsored = {p.org_unit_id for p in people if p.stance is Stance.SPONSOR}
    sponsored.discard(None)
    if count_sub_areas:
        sponsored = _with_ancestors(sponsored, {a.id: a.parent_id for a in areas})
    targets = [a.id for a in areas if a.is_target]
    return Coverage(
        covered=tuple(a for a in targets if a in sponsored),
        uncovered=tuple(a for a in targets if a not in sponsored),
    )


def _with_ancestors(area_ids: set[int], parent_of: Mapping[int, int | None]) -> set[int]:
    """The areas and every area above them; a loop in the parents stops the climb."""
    reached = set()
    for area_id in area_ids:
        while area_id is not None and area_id not in reached:
            reached.add(area_id)
            area_id = parent_of.get(area_id)
    return reached


def resistance(people: Iterable[Person]) -> float | None:
    """Resistance = Σ influence of resistant and opponent people ÷ Σ influence of all (0…1).

    None when nobody is mapped (influence is 1–5, so the total is never 0 otherwise).
    """
    people = list(people)
    total = sum(p.influence for p in people)
    if total == 0:
        return None
    return sum(p.influence for p in people if p.stance in AGAINST_US) / total


# -- measures kept with the monthly relationship review ---------------------------------------


@dataclass(frozen=True)
class MapMeasures:
    """Sponsor coverage and resistance as a Review stores them in ``measures`` (JSON)."""

    sponsor_coverage: float | None
    resistance: float | None

    @classmethod
    def of(cls, people: Iterable[Person], areas: Iterable[Area]) -> MapMeasures:
        people = list(people)
        return cls(sponsor_coverage(people, areas).ratio, resistance(people))

    def to_json(self) -> dict[str, float | None]:
        """``{"sponsor_coverage": 0.67, "resistance": 0.25}``: fractions rounded to 2 places
        like the demo's reviews; null when the figure cannot be computed."""
        return {key: _rounded(getattr(self, key)) for key in MEASURE_KEYS}

    @classmethod
    def from_json(cls, measures: Mapping | None) -> MapMeasures:
        """Reads a stored ``measures``; a missing, null or non-numeric figure becomes None."""
        measures = measures if isinstance(measures, Mapping) else {}
        return cls(*(_number(measures.get(key)) for key in MEASURE_KEYS))


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, MEASURE_DECIMALS)


def _number(value: object) -> float | None:
    """A finite number as float; anything else (None, text, bool, NaN) as None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


@dataclass(frozen=True)
class TrendPoint:
    """The measures of one review; either may be None when that review lacks it."""

    date: dt.date
    sponsor_coverage: float | None
    resistance: float | None


def trend(reviews: Iterable[tuple[dt.date, Mapping | None]]) -> list[TrendPoint]:
    """The map measures over time, oldest first, from ``(review date, measures)`` pairs.

    Reviews with neither figure are skipped; reviews on the same day keep their given order.
    """
    points = []
    for date, measures in reviews:
        found = MapMeasures.from_json(measures)
        if found.sponsor_coverage is not None or found.resistance is not None:
            points.append(TrendPoint(date, found.sponsor_coverage, found.resistance))
    return sorted(points, key=lambda point: point.date)


# -- gap alerts -----------------------------------------------------------------------------


class Severity(enum.StrEnum):
    """How urgent an alert is; alerts are listed high first.

    high: the deal can be blocked or lost now — nobody identified who decides, an influential
          person is against us, or one person is the whole relationship;
    medium: the method's goals are not met — a target area without a sponsor, no economic buyer;
    low: upkeep — someone we have not talked to for too long (or ever).
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
SEVERITY_LABELS = {
    Severity.HIGH: QT_TRANSLATE_NOOP("StakeholderAlert", "High"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("StakeholderAlert", "Medium"),
    Severity.LOW: QT_TRANSLATE_NOOP("StakeholderAlert", "Low"),
}


class AlertKind(enum.StrEnum):
    UNCOVERED_TARGET_AREA = "uncovered_target_area"  # area_id; args: area
    NO_DECISION_MAKER = "no_decision_maker"  # account-wide; no args
    NO_ECONOMIC_BUYER = "no_economic_buyer"  # account-wide; no args
    INFLUENTIAL_AGAINST_US = "influential_against_us"  # person_id; args: name, influence, stance
    STALE_CONTACT = "stale_contact"  # person_id; args: name, days (always ≥ 2), last_contact
    NEVER_CONTACTED = "never_contacted"  # person_id; args: name
    SINGLE_THREADED = "single_threaded"  # person_id; args: name


ALERT_SEVERITY = {
    AlertKind.UNCOVERED_TARGET_AREA: Severity.MEDIUM,
    AlertKind.NO_DECISION_MAKER: Severity.HIGH,
    AlertKind.NO_ECONOMIC_BUYER: Severity.MEDIUM,
    AlertKind.INFLUENTIAL_AGAINST_US: Severity.HIGH,
    AlertKind.STALE_CONTACT: Severity.LOW,
    AlertKind.NEVER_CONTACTED: Severity.LOW,
    AlertKind.SINGLE_THREADED: Severity.HIGH,
}

ALERT_TEMPLATES = {
    AlertKind.UNCOVERED_TARGET_AREA: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "No sponsor in the target area “{area}”."
    ),
    AlertKind.NO_DECISION_MAKER: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "No decision maker identified."
    ),
    AlertKind.NO_ECONOMIC_BUYER: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "No economic buyer identified."
    ),
    AlertKind.INFLUENTIAL_AGAINST_US: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "{name} (influence {influence}) is against us."
    ),
    AlertKind.STALE_CONTACT: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "No contact with {name} for {days} days."
    ),
    AlertKind.NEVER_CONTACTED: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "{name} has never been contacted."
    ),
    AlertKind.SINGLE_THREADED: QT_TRANSLATE_NOOP(
        "StakeholderAlert", "{name} is our only contact in this account."
    ),
}


@dataclass(frozen=True)
class Alert:
    """One gap in the decision chain; ``person_id`` or ``area_id`` says what to select."""

    kind: AlertKind
    args: dict = field(default_factory=dict)
    person_id: int | None = None
    area_id: int | None = None

    @property
    def severity(self) -> Severity:
        return ALERT_SEVERITY[self.kind]

    @property
    def template(self) -> str:
        return ALERT_TEMPLATES[self.kind]

    @property
    def subject(self) -> str:
        """The person's or area's name ("" for an account-wide alert), for sorting."""
        return self.args.get("name") or self.args.get("area") or ""

    def text(self, translate: Callable[[str], str] = lambda template: template) -> str:
        return translate(self.template).format(**self.args)


def gap_alerts(
    people: Sequence[Person],
    areas: Sequence[Area],
    today: dt.date,
    stale_after_days: int,
    high_influence: int = 4,
) -> list[Alert]:
    """What is missing or at risk in the decision chain, most severe first, then by name.

    - each target area without a sponsor of its own (as :func:`sponsor_coverage`);
    - nobody with the buying role decision maker; nobody with the role economic buyer;
    - a person with influence ≥ ``high_influence`` who is resistant or an opponent;
    - a person last contacted more than ``stale_after_days`` days before ``today``, or never;
    - exactly one person mapped (single-threaded account).

    Account-wide alerts come first within their severity; ties keep a fixed kind order.
    """
    if stale_after_days < 1:
        raise ValueError(f"stale_after_days must be ≥ 1, got {stale_after_days}")
    alerts = [
        *_uncovered_area_alerts(people, areas),
        *_buying_role_alerts(people),
        *_influential_against_us(people, high_influence),
        *_contact_alerts(people, today, stale_after_days),
        *_single_thread_alerts(people),
    ]
    kind_order = list(AlertKind)
    return sorted(
        alerts,
        key=lambda a: (
            SEVERITY_RANK[a.severity],
            fold(a.subject),  # accents aside, so “Érica” sorts with the Es
            kind_order.index(a.kind),
            a.person_id or a.area_id or 0,
        ),
    )


def _uncovered_area_alerts(people: Sequence[Person], areas: Sequence[Area]) -> list[Alert]:
    names = {a.id: a.name for a in areas}
    uncovered = sponsor_coverage(people, areas).uncovered
    return [
        Alert(AlertKind.UNCOVERED_TARGET_AREA, {"area": names[a]}, area_id=a) for a in uncovered
    ]


def _buying_role_alerts(people: Sequence[Person]) -> list[Alert]:
    roles = {p.buying_role for p in people}
    missing = []
    if BuyingRole.DECISION_MAKER not in roles:
        missing.append(Alert(AlertKind.NO_DECISION_MAKER))
    if BuyingRole.ECONOMIC_BUYER not in roles:
        missing.append(Alert(AlertKind.NO_ECONOMIC_BUYER))
    return missing


def _influential_against_us(people: Sequence[Person], high_influence: int) -> list[Alert]:
    return [
        Alert(
            AlertKind.INFLUENTIAL_AGAINST_US,
            {"name": p.name, "influence": p.influence, "stance": p.stance.value},
            person_id=p.id,
        )
        for p in people
        if p.stance in AGAINST_US and p.influence >= high_influence
    ]


def _contact_alerts(people: Sequence[Person], today: dt.date, stale_after_days: int) -> list[Alert]:
    alerts = []
    for p in people:
        if p.last_contact is None:
            alerts.append(Alert(AlertKind.NEVER_CONTACTED, {"name": p.name}, person_id=p.id))
            continue
        days = (today - p.last_contact).days
        # > rather than ≥: "older than" the limit; with a limit ≥ 1, days is ≥ 2 here, so the
        # English plural "days" is always right.
        if days > stale_after_days:
            args = {"name": p.name, "days": days, "last_contact": p.last_contact}
            alerts.append(Alert(AlertKind.STALE_CONTACT, args, person_id=p.id))
    return alerts


def _single_thread_alerts(people: Sequence[Person]) -> list[Alert]:
    if len(people) != 1:
        return []
    only = people[0]
    return [Alert(AlertKind.SINGLE_THREADED, {"name": only.name}, person_id=only.id)]
