"""The background helper: result on the GUI thread, progress, errors delivered, cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QPushButton

from kamdesk.ui.background import Cancelled, run_in_background


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        for n in range(3):
            progress.report(n + 1, 3, "step")
        return 42

    task = run_in_background(
        None,
        "Working",
        work,
        on_done=lambda r: seen.update(result=r, thread=threading.current_thread()),
    )
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert not task.dialog.isVisible()


def test_errors_come_back_with_details(qtbot):
    errors = []

    def work(progress):
        raise ValueError("planilha inválida")

    run_in_background(None, "Working", work, on_error=lambda e, d: errors.append((e, d)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], ValueError)
    assert "planilha inválida" in errors[0][1]


def test_cancel_stops_the_work_at_the_next_report(qtbot):
    started, outcome = threading.Event(), []

    def work(progress):
        started.set()
        for n in range(1000):
            progress.report(n, 1000)
            time.sleep(0.005)
        return "finished"

    task = run_in_background(
        None, "Working", work, on_done=outcome.append, on_cancel=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    cancel_button = task.dialog.findChild(QPushButton)
    cancel_button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_cancelled_is_an_exception_the_work_may_raise():
    with pytest.raises(Cancelled):
        raise Cancelled
