"""Every test gets its own data folder, its own Qt settings and, when it asks, a fresh portfolio."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from kamdesk.services.portfolios import create_portfolio
from kamdesk.store.paths import DATA_DIR_ENV
from kamdesk.ui.i18n import install_language
from kamdesk.ui.main_window import DAILY_BACKUP_KEY


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Backups, logs and QSettings go to temporary folders, never the developer's own."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    settings = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    # Each test opens fresh portfolios: a daily backup of each would only slow them down.
    QSettings().setValue(DAILY_BACKUP_KEY, False)
    return data


@pytest.fixture
def portfolio_path(tmp_path):
    return tmp_path / "Carteira.kamdesk"


@pytest.fixture
def portfolio(portfolio_path):
    opened = create_portfolio(portfolio_path)
    yield opened
    opened.close()


PG_URL_ENV = "KAMDESK_TEST_PG_URL"  # a role that may create databases (.ci/start_postgres.sh)


def server_database_url(url: str, database: str) -> str:
    """``url`` with its database replaced."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture
def pg_url():
    """The URL of a fresh, empty PostgreSQL database, dropped after the test.

    The server is the one ``KAMDESK_TEST_PG_URL`` names (``.ci/run`` starts one); without the
    variable the test is skipped. With it, a server that does not answer fails the test.
    """
    admin = os.environ.get(PG_URL_ENV)
    if not admin:
        pytest.skip(f"no PostgreSQL: set {PG_URL_ENV} (see .ci/start_postgres.sh)")
    psycopg = pytest.importorskip("psycopg", reason="no psycopg: pip install -e '.[test]'")
    name = f"kamdesk_test_{uuid.uuid4().hex[:12]}"
    connect = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(connect, autocommit=True) as connection:
        # Collation C: text sorts by code point, as SQLite sorts it (the tests compare both).
        connection.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"
            " LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    try:
        yield server_database_url(admin, name)
    finally:
        with psycopg.connect(connect, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def team(pg_url):
    """A team portfolio on the test server: its owner, a director, two KAMs with an account
    each and a viewer, who log in as themselves (tests/store/team_support.py)."""
    from tests.store.team_support import make_team

    return make_team(pg_url)


@pytest.fixture
def workspace(qtbot, portfolio):
    from kamdesk.ui.workspace import Workspace

    ws = Workspace(portfolio)
    yield ws
    if shiboken6.isValid(ws):  # a test may have switched the window to another portfolio
        ws.undo_stack.clear()


@pytest.fixture
def main_window(qtbot, workspace):
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def english(qapp):
    """The interface in English, for tests that spell out its texts and number formats
    (``pytestmark = pytest.mark.usefixtures("english")``)."""
    install_language("en")
    yield
    install_language("en")
