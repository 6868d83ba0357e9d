"""What every tab of the Preferences dialog shares: the labels its messages show in, and
the problems OK found in its part of the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kamdesk.services.problems import Problem
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import problem_text


def message_label() -> QLabel:
    """A wrapping label for messages that come and go; hidden while it has none."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def problem_label() -> QLabel:
    """A red message label, for messages that keep the dialog open."""
    label = message_label()
    label.setStyleSheet(f"color: {ERROR_TEXT.name()};")
    return label


def show_messages(label: QLabel, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


class SettingsPage(QWidget):
    """A tab of the dialog. OK hands each page the problems in its part of the settings; by
    default they are listed in the red label that the page places in its layout."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.problems = problem_label()

    def show_problems(self, problems: list[Problem]) -> None:
        show_messages(self.problems, [problem_text(p) for p in problems])

    def clear_problems(self) -> None:
        show_messages(self.problems, [])
