"""Engine, pragmas, migrations, backups and the file lock of a portfolio."""

from kamdesk.store.errors import (
    NotAPortfolio,
    PortfolioDamaged,
    PortfolioError,
    PortfolioFromNewerVersion,
    PortfolioLocked,
    PortfolioMissing,
    PortfolioReadOnly,
)
from kamdesk.store.portfolio import Portfolio

__all__ = [
    "NotAPortfolio",
    "Portfolio",
    "PortfolioDamaged",
    "PortfolioError",
    "PortfolioFromNewerVersion",
    "PortfolioLocked",
    "PortfolioMissing",
    "PortfolioReadOnly",
]
