"""Opportunities: the Pipeline table and board, create, edit, move between stages, delete.

Every write is one ``portfolio.session()``; the input is checked first and a problem raises
:class:`ValidationError` before anything is written. What each write returns undoes it:
:meth:`OpportunityService.create` an id (undo: :meth:`~OpportunityService.delete`, whose
snapshot redoes it), :meth:`~OpportunityService.update` and
:meth:`~OpportunityService.move_to_stage` an :class:`OpportunityChange` (undo:
:meth:`~OpportunityService.revert`), :meth:`~OpportunityService.delete` a deletion snapshot
(undo: :meth:`~OpportunityService.restore`, same ids, stage history included).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import fields, replace

from sqlalchemy import Select, and_, delete, func, select, update
from sqlalchemy.orm import Session

from kamdesk.model import Account, Opportunity, OpportunityHistory, OrgUnit, PipelineStage, Product
from kamdesk.model.base import utcnow
from kamdesk.model.enums import ForecastCategory, StageOutcome, fold
from kamdesk.services.pipeline import checks
from kamdesk.services.pipeline import messages as m
from kamdesk.services.pipeline.data import (
    HISTORY_FIELDS,
    OPPORTUNITY_FIELDS,
    HistoryEntry,
    OpportunityChange,
    OpportunityData,
    OpportunityFilter,
    OpportunityRow,
)
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio

# The forecast category an opportunity takes when it reaches a closed stage (as CRMs do: a
# lost deal leaves the forecast), and when it is reopened.
CATEGORY_ON_CLOSING = {
    StageOutcome.WON: ForecastCategory.CLOSED,
    StageOutcome.LOST: ForecastCategory.OMITTED,
}
CATEGORY_ON_REOPENING = ForecastCategory.PIPELINE


class OpportunityService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def list_rows(
        self, opportunity_filter: OpportunityFilter | None = None
    ) -> list[OpportunityRow]:
        """The opportunities the filter lets through, in board order (stage, expected close),
        read in one query whatever their number."""
        with self.portfolio.session() as session:
            query = _filtered(_rows_query(), opportunity_filter or OpportunityFilter())
            return [_row(r) for r in session.execute(query)]

    def get(self, opportunity_id: int) -> OpportunityData:
        with self.portfolio.session() as session:
            return _data_of(_require(session, opportunity_id))

    def history(self, opportunity_id: int) -> list[HistoryEntry]:
        """The opportunity after each change, oldest first (stage history and slippage)."""
        h = OpportunityHistory.__table__.c
        query = (
            select(h, PipelineStage.name.label("stage_name"))
            .outerjoin(PipelineStage, PipelineStage.id == h.stage_id)
            .where(h.opportunity_id == opportunity_id)
            .order_by(h.changed_at, h.id)
        )
        with self.portfolio.session() as session:
            _require(session, opportunity_id)
            return [
                HistoryEntry(**{f.name: getattr(r, f.name) for f in fields(HistoryEntry)})
                for r in session.execute(query)
            ]

    def owners(self) -> list[str]:
        """Everyone who owns an opportunity, for the owner filter."""
        with self.portfolio.session() as session:
            query = select(Opportunity.owner).distinct().where(Opportunity.owner != "")
            return sorted(session.scalars(query), key=fold)

    # -- writing -----------------------------------------------------------------------------

    def validate(
        self,
        data: OpportunityData,
        opportunity_id: int | None = None,
        today: dt.date | None = None,
    ) -> list[Problem]:
        """The problems :meth:`create` (or :meth:`update` of ``opportunity_id`` to ``data``)
        would refuse; an editor shows them as the KAM types."""
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            if opportunity_id is None:
                return checks.opportunity_problems(session, _as_new(session, data), today)
            opportunity = _require(session, opportunity_id)
            before = _data_of(opportunity)
            changes = {
                name: getattr(data, name)
                for name in OPPORTUNITY_FIELDS
                if getattr(data, name) != getattr(before, name)
            }
            return _edit_problems(session, opportunity, before, _edited(session, before, changes))

    def create(self, data: OpportunityData, today: dt.date | None = None) -> int:
        """Adds the opportunity and its first history row, both dated ``today`` (default: the
        current date). ``stage_id`` None puts it in the first open stage; created in a closed
        stage, it is closed ``today`` and takes that stage's category."""
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            data = _as_new(session, data)
            refuse(checks.opportunity_problems(session, data, today))
            data = checks.clean_opportunity(data)
            moment = _moment(today)
            opportunity = Opportunity(created_at=moment, updated_at=moment)
            _apply(opportunity, data)
            closed = _outcome(session, data.stage_id) is not StageOutcome.OPEN
            opportunity.closed_at = today if closed else None
            session.add(opportunity)
            session.flush()
            _add_history(session, opportunity, moment)
            return opportunity.id

    def update(
        self,
        opportunity_id: int,
        changes: Mapping[str, object],
        today: dt.date | None = None,
    ) -> OpportunityChange:
        """Applies ``changes`` ({field: value}) with what follows from a new stage (see
        :func:`_following_stage`); appends a history row dated ``today`` when the stage, the
        expected close, a value or the probability changed. :meth:`revert` undoes it."""
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            opportunity = _require(session, opportunity_id)
            before = _data_of(opportunity)
            after = _edited(session, before, changes)
            refuse(_edit_problems(session, opportunity, before, after))
            return _write(session, opportunity, before, checks.clean_opportunity(after), today)

    def move_to_stage(
        self,
        opportunity_id: int,
        stage_id: int,
        reason: str | None = None,
        today: dt.date | None = None,
    ) -> OpportunityChange:
        """Moves the opportunity to ``stage_id`` (a card dropped on another board column).

        Closing (reaching a won or lost stage from another outcome) needs a win/loss reason:
        ``reason``, or else one already written while the opportunity was open; going from
        won to lost or back needs a new ``reason``. Reaching a won stage sets the category to
        Closed, a lost one to Omitted; reopening sets it to Pipeline and clears the reason and
        the closing date. The own probability is dropped, so the new stage's default applies.
        One history row dated ``today`` records the move; :meth:`revert` removes it and puts
        everything back as it was.
        """
        changes: dict[str, object] = {"stage_id": stage_id}
        blank = isinstance(reason, str) and not reason.strip()
        if reason is not None and not blank:  # a blank reason falls back to the stored one
            changes["win_loss_reason"] = reason
        return self.update(opportunity_id, changes, today)

    def revert(self, change: OpportunityChange) -> None:
        """Undoes :meth:`update` or :meth:`move_to_stage`: every changed column as it was,
        and the history row it added removed. Redo: the same call again."""
        with self.portfolio.session() as session:
            _require(session, change.opportunity_id)
            table = Opportunity.__table__
            if change.previous:  # updated_at is among them, so it is not bumped again
                session.execute(
                    update(table).where(table.c.id == change.opportunity_id).values(change.previous)
                )
            if change.history_id is not None:
                session.execute(
                    delete(OpportunityHistory).where(OpportunityHistory.id == change.history_id)
                )

    def delete(self, opportunity_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the opportunities with their stage history; :meth:`restore` undoes it."""
        ids = list(dict.fromkeys(opportunity_ids))
        with self.portfolio.session() as session:
            found = set(session.scalars(select(Opportunity.id).where(Opportunity.id.in_(ids))))
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationError([Problem("id", m.NO_SUCH_OPPORTUNITY, {"ids": missing})])
            snapshot = take_deletion_snapshot(session, Opportunity.__table__, ids)
            delete_rows(session, Opportunity.__table__, ids)
            return snapshot

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Puts deleted opportunities back with their ids and history (undo of delete, and
        redo of create)."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)


# -- what a write does -----------------------------------------------------------------------


def _edited(
    session: Session, before: OpportunityData, changes: Mapping[str, object]
) -> OpportunityData:
    """``before`` with ``changes`` and what they imply (``stage_id`` None: the first open)."""
    unknown = set(changes) - set(OPPORTUNITY_FIELDS)
    if unknown:  # a bug in the caller, not the KAM's input
        raise ValueError(f"not an opportunity field: {sorted(unknown)}")
    after = replace(before, **changes)
    if after.stage_id is None:
        after = replace(after, stage_id=checks.first_open_stage(session))
    return _following_stage(session, before, after, set(changes))


def _edit_problems(
    session: Session, opportunity: Opportunity, before: OpportunityData, after: OpportunityData
) -> list[Problem]:
    return checks.opportunity_problems(session, after, _created_on(opportunity), before)


def _following_stage(
    session: Session, before: OpportunityData, after: OpportunityData, explicit: set[str]
) -> OpportunityData:
    """``after`` with what its new stage implies, for the fields not set explicitly:

    - another stage: the own probability is dropped (the new stage's default applies);
    - a won stage: category Closed; a lost stage: category Omitted (always, also when the
      stage stays: a closed deal's category is not the KAM's to choose);
    - reopened (a closed stage to an open one): category Pipeline;
    - leaving a won or lost stage for another outcome: the reason is cleared (it explained
      the old outcome), so closing again asks for a new one.
    """
    outcomes = checks.stage_outcomes(session)
    new = outcomes.get(after.stage_id)
    if new is None:
        return after  # refused later, at its field
    implied: dict[str, object] = {}
    if new in CATEGORY_ON_CLOSING:
        implied["forecast_category"] = CATEGORY_ON_CLOSING[new]
    if after.stage_id != before.stage_id:
        old = outcomes.get(before.stage_id)
        if "probability" not in explicit:
            implied["probability"] = None
        reopened = old in CATEGORY_ON_CLOSING and new is StageOutcome.OPEN
        if reopened and "forecast_category" not in explicit:
            implied["forecast_category"] = CATEGORY_ON_REOPENING
        if old in CATEGORY_ON_CLOSING and new != old and "win_loss_reason" not in explicit:
            implied["win_loss_reason"] = ""
    return replace(after, **implied)


def _as_new(session: Session, data: OpportunityData) -> OpportunityData:
    """A new opportunity: the first open stage unless one is given, and its category."""
    if data.stage_id is None:
        data = replace(data, stage_id=checks.first_open_stage(session))
    outcome = checks.stage_outcomes(session).get(data.stage_id)
    if outcome in CATEGORY_ON_CLOSING:
        data = replace(data, forecast_category=CATEGORY_ON_CLOSING[outcome])
    return data


def _write(
    session: Session,
    opportunity: Opportunity,
    before: OpportunityData,
    after: OpportunityData,
    today: dt.date,
) -> OpportunityChange:
    old_row = _columns(opportunity)
    old_outcome = _outcome(session, before.stage_id)
    new_outcome = _outcome(session, after.stage_id)
    _apply(opportunity, after)
    if new_outcome is StageOutcome.OPEN:
        opportunity.closed_at = None
    elif new_outcome != old_outcome:
        opportunity.closed_at = today
    if _columns(opportunity) == old_row:
        return OpportunityChange(opportunity.id, {}, None)  # nothing to record
    moment = _moment(today)
    opportunity.updated_at = moment
    history_id = None
    if any(getattr(before, name) != getattr(after, name) for name in HISTORY_FIELDS):
        history_id = _add_history(session, opportunity, moment)
    new_row = _columns(opportunity)
    previous = {name: value for name, value in old_row.items() if new_row[name] != value}
    return OpportunityChange(opportunity.id, previous, history_id)


def _add_history(session: Session, opportunity: Opportunity, moment: dt.datetime) -> int:
    row = OpportunityHistory(
        opportunity_id=opportunity.id,
        changed_at=moment,
        **{name: getattr(opportunity, name) for name in HISTORY_FIELDS},
    )
    session.add(row)
    session.flush()
    return row.id


def _moment(today: dt.date) -> dt.datetime:
    """When a change is recorded: the KAM's day, at the current UTC time of day (which only
    keeps several changes of one day in order)."""
    return dt.datetime.combine(today, utcnow().time())


def _created_on(opportunity: Opportunity) -> dt.date:
    return opportunity.created_at.date()


def _outcome(session: Session, stage_id: int | None) -> StageOutcome | None:
    return session.scalar(select(PipelineStage.outcome).where(PipelineStage.id == stage_id))


def _apply(opportunity: Opportunity, data: OpportunityData) -> None:
    for name in OPPORTUNITY_FIELDS:
        setattr(opportunity, name, getattr(data, name))


def _columns(opportunity: Opportunity) -> dict[str, object]:
    return {c.name: getattr(opportunity, c.name) for c in Opportunity.__table__.columns}


def _data_of(opportunity: Opportunity) -> OpportunityData:
    return OpportunityData(**{name: getattr(opportunity, name) for name in OPPORTUNITY_FIELDS})


def _require(session: Session, opportunity_id) -> Opportunity:
    opportunity = session.get(Opportunity, opportunity_id) if checks.is_id(opportunity_id) else None
    if opportunity is None:
        raise ValidationError([Problem("id", m.NO_SUCH_OPPORTUNITY)])
    return opportunity


# -- the table and the board -----------------------------------------------------------------


def _rows_query() -> Select:
    """Every opportunity with its account, stage, product and org unit: one joined query."""
    o = Opportunity.__table__.c
    s = PipelineStage.__table__.c
    effective = func.coalesce(o.probability, s.probability)
    return (
        select(
            o.id,
            o.account_id,
            Account.name.label("account_name"),
            o.title,
            o.type,
            o.product_id,
            func.coalesce(Product.name, "").label("product_name"),
            o.org_unit_id,
            func.coalesce(OrgUnit.name, "").label("org_unit_name"),
            o.one_time_value,
            o.recurring_value,
            o.stage_id,
            s.key.label("stage_key"),
            s.name.label("stage_name"),
            s.position.label("stage_position"),
            s.outcome,
            o.probability,
            effective.label("effective_probability"),
            o.forecast_category,
            o.expected_close,
            o.owner,
            o.next_step,
            o.competitor,
            o.win_loss_reason,
            o.created_at,
            o.updated_at,
            o.closed_at,
        )
        .join(Account, Account.id == o.account_id)
        .join(PipelineStage, s.id == o.stage_id)
        .outerjoin(Product, Product.id == o.product_id)
        .outerjoin(OrgUnit, OrgUnit.id == o.org_unit_id)
        .order_by(s.position, s.id, o.expected_close.is_(None), o.expected_close, o.id)
    )


def _filtered(query: Select, wanted: OpportunityFilter) -> Select:
    o = Opportunity.__table__.c
    conditions = []
    if wanted.account_id is not None:
        conditions.append(o.account_id == wanted.account_id)
    if wanted.owner is not None:
        conditions.append(o.owner == wanted.owner)
    if wanted.type is not None:
        conditions.append(o.type == wanted.type)
    if wanted.close_from is not None:
        conditions.append(o.expected_close >= wanted.close_from)
    if wanted.close_to is not None:
        conditions.append(o.expected_close <= wanted.close_to)
    if not wanted.include_closed:
        conditions.append(PipelineStage.outcome == StageOutcome.OPEN)
    return query.where(and_(*conditions)) if conditions else query


def _row(result) -> OpportunityRow:
    # Columns are selected in the dataclass's field order: positional is the fast way.
    return OpportunityRow(*result)
