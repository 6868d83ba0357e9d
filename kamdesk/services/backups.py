"""The backups of a portfolio: list, make (daily, manual), prune, restore, rescue a damaged file.

Which backups are a portfolio's? Each backup carries the portfolio's identity (the
``portfolio_id`` setting) inside, so renaming the portfolio file keeps its backups. A backup
belongs to a portfolio when both identities can be read and are equal; when either cannot be
read (a portfolio older than the identity, a damaged file) the name decides: the backup's name
starts with the portfolio's file name. Two files with the same name in different folders are
therefore never mixed up; a copy made outside KAMdesk (which keeps the identity) shares its
backups with the original, while File ▸ Save a copy gives the copy an identity of its own.

Pruning keeps the newest ``keep`` backups of the portfolio and, besides them, always the newest
"before upgrade" one: it is the only way back to the file as the previous version of KAMdesk
left it. Other portfolios' backups, and files that are not backups, are never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kamdesk.store import Portfolio
from kamdesk.store.backup import (
    BackupReason,
    backup_portfolio,
    default_folder,
    parse_backup_name,
    read_identity,
    remove_stale_partials,
    restore_over_damaged,
    verify_backup,
)
from kamdesk.store.errors import BackupDamaged, PortfolioError

DEFAULT_KEEP = 10
KEEP_RANGE = (1, 100)

__all__ = [
    "DEFAULT_KEEP",
    "KEEP_RANGE",
    "Backup",
    "BackupReason",
    "BackupService",
    "clamp_keep",
]


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime  # local time, as in the file name
    reason: str  # a BackupReason value (an unknown word from a newer version is kept as is)
    size: int  # bytes

    @property
    def id(self) -> str:  # table models key rows by id
        return str(self.path)


def clamp_keep(value: object) -> int:
    """How many backups to keep, from a setting that may hold anything."""
    try:
        keep = int(value)
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return max(KEEP_RANGE[0], min(KEEP_RANGE[1], keep))


class BackupService:
    """Backups in ``folder`` (the platform's backup folder unless given); ``clock`` gives the
    local time (tests inject one to make days pass)."""

    def __init__(
        self,
        folder: Path | None = None,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        self._folder = folder
        self.keep = clamp_keep(keep)
        self.clock = clock

    @property
    def folder(self) -> Path:
        """The backup folder (created if needed); raises BackupFolderNotWritable."""
        return self._folder or default_folder()

    # -- listing -----------------------------------------------------------------------

    def list_backups(self, portfolio_path: Path) -> list[Backup]:
        """The backups of the portfolio at ``portfolio_path``, newest first."""
        portfolio_path = Path(portfolio_path)
        identity = read_identity(portfolio_path)
        found = []
        for path in self._backup_files():
            name = parse_backup_name(path)
            if name is None:
                continue
            if self._belongs(path, name.stem, portfolio_path.stem, identity):
                with contextlib.suppress(OSError):  # vanished meanwhile: not listed
                    found.append(Backup(path, name.made_at, name.reason, path.stat().st_size))
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    def _backup_files(self) -> list[Path]:
        try:
            return [p for p in self.folder.iterdir() if p.is_file()]
        except (OSError, PortfolioError):  # no folder, no backups (making one will say why)
            return []

    @staticmethod
    def _belongs(path: Path, stem: str, portfolio_stem: str, identity: str | None) -> bool:
        theirs = read_identity(path) if identity else None
        if identity and theirs:
            return theirs == identity
        return stem == portfolio_stem

    # -- making and pruning --------------------------------------------------------------

    def make(
        self,
        portfolio_path: Path,
        reason: BackupReason = BackupReason.MANUAL,
        progress: Callable[[int, int], None] | None = None,
        prune: bool = True,
    ) -> Backup:
        """A new backup of the portfolio; then the oldest beyond ``keep`` are deleted.

        Raises PortfolioVanished, BackupFolderNotWritable, DiskFull or BackupError, each
        naming the file or folder; nothing is left half written.
        """
        portfolio_path = Path(portfolio_path)
        now = self.clock()
        path = backup_portfolio(portfolio_path, reason, self.folder, now, progress)
        remove_stale_partials(self.folder, portfolio_path.stem)
        if prune:
            self.prune(portfolio_path, keep_also=path)
        return Backup(path, now, reason, path.stat().st_size)

    def make_daily(
        self, portfolio_path: Path, progress: Callable[[int, int], None] | None = None
    ) -> Backup | None:
        """The day's backup, on the first open of each calendar day; None when there is one."""
        today = self.clock().date()
        if any(
            b.reason == BackupReason.DAILY and b.made_at.date() == today
            for b in self.list_backups(portfolio_path)
        ):
            return None
        return self.make(portfolio_path, BackupReason.DAILY, progress)

    def prune(self, portfolio_path: Path, keep_also: Path | None = None) -> list[Path]:
        """Deletes this portfolio's backups beyond the newest ``keep`` (see the module doc)."""
        backups = self.list_backups(portfolio_path)
        kept = {b.path for b in backups[: self.keep]}
        upgrades = [b for b in backups if b.reason == BackupReason.BEFORE_UPGRADE]
        if upgrades:
            kept.add(upgrades[0].path)
        if keep_also is not None:
            kept.add(keep_also)
        deleted = []
        for backup in backups:
            if backup.path in kept:
                continue
            try:
                backup.path.unlink()
            except OSError:
                continue  # a locked or read-only old backup stays; the next prune tries again
            deleted.append(backup.path)
        return deleted

    # -- restoring -----------------------------------------------------------------------

    def verify(self, backup_path: Path) -> None:
        """Raises BackupDamaged (or PortfolioFromNewerVersion) unless the backup is intact."""
        verify_backup(Path(backup_path))

    def restore(
        self,
        portfolio: Portfolio,
        backup_path: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> Backup:
        """Replaces the open portfolio's content by the backup's, after backing up the current
        state ("before restore"). Returns that backup. The portfolio keeps its file and lock;
        reopen it afterwards so every view (and, for an older backup, the schema) is fresh.

        Nothing is changed when the backup is damaged or the current state cannot be backed up.
        """
        backup_path = Path(backup_path)
        self.verify(backup_path)
        if backup_path.resolve() == portfolio.path:
            raise BackupDamaged(backup_path, "a portfolio cannot be restored from itself")
        # Not pruned: with a small ``keep`` that could delete the very backup being restored.
        before = self.make(portfolio.path, BackupReason.BEFORE_RESTORE, progress, prune=False)
        portfolio.restore_from(backup_path)
        return before

    def newest_good(self, portfolio_path: Path) -> Backup | None:
        """The newest backup of the portfolio that passes the full integrity check."""
        for backup in self.list_backups(portfolio_path):
            try:
                self.verify(backup.path)
            except PortfolioError:
                continue
            return backup
        return None

    def replace_damaged(self, damaged_path: Path, backup_path: Path, aside: Path) -> Path:
        """Puts the backup in the damaged portfolio's place; the damaged file is kept beside it
        as ``aside`` (see :meth:`aside_path`), never deleted. Returns ``aside``."""
        return restore_over_damaged(Path(damaged_path), Path(backup_path), Path(aside))

    def aside_path(self, path: Path, word: str) -> Path:
        """A free name beside ``path`` for keeping the damaged file: "Carteira (damaged …)"."""
        stamp = self.clock().strftime("%Y-%m-%d %H%M")
        for n in range(1, 1000):
            extra = f" {n}" if n > 1 else ""
            candidate = path.with_name(f"{path.stem} ({word} {stamp}{extra}){path.suffix}")
            if not any(p.exists() for p in (candidate, Path(f"{candidate}-wal"))):
                return candidate
        raise PortfolioError(path, "no free name to keep the damaged file")
