"""The risk register and its actions: list, create, edit, delete; heat map and top risks.

Every write is one ``portfolio.session()``; the input is checked first and a problem raises
:class:`ValidationError` before anything is written. What each write returns undoes it:
``create``/``create_action`` an id (undo: delete, whose snapshot redoes it);
``update``/``update_action`` the previous values of the columns it changed (undo:
:meth:`RiskService.revert` / :meth:`RiskService.revert_action`); ``delete``/``delete_actions``
a :class:`DeletionSnapshot` (undo: :meth:`RiskService.restore`, same ids).

Deleting a risk keeps its actions (the model's ``action.risk_id`` is ON DELETE SET NULL): they
stay on the account as general follow-ups, and restoring the risk links them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kamdesk.analytics import risk as analytics
from kamdesk.model import Account, Action, Risk
from kamdesk.model.enums import ActionStatus, fold
from kamdesk.services.pipeline.checks import is_id
from kamdesk.services.plan import checks
from kamdesk.services.plan import messages as m
from kamdesk.services.plan.data import (
    ACTION_FIELDS,
    RISK_FIELDS,
    ActionData,
    ActionRow,
    RiskData,
    RiskRow,
)
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.rows import apply_values, check_fields, values_of
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio


class RiskService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- risks: reading ----------------------------------------------------------------------

    def list_rows(self, account_id: int | None = None) -> list[RiskRow]:
        """The risks (of one account, or all), highest score first, then the earliest review
        date (none last), then id."""
        open_count = (
            select(func.count(Action.id))
            .where(Action.risk_id == Risk.id, Action.status == ActionStatus.OPEN)
            .scalar_subquery()
        )
        query = select(Risk, Account.name, open_count).join(Account, Account.id == Risk.account_id)
        if account_id is not None:
            query = query.where(Risk.account_id == account_id)
        with self.portfolio.session() as session:
            rows = [_risk_row(risk, name, count) for risk, name, count in session.execute(query)]
        return sorted(
            rows,
            key=lambda r: (-r.score, r.review_date is None, r.review_date or dt.date.min, r.id),
        )

    def get(self, risk_id: int) -> RiskData:
        with self.portfolio.session() as session:
            return _risk_data(_require_risk(session, risk_id))

    def heat_map(self, account_id: int | None = None) -> analytics.HeatMap:
        """The 5×5 map of the open risks (of one account, or of the whole portfolio)."""
        return analytics.heat_map(self._items(account_id))

    def top_risks(self, n: int) -> list[analytics.RiskItem]:
        """The ``n`` highest open risks across accounts."""
        return analytics.top_risks(self._items(None), n)

    def account_risk(self, account_id: int) -> int | None:
        """The highest open score of the account; None when it has no open risk."""
        return analytics.account_risk(self._items(account_id))

    def _items(self, account_id: int | None) -> list[analytics.RiskItem]:
        query = select(Risk)
        if account_id is not None:
            query = query.where(Risk.account_id == account_id)
        with self.portfolio.session() as session:
            return [_risk_item(r) for r in session.scalars(query)]

    # -- risks: writing ----------------------------------------------------------------------

    def validate(self, data: RiskData, risk_id: int | None = None) -> list[Problem]:
        """The problems :meth:`create` (or :meth:`update` of ``risk_id`` to ``data``) would
        refuse."""
        with self.portfolio.session() as session:
            if risk_id is not None:
                _require_risk(session, risk_id)
            return checks.risk_problems(session, data)

    def create(self, data: RiskData) -> int:
        with self.portfolio.session() as session:
            refuse(checks.risk_problems(session, data))
            risk = Risk(**values_of(checks.clean_risk(data), RISK_FIELDS))
            session.add(risk)
            session.flush()
            return risk.id

    def update(self, risk_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Applies ``changes`` ({field: value}); returns the changed columns as they were
        (:meth:`revert` puts them back)."""
        check_fields(changes, RISK_FIELDS, "risk")
        with self.portfolio.session() as session:
            risk = _require_risk(session, risk_id)
            after = replace(_risk_data(risk), **changes)
            refuse(checks.risk_problems(session, after))
            return apply_values(risk, values_of(checks.clean_risk(after), RISK_FIELDS))

    def revert(self, risk_id: int, previous: Mapping[str, object]) -> None:
        with self.portfolio.session() as session:
            _require_risk(session, risk_id)
            if previous:
                session.execute(update(Risk).where(Risk.id == risk_id).values(dict(previous)))

    def delete(self, risk_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the risks; their actions stay, without a risk. :meth:`restore` undoes it."""
        return self._delete(Risk, risk_ids, m.NO_SUCH_RISK)

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Puts deleted risks or actions back with their ids (and relinks the actions)."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)

    # -- actions -----------------------------------------------------------------------------

    def list_actions(
        self,
        owner: str | None = None,
        account_id: int | None = None,
        include_done: bool = False,
        today: dt.date | None = None,
    ) -> list[ActionRow]:
        """Actions, earliest due date first (none last), then id. Only open ones unless
        ``include_done``; ``owner`` matched ignoring case and accents; overdue from ``today``
        (default: the current date)."""
        today = today or dt.date.today()
        query = (
            select(Action, Account.name, func.coalesce(Risk.description, ""))
            .join(Account, Account.id == Action.account_id)
            .outerjoin(Risk, Risk.id == Action.risk_id)
        )
        if account_id is not None:
            query = query.where(Action.account_id == account_id)
        with self.portfolio.session() as session:
            found = list(session.execute(query))
            items = {a.id: _action_item(a) for a, _name, _risk in found}
            wanted = {a.id for a in analytics.open_actions(items.values(), owner)}
            if include_done:
                folded = fold(owner) if owner else None
                wanted |= {
                    i
                    for i, a in items.items()
                    if not a.is_open and (folded is None or fold(a.owner) == folded)
                }
            rows = [
                _action_row(a, name, risk, items[a.id].days_overdue(today))
                for a, name, risk in found
                if a.id in wanted
            ]
        return sorted(rows, key=lambda r: (r.due is None, r.due or dt.date.min, r.id))

    def action_owners(self) -> list[str]:
        """Every owner named on an action, once (ignoring case and accents), alphabetically."""
        with self.portfolio.session() as session:
            names = session.scalars(select(Action.owner).distinct())
            by_fold: dict[str, str] = {}
            for name in sorted(n.strip() for n in names if n and n.strip()):
                by_fold.setdefault(fold(name), name)
        return sorted(by_fold.values(), key=fold)

    def get_action(self, action_id: int) -> ActionData:
        with self.portfolio.session() as session:
            return _action_data(_require_action(session, action_id))

    def validate_action(self, data: ActionData, action_id: int | None = None) -> list[Problem]:
        with self.portfolio.session() as session:
            if action_id is not None:
                _require_action(session, action_id)
            return checks.action_problems(session, data)

    def create_action(self, data: ActionData, today: dt.date | None = None) -> int:
        """Adds the action; created done, it is done ``today`` (default: the current date)."""
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            refuse(checks.action_problems(session, data))
            data = checks.clean_action(data)
            action = Action(**values_of(data, ACTION_FIELDS))
            action.done_at = today if data.status is ActionStatus.DONE else None
            session.add(action)
            session.flush()
            return action.id

    def update_action(
        self, action_id: int, changes: Mapping[str, object], today: dt.date | None = None
    ) -> dict[str, object]:
        """Applies ``changes``; becoming done records ``today`` as the day it was done, any
        other status clears it. Returns the changed columns as they were."""
        check_fields(changes, ACTION_FIELDS, "action")
        today = today or dt.date.today()
        with self.portfolio.session() as session:
            action = _require_action(session, action_id)
            after = replace(_action_data(action), **changes)
            refuse(checks.action_problems(session, after))
            values = values_of(checks.clean_action(after), ACTION_FIELDS)
            if values["status"] is not ActionStatus.DONE:
                values["done_at"] = None
            elif action.status is not ActionStatus.DONE:
                values["done_at"] = today
            return apply_values(action, values)

    def revert_action(self, action_id: int, previous: Mapping[str, object]) -> None:
        with self.portfolio.session() as session:
            _require_action(session, action_id)
            if previous:
                session.execute(update(Action).where(Action.id == action_id).values(dict(previous)))

    def delete_actions(self, action_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the actions; :meth:`restore` undoes it."""
        return self._delete(Action, action_ids, m.NO_SUCH_ACTION)

    def _delete(self, model, ids: Iterable[int], missing_message: str) -> DeletionSnapshot:
        ids = list(dict.fromkeys(ids))
        with self.portfolio.session() as session:
            wanted = [i for i in ids if is_id(i)]
            found = set(session.scalars(select(model.id).where(model.id.in_(wanted))))
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationError([Problem("id", missing_message, {"ids": missing})])
            snapshot = take_deletion_snapshot(session, model.__table__, ids)
            delete_rows(session, model.__table__, ids)
            return snapshot


# -- helpers ---------------------------------------------------------------------------------


def _require_risk(session: Session, risk_id) -> Risk:
    risk = session.get(Risk, risk_id) if is_id(risk_id) else None
    if risk is None:
        raise ValidationError([Problem("id", m.NO_SUCH_RISK)])
    return risk


def _require_action(session: Session, action_id) -> Action:
    action = session.get(Action, action_id) if is_id(action_id) else None
    if action is None:
        raise ValidationError([Problem("id", m.NO_SUCH_ACTION)])
    return action


def _risk_data(risk: Risk) -> RiskData:
    return RiskData(**values_of(risk, RISK_FIELDS))


def _action_data(action: Action) -> ActionData:
    return ActionData(**values_of(action, ACTION_FIELDS))


def _risk_item(risk: Risk) -> analytics.RiskItem:
    return analytics.RiskItem(
        id=risk.id,
        account_id=risk.account_id,
        likelihood=risk.likelihood,
        impact=risk.impact,
        status=risk.status,
        review_date=risk.review_date,
        category=risk.category,
        response=risk.response,
        description=risk.description,
    )


def _action_item(action: Action) -> analytics.ActionItem:
    return analytics.ActionItem(
        id=action.id,
        account_id=action.account_id,
        title=action.title,
        owner=action.owner,
        due=action.due,
        status=action.status,
        risk_id=action.risk_id,
    )


def _risk_row(risk: Risk, account_name: str, open_actions: int) -> RiskRow:
    item = _risk_item(risk)
    return RiskRow(
        id=risk.id,
        account_id=risk.account_id,
        account_name=account_name,
        description=risk.description,
        category=risk.category,
        likelihood=risk.likelihood,
        impact=risk.impact,
        score=item.score,
        level=item.level,
        response=risk.response,
        status=risk.status,
        review_date=risk.review_date,
        open_actions=open_actions,
    )


def _action_row(action: Action, account_name: str, risk: str, days_overdue: int) -> ActionRow:
    return ActionRow(
        id=action.id,
        account_id=action.account_id,
        account_name=account_name,
        title=action.title,
        owner=action.owner,
        due=action.due,
        status=action.status,
        risk_id=action.risk_id,
        risk_description=risk,
        done_at=action.done_at,
        days_overdue=days_overdue,
    )
