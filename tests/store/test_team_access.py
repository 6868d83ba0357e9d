"""Team mode (issue 9): the server itself decides who reads and edits what, records who changed
what, and refuses to let one member's save overwrite another's unseen change."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from kamdesk.model import Account, ChangeLogEntry, Stakeholder
from kamdesk.services.accounts import AccountService
from kamdesk.services.stakeholders.data import StakeholderData
from kamdesk.services.stakeholders.service import StakeholderService
from kamdesk.services.workbook_import import import_workbook, problem_line
from kamdesk.store import Portfolio
from kamdesk.store.concurrency import EditConflict
from kamdesk.store.errors import ServerUnreachable, WriteNotAllowed
from kamdesk.store.team import members, set_kams_read_all, set_up_team


def account_names(portfolio) -> list[str]:
    with portfolio.session() as session:
        return sorted(session.scalars(select(Account.name)))


def libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def raw_connection(team, who):
    """A member's own connection, with no KAMdesk in between: what any SQL tool could do."""
    return psycopg.connect(libpq(team.url_of(who)))


def test_a_kam_edits_their_own_account_and_the_change_log_names_them(team):
    ana = team.open_as("ana")
    try:
        AccountService(ana).update(team.accounts["ana"], {"region": "Sul"})
        with ana.session() as session:
            account = session.get(Account, team.accounts["ana"])
            entry = session.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.table_name == "account")
                .order_by(ChangeLogEntry.id.desc())
            ).first()
        assert account.region == "Sul"
        assert account.changed_by == team.logins["ana"]
        assert account.version == 2
        assert entry.changed_by == team.logins["ana"]
        assert entry.action == "update"
        assert entry.account_id == team.accounts["ana"]
        assert entry.changes["region"] == ["", "Sul"]
    finally:
        ana.close()


def test_a_kam_cannot_edit_another_kams_account_through_kamdesk(team):
    ana = team.open_as("ana")
    try:
        with pytest.raises(WriteNotAllowed):
            AccountService(ana).update(team.accounts["bruno"], {"region": "Sul"})
    finally:
        ana.close()
    owner_view = team.open_as("director")
    try:
        with owner_view.session() as session:
            assert session.get(Account, team.accounts["bruno"]).region == ""
    finally:
        owner_view.close()


def test_the_server_refuses_a_kam_who_edits_another_kams_account_directly(team):
    with raw_connection(team, "ana") as connection:
        updated = connection.execute(
            "UPDATE account SET region = 'Sul' WHERE id = %s", (team.accounts["bruno"],)
        ).rowcount
        assert updated == 0  # the policy hides the row from any UPDATE
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO risk (account_id, category, description, likelihood, impact,"
                " response, status, created_at)"
                " VALUES (%s, 'other', 'x', 1, 1, 'mitigate', 'open', now())",
                (team.accounts["bruno"],),
            )


def test_kams_read_only_their_own_accounts_when_the_team_says_so(team):
    ana = team.open_as("ana")
    try:
        assert account_names(ana) == ["Conta de Ana Souza", "Conta de Bruno Lima"]
        director = team.open_as("director")
        with director.engine.begin() as connection:
            set_kams_read_all(connection, False)
        director.close()
        assert account_names(ana) == ["Conta de Ana Souza"]
    finally:
        ana.close()
    with raw_connection(team, "ana") as connection:
        assert connection.execute("SELECT count(*) FROM stakeholder_link").fetchone() == (0,)
        names = [row[0] for row in connection.execute("SELECT name FROM account")]
        assert names == ["Conta de Ana Souza"]


def test_a_viewer_reads_everything_and_changes_nothing(team):
    vera = team.open_as("viewer")
    try:
        assert len(account_names(vera)) == 2
        with pytest.raises(WriteNotAllowed):
            AccountService(vera).update(team.accounts["ana"], {"region": "Sul"})
    finally:
        vera.close()
    with (
        raw_connection(team, "viewer") as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("DELETE FROM account")


def test_a_member_cannot_write_the_change_log_or_the_team(team):
    for statement in ("DELETE FROM change_log", "UPDATE team_member SET role = 'director'"):
        with (
            raw_connection(team, "director") as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute(statement)


def test_a_stranger_with_a_login_reads_nothing(team, pg_url):
    stranger = "estranho_" + team.logins["ana"][-12:]
    with psycopg.connect(libpq(pg_url)) as admin:
        admin.execute(f"CREATE ROLE {stranger} LOGIN PASSWORD 'x'")
    url = make_url(team.url).set(username=stranger, password="x")
    with (
        psycopg.connect(libpq(url.render_as_string(hide_password=False))) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("SELECT name FROM account")


def test_the_second_save_of_the_same_record_is_stopped_with_both_values(team):
    ana, director = team.open_as("ana"), team.open_as("director")
    try:
        ana.mark_seen()
        director.mark_seen()
        AccountService(director).update(team.accounts["ana"], {"region": "Nordeste"})
        with pytest.raises(EditConflict) as conflict:
            AccountService(ana).update(team.accounts["ana"], {"region": "Sul"})
        assert conflict.value.changed_by == "Dora Diretora"
        assert conflict.value.changed_at is not None
        clash = {c.field: (c.theirs, c.mine) for c in conflict.value.clashes}
        assert clash["region"] == ("Nordeste", "Sul")
        with director.session() as session:
            assert session.get(Account, team.accounts["ana"]).region == "Nordeste"
        with ana.overwriting():  # Ana chose to keep hers
            AccountService(ana).update(team.accounts["ana"], {"region": "Sul"})
        with director.session() as session:
            assert session.get(Account, team.accounts["ana"]).region == "Sul"
    finally:
        ana.close()
        director.close()


def test_a_change_already_seen_is_no_conflict(team):
    ana, director = team.open_as("ana"), team.open_as("director")
    try:
        AccountService(director).update(team.accounts["ana"], {"region": "Nordeste"})
        ana.mark_seen()  # Ana's views read again after the director's save
        AccountService(ana).update(team.accounts["ana"], {"region": "Sul"})
        ana.mark_seen()
        AccountService(ana).update(team.accounts["ana"], {"notes": "Own saves never clash"})
    finally:
        ana.close()
        director.close()


def test_publishing_rows_in_bulk_is_not_logged_only_for_the_owner(team):
    with raw_connection(team, "ana") as connection:
        connection.execute("SET kamdesk.bulk_copy = 'on'")
        connection.execute(
            "UPDATE account SET region = 'Sul' WHERE id = %s", (team.accounts["ana"],)
        )
        logged = connection.execute(
            "SELECT count(*) FROM change_log WHERE changes -> 'region' ->> 1 = 'Sul'"
        ).fetchone()
    assert logged == (1,)  # a member cannot hide a change by claiming a bulk copy


def test_setting_up_the_team_twice_changes_nothing(team):

    owner = Portfolio.open(team.url)
    with owner.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM pg_policies")).scalar()
    try:
        with owner.engine.begin() as connection:
            set_up_team(connection)
            assert len(members(connection)) == 4
            assert connection.execute(text("SELECT count(*) FROM pg_policies")).scalar() == before
    finally:
        owner.close()


def test_a_server_lost_in_the_middle_of_a_save_is_said_plainly_and_writes_nothing(team, pg_url):
    ana = team.open_as("ana")
    try:
        with pytest.raises(ServerUnreachable), ana.session() as session:
            account = session.get(Account, team.accounts["ana"])
            with psycopg.connect(libpq(pg_url), autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            account.region = "Sul"
        # The next save finds a fresh connection (the pool checks it first).
        AccountService(ana).update(team.accounts["ana"], {"notes": "de volta"})
        assert AccountService(ana).get(team.accounts["ana"]).region == ""
    finally:
        ana.close()


def test_a_kam_imports_into_their_accounts_past_rows_they_cannot_see(team, tmp_path):
    director = team.open_as("director")
    with director.engine.begin() as connection:
        set_kams_read_all(connection, False)
    # The director adds people to Bruno's account: ids Ana cannot see.
    for name in ("Carlos", "Denise", "Eva"):
        StakeholderService(director).create(team.accounts["bruno"], StakeholderData(name=name))
    director.close()
    sheet = tmp_path / "pessoas.csv"
    sheet.write_text(
        "Conta;Nome;Cargo\nConta de Ana Souza;Fábio;Diretor\nConta de Ana Souza;Gina;CFO\n",
        encoding="utf-8",
    )
    ana = team.open_as("ana")
    try:
        plan, written = import_workbook(ana, sheet, csv_sheet="Stakeholders")
        assert written, [problem_line(p) for p in plan.errors]
        # Bruno's account is hidden from Ana: to her it does not exist.
        sheet.write_text("Conta;Nome\nConta de Bruno Lima;Hugo\n", encoding="utf-8")
        plan, written = import_workbook(ana, sheet, csv_sheet="Stakeholders")
        assert not written and "Conta de Bruno Lima" in problem_line(plan.errors[0])
    finally:
        ana.close()
    owner = Portfolio.open(team.url)
    with owner.engine.begin() as connection:
        set_kams_read_all(connection, True)
    ana = team.open_as("ana")
    try:  # Now she sees it, but it is not hers: the server refuses the whole import.
        with pytest.raises(WriteNotAllowed):
            import_workbook(ana, sheet, csv_sheet="Stakeholders")
    finally:
        ana.close()
    try:
        with owner.session() as session:
            names = sorted(session.scalars(select(Stakeholder.name)))
            ids = session.scalars(select(Stakeholder.id)).all()
    finally:
        owner.close()
    assert names == ["Carlos", "Denise", "Eva", "Fábio", "Gina"]
    assert len(set(ids)) == 5
