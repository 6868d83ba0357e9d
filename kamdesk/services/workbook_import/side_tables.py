"""What importing a row writes besides the row itself: ICP ratings (Accounts), reporting lines
(Stakeholders), participants (Interactions), stage history (Opportunities), and the dates a
status change implies (an opportunity's close, an action's completion)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, insert, select
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
from kamdesk.services.workbook_import.plan import RowPlan

CHUNK = 500
HISTORY_FIELDS = ("stage", "expected_close", "one_time_value", "recurring_value", "probability")


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SideWrites:
    def __init__(self, session: Session, resolved: Callable):
        self.session = session
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
            ratings = [
                {"account_id": self.record_id(r), "criterion_id": criterion_id, "rating": rating}
                for r in [*new, *touched]
                if (rating := r.values.get(column_key)) is not None
            ]
            if ratings:
                self.session.execute(insert(IcpRating), ratings)

    def reporting_lines(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        touched = [r for r in changed if REPORTS_TO in r.changed_keys]
        for ids in _chunks([r.record_id for r in touched]):
            self.session.execute(
                delete(StakeholderLink).where(
                    StakeholderLink.source_id.in_(ids),
                    StakeholderLink.kind == LinkKind.REPORTS_TO,
                )
            )
        links = [
            {
                "account_id": self.resolved(r.values["account"]),
                "source_id": self.record_id(r),
                "target_id": self.resolved(boss),
                "kind": LinkKind.REPORTS_TO,
                "strength": None,
            }
            for r in [*new, *touched]
            if (boss := r.values.get(REPORTS_TO)) is not None
        ]
        if links:
            self.session.execute(insert(StakeholderLink), links)

    def participants(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        touched = [r for r in changed if INTERACTION_PEOPLE in r.changed_keys]
        column = interaction_stakeholder.c
        for ids in _chunks([r.record_id for r in touched]):
            self.session.execute(
                delete(interaction_stakeholder).where(column.interaction_id.in_(ids))
            )
        pairs = [
            {"interaction_id": self.record_id(r), "stakeholder_id": person}
            for r in [*new, *touched]
            for person in sorted(self.resolved(r.values.get(INTERACTION_PEOPLE) or frozenset()))
        ]
        if pairs:
            self.session.execute(insert(interaction_stakeholder), pairs)

    def history(self, new: list[RowPlan], changed: list[RowPlan]) -> None:
        """The opportunity as it is after the import, when its stage, close or values moved."""
        moved = [r for r in changed if set(HISTORY_FIELDS) & set(r.changed_keys)]
        now = utcnow()
        states = [
            {
                "opportunity_id": self.record_id(r),
                "changed_at": now,
                "stage_id": r.values["stage"],
                "expected_close": r.values["expected_close"],
                "one_time_value": r.values["one_time_value"],
                "recurring_value": r.values["recurring_value"],
                "probability": r.values["probability"],
            }
            for r in [*new, *moved]
        ]
        if states:
            self.session.execute(insert(OpportunityHistory), states)


SIDE_WRITERS: dict[str, Callable[[SideWrites, list[RowPlan], list[RowPlan]], None]] = {
    "accounts": SideWrites.ratings,
    "stakeholders": SideWrites.reporting_lines,
    "interactions": SideWrites.participants,
    "opportunities": SideWrites.history,
}
