"""Uncaught exceptions: a friendly dialog, a rotating log file, and the portfolio left intact.

Every edit is already committed by its service in one transaction, so an exception that
reaches the top has never left a half-written record: the dialog can say so truthfully.
:class:`CrashReporter` takes over ``sys.excepthook``, ``threading.excepthook`` and Qt's message
handler; it never blocks (the dialog is non-modal), never recurses (a failure while reporting is
only logged) and shows one dialog per repeated exception, counting the repeats.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import (
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk import APP_NAME, __version__
from kamdesk.ui.colors import MUTED_TEXT

LOG_FILE_NAME = "kamdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
DIALOG_WIDTH = 640
DETAILS_HEIGHT = 260
MAX_OPEN_DIALOGS = 3  # distinct problems at once; past that they are only logged

log = logging.getLogger("kamdesk.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


# -- the log file ----------------------------------------------------------------------------


class _KamdeskLogHandler(logging.handlers.RotatingFileHandler):
    """Our handler on the root logger, told apart from any other so it is added only once."""


def configure_logging(folder: Path | None = None) -> Path:
    """Sends INFO and above from every logger to a rotating file in the log folder; returns
    the file. Calling it again with the same folder changes nothing."""
    if folder is None:
        from kamdesk.store.paths import logs_dir

        folder = logs_dir()
    path = Path(folder) / LOG_FILE_NAME
    root = logging.getLogger()
    if log_file() == path.resolve():
        return path
    stop_logging()  # another folder: tests give each run its own
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _KamdeskLogHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    log.info("%s started: %s", APP_NAME, environment_summary().replace("\n", "; "))
    return path


def stop_logging() -> None:
    """Closes the log file and takes its handler off (tests, each with its own folder)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _KamdeskLogHandler)]:
        root.removeHandler(handler)
        handler.close()


def log_file() -> Path | None:
    """The file the log is written to, once :func:`configure_logging` ran."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _KamdeskLogHandler):
            return Path(handler.baseFilename)
    return None


def environment_summary() -> str:
    return "\n".join(
        [
            f"{APP_NAME} {__version__}",
            f"Python {platform.python_version()}",
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
            f"{platform.platform()}",
        ]
    )


def crash_details(exc_info: ExcInfo, thread_name: str, when: dt.datetime) -> str:
    """What support needs, as copied by "Copy details": versions, system, the traceback."""
    lines = traceback.format_exception(*exc_info)
    return (
        f"{environment_summary()}\n"
        f"{when.isoformat(timespec='seconds')}, thread {thread_name}\n\n" + "".join(lines)
    ).rstrip()


def signature(exc_info: ExcInfo) -> tuple:
    """Same type raised from the same lines: the same problem, however its message varies."""
    exc_type, _exc, tb = exc_info
    frames = tuple((f.filename, f.lineno) for f in traceback.extract_tb(tb)) if tb else ()
    return (exc_type.__module__, exc_type.__qualname__, frames)


def _worth_logging_again(count: int) -> bool:
    """A storm (a paint event failing on every frame) must not push the first, full report
    out of the rotating log: repeats are noted at 2, 10, 100, 1000…"""
    return count == 2 or (count >= 10 and str(count).rstrip("0") == "1")


# -- the dialog -----------------------------------------------------------------------------


class CrashDialog(QDialog):
    """Something went wrong: what it means for the KAM's data, and what they can do."""

    quit_requested = Signal()

    def __init__(self, exc_info: ExcInfo, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("KAMdesk — unexpected problem"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = details
        self.count = 1
        self.log_path = log_file()
        self._build(exc_info)

    def _build(self, exc_info: ExcInfo) -> None:
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = QLabel(self.tr("Something went wrong."))
        font = QFont(headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        headline.setFont(font)
        reassurance = QLabel(
            self.tr(
                "Your portfolio is safe: every change you made was already saved. "
                "What you were doing at that moment may not have finished; check it and "
                "try again, or quit and open KAMdesk again."
            )
        )
        reassurance.setWordWrap(True)
        exc_type, exc, _tb = exc_info
        self.summary = QLabel(
            self.tr("Technical summary: %1").replace("%1", f"{exc_type.__name__}: {exc}")
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.repeats = QLabel()
        self.repeats.setVisible(False)
        self.log_label = QLabel(self._log_text())
        self.log_label.setWordWrap(True)
        # The path in a read-only field: it can be long, and copied exactly as it is.
        self.log_field = QLineEdit(str(self.log_path) if self.log_path else "")
        self.log_field.setReadOnly(True)
        self.log_field.setVisible(self.log_path is not None)

        self.details_view = QPlainTextEdit(self.details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setFont(QFont("monospace"))
        self.details_view.setVisible(False)

        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(
            self.tr("Copies what happened, with the versions of KAMdesk and of your system")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button = QPushButton(self.tr("Show log folder"))
        self.log_button.clicked.connect(self.show_log_folder)
        self.log_button.setEnabled(self.log_path is not None)
        self.quit_button = QPushButton(self.tr("Quit KAMdesk"))
        self.quit_button.clicked.connect(self._quit)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)

        text = QVBoxLayout()
        for widget in (headline, reassurance, self.summary, self.repeats, self.log_label):
            text.addWidget(widget)
        text.addWidget(self.log_field)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        for button in (self.toggle_button, self.copy_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(buttons)
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the buttons, tall enough for the wrapped text at that width."""
        layout = self.layout()
        layout.activate()
        width = max(DIALOG_WIDTH, layout.sizeHint().width())
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, layout.sizeHint().height()))

    def _log_text(self) -> str:
        if self.log_path is None:
            return self.tr("No log file could be written.")
        return self.tr("The details were written to the log file:")

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        if shown:
            self.resize(self.width(), self.height() + DETAILS_HEIGHT)
        else:
            self._fit()

    def count_repeat(self) -> None:
        """The same problem happened again while this dialog was open."""
        self.count += 1
        self.repeats.setText(
            self.tr("This happened %n time(s) since this message opened.", "", self.count)
        )
        self.repeats.setVisible(True)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def show_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.accept()


# -- the reporter ---------------------------------------------------------------------------


class CrashReporter(QObject):
    """Routes uncaught exceptions (any thread) to the log and to a :class:`CrashDialog`."""

    _from_thread = Signal(object, str)  # (exc_info, thread name), queued to the GUI thread
    dialog_class = CrashDialog

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialogs: dict[tuple, CrashDialog] = {}
        self._reporting = False
        self._previous_hooks = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks ---------------------------------------------------------------------------

    def install(self) -> None:
        if self._previous_hooks is not None:
            return
        previous_qt = qInstallMessageHandler(self._qt_message)
        self._previous_hooks = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        """Puts back the hooks found at :meth:`install` (tests install and remove it)."""
        if self._previous_hooks is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous_hooks
        qInstallMessageHandler(previous_qt)
        self._previous_hooks = None

    def _excepthook(self, exc_type, exc, tb) -> None:
        self._pass_on(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        self.report(exc_type, exc, tb)

    def _pass_on(self, exc_type, exc, tb) -> None:
        """The hook found at install still gets it: the console, or pytest-qt's capture."""
        previous = self._previous_hooks[0] if self._previous_hooks else None
        if previous is None or (previous is sys.__excepthook__ and sys.stderr is None):
            return  # a windowed build has no console
        try:
            previous(exc_type, exc, tb)
        except Exception:
            log.exception("The previous exception hook failed")

    def _thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
        name = args.thread.name if args.thread is not None else "?"
        # Logged here at once, in case the process does not survive to show the dialog.
        self._log(exc_info, name)
        self._from_thread.emit(exc_info, name)

    def _qt_message(self, kind: QtMsgType, context, message: str) -> None:
        level = {
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(kind)
        if level is not None:
            logging.getLogger("qt").log(level, "%s", message)
        if kind == QtMsgType.QtFatalMsg:
            logging.shutdown()  # Qt aborts right after this returns: keep what was logged
        previous = self._previous_hooks[2] if self._previous_hooks else None
        if callable(previous):  # pytest-qt's capture, say
            previous(kind, context, message)
        elif sys.stderr is not None and level is not None:
            print(message, file=sys.stderr)

    # -- reporting -----------------------------------------------------------------------

    def report(self, exc_type, exc, tb) -> CrashDialog | None:
        """Logs the exception and shows it; returns the dialog (a new one, or the open one that
        counted this repeat), or None when it was only logged."""
        exc_info = (exc_type, exc, tb)
        name = threading.current_thread().name
        if self._reporting:  # failed while showing the dialog: do not recurse
            log.error("Another problem while reporting one", exc_info=exc_info)
            return None
        if signature(exc_info) not in self.dialogs:  # repeats are counted by _show
            self._log(exc_info, name)
        return self._show(exc_info, name)

    def _log(self, exc_info: ExcInfo, thread_name: str) -> None:
        log.error("Uncaught exception in thread %s", thread_name, exc_info=exc_info)

    def _show(self, exc_info: ExcInfo, thread_name: str) -> CrashDialog | None:
        key = signature(exc_info)
        repeated = self.dialogs.get(key)
        if repeated is not None:
            repeated.count_repeat()
            if _worth_logging_again(repeated.count):
                log.error(
                    "The same problem again (%d times): %s",
                    repeated.count,
                    traceback.format_exception_only(*exc_info[:2])[-1].strip(),
                )
            return repeated
        if len(self.dialogs) >= MAX_OPEN_DIALOGS or QApplication.instance() is None:
            return None  # too many at once, or the application is gone: logged only
        self._reporting = True
        try:
            dialog = self._open_dialog(exc_info, thread_name, key)
        except Exception:
            log.exception("The crash dialog could not be shown")
            return None
        finally:
            self._reporting = False
        return dialog

    def _open_dialog(self, exc_info: ExcInfo, thread_name: str, key: tuple) -> CrashDialog:
        details = crash_details(exc_info, thread_name, dt.datetime.now())
        # On the main window, not on whatever dialog failed: that one may close and take
        # its children with it.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
        parent = next((w for w in windows if w.isVisible()), None)
        dialog = self.dialog_class(exc_info, details, parent)
        try:
            dialog.show()
            dialog.raise_()
        except Exception:
            dialog.close()
            raise
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _result: self.dialogs.pop(key, None))
        dialog.quit_requested.connect(quit_application)
        return dialog


def quit_application() -> None:
    """Closes every window (each closes its portfolio cleanly), then leaves the event loop."""
    QApplication.closeAllWindows()
    QApplication.quit()


_installed: CrashReporter | None = None


def install_crash_handling(app: QApplication) -> CrashReporter:
    """Starts the log and the crash hooks once per process; returns the reporter."""
    global _installed
    configure_logging()
    if _installed is None:
        _installed = CrashReporter(app)
        _installed.install()
    return _installed
