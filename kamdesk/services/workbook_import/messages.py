"""What the import planner says about a workbook's rows, in words a KAM can act on.

Each message is an English template marked for Qt's translation system (context
"ImportProblem"); the interface translates the template, then fills in the arguments. Cell
errors keep the parser's own template (context "CellError").
"""

from __future__ import annotations

from kamdesk.model.enums import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("ImportProblem", "A value is required here.")
UNKNOWN_ID = QT_TRANSLATE_NOOP("ImportProblem", "id {id} does not exist in this portfolio.")
NOT_AN_ID = QT_TRANSLATE_NOOP(
    "ImportProblem", "“{value}” is not a record id (leave it blank for a new row)."
)
DUPLICATE_ID = QT_TRANSLATE_NOOP("ImportProblem", "id {id} is already used by row {other}.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("ImportProblem", "“{key}” is already in row {other}.")
AMBIGUOUS_MATCH = QT_TRANSLATE_NOOP(
    "ImportProblem", "“{key}” matches several records (ids {ids}): fill in the id column."
)
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "ImportProblem", "Another {thing} not in this sheet is already called “{key}” (id {id})."
)
NO_REFERENCE = QT_TRANSLATE_NOOP(
    "ImportProblem", "No {thing} named “{name}” in the workbook or the portfolio."
)
NO_REFERENCE_IN_ACCOUNT = QT_TRANSLATE_NOOP(
    "ImportProblem", "No {thing} named “{name}” in account “{account}”."
)
NO_REFERENCE_UNDER = QT_TRANSLATE_NOOP(
    "ImportProblem", "No {thing} named “{name}” under “{parent}”."
)
AMBIGUOUS_REFERENCE = QT_TRANSLATE_NOOP(
    "ImportProblem", "“{name}” matches several {things} ({where})."
)
DOOMED_REFERENCE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "“{name}” is not in the {sheet} sheet, so it would be deleted with the records missing "
    "from the workbook.",
)
FOREIGN_WORKBOOK = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "This workbook was exported from another portfolio: its ids were ignored and its rows "
    "matched by name.",
)
NO_STAGE = QT_TRANSLATE_NOOP(
    "ImportProblem", "“{name}” is not a pipeline stage of this portfolio ({stages})."
)
NO_CRITERION = QT_TRANSLATE_NOOP(
    "ImportProblem", "The portfolio has no ICP criterion “{name}”: this column was ignored."
)
REPORTS_TO_ON_RELATIONS = QT_TRANSLATE_NOOP(
    "ImportProblem", "Reporting lines go in the Stakeholders sheet's “Reports to” column, not here."
)
SELF_LINK = QT_TRANSLATE_NOOP("ImportProblem", "A person cannot be linked to themselves.")
REPORTS_TO_CYCLE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Reporting lines go round in a circle: {names}."
)
PARENT_CYCLE = QT_TRANSLATE_NOOP("ImportProblem", "Org units cannot contain themselves: {names}.")
SELF_PARENT = QT_TRANSLATE_NOOP("ImportProblem", "An org unit cannot be its own parent.")
RECURRING_ABOVE_REVENUE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Recurring ({recurring}) cannot be more than Revenue ({revenue})."
)
SCORE_RANGE = QT_TRANSLATE_NOOP(
    "ImportProblem", "A {kind} score must be between {low} and {high}; got {value}."
)
INVALID_CNPJ = QT_TRANSLATE_NOOP("ImportProblem", "“{value}” is not a valid CNPJ ({reason}).")

# What a sheet's records are called in messages ("No account named …"): (one, several).
THINGS = {
    "accounts": (
        QT_TRANSLATE_NOOP("ImportProblem", "account"),
        QT_TRANSLATE_NOOP("ImportProblem", "accounts"),
    ),
    "org_units": (
        QT_TRANSLATE_NOOP("ImportProblem", "org unit"),
        QT_TRANSLATE_NOOP("ImportProblem", "org units"),
    ),
    "stakeholders": (
        QT_TRANSLATE_NOOP("ImportProblem", "stakeholder"),
        QT_TRANSLATE_NOOP("ImportProblem", "stakeholders"),
    ),
    "relations": (
        QT_TRANSLATE_NOOP("ImportProblem", "relation"),
        QT_TRANSLATE_NOOP("ImportProblem", "relations"),
    ),
    "products": (
        QT_TRANSLATE_NOOP("ImportProblem", "product"),
        QT_TRANSLATE_NOOP("ImportProblem", "products"),
    ),
    "opportunities": (
        QT_TRANSLATE_NOOP("ImportProblem", "opportunity"),
        QT_TRANSLATE_NOOP("ImportProblem", "opportunities"),
    ),
    "revenue": (
        QT_TRANSLATE_NOOP("ImportProblem", "revenue record"),
        QT_TRANSLATE_NOOP("ImportProblem", "revenue records"),
    ),
    "surveys": (
        QT_TRANSLATE_NOOP("ImportProblem", "survey response"),
        QT_TRANSLATE_NOOP("ImportProblem", "survey responses"),
    ),
    "risks": (
        QT_TRANSLATE_NOOP("ImportProblem", "risk"),
        QT_TRANSLATE_NOOP("ImportProblem", "risks"),
    ),
    "actions": (
        QT_TRANSLATE_NOOP("ImportProblem", "action"),
        QT_TRANSLATE_NOOP("ImportProblem", "actions"),
    ),
    "objectives": (
        QT_TRANSLATE_NOOP("ImportProblem", "objective"),
        QT_TRANSLATE_NOOP("ImportProblem", "objectives"),
    ),
    "key_results": (
        QT_TRANSLATE_NOOP("ImportProblem", "key result"),
        QT_TRANSLATE_NOOP("ImportProblem", "key results"),
    ),
    "check_ins": (
        QT_TRANSLATE_NOOP("ImportProblem", "check-in"),
        QT_TRANSLATE_NOOP("ImportProblem", "check-ins"),
    ),
    "interactions": (
        QT_TRANSLATE_NOOP("ImportProblem", "interaction"),
        QT_TRANSLATE_NOOP("ImportProblem", "interactions"),
    ),
    "reviews": (
        QT_TRANSLATE_NOOP("ImportProblem", "review"),
        QT_TRANSLATE_NOOP("ImportProblem", "reviews"),
    ),
}
