"""Publish a portfolio file to a team server and take it offline again: nothing lost either way.

Most tests need a real PostgreSQL: the ``pg_url`` fixture (tests/conftest.py) gives a fresh,
empty database on the server ``KAMDESK_TEST_PG_URL`` names and skips the test without it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kamdesk.cli import EXIT_REJECTED, EXIT_USAGE, main
from kamdesk.model import Base
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import create_portfolio, integrity_problems
from kamdesk.services.team.transfer import (
    CopyDiffers,
    CopyFailed,
    DatabaseNotEmpty,
    TargetExists,
    TransferCancelled,
    publish,
    table_digests,
    take_offline,
)
from kamdesk.store import NotAPortfolio, Portfolio, PortfolioError, PortfolioLocked
from kamdesk.store.errors import PortfolioMissing, ServerUnreachable
from kamdesk.store.migrate import head_revision
from tests.conftest import server_database_url
from tests.store.test_postgres import (
    TODAY,
    all_rows,
    assert_new_ids_follow,
    cells,
    command_output,
    free_port,
    server_engine,
    table_names,
)

TABLES = len(Base.metadata.tables)


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """The seed-1 demo of 2026-11-20 as a portfolio file."""
    path = tmp_path / "Carteira.kamdesk"
    write_demo(path, today=TODAY)
    return path


@pytest.fixture
def published(demo_file, pg_url) -> str:
    """The demo file, published into the fresh server database."""
    publish(demo_file, pg_url)
    return pg_url


def rows_of(target) -> dict[str, list[tuple]]:
    with Portfolio.open(target) as portfolio:
        return all_rows(portfolio)


def digests_of(target) -> dict:
    with Portfolio.open(target) as portfolio:
        return table_digests(portfolio)


def server_rows(url: str, query: str) -> list[tuple]:
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


def edit_file(path: Path, statement: str, *params) -> None:
    """Writes into the file behind KAMdesk's back, as another tool (or a damaged disk) might."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


def cancel_after_first_rows(seen: list[tuple[int, int]]):
    """A ``cancelled`` that says yes once some rows are copied, but not all of them."""

    def cancelled() -> bool:
        return bool(seen) and 0 < seen[-1][0] < seen[-1][1]

    return cancelled


# -- the round trip --------------------------------------------------------------------------


def test_file_to_server_to_file_keeps_every_table_identical(demo_file, pg_url, tmp_path, capsys):
    seen = []
    report = publish(demo_file, pg_url, progress=lambda done, total: seen.append((done, total)))
    assert report.identical and len(report.tables) == TABLES
    assert report.target.startswith("postgresql://") and report.source == str(demo_file)
    source_rows = rows_of(demo_file)
    assert report.rows == sum(map(len, source_rows.values())) > 4000
    assert seen[-1] == (2 * report.rows, 2 * report.rows)  # copied, then checked
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    offline = tmp_path / "offline" / "Carteira offline.kamdesk"
    offline.parent.mkdir()
    back = take_offline(pg_url, offline)
    assert back.identical and back.rows == report.rows
    assert [t.source for t in back.tables] == [t.source for t in report.tables]
    # No partial copy, no lock, no -wal left beside it.
    assert [p.name for p in offline.parent.iterdir()] == ["Carteira offline.kamdesk"]

    # Independently of the digests: the rows themselves, read back by each engine...
    assert rows_of(pg_url) == source_rows
    assert rows_of(offline) == source_rows
    assert digests_of(demo_file) == digests_of(pg_url) == digests_of(offline)
    # ...and what the KAM sees: the metrics to the byte, the exported workbook cell by cell.
    as_of = ("--as-of", TODAY.isoformat())
    metrics = [
        command_output(capsys, "metrics", str(where), "--json", *as_of)
        for where in (demo_file, pg_url, offline)
    ]
    assert metrics[0] == metrics[1] == metrics[2]
    workbooks = []
    for index, where in enumerate((demo_file, pg_url, offline)):
        workbook = tmp_path / f"export-{index}.xlsx"
        command_output(capsys, "export", str(where), str(workbook), "--lang", "en")
        workbooks.append(cells(workbook))
    assert workbooks[0] == workbooks[1] == workbooks[2]

    with Portfolio.open(offline) as copy:
        assert copy.schema_revision() == head_revision()
        assert integrity_problems(copy, full=True) == []


def test_the_published_server_hands_out_new_ids_after_the_copied_ones(published):
    assert_new_ids_follow(published)


def test_an_org_unit_under_one_made_after_it_is_copied_both_ways(pg_url, tmp_path):
    path = tmp_path / "units.kamdesk"
    with create_portfolio(path) as portfolio:
        account_id = AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    for unit, parent in ((1, 3), (2, None), (3, 2)):  # unit 1 sits under 3, which sits under 2
        edit_file(
            path,
            "INSERT INTO org_unit (id, account_id, parent_id, name, kind, is_target)"
            " VALUES (?, ?, ?, ?, 'area', 0)",
            unit,
            account_id,
            parent,
            f"Unit {unit}",
        )
    assert publish(path, pg_url).identical
    offline = tmp_path / "back.kamdesk"
    assert take_offline(pg_url, offline).identical
    assert rows_of(offline)["org_unit"] == rows_of(path)["org_unit"]


def test_the_digest_notices_one_changed_cent(demo_file):
    before = digests_of(demo_file)
    edit_file(demo_file, "UPDATE revenue_record SET revenue = revenue + 1 WHERE id = 7")
    after = digests_of(demo_file)
    assert [name for name in before if before[name] != after[name]] == ["revenue_record"]
    assert after["revenue_record"].rows == before["revenue_record"].rows


# -- publish: refused, cancelled or failed leaves the database as it was ----------------------


def test_publish_into_a_database_with_tables_is_refused_and_writes_nothing(demo_file, pg_url):
    engine = server_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (line text)"))
        connection.execute(text("INSERT INTO notes VALUES ('keep me')"))
    engine.dispose()
    with pytest.raises(DatabaseNotEmpty, match=r"not empty.*1 table\(s\): notes"):
        publish(demo_file, pg_url)
    assert table_names(pg_url) == {"notes"}
    assert server_rows(pg_url, "SELECT line FROM notes") == [("keep me",)]


def test_publish_into_a_team_portfolio_is_refused_and_changes_nothing(demo_file, published):
    before = digests_of(published)
    with pytest.raises(DatabaseNotEmpty, match="already holds a KAMdesk portfolio"):
        publish(demo_file, published)
    assert digests_of(published) == before


def test_cancel_midway_leaves_the_server_database_empty(demo_file, pg_url):
    seen = []
    with pytest.raises(TransferCancelled):
        publish(
            demo_file,
            pg_url,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancel_after_first_rows(seen),
        )
    assert 0 < seen[-1][0] < seen[-1][1]  # it had started copying
    assert table_names(pg_url) == set()  # the schema went too
    assert publish(demo_file, pg_url).identical  # and nothing stands in the way of a new try


def test_a_progress_that_fails_midway_leaves_the_server_database_empty(demo_file, pg_url):
    def progress(done, total):
        if done > 1000:
            raise RuntimeError("the window went away")

    with pytest.raises(RuntimeError):
        publish(demo_file, pg_url, progress=progress)
    assert table_names(pg_url) == set()


def test_a_row_the_server_refuses_names_its_table_and_writes_nothing(demo_file, pg_url):
    edit_file(demo_file, "UPDATE account SET name = ? WHERE id = 3", "A" * 300)  # SQLite lets it
    with pytest.raises(CopyFailed, match=r"nothing was written \(table account: .*too long"):
        publish(demo_file, pg_url)
    assert table_names(pg_url) == set()


def test_a_value_the_server_stores_otherwise_is_caught_and_not_kept(demo_file, pg_url):
    edit_file(demo_file, "UPDATE account SET employees = 1234.5 WHERE id = 2")  # not an integer
    with pytest.raises(CopyDiffers) as differs:
        publish(demo_file, pg_url)
    assert differs.value.report.differing == ["account"]
    assert "tables that differ: account" in str(differs.value)
    assert table_names(pg_url) == set()


def test_a_file_that_is_not_a_portfolio_is_refused(pg_url, tmp_path):
    notes = tmp_path / "notes.kamdesk"
    notes.write_text("not a portfolio")
    with pytest.raises(NotAPortfolio):
        publish(notes, pg_url)
    with pytest.raises(PortfolioMissing):
        publish(tmp_path / "missing.kamdesk", pg_url)
    with pytest.raises(PortfolioError, match="only a portfolio file can be published"):
        publish(pg_url, pg_url)
    assert notes.read_text() == "not a portfolio"
    assert table_names(pg_url) == set()


def test_an_unreachable_server_says_so_and_hides_the_password(demo_file, tmp_path):
    url = f"postgresql://kam:s3cret@127.0.0.1:{free_port()}/carteira"
    with pytest.raises(ServerUnreachable) as refused:
        publish(demo_file, url)
    assert "s3cret" not in str(refused.value)
    with pytest.raises(ServerUnreachable):
        take_offline(url, tmp_path / "offline.kamdesk")
    assert not (tmp_path / "offline.kamdesk").exists()


# -- take offline: never a half file, never a file replaced unasked -------------------------


def test_take_offline_refuses_an_existing_file_unless_told_to_replace_it(published, tmp_path):
    target = tmp_path / "Viagem.kamdesk"
    target.write_bytes(b"an older copy")
    with pytest.raises(TargetExists):
        take_offline(published, target)
    assert target.read_bytes() == b"an older copy"
    Path(f"{target}-wal").write_bytes(b"the older copy's log")  # must not be replayed into ours
    assert take_offline(published, target, replace=True).identical
    assert not Path(f"{target}-wal").exists()
    assert rows_of(target) == rows_of(published)


def test_take_offline_never_replaces_a_portfolio_open_in_a_window(published, tmp_path):
    target = tmp_path / "Aberta.kamdesk"
    create_portfolio(target).close()
    with Portfolio.open(target):
        before = target.read_bytes()
        with pytest.raises(PortfolioLocked):
            take_offline(published, target, replace=True)
        assert target.read_bytes() == before


def test_take_offline_cancelled_leaves_no_file(published, tmp_path):
    seen = []
    folder = tmp_path / "travel"
    folder.mkdir()
    target = folder / "Viagem.kamdesk"
    with pytest.raises(TransferCancelled):
        take_offline(
            published,
            target,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancel_after_first_rows(seen),
        )
    assert 0 < seen[-1][0] < seen[-1][1]
    assert list(folder.iterdir()) == []
    target.write_bytes(b"kept")  # and a file it was to replace stays as it was
    with pytest.raises(TransferCancelled):
        take_offline(published, target, replace=True, cancelled=lambda: True)
    assert target.read_bytes() == b"kept"
    assert list(folder.iterdir()) == [target]


def test_take_offline_needs_a_team_portfolio(demo_file, pg_url, tmp_path):
    before = set(tmp_path.iterdir())
    target = tmp_path / "copy.kamdesk"
    with pytest.raises(PortfolioError, match="not on a server"):
        take_offline(str(demo_file), target)
    with pytest.raises(NotAPortfolio, match="the database is empty"):
        take_offline(pg_url, target)
    with pytest.raises(PortfolioError, match="it is a folder"):
        take_offline(pg_url, tmp_path)
    with pytest.raises(PortfolioError, match="the folder does not exist"):
        take_offline(pg_url, tmp_path / "nowhere" / "copy.kamdesk")
    assert set(tmp_path.iterdir()) == before


# -- the commands ----------------------------------------------------------------------------


def test_publish_and_take_offline_commands(demo_file, pg_url, tmp_path, capsys):
    out = command_output(capsys, "publish", str(demo_file), pg_url)
    assert "account: 40 rows, identical" in out
    assert f"{TABLES} tables, " in out and "every table identical" in out
    assert main(["publish", str(demo_file), pg_url]) == EXIT_USAGE
    assert "already holds a KAMdesk portfolio" in capsys.readouterr().err

    target = tmp_path / "offline.kamdesk"
    report = json.loads(command_output(capsys, "take-offline", pg_url, str(target), "--json"))
    assert report["copied"] and report["identical"]
    assert report["tables"]["account"] == {
        "rows": 40,
        "copied_rows": 40,
        "identical": True,
        "digest": report["tables"]["account"]["digest"],
    }
    assert main(["take-offline", pg_url, str(target)]) == EXIT_USAGE
    assert "use --replace" in capsys.readouterr().err
    assert "every table identical" in command_output(
        capsys, "take-offline", pg_url, str(target), "--replace"
    )


def test_commands_refuse_bad_input_with_the_right_exit_code(demo_file, pg_url, tmp_path, capsys):
    notes = tmp_path / "notes.kamdesk"
    notes.write_text("not a portfolio")
    assert main(["publish", str(notes), pg_url]) == EXIT_USAGE
    assert "not a KAMdesk portfolio" in capsys.readouterr().err
    assert main(["publish", str(demo_file), "carteira.kamdesk"]) == EXIT_USAGE
    assert "not a database address" in capsys.readouterr().err
    edit_file(demo_file, "UPDATE account SET name = ? WHERE id = 3", "A" * 300)
    assert main(["publish", str(demo_file), pg_url, "--json"]) == EXIT_REJECTED
    refused = json.loads(capsys.readouterr().out)
    assert refused["copied"] is False and "table account" in refused["error"]
    edit_file(demo_file, "UPDATE account SET name = 'Conta três', employees = 10.5 WHERE id = 3")
    assert main(["publish", str(demo_file), pg_url]) == EXIT_REJECTED
    captured = capsys.readouterr()
    assert "account: 40 rows, DIFFERS" in captured.out
    assert "differs from the original" in captured.err
    assert table_names(pg_url) == set()
    missing = server_database_url(pg_url, "no_such_portfolio")
    assert main(["take-offline", missing, str(tmp_path / "x.kamdesk")]) == EXIT_USAGE
    assert "has no database of this name" in capsys.readouterr().err
