"""Reading for a view off the GUI thread, keeping only the latest request.

The review and whitespace views read the whole portfolio's opportunities, seconds at 50,000,
so they read through :func:`run_in_background` (its dialog shows only when a read is slow).
One read runs at a time: a request made while one runs waits, and only the newest waiting
request runs after it (the result of a read that was overtaken is dropped). A read cannot be
cancelled half-way, so the dialog has no Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kamdesk.ui.background import BackgroundTask, run_in_background


class LatestRead(QObject):
    done = Signal(object)  # the result of the latest request
    failed = Signal(object)  # the exception the latest request raised

    def __init__(self, parent: QWidget, title: str):
        super().__init__(parent)
        self.title = title
        self.task: BackgroundTask | None = None
        self._waiting: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def request(self, read: Callable[[], Any]) -> None:
        """Runs ``read`` (no widgets in it) now, or after the running read."""
        if self.task is not None:
            self._waiting = read
            return
        self.task = run_in_background(
            self.parent(), self.title, lambda progress: read(), self._done, self._failed
        )
        self.task.dialog.setCancelButton(None)

    def _next(self) -> bool:
        """Starts the waiting request, if any; True when it did (the result is stale)."""
        self.task = None
        if self._waiting is None:
            return False
        read, self._waiting = self._waiting, None
        self.request(read)
        return True

    def _done(self, result: object) -> None:
        if not self._next():
            self.done.emit(result)

    def _failed(self, error: BaseException, details: str) -> None:
        if not self._next():
            self.failed.emit(error)
