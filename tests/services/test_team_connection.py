"""Connecting to a team portfolio (issue 9): the address and its URL, the password in the
keychain (never anywhere else), encryption, and every failure named.

The keychain is a test double of the ``keyring`` library (a backend keeping passwords in a
dict), or keyring's own "fail" backend, which is what a machine without a keychain has.
"""

from __future__ import annotations

import os
import socket

import keyring
import psycopg
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.services.team.connection import (
    KEYCHAIN_SERVICE,
    KeychainUnavailable,
    ServerAddress,
    ServerOffersNoEncryption,
    connect,
    forget_password,
    is_encrypted,
    keychain_available,
    save_password,
    saved_password,
    server_address_of,
    tls_required,
)
from kamdesk.store.errors import (
    NotAPortfolio,
    PortfolioError,
    PortfolioFromNewerVersion,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnreachable,
)
from kamdesk.store.server import server_url
from tests.ui.team_support import MemoryKeyring

TRICKY_PASSWORD = "p@ss:w/rd%20?#&=+ ção'\""


class LockedKeyring(MemoryKeyring):
    """A keychain that is there but refuses every request (locked, the user said no)."""

    def get_password(self, service, username):
        raise KeyringLocked("the keychain is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keychain is locked")

    def delete_password(self, service, username):
        raise KeyringLocked("the keychain is locked")


@pytest.fixture
def use_keyring():
    """Sets a keychain backend for the test; the one before comes back afterwards."""
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


@pytest.fixture
def keychain(use_keyring) -> MemoryKeyring:
    memory = MemoryKeyring()
    use_keyring(memory)
    return memory


def address_in(url: str) -> ServerAddress:
    return ServerAddress.from_url(url)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def team_portfolio(pg_url) -> str:
    """A fresh database holding a portfolio with one account."""
    with create_portfolio(pg_url) as portfolio:
        AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    return pg_url


def execute(url: str, sql: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)


# -- the address -------------------------------------------------------------------------------


def test_the_url_quotes_every_part_and_reads_back_the_same():
    address = ServerAddress(
        host="db.empresa.com.br", port=6543, database="carteira time/2027", user="ana@vendas"
    )
    url = address.url(TRICKY_PASSWORD)
    assert url.startswith("postgresql://ana%40vendas:")
    assert "@db.empresa.com.br:6543/carteira%20time%2F2027?sslmode=prefer" in url
    parsed = server_url(url)  # as the driver will read it
    assert parsed.password == TRICKY_PASSWORD
    assert (parsed.username, parsed.host, parsed.port, parsed.database) == (
        "ana@vendas",
        "db.empresa.com.br",
        6543,
        "carteira time/2027",
    )
    assert address_in(url) == address


def test_an_address_without_a_password_has_none_in_its_url():
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    assert address.url() == "postgresql://ana@servidor:5432/carteira?sslmode=prefer"
    assert server_url(address.url()).password is None


def test_an_ipv6_server_is_bracketed():
    address = ServerAddress(host="::1", database="carteira", user="ana")
    assert "@[::1]:5432/" in address.url("x")
    assert address_in(address.url("x")) == address


def test_label_and_keychain_account():
    address = ServerAddress(host="servidor", port=5433, database="carteira", user="ana")
    assert address.label == "carteira @ servidor"
    assert address.keychain_account == "ana@servidor:5433/carteira"


def test_parsing_a_url_keeps_no_password_and_defaults_the_port():
    address = address_in("postgresql://ana:segredo@servidor/carteira")
    assert address == ServerAddress(host="servidor", port=5432, database="carteira", user="ana")
    assert "segredo" not in repr(address)


def test_text_that_is_no_database_url_is_refused():
    with pytest.raises(NotAPortfolio):
        address_in("postgresql://ana@servidor")  # no database
    with pytest.raises(NotAPortfolio):
        address_in("servidor/carteira")
    with pytest.raises(NotAPortfolio):
        address_in("https://servidor/carteira")
    with pytest.raises(NotAPortfolio):
        address_in("postgresql://ana@[servidor")  # a broken IPv6 bracket, no database
    half_bracket = address_in("postgresql://ana@[servidor/carteira")
    assert half_bracket.problems() == ["“[servidor” is not a server name or address"]


def test_encryption_is_preferred_unless_required():
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    assert not tls_required(address.url())
    assert tls_required(address.url(require_tls=True))
    assert address.url(require_tls=True).endswith("?sslmode=require")
    assert tls_required("postgresql://ana@servidor/carteira?sslmode=verify-full")


def test_an_incomplete_address_says_what_is_missing_and_connects_to_nothing():
    address = ServerAddress(host="", port=0, database="", user="")
    assert address.problems() == [
        "the server's name or address is missing",
        "the port must be a number from 1 to 65535, not 0",
        "the database's name is missing",
        "the user name is missing",
    ]
    bad_host = ServerAddress(host="servidor/x y", database="carteira", user="ana")
    assert bad_host.problems() == ["“servidor/x y” is not a server name or address"]
    with pytest.raises(PortfolioError, match="is missing"):
        connect(address, "segredo")


# -- the keychain ------------------------------------------------------------------------------


def test_a_password_is_saved_read_and_forgotten_in_the_keychain(keychain):
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    assert keychain_available()
    assert saved_password(address) is None
    save_password(address, TRICKY_PASSWORD)
    assert keychain.passwords == {(KEYCHAIN_SERVICE, "ana@servidor:5432/carteira"): TRICKY_PASSWORD}
    assert saved_password(address) == TRICKY_PASSWORD
    # Another user, port or database is another entry.
    assert saved_password(ServerAddress(host="servidor", database="carteira", user="bia")) is None
    assert (
        saved_password(ServerAddress(host="servidor", port=5433, database="carteira", user="ana"))
        is None
    )
    forget_password(address)
    assert saved_password(address) is None
    forget_password(address)  # nothing left to forget: no error


def test_without_a_keychain_nothing_is_saved_and_saving_says_so(use_keyring):
    use_keyring(fail.Keyring())  # what keyring chooses when the system offers none
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    assert not keychain_available()
    assert saved_password(address) is None
    with pytest.raises(KeychainUnavailable, match="no keychain"):
        save_password(address, "segredo")
    forget_password(address)  # nothing to do, no error


def test_a_keychain_that_refuses_is_never_in_the_way(use_keyring):
    use_keyring(LockedKeyring())
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    assert saved_password(address) is None  # the KAM is asked instead
    with pytest.raises(KeychainUnavailable, match="locked"):
        save_password(address, "segredo")
    forget_password(address)


# -- connecting to a real server -----------------------------------------------------------------


def test_connecting_opens_the_team_portfolio_and_tells_whether_it_is_encrypted(team_portfolio):
    address = address_in(team_portfolio)
    with connect(address, None) as portfolio:
        assert server_address_of(portfolio) == address
        assert [row.name for row in AccountService(portfolio).list_rows()] == ["Agro Cerrado"]
        with portfolio.engine.connect() as connection:  # the server's own view of it
            ssl = connection.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar()
        assert is_encrypted(portfolio) is ssl


def test_a_portfolio_file_has_no_server_address(portfolio):
    assert server_address_of(portfolio) is None


def test_requiring_encryption_from_a_server_without_it_is_refused(team_portfolio):
    with pytest.raises(ServerOffersNoEncryption) as raised:
        connect(address_in(team_portfolio), None, require_tls=True)
    assert "does not offer an encrypted connection" in str(raised.value)


def test_a_closed_port_is_an_unreachable_server():
    address = ServerAddress(host="127.0.0.1", port=free_port(), database="carteira", user="ana")
    with pytest.raises(ServerUnreachable):
        connect(address, "segredo")


def test_a_missing_database_says_so(pg_url):
    address = address_in(pg_url)
    missing = ServerAddress(
        host=address.host, port=address.port, database="nao_existe", user=address.user
    )
    with pytest.raises(ServerDatabaseMissing):
        connect(missing, None)


def test_a_wrong_password_says_so_and_the_right_one_gets_in(locked_url):
    address = address_in(locked_url)
    with pytest.raises(ServerLoginRefused):
        connect(address, "wrong-password")
    with pytest.raises(ServerLoginRefused):
        connect(address, None)
    # The right password is accepted: the refusal is then about the (empty) database.
    with pytest.raises(NotAPortfolio, match="empty"):
        connect(address, "right-password")


def test_an_empty_database_or_another_programs_is_no_portfolio(pg_url):
    with pytest.raises(NotAPortfolio, match="empty"):
        connect(address_in(pg_url), None)
    execute(pg_url, "CREATE TABLE invoices (id int)")
    with pytest.raises(NotAPortfolio, match="another program"):
        connect(address_in(pg_url), None)


def test_a_schema_from_a_newer_version_is_refused(team_portfolio):
    execute(team_portfolio, "UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(PortfolioFromNewerVersion):
        connect(address_in(team_portfolio), None)


@pytest.fixture
def locked_url(pg_url):
    """The password-protected role of .ci/start_postgres.sh (password "right-password")."""
    url = os.environ.get("KAMDESK_TEST_PG_LOCKED_URL")
    if not url:
        pytest.skip("no password-protected role: set KAMDESK_TEST_PG_LOCKED_URL")
    return url
