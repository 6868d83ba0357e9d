"""Export from the File menu: written off the GUI thread, readable, one account or a template."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from python_calamine import CalamineWorkbook

from kamdesk.services.accounts import AccountData
from kamdesk.ui.i18n import LANGUAGE_KEY


@pytest.fixture(autouse=True)
def portuguese(qapp):
    QSettings().setValue(LANGUAGE_KEY, "pt_BR")  # the workbook follows the chosen language


def sheet_rows(path, name):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_export_runs_in_the_background_and_writes_the_workbook(
    qtbot, main_window, workspace, tmp_path
):
    workspace.accounts.create(AccountData(name="Agro Cerrado", owner="Ana"))
    workspace.accounts.create(AccountData(name="Banco Paulista"))
    target = tmp_path / "carteira.xlsx"
    task = main_window.workbook_actions.export_to(target)
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    names = [row[1] for row in sheet_rows(target, "Contas")[1:]]
    assert names == ["Agro Cerrado", "Banco Paulista"]
    assert "carteira.xlsx" in main_window.statusBar().currentMessage()


def test_export_current_account_only_and_empty_template(qtbot, main_window, workspace, tmp_path):
    first = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    workspace.accounts.create(AccountData(name="Banco Paulista"))
    workspace.accounts_changed.emit()
    workspace.set_current_account(first)
    assert main_window.workbook_actions.export_account_action.isEnabled()
    one = tmp_path / "uma.xlsx"
    with qtbot.waitSignal(
        main_window.workbook_actions.export_to(one, account=True).done, timeout=20000
    ):
        pass
    assert [row[1] for row in sheet_rows(one, "Contas")[1:]] == ["Agro Cerrado"]
    template = tmp_path / "modelo.xlsx"
    with qtbot.waitSignal(
        main_window.workbook_actions.export_to(template, template=True).done, timeout=20000
    ):
        pass
    assert len(sheet_rows(template, "Contas")) == 1  # the header only
