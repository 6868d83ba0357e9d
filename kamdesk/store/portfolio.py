"""The portfolio file: one SQLite database per portfolio, opened safely or not at all.

Opening checks, in order, before anything is written: the file exists, looks like SQLite,
can be written, is not open elsewhere, is a KAMdesk portfolio, passes ``quick_check`` and was
not made by a newer version. Only then is it backed up and migrated.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.store import concurrency, migrate
from kamdesk.store.backup import (
    APPLICATION_ID,
    BackupReason,
    backup_portfolio,
    copy_database,
    write_error,
)
from kamdesk.store.errors import (
    NotAPortfolio,
    PortfolioDamaged,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioMissing,
    PortfolioReadOnly,
    PortfolioVanished,
    is_database_url,
)
from kamdesk.store.lock import PortfolioLock

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def remove_portfolio_files(path: Path | str) -> None:
    """Deletes a portfolio file with its SQLite side files (only for files we just wrote)."""
    path = Path(path)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise PortfolioMissing(path)
    if not path.is_file():
        raise NotAPortfolio(path, "it is a folder")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise NotAPortfolio(path, "the file is empty")
    if header != SQLITE_HEADER:
        raise NotAPortfolio(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise PortfolioReadOnly(path)


def _inspect(path: Path) -> str | None:
    """Reads (never writes) the file: is it ours, intact, and at which schema revision."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAPortfolio(path, str(exc)) from exc
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAPortfolio(path, "a database of another program")
        _quick_check(connection, path)
        has_version = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotAPortfolio(path, str(exc)) from exc
    finally:
        connection.close()


def _quick_check(connection: sqlite3.Connection, path: Path) -> None:
    """Our file (the header said so) whose pages do not read back intact is damaged."""
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise PortfolioDamaged(path, str(exc)) from exc
    if check != "ok":
        raise PortfolioDamaged(path, check)


def _file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode); None when there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _wrote(session: Session) -> bool:
    """Whether the unit of work has written: sqlite3 opens a transaction at the first write
    (or at an explicit BEGIN), never for a read."""
    return session.connection().connection.dbapi_connection.in_transaction


class Portfolio:
    """An open portfolio: its engine, a session factory, and the lock that keeps it ours."""

    def __init__(self, path: Path, engine: Engine, lock: PortfolioLock):
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={concurrency.USER: concurrency.current_os_user()}
        )
        concurrency.track_changes(self._sessions)
        self.backup_before_migration: Path | None = None
        self._file = _file_identity(path)

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> Portfolio:
        """Opens the portfolio file at ``path`` — or, given a ``postgresql://`` URL, the
        portfolio in that database (:meth:`ServerPortfolio.open_url`)."""
        if is_database_url(path):
            from kamdesk.store.server import ServerPortfolio

            return ServerPortfolio.open_url(str(path))
        path = Path(path).resolve()
        _check_file(path)
        lock = PortfolioLock(path)
        lock.acquire()
        try:
            revision = _inspect(path)
            if revision is not None and not migrate.is_known_revision(revision):
                raise PortfolioFromNewerVersion(path, f"schema {revision}")
            portfolio = cls(path, make_engine(path), lock)
            if revision != migrate.head_revision():
                portfolio.backup_before_migration = backup_portfolio(
                    path, BackupReason.BEFORE_UPGRADE
                )
                portfolio._upgrade()
            return portfolio
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(cls, path: Path | str) -> Portfolio:
        """Makes an empty portfolio at the latest schema; refuses to overwrite a file (or, given
        a ``postgresql://`` URL, a database that holds tables)."""
        if is_database_url(path):
            from kamdesk.store.server import ServerPortfolio

            return ServerPortfolio.create_url(str(path))
        path = Path(path).resolve()
        if path.exists():
            raise PortfolioError(path, "a file with this name already exists")
        if not os.access(path.parent, os.W_OK):
            raise PortfolioReadOnly(path)
        lock = PortfolioLock(path)
        lock.acquire()
        try:
            engine = make_engine(path)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            portfolio = cls(path, engine, lock)
            portfolio._upgrade()
            return portfolio
        except BaseException:
            lock.release()
            remove_portfolio_files(path)
            raise

    def _upgrade(self) -> None:
        migrate.migrate(self.engine)

    # -- use ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A unit that wrote is refused (:class:`PortfolioVanished`, nothing written) when the
        file is no longer the one opened: deleted, moved, or its drive pulled out. SQLite would
        commit into the file it still holds open, and the change would be lost unseen.
        """
        with self._sessions() as session, session.begin():
            yield session
            session.flush()
            if _wrote(session) and _file_identity(self.path) != self._file:
                raise PortfolioVanished(self.path)

    def mark_seen(self) -> None:
        """Nothing to note: one person has a file open (see ServerPortfolio.mark_seen)."""

    def overwriting(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def integrity_problems(self, full: bool = True) -> list[str]:
        pragma = "integrity_check" if full else "quick_check"
        with self.engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql(f"PRAGMA {pragma}")]
            rows += [
                f"foreign key: {r[0]} row {r[1]} → {r[2]}"
                for r in connection.exec_driver_sql("PRAGMA foreign_key_check")
            ]
        return [r for r in rows if r != "ok"]

    def save_copy(self, target: Path | str) -> Path:
        """A consistent copy of the open portfolio (the copy is not opened)."""
        target = Path(target).resolve()
        if target == self.path:
            raise PortfolioError(target, "a copy cannot replace the open portfolio")
        return copy_database(self.path, target)

    def snapshot_to(self, target: Path | str) -> Path:
        """The whole portfolio as it is now, in ``target`` (for undoing a large operation)."""
        return copy_database(self.path, Path(target))

    def restore_from(self, snapshot: Path | str) -> None:
        """Puts back, exactly, the content saved by :meth:`snapshot_to`.

        SQLite's backup API copies page by page inside one transaction, so the portfolio is
        either wholly the snapshot or untouched; pooled connections are closed first so none
        keeps reading the replaced pages.
        """
        if not self.path.is_file():
            raise PortfolioVanished(self.path)
        self.engine.dispose()
        source = sqlite3.connect(f"file:{Path(snapshot)}?mode=ro", uri=True)
        try:
            # mode=rw: a portfolio whose file vanished is never silently re-created empty.
            target = sqlite3.connect(
                f"file:{self.path}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
            )
            try:
                source.backup(target)
            finally:
                target.close()
        except sqlite3.Error as exc:
            raise write_error(exc, self.path, self.path.parent) from exc
        finally:
            source.close()

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Portfolio:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
