"""The benchmarks still run: each main() at a tiny size prints its ratio lines.

Only that they run and report is checked, never how fast anything was.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
RATIO_LINE = re.compile(r"^ratio .+: \d+\.\d\d× .*(PASS|FAIL|report only)", re.MULTILINE)


@pytest.fixture
def benchmarks(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    yield
    for name in (
        "bench_accounts_table",
        "bench_startup",
        "bench_workbook",
        "bench_import_preview",
        "bench_stakeholder_map",
        "bench_pipeline",
        "bench_metrics",
        "bench_team",
        "_portfolio",
    ):
        sys.modules.pop(name, None)


def test_accounts_table_benchmark_prints_ratios(benchmarks, tmp_path, capsys):
    import bench_accounts_table

    code = bench_accounts_table.main(
        ["--accounts", "300", "--repeat", "1", "--cache-dir", str(tmp_path)]
    )

    out = capsys.readouterr().out
    assert code == 0
    ratios = RATIO_LINE.findall(out)
    assert len(ratios) == 3, out  # the load, then the keystrokes "m" and "me"
    assert "ratio filter 'me'" in out
    assert "memory, one load" in out


def test_accounts_table_portfolio_is_cached(benchmarks, tmp_path):
    import _portfolio

    first = _portfolio.ensure_portfolio(50, tmp_path, quiet=True)
    modified = first.stat().st_mtime_ns

    assert _portfolio.ensure_portfolio(50, tmp_path, quiet=True) == first
    assert first.stat().st_mtime_ns == modified
    assert [p.name for p in tmp_path.iterdir()] == [first.name]


def test_startup_benchmark_prints_ratio(benchmarks, capsys):
    import bench_startup

    code = bench_startup.main(["--repeat", "1", "--accounts", "20"])

    out = capsys.readouterr().out
    assert code == 0
    assert len(RATIO_LINE.findall(out)) == 1, out
    assert "ratio start:" in out


def test_workbook_benchmark_prints_ratios(benchmarks, tmp_path, capsys):
    import bench_workbook

    code = bench_workbook.main(["--accounts", "50", "--repeat", "1", "--cache-dir", str(tmp_path)])

    out = capsys.readouterr().out
    assert code == 0
    ratios = RATIO_LINE.findall(out)
    assert len(ratios) == 3, out  # the export, then the import into an empty and the same one
    assert "ratio import all unchanged" in out
    assert "memory import all new" in out


def test_import_preview_benchmark_prints_ratios(benchmarks, capsys):
    import bench_import_preview

    code = bench_import_preview.main(["--rows", "300", "--repeat", "1"])

    out = capsys.readouterr().out
    assert code == 0
    ratios = RATIO_LINE.findall(out)
    assert len(ratios) == 3, out  # the opening, then the keystrokes "m" and "me"
    assert "ratio filter 'me'" in out
    assert "memory, one preview opened" in out


def test_stakeholder_map_benchmark_prints_ratio(benchmarks, capsys):
    import bench_stakeholder_map

    code = bench_stakeholder_map.main(["--people", "40", "--links", "60", "--repeat", "1"])

    out = capsys.readouterr().out
    assert code == 0
    assert len(RATIO_LINE.findall(out)) == 1, out
    assert "ratio open + arrange:" in out


def test_pipeline_benchmark_prints_ratios(benchmarks, capsys):
    import bench_pipeline

    code = bench_pipeline.main(["--opportunities", "300", "--repeat", "1"])

    out = capsys.readouterr().out
    assert code == 0
    assert len(RATIO_LINE.findall(out)) == 2, out  # the board and the forecast
    assert "ratio forecast:" in out


def test_metrics_benchmark_prints_ratios(benchmarks, capsys):
    import bench_metrics

    code = bench_metrics.main(["--accounts", "60", "--months", "14", "--repeat", "1"])

    out = capsys.readouterr().out
    assert code == 0
    assert len(RATIO_LINE.findall(out)) == 2, out  # the metrics, then every account's health
    assert "ratio metrics:" in out
    assert "memory, Python peak" in out


def test_team_benchmark_counts_every_edit(benchmarks, capsys):
    if not os.environ.get("KAMDESK_TEST_PG_URL"):
        pytest.skip("no PostgreSQL: set KAMDESK_TEST_PG_URL (see .ci/start_postgres.sh)")
    pytest.importorskip("psycopg", reason="no psycopg: pip install -e '.[test]'")
    import bench_team

    code = bench_team.main(["--users", "3", "--seconds", "2", "--accounts", "10"])

    out = capsys.readouterr().out
    assert code == 0, out
    assert len(RATIO_LINE.findall(out)) == 2, out  # the p95 save latency, then edits per second
    assert "ratio p95 save latency:" in out
    saved = re.search(r"edits the users were told were saved: ([\d,]+)", out)
    found = re.search(r"in the database, logged once under their user's login: ([\d,]+)", out)
    assert saved and found and saved[1] == found[1] != "0", out
    assert "lost edits: 0" in out
    assert "errors: 0 (bare SQL: 0)" in out
