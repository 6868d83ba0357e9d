"""The demo's words, read from ``resources/demo/vocabulary.json``: their types and the loader.

Company names, places, people, job titles and every free text live in that file, each text in
pt-BR and English. The module is not called ``vocabulary`` so that it cannot be mistaken for
(or shadowed by) the :func:`vocabulary` function the package exports.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple, TypeVar

from kamdesk.model.enums import (
    BuyingRole,
    InteractionKind,
    KeyResultDirection,
    LifecycleStage,
    OpportunityType,
    ReviewKind,
    RiskCategory,
    Strategy,
)
from kamdesk.resources import resource_path

VOCABULARY_FILE = "vocabulary.json"

Pair = tuple[str, str]  # the same text in (pt-BR, English)
Json = dict[str, Any]
E = TypeVar("E", bound=Enum)
V = TypeVar("V")


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
    period: str  # a key of plan.objective_periods()
    key_results: tuple[KeyResultSpec, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The demo's words; every text is a (pt-BR, English) pair. Placeholders in braces
    (``{unit}``, ``{competitor}``, …) are filled in by the builders."""

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
    differentiators: tuple[Pair, ...]
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
        differentiators=_pairs(plan["differentiators"]),
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


# -- reading the file's pieces ----------------------------------------------------------------


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
