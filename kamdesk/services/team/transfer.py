"""Publish a portfolio file to a team server, and take a server portfolio offline into a file.

Both copy every table of the models (``Base.metadata``), parents before children, in chunks,
then read the copy back and compare it with what was read, table by table: the number of rows
and a digest of their content. Either way nothing is left half done:

- :func:`publish` works in ONE transaction on the server (the schema, every row, the id
  sequences): a cancel, a refused row or a copy that differs rolls it all back and the database
  is empty again.
- :func:`take_offline` writes a temporary file beside the target, reads the server in one
  snapshot (so other users' edits meanwhile cannot tear the copy), checks the file and only
  then renames it into place.

The digest of a table is the sum (modulo 2²⁵⁶) of the SHA-256 of each row, its values written
in one canonical form so that SQLite and PostgreSQL agree (numbers, dates, JSON): so it does
not depend on the order rows come in, which differs where the server's collation sorts text
keys otherwise than SQLite. ``progress(done, total)`` counts rows twice: copied, then checked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import json
import math
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kamdesk.model import Base
from kamdesk.services.workbook_import.bulk import BulkInserts
from kamdesk.store import migrate
from kamdesk.store.errors import PortfolioError, PortfolioReadOnly, is_database_url
from kamdesk.store.lock import PortfolioLock
from kamdesk.store.portfolio import Portfolio, remove_portfolio_files
from kamdesk.store.server import (
    ServerPortfolio,
    advance_id_sequences,
    connect_explained,
    make_server_engine,
    server_url,
    shown_url,
)

__all__ = [
    "CopyDiffers",
    "CopyFailed",
    "DatabaseNotEmpty",
    "TableComparison",
    "TableDigest",
    "TargetExists",
    "TransferCancelled",
    "TransferReport",
    "publish",
    "table_digests",
    "take_offline",
]

CHUNK_ROWS = 1000
DIGEST_MODULUS = 2**256
# The lead's audit triggers skip rows that the table owner copies in bulk with this set.
BULK_COPY = text("SET LOCAL kamdesk.bulk_copy = 'on'")

ProgressCallback = Callable[[int, int], object]  # (rows done, rows in all)
CancelledCallback = Callable[[], bool]


class TransferCancelled(Exception):
    """The KAM cancelled the copy; nothing was written."""


class DatabaseNotEmpty(PortfolioError):
    def describe(self) -> str:
        return "the database is not empty: a portfolio can only be published into an empty one"


class TargetExists(PortfolioError):
    def describe(self) -> str:
        return "a file with this name already exists"


class CopyFailed(PortfolioError):
    """The copy was refused part way (``detail`` names the table); nothing was written."""

    def describe(self) -> str:
        return "the portfolio could not be copied; nothing was written"


class CopyDiffers(PortfolioError):
    """The copy read back differs from the original; it was not kept. ``report`` says where."""

    def __init__(self, path: Path | str, report: TransferReport):
        self.report = report
        super().__init__(path, "tables that differ: " + ", ".join(report.differing))

    def describe(self) -> str:
        return "the copy differs from the original and was not kept"


@dataclass(frozen=True)
class TableDigest:
    rows: int
    digest: str  # 64 hex digits


@dataclass(frozen=True)
class TableComparison:
    table: str
    source: TableDigest
    copy: TableDigest

    @property
    def identical(self) -> bool:
        return self.source == self.copy


@dataclass(frozen=True)
class TransferReport:
    """What was copied from ``source`` to ``target`` (a file path or a URL without password)."""

    source: str
    target: str
    tables: tuple[TableComparison, ...]

    @property
    def rows(self) -> int:
        return sum(table.source.rows for table in self.tables)

    @property
    def identical(self) -> bool:
        return all(table.identical for table in self.tables)

    @property
    def differing(self) -> list[str]:
        return [table.table for table in self.tables if not table.identical]

    def as_json(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "identical": self.identical,
            "rows": self.rows,
            "tables": {
                t.table: {
                    "rows": t.source.rows,
                    "copied_rows": t.copy.rows,
                    "identical": t.identical,
                    "digest": t.source.digest,
                }
                for t in self.tables
            },
        }


# -- publish ---------------------------------------------------------------------------------


def publish(
    source: Path | str | Portfolio,
    url: str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> TransferReport:
    """Copies the portfolio file ``source`` (a path, opened and migrated as opening does; or a
    portfolio file already open, which stays open) into the EMPTY database at ``url``.

    Raises a PortfolioError: the file's (NotAPortfolio, PortfolioLocked, ...), the server's
    (ServerUnreachable, ServerLoginRefused, ServerDatabaseMissing), DatabaseNotEmpty,
    CopyFailed (naming the table) or CopyDiffers; or TransferCancelled. In every case the
    database is left as it was.
    """
    steps = _Steps(progress, cancelled)
    with _file_portfolio(source) as portfolio:
        parsed = server_url(url)
        shown = shown_url(parsed)
        engine = make_server_engine(parsed)
        try:
            return _publish_into(portfolio, engine, shown, steps)
        finally:
            engine.dispose()


def _publish_into(portfolio: Portfolio, engine: Engine, shown: str, steps: _Steps):
    with portfolio.engine.connect() as reader, connect_explained(engine, shown) as writer:
        try:
            with writer.begin():
                _claim_empty(writer, shown)
                command.upgrade(migrate.alembic_config(writer), "head")
                writer.execute(BULK_COPY)
                tables = _copy_and_compare(reader, writer, steps, shown)
                report = TransferReport(str(portfolio.path), shown, tables)
                if not report.identical:
                    raise CopyDiffers(shown, report)
        except DBAPIError as exc:  # the schema refused, or the commit failed
            raise CopyFailed(shown, _driver_message(exc)) from exc
    return report


@contextlib.contextmanager
def _file_portfolio(source: Path | str | Portfolio) -> Iterator[Portfolio]:
    """The portfolio file to publish: opened here (and closed after) unless already open."""
    if isinstance(source, ServerPortfolio):
        raise PortfolioError(source.url, "this portfolio is already on a server")
    if isinstance(source, Portfolio):
        yield source  # the window's own: it stays open
        return
    if is_database_url(source):
        shown = shown_url(server_url(str(source)))
        raise PortfolioError(shown, "only a portfolio file can be published")
    portfolio = Portfolio.open(source)  # migrated to the latest schema, as opening does
    try:
        yield portfolio
    finally:
        portfolio.close()


def _claim_empty(connection: Connection, shown: str) -> None:
    """Refuses a database with tables. Under the migration lock: two KAMs publishing at once
    into one database, the second waits, then finds the first one's tables."""
    connection.execute(
        text("SELECT pg_advisory_xact_lock(:key)"), {"key": migrate.MIGRATION_LOCK_KEY}
    )
    tables = sorted(inspect(connection).get_table_names())
    if "alembic_version" in tables:
        raise DatabaseNotEmpty(shown, "it already holds a KAMdesk portfolio")
    if tables:
        shown_tables = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise DatabaseNotEmpty(shown, f"it holds {len(tables)} table(s): {shown_tables}")


# -- take offline ----------------------------------------------------------------------------


def take_offline(
    source: str | ServerPortfolio,
    target: Path | str,
    *,
    replace: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> TransferReport:
    """Copies the server portfolio ``source`` (a URL, opened and migrated as opening does; or
    one already open, which stays open) into a NEW portfolio file ``target``.

    An existing ``target`` is refused (TargetExists) unless ``replace``; one open in a KAMdesk
    window always is (PortfolioLocked). Raises a PortfolioError (the server's, CopyFailed,
    CopyDiffers) or TransferCancelled; ``target`` is then left as it was.
    """
    target = Path(target).resolve()
    _check_target(target, replace)
    steps = _Steps(progress, cancelled)
    with _server_portfolio(source) as server, _held(target):
        partial = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.partial")
        try:
            report = _copy_into_file(server, partial, str(target), steps)
            _put_in_place(partial, target)
        except BaseException:
            remove_portfolio_files(partial)
            raise
        finally:
            Path(f"{partial}.lock").unlink(missing_ok=True)
        return report


def _check_target(target: Path, replace: bool) -> None:
    if target.is_dir():
        raise PortfolioError(target, "it is a folder")
    if target.exists() and not replace:
        raise TargetExists(target)
    if not target.parent.is_dir():
        raise PortfolioError(target, "the folder does not exist")
    if not os.access(target.parent, os.W_OK):
        raise PortfolioReadOnly(target)


@contextlib.contextmanager
def _server_portfolio(source: str | ServerPortfolio) -> Iterator[ServerPortfolio]:
    """The team portfolio to copy: opened here (and closed after) unless already open."""
    if isinstance(source, ServerPortfolio):
        yield source  # the window's own: it stays open
        return
    if isinstance(source, Portfolio) or not is_database_url(source):
        where = source.path if isinstance(source, Portfolio) else source
        raise PortfolioError(where, "this portfolio is a file, not on a server")
    server = ServerPortfolio.open_url(str(source))
    try:
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def _held(target: Path) -> Iterator[None]:
    """The target's lock while it is being replaced: never a file open in a KAMdesk window.
    A lock file made here goes again (opening the copy makes its own)."""
    lock_file = Path(f"{target}.lock")
    made = not lock_file.exists()
    lock = PortfolioLock(target)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()
        if made:
            lock_file.unlink(missing_ok=True)


def _copy_into_file(server: ServerPortfolio, partial: Path, shown: str, steps: _Steps):
    copy = Portfolio.create(partial)
    try:
        with server.engine.connect() as reader, copy.engine.connect() as writer:
            reader.execution_options(isolation_level="REPEATABLE READ")  # one snapshot
            with reader.begin(), writer.begin():
                tables = _copy_and_compare(reader, writer, steps, shown)
    finally:
        copy.close()
    report = TransferReport(server.url, shown, tables)
    if not report.identical:
        raise CopyDiffers(shown, report)
    _check_file(partial, shown)
    return report


def _check_file(path: Path, shown: str) -> None:
    """The copy opens as a portfolio and passes the quick integrity check; then it is made a
    standalone file (its content all in it, no -wal beside it), as backups are."""
    with Portfolio.open(path) as copy:
        problems = copy.integrity_problems(full=False)
    if problems:
        raise CopyFailed(shown, problems[0])
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _put_in_place(partial: Path, target: Path) -> None:
    try:
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):  # the replaced file's
            side.unlink(missing_ok=True)
        partial.replace(target)
    except OSError as exc:
        raise PortfolioError(target, exc.strerror or str(exc)) from exc


# -- copying and comparing -------------------------------------------------------------------


class _Steps:
    """Rows done out of rows in all (each copied, then checked), and whether to stop."""

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelledCallback | None):
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = 0

    def start(self, rows: int) -> None:
        self.total = 2 * rows
        self.advance(0)

    def advance(self, rows: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise TransferCancelled
        self.done += rows
        if self.progress is not None:
            self.progress(self.done, self.total)


def _copy_and_compare(
    reader: Connection, writer: Connection, steps: _Steps, shown: str
) -> tuple[TableComparison, ...]:
    tables = Base.metadata.sorted_tables  # parents first
    steps.start(sum(_count(reader, table) for table in tables))
    inserts = BulkInserts(writer)
    read = {table.name: _copy_table(reader, inserts, table, steps, shown) for table in tables}
    advance_id_sequences(writer, tables)
    return tuple(
        TableComparison(table.name, read[table.name], _digest(writer, table, steps, shown))
        for table in tables
    )


def table_digests(portfolio: Portfolio) -> dict[str, TableDigest]:
    """Every table's rows and content digest, as the copies compare them (any two portfolios,
    a file or on a server, whose tables hold the same rows give equal digests)."""
    shown = getattr(portfolio, "url", None) or str(portfolio.path)
    steps = _Steps(None, None)
    with portfolio.engine.connect() as connection, connection.begin():
        return {
            table.name: _digest(connection, table, steps, shown)
            for table in Base.metadata.sorted_tables
        }


def _count(connection: Connection, table: Table) -> int:
    return connection.scalar(select(func.count()).select_from(table))


def _copy_table(
    reader: Connection, inserts: BulkInserts, table: Table, steps: _Steps, shown: str
) -> TableDigest:
    """Copies every row of ``table``; the digest of the rows read."""
    digest = _Digest()
    keys = [column.key for column in table.columns]
    try:
        for chunk in _chunks(reader, table):
            steps.advance(0)  # a cancel stops before the next write
            digest.add_all(chunk)
            inserts.insert(table, dict(zip(keys, map(list, zip(*chunk, strict=True)), strict=True)))
            steps.advance(len(chunk))
    except (SQLAlchemyError, ValueError) as exc:  # ValueError: a stored value the model refuses
        raise CopyFailed(shown, f"table {table.name}: {_driver_message(exc)}") from exc
    return digest.result()


def _digest(connection: Connection, table: Table, steps: _Steps, shown: str) -> TableDigest:
    digest = _Digest()
    try:
        for chunk in _chunks(connection, table):
            digest.add_all(chunk)
            steps.advance(len(chunk))
    except (SQLAlchemyError, ValueError) as exc:
        raise CopyFailed(shown, f"table {table.name}: {_driver_message(exc)}") from exc
    return digest.result()


def _chunks(connection: Connection, table: Table) -> Iterator[list[tuple]]:
    """The rows of ``table`` as the model reads them, by primary key, a chunk at a time; a
    table whose rows point at each other (org units) with every parent before its children."""
    query = select(table).order_by(*table.primary_key.columns)
    links = _self_links(table)
    if links:  # such tables are small: sorted whole
        rows = _parents_first([tuple(row) for row in connection.execute(query)], links)
        for start in range(0, len(rows), CHUNK_ROWS):
            yield rows[start : start + CHUNK_ROWS]
        return
    result = connection.execute(query, execution_options={"yield_per": CHUNK_ROWS})
    for partition in result.partitions():
        yield [tuple(row) for row in partition]


def _self_links(table: Table) -> list[tuple[int, int]]:
    """(referring column, referred column) positions of the table's references to itself."""
    position = {column.key: index for index, column in enumerate(table.columns)}
    return [
        (position[key.parent.key], position[key.column.key])
        for key in table.foreign_keys
        if key.column.table is table
    ]


def _parents_first(rows: list[tuple], links: list[tuple[int, int]]) -> list[tuple]:
    """``rows`` reordered so that a row comes after every row it points at (stable)."""
    placed: dict[int, set] = {referred: set() for _, referred in links}
    ordered, waiting = [], rows
    while waiting:
        later = []
        for row in waiting:
            if all(
                row[fk] is None or row[fk] == row[ref] or row[fk] in placed[ref]
                for fk, ref in links
            ):
                ordered.append(row)
                for _, ref in links:
                    placed[ref].add(row[ref])
            else:
                later.append(row)
        if len(later) == len(waiting):  # a loop or a missing parent: the insert will say so
            return ordered + later
        waiting = later
    return ordered


class _Digest:
    def __init__(self):
        self.rows = self.total = 0

    def add_all(self, rows: list[tuple]) -> None:
        for row in rows:
            line = json.dumps(
                [_canonical(value) for value in row], ensure_ascii=False, separators=(",", ":")
            )
            self.total += int.from_bytes(hashlib.sha256(line.encode()).digest(), "big")
        self.total %= DIGEST_MODULUS
        self.rows += len(rows)

    def result(self) -> TableDigest:
        return TableDigest(self.rows, f"{self.total:064x}")


def _canonical(value: object) -> object:
    """``value`` in the one form both engines' values take: numbers equal as numbers are
    written alike (True, 1, 1.0 and Decimal("1.00") all as 1), a timestamp in UTC without
    its zone, JSON with its keys sorted."""
    if isinstance(value, enum.Enum):  # our enums are str enums: their stored value
        return _canonical(value.value)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, float | Decimal):
        return _number(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _canonical(item) for key, item in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def _number(value: float | Decimal) -> object:
    if not math.isfinite(value):
        return str(value)
    if value == int(value):
        return int(value)
    return repr(value) if isinstance(value, float) else f"{value.normalize():f}"


def _driver_message(error: BaseException) -> str:
    """The driver's own words (SQLAlchemy's wrapper adds the SQL and its parameters)."""
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
