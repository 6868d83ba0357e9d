"""The coordinator: builds every part of the demo in a fixed order, then writes the rows.

The order of the calls in :func:`build_demo` is the order of the random draws. Moving a call,
or a draw inside one, gives other data for the same seed, so keep it unless a different demo
is what you want.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kamdesk.model import IcpCriterion, PipelineStage
from kamdesk.services.demo.accounts import build_accounts, build_org_units
from kamdesk.services.demo.context import TABLES, DemoContext
from kamdesk.services.demo.forecast import build_forecast_snapshots, build_forecast_targets
from kamdesk.services.demo.health import build_revenue_and_surveys
from kamdesk.services.demo.people import (
    build_interactions,
    build_stakeholder_links,
    build_stakeholders,
)
from kamdesk.services.demo.pipeline import PipelineLog, build_opportunities
from kamdesk.services.demo.plan import (
    build_objectives,
    build_portfolio_objectives,
    build_reviews,
    build_risks_and_actions,
)
from kamdesk.services.demo.tuning import GROSS_MARGIN, STALE_DAYS
from kamdesk.services.portfolios import create_portfolio
from kamdesk.store import Portfolio
from kamdesk.store.server import advance_id_sequences


def write_demo(
    path: Path,
    accounts: int = 40,
    seed: int = 1,
    language: str = "pt_BR",
    today: dt.date | None = None,
) -> dict[str, int]:
    """Creates a new portfolio at ``path`` filled with a realistic demo; refuses to overwrite.

    Returns how many rows each entity got, in insertion order. The same ``seed`` and ``today``
    (default: the current date) always give the same database content.
    """
    if accounts < 0:
        raise ValueError("the number of accounts cannot be negative")
    portfolio = create_portfolio(path)
    try:
        return fill_demo(portfolio, accounts, seed, language, today)
    finally:
        portfolio.close()


def fill_demo(
    portfolio: Portfolio,
    accounts: int = 40,
    seed: int = 1,
    language: str = "pt_BR",
    today: dt.date | None = None,
) -> dict[str, int]:
    """Writes the demo into ``portfolio``, a new one (only the default criteria and stages):
    a file, or a database on a server. Returns the row counts as :func:`write_demo` does."""
    if accounts < 0:
        raise ValueError("the number of accounts cannot be negative")
    today = today or dt.date.today()
    with portfolio.session() as session:
        criteria = session.execute(
            select(IcpCriterion.id, IcpCriterion.key).order_by(IcpCriterion.position)
        )
        stages = session.execute(
            select(PipelineStage.key, PipelineStage.id, PipelineStage.probability)
        )
        demo = DemoContext(
            random.Random(seed),
            language,
            today,
            [(criterion_id, key) for criterion_id, key in criteria],
            {key: (stage_id, probability) for key, stage_id, probability in stages},
        )
        build_demo(demo, accounts)
        return write_rows(demo, session)


def build_demo(demo: DemoContext, accounts: int) -> None:
    """Every row of the demo, in memory: the portfolio's owners and products, every account
    with its whole plan, then what spans the portfolio (the forecast, its objectives)."""
    rng = demo.rng
    demo.kams = rng.sample(demo.vocab.kams, rng.choice((2, 3)))
    build_products(demo)
    pipeline = PipelineLog()
    for client in build_accounts(demo, accounts):
        jobs = build_org_units(demo, client)
        build_stakeholders(demo, client, jobs)
        build_stakeholder_links(demo, client)
        build_interactions(demo, client)
        build_opportunities(demo, client, pipeline)
        build_revenue_and_surveys(demo, client)
        build_risks_and_actions(demo, client)
        build_objectives(demo, client)
        build_reviews(demo, client)  # after the objectives: OKR reviews need some
    build_forecast_targets(demo, pipeline.bookings)
    build_forecast_snapshots(demo, pipeline.histories)
    build_portfolio_objectives(demo)  # after the revenue, which sizes one of them
    build_settings(demo)


def build_products(demo: DemoContext) -> None:
    """The product catalogue, which opportunities pick from."""
    for name, category in demo.vocab.products:
        product_id = demo.new_id("products")
        demo.products.append((product_id, demo.t(name)))
        demo.add("products", {"id": product_id, "name": demo.t(name), "category": demo.t(category)})


def build_settings(demo: DemoContext) -> None:
    values = {
        "owner_name": demo.kams[0],
        "currency": "BRL",
        "fiscal_year_start": 1,
        "gross_margin": GROSS_MARGIN,
        "stale_contact_days": STALE_DAYS,
        "language": demo.language,
    }
    for key, value in values.items():
        demo.add("settings", {"key": key, "value": value})


def write_rows(demo: DemoContext, session: Session) -> dict[str, int]:
    """One bulk insert per table, parents first; returns the row counts by table key."""
    for key, table in TABLES:
        if demo.rows[key]:
            session.execute(insert(table), demo.rows[key])
    # The rows came with their ids: a server's id sequences must move past them.
    advance_id_sequences(session.connection(), [table for _, table in TABLES])
    return {key: len(demo.rows[key]) for key, _ in TABLES}
