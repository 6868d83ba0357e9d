"""Schema migrations with Alembic, its scripts shipped inside the package (frozen too)."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine


def migrations_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys._MEIPASS) / "kamdesk" / "store" / "migrations"
    return Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


class ForeignKeysBroken(RuntimeError):
    """A migration left rows pointing at nothing; it was rolled back."""


# Any fixed number: the key of the lock that lets one client at a time migrate a server.
MIGRATION_LOCK_KEY = 0x4B414D


def migrate(engine: Engine, revision: str = "head", *, down: bool = False) -> None:
    """Moves the schema to ``revision`` in one transaction (all of it or nothing)."""
    step = command.downgrade if down else command.upgrade
    if engine.dialect.name != "sqlite":
        # PostgreSQL alters tables in place and changes DDL within a transaction; the lock
        # makes a second client that connects meanwhile wait, then find the work done.
        with engine.begin() as connection:
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
            step(alembic_config(connection), revision)
        return
    _migrate_sqlite(engine, step, revision)


def _migrate_sqlite(engine: Engine, step, revision: str) -> None:
    """SQLite alters a table by copying it and dropping the original; with foreign keys on, that
    drop would cascade-delete every dependent row. Off, the references are checked afterwards
    instead, and any broken one rolls the whole migration back.
    """
    with engine.connect() as connection:
        # Outside a transaction, or SQLite ignores the pragma.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                step(alembic_config(connection), revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ForeignKeysBroken(
                        f"{len(broken)} rows point at nothing, e.g. {broken[0]}"
                    )
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
