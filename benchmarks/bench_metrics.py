"""The portfolio's metrics and every account's health, for a big portfolio.

    .venv/bin/python benchmarks/bench_metrics.py [--accounts 10000] [--months 36] [--repeat 5]

The portfolio has ``--accounts`` accounts with ``--months`` months of revenue each (of which
recurring; some accounts leave, some arrive), three NPS and two CSAT responses per account
over the last year, an open risk for a third of them and three people with a target area for
a fifth of them.

- Metrics — ours: ``MetricsService.portfolio_metrics(today)`` for the default period (the
  twelve months to the last complete one): GRR, NRR, logo and revenue churn, revenue and
  recurring revenue, NPS, CSAT, CLV, CAC, CLV:CAC, weighted pipeline, win rate, forecast
  accuracy and the monthly totals the charts draw. Baseline: the same sums as raw SQL with
  ``sqlite3`` — the recurring revenue of every account at t0 and at t1 with its revenue and
  months over the period, the monthly totals, the survey answers counted as promoters /
  passives / detractors and satisfied / all, the new accounts' acquisition costs — with
  nothing computed from them. Goal (issue 7): ours ≤ 3×.
- Health of every account — ours: ``MetricsService.account_metrics(today)``: each account's ICP
  score and tier, revenue, CLV, decision-chain alerts and its health with the parts behind it
  (trend, NPS, CSAT, coverage, resistance, open risk, overdue reviews, OKR pace). Baseline:
  the per-account sums of the same parts as raw SQL (revenue and trend sums, survey counts,
  highest open risk, latest review of each routine). Reported.

One warm-up each, then medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import tracemalloc
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _portfolio import FIRST_WORDS, SECOND_WORDS, isolated_environment, median_ms, print_table
from _portfolio import ratio as ratio_of
from sqlalchemy import insert

from kamdesk.analytics.months import add_months
from kamdesk.model import Account, OrgUnit, RevenueRecord, Risk, Stakeholder, SurveyResponse
from kamdesk.model.enums import RiskStatus, Stance, SurveyKind, fold
from kamdesk.services.health.metrics import MetricsService, default_period
from kamdesk.services.portfolios import create_portfolio, open_portfolio

SEED = 7
GOAL = 3.0
CHUNK = 20_000


# -- the portfolio -----------------------------------------------------------------------------


def build_portfolio(path: Path, accounts: int, months: int, today: dt.date) -> None:
    portfolio = create_portfolio(path)
    rng = random.Random(SEED)
    last = add_months(today, -1)
    month_list = [add_months(last, -n) for n in range(months - 1, -1, -1)]
    try:
        with portfolio.engine.begin() as connection:
            for table, rows in (
                (Account, _accounts(rng, accounts, month_list[0])),
                (RevenueRecord, _revenue(rng, accounts, month_list)),
                (SurveyResponse, _surveys(rng, accounts, today)),
                (Risk, _risks(rng, accounts)),
                (OrgUnit, _areas(accounts)),
                (Stakeholder, _people(rng, accounts)),
            ):
                for start in range(0, len(rows), CHUNK):
                    connection.execute(insert(table), rows[start : start + CHUNK])
    finally:
        portfolio.close()


def _accounts(rng: random.Random, count: int, first_month: dt.date) -> list[dict]:
    rows = []
    for n in range(1, count + 1):
        name = f"{rng.choice(FIRST_WORDS)} {rng.choice(SECOND_WORDS)} {n}"
        since = first_month + dt.timedelta(days=rng.randrange(0, 900))
        rows.append(
            {
                "id": n,
                "name": name,
                "name_key": fold(name),
                "client_since": since,
                "acquisition_cost": Decimal(rng.randrange(10_000, 200_000)),
            }
        )
    return rows


def _revenue(rng: random.Random, accounts: int, months: list[dt.date]) -> list[dict]:
    rows = []
    for account_id in range(1, accounts + 1):
        size = 10 ** rng.uniform(3, 6)
        first = rng.randrange(0, len(months) // 3) if rng.random() < 0.2 else 0
        last = len(months) - rng.randrange(1, 12) if rng.random() < 0.1 else len(months)
        for month in months[first:last]:
            revenue = Decimal(round(size * rng.uniform(0.6, 1.4)))
            recurring = (revenue * Decimal("0.7")).quantize(Decimal(1))
            rows.append(
                {
                    "account_id": account_id,
                    "month": month,
                    "revenue": revenue,
                    "recurring": recurring,
                }
            )
    return rows


def _surveys(rng: random.Random, accounts: int, today: dt.date) -> list[dict]:
    rows = []
    for account_id in range(1, accounts + 1):
        for kind, scale, answers in ((SurveyKind.NPS, (0, 10), 3), (SurveyKind.CSAT, (1, 5), 2)):
            for _ in range(answers):
                rows.append(
                    {
                        "account_id": account_id,
                        "kind": kind,
                        "score": rng.randint(*scale),
                        "date": today - dt.timedelta(days=rng.randrange(1, 365)),
                        "comment": "",
                    }
                )
    return rows


def _risks(rng: random.Random, accounts: int) -> list[dict]:
    return [
        {
            "account_id": account_id,
            "description": "Concorrente agressivo em preço",
            "likelihood": rng.randint(1, 5),
            "impact": rng.randint(1, 5),
            "status": RiskStatus.OPEN,
        }
        for account_id in range(1, accounts + 1, 3)
    ]


def _areas(accounts: int) -> list[dict]:
    return [
        {
            "id": account_id,
            "account_id": account_id,
            "name": "Diretoria de Compras",
            "is_target": True,
        }
        for account_id in range(1, accounts + 1, 5)
    ]


def _people(rng: random.Random, accounts: int) -> list[dict]:
    rows = []
    for account_id in range(1, accounts + 1, 5):
        for n in range(3):
            rows.append(
                {
                    "account_id": account_id,
                    "name": f"Pessoa {account_id}-{n}",
                    "org_unit_id": account_id if n == 0 else None,
                    "stance": rng.choice(list(Stance)),
                    "influence": rng.randint(1, 5),
                }
            )
    return rows


# -- both sides --------------------------------------------------------------------------------


def ours_metrics(path: Path, today: dt.date):
    portfolio = open_portfolio(path)
    try:
        return MetricsService(portfolio).portfolio_metrics(today)
    finally:
        portfolio.close()


def ours_health(path: Path, today: dt.date):
    portfolio = open_portfolio(path)
    try:
        return MetricsService(portfolio).account_metrics(today)
    finally:
        portfolio.close()


PER_ACCOUNT_SUMS = (
    "SELECT account_id,"
    " SUM(CASE WHEN month = :t0 THEN revenue ELSE 0 END),"
    " SUM(CASE WHEN month = :t0 THEN recurring ELSE 0 END),"
    " SUM(CASE WHEN month = :t1 THEN revenue ELSE 0 END),"
    " SUM(CASE WHEN month = :t1 THEN recurring ELSE 0 END),"
    " SUM(CASE WHEN month >= :t0 THEN revenue ELSE 0 END),"
    " SUM(CASE WHEN month >= :t0 THEN recurring ELSE 0 END),"
    " SUM(CASE WHEN month >= :t0 AND revenue > 0 THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN month >= :recent THEN recurring ELSE 0 END),"
    " SUM(CASE WHEN month < :recent THEN recurring ELSE 0 END)"
    " FROM revenue_record WHERE month BETWEEN MIN(:t0, :before) AND :t1 GROUP BY account_id"
)
SURVEY_COUNTS = (
    "SELECT SUM(kind = 'nps' AND score >= 9), SUM(kind = 'nps' AND score IN (7, 8)),"
    " SUM(kind = 'nps' AND score <= 6), SUM(kind = 'csat' AND score >= 4), SUM(kind = 'csat')"
    " FROM survey_response WHERE date BETWEEN :t0 AND :end"
)
METRICS_QUERIES = (
    PER_ACCOUNT_SUMS,
    "SELECT month, SUM(revenue), SUM(recurring) FROM revenue_record"
    " WHERE month BETWEEN :t0 AND :t1 GROUP BY month",
    SURVEY_COUNTS,
    "SELECT id, acquisition_cost FROM account WHERE client_since BETWEEN :t0 AND :end",
)
HEALTH_QUERIES = (
    PER_ACCOUNT_SUMS,
    SURVEY_COUNTS + " GROUP BY account_id",
    "SELECT account_id, MAX(likelihood * impact) FROM risk WHERE status = 'open'"
    " GROUP BY account_id",
    "SELECT account_id, kind, MAX(date) FROM review GROUP BY account_id, kind",
)


def bare(path: Path, today: dt.date, queries: tuple[str, ...]) -> int:
    first, last = default_period(today)
    recent = add_months(last, -2)
    values = {
        "t0": first.isoformat(),
        "t1": last.isoformat(),
        "recent": recent.isoformat(),
        "before": add_months(recent, -3).isoformat(),
        "end": (add_months(last, 1) - dt.timedelta(days=1)).isoformat(),
    }
    connection = sqlite3.connect(path)
    try:
        return sum(len(connection.execute(sql, values).fetchall()) for sql in queries)
    finally:
        connection.close()


def peak_memory_mb(action) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def run(folder: Path, args: argparse.Namespace) -> None:
    with isolated_environment(folder):
        today = dt.date.today()
        path = folder / "metrics.kamdesk"
        build_portfolio(path, args.accounts, args.months, today)
        print(
            f"Metrics: {args.accounts:,} accounts × {args.months} months of revenue, "
            f"median of {args.repeat} run(s)"
        )
        metrics = ours_metrics(path, today)  # warm-ups
        accounts = ours_health(path, today)
        bare(path, today, METRICS_QUERIES)
        bare(path, today, HEALTH_QUERIES)
        our_metrics = median_ms(lambda: ours_metrics(path, today), args.repeat)
        bare_metrics = median_ms(lambda: bare(path, today, METRICS_QUERIES), args.repeat)
        our_health = median_ms(lambda: ours_health(path, today), args.repeat)
        bare_health = median_ms(lambda: bare(path, today, HEALTH_QUERIES), args.repeat)
        print(f"GRR {metrics.retention.grr:.3f}; accounts with health: {len(accounts):,}")
        met = ratio_of(our_metrics, bare_metrics) <= GOAL
        print_table(
            "Metrics (ours vs raw sqlite3 sums)",
            [
                ("portfolio metrics", our_metrics, bare_metrics, f"≤ {GOAL:.0f}×", met),
                ("health of every account", our_health, bare_health, "report only", None),
            ],
        )
        memory = peak_memory_mb(lambda: ours_metrics(path, today))
        health_memory = peak_memory_mb(lambda: ours_health(path, today))
        print(f"\nmemory, Python peak: metrics {memory:.1f} MB, health {health_memory:.1f} MB")
        verdict = "PASS" if met else "FAIL"
        print(
            f"ratio metrics: {ratio_of(our_metrics, bare_metrics):.2f}× "
            f"({our_metrics:.0f} ms): {verdict}"
        )
        print(
            f"ratio health of every account: {ratio_of(our_health, bare_health):.2f}× "
            f"({our_health:.0f} ms): report only"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-metrics-") as folder:
        run(Path(folder), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
