"""The account's health: monthly revenue over the past two years and the NPS and CSAT surveys,
each shaped by the account's lifecycle stage."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from decimal import Decimal

from kamdesk.model.enums import LifecycleStage, SurveyKind
from kamdesk.services.demo.clients import Client
from kamdesk.services.demo.context import DemoContext
from kamdesk.services.demo.dates import add_months
from kamdesk.services.demo.money import money
from kamdesk.services.demo.tuning import CLIENT_STAGES, NEW_CLIENT_MONTHS, NPS_MEAN, REVENUE_MONTHS
from kamdesk.services.demo.words import Pair


def build_revenue_and_surveys(demo: DemoContext, client: Client) -> None:
    months = revenue_months(demo, client)
    for month, revenue, recurring in revenue_series(demo, client, months):
        demo.add(
            "revenue_records",
            {
                "id": demo.new_id("revenue_records"),
                "account_id": client.id,
                "month": month,
                "revenue": revenue,
                "recurring": recurring,
            },
        )
    build_surveys(demo, client, months)


# -- revenue ----------------------------------------------------------------------------------


def revenue_months(demo: DemoContext, client: Client) -> list[dt.date]:
    """24 months up to last month for clients; new clients since their first month."""
    last = add_months(demo.this_month, -1)
    if client.stage in CLIENT_STAGES:
        return [add_months(last, -back) for back in range(REVENUE_MONTHS - 1, -1, -1)]
    if client.client_since is None:
        return []
    first = client.client_since.replace(day=1)
    recent = (add_months(last, -back) for back in range(NEW_CLIENT_MONTHS - 1, -1, -1))
    return [month for month in recent if month >= first]


def revenue_series(
    demo: DemoContext, client: Client, months: list[dt.date]
) -> Iterator[tuple[dt.date, Decimal, Decimal]]:
    """(month, revenue, recurring revenue): growing (development), stable (retention), falling
    after a steady spell (recovery), ramping up (new clients) or falling to nothing (the
    churned account)."""
    rng = demo.rng
    level = client.potential * rng.uniform(0.4, 1.0)  # last month's revenue, before noise
    growth = {
        LifecycleStage.DEVELOPMENT: rng.uniform(0.03, 0.05),
        LifecycleStage.RETENTION: rng.uniform(-0.005, 0.01),
    }.get(client.stage, 0.0)  # both drawn for every account: drawing fewer changes the demo
    recurring_share = rng.uniform(0.55, 0.9)
    falling_from = len(months) - rng.randint(4, 6)
    silent_from = len(months) - rng.randint(2, 4)
    fall = rng.uniform(0.3, 0.45)
    for index, month in enumerate(months):
        value = level * (1 + growth) ** (index + 1 - len(months))
        if client.stage is LifecycleStage.ACQUISITION:
            value = level * 0.5 * (index + 1) / len(months)
        elif client.stage is LifecycleStage.RECOVERY and index >= falling_from:
            value *= (1 - fall) ** math.sqrt(index - falling_from + 1)
        if client.churned and index >= silent_from:
            value = 0.0
        revenue = money(value * rng.uniform(0.92, 1.08))
        recurring = min(revenue, money(float(revenue) * recurring_share * rng.uniform(0.95, 1)))
        yield month, revenue, recurring


# -- surveys ----------------------------------------------------------------------------------


def build_surveys(demo: DemoContext, client: Client, months: list[dt.date]) -> None:
    """NPS and CSAT responses now and then over the months the client has bought."""
    rng, vocab = demo.rng, demo.vocab
    for index, month in enumerate(months):
        mean = NPS_MEAN.get(client.stage, 7.5)
        if client.churned and index >= len(months) - 6:
            mean -= 2.5
        if rng.random() < 0.17:
            score = min(10, max(0, round(rng.gauss(mean, 1.6))))
            bucket = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
            add_survey(demo, client, month, SurveyKind.NPS, score, vocab.nps_comments[bucket])
        if rng.random() < 0.22:
            score = min(5, max(1, round(rng.gauss(mean / 2, 0.8))))
            comments = vocab.csat_comments["good" if score >= 4 else "bad"]
            add_survey(demo, client, month, SurveyKind.CSAT, score, comments)


def add_survey(
    demo: DemoContext,
    client: Client,
    month: dt.date,
    kind: SurveyKind,
    score: int,
    comments: tuple[Pair, ...],
) -> None:
    """A response in ``month``, by one of the client's people or anonymous."""
    rng = demo.rng
    person = rng.choice(client.people) if rng.random() < 0.6 else None
    demo.add(
        "survey_responses",
        {
            "id": demo.new_id("survey_responses"),
            "account_id": client.id,
            "stakeholder_id": person.id if person else None,
            "date": month + dt.timedelta(days=rng.randint(0, 27)),
            "kind": kind,
            "score": score,
            "comment": demo.t(rng.choice(comments)) if rng.random() < 0.7 else "",
        },
    )
