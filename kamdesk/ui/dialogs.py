"""Message boxes that do not block the event loop (window-modal, opened with ``open()``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(
    parent: QWidget | None,
    headline: str,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    box = QMessageBox(
        icon,
        parent.window().windowTitle() if parent else "KAMdesk",
        headline,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("messageBox")
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
