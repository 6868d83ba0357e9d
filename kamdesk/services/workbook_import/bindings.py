"""How each workbook sheet maps onto the model: its table, the attribute behind each column,
and the natural key its rows are matched by.

Natural keys (WORKBOOK.md, with the choices made where it leaves room):

- Accounts by name; Products by name; Org units, Stakeholders, Opportunities, Risks, Actions
  by (account, name or title or description); Objectives by (account or none, title); Key
  results by (objective, title); Check-ins by (key result, date); Revenue by (account, month);
  Relations by (account, from, to, kind); Reviews by (account, kind, date).
- Surveys by (account, stakeholder, date, kind) and Interactions by (account, date, kind,
  notes) are *repeatable*: several real records may share the key (two answers the same day,
  two calls the same day), so the key is not unique. A row without id takes the first record
  with the same key that no other row has taken yet, else it is new; repeated keys in the file
  are not an error. Importing the same file twice therefore changes nothing the second time.
- Two rows with the same key are an error (on the later row), except when both carry ids on a
  sheet whose key the database does not keep unique: two opportunities of one account may share
  a title, and their ids tell them apart.

Text parts of a key are compared folded (case-, accent- and space-insensitive), like account
names; references are compared by the record they resolve to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table

from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OrgUnit,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
)
from kamdesk.model.enums import LinkKind

# Columns that are not a plain attribute of the sheet's table: column key → criterion key.
ICP_COLUMNS = {"growth_potential": "growth_potential", "market_influence": "market_influence"}
REPORTS_TO = "reports_to"  # a StakeholderLink of kind reports_to
INTERACTION_PEOPLE = "stakeholders"  # rows of interaction_stakeholder


@dataclass(frozen=True)
class SheetBinding:
    sheet_key: str
    model: type
    attributes: dict[str, str]  # column key → attribute of ``model`` (foreign keys included)
    match_key: tuple[str, ...]  # the columns of the natural key rows are matched by
    name_column: str | None = None  # what other sheets call these records by
    unique: bool = False  # the database refuses two records with the same key
    repeatable: bool = False  # several records may share a key (see the module docstring)
    special: tuple[str, ...] = field(default=())  # columns written by their own code
    parent_column: str | None = None  # the record these hang under (key results' objective)

    @property
    def table(self) -> Table:
        return self.model.__table__

    @property
    def account_attribute(self) -> str | None:
        return self.attributes.get("account")


def _same(*keys: str) -> dict[str, str]:
    return {key: key for key in keys}


BINDINGS: dict[str, SheetBinding] = {
    b.sheet_key: b
    for b in (
        SheetBinding(
            "accounts",
            Account,
            _same(
                "name",
                "legal_name",
                "tax_id",
                "industry",
                "employees",
                "region",
                "owner",
                "lifecycle_stage",
                "tier_override",
                "strategic_importance",
                "strategies",
                "value_proposition",
                "desired_position",
                "perceived_position",
                "differentiators",
                "acquisition_cost",
                "client_since",
                "notes",
            ),
            ("name",),
            name_column="name",
            unique=True,
            special=tuple(ICP_COLUMNS),
        ),
        SheetBinding(
            "org_units",
            OrgUnit,
            {"account": "account_id", "parent": "parent_id"} | _same("name", "kind", "is_target"),
            ("account", "name"),
            name_column="name",
            unique=True,
        ),
        SheetBinding(
            "stakeholders",
            Stakeholder,
            {"account": "account_id", "org_unit": "org_unit_id"}
            | _same(
                "name",
                "job_title",
                "email",
                "phone",
                "buying_role",
                "influence",
                "stance",
                "relationship_strength",
                "last_contact",
                "relationship_owner",
                "notes",
            ),
            ("account", "name"),
            name_column="name",
            special=(REPORTS_TO,),
        ),
        SheetBinding(
            "relations",
            StakeholderLink,
            {"account": "account_id", "source": "source_id", "target": "target_id"}
            | _same("kind", "strength"),
            ("account", "source", "target", "kind"),
        ),
        SheetBinding(
            "products",
            Product,
            _same("name", "category"),
            ("name",),
            name_column="name",
            unique=True,
        ),
        SheetBinding(
            "opportunities",
            Opportunity,
            {
                "account": "account_id",
                "product": "product_id",
                "org_unit": "org_unit_id",
                "stage": "stage_id",
            }
            | _same(
                "title",
                "type",
                "one_time_value",
                "recurring_value",
                "probability",
                "forecast_category",
                "expected_close",
                "owner",
                "next_step",
                "competitor",
                "win_loss_reason",
            ),
            ("account", "title"),
            name_column="title",
        ),
        SheetBinding(
            "revenue",
            RevenueRecord,
            {"account": "account_id"} | _same("month", "revenue", "recurring"),
            ("account", "month"),
            unique=True,
        ),
        SheetBinding(
            "surveys",
            SurveyResponse,
            {"account": "account_id", "stakeholder": "stakeholder_id"}
            | _same("date", "kind", "score", "comment"),
            ("account", "stakeholder", "date", "kind"),
            repeatable=True,
        ),
        SheetBinding(
            "risks",
            Risk,
            {"account": "account_id"}
            | _same(
                "category",
                "description",
                "likelihood",
                "impact",
                "response",
                "status",
                "review_date",
            ),
            ("account", "description"),
            name_column="description",
        ),
        SheetBinding(
            "actions",
            Action,
            {"account": "account_id", "risk": "risk_id"} | _same("title", "owner", "due", "status"),
            ("account", "title"),
            name_column="title",
        ),
        SheetBinding(
            "objectives",
            Objective,
            {"account": "account_id"} | _same("title", "period", "strategy"),
            ("account", "title"),
            name_column="title",
        ),
        SheetBinding(
            "key_results",
            KeyResult,
            {"objective": "objective_id"}
            | _same("title", "unit", "start", "target", "current", "direction"),
            ("objective", "title"),
            name_column="title",
            parent_column="objective",
        ),
        SheetBinding(
            "check_ins",
            CheckIn,
            {"key_result": "key_result_id"} | _same("date", "value", "confidence", "note"),
            ("key_result", "date"),
        ),
        SheetBinding(
            "interactions",
            Interaction,
            {"account": "account_id"} | _same("date", "kind", "notes"),
            ("account", "date", "kind", "notes"),
            repeatable=True,
            special=(INTERACTION_PEOPLE,),
        ),
        SheetBinding(
            "reviews",
            Review,
            {"account": "account_id"} | _same("kind", "date", "outcome"),
            ("account", "kind", "date"),
        ),
    )
}

# The Relations sheet holds every link but reporting lines (those are on Stakeholders).
RELATION_KINDS = tuple(k for k in LinkKind if k is not LinkKind.REPORTS_TO)
