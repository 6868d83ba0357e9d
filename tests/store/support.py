"""Helpers for tests on portfolio files and their backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

from kamdesk.store.portfolio import APPLICATION_ID

PAGE = 4096


class Clock:
    """Local time that a test moves forward."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def account_names(path: Path) -> list[str]:
    """The account names in the portfolio file, read without opening it through KAMdesk."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in connection.execute("SELECT name FROM account"))
    finally:
        connection.close()


def damage(path: Path, page: int = 2) -> None:
    """Overwrites one b-tree page past the schema: the header stays valid, the content not."""
    data = bytearray(path.read_bytes())
    data[PAGE * page : PAGE * (page + 1)] = os.urandom(PAGE)
    path.write_bytes(bytes(data))


def half_made_portfolio(path: Path) -> Path:
    """An empty SQLite file already marked as a portfolio: what a crash during creation leaves
    (it opens by being migrated, after a backup)."""
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.commit()
    raw.close()
    return path
