"""A realistic demo portfolio: Brazilian key accounts with every part of the account plan filled.

:func:`write_demo` creates a new portfolio file and fills every table of the model: accounts of
several industries with their org structure and decision chain, the product catalogue,
opportunities with their stage history, targets and forecast snapshots, 24 months of revenue,
surveys, risks and actions, OKRs with check-ins, reviews and the interaction log.

Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``, and every
row gets explicit ids and timestamps, so the same seed and day always give the same database,
row for row. Rows are built as plain dictionaries and written with one bulk insert per table,
which keeps even a 2,000-account demo fast.

The words — company names, places, people, job titles and every free text in pt-BR and English —
live in ``resources/demo/vocabulary.json`` (see :func:`vocabulary`); this module holds how often
and how much (the tuning below) and the builder. Company names, people and e-mail domains are
invented (e-mails use the reserved ``.example`` top-level domain). Free text follows
``language``: pt-BR when it starts with ``pt``, else English.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from kamdesk.analytics.cnpj import random_cnpj
from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    IcpCriterion,
    IcpRating,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    PipelineStage,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Setting,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.enums import (
    ActionStatus,
    BuyingRole,
    ForecastCategory,
    InteractionKind,
    KeyResultDirection,
    LifecycleStage,
    LinkKind,
    OpportunityType,
    OrgUnitKind,
    ReviewKind,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    Stance,
    Strategy,
    SurveyKind,
    Tier,
    fold,
)
from kamdesk.resources import resource_path
from kamdesk.services.portfolios import create_portfolio

Row = dict[str, Any]
Pair = tuple[str, str]  # the same text in (pt-BR, English)
Json = dict[str, Any]
E = TypeVar("E", bound=Enum)
V = TypeVar("V")

# Summary key and table, in insertion order (parents before children).
TABLES: tuple[tuple[str, Table], ...] = (
    ("accounts", Account.__table__),
    ("icp_ratings", IcpRating.__table__),
    ("org_units", OrgUnit.__table__),
    ("stakeholders", Stakeholder.__table__),
    ("stakeholder_links", StakeholderLink.__table__),
    ("products", Product.__table__),
    ("opportunities", Opportunity.__table__),
    ("opportunity_history", OpportunityHistory.__table__),
    ("forecast_targets", ForecastTarget.__table__),
    ("forecast_snapshots", ForecastSnapshot.__table__),
    ("forecast_snapshot_lines", ForecastSnapshotLine.__table__),
    ("revenue_records", RevenueRecord.__table__),
    ("survey_responses", SurveyResponse.__table__),
    ("risks", Risk.__table__),
    ("actions", Action.__table__),
    ("objectives", Objective.__table__),
    ("key_results", KeyResult.__table__),
    ("check_ins", CheckIn.__table__),
    ("reviews", Review.__table__),
    ("interactions", Interaction.__table__),
    ("interaction_stakeholders", interaction_stakeholder),
    ("settings", Setting.__table__),
)


# =============================================================================================
# The vocabulary (resources/demo/vocabulary.json)
# =============================================================================================

VOCABULARY_FILE = "vocabulary.json"


class City(NamedTuple):
    name: str
    uf: str
    region: Pair
    ddd: int  # telephone area code


class Industry(NamedTuple):
    label: Pair
    name_patterns: tuple[str, ...]  # "{stem}" becomes a company name stem
    business_units: tuple[Pair, ...]
    cities: tuple[str, ...]  # where the industry's head offices tend to be
    legal_suffixes: tuple[str, ...]  # of smaller companies (large ones are S.A.)


class SizeClass(NamedTuple):
    employees: tuple[int, int]
    monthly_potential: tuple[int, int]  # what the account could buy from us a month, BRL
    revenue_band: Pair  # the client's own yearly revenue
    weight: float  # how common the size is
    large: bool  # large companies are S.A.


class Title(NamedTuple):
    """A job title as a man and as a woman holds it in pt-BR, in English, and what it means for
    the buying decision: the buying role and the range of influence (1–5)."""

    male: str
    female: str
    english: str
    role: BuyingRole
    influence: tuple[int, int]


class AreaSpec(NamedTuple):
    name: Pair
    manager: Title


class DirectorateSpec(NamedTuple):
    name: Pair
    head: Title
    staff: Title  # an analyst or specialist of the directorate and its areas
    areas: tuple[AreaSpec, ...]


class KeyResultSpec(NamedTuple):
    title: Pair
    unit: Pair
    start: float
    target: float
    direction: KeyResultDirection
    whole: bool  # counted in whole units
    from_revenue: bool = False  # start and target come from the portfolio's recurring revenue


class PortfolioObjective(NamedTuple):
    title: Pair
    strategy: Strategy
    period: str  # a key of _DemoBuilder.periods()
    key_results: tuple[KeyResultSpec, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The demo's words; every text is a (pt-BR, English) pair. Placeholders in braces
    (``{unit}``, ``{competitor}``, …) are filled in by the builder."""

    # companies and places
    company_stems: tuple[str, ...]  # combined with an industry's name patterns
    name_qualifiers: tuple[str, ...]  # added to a name another demo account already has
    large_legal_suffixes: tuple[str, ...]
    cities: dict[str, City]  # by name
    industries: tuple[Industry, ...]
    size_classes: tuple[SizeClass, ...]
    # people and the client's organisation
    kams: tuple[str, ...]
    colleagues: tuple[str, ...]  # pre-sales, customer success, delivery: own relationships too
    female_first_names: tuple[str, ...]
    male_first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    ceo: Title
    assistant: Title
    business_unit: Pair  # in business-unit names and titles "{unit}" becomes the unit
    business_unit_head: Title
    business_unit_operations: DirectorateSpec
    directorates: tuple[DirectorateSpec, ...]  # the corporate ones
    mindsets: tuple[Pair, ...]
    stakeholder_notes: tuple[Pair, ...]
    # the account plan
    head_office: Pair
    account_notes: tuple[Pair, ...]
    value_areas: tuple[Pair, ...]
    value_propositions: tuple[Pair, ...]
    desired_positions: tuple[Pair, ...]
    perceived_positions: dict[LifecycleStage, tuple[Pair, ...]]
    products: tuple[tuple[Pair, Pair], ...]  # (name, category)
    # pipeline and forecast
    opportunity_titles: dict[OpportunityType, Pair]
    next_steps: tuple[Pair, ...]
    won_next_step: Pair
    competitors: tuple[str, ...]
    win_reasons: tuple[Pair, ...]
    loss_reasons: tuple[Pair, ...]
    snapshot_note: Pair
    # surveys, risks, OKRs, reviews and interactions
    nps_comments: dict[str, tuple[Pair, ...]]  # promoter, passive, detractor
    csat_comments: dict[str, tuple[Pair, ...]]  # good, bad
    risk_descriptions: dict[RiskCategory, Pair]
    mitigations: dict[RiskCategory, Pair]
    follow_ups: tuple[Pair, ...]
    objective_titles: dict[Strategy, Pair]
    key_results: dict[Strategy, tuple[KeyResultSpec, ...]]
    portfolio_objectives: tuple[PortfolioObjective, ...]
    check_in_notes: tuple[Pair, ...]
    review_outcomes: dict[ReviewKind, tuple[Pair, ...]]
    interaction_notes: dict[InteractionKind, Pair]
    topics: tuple[Pair, ...]
    conjunction: Pair  # joins the last two names of a list


def _pair(text: Json) -> Pair:
    return text["pt"], text["en"]


def _pairs(texts: list[Json]) -> tuple[Pair, ...]:
    return tuple(map(_pair, texts))


def _range(values: list[int]) -> tuple[int, int]:
    low, high = values
    return low, high


def _by(enum: type[E], data: Json, convert: Callable[[Any], V]) -> dict[E, V]:
    """``data`` (one entry per member of ``enum``, keyed by its value) keyed by member, in the
    file's order, each value converted."""
    if set(data) != {member.value for member in enum}:
        raise ValueError(f"{VOCABULARY_FILE}: expected one entry per {enum.__name__}: {list(data)}")
    return {enum(key): convert(value) for key, value in data.items()}


def _title(data: Json) -> Title:
    role = BuyingRole(data["role"])
    return Title(data["pt_male"], data["pt_female"], data["en"], role, _range(data["influence"]))


def _directorate(data: Json) -> DirectorateSpec:
    areas = tuple(AreaSpec(_pair(a["name"]), _title(a["manager"])) for a in data.get("areas", ()))
    return DirectorateSpec(_pair(data["name"]), _title(data["head"]), _title(data["staff"]), areas)


def _key_result(data: Json) -> KeyResultSpec:
    return KeyResultSpec(
        _pair(data["title"]),
        _pair(data["unit"]),
        data.get("start", 0),
        data.get("target", 0),
        KeyResultDirection(data["direction"]),
        data["whole"],
        data.get("from_revenue", False),
    )


def _key_results(data: list[Json]) -> tuple[KeyResultSpec, ...]:
    return tuple(map(_key_result, data))


@functools.cache
def vocabulary() -> Vocabulary:
    """The vocabulary file, read once. Texts there are ``{"pt": …, "en": …}`` objects, enum
    members (buying roles, lifecycle stages, risk categories, …) their values; lists keep their
    order, which the random choices depend on."""
    data = json.loads(resource_path("demo", VOCABULARY_FILE).read_text(encoding="utf-8"))
    companies, people, org = data["companies"], data["people"], data["organisation"]
    plan, pipeline, okrs = data["account_plan"], data["pipeline"], data["okrs"]
    regions = {key: _pair(name) for key, name in companies["regions"].items()}
    return Vocabulary(
        company_stems=tuple(companies["name_stems"]),
        name_qualifiers=tuple(companies["name_qualifiers"]),
        large_legal_suffixes=tuple(companies["large_legal_suffixes"]),
        cities={
            c["name"]: City(c["name"], c["uf"], regions[c["region"]], c["ddd"])
            for c in companies["cities"]
        },
        industries=tuple(
            Industry(
                _pair(i["label"]),
                tuple(i["name_patterns"]),
                _pairs(i["business_units"]),
                tuple(i["cities"]),
                tuple(i["legal_suffixes"]),
            )
            for i in companies["industries"]
        ),
        size_classes=tuple(
            SizeClass(
                _range(s["employees"]),
                _range(s["monthly_potential"]),
                _pair(s["revenue_band"]),
                s["weight"],
                s["large"],
            )
            for s in companies["size_classes"]
        ),
        kams=tuple(people["kams"]),
        colleagues=tuple(people["colleagues"]),
        female_first_names=tuple(people["female_first_names"]),
        male_first_names=tuple(people["male_first_names"]),
        surnames=tuple(people["surnames"]),
        ceo=_title(org["ceo"]),
        assistant=_title(org["assistant"]),
        business_unit=_pair(org["business_unit"]["name"]),
        business_unit_head=_title(org["business_unit"]["head"]),
        business_unit_operations=_directorate(org["business_unit_operations"]),
        directorates=tuple(map(_directorate, org["directorates"])),
        mindsets=_pairs(data["stakeholders"]["mindsets"]),
        stakeholder_notes=_pairs(data["stakeholders"]["notes"]),
        head_office=_pair(plan["head_office"]),
        account_notes=_pairs(plan["account_notes"]),
        value_areas=_pairs(plan["value_areas"]),
        value_propositions=_pairs(plan["value_propositions"]),
        desired_positions=_pairs(plan["desired_positions"]),
        perceived_positions=_by(LifecycleStage, plan["perceived_positions"], _pairs),
        products=tuple((_pair(p["name"]), _pair(p["category"])) for p in plan["products"]),
        opportunity_titles=_by(OpportunityType, pipeline["opportunity_titles"], _pair),
        next_steps=_pairs(pipeline["next_steps"]),
        won_next_step=_pair(pipeline["won_next_step"]),
        competitors=tuple(pipeline["competitors"]),
        win_reasons=_pairs(pipeline["win_reasons"]),
        loss_reasons=_pairs(pipeline["loss_reasons"]),
        snapshot_note=_pair(pipeline["snapshot_note"]),
        nps_comments={k: _pairs(v) for k, v in data["surveys"]["nps_comments"].items()},
        csat_comments={k: _pairs(v) for k, v in data["surveys"]["csat_comments"].items()},
        risk_descriptions=_by(RiskCategory, data["risks"]["descriptions"], _pair),
        mitigations=_by(RiskCategory, data["risks"]["mitigations"], _pair),
        follow_ups=_pairs(data["risks"]["follow_ups"]),
        objective_titles=_by(Strategy, okrs["objective_titles"], _pair),
        key_results=_by(Strategy, okrs["key_results"], _key_results),
        portfolio_objectives=tuple(
            PortfolioObjective(
                _pair(o["title"]),
                Strategy(o["strategy"]),
                o["period"],
                _key_results(o["key_results"]),
            )
            for o in okrs["portfolio_objectives"]
        ),
        check_in_notes=_pairs(okrs["check_in_notes"]),
        review_outcomes=_by(ReviewKind, data["reviews"]["outcomes"], _pairs),
        interaction_notes=_by(InteractionKind, data["interactions"]["notes"], _pair),
        topics=_pairs(data["interactions"]["topics"]),
        conjunction=_pair(data["interactions"]["and"]),
    )


# =============================================================================================
# Tuning: how accounts of each lifecycle stage look, how often and how much
# =============================================================================================

LS = LifecycleStage
STAGE_WEIGHTS = {
    LS.TARGETING: 0.12,
    LS.ACQUISITION: 0.13,
    LS.DEVELOPMENT: 0.33,
    LS.RETENTION: 0.27,
    LS.RECOVERY: 0.15,
}
CLIENT_STAGES = (LS.DEVELOPMENT, LS.RETENTION, LS.RECOVERY)  # buying for 2+ years
S = Strategy
STAGE_STRATEGIES = {
    LS.TARGETING: (S.REPOSITIONING,),
    LS.ACQUISITION: (S.CROSS_SELL, S.REPOSITIONING),
    LS.DEVELOPMENT: (S.CROSS_SELL, S.UP_SELL, S.REPOSITIONING),
    LS.RETENTION: (S.UP_SELL, S.CROSS_SELL, S.REPOSITIONING),
    LS.RECOVERY: (S.OPERATIONAL_RECOVERY, S.REPOSITIONING),
}

# -- stakeholders
STANCE_WEIGHTS = {  # sponsor, ally, neutral, resistant, opponent
    LS.TARGETING: (0.05, 0.15, 0.55, 0.15, 0.10),
    LS.ACQUISITION: (0.12, 0.25, 0.38, 0.15, 0.10),
    LS.DEVELOPMENT: (0.20, 0.30, 0.30, 0.12, 0.08),
    LS.RETENTION: (0.22, 0.33, 0.28, 0.10, 0.07),
    LS.RECOVERY: (0.08, 0.17, 0.30, 0.25, 0.20),
}
RELATIONSHIP_BY_STANCE = {
    Stance.SPONSOR: (4, 5),
    Stance.ALLY: (3, 5),
    Stance.NEUTRAL: (2, 3),
    Stance.RESISTANT: (1, 3),
    Stance.OPPONENT: (1, 2),
}
# Whether we spoke to a stakeholder lately, only more than 90 days ago, or never.
CONTACTS = ("recent", "stale", "never")
CONTACT_WEIGHTS = {LS.TARGETING: (0.45, 0.25, 0.30)}
DEFAULT_CONTACT_WEIGHTS = (0.62, 0.28, 0.10)
STALE_DAYS = 90

# -- pipeline and forecast
OPEN_STAGES = ("prospecting", "qualification", "proposal", "negotiation")
STAGE_KEYS = (*OPEN_STAGES, "won", "lost")
CLIENT_STAGE_WEIGHTS = (14, 16, 14, 10, 26, 20)  # opportunities of clients, in STAGE_KEYS order
ACQUISITION_STAGE_WEIGHTS = (14, 16, 14, 10, 8, 12)
OPPORTUNITIES_PER_ACCOUNT = {
    LS.TARGETING: (0, 1),
    LS.ACQUISITION: (1, 3),
    LS.DEVELOPMENT: (2, 5),
    LS.RETENTION: (1, 4),
    LS.RECOVERY: (1, 3),
}
T = OpportunityType
OPPORTUNITY_TYPES = {  # (types, weights) by the account's lifecycle stage
    LS.TARGETING: ((T.NEW,), (1,)),
    LS.ACQUISITION: ((T.NEW, T.CROSS_SELL), (4, 1)),
    LS.DEVELOPMENT: ((T.CROSS_SELL, T.UP_SELL, T.NEW, T.RENEWAL), (4, 3, 1, 1)),
    LS.RETENTION: ((T.RENEWAL, T.UP_SELL, T.CROSS_SELL), (4, 3, 2)),
    LS.RECOVERY: ((T.RENEWAL, T.CROSS_SELL, T.UP_SELL), (5, 1, 1)),
}
F = ForecastCategory
FORECAST_BY_STAGE = {  # (categories, weights): consistent with the stage
    "prospecting": ((F.PIPELINE, F.OMITTED), (0.85, 0.15)),
    "qualification": ((F.PIPELINE, F.BEST_CASE), (0.75, 0.25)),
    "proposal": ((F.BEST_CASE, F.PIPELINE, F.COMMIT), (0.6, 0.25, 0.15)),
    "negotiation": ((F.COMMIT, F.BEST_CASE), (0.7, 0.3)),
    "won": ((F.CLOSED,), (1,)),
    "lost": ((F.OMITTED,), (1,)),
}
# The category a snapshot records for an opportunity at this stage at the time.
SNAPSHOT_CATEGORY = {
    "prospecting": F.PIPELINE,
    "qualification": F.PIPELINE,
    "proposal": F.BEST_CASE,
    "negotiation": F.COMMIT,
}
ESTIMATE_STAGES = OPEN_STAGES[:2]  # values are rough estimates until the proposal
OVERDUE_SHARE = 0.08  # open opportunities whose expected close has passed
SLIP_SHARE = 0.25  # opportunities whose expected close moved later once
PROBABILITY_OVERRIDE_SHARE = 0.25
# Relative monthly sales targets, January to December (quarter and year ends weigh more).
SEASONALITY = (0.80, 0.85, 1.05, 0.95, 1.00, 1.10, 0.90, 0.95, 1.10, 1.00, 1.05, 1.25)
TARGET_GROWTH = 1.15  # targets: last year's bookings plus 15 %
SNAPSHOT_MONTHS = 6  # automatic snapshots at the start of each of the last six months
SNAPSHOT_HORIZON = 3  # months each snapshot forecasts

# -- revenue, surveys, risks and actions
REVENUE_MONTHS = 24
NEW_CLIENT_MONTHS = 6  # acquisition accounts that already buy started at most this long ago
NPS_MEAN = {LS.ACQUISITION: 7.8, LS.DEVELOPMENT: 8.1, LS.RETENTION: 8.6, LS.RECOVERY: 5.6}
RISKS_PER_ACCOUNT = {
    LS.TARGETING: (0, 1),
    LS.ACQUISITION: (0, 2),
    LS.DEVELOPMENT: (1, 3),
    LS.RETENTION: (1, 3),
    LS.RECOVERY: (2, 4),
}
OVERDUE_ACTIONS = 0.35  # open actions past their due date

# -- OKRs, reviews and interactions
OBJECTIVE_SHARE = 0.4  # client accounts with an objective of their own
# Which period account objectives cover, and how often.
PERIOD_WEIGHTS = {"quarter": 0.45, "half": 0.2, "year": 0.2, "next_quarter": 0.15}
RV = ReviewKind
REVIEW_CADENCE_DAYS = {
    RV.RISK: 91,
    RV.PIPELINE: 30,
    RV.RELATIONSHIP: 30,
    RV.POSITIONING: 91,
    RV.PLANNING: 182,
    RV.OKR: 30,
}
REVIEWS_PER_KIND = {RV.PLANNING: 2}  # at most, within the past year; 4 for the other kinds
REVIEW_KINDS = {  # by lifecycle stage; clients have all (OKR when they have objectives)
    LS.TARGETING: (RV.RELATIONSHIP, RV.POSITIONING, RV.PLANNING),
    LS.ACQUISITION: (RV.PIPELINE, RV.RELATIONSHIP, RV.POSITIONING, RV.PLANNING),
}
IK = InteractionKind
INTERACTION_WEIGHTS = {IK.MEETING: 0.35, IK.CALL: 0.25, IK.EMAIL: 0.25, IK.VISIT: 0.15}
INTERACTIONS_PER_ACCOUNT = {
    LS.TARGETING: (1, 4),
    LS.ACQUISITION: (4, 8),
    LS.DEVELOPMENT: (5, 12),
    LS.RETENTION: (5, 12),
    LS.RECOVERY: (6, 12),
}
GROSS_MARGIN = "0.32"


# =============================================================================================
# Dates and money
# =============================================================================================


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (negative: before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_period(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def _quarter_period(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def _rounded(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (at least ``step``), with two places."""
    return Decimal(max(step, round(value / step) * step)).quantize(Decimal("0.01"))


ZERO = Decimal("0.00")


# =============================================================================================
# The builder's working objects
# =============================================================================================


@dataclass
class _Unit:
    id: int
    name: str
    kind: OrgUnitKind
    parent: _Unit | None
    row: Row


@dataclass
class _Position:
    """A job someone can hold in an org unit."""

    unit: _Unit
    title: Title
    is_head: bool  # heads the unit (CEO, director, manager); others are staff
    business_unit: Pair | None = None  # for titles that name their business unit


@dataclass
class _Person:
    id: int
    first_name: str
    name: str
    position: _Position
    stance: Stance
    influence: int
    row: Row
    contact_until: dt.date | None  # the latest day we may have spoken to them; None = never


@dataclass
class _Client:
    """An account being built, with what later parts of its plan need to know."""

    id: int
    name: str
    slug: str
    industry: Industry
    city: City
    stage: LifecycleStage
    owner: str
    size: int  # index into the vocabulary's size classes
    potential: float  # monthly revenue we could make with them, BRL
    strategies: list[Strategy]
    churned: bool
    client_since: dt.date | None
    units: list[_Unit] = field(default_factory=list)
    people: list[_Person] = field(default_factory=list)
    opportunity_titles: set[str] = field(default_factory=set)
    has_objectives: bool = False


class _State(NamedTuple):
    """An opportunity as it was after one change (for the forecast snapshots)."""

    changed_at: dt.datetime
    stage: str
    expected_close: dt.date
    amount: Decimal  # one-time value + 12 × monthly recurring value
    probability: int  # effective: the override or the stage's default


# =============================================================================================
# The builder
# =============================================================================================


class _DemoBuilder:
    """Builds every row of the demo in memory; :meth:`write` inserts them table by table."""

    def __init__(
        self,
        rng: random.Random,
        language: str,
        today: dt.date,
        criteria: list[tuple[int, str]],
        stages: dict[str, tuple[int, int]],
    ):
        self.rng = rng
        self.vocab = vocabulary()
        self.pt = language.lower().startswith("pt")
        self.language = language
        self.today = today
        self.this_month = today.replace(day=1)
        self.criteria = criteria  # (id, key) in position order
        self.stages = stages  # stage key → (id, default probability)
        self.rows: dict[str, list[Row]] = {key: [] for key, _ in TABLES}
        self._last_ids: dict[str, int] = defaultdict(int)
        self._pending: dict[str, list] = {}
        self._taken_names: set[str] = set()
        self._taken_cnpjs: set[str] = set()
        self.kams: list[str] = []
        self.products: list[tuple[int, str]] = []
        self.histories: list[tuple[int, list[_State]]] = []  # (account id, states)
        self.bookings: list[tuple[dt.date, Decimal]] = []  # won deals: (closed, amount)

    # -- small helpers --------------------------------------------------------------------

    def t(self, pair: Pair) -> str:
        """The text in the demo's language."""
        return pair[0] if self.pt else pair[1]

    def add(self, key: str, row: Row) -> Row:
        self.rows[key].append(row)
        return row

    def new_id(self, key: str) -> int:
        self._last_ids[key] += 1
        return self._last_ids[key]

    def pick(self, topic: str, options: Sequence, weights: Sequence[float] | None = None):
        """A weighted choice, except that each option of ``topic`` comes once first, so even
        a small demo shows every value."""
        pending = self._pending.setdefault(topic, list(options))
        if pending:
            return pending.pop(0)
        return self.rng.choices(options, weights)[0]

    def once(self, topic: str) -> bool:
        """True the first time it is asked about ``topic``."""
        pending = self._pending.setdefault(topic, [True])
        return bool(pending) and pending.pop()

    def distinct(self, topic: str, options: Sequence, count: int) -> list:
        """``count`` different options, those the demo has not shown yet first."""
        pending = self._pending.setdefault(topic, list(options))
        chosen = pending[:count]
        del pending[:count]
        rest = [o for o in options if o not in chosen]
        return chosen + self.rng.sample(rest, count - len(chosen))

    def weighted(self, options: Sequence, weights: Sequence[float]):
        return self.rng.choices(options, weights)[0]

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def at_work(self, day: dt.date) -> dt.datetime:
        """A moment of the working day ``day``."""
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 18), self.rng.randrange(60)))

    def person_name(self) -> tuple[str, str, bool]:
        """(first name, full name, is a woman)."""
        female = self.rng.random() < 0.45
        names = self.vocab.female_first_names if female else self.vocab.male_first_names
        first = self.rng.choice(names)
        surnames = self.rng.sample(self.vocab.surnames, 2 if self.rng.random() < 0.3 else 1)
        return first, " ".join((first, *surnames)), female

    # -- the whole portfolio --------------------------------------------------------------

    def build(self, accounts: int) -> None:
        self.kams = self.rng.sample(self.vocab.kams, self.rng.choice((2, 3)))
        self.build_products()
        for client in self.build_accounts(accounts):
            self.build_org_chart(client)
            self.build_interactions(client)
            self.build_opportunities(client)
            self.build_revenue_and_surveys(client)
            self.build_risks_and_actions(client)
            self.build_objectives(client)
            self.build_reviews(client)
        self.build_forecast_targets()
        self.build_forecast_snapshots()
        self.build_portfolio_objectives()
        self.build_settings()

    def build_products(self) -> None:
        for name, category in self.vocab.products:
            product_id = self.new_id("products")
            self.products.append((product_id, self.t(name)))
            self.add(
                "products", {"id": product_id, "name": self.t(name), "category": self.t(category)}
            )

    # -- accounts -------------------------------------------------------------------------

    def build_accounts(self, count: int) -> list[_Client]:
        """Every account with its ICP ratings. Each lifecycle stage appears at least once; a
        few accounts are archived, have a manual tier or an alphanumeric CNPJ; one recovering
        account has stopped buying altogether."""
        rng = self.rng
        stages = list(LifecycleStage)[:count]
        stages += rng.choices(
            list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()), k=count - len(stages)
        )
        rng.shuffle(stages)
        few = min(count, max(1, count // 20))
        archived = set(rng.sample(range(count), few))
        overridden = set(rng.sample(range(count), few))
        alphanumeric = set(rng.sample(range(count), few))
        recovering = [i for i, s in enumerate(stages) if s is LS.RECOVERY and i not in archived]
        churned = recovering[0] if recovering else None
        clients = []
        for index, stage in enumerate(stages):
            client = self.new_client(stage, churned=index == churned)
            self.build_account(
                client, index in archived, index in overridden, index in alphanumeric
            )
            self.build_icp_ratings(client)
            clients.append(client)
        return clients

    def new_client(self, stage: LifecycleStage, churned: bool) -> _Client:
        rng = self.rng
        cities, sizes = self.vocab.cities, self.vocab.size_classes
        industry = rng.choice(self.vocab.industries)
        city = rng.choice(industry.cities) if rng.random() < 0.75 else rng.choice(list(cities))
        size = rng.choices(range(len(sizes)), [s.weight for s in sizes])[0]
        name = self.company_name(industry)
        options = STAGE_STRATEGIES[stage]
        if stage is LS.TARGETING:
            strategies = list(options) if rng.random() < 0.4 else []
        elif stage is LS.RECOVERY:
            strategies = list(options[: rng.randint(1, 2)])
        else:
            strategies = rng.sample(options, rng.randint(1, 2))
        return _Client(
            id=self.new_id("accounts"),
            name=name,
            slug=self.slug(name),
            industry=industry,
            city=cities[city],
            stage=stage,
            owner=self.kams[0] if rng.random() < 0.45 else rng.choice(self.kams),
            size=size,
            potential=rng.uniform(*sizes[size].monthly_potential),
            strategies=strategies,
            churned=churned,
            client_since=self.client_since(stage),
        )

    def company_name(self, industry: Industry) -> str:
        """An invented name no other demo account has (accents and case ignored)."""
        rng, vocab = self.rng, self.vocab
        for attempt in range(40):
            name = rng.choice(industry.name_patterns).format(stem=rng.choice(vocab.company_stems))
            if attempt >= 10:
                name = f"{name} {rng.choice(vocab.name_qualifiers)}"
            if fold(name) not in self._taken_names:
                break
        base, number = name, 2
        while fold(name) in self._taken_names:
            name, number = f"{base} {number}", number + 1
        self._taken_names.add(fold(name))
        return name

    @staticmethod
    def slug(name: str) -> str:
        return "-".join("".join(ch if ch.isalnum() else " " for ch in fold(name)).split())

    def client_since(self, stage: LifecycleStage) -> dt.date | None:
        if stage is LS.TARGETING:
            return None
        if stage is LS.ACQUISITION:  # some have just placed their first orders
            recent = self.rng.random() < 0.4
            return self.days_ago(30, 30 * (NEW_CLIENT_MONTHS - 1)) if recent else None
        first_revenue_month = _add_months(self.this_month, -REVENUE_MONTHS)
        return first_revenue_month - dt.timedelta(days=self.rng.randint(1, 3650))

    def legal_name(self, client: _Client) -> str:
        if client.name.startswith("Cooperativa"):
            return client.name
        if client.name.startswith("Banco"):
            return f"{client.name} S.A."
        large = self.vocab.size_classes[client.size].large
        suffixes = self.vocab.large_legal_suffixes if large else client.industry.legal_suffixes
        return f"{client.name} {self.rng.choice(suffixes)}"

    def build_account(
        self, client: _Client, archived: bool, override: bool, alphanumeric: bool
    ) -> None:
        rng, vocab = self.rng, self.vocab
        size = vocab.size_classes[client.size]
        oldest = self.today - dt.timedelta(days=900)  # when the KAM started using KAMdesk
        created = max(client.client_since or self.days_ago(20, 400), oldest)
        created_at = self.at_work(created)
        updated_at = max(created_at, self.at_work(self.days_ago(0, (self.today - created).days)))
        notes = self.t(vocab.head_office).format(city=client.city.name, uf=client.city.uf)
        if rng.random() < 0.5:
            notes += " " + self.t(rng.choice(vocab.account_notes))
        value_proposition = self.t(rng.choice(vocab.value_propositions)).format(
            pct=rng.choice((12, 15, 18, 20, 25, 30)),
            months=rng.randint(3, 9),
            area=self.t(rng.choice(vocab.value_areas)),
        )
        cost = _rounded(rng.uniform(15_000, 250_000), 500)
        self.add(
            "accounts",
            {
                "id": client.id,
                "name": client.name,
                "name_key": fold(client.name),
                "legal_name": self.legal_name(client),
                "tax_id": self.cnpj(alphanumeric),
                "industry": self.t(client.industry.label),
                "employees": rng.randint(*size.employees) // 10 * 10,
                "revenue_band": self.t(size.revenue_band),
                "region": self.t(client.city.region),
                "owner": client.owner,
                "tier_override": rng.choice((Tier.A, Tier.B, Tier.C)) if override else None,
                "strategic_importance": self.weighted((1, 2, 3, 4, 5), (5, 15, 35, 30, 15)),
                "lifecycle_stage": client.stage,
                "strategies": [s.value for s in client.strategies],
                "value_proposition": value_proposition,
                "desired_position": self.t(rng.choice(vocab.desired_positions)),
                "perceived_position": self.t(rng.choice(vocab.perceived_positions[client.stage])),
                "acquisition_cost": None if client.stage is LS.TARGETING else cost,
                "client_since": client.client_since,
                "notes": notes,
                "archived": archived,
                "created_at": created_at,
                "updated_at": updated_at,
            },
        )

    def cnpj(self, alphanumeric: bool) -> str:
        while True:
            value = random_cnpj(self.rng, alphanumeric=alphanumeric)
            if value not in self._taken_cnpjs:
                self._taken_cnpjs.add(value)
                return value

    def build_icp_ratings(self, client: _Client) -> None:
        """Most criteria rated; bigger companies and current clients rate higher."""
        rng = self.rng
        base = 2.2 + 0.5 * client.size + (0.4 if client.stage in CLIENT_STAGES else 0)
        share = 0.7 if client.stage is LS.TARGETING else 0.9
        rated = [c for c in self.criteria if rng.random() < share] or self.criteria[:3]
        for criterion_id, key in rated:
            growing = key == "growth_potential" and client.stage is LS.DEVELOPMENT
            rating = min(5, max(1, round(rng.gauss(base + 0.6 * growing, 0.9))))
            self.add(
                "icp_ratings",
                {"account_id": client.id, "criterion_id": criterion_id, "rating": rating},
            )

    # -- org units and stakeholders -------------------------------------------------------

    def build_org_chart(self, client: _Client) -> None:
        jobs = self.build_org_units(client)
        self.build_stakeholders(client, jobs)
        self.build_stakeholder_links(client)

    def unit(
        self, client: _Client, name: str, kind: OrgUnitKind, parent: _Unit | None, target: float
    ) -> _Unit:
        """A new org unit, a target area with probability ``target``."""
        unit_id = self.new_id("org_units")
        row = self.add(
            "org_units",
            {
                "id": unit_id,
                "account_id": client.id,
                "parent_id": parent.id if parent else None,
                "name": name,
                "kind": kind,
                "is_target": self.rng.random() < target,
            },
        )
        unit = _Unit(unit_id, name, kind, parent, row)
        client.units.append(unit)
        return unit

    def build_org_units(self, client: _Client) -> list[_Position]:
        """company → business units → directorates → areas; returns the jobs people can hold
        there, top of the hierarchy first."""
        rng, vocab = self.rng, self.vocab
        company = self.unit(client, client.name, OrgUnitKind.COMPANY, None, 0.3)
        jobs = [_Position(company, vocab.ceo, True), _Position(company, vocab.assistant, False)]
        for bu_name in rng.sample(client.industry.business_units, rng.randint(1, 3)):
            name = self.t(vocab.business_unit).format(unit=self.t(bu_name))
            bu = self.unit(client, name, OrgUnitKind.BUSINESS_UNIT, company, 0.5)
            jobs.append(_Position(bu, vocab.business_unit_head, True, bu_name))
            if rng.random() < 0.5:
                operations = vocab.business_unit_operations
                name = self.t(operations.name).format(unit=self.t(bu_name))
                ops = self.unit(client, name, OrgUnitKind.DIRECTORATE, bu, 0.3)
                jobs.append(_Position(ops, operations.head, True, bu_name))
                jobs.append(_Position(ops, operations.staff, False, bu_name))
        for spec in rng.sample(vocab.directorates, rng.randint(2, 4)):
            kind = OrgUnitKind.DIRECTORATE
            directorate = self.unit(client, self.t(spec.name), kind, company, 0.45)
            jobs.append(_Position(directorate, spec.head, True))
            jobs.append(_Position(directorate, spec.staff, False))
            for area_spec in rng.sample(spec.areas, rng.randint(0, min(2, len(spec.areas)))):
                area = self.unit(client, self.t(area_spec.name), OrgUnitKind.AREA, directorate, 0.3)
                jobs.append(_Position(area, area_spec.manager, True))
                jobs.append(_Position(area, spec.staff, False))
        if not any(u.row["is_target"] for u in client.units):  # a plan needs a target area
            next(u for u in client.units if u.kind is OrgUnitKind.DIRECTORATE).row["is_target"] = (
                True
            )
        return jobs

    def build_stakeholders(self, client: _Client, jobs: list[_Position]) -> None:
        """4–10 people (4–6 at a prospect) in distinct jobs, top of the hierarchy first."""
        rng = self.rng
        high = 6 if client.stage is LS.TARGETING else 10
        chosen = sorted(rng.sample(range(len(jobs)), min(len(jobs), rng.randint(4, high))))
        names: set[str] = set()
        for index in chosen:
            first, name, female = self.person_name()
            while name in names:
                first, name, female = self.person_name()
            names.add(name)
            client.people.append(self.stakeholder(client, jobs[index], first, name, female))

    def stakeholder(
        self, client: _Client, job: _Position, first: str, name: str, female: bool
    ) -> _Person:
        rng = self.rng
        title = job.title
        job_title = (title.female if female else title.male) if self.pt else title.english
        if job.business_unit is not None:
            job_title = job_title.format(unit=self.t(job.business_unit))
        stance = self.pick("stance", list(Stance), STANCE_WEIGHTS[client.stage])
        contact = self.weighted(
            CONTACTS, CONTACT_WEIGHTS.get(client.stage, DEFAULT_CONTACT_WEIGHTS)
        )
        contact_until = None
        if contact == "recent":
            contact_until = self.today
        elif contact == "stale":
            contact_until = self.days_ago(STALE_DAYS + 1, 330)
        user = fold(f"{first}.{name.split()[-1]}")
        row = self.add(
            "stakeholders",
            {
                "id": self.new_id("stakeholders"),
                "account_id": client.id,
                "org_unit_id": job.unit.id,
                "name": name,
                "job_title": job_title,
                "email": f"{user}@{client.slug}.example",
                "phone": self.phone(client.city),
                "buying_role": title.role,
                "influence": rng.randint(*title.influence),
                "stance": stance,
                "relationship_strength": rng.randint(*RELATIONSHIP_BY_STANCE[stance]),
                "mindset": self.t(rng.choice(self.vocab.mindsets)),
                "relationship_owner": client.owner
                if rng.random() < 0.6
                else rng.choice(self.vocab.colleagues),
                "last_contact": None,  # the date of their latest interaction, set there
                "notes": self.t(rng.choice(self.vocab.stakeholder_notes))
                if rng.random() < 0.3
                else "",
                "map_x": None,
                "map_y": None,
            },
        )
        return _Person(row["id"], first, name, job, stance, row["influence"], row, contact_until)

    def phone(self, city: City) -> str:
        """A mobile number in the city's area code: ``+55 11 98765-4321``."""
        return f"+55 {city.ddd} 9{self.rng.randint(6000, 9999)}-{self.rng.randrange(10000):04d}"

    def build_stakeholder_links(self, client: _Client) -> None:
        """reports-to forms one tree (everyone but the top person reports to someone above
        them); influences, alliances and rivalries join distinct people, never one to itself."""
        rng = self.rng
        people = client.people
        heads = {}
        for person in people:
            if person.position.is_head:
                heads.setdefault(person.position.unit.id, person)
        for person in people[1:]:
            self.link(client, person, self.boss(person, heads, people[0]), LinkKind.REPORTS_TO)
        counts = (
            (LinkKind.INFLUENCES, rng.randint(1, max(1, len(people) // 3))),
            (LinkKind.ALLIANCE, int(self.once("alliance") or rng.random() < 0.55)),
            (LinkKind.RIVALRY, int(self.once("rivalry") or rng.random() < 0.35)),
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
                self.link(client, source, target, kind, rng.randint(1, 3) if directed else None)

    @staticmethod
    def boss(person: _Person, heads: dict[int, _Person], top: _Person) -> _Person:
        """The head of the person's own unit (for staff) or of the nearest unit above it;
        the account's top person when there is none."""
        unit = person.position.unit if not person.position.is_head else person.position.unit.parent
        while unit is not None:
            if unit.id in heads and heads[unit.id] is not person:
                return heads[unit.id]
            unit = unit.parent
        return top

    def link(
        self,
        client: _Client,
        source: _Person,
        target: _Person,
        kind: LinkKind,
        strength: int | None = None,
    ) -> None:
        self.add(
            "stakeholder_links",
            {
                "id": self.new_id("stakeholder_links"),
                "account_id": client.id,
                "source_id": source.id,
                "target_id": target.id,
                "kind": kind,
                "strength": strength,
            },
        )

    # -- interactions ---------------------------------------------------------------------

    def build_interactions(self, client: _Client) -> None:
        """The past year's interaction log, one a day at most. Everyone we have spoken to
        takes part in at least one, stale contacts only before their cut-off, so each
        stakeholder's last contact is the date of their latest interaction."""
        rng = self.rng
        contacted = [p for p in client.people if p.contact_until is not None]
        if not contacted:
            return
        meetings: dict[dt.date, list[_Person]] = {}
        for _ in range(rng.randint(*INTERACTIONS_PER_ACCOUNT[client.stage])):
            day = self.days_ago(1, 365)
            eligible = [p for p in contacted if p.contact_until >= day]
            if eligible and day not in meetings:
                meetings[day] = rng.sample(eligible, min(len(eligible), rng.choice((1, 1, 2, 3))))
        attended = {p.id for group in meetings.values() for p in group}
        for person in contacted:
            if person.id in attended:
                continue
            earlier = [day for day in meetings if day <= person.contact_until]
            if earlier and rng.random() < 0.5:
                meetings[rng.choice(earlier)].append(person)
                continue
            day = min(person.contact_until, self.today - dt.timedelta(days=1))
            day -= dt.timedelta(days=rng.randint(0, 75))
            while day in meetings:
                day -= dt.timedelta(days=1)
            meetings[day] = [person]
        for day in sorted(meetings):
            self.interaction(client, day, meetings[day])

    def interaction(self, client: _Client, day: dt.date, people: list[_Person]) -> None:
        kind = self.pick(
            "interaction", list(INTERACTION_WEIGHTS), list(INTERACTION_WEIGHTS.values())
        )
        first_names = [p.first_name for p in people]
        names = first_names[-1]
        if len(first_names) > 1:
            names = ", ".join(first_names[:-1]) + self.t(self.vocab.conjunction) + names
        notes = self.t(self.vocab.interaction_notes[kind]).format(
            names=names, topic=self.t(self.rng.choice(self.vocab.topics)), city=client.city.name
        )
        interaction_id = self.new_id("interactions")
        self.add(
            "interactions",
            {
                "id": interaction_id,
                "account_id": client.id,
                "date": day,
                "kind": kind,
                "notes": notes,
            },
        )
        for person in sorted(people, key=lambda p: p.id):
            self.add(
                "interaction_stakeholders",
                {"interaction_id": interaction_id, "stakeholder_id": person.id},
            )
            person.row["last_contact"] = day  # interactions come in date order

    # -- opportunities --------------------------------------------------------------------

    def build_opportunities(self, client: _Client) -> None:
        for _ in range(self.rng.randint(*OPPORTUNITIES_PER_ACCOUNT[client.stage])):
            self.opportunity(client)

    def opportunity_stage(self, client: _Client) -> str:
        if client.stage is LS.TARGETING:
            return self.rng.choice(OPEN_STAGES[:2])
        if client.stage is LS.ACQUISITION:
            return self.weighted(STAGE_KEYS, ACQUISITION_STAGE_WEIGHTS)
        return self.pick("stage", STAGE_KEYS, CLIENT_STAGE_WEIGHTS)

    def opportunity_type(self, client: _Client) -> OpportunityType:
        types, weights = OPPORTUNITY_TYPES[client.stage]
        pending = self._pending.setdefault("type", list(OpportunityType))
        if client.stage in CLIENT_STAGES and pending:  # show every type at least once
            return pending.pop(0)
        return self.weighted(types, weights)

    def opportunity_values(self, client: _Client, kind: OpportunityType) -> tuple[Decimal, Decimal]:
        """(one-time value, monthly recurring value), in proportion to the account's size."""
        rng, potential = self.rng, client.potential
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
            _rounded(one_time, 500) if one_time else ZERO,
            _rounded(recurring, 100) if recurring else ZERO,
        )

    def opportunity_title(
        self, client: _Client, kind: OpportunityType, product: str, unit: _Unit, close: dt.date
    ) -> str:
        """A title unique within the account."""
        title = self.t(self.vocab.opportunity_titles[kind])
        title = title.format(product=product, unit=unit.name)
        if title in client.opportunity_titles:
            title = f"{title} {close.year}"
        base, number = title, 2
        while title in client.opportunity_titles:
            title, number = f"{base} ({number})", number + 1
        client.opportunity_titles.add(title)
        return title

    def expected_close(self, closed: bool) -> dt.date:
        if closed:
            return self.days_ago(1, 360)
        if self.rng.random() < OVERDUE_SHARE:
            return self.days_ago(3, 45)
        return self.today + dt.timedelta(days=self.rng.randint(10, 365))

    def opportunity(self, client: _Client) -> None:
        rng = self.rng
        stage = self.opportunity_stage(client)
        kind = self.opportunity_type(client)
        product_id, product = rng.choice(self.products)
        unit = rng.choice(client.units[1:])
        one_time, recurring = self.opportunity_values(client, kind)
        closed = stage in ("won", "lost")
        close = self.expected_close(closed)
        probability = None
        if not closed and rng.random() < PROBABILITY_OVERRIDE_SHARE:
            shift = rng.choice((-15, -10, -5, 5, 10, 15))
            probability = min(95, max(5, self.stages[stage][1] + shift))
        opportunity_id = self.new_id("opportunities")
        first, last = self.stage_history(
            opportunity_id, client, stage, close, (one_time, recurring), probability
        )
        categories, weights = FORECAST_BY_STAGE[stage]
        reasons = self.vocab.win_reasons if stage == "won" else self.vocab.loss_reasons
        self.add(
            "opportunities",
            {
                "id": opportunity_id,
                "account_id": client.id,
                "title": self.opportunity_title(client, kind, product, unit, close),
                "type": kind,
                "product_id": product_id,
                "org_unit_id": unit.id,
                "one_time_value": one_time,
                "recurring_value": recurring,
                "stage_id": self.stages[stage][0],
                "probability": probability,
                "forecast_category": self.weighted(categories, weights),
                "expected_close": close,
                "owner": client.owner if rng.random() < 0.85 else rng.choice(self.kams),
                "next_step": self.next_step(stage, rng.choice(client.people)),
                "competitor": rng.choice(self.vocab.competitors) if rng.random() < 0.7 else "",
                "win_loss_reason": self.t(rng.choice(reasons)) if closed else "",
                "created_at": first,
                "updated_at": last,
                "closed_at": close if closed else None,
            },
        )
        if stage == "won":
            self.bookings.append((close, one_time + 12 * recurring))

    def next_step(self, stage: str, person: _Person) -> str:
        if stage == "won":
            return self.t(self.vocab.won_next_step)
        if stage == "lost":
            return ""
        return self.t(self.rng.choice(self.vocab.next_steps)).format(name=person.first_name)

    def stage_path(self, stage: str) -> list[str]:
        """The stages an opportunity went through to reach ``stage``, in order."""
        entry = 0 if self.rng.random() < 0.7 else 1
        if stage == "won":
            return [*OPEN_STAGES[entry:], "won"]
        if stage == "lost":
            return [*OPEN_STAGES[entry : self.rng.randint(entry, 3) + 1], "lost"]
        reached = OPEN_STAGES.index(stage)
        return list(OPEN_STAGES[min(entry, reached) : reached + 1])

    def stage_history(
        self,
        opportunity_id: int,
        client: _Client,
        stage: str,
        close: dt.date,
        values: tuple[Decimal, Decimal],
        probability: int | None,
    ) -> tuple[dt.datetime, dt.datetime]:
        """One history row per stage reached, a week to six weeks apart, plus one when the
        close date slipped; values are estimates until the proposal. Returns the first and
        the last moment of change."""
        rng = self.rng
        path = self.stage_path(stage)
        days = [close if stage in ("won", "lost") else self.days_ago(0, 40)]
        for _ in path[1:]:
            days.insert(0, days[0] - dt.timedelta(days=rng.randint(7, 40)))
        slip = (
            rng.randint(1, len(path) - 1) if len(path) > 1 and rng.random() < SLIP_SHARE else None
        )
        first_close = close - dt.timedelta(days=rng.randint(20, 90)) if slip else close
        factor = rng.uniform(0.7, 1.3)
        estimate = tuple(_rounded(float(v) * factor, 100) if v else ZERO for v in values)
        states = []
        for index, (key, day) in enumerate(zip(path, days, strict=True)):
            if index == slip:  # the close date moved while the stage stayed
                halfway = day - dt.timedelta(days=(day - days[index - 1]).days // 2)
                before = path[index - 1]
                states.append(
                    self.history_row(
                        opportunity_id,
                        self.at_work(halfway),
                        before,
                        close,
                        estimate if before in ESTIMATE_STAGES else values,
                        None,
                    )
                )
            final = index == len(path) - 1
            states.append(
                self.history_row(
                    opportunity_id,
                    self.at_work(day),
                    key,
                    first_close if slip and index < slip else close,
                    estimate if key in ESTIMATE_STAGES else values,
                    probability if final else None,
                )
            )
        self.histories.append((client.id, states))
        return states[0].changed_at, states[-1].changed_at

    def history_row(
        self,
        opportunity_id: int,
        moment: dt.datetime,
        stage: str,
        expected: dt.date,
        values: tuple[Decimal, Decimal],
        probability: int | None,
    ) -> _State:
        self.add(
            "opportunity_history",
            {
                "id": self.new_id("opportunity_history"),
                "opportunity_id": opportunity_id,
                "changed_at": moment,
                "stage_id": self.stages[stage][0],
                "expected_close": expected,
                "one_time_value": values[0],
                "recurring_value": values[1],
                "probability": probability,
            },
        )
        effective = self.stages[stage][1] if probability is None else probability
        return _State(moment, stage, expected, values[0] + 12 * values[1], effective)

    # -- forecast -------------------------------------------------------------------------

    def build_forecast_targets(self) -> None:
        """Targets for this month and the next 11, and for the quarters those touch: last
        year's bookings plus growth, spread by seasonality."""
        year_ago = self.today - dt.timedelta(days=365)
        booked = sum((amount for day, amount in self.bookings if day >= year_ago), Decimal(0))
        monthly = max(10_000.0, float(booked) / 12 * TARGET_GROWTH)

        def target(month: dt.date) -> Decimal:
            return _rounded(monthly * SEASONALITY[month.month - 1], 10_000)

        quarters: dict[str, dt.date] = {}  # period → its first month
        for ahead in range(12):
            month = _add_months(self.this_month, ahead)
            self.target(_month_period(month), target(month))
            quarters.setdefault(
                _quarter_period(month), _add_months(month, -((month.month - 1) % 3))
            )
        for period, first in quarters.items():
            self.target(period, sum((target(_add_months(first, k)) for k in range(3)), Decimal(0)))

    def target(self, period: str, amount: Decimal) -> None:
        self.add(
            "forecast_targets",
            {"id": self.new_id("forecast_targets"), "period": period, "amount": amount},
        )

    def build_forecast_snapshots(self) -> None:
        """Automatic snapshots at the start of past months: what the open pipeline said then
        about the next months, from each opportunity's state at that moment (its history)."""
        for back in range(SNAPSHOT_MONTHS, 0, -1):
            start = _add_months(self.this_month, -back)
            taken_at = dt.datetime.combine(start, dt.time(7, 0))
            snapshot_id = self.new_id("forecast_snapshots")
            self.add(
                "forecast_snapshots",
                {
                    "id": snapshot_id,
                    "taken_at": taken_at,
                    "automatic": True,
                    "note": self.t(self.vocab.snapshot_note),
                },
            )
            periods = {_month_period(_add_months(start, k)) for k in range(SNAPSHOT_HORIZON)}
            for (account_id, period, category), (amount, weighted) in sorted(
                self.pipeline_at(taken_at, periods).items()
            ):
                self.add(
                    "forecast_snapshot_lines",
                    {
                        "id": self.new_id("forecast_snapshot_lines"),
                        "snapshot_id": snapshot_id,
                        "account_id": account_id,
                        "period": period,
                        "category": category,
                        "amount": amount,
                        "weighted_amount": weighted.quantize(Decimal("0.01")),
                    },
                )

    def pipeline_at(
        self, moment: dt.datetime, periods: set[str]
    ) -> dict[tuple[int, str, ForecastCategory], tuple[Decimal, Decimal]]:
        """(account, period, category) → (amount, weighted amount) of the opportunities that
        were open at ``moment`` and expected to close in one of ``periods``."""
        totals: dict[tuple[int, str, ForecastCategory], tuple[Decimal, Decimal]] = {}
        for account_id, states in self.histories:
            before = [s for s in states if s.changed_at < moment]
            if not before or before[-1].stage not in SNAPSHOT_CATEGORY:
                continue
            state = before[-1]
            period = _month_period(state.expected_close)
            if period in periods:
                key = (account_id, period, SNAPSHOT_CATEGORY[state.stage])
                amount, weighted = totals.get(key, (Decimal(0), Decimal(0)))
                totals[key] = (
                    amount + state.amount,
                    weighted + state.amount * state.probability / 100,
                )
        return totals

    # -- revenue and surveys --------------------------------------------------------------

    def revenue_months(self, client: _Client) -> list[dt.date]:
        """24 months up to last month for clients; new clients since their first month."""
        last = _add_months(self.this_month, -1)
        if client.stage in CLIENT_STAGES:
            return [_add_months(last, -back) for back in range(REVENUE_MONTHS - 1, -1, -1)]
        if client.client_since is None:
            return []
        first = client.client_since.replace(day=1)
        recent = (_add_months(last, -back) for back in range(NEW_CLIENT_MONTHS - 1, -1, -1))
        return [month for month in recent if month >= first]

    def build_revenue_and_surveys(self, client: _Client) -> None:
        months = self.revenue_months(client)
        for month, revenue, recurring in self.revenue_series(client, months):
            self.add(
                "revenue_records",
                {
                    "id": self.new_id("revenue_records"),
                    "account_id": client.id,
                    "month": month,
                    "revenue": revenue,
                    "recurring": recurring,
                },
            )
        self.build_surveys(client, months)

    def revenue_series(
        self, client: _Client, months: list[dt.date]
    ) -> Iterator[tuple[dt.date, Decimal, Decimal]]:
        """Growing (development), stable (retention), falling after a steady spell (recovery),
        ramping up (new clients) or falling to nothing (the churned account)."""
        rng = self.rng
        level = client.potential * rng.uniform(0.4, 1.0)  # last month's revenue, before noise
        growth = {
            LS.DEVELOPMENT: rng.uniform(0.03, 0.05),
            LS.RETENTION: rng.uniform(-0.005, 0.01),
        }.get(client.stage, 0.0)
        recurring_share = rng.uniform(0.55, 0.9)
        falling_from = len(months) - rng.randint(4, 6)
        silent_from = len(months) - rng.randint(2, 4)
        fall = rng.uniform(0.3, 0.45)
        for index, month in enumerate(months):
            value = level * (1 + growth) ** (index + 1 - len(months))
            if client.stage is LS.ACQUISITION:
                value = level * 0.5 * (index + 1) / len(months)
            elif client.stage is LS.RECOVERY and index >= falling_from:
                value *= (1 - fall) ** math.sqrt(index - falling_from + 1)
            if client.churned and index >= silent_from:
                value = 0.0
            revenue = _money(value * rng.uniform(0.92, 1.08))
            recurring = min(
                revenue, _money(float(revenue) * recurring_share * rng.uniform(0.95, 1))
            )
            yield month, revenue, recurring

    def build_surveys(self, client: _Client, months: list[dt.date]) -> None:
        """NPS and CSAT responses now and then over the months the client has bought."""
        rng = self.rng
        for index, month in enumerate(months):
            mean = NPS_MEAN.get(client.stage, 7.5)
            if client.churned and index >= len(months) - 6:
                mean -= 2.5
            if rng.random() < 0.17:
                score = min(10, max(0, round(rng.gauss(mean, 1.6))))
                bucket = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                comments = self.vocab.nps_comments[bucket]
                self.survey(client, month, SurveyKind.NPS, score, comments)
            if rng.random() < 0.22:
                score = min(5, max(1, round(rng.gauss(mean / 2, 0.8))))
                comments = self.vocab.csat_comments["good" if score >= 4 else "bad"]
                self.survey(client, month, SurveyKind.CSAT, score, comments)

    def survey(
        self,
        client: _Client,
        month: dt.date,
        kind: SurveyKind,
        score: int,
        comments: tuple[Pair, ...],
    ) -> None:
        rng = self.rng
        person = rng.choice(client.people) if rng.random() < 0.6 else None
        self.add(
            "survey_responses",
            {
                "id": self.new_id("survey_responses"),
                "account_id": client.id,
                "stakeholder_id": person.id if person else None,
                "date": month + dt.timedelta(days=rng.randint(0, 27)),
                "kind": kind,
                "score": score,
                "comment": self.t(rng.choice(comments)) if rng.random() < 0.7 else "",
            },
        )

    # -- risks and actions ----------------------------------------------------------------

    def build_risks_and_actions(self, client: _Client) -> None:
        """Risks of distinct categories (worse in recovery), mitigation actions for those
        being mitigated or eliminated, and a few general follow-ups."""
        rng, vocab = self.rng, self.vocab
        count = rng.randint(*RISKS_PER_ACCOUNT[client.stage])
        sponsors = [p for p in client.people if p.stance is Stance.SPONSOR] or client.people
        competitor = rng.choice(vocab.competitors)
        severity = int(client.stage is LS.RECOVERY)
        titles: set[str] = set()
        for category in self.distinct("risk", list(RiskCategory), count):
            status = self.pick("risk_status", list(RiskStatus), (0.75, 0.25))
            response = self.pick("risk_response", list(RiskResponse), (0.2, 0.55, 0.1, 0.15))
            created = self.days_ago(30, 330)
            if status is RiskStatus.OPEN:
                review = self.today + dt.timedelta(days=rng.randint(-20, 90))  # some overdue
            else:
                review = created + dt.timedelta(days=rng.randint(20, 29))
            description = self.t(vocab.risk_descriptions[category]).format(
                competitor=competitor,
                person=sponsors[0].name,
                area=rng.choice(client.units[1:]).name,
            )
            risk_id = self.new_id("risks")
            self.add(
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
                    "created_at": self.at_work(created),
                },
            )
            if response in (RiskResponse.MITIGATE, RiskResponse.ELIMINATE):
                title = self.t(vocab.mitigations[category]).format(competitor=competitor)
                finished = ActionStatus.DONE if status is RiskStatus.CLOSED else None
                self.action(client, risk_id, title, created, titles, finished)
        for _ in range(rng.randint(0, 3)):
            person = rng.choice(client.people)
            title = self.t(rng.choice(vocab.follow_ups)).format(person=person.name)
            self.action(client, None, title, self.days_ago(5, 200), titles)

    def action(
        self,
        client: _Client,
        risk_id: int | None,
        title: str,
        created: dt.date,
        titles: set[str],
        status: ActionStatus | None = None,
    ) -> None:
        """An action, its title unique within the account: open (due soon, some overdue), done
        or cancelled."""
        if title in titles:
            return
        titles.add(title)
        rng = self.rng
        status = status or self.pick("action_status", list(ActionStatus), (0.57, 0.35, 0.08))
        if status is ActionStatus.OPEN:
            overdue = rng.random() < OVERDUE_ACTIONS
            due = self.days_ago(1, 30) if overdue else self.today + dt.timedelta(rng.randint(3, 60))
            created = min(created, due - dt.timedelta(days=rng.randint(7, 30)))
        else:
            due = min(created + dt.timedelta(days=rng.randint(10, 90)), self.today)
        done_at = None
        if status is ActionStatus.DONE:
            done_at = max(created, min(self.today, due + dt.timedelta(days=rng.randint(-10, 5))))
        self.add(
            "actions",
            {
                "id": self.new_id("actions"),
                "account_id": client.id,
                "risk_id": risk_id,
                "title": title,
                "owner": client.owner if rng.random() < 0.6 else rng.choice(self.vocab.colleagues),
                "due": due,
                "status": status,
                "created_at": self.at_work(min(created, due)),
                "done_at": done_at,
            },
        )

    # -- objectives, key results and check-ins --------------------------------------------

    def periods(self) -> dict[str, tuple[str, dt.date]]:
        """The periods objectives use (e.g. ``2026-Q4``, ``2027-Q1``, ``2026-H2``, ``2026``),
        each with its first day."""
        today = self.today
        quarter = _add_months(self.this_month, -((today.month - 1) % 3))
        next_quarter = _add_months(quarter, 3)
        half = 1 if today.month <= 6 else 2
        return {
            "quarter": (_quarter_period(quarter), quarter),
            "next_quarter": (_quarter_period(next_quarter), next_quarter),
            "half": (f"{today.year}-H{half}", dt.date(today.year, 6 * half - 5, 1)),
            "year": (str(today.year), dt.date(today.year, 1, 1)),
        }

    def build_objectives(self, client: _Client) -> None:
        """An objective (sometimes two) for some clients, following their strategies."""
        rng = self.rng
        if client.stage not in CLIENT_STAGES:
            return
        if not self.once("objective") and rng.random() > OBJECTIVE_SHARE:
            return
        strategies = client.strategies or [STAGE_STRATEGIES[client.stage][0]]
        count = 2 if len(strategies) > 1 and rng.random() < 0.25 else 1
        periods = self.periods()
        for strategy in strategies[:count]:
            period = periods[self.weighted(list(PERIOD_WEIGHTS), list(PERIOD_WEIGHTS.values()))]
            title = self.t(self.vocab.objective_titles[strategy]).format(account=client.name)
            specs = rng.sample(self.vocab.key_results[strategy], rng.randint(1, 3))
            self.objective(client.id, title, strategy, period, specs)
        client.has_objectives = True

    def build_portfolio_objectives(self) -> None:
        """Objectives of the whole portfolio; the recurring-revenue one starts from last
        month's actual recurring revenue."""
        periods = self.periods()
        last_month = _add_months(self.this_month, -1)
        recurring = (
            r["recurring"] for r in self.rows["revenue_records"] if r["month"] == last_month
        )
        thousands = max(100.0, float(sum(recurring, Decimal(0))) / 1000)
        for title, strategy, period, specs in self.vocab.portfolio_objectives:
            sized = [
                spec._replace(start=thousands * 0.92, target=thousands * 1.15)
                if spec.from_revenue
                else spec
                for spec in specs
            ]
            self.objective(None, self.t(title), strategy, periods[period], sized)

    def objective(
        self,
        account_id: int | None,
        title: str,
        strategy: Strategy,
        period: tuple[str, dt.date],
        specs: Sequence[KeyResultSpec],
    ) -> None:
        objective_id = self.new_id("objectives")
        self.add(
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
            self.key_result(objective_id, spec, period[1])

    def key_result(self, objective_id: int, spec: KeyResultSpec, period_start: dt.date) -> None:
        """A key result; once its period has begun it has check-ins and a current value."""
        noise = self.rng.uniform(0.85, 1.15)
        start, target = spec.start * noise, spec.target * noise
        if spec.whole:
            start, target = float(round(start)), float(round(target))
            if start == target:
                target += 1 if spec.direction is KeyResultDirection.INCREASE else -1
        else:
            start, target = round(start, 1), round(target, 1)
        key_result_id = self.new_id("key_results")
        row = self.add(
            "key_results",
            {
                "id": key_result_id,
                "objective_id": objective_id,
                "title": self.t(spec.title),
                "unit": self.t(spec.unit),
                "start": start,
                "target": target,
                "current": None,
                "direction": spec.direction,
            },
        )
        if period_start < self.today:
            row["current"] = self.check_ins(key_result_id, start, target, period_start, spec.whole)

    def check_ins(
        self, key_result_id: int, start: float, target: float, since: dt.date, whole: bool
    ) -> float:
        """Check-ins every two to four weeks since the period began (the last five months at
        most); returns the latest value (``start`` when there is none yet)."""
        rng = self.rng
        days = []
        day = max(since, self.today - dt.timedelta(days=150)) + dt.timedelta(
            days=rng.randint(7, 20)
        )
        while day < self.today:
            days.append(day)
            day += dt.timedelta(days=rng.randint(14, 31))
        progress = rng.uniform(0.1, 1.05)  # how far towards the target by today
        value = start
        for number, day in enumerate(days, start=1):
            share = max(0.0, progress * number / len(days) + rng.uniform(-0.05, 0.05))
            value = start + (target - start) * share
            value = float(round(value)) if whole else round(value, 1)
            self.add(
                "check_ins",
                {
                    "id": self.new_id("check_ins"),
                    "key_result_id": key_result_id,
                    "date": day,
                    "value": value,
                    "confidence": min(10, max(1, round(3 + 7 * progress + rng.uniform(-2, 1)))),
                    "note": self.t(rng.choice(self.vocab.check_in_notes)),
                },
            )
        return value

    # -- reviews --------------------------------------------------------------------------

    def build_reviews(self, client: _Client) -> None:
        """Reviews of the past year at roughly their cadence; the latest is sometimes overdue."""
        rng = self.rng
        kinds = REVIEW_KINDS.get(client.stage) or tuple(
            kind for kind in ReviewKind if kind is not RV.OKR or client.has_objectives
        )
        for kind in kinds:
            cadence = REVIEW_CADENCE_DAYS[kind]
            day = self.days_ago(1, int(cadence * 1.4))
            dates = []
            while len(dates) < REVIEWS_PER_KIND.get(kind, 4) and (self.today - day).days < 365:
                dates.insert(0, day)
                day -= dt.timedelta(days=round(cadence * rng.uniform(0.85, 1.15)))
            for index, date in enumerate(dates):
                later = len(dates) - 1 - index  # how many reviews of the kind came after
                measures = self.map_measures(client, later) if kind is RV.RELATIONSHIP else None
                self.add(
                    "reviews",
                    {
                        "id": self.new_id("reviews"),
                        "account_id": client.id,
                        "kind": kind,
                        "date": date,
                        "outcome": self.t(rng.choice(self.vocab.review_outcomes[kind])),
                        "measures": measures,
                    },
                )

    @staticmethod
    def map_measures(client: _Client, later_reviews: int) -> dict[str, float]:
        """Sponsor coverage and resistance (DESIGN §3) as measured at a relationship review:
        today's values at the latest one, a little worse at each earlier one. (Every account
        has a target area and people of influence ≥ 1, so neither ratio divides by zero.)"""
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

    # -- settings and writing -------------------------------------------------------------

    def build_settings(self) -> None:
        values = {
            "owner_name": self.kams[0],
            "currency": "BRL",
            "fiscal_year_start": 1,
            "gross_margin": GROSS_MARGIN,
            "stale_contact_days": STALE_DAYS,
            "language": self.language,
        }
        for key, value in values.items():
            self.add("settings", {"key": key, "value": value})

    def write(self, session: Session) -> dict[str, int]:
        for key, table in TABLES:
            if self.rows[key]:
                session.execute(insert(table), self.rows[key])
        return {key: len(self.rows[key]) for key, _ in TABLES}


def write_demo(
    path: Path,
    accounts: int = 40,
    seed: int = 1,
    language: str = "pt_BR",
    today: dt.date | None = None,
) -> dict[str, int]:
    """Creates a new portfolio at ``path`` filled with a realistic demo; refuses to overwrite.

    Returns how many rows each entity got, in insertion order. The same ``seed`` and ``today``
    (default: the current date) always give the same database content.
    """
    if accounts < 0:
        raise ValueError("the number of accounts cannot be negative")
    today = today or dt.date.today()
    portfolio = create_portfolio(path)
    try:
        with portfolio.session() as session:
            criteria = session.execute(
                select(IcpCriterion.id, IcpCriterion.key).order_by(IcpCriterion.position)
            )
            stages = session.execute(
                select(PipelineStage.key, PipelineStage.id, PipelineStage.probability)
            )
            builder = _DemoBuilder(
                random.Random(seed),
                language,
                today,
                [(criterion_id, key) for criterion_id, key in criteria],
                {key: (stage_id, probability) for key, stage_id, probability in stages},
            )
            builder.build(accounts)
            return builder.write(session)
    finally:
        portfolio.close()
