"""Backups: daily and before upgrades, pruning per portfolio, restore, rescue of a damaged file,
and the ways writing a backup fails (full disk, unwritable folder, vanished portfolio)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from kamdesk.model import Account
from kamdesk.services.backups import BackupReason, BackupService, clamp_keep
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.store.backup import parse_backup_name
from kamdesk.store.errors import (
    BackupDamaged,
    BackupFolderNotWritable,
    DiskFull,
    PortfolioDamaged,
    PortfolioVanished,
)
from tests.store.support import Clock, account_names, damage, digest, half_made_portfolio


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 25, 9, 0))


@pytest.fixture
def folder(isolated_user_folders):
    return isolated_user_folders / "backups"


@pytest.fixture
def service(folder, clock):
    return BackupService(folder, keep=10, clock=clock)


def add_accounts(portfolio, *names: str) -> None:
    with portfolio.session() as session:
        session.add_all(Account(name=n, name_key=n.lower()) for n in names)


def all_tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing two portfolios exactly."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }
    finally:
        connection.close()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


# -- automatic backups ------------------------------------------------------------------


def test_daily_backup_is_made_on_the_first_open_of_each_day(portfolio, service, clock):
    first = service.make_daily(portfolio.path)
    assert first is not None
    assert first.path.name == "Carteira-20261125-090000-000000-daily.kamdesk"
    clock.advance(hours=9)
    assert service.make_daily(portfolio.path) is None
    clock.advance(hours=15, minutes=1)  # 26/11 09:01
    second = service.make_daily(portfolio.path)
    assert second is not None and second.made_at.date() == dt.date(2026, 11, 26)
    listed = service.list_backups(portfolio.path)
    assert [b.path for b in listed] == [second.path, first.path]  # newest first
    assert {b.reason for b in listed} == {BackupReason.DAILY}


def test_a_manual_backup_does_not_count_as_the_days_backup(portfolio, service, clock):
    service.make(portfolio.path, BackupReason.MANUAL)
    clock.advance(minutes=5)
    assert service.make_daily(portfolio.path) is not None


def test_backup_before_migration_still_works_and_is_listed(tmp_path, folder):
    path = half_made_portfolio(tmp_path / "half-made.kamdesk")
    portfolio = open_portfolio(path)
    try:
        backup = portfolio.backup_before_migration
        assert backup is not None and backup.parent == folder
        assert parse_backup_name(backup).reason == BackupReason.BEFORE_UPGRADE
        listed = BackupService(folder).list_backups(path)
        assert [b.path for b in listed] == [backup]
    finally:
        portfolio.close()


def test_keep_setting_is_clamped_to_one_to_a_hundred():
    assert clamp_keep("7") == 7
    assert clamp_keep(0) == 1
    assert clamp_keep(500) == 100
    assert clamp_keep("muitos") == 10
    assert clamp_keep(None) == 10


# -- which backups are whose, and pruning ------------------------------------------------


def test_pruning_keeps_the_newest_of_this_portfolio_only(tmp_path, folder, clock):
    mine = create_portfolio(tmp_path / "Carteira.kamdesk")
    (tmp_path / "other").mkdir()
    # The same file name in another folder is another portfolio (another identity).
    theirs = create_portfolio(tmp_path / "other" / "Carteira.kamdesk")
    service = BackupService(folder, keep=3, clock=clock)
    try:
        their_backups = []
        for _ in range(2):
            their_backups.append(service.make(theirs.path).path)
            clock.advance(minutes=1)
        made = []
        for _ in range(5):
            made.append(service.make(mine.path).path)
            clock.advance(minutes=1)
        stranger = folder / "notes.txt"
        stranger.write_text("not a backup")
        service.make(mine.path)  # prunes again with the stranger present
        kept = [b.path for b in service.list_backups(mine.path)]
        assert len(kept) == 3 and made[-2:] == kept[1:][::-1]
        assert [b.path for b in service.list_backups(theirs.path)] == their_backups[::-1]
        assert all(p.exists() for p in their_backups) and stranger.exists()
    finally:
        mine.close()
        theirs.close()


def test_pruning_always_keeps_the_newest_before_upgrade_backup(portfolio, folder, clock):
    service = BackupService(folder, keep=2, clock=clock)
    upgrade = service.make(portfolio.path, BackupReason.BEFORE_UPGRADE, prune=False)
    for _ in range(4):
        clock.advance(days=1)
        service.make_daily(portfolio.path)
    listed = service.list_backups(portfolio.path)
    assert [b.reason for b in listed] == ["daily", "daily", "before-upgrade"]
    assert listed[-1].path == upgrade.path


def test_a_renamed_portfolio_keeps_its_backups(portfolio_path, service):
    portfolio = create_portfolio(portfolio_path)
    backup = service.make(portfolio_path)
    portfolio.close()
    renamed = portfolio_path.rename(portfolio_path.with_name("Clientes 2026.kamdesk"))
    assert [b.path for b in service.list_backups(renamed)] == [backup.path]


def test_backups_of_an_unreadable_portfolio_are_found_by_name(portfolio, service):
    backup = service.make(portfolio.path)
    portfolio.close()
    portfolio.path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    assert [b.path for b in service.list_backups(portfolio.path)] == [backup.path]


# -- restoring -----------------------------------------------------------------------------


def test_restore_brings_back_exactly_the_content_and_keeps_a_before_restore_backup(
    tmp_path, service, clock
):
    path = tmp_path / "Demo.kamdesk"
    write_demo(path, accounts=6)
    portfolio = open_portfolio(path)
    try:
        saved = all_tables(path)
        backup = service.make(path)
        clock.advance(hours=2)
        add_accounts(portfolio, "Nova Conta")
        with portfolio.session() as session:
            session.execute(Account.__table__.delete().where(Account.name != "Nova Conta"))
        changed = all_tables(path)
        before = service.restore(portfolio, backup.path)
        assert all_tables(path) == saved
        assert before.reason == BackupReason.BEFORE_RESTORE
        assert all_tables(before.path) == changed
        assert portfolio.integrity_problems() == []
    finally:
        portfolio.close()


@pytest.mark.parametrize(
    "spoil",
    [damage, lambda p: p.write_bytes(os.urandom(20000)), lambda p: p.write_bytes(b"")],
    ids=["damaged page", "random bytes", "empty file"],
)
def test_restoring_an_unreadable_backup_is_refused_and_changes_nothing(
    portfolio, service, clock, spoil
):
    add_accounts(portfolio, *(f"Conta {n}" for n in range(300)))
    backup = service.make(portfolio.path)
    spoil(backup.path)
    clock.advance(minutes=1)
    add_accounts(portfolio, "Depois")
    before = all_tables(portfolio.path)
    with pytest.raises(BackupDamaged) as error:
        service.restore(portfolio, backup.path)
    assert error.value.path == backup.path
    assert all_tables(portfolio.path) == before
    assert [b.path for b in service.list_backups(portfolio.path)] == [backup.path]


# -- a portfolio damaged at open -------------------------------------------------------------


def test_a_damaged_portfolio_is_reported_as_damaged_at_open(portfolio_path):
    portfolio = create_portfolio(portfolio_path)
    add_accounts(portfolio, *(f"Conta {n}" for n in range(300)))
    portfolio.close()
    damage(portfolio_path)
    with pytest.raises(PortfolioDamaged):
        open_portfolio(portfolio_path)


def test_newest_good_backup_replaces_the_damaged_file_which_is_kept(portfolio_path, service, clock):
    portfolio = create_portfolio(portfolio_path)
    add_accounts(portfolio, *(f"Conta {n}" for n in range(300)))
    good = service.make(portfolio_path)
    clock.advance(days=1)
    add_accounts(portfolio, "Só na cópia danificada")
    newer = service.make(portfolio_path)
    portfolio.close()
    damage(newer.path)
    damage(portfolio_path)
    damaged_digest = digest(portfolio_path)

    assert service.newest_good(portfolio_path) == good
    clock.advance(hours=1)
    kept = service.replace_damaged(
        portfolio_path, good.path, service.aside_path(portfolio_path, "danificado")
    )

    assert kept.name == "Carteira (danificado 2026-11-26 1000).kamdesk"
    assert digest(kept) == damaged_digest
    assert all_tables(portfolio_path) == all_tables(good.path)
    open_portfolio(portfolio_path).close()


def test_no_good_backup_means_none_is_offered(portfolio_path, service):
    portfolio = create_portfolio(portfolio_path)
    add_accounts(portfolio, *(f"Conta {n}" for n in range(300)))
    only = service.make(portfolio_path)
    portfolio.close()
    damage(only.path)
    assert service.newest_good(portfolio_path) is None


def test_a_damaged_files_wal_moves_with_it(portfolio_path, service, tmp_path):
    portfolio = create_portfolio(portfolio_path)
    good = service.make(portfolio_path)
    portfolio.close()
    wal = Path(f"{portfolio_path}-wal")
    wal.write_bytes(b"stale frames")
    kept = service.replace_damaged(
        portfolio_path, good.path, service.aside_path(portfolio_path, "damaged")
    )
    assert Path(f"{kept}-wal").read_bytes() == b"stale frames"
    assert not wal.exists()


# -- bad input: full disk, unwritable folder, vanished portfolio ---------------------------


@pytest.fixture
def full_disk(monkeypatch):
    """SQLite's own "database or disk is full" (SQLITE_FULL) for every backup being written:
    the copy's file may not grow past two pages."""
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        if str(database).endswith(".partial"):
            connection.execute("PRAGMA max_page_count=2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_full_disk_while_backing_up_is_reported_and_leaves_nothing(
    portfolio, service, folder, full_disk
):
    add_accounts(portfolio, "Agro Cerrado")
    before = files_in(folder)
    with pytest.raises(DiskFull) as error:
        service.make(portfolio.path)
    assert error.value.path == folder
    assert "not enough space" in str(error.value)
    assert files_in(folder) == before  # no .partial left behind
    assert account_names(portfolio.path) == ["Agro Cerrado"]


def test_a_full_disk_reported_by_the_system_is_a_full_disk_too(
    portfolio, service, folder, monkeypatch
):
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(src).endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(DiskFull):
        service.make(portfolio.path)
    assert not any(name.endswith(".partial") for name in files_in(folder))


def test_a_full_disk_while_restoring_leaves_the_portfolio_as_it_was(
    tmp_path, portfolio, service, monkeypatch
):
    bigger = tmp_path / "Maior.kamdesk"
    write_demo(bigger, accounts=20)
    backup = BackupService(tmp_path / "elsewhere").make(bigger)
    add_accounts(portfolio, "Agro Cerrado")
    before = all_tables(portfolio.path)
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        if "mode=rw" in str(database):  # the open portfolio, as restore writes into it
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages}")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(DiskFull) as error:
        service.restore(portfolio, backup.path)
    assert error.value.path == portfolio.path.parent
    assert all_tables(portfolio.path) == before
    assert portfolio.integrity_problems() == []


def test_a_backup_folder_that_is_a_file_is_reported(portfolio, isolated_user_folders):
    (isolated_user_folders / "backups").write_text("in the way")
    with pytest.raises(BackupFolderNotWritable) as error:
        BackupService().make(portfolio.path)
    assert error.value.path == isolated_user_folders / "backups"


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False,
    reason="root writes into read-only folders; the test below asks os.access as a user would",
)
def test_a_read_only_backup_folder_is_reported(portfolio, folder, service):
    folder.mkdir(exist_ok=True)
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupFolderNotWritable) as error:
            service.make(portfolio.path)
        assert error.value.path == folder
    finally:
        folder.chmod(0o700)


def test_a_read_only_backup_folder_is_reported_even_for_root(
    portfolio, folder, service, monkeypatch
):
    folder.mkdir(exist_ok=True)
    folder.chmod(0o500)
    real_access = os.access

    def as_a_user(path, mode, **kwargs):
        if mode == os.W_OK and Path(path) == folder:
            return False
        return real_access(path, mode, **kwargs)

    # Root ignores permission bits: ask os.access the way a normal user's system would answer.
    monkeypatch.setattr(os, "access", as_a_user)
    try:
        with pytest.raises(BackupFolderNotWritable) as error:
            service.make(portfolio.path)
        assert error.value.path == folder
        assert "cannot be written" in str(error.value)
        assert files_in(folder) == set()
    finally:
        folder.chmod(0o700)


def test_backing_up_a_vanished_portfolio_is_reported(portfolio, service, folder):
    portfolio.path.unlink()  # the USB stick was pulled out while the portfolio was open
    with pytest.raises(PortfolioVanished) as error:
        service.make(portfolio.path)
    assert error.value.path == portfolio.path
    assert files_in(folder) == set()


def test_restoring_into_a_vanished_portfolio_is_refused_and_creates_nothing(portfolio, service):
    backup = service.make(portfolio.path)
    for side in (portfolio.path, Path(f"{portfolio.path}-wal"), Path(f"{portfolio.path}-shm")):
        side.unlink(missing_ok=True)
    with pytest.raises(PortfolioVanished):
        service.restore(portfolio, backup.path)
    assert not portfolio.path.exists()
    assert [b.path for b in service.list_backups(portfolio.path)] == [backup.path]


def test_a_backup_from_an_older_version_is_upgraded_when_the_portfolio_reopens(
    tmp_path, service, clock
):
    from kamdesk.store import Portfolio
    from kamdesk.store.migrate import head_revision, migrate, script_directory

    path = tmp_path / "Demo.kamdesk"
    write_demo(path, accounts=4)
    older = next(r.down_revision for r in script_directory().walk_revisions() if r.down_revision)
    old_copy = service.make(path).path
    with Portfolio.open(old_copy) as copy:  # the backup as an older KAMdesk wrote it
        migrate(copy.engine, older, down=True)
    portfolio = open_portfolio(path)
    add_accounts(portfolio, "Depois")
    clock.advance(minutes=1)
    service.restore(portfolio, old_copy)
    portfolio.close()
    reopened = open_portfolio(path)
    try:
        assert reopened.schema_revision() == head_revision()
        assert reopened.backup_before_migration is not None
        assert "Depois" not in account_names(path)
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
