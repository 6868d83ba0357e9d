"""The portfolio's records as the import compares them: one bulk query per sheet, loaded on
first use, every value normalised the way a parsed cell is (see ``canonical``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import repeat

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from kamdesk.excel.schema import SHEETS_BY_KEY, Column, Kind
from kamdesk.model import (
    IcpCriterion,
    IcpRating,
    KeyResult,
    Objective,
    PipelineStage,
    StakeholderLink,
    interaction_stakeholder,
)
from kamdesk.model.enums import LinkKind
from kamdesk.services.settings import portfolio_identity
from kamdesk.services.workbook_import.bindings import (
    BINDINGS,
    ICP_COLUMNS,
    INTERACTION_PEOPLE,
    RELATION_KINDS,
    REPORTS_TO,
)
from kamdesk.services.workbook_import.bulk import stored_to_model
from kamdesk.services.workbook_import.canonical import database_converter


@dataclass(slots=True)
class ExistingRecord:
    id: int
    values: dict[str, object]  # column key → canonical value (references as record ids)
    account_id: int | None  # the account the record belongs to (None: the whole portfolio)


@dataclass(frozen=True)
class Stage:
    id: int
    key: str | None
    name: str
    probability: int
    outcome: str
    position: int


class PortfolioRecords:
    """Read-only view of the portfolio for planning; each sheet is queried once."""

    def __init__(self, session: Session):
        self.session = session
        self._sheets: dict[str, dict[int, ExistingRecord]] = {}
        self._stages: list[Stage] | None = None
        self._criteria: dict[str, int] | None = None

    def records(self, sheet_key: str) -> dict[int, ExistingRecord]:
        if sheet_key not in self._sheets:
            self._sheets[sheet_key] = self._load(sheet_key)
        return self._sheets[sheet_key]

    def portfolio_id(self) -> str | None:
        return portfolio_identity(self.session)

    def stages(self) -> list[Stage]:
        if self._stages is None:
            query = select(PipelineStage).order_by(PipelineStage.position, PipelineStage.id)
            self._stages = [
                Stage(s.id, s.key, s.name, s.probability, str(s.outcome), s.position)
                for s in self.session.scalars(query)
            ]
        return self._stages

    def criteria(self) -> dict[str, int]:
        """ICP criterion id by key, for the criteria the Accounts sheet has columns for."""
        if self._criteria is None:
            query = select(IcpCriterion.key, IcpCriterion.id).where(
                IcpCriterion.key.in_(list(ICP_COLUMNS.values()))
            )
            self._criteria = dict(self.session.execute(query).all())
        return self._criteria

    # -- loading ------------------------------------------------------------------------

    def _rows(self, query):
        """The rows of a bulk read, through Core: the ORM's per-row loading is not needed."""
        return self.session.connection().execute(query)

    def _load(self, sheet_key: str) -> dict[int, ExistingRecord]:
        """One query for the sheet's table; values converted a column at a time (the repeated
        ones, such as enum members and months, once per distinct value)."""
        binding = BINDINGS[sheet_key]
        sheet = SHEETS_BY_KEY[sheet_key]
        table = binding.table
        columns = [sheet.column(key) for key in binding.attributes]
        stored = [table.c[binding.attributes[c.key]] for c in columns]
        # As SQLite stores them: converted below, column by column, rather than cell by cell.
        query = select(table.c.id, *(type_coerce(s, NullType()) for s in stored))
        if sheet_key == "relations":
            query = query.where(table.c.kind.in_([k.value for k in RELATION_KINDS]))
        result = self._rows(query)
        type_codes = [described[1] for described in result.cursor.description[1:]]
        rows = result.all()
        records: dict[int, ExistingRecord] = {}
        if rows:
            dialect = self.session.get_bind().dialect
            ids, *raw = zip(*rows, strict=True)
            values = [
                stored_to_model(s, dialect, database_converter(c), code)(cells)
                for s, c, cells, code in zip(stored, columns, raw, type_codes, strict=True)
            ]
            keys = [c.key for c in columns]
            by_key = map(dict, map(zip, repeat(keys), zip(*values, strict=True)))
            accounts = values[keys.index("account")] if binding.account_attribute else None
            for number, (record_id, record_values) in enumerate(zip(ids, by_key, strict=True)):
                account_id = accounts[number] if accounts is not None else None
                records[record_id] = ExistingRecord(record_id, record_values, account_id)
        self._add_special_columns(sheet_key, records)
        return records

    def _add_special_columns(self, sheet_key: str, records: dict[int, ExistingRecord]) -> None:
        if sheet_key == "accounts":
            self._add_ratings(records)
        elif sheet_key == "stakeholders":
            self._add_reporting_lines(records)
        elif sheet_key == "interactions":
            self._add_participants(records)
        elif sheet_key == "key_results":
            self._add_owner_accounts(records, self._objective_accounts(), "objective")
        elif sheet_key == "check_ins":
            self._add_owner_accounts(records, self._key_result_accounts(), "key_result")

    def _add_ratings(self, records: dict[int, ExistingRecord]) -> None:
        column_of = {criterion_id: key for key, criterion_id in self.criteria().items()}
        for record in records.values():
            for column in ICP_COLUMNS:
                record.values[column] = None
        query = select(IcpRating.account_id, IcpRating.criterion_id, IcpRating.rating).where(
            IcpRating.criterion_id.in_(list(column_of))
        )
        for account_id, criterion_id, rating in self._rows(query):
            if account_id in records:
                records[account_id].values[column_of[criterion_id]] = rating

    def _add_reporting_lines(self, records: dict[int, ExistingRecord]) -> None:
        for record in records.values():
            record.values[REPORTS_TO] = None
        query = (
            select(StakeholderLink.source_id, StakeholderLink.target_id)
            .where(StakeholderLink.kind == LinkKind.REPORTS_TO)
            .order_by(StakeholderLink.id)
        )
        for source_id, target_id in self._rows(query):
            record = records.get(source_id)
            if record is not None and record.values[REPORTS_TO] is None:
                record.values[REPORTS_TO] = target_id

    def _add_participants(self, records: dict[int, ExistingRecord]) -> None:
        people: dict[int, set[int]] = defaultdict(set)
        query = select(
            interaction_stakeholder.c.interaction_id, interaction_stakeholder.c.stakeholder_id
        )
        for interaction_id, stakeholder_id in self._rows(query):
            people[interaction_id].add(stakeholder_id)
        for record in records.values():
            record.values[INTERACTION_PEOPLE] = frozenset(people.get(record.id, ()))

    def _objective_accounts(self) -> dict[int, int | None]:
        return dict(self.session.execute(select(Objective.id, Objective.account_id)).all())

    def _key_result_accounts(self) -> dict[int, int | None]:
        query = select(KeyResult.id, Objective.account_id).join(Objective)
        return dict(self.session.execute(query).all())

    @staticmethod
    def _add_owner_accounts(
        records: dict[int, ExistingRecord], accounts: dict[int, int | None], parent: str
    ) -> None:
        for record in records.values():
            record.account_id = accounts.get(record.values[parent])


def column_of(sheet_key: str, column_key: str) -> Column:
    return SHEETS_BY_KEY[sheet_key].column(column_key)


def is_reference(column: Column) -> bool:
    return column.kind in (Kind.REFERENCE, Kind.STAGE)
