"""The forecast side of the pipeline (issue 5): forecast per period, targets, snapshots,
accuracy, slippage, the monthly pipeline review, whitespace and sales metrics.

This reads the portfolio and hands plain values to the pure functions of
:mod:`kamdesk.analytics` (``periods``, ``deals``, ``forecast``, ``forecast_accuracy``,
``slippage``, ``pipeline_review``, ``whitespace``, ``sales``), whose docstrings hold every
formula; :mod:`.forecast_reading` reads, :mod:`.forecast_data` holds what is returned. Every
write is one ``portfolio.session()``, checked first, and returns what its undo needs.
Decisions:

- Periods are named with the portfolio's fiscal-year start (see :mod:`~kamdesk.analytics.periods`).
- Targets belong to the whole portfolio (a target row has no account), so the forecast of one
  account has no target and no coverage.
- A snapshot keeps, per account, month and forecast column, the months from the one it is
  taken in onwards (open deals by expected close, won deals by close date; lost and omitted
  ones never). It is dated ``today`` at the current UTC time of day, as the opportunity
  history is.
- The automatic snapshot: :meth:`ForecastService.snapshot_if_new_month` takes one when the
  calendar month of ``today`` has no automatic snapshot yet and the portfolio has
  opportunities (an empty portfolio would only record zeros).
- The accuracy of a period compares what was won in it with the latest snapshot (automatic or
  not) taken on a day before the period's first day; a period not over by ``today`` is shown
  but left out of MAPE.
- Slippage reads the history plus each opportunity's current state (dated its last change),
  so opportunities imported without history still show later changes.
- The attention list covers the open opportunities of an account (or all), ordered by
  account name, expected close (none last) and title; what is a usual time in a stage is
  learned from the history of the whole portfolio.
- A pipeline review is a Review of kind pipeline. A review needs an account, so the review of
  the whole portfolio records one per active account with open opportunities, all with the
  same date and notes. Its measures: ``{"open_opportunities": n, "needing_attention": n}``.
- Whitespace: the account's org units by name (plus a row with key None for opportunities
  without one, when there are any), or the active accounts by name, × every product by name.
  Bought means won opportunities: revenue records do not say which product they are for.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kamdesk.analytics.deals import Deal, DealState
from kamdesk.analytics.forecast import (
    PeriodForecast,
    SnapshotLine,
    forecast_periods,
    snapshot_lines,
)
from kamdesk.analytics.forecast_accuracy import (
    ForecastBasis,
    mape,
    period_accuracy,
)
from kamdesk.analytics.periods import Period, PeriodKind, parse_period, period_of, period_span
from kamdesk.analytics.pipeline_review import attention_list
from kamdesk.analytics.sales import SalesMetrics, sales_metrics
from kamdesk.analytics.slippage import slippage
from kamdesk.analytics.whitespace import (
    MatrixRow,
    RowKey,
    whitespace_matrix,
)
from kamdesk.model import (
    Account,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    Opportunity,
    Product,
    Review,
)
from kamdesk.model.base import utcnow
from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.pipeline import forecast_messages as m
from kamdesk.services.pipeline.forecast_data import (
    AccuracyReport,
    AttentionRow,
    DealLabel,
    ProductColumn,
    SlipRow,
    SnapshotInfo,
    WhitespaceView,
)
from kamdesk.services.pipeline.forecast_reading import (
    account_names,
    current_state,
    deal_labels,
    read_deals,
    read_lines,
    read_stages,
    read_states,
    read_targets,
    snapshot_days,
    unit_names,
)
from kamdesk.services.problems import (
    NEGATIVE,
    NO_SUCH_ACCOUNT,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    REQUIRED,
    Problem,
    ValidationError,
    refuse,
)
from kamdesk.services.settings import read_settings
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio

AMOUNT_LIMIT = Decimal(10) ** 13  # as for opportunity values: only a slip of the keyboard
PeriodInput = Period | str


# -- the service ------------------------------------------------------------------------------


class ForecastService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- periods -----------------------------------------------------------------------------

    def period(self, name: PeriodInput) -> Period:
        """``name`` read with the portfolio's fiscal year (ValidationError when it is not one)."""
        with self.portfolio.session() as session:
            return _period(name, _fiscal_start(session))

    def current_period(self, kind: PeriodKind | str, today: dt.date) -> Period:
        """The month, fiscal quarter or fiscal year ``today`` is in."""
        with self.portfolio.session() as session:
            return period_of(today, kind, _fiscal_start(session))

    # -- forecast and targets ----------------------------------------------------------------

    def forecast(
        self, first: PeriodInput, last: PeriodInput | None = None, account_id: int | None = None
    ) -> list[PeriodForecast]:
        """The forecast of each period from ``first`` to ``last`` (default: ``first`` alone),
        for one account or the whole portfolio (only the portfolio has targets)."""
        with self.portfolio.session() as session:
            periods = _span(session, first, last)
            _check_account(session, account_id)
            window = (periods[0].start, periods[-1].last_day)
            deals = read_deals(session, account_id, window)
            targets = read_targets(session) if account_id is None else {}
            return forecast_periods(deals, periods, read_stages(session), targets)

    def target(self, period: PeriodInput) -> Decimal | None:
        """The target set for exactly this period (the forecast also sums sub-periods')."""
        with self.portfolio.session() as session:
            name = _period(period, _fiscal_start(session)).name
            return read_targets(session).get(name)

    def targets(self) -> dict[str, Decimal]:
        """Every target set, by period name."""
        with self.portfolio.session() as session:
            return read_targets(session)

    def set_target(self, period: PeriodInput, amount: Decimal | int | None) -> Decimal | None:
        """Sets (None: removes) the target of a period; returns the previous one, None when
        there was none (undo: set that back)."""
        with self.portfolio.session() as session:
            name = _period(period, _fiscal_start(session)).name
            refuse(_amount_problems(amount))
            row = session.scalar(select(ForecastTarget).where(ForecastTarget.period == name))
            previous = None if row is None else row.amount
            if amount is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(ForecastTarget(period=name, amount=Decimal(amount)))
            else:
                row.amount = Decimal(amount)
            return previous

    # -- snapshots ---------------------------------------------------------------------------

    def take_snapshot(self, automatic: bool, today: dt.date, note: str = "") -> int:
        """Keeps today's forecast (see the module doc); returns the snapshot id (undo:
        :meth:`delete_snapshot`)."""
        refuse(_date_problems(today, "today"))
        with self.portfolio.session() as session:
            return _take_snapshot(session, bool(automatic), today, str(note or ""))

    def snapshot_if_new_month(self, today: dt.date) -> int | None:
        """The automatic monthly snapshot: taken (id returned) when this calendar month has
        none yet and there are opportunities; else None."""
        refuse(_date_problems(today, "today"))
        month = period_of(today, PeriodKind.MONTH)
        with self.portfolio.session() as session:
            s = ForecastSnapshot.__table__.c
            taken = session.scalar(
                select(s.id).where(
                    s.automatic.is_(True),
                    s.taken_at >= _start_of(month.start),
                    s.taken_at < _start_of(month.end),
                )
            )
            if taken is not None or session.scalar(select(Opportunity.id).limit(1)) is None:
                return None
            return _take_snapshot(session, True, today, "")

    def snapshots(self) -> list[SnapshotInfo]:
        """Every snapshot, newest first, with how many lines it keeps."""
        s, line = ForecastSnapshot.__table__.c, ForecastSnapshotLine.__table__.c
        query = (
            select(s.id, s.taken_at, s.automatic, s.note, func.count(line.id))
            .outerjoin(ForecastSnapshotLine.__table__, line.snapshot_id == s.id)
            .group_by(s.id)
            .order_by(s.taken_at.desc(), s.id.desc())
        )
        with self.portfolio.session() as session:
            return [SnapshotInfo(*row) for row in session.execute(query)]

    def snapshot_lines(self, snapshot_id: int) -> list[SnapshotLine]:
        with self.portfolio.session() as session:
            _require(session, ForecastSnapshot, snapshot_id, m.NO_SUCH_SNAPSHOT)
            return read_lines(session, [snapshot_id])[snapshot_id]

    def delete_snapshot(self, snapshot_id: int) -> DeletionSnapshot:
        """Deletes a snapshot with its lines; :meth:`restore` puts it back with its ids."""
        return self._delete(ForecastSnapshot, [snapshot_id], m.NO_SUCH_SNAPSHOT)

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Undoes :meth:`delete_snapshot` or :meth:`delete_reviews`."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)

    # -- accuracy ----------------------------------------------------------------------------

    def accuracy(
        self,
        first: PeriodInput,
        last: PeriodInput | None,
        today: dt.date,
        account_id: int | None = None,
    ) -> AccuracyReport:
        """Accuracy of every forecast call for each period from ``first`` to ``last``, and
        MAPE over those that count (see :mod:`kamdesk.analytics.forecast_accuracy`)."""
        refuse(_date_problems(today, "today"))
        with self.portfolio.session() as session:
            periods = _span(session, first, last)
            _check_account(session, account_id)
            window = (periods[0].start, periods[-1].last_day)
            won = forecast_periods(read_deals(session, account_id, window), periods, [])
            taken = snapshot_days(session)
            chosen = {p: _last_before(taken, p.start) for p in periods}
            months = {month.name for p in periods for month in p.month_periods()}
            ids = {snapshot[0] for snapshot in chosen.values() if snapshot}
            lines = read_lines(session, ids, account_id, months)
        results = tuple(
            period_accuracy(
                period,
                lines[chosen[period][0]] if chosen[period] else None,
                forecast.won,
                chosen[period][1] if chosen[period] else None,
                over=period.end <= today,
            )
            for period, forecast in zip(periods, won, strict=True)
        )
        return AccuracyReport(results, {basis: mape(results, basis) for basis in ForecastBasis})

    # -- slippage and the pipeline review ----------------------------------------------------

    def slippage(
        self, since: dt.date | None, until: dt.date | None = None, account_id: int | None = None
    ) -> list[SlipRow]:
        """Opportunities whose close moved out or value changed from ``since`` (included) to
        ``until`` (excluded), biggest slip first."""
        with self.portfolio.session() as session:
            _check_account(session, account_id)
            deals = read_deals(session, account_id)
            states = read_states(session, account_id) + [current_state(d) for d in deals]
            labels = deal_labels(session, deals)
        return [SlipRow(labels[s.deal_id], s) for s in slippage(states, since, until)]

    def attention(self, today: dt.date, account_id: int | None = None) -> list[AttentionRow]:
        """What needs attention in the monthly pipeline review, opportunity by opportunity."""
        with self.portfolio.session() as session:
            _check_account(session, account_id)
            deals, states = read_deals(session), read_states(session, with_values=False)
            chosen = [d for d in deals if d.is_open and account_id in (None, d.account_id)]
            labels = deal_labels(session, chosen)
        chosen.sort(key=lambda d: _review_order(labels[d.id]))
        return [AttentionRow(labels[i.deal_id], i) for i in attention_list(chosen, states, today)]

    def record_pipeline_review(
        self, account_id: int | None, date: dt.date, notes: str = ""
    ) -> tuple[int, ...]:
        """Records the monthly pipeline review of an account (or of every active account with
        open opportunities, for the portfolio); returns the review ids (undo:
        :meth:`delete_reviews`)."""
        refuse(_date_problems(date, "date"))
        if isinstance(date, dt.datetime):
            date = date.date()
        with self.portfolio.session() as session:
            _check_account(session, account_id)
            deals = [d for d in read_deals(session) if d.is_open]
            attention = Counter(
                d.account_id
                for d in _deals_needing_attention(
                    deals, read_states(session, with_values=False), date
                )
            )
            open_count = Counter(d.account_id for d in deals)
            accounts = [account_id] if account_id is not None else _active(session, open_count)
            if not accounts:
                raise ValidationError([Problem("account_id", m.NOTHING_TO_REVIEW)])
            reviews = [
                Review(
                    account_id=a,
                    kind=ReviewKind.PIPELINE,
                    date=date,
                    outcome=str(notes or ""),
                    measures={
                        "open_opportunities": open_count[a],
                        "needing_attention": attention[a],
                    },
                )
                for a in accounts
            ]
            session.add_all(reviews)
            session.flush()
            return tuple(r.id for r in reviews)

    def delete_reviews(self, review_ids: Iterable[int]) -> DeletionSnapshot:
        """Undo of :meth:`record_pipeline_review` (redo: :meth:`restore`, same ids)."""
        only_pipeline = Review.kind == ReviewKind.PIPELINE  # never another routine's review
        return self._delete(Review, review_ids, m.NO_SUCH_REVIEW, only_pipeline)

    # -- whitespace and sales metrics --------------------------------------------------------

    def whitespace(self, account_id: int | None = None) -> WhitespaceView:
        """Org units of ``account_id`` (or the active accounts) × product lines."""
        with self.portfolio.session() as session:
            _check_account(session, account_id)
            deals = read_deals(session, account_id)
            products = tuple(
                ProductColumn(i, name)
                for i, name in sorted(
                    session.execute(select(Product.id, Product.name)), key=lambda p: fold(p[1])
                )
            )
            if account_id is None:
                names = account_names(session, active_only=True)
                rows = [MatrixRow(a, a) for a in names]
                matrix = whitespace_matrix(rows, [p.id for p in products], deals, _account_of)
            else:
                names = unit_names(session, account_id, deals)
                rows = [MatrixRow(u, account_id) for u in names]
                matrix = whitespace_matrix(rows, [p.id for p in products], deals, _unit_of)
        return WhitespaceView(account_id, matrix, names, products)

    def sales_metrics(
        self, first_day: dt.date, last_day: dt.date, account_id: int | None = None
    ) -> SalesMetrics:
        """Win rate, average deal size and sales cycle over the opportunities closed from
        ``first_day`` to ``last_day`` (both included), and pipeline velocity."""
        refuse(_date_problems(first_day, "first_day") + _date_problems(last_day, "last_day"))
        if last_day < first_day:
            raise ValidationError([Problem("last_day", m.RANGE_BACKWARDS)])
        with self.portfolio.session() as session:
            _check_account(session, account_id)
            deals = read_deals(session, account_id)
        return sales_metrics(deals, first_day, last_day)

    # -- helpers -----------------------------------------------------------------------------

    def _delete(
        self, model, ids: Iterable[int], missing_template: str, *conditions
    ) -> DeletionSnapshot:
        ids = list(dict.fromkeys(ids))
        with self.portfolio.session() as session:
            found = set(session.scalars(select(model.id).where(model.id.in_(ids), *conditions)))
            missing = [i for i in ids if i not in found]
            if missing or not ids:
                raise ValidationError([Problem("id", missing_template, {"ids": missing})])
            snapshot = take_deletion_snapshot(session, model.__table__, ids)
            delete_rows(session, model.__table__, ids)
            return snapshot


# -- checks -----------------------------------------------------------------------------------


def _require(session: Session, model, row_id, template: str, field: str = "id"):
    row = session.get(model, row_id) if isinstance(row_id, int) else None
    if row is None:
        raise ValidationError([Problem(field, template)])
    return row


def _check_account(session: Session, account_id: int | None) -> None:
    if account_id is not None:
        _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")


def _date_problems(value, field: str) -> list[Problem]:
    return [] if isinstance(value, dt.date) else [Problem(field, REQUIRED)]


def _amount_problems(amount) -> list[Problem]:
    if amount is None:
        return []
    valid = isinstance(amount, int | Decimal) and not isinstance(amount, bool)
    if not valid or not Decimal(amount).is_finite():
        return [Problem("amount", NOT_A_NUMBER, {"value": amount})]
    if amount < 0:
        return [Problem("amount", NEGATIVE, {"value": amount})]
    if amount > AMOUNT_LIMIT:
        return [Problem("amount", OUT_OF_RANGE, {"low": 0, "high": AMOUNT_LIMIT, "value": amount})]
    return []


def _fiscal_start(session: Session) -> int:
    return read_settings(session).fiscal_year_start


def _period(value: PeriodInput, fiscal_year_start: int, field: str = "period") -> Period:
    if isinstance(value, Period):
        return value
    try:
        return parse_period(value, fiscal_year_start)
    except ValueError:
        raise ValidationError([Problem(field, m.INVALID_PERIOD, {"value": value})]) from None


def _span(session: Session, first: PeriodInput, last: PeriodInput | None) -> list[Period]:
    fiscal_start = _fiscal_start(session)
    start = _period(first, fiscal_start, "first")
    end = start if last is None else _period(last, fiscal_start, "last")
    if (start.kind, start.fiscal_year_start) != (end.kind, end.fiscal_year_start):
        raise ValidationError([Problem("last", m.PERIOD_KINDS_DIFFER)])
    if end.start < start.start:
        raise ValidationError([Problem("last", m.RANGE_BACKWARDS)])
    return period_span(start, end)


def _review_order(label: DealLabel) -> tuple:
    no_date = label.expected_close is None
    return (
        fold(label.account_name),
        no_date,
        label.expected_close or dt.date.max,
        fold(label.title),
    )


def _active(session: Session, open_count: Counter) -> list[int]:
    """The active accounts with open opportunities, by name."""
    return [a for a in account_names(session, active_only=True) if open_count[a]]


def _account_of(deal: Deal) -> RowKey:
    return deal.account_id


def _unit_of(deal: Deal) -> RowKey:
    return deal.org_unit_id


def _deals_needing_attention(
    open_deals: list[Deal], states: list[DealState], today: dt.date
) -> list[Deal]:
    flagged = {item.deal_id for item in attention_list(open_deals, states, today)}
    return [d for d in open_deals if d.id in flagged]


# -- snapshots --------------------------------------------------------------------------------


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def _take_snapshot(session: Session, automatic: bool, today: dt.date, note: str) -> int:
    taken_at = dt.datetime.combine(today, utcnow().time())
    snapshot = ForecastSnapshot(taken_at=taken_at, automatic=automatic, note=note)
    session.add(snapshot)
    session.flush()
    lines = snapshot_lines(read_deals(session), period_of(today, PeriodKind.MONTH))
    if lines:
        session.execute(
            insert(ForecastSnapshotLine.__table__),
            [
                {
                    "snapshot_id": snapshot.id,
                    "account_id": line.account_id,
                    "period": line.period,
                    "category": line.category,
                    "amount": line.amount,
                    "weighted_amount": line.weighted_amount,
                }
                for line in lines
            ],
        )
    return snapshot.id


def _last_before(taken: list[tuple[int, dt.date]], day: dt.date) -> tuple[int, dt.date] | None:
    before = [snapshot for snapshot in taken if snapshot[1] < day]
    return before[-1] if before else None
