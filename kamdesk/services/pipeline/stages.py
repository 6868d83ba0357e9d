"""The pipeline's stages: list in board order, create, rename, default probability, outcome,
reorder, delete (or merge into another stage).

Every write is one ``portfolio.session()``, checked before anything is written, and returns
what its undo needs: :meth:`StageService.create` the new id (undo: :meth:`~StageService.delete`,
redo: :meth:`~StageService.restore`), the setters the previous value (undo: the same setter
with it), the reorderings the previous order (undo: :meth:`~StageService.set_order`),
:meth:`~StageService.delete` a :class:`StageRemoval` (undo: :meth:`~StageService.restore`).
Positions are kept as 0, 1, 2, ... in board order after every write, so these undos give back
the very same rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kamdesk.model import Opportunity, OpportunityHistory, PipelineStage
from kamdesk.model.enums import StageOutcome
from kamdesk.services.pipeline import checks
from kamdesk.services.pipeline import messages as m
from kamdesk.services.pipeline.data import StageData, StageRemoval, StageRow
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.rows import update_by_id
from kamdesk.services.stakeholders.deletion import (
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio


class StageService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def list_rows(self) -> list[StageRow]:
        """Every stage in board order, with how many opportunities are in it."""
        counts = select(Opportunity.stage_id, func.count().label("n")).group_by(
            Opportunity.stage_id
        )
        counts = counts.subquery()
        s = PipelineStage.__table__.c
        query = (
            select(
                s.id,
                s.key,
                s.name,
                s.position,
                s.probability,
                s.outcome,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.stage_id == s.id)
            .order_by(s.position, s.id)
        )
        with self.portfolio.session() as session:
            return [StageRow(*r) for r in session.execute(query)]

    # -- writing -----------------------------------------------------------------------------

    def create(self, data: StageData) -> int:
        """Adds a stage: an open one after the last open stage, a won or lost one at the end."""
        with self.portfolio.session() as session:
            refuse(
                checks.kept(
                    [
                        *checks.stage_name_problems(session, data.name, None),
                        checks.stage_probability_problem(data.probability),
                        checks.enum_problem("outcome", StageOutcome, data.outcome),
                    ]
                )
            )
            outcome = StageOutcome(data.outcome)
            stage = PipelineStage(
                name=data.name.strip(), probability=data.probability, outcome=outcome
            )
            session.add(stage)
            session.flush()
            order = [i for i in _order(session) if i != stage.id]
            _renumber(session, _with_new_stage(session, order, stage.id, outcome))
            return stage.id

    def rename(self, stage_id: int, name: str) -> str:
        """Returns the previous name."""
        with self.portfolio.session() as session:
            stage = _require(session, stage_id)
            refuse(checks.stage_name_problems(session, name, stage_id))
            previous, stage.name = stage.name, name.strip()
            return previous

    def set_probability(self, stage_id: int, probability: int) -> int:
        """The default probability (0–100) of opportunities in the stage without their own;
        returns the previous one."""
        with self.portfolio.session() as session:
            stage = _require(session, stage_id)
            refuse(checks.kept([checks.stage_probability_problem(probability)]))
            previous, stage.probability = stage.probability, probability
            return previous

    def set_outcome(self, stage_id: int, outcome: StageOutcome) -> StageOutcome:
        """Open, won or lost; returns the previous outcome. Refused while opportunities are in
        the stage (they would be closed without a reason, or reopened), and when no won or no
        lost stage would remain."""
        with self.portfolio.session() as session:
            stage = _require(session, stage_id)
            refuse(checks.kept([checks.enum_problem("outcome", StageOutcome, outcome)]))
            outcome = StageOutcome(outcome)
            previous = stage.outcome
            if outcome is previous:
                return previous
            count = _opportunity_count(session, stage_id)
            if count:
                refuse([Problem("outcome", m.STAGE_IN_USE, {"count": count})])
            outcomes = checks.stage_outcomes(session)
            refuse(checks.kept([checks.outcome_counts_problem(outcomes, stage_id, outcome)]))
            stage.outcome = outcome
            return previous

    def move(self, stage_id: int, steps: int) -> tuple[int, ...]:
        """Moves the stage ``steps`` places right (negative: left) on the board, stopping at
        either end; returns the previous order of stage ids."""
        with self.portfolio.session() as session:
            _require(session, stage_id)
            order = _order(session)
            index = order.index(stage_id)
            target = max(0, min(len(order) - 1, index + steps))
            moved = [i for i in order if i != stage_id]
            moved.insert(target, stage_id)
            _renumber(session, moved)
            return tuple(order)

    def move_up(self, stage_id: int) -> tuple[int, ...]:
        return self.move(stage_id, -1)

    def move_down(self, stage_id: int) -> tuple[int, ...]:
        return self.move(stage_id, 1)

    def set_order(self, stage_ids: Sequence[int]) -> tuple[int, ...]:
        """Puts the stages in the order of ``stage_ids`` (every stage, once each); returns the
        previous order."""
        with self.portfolio.session() as session:
            order = _order(session)
            wanted = list(stage_ids)
            if sorted(wanted, key=repr) != sorted(order, key=repr):
                refuse([Problem("order", m.STAGE_ORDER_INCOMPLETE)])
            _renumber(session, wanted)
            return tuple(order)

    def delete(self, stage_id: int, move_to: int | None = None) -> StageRemoval:
        """Deletes the stage. While opportunities are in it, ``move_to`` must name another
        stage with the same outcome: the stage is then merged into it (its opportunities and
        their history rows point at ``move_to``, their last-change dates untouched). Without
        ``move_to``, history rows of the stage keep no stage. At least one won and one lost
        stage must remain. :meth:`restore` undoes it exactly."""
        with self.portfolio.session() as session:
            stage = _require(session, stage_id)
            outcomes = checks.stage_outcomes(session)
            refuse(checks.kept([checks.outcome_counts_problem(outcomes, stage_id, None, "id")]))
            count = _opportunity_count(session, stage_id)
            if move_to is None and count:
                refuse([Problem("move_to", m.STAGE_IN_USE, {"count": count})])
            if move_to is not None:
                refuse(_merge_problems(outcomes, stage, move_to))
            positions = _positions(session)
            opportunity_ids, history_ids = (), ()
            if move_to is not None:
                opportunity_ids, history_ids = _repoint(session, stage_id, move_to)
            deletion = take_deletion_snapshot(session, PipelineStage.__table__, [stage_id])
            delete_rows(session, PipelineStage.__table__, [stage_id])
            _renumber(session, [i for i in _order(session) if i != stage_id])
            return StageRemoval(deletion, move_to, opportunity_ids, history_ids, positions)

    def restore(self, removal: StageRemoval) -> None:
        """Undoes :meth:`delete` (and redoes :meth:`create`): the stage with its id, its
        opportunities and history rows back in it, every stage where it was."""
        with self.portfolio.session() as session:
            restore_deletion(session, removal.deletion)
            if removal.opportunity_ids or removal.history_ids:
                _repoint(
                    session,
                    removal.moved_to,
                    removal.stage_id,
                    removal.opportunity_ids,
                    removal.history_ids,
                )
            _set_positions(session, removal.positions)


# -- helpers ---------------------------------------------------------------------------------


def _require(session: Session, stage_id) -> PipelineStage:
    stage = session.get(PipelineStage, stage_id) if checks.is_id(stage_id) else None
    if stage is None:
        raise ValidationError([Problem("id", m.NO_SUCH_STAGE)])
    return stage


def _opportunity_count(session: Session, stage_id: int) -> int:
    query = select(func.count()).where(Opportunity.stage_id == stage_id)
    return session.scalar(query)


def _merge_problems(outcomes, stage: PipelineStage, move_to) -> list[Problem]:
    target = outcomes.get(move_to) if checks.is_id(move_to) else None
    if target is None:
        return [Problem("move_to", m.NO_SUCH_STAGE)]
    if move_to == stage.id:
        return [Problem("move_to", m.MOVE_TO_SAME_STAGE)]
    if target is not stage.outcome:
        return [Problem("move_to", m.MOVE_TO_OTHER_OUTCOME)]
    return []


def _repoint(
    session: Session,
    from_stage: int,
    to_stage: int,
    opportunity_ids: Sequence[int] | None = None,
    history_ids: Sequence[int] | None = None,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Moves opportunities and history rows from one stage to another (by default all of
    them); returns the ids moved. Merging stages is no sales event: last-change dates stay."""
    o, h = Opportunity.__table__, OpportunityHistory.__table__
    if opportunity_ids is None:
        opportunity_ids = session.scalars(select(o.c.id).where(o.c.stage_id == from_stage)).all()
    if history_ids is None:
        history_ids = session.scalars(select(h.c.id).where(h.c.stage_id == from_stage)).all()
    session.execute(
        update(o)
        .where(o.c.id.in_(opportunity_ids))
        .values(stage_id=to_stage, updated_at=o.c.updated_at)
    )
    session.execute(update(h).where(h.c.id.in_(history_ids)).values(stage_id=to_stage))
    return tuple(opportunity_ids), tuple(history_ids)


def _order(session: Session) -> list[int]:
    query = select(PipelineStage.id).order_by(PipelineStage.position, PipelineStage.id)
    return list(session.scalars(query))


def _positions(session: Session) -> dict[int, int]:
    return dict(session.execute(select(PipelineStage.id, PipelineStage.position)).all())


def _renumber(session: Session, ordered_ids: Sequence[int]) -> None:
    _set_positions(session, {stage_id: index for index, stage_id in enumerate(ordered_ids)})


def _set_positions(session: Session, positions: dict[int, int]) -> None:
    if positions:
        rows = [{"id": stage_id, "position": p} for stage_id, p in positions.items()]
        update_by_id(session, PipelineStage, rows)


def _with_new_stage(
    session: Session, order: list[int], stage_id: int, outcome: StageOutcome
) -> list[int]:
    """Where a new stage goes: an open one right after the last open stage (before Won and
    Lost), a closed one at the end."""
    if outcome is not StageOutcome.OPEN:
        return [*order, stage_id]
    outcomes = checks.stage_outcomes(session)
    open_indexes = [i for i, sid in enumerate(order) if outcomes[sid] is StageOutcome.OPEN]
    at = open_indexes[-1] + 1 if open_indexes else 0
    return [*order[:at], stage_id, *order[at:]]
