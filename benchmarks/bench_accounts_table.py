"""Accounts table with many accounts: loading it and one filter keystroke, against bare Qt.

    .venv/bin/python benchmarks/bench_accounts_table.py [--accounts 100000] [--repeat 5]

Ours: ``AccountService.list_rows()`` + ``AccountsTableModel.set_rows()`` with the
``AccountsProxy`` attached, then the proxy given an ``AccountFilter`` for each prefix of the
search text as typing does ("m", then "me"). Bare baseline, measured in the same run on the
same ``AccountRow`` list: a minimal ``QAbstractTableModel`` (display role only, same columns)
under a plain ``QSortFilterProxyModel`` filtered with ``setFilterFixedString`` on the name
column, case-insensitive; for the load, the same three reads done with plain ``sqlite3`` and
the rows put into that bare model. Every step is synchronous, so each timing runs until the
proxy's ``rowCount()`` is final. Medians of ``--repeat`` runs (our multi-second load: at most
3 unless ``--load-repeat`` says otherwise); ratios are ours ÷ bare.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _portfolio import ensure_portfolio, isolated_environment, median_ms, print_table, ratio
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from kamdesk.services.accounts import AccountFilter, AccountRow, AccountService
from kamdesk.services.portfolios import open_portfolio
from kamdesk.ui.models.accounts_model import AccountColumn, AccountsProxy, AccountsTableModel

FILTER_MS_GOAL = 100.0
FILTER_RATIO_GOAL = 2.0
DISPLAY = Qt.ItemDataRole.DisplayRole

# Display text per column, in AccountColumn order: the bare model shows the same columns.
BARE_COLUMNS = (
    lambda r: r.name,
    lambda r: r.tier.value,
    lambda r: "—" if r.icp_score is None else f"{r.icp_score:.1f}",
    lambda r: r.lifecycle_stage.value,
    lambda r: r.owner,
    lambda r: r.industry,
    lambda r: r.region,
    lambda r: f"{r.annual_revenue:,.0f}",
    lambda r: r.tax_id,
    lambda r: r.updated_at.isoformat(" ", "minutes"),
)
assert len(BARE_COLUMNS) == len(AccountColumn)


class BareModel(QAbstractTableModel):
    """The least a table model can be: rows in a list, display text only."""

    def __init__(self):
        super().__init__()
        self._rows: list[AccountRow] = []

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BARE_COLUMNS)

    def data(self, index, role=DISPLAY):
        if role != DISPLAY or not index.isValid():
            return None
        return BARE_COLUMNS[index.column()](self._rows[index.row()])


def bare_proxy(model: BareModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(AccountColumn.NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def bare_fetch(path: Path) -> list[tuple]:
    """The same three reads as ``list_rows`` with plain sqlite3: the floor for fetching."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT account_id, criterion_id, rating FROM icp_rating").fetchall()
        connection.execute(
            "SELECT account_id, sum(revenue), count(*) FROM revenue_record"
            " WHERE revenue > 0 GROUP BY account_id"
        ).fetchall()
        return connection.execute(
            "SELECT id, name, legal_name, tax_id, industry, region, owner, lifecycle_stage,"
            " strategic_importance, archived, tier_override, updated_at FROM account"
        ).fetchall()
    finally:
        connection.close()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000, help="accounts (100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (5)")
    parser.add_argument(
        "--load-repeat", type=int, help="runs of our (slow) load: default --repeat, at most 3"
    )
    parser.add_argument("--search", default="me", help="text typed, one letter at a time (me)")
    parser.add_argument("--cache-dir", type=Path, help="where the built portfolio is cached")
    parser.add_argument("--profile", action="store_true", help="also cProfile our load+filter")
    return parser.parse_args(argv)


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    repeat = max(1, args.repeat)
    path = ensure_portfolio(args.accounts, args.cache_dir)
    with (
        tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as scratch,
        isolated_environment(Path(scratch)),
    ):
        QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        portfolio = open_portfolio(path)
        try:
            return run(args, repeat, path, AccountService(portfolio))
        finally:
            portfolio.close()


def run(args: argparse.Namespace, repeat: int, path: Path, service: AccountService) -> int:
    load_repeat = max(1, args.load_repeat or min(repeat, 3))
    print(
        f"accounts table: {args.accounts:,} accounts, median of {repeat} run(s) "
        f"({load_repeat} for our load), Python {sys.version.split()[0]}"
    )
    model, proxy = AccountsTableModel(), AccountsProxy()
    proxy.setSourceModel(model)
    bare = BareModel()
    plain = bare_proxy(bare)

    # -- load (the first run also gives the growth of the resident memory) ------------------
    list_times, set_times = [], []
    rss_before = maxrss_mb()
    for _ in range(load_repeat):
        started = time.perf_counter()
        rows = service.list_rows()
        listed = time.perf_counter()
        model.set_rows(rows)
        proxy.rowCount()
        done = time.perf_counter()
        list_times.append((listed - started) * 1000)
        set_times.append((done - listed) * 1000)
        if len(list_times) == 1:
            rss_growth = maxrss_mb() - rss_before
    ours_list, ours_set = statistics.median(list_times), statistics.median(set_times)
    ours_load = statistics.median(a + b for a, b in zip(list_times, set_times, strict=True))

    def bare_set() -> None:
        bare.set_rows(rows)
        plain.rowCount()

    bare_set_ms = median_ms(bare_set, repeat)
    fetch_ms = median_ms(lambda: bare_fetch(path), repeat)
    assert proxy.rowCount() <= model.rowCount() == plain.rowCount() == len(rows)

    # -- one filter keystroke, then the next, as typing does ----------------------------------
    prefixes = [args.search[: i + 1] for i in range(len(args.search))] or ["m"]
    ours_keys: dict[str, list[float]] = {p: [] for p in prefixes}
    bare_keys: dict[str, list[float]] = {p: [] for p in prefixes}
    ours_shown: dict[str, int] = {}
    bare_shown: dict[str, int] = {}
    for _ in range(repeat):
        proxy.set_account_filter(AccountFilter())
        proxy.rowCount()
        for text in prefixes:
            started = time.perf_counter()
            proxy.set_account_filter(AccountFilter(text=text))
            ours_shown[text] = proxy.rowCount()
            ours_keys[text].append((time.perf_counter() - started) * 1000)
        plain.setFilterFixedString("")
        plain.rowCount()
        for text in prefixes:
            started = time.perf_counter()
            plain.setFilterFixedString(text)
            bare_shown[text] = plain.rowCount()
            bare_keys[text].append((time.perf_counter() - started) * 1000)
    proxy.set_account_filter(AccountFilter())

    # -- memory of one load: Python allocations (untimed: tracemalloc slows everything) -------
    tracemalloc.start()
    fresh_model, fresh_proxy = AccountsTableModel(), AccountsProxy()
    fresh_proxy.setSourceModel(fresh_model)
    fresh_model.set_rows(service.list_rows())
    fresh_proxy.rowCount()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    lines = [
        ("load: list_rows + set_rows", ours_load, fetch_ms + bare_set_ms, "report only", None),
        ("  list_rows vs sqlite3 fetch", ours_list, fetch_ms, "report only", None),
        ("  set_rows vs bare model+proxy", ours_set, bare_set_ms, "report only", None),
    ]
    results = []
    for text in prefixes:
        ours_ms, bare_ms = statistics.median(ours_keys[text]), statistics.median(bare_keys[text])
        met = ours_ms <= FILTER_MS_GOAL and ours_ms <= FILTER_RATIO_GOAL * bare_ms
        results.append((text, ours_ms, bare_ms, met))
        lines.append((f"filter keystroke {text!r}", ours_ms, bare_ms, "≤ 100 ms and ≤ 2×", met))
    print_table("Accounts table (ours vs bare Qt, same rows)", lines)
    print(
        f"\nmemory, one load: Python peak {peak / 2**20:.1f} MiB, retained "
        f"{retained / 2**20:.1f} MiB (tracemalloc); max RSS grew {rss_growth:.1f} MiB "
        f"on the first load"
    )
    for text in prefixes:
        print(
            f"rows shown for {text!r}: ours {ours_shown[text]:,} (name, legal name, CNPJ, "
            f"industry, region, owner; accents folded), bare {bare_shown[text]:,} (name only)"
        )
    print()
    print(f"ratio load: {ratio(ours_load, fetch_ms + bare_set_ms):.2f}× (report only)")
    for text, ours_ms, bare_ms, met in results:
        print(
            f"ratio filter {text!r}: {ratio(ours_ms, bare_ms):.2f}× at {ours_ms:.1f} ms "
            f"(goal ≤ 2× and ≤ 100 ms): {'PASS' if met else 'FAIL'}"
        )
    if args.profile:
        profile_ours(service, model, proxy, prefixes)
    return 0


def profile_ours(service, model, proxy, prefixes: list[str]) -> None:
    """cProfile of one load and one pass of keystrokes, top functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    model.set_rows(service.list_rows())
    proxy.rowCount()
    for text in prefixes:
        proxy.set_account_filter(AccountFilter(text=text))
        proxy.rowCount()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
