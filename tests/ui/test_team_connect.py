"""File ▸ Connect to team server (issue 9), driven as a KAM would against a real PostgreSQL:
the portfolio opens in the window, every failure is said in the dialog with the fields kept,
connecting can be cancelled, passwords stay in the keychain and never in the settings."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from team_support import MemoryKeyring, fresh_database, silent_server, tls_server

from kamdesk.services.team.connection import ServerAddress, keychain_available
from kamdesk.store.backup import default_folder
from kamdesk.store.errors import PortfolioError
from kamdesk.ui.background import wait_for_background
from kamdesk.ui.backups_dialog import BackupsDialog
from kamdesk.ui.main_window import DAILY_BACKUP_KEY, MainWindow, recent_files
from kamdesk.ui.team.connect_dialog import (
    RECENT_SERVERS_KEY,
    ConnectDialog,
    explain_connect_error,
    recent_servers,
    remember_server,
)

pytestmark = pytest.mark.usefixtures("english", "memory_keyring")

LOCKED_PASSWORD = "right-password"  # .ci/start_postgres.sh gives kamdesk_locked this one


@pytest.fixture
def memory_keyring():
    """Every test gets an empty keychain double; keyring's choice comes back afterwards."""
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_keychain(memory_keyring):
    """A computer without a keychain: keyring's "fail" backend."""
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def team_url(pg_url) -> str:
    """A fresh database on the test server holding a portfolio with one account."""
    with fresh_database(pg_url) as url:
        yield url


@pytest.fixture
def locked_address(team_url) -> str:
    """The same portfolio for the password-protected user (password "right-password")."""
    locked = os.environ.get("KAMDESK_TEST_PG_LOCKED_URL")
    if not locked:
        pytest.skip("no password-protected role: set KAMDESK_TEST_PG_LOCKED_URL")
    with psycopg.connect(team_url, autocommit=True) as connection:
        connection.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO kamdesk_locked")
        connection.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO kamdesk_locked")
    theirs = ServerAddress.from_url(team_url)
    user = ServerAddress.from_url(locked).user
    return ServerAddress(host=theirs.host, port=theirs.port, database=theirs.database, user=user)


def open_dialog(qtbot, window: MainWindow) -> ConnectDialog:
    window.connect_action.trigger()
    dialog = window.connect_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_address(qtbot, dialog: ConnectDialog, address: ServerAddress, password: str = ""):
    for edit, text in (
        (dialog.host, address.host),
        (dialog.database, address.database),
        (dialog.user, address.user),
        (dialog.password, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port.setValue(address.port)


def connect_and_wait(qtbot, dialog: ConnectDialog) -> None:
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def failing(qtbot, window, address: ServerAddress, password: str = "") -> ConnectDialog:
    """Connects through the dialog, expecting a failure; returns the dialog still open."""
    before = window.workspace
    dialog = open_dialog(qtbot, window)
    type_address(qtbot, dialog, address, password)
    connect_and_wait(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert window.workspace is before  # the portfolio shown before is still shown
    # The fields are kept, for a correction.
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        address.host,
        address.database,
        address.user,
    )
    assert dialog.password.text() == password
    return dialog


def address_of(url: str) -> ServerAddress:
    return ServerAddress.from_url(url)


def settings_text() -> str:
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


# -- success ---------------------------------------------------------------------------------


def test_connecting_opens_the_team_portfolio_in_the_window(qtbot, main_window, team_url):
    file_portfolio = main_window.workspace.portfolio
    address = address_of(team_url)
    dialog = open_dialog(qtbot, main_window)
    assert dialog.windowTitle() == "Connect to a team server"
    type_address(qtbot, dialog, address)
    with qtbot.waitSignal(dialog.connected, timeout=15_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert main_window.server_address == address
    assert main_window.workspace.portfolio is dialog.portfolio
    assert [row.name for row in main_window.workspace.account_rows()] == ["Agro Cerrado"]
    assert main_window.windowTitle().startswith(f"{address.label} (team server)[*] — KAMdesk")
    assert main_window.status_portfolio.text() == f"{address.label} · 1 active account"
    # The test server offers no TLS: the status bar says so.
    assert main_window.status_connection.isVisible()
    assert main_window.status_connection.text.text() == "Not encrypted"
    # No file: no copy, no backups; and the recent files stay files.
    assert not main_window.copy_action.isEnabled()
    assert not main_window.backups_action.isEnabled()
    assert recent_files() == [str(file_portfolio.path)]  # the database is no file
    assert [a for a, _ in recent_servers()] == [address]
    # The file shown before was closed (its lock released: it opens again at once).
    assert file_portfolio.engine.pool.checkedout() == 0
    assert main_window.open_path(file_portfolio.path)
    assert main_window.server_address is None
    assert main_window.copy_action.isEnabled() and main_window.backups_action.isEnabled()
    assert not main_window.status_connection.isVisible()
    assert main_window.windowTitle().startswith("Carteira[*]")


def test_an_encrypted_connection_shows_the_lock(qtbot, main_window):
    with tls_server() as admin_url, fresh_database(admin_url) as url:
        dialog = open_dialog(qtbot, main_window)
        type_address(qtbot, dialog, address_of(url))
        dialog.require_tls.setChecked(True)
        connect_and_wait(qtbot, dialog)
        assert main_window.server_address == address_of(url)
        assert dialog.encrypted
        assert main_window.status_connection.text.text() == "Encrypted connection"
        assert recent_servers() == [(address_of(url), True)]  # "require" is remembered
        main_window.close()  # before the server stops


def test_requiring_encryption_from_a_server_without_it_is_refused(qtbot, main_window, team_url):
    address = address_of(team_url)
    dialog = open_dialog(qtbot, main_window)
    type_address(qtbot, dialog, address)
    dialog.require_tls.setChecked(True)
    connect_and_wait(qtbot, dialog)
    assert dialog.problem_headline.text() == (
        f"The server {address.host} does not offer an encrypted connection."
    )
    assert "untick “Require an encrypted connection”" in dialog.problem_advice.text()
    assert main_window.server_address is None


# -- every failure said in the dialog ----------------------------------------------------------


def test_a_wrong_password_is_said_and_the_right_one_connects(qtbot, main_window, locked_address):
    dialog = failing(qtbot, main_window, locked_address, "wrong-password")
    assert dialog.problem_headline.text() == (
        "The server did not accept the user name or the password."
    )
    assert "capital letters count" in dialog.problem_advice.text()
    assert dialog.focusWidget() is dialog.password

    dialog.password.clear()
    connect_and_wait(qtbot, dialog)
    assert dialog.problem_headline.text() == "The server asks for a password."

    qtbot.keyClicks(dialog.password, LOCKED_PASSWORD)
    connect_and_wait(qtbot, dialog)
    assert main_window.server_address == locked_address
    assert not dialog.problem.isVisible()


def test_an_unreachable_server_is_said(qtbot, main_window):
    with silent_server() as port:
        pass  # closed again: nothing listens on the port any more
    address = ServerAddress(host="127.0.0.1", port=port, database="carteira", user="ana")
    dialog = failing(qtbot, main_window, address, "segredo")
    assert (
        dialog.problem_headline.text() == f"No database server answers at 127.0.0.1, port {port}."
    )
    assert "company network (or its VPN)" in dialog.problem_advice.text()
    assert dialog.focusWidget() is dialog.host


def test_a_missing_database_is_said(qtbot, main_window, pg_url):
    server = address_of(pg_url)
    address = ServerAddress(
        host=server.host, port=server.port, database="nao_existe", user=server.user
    )
    dialog = failing(qtbot, main_window, address)
    assert dialog.problem_headline.text() == (
        f"The server {server.host} has no database named “nao_existe”."
    )
    assert dialog.focusWidget() is dialog.database


def test_an_empty_database_is_said(qtbot, main_window, pg_url):
    dialog = failing(qtbot, main_window, address_of(pg_url))
    database = address_of(pg_url).database
    assert dialog.problem_headline.text() == f"The database “{database}” is empty."
    assert "publish a portfolio there first" in dialog.problem_advice.text()


def test_another_programs_database_is_said_and_left_alone(qtbot, main_window, pg_url):
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id int PRIMARY KEY)")
    database = address_of(pg_url).database
    dialog = failing(qtbot, main_window, address_of(pg_url))
    assert dialog.problem_headline.text() == (
        f"The database “{database}” is not a KAMdesk portfolio."
    )
    with psycopg.connect(pg_url) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def test_a_schema_from_a_newer_kamdesk_asks_for_an_update(qtbot, main_window, team_url):
    with psycopg.connect(team_url, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    dialog = failing(qtbot, main_window, address_of(team_url))
    database = address_of(team_url).database
    assert dialog.problem_headline.text() == (
        f"The portfolio “{database}” was made by a newer version of KAMdesk."
    )
    assert dialog.problem_advice.text().startswith("Update KAMdesk on this computer")


def test_missing_fields_are_named_and_nothing_is_sent(qtbot, main_window):
    dialog = open_dialog(qtbot, main_window)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert dialog.problem_headline.text() == "Fill in the server's name or address."
    assert dialog.problem_advice.text() == "Nothing was sent to any server."
    assert dialog.focusWidget() is dialog.host
    qtbot.keyClicks(dialog.host, "servidor")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_headline.text() == "Fill in the database's name."
    qtbot.keyClicks(dialog.database, "carteira")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_headline.text() == "Fill in your user name."
    dialog.host.setText("servidor/carteira")
    qtbot.keyClicks(dialog.user, "ana")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_headline.text() == "“servidor/carteira” is not a server name or address."
    assert not dialog.busy


def test_a_whole_address_pasted_into_the_server_field_fills_every_field(qtbot, main_window):
    dialog = open_dialog(qtbot, main_window)
    qtbot.keyClicks(dialog.host, "postgresql://ana@db.empresa.com.br:6543/carteira_time")
    dialog.host.editingFinished.emit()  # as when the KAM leaves the field
    assert dialog.address() == ServerAddress(
        host="db.empresa.com.br", port=6543, database="carteira_time", user="ana"
    )


# -- cancelling ----------------------------------------------------------------------------------


def test_cancelling_while_connecting_frees_the_dialog_at_once(qtbot, main_window):
    with silent_server() as port:
        address = ServerAddress(host="127.0.0.1", port=port, database="carteira", user="ana")
        dialog = open_dialog(qtbot, main_window)
        type_address(qtbot, dialog, address, "segredo")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert not dialog.host.isEnabled() and not dialog.connect_button.isEnabled()
        assert dialog.status.text() == f"Connecting to {address.label}…"
        # After a moment the busy indicator with its Cancel button shows.
        progress = dialog.attempt.dialog
        qtbot.waitUntil(progress.isVisible)
        assert isinstance(progress, QProgressDialog)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy)
        assert dialog.isVisible() and dialog.host.isEnabled() and dialog.connect_button.isEnabled()
        assert dialog.status.text() == "Connecting was cancelled."
        assert not progress.isVisible()
        assert dialog.host.text() == "127.0.0.1" and dialog.password.text() == "segredo"
    # The silent server is gone: the abandoned attempt ends, and nothing reaches the window.
    qtbot.waitUntil(lambda: not dialog.abandoned, timeout=15_000)
    assert wait_for_background()
    assert not dialog.problem.isVisible()
    assert main_window.server_address is None


def test_the_dialogs_own_cancel_stops_connecting_then_closes(qtbot, main_window):
    with silent_server() as port:
        address = ServerAddress(host="127.0.0.1", port=port, database="carteira", user="ana")
        dialog = open_dialog(qtbot, main_window)
        type_address(qtbot, dialog, address)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not dialog.busy and dialog.isVisible()  # the first Cancel stops connecting
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # the second closes
    qtbot.waitUntil(lambda: not dialog.abandoned, timeout=15_000)
    assert wait_for_background()


# -- passwords and recent servers ----------------------------------------------------------------


def test_a_remembered_password_is_in_the_keychain_and_never_in_the_settings(
    qtbot, main_window, locked_address, memory_keyring
):
    dialog = open_dialog(qtbot, main_window)
    type_address(qtbot, dialog, locked_address, LOCKED_PASSWORD)
    dialog.remember.setChecked(True)
    connect_and_wait(qtbot, dialog)
    assert main_window.server_address == locked_address
    assert memory_keyring.passwords == {
        ("KAMdesk", locked_address.keychain_account): LOCKED_PASSWORD
    }
    text = settings_text()
    assert RECENT_SERVERS_KEY.split("/")[1] in text and locked_address.host in text
    assert LOCKED_PASSWORD not in text
    assert recent_servers() == [(locked_address, False)]


def test_a_recent_server_reconnects_without_asking_when_the_keychain_knows_the_password(
    qtbot, main_window, locked_address, memory_keyring
):
    memory_keyring.set_password("KAMdesk", locked_address.keychain_account, LOCKED_PASSWORD)
    remember_server(locked_address, False)
    main_window.recent_menu.aboutToShow.emit()
    (server_action,) = [
        a for a in main_window.recent_menu.actions() if a.text() == locked_address.label
    ]
    server_action.trigger()
    dialog = main_window.connect_dialog
    assert dialog.busy  # connecting at once, nothing asked
    qtbot.waitUntil(lambda: main_window.server_address == locked_address, timeout=15_000)
    assert not dialog.isVisible()


def test_a_recent_server_asks_for_the_password_the_keychain_does_not_know(
    qtbot, main_window, locked_address
):
    remember_server(locked_address, False)
    main_window.connect_to_server(locked_address)
    dialog = main_window.connect_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.busy
    assert dialog.address() == locked_address and dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert not dialog.remember.isChecked()


def test_the_recent_drop_down_fills_the_fields(qtbot, main_window, memory_keyring):
    first = ServerAddress(host="servidor", database="carteira", user="ana")
    second = ServerAddress(host="outro", port=6543, database="vendas", user="bia")
    remember_server(first, False)
    remember_server(second, True)
    memory_keyring.set_password("KAMdesk", first.keychain_account, "segredo")
    dialog = open_dialog(qtbot, main_window)
    assert [dialog.recent.itemText(i) for i in range(dialog.recent.count())] == [
        "vendas @ outro",
        "carteira @ servidor",
    ]
    dialog.recent.activated.emit(1)
    assert dialog.address() == first and dialog.password.text() == "segredo"
    assert dialog.remember.isChecked() and not dialog.require_tls.isChecked()
    dialog.recent.activated.emit(0)
    assert dialog.address() == second and dialog.password.text() == ""
    assert not dialog.remember.isChecked() and dialog.require_tls.isChecked()


def test_unticking_remember_forgets_the_saved_password(
    qtbot, main_window, locked_address, memory_keyring
):
    memory_keyring.set_password("KAMdesk", locked_address.keychain_account, LOCKED_PASSWORD)
    dialog = open_dialog(qtbot, main_window)
    assert dialog.fill(locked_address)
    dialog.remember.setChecked(False)
    connect_and_wait(qtbot, dialog)
    assert main_window.server_address == locked_address
    assert memory_keyring.passwords == {}


def test_without_a_keychain_the_password_is_asked_each_time(
    qtbot, main_window, locked_address, no_keychain
):
    assert not keychain_available()
    dialog = open_dialog(qtbot, main_window)
    assert not dialog.remember.isEnabled()
    assert dialog.no_keychain_note.isVisible()
    type_address(qtbot, dialog, locked_address, LOCKED_PASSWORD)
    connect_and_wait(qtbot, dialog)
    assert main_window.server_address == locked_address
    assert LOCKED_PASSWORD not in settings_text()


# -- the window with a team portfolio ----------------------------------------------------------


def test_no_backup_is_made_or_offered_for_a_team_portfolio(
    qtbot, main_window, team_url, monkeypatch
):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args))
    QSettings().setValue(DAILY_BACKUP_KEY, True)
    dialog = open_dialog(qtbot, main_window)
    type_address(qtbot, dialog, address_of(team_url))
    connect_and_wait(qtbot, dialog)
    assert main_window.server_address is not None
    assert wait_for_background()
    assert not list(default_folder().iterdir())  # no daily backup of the server
    assert not main_window.backups_action.isEnabled()
    assert not main_window.copy_action.isEnabled()
    main_window.show_backups()  # even when called: no backups dialog, no copy asked for
    main_window.save_copy()
    assert not main_window.findChildren(BackupsDialog)
    assert asked == []


def test_closing_the_window_disposes_the_connections(qtbot, main_window, team_url):
    dialog = open_dialog(qtbot, main_window)
    type_address(qtbot, dialog, address_of(team_url))
    connect_and_wait(qtbot, dialog)
    database = address_of(team_url).database

    def sessions() -> int:
        with psycopg.connect(team_url) as connection:
            return connection.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = %s AND application_name = 'KAMdesk'",
                (database,),
            ).fetchone()[0]

    assert sessions() > 0
    assert wait_for_background()  # a dashboard read still running keeps its connection
    main_window.close()
    qtbot.waitUntil(lambda: sessions() == 0)


def test_the_welcome_page_offers_to_connect(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_welcome()
    qtbot.mouseClick(window.welcome.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.connect_dialog is not None and window.connect_dialog.isVisible())


def test_closing_the_window_while_connecting_opens_nothing_afterwards(qtbot, main_window):
    with silent_server() as port:
        address = ServerAddress(host="127.0.0.1", port=port, database="carteira", user="ana")
        dialog = open_dialog(qtbot, main_window)
        type_address(qtbot, dialog, address)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.busy
        main_window.close()
        assert not dialog.busy
    qtbot.waitUntil(lambda: not dialog.abandoned, timeout=15_000)
    assert wait_for_background()
    assert main_window.workspace is None and main_window.server_address is None


def test_any_other_failure_names_the_portfolio_and_gives_the_details():
    address = ServerAddress(host="servidor", database="carteira", user="ana")
    refused = PortfolioError(address.url(), "permission denied for schema public")
    assert explain_connect_error(refused, address, True) == (
        "The portfolio “carteira” could not be opened.",
        "Details: permission denied for schema public",
    )
    assert explain_connect_error(RuntimeError("boom"), address, True)[1] == "Details: boom"
