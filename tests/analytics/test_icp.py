"""ICP score = Σ wᵢ·(rᵢ − 1)/4 ÷ Σ wᵢ × 100 over rated criteria, against hand-computed cases."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.icp import (
    DEFAULT_CRITERIA,
    RATING_MAX,
    RATING_MIN,
    Criterion,
    icp_score,
    validate_weights,
)

KEYS = [c.key for c in DEFAULT_CRITERIA]


def test_default_criteria_have_the_documented_keys_and_weights():
    assert [(c.key, c.weight) for c in DEFAULT_CRITERIA] == [
        ("business_volume", 25),
        ("company_size", 15),
        ("sector_fit", 10),
        ("growth_potential", 20),
        ("market_influence", 10),
        ("offer_fit", 20),
    ]
    assert DEFAULT_CRITERIA[5].name == "Fit with our offer"
    assert (RATING_MIN, RATING_MAX) == (1, 5)


def test_icp_score_is_100_when_every_criterion_is_rated_5():
    result = icp_score(DEFAULT_CRITERIA, dict.fromkeys(KEYS, 5))
    assert result.score == 100
    assert result.complete


def test_icp_score_is_0_when_every_criterion_is_rated_1():
    assert icp_score(DEFAULT_CRITERIA, dict.fromkeys(KEYS, 1)).score == 0


def test_icp_score_weights_each_rating_by_its_criterion():
    ratings = {
        "business_volume": 5,  # 25 · 4/4 = 25
        "company_size": 3,  # 15 · 2/4 = 7.5
        "sector_fit": 4,  # 10 · 3/4 = 7.5
        "growth_potential": 2,  # 20 · 1/4 = 5
        "market_influence": 1,  # 10 · 0/4 = 0
        "offer_fit": 4,  # 20 · 3/4 = 15
    }  # Σ = 60 of Σ w = 100 → 60
    result = icp_score(DEFAULT_CRITERIA, ratings)
    assert result.score == pytest.approx(60)
    assert [line.points for line in result.breakdown] == pytest.approx([25, 7.5, 7.5, 5, 0, 15])
    assert [line.weight_share for line in result.breakdown] == pytest.approx(
        [0.25, 0.15, 0.10, 0.20, 0.10, 0.20]
    )
    assert (result.rated, result.total, result.complete) == (6, 6, True)


def test_icp_score_ignores_unrated_criteria():
    # Rated: business volume 5 (w 25) and offer fit 3 (w 20): Σ w = 45,
    # earned = 25 · 1 + 20 · 0.5 = 35 → 35 / 45 · 100 = 77.78.
    result = icp_score(DEFAULT_CRITERIA, {"business_volume": 5, "offer_fit": 3, "sector_fit": None})
    assert result.score == pytest.approx(700 / 9)
    by_key = {line.key: line for line in result.breakdown}
    assert by_key["business_volume"].weight_share == pytest.approx(25 / 45)
    assert by_key["business_volume"].points == pytest.approx(2500 / 45)
    assert by_key["offer_fit"].points == pytest.approx(1000 / 45)
    unrated = by_key["sector_fit"]
    assert (unrated.rating, unrated.weight_share, unrated.points) == (None, 0, 0)
    assert unrated.weight == 10  # the configured weight is still shown
    assert (result.rated, result.total, result.complete) == (2, 6, False)


def test_icp_score_breakdown_keeps_the_order_of_the_criteria():
    result = icp_score(DEFAULT_CRITERIA, {"offer_fit": 2})
    assert [line.key for line in result.breakdown] == KEYS
    assert [line.name for line in result.breakdown] == [c.name for c in DEFAULT_CRITERIA]


def test_icp_score_is_none_when_nothing_is_rated():
    for ratings in ({}, dict.fromkeys(KEYS)):
        result = icp_score(DEFAULT_CRITERIA, ratings)
        assert result.score is None
        assert (result.rated, result.total, result.complete) == (0, 6, False)


def test_icp_score_is_none_when_rated_criteria_all_weigh_zero():
    criteria = (Criterion("a", "A", 0), Criterion("b", "B", 10))
    result = icp_score(criteria, {"a": 5})
    assert result.score is None
    assert result.rated == 1
    assert result.breakdown[0].weight_share == 0


def test_icp_score_zero_weight_criterion_does_not_move_the_score():
    criteria = (Criterion("a", "A", 0), Criterion("b", "B", 10))
    # Only b counts: (3 − 1)/4 = 50.
    assert icp_score(criteria, {"a": 5, "b": 3}).score == pytest.approx(50)
    assert icp_score(criteria, {"a": 1, "b": 3}).score == pytest.approx(50)


def test_icp_score_with_no_criteria_is_none_and_not_complete():
    result = icp_score((), {"business_volume": 5})
    assert (result.score, result.breakdown, result.complete) == (None, (), False)


def test_icp_score_ignores_ratings_for_unknown_criteria():
    result = icp_score(DEFAULT_CRITERIA, {"business_volume": 5, "removed_criterion": 1})
    assert result.score == 100
    assert result.rated == 1


@pytest.mark.parametrize("rating", [0, 6, -1, 2.5, 3.0, True, "3"])
def test_icp_score_rejects_ratings_that_are_not_integers_1_to_5(rating):
    with pytest.raises(ValueError, match="growth_potential"):
        icp_score(DEFAULT_CRITERIA, {"business_volume": 3, "growth_potential": rating})


@pytest.mark.parametrize("weight", [-1, float("nan"), float("inf")])
def test_icp_score_rejects_negative_or_non_finite_weights(weight):
    with pytest.raises(ValueError, match="bad"):
        icp_score((Criterion("bad", "Bad", weight), Criterion("ok", "Ok", 1)), {"ok": 3})


def test_validate_weights_accepts_the_defaults():
    assert validate_weights(DEFAULT_CRITERIA) == []


def test_validate_weights_reports_negative_weight():
    problems = validate_weights((Criterion("a", "Size", -5), Criterion("b", "Sector", 10)))
    assert problems == ["The weight of 'Size' is negative."]


def test_validate_weights_reports_all_zero():
    assert validate_weights((Criterion("a", "A", 0), Criterion("b", "B", 0))) == [
        "All criterion weights are zero."
    ]


def test_validate_weights_reports_duplicate_key_and_empty_name():
    problems = validate_weights((Criterion("a", "A", 1), Criterion("a", "  ", 2)))
    assert problems == ["The criterion key 'a' is used 2 times.", "The criterion 'a' has no name."]


def test_validate_weights_reports_no_criteria_and_nan_weight():
    assert validate_weights(()) == ["There are no ICP criteria."]
    assert validate_weights((Criterion("a", "A", float("nan")), Criterion("b", "B", 1))) == [
        "The weight of 'A' is not a number."
    ]


weights = st.lists(st.integers(0, 100), min_size=1, max_size=8)
ratings = st.one_of(st.none(), st.integers(RATING_MIN, RATING_MAX))


@given(
    weights.flatmap(
        lambda ws: st.tuples(st.just(ws), st.lists(ratings, min_size=len(ws), max_size=len(ws)))
    )
)
def test_icp_score_stays_in_range_and_points_add_up_to_it(case):
    ws, rs = case
    criteria = [Criterion(f"k{i}", f"K{i}", w) for i, w in enumerate(ws)]
    result = icp_score(criteria, {f"k{i}": r for i, r in enumerate(rs)})
    if result.score is None:
        assert sum(w for w, r in zip(ws, rs, strict=True) if r is not None) == 0
    else:
        assert 0 <= result.score <= 100
        assert sum(line.points for line in result.breakdown) == pytest.approx(result.score)
        assert sum(line.weight_share for line in result.breakdown) == pytest.approx(1)


@given(st.lists(st.integers(RATING_MIN, RATING_MAX), min_size=6, max_size=6), st.integers(1, 50))
def test_icp_score_does_not_change_when_all_weights_are_scaled(rs, factor):
    scaled = [Criterion(c.key, c.name, c.weight * factor) for c in DEFAULT_CRITERIA]
    ratings = dict(zip(KEYS, rs, strict=True))
    assert icp_score(scaled, ratings).score == pytest.approx(
        icp_score(DEFAULT_CRITERIA, ratings).score
    )


@given(st.lists(st.integers(RATING_MIN, RATING_MAX), min_size=6, max_size=6), st.integers(0, 5))
def test_icp_score_never_falls_when_a_rating_rises(rs, index):
    higher = min(rs[index] + 1, RATING_MAX)
    before = icp_score(DEFAULT_CRITERIA, dict(zip(KEYS, rs, strict=True))).score
    rs[index] = higher
    after = icp_score(DEFAULT_CRITERIA, dict(zip(KEYS, rs, strict=True))).score
    assert after >= before - 1e-9
