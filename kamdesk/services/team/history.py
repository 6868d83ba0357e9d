"""Who changed what (issue 9): an account's history, and one record's, read from the change log.

On a team server, triggers write one ``change_log`` row for every insert, update and delete of
a tracked record, with the database login that wrote it and ``{column: [before, after]}``
(:mod:`kamdesk.store.migrations.versions.0003_team_mode`); row-level security shows a member
only the history of the accounts they may read. A portfolio file keeps no history: its log
stays empty (:func:`history_available`).

Each entry says which record it is about by its label (a person's name, a risk's description,
an interaction's kind and date): the record's label as it is now, or as it was when it was
deleted. Logged values come as the server wrote them (JSON) and also as Python values: money
as ``Decimal``, dates, enum members, and the records a column points to (a stage, an org unit,
a person) as :class:`Reference` with their label.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import Column, Date, DateTime, Select, Table, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kamdesk.model import Base, ChangeLogEntry, TeamMember
from kamdesk.model.base import CENT, EnumText, Money
from kamdesk.model.enums import LabelledEnum, Strategy
from kamdesk.store import Portfolio
from kamdesk.store.server import ServerPortfolio, connect_error

__all__ = [
    "BuiltinName",
    "FieldChange",
    "HistoryAction",
    "HistoryEntry",
    "HistoryService",
    "RecordKind",
    "Reference",
    "history_available",
    "logged_value",
]

DEFAULT_LIMIT = 500
IN_CHUNK = 1000  # ids per IN (...) list: far below any driver's parameter limit


class RecordKind(enum.StrEnum):
    """What kind of record an entry is about (the interface names it)."""

    ACCOUNT = "account"
    PERSON = "person"
    ORG_UNIT = "org_unit"
    LINK = "link"
    OPPORTUNITY = "opportunity"
    REVENUE = "revenue"
    SURVEY_ANSWER = "survey_answer"
    RISK = "risk"
    ACTION = "action"
    OBJECTIVE = "objective"
    KEY_RESULT = "key_result"
    CHECK_IN = "check_in"
    REVIEW = "review"
    INTERACTION = "interaction"
    PRODUCT = "product"
    STAGE = "stage"
    TARGET = "target"
    CRITERION = "criterion"
    OTHER = "other"


class HistoryAction(enum.StrEnum):
    CREATED = "insert"
    CHANGED = "update"
    DELETED = "delete"


KIND_OF_TABLE = {
    "account": RecordKind.ACCOUNT,
    "stakeholder": RecordKind.PERSON,
    "org_unit": RecordKind.ORG_UNIT,
    "stakeholder_link": RecordKind.LINK,
    "opportunity": RecordKind.OPPORTUNITY,
    "revenue_record": RecordKind.REVENUE,
    "survey_response": RecordKind.SURVEY_ANSWER,
    "risk": RecordKind.RISK,
    "action": RecordKind.ACTION,
    "objective": RecordKind.OBJECTIVE,
    "key_result": RecordKind.KEY_RESULT,
    "check_in": RecordKind.CHECK_IN,
    "review": RecordKind.REVIEW,
    "interaction": RecordKind.INTERACTION,
    "product": RecordKind.PRODUCT,
    "pipeline_stage": RecordKind.STAGE,
    "forecast_target": RecordKind.TARGET,
    "icp_criterion": RecordKind.CRITERION,
}

# The columns that tell a record apart for a person reading the history, in reading order.
LABEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "account": ("name",),
    "stakeholder": ("name",),
    "org_unit": ("name",),
    "product": ("name",),
    "pipeline_stage": ("name",),
    "icp_criterion": ("name",),
    "opportunity": ("title",),
    "risk": ("description",),
    "action": ("title",),
    "objective": ("title",),
    "key_result": ("title",),
    "check_in": ("key_result_id", "date"),
    "review": ("kind", "date"),
    "interaction": ("kind", "date"),
    "revenue_record": ("month",),
    "survey_response": ("kind", "date"),
    "stakeholder_link": ("source_id", "kind", "target_id"),
    "forecast_target": ("period",),
}
# Built-in stages and ICP criteria keep an English name and a key; the interface translates.
BUILTIN_KEY_COLUMN = "key"
# JSON columns that hold a list of enum values.
ENUM_LISTS: dict[tuple[str, str], type[LabelledEnum]] = {("account", "strategies"): Strategy}
# Not worth a line of history: the record's own id, and (on a created or deleted record) the
# account it belongs to, which is the account whose history this is.
NOT_SHOWN = ("id",)
NOT_SHOWN_WHOLE = ("account_id",)


@dataclass(frozen=True)
class BuiltinName:
    """The name of a built-in pipeline stage or ICP criterion (``table``), kept in English."""

    table: str
    key: str
    name: str


@dataclass(frozen=True)
class Reference:
    """A record a column points to (a stage, an org unit, a person...), with its label
    (() when the record is unknown: deleted before the history began, or hidden)."""

    table: str
    record_id: int
    label: tuple[object, ...]


@dataclass(frozen=True)
class FieldChange:
    """One column of one write: ``before``/``after`` as logged (JSON; None: no value, or no
    such side on a creation or deletion) and ``before_value``/``after_value`` as Python values
    (Decimal, date, enum member, Reference, ...)."""

    field: str  # the column's name
    before: object
    after: object
    before_value: object
    after_value: object


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    when: dt.datetime  # UTC, timezone-aware
    who: str  # the database login that wrote
    who_name: str  # the team member's name, else the login
    kind: RecordKind
    table: str
    record_id: int
    # The record's label now (or when it was deleted): str, date, enum member, BuiltinName or
    # Reference parts; () when nothing is known of it.
    label: tuple[object, ...]
    action: HistoryAction
    changes: tuple[FieldChange, ...]


def history_available(portfolio: Portfolio) -> bool:
    """Whether the portfolio keeps a history of changes: only a portfolio on a team server."""
    return isinstance(portfolio, ServerPortfolio)


class HistoryService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def account_history(
        self, account_id: int, *, limit: int = DEFAULT_LIMIT, before_id: int | None = None
    ) -> list[HistoryEntry]:
        """The writes to the account and every record of it, newest first: at most ``limit``,
        older than the entry ``before_id`` when given (the next page). An account the user may
        not read has no history for them (the server hides it)."""
        log = ChangeLogEntry
        query = select(*_LOG_COLUMNS).where(log.account_id == account_id)
        if before_id is not None:
            query = query.where(log.id < before_id)
        return self._read(query.order_by(log.id.desc()).limit(max(limit, 0)))

    def record_history(self, table: str, record_id: int) -> list[HistoryEntry]:
        """Every write to one record, newest first."""
        log = ChangeLogEntry
        query = select(*_LOG_COLUMNS).where(log.table_name == table, log.record_id == record_id)
        return self._read(query.order_by(log.id.desc()))

    def _read(self, query: Select) -> list[HistoryEntry]:
        """Raises a PortfolioError (ServerUnreachable, ServerLoginRefused, ...) when the
        server cannot be asked."""
        try:
            with self.portfolio.session() as session:
                rows = session.execute(query).all()
                return _HistoryReader(session).entries(rows)
        except OperationalError as exc:
            if not history_available(self.portfolio):
                raise
            raise connect_error(exc, self.portfolio.url) from exc


_LOG_COLUMNS = (
    ChangeLogEntry.id,
    ChangeLogEntry.changed_at,
    ChangeLogEntry.changed_by,
    ChangeLogEntry.table_name,
    ChangeLogEntry.record_id,
    ChangeLogEntry.action,
    ChangeLogEntry.changes,
)


# -- logged values ------------------------------------------------------------------------------


def logged_value(table: str, field: str, value: object) -> object:
    """A value as the change log wrote it (JSON), as Python: money in centavos → Decimal, ISO
    dates → date/datetime, enum values → members. A value that does not read as its column's
    type (or a column the models do not know) comes back unchanged."""
    if value is None:
        return None
    column = _column(table, field)
    if column is None:
        return value
    kind = column.type
    try:
        if isinstance(kind, EnumText):
            return kind.enum_class(value)
        if isinstance(kind, Money):
            return (Decimal(value) / 100).quantize(CENT)
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return dt.date.fromisoformat(value)
        if (table, field) in ENUM_LISTS:
            return tuple(ENUM_LISTS[table, field](item) for item in value)
    except (ValueError, TypeError, InvalidOperation):
        return value
    return value


def _table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def _column(table: str, field: str) -> Column | None:
    found = _table(table)
    return found.c.get(field) if found is not None else None


def _referred_table(table: str, field: str) -> str | None:
    """The table ``table.field`` points to, when it is a foreign key."""
    column = _column(table, field)
    if column is None or not column.foreign_keys:
        return None
    return next(iter(column.foreign_keys)).column.table.name


def _as_id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield list(ids[start : start + IN_CHUNK])


# -- reading ------------------------------------------------------------------------------------

Key = tuple[str, int]  # (table, record id)
Labels = dict[Key, tuple[object, ...]]


class _HistoryReader:
    """Turns log rows into entries with a few queries: the records' labels table by table, the
    labels of the records their columns point to, and the writers' names."""

    def __init__(self, session: Session):
        self.session = session

    def entries(self, rows) -> list[HistoryEntry]:
        labels = self._labels({(row.table_name, row.record_id) for row in rows})
        pointed = self._references_in(rows, labels)
        pointed_labels = self._labels(pointed)
        names = self._names({row.changed_by for row in rows})

        def refer(table: str, field: str, value: object) -> object:
            target = _referred_table(table, field)
            record_id = _as_id(value)
            if target is None or record_id is None:
                return value
            return Reference(target, record_id, pointed_labels.get((target, record_id), ()))

        def label_of(table: str, record_id: int) -> tuple[object, ...]:
            parts = labels.get((table, record_id))
            if parts is None:
                return ()
            pairs = zip(LABEL_COLUMNS[table], parts, strict=True)
            return tuple(refer(table, field, part) for field, part in pairs)

        return [
            HistoryEntry(
                id=row.id,
                when=row.changed_at.replace(tzinfo=dt.UTC),
                who=row.changed_by,
                who_name=names.get(row.changed_by) or row.changed_by,
                kind=KIND_OF_TABLE.get(row.table_name, RecordKind.OTHER),
                table=row.table_name,
                record_id=row.record_id,
                label=label_of(row.table_name, row.record_id),
                action=HistoryAction(row.action),
                changes=_field_changes(row.table_name, row.action, row.changes or {}, refer),
            )
            for row in rows
        ]

    def _labels(self, records: Iterable[Key]) -> Labels:
        """Each record's label parts: from its row, or when it is gone from its deletion."""
        wanted: dict[str, set[int]] = defaultdict(set)
        for table, record_id in records:
            if table in LABEL_COLUMNS and _table(table) is not None:
                wanted[table].add(record_id)
        labels: Labels = {}
        for table, ids in wanted.items():
            labels.update(self._current_labels(table, sorted(ids)))
            gone = sorted(i for i in ids if (table, i) not in labels)
            if gone:
                labels.update(self._deleted_labels(table, gone))
        return labels

    def _current_labels(self, table_name: str, ids: list[int]) -> Labels:
        table = _table(table_name)
        fields = LABEL_COLUMNS[table_name]
        builtin = table.c.get(BUILTIN_KEY_COLUMN)
        columns = [table.c.id, *(table.c[f] for f in fields)]
        if builtin is not None:
            columns.append(builtin)
        labels: Labels = {}
        for chunk in _chunks(ids):
            for row in self.session.execute(select(*columns).where(table.c.id.in_(chunk))):
                parts = tuple(row[1 : 1 + len(fields)])
                if builtin is not None and row[-1]:
                    parts = tuple(_builtin(table_name, row[-1], part) for part in parts)
                labels[(table_name, row[0])] = parts
        return labels

    def _deleted_labels(self, table_name: str, ids: list[int]) -> Labels:
        """The label values a deleted record had, from the log of its deletion."""
        log = ChangeLogEntry
        fields = LABEL_COLUMNS[table_name]
        labels: Labels = {}
        for chunk in _chunks(ids):
            query = select(log.record_id, log.changes).where(
                log.table_name == table_name,
                log.record_id.in_(chunk),
                log.action == HistoryAction.DELETED.value,
            )
            for record_id, changes in self.session.execute(query):
                before = {field: _sides(pair)[0] for field, pair in (changes or {}).items()}
                parts = tuple(logged_value(table_name, f, before.get(f)) for f in fields)
                if key := before.get(BUILTIN_KEY_COLUMN):
                    parts = tuple(_builtin(table_name, key, part) for part in parts)
                labels[(table_name, record_id)] = parts
        return labels

    @staticmethod
    def _references_in(rows, labels: Labels) -> set[Key]:
        """The records that the logged columns and the labels point to."""
        pointed: set[Key] = set()
        for row in rows:
            for field, pair in (row.changes or {}).items():
                target = _referred_table(row.table_name, field)
                if target is not None:
                    pointed.update((target, i) for i in map(_as_id, pair or ()) if i is not None)
        for (table, _record_id), parts in labels.items():
            for field, part in zip(LABEL_COLUMNS[table], parts, strict=True):
                target, record_id = _referred_table(table, field), _as_id(part)
                if target is not None and record_id is not None:
                    pointed.add((target, record_id))
        return pointed

    def _names(self, logins: set[str]) -> dict[str, str]:
        """The team's names of the writers (one query; logins not in the team are absent)."""
        if not logins:
            return {}
        query = select(TeamMember.login, TeamMember.display_name).where(
            TeamMember.login.in_(sorted(logins))
        )
        return {login: name for login, name in self.session.execute(query)}


def _builtin(table: str, key: str, part: object) -> object:
    return BuiltinName(table, key, part) if isinstance(part, str) else part


def _field_changes(table: str, action: str, changes: dict, refer) -> tuple[FieldChange, ...]:
    """The columns written, in the table's column order: a creation or deletion lists only the
    columns that had a value."""
    whole = action != HistoryAction.CHANGED.value
    found: list[FieldChange] = []
    for field, pair in changes.items():
        before, after = _sides(pair)
        if field in NOT_SHOWN or (whole and field in NOT_SHOWN_WHOLE):
            continue
        if whole and _is_empty(before) and _is_empty(after):
            continue
        found.append(
            FieldChange(
                field,
                before,
                after,
                refer(table, field, logged_value(table, field, before)),
                refer(table, field, logged_value(table, field, after)),
            )
        )
    order = _column_order(table)
    return tuple(sorted(found, key=lambda change: order.get(change.field, len(order))))


def _sides(pair: object) -> tuple[object, object]:
    """``[before, after]`` as logged; anything else (a log written by hand) as an after."""
    if isinstance(pair, list) and len(pair) == 2:
        return pair[0], pair[1]
    return None, pair


def _is_empty(value: object) -> bool:
    """Nothing worth listing on a created or deleted record (a 0 is worth listing)."""
    return value is None or value is False or value in ("", [], {})


def _column_order(table: str) -> dict[str, int]:
    found = _table(table)
    return {} if found is None else {column.name: i for i, column in enumerate(found.columns)}
