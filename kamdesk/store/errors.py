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
