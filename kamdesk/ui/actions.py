"""Tool-bar actions of a tab: a text, a tooltip, and a shortcut that works only while the tab
(or a widget in it) has the focus, so two tabs can use the same key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def tab_action(parent: QWidget, text: str, slot, tip: str = "", shortcut=None) -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tip or text)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    return action
