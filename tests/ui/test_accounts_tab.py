"""The Accounts tab driven like a KAM would: create, edit, filter, archive, delete, undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kamdesk.model.enums import LifecycleStage, Tier
from kamdesk.services.accounts import AccountData
from kamdesk.ui.models.accounts_model import AccountColumn, AccountsProxy, AccountsTableModel
from kamdesk.ui.new_account_dialog import NewAccountDialog


@pytest.fixture
def tab(main_window):
    main_window.tabs.setCurrentWidget(main_window.accounts_tab)
    return main_window.accounts_tab


def seed(workspace, *names, **extra):
    ids = [workspace.accounts.create(AccountData(name=name, **extra)) for name in names]
    workspace.accounts_changed.emit()
    return ids


def visible_names(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, AccountColumn.NAME).data() for r in range(proxy.rowCount())]


def test_item_models_pass_qt_model_tester(qtmodeltester, workspace):
    seed(workspace, "Agro Cerrado", "Banco Paulista")
    model = AccountsTableModel()
    model.set_rows(workspace.accounts.list_rows())
    qtmodeltester.check(model)
    proxy = AccountsProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_create_an_account_through_the_dialog_then_undo_and_redo(qtbot, tab, workspace):
    dialog = NewAccountDialog(workspace, tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name.widget, "Agro Cerrado")
    qtbot.keyClicks(dialog.tax_id.widget, "11222333000181")
    dialog.accept()
    assert visible_names(tab) == ["Agro Cerrado"]
    account_id = workspace.current_account
    assert workspace.accounts.get(account_id).tax_id == "11.222.333/0001-81"
    assert tab.editor.header.text() == "Agro Cerrado"
    workspace.undo_stack.undo()
    assert visible_names(tab) == []
    workspace.undo_stack.redo()
    assert visible_names(tab) == ["Agro Cerrado"]
    assert workspace.current_account == account_id  # the same record came back


def test_dialog_shows_bad_input_at_the_field_and_creates_nothing(qtbot, tab, workspace):
    seed(workspace, "Banco Paulista")
    dialog = NewAccountDialog(workspace, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name.widget, "banco paulista")
    qtbot.keyClicks(dialog.tax_id.widget, "11.222.333/0001-99")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "already an account" in dialog.name.problem
    assert "check digits" in dialog.tax_id.problem
    assert len(workspace.accounts.list_rows()) == 1
    assert workspace.undo_stack.count() == 0


def test_search_and_filters_narrow_the_table(qtbot, tab, workspace):
    seed(workspace, "Agro Cerrado", "Agropecuária Sul", "Banco Paulista")
    workspace.accounts.update(
        workspace.accounts.find_id("Banco Paulista"), {"tier_override": Tier.A, "owner": "Bruno"}
    )
    workspace.accounts_changed.emit()
    qtbot.keyClicks(tab.search, "agro")
    assert visible_names(tab) == ["Agro Cerrado", "Agropecuária Sul"]
    assert tab.count_label.text().startswith("2 of 3")
    tab.search.clear()
    tab.tier_filter.setCurrentIndex(tab.tier_filter.findData(Tier.A))
    assert visible_names(tab) == ["Banco Paulista"]
    tab.tier_filter.setCurrentIndex(0)
    tab.owner_filter.setCurrentIndex(tab.owner_filter.findData("Bruno"))
    assert visible_names(tab) == ["Banco Paulista"]


def test_sorting_by_icp_uses_the_number_not_the_text(tab, workspace):
    seed(workspace, "Nove", "Cem")
    workspace.accounts.update(workspace.accounts.find_id("Nove"), {"icp_ratings": {"offer_fit": 2}})
    workspace.accounts.update(workspace.accounts.find_id("Cem"), {"icp_ratings": {"offer_fit": 5}})
    workspace.accounts_changed.emit()
    tab.table.sortByColumn(AccountColumn.ICP, Qt.SortOrder.DescendingOrder)
    assert visible_names(tab) == ["Cem", "Nove"]
    tab.table.sortByColumn(AccountColumn.ICP, Qt.SortOrder.AscendingOrder)
    assert visible_names(tab) == ["Nove", "Cem"]


def test_editing_a_field_commits_at_once_and_undoes(qtbot, tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    industry = tab.editor.fields["industry"]
    industry.widget.setFocus()
    industry.widget.insert("Agronegócio")  # keyClicks types ASCII only
    qtbot.keyClick(industry.widget, Qt.Key.Key_Return)
    assert workspace.accounts.get(account_id).industry == "Agronegócio"
    assert main_title_modified(tab)
    workspace.undo_stack.undo()
    assert workspace.accounts.get(account_id).industry == ""
    assert tab.editor.fields["industry"].value() == ""


def main_title_modified(tab) -> bool:
    return tab.window().isWindowModified()


def test_invalid_cnpj_in_the_editor_is_shown_and_not_saved(qtbot, tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    field = tab.editor.fields["tax_id"]
    qtbot.keyClicks(field.widget, "11.222.333/0001-80")
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    assert "not a valid CNPJ" in field.problem
    assert workspace.accounts.get(account_id).tax_id == ""
    assert workspace.undo_stack.count() == 0


def test_emptying_the_name_is_refused_at_the_field(qtbot, tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    field = tab.editor.fields["name"]
    field.widget.clear()
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    assert "required" in field.problem
    assert workspace.accounts.get(account_id).name == "Agro Cerrado"


def test_rating_a_criterion_updates_the_live_score_and_the_table(tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    rating = tab.editor.fields["icp:offer_fit"]
    rating.widget.setCurrentIndex(rating.widget.findData(5))
    rating.widget.activated.emit(rating.widget.currentIndex())
    assert tab.editor.score_label.text() == "ICP 100"
    assert workspace.accounts.get(account_id).icp_ratings == {"offer_fit": 5}
    assert tab.proxy.index(0, AccountColumn.ICP).data() == "100"
    workspace.undo_stack.undo()
    assert tab.editor.score_label.text() == "ICP —"


def test_lifecycle_and_tier_override_are_undoable(tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    stage = tab.editor.fields["lifecycle_stage"].widget
    stage.setCurrentIndex(stage.findData(LifecycleStage.RETENTION))
    stage.activated.emit(stage.currentIndex())
    override = tab.editor.fields["tier_override"].widget
    override.setCurrentIndex(override.findData(Tier.A))
    override.activated.emit(override.currentIndex())
    row = workspace.accounts.list_rows()[0]
    assert (row.lifecycle_stage, row.tier, row.tier_is_override) == (
        LifecycleStage.RETENTION,
        Tier.A,
        True,
    )
    assert "(manual)" in tab.proxy.index(0, AccountColumn.TIER).data()
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    row = workspace.accounts.list_rows()[0]
    assert (row.lifecycle_stage, row.tier_is_override) == (LifecycleStage.TARGETING, False)


def test_archive_hides_the_account_and_undo_shows_it_again(tab, workspace):
    (account_id,) = seed(workspace, "Agro Cerrado")
    workspace.set_current_account(account_id)
    tab.archive_action.trigger()
    assert visible_names(tab) == []
    tab.show_archived.setChecked(True)
    assert visible_names(tab) == ["Agro Cerrado"]
    workspace.undo_stack.undo()
    assert not workspace.accounts.get(account_id).archived


def answer_next_message_box(button_text: str) -> None:
    """Clicks ``button_text`` in the message box that is about to open (it runs modal)."""

    def click():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_delete_asks_first_and_undo_restores_everything(tab, workspace, portfolio):
    from kamdesk.model import RevenueRecord

    (account_id,) = seed(workspace, "Agro Cerrado")
    with portfolio.session() as session:
        import datetime as dt

        session.add(
            RevenueRecord(
                account_id=account_id,
                month=dt.date(2026, 1, 1),
                revenue=Decimal(100),
                recurring=Decimal(0),
            )
        )
    workspace.set_current_account(account_id)
    answer_next_message_box("Cancel")
    tab.delete_action.trigger()
    assert visible_names(tab) == ["Agro Cerrado"]
    answer_next_message_box("Delete")
    tab.delete_action.trigger()
    assert visible_names(tab) == []
    assert workspace.current_account is None
    workspace.undo_stack.undo()
    assert visible_names(tab) == ["Agro Cerrado"]
    assert workspace.accounts.list_rows()[0].annual_revenue >= 0
    with portfolio.session() as session:
        assert session.get(RevenueRecord, 1).revenue == Decimal(100)


def test_strategies_and_suggested_stage_are_undoable_edits(tab, workspace, portfolio):
    import datetime as dt

    from kamdesk.model import RevenueRecord
    from kamdesk.model.enums import Strategy

    (account_id,) = seed(workspace, "Agro Cerrado")
    today = dt.date.today().replace(day=1)
    with portfolio.session() as session:  # steady revenue for two years → retention
        for back in range(1, 25):
            index = today.year * 12 + today.month - 1 - back
            month = dt.date(index // 12, index % 12 + 1, 1)
            session.add(
                RevenueRecord(
                    account_id=account_id,
                    month=month,
                    revenue=Decimal(1000),
                    recurring=Decimal(800),
                )
            )
    workspace.accounts_changed.emit()
    workspace.set_current_account(account_id)
    editor = tab.editor
    editor.strategy_boxes[Strategy.UP_SELL].setChecked(True)
    assert workspace.accounts.get(account_id).strategies == (Strategy.UP_SELL,)
    assert not editor.apply_suggestion.isHidden()
    editor.apply_suggestion.click()
    assert workspace.accounts.get(account_id).lifecycle_stage is LifecycleStage.RETENTION
    assert editor.apply_suggestion.isHidden()
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    data = workspace.accounts.get(account_id)
    assert (data.strategies, data.lifecycle_stage) == ((), LifecycleStage.TARGETING)
