"""Copies of a portfolio made with SQLite's online backup API (never a raw file copy).

A backup is named ``<portfolio stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason><suffix>`` in the backup
folder; the stamp is local time, so the name alone says when and why it was made. Every failure
to write one comes out as a :class:`~kamdesk.store.errors.PortfolioError` that names the folder
or file to look at, and leaves no half-written copy behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kamdesk.store import migrate
from kamdesk.store.errors import (
    BackupDamaged,
    BackupError,
    BackupFolderNotWritable,
    DiskFull,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioVanished,
)
from kamdesk.store.paths import backups_dir

APPLICATION_ID = 0x4B414D44  # the same mark as store.portfolio's (that module imports this one)
# The services layer writes this setting (services.settings.PORTFOLIO_ID); read raw here so a
# backup can be told apart without opening it as a portfolio.
PORTFOLIO_ID_KEY = "portfolio_id"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?P<suffix>\.[^.]+)?$"
)
PAGES_PER_STEP = 256  # a progress report every 1 MB at the default 4 KB page
PARTIAL = ".partial"
# A copy under way is written to all the time: one untouched this long was left by a KAMdesk
# that was killed (or lost power) while copying.
STALE_PARTIAL_S = 3600


class BackupReason(enum.StrEnum):
    """Why a backup was made; the value is the word in its file name."""

    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says about it."""

    stem: str
    made_at: dt.datetime
    reason: str


def parse_backup_name(path: Path) -> BackupName | None:
    """The portfolio stem, time and reason in a backup's name; None for any other file."""
    match = BACKUP_NAME.match(path.name)
    if not match or path.name.endswith(PARTIAL):
        return None
    try:
        made_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupName(match["stem"], made_at, match["reason"])


def default_folder() -> Path:
    """The platform's backup folder, or :class:`BackupFolderNotWritable` if it cannot be made."""
    try:
        return backups_dir()
    except OSError as exc:
        raise BackupFolderNotWritable(Path(exc.filename or "backups"), exc.strerror or "") from exc


def copy_database(
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Writes a consistent copy of the SQLite database ``source`` to ``target``.

    The copy is written beside the target as ``.partial`` and renamed only once complete, so a
    failure (full disk, pulled drive, ``progress`` raising to cancel) leaves no half copy.
    """
    source, folder = Path(source), Path(target).parent
    if not source.is_file():
        raise PortfolioVanished(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, source, folder) from exc
    if not os.access(folder, os.W_OK):
        raise BackupFolderNotWritable(folder)
    partial = target.with_name(target.name + PARTIAL)
    try:
        partial.unlink(missing_ok=True)
        _copy_pages(source, partial, progress)
        partial.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            raise write_error(exc, source, folder) from exc
        raise
    return target


def _copy_pages(source: Path, target: Path, progress: Callable[[int, int], None] | None) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(
                    dst,
                    pages=PAGES_PER_STEP,
                    progress=lambda _status, remaining, total: progress(total - remaining, total),
                )
            # A copy is a standalone file: leave it in rollback-journal mode, no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def remove_stale_partials(folder: Path, stem: str) -> list[Path]:
    """Deletes the half-written copies of portfolio ``stem`` that a killed process left in
    ``folder`` (never listed, but as large as the portfolio). Returns those deleted."""
    now, removed = time.time(), []
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(f"*{PARTIAL}"):
            name = parse_backup_name(path.with_name(path.name.removesuffix(PARTIAL)))
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to delete
                if name and name.stem == stem and now - path.stat().st_mtime > STALE_PARTIAL_S:
                    path.unlink()
                    removed.append(path)
    return removed


def write_error(exc: BaseException, source: Path, folder: Path) -> PortfolioError:
    """The error a user can act on, for a copy of ``source`` into ``folder`` that failed."""
    if not source.is_file():
        return PortfolioVanished(source)
    full_disk = (
        getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT)
        or getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        or "disk is full" in str(exc)  # SQLite's words for SQLITE_FULL
    )
    if full_disk:
        return DiskFull(folder, str(exc))
    if isinstance(exc, PermissionError | FileExistsError | NotADirectoryError):
        return BackupFolderNotWritable(folder, str(exc))
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return BackupFolderNotWritable(folder, str(exc))
    return BackupError(folder, str(exc))


def backup_portfolio(
    path: Path,
    reason: str,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Backs ``path`` up into ``folder`` (the platform's by default), named by time and reason."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    target = (folder or default_folder()) / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    return copy_database(path, target, progress)


def read_identity(path: Path) -> str | None:
    """The ``portfolio_id`` stored in a portfolio or backup; None when it cannot be read."""
    # Without a -wal beside it the file is all there is: read it as immutable, so SQLite
    # creates no -wal/-shm next to a file that may be damaged or on someone else's drive.
    live = Path(f"{path}-wal").exists()
    try:
        connection = sqlite3.connect(
            f"file:{path}?mode=ro{'' if live else '&immutable=1'}", uri=True
        )
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT value FROM setting WHERE key = ?", (PORTFOLIO_ID_KEY,)
        ).fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
    return value if isinstance(value, str) and value else None


def verify_backup(path: Path) -> None:
    """Refuses a backup that is not an intact portfolio this version can open.

    Runs the full ``integrity_check`` (not the quick one): a backup is about to replace the
    user's data, so it must be wholly readable.
    """
    if not path.is_file():
        raise BackupDamaged(path, "the file does not exist")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupDamaged(path, str(exc)) from exc
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupDamaged(path, "not a KAMdesk portfolio")
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BackupDamaged(path, "; ".join(problems[:3]))
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise BackupDamaged(path, str(exc)) from exc
    finally:
        connection.close()
    if revision is None:
        raise BackupDamaged(path, "no schema version")
    if not migrate.is_known_revision(revision[0]):
        raise PortfolioFromNewerVersion(path, f"schema {revision[0]}")


def side_files(path: Path) -> list[Path]:
    """The database with the SQLite files that belong to it (they must move together)."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def restore_over_damaged(damaged: Path, backup: Path, aside: Path) -> Path:
    """Puts ``backup`` where ``damaged`` was, keeping the damaged file renamed to ``aside``.

    The damaged file is never deleted: it and its -wal/-shm move together (a stale -wal left
    beside the restored file would be replayed into it). If the copy fails, they move back.
    """
    verify_backup(backup)
    taken = [kept for kept in side_files(aside) if kept.exists()]
    if taken:  # a rename would silently replace it
        raise PortfolioError(taken[0], "a file with this name already exists")
    moved: list[tuple[Path, Path]] = []
    try:
        for original, kept in zip(side_files(damaged), side_files(aside), strict=True):
            if original.exists():
                original.rename(kept)
                moved.append((original, kept))
        copy_database(backup, damaged)
    except BaseException as exc:
        for original, kept in reversed(moved):
            with contextlib.suppress(OSError):
                kept.rename(original)
        if isinstance(exc, OSError):
            raise BackupFolderNotWritable(damaged.parent, str(exc)) from exc
        raise
    return aside
