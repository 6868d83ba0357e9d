"""The whitespace matrix: where each product line is bought, being sold, or never offered.

Rows are an account's org units (or the accounts, for the whole portfolio); columns are the
product lines. A cell is

    bought      when a won opportunity of that product sits in that row;
    open        else, when an open opportunity of it does (omitted ones too: still in play);
    whitespace  else: nothing bought, nothing in play — a chance to sell.

A cell always carries the counts and values of both its won and open opportunities (a bought
cell can also have a new deal in play). Lost opportunities count nowhere, nor do those
without a product or outside the rows given.

A whitespace cell suggests the opportunity to create: **up-sell** when the row's account
already bought that product in another row (more of what it buys, in another area),
**cross-sell** otherwise (a product line it does not buy yet).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.analytics.deals import ZERO, Deal
from kamdesk.model.enums import QT_TRANSLATE_NOOP, OpportunityType


class CellState(enum.StrEnum):
    BOUGHT = "bought"
    OPEN = "open"
    WHITESPACE = "whitespace"


CELL_STATE_LABELS = {
    CellState.BOUGHT: QT_TRANSLATE_NOOP("Whitespace", "Bought"),
    CellState.OPEN: QT_TRANSLATE_NOOP("Whitespace", "Open opportunity"),
    CellState.WHITESPACE: QT_TRANSLATE_NOOP("Whitespace", "Whitespace"),
}

RowKey = int | None  # an org unit id, an account id, or None for "no org unit"


@dataclass(frozen=True)
class MatrixRow:
    key: RowKey
    account_id: int


@dataclass(frozen=True)
class WhitespaceCell:
    row: RowKey
    product_id: int
    state: CellState
    won_count: int = 0
    won_value: Decimal = ZERO
    open_count: int = 0
    open_value: Decimal = ZERO
    suggested_type: OpportunityType | None = None  # whitespace cells only


@dataclass(frozen=True)
class WhitespaceMatrix:
    rows: tuple[MatrixRow, ...]
    product_ids: tuple[int, ...]
    cells: dict[tuple[RowKey, int], WhitespaceCell]

    def cell(self, row: RowKey, product_id: int) -> WhitespaceCell:
        return self.cells[(row, product_id)]


def whitespace_matrix(
    rows: Sequence[MatrixRow],
    product_ids: Sequence[int],
    deals: Iterable[Deal],
    row_of: Callable[[Deal], RowKey],
) -> WhitespaceMatrix:
    """Every (row, product) cell; ``row_of`` tells which row a deal belongs to (e.g. its
    org unit id, or its account id for the portfolio)."""
    keys = {row.key for row in rows}
    products = set(product_ids)
    won: dict[tuple[RowKey, int], list[Decimal]] = {}
    in_play: dict[tuple[RowKey, int], list[Decimal]] = {}
    bought_by_account: set[tuple[int, int]] = set()
    for deal in deals:
        if deal.product_id not in products or deal.is_lost:
            continue
        if deal.is_won:
            bought_by_account.add((deal.account_id, deal.product_id))
        row = row_of(deal)
        if row in keys:
            target = won if deal.is_won else in_play
            target.setdefault((row, deal.product_id), []).append(deal.value)
    cells = {}
    for row in rows:
        for product_id in product_ids:
            key = (row.key, product_id)
            won_values, open_values = won.get(key, []), in_play.get(key, [])
            if won_values:
                state, suggestion = CellState.BOUGHT, None
            elif open_values:
                state, suggestion = CellState.OPEN, None
            else:
                state = CellState.WHITESPACE
                bought_elsewhere = (row.account_id, product_id) in bought_by_account
                suggestion = (
                    OpportunityType.UP_SELL if bought_elsewhere else (OpportunityType.CROSS_SELL)
                )
            cells[key] = WhitespaceCell(
                row.key,
                product_id,
                state,
                len(won_values),
                sum(won_values, ZERO),
                len(open_values),
                sum(open_values, ZERO),
                suggestion,
            )
    return WhitespaceMatrix(tuple(rows), tuple(product_ids), cells)
