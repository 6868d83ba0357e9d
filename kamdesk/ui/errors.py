"""Messages a KAM understands for every way a portfolio can fail to open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.store import (
    NotAPortfolio,
    PortfolioDamaged,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioLocked,
    PortfolioMissing,
    PortfolioReadOnly,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PortfolioErrors", text)


def explain_portfolio_error(error: PortfolioError) -> tuple[str, str]:
    """A (headline, what to do) pair for ``error``; nothing in the file was changed."""
    name = error.path.name
    if isinstance(error, PortfolioMissing):
        return (
            _tr("“%1” was not found.").replace("%1", name),
            _tr("It may have been moved, renamed or be on a drive that is not connected."),
        )
    if isinstance(error, NotAPortfolio):
        return (
            _tr("“%1” is not a KAMdesk portfolio.").replace("%1", name),
            _tr("Choose a .kamdesk file. To bring in a spreadsheet, use File ▸ Import from Excel."),
        )
    if isinstance(error, PortfolioFromNewerVersion):
        return (
            _tr("“%1” was saved by a newer version of KAMdesk.").replace("%1", name),
            _tr("Update KAMdesk to open it. The file was not changed."),
        )
    if isinstance(error, PortfolioReadOnly):
        return (
            _tr("“%1” cannot be changed (read-only file or folder).").replace("%1", name),
            _tr("Copy it to a folder you can write to, such as Documents, and open the copy."),
        )
    if isinstance(error, PortfolioLocked):
        return (
            _tr("“%1” is already open in another KAMdesk window.").replace("%1", name),
            _tr("Switch to that window, or close it and try again."),
        )
    if isinstance(error, PortfolioDamaged):
        return (
            _tr("“%1” is damaged.").replace("%1", name),
            _tr("Restore a backup from File ▸ Backups. The file was not changed."),
        )
    return (_tr("“%1” could not be opened.").replace("%1", name), error.detail)
