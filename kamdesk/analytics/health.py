"""Account health, 0–100: a weighted blend of what the KAM method watches.

Each part is first put on a 0–100 scale (100 = healthy):

    revenue trend    recurring revenue of the last 3 months ÷ the 3 before − 1:
                     −20 % or worse → 0, +20 % or better → 100, linear between (0 % → 50)
    NPS              (NPS + 100) ÷ 2
    CSAT             CSAT (already 0–100)
    sponsor coverage coverage × 100
    resistance       (1 − resistance) × 100
    open risk        no open risk → 100; highest open score s (1–25) → 100 × (25 − s) ÷ 24
    overdue reviews  100 − 25 per overdue review, never below 0
    OKR pace         objective progress ÷ elapsed share of the period, capped at 1, × 100

health = Σ weight × part score ÷ Σ weight, over the parts the account has data for (a part
without data is left out and the others' weights scale up, so a new account is not red only
because nobody answered a survey yet). No part at all: no score. Bands: green from 70, amber
from 40, red below. The weights are the portfolio's setting (:data:`DEFAULT_WEIGHTS` until
changed); every score keeps its parts, so the UI can show what made it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from kamdesk.analytics.risk import SCALE_MAX

MAX_RISK_SCORE = SCALE_MAX * SCALE_MAX
TREND_SPAN = 0.20  # ±20 % of recurring revenue spans the whole scale
POINTS_PER_OVERDUE_REVIEW = 25
GREEN_FROM = 70.0
AMBER_FROM = 40.0


class HealthPart(enum.StrEnum):
    REVENUE_TREND = "revenue_trend"
    NPS = "nps"
    CSAT = "csat"
    SPONSOR_COVERAGE = "sponsor_coverage"
    RESISTANCE = "resistance"
    OPEN_RISK = "open_risk"
    OVERDUE_REVIEWS = "overdue_reviews"
    OKR_PACE = "okr_pace"


DEFAULT_WEIGHTS: Mapping[HealthPart, float] = {
    HealthPart.REVENUE_TREND: 20,
    HealthPart.NPS: 15,
    HealthPart.CSAT: 10,
    HealthPart.SPONSOR_COVERAGE: 15,
    HealthPart.RESISTANCE: 10,
    HealthPart.OPEN_RISK: 15,
    HealthPart.OVERDUE_REVIEWS: 5,
    HealthPart.OKR_PACE: 10,
}


class HealthBand(enum.StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class HealthFacts:
    """What is known about one account; None where there is no data."""

    revenue_trend: float | None = None  # −0.1 = the last 3 months 10 % below the 3 before
    nps: float | None = None  # −100…100
    csat: float | None = None  # 0…100
    sponsor_coverage: float | None = None  # 0…1
    resistance: float | None = None  # 0…1
    highest_open_risk: int | None = None  # 1…25; None = no open risk
    overdue_reviews: int = 0
    okr_pace: float | None = None  # progress ÷ elapsed share; None = no objective running


class PartScore(NamedTuple):
    part: HealthPart
    score: float  # 0–100
    weight: float  # as configured
    share: float  # weight ÷ Σ weights of the parts present

    @property
    def points(self) -> float:
        """What this part adds to the health score."""
        return self.score * self.share


@dataclass(frozen=True)
class Health:
    score: float | None
    parts: tuple[PartScore, ...]

    @property
    def band(self) -> HealthBand | None:
        return None if self.score is None else band(self.score)


def band(score: float) -> HealthBand:
    if score >= GREEN_FROM:
        return HealthBand.GREEN
    if score >= AMBER_FROM:
        return HealthBand.AMBER
    return HealthBand.RED


def _clamped(value: float) -> float:
    return max(0.0, min(100.0, value))


def part_scores(facts: HealthFacts) -> dict[HealthPart, float]:
    """Each part with data, on the 0–100 scale described in the module docstring."""
    scores: dict[HealthPart, float | None] = {
        HealthPart.REVENUE_TREND: _optional(
            facts.revenue_trend, lambda t: 50.0 + 50.0 * t / TREND_SPAN
        ),
        HealthPart.NPS: _optional(facts.nps, lambda n: (n + 100.0) / 2.0),
        HealthPart.CSAT: facts.csat,
        HealthPart.SPONSOR_COVERAGE: _optional(facts.sponsor_coverage, lambda c: 100.0 * c),
        HealthPart.RESISTANCE: _optional(facts.resistance, lambda r: 100.0 * (1.0 - r)),
        HealthPart.OPEN_RISK: _risk_score(facts.highest_open_risk),
        HealthPart.OVERDUE_REVIEWS: 100.0 - POINTS_PER_OVERDUE_REVIEW * facts.overdue_reviews,
        HealthPart.OKR_PACE: _optional(facts.okr_pace, lambda p: 100.0 * min(p, 1.0)),
    }
    return {part: _clamped(value) for part, value in scores.items() if value is not None}


def _optional(value, scale) -> float | None:
    return None if value is None else scale(value)


def _risk_score(highest: int | None) -> float:
    if highest is None:
        return 100.0
    return 100.0 * (MAX_RISK_SCORE - highest) / (MAX_RISK_SCORE - 1)


def weight_problems(weights: Mapping[HealthPart, float]) -> list[str]:
    """Why these weights cannot be used (empty: they can)."""
    problems = [f"{part}: negative weight" for part, weight in weights.items() if weight < 0]
    if sum(weights.values()) <= 0:
        problems.append("at least one part needs a weight above zero")
    return problems


class HealthBlend:
    """The weights, checked once, applied to any number of accounts."""

    def __init__(self, weights: Mapping[HealthPart, float] = DEFAULT_WEIGHTS):
        if problems := weight_problems(weights):
            raise ValueError("; ".join(problems))
        self.weights = {part: weight for part, weight in weights.items() if weight > 0}

    def of(self, facts: HealthFacts) -> Health:
        """The 0–100 blend of the parts with data, with each part's score, weight and share."""
        scores = {p: s for p, s in part_scores(facts).items() if p in self.weights}
        total = sum(self.weights[p] for p in scores)
        if not total:
            return Health(None, ())
        parts = tuple(
            PartScore(p, s, self.weights[p], self.weights[p] / total) for p, s in scores.items()
        )
        return Health(sum(part.points for part in parts), parts)


def account_health(
    facts: HealthFacts, weights: Mapping[HealthPart, float] = DEFAULT_WEIGHTS
) -> Health:
    """One account's health (see :class:`HealthBlend` for many)."""
    return HealthBlend(weights).of(facts)


def revenue_trend(last_three: float, three_before: float) -> float | None:
    """Recurring revenue of the last 3 months against the 3 before (None when those were 0)."""
    if three_before <= 0:
        return None
    return last_three / three_before - 1.0
