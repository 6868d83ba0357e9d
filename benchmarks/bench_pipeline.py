"""The pipeline of a very large portfolio: the board and the forecast of one quarter.

    .venv/bin/python benchmarks/bench_pipeline.py [--opportunities 50000] [--repeat 5]

The portfolio has ``--opportunities`` opportunities over 2,000 accounts and 8 product lines,
in the six default stages (a third closed, won or lost), with expected closes spread over two
years around today, values from R$ 5k to R$ 2M one-time plus up to R$ 150k a month, and one to
three history rows each.

- Board, one quarter — ours: the Pipeline tab on the board, every account, period "closing
  this quarter" (won and lost shown too): the rows read through the service (one query,
  effective probabilities), searched, grouped by stage into the board's columns with their
  totals, and painted. Baseline: the same rows fetched with plain ``sqlite3`` and put into a
  bare ``QStringListModel`` per stage, in a ``QListView`` per stage, painted.
- Forecast, one quarter — ours: ``ForecastService.forecast(quarter)``: amounts by category,
  weighted pipeline, target, coverage and the stage funnel. Baseline: one ``sqlite3`` query
  summing one-time + 12 × recurring by forecast category for the quarter.

No goal is set by the issue: the figures and ratios are reported. One warm-up each, then
medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _portfolio import FIRST_WORDS, SECOND_WORDS, isolated_environment, median_ms, print_table
from _portfolio import ratio as ratio_of
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QWidget
from sqlalchemy import insert, select

from kamdesk.analytics.periods import PeriodKind, period_of
from kamdesk.model import Account, Opportunity, OpportunityHistory, PipelineStage, Product
from kamdesk.model.enums import ForecastCategory, OpportunityType, StageOutcome, fold
from kamdesk.services.portfolios import create_portfolio, open_portfolio

SEED = 5
ACCOUNTS = 2000
PRODUCTS = ("ERP", "Nuvem", "Analytics", "Segurança", "Suporte 24x7", "RPA", "Treinamento", "IoT")
CHUNK = 10_000


# -- the portfolio -----------------------------------------------------------------------------


def build_portfolio(path: Path, opportunities: int, today: dt.date) -> None:
    portfolio = create_portfolio(path)
    rng = random.Random(SEED)
    try:
        with portfolio.engine.begin() as connection:
            stages = connection.execute(
                select(PipelineStage.id, PipelineStage.outcome).order_by(PipelineStage.position)
            ).all()
            connection.execute(insert(Account), _accounts(rng))
            connection.execute(insert(Product), [{"name": n, "category": ""} for n in PRODUCTS])
            rows, history = _opportunities(rng, opportunities, stages, today)
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(Opportunity), rows[start : start + CHUNK])
            for start in range(0, len(history), CHUNK):
                connection.execute(insert(OpportunityHistory), history[start : start + CHUNK])
    finally:
        portfolio.close()


def _accounts(rng: random.Random) -> list[dict]:
    names = [f"{rng.choice(FIRST_WORDS)} {rng.choice(SECOND_WORDS)} {n}" for n in range(ACCOUNTS)]
    return [{"id": n, "name": name, "name_key": fold(name)} for n, name in enumerate(names, 1)]


def _opportunities(rng: random.Random, count: int, stages, today: dt.date):
    rows, history = [], []
    kinds = list(OpportunityType)
    for n in range(1, count + 1):
        stage_id, outcome = rng.choice(stages)
        close = today + dt.timedelta(days=rng.randint(-365, 365))
        created = dt.datetime.combine(close - dt.timedelta(days=rng.randint(30, 300)), dt.time())
        one_time = Decimal(rng.randrange(5_000, 2_000_000, 100))
        monthly = Decimal(rng.randrange(0, 150_000, 100))
        category = {
            StageOutcome.WON: ForecastCategory.CLOSED,
            StageOutcome.LOST: ForecastCategory.OMITTED,
        }.get(
            outcome,
            rng.choice(
                (ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT)
            ),
        )
        rows.append(
            {
                "id": n,
                "account_id": rng.randint(1, ACCOUNTS),
                "title": f"Oportunidade {n}",
                "type": rng.choice(kinds),
                "product_id": rng.randint(1, len(PRODUCTS)),
                "one_time_value": one_time,
                "recurring_value": monthly,
                "stage_id": stage_id,
                "forecast_category": category,
                "expected_close": close,
                "owner": rng.choice(("Larissa Menezes", "Mariana Duarte", "Bruno Lima")),
                "next_step": "" if n % 7 == 0 else "Enviar proposta revisada",
                "win_loss_reason": "" if outcome is StageOutcome.OPEN else "Preço",
                "created_at": created,
                "updated_at": created,
                "closed_at": None if outcome is StageOutcome.OPEN else close,
            }
        )
        for step in range(rng.randint(1, 3)):
            history.append(
                {
                    "opportunity_id": n,
                    "changed_at": created + dt.timedelta(days=10 * step),
                    "stage_id": stage_id,
                    "expected_close": close,
                    "one_time_value": one_time,
                    "recurring_value": monthly,
                }
            )
    return rows, history


# -- ours --------------------------------------------------------------------------------------


class OurPipeline:
    def __init__(self, path: Path, today: dt.date):
        from kamdesk.services.pipeline.forecast import ForecastService
        from kamdesk.ui.pipeline.tab import PeriodChoice, PipelineTab, Scope
        from kamdesk.ui.workspace import Workspace

        self.portfolio = open_portfolio(path)
        self.workspace = Workspace(self.portfolio)
        self.tab = PipelineTab(self.workspace)
        self.tab.today = lambda: today
        self.tab.resize(1600, 900)
        self.tab.show()
        self.tab.scope.setCurrentIndex(self.tab.scope.findData(Scope.ALL_ACCOUNTS))
        self.tab.include_closed.setChecked(True)
        self.tab.period.setCurrentIndex(self.tab.period.findData(PeriodChoice.THIS_QUARTER))
        self.tab.show_board()
        QApplication.processEvents()
        self.forecasts = ForecastService(self.portfolio)
        self.quarter = self.forecasts.current_period(PeriodKind.QUARTER, today)

    def board(self) -> int:
        self.tab.reload()
        self.tab.board.repaint()
        return len(self.tab.shown_rows())

    def forecast(self):
        return self.forecasts.forecast(self.quarter)

    def close(self) -> None:
        self.tab.close()
        self.tab.deleteLater()
        QApplication.processEvents()
        self.portfolio.close()


# -- the baseline ------------------------------------------------------------------------------


class BarePipeline:
    def __init__(self, path: Path, today: dt.date):
        self.path = path
        quarter = period_of(today, PeriodKind.QUARTER)
        self.bounds = (quarter.start.isoformat(), quarter.last_day.isoformat())
        self.widget = QWidget()
        self.widget.resize(1600, 900)
        self.layout = QHBoxLayout(self.widget)
        self.views: dict[int, QListView] = {}
        self.widget.show()

    def board(self) -> int:
        connection = sqlite3.connect(self.path)
        try:
            rows = connection.execute(
                "SELECT o.id, o.title, a.name, o.stage_id, o.one_time_value, o.recurring_value"
                " FROM opportunity o JOIN account a ON a.id = o.account_id"
                " WHERE o.expected_close BETWEEN ? AND ? ORDER BY o.expected_close",
                self.bounds,
            ).fetchall()
        finally:
            connection.close()
        columns: dict[int, list[str]] = {}
        for _id, title, account, stage, _one, _monthly in rows:
            columns.setdefault(stage, []).append(f"{title}\n{account}")
        for stage, texts in sorted(columns.items()):
            view = self.views.get(stage)
            if view is None:
                view = self.views[stage] = QListView()
                view.setUniformItemSizes(True)
                view.setModel(QStringListModel(view))
                self.layout.addWidget(view)
            view.model().setStringList(texts)
        self.widget.repaint()
        return len(rows)

    def forecast(self):
        connection = sqlite3.connect(self.path)
        try:
            return connection.execute(
                "SELECT forecast_category, SUM(one_time_value + 12 * recurring_value)"
                " FROM opportunity WHERE expected_close BETWEEN ? AND ?"
                " GROUP BY forecast_category",
                self.bounds,
            ).fetchall()
        finally:
            connection.close()

    def close(self) -> None:
        self.widget.close()


# -- running -----------------------------------------------------------------------------------


def measure(side, repeat: int) -> tuple[float, float, int]:
    shown = side.board()  # warm-up
    side.forecast()
    return median_ms(side.board, repeat), median_ms(side.forecast, repeat), shown


def run(folder: Path, args: argparse.Namespace) -> None:
    with isolated_environment(folder):
        app = QApplication.instance() or QApplication([])
        today = dt.date.today()
        path = folder / "pipeline.kamdesk"
        build_portfolio(path, args.opportunities, today)
        print(
            f"Pipeline: {args.opportunities:,} opportunities over {ACCOUNTS:,} accounts, "
            f"median of {args.repeat} run(s)"
        )
        ours = OurPipeline(path, today)
        our_board, our_forecast, shown = measure(ours, args.repeat)
        ours.close()
        bare = BarePipeline(path, today)
        bare_board, bare_forecast, bare_shown = measure(bare, args.repeat)
        bare.close()
        print(f"opportunities closing this quarter: ours {shown:,}, bare {bare_shown:,}")
        print_table(
            "Pipeline (ours vs bare sqlite3 + Qt)",
            [
                ("board, one quarter", our_board, bare_board, "report only", None),
                ("forecast, one quarter", our_forecast, bare_forecast, "report only", None),
            ],
        )
        for what, mine, theirs in (
            ("board", our_board, bare_board),
            ("forecast", our_forecast, bare_forecast),
        ):
            print(f"ratio {what}: {ratio_of(mine, theirs):.2f}× ({mine:.0f} ms): report only")
        del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-pipeline-") as folder:
        run(Path(folder), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
