"""Customer satisfaction from survey responses.

    NPS  = % promoters (9–10) − % detractors (0–6), from −100 to 100, over NPS responses (0–10)
    CSAT = % of CSAT responses (1–5) scoring 4 or 5, from 0 to 100

Both are None without responses. The breakdowns (counts) add up, so a portfolio's score is
its accounts' breakdowns summed, not an average of their scores. A score outside its scale is
refused (ValueError): the model's constraint keeps them out of a portfolio, so one here is a
programming error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

NPS_SCALE = range(0, 11)
CSAT_SCALE = range(1, 6)
PROMOTER_FROM = 9
DETRACTOR_UP_TO = 6
SATISFIED_FROM = 4


@dataclass(frozen=True)
class NpsBreakdown:
    promoters: int
    passives: int
    detractors: int

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        if not self.responses:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.responses

    def __add__(self, other: NpsBreakdown) -> NpsBreakdown:
        return NpsBreakdown(
            self.promoters + other.promoters,
            self.passives + other.passives,
            self.detractors + other.detractors,
        )


@dataclass(frozen=True)
class CsatBreakdown:
    satisfied: int
    responses: int

    @property
    def score(self) -> float | None:
        return 100.0 * self.satisfied / self.responses if self.responses else None

    def __add__(self, other: CsatBreakdown) -> CsatBreakdown:
        return CsatBreakdown(self.satisfied + other.satisfied, self.responses + other.responses)


NO_NPS = NpsBreakdown(0, 0, 0)
NO_CSAT = CsatBreakdown(0, 0)


def _checked(scores: Iterable[int], scale: range, what: str) -> list[int]:
    scores = list(scores)
    for score in scores:
        if score not in scale:
            raise ValueError(f"{what} score {score!r} is outside {scale.start}–{scale.stop - 1}")
    return scores


def nps_breakdown(scores: Iterable[int]) -> NpsBreakdown:
    scores = _checked(scores, NPS_SCALE, "NPS")
    promoters = sum(s >= PROMOTER_FROM for s in scores)
    detractors = sum(s <= DETRACTOR_UP_TO for s in scores)
    return NpsBreakdown(promoters, len(scores) - promoters - detractors, detractors)


def nps(scores: Iterable[int]) -> float | None:
    """Net promoter score, −100…100 (None without responses)."""
    return nps_breakdown(scores).score


def csat_breakdown(scores: Iterable[int]) -> CsatBreakdown:
    scores = _checked(scores, CSAT_SCALE, "CSAT")
    return CsatBreakdown(sum(s >= SATISFIED_FROM for s in scores), len(scores))


def csat(scores: Iterable[int]) -> float | None:
    """Share of satisfied responses (4–5 of 1–5), 0…100 (None without responses)."""
    return csat_breakdown(scores).score
