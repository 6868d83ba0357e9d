"""File ▸ Backups…, the daily backup at open, and the offer made for a damaged portfolio."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.model import Account
from kamdesk.services.accounts import AccountData
from kamdesk.services.backups import BackupReason, BackupService
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.store.errors import PortfolioDamaged
from kamdesk.ui.backups_dialog import (
    KEEP_KEY,
    BackupColumn,
    BackupsDialog,
    reopen_in,
    start_daily_backup,
)
from kamdesk.ui.damaged_dialog import DamagedPortfolioDialog, offer_backup_for_damaged
from tests.store.support import Clock, account_names, damage

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 25, 14, 2))


@pytest.fixture
def folder(isolated_user_folders):
    return isolated_user_folders / "backups"


@pytest.fixture
def service(clock):
    return BackupService(clock=clock)  # the platform's folder (the test's own, see conftest)


class Reopen:
    """Stands in for the window when a test has none: records what it was asked to reopen."""

    def __init__(self):
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.paths.append(path)
        return True


@pytest.fixture
def dialog(qtbot, workspace, service):
    reopen = Reopen()
    dialog = BackupsDialog(workspace, reopen, service=service)
    dialog.reopen_calls = reopen.paths
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture(autouse=True)
def close_message_boxes():
    """A box left open by one test must not answer for the next."""
    yield
    for box in message_boxes():
        box.close()


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def wait_for_message(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10000)
    return message_boxes()[-1]


def shown_text(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def cell(dialog, row: int, column: BackupColumn) -> str:
    return dialog.proxy.index(row, column).data()


def fill(portfolio, count: int = 300) -> None:
    """Enough accounts that page 2 is table content (damaging it damages the file)."""
    with portfolio.session() as session:
        session.add_all(Account(name=f"Conta {n}", name_key=f"conta {n}") for n in range(count))


def choose(dialog, row: int) -> None:
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()


# -- listing and making ----------------------------------------------------------------------


def test_lists_the_portfolios_backups_newest_first_with_date_reason_and_size(
    qtbot, qtmodeltester, workspace, service, clock
):
    service.make(workspace.portfolio.path, BackupReason.BEFORE_UPGRADE)
    clock.advance(days=1)
    service.make_daily(workspace.portfolio.path)
    dialog = BackupsDialog(workspace, Reopen(), service=service)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.pages.currentWidget() is dialog.table
    assert cell(dialog, 0, BackupColumn.MADE_AT) == "11/26/2026 2:02\u202fPM"
    assert cell(dialog, 0, BackupColumn.REASON) == "Daily"
    assert cell(dialog, 1, BackupColumn.REASON) == "Before upgrade"
    assert cell(dialog, 0, BackupColumn.SIZE).endswith(" KB")
    assert str(service.folder) in dialog.folder_label.text()
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet


def test_without_backups_it_says_what_to_do(dialog):
    assert dialog.pages.currentWidget() is dialog.empty_label
    assert "Back up now" in dialog.empty_label.text()


def test_back_up_now_adds_a_manual_backup_and_selects_it(qtbot, dialog, workspace):
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.task is None, timeout=10000)
    assert cell(dialog, 0, BackupColumn.REASON) == "Manual"
    assert dialog.selected_backup().reason == BackupReason.MANUAL
    assert dialog.selected_backup().path.exists()


def test_keep_setting_is_saved_and_used_at_the_next_backup(qtbot, dialog, service, clock):
    dialog.keep_spin.setValue(2)
    assert int(QSettings().value(KEEP_KEY)) == 2
    for _ in range(3):
        dialog.back_up_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
        clock.advance(minutes=1)
    assert dialog.model.rowCount() == 2


def test_show_in_folder_opens_the_backup_folder(dialog, folder, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.show_folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [folder]


# -- restoring -----------------------------------------------------------------------------


def test_restore_asks_then_brings_back_the_content_and_reopens(
    qtbot, main_window, workspace, service, clock
):
    workspace.accounts.create(AccountData(name="Agro Cerrado"))
    backup = service.make(workspace.portfolio.path)
    clock.advance(hours=3)
    workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.undo_stack.push(QUndoCommand("an edit made after the backup"))
    old_workspace = workspace
    dialog = BackupsDialog(workspace, reopen_in(main_window), main_window, service)
    dialog.show()
    choose(dialog, 0)

    dialog.restore_button.click()
    assert dialog.confirm_box is not None
    assert "11/25/2026 2:02\u202fPM" in dialog.confirm_box.text()
    assert "backed up first" in dialog.confirm_box.informativeText()
    dialog.confirm_restore_button.click()

    qtbot.waitUntil(lambda: main_window.workspace is not old_workspace, timeout=10000)
    path = main_window.workspace.portfolio.path
    assert account_names(path) == ["Agro Cerrado"]
    assert [r.name for r in main_window.workspace.account_rows()] == ["Agro Cerrado"]
    assert main_window.workspace.undo_stack.count() == 0
    listed = service.list_backups(path)
    assert [b.reason for b in listed] == ["before-restore", "manual"]
    assert account_names(listed[0].path) == ["Agro Cerrado", "Banco Paulista"]
    assert listed[1].path == backup.path
    box = wait_for_message(qtbot)
    assert "was restored" in box.text() and "undo history was cleared" in box.informativeText()


def test_declining_the_confirmation_restores_nothing(dialog, workspace, service):
    workspace.accounts.create(AccountData(name="Agro Cerrado"))
    service.make(workspace.portfolio.path)
    workspace.accounts.create(AccountData(name="Banco Paulista"))
    dialog.refresh()
    choose(dialog, 0)
    dialog.restore_button.click()
    dialog.confirm_box.reject()
    assert dialog.task is None and dialog.reopen_calls == []
    assert account_names(workspace.portfolio.path) == ["Agro Cerrado", "Banco Paulista"]
    assert len(service.list_backups(workspace.portfolio.path)) == 1


def test_a_damaged_backup_is_refused_with_a_message(qtbot, dialog, workspace, service):
    fill(workspace.portfolio)
    backup = service.make(workspace.portfolio.path)
    damage(backup.path)
    workspace.accounts.create(AccountData(name="Depois"))
    before = account_names(workspace.portfolio.path)
    dialog.refresh()
    choose(dialog, 0)
    dialog.restore_button.click()
    dialog.confirm_restore_button.click()
    box = wait_for_message(qtbot)
    assert backup.path.name in box.text() and "damaged" in box.text()
    assert "not changed" in box.informativeText()
    assert account_names(workspace.portfolio.path) == before
    assert dialog.reopen_calls == [] and dialog.isVisible()
    assert len(service.list_backups(workspace.portfolio.path)) == 1  # no before-restore made


# -- bad input ------------------------------------------------------------------------------


def test_a_full_disk_is_reported_naming_the_folder(qtbot, dialog, folder, monkeypatch):
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(src).endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    dialog.back_up_button.click()
    box = wait_for_message(qtbot)
    assert "not enough space" in box.text() and str(folder) in box.text()
    assert dialog.model.rowCount() == 0 and dialog.back_up_button.isEnabled()


def test_an_unwritable_backup_folder_is_reported_naming_it(qtbot, workspace, isolated_user_folders):
    folder = isolated_user_folders / "backups"
    folder.write_text("a file where the folder should be")
    dialog = BackupsDialog(workspace, Reopen(), service=BackupService())
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(folder) in dialog.folder_label.text()
    dialog.back_up_button.click()
    box = wait_for_message(qtbot)
    assert "cannot be written" in box.text() and str(folder) in box.text()


def test_a_vanished_portfolio_is_reported_when_backing_up_and_restoring(
    qtbot, dialog, workspace, service
):
    backup = service.make(workspace.portfolio.path)
    dialog.refresh()
    workspace.portfolio.path.unlink()  # the USB stick was pulled out
    dialog.back_up_button.click()
    box = wait_for_message(qtbot)
    assert "no longer there" in box.text() and str(workspace.portfolio.path) in box.text()
    box.close()
    qtbot.waitUntil(lambda: not message_boxes())
    choose(dialog, 0)
    dialog.restore_button.click()
    dialog.confirm_restore_button.click()
    box = wait_for_message(qtbot)
    assert "no longer there" in box.text()
    assert not workspace.portfolio.path.exists()  # not re-created empty
    assert dialog.reopen_calls == []
    assert [b.path for b in service.list_backups(workspace.portfolio.path)] == [backup.path]


# -- the daily backup at open ---------------------------------------------------------------


def test_daily_backup_at_open_is_made_once_a_day(qtbot, portfolio, folder):
    first = qtbot.waitSignal(start_daily_backup(None, portfolio.path).done, timeout=10000)
    first.wait()
    made = [p.name for p in folder.iterdir()]
    assert len(made) == 1 and made[0].endswith("-daily.kamdesk")
    assert first.args[0].path.name == made[0]
    second = qtbot.waitSignal(start_daily_backup(None, portfolio.path).done, timeout=10000)
    second.wait()
    assert second.args == [None]
    assert len(list(folder.iterdir())) == 1


def test_a_failed_daily_backup_says_so(qtbot, portfolio, isolated_user_folders):
    (isolated_user_folders / "backups").write_text("in the way")
    start_daily_backup(None, portfolio.path)
    box = wait_for_message(qtbot)
    assert "Today's backup could not be made" in box.text()
    assert str(isolated_user_folders / "backups") in box.informativeText()


# -- a damaged portfolio at open --------------------------------------------------------------


@pytest.fixture
def damaged(portfolio_path, service, clock):
    """A damaged portfolio with a good backup and a newer, damaged one."""
    portfolio = create_portfolio(portfolio_path)
    fill(portfolio)
    good = service.make(portfolio_path)
    clock.advance(days=1)
    with portfolio.session() as session:
        session.add(Account(name="Mais nova", name_key="mais nova"))
    newer = service.make(portfolio_path)
    portfolio.close()
    damage(newer.path)
    damage(portfolio_path)
    with pytest.raises(PortfolioDamaged) as error:
        open_portfolio(portfolio_path)
    return {"path": portfolio_path, "good": good, "error": error.value}


def test_damaged_portfolio_offers_the_newest_good_backup(qtbot, damaged, service):
    dialog = DamagedPortfolioDialog(damaged["path"], damaged["error"], service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10000)
    assert dialog.backup == damaged["good"]
    assert dialog.restore_button.text() == "Restore the backup of 11/25/2026 2:02\u202fPM"
    assert "Carteira (damaged 2026-11-26 1402).kamdesk" in dialog.status_label.text()
    damaged_bytes = damaged["path"].read_bytes()

    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.restore_button.click()

    assert dialog.restored_path == damaged["path"]
    assert dialog.kept_path.read_bytes() == damaged_bytes
    assert account_names(damaged["path"]) == account_names(damaged["good"].path)
    open_portfolio(damaged["path"]).close()


def test_offer_returns_the_restored_path_once_accepted(qtbot, damaged, service):
    def click_restore_when_found():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, DamagedPortfolioDialog)
        )
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10000)
        dialog.restore_button.click()

    QTimer.singleShot(0, click_restore_when_found)
    restored = offer_backup_for_damaged(None, damaged["path"], damaged["error"], service)
    assert restored == damaged["path"]
    assert "was put back" in wait_for_message(qtbot).text()
    open_portfolio(restored).close()


def test_without_a_good_backup_nothing_is_offered_and_nothing_changes(
    qtbot, portfolio_path, service, folder
):
    portfolio = create_portfolio(portfolio_path)
    fill(portfolio)
    only = service.make(portfolio_path)
    portfolio.close()
    damage(only.path)
    damage(portfolio_path)
    before = portfolio_path.read_bytes()
    dialog = DamagedPortfolioDialog(portfolio_path, service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10000)
    assert dialog.backup is None and not dialog.restore_button.isVisible()
    assert "No good backup" in dialog.status_label.text()
    assert str(folder) in dialog.status_label.text()
    dialog.reject()
    assert portfolio_path.read_bytes() == before
    assert sorted(p.name for p in portfolio_path.parent.iterdir()) == [
        "Carteira.kamdesk",
        "Carteira.kamdesk.lock",
    ]
