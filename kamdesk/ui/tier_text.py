"""Why an account has its tier, in the interface language with locale-formatted numbers."""

from __future__ import annotations

from kamdesk.analytics.segmentation import FALLBACK_TIER, Comparison
from kamdesk.model.enums import Tier
from kamdesk.services.accounts import TierExplanation
from kamdesk.ui.i18n import enum_label, format_money, format_number, translate


def _label(threshold: str) -> str:
    return {
        "min_icp": translate("TierText", "ICP score"),
        "min_revenue": translate("TierText", "revenue in 12 months"),
        "min_purchase_months": translate("TierText", "months with purchases"),
        "min_growth": translate("TierText", "growth potential"),
        "min_importance": translate("TierText", "strategic importance"),
    }[threshold]


def _comparison(c: Comparison, currency: str) -> str:
    show = (
        (lambda v: format_money(v, currency, 0))
        if c.threshold == "min_revenue"
        else (lambda v: format_number(v))
    )
    sign = "≥" if c.met else "<"
    return f"{_label(c.threshold)} {show(c.value)} {sign} {show(c.minimum)}"


def explain_tier(explanation: TierExplanation, currency: str = "BRL") -> str:
    assignment, inputs = explanation.assignment, explanation.inputs
    ordered = explanation.rules.ordered()
    met = next((r for r in ordered if r.is_met_by(inputs)), None)
    rule_tier = met.tier if met else FALLBACK_TIER
    lines = []
    if met is None:
        lines.append(
            translate("TierText", "No tier rule is met, so the account is in the last tier.")
        )
    else:
        parts = [_comparison(c, currency) for c in met.comparisons(inputs)]
        lines.append(
            translate("TierText", "Meets the rule of %1: %2")
            .replace("%1", enum_label(Tier(rule_tier)))
            .replace("%2", "; ".join(parts) or translate("TierText", "no minimums"))
        )
    better = (
        ordered[ordered.index(met) - 1]
        if met and ordered.index(met)
        else (ordered[-1] if met is None and ordered else None)
    )
    if better is not None:
        short = [_comparison(c, currency) for c in better.comparisons(inputs) if not c.met]
        lines.append(
            translate("TierText", "Short of %1: %2")
            .replace("%1", enum_label(Tier(better.tier)))
            .replace("%2", "; ".join(short))
        )
    if assignment.computed_tier != rule_tier:
        lines.append(
            translate("TierText", "Strategic importance 5 keeps it at least in %1.").replace(
                "%1", enum_label(Tier(assignment.computed_tier))
            )
        )
    if assignment.is_override:
        lines.append(
            translate("TierText", "Set by hand to %1; the rules give %2.")
            .replace("%1", enum_label(Tier(assignment.tier)))
            .replace("%2", enum_label(Tier(assignment.computed_tier)))
        )
    return "\n".join(lines)
