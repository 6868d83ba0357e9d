"""Other users' saves appear without restarting (team mode, issue 9).

A background thread listens to the server's change notices (``ChangeFeed``); on the GUI
thread the workspace then notes the new snapshot as seen and tells the views which kinds of
data to read again. Notices are gathered for a moment, so a burst of saves is one reload.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

LISTEN_TIMEOUT_S = 1.0  # how soon the thread notices it should stop
RECONNECT_AFTER_S = 5.0
GATHER_MS = 300

log = logging.getLogger(__name__)


class LiveUpdates(QObject):
    """Hears ``portfolio.change_feed()`` and calls ``on_changes(tables)`` on the GUI thread."""

    arrived = Signal(object)  # a set of table names, from the listening thread

    def __init__(self, portfolio, on_changes, parent: QObject | None = None):
        super().__init__(parent)
        self._portfolio = portfolio
        self._on_changes = on_changes
        self._pending: set[str] = set()
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._deliver)
        self.arrived.connect(self._gathered)
        self._stop = stop = threading.Event()
        self.destroyed.connect(lambda *_: stop.set())  # the workspace went without close()
        self._thread = threading.Thread(target=self._listen, name="kamdesk-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stops listening; notices still on their way are dropped (the portfolio closes)."""
        self._stop.set()
        self._gather.stop()
        self._thread.join(timeout=LISTEN_TIMEOUT_S * 3)

    def _listen(self) -> None:
        feed, lost = None, False
        while not self._stop.is_set():
            try:
                feed = feed or self._portfolio.change_feed()
                tables = feed.wait(LISTEN_TIMEOUT_S)
            except Exception as exc:  # the server went away: try again in a while, quietly
                if not lost:  # said once per outage, not every few seconds
                    log.warning("team server notices lost (%s); reconnecting", exc)
                feed, lost = self._closed(feed), True
                self._stop.wait(RECONNECT_AFTER_S)
                continue
            lost = False
            if tables:
                self.arrived.emit(tables)
        self._closed(feed)

    @staticmethod
    def _closed(feed) -> None:
        if feed is not None:
            with contextlib.suppress(Exception):  # already broken
                feed.close()

    def _gathered(self, tables: set[str]) -> None:
        if not self._stop.is_set():
            self._pending |= tables
            self._gather.start()

    def _deliver(self) -> None:
        tables, self._pending = self._pending, set()
        if tables and not self._stop.is_set():
            self._on_changes(tables)
