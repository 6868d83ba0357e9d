"""Tier rules, strategic floor and manual override, against hand-worked accounts."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.segmentation import (
    DEFAULT_RULES,
    TIERS,
    SegmentationRules,
    SegmentInputs,
    TierRule,
    assign_tier,
)


def account(icp=82.0, revenue="1200000", months=8, growth=3, importance=4) -> SegmentInputs:
    return SegmentInputs(
        icp_score=icp,
        annual_revenue=Decimal(revenue),
        purchase_months=months,
        growth_potential=growth,
        strategic_importance=importance,
    )


def test_tiers_are_best_first():
    assert TIERS == ("A", "B", "C", "D")


def test_account_meeting_every_a_minimum_is_tier_a_with_reasons():
    result = assign_tier(account())
    assert (result.tier, result.computed_tier, result.is_override) == ("A", "A", False)
    assert result.reasons == (
        "ICP 82 ≥ 75",
        "revenue 1,200,000 ≥ 1,000,000",
        "purchase months 8 ≥ 6",
        "strategic importance 4 ≥ 4",
    )


def test_minimums_are_inclusive():
    assert assign_tier(account(icp=75, revenue="1000000", months=6, importance=4)).tier == "A"


def test_account_missing_one_a_minimum_falls_to_b_and_says_why():
    result = assign_tier(account(revenue="400000", months=4, importance=3))
    assert result.tier == "B"
    assert result.reasons == (
        "ICP 82 ≥ 60",
        "revenue 400,000 ≥ 300,000",
        "purchase months 4 ≥ 3",
        "not A: revenue 400,000 < 1,000,000",
        "not A: purchase months 4 < 6",
        "not A: strategic importance 3 < 4",
    )


def test_account_with_fit_and_growth_but_no_revenue_is_tier_c():
    result = assign_tier(account(icp=45, revenue="0", months=0, growth=3, importance=2))
    assert result.tier == "C"
    assert result.reasons[:2] == ("ICP 45 ≥ 40", "growth potential 3 ≥ 3")
    assert "not B: ICP 45 < 60" in result.reasons


def test_account_meeting_no_rule_is_tier_d():
    result = assign_tier(account(icp=30.5, revenue="0", months=0, growth=4, importance=1))
    assert result.tier == "D"
    assert result.reasons == ("no tier rule met", "not C: ICP 30.5 < 40")


def test_missing_icp_score_counts_as_zero():
    result = assign_tier(account(icp=None, revenue="0", months=0, growth=5, importance=1))
    assert result.tier == "D"
    assert "not C: ICP 0 < 40" in result.reasons


def test_missing_growth_rating_counts_as_zero():
    result = assign_tier(account(icp=50, revenue="0", months=0, growth=None, importance=1))
    assert result.tier == "D"
    assert "not C: growth potential 0 < 3" in result.reasons


def test_strategic_importance_5_lifts_account_to_b():
    result = assign_tier(account(icp=10, revenue="0", months=0, growth=1, importance=5))
    assert (result.tier, result.computed_tier, result.is_override) == ("B", "B", False)
    assert result.reasons[-1] == "strategic importance 5: at least B"


def test_strategic_floor_never_lowers_a_better_tier():
    result = assign_tier(account(importance=5))
    assert result.tier == "A"
    assert not any("at least" in reason for reason in result.reasons)


def test_strategic_floor_can_be_changed_or_switched_off():
    small = account(icp=10, revenue="0", months=0, growth=1, importance=5)
    rules_c = SegmentationRules(DEFAULT_RULES.rules, strategic_floor="C")
    assert assign_tier(small, rules_c).tier == "C"
    assert (
        assign_tier(small, SegmentationRules(DEFAULT_RULES.rules, strategic_floor=None)).tier == "D"
    )


def test_manual_override_wins_and_keeps_the_computed_tier():
    small = account(icp=10, revenue="0", months=0, growth=1, importance=1)
    result = assign_tier(small, override="A")
    assert (result.tier, result.computed_tier, result.is_override) == ("A", "D", True)
    assert result.reasons[-1] == "manual override"
    assert result.reasons[0] == "no tier rule met"


def test_manual_override_beats_the_strategic_floor():
    vip = account(icp=10, revenue="0", months=0, growth=1, importance=5)
    result = assign_tier(vip, override="D")
    assert (result.tier, result.computed_tier) == ("D", "B")


def test_override_equal_to_the_computed_tier_is_still_an_override():
    result = assign_tier(account(), override="A")
    assert (result.tier, result.computed_tier, result.is_override) == ("A", "A", True)


@pytest.mark.parametrize("override", ["E", "a", "", "Strategic"])
def test_override_outside_the_tiers_is_rejected(override):
    with pytest.raises(ValueError, match="override"):
        assign_tier(account(), override=override)


def test_rules_apply_best_tier_first_whatever_their_order():
    reversed_rules = SegmentationRules(tuple(reversed(DEFAULT_RULES.rules)))
    assert assign_tier(account(), reversed_rules).tier == "A"


def test_rule_without_minimums_takes_everyone():
    rules = SegmentationRules((TierRule("C"),), strategic_floor=None)
    result = assign_tier(account(icp=None, revenue="-50", months=0, growth=None), rules)
    assert result.tier == "C"
    assert result.reasons == ("tier C has no minimums",)


def test_no_rules_puts_everyone_in_d():
    result = assign_tier(account(), SegmentationRules((), strategic_floor=None))
    assert (result.tier, result.reasons) == ("D", ("no tier rule met",))


def test_revenue_reason_shows_cents_only_when_there_are_some():
    rules = SegmentationRules((TierRule("B", min_revenue=Decimal("1000.50")),))
    assert assign_tier(account(revenue="2000"), rules).reasons == ("revenue 2,000 ≥ 1,000.50",)


def test_to_dict_is_json_safe_with_decimals_as_strings():
    data = DEFAULT_RULES.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["strategic_floor"] == "B"
    assert data["rules"][0] == {
        "tier": "A",
        "min_icp": 75.0,
        "min_revenue": "1000000",
        "min_purchase_months": 6,
        "min_growth": 0,
        "min_importance": 4,
    }


def test_from_dict_reads_back_what_to_dict_wrote():
    custom = SegmentationRules(
        (
            TierRule("A", min_icp=80.5, min_revenue=Decimal("250000.75")),
            TierRule("C", min_growth=2),
        ),
        strategic_floor=None,
    )
    assert SegmentationRules.from_dict(json.loads(json.dumps(custom.to_dict()))) == custom
    assert SegmentationRules.from_dict(DEFAULT_RULES.to_dict()) == DEFAULT_RULES


def test_from_dict_falls_back_to_defaults_for_missing_keys():
    assert SegmentationRules.from_dict({}) == DEFAULT_RULES
    assert SegmentationRules.from_dict(None) == DEFAULT_RULES
    only_floor = SegmentationRules.from_dict({"strategic_floor": None})
    assert (only_floor.rules, only_floor.strategic_floor) == (DEFAULT_RULES.rules, None)
    sparse = SegmentationRules.from_dict({"rules": [{"tier": "B", "min_revenue": 300000.5}]})
    assert sparse == SegmentationRules((TierRule("B", min_revenue=Decimal("300000.5")),), "B")


def test_from_dict_skips_entries_that_are_not_rules():
    data = {"rules": [{"min_icp": 50}, "A", None, {"tier": "C", "min_icp": 40}]}
    assert SegmentationRules.from_dict(data).rules == (TierRule("C", min_icp=40),)


@pytest.mark.parametrize(
    "bad", [{"min_icp": "high"}, {"min_revenue": "lots"}, {"min_revenue": "NaN"}]
)
def test_from_dict_rejects_minimums_that_are_not_numbers(bad):
    with pytest.raises(ValueError, match="not a number"):
        SegmentationRules.from_dict({"rules": [{"tier": "A", **bad}]})


def test_default_rules_have_no_problems():
    assert DEFAULT_RULES.problems() == []


def test_problems_report_unknown_and_duplicate_tiers_and_floor():
    rules = SegmentationRules((TierRule("E"), TierRule("B"), TierRule("B")), strategic_floor="Z")
    problems = rules.problems()
    assert "'E' is not a tier (use A, B, C or D)." in problems
    assert "Tier B has 2 rules; keep one." in problems
    assert "The strategic floor 'Z' is not a tier." in problems


def test_problems_report_thresholds_out_of_range():
    rules = SegmentationRules(
        (
            TierRule("A", min_icp=101, min_purchase_months=13, min_growth=6, min_importance=6),
            TierRule("B", min_revenue=Decimal(-1), min_icp=-5),
        )
    )
    assert rules.problems() == [
        "Tier A: the minimum ICP cannot be above 100.",
        "Tier A: the minimum purchase months cannot be above 12.",
        "Tier A: the minimum growth potential cannot be above 5.",
        "Tier A: the minimum strategic importance cannot be above 5.",
        "Tier B: the minimum ICP must be zero or more.",
        "Tier B: the minimum revenue must be zero or more.",
    ]


def test_problems_report_a_better_tier_with_a_looser_threshold():
    rules = SegmentationRules(
        (TierRule("A", min_icp=50, min_revenue=Decimal(900)), TierRule("B", min_icp=60))
    )
    assert rules.problems() == ["Tier A asks for a lower minimum ICP than tier B."]


def test_problems_do_not_compare_a_minimum_the_better_tier_ignores():
    # A ignores growth while C asks for 3: A is still stricter through its other minimums.
    rules = SegmentationRules((TierRule("A", min_icp=80), TierRule("C", min_icp=40, min_growth=3)))
    assert rules.problems() == []


def test_problems_report_a_tier_that_can_never_be_assigned():
    rules = SegmentationRules((TierRule("A", min_icp=60), TierRule("B", min_icp=60)))
    assert rules.problems() == [
        "Tier B can never be assigned: every account that meets it also meets tier A."
    ]


inputs = st.builds(
    SegmentInputs,
    icp_score=st.one_of(st.none(), st.floats(0, 100)),
    annual_revenue=st.decimals(0, 5_000_000, places=2),
    purchase_months=st.integers(0, 12),
    growth_potential=st.one_of(st.none(), st.integers(1, 5)),
    strategic_importance=st.integers(1, 5),
)


@given(inputs, st.sampled_from(TIERS))
def test_manual_override_always_decides_the_tier(account_inputs, override):
    result = assign_tier(account_inputs, override=override)
    assert result.tier == override
    assert result.computed_tier == assign_tier(account_inputs).tier


@given(inputs)
def test_strategic_accounts_are_never_below_b(account_inputs):
    result = assign_tier(account_inputs)
    if account_inputs.strategic_importance == 5:
        assert TIERS.index(result.tier) <= TIERS.index("B")


@given(inputs, st.floats(0, 100))
def test_a_better_icp_score_never_lowers_the_tier(account_inputs, better_icp):
    before = assign_tier(account_inputs).tier
    if account_inputs.icp_score is None or better_icp >= account_inputs.icp_score:
        improved = SegmentInputs(
            better_icp,
            account_inputs.annual_revenue,
            account_inputs.purchase_months,
            account_inputs.growth_potential,
            account_inputs.strategic_importance,
        )
        assert TIERS.index(assign_tier(improved).tier) <= TIERS.index(before)


@given(
    icp=st.one_of(st.none(), st.floats(0, 100)),
    revenue=st.decimals(0, 5_000_000, places=2),
    months=st.integers(0, 12),
    growth=st.one_of(st.none(), st.integers(1, 5)),
    importance=st.integers(1, 5),
)
def test_fast_tier_function_agrees_with_assign_tier(icp, revenue, months, growth, importance):
    from kamdesk.analytics.segmentation import tier_function

    inputs = SegmentInputs(icp, revenue, months, growth, importance)
    assert tier_function(DEFAULT_RULES)(inputs) == assign_tier(inputs, DEFAULT_RULES).computed_tier
