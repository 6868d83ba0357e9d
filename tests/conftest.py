"""Every test gets its own data folder, its own Qt settings and, when it asks, a fresh portfolio."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from kamdesk.services.portfolios import create_portfolio
from kamdesk.store.paths import DATA_DIR_ENV
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
