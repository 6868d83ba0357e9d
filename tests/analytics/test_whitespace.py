"""The whitespace matrix: bought, open opportunity or whitespace, and what to offer."""

from decimal import Decimal

from kamdesk.analytics.deals import Deal
from kamdesk.analytics.whitespace import (
    CellState,
    MatrixRow,
    WhitespaceCell,
    whitespace_matrix,
)
from kamdesk.model.enums import OpportunityType, StageOutcome

S = CellState
T = OpportunityType
FINANCE, OPERATIONS, ELSEWHERE = 10, 11, 12
CLOUD, SUPPORT, TRAINING = 100, 200, 300
PRODUCTS = [CLOUD, SUPPORT, TRAINING]


def deal(id, unit, product, value, outcome=StageOutcome.OPEN, account=1) -> Deal:
    return Deal(
        id=id,
        account_id=account,
        stage_id=1,
        outcome=outcome,
        one_time_value=Decimal(value),
        product_id=product,
        org_unit_id=unit,
    )


DEALS = [
    deal(1, FINANCE, CLOUD, 5_000, StageOutcome.WON),
    deal(2, FINANCE, CLOUD, 2_000),  # bought and in play again
    deal(3, FINANCE, SUPPORT, 3_000),
    deal(4, FINANCE, TRAINING, 9_000, StageOutcome.LOST),  # lost: counts nowhere
    deal(5, ELSEWHERE, TRAINING, 4_000, StageOutcome.WON),  # a unit not shown
    deal(6, OPERATIONS, None, 8_000, StageOutcome.WON),  # no product: counts nowhere
    deal(7, FINANCE, CLOUD, 1_000, StageOutcome.WON),
]


def test_org_units_by_product_lines_of_one_account():
    rows = [MatrixRow(FINANCE, 1), MatrixRow(OPERATIONS, 1)]
    matrix = whitespace_matrix(rows, PRODUCTS, DEALS, lambda d: d.org_unit_id)
    assert matrix.cell(FINANCE, CLOUD) == WhitespaceCell(
        FINANCE, CLOUD, S.BOUGHT, won_count=2, won_value=6_000, open_count=1, open_value=2_000
    )  # won 5,000 + 1,000
    assert matrix.cell(FINANCE, SUPPORT) == WhitespaceCell(
        FINANCE, SUPPORT, S.OPEN, open_count=1, open_value=3_000
    )
    # Training was lost here but bought in another unit: more of what the account buys.
    assert matrix.cell(FINANCE, TRAINING) == WhitespaceCell(
        FINANCE, TRAINING, S.WHITESPACE, suggested_type=T.UP_SELL
    )
    assert matrix.cell(OPERATIONS, CLOUD).suggested_type is T.UP_SELL  # bought by Finance
    # Support is only in play elsewhere, never bought: a product line it does not buy yet.
    assert matrix.cell(OPERATIONS, SUPPORT).suggested_type is T.CROSS_SELL
    assert {cell.state for cell in matrix.cells.values()} == set(CellState)
    assert len(matrix.cells) == 6  # 2 rows × 3 products


def test_deals_without_an_org_unit_can_have_their_own_row():
    unassigned = [deal(1, None, SUPPORT, 700)]
    matrix = whitespace_matrix([MatrixRow(None, 1)], PRODUCTS, unassigned, lambda d: d.org_unit_id)
    assert matrix.cell(None, SUPPORT).state is S.OPEN
    assert matrix.cell(None, CLOUD).state is S.WHITESPACE


def test_accounts_by_product_lines_for_the_portfolio():
    others = [deal(8, None, SUPPORT, 500, StageOutcome.WON, account=2)]
    rows = [MatrixRow(1, 1), MatrixRow(2, 2), MatrixRow(3, 3)]
    matrix = whitespace_matrix(rows, PRODUCTS, DEALS + others, lambda d: d.account_id)
    assert [matrix.cell(1, p).state for p in PRODUCTS] == [S.BOUGHT, S.OPEN, S.BOUGHT]
    assert matrix.cell(1, TRAINING).won_value == 4_000  # deal 5 (deal 4 was lost)
    assert [matrix.cell(2, p).state for p in PRODUCTS] == [S.WHITESPACE, S.BOUGHT, S.WHITESPACE]
    # An account that does not buy a product line: cross-sell (it never bought it anywhere).
    assert {matrix.cell(3, p).suggested_type for p in PRODUCTS} == {T.CROSS_SELL}
    assert matrix.cell(2, SUPPORT).suggested_type is None
