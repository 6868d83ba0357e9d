"""What the import planner says about a workbook's rows, in words a KAM can act on.

Each message is an English template marked for Qt's translation system (context
"ImportProblem"); the interface translates the template, then fills in the arguments. Cell
errors keep the parser's own template (context "CellError").
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("ImportProblem", text)


REQUIRED = _t("A value is required here.")
UNKNOWN_ID = _t("id {id} does not exist in this portfolio.")
NOT_AN_ID = _t("“{value}” is not a record id (leave it blank for a new row).")
DUPLICATE_ID = _t("id {id} is already used by row {other}.")
DUPLICATE_KEY = _t("“{key}” is already in row {other}.")
AMBIGUOUS_MATCH = _t("“{key}” matches several records (ids {ids}): fill in the id column.")
NAME_TAKEN = _t("Another {thing} not in this sheet is already called “{key}” (id {id}).")
NO_REFERENCE = _t("No {thing} named “{name}” in the workbook or the portfolio.")
NO_REFERENCE_IN_ACCOUNT = _t("No {thing} named “{name}” in account “{account}”.")
AMBIGUOUS_REFERENCE = _t("“{name}” matches several {things} ({where}).")
DOOMED_REFERENCE = _t(
    "“{name}” is not in the {sheet} sheet, so it would be deleted with the records missing "
    "from the workbook."
)
NO_STAGE = _t("“{name}” is not a pipeline stage of this portfolio ({stages}).")
NO_CRITERION = _t("The portfolio has no ICP criterion “{name}”: this column was ignored.")
REPORTS_TO_ON_RELATIONS = _t(
    "Reporting lines go in the Stakeholders sheet's “Reports to” column, not here."
)
SELF_LINK = _t("A person cannot be linked to themselves.")
REPORTS_TO_CYCLE = _t("Reporting lines go round in a circle: {names}.")
PARENT_CYCLE = _t("Org units cannot contain themselves: {names}.")
SELF_PARENT = _t("An org unit cannot be its own parent.")
RECURRING_ABOVE_REVENUE = _t("Recurring ({recurring}) cannot be more than Revenue ({revenue}).")
SCORE_RANGE = _t("A {kind} score must be between {low} and {high}; got {value}.")
INVALID_CNPJ = _t("“{value}” is not a valid CNPJ ({reason}).")

# What a sheet's records are called in messages ("No account named …"): (one, several).
THINGS = {
    "accounts": (_t("account"), _t("accounts")),
    "org_units": (_t("org unit"), _t("org units")),
    "stakeholders": (_t("stakeholder"), _t("stakeholders")),
    "relations": (_t("relation"), _t("relations")),
    "products": (_t("product"), _t("products")),
    "opportunities": (_t("opportunity"), _t("opportunities")),
    "revenue": (_t("revenue record"), _t("revenue records")),
    "surveys": (_t("survey response"), _t("survey responses")),
    "risks": (_t("risk"), _t("risks")),
    "actions": (_t("action"), _t("actions")),
    "objectives": (_t("objective"), _t("objectives")),
    "key_results": (_t("key result"), _t("key results")),
    "check_ins": (_t("check-in"), _t("check-ins")),
    "interactions": (_t("interaction"), _t("interactions")),
    "reviews": (_t("review"), _t("reviews")),
}
