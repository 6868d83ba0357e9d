"""NPS and CSAT against hand-computed figures."""

from __future__ import annotations

import pytest

from kamdesk.analytics.surveys import csat, csat_breakdown, nps, nps_breakdown


def test_nps_by_hand():
    scores = [10, 9, 8, 7, 6, 0, 10, 5, 9, 10]  # 5 promoters, 2 passives, 3 detractors
    breakdown = nps_breakdown(scores)
    assert (breakdown.promoters, breakdown.passives, breakdown.detractors) == (5, 2, 3)
    assert nps(scores) == pytest.approx(20.0)


def test_nps_bounds_and_the_boundaries_of_each_group():
    assert nps([9, 10]) == 100.0
    assert nps([0, 6]) == -100.0
    assert nps([7, 8]) == 0.0
    assert nps([]) is None


def test_csat_by_hand():
    assert csat([5, 4, 3, 2, 5]) == pytest.approx(60.0)
    assert csat([1]) == 0.0
    assert csat([]) is None


@pytest.mark.parametrize(("metric", "score"), [(nps, 11), (nps, -1), (csat, 0), (csat, 6)])
def test_scores_outside_the_scale_are_refused(metric, score):
    with pytest.raises(ValueError):
        metric([score])


def test_breakdowns_add_up_to_the_pooled_score():
    first, second = nps_breakdown([10, 0]), nps_breakdown([9, 9, 7])
    assert (first + second).score == nps([10, 0, 9, 9, 7]) == pytest.approx(40.0)
    assert (csat_breakdown([5]) + csat_breakdown([1, 4])).score == pytest.approx(200 / 3)
