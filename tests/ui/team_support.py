"""Helpers of the team-server tests: a keychain double, a server that offers TLS, a server that
never answers, and fresh databases holding a portfolio."""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy.engine import make_url

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio

ROOT = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    """A keychain that keeps passwords in a dict (a double of the operating system's)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


def database_url(url: str, database: str) -> str:
    """``url`` with its database replaced."""
    return make_url(url).set(database=database).render_as_string(hide_password=False)


@contextlib.contextmanager
def fresh_database(admin_url: str, *, accounts: tuple[str, ...] = ("Agro Cerrado",)):
    """A new database on the server of ``admin_url`` holding a portfolio with ``accounts``
    (none: left empty), dropped afterwards."""
    name = f"kamdesk_team_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = database_url(admin_url, name)
    try:
        if accounts:
            with create_portfolio(url) as portfolio:
                service = AccountService(portfolio)
                for account in accounts:
                    service.create(AccountData(name=account))
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """A port where connections are accepted by the system but nobody ever answers, as with
    a server behind a firewall that drops packets: the driver waits for its timeout. Closing
    it (at the block's end) makes the waiting connections fail at once."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


@contextlib.contextmanager
def tls_server() -> Iterator[str]:
    """A throwaway PostgreSQL server (.ci/start_postgres.sh) with a self-signed certificate
    and TLS on; yields the URL of its ``postgres`` database for the trusted test role.

    Skipped with the reason when this machine cannot run one (no PostgreSQL, no openssl).
    """
    if not os.environ.get("KAMDESK_TEST_PG_URL"):
        pytest.skip("no PostgreSQL: set KAMDESK_TEST_PG_URL (see .ci/start_postgres.sh)")
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command to make the test server's certificate")
    # Not under pytest's tmp_path: its parents are private to us, and the server may run as
    # the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-tls-"))
    started = subprocess.run(
        ["bash", str(ROOT / ".ci" / "start_postgres.sh"), str(folder)],
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"could not start a TLS test server: {started.stderr}")
    exports = dict(re.findall(r"^export (\w+)=(.*)$", started.stdout, re.MULTILINE))
    stop = shlex.split(shlex.split(exports["PG_STOP"])[0])
    url = exports["KAMDESK_TEST_PG_URL"]
    try:
        _turn_tls_on(folder, int(url.rsplit(":", 1)[1].split("/")[0]))
        yield url
    finally:
        subprocess.run(stop, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _turn_tls_on(folder: Path, port: int) -> None:
    data = folder / "data"
    key, certificate = data / "server.key", data / "server.crt"
    self_signed = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
    subprocess.run(
        ["openssl", *self_signed, "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", certificate],
        check=True,
        capture_output=True,
    )
    owner = data.stat()
    for path in (key, certificate):
        os.chown(path, owner.st_uid, owner.st_gid)
        path.chmod(0o600)
    # The superuser may only log in through the server's socket in ``folder``.
    with psycopg.connect(
        host=str(folder), port=port, user="postgres", dbname="postgres", autocommit=True
    ) as connection:
        connection.execute("ALTER SYSTEM SET ssl = on")
        connection.execute("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 10
        while connection.execute("SHOW ssl").fetchone()[0] != "on":
            if time.monotonic() > deadline:
                pytest.fail("the TLS test server did not turn TLS on")
            time.sleep(0.05)
