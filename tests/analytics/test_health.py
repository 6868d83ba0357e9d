"""Account health against hand-computed blends."""

from __future__ import annotations

import pytest

from kamdesk.analytics.health import (
    DEFAULT_WEIGHTS,
    HealthBand,
    HealthFacts,
    HealthPart,
    account_health,
    band,
    part_scores,
    revenue_trend,
)

EVERYTHING = HealthFacts(
    revenue_trend=-0.10,  # → 25
    nps=20,  # → 60
    csat=60,  # → 60
    sponsor_coverage=0.5,  # → 50
    resistance=0.2,  # → 80
    highest_open_risk=13,  # → 100 × 12 ÷ 24 = 50
    overdue_reviews=1,  # → 75
    okr_pace=0.8,  # → 80
)


def test_each_part_on_its_scale():
    assert part_scores(EVERYTHING) == {
        HealthPart.REVENUE_TREND: 25.0,
        HealthPart.NPS: 60.0,
        HealthPart.CSAT: 60.0,
        HealthPart.SPONSOR_COVERAGE: 50.0,
        HealthPart.RESISTANCE: 80.0,
        HealthPart.OPEN_RISK: 50.0,
        HealthPart.OVERDUE_REVIEWS: 75.0,
        HealthPart.OKR_PACE: 80.0,
    }


def test_blend_with_the_default_weights_by_hand():
    # (20×25 + 15×60 + 10×60 + 15×50 + 10×80 + 15×50 + 5×75 + 10×80) ÷ 100 = 54.75
    health = account_health(EVERYTHING)
    assert health.score == pytest.approx(54.75)
    assert health.band is HealthBand.AMBER
    assert sum(p.share for p in health.parts) == pytest.approx(1.0)
    trend = next(p for p in health.parts if p.part is HealthPart.REVENUE_TREND)
    assert (trend.weight, trend.share, trend.points) == (20, 0.2, 5.0)


def test_parts_without_data_are_left_out_and_the_rest_scale_up():
    # NPS 100, no open risk (100), nothing overdue (100): the other parts have no data.
    health = account_health(HealthFacts(nps=100))
    assert {p.part for p in health.parts} == {
        HealthPart.NPS,
        HealthPart.OPEN_RISK,
        HealthPart.OVERDUE_REVIEWS,
    }
    assert health.score == 100.0
    assert health.band is HealthBand.GREEN


def test_scales_are_capped_at_both_ends():
    facts = HealthFacts(revenue_trend=0.5, highest_open_risk=25, overdue_reviews=5)
    scores = part_scores(facts)
    assert scores[HealthPart.REVENUE_TREND] == 100.0
    assert scores[HealthPart.OPEN_RISK] == 0.0
    assert scores[HealthPart.OVERDUE_REVIEWS] == 0.0
    # (20×100 + 15×0 + 5×0) ÷ 40
    assert account_health(facts).score == pytest.approx(50.0)
    assert part_scores(HealthFacts(okr_pace=1.7))[HealthPart.OKR_PACE] == 100.0


def test_configured_weights_and_a_zero_weight_drop_a_part():
    weights = dict(DEFAULT_WEIGHTS) | {HealthPart.NPS: 0, HealthPart.CSAT: 30}
    health = account_health(HealthFacts(nps=-100, csat=100), weights)
    assert HealthPart.NPS not in {p.part for p in health.parts}
    # CSAT 100 × 30, open risk 100 × 15, overdue 100 × 5
    assert health.score == 100.0


def test_bad_weights_are_refused():
    with pytest.raises(ValueError):
        account_health(EVERYTHING, {HealthPart.NPS: -1, HealthPart.CSAT: 2})
    with pytest.raises(ValueError):
        account_health(EVERYTHING, dict.fromkeys(HealthPart, 0))


def test_no_weighted_part_with_data_gives_no_score():
    only_nps = {HealthPart.NPS: 1}
    health = account_health(HealthFacts(), only_nps)
    assert (health.score, health.band, health.parts) == (None, None, ())


@pytest.mark.parametrize(
    ("score", "expected"),
    [(100, "green"), (70, "green"), (69.99, "amber"), (40, "amber"), (39.9, "red"), (0, "red")],
)
def test_bands(score, expected):
    assert band(score) == expected


def test_revenue_trend():
    assert revenue_trend(90, 100) == pytest.approx(-0.1)
    assert revenue_trend(100, 0) is None
