"""What the forecast service returns: plain frozen dataclasses, ids as ints.

The figures themselves are the analytics' own results (:class:`PeriodForecast`,
:class:`PeriodAccuracy`, :class:`Slip`, :class:`AttentionItem`, :class:`WhitespaceMatrix`,
:class:`SalesMetrics`); these add what a screen needs to show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.analytics.forecast_accuracy import ForecastBasis, PeriodAccuracy
from kamdesk.analytics.pipeline_review import AttentionItem
from kamdesk.analytics.slippage import Slip
from kamdesk.analytics.whitespace import RowKey, WhitespaceMatrix
from kamdesk.model.enums import OpportunityType


@dataclass(frozen=True)
class DealLabel:
    """What a list needs to show an opportunity (slippage, attention)."""

    id: int
    title: str
    account_id: int
    account_name: str
    stage_id: int
    stage_name: str
    stage_key: str | None
    owner: str
    expected_close: dt.date | None
    value: Decimal


@dataclass(frozen=True)
class SlipRow:
    deal: DealLabel
    slip: Slip


@dataclass(frozen=True)
class AttentionRow:
    deal: DealLabel
    item: AttentionItem


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    taken_at: dt.datetime
    automatic: bool
    note: str
    line_count: int


@dataclass(frozen=True)
class AccuracyReport:
    periods: tuple[PeriodAccuracy, ...]
    mape: dict[ForecastBasis, float | None]


@dataclass(frozen=True)
class ProductColumn:
    id: int
    name: str


@dataclass(frozen=True)
class OpportunitySuggestion:
    """What a click on a whitespace cell pre-fills in a new opportunity."""

    account_id: int
    org_unit_id: int | None
    product_id: int
    type: OpportunityType


@dataclass(frozen=True)
class WhitespaceView:
    """The matrix with the names to show; ``account_id`` None = the portfolio's (rows are
    accounts), else rows are that account's org units (key None: no org unit)."""

    account_id: int | None
    matrix: WhitespaceMatrix
    row_names: dict[RowKey, str]
    products: tuple[ProductColumn, ...]

    def suggestion(self, row: RowKey, product_id: int) -> OpportunitySuggestion | None:
        """The opportunity to create from a whitespace cell; None for other cells."""
        cell = self.matrix.cell(row, product_id)
        if cell.suggested_type is None:
            return None
        account_id = self.account_id if self.account_id is not None else row
        unit_id = row if self.account_id is not None else None
        return OpportunitySuggestion(account_id, unit_id, product_id, cell.suggested_type)
