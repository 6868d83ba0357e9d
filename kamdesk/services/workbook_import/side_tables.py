"""What importing a row writes besides the row itself: ICP ratings (Accounts), reporting lines
(Stakeholders), participants (Interactions), stage history (Opportunities), and the dates a
status change implies (an opportunity's close, an action's completion)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kamdesk.model import (
    IcpCriterion,
    IcpRating,
    OpportunityHistory,
    PipelineStage,
    StakeholderLink,
    interaction_stakeholder,
)
from kamdesk.model.base import utcnow
from kamdesk.model.enums import ActionStatus, LinkKind, StageOutcome
from kamdesk.services.workbook_import.bindings import ICP_COLUMNS, INTERACTION_PEOPLE, REPORTS_TO
from kamdesk.services.workbook_import.bulk import BulkInserts
from kamdesk.services.workbook_import.plan import RowPlan

CHUNK = 500
HISTORY_FIELDS = ("stage", "expected_close", "one_time_value", "recurring_value", "probability")


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SideWrites:
    def __init__(self, session: Session, inserts: BulkInserts, resolved: Callable):
        self.session = session
        self.inserts = inserts
        self.resolved = resolved
        self.today = dt.date.today()
        self._outcomes: dict[int, StageOutcome] | None = None

    def record_id(self, row: RowPlan) -> int:
        return row.record_id if row.record_id is not None else self.resolved(row.identity)

    # -- values implied by others ---------------------------------------------------------

    def outcome(self, stage_id: int) -> StageOutcome:
        if self._outcomes is None:
            query = select(PipelineStage.id, PipelineStage.outcome)
            self._outcomes = dict(self.session.execute(query).all())
        return self._outcomes.get(stage_id, StageOutcome.OPEN)

    def derived(self, sheet_key: str, row: RowPlan, keys) -> dict[str, object]:
        if sheet_key == "opportunities" and "stage" in keys:
            closed = self.outcome(row.values["stage"]) is not StageOutcome.OPEN
            return {"closed_at": (row.values["expected_close"] or self.today) if closed else None}
        if sheet_key == "actions" and "status" in keys:
            done = row.values["status"] is ActionStatus.DONE
            return {"done_at": self.today if done else None}
        return {}

    def derived_columns(self, sheet_key: str, rows: list[RowPlan], keys) -> dict[str, list]:
        """``derived`` of ``rows``, one list per column."""
        if sheet_key not in ("opportunities", "actions"):
            return {}
        found = [self.derived(sheet_key, row, keys) for row in rows]
        return {name: [values[name] for values in found] for name in found[0]}

    # -- other tables ---------------------------------------------------------------------

    def ratings(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        criteria = dict(
            self.session.execute(
                select(IcpCriterion.key, IcpCriterion.id).where(
                    IcpCriterion.key.in_(list(ICP_COLUMNS.values()))
                )
            ).all()
        )
        for column_key, criterion_key in ICP_COLUMNS.items():
            criterion_id = criteria.get(criterion_key)
            if criterion_id is None:
                continue
            touched = [r for r in changed if column_key in r.changed_keys]
            for ids in _chunks([r.record_id for r in touched]):
                self.session.execute(
                    delete(IcpRating).where(
                        IcpRating.account_id.in_(ids), IcpRating.criterion_id == criterion_id
                    )
                )
            rated = [r for r in [*new, *touched] if r.values.get(column_key) is not None]
            self.inserts.insert(
                IcpRating.__table__,
                {
                    "account_id": [self.record_id(r) for r in rated],
                    "criterion_id": [criterion_id] * len(rated),
                    "rating": [r.values[column_key] for r in rated],
                },
            )

    def reporting_lines(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        touched = [r for r in changed if REPORTS_TO in r.changed_keys]
        for ids in _chunks([r.record_id for r in touched]):
            self.session.execute(
                delete(StakeholderLink).where(
                    StakeholderLink.source_id.in_(ids),
                    StakeholderLink.kind == LinkKind.REPORTS_TO,
                )
            )
        linked = [r for r in [*new, *touched] if r.values.get(REPORTS_TO) is not None]
        self.inserts.insert(
            StakeholderLink.__table__,
            {
                "account_id": [self.resolved(r.values["account"]) for r in linked],
                "source_id": [self.record_id(r) for r in linked],
                "target_id": [self.resolved(r.values[REPORTS_TO]) for r in linked],
                "kind": [LinkKind.REPORTS_TO] * len(linked),
                "strength": [None] * len(linked),
            },
        )

    def participants(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        touched = [r for r in changed if INTERACTION_PEOPLE in r.changed_keys]
        column = interaction_stakeholder.c
        for ids in _chunks([r.record_id for r in touched]):
            self.session.execute(
                delete(interaction_stakeholder).where(column.interaction_id.in_(ids))
            )
        pairs = [
            (self.record_id(r), person)
            for r in [*new, *touched]
            for person in sorted(self.resolved(r.values.get(INTERACTION_PEOPLE) or frozenset()))
        ]
        self.inserts.insert(
            interaction_stakeholder,
            {
                "interaction_id": [interaction for interaction, _person in pairs],
                "stakeholder_id": [person for _interaction, person in pairs],
            },
        )

    def history(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        """The opportunity as it is after the import, when its stage, close or values moved."""
        moved = [r for r in changed if set(HISTORY_FIELDS) & set(r.changed_keys)]
        states = [*new, *moved]
        self.inserts.insert(
            OpportunityHistory.__table__,
            {
                "opportunity_id": [self.record_id(r) for r in states],
                "changed_at": [utcnow()] * len(states),
                "stage_id": [r.values["stage"] for r in states],
                "expected_close": [r.values["expected_close"] for r in states],
                "one_time_value": [r.values["one_time_value"] for r in states],
                "recurring_value": [r.values["recurring_value"] for r in states],
                "probability": [r.values["probability"] for r in states],
            },
        )


SIDE_WRITERS: dict[str, Callable[[SideWrites, list[RowPlan], list[RowPlan]], None]] = {
    "accounts": SideWrites.ratings,
    "stakeholders": SideWrites.reporting_lines,
    "interactions": SideWrites.participants,
    "opportunities": SideWrites.history,
}
