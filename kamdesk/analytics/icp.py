"""ICP (ideal customer profile) fit: weighted criteria, each rated 1–5, give a 0–100 score.

    score = Σ wᵢ · (rᵢ − 1) / 4  ÷  Σ wᵢ  × 100        over the RATED criteria only

A rating of 1 earns nothing and 5 earns the criterion's full weight. Unrated criteria are left
out of both sums, so a half-rated account is scored on what is known instead of being dragged
down by blanks; :attr:`IcpScore.complete` tells the two cases apart.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

RATING_MIN = 1
RATING_MAX = 5


@dataclass(frozen=True)
class Criterion:
    """One ICP criterion; ``weight`` is relative (the defaults happen to add up to 100)."""

    key: str
    name: str
    weight: float


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("business_volume", "Business volume", 25),
    Criterion("company_size", "Company size", 15),
    Criterion("sector_fit", "Sector", 10),
    Criterion("growth_potential", "Growth potential", 20),
    Criterion("market_influence", "Market influence", 10),
    Criterion("offer_fit", "Fit with our offer", 20),
)


@dataclass(frozen=True)
class CriterionScore:
    """One line of the score's breakdown.

    ``weight_share`` = wᵢ ÷ Σ w over rated criteria (0 when unrated);
    ``points`` = weight_share · (rᵢ − 1) / 4 · 100, so the points add up to the score.
    """

    key: str
    name: str
    weight: float
    weight_share: float
    rating: int | None
    points: float


@dataclass(frozen=True)
class IcpScore:
    """The 0–100 score (None when nothing weighted is rated) and how it was reached."""

    score: float | None
    breakdown: tuple[CriterionScore, ...]
    rated: int
    total: int

    @property
    def complete(self) -> bool:
        """Every criterion is rated (and there is at least one)."""
        return self.total > 0 and self.rated == self.total


def _checked_rating(key: str, rating: object) -> int | None:
    """The rating, or ValueError naming ``key`` when it is not an integer 1–5."""
    if rating is None:
        return None
    # bool is an int subclass, but True as a rating is a bug upstream, not a 2.
    if isinstance(rating, bool) or not isinstance(rating, int):
        raise ValueError(f"ICP rating for {key!r} must be an integer, got {rating!r}")
    if not RATING_MIN <= rating <= RATING_MAX:
        raise ValueError(f"ICP rating for {key!r} must be {RATING_MIN}-{RATING_MAX}, got {rating}")
    return rating


def _checked_weight(criterion: Criterion) -> float:
    """The weight, or ValueError when it is negative or not a finite number."""
    if not math.isfinite(criterion.weight) or criterion.weight < 0:
        raise ValueError(f"ICP weight for {criterion.key!r} must be ≥ 0, got {criterion.weight}")
    return criterion.weight


def icp_score(criteria: Sequence[Criterion], ratings: Mapping[str, int | None]) -> IcpScore:
    """score = Σ wᵢ · (rᵢ − 1) / 4 ÷ Σ wᵢ × 100 over rated criteria; None if Σ wᵢ = 0.

    Ratings for keys that are not criteria are ignored (a criterion may have been removed).
    Raises ValueError for a rating that is not an integer 1–5 or a negative weight.
    """
    weights = [_checked_weight(c) for c in criteria]
    given = [_checked_rating(c.key, ratings.get(c.key)) for c in criteria]
    rated_weight = sum(w for w, r in zip(weights, given, strict=True) if r is not None)
    earned = sum(w * (r - 1) / 4 for w, r in zip(weights, given, strict=True) if r is not None)
    score = min(100.0, earned / rated_weight * 100) if rated_weight > 0 else None
    breakdown = tuple(
        _criterion_score(c, w, r, rated_weight)
        for c, w, r in zip(criteria, weights, given, strict=True)
    )
    rated = sum(r is not None for r in given)
    return IcpScore(score=score, breakdown=breakdown, rated=rated, total=len(criteria))


def _criterion_score(
    criterion: Criterion, weight: float, rating: int | None, rated_weight: float
) -> CriterionScore:
    """The breakdown line: weight share among rated criteria and points toward the score."""
    share = weight / rated_weight if rating is not None and rated_weight > 0 else 0.0
    points = share * (rating - 1) / 4 * 100 if rating is not None else 0.0
    return CriterionScore(criterion.key, criterion.name, weight, share, rating, points)


def validate_weights(criteria: Sequence[Criterion]) -> list[str]:
    """Problems with a set of criteria, as short English messages (empty list = fine)."""
    if not criteria:
        return ["There are no ICP criteria."]
    problems: list[str] = []
    for key, count in Counter(c.key for c in criteria).items():
        if count > 1:
            problems.append(f"The criterion key '{key}' is used {count} times.")
    for c in criteria:
        if not c.name.strip():
            problems.append(f"The criterion '{c.key}' has no name.")
        if not math.isfinite(c.weight):
            problems.append(f"The weight of '{c.name or c.key}' is not a number.")
        elif c.weight < 0:
            problems.append(f"The weight of '{c.name or c.key}' is negative.")
    if all(c.weight == 0 for c in criteria):
        problems.append("All criterion weights are zero.")
    return problems
