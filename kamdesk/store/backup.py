"""Copies of a portfolio made with SQLite's online backup API (never a raw file copy)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from kamdesk.store.paths import backups_dir


def copy_database(source: Path, target: Path) -> Path:
    """Writes a consistent copy of the SQLite database ``source`` to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A copy is a standalone file: leave it in rollback-journal mode, no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_portfolio(path: Path, reason: str, folder: Path | None = None) -> Path:
    """Backs ``path`` up into the platform's backup folder, named by portfolio, time and reason."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = (folder or backups_dir()) / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    return copy_database(path, target)
