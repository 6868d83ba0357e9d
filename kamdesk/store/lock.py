"""One portfolio, one window: an exclusive lock file beside the portfolio."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from kamdesk.store.errors import PortfolioLocked


class PortfolioLock:
    """Held while a portfolio is open; a second window or process gets :class:`PortfolioLocked`.

    The OS releases the lock if the process dies, so a crash never leaves a portfolio locked.
    """

    def __init__(self, path: Path):
        self.path = path
        self._lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise PortfolioLocked(self.path) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
