"""Small form widgets that commit on their own (there is no Save button to forget).

Each :class:`Field` wraps one input widget for one field of a record: it loads a value,
reads the edited value, says when the user finished editing, and shows a problem right
under the input when the value was refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import date_format

NO_DATE = QDate(1900, 1, 1)


class PlainTextEdit(QPlainTextEdit):
    """A multi-line text box that says when the user leaves it (commit point)."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class Field(QObject):
    """One input bound to one field; emits ``committed`` when the user is done with it."""

    committed = Signal(str)  # the field name

    def __init__(
        self,
        name: str,
        widget: QWidget,
        getter: Callable[[], object],
        setter: Callable[[object], None],
        finished: Signal,
    ):
        super().__init__(widget)
        self.name, self.widget = name, widget
        self._get, self._set = getter, setter
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        self.problem_label.setObjectName(f"problem_{name}")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        finished.connect(lambda *_: self.committed.emit(self.name))
        self._loading = False

    def value(self) -> object:
        return self._get()

    def load(self, value: object) -> None:
        self.widget.blockSignals(True)
        try:
            self._set(value)
        finally:
            self.widget.blockSignals(False)
        self.show_problem(None)

    def show_problem(self, text: str | None) -> None:
        self.problem_label.setText(text or "")
        self.problem_label.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        self.widget.setStyleSheet(f"border: 1px solid {ERROR_TEXT.name()};" if text else "")

    @property
    def problem(self) -> str:
        return self.problem_label.text() if self.problem_label.isVisible() else ""


def text_field(name: str, placeholder: str = "", limit: int = 300) -> Field:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limit)
    return Field(
        name,
        edit,
        lambda: edit.text().strip(),
        lambda v: edit.setText(v or ""),
        edit.editingFinished,
    )


def long_text_field(name: str, placeholder: str = "") -> Field:
    edit = PlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return Field(
        name,
        edit,
        lambda: edit.toPlainText().strip(),
        lambda v: edit.setPlainText(v or ""),
        edit.editingFinished,
    )


def int_field(name: str, low: int, high: int, empty_text: str | None = None) -> Field:
    """A whole number; with ``empty_text`` the lowest value stands for “not given”."""
    box = QSpinBox()
    box.setRange(low - 1 if empty_text else low, high)
    box.setKeyboardTracking(False)
    box.setGroupSeparatorShown(True)
    if empty_text:
        box.setSpecialValueText(empty_text)

    def get():
        return None if empty_text and box.value() == box.minimum() else box.value()

    return Field(
        name,
        box,
        get,
        lambda v: box.setValue(box.minimum() if v is None else int(v)),
        box.valueChanged,
    )


def money_field(name: str, symbol: str, empty_text: str) -> Field:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(-0.01, 1e13)
    box.setPrefix(f"{symbol} ")
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)
    box.setSpecialValueText(empty_text)

    def get():
        return None if box.value() < 0 else Decimal(str(round(box.value(), 2)))

    return Field(
        name,
        box,
        get,
        lambda v: box.setValue(-0.01 if v is None else float(v)),
        box.editingFinished,
    )


def date_field(name: str, empty_text: str) -> Field:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)

    def get():
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def set_(v):
        edit.setDate(NO_DATE if v is None else QDate(v.year, v.month, v.day))

    return Field(name, edit, get, set_, edit.dateChanged)


def choice_field(name: str, choices: list[tuple[str, object]]) -> Field:
    """A drop-down of ``(label, value)`` pairs."""
    combo = QComboBox()
    # Long labels (translations) must not force the form wider than its panel.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    for label, value in choices:
        combo.addItem(label, value)

    def set_(v):
        index = combo.findData(v)
        combo.setCurrentIndex(max(index, 0))

    return Field(name, combo, lambda: combo.currentData(), set_, combo.activated)


def set_choices(field: Field, choices: list[tuple[str, object]]) -> None:
    combo: QComboBox = field.widget
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls up and down, never sideways: a form or a
    panel taller than a small screen's window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
