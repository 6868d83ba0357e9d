"""The portfolio file: pragmas, lock, migrations, and refusing bad files without touching them."""

from __future__ import annotations

import os
import sqlite3
import zipfile

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

from kamdesk.model import Account, Base
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.store import (
    NotAPortfolio,
    Portfolio,
    PortfolioDamaged,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioLocked,
    PortfolioMissing,
    PortfolioReadOnly,
)
from kamdesk.store.migrate import head_revision, migrate, script_directory
from kamdesk.store.portfolio import APPLICATION_ID
from tests.store.support import damage, digest, half_made_portfolio


def add_account(portfolio, name="Agro Cerrado") -> None:
    with portfolio.session() as session:
        session.add(Account(name=name, name_key=name.lower()))


def test_new_portfolio_uses_wal_foreign_keys_and_busy_timeout(portfolio):
    with portfolio.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("application_id") == APPLICATION_ID
    assert portfolio.schema_revision() == head_revision()
    assert portfolio.integrity_problems() == []


def test_every_edit_is_on_disk_at_once(portfolio, portfolio_path):
    add_account(portfolio)
    # A second, plain connection sees the row without any "save".
    other = sqlite3.connect(portfolio_path)
    assert other.execute("SELECT name FROM account").fetchall() == [("Agro Cerrado",)]
    other.close()


def test_models_and_migrations_describe_the_same_schema(portfolio):
    with portfolio.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_second_open_of_an_open_portfolio_is_refused(portfolio, portfolio_path):
    with pytest.raises(PortfolioLocked) as error:
        Portfolio.open(portfolio_path)
    assert "already open" in str(error.value)


def test_lock_is_released_on_close(portfolio_path):
    create_portfolio(portfolio_path).close()
    reopened = open_portfolio(portfolio_path)
    reopened.close()


def test_lock_holds_across_processes(portfolio, portfolio_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kamdesk.store import Portfolio, PortfolioLocked\n"
        "try:\n"
        f"    Portfolio.open({str(portfolio_path)!r})\n"
        "except PortfolioLocked:\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=os.environ, timeout=60)
    assert result.returncode == 3


def test_create_refuses_to_overwrite(portfolio_path):
    portfolio_path.write_bytes(b"keep me")
    with pytest.raises(PortfolioError):
        create_portfolio(portfolio_path)
    assert portfolio_path.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", NotAPortfolio),
        (os.urandom(4096), NotAPortfolio),
        (b"SQLite format 3\x00" + os.urandom(4000), NotAPortfolio),
    ],
    ids=["empty file", "random bytes", "sqlite header then garbage"],
)
def test_bad_files_are_refused_and_left_untouched(tmp_path, content, expected):
    path = tmp_path / "bad.kamdesk"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(expected):
        open_portfolio(path)
    assert digest(path) == before
    # No -wal or -shm file: SQLite never opened it for writing.
    assert {p.name for p in tmp_path.iterdir()} <= {"bad.kamdesk", "bad.kamdesk.lock"}


def test_renamed_workbook_is_not_a_portfolio(tmp_path):
    path = tmp_path / "Clientes.kamdesk"
    with zipfile.ZipFile(path, "w") as workbook:
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    before = digest(path)
    with pytest.raises(NotAPortfolio):
        open_portfolio(path)
    assert digest(path) == before


def test_database_of_another_program_is_not_a_portfolio(tmp_path):
    path = tmp_path / "other.kamdesk"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (text)")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotAPortfolio):
        open_portfolio(path)
    assert digest(path) == before


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(PortfolioMissing):
        open_portfolio(tmp_path / "nowhere.kamdesk")
    with pytest.raises(NotAPortfolio):
        open_portfolio(tmp_path)


def test_portfolio_from_a_newer_version_is_refused_untouched(portfolio_path):
    portfolio = create_portfolio(portfolio_path)
    add_account(portfolio)
    portfolio.close()
    raw = sqlite3.connect(portfolio_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    before = digest(portfolio_path)
    with pytest.raises(PortfolioFromNewerVersion) as error:
        open_portfolio(portfolio_path)
    assert "newer version" in str(error.value)
    assert digest(portfolio_path) == before


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False,
    reason="root can write read-only files; the folder case below still runs",
)
def test_read_only_file_is_refused(portfolio_path):
    create_portfolio(portfolio_path).close()
    portfolio_path.chmod(0o444)
    try:
        with pytest.raises(PortfolioReadOnly):
            open_portfolio(portfolio_path)
    finally:
        portfolio_path.chmod(0o644)


def test_read_only_file_is_refused_even_for_root(portfolio_path, monkeypatch):
    create_portfolio(portfolio_path).close()
    before = digest(portfolio_path)
    real_access = os.access

    def no_write(path, mode, **kwargs):
        if mode == os.W_OK and str(path) == str(portfolio_path):
            return False
        return real_access(path, mode, **kwargs)

    # Root ignores permission bits, so ask os.access the way a normal user's system would answer.
    monkeypatch.setattr(os, "access", no_write)
    with pytest.raises(PortfolioReadOnly) as error:
        open_portfolio(portfolio_path)
    assert "cannot be written" in str(error.value)
    assert digest(portfolio_path) == before


def test_damaged_portfolio_is_detected(portfolio_path):
    portfolio = create_portfolio(portfolio_path)
    for n in range(300):
        add_account(portfolio, f"Conta {n}")
    portfolio.close()
    damage(portfolio_path)
    before = digest(portfolio_path)
    with pytest.raises((PortfolioDamaged, NotAPortfolio)):
        open_portfolio(portfolio_path)
    assert digest(portfolio_path) == before


def test_empty_database_is_migrated_after_a_backup(tmp_path, isolated_user_folders):
    path = half_made_portfolio(tmp_path / "half-made.kamdesk")
    portfolio = open_portfolio(path)
    try:
        assert portfolio.schema_revision() == head_revision()
        backup = portfolio.backup_before_migration
        assert backup is not None and backup.exists()
        assert backup.parent == isolated_user_folders / "backups"
    finally:
        portfolio.close()


def test_populated_portfolio_at_head_opens_without_migrating(portfolio_path):
    portfolio = create_portfolio(portfolio_path)
    for n in range(5):
        add_account(portfolio, f"Conta {n}")
    portfolio.close()
    reopened = open_portfolio(portfolio_path)
    try:
        assert reopened.backup_before_migration is None
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == 5
    finally:
        reopened.close()


def _revision_steps() -> list[tuple[str, str]]:
    scripts = script_directory()
    return [(r.down_revision, r.revision) for r in scripts.walk_revisions() if r.down_revision]


@pytest.mark.parametrize(
    ("older", "newer"),
    _revision_steps()
    or [pytest.param(None, None, marks=pytest.mark.skip(reason="only one schema revision so far"))],
)
def test_each_migration_keeps_the_data_of_a_populated_portfolio(portfolio_path, older, newer):
    from kamdesk.services.demo import write_demo

    write_demo(portfolio_path, accounts=6)
    portfolio = open_portfolio(portfolio_path)
    counts = table_counts(portfolio)
    migrate(portfolio.engine, older, down=True)
    migrate(portfolio.engine, newer)
    try:
        after = table_counts(portfolio)  # the tables of ``newer``: no later ones
        assert after == {name: counts[name] for name in after}
        assert portfolio.integrity_problems() == []
    finally:
        portfolio.close()


def table_counts(portfolio) -> dict[str, int]:
    with portfolio.engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar()
            for t in Base.metadata.sorted_tables
            if t.name in present
        }


def test_save_a_copy_is_a_complete_portfolio(portfolio, tmp_path):
    add_account(portfolio)
    copy = portfolio.save_copy(tmp_path / "copy.kamdesk")
    opened = open_portfolio(copy)
    try:
        with opened.session() as session:
            assert session.scalars(select(Account.name)).all() == ["Agro Cerrado"]
    finally:
        opened.close()
    with pytest.raises(PortfolioError):
        portfolio.save_copy(portfolio.path)


def test_snapshot_and_restore_bring_back_the_exact_content(portfolio, tmp_path):
    add_account(portfolio, "Antes")
    snapshot = portfolio.snapshot_to(tmp_path / "before.kamdesk")
    add_account(portfolio, "Depois")
    with portfolio.session() as session:
        session.execute(Account.__table__.delete().where(Account.name == "Antes"))
    portfolio.restore_from(snapshot)
    with portfolio.session() as session:
        assert session.scalars(select(Account.name)).all() == ["Antes"]
    assert portfolio.integrity_problems() == []
    assert portfolio.schema_revision() == head_revision()
