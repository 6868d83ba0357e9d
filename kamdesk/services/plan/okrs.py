"""Objectives, key results and check-ins (issue 6): list with progress, status and grade;
create, edit, delete.

Every write is one ``portfolio.session()``; the input is checked first and a problem raises
:class:`ValidationError` before anything is written. What each write returns undoes it:
``create_objective``/``create_key_result`` an id (undo: delete, whose snapshot redoes it);
``update_*`` the previous values of the columns it changed (undo: ``revert_*``);
``delete_*`` a :class:`DeletionSnapshot` (undo: :meth:`OkrService.restore`, same ids).
Check-ins also move their key result's current value, so their writes return a
:class:`CheckInWrite` that remembers it (undo: :meth:`OkrService.undo_check_in`).

Decisions:

- A key result's current value is its latest check-in's value (by date, then by id), or
  None while it has none; the service keeps ``key_result.current`` so after every check-in
  write. Deleting an objective takes its key results and their check-ins with it.
- A check-in may not be dated before its objective's period starts; after the end it may (the
  closing check-in is often recorded a few days late). An objective's period cannot move past
  the check-ins it already has.
- Progress, status and grade come from :mod:`kamdesk.analytics.okr`. A key result with
  nothing measured counts as progress 0 for its status. An objective's status uses the
  lowest latest confidence among its key results (the least confident one sets the tone);
  its grade is final once its period ended, and "the grade so far" before.
- Periods are read with the portfolio's fiscal-year start; the text is stored normalised
  (``2027-q1`` → ``2027-Q1``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kamdesk.analytics import okr as analytics
from kamdesk.model import Account, CheckIn, KeyResult, Objective
from kamdesk.model.enums import fold
from kamdesk.services.pipeline.checks import is_id
from kamdesk.services.plan import okr_checks as checks
from kamdesk.services.plan.okr_data import (
    ALL_OBJECTIVES,
    CHECK_IN_EDITABLE,
    CHECK_IN_FIELDS,
    KEY_RESULT_FIELDS,
    OBJECTIVE_FIELDS,
    CheckInData,
    CheckInRow,
    CheckInWrite,
    KeyResultData,
    KeyResultRow,
    ObjectiveData,
    ObjectiveRow,
)
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.rows import apply_values, check_fields, values_of
from kamdesk.services.settings import SettingsService
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio

# A key result stays with its objective; moving it is deleting and creating.
KEY_RESULT_EDITABLE = tuple(name for name in KEY_RESULT_FIELDS if name != "objective_id")


class OkrService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def fiscal_year_start(self) -> int:
        return SettingsService(self.portfolio).load().fiscal_year_start

    # -- reading -----------------------------------------------------------------------------

    def list_objectives(
        self,
        account: int | str | None = ALL_OBJECTIVES,
        period: str | None = None,
        today: dt.date | None = None,
    ) -> list[ObjectiveRow]:
        """The objectives of one account (its id), of the whole portfolio only (None) or all
        (:data:`ALL_OBJECTIVES`), of ``period`` when given (any spelling of it), with their key
        results as of ``today`` (default: the current date). Ordered by period start (the
        longer period first), the portfolio's before the accounts', then account name, then
        title."""
        today = today or dt.date.today()
        fiscal_start = self.fiscal_year_start()
        query = select(Objective, Account.name).outerjoin(
            Account, Account.id == Objective.account_id
        )
        if account is None:
            query = query.where(Objective.account_id.is_(None))
        elif account != ALL_OBJECTIVES:
            query = query.where(Objective.account_id == account)
        if period is not None:
            query = query.where(Objective.period == checks.normalise_period(period))
        with self.portfolio.session() as session:
            found = list(session.execute(query))
            ids = [objective.id for objective, _name in found]
            key_results = _key_results_by_objective(session, ids)
            check_ins = _check_ins_by_key_result(session, key_results)
            rows = [
                _objective_row(
                    objective,
                    name,
                    key_results.get(objective.id, []),
                    check_ins,
                    fiscal_start,
                    today,
                )
                for objective, name in found
            ]
        return sorted(
            rows,
            key=lambda r: (
                r.period_start,
                r.period_start - r.period_end,  # a year before its half, a half before its quarter
                r.account_id is not None,
                fold(r.account_name),
                fold(r.title),
                r.id,
            ),
        )

    def periods(self, account: int | str | None = ALL_OBJECTIVES) -> list[str]:
        """The periods the objectives (of ``account``, as in :meth:`list_objectives`) use,
        earliest first (a year before its quarters)."""
        fiscal_start = self.fiscal_year_start()
        query = select(Objective.period).distinct()
        if account is None:
            query = query.where(Objective.account_id.is_(None))
        elif account != ALL_OBJECTIVES:
            query = query.where(Objective.account_id == account)
        with self.portfolio.session() as session:
            names = list(session.scalars(query))
        return sorted(names, key=lambda name: _period_order(name, fiscal_start))

    def period(self, text: str) -> analytics.OkrPeriod | None:
        """The period ``text`` names with the portfolio's fiscal year, or None."""
        return checks.okr_period(text, self.fiscal_year_start())

    def get_objective(self, objective_id: int) -> ObjectiveData:
        with self.portfolio.session() as session:
            return _objective_data(_require(session, Objective, objective_id))

    def get_key_result(self, key_result_id: int) -> KeyResultData:
        with self.portfolio.session() as session:
            return _key_result_data(_require(session, KeyResult, key_result_id))

    def get_check_in(self, check_in_id: int) -> CheckInData:
        with self.portfolio.session() as session:
            return _check_in_data(_require(session, CheckIn, check_in_id))

    def current_value(self, key_result_id: int) -> float | None:
        """The key result's current value (its latest check-in's), None while unmeasured."""
        with self.portfolio.session() as session:
            return _require(session, KeyResult, key_result_id).current

    def check_ins(self, key_result_id: int) -> list[CheckInRow]:
        """The key result's check-ins, oldest first (same date: in the order recorded)."""
        with self.portfolio.session() as session:
            key_result = _require(session, KeyResult, key_result_id)
            facts = _facts(key_result)
            found = session.scalars(select(CheckIn).where(CheckIn.key_result_id == key_result_id))
            rows = [_check_in_row(c, facts) for c in found]
        return sorted(rows, key=lambda r: (r.date, r.id))

    def trend(self, key_result_id: int) -> tuple[analytics.TrendPoint, ...]:
        """The check-ins as chart points (value, confidence and the progress it means)."""
        with self.portfolio.session() as session:
            key_result = _require(session, KeyResult, key_result_id)
            facts = _facts(key_result)
            found = session.scalars(select(CheckIn).where(CheckIn.key_result_id == key_result_id))
            return analytics.check_in_trend([_check_in_facts(c) for c in found], facts)

    # -- objectives --------------------------------------------------------------------------

    def validate_objective(
        self, data: ObjectiveData, objective_id: int | None = None
    ) -> list[Problem]:
        """The problems :meth:`create_objective` (or updating ``objective_id`` to ``data``)
        would refuse."""
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            if objective_id is not None:
                _require(session, Objective, objective_id)
            return checks.objective_problems(session, data, fiscal_start, objective_id)

    def create_objective(self, data: ObjectiveData) -> int:
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            refuse(checks.objective_problems(session, data, fiscal_start))
            objective = Objective(**values_of(checks.clean_objective(data), OBJECTIVE_FIELDS))
            session.add(objective)
            session.flush()
            return objective.id

    def update_objective(
        self, objective_id: int, changes: Mapping[str, object]
    ) -> dict[str, object]:
        """Applies ``changes`` ({field: value}); returns the changed columns as they were
        (:meth:`revert_objective` puts them back)."""
        check_fields(changes, OBJECTIVE_FIELDS, "objective")
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            objective = _require(session, Objective, objective_id)
            after = replace(_objective_data(objective), **changes)
            refuse(checks.objective_problems(session, after, fiscal_start, objective_id))
            return apply_values(
                objective, values_of(checks.clean_objective(after), OBJECTIVE_FIELDS)
            )

    def revert_objective(self, objective_id: int, previous: Mapping[str, object]) -> None:
        self._revert(Objective, objective_id, previous)

    def delete_objectives(self, objective_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the objectives with their key results and check-ins; :meth:`restore`
        undoes it."""
        return self._delete(Objective, objective_ids, checks.NO_SUCH_OBJECTIVE)

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Puts deleted objectives, key results or check-ins back with their ids (and the
        current values their deletion changed)."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)

    # -- key results -------------------------------------------------------------------------

    def validate_key_result(
        self, data: KeyResultData, key_result_id: int | None = None
    ) -> list[Problem]:
        with self.portfolio.session() as session:
            if key_result_id is not None:
                _require(session, KeyResult, key_result_id)
            return checks.key_result_problems(session, data)

    def create_key_result(self, data: KeyResultData) -> int:
        with self.portfolio.session() as session:
            refuse(checks.key_result_problems(session, data))
            values = values_of(checks.clean_key_result(data), KEY_RESULT_FIELDS)
            key_result = KeyResult(**values, current=None)
            session.add(key_result)
            session.flush()
            return key_result.id

    def update_key_result(
        self, key_result_id: int, changes: Mapping[str, object]
    ) -> dict[str, object]:
        """Title, unit, start, target or direction; returns the changed columns as they were.
        The current value stays what the check-ins say."""
        check_fields(changes, KEY_RESULT_EDITABLE, "key result")
        with self.portfolio.session() as session:
            key_result = _require(session, KeyResult, key_result_id)
            after = replace(_key_result_data(key_result), **changes)
            refuse(checks.key_result_problems(session, after))
            return apply_values(
                key_result, values_of(checks.clean_key_result(after), KEY_RESULT_FIELDS)
            )

    def revert_key_result(self, key_result_id: int, previous: Mapping[str, object]) -> None:
        self._revert(KeyResult, key_result_id, previous)

    def delete_key_results(self, key_result_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the key results with their check-ins; :meth:`restore` undoes it."""
        return self._delete(KeyResult, key_result_ids, checks.NO_SUCH_KEY_RESULT)

    # -- check-ins ---------------------------------------------------------------------------

    def validate_check_in(self, data: CheckInData, check_in_id: int | None = None) -> list[Problem]:
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            if check_in_id is not None:
                _require(session, CheckIn, check_in_id)
            return checks.check_in_problems(session, data, fiscal_start)

    def create_check_in(self, data: CheckInData) -> CheckInWrite:
        """Records the check-in and moves the key result's current value to its latest
        check-in's; :meth:`undo_check_in` takes it out again."""
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            refuse(checks.check_in_problems(session, data, fiscal_start))
            key_result = session.get(KeyResult, data.key_result_id)
            previous_current = key_result.current
            check_in = CheckIn(**values_of(checks.clean_check_in(data), CHECK_IN_FIELDS))
            session.add(check_in)
            session.flush()
            _sync_current(session, key_result)
            return CheckInWrite(check_in.id, key_result.id, previous_current)

    def update_check_in(self, check_in_id: int, changes: Mapping[str, object]) -> CheckInWrite:
        """Date, value, confidence or note; the current value follows. :meth:`undo_check_in`
        puts the check-in and the current value back."""
        check_fields(changes, CHECK_IN_EDITABLE, "check-in")
        fiscal_start = self.fiscal_year_start()
        with self.portfolio.session() as session:
            check_in = _require(session, CheckIn, check_in_id)
            after = replace(_check_in_data(check_in), **changes)
            refuse(checks.check_in_problems(session, after, fiscal_start))
            key_result = session.get(KeyResult, check_in.key_result_id)
            previous_current = key_result.current
            previous = apply_values(
                check_in, values_of(checks.clean_check_in(after), CHECK_IN_FIELDS)
            )
            session.flush()
            _sync_current(session, key_result)
            return CheckInWrite(check_in_id, key_result.id, previous_current, previous)

    def undo_check_in(self, write: CheckInWrite) -> DeletionSnapshot | None:
        """Undoes :meth:`create_check_in` (returns the snapshot whose :meth:`restore` redoes
        it) or :meth:`update_check_in` (returns None); the key result's current value is
        what it was before."""
        with self.portfolio.session() as session:
            _require(session, CheckIn, write.check_in_id)
            snapshot = None
            if write.previous is None:
                snapshot = _delete_check_ins(session, [write.check_in_id])
            elif write.previous:
                session.execute(
                    update(CheckIn)
                    .where(CheckIn.id == write.check_in_id)
                    .values(dict(write.previous))
                )
            session.execute(
                update(KeyResult)
                .where(KeyResult.id == write.key_result_id)
                .values(current=write.previous_current)
            )
            return snapshot

    def delete_check_ins(self, check_in_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the check-ins; each key result's current value goes to its latest
        remaining check-in's (None when none is left). :meth:`restore` undoes it."""
        ids = list(dict.fromkeys(check_in_ids))
        with self.portfolio.session() as session:
            _require_all(session, CheckIn, ids, checks.NO_SUCH_CHECK_IN)
            return _delete_check_ins(session, ids)

    # -- shared ------------------------------------------------------------------------------

    def _revert(self, model, row_id: int, previous: Mapping[str, object]) -> None:
        with self.portfolio.session() as session:
            _require(session, model, row_id)
            if previous:
                session.execute(update(model).where(model.id == row_id).values(dict(previous)))

    def _delete(self, model, ids: Iterable[int], missing_message: str) -> DeletionSnapshot:
        ids = list(dict.fromkeys(ids))
        with self.portfolio.session() as session:
            _require_all(session, model, ids, missing_message)
            snapshot = take_deletion_snapshot(session, model.__table__, ids)
            delete_rows(session, model.__table__, ids)
            return snapshot


# -- helpers ---------------------------------------------------------------------------------


_MISSING = {
    Objective: checks.NO_SUCH_OBJECTIVE,
    KeyResult: checks.NO_SUCH_KEY_RESULT,
    CheckIn: checks.NO_SUCH_CHECK_IN,
}


def _require(session: Session, model, row_id):
    row = session.get(model, row_id) if is_id(row_id) else None
    if row is None:
        raise ValidationError([Problem("id", _MISSING[model])])
    return row


def _require_all(session: Session, model, ids: list, missing_message: str) -> None:
    wanted = [i for i in ids if is_id(i)]
    found = set(session.scalars(select(model.id).where(model.id.in_(wanted))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError([Problem("id", missing_message, {"ids": missing})])


def _delete_check_ins(session: Session, ids: list[int]) -> DeletionSnapshot:
    """Deletes the check-ins and moves their key results' current values; the snapshot keeps
    those key results as they were, so restoring it gives back the current values too."""
    table = CheckIn.__table__
    snapshot = take_deletion_snapshot(session, table, ids)
    owners = sorted({row["key_result_id"] for row in snapshot.rows[table.name]})
    before = session.execute(select(KeyResult.__table__).where(KeyResult.id.in_(owners))).mappings()
    kept = {**snapshot.kept_rows, KeyResult.__tablename__: [dict(row) for row in before]}
    delete_rows(session, table, ids)
    session.expire_all()
    for key_result_id in owners:
        _sync_current(session, session.get(KeyResult, key_result_id))
    return replace(snapshot, kept_rows=kept)


def _sync_current(session: Session, key_result: KeyResult) -> None:
    """current = the latest check-in's value (by date, then id); None without check-ins."""
    found = session.scalars(select(CheckIn).where(CheckIn.key_result_id == key_result.id))
    latest = analytics.latest_check_in(_check_in_facts(c) for c in found)
    key_result.current = None if latest is None else latest.value


def _period_order(name: str, fiscal_start: int) -> tuple:
    period = checks.okr_period(name, fiscal_start)
    if period is None:
        return (dt.date.max, dt.date.max, name)
    return (period.start, -period.days, name)  # a year before its first half and quarter


def _objective_data(objective: Objective) -> ObjectiveData:
    return ObjectiveData(**values_of(objective, OBJECTIVE_FIELDS))


def _key_result_data(key_result: KeyResult) -> KeyResultData:
    return KeyResultData(**values_of(key_result, KEY_RESULT_FIELDS))


def _check_in_data(check_in: CheckIn) -> CheckInData:
    return CheckInData(**values_of(check_in, CHECK_IN_FIELDS))


def _facts(key_result: KeyResult) -> analytics.KeyResultFacts | None:
    """The arithmetic's view of the key result; None for one whose numbers it refuses
    (target equal to start, or a direction they contradict — only an import could store it)."""
    try:
        return analytics.KeyResultFacts(
            key_result.start, key_result.target, key_result.current, key_result.direction
        )
    except ValueError:
        return None


def _check_in_facts(check_in: CheckIn) -> analytics.CheckInFacts:
    return analytics.CheckInFacts(
        check_in.date, check_in.value, check_in.confidence, order=check_in.id
    )


def _check_in_row(check_in: CheckIn, facts: analytics.KeyResultFacts | None) -> CheckInRow:
    progress = None if facts is None else facts.with_current(check_in.value).progress
    return CheckInRow(
        id=check_in.id,
        key_result_id=check_in.key_result_id,
        date=check_in.date,
        value=check_in.value,
        confidence=check_in.confidence,
        note=check_in.note,
        progress=progress,
    )


def _key_results_by_objective(
    session: Session, objective_ids: list[int]
) -> dict[int, list[KeyResult]]:
    found: dict[int, list[KeyResult]] = {}
    query = select(KeyResult).where(KeyResult.objective_id.in_(objective_ids))
    for key_result in session.scalars(query.order_by(KeyResult.id)):
        found.setdefault(key_result.objective_id, []).append(key_result)
    return found


def _check_ins_by_key_result(
    session: Session, key_results: dict[int, list[KeyResult]]
) -> dict[int, list[analytics.CheckInFacts]]:
    ids = [kr.id for group in key_results.values() for kr in group]
    found: dict[int, list[analytics.CheckInFacts]] = {}
    for check_in in session.scalars(select(CheckIn).where(CheckIn.key_result_id.in_(ids))):
        found.setdefault(check_in.key_result_id, []).append(_check_in_facts(check_in))
    return found


def _objective_row(
    objective: Objective,
    account_name: str | None,
    key_results: list[KeyResult],
    check_ins: dict[int, list[analytics.CheckInFacts]],
    fiscal_start: int,
    today: dt.date,
) -> ObjectiveRow:
    period = checks.okr_period(objective.period, fiscal_start)
    elapsed = 0.0 if period is None else analytics.elapsed_fraction(period, today)
    ended = period is not None and today >= period.end
    kr_rows = tuple(_key_result_row(kr, check_ins.get(kr.id, []), elapsed) for kr in key_results)
    facts = [
        f for f in (_facts(kr) for kr in key_results) if f is not None
    ]  # the progress of the ones the arithmetic accepts
    progress = analytics.objective_progress(facts)
    confidences = [kr.confidence for kr in kr_rows if kr.confidence is not None]
    confidence = min(confidences) if confidences else None
    return ObjectiveRow(
        id=objective.id,
        account_id=objective.account_id,
        account_name=account_name or "",
        title=objective.title,
        period=objective.period,
        period_start=period.start if period else dt.date.max,
        period_end=period.end if period else dt.date.max,
        strategy=objective.strategy,
        elapsed=elapsed,
        progress=progress,
        status=None if progress is None else analytics.status(progress, elapsed, confidence),
        grade=None if progress is None else analytics.grade(progress),
        grade_is_final=ended,
        confidence=confidence,
        key_results=kr_rows,
    )


def _key_result_row(
    key_result: KeyResult, check_ins: list[analytics.CheckInFacts], elapsed: float
) -> KeyResultRow:
    facts = _facts(key_result)
    progress = None if facts is None else facts.progress
    latest = analytics.latest_check_in(check_ins)
    confidence = None if latest is None else latest.confidence
    measured = progress or 0.0  # nothing measured has covered none of the distance
    return KeyResultRow(
        id=key_result.id,
        objective_id=key_result.objective_id,
        title=key_result.title,
        unit=key_result.unit,
        start=key_result.start,
        target=key_result.target,
        current=key_result.current,
        direction=key_result.direction,
        progress=progress,
        status=analytics.status(measured, elapsed, confidence),
        grade=analytics.grade(measured),
        confidence=confidence,
        last_check_in=None if latest is None else latest.day,
        check_ins=len(check_ins),
    )
