"""Accounts: list with ICP score and tier, create, update, archive, delete (undoably)."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.analytics.cnpj import cnpj_problem, format_cnpj
from kamdesk.analytics.icp import IcpScore, icp_score
from kamdesk.analytics.lifecycle import LifecycleFacts, suggest_lifecycle_stage
from kamdesk.analytics.months import add_months
from kamdesk.analytics.segmentation import (
    SegmentationRules,
    SegmentInputs,
    TierAssignment,
    assign_tier,
    tier_function,
)
from kamdesk.model import Account, IcpRating, Opportunity, PipelineStage, RevenueRecord
from kamdesk.model.enums import LifecycleStage, StageOutcome, Strategy, Tier, fold
from kamdesk.services.problems import (
    CNPJ_REASONS,
    DUPLICATE_ACCOUNT,
    INVALID_CNPJ,
    NEGATIVE,
    NO_SUCH_ACCOUNT,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LONG,
    Problem,
    ValidationError,
)
from kamdesk.services.settings import PortfolioSettings, read_settings
from kamdesk.services.snapshot import (
    AggregateSnapshot,
    delete_aggregate,
    restore_snapshot,
    take_snapshot,
)
from kamdesk.store import Portfolio

GROWTH_CRITERION = "growth_potential"
SEARCH_SEPARATOR = "\x1f"  # never typed, so a search cannot match across two fields
LIFECYCLE_HISTORY_MONTHS = 24
NAME_LIMIT = 200


@dataclass(frozen=True)
class AccountData:
    """Everything a KAM edits about an account. ``icp_ratings``: criterion key → 1–5."""

    name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    industry: str = ""
    employees: int | None = None
    revenue_band: str = ""
    region: str = ""
    owner: str = ""
    tier_override: Tier | None = None
    strategic_importance: int = 3
    lifecycle_stage: LifecycleStage = LifecycleStage.TARGETING
    strategies: tuple[Strategy, ...] = ()
    value_proposition: str = ""
    desired_position: str = ""
    perceived_position: str = ""
    differentiators: str = ""  # what sets us apart from competitors, for this client
    acquisition_cost: Decimal | None = None
    client_since: dt.date | None = None
    notes: str = ""
    archived: bool = False
    icp_ratings: dict[str, int] = field(default_factory=dict)

    def changed_fields(self, other: AccountData) -> dict[str, object]:
        """Fields of ``other`` that differ from this one, as ``{field: other's value}``."""
        return {
            f.name: getattr(other, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(other, f.name)
        }


ACCOUNT_COLUMNS = tuple(f.name for f in fields(AccountData) if f.name != "icp_ratings")


@dataclass(frozen=True)
class AccountRow:
    """One line of the Accounts table."""

    id: int
    name: str
    legal_name: str
    tax_id: str
    industry: str
    region: str
    owner: str
    lifecycle_stage: LifecycleStage
    strategic_importance: int
    archived: bool
    icp_score: float | None
    tier: Tier
    computed_tier: Tier
    tier_is_override: bool
    annual_revenue: Decimal
    purchase_months: int
    updated_at: dt.datetime
    # Folded name, legal name, CNPJ, industry, region and owner: what the search box looks in.
    search_key: str = ""

    def __post_init__(self) -> None:
        if not self.search_key:
            parts = (
                self.name,
                self.legal_name,
                self.tax_id,
                self.industry,
                self.region,
                self.owner,
            )
            object.__setattr__(self, "search_key", SEARCH_SEPARATOR.join(map(fold, parts)))


@dataclass(frozen=True)
class AccountFilter:
    text: str = ""
    tiers: frozenset[Tier] = frozenset()
    stages: frozenset[LifecycleStage] = frozenset()
    owner: str | None = None
    include_archived: bool = False

    def accepts(self, row: AccountRow) -> bool:
        return bool(self.accepted_ids([row]))

    def accepted_ids(self, rows: list[AccountRow]) -> set[int]:
        """The ids of ``rows`` this filter lets through (folds the search text only once)."""
        needle = fold(self.text)
        return {
            r.id
            for r in rows
            if (self.include_archived or not r.archived)
            and (not self.tiers or r.tier in self.tiers)
            and (not self.stages or r.lifecycle_stage in self.stages)
            and (self.owner is None or r.owner == self.owner)
            and needle in r.search_key
        }


# -- validation ------------------------------------------------------------------------


def _range_problem(name: str, value: int | None, low: int, high: int) -> Problem | None:
    if value is None or low <= value <= high:
        return None
    return Problem(name, OUT_OF_RANGE, {"low": low, "high": high, "value": value})


def account_problems(data: AccountData, session: Session, account_id: int | None) -> list[Problem]:
    problems: list[Problem | None] = []
    name = data.name.strip()
    if not name:
        problems.append(Problem("name", REQUIRED))
    elif len(name) > NAME_LIMIT:
        problems.append(Problem("name", TOO_LONG, {"limit": NAME_LIMIT, "length": len(name)}))
    else:
        clash = session.scalar(
            select(Account.id).where(
                Account.name_key == fold(name), Account.id != (account_id or 0)
            )
        )
        if clash is not None:
            problems.append(Problem("name", DUPLICATE_ACCOUNT, {"name": name}))
    if data.tax_id.strip():
        reason = cnpj_problem(data.tax_id)
        if reason:
            problems.append(
                Problem(
                    "tax_id", INVALID_CNPJ, {"value": data.tax_id, "reason": CNPJ_REASONS[reason]}
                )
            )
    problems.append(_range_problem("strategic_importance", data.strategic_importance, 1, 5))
    for key, rating in data.icp_ratings.items():
        problems.append(_range_problem(f"icp:{key}", rating, 1, 5))
    if data.employees is not None and data.employees < 0:
        problems.append(Problem("employees", NEGATIVE, {"value": data.employees}))
    if data.acquisition_cost is not None and data.acquisition_cost < 0:
        problems.append(Problem("acquisition_cost", NEGATIVE, {"value": data.acquisition_cost}))
    return [p for p in problems if p is not None]


def _cleaned(data: AccountData) -> AccountData:
    tax_id = format_cnpj(data.tax_id) if data.tax_id.strip() else ""
    return replace(
        data,
        name=data.name.strip(),
        tax_id=tax_id,
        strategies=tuple(Strategy(s) for s in data.strategies),
    )


# -- service ---------------------------------------------------------------------------


class AccountService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # reading

    def list_rows(
        self, account_filter: AccountFilter | None = None, as_of: dt.date | None = None
    ) -> list[AccountRow]:
        with self.portfolio.session() as session:
            rows = _account_rows(session, as_of or dt.date.today())
        if account_filter is None:
            return rows
        accepted = account_filter.accepted_ids(rows)
        return [r for r in rows if r.id in accepted]

    def get(self, account_id: int) -> AccountData:
        with self.portfolio.session() as session:
            account = self._require(session, account_id)
            return _to_data(session, account)

    def find_id(self, name: str) -> int | None:
        with self.portfolio.session() as session:
            return session.scalar(select(Account.id).where(Account.name_key == fold(name)))

    def owners(self) -> list[str]:
        with self.portfolio.session() as session:
            owners = session.scalars(select(Account.owner).distinct().where(Account.owner != ""))
            return sorted(owners, key=fold)

    def score(self, data: AccountData, settings: PortfolioSettings) -> IcpScore:
        return icp_score(settings.criteria(), data.icp_ratings)

    # writing

    def validate(self, data: AccountData, account_id: int | None = None) -> list[Problem]:
        with self.portfolio.session() as session:
            return account_problems(data, session, account_id)

    def create(self, data: AccountData) -> int:
        with self.portfolio.session() as session:
            self._check(session, data, None)
            account = Account()
            session.add(account)
            _apply(session, account, _cleaned(data))
            session.flush()
            return account.id

    def update(self, account_id: int, changes: dict[str, object]) -> None:
        """Applies ``changes`` ({field: value}) after validating the account as it would be."""
        with self.portfolio.session() as session:
            account = self._require(session, account_id)
            data = replace(_to_data(session, account), **changes)
            self._check(session, data, account_id)
            _apply(session, account, _cleaned(data))

    def set_archived(self, account_ids: list[int], archived: bool) -> None:
        with self.portfolio.session() as session:
            for account_id in account_ids:
                self._require(session, account_id).archived = archived

    def delete(self, account_ids: list[int]) -> AggregateSnapshot:
        """Deletes the accounts with all their dependants; the snapshot undoes it exactly."""
        with self.portfolio.session() as session:
            snapshot = take_snapshot(session, Account.__table__, account_ids)
            delete_aggregate(session, Account.__table__, account_ids)
            return snapshot

    def preview_delete(self, account_ids: list[int]) -> AggregateSnapshot:
        """What :meth:`delete` would remove, to show before asking for confirmation."""
        with self.portfolio.session() as session:
            return take_snapshot(session, Account.__table__, account_ids)

    def restore(self, snapshot: AggregateSnapshot) -> None:
        with self.portfolio.session() as session:
            restore_snapshot(session, snapshot)

    # helpers

    @staticmethod
    def _require(session: Session, account_id: int) -> Account:
        account = session.get(Account, account_id)
        if account is None:
            raise ValidationError([Problem("id", NO_SUCH_ACCOUNT)])
        return account

    @staticmethod
    def _check(session: Session, data: AccountData, account_id: int | None) -> None:
        problems = account_problems(data, session, account_id)
        if problems:
            raise ValidationError(problems)


def _criteria_ids(session: Session) -> dict[str, int]:
    return {c.criterion_key: c.id for c in read_settings(session).icp_criteria}


def _to_data(session: Session, account: Account) -> AccountData:
    keys = {v: k for k, v in _criteria_ids(session).items()}
    ratings = {
        keys[r.criterion_id]: r.rating for r in account.icp_ratings if r.criterion_id in keys
    }
    values = {name: getattr(account, name) for name in ACCOUNT_COLUMNS}
    values["strategies"] = tuple(Strategy(s) for s in account.strategies or ())
    return AccountData(**values, icp_ratings=ratings)


def _apply(session: Session, account: Account, data: AccountData) -> None:
    for name in ACCOUNT_COLUMNS:
        setattr(account, name, getattr(data, name))
    account.strategies = [s.value for s in data.strategies]
    account.name_key = fold(data.name)
    ids = _criteria_ids(session)
    wanted = {ids[k]: v for k, v in data.icp_ratings.items() if k in ids and v is not None}
    account.icp_ratings = [r for r in account.icp_ratings if r.criterion_id in wanted]
    for rating in account.icp_ratings:
        rating.rating = wanted.pop(rating.criterion_id)
    account.icp_ratings += [IcpRating(criterion_id=c, rating=v) for c, v in wanted.items()]


def _account_rows(session: Session, as_of: dt.date) -> list[AccountRow]:
    """All accounts with score and tier, in three set queries (fast for 100k accounts)."""
    settings = read_settings(session)
    criteria = settings.criteria()
    key_of = {c.id: c.criterion_key for c in settings.icp_criteria}
    ratings: dict[int, dict[str, int]] = defaultdict(dict)
    for account_id, criterion_id, rating in session.execute(
        select(IcpRating.account_id, IcpRating.criterion_id, IcpRating.rating)
    ):
        ratings[account_id][key_of[criterion_id]] = rating
    revenue = _last_twelve_months(session, as_of)
    tier_of = tier_function(settings.segmentation)
    score_of = _memo(lambda given: icp_score(criteria, dict(given)).score)
    folded = _memo(fold)
    a = Account.__table__.c
    columns = (
        a.id,
        a.name,
        a.name_key,
        a.legal_name,
        a.tax_id,
        a.industry,
        a.region,
        a.owner,
        a.lifecycle_stage,
        a.strategic_importance,
        a.archived,
        a.tier_override,
        a.updated_at,
    )
    rows = []
    for r in session.execute(select(*columns)):
        given = ratings.get(r.id, {})
        score = score_of(tuple(sorted(given.items())))
        total, months = revenue.get(r.id, (Decimal(0), 0))
        computed = Tier(tier_of(_segment_inputs(score, total, months, given, r)))
        searchable = (r.legal_name, r.tax_id, r.industry, r.region, r.owner)
        rows.append(
            AccountRow(
                id=r.id,
                name=r.name,
                legal_name=r.legal_name,
                tax_id=r.tax_id,
                industry=r.industry,
                region=r.region,
                owner=r.owner,
                lifecycle_stage=r.lifecycle_stage,
                strategic_importance=r.strategic_importance,
                archived=r.archived,
                icp_score=score,
                tier=r.tier_override or computed,
                computed_tier=computed,
                tier_is_override=r.tier_override is not None,
                annual_revenue=total,
                purchase_months=months,
                updated_at=r.updated_at,
                search_key=SEARCH_SEPARATOR.join((r.name_key, *map(folded, searchable))),
            )
        )
    return rows


def _memo(function):
    """Caches ``function`` for one listing: many accounts share ratings, owners, regions."""
    return functools.cache(function)


def _tier(score, total, months, ratings, row, settings: PortfolioSettings) -> TierAssignment:
    inputs = _segment_inputs(score, total, months, ratings, row)
    override = row.tier_override.value if row.tier_override else None
    return assign_tier(inputs, settings.segmentation, override)


def _segment_inputs(score, total, months, ratings, row) -> SegmentInputs:
    return SegmentInputs(
        icp_score=score,
        annual_revenue=total,
        purchase_months=months,
        growth_potential=ratings.get(GROWTH_CRITERION),
        strategic_importance=row.strategic_importance,
    )


def _last_twelve_months(session: Session, as_of: dt.date) -> dict[int, tuple[Decimal, int]]:
    """Revenue of the twelve complete months before ``as_of`` and how many had any sale."""
    end = as_of.replace(day=1)
    start = end.replace(year=end.year - 1)
    query = (
        select(RevenueRecord.account_id, func.sum(RevenueRecord.revenue), func.count())
        .where(RevenueRecord.month >= start, RevenueRecord.month < end, RevenueRecord.revenue > 0)
        .group_by(RevenueRecord.account_id)
    )
    return {aid: (total, n) for aid, total, n in session.execute(query)}


def lifecycle_suggestion(
    portfolio: Portfolio, account_id: int, as_of: dt.date | None = None
) -> LifecycleStage:
    """The stage the account's revenue and pipeline point to (the KAM decides)."""
    end = (as_of or dt.date.today()).replace(day=1)
    months = [add_months(end, -n) for n in range(LIFECYCLE_HISTORY_MONTHS, 0, -1)]
    with portfolio.session() as session:
        by_month = dict(
            session.execute(
                select(RevenueRecord.month, RevenueRecord.revenue).where(
                    RevenueRecord.account_id == account_id,
                    RevenueRecord.month >= months[0],
                    RevenueRecord.month < end,
                )
            ).all()
        )
        outcomes = session.execute(
            select(PipelineStage.outcome, func.count())
            .join(Opportunity)
            .where(Opportunity.account_id == account_id)
            .group_by(PipelineStage.outcome)
        )
        counts = dict(outcomes.all())
    facts = LifecycleFacts(
        monthly_revenue=[by_month.get(m, Decimal(0)) for m in months],
        open_opportunities=counts.get(StageOutcome.OPEN, 0),
        won_opportunities=counts.get(StageOutcome.WON, 0),
    )
    return LifecycleStage(suggest_lifecycle_stage(facts))


@dataclass(frozen=True)
class TierExplanation:
    """An account's tier with what it was computed from, so the UI can explain it."""

    assignment: TierAssignment
    inputs: SegmentInputs
    rules: SegmentationRules


def tier_assignment(
    portfolio: Portfolio, account_id: int, as_of: dt.date | None = None
) -> TierExplanation:
    """The tier of one account with the reasons behind it (for the editor)."""
    with portfolio.session() as session:
        account = session.get(Account, account_id)
        settings = read_settings(session)
        data = _to_data(session, account)
        score = icp_score(settings.criteria(), data.icp_ratings).score
        total, months = _last_twelve_months(session, as_of or dt.date.today()).get(
            account_id, (Decimal(0), 0)
        )
        inputs = _segment_inputs(score, total, months, data.icp_ratings, account)
        override = account.tier_override.value if account.tier_override else None
        assignment = assign_tier(inputs, settings.segmentation, override)
        return TierExplanation(assignment, inputs, settings.segmentation)
