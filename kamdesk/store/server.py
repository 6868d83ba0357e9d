"""A portfolio in a PostgreSQL database (team mode, issue 9): same models, same migrations.

The URL is ``postgresql://user[:password]@host[:port]/database``. Without a password in the URL,
the driver (libpq) takes it from the ``PGPASSWORD`` environment variable or ``~/.pgpass``.

Opening checks, before anything is written: the server answers and accepts the login, the
database exists, it is a KAMdesk portfolio (or empty, to be created) and its schema is not
from a newer version. Only then is the schema migrated — in one transaction, under a lock so
that two clients never migrate at once. There is no file lock (the server arbitrates) and no
backup before a migration (a server's backups are its administrator's; PostgreSQL rolls a
failed migration back whole).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import PurePosixPath

from sqlalchemy import CheckConstraint, MetaData, create_engine, func, inspect, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kamdesk.store import concurrency, migrate
from kamdesk.store.errors import (
    NotAPortfolio,
    PortfolioError,
    PortfolioFromNewerVersion,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnreachable,
    WriteNotAllowed,
)
from kamdesk.store.portfolio import Portfolio

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# SQLSTATEs the server sends when it refuses a connection.
DATABASE_MISSING_STATE = "3D000"  # invalid_catalog_name
LOGIN_REFUSED_STATES = ("28P01", "28000")  # invalid_password, invalid_authorization_spec
INSUFFICIENT_PRIVILEGE = "42501"  # a grant or a row-level security policy said no


def server_url(url: str) -> URL:
    """``url`` for our driver; a text that is no database URL is refused as a PortfolioError."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise NotAPortfolio(url, "not a database address") from exc
    if not parsed.database:
        raise NotAPortfolio(shown_url(parsed), "the address names no database")
    return parsed.set(drivername=DRIVER)


def shown_url(url: URL) -> str:
    """The URL as messages show it: never with its password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def make_server_engine(url: URL) -> Engine:
    try:
        return create_engine(
            url,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "KAMdesk"},
            pool_pre_ping=True,  # a server restarted meanwhile: reconnect instead of failing
        )
    except ImportError as exc:  # the driver is the optional "team" extra (or lacks ssl)
        raise PortfolioError(
            shown_url(url),
            "team mode needs the psycopg package (pip install 'kamdesk[team]'): "
            + (str(exc).splitlines() or [""])[0],
        ) from exc


def _first_line(error: DBAPIError) -> str:
    """The driver's own message (SQLAlchemy's wrapper adds the SQL), its first line."""
    lines = str(getattr(error, "orig", error)).strip().splitlines()
    return lines[0] if lines else ""


def connect_explained(engine: Engine, shown: str) -> Connection:
    """A connection, or the reason none can be had as a PortfolioError (see connect_error)."""
    try:
        return engine.connect()
    except DBAPIError as exc:
        raise connect_error(exc, shown) from exc


def connect_error(error: DBAPIError, shown: str) -> PortfolioError:
    """What a refused or failed connection means for the KAM, by the server's SQLSTATE (the
    driver's text as a fallback: libpq reports some refusals before any state exists)."""
    state = getattr(getattr(error, "orig", error), "sqlstate", None)
    detail = _first_line(error)
    lowered = detail.lower()
    if state == DATABASE_MISSING_STATE or ("database" in lowered and "does not exist" in lowered):
        return ServerDatabaseMissing(shown, detail)
    refused = ("password", "authentication", "pg_hba.conf", "role ")
    if state in LOGIN_REFUSED_STATES or any(word in lowered for word in refused):
        return ServerLoginRefused(shown, detail)
    return ServerUnreachable(shown, detail)


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _inspect(connection: Connection, shown: str) -> tuple[str | None, bool]:
    """(schema revision, whether the database is empty); refuses another program's tables."""
    tables = _tables(connection)
    if not tables:
        return None, True
    if "alembic_version" not in tables:
        raise NotAPortfolio(shown, "a database of another program")
    return migrate.current_revision(connection), False


class ServerPortfolio(Portfolio):
    """An open portfolio on a server: the same ``session()``, ``engine``, ``schema_revision()``
    and ``integrity_problems()`` as a file. ``path`` is the database's name (what the window
    title and reports show); ``url`` is the address without the password."""

    def __init__(self, url: URL, engine: Engine):
        self.url = shown_url(url)
        self.path = PurePosixPath(url.database)
        self.engine = engine
        self._sessions = sessionmaker(
            engine,
            expire_on_commit=False,
            info={concurrency.USER: url.username or "", concurrency.SERVER: True},
        )
        concurrency.track_changes(self._sessions)
        self.seen: str | None = None  # the server snapshot the user's views show
        self._overwriting = False
        self.backup_before_migration = None
        self.created = False  # whether open_url made the schema (the database was empty)

    @classmethod
    def open_url(cls, url: str, *, create: bool = False) -> ServerPortfolio:
        """Opens the portfolio in the database at ``url``, migrating it to the latest schema.

        An empty database is refused (:class:`NotAPortfolio`) unless ``create``, which makes
        the schema there. A database with tables must hold a portfolio.
        """
        parsed = server_url(url)
        shown = shown_url(parsed)
        engine = make_server_engine(parsed)
        try:
            with connect_explained(engine, shown) as connection:
                revision, empty = _inspect(connection, shown)
            if empty and not create:
                raise NotAPortfolio(shown, "the database is empty")
            if revision is not None and not migrate.is_known_revision(revision):
                raise PortfolioFromNewerVersion(shown, f"schema {revision}")
            portfolio = cls(parsed, engine)
            if revision != migrate.head_revision():
                try:
                    portfolio._upgrade()
                except DBAPIError as exc:  # e.g. a user not allowed to create tables
                    raise PortfolioError(shown, _first_line(exc)) from exc
            portfolio.created = empty
            return portfolio
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def create_url(cls, url: str) -> ServerPortfolio:
        """Makes an empty portfolio in the empty database at ``url``; refuses one with tables."""
        portfolio = cls.open_url(url, create=True)
        if not portfolio.created:
            portfolio.close()
            raise PortfolioError(portfolio.url, "the database already holds a portfolio")
        return portfolio

    @staticmethod
    def is_empty(url: str) -> bool:
        """Whether the database at ``url`` has no tables (a new team portfolio goes there)."""
        parsed = server_url(url)
        engine = make_server_engine(parsed)
        try:
            with connect_explained(engine, shown_url(parsed)) as connection:
                return not _tables(connection)
        finally:
            engine.dispose()

    # -- use ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        After :meth:`mark_seen`, a record someone else wrote since is not overwritten:
        :class:`~kamdesk.store.concurrency.EditConflict` (see that module).
        """
        try:
            with self._sessions() as session, session.begin():
                if self.seen is not None and not self._overwriting:
                    session.info[concurrency.SEEN] = self.seen
                yield session
        except StaleDataError as exc:  # another save won the race between read and write
            raise concurrency.EditConflict("", 0, "", None, ()) from exc
        except concurrency.NotEditable as exc:
            raise WriteNotAllowed(self.url, str(exc)) from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise WriteNotAllowed(self.url, _first_line(exc)) from exc
            if exc.connection_invalidated:  # the server went away mid-save: nothing written
                raise ServerUnreachable(self.url, _first_line(exc)) from exc
            raise

    def mark_seen(self) -> None:
        """Notes that the user's views now show everything committed so far."""
        # Autocommit: one round trip, no BEGIN and ROLLBACK around a single read.
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            self.seen = connection.scalar(text("SELECT pg_current_snapshot()::text"))

    @contextlib.contextmanager
    def overwriting(self) -> Iterator[None]:
        """Saves within the block write over what others changed (the user chose so)."""
        self._overwriting = True
        try:
            yield
        finally:
            self._overwriting = False

    def integrity_problems(self, full: bool = True) -> list[str]:
        """Constraints the server does not enforce (added NOT VALID). The server itself keeps
        its pages and enforced references intact; how the tables differ from the models is
        :meth:`schema_differences` (the models are a layer above the store)."""
        with self.engine.connect() as connection:
            return [
                f"constraint not enforced: {table}.{name}"
                for table, name in connection.execute(
                    text(
                        "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                        " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
                    )
                )
            ]

    def schema_differences(self, metadata: MetaData) -> list[str]:
        """How the tables differ from ``metadata`` (the models): columns, types, indexes,
        foreign keys (Alembic's comparison) and check constraints, one line each."""
        with self.engine.connect() as connection:
            return _schema_differences(connection, metadata)

    def drop_schema(self) -> None:
        """Empties the database again (only for a portfolio :meth:`create_url` just made)."""
        with self.engine.begin() as connection:
            for table in _tables(connection):
                connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))

    def _file_only(self, what: str) -> PortfolioError:
        return PortfolioError(self.url, f"{what} is not available for a portfolio on a server")

    def save_copy(self, target):
        raise self._file_only("saving a copy")

    def snapshot_to(self, target):
        raise self._file_only("a snapshot")

    def restore_from(self, snapshot):
        raise self._file_only("restoring a snapshot")

    def change_feed(self) -> ChangeFeed:
        """A connection of its own that hears which tables other users' saves changed."""
        return ChangeFeed(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()


class ChangeFeed:
    """Listens for the server's ``kamdesk_changes`` notices (sent by the triggers when a write
    commits). Used from one background thread; ``close()`` may come from another."""

    CHANNEL = "kamdesk_changes"

    def __init__(self, url: URL):
        import psycopg

        self.me = url.username or ""
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection = psycopg.connect(
            conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S
        )
        self._connection.execute(f"LISTEN {self.CHANNEL}")

    def wait(self, timeout_s: float) -> set[str]:
        """The tables others changed, waiting up to ``timeout_s`` for the first notice; an
        empty set when none came. Raises the driver's error when the connection is lost."""
        changed: set[str] = set()
        for notice in self._connection.notifies(timeout=timeout_s, stop_after=1):
            changed |= self._tables(notice.payload)
        # Whatever else has arrived by now comes in the same batch.
        for notice in self._connection.notifies(timeout=0.05):
            changed |= self._tables(notice.payload)
        return changed

    def _tables(self, payload: str) -> set[str]:
        table, _, writer = payload.partition(" ")
        return set() if writer == self.me else {table}

    def close(self) -> None:
        self._connection.close()


def _schema_differences(connection: Connection, metadata: MetaData) -> list[str]:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    problems = [
        f"schema differs: {difference}" for difference in compare_metadata(context, metadata)
    ]
    checks = {
        constraint.name
        for table in metadata.tables.values()
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint) and constraint.name
    }
    present = set(
        connection.scalars(
            text(
                "SELECT conname FROM pg_constraint WHERE contype = 'c'"
                " AND connamespace = current_schema()::regnamespace"
            )
        )
    )
    problems += [f"check constraint missing: {name}" for name in sorted(checks - present)]
    return problems


def advance_id_sequences(connection: Connection, tables) -> None:
    """After rows were inserted with ids given by us (the demo, publishing): PostgreSQL's
    id sequences know nothing of them, so the next id it hands out would be taken. Moves each
    table's sequence to its largest id. SQLite needs nothing: it hands out max(id) + 1."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        largest = connection.scalar(select(func.max(table.c.id)))
        if largest is not None:
            sequence = _sequence_of(connection, table)
            # Never backwards: under row-level security max(id) counts only the rows one may
            # read, and the sequence may already be past them.
            connection.execute(
                text(f"SELECT setval(:seq, greatest(:largest, last_value)) FROM {sequence}"),
                {"seq": sequence, "largest": largest},
            )


def reserve_ids(connection: Connection, table, count: int) -> int:
    """The first of ``count`` consecutive ids taken from ``table``'s sequence for rows we
    insert with their ids (the caller holds the table locked against other writers). Unlike
    max(id) + 1 it sees past row-level security: rows hidden from this user keep their ids."""
    sequence = _sequence_of(connection, table)
    first = connection.scalar(text("SELECT nextval(:seq)"), {"seq": sequence})
    if count > 1:
        connection.execute(
            text("SELECT setval(:seq, :last)"), {"seq": sequence, "last": first + count - 1}
        )
    return first


def _sequence_of(connection: Connection, table) -> str:
    return connection.scalar(
        text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
    )
