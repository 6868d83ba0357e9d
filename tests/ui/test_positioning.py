"""The Positioning page of the account editor: the differentiators field, and the positioning
history — record a review, see it listed, see what changed since marked — each one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from kamdesk.services.accounts import AccountData
from kamdesk.services.plan.interaction_checks import NOTES_LIMIT
from kamdesk.services.plan.positioning import PositioningService
from kamdesk.ui.account_editor import AccountEditor
from kamdesk.ui.plan.positioning_history import PositioningHistory

pytestmark = pytest.mark.usefixtures("english")

POSITIONING = {
    "value_proposition": "Cut their freight costs by 15 %",
    "desired_position": "We sell added value",
    "perceived_position": "The client buys commodity",
    "differentiators": "Support on site within 24 h",
}


@pytest.fixture
def account(workspace):
    account_id = workspace.accounts.create(AccountData(name="Agro Cerrado", **POSITIONING))
    workspace.accounts_changed.emit()
    return account_id


@pytest.fixture
def editor(qtbot, workspace, account):
    editor = AccountEditor(workspace)
    qtbot.addWidget(editor)
    editor.resize(900, 1400)
    editor.show()
    workspace.set_current_account(account)
    editor.show_account(account)
    editor.tabs.setCurrentIndex(3)  # Positioning
    qtbot.waitExposed(editor)
    return editor


def edit_field(editor: AccountEditor, name: str, text: str) -> None:
    """Types into a positioning field and leaves it, as the KAM does."""
    field = editor.fields[name]
    field.widget.setPlainText(text)
    field.widget.editingFinished.emit()


def record(qtbot, history: PositioningHistory, notes: str, day: dt.date | None = None):
    history.record_button.click()
    dialog = history.dialog
    qtbot.waitExposed(dialog)
    if day is not None:
        dialog.date.widget.setDate(QDate(day.year, day.month, day.day))
    dialog.notes.widget.setPlainText(notes)
    dialog.ok_button.click()
    return dialog


def test_differentiators_commit_as_one_undo_step(workspace, editor, account):
    edit_field(editor, "differentiators", "On-site support within 24 h\nERP integration")
    assert workspace.accounts.get(account).differentiators == (
        "On-site support within 24 h\nERP integration"
    )
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert workspace.accounts.get(account).differentiators == POSITIONING["differentiators"]
    assert editor.fields["differentiators"].value() == POSITIONING["differentiators"]
    workspace.undo_stack.redo()
    assert editor.fields["differentiators"].value().endswith("ERP integration")


def test_record_a_review_and_see_what_changed_since_marked(qtbot, workspace, editor, account):
    history = editor.positioning_history
    assert history.isVisible() and history.empty_label.isVisible()
    assert history.gap_label.isVisible()  # desired ≠ perceived

    dialog = record(qtbot, history, "Purchasing still compares on price.")
    assert not dialog.isVisible()
    assert history.model.rowCount() == 1
    assert history.table.isVisible() and not history.empty_label.isVisible()
    assert history.model.index(0, 1).data() == "Purchasing still compares on price."
    assert history.values["perceived_position"].text() == "The client buys commodity"
    assert not any(label.isVisible() for label in history.changes.values())  # nothing changed

    edit_field(editor, "perceived_position", "A reliable partner, but expensive")
    edit_field(editor, "differentiators", "")
    changed = {name for name, label in history.changes.items() if label.isVisible()}
    assert changed == {"perceived_position", "differentiators"}
    assert history.changes["perceived_position"].text() == (
        "▲ Changed since. Today: A reliable partner, but expensive"
    )
    assert history.changes["differentiators"].text() == "▲ Changed since. Today: (not written)"
    label = history.details.labelForField(history.values["perceived_position"].parentWidget())
    assert label.text() == "Perceived position ▲"
    assert history.values["perceived_position"].text() == "The client buys commodity"  # then

    workspace.undo_stack.undo()  # the differentiators again
    workspace.undo_stack.undo()  # the perceived position again
    assert not any(label.isVisible() for label in history.changes.values())
    workspace.undo_stack.undo()  # the review
    assert history.model.rowCount() == 0 and history.empty_label.isVisible()
    assert PositioningService(workspace.portfolio).history(account) == []
    workspace.undo_stack.redo()
    assert history.model.rowCount() == 1


def test_reviews_are_listed_newest_first_and_deleted_undoably(qtbot, workspace, editor, account):
    history = editor.positioning_history
    record(qtbot, history, "Q2 review", dt.date.today() - dt.timedelta(days=150))
    edit_field(editor, "perceived_position", "A partner")
    record(qtbot, history, "Q3 review", dt.date.today() - dt.timedelta(days=60))
    assert [history.model.index(r, 1).data() for r in range(2)] == ["Q3 review", "Q2 review"]
    history.table.selectRow(1)
    assert history.changes["perceived_position"].isVisible()  # the Q2 one said commodity
    history.table.selectRow(0)
    assert not history.changes["perceived_position"].isVisible()

    history.delete_button.click()
    assert [r.notes for r in history.model.rows()] == ["Q2 review"]
    workspace.undo_stack.undo()
    assert [r.notes for r in history.model.rows()] == ["Q3 review", "Q2 review"]


def test_notes_too_long_stay_in_the_dialog_with_a_message(qtbot, workspace, editor, account):
    history = editor.positioning_history
    dialog = record(qtbot, history, "x" * (NOTES_LIMIT + 1))
    assert dialog.isVisible()
    assert dialog.notes.problem == f"At most {NOTES_LIMIT} characters; got {NOTES_LIMIT + 1}."
    assert workspace.undo_stack.count() == 0
    assert PositioningService(workspace.portfolio).history(account) == []
    dialog.reject()


def test_a_review_of_a_deleted_account_is_refused_with_a_message(qtbot, workspace, editor):
    history = editor.positioning_history
    history.record_button.click()
    dialog = history.dialog
    workspace.accounts.delete([history.account_id])
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.notes.problem == "The account no longer exists."
    assert workspace.undo_stack.count() == 0
    dialog.reject()


def test_the_history_reads_again_when_shown(qtbot, workspace, account):
    history = PositioningHistory(workspace)
    qtbot.addWidget(history)
    history.show_account(account)
    PositioningService(workspace.portfolio).record_review(account, dt.date.today(), "Written")
    workspace.plan_changed.emit()  # hidden: read when shown
    assert history.model.rowCount() == 0
    history.show()
    qtbot.waitExposed(history)
    assert history.model.rowCount() == 1
    history.show_account(None)
    assert history.model.rowCount() == 0 and not history.record_button.isEnabled()
