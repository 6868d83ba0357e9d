"""Tiers (segments) A–D from rules, with a strategic floor and a manual override.

    tier = first tier, best first, whose rule's minimums are ALL met, else "D"
    if strategic importance = 5: tier = max(tier, strategic_floor)
    if the KAM overrides: tier = override (the computed tier is kept alongside)

A minimum of 0 means the rule does not look at that input. A missing ICP score or growth
rating counts as 0, so it never meets a minimum above 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

TIERS = ("A", "B", "C", "D")
FALLBACK_TIER = "D"
STRATEGIC_IMPORTANCE = 5  # the importance at which the strategic floor applies

# Upper bounds a minimum can sensibly take (ratings are 1–5, frequency is months out of 12).
_MAXIMA = {"min_icp": 100, "min_purchase_months": 12, "min_growth": 5, "min_importance": 5}
_LABELS = {
    "min_icp": "ICP",
    "min_revenue": "revenue",
    "min_purchase_months": "purchase months",
    "min_growth": "growth potential",
    "min_importance": "strategic importance",
}


@dataclass(frozen=True)
class SegmentInputs:
    """What segmentation looks at for one account.

    ``annual_revenue`` covers the last 12 months; ``purchase_months`` is how many of those 12
    had revenue (transaction frequency); ratings are 1–5.
    """

    icp_score: float | None
    annual_revenue: Decimal
    purchase_months: int
    growth_potential: int | None
    strategic_importance: int


@dataclass(frozen=True)
class Comparison:
    """One minimum of a rule against the account's value (``threshold`` is e.g. "min_icp")."""

    threshold: str
    value: float | Decimal | int
    minimum: float | Decimal | int

    @property
    def met(self) -> bool:
        return self.value >= self.minimum

    def describe(self) -> str:
        sign = "≥" if self.met else "<"
        return f"{_LABELS[self.threshold]} {_show(self.value)} {sign} {_show(self.minimum)}"


@dataclass(frozen=True)
class TierRule:
    """The minimums an account must all meet to be in ``tier``; 0 means "not required"."""

    tier: str
    min_icp: float = 0
    min_revenue: Decimal = Decimal(0)
    min_purchase_months: int = 0
    min_growth: int = 0
    min_importance: int = 0

    def thresholds(self) -> dict[str, Any]:
        """The minimums by field name, in declaration order."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "tier"}

    def comparisons(self, inputs: SegmentInputs) -> list[Comparison]:
        """The account's value against every minimum above 0, in declaration order."""
        return [
            Comparison(name, _input_value(inputs, name), minimum)
            for name, minimum in self.thresholds().items()
            if minimum > 0
        ]

    def checks(self, inputs: SegmentInputs) -> list[tuple[bool, str]]:
        """(met, explanation) for every minimum above 0, e.g. ``(True, "ICP 82 ≥ 75")``."""
        return [(c.met, c.describe()) for c in self.comparisons(inputs)]

    def is_met_by(self, inputs: SegmentInputs) -> bool:
        """True when the account meets every minimum of this rule."""
        return all(met for met, _ in self.checks(inputs))


def _input_value(inputs: SegmentInputs, threshold: str) -> float | Decimal | int:
    """The account's value compared with ``threshold``; a missing rating counts as 0."""
    value = {
        "min_icp": inputs.icp_score,
        "min_revenue": inputs.annual_revenue,
        "min_purchase_months": inputs.purchase_months,
        "min_growth": inputs.growth_potential,
        "min_importance": inputs.strategic_importance,
    }[threshold]
    return 0 if value is None else value


def _show(value: float | Decimal | int) -> str:
    """Numbers as a KAM reads them: 75, 82.5, 1,000,000 (whole numbers without decimals)."""
    if isinstance(value, Decimal):
        return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return str(int(value)) if value == int(value) else f"{value:.1f}"


@dataclass(frozen=True)
class SegmentationRules:
    """The portfolio's tier rules plus the strategic floor.

    An account with strategic importance 5 is never below ``strategic_floor``: a KAM keeps a
    must-win logo in focus even before it brings revenue. None switches the floor off.
    """

    rules: tuple[TierRule, ...]
    strategic_floor: str | None = "B"

    def ordered(self) -> list[TierRule]:
        """The rules for known tiers, best tier first (rules for unknown tiers are skipped)."""
        known = [r for r in self.rules if r.tier in TIERS]
        return sorted(known, key=lambda r: TIERS.index(r.tier))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form: Decimals as strings, everything else plain numbers."""
        return {
            "rules": [
                {
                    "tier": r.tier,
                    "min_icp": float(r.min_icp),
                    "min_revenue": str(r.min_revenue),
                    "min_purchase_months": int(r.min_purchase_months),
                    "min_growth": int(r.min_growth),
                    "min_importance": int(r.min_importance),
                }
                for r in self.rules
            ],
            "strategic_floor": self.strategic_floor,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> SegmentationRules:
        """Reads :meth:`to_dict`'s form. Missing keys fall back to the defaults: no ``rules``
        → :data:`DEFAULT_RULES`' rules, no ``strategic_floor`` → ``"B"``, a missing minimum → 0;
        an entry that is not a rule with a tier is skipped. A minimum that is not a number
        raises ValueError.
        """
        d = d or {}
        floor = d.get("strategic_floor", DEFAULT_RULES.strategic_floor)
        if "rules" not in d or d["rules"] is None:
            return cls(rules=DEFAULT_RULES.rules, strategic_floor=floor)
        items = [item for item in d["rules"] if isinstance(item, Mapping) and item.get("tier")]
        return cls(rules=tuple(_rule_from_dict(item) for item in items), strategic_floor=floor)

    def problems(self) -> list[str]:
        """What is wrong with these rules, as short English messages (empty list = fine)."""
        found = [
            f"'{r.tier}' is not a tier (use A, B, C or D)."
            for r in self.rules
            if r.tier not in TIERS
        ]
        found += [
            f"Tier {tier} has {n} rules; keep one."
            for tier, n in Counter(r.tier for r in self.rules if r.tier in TIERS).items()
            if n > 1
        ]
        if self.strategic_floor is not None and self.strategic_floor not in TIERS:
            found.append(f"The strategic floor '{self.strategic_floor}' is not a tier.")
        for rule in self.ordered():
            found += _range_problems(rule)
        found += _order_problems(self.ordered())
        return found


def _rule_from_dict(item: Mapping[str, Any]) -> TierRule:
    """One :class:`TierRule` from its dict form; ValueError for a value that is not a number."""
    try:
        revenue = Decimal(str(item.get("min_revenue", 0)))
        if not revenue.is_finite():
            raise InvalidOperation
        return TierRule(
            tier=str(item["tier"]),
            min_icp=float(item.get("min_icp", 0)),
            min_revenue=revenue,
            min_purchase_months=int(item.get("min_purchase_months", 0)),
            min_growth=int(item.get("min_growth", 0)),
            min_importance=int(item.get("min_importance", 0)),
        )
    except (InvalidOperation, TypeError, ValueError) as error:
        raise ValueError(f"tier rule {dict(item)!r} has a value that is not a number") from error


def _range_problems(rule: TierRule) -> list[str]:
    """Minimums below 0 (or not a number) and above what the input can reach."""
    found = []
    for name, minimum in rule.thresholds().items():
        label = _LABELS[name]
        if not minimum >= 0:  # written this way so NaN is caught too
            found.append(f"Tier {rule.tier}: the minimum {label} must be zero or more.")
        elif name in _MAXIMA and minimum > _MAXIMA[name]:
            found.append(f"Tier {rule.tier}: the minimum {label} cannot be above {_MAXIMA[name]}.")
    return found


def _order_problems(ordered: list[TierRule]) -> list[str]:
    """A better tier should ask at least as much as the next one on every input it looks at,
    and no rule should be shadowed by a better tier's rule (then it could never be assigned).

    Only minimums the better tier uses (> 0) are compared: A may ignore growth while C asks
    for it, since A's other minimums are what makes it stricter.
    """
    found = []
    for better, worse in pairwise(ordered):
        for name, minimum in better.thresholds().items():
            if 0 < minimum < worse.thresholds()[name]:
                found.append(
                    f"Tier {better.tier} asks for a lower minimum {_LABELS[name]} "
                    f"than tier {worse.tier}."
                )
    for i, rule in enumerate(ordered):
        shadow = next((b for b in ordered[:i] if b.tier != rule.tier and _looser(b, rule)), None)
        if shadow is not None and rule.tier != FALLBACK_TIER:
            found.append(
                f"Tier {rule.tier} can never be assigned: every account that meets it "
                f"also meets tier {shadow.tier}."
            )
    return found


def _looser(a: TierRule, b: TierRule) -> bool:
    """True when every minimum of ``a`` is at most ``b``'s: whoever meets ``b`` meets ``a``."""
    b_thresholds = b.thresholds()
    return all(m <= b_thresholds[name] for name, m in a.thresholds().items())


DEFAULT_RULES = SegmentationRules(
    rules=(
        TierRule(
            "A", min_icp=75, min_revenue=Decimal(1_000_000), min_purchase_months=6, min_importance=4
        ),
        TierRule("B", min_icp=60, min_revenue=Decimal(300_000), min_purchase_months=3),
        TierRule("C", min_icp=40, min_growth=3),
    )
)


@dataclass(frozen=True)
class TierAssignment:
    """The tier shown, the tier the rules give, and why (short English explanations)."""

    tier: str
    computed_tier: str
    is_override: bool
    reasons: tuple[str, ...]


def assign_tier(
    inputs: SegmentInputs,
    rules: SegmentationRules = DEFAULT_RULES,
    override: str | None = None,
) -> TierAssignment:
    """Rules (best tier first, else "D"), then the strategic floor, then the manual override.

    Rules for unknown tiers and an unknown floor are ignored here; :meth:`SegmentationRules.
    problems` reports them. Raises ValueError for an override that is not in :data:`TIERS`.
    """
    if override is not None and override not in TIERS:
        raise ValueError(f"tier override must be one of {', '.join(TIERS)}, got {override!r}")
    tier, reasons = _tier_from_rules(inputs, rules.ordered())
    floor = rules.strategic_floor
    if (
        inputs.strategic_importance >= STRATEGIC_IMPORTANCE
        and floor in TIERS
        and TIERS.index(tier) > TIERS.index(floor)
    ):
        tier = floor
        reasons.append(f"strategic importance {STRATEGIC_IMPORTANCE}: at least {floor}")
    if override is None:
        return TierAssignment(tier, tier, False, tuple(reasons))
    return TierAssignment(override, tier, True, (*reasons, "manual override"))


def _tier_from_rules(inputs: SegmentInputs, ordered: list[TierRule]) -> tuple[str, list[str]]:
    """The first rule met and its explanations, plus why the next better tier was missed."""
    for i, rule in enumerate(ordered):
        if rule.is_met_by(inputs):
            reasons = [text for _, text in rule.checks(inputs)] or [
                f"tier {rule.tier} has no minimums"
            ]
            return rule.tier, reasons + _missed(inputs, ordered[i - 1] if i else None)
    return FALLBACK_TIER, ["no tier rule met", *_missed(inputs, ordered[-1] if ordered else None)]


def _missed(inputs: SegmentInputs, better: TierRule | None) -> list[str]:
    """The minimums of ``better`` the account falls short of, as "not B: revenue … < …"."""
    if better is None:
        return []
    return [f"not {better.tier}: {text}" for met, text in better.checks(inputs) if not met]


_INPUT_FIELDS = {
    "min_icp": "icp_score",
    "min_revenue": "annual_revenue",
    "min_purchase_months": "purchase_months",
    "min_growth": "growth_potential",
    "min_importance": "strategic_importance",
}


def tier_function(rules: SegmentationRules = DEFAULT_RULES) -> Callable[[SegmentInputs], str]:
    """A fast ``inputs → tier`` equal to ``assign_tier(inputs, rules).computed_tier``.

    It skips the explanations, so listing 100k accounts does not build 100k sets of reasons.
    """
    ordered = [
        (rule.tier, tuple((_INPUT_FIELDS[n], m) for n, m in rule.thresholds().items() if m > 0))
        for rule in rules.ordered()
    ]
    floor = rules.strategic_floor if rules.strategic_floor in TIERS else None

    def tier(inputs: SegmentInputs) -> str:
        found = next(
            (
                name
                for name, minimums in ordered
                if all((getattr(inputs, f) or 0) >= m for f, m in minimums)
            ),
            FALLBACK_TIER,
        )
        if (
            floor is not None
            and inputs.strategic_importance >= STRATEGIC_IMPORTANCE
            and TIERS.index(found) > TIERS.index(floor)
        ):
            found = floor
        return found

    return tier
