"""The domain's rules for one row as it will be (beyond what each cell's kind checks), and
circles in reporting lines and org charts across a whole sheet."""

from __future__ import annotations

from collections.abc import Iterator

from kamdesk.analytics.cnpj import cnpj_problem
from kamdesk.model.enums import LinkKind, SurveyKind
from kamdesk.services.problems import CNPJ_REASONS
from kamdesk.services.workbook_import import messages as m
from kamdesk.services.workbook_import.rows import UNKNOWN, ParsedRow

Finding = tuple[str, str, dict]  # (column key, template, arguments)

SCORE_RANGES = {SurveyKind.NPS: (0, 10), SurveyKind.CSAT: (1, 5)}
# Sheets whose rows point at another row of the same sheet, and through which column.
PARENT_COLUMNS = {"org_units": "parent", "stakeholders": "reports_to"}


def _known(*values) -> bool:
    return all(v is not None and v is not UNKNOWN for v in values)


def _account_rules(row: ParsedRow) -> Iterator[Finding]:
    tax_id = row.values.get("tax_id")
    if isinstance(tax_id, str) and tax_id.strip():
        reason = cnpj_problem(tax_id)
        if reason:
            yield "tax_id", m.INVALID_CNPJ, {"value": tax_id, "reason": CNPJ_REASONS[reason]}


def _revenue_rules(row: ParsedRow) -> Iterator[Finding]:
    revenue, recurring = row.values.get("revenue"), row.values.get("recurring")
    if _known(revenue, recurring) and recurring > revenue:
        args = {"recurring": recurring, "revenue": revenue}
        yield "recurring", m.RECURRING_ABOVE_REVENUE, args


def _survey_rules(row: ParsedRow) -> Iterator[Finding]:
    kind, score = row.values.get("kind"), row.values.get("score")
    if _known(kind, score) and kind in SCORE_RANGES:
        low, high = SCORE_RANGES[kind]
        if not low <= score <= high:
            args = {"kind": kind.english, "low": low, "high": high, "value": score}
            yield "score", m.SCORE_RANGE, args


def _relation_rules(row: ParsedRow) -> Iterator[Finding]:
    if row.values.get("kind") is LinkKind.REPORTS_TO:
        yield "kind", m.REPORTS_TO_ON_RELATIONS, {}
    source, target = row.values.get("source"), row.values.get("target")
    if _known(source, target) and source == target:
        yield "target", m.SELF_LINK, {}


def _org_unit_rules(row: ParsedRow) -> Iterator[Finding]:
    if row.values.get("parent") == row.identity:
        yield "parent", m.SELF_PARENT, {}


def _stakeholder_rules(row: ParsedRow) -> Iterator[Finding]:
    if row.values.get("reports_to") == row.identity:
        yield "reports_to", m.SELF_LINK, {}


RULES = {
    "accounts": _account_rules,
    "revenue": _revenue_rules,
    "surveys": _survey_rules,
    "relations": _relation_rules,
    "org_units": _org_unit_rules,
    "stakeholders": _stakeholder_rules,
}


def row_findings(sheet_key: str, row: ParsedRow) -> list[Finding]:
    rules = RULES.get(sheet_key)
    return list(rules(row)) if rules else []


def circles(parent_of: dict[object, object]) -> list[list[object]]:
    """Every circle of a graph where each node has at most one parent (the nodes of each
    circle in walking order); a node pointing at itself is not reported here."""
    state: dict[object, int] = {}  # 1 = on the current walk, 2 = done
    found = []
    for start in parent_of:
        walk = []
        node = start
        while node is not None and node in parent_of and node not in state:
            state[node] = 1
            walk.append(node)
            node = parent_of[node]
        if node is not None and state.get(node) == 1 and node != parent_of.get(node):
            found.append(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = 2
    return found
