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


def test_import_shows_a_preview_then_writes_one_undoable_step(
    qtbot, main_window, workspace, tmp_path
):
    import openpyxl

    from kamdesk.services.workbook_export import export_workbook

    account_id = workspace.accounts.create(AccountData(name="Agro Cerrado", industry="Agro"))
    path = export_workbook(workspace.portfolio, tmp_path / "c.xlsx", language="pt_BR").path
    book = openpyxl.load_workbook(path)
    sheet = book["Contas"]
    column = [c.value for c in sheet[1]].index("Setor") + 1
    sheet.cell(row=2, column=column, value="Agronegócio")
    book.save(path)

    actions = main_window.workbook_actions
    actions.plan_import(path)
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20000
    )
    preview = actions.preview
    assert preview.import_button.isEnabled()
    assert preview.changes.model().rowCount() == 1
    assert workspace.accounts.get(account_id).industry == "Agro"  # nothing written yet
    preview.accept()
    qtbot.waitUntil(lambda: workspace.undo_stack.count() == 1, timeout=20000)
    assert workspace.accounts.get(account_id).industry == "Agronegócio"
    workspace.undo_stack.undo()
    assert workspace.accounts.get(account_id).industry == "Agro"
    workspace.undo_stack.redo()
    assert workspace.accounts.get(account_id).industry == "Agronegócio"


def test_a_workbook_with_errors_cannot_be_imported(qtbot, main_window, workspace, tmp_path):
    from kamdesk.ui.models.import_plan_model import ProblemColumn

    bad = tmp_path / "Contas.csv"
    bad.write_text("Nome;Funcionários\nAgro Cerrado;muitos\n", encoding="utf-8")
    actions = main_window.workbook_actions
    actions.plan_import(bad)
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20000
    )
    assert not actions.preview.import_button.isEnabled()
    problems = actions.preview.problems.model()
    assert problems.rowCount() >= 1
    assert "muitos" in problems.index(0, ProblemColumn.PROBLEM).data()
    actions.preview.reject()
    assert workspace.account_rows() == []


def test_import_problems_read_in_portuguese(qapp):
    from kamdesk.excel.raw import ReadProblem
    from kamdesk.excel.values import NOT_A_NUMBER
    from kamdesk.services.workbook_import import messages
    from kamdesk.ui.i18n import install_language
    from kamdesk.ui.import_preview import problem_text

    install_language("pt_BR")
    try:
        missing = ReadProblem(
            "Contas", 3, "Conta", messages.NO_REFERENCE, {"thing": "account", "name": "Vale"}
        )
        assert problem_text(missing) == (
            "Não há registro do tipo conta chamado “Vale” na planilha nem na carteira."
        )
        cell = ReadProblem("Contas", 2, "Funcionários", NOT_A_NUMBER, {"value": "muitos"})
        assert problem_text(cell) == "“muitos” não é um número."
    finally:
        install_language("en")


# --- The errors workbook -------------------------------------------------------------------------


def open_preview(qtbot, actions, path):
    actions.plan_import(path)
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20000
    )
    return actions.preview


def test_the_errors_workbook_button_is_there_only_when_there_are_problems(
    qtbot, main_window, tmp_path
):
    good = tmp_path / "Contas.csv"
    good.write_text("Nome;Funcionários\nAgro Cerrado;12\n", encoding="utf-8")
    actions = main_window.workbook_actions
    preview = open_preview(qtbot, actions, good)
    assert preview.errors_button.isHidden()
    preview.reject()
    good.write_text("Nome;Funcionários\nAgro Cerrado;muitos\n", encoding="utf-8")
    preview = open_preview(qtbot, actions, good)
    assert not preview.errors_button.isHidden()
    preview.reject()


def test_the_errors_workbook_is_written_in_the_background_with_the_cells_marked(
    qtbot, main_window, tmp_path
):
    import openpyxl

    bad = tmp_path / "Contas.csv"
    bad.write_text("Nome;Funcionários\nAgro Cerrado;muitos\n", encoding="utf-8")
    actions = main_window.workbook_actions
    preview = open_preview(qtbot, actions, bad)
    target = tmp_path / "Contas - erros.xlsx"
    with qtbot.waitSignal(
        actions.save_errors_workbook(bad, preview.plan, target).done, timeout=20000
    ):
        pass
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Erros da importação", "Contas"]  # the chosen language's
    assert "muitos" in book["Contas"]["B2"].comment.text
    assert "muitos" in book.worksheets[0]["E2"].value
    assert target.name in main_window.statusBar().currentMessage()
    preview.reject()


def test_the_button_asks_where_next_to_the_file_and_saves_there(
    qtbot, main_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "Contas.csv"
    bad.write_text("Nome;Funcionários\nAgro Cerrado;muitos\n", encoding="utf-8")
    actions = main_window.workbook_actions
    preview = open_preview(qtbot, actions, bad)
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "marked"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    preview.errors_button.click()
    [suggested] = asked
    assert suggested == str(actions.errors_workbook_name(bad))
    assert suggested.startswith(str(tmp_path / "Contas - ")) and suggested.endswith(".xlsx")
    with qtbot.waitSignal(actions.task.done, timeout=20000):
        pass
    assert (tmp_path / "marked.xlsx").exists()  # the extension is added
    preview.reject()


def test_saving_the_errors_workbook_over_the_file_itself_is_refused_with_a_message(
    qtbot, main_window, workspace, tmp_path
):
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from kamdesk.services.workbook_export import export_workbook

    source = export_workbook(workspace.portfolio, tmp_path / "Contas.xlsx", language="pt_BR").path
    book = openpyxl.load_workbook(source)
    sheet = book["Contas"]
    row = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=2, column=row["Nome"], value="Agro Cerrado")
    sheet.cell(row=2, column=row["Funcionários"], value="muitos")
    book.save(source)
    before = source.read_bytes()
    actions = main_window.workbook_actions
    preview = open_preview(qtbot, actions, source)
    with qtbot.waitSignal(
        actions.save_errors_workbook(source, preview.plan, source).error, timeout=20000
    ):
        pass
    box = preview.findChild(QMessageBox, "messageBox")
    assert box is not None and "Contas.xlsx" in box.informativeText()
    assert source.read_bytes() == before
    box.close()
    preview.reject()
