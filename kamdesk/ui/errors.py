"""Messages a KAM understands for every way a portfolio can fail to open or to be written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from kamdesk.store import (
    NotAPortfolio,
    PortfolioDamaged,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioLocked,
    PortfolioMissing,
    PortfolioReadOnly,
)
from kamdesk.store.errors import (
    BackupDamaged,
    BackupError,
    BackupFolderNotWritable,
    DiskFull,
    PortfolioVanished,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnreachable,
    WriteNotAllowed,
)
from kamdesk.ui.i18n import translate


def explain_portfolio_error(error: PortfolioError) -> tuple[str, str]:
    """A (headline, what to do) pair for ``error``; nothing in the file was changed."""
    if isinstance(error, PortfolioVanished | BackupError):
        return explain_backup_error(error)
    if error.url is not None:
        server = _explain_server_error(error)
        if server is not None:
            return server
    name = error.path.name
    if isinstance(error, PortfolioMissing):
        return (
            translate("PortfolioErrors", "“%1” was not found.").replace("%1", name),
            translate(
                "PortfolioErrors",
                "It may have been moved, renamed or be on a drive that is not connected.",
            ),
        )
    if isinstance(error, NotAPortfolio):
        return (
            translate("PortfolioErrors", "“%1” is not a KAMdesk portfolio.").replace("%1", name),
            translate(
                "PortfolioErrors",
                "Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel.",
            ),
        )
    if isinstance(error, PortfolioFromNewerVersion):
        return (
            translate("PortfolioErrors", "“%1” was saved by a newer version of KAMdesk.").replace(
                "%1", name
            ),
            translate("PortfolioErrors", "Update KAMdesk to open it. The file was not changed."),
        )
    if isinstance(error, PortfolioReadOnly):
        return (
            translate(
                "PortfolioErrors", "“%1” cannot be changed (read-only file or folder)."
            ).replace("%1", name),
            translate(
                "PortfolioErrors",
                "Copy it to a folder you can write to, such as Documents, and open the copy.",
            ),
        )
    if isinstance(error, PortfolioLocked):
        return (
            translate("PortfolioErrors", "“%1” is already open in another KAMdesk window.").replace(
                "%1", name
            ),
            translate("PortfolioErrors", "Switch to that window, or close it and try again."),
        )
    if isinstance(error, PortfolioDamaged):
        return (
            translate("PortfolioErrors", "“%1” is damaged.").replace("%1", name),
            translate(
                "PortfolioErrors", "Restore a backup from File ▸ Backups. The file was not changed."
            ),
        )
    return (
        translate("PortfolioErrors", "“%1” could not be opened.").replace("%1", name),
        error.detail,
    )


def _explain_server_error(error: PortfolioError) -> tuple[str, str] | None:
    """The messages of a team portfolio on a database server (None: as for a file)."""
    name = error.path.name
    server = urlsplit(error.url).hostname or "localhost"
    if isinstance(error, WriteNotAllowed):
        return (
            translate("PortfolioErrors", "Your role in “%1” does not allow this change.").replace(
                "%1", name
            ),
            translate(
                "PortfolioErrors",
                "KAMs change only the accounts they own, viewers change nothing, and portfolio "
                "settings are the director's. Nothing was saved; ask your director if you "
                "need it changed.",
            ),
        )
    if isinstance(error, ServerUnreachable):
        return (
            translate("PortfolioErrors", "The server of “%1” cannot be reached.").replace(
                "%1", name
            ),
            translate(
                "PortfolioErrors",
                "Check your internet or company network connection and the server name (%1), "
                "then try again. If it keeps failing, ask whoever runs the server.",
            ).replace("%1", server),
        )
    if isinstance(error, ServerLoginRefused):
        return (
            translate(
                "PortfolioErrors", "The server of “%1” did not accept your user name or password."
            ).replace("%1", name),
            translate(
                "PortfolioErrors",
                "Check them (capital letters count) and try again. To get a new password, "
                "ask whoever runs the server.",
            ),
        )
    if isinstance(error, ServerDatabaseMissing):
        return (
            translate("PortfolioErrors", "The server %1 has no portfolio named “%2”.")
            .replace("%1", server)
            .replace("%2", name),
            translate(
                "PortfolioErrors",
                "Check the portfolio's name (the database) with whoever runs the server.",
            ),
        )
    if isinstance(error, NotAPortfolio):
        return (
            translate("PortfolioErrors", "“%1” on the server %2 is not a KAMdesk portfolio.")
            .replace("%1", name)
            .replace("%2", server),
            translate(
                "PortfolioErrors",
                "Check the portfolio's name (the database) with whoever runs the server. "
                "Nothing on the server was changed.",
            ),
        )
    return None


def explain_backup_error(error: PortfolioError) -> tuple[str, str]:
    """Why a backup could not be made or restored, naming the folder or file to look at."""
    where = str(error.path)
    if isinstance(error, PortfolioVanished):
        return (
            translate("PortfolioErrors", "The portfolio file is no longer there: %1").replace(
                "%1", where
            ),
            translate(
                "PortfolioErrors",
                "Its drive or folder may have been disconnected (was a USB stick removed?). "
                "Reconnect it and try again. Nothing was changed.",
            ),
        )
    if isinstance(error, DiskFull):
        return (
            translate("PortfolioErrors", "There is not enough space on the disk of %1").replace(
                "%1", where
            ),
            translate(
                "PortfolioErrors",
                "Free some space (empty the recycle bin, delete large files you no longer need) "
                "and try again. Your portfolio was not changed.",
            ),
        )
    if isinstance(error, BackupFolderNotWritable):
        return (
            translate("PortfolioErrors", "The backup folder cannot be written: %1").replace(
                "%1", where
            ),
            translate(
                "PortfolioErrors",
                "Check that the folder exists and that you may write to it. "
                "Your portfolio was not changed.",
            ),
        )
    if isinstance(error, BackupDamaged):
        return (
            translate("PortfolioErrors", "The backup “%1” is damaged.").replace(
                "%1", error.path.name
            ),
            translate(
                "PortfolioErrors",
                "It cannot be restored: choose another backup. Your portfolio was not changed.",
            ),
        )
    return (
        translate("PortfolioErrors", "The backup could not be made in %1").replace("%1", where),
        error.detail,
    )


def explain_write_error(error: BaseException, path: Path) -> str:
    """What to tell the KAM when an edit of the portfolio at ``path`` could not be written.

    The file's own troubles (read-only, drive gone, disk full, damaged) are said in plain words;
    SQLite's and SQLAlchemy's texts (with the SQL) never reach the KAM. Any other error is
    already a message (a refused value, say) and is shown as it is.
    """
    if isinstance(error, PortfolioVanished):
        return _unreachable(path)
    if isinstance(error, PortfolioError):
        return " ".join(explain_portfolio_error(error))
    cause = getattr(error, "orig", error)  # SQLAlchemy wraps the driver's error
    if not isinstance(cause, sqlite3.Error):
        return str(error)
    code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF  # the primary result code
    name = path.name
    if code == sqlite3.SQLITE_READONLY:
        return translate(
            "PortfolioErrors",
            "“%1” cannot be written any more: its drive or folder has become read-only. "
            "Copy the portfolio to a folder you can write to, such as Documents, and open the "
            "copy.",
        ).replace("%1", name)
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return _unreachable(path)
    if code == sqlite3.SQLITE_FULL:
        return translate(
            "PortfolioErrors",
            "There is not enough space on the disk of “%1”. Free some space and try again.",
        ).replace("%1", name)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return translate(
            "PortfolioErrors",
            "“%1” is damaged. Close it and restore a backup from File ▸ Backups.",
        ).replace("%1", name)
    return (
        translate("PortfolioErrors", "“%1” could not be written (%2).")
        .replace("%1", name)
        .replace("%2", str(cause))
    )


def _unreachable(path: Path) -> str:
    return (
        translate(
            "PortfolioErrors",
            "“%1” can no longer be reached at %2. Was a USB stick removed, or the folder moved? "
            "Reconnect it and open the portfolio again with File ▸ Open.",
        )
        .replace("%1", path.name)
        .replace("%2", str(path.parent))
    )
