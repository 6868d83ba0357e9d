"""What an Excel export holds: every record as plain values, by sheet and column (WORKBOOK.md).

:func:`export_rows` reads the portfolio with one set query per table (no query per row, so it
stays fast for 100k accounts) and returns, for every sheet of :data:`SHEETS`, rows keyed by
column key in the schema's order. References are the referred record's natural key (an
account's name, a stakeholder's name, a risk's description, ...); enums stay enum members so
the writer shows them in the workbook's language. :func:`export_workbook` reads and writes in
one call, for the command line and the File menu alike (it is safe to run off the GUI thread).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from sqlalchemy import BigInteger, Float, String, cast, func, null, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk import __version__
from kamdesk.analytics.icp import icp_score
from kamdesk.analytics.okr import key_result_progress
from kamdesk.excel.collector import collector_paused
from kamdesk.excel.schema import SHEETS
from kamdesk.excel.writer import ProgressCallback, check_fits, write_workbook
from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    IcpRating,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OrgUnit,
    PipelineStage,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.base import Money
from kamdesk.model.enums import LinkKind, OrgUnitKind, Strategy, fold
from kamdesk.services.problems import NO_SUCH_ACCOUNT, Problem, ValidationError
from kamdesk.services.settings import (
    BUILT_IN_STAGE_NAMES,
    BUILT_IN_STAGE_NAMES_PT,
    PortfolioSettings,
    portfolio_identity,
    read_settings,
)
from kamdesk.store import Portfolio

Row = dict[str, object]
RowsBySheet = dict[str, list[Row]]

COLUMN_KEYS = {sheet.key: tuple(column.key for column in sheet.columns) for sheet in SHEETS}

# The ICP criteria the Accounts sheet shows as columns of their own (same key as the column).
RATED_COLUMNS = ("growth_potential", "market_influence")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # rows written per sheet key, in the workbook's order
    account_name: str | None = None  # the account of a single-account export


def export_workbook(
    portfolio: Portfolio,
    path: Path | str,
    *,
    language: str = "pt_BR",
    account_id: int | None = None,
    template: bool = False,
    progress: ProgressCallback | None = None,
    exported_at: dt.datetime | None = None,
) -> ExportResult:
    """Writes the portfolio (or one account and its dependants, or just the headers) to ``path``.

    Raises :class:`ValidationError` for an account that does not exist, whatever the writer
    raises (nothing is left at ``path`` then), and the progress callback's own exception.
    """
    with collector_paused():  # see there: the rows read are as many objects, and acyclic
        with portfolio.session() as session:
            exporter = _Exporter(session, account_id, language, money_as_float=True)
            if not template:
                check_fits(exporter.big_sheet_counts(), language)  # before reading it all
            rows = empty_template() if template else exporter.rows()
            choices = {"stage": stage_choices(session, language)}
            scope = exporter.account_names.get(account_id) if not template else None
            origin = None if template else portfolio_identity(session, create=True)
            currency = read_settings(session).currency
        written = write_workbook(
            path,
            rows,
            language,
            exported_at=exported_at,
            app_version=__version__,
            progress=progress,
            choices=choices,
            scope_account=scope,
            portfolio_id=origin,
            currency=currency,
        )
    counts = {key: len(sheet_rows) for key, sheet_rows in rows.items()}
    return ExportResult(written, counts, scope)


def export_rows(
    portfolio: Portfolio, account_id: int | None = None, language: str = "pt_BR"
) -> RowsBySheet:
    """Every sheet's rows, or only ``account_id`` with its dependants (the whole product
    catalogue still; objectives of that account only)."""
    with collector_paused(), portfolio.session() as session:
        return _Exporter(session, account_id, language).rows()


def empty_template() -> RowsBySheet:
    """The same sheets with no rows: a workbook of headers to fill in by hand."""
    return {sheet.key: [] for sheet in SHEETS}


def stage_choices(session: Session, language: str) -> list[str]:
    """The portfolio's pipeline stages in board order, named in the workbook's language."""
    query = select(PipelineStage.key, PipelineStage.name).order_by(
        PipelineStage.position, PipelineStage.id
    )
    return [stage_name(key, name, language) for key, name in session.execute(query)]


def stage_name(key: str | None, name: str, language: str) -> str:
    """A built-in stage in the workbook's language; one the KAM added or renamed as typed."""
    built_in = key in BUILT_IN_STAGE_NAMES_PT and name == BUILT_IN_STAGE_NAMES[key]
    if language.startswith("pt") and built_in:
        return BUILT_IN_STAGE_NAMES_PT[key]
    return name


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def _row(sheet_key: str, record, **derived) -> Row:
    """The sheet's columns in order: a derived value where given, else the record's field of
    the same name (the model and the schema share most names)."""
    return {
        key: derived[key] if key in derived else getattr(record, key)
        for key in COLUMN_KEYS[sheet_key]
    }


def _in_order(keyed_rows: Iterable[tuple[tuple, Row]]) -> list[Row]:
    return [row for _key, row in sorted(keyed_rows, key=itemgetter(0))]


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    """Sorts missing dates last."""
    return (value is None, value or dt.date.min)


class _Exporter:
    """Reads the sheets in the schema's order; each sheet keeps the names later sheets refer
    to (a sheet only refers to sheets before it), so every table is read exactly once."""

    def __init__(
        self,
        session: Session,
        account_id: int | None,
        language: str,
        *,
        money_as_float: bool = False,
    ):
        self.session = session
        self.account_id = account_id
        self.language = language
        self.money_as_float = money_as_float  # see column()
        # For sort keys: people's names repeat (the Relations sheet names them again).
        self.fold = functools.cache(fold)
        self.account_names: dict[int, str] = {}
        self.account_rank: dict[int, int] = {}  # position in name order, to sort dependants
        self.unit_names: dict[int, str] = {}
        self.people_names: dict[int, str] = {}
        self.links: list = []
        self.product_names: dict[int, str] = {}
        self.risk_descriptions: dict[int, str] = {}
        self.objective_titles: dict[int, str] = {}
        self.objective_rank: dict[int, int] = {}
        self.objective_accounts: dict[int, str | None] = {}
        self.key_result_titles: dict[int, str] = {}
        self.key_result_rank: dict[int, int] = {}
        self.key_result_objectives: dict[int, int] = {}

    def rows(self) -> RowsBySheet:
        return {sheet.key: getattr(self, sheet.key)() for sheet in SHEETS}

    # -- helpers ------------------------------------------------------------------------------

    def records(self, source, account_column=None) -> list:
        """The rows of ``source`` (a model's whole table, or a query), only the exported
        account's when one is chosen and ``account_column`` says whose a row is."""
        query = select(source.__table__) if isinstance(source, type) else source
        if self.account_id is not None and account_column is not None:
            query = query.where(account_column == self.account_id)
        return self.session.execute(query).all()

    def sheet_query(self, sheet_key: str, table, **expressions):
        """A select of the sheet's columns in its order, so a row is ``dict(zip(keys, row))``:
        ``expressions`` by column key where given (a joined name, or NULL for a value filled
        in afterwards), else ``table``'s column of the same name."""
        columns = (
            expressions[key] if key in expressions else self.column(table, key)
            for key in COLUMN_KEYS[sheet_key]
        )
        return select(*columns)

    def column(self, table, key: str):
        """``table``'s column ``key``; money as a float when the rows are only written to a
        workbook, which holds floats: SQLite divides the centavos, which is faster than
        making a Decimal of each in Python and gives the same float."""
        column = table.c[key]
        if self.money_as_float and isinstance(column.type, Money):
            centavos = type_coerce(column, BigInteger)  # not Money: it would bind 100 as 10000
            return type_coerce(centavos / 100.0, Float).label(key)
        return column

    def by_account(self, sheet_key: str, table, **expressions):
        """:meth:`sheet_query` with the account's name in the ``account`` column and the rows
        in the accounts' order (``name_key`` then id, as :meth:`accounts` sorts them:
        SQLite compares text by code point, as Python does)."""
        accounts = Account.__table__
        account = accounts.c.name.label("account")  # not "name": the row may have its own
        query = self.sheet_query(sheet_key, table, account=account, **expressions)
        return query.join(accounts, accounts.c.id == table.c.account_id).order_by(
            accounts.c.name_key, accounts.c.id
        )

    def keyed_rows(self, sheet_key: str, records) -> list[Row]:
        """Rows of a :meth:`sheet_query` as the sheet's rows (extra columns left out)."""
        keys = COLUMN_KEYS[sheet_key]
        return [dict(zip(keys, record, strict=False)) for record in records]

    def big_sheet_counts(self) -> dict[str, int]:
        """The rows of the sheet that can outgrow a spreadsheet (revenue: accounts × months),
        counted without reading them."""
        query = select(func.count()).select_from(RevenueRecord)
        if self.account_id is not None:
            query = query.where(RevenueRecord.account_id == self.account_id)
        return {"revenue": self.session.scalar(query)}

    def account(self, record) -> str:
        return self.account_names[record.account_id]

    def rank(self, record) -> int:
        return self.account_rank[record.account_id]

    # -- one method per sheet, named by its key -------------------------------------------------

    def accounts(self) -> list[Row]:
        table = Account.__table__
        computed = {key: null() for key in (*RATED_COLUMNS, "icp_score", "health")}
        # The JSON text as it is: accounts share a few lists of strategies, each parsed once.
        # (PostgreSQL's driver would parse its json itself: cast to text there.)
        strategies = type_coerce(table.c.strategies, String)
        if self.session.get_bind().dialect.name != "sqlite":
            strategies = cast(table.c.strategies, String)
        query = self.sheet_query("accounts", table, strategies=strategies, **computed)
        rows = self.keyed_rows(
            "accounts", self.records(query.order_by(table.c.name_key, table.c.id), table.c.id)
        )
        if self.account_id is not None and not rows:
            raise ValidationError([Problem("id", NO_SUCH_ACCOUNT)])
        self.account_names = {row["id"]: row["name"] for row in rows}
        self.account_rank = {account_id: rank for rank, account_id in enumerate(self.account_names)}
        settings = read_settings(self.session)
        ratings = self.icp_ratings(settings)
        # Many accounts share the same ratings, or the same strategies: each once.
        criteria = settings.criteria()
        score_of = functools.cache(lambda given: icp_score(criteria, dict(given)).score)
        strategies_of = functools.cache(
            lambda text: tuple(Strategy(s) for s in json.loads(text)) if text else ()
        )
        for row in rows:
            given = ratings.get(row["id"], {})
            for key in RATED_COLUMNS:
                row[key] = given.get(key)
            row["strategies"] = strategies_of(row["strategies"])
            score = score_of(tuple(sorted(given.items())))
            row["icp_score"] = None if score is None else round(score, 1)
            # health stays blank until account health lands (DESIGN §3)
        return rows

    def icp_ratings(self, settings: PortfolioSettings) -> dict[int, dict[str, int]]:
        """Account id → criterion key → rating."""
        key_of = {c.id: c.criterion_key for c in settings.icp_criteria}
        ratings: dict[int, dict[str, int]] = defaultdict(dict)
        table = IcpRating.__table__  # its columns, not the model's: no ORM work per row
        query = select(table.c.account_id, table.c.criterion_id, table.c.rating)
        for account_id, criterion_id, rating in self.records(query, table.c.account_id):
            ratings[account_id][key_of[criterion_id]] = rating
        return ratings

    def org_units(self) -> list[Row]:
        records = self.records(OrgUnit, OrgUnit.account_id)
        self.unit_names = {r.id: r.name for r in records}
        depth = {kind: position for position, kind in enumerate(OrgUnitKind)}
        return _in_order(
            (
                (self.rank(r), depth[r.kind], fold(r.name), r.id),
                _row(
                    "org_units",
                    r,
                    account=self.account(r),
                    parent=self.unit_names.get(r.parent_id),
                ),
            )
            for r in records
        )

    def stakeholders(self) -> list[Row]:
        table = Stakeholder.__table__
        query = self.by_account("stakeholders", table, org_unit=null(), reports_to=null())
        query = query.add_columns(table.c.account_id, table.c.org_unit_id)
        records = self.records(query, table.c.account_id)
        self.people_names = {r.id: r.name for r in records}
        self.links = self.records(StakeholderLink, StakeholderLink.account_id)
        self.links.sort(key=lambda link: link.id)
        boss_of: dict[int, int] = {}
        for link in self.links:
            if link.kind is LinkKind.REPORTS_TO:
                boss_of.setdefault(link.source_id, link.target_id)  # the oldest link wins
        rows = self.keyed_rows("stakeholders", records)
        for row, r in zip(rows, records, strict=True):
            row["org_unit"] = self.unit_names.get(r.org_unit_id)
            row["reports_to"] = self.people_names.get(boss_of.get(r.id))
        # Within an account (the query's order), by name: a sort of presorted runs.
        return _in_order(
            ((self.rank(r), self.fold(r.name), r.id), row)
            for r, row in zip(records, rows, strict=True)
        )

    def relations(self) -> list[Row]:
        """The links other than reports-to, which is a column of the Stakeholders sheet."""
        kinds = {kind: position for position, kind in enumerate(LinkKind)}
        name = self.people_names.__getitem__
        return _in_order(
            (
                (
                    self.rank(r),
                    self.fold(name(r.source_id)),
                    self.fold(name(r.target_id)),
                    kinds[r.kind],
                    r.id,
                ),
                _row(
                    "relations",
                    r,
                    account=self.account(r),
                    source=name(r.source_id),
                    target=name(r.target_id),
                ),
            )
            for r in self.links
            if r.kind is not LinkKind.REPORTS_TO
        )

    def products(self) -> list[Row]:
        records = self.records(Product)  # the catalogue is the whole portfolio's
        self.product_names = {r.id: r.name for r in records}
        return _in_order(((fold(r.name), r.id), _row("products", r)) for r in records)

    def opportunities(self) -> list[Row]:
        stages = {
            r.id: stage_name(r.key, r.name, self.language) for r in self.records(PipelineStage)
        }
        return _in_order(
            (
                (self.rank(r), fold(r.title), r.id),
                _row(
                    "opportunities",
                    r,
                    account=self.account(r),
                    product=self.product_names.get(r.product_id),
                    org_unit=self.unit_names.get(r.org_unit_id),
                    stage=stages[r.stage_id],
                ),
            )
            for r in self.records(Opportunity, Opportunity.account_id)
        )

    def revenue(self) -> list[Row]:
        """The largest sheet (accounts × months), so wholly ordered by SQLite."""
        table = RevenueRecord.__table__
        query = self.by_account("revenue", table).order_by(table.c.month, table.c.id)
        return self.keyed_rows("revenue", self.records(query, table.c.account_id))

    def surveys(self) -> list[Row]:
        table = SurveyResponse.__table__
        query = self.by_account("surveys", table, stakeholder=null())
        query = query.add_columns(table.c.stakeholder_id).order_by(table.c.date, table.c.id)
        records = self.records(query, table.c.account_id)
        rows = self.keyed_rows("surveys", records)
        for row, r in zip(rows, records, strict=True):
            row["stakeholder"] = self.people_names.get(r.stakeholder_id)
        return rows

    def risks(self) -> list[Row]:
        records = self.records(Risk, Risk.account_id)
        self.risk_descriptions = {r.id: r.description for r in records}
        # Within an account, the highest score first: that is how a risk register is read.
        return _in_order(
            (
                (self.rank(r), -r.likelihood * r.impact, r.id),
                _row("risks", r, account=self.account(r), score=r.likelihood * r.impact),
            )
            for r in records
        )

    def actions(self) -> list[Row]:
        return _in_order(
            (
                (self.rank(r), _date_key(r.due), fold(r.title), r.id),
                _row(
                    "actions",
                    r,
                    account=self.account(r),
                    risk=self.risk_descriptions.get(r.risk_id),
                ),
            )
            for r in self.records(Action, Action.account_id)
        )

    def objectives(self) -> list[Row]:
        """The whole portfolio's objectives first, then each account's, by period."""
        records = self.records(Objective, Objective.account_id)
        records.sort(
            key=lambda r: (self.account_rank.get(r.account_id, -1), r.period, fold(r.title), r.id)
        )
        self.objective_titles = {r.id: r.title for r in records}
        self.objective_rank = {r.id: rank for rank, r in enumerate(records)}
        self.objective_accounts = {r.id: self.account_names.get(r.account_id) for r in records}
        return [
            _row("objectives", r, account=self.account_names.get(r.account_id)) for r in records
        ]

    def key_results(self) -> list[Row]:
        query = select(KeyResult.__table__).join(Objective.__table__)
        records = self.records(query, Objective.account_id)
        records.sort(key=lambda r: (self.objective_rank[r.objective_id], r.id))
        self.key_result_titles = {r.id: r.title for r in records}
        self.key_result_rank = {r.id: rank for rank, r in enumerate(records)}
        self.key_result_objectives = {r.id: r.objective_id for r in records}
        return [
            _row(
                "key_results",
                r,
                objective=self.objective_titles[r.objective_id],
                progress=_percent(key_result_progress(r.start, r.target, r.current)),
                account=self.objective_accounts[r.objective_id],
            )
            for r in records
        ]

    def check_ins(self) -> list[Row]:
        query = select(CheckIn.__table__).join(KeyResult.__table__).join(Objective.__table__)
        return _in_order(
            (
                (self.key_result_rank[r.key_result_id], r.date, r.id),
                self.check_in_row(r),
            )
            for r in self.records(query, Objective.account_id)
        )

    def check_in_row(self, record) -> Row:
        objective_id = self.key_result_objectives[record.key_result_id]
        return _row(
            "check_ins",
            record,
            key_result=self.key_result_titles[record.key_result_id],
            account=self.objective_accounts[objective_id],
            objective=self.objective_titles[objective_id],
        )

    def interactions(self) -> list[Row]:
        link = interaction_stakeholder.c
        query = select(link.interaction_id, link.stakeholder_id).join(Interaction.__table__)
        present: dict[int, list[str]] = defaultdict(list)
        for interaction_id, stakeholder_id in self.records(query, Interaction.account_id):
            if stakeholder_id in self.people_names:  # never another account's person
                present[interaction_id].append(self.people_names[stakeholder_id])
        table = Interaction.__table__
        query = self.by_account("interactions", table, stakeholders=null())
        records = self.records(query.order_by(table.c.date, table.c.id), table.c.account_id)
        rows = self.keyed_rows("interactions", records)
        for row in rows:
            row["stakeholders"] = tuple(sorted(present.get(row["id"], ()), key=fold))
        return rows

    def reviews(self) -> list[Row]:
        table = Review.__table__
        query = self.by_account("reviews", table).order_by(table.c.date, table.c.id)
        return self.keyed_rows("reviews", self.records(query, table.c.account_id))
