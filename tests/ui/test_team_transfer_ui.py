"""File ▸ Publish to team server… and Save an offline copy…, driven as a KAM drives them.

The copies need a real PostgreSQL (the ``pg_url`` fixture skips without one); the form and the
unreachable-server message do not.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sqlalchemy.engine import make_url

from kamdesk.services.accounts import AccountData
from kamdesk.services.demo import fill_demo
from kamdesk.services.team.transfer import table_digests
from kamdesk.store import Portfolio
from kamdesk.ui.i18n import install_language
from kamdesk.ui.team.transfer_actions import ServerAddressForm, TransferActions
from kamdesk.ui.workspace import Workspace
from tests.store.test_postgres import TODAY, all_rows, free_port, table_names

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def window(qtbot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("KAMdesk")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def file_workspace(qtbot, portfolio):
    """A portfolio file with a 12-account demo, open in the window."""
    fill_demo(portfolio, accounts=12, today=TODAY)
    workspace = Workspace(portfolio)
    yield workspace
    workspace.undo_stack.clear()


@pytest.fixture
def actions(window, file_workspace) -> TransferActions:
    actions = TransferActions(window)
    actions.set_workspace(file_workspace)
    return actions


@pytest.fixture
def server_workspace(qtbot, pg_url, portfolio):
    """The demo published, and that team portfolio open in the window."""
    from kamdesk.services.team.transfer import publish

    fill_demo(portfolio, accounts=12, today=TODAY)
    publish(portfolio, pg_url)
    server = Portfolio.open(pg_url)
    workspace = Workspace(server)
    yield workspace
    workspace.undo_stack.clear()
    server.close()


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder))
    return folder / "KAMdesk"


def fill_form(form: ServerAddressForm, url: str) -> None:
    address = make_url(url)
    form.host_edit.setText(address.host)
    form.port_edit.setValue(address.port or 5432)
    form.database_edit.setText(address.database)
    form.user_edit.setText(address.username)
    form.password_edit.setText(address.password or "")


def publish_through_the_form(qtbot, actions: TransferActions, url: str):
    form = actions.ask_address()
    assert form.isVisible() and not form.publish_button.isEnabled()
    fill_form(form, url)
    assert form.publish_button.isEnabled()
    qtbot.mouseClick(form.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: actions.message is not None and actions.message.isVisible(), timeout=30000
    )
    return actions.message


def test_the_actions_follow_what_is_open(actions, file_workspace):
    assert actions.publish_action.isEnabled() and not actions.offline_action.isEnabled()
    actions.set_workspace(None)
    assert not actions.publish_action.isEnabled() and not actions.offline_action.isEnabled()
    assert actions.ask_address() is None
    assert [a.text() for a in actions.actions()] == [
        "P&ublish to team server…",
        "Save an off&line copy…",
    ]


def test_publish_fills_the_form_copies_in_the_background_and_says_so(
    qtbot, actions, file_workspace, pg_url
):
    with qtbot.waitSignal(actions.finished, timeout=30000) as finished:
        message = publish_through_the_form(qtbot, actions, pg_url)
    report = finished.args[0]
    assert report.identical and report.rows > 1000
    assert message.text() == "The portfolio was published to the team server."
    # (The English plural forms come with the next translation update: "table(s)" until then.)
    summary = message.informativeText()
    assert summary.startswith(f"{len(report.tables)} table")
    assert f", {report.rows:,} row" in summary and "copied; every table identical." in summary
    assert "File ▸ Connect to team server" in message.informativeText()
    assert f"{make_url(pg_url).database} @ 127.0.0.1" in message.informativeText()
    assert "every table identical" in actions.window.statusBar().currentMessage()
    # The window's own file stays open and usable, and the server holds the same rows.
    file_workspace.accounts.create(AccountData(name="Conta depois da publicação"))
    with Portfolio.open(pg_url) as server:
        assert len(all_rows(server)["account"]) == 12
        assert (
            table_digests(server)["revenue_record"]
            == (table_digests(file_workspace.portfolio)["revenue_record"])
        )


def test_publish_to_an_unreachable_server_explains_it(qtbot, actions):
    url = f"postgresql://kam:s3cret@127.0.0.1:{free_port()}/carteira"
    message = publish_through_the_form(qtbot, actions, url)
    assert message.text() == "The server of “carteira” cannot be reached."
    assert "127.0.0.1" in message.informativeText()
    assert "s3cret" not in message.text() + message.informativeText()


def test_publish_into_a_database_that_is_not_empty_explains_it(qtbot, actions, pg_url):
    publish_through_the_form(qtbot, actions, pg_url).close()
    actions.message = None
    message = publish_through_the_form(qtbot, actions, pg_url)
    database = make_url(pg_url).database
    assert message.text() == f"The database “{database}” is not empty."
    assert "only be published into an empty database" in message.informativeText()


def test_cancelling_a_publish_leaves_the_server_database_empty(qtbot, actions, pg_url):
    task = actions.publish_to(pg_url)
    with qtbot.waitSignal(task.cancelled, timeout=30000):
        task.cancel()
    assert "nothing was written" in actions.window.statusBar().currentMessage()
    assert table_names(pg_url) == set()


def test_an_offline_copy_of_the_team_portfolio(qtbot, window, server_workspace, tmp_path):
    actions = TransferActions(window)
    actions.set_workspace(server_workspace)
    assert actions.offline_action.isEnabled() and not actions.publish_action.isEnabled()
    assert actions.ask_address() is None
    target = tmp_path / "Viagem.kamdesk"
    with qtbot.waitSignal(actions.save_offline_copy(target).done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: actions.message is not None and actions.message.isVisible())
    assert actions.message.text() == "The offline copy was saved."
    assert str(target) in actions.message.informativeText()
    assert "every table identical" in actions.message.informativeText()
    with Portfolio.open(target) as copy:
        assert all_rows(copy) == all_rows(server_workspace.portfolio)


def test_the_offline_copy_asks_for_a_name_and_replaces_only_what_was_confirmed(
    qtbot, window, server_workspace, documents, tmp_path, monkeypatch
):
    actions = TransferActions(window)
    actions.set_workspace(server_workspace)
    existing = tmp_path / "Viagem.kamdesk"
    existing.write_bytes(b"older")
    suggested = []

    def choose(parent, title, suggestion, filters):
        suggested.append(suggestion)
        return str(tmp_path / "Viagem"), filters  # the dialog confirmed "Viagem", not ".kamdesk"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    actions.offline_action.trigger()
    qtbot.waitUntil(lambda: actions.message is not None and actions.message.isVisible())
    assert actions.message.text() == "“Viagem.kamdesk” already exists."
    assert existing.read_bytes() == b"older"
    database = server_workspace.portfolio.path.name
    assert suggested[0].startswith(str(documents / f"{database} (offline "))

    actions.message.close()
    actions.message = None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(existing), ""))
    actions.offline_action.trigger()  # the dialog asked about this very file: replaced
    qtbot.waitUntil(lambda: actions.message is not None and actions.message.isVisible())
    assert actions.message.text() == "The offline copy was saved."
    with Portfolio.open(existing) as copy:
        assert copy.integrity_problems() == []


def test_the_address_form_in_portuguese(qtbot, window):
    install_language("pt_BR")
    form = ServerAddressForm(window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.width() >= form.sizeHint().width()
    form.grab().save("/tmp/transfer_form_pt_BR.png")
