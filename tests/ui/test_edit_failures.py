"""An edit the portfolio file cannot take (its drive pulled out, turned read-only, full): the
window says so in words a KAM understands, never SQLite's or SQLAlchemy's text, keeps
running, and the portfolio keeps what was saved before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services.accounts import AccountData
from kamdesk.services.portfolios import open_portfolio
from kamdesk.store.backup import side_files
from kamdesk.ui.commands import CreateAccountCommand, UpdateAccountCommand
from kamdesk.ui.errors import explain_write_error
from tests.store.support import account_names, damage

pytestmark = pytest.mark.usefixtures("english")
RAW_WORDS = ("sqlite", "SQL", "INSERT", "UPDATE", "sqlalche.me", "database")


def visible_messages() -> list[QMessageBox]:
    widgets = QApplication.topLevelWidgets()
    return [w for w in widgets if w.objectName() == "messageBox" and w.isVisible()]


@pytest.fixture(autouse=True)
def close_messages():
    yield
    for box in visible_messages():
        box.close()


def shown_message(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(visible_messages()))
    return visible_messages()[0]


def assert_plain_words(text: str) -> None:
    assert not [word for word in RAW_WORDS if word in text], text


def test_an_edit_after_the_drive_was_pulled_out_says_so_and_keeps_the_window(
    qtbot, main_window, workspace, portfolio_path, tmp_path
):
    workspace.undo_stack.push(CreateAccountCommand(workspace, AccountData(name="Antes")))
    pulled = tmp_path / "pendrive"
    pulled.mkdir()
    for part in side_files(portfolio_path):
        if part.exists():
            part.rename(pulled / part.name)

    workspace.undo_stack.push(CreateAccountCommand(workspace, AccountData(name="Depois")))

    box = shown_message(qtbot)
    assert box.text() == "The change could not be saved."
    assert "“Carteira.kamdesk” can no longer be reached at " in box.informativeText()
    assert "USB stick" in box.informativeText() and "File ▸ Open" in box.informativeText()
    assert_plain_words(box.informativeText())
    assert workspace.undo_stack.count() == 1  # the failed edit is not offered for undo
    assert main_window.isVisible()
    assert [row.name for row in workspace.account_rows()] == ["Antes"]
    workspace.close()
    for part in pulled.iterdir():
        part.rename(portfolio_path.parent / part.name)
    assert account_names(portfolio_path) == ["Antes"]
    with open_portfolio(portfolio_path) as reopened:
        assert reopened.integrity_problems(full=True) == []


def test_an_edit_of_a_file_turned_read_only_says_so(qtbot, main_window, workspace):
    workspace.undo_stack.push(CreateAccountCommand(workspace, AccountData(name="Antes")))
    account_id = workspace.accounts.find_id("Antes")
    # What SQLite answers once the drive turned read-only under the open portfolio: the
    # connection the services use can only read.
    workspace.portfolio.engine.dispose()
    with workspace.portfolio.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = ON")

    before, after = {"notes": ""}, {"notes": "nova"}
    workspace.undo_stack.push(UpdateAccountCommand(workspace, account_id, "Antes", before, after))

    box = shown_message(qtbot)
    assert box.text() == "The change could not be saved."
    assert "“Carteira.kamdesk” cannot be written any more" in box.informativeText()
    assert_plain_words(box.informativeText())
    assert workspace.undo_stack.count() == 1
    assert workspace.accounts.get(account_id).notes == ""


def sqlite_error(tmp_path: Path, trouble: str) -> sqlite3.Error:
    """The error SQLite itself raises for ``trouble``, caught."""
    path = tmp_path / "Carteira.kamdesk"
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE t (x)")
    setup.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 50)
    setup.commit()
    setup.close()
    if trouble == "corrupt":
        damage(path)
    uri = {
        "readonly": f"file:{path}?mode=ro",
        "cantopen": f"file:{tmp_path / 'gone' / 'x.kamdesk'}?mode=rw",
    }.get(trouble, f"file:{path}")
    try:
        connection = sqlite3.connect(uri, uri=True)
        if trouble == "full":
            connection.execute("PRAGMA max_page_count = 2")
        connection.execute("INSERT INTO t SELECT x FROM t")
        connection.commit()
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"SQLite accepted the write ({trouble})")


@pytest.mark.parametrize(
    ("trouble", "words"),
    [
        ("readonly", "cannot be written any more"),
        ("cantopen", "can no longer be reached"),
        ("full", "not enough space on the disk"),
        ("corrupt", "is damaged"),
    ],
)
def test_each_file_trouble_is_told_in_plain_words(tmp_path, trouble, words):
    text = explain_write_error(sqlite_error(tmp_path, trouble), tmp_path / "Carteira.kamdesk")
    assert words in text and "“Carteira.kamdesk”" in text
    assert_plain_words(text)


def test_an_error_that_is_already_a_message_is_shown_as_it_is(tmp_path):
    assert explain_write_error(RuntimeError("Nome repetido"), tmp_path / "C.kamdesk") == (
        "Nome repetido"
    )
