"""``kamdesk team``: the owner sets up a team portfolio and manages its members (issue 9)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import make_url

from kamdesk.cli import EXIT_OK, EXIT_REJECTED, main
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.store import Portfolio
from kamdesk.store.errors import WriteNotAllowed


def login_url(pg_url: str, login: str, password: str) -> str:
    url = make_url(pg_url).set(username=login, password=password)
    return url.render_as_string(hide_password=False)


def test_the_owner_sets_up_a_team_and_a_kam_then_works_as_themselves(pg_url, capsys, monkeypatch):
    Portfolio.create(pg_url).close()
    login = "carla_" + make_url(pg_url).database[-12:]
    monkeypatch.setenv("KAMDESK_MEMBER_PASSWORD", "segredo")
    assert main(["team", "setup", pg_url]) == EXIT_OK
    assert main(["team", "add", pg_url, login, "--role", "viewer", "--name", "Carla"]) == EXIT_OK
    assert main(["team", "list", pg_url, "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert listed == [
        {"login": login, "role": "viewer", "display_name": "Carla", "owner_name": "Carla"}
    ]
    carla = Portfolio.open(login_url(pg_url, login, "segredo"))
    try:
        with pytest.raises(WriteNotAllowed):
            AccountService(carla).create(AccountData(name="Conta da Carla"))
    finally:
        carla.close()
    assert main(["team", "kams-read", pg_url, "own"]) == EXIT_OK
    assert main(["team", "remove", pg_url, login]) == EXIT_OK
    assert main(["team", "list", pg_url]) == EXIT_OK
    assert "no members yet" in capsys.readouterr().out


def test_a_new_login_without_a_password_is_refused(pg_url, capsys, monkeypatch):
    Portfolio.create(pg_url).close()
    monkeypatch.delenv("KAMDESK_MEMBER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["team", "setup", pg_url]) == EXIT_OK
    assert main(["team", "add", pg_url, "sem_senha_x", "--role", "kam"]) == EXIT_REJECTED
    assert "needs a password" in capsys.readouterr().err


def test_a_file_has_no_team(tmp_path, capsys):
    path = tmp_path / "carteira.kamdesk"
    create_portfolio(path).close()
    assert main(["team", "setup", str(path)]) == EXIT_REJECTED
    assert "team server" in capsys.readouterr().err


def test_a_login_too_long_for_the_server_is_refused_before_anything_is_made(
    pg_url, capsys, monkeypatch
):
    Portfolio.create(pg_url).close()
    monkeypatch.setenv("KAMDESK_MEMBER_PASSWORD", "segredo")
    assert main(["team", "setup", pg_url]) == EXIT_OK
    assert main(["team", "add", pg_url, "x" * 64, "--role", "kam"]) == EXIT_REJECTED
    assert "1 to 63 characters" in capsys.readouterr().err
    assert main(["team", "list", pg_url]) == EXIT_OK
    assert "no members yet" in capsys.readouterr().out


def test_a_kam_cannot_set_up_the_team_or_add_members(team, capsys, monkeypatch):
    monkeypatch.setenv("KAMDESK_MEMBER_PASSWORD", "segredo")
    ana = team.url_of("ana")
    assert main(["team", "add", ana, "intruso", "--role", "director"]) == EXIT_REJECTED
    assert "the server refused" in capsys.readouterr().err
    assert [m.login for m in members_of(team.url)] == sorted(team.logins.values())


def members_of(url):
    from kamdesk.services.team.members import TeamService

    portfolio = Portfolio.open(url)
    try:
        return TeamService(portfolio).members()
    finally:
        portfolio.close()
