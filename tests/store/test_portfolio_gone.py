"""A portfolio whose file goes away while it is open (folder moved or deleted, USB stick pulled
out) or turns read-only: edits are refused with an error the window can explain, and nothing
already saved is lost.

Why the refusal matters: on Linux and macOS a deleted or moved file stays writable through the
handle SQLite holds, so without it every later edit would be committed into a file no one will
ever open again.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.portfolios import open_portfolio
from kamdesk.store.backup import side_files
from kamdesk.store.errors import PortfolioVanished
from tests.store.support import account_names, digest


def move_away(path: Path, folder: Path) -> None:
    """The portfolio with its -wal and -shm, moved as a file manager would (same files)."""
    folder.mkdir()
    for part in side_files(path):
        if part.exists():
            part.rename(folder / part.name)


def bring_back(folder: Path, path: Path) -> None:
    for part in folder.iterdir():
        part.rename(path.parent / part.name)


@contextlib.contextmanager
def immutable(path: Path):
    """The file cannot be written even through a handle already open, even by root (ext4's
    immutable flag, as a drive that turned read-only); skips where the flag cannot be set."""
    tool = shutil.which("chattr")
    if tool is None or subprocess.run([tool, "+i", str(path)], capture_output=True).returncode:
        pytest.skip("the immutable flag cannot be set here")
    try:
        yield
    finally:
        subprocess.run([tool, "-i", str(path)], check=True)


def test_an_edit_after_the_file_moved_away_is_refused_and_nothing_is_lost(
    portfolio, portfolio_path, tmp_path
):
    accounts = AccountService(portfolio)
    kept = accounts.create(AccountData(name="Antes"))
    move_away(portfolio_path, tmp_path / "pendrive")

    with pytest.raises(PortfolioVanished) as refused:
        accounts.create(AccountData(name="Depois"))
    with pytest.raises(PortfolioVanished):
        RiskService(portfolio).create(RiskData(account_id=kept, description="Churn"))
    with pytest.raises(PortfolioVanished):
        accounts.update(kept, {"notes": "perdida"})

    assert refused.value.path == portfolio_path
    # Reading still works, so the open views do not fail while the KAM reconnects the drive.
    assert [row.name for row in accounts.list_rows()] == ["Antes"]
    portfolio.close()
    bring_back(tmp_path / "pendrive", portfolio_path)
    with open_portfolio(portfolio_path) as reopened:
        assert reopened.integrity_problems(full=True) == []
        assert [row.name for row in AccountService(reopened).list_rows()] == ["Antes"]
        assert AccountService(reopened).get(kept).notes == ""


def test_a_file_put_back_in_place_of_the_open_one_is_never_written_by_it(
    portfolio, portfolio_path, tmp_path
):
    """Deleted, then a copy put where it was (the KAM copied a backup there): the open
    portfolio still holds the deleted file, so it must not write, nor touch the copy."""
    accounts = AccountService(portfolio)
    accounts.create(AccountData(name="Antes"))
    copy = portfolio.save_copy(tmp_path / "copia.kamdesk")
    for part in side_files(portfolio_path):
        part.unlink(missing_ok=True)
    shutil.copyfile(copy, portfolio_path)
    before = digest(portfolio_path)

    with pytest.raises(PortfolioVanished):
        accounts.create(AccountData(name="Depois"))

    assert digest(portfolio_path) == before
    assert account_names(portfolio_path) == ["Antes"]


def test_an_edit_of_a_file_turned_read_only_fails_and_leaves_it_whole(portfolio, portfolio_path):
    accounts = AccountService(portfolio)
    kept = accounts.create(AccountData(name="Antes"))
    wal = Path(f"{portfolio_path}-wal")
    with immutable(wal):
        with pytest.raises(OperationalError) as refused:
            accounts.update(kept, {"notes": "perdida"})
        assert isinstance(refused.value.orig, sqlite3.OperationalError)
    portfolio.close()
    with open_portfolio(portfolio_path) as reopened:
        assert reopened.integrity_problems(full=True) == []
        assert AccountService(reopened).get(kept).notes == ""
