"""Creating and opening portfolio files as the app and the command line need them."""

from __future__ import annotations

from pathlib import Path

from kamdesk.model import Base
from kamdesk.services.settings import renew_portfolio_identity, seed_defaults
from kamdesk.store import Portfolio
from kamdesk.store.portfolio import remove_portfolio_files
from kamdesk.store.server import ServerPortfolio

__all__ = [
    "create_portfolio",
    "integrity_problems",
    "open_portfolio",
    "remove_portfolio_files",
    "save_copy",
]


def create_portfolio(path: Path | str) -> Portfolio:
    """A new, empty portfolio with the default ICP criteria and pipeline stages (``path``
    may be a ``postgresql://`` URL of an empty database: see :meth:`Portfolio.create`)."""
    portfolio = Portfolio.create(path)
    with portfolio.session() as session:
        seed_defaults(session)
    return portfolio


def open_portfolio(path: Path | str) -> Portfolio:
    """Opens (and if needed migrates) an existing portfolio; see :meth:`Portfolio.open`."""
    portfolio = Portfolio.open(path)
    with portfolio.session() as session:
        seed_defaults(session)  # no-op unless the file predates a default
    return portfolio


def save_copy(portfolio: Portfolio, target: Path | str) -> Path:
    """A consistent copy of ``portfolio`` that is a portfolio of its own: it gets a new
    identity, so a workbook exported from one never updates the other's records by id."""
    copied = portfolio.save_copy(target)
    with Portfolio.open(copied) as copy, copy.session() as session:
        renew_portfolio_identity(session)
    return copied


def integrity_problems(portfolio: Portfolio, full: bool = True) -> list[str]:
    """What is wrong with ``portfolio`` (:meth:`Portfolio.integrity_problems`); on a server,
    the full check also compares every table with the models."""
    problems = portfolio.integrity_problems(full)
    if full and isinstance(portfolio, ServerPortfolio):
        problems += portfolio.schema_differences(Base.metadata)
    return problems
