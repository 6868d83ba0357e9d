"""Connecting to a team portfolio on a PostgreSQL server: its address, the password kept in the
operating system's keychain, and whether the connection is encrypted.

The password lives only in the keychain (Windows Credential Manager, the macOS Keychain, the
Secret Service of a Linux desktop), under the service "KAMdesk" and the account
``user@host:port/database``. Where no keychain works (a Linux machine without a desktop
session, say) it is not remembered at all: KAMdesk asks for it each time and never writes it
anywhere else.

Encryption: libpq is asked for ``sslmode=prefer`` (TLS whenever the server offers it) or, when
the KAM requires it, ``sslmode=require`` (no connection at all without TLS).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from kamdesk.services.portfolios import open_portfolio
from kamdesk.store.errors import NotAPortfolio, PortfolioError, is_database_url
from kamdesk.store.server import ServerPortfolio, server_url

__all__ = [
    "DEFAULT_PORT",
    "KEYCHAIN_SERVICE",
    "KeychainUnavailable",
    "ServerAddress",
    "ServerOffersNoEncryption",
    "connect",
    "forget_password",
    "is_encrypted",
    "keychain_available",
    "save_password",
    "saved_password",
    "server_address_of",
    "tls_required",
]

DEFAULT_PORT = 5432
KEYCHAIN_SERVICE = "KAMdesk"
# libpq's modes: "prefer" encrypts when the server offers TLS; the others refuse a server that
# does not (the verify-* ones also check its certificate).
PREFER_TLS, REQUIRE_TLS = "prefer", "require"
TLS_REQUIRING_MODES = ("require", "verify-ca", "verify-full")
# Characters that cannot be part of a server's name (they would change the URL's meaning).
NOT_IN_HOST = set(" \t/@?#[]\\")

log = logging.getLogger(__name__)


class ServerOffersNoEncryption(PortfolioError):
    """An encrypted connection was required and the server offers none."""

    def describe(self) -> str:
        return "the server does not offer an encrypted connection"


class KeychainUnavailable(Exception):
    """No keychain of the operating system could keep the password."""


@dataclass(frozen=True, kw_only=True)
class ServerAddress:
    """Where a team portfolio is: server, port, database (the portfolio) and user name."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def label(self) -> str:
        """How the window names the portfolio: "carteira @ servidor"."""
        return f"{self.database} @ {self.host}"

    @property
    def keychain_account(self) -> str:
        """The keychain entry's account: one password per user, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def problems(self) -> list[str]:
        """What keeps this address from being used, one line each (empty: none)."""
        found = []
        if not self.host:
            found.append("the server's name or address is missing")
        elif NOT_IN_HOST & set(self.host):
            found.append(f"“{self.host}” is not a server name or address")
        if not 0 < self.port < 65536:
            found.append(f"the port must be a number from 1 to 65535, not {self.port}")
        if not self.database:
            found.append("the database's name is missing")
        if not self.user:
            found.append("the user name is missing")
        return found

    def url(self, password: str | None = None, *, require_tls: bool = False) -> str:
        """``postgresql://user[:password]@host:port/database?sslmode=…``, every part quoted
        (a password may hold @, :, / or %)."""
        login = quote(self.user, safe="")
        if password:
            login += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        mode = REQUIRE_TLS if require_tls else PREFER_TLS
        return (
            f"postgresql://{login}@{host}:{self.port}/{quote(self.database, safe='')}"
            f"?sslmode={mode}"
        )

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """The address in a ``postgresql://`` URL; a password in it is not kept. A text that
        is no such URL raises NotAPortfolio."""
        if not is_database_url(url):
            raise NotAPortfolio(url, "not a database address")
        try:
            parsed = server_url(url)
        except ValueError as exc:  # urllib's refusal of a broken [IPv6] host, naming the URL
            raise NotAPortfolio("postgresql://", "not a database address") from exc
        return cls(
            host=parsed.host or "localhost",
            port=parsed.port or DEFAULT_PORT,
            database=parsed.database or "",
            user=parsed.username or "",
        )


def tls_required(url: str) -> bool:
    """Whether a URL asks for an encrypted connection only (its ``sslmode``)."""
    mode = server_url(url).query.get("sslmode", PREFER_TLS)
    return (mode if isinstance(mode, str) else mode[-1]) in TLS_REQUIRING_MODES


def server_address_of(portfolio) -> ServerAddress | None:
    """The server address of an open portfolio; None for a portfolio file."""
    if not isinstance(portfolio, ServerPortfolio):
        return None
    return ServerAddress.from_url(portfolio.url)


# -- connecting ------------------------------------------------------------------------------


def connect(
    address: ServerAddress, password: str | None, *, require_tls: bool = False
) -> ServerPortfolio:
    """Opens the team portfolio at ``address`` (migrating it to this version's schema).

    Raises what opening raises, each a PortfolioError naming the problem: ServerUnreachable,
    ServerLoginRefused, ServerDatabaseMissing, NotAPortfolio (an empty database or another
    program's), PortfolioFromNewerVersion; and ServerOffersNoEncryption when ``require_tls``
    and the server has no TLS. Up to 10 s when the server does not answer: call it off the
    GUI thread.
    """
    problems = address.problems()
    if problems:
        raise PortfolioError(address.url(), "; ".join(problems))
    try:
        return open_portfolio(address.url(password, require_tls=require_tls))
    except PortfolioError as error:
        if require_tls and "does not support ssl" in error.detail.lower():
            raise ServerOffersNoEncryption(address.url(require_tls=True), error.detail) from error
        raise


def is_encrypted(portfolio: ServerPortfolio) -> bool:
    """Whether the connection to the server is encrypted (TLS)."""
    with portfolio.engine.connect() as connection:
        return bool(connection.connection.dbapi_connection.pgconn.ssl_in_use)


# -- the password in the keychain ------------------------------------------------------------


def _keyring():
    import keyring

    return keyring


def keychain_available() -> bool:
    """Whether the operating system offers a keychain that can keep a password."""
    try:
        backend = _keyring().get_keyring()
    except Exception:  # a broken backend configuration is no keychain either
        log.warning("no keychain", exc_info=True)
        return False
    return backend.priority > 0  # the "fail" (0) and "null" (-1) backends keep nothing


def saved_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``; None when there is none or no keychain answers
    (the KAM is then asked: a keychain's trouble never keeps anyone from connecting)."""
    if not keychain_available():
        return None
    try:
        return _keyring().get_password(KEYCHAIN_SERVICE, address.keychain_account)
    except Exception:  # a locked or vanished keychain: ask for the password instead
        log.warning("the keychain did not answer", exc_info=True)
        return None


def save_password(address: ServerAddress, password: str) -> None:
    """Keeps ``password`` in the keychain; raises KeychainUnavailable, saying why, when no
    keychain can keep it (it is then kept nowhere)."""
    if not keychain_available():
        raise KeychainUnavailable("this computer offers no keychain to keep passwords in")
    try:
        _keyring().set_password(KEYCHAIN_SERVICE, address.keychain_account, password)
    except Exception as exc:  # locked, refused by the user, D-Bus gone...
        raise KeychainUnavailable(f"the keychain refused to keep the password ({exc})") from exc


def forget_password(address: ServerAddress) -> None:
    """Removes the kept password, if there is one (nothing to do without a keychain)."""
    if not keychain_available():
        return
    from keyring.errors import PasswordDeleteError

    try:
        _keyring().delete_password(KEYCHAIN_SERVICE, address.keychain_account)
    except PasswordDeleteError:
        pass  # there was none
    except Exception:
        log.warning("the keychain could not forget a password", exc_info=True)
