"""Why a portfolio could not be opened. Messages are plain English; the UI translates by kind."""

from __future__ import annotations

from pathlib import Path


class PortfolioError(Exception):
    """A portfolio file could not be opened or used; nothing in it was changed."""

    def __init__(self, path: Path | str, detail: str = ""):
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.path}: {self.describe()}" + (f" ({detail})" if detail else ""))

    def describe(self) -> str:
        return "the portfolio could not be opened"


class PortfolioMissing(PortfolioError):
    def describe(self) -> str:
        return "the file does not exist"


class NotAPortfolio(PortfolioError):
    def describe(self) -> str:
        return "this file is not a KAMdesk portfolio"


class PortfolioFromNewerVersion(PortfolioError):
    def describe(self) -> str:
        return "this portfolio was made by a newer version of KAMdesk"


class PortfolioReadOnly(PortfolioError):
    def describe(self) -> str:
        return "the file or its folder cannot be written"


class PortfolioLocked(PortfolioError):
    def describe(self) -> str:
        return "the portfolio is already open in another KAMdesk window"


class PortfolioDamaged(PortfolioError):
    def describe(self) -> str:
        return "the portfolio file is damaged"


class PortfolioVanished(PortfolioMissing):
    """The open portfolio's file is gone (a USB stick pulled out, a folder deleted)."""

    def describe(self) -> str:
        return "the file is no longer where it was opened from"


class BackupError(PortfolioError):
    """A backup could not be made or restored; the portfolio was not changed.

    ``path`` names what the user must look at: the folder for a write that failed, the backup
    file for one that cannot be restored.
    """

    def describe(self) -> str:
        return "the backup could not be made"


class BackupFolderNotWritable(BackupError):
    def describe(self) -> str:
        return "the backup folder cannot be written"


class DiskFull(BackupError):
    def describe(self) -> str:
        return "there is not enough space on the disk"


class BackupDamaged(BackupError):
    def describe(self) -> str:
        return "the backup is damaged and cannot be restored"
