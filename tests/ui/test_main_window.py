"""The main window: tabs follow one selection, undo drives the title, files open safely."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.pipeline import OpportunityData, OpportunityService
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.services.settings import portfolio_identity
from kamdesk.store import Portfolio
from kamdesk.ui.main_window import MainWindow, recent_files
from kamdesk.ui.okrs.tab import OkrsTab
from kamdesk.ui.pipeline.tab import PipelineTab
from kamdesk.ui.stakeholder_map.tab import StakeholderMapTab


def open_message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_has_the_five_tabs_and_an_account_selector(main_window):
    titles = [main_window.tabs.tabText(i).replace("&", "") for i in range(main_window.tabs.count())]
    assert titles == ["Portfolio", "Accounts", "Stakeholder map", "Pipeline", "OKRs"]
    assert main_window.selector is not None


def test_every_tab_follows_the_shared_account_selection(qtbot, main_window, workspace):
    first = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.accounts_changed.emit()
    selector = main_window.selector
    selector.setCurrentIndex(selector.findData(first))
    selector.activated.emit(selector.currentIndex())
    assert workspace.current_account == first
    main_window.tabs.setCurrentIndex(4)  # the OKRs tab reads when shown
    (okrs,) = main_window.tabs.findChildren(OkrsTab)
    assert okrs.scope_label.text() == "Objectives of Agro Cerrado"
    (stakeholder_map,) = main_window.tabs.findChildren(StakeholderMapTab)
    assert stakeholder_map.document.account_id == first
    (pipeline,) = main_window.tabs.findChildren(PipelineTab)
    assert pipeline.current_filter().account_id == first
    assert main_window.accounts_tab.selected_ids() == [first]
    assert main_window.accounts_tab.editor.header.text() == "Agro Cerrado"


def test_title_shows_portfolio_and_modified_marker_from_undo_stack(main_window, workspace):
    assert main_window.windowTitle().startswith("Carteira")
    assert not main_window.isWindowModified()
    main_window.accounts_tab.editor  # noqa: B018
    from kamdesk.ui.commands import CreateAccountCommand

    workspace.undo_stack.push(CreateAccountCommand(workspace, AccountData(name="Nova")))
    assert main_window.isWindowModified()
    main_window.undo_action.trigger()
    assert not main_window.isWindowModified()
    assert workspace.accounts.list_rows() == []
    main_window.redo_action.trigger()
    assert [r.name for r in workspace.accounts.list_rows()] == ["Nova"]


def test_opening_a_bad_file_keeps_the_current_portfolio(qtbot, main_window, tmp_path):
    bad = tmp_path / "planilha.kamdesk"
    bad.write_bytes(os.urandom(2048))
    current = main_window.workspace
    assert not main_window.open_path(bad)
    assert main_window.workspace is current
    boxes = open_message_boxes()
    assert boxes and "not a KAMdesk portfolio" in boxes[-1].text()
    for box in boxes:
        box.close()


def test_a_portfolio_open_in_another_window_gets_a_clear_message(qtbot, main_window, workspace):
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.open_path(workspace.portfolio.path)
    boxes = open_message_boxes()
    assert any("already open in another KAMdesk window" in b.text() for b in boxes)
    for box in boxes:
        box.close()
    assert second.workspace is None


def test_switching_portfolios_closes_the_old_one_and_remembers_recent(qtbot, main_window, tmp_path):
    other = tmp_path / "Outra.kamdesk"
    create_portfolio(other).close()
    old_path = main_window.workspace.portfolio.path
    assert main_window.open_path(other)
    assert main_window.windowTitle().startswith("Outra")
    assert recent_files()[:2] == [str(other.resolve()), str(old_path)]
    # The old portfolio was released: it can be opened again.
    assert main_window.open_path(old_path)


def test_new_portfolio_and_save_a_copy(qtbot, main_window, tmp_path, workspace):
    workspace.accounts.create(AccountData(name="Agro Cerrado"))
    copy = tmp_path / "copia.kamdesk"
    assert main_window.save_copy_to(copy)
    # The copy is a portfolio of its own: a workbook from one matches the other by name.
    with Portfolio.open(copy) as copied, copied.session() as session:
        copy_identity = portfolio_identity(session)
    with workspace.portfolio.session() as session:
        assert portfolio_identity(session) not in (copy_identity, None)
    assert main_window.create_path(tmp_path / "Nova carteira")
    assert main_window.workspace.portfolio.path.name == "Nova carteira.kamdesk"
    assert main_window.open_path(copy)
    assert [r.name for r in main_window.workspace.accounts.list_rows()] == ["Agro Cerrado"]


def test_window_geometry_and_tab_are_remembered(qtbot, main_window):
    main_window.resize(main_window.minimumSizeHint().width(), 612)
    main_window.tabs.setCurrentIndex(3)
    main_window.close()
    assert QSettings().value("window/tab") in (3, "3")
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.height() == 612


def test_demo_portfolio_is_written_in_the_background_then_opened(qtbot, main_window, tmp_path):
    main_window.open_demo(tmp_path)
    qtbot.waitUntil(
        lambda: main_window.workspace.portfolio.path.name == "Demo.kamdesk", timeout=30000
    )
    assert len(main_window.workspace.accounts.list_rows()) >= 38  # a few demo accounts archived
    # Asking again opens the existing file instead of writing a new one.
    modified = (tmp_path / "Demo.kamdesk").stat().st_mtime_ns
    main_window.open_demo(tmp_path)
    assert (tmp_path / "Demo.kamdesk").stat().st_mtime_ns == modified


def test_start_window_paints_first_then_opens_the_portfolio(qtbot, tmp_path):
    from kamdesk.ui.app import start_window

    path = tmp_path / "Inicio.kamdesk"
    create_portfolio(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    start_window(window, path)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert window.workspace.portfolio.path == path.resolve()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not a KAMdesk portfolio"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a KAMdesk portfolio"),
    ],
    ids=["empty file", "renamed workbook"],
)
def test_bad_files_get_a_message_that_says_what_to_do(
    qtbot, main_window, tmp_path, content, expected
):
    bad = tmp_path / "arquivo.kamdesk"
    bad.write_bytes(content)
    assert not main_window.open_path(bad)
    box = open_message_boxes()[-1]
    assert expected in box.text()
    assert "Import from Excel" in box.informativeText()
    box.close()
    assert bad.read_bytes() == content


def test_newer_portfolio_gets_a_message_to_update(qtbot, main_window, tmp_path):
    import sqlite3

    newer = tmp_path / "futuro.kamdesk"
    create_portfolio(newer).close()
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    raw.commit()
    raw.close()
    assert not main_window.open_path(newer)
    box = open_message_boxes()[-1]
    assert "newer version of KAMdesk" in box.text()
    assert "Update KAMdesk" in box.informativeText()
    box.close()


def test_the_first_opening_of_a_month_photographs_the_forecast(qtbot, tmp_path):
    first, other = tmp_path / "first.kamdesk", tmp_path / "other.kamdesk"
    portfolio = create_portfolio(first)
    account = AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    OpportunityService(portfolio).create(OpportunityData(account_id=account, title="Silos"))
    portfolio.close()
    create_portfolio(other).close()
    window = MainWindow()
    qtbot.addWidget(window)

    assert window.open_path(first)
    (snapshot,) = ForecastService(window.workspace.portfolio).snapshots()
    assert snapshot.automatic and snapshot.taken_at.date() == dt.date.today()

    assert window.open_path(other)  # no opportunities there: nothing to photograph
    assert ForecastService(window.workspace.portfolio).snapshots() == []
    assert window.open_path(first)  # again this month: still the one
    assert ForecastService(window.workspace.portfolio).snapshots() == [snapshot]


def test_opening_a_portfolio_makes_the_days_backup(qtbot, main_window, tmp_path):
    from kamdesk.services.backups import BackupService
    from kamdesk.ui.main_window import DAILY_BACKUP_KEY

    QSettings().setValue(DAILY_BACKUP_KEY, True)
    path = tmp_path / "Outra.kamdesk"
    create_portfolio(path).close()
    service = BackupService()
    assert main_window.open_path(path)
    qtbot.waitUntil(lambda: len(service.list_backups(path)) == 1, timeout=5000)
    assert service.list_backups(path)[0].reason == "daily"


def test_a_file_opened_by_the_system_opens_in_the_window(qtbot, main_window, tmp_path):
    """macOS sends a FileOpen event when a .kamdesk file is double-clicked in Finder."""
    from PySide6.QtGui import QFileOpenEvent

    from kamdesk.ui.app import FileOpenHandler

    path = tmp_path / "Finder.kamdesk"
    create_portfolio(path).close()
    FileOpenHandler(main_window)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert main_window.workspace.portfolio.path == path
