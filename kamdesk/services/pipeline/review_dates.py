"""When the monthly pipeline review was last held (the Review tab says when it is due again).

A review of the whole portfolio writes one pipeline Review per account on the same day, so the
portfolio's last review is the latest pipeline review of any account.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kamdesk.model import Review
from kamdesk.model.enums import ReviewKind
from kamdesk.store import Portfolio


def last_pipeline_review(portfolio: Portfolio, account_id: int | None = None) -> dt.date | None:
    """The date of the latest pipeline review of ``account_id`` (None: of any account)."""
    query = select(func.max(Review.date)).where(Review.kind == ReviewKind.PIPELINE)
    if account_id is not None:
        query = query.where(Review.account_id == account_id)
    with portfolio.session() as session:
        return session.scalar(query)
