"""Run long work off the GUI thread with a progress dialog and a Cancel button.

The work is a plain function ``work(progress) -> result`` that never touches widgets. It calls
``progress.report(done, total, text)`` now and then; after Cancel that call raises
:class:`Cancelled`, so the work stops at a safe point (services roll back their transaction).
The result or the error comes back on the GUI thread through the callbacks.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """The user pressed Cancel; the work stopped without writing anything."""


class Progress:
    """Handed to the work function: reports progress, and tells it to stop after Cancel."""

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._relay.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries signals from the worker thread to the GUI thread (queued connections)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay, progress: Progress):
        super().__init__()
        self.work, self.relay, self.progress = work, relay, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self._deliver(self.relay.failed, exc, traceback.format_exc())
        else:
            self._deliver(self.relay.finished, result)

    @staticmethod
    def _deliver(signal, *values) -> None:
        # RuntimeError: the application is quitting and took the receiver with it.
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)


class BackgroundTask(QObject):
    """One running job with its dialog. Keep a reference until it finishes (the helper does)."""

    done = Signal(object)
    error = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]):
        super().__init__(parent)
        self._relay = _Relay()
        self.progress = Progress(self._relay)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick jobs finish without a flashing dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._relay.progressed.connect(self._show_progress)
        self._relay.finished.connect(self._finish)
        self._relay.failed.connect(self._fail)
        self._job = _Job(work, self._relay, self.progress)

    def start(self) -> BackgroundTask:
        _running.add(self)
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.dialog.close()
        _running.discard(self)

    def _finish(self, result: object) -> None:
        self._close()
        self.done.emit(result)

    def _fail(self, exc: BaseException, details: str) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.error.emit(exc, details)


_running: set[BackgroundTask] = set()


def run_in_background(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Starts ``work`` on the thread pool; the callbacks run on the GUI thread."""
    task = BackgroundTask(parent, title, work)
    if on_done:
        task.done.connect(on_done)
    if on_error:
        task.error.connect(on_error)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    return task.start()


def wait_for_background(timeout_s: float = 30.0) -> bool:
    """Runs the event loop until every job has delivered its result (True) or the time is up."""
    deadline = time.monotonic() + timeout_s
    app = QCoreApplication.instance()
    while _running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return not _running


def stop_background_work(timeout_ms: int = 10_000) -> bool:
    """Cancels every job and waits for the workers to stop. Called when the application quits:
    a job must not outlive the objects it reports to (its result would reach deleted ones)."""
    for task in list(_running):
        task.progress.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
