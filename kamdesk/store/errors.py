"""Why a portfolio could not be opened. Messages are plain English; the UI translates by kind."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

DATABASE_URL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_database_url(text: Path | str) -> bool:
    """Whether ``text`` names a portfolio on a database server (``postgresql://…``)."""
    scheme, separator, _ = str(text).partition("://")
    return bool(separator) and scheme.lower() in DATABASE_URL_SCHEMES


def database_name(url: str) -> str:
    """The database a URL names (what a KAM calls the team portfolio)."""
    return urlsplit(url).path.lstrip("/") or url


class PortfolioError(Exception):
    """A portfolio file could not be opened or used; nothing in it was changed.

    ``path`` may be a database URL (never with its password): the message then names the URL,
    and ``path`` is the database's name, so that ``path.name`` names the portfolio either way.
    """

    def __init__(self, path: Path | str, detail: str = ""):
        where = str(path)
        self.url = where if is_database_url(where) else None
        self.path = PurePosixPath(database_name(where)) if self.url else Path(path)
        self.detail = detail
        shown = self.url or self.path
        super().__init__(f"{shown}: {self.describe()}" + (f" ({detail})" if detail else ""))

    def describe(self) -> str:
        return "the portfolio could not be opened"


class PortfolioMissing(PortfolioError):
    def describe(self) -> str:
        return "the file does not exist"


class NotAPortfolio(PortfolioError):
    def describe(self) -> str:
        return f"this {'database' if self.url else 'file'} is not a KAMdesk portfolio"


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


class WriteNotAllowed(PortfolioError):
    """The team server refused a change the user's role does not allow (another KAM's
    account, a viewer, a director-only setting); nothing was written."""

    def describe(self) -> str:
        return "your role on the team server does not allow this change"


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


class ServerUnreachable(PortfolioError):
    """No database server answers at the URL's host and port (or the name is unknown)."""

    def describe(self) -> str:
        return "the database server cannot be reached"


class ServerLoginRefused(PortfolioError):
    """The server refused the user name or the password."""

    def describe(self) -> str:
        return "the server refused the user name or password"


class ServerDatabaseMissing(PortfolioError):
    """The server answers but has no database of that name."""

    def describe(self) -> str:
        return "the server has no database of this name"
