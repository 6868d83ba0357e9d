"""Uncaught exceptions reach a friendly dialog and the log; the portfolio is never half-written.

The reporter is installed on top of pytest-qt's own exception capture: each exception is passed
on to it (so ``qtbot.capture_exceptions`` sees it and the test does not fail for it), and the
hooks are put back when the test ends.
"""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from kamdesk import __version__
from kamdesk.services.accounts import AccountData
from kamdesk.ui.crash import (
    CrashDialog,
    CrashReporter,
    configure_logging,
    log_file,
    stop_logging,
)

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def log_path(isolated_user_folders):
    path = configure_logging()
    yield path
    stop_logging()


@pytest.fixture
def reporter(qtbot, log_path):
    """A reporter whose hooks sit on pytest-qt's capture; what it captured is checked."""
    reporter = CrashReporter()
    with qtbot.capture_exceptions() as captured:
        reporter.install()
        reporter.captured = captured
        yield reporter
        reporter.uninstall()
    for dialog in list(reporter.dialogs.values()):
        dialog.close()


def raise_value_error(message: str = "Tier desconhecido: Z") -> None:
    raise ValueError(message)


def button_that_runs(qtbot, slot) -> QPushButton:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    return button


def only_dialog(reporter: CrashReporter) -> CrashDialog:
    (dialog,) = reporter.dialogs.values()
    return dialog


def reported(reporter: CrashReporter, exception_factory) -> CrashDialog | None:
    """Raises through a real traceback and reports it, as the hook would."""
    try:
        exception_factory()
    except Exception:
        return reporter.report(*sys.exc_info())
    raise AssertionError("nothing was raised")


# -- the hooks --------------------------------------------------------------------------------


def test_an_exception_in_a_slot_opens_the_dialog_and_logs_the_traceback(qtbot, reporter, log_path):
    button = button_that_runs(qtbot, lambda: raise_value_error())
    button.click()

    dialog = only_dialog(reporter)
    assert dialog.isVisible() and not dialog.isModal()
    assert "Your portfolio is safe" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.summary))
    )
    assert "ValueError: Tier desconhecido: Z" in dialog.summary.text()
    assert dialog.log_field.text() == str(log_path)
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in raise_value_error" in text and "ValueError: Tier desconhecido: Z" in text
    assert [exc_type for exc_type, *_ in reporter.captured] == [ValueError]  # passed on


def test_an_exception_in_another_thread_is_logged_at_once_and_shown_on_the_gui_thread(
    qtbot, reporter, log_path
):
    worker = threading.Thread(target=raise_value_error, args=("no disco",), name="exportador")
    worker.start()
    worker.join()
    assert "ValueError: no disco" in log_path.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)
    dialog = only_dialog(reporter)
    assert "thread exportador" in dialog.details
    assert dialog.thread() is QGuiApplication.instance().thread()


def test_qt_warnings_go_to_the_log(reporter, log_path):
    qWarning("QFont: tamanho de fonte inválido")
    assert "WARNING qt" in log_path.read_text(encoding="utf-8")
    assert "tamanho de fonte inválido" in log_path.read_text(encoding="utf-8")


def test_uninstall_puts_back_the_hooks_it_found(log_path):
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter()
    reporter.install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_logging_is_configured_once_and_takes_warnings_of_the_whole_app(log_path):
    assert configure_logging() == log_path
    ours = [h for h in logging.getLogger().handlers if type(h).__name__ == "_KamdeskLogHandler"]
    assert len(ours) == 1
    logging.getLogger("kamdesk.ui.main_window").warning("no automatic forecast snapshot")
    logging.getLogger("kamdesk.services").info("portfolio opened")
    text = log_path.read_text(encoding="utf-8")
    assert f"KAMdesk started: KAMdesk {__version__}" in text
    assert "no automatic forecast snapshot" in text and "portfolio opened" in text
    handler = ours[0]
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)


def test_the_real_app_logs_an_uncaught_exception_in_its_log_folder(tmp_path):
    """make_application installs the hooks: a slot that fails in the running app is logged."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from kamdesk.ui.app import make_application\n"
        "app = make_application(language='en')\n"
        "def fail(): raise LookupError('conta sumiu')\n"
        "QTimer.singleShot(0, fail)\n"
        "QTimer.singleShot(300, app.quit)\n"
        "sys.exit(app.exec())\n"
    )
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KAMDESK_DATA_DIR": str(tmp_path / "data"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "data" / "logs" / "kamdesk.log").read_text(encoding="utf-8")
    assert "LookupError: conta sumiu" in text and "in fail" in text


# -- the dialog -------------------------------------------------------------------------------


def test_copy_details_puts_versions_and_traceback_on_the_clipboard(reporter):
    dialog = reported(reporter, lambda: raise_value_error("Receita negativa"))
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details
    assert f"KAMdesk {__version__}" in copied
    assert "Qt 6." in copied and "PySide6 6." in copied and "Python 3." in copied
    assert "Traceback (most recent call last)" in copied
    assert copied.rstrip().endswith("ValueError: Receita negativa")
    assert dialog.copy_button.text() == "Copied"


def test_details_are_shown_on_request(qtbot, reporter):
    dialog = reported(reporter, raise_value_error)
    assert not dialog.details_view.isVisible()
    dialog.toggle_button.click()
    assert dialog.details_view.isVisible()
    assert "raise_value_error" in dialog.details_view.toPlainText()
    assert dialog.toggle_button.text() == "Hide details"


def test_show_log_folder_opens_the_folder_of_the_log(reporter, log_path):
    class Opener(QObject):
        opened: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(url)

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        dialog = reported(reporter, raise_value_error)
        dialog.log_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(log_path.parent)]


def test_continue_closes_the_dialog_and_a_later_exception_opens_a_new_one(qtbot, reporter):
    first = reported(reporter, raise_value_error)
    first.continue_button.click()
    qtbot.waitUntil(lambda: not reporter.dialogs)
    second = reported(reporter, raise_value_error)
    assert second is not None and second.count == 1


def test_quit_closes_every_window_and_releases_the_portfolio(qtbot, reporter, main_window):
    from kamdesk.store import Portfolio

    path = main_window.workspace.portfolio.path
    dialog = reported(reporter, raise_value_error)
    dialog.quit_button.click()
    assert not main_window.isVisible()
    assert main_window.workspace is None
    with Portfolio.open(path):  # released: it opens again
        pass


# -- guards -----------------------------------------------------------------------------------


def test_the_same_exception_repeated_shows_one_dialog_and_counts(reporter, log_path):
    for attempt in range(50):
        reported(reporter, lambda n=attempt: raise_value_error(f"tentativa {n}"))
    dialog = only_dialog(reporter)
    assert dialog.count == 50
    assert "50" in dialog.repeats.text()
    text = log_path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 1  # the storm does not flood it
    assert text.count("The same problem again") == 2  # at 2 and at 10


def test_a_different_exception_gets_its_own_dialog_up_to_a_limit(reporter, log_path):
    def raise_key_error():
        raise KeyError("Setor")

    def raise_type_error():
        raise TypeError("data")

    def raise_zero_division():
        return 1 / 0

    reported(reporter, raise_value_error)
    reported(reporter, raise_key_error)
    reported(reporter, raise_type_error)
    assert len(reporter.dialogs) == 3
    assert reported(reporter, raise_zero_division) is None  # only logged past three
    assert len(reporter.dialogs) == 3
    assert "ZeroDivisionError" in log_path.read_text(encoding="utf-8")


class DialogWithAFailingSlot(CrashDialog):
    """A slot run while the dialog is built fails: the hook is called again, mid-report."""

    def __init__(self, *args):
        super().__init__(*args)
        self.copy_button.clicked.connect(lambda: raise_value_error("falhou no diálogo"))
        self.copy_button.click()


def test_an_exception_while_showing_the_dialog_is_logged_without_recursion(
    qtbot, reporter, log_path
):
    reporter.dialog_class = DialogWithAFailingSlot
    button_that_runs(qtbot, lambda: raise_value_error()).click()
    dialog = only_dialog(reporter)  # the first problem's, nothing for the second
    assert "Tier desconhecido: Z" in dialog.summary.text()
    text = log_path.read_text(encoding="utf-8")
    assert "ValueError: Tier desconhecido: Z" in text
    assert "Another problem while reporting one" in text
    assert "ValueError: falhou no diálogo" in text


class DialogFailingToShow(CrashDialog):
    def showEvent(self, event) -> None:
        super().showEvent(event)
        raise RuntimeError("the dialog itself failed")


def test_a_dialog_failing_to_show_is_closed_and_the_failure_logged(reporter, log_path):
    reporter.dialog_class = DialogFailingToShow
    assert reported(reporter, raise_value_error) is None
    assert reporter.dialogs == {}
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]
    assert "the dialog itself failed" in log_path.read_text(encoding="utf-8")


class DialogFailingToBuild(CrashDialog):
    def __init__(self, *args):
        raise RuntimeError("no memory for a dialog")


def test_a_dialog_that_cannot_be_built_leaves_the_report_in_the_log(reporter, log_path):
    reporter.dialog_class = DialogFailingToBuild
    assert reported(reporter, raise_value_error) is None
    text = log_path.read_text(encoding="utf-8")
    assert "ValueError: Tier desconhecido: Z" in text
    assert "The crash dialog could not be shown" in text
    assert "RuntimeError: no memory for a dialog" in text
    assert reporter.dialogs == {}


# -- the portfolio stays intact -----------------------------------------------------------


def stored_accounts(path) -> list[tuple]:
    """The accounts as another connection reads them from the file: only what was committed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT name, industry, owner, archived FROM account ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def test_an_exception_in_a_slot_after_a_write_leaves_the_write_whole(qtbot, reporter, workspace):
    def save_then_fail() -> None:
        workspace.accounts.create(AccountData(name="Agro Cerrado", industry="Agro", owner="Ana"))
        raise_value_error("depois de salvar")

    button_that_runs(qtbot, save_then_fail).click()
    assert only_dialog(reporter).isVisible()
    assert stored_accounts(workspace.portfolio.path) == [("Agro Cerrado", "Agro", "Ana", 0)]


def test_an_exception_inside_a_service_write_writes_nothing(qtbot, reporter, workspace):
    first = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    second = workspace.accounts.create(AccountData(name="Banco Paulista"))
    missing = second + 1000

    # The first account is archived in the transaction before the missing one fails it.
    button_that_runs(qtbot, lambda: workspace.accounts.set_archived([first, missing], True)).click()

    assert "ValidationError" in only_dialog(reporter).summary.text()
    assert [archived for *_, archived in stored_accounts(workspace.portfolio.path)] == [0, 0]
    assert log_file() is not None


def test_a_timer_slot_failing_in_the_event_loop_is_reported(qtbot, reporter):
    QTimer.singleShot(0, lambda: raise_value_error("no relógio"))
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)
    assert "no relógio" in only_dialog(reporter).summary.text()
