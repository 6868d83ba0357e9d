"""Cancel in the progress dialog of an import: nothing is shown or written, no file is left."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kamdesk.excel.reader import read_workbook
from kamdesk.excel.writer import write_workbook
from kamdesk.services.workbook_import import plan_import

ACCOUNTS = 5000  # enough rows that the work reports progress (and so sees Cancel) on the way


@pytest.fixture
def big_workbook(tmp_path) -> Path:
    rows = {"accounts": [{"name": f"Conta {n:05d}", "region": "Sul"} for n in range(ACCOUNTS)]}
    return write_workbook(tmp_path / "grande.xlsx", rows, "pt_BR", app_version="test")


def press_cancel(qtbot, task) -> None:
    with qtbot.waitSignal(task.cancelled, timeout=30000):
        task.dialog.findChild(QPushButton).click()  # the dialog's own Cancel button


def import_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("kamdesk-import-*"))


def test_cancel_while_checking_shows_no_preview(qtbot, main_window, workspace, big_workbook):
    actions = main_window.workbook_actions
    press_cancel(qtbot, actions.plan_import(big_workbook))
    assert actions.preview is None
    assert "nothing was written" in main_window.statusBar().currentMessage()
    assert workspace.accounts.list_rows() == []


def test_cancel_while_writing_leaves_the_portfolio_and_undo_as_they_were(
    qtbot, main_window, workspace, big_workbook
):
    plan = plan_import(workspace.portfolio, read_workbook(big_workbook, "pt_BR"))
    assert plan.counts().new == ACCOUNTS
    folders = import_folders()
    press_cancel(qtbot, main_window.workbook_actions.apply(plan, big_workbook))
    assert workspace.accounts.list_rows() == []
    assert workspace.undo_stack.count() == 0
    assert import_folders() == folders  # the "before" snapshot was removed
    # The portfolio is still fine for the next import.
    task = main_window.workbook_actions.apply(plan, big_workbook)
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    assert len(workspace.accounts.list_rows()) == ACCOUNTS
    assert workspace.undo_stack.count() == 1


def test_the_new_workbook_messages_read_in_portuguese(qapp):
    from kamdesk.excel.raw import ReadProblem
    from kamdesk.excel.writer import WorkbookTooLarge
    from kamdesk.services.workbook_import import messages
    from kamdesk.ui.i18n import install_language
    from kamdesk.ui.import_preview import problem_text
    from kamdesk.ui.workbook_actions import export_problem

    install_language("pt_BR")
    try:
        args = {"thing": "key result", "name": "Receita", "parent": "Crescer"}
        under = ReadProblem("Check-ins", 4, "Resultado-chave", messages.NO_REFERENCE_UNDER, args)
        assert problem_text(under) == (
            "Não há registro do tipo resultado-chave chamado “Receita” em “Crescer”."
        )
        foreign = ReadProblem("", None, "", messages.FOREIGN_WORKBOOK)
        assert problem_text(foreign).startswith("Esta planilha foi exportada de outra carteira")
        assert export_problem(WorkbookTooLarge("Receita", 2_000_000)) == (
            "A aba Receita teria 2.000.000 linhas, mais que as 500.000 que o KAMdesk consegue "
            "importar de volta de uma aba: exporte uma conta por vez."
        )
    finally:
        install_language("en")
