"""Reading the portfolio for the forecast service: opportunities as analytics deals, their
history, stages, targets, snapshot lines and the names lists show.

Column by column in set queries, without ORM objects, which keeps 50,000 opportunities
quick to read; the forecast reads only those of its periods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.analytics.deals import Deal, DealState, Stage
from kamdesk.analytics.forecast import SnapshotLine
from kamdesk.analytics.whitespace import RowKey
from kamdesk.model import (
    Account,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    PipelineStage,
)
from kamdesk.model.enums import fold
from kamdesk.services.pipeline.forecast_data import DealLabel


def read_stages(session: Session) -> list[Stage]:
    s = PipelineStage.__table__.c
    query = select(s.id, s.name, s.position, s.outcome, s.probability, s.key)
    return [Stage(*row) for row in session.execute(query.order_by(s.position, s.id))]


def read_targets(session: Session) -> dict[str, Decimal]:
    return dict(session.execute(select(ForecastTarget.period, ForecastTarget.amount)).all())


def read_deals(
    session: Session,
    account_id: int | None = None,
    window: tuple[dt.date, dt.date] | None = None,
) -> list[Deal]:
    """The opportunities as :class:`Deal` (effective probability, dates as dates); ``window``
    keeps those expected to close or closed within it (both days included)."""
    o, s = Opportunity.__table__.c, PipelineStage.__table__.c
    query = select(
        *(o[name] for name in DEAL_COLUMNS),
        s.outcome,
        s.probability.label("stage_probability"),
    ).join_from(Opportunity.__table__, PipelineStage.__table__, o.stage_id == s.id)
    if account_id is not None:
        query = query.where(o.account_id == account_id)
    if window is not None:
        query = query.where(or_(o.expected_close.between(*window), o.closed_at.between(*window)))
    return [_deal(row) for row in session.execute(query.order_by(o.id))]


DEAL_COLUMNS = (
    "id",
    "account_id",
    "stage_id",
    "one_time_value",
    "recurring_value",
    "probability",
    "forecast_category",
    "expected_close",
    "created_at",
    "closed_at",
    "updated_at",
    "type",
    "product_id",
    "org_unit_id",
    "owner",
    "next_step",
    "title",
)


def _deal(row) -> Deal:
    return Deal(
        id=row.id,
        account_id=row.account_id,
        stage_id=row.stage_id,
        outcome=row.outcome,
        one_time_value=row.one_time_value,
        recurring_value=row.recurring_value,
        probability=row.stage_probability if row.probability is None else row.probability,
        forecast_category=row.forecast_category,
        expected_close=row.expected_close,
        created=_day(row.created_at),
        closed=row.closed_at,
        last_update=_day(row.updated_at),
        type=row.type,
        product_id=row.product_id,
        org_unit_id=row.org_unit_id,
        owner=row.owner,
        next_step=row.next_step,
        title=row.title,
    )


def _day(moment: dt.datetime | None) -> dt.date | None:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def read_states(
    session: Session, account_id: int | None = None, with_values: bool = True
) -> list[DealState]:
    """The history rows as :class:`DealState`; ``with_values`` False leaves the close date
    and values out (stage stays need only the stages, and money is slow to read)."""
    h, o = OpportunityHistory.__table__.c, Opportunity.__table__.c
    values = (h.expected_close, h.one_time_value, h.recurring_value) if with_values else ()
    query = select(h.opportunity_id, h.changed_at, h.stage_id, *values).order_by(h.changed_at, h.id)
    if account_id is not None:
        query = query.join(Opportunity.__table__, o.id == h.opportunity_id).where(
            o.account_id == account_id
        )
    return [DealState(*row) for row in session.execute(query)]


def current_state(deal: Deal) -> DealState:
    """The opportunity as it is now, as a history row at the end of the day of its last
    change (after that day's own history rows)."""
    moment = dt.datetime.combine(deal.last_update or deal.created or dt.date.min, dt.time.max)
    return DealState(
        deal.id,
        moment,
        deal.stage_id,
        deal.expected_close,
        deal.one_time_value,
        deal.recurring_value,
    )


def deal_labels(session: Session, deals: Sequence[Deal]) -> dict[int, DealLabel]:
    accounts = account_names(session)
    stages = {s.id: s for s in read_stages(session)}
    return {
        d.id: DealLabel(
            d.id,
            d.title,
            d.account_id,
            accounts.get(d.account_id, ""),
            d.stage_id,
            stages[d.stage_id].name,
            stages[d.stage_id].key,
            d.owner,
            d.expected_close,
            d.value,
        )
        for d in deals
    }


def account_names(session: Session, active_only: bool = False) -> dict[int, str]:
    query = select(Account.id, Account.name)
    if active_only:
        query = query.where(Account.archived.is_(False))
    return dict(sorted(session.execute(query).all(), key=lambda a: fold(a[1])))


def unit_names(session: Session, account_id: int, deals: list[Deal]) -> dict[RowKey, str]:
    """The account's org units by name, then "no org unit" (None, named "") when an
    opportunity with a product has none."""
    units = session.execute(
        select(OrgUnit.id, OrgUnit.name).where(OrgUnit.account_id == account_id)
    ).all()
    names: dict[RowKey, str] = dict(sorted(units, key=lambda u: fold(u[1])))
    if any(d.org_unit_id is None and d.product_id is not None for d in deals):
        names[None] = ""
    return names


def snapshot_days(session: Session) -> list[tuple[int, dt.date]]:
    """(id, day taken) of every snapshot, oldest first."""
    s = ForecastSnapshot.__table__.c
    query = select(s.id, s.taken_at).order_by(s.taken_at, s.id)
    return [(i, taken_at.date()) for i, taken_at in session.execute(query)]


def read_lines(
    session: Session,
    snapshot_ids: Iterable[int],
    account_id: int | None = None,
    months: set[str] | None = None,
) -> dict[int, list[SnapshotLine]]:
    """Snapshot id → its lines (of one account, of some months, when asked)."""
    ids = list(snapshot_ids)
    line = ForecastSnapshotLine.__table__.c
    query = (
        select(
            line.snapshot_id,
            line.account_id,
            line.period,
            line.category,
            line.amount,
            line.weighted_amount,
        )
        .where(line.snapshot_id.in_(ids))
        .order_by(line.id)
    )
    if account_id is not None:
        query = query.where(line.account_id == account_id)
    if months is not None:
        query = query.where(line.period.in_(months))
    found: dict[int, list[SnapshotLine]] = {i: [] for i in ids}
    for snapshot_id, *values in session.execute(query):
        found[snapshot_id].append(SnapshotLine(*values))
    return found
