"""Team mode's foundation (issue 9): the same models, migrations and commands on PostgreSQL.

Every test but the first few needs a real server: the ``pg_url`` fixture (tests/conftest.py)
gives a fresh database on the one ``KAMDESK_TEST_PG_URL`` names, which ``.ci/run`` starts.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from pathlib import Path

import openpyxl
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from kamdesk.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from kamdesk.model import Account, Base
from kamdesk.services.demo import fill_demo, write_demo
from kamdesk.services.portfolios import create_portfolio, integrity_problems
from kamdesk.services.workbook_import import apply_import, plan_import
from kamdesk.store import (
    NotAPortfolio,
    Portfolio,
    PortfolioError,
    PortfolioFromNewerVersion,
)
from kamdesk.store.errors import (
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnreachable,
    is_database_url,
)
from kamdesk.store.migrate import head_revision, migrate
from kamdesk.store.server import ServerPortfolio
from kamdesk.ui.errors import explain_portfolio_error
from tests.services.support import all_rows

TODAY = dt.date(2026, 11, 20)
LOCKED_URL_ENV = "KAMDESK_TEST_PG_LOCKED_URL"  # a role whose password is "right-password"

# The messages are checked in English; another test may have installed Portuguese.
pytestmark = pytest.mark.usefixtures("english")


def assert_new_ids_follow(url: str) -> None:
    """The server hands out ids after those given explicitly (bulk import, publishing)."""
    with Portfolio.open(url) as portfolio, portfolio.session() as session:
        assert sequences_behind(portfolio) == []
        largest = session.scalar(select(Account.id).order_by(Account.id.desc()).limit(1))
        added = Account(name="Conta nova", name_key="conta nova")
        session.add(added)
        session.flush()
        assert added.id == largest + 1


def server_engine(url: str):
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def table_names(url: str) -> set[str]:
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


# Rows of the Instructions sheet that differ by nature: one identity per portfolio, the minute.
UNCOMPARED = {"Portfolio id", "Identificador da carteira", "Exported at", "Exportada em"}


def sequences_behind(portfolio: Portfolio) -> list[str]:
    """The tables whose id sequence would hand out an id already taken."""
    behind = []
    with portfolio.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if "id" not in table.c:
                continue
            largest = connection.scalar(select(func.max(table.c.id))) or 0
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
            )
            last = connection.scalar(text(f"SELECT last_value FROM {sequence}"))
            if last < largest:
                behind.append(table.name)
    return behind


def cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's cell values, but for the :data:`UNCOMPARED` rows."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [
                row
                for row in sheet.iter_rows(values_only=True)
                if not (row and row[0] in UNCOMPARED)
            ]
            for sheet in book.worksheets
        }
    finally:
        book.close()


def command_output(capsys, *argv: str) -> str:
    assert main(list(argv)) == EXIT_OK, capsys.readouterr().err
    return capsys.readouterr().out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def pg_demo(pg_url):
    """The seed-1 demo of 2026-11-20, written into the server's database."""
    with create_portfolio(pg_url) as portfolio:
        fill_demo(portfolio, today=TODAY)
        assert sequences_behind(portfolio) == []  # the demo gives its rows their ids
    return pg_url


# -- without a server -------------------------------------------------------------------------


def test_database_urls_are_told_from_file_names():
    assert is_database_url("postgresql://kam@server/carteira")
    assert is_database_url("postgres://kam@server/carteira")
    assert not is_database_url("carteira.kamdesk")
    assert not is_database_url(Path("postgresql/carteira.kamdesk"))


def test_a_url_without_a_database_is_refused_before_connecting(capsys):
    assert main(["check", "postgresql://kam@server"]) == EXIT_USAGE
    assert "names no database" in capsys.readouterr().err


def test_an_unreachable_server_says_so_and_hides_the_password(capsys):
    url = f"postgresql://kam:s3cret@127.0.0.1:{free_port()}/carteira"
    with pytest.raises(ServerUnreachable) as refused:
        Portfolio.open(url)
    assert "s3cret" not in str(refused.value)
    assert refused.value.path.name == "carteira"
    headline, advice = explain_portfolio_error(refused.value)
    assert "carteira" in headline and "server" in headline and advice
    assert main(["metrics", url]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "s3cret" not in err


# -- schema and migrations -----------------------------------------------------------------


def test_migrations_reach_the_head_and_match_the_models(pg_url):
    with Portfolio.create(pg_url) as portfolio:
        assert isinstance(portfolio, ServerPortfolio)
        assert portfolio.schema_revision() == head_revision()
        with portfolio.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        assert integrity_problems(portfolio, full=True) == []


def test_every_migration_goes_down_and_up_again(pg_url):
    with Portfolio.create(pg_url) as portfolio:
        migrate(portfolio.engine, "0001", down=True)
        assert portfolio.schema_revision() == "0001"
    with Portfolio.open(pg_url) as reopened:  # migrated at connect
        assert reopened.schema_revision() == head_revision()
        assert integrity_problems(reopened) == []


def test_check_finds_a_constraint_and_an_index_that_were_dropped(pg_url, capsys):
    with Portfolio.create(pg_url) as portfolio, portfolio.engine.begin() as connection:
        connection.execute(text("ALTER TABLE risk DROP CONSTRAINT ck_risk_impact_range"))
        connection.execute(text("DROP INDEX ix_risk_account_id"))
    assert main(["check", pg_url, "--json"]) == EXIT_REJECTED
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert "check constraint missing: ck_risk_impact_range" in problems
    assert [p for p in problems if p.startswith("schema differs") and "ix_risk_account_id" in p]
    assert len(problems) == 2


def test_check_of_a_healthy_server_portfolio(pg_demo, capsys):
    report = json.loads(command_output(capsys, "check", pg_demo, "--json"))
    assert report == {
        "ok": True,
        "schema": head_revision(),
        "expected_schema": head_revision(),
        "problems": [],
    }


def test_a_schema_from_a_newer_version_is_refused_untouched(pg_url, capsys):
    with Portfolio.create(pg_url) as portfolio, portfolio.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(PortfolioFromNewerVersion) as refused:
        Portfolio.open(pg_url)
    assert "made by a newer version of KAMdesk" in str(refused.value)
    assert main(["check", pg_url]) == EXIT_USAGE
    assert "newer version" in capsys.readouterr().err
    engine = server_engine(pg_url)
    with engine.connect() as connection:  # nothing was migrated or dropped
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "9999"
        assert "account" in inspect(connection).get_table_names()
    engine.dispose()


def test_an_empty_database_or_another_programs_is_not_a_portfolio(pg_url, capsys):
    with pytest.raises(NotAPortfolio, match="the database is empty"):
        Portfolio.open(pg_url)
    assert table_names(pg_url) == set()  # opening did not create anything
    with Portfolio.create(pg_url) as portfolio, portfolio.engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    assert main(["export", pg_url, "/nowhere.xlsx"]) == EXIT_USAGE
    assert "this database is not a KAMdesk portfolio" in capsys.readouterr().err


def test_create_refuses_a_database_that_holds_a_portfolio(pg_url):
    Portfolio.create(pg_url).close()
    with pytest.raises(PortfolioError, match="already holds a portfolio"):
        Portfolio.create(pg_url)


# -- the same results as a file ------------------------------------------------------------


def test_the_demo_gives_the_same_metrics_and_workbook_as_a_file(pg_demo, tmp_path, capsys):
    file = tmp_path / "demo.kamdesk"
    write_demo(file, today=TODAY)
    as_of = ("--as-of", TODAY.isoformat())
    on_file = command_output(capsys, "metrics", str(file), "--json", *as_of)
    on_server = command_output(capsys, "metrics", pg_demo, "--json", *as_of)
    assert json.loads(on_server) == json.loads(on_file)
    assert on_server == on_file  # to the byte: Decimal sums are printed as the file's ints
    for language in ("pt_BR", "en"):
        from_file, from_server = (
            tmp_path / f"file-{language}.xlsx",
            tmp_path / f"pg-{language}.xlsx",
        )
        command_output(capsys, "export", str(file), str(from_file), "--lang", language)
        command_output(capsys, "export", pg_demo, str(from_server), "--lang", language)
        assert cells(from_server) == cells(from_file)


def test_the_pdf_report_reads_a_server_portfolio(pg_demo, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    assert "page(s)" in command_output(capsys, "report", pg_demo, str(out), "--as-of", "2026-11-20")
    assert out.read_bytes().startswith(b"%PDF")


# -- import: all or nothing ----------------------------------------------------------------


def test_import_into_an_empty_database_as_into_a_new_file(pg_url, tmp_path, capsys):
    source = tmp_path / "demo.kamdesk"
    write_demo(source, accounts=12, today=TODAY)
    workbook = tmp_path / "demo.xlsx"
    command_output(capsys, "export", str(source), str(workbook))
    file = tmp_path / "imported.kamdesk"
    command_output(capsys, "import", str(file), str(workbook))
    assert "written" in command_output(capsys, "import", pg_url, str(workbook))
    from_file, from_server = tmp_path / "file.xlsx", tmp_path / "server.xlsx"
    command_output(capsys, "export", str(file), str(from_file))
    command_output(capsys, "export", pg_url, str(from_server))
    assert cells(from_server) == cells(from_file)
    # The same workbook again: nothing to change.
    again = command_output(capsys, "import", pg_url, str(from_server), "--json")
    sheets = json.loads(again)["sheets"]
    assert all(counts["new"] == counts["changed"] == 0 for counts in sheets.values())
    assert_new_ids_follow(pg_url)  # the server hands out the ids after those the import gave


def test_a_rejected_workbook_leaves_the_database_identical(pg_demo, tmp_path, capsys):
    workbook = tmp_path / "demo.xlsx"
    command_output(capsys, "export", pg_demo, str(workbook), "--lang", "en")
    book = openpyxl.load_workbook(workbook)
    book["Accounts"]["B2"] = "Renamed, but the revenue below is wrong"
    book["Revenue"]["D2"] = "lots"
    book.save(workbook)
    with Portfolio.open(pg_demo) as portfolio:
        before = all_rows(portfolio)
    assert main(["import", pg_demo, str(workbook), "--lang", "en"]) == EXIT_REJECTED
    assert "nothing was written" in capsys.readouterr().err
    with Portfolio.open(pg_demo) as portfolio:
        assert all_rows(portfolio) == before


def test_an_import_stopped_while_writing_writes_nothing(pg_url, tmp_path, capsys):
    source = tmp_path / "demo.kamdesk"
    write_demo(source, accounts=12, today=TODAY)
    workbook = tmp_path / "demo.xlsx"
    command_output(capsys, "export", str(source), str(workbook))
    from kamdesk.excel.reader import read_workbook

    with create_portfolio(pg_url) as portfolio:
        before = all_rows(portfolio)
        plan = plan_import(portfolio, read_workbook(workbook, "pt_BR"))
        assert not plan.has_errors

        def cancel(done, total, what):
            if done:
                raise KeyboardInterrupt("cancelled")

        with pytest.raises(KeyboardInterrupt):
            apply_import(portfolio, plan, progress=cancel)
        assert all_rows(portfolio) == before
        apply_import(portfolio, plan)  # and the same plan, uninterrupted, goes through
        assert len(all_rows(portfolio)["account"]) == 12


def test_a_rejected_import_into_an_empty_database_leaves_it_empty(pg_url, tmp_path, capsys):
    workbook = tmp_path / "bad.xlsx"
    from kamdesk.excel.writer import write_workbook

    write_workbook(
        workbook,
        {
            "accounts": [{"name": "Acme"}],
            "revenue": [
                {"account": "Acme", "month": dt.date(2026, 1, 1), "revenue": 10, "recurring": 20}
            ],
        },
        "en",
        app_version="test",
    )
    assert main(["import", pg_url, str(workbook)]) == EXIT_REJECTED
    capsys.readouterr()
    assert table_names(pg_url) == set()


# -- connecting: what the KAM is told --------------------------------------------------------


def with_database(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


def test_a_missing_database_says_so(pg_url, capsys):
    missing = with_database(pg_url, "no_such_portfolio")
    with pytest.raises(ServerDatabaseMissing) as refused:
        Portfolio.open(missing)
    headline, advice = explain_portfolio_error(refused.value)
    assert "no_such_portfolio" in headline and advice
    assert main(["check", missing]) == EXIT_USAGE
    assert "has no database of this name" in capsys.readouterr().err


@pytest.fixture
def locked_url(pg_url):
    url = os.environ.get(LOCKED_URL_ENV)
    if not url:
        pytest.skip(f"no password-protected role: set {LOCKED_URL_ENV}")
    return with_database(url, "postgres")


def test_a_wrong_password_says_so(locked_url, monkeypatch, capsys):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    wrong = locked_url.replace("@", ":wrong-password@", 1)
    with pytest.raises(ServerLoginRefused) as refused:
        Portfolio.open(wrong)
    assert "wrong-password" not in str(refused.value)
    headline, advice = explain_portfolio_error(refused.value)
    assert "password" in headline and advice
    with pytest.raises(ServerLoginRefused):  # no password at all
        Portfolio.open(locked_url)
    assert main(["metrics", wrong]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "refused the user name or password" in err and "wrong-password" not in err


def test_the_password_may_come_from_pgpassword(locked_url, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "right-password")
    # Logged in: the next thing the server says is that the database is missing.
    with pytest.raises(ServerDatabaseMissing):
        Portfolio.open(with_database(locked_url, "no_such_portfolio"))
    # And the right login on a database that is not a portfolio gets that far.
    with pytest.raises(NotAPortfolio):
        Portfolio.open(locked_url)


def test_a_user_not_allowed_to_create_tables_is_told_and_nothing_is_made(
    pg_url, locked_url, monkeypatch
):
    monkeypatch.setenv("PGPASSWORD", "right-password")
    from sqlalchemy.engine import make_url

    theirs = with_database(locked_url, make_url(pg_url).database)
    with pytest.raises(PortfolioError, match="permission denied") as refused:
        Portfolio.create(theirs)
    assert type(refused.value) is PortfolioError  # not "unreachable" nor "wrong password"
    assert table_names(pg_url) == set()
