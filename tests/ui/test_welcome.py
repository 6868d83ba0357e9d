"""First run: the welcome page instead of a silently created portfolio; its choices open the
demo, a new portfolio, an import, or a portfolio the KAM already has."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.ui.app import default_portfolio_path, open_first_portfolio
from kamdesk.ui.i18n import LANGUAGE_KEY
from kamdesk.ui.main_window import MainWindow, remember_recent
from kamdesk.ui.welcome import WelcomePage

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def documents(tmp_path, monkeypatch):
    """The user's Documents folder, where the demo and the default portfolio go."""
    folder = tmp_path / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder))
    return folder / "KAMdesk"


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def welcome(window) -> WelcomePage:
    open_first_portfolio(window, None)
    assert window.welcome is not None
    return window.welcome


def close_message_boxes() -> list[str]:
    """The visible message boxes' texts (headline and advice), closing them all."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    texts = [f"{box.text()} {box.informativeText()}" for box in boxes if box.isVisible()]
    for box in boxes:
        box.close()
    return texts


def assert_shows_portfolio(window: MainWindow, name: str) -> None:
    assert window.workspace is not None
    assert window.workspace.portfolio.path.name == name
    assert window.welcome is None and window.pages.currentWidget() is window.tabs
    assert window.toolbar.isVisibleTo(window)


# -- what the first start shows ---------------------------------------------------------------


def test_first_run_shows_the_welcome_page_and_creates_nothing(window, documents):
    open_first_portfolio(window, None)
    assert window.workspace is None
    assert isinstance(window.pages.currentWidget(), WelcomePage)
    assert window.welcome.isVisible()
    assert not window.toolbar.isVisibleTo(window)  # no account to choose yet
    assert not default_portfolio_path().exists()
    assert list(documents.glob("*.kamdesk")) == []
    assert window.welcome.recent_buttons == []


def test_with_a_recent_portfolio_it_opens_as_before(window, tmp_path):
    path = tmp_path / "Minha carteira.kamdesk"
    create_portfolio(path).close()
    remember_recent(path)
    open_first_portfolio(window, None)
    assert_shows_portfolio(window, "Minha carteira.kamdesk")


def test_a_portfolio_named_on_the_command_line_opens_or_is_created_as_before(window, tmp_path):
    open_first_portfolio(window, tmp_path / "Nova.kamdesk")
    assert_shows_portfolio(window, "Nova.kamdesk")
    other = tmp_path / "Existente.kamdesk"
    create_portfolio(other).close()
    open_first_portfolio(window, other)
    assert_shows_portfolio(window, "Existente.kamdesk")


def test_the_portfolio_already_in_documents_opens_as_before(window):
    create_portfolio(default_portfolio_path()).close()
    open_first_portfolio(window, None)
    assert_shows_portfolio(window, default_portfolio_path().name)


def test_a_recent_portfolio_that_cannot_be_opened_leaves_the_welcome_page_listing_it(
    window, tmp_path
):
    damaged = tmp_path / "Danificada.kamdesk"
    damaged.write_bytes(os.urandom(2048))
    remember_recent(damaged)
    open_first_portfolio(window, None)
    assert any("not a KAMdesk portfolio" in text for text in close_message_boxes())
    assert window.workspace is None and window.welcome is not None
    assert [b.text() for b in window.welcome.recent_buttons] == ["Danificada"]
    assert window.welcome.recent_buttons[0].toolTip() == str(damaged)


# -- its choices ------------------------------------------------------------------------------


def test_the_demo_card_writes_the_demo_in_documents_and_opens_it(qtbot, window, welcome, documents):
    welcome.demo_card.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    assert_shows_portfolio(window, "Demo.kamdesk")
    assert (documents / "Demo.kamdesk").exists()
    assert len(window.workspace.accounts.list_rows()) >= 38


def test_the_new_portfolio_card_asks_where_and_creates_it(window, welcome, tmp_path, monkeypatch):
    asked = []

    def choose(parent, title, folder, filters):
        asked.append(title)
        return str(tmp_path / "Carteira 2027"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    welcome.new_card.click()
    assert asked == ["New portfolio"]
    assert_shows_portfolio(window, "Carteira 2027.kamdesk")
    assert window.workspace.accounts.list_rows() == []


def test_cancelling_the_new_portfolio_question_stays_on_the_welcome_page(
    window, welcome, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    welcome.new_card.click()
    assert window.workspace is None and window.welcome is welcome


def test_the_import_card_makes_a_new_portfolio_and_imports_after_the_preview(
    qtbot, window, welcome, tmp_path, documents, monkeypatch
):
    QSettings().setValue(LANGUAGE_KEY, "pt_BR")  # the workbook's headers are in Portuguese
    workbook = tmp_path / "Contas.csv"
    workbook.write_text("Nome;Setor\nAgro Cerrado;Agro\nBanco Paulista;Bancos\n", "utf-8")
    suggested = []

    def save_as(parent, title, suggestion, filters):
        suggested.append(suggestion)
        return str(tmp_path / "Importada.kamdesk"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    welcome.import_card.click()

    assert suggested == [str(documents / "Contas.kamdesk")]  # named after the workbook
    assert_shows_portfolio(window, "Importada.kamdesk")
    actions = window.workbook_actions
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20000
    )
    assert window.workspace.accounts.list_rows() == []  # nothing before the KAM confirms
    actions.preview.accept()
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 1, timeout=20000)
    rows = window.workspace.accounts.list_rows()
    assert sorted((r.name, r.industry) for r in rows) == [
        ("Agro Cerrado", "Agro"),
        ("Banco Paulista", "Bancos"),
    ]


def test_importing_into_a_file_that_exists_is_refused_and_nothing_is_overwritten(
    window, welcome, tmp_path
):
    existing = tmp_path / "Minha.kamdesk"
    create_portfolio(existing).close()
    before = existing.read_bytes()
    workbook = tmp_path / "Contas.csv"
    workbook.write_text("Nome\nAgro Cerrado\n", "utf-8")
    assert not welcome.import_into_new_portfolio(workbook, existing)
    assert any(
        "Minha.kamdesk" in text and "already exists" in text for text in close_message_boxes()
    )
    assert existing.read_bytes() == before
    assert window.workspace is None and window.welcome is welcome


def test_open_a_portfolio_opens_what_the_kam_already_has(window, welcome, tmp_path, monkeypatch):
    path = tmp_path / "Boa.kamdesk"
    portfolio = create_portfolio(path)
    AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    portfolio.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    welcome.open_button.click()
    assert_shows_portfolio(window, "Boa.kamdesk")
    assert [r.name for r in window.workspace.accounts.list_rows()] == ["Agro Cerrado"]


def test_a_recent_button_opens_that_portfolio(window, tmp_path):
    path = tmp_path / "Recente.kamdesk"
    create_portfolio(path).close()
    window.show_welcome()
    remember_recent(path)
    window._hide_welcome()
    window.show_welcome()  # built again, now with the recent one
    (button,) = window.welcome.recent_buttons
    button.click()
    assert_shows_portfolio(window, "Recente.kamdesk")


def test_the_guide_link_opens_the_routine_guide(window, welcome):
    (link,) = [w for w in welcome.findChildren(QLabel) if w.objectName() == "guideLink"]
    link.linkActivated.emit("guide")
    assert window.guide is not None and window.guide.isVisible()
    window.guide.close()


def test_closing_on_the_welcome_page_does_not_remember_a_hidden_toolbar(qtbot, window, tmp_path):
    open_first_portfolio(window, None)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    path = tmp_path / "Depois.kamdesk"
    assert again.create_path(path)
    again.show()
    assert again.toolbar.isVisibleTo(again)
    again.close()


def test_a_team_server_address_on_the_command_line_opens_the_connect_dialog(window):
    from kamdesk.cli import _window_parser

    args = _window_parser().parse_args(["postgresql://ana@db.empresa.com.br:6543/carteira"])
    open_first_portfolio(window, args.portfolio)
    dialog = window.connect_dialog
    assert dialog is not None and dialog.isVisible()
    assert [
        dialog.host.text(),
        dialog.port.value(),
        dialog.database.text(),
        dialog.user.text(),
    ] == [
        "db.empresa.com.br",
        6543,
        "carteira",
        "ana",
    ]
    assert window.workspace is None  # nothing opened, no file made from the address
    dialog.reject()
