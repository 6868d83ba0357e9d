"""Excel round trip with many accounts: export and import, against bare xlsxwriter and calamine.

    .venv/bin/python benchmarks/bench_workbook.py [--accounts 100000] [--repeat 3]

Export. Ours: ``export_workbook()`` of the whole portfolio (every table read, every sheet
written with widths, formats, drop-downs, the Instructions and the hidden ``_lists`` sheet);
``write_workbook`` is timed inside it, which splits the time into reading the portfolio and
writing the file. Bare: the very cells our writer wrote (recorded during an untimed warm-up
export) written again by xlsxwriter with the same workbook options (constant memory) and the
same typed ``write_*`` calls, without formats, widths or validations.

Import, end to end. Ours: ``read_workbook()`` + ``plan_import()`` + ``apply_import()`` on a
fresh copy of the portfolio file every run (the copy and the opening are not timed), in two
scenarios: the export without its id column into an empty portfolio (every row new: the write
path), and the export as it is into the portfolio it came from (every row unchanged). Bare:
python-calamine's ``CalamineWorkbook.from_path()`` and ``to_python()`` of every sheet of the
same file.

Medians of ``--repeat`` runs, ours and bare alternating; ratios are ours ÷ bare. Memory, in
extra untimed runs: the peak of Python allocations (tracemalloc) and, in a fresh process per
measure, how much the maximum resident size grew (this one also counts calamine's Rust memory).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import xlsxwriter
from _portfolio import ensure_portfolio, isolated_environment, print_table, ratio, verdict
from python_calamine import CalamineWorkbook
from xlsxwriter.worksheet import Worksheet

from kamdesk import __version__
from kamdesk.excel import reader
from kamdesk.excel.reader import read_workbook
from kamdesk.excel.schema import SHEETS_BY_KEY
from kamdesk.excel.writer import MAX_DATA_ROWS, WORKBOOK_OPTIONS, WorkbookTooLarge, write_workbook
from kamdesk.services import workbook_export
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.services.workbook_export import export_rows, export_workbook, stage_choices
from kamdesk.services.workbook_import import ImportPlan, apply_import, plan_import, problem_line
from kamdesk.store.portfolio import remove_portfolio_files

EXPORT_RATIO_GOAL = 1.5
IMPORT_RATIO_GOAL = 2.0
LANGUAGE = "pt_BR"
WRITE_METHODS = ("write_string", "write_number", "write_datetime")  # all our writer calls
MIB = 2**20

# Sheet name → (row, column, unbound Worksheet.write_*, value), in the order written.
Cells = dict[str, list[tuple[int, int, Callable, object]]]


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def peak_rss_mib() -> float:
    """The process's peak resident size. On Linux it is read from /proc (VmHWM), because
    ``ru_maxrss`` starts a child process at its parent's peak: Linux carries it over exec."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def traced_peak_mib(action: Callable[[], object]) -> float:
    """The peak of Python allocations while ``action`` runs (slow: never timed)."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / MIB
    finally:
        tracemalloc.stop()


def fresh_copy(source: Path, target: Path) -> Path:
    """A new copy of the closed portfolio ``source``, so every run starts from the same data."""
    remove_portfolio_files(target)
    shutil.copyfile(source, target)
    return target


# -- export ------------------------------------------------------------------------------------


@contextlib.contextmanager
def recording_cells() -> Iterator[Cells]:
    """Records every cell any xlsxwriter worksheet is given while the block runs."""
    cells: Cells = defaultdict(list)
    originals = {name: getattr(Worksheet, name) for name in WRITE_METHODS}

    def recorder(write: Callable) -> Callable:
        def record(worksheet, row, column, value, *cell_format):
            cells[worksheet.name].append((row, column, write, value))
            return write(worksheet, row, column, value, *cell_format)

        return record

    for name, write in originals.items():
        setattr(Worksheet, name, recorder(write))
    try:
        yield cells
    finally:
        for name, write in originals.items():
            setattr(Worksheet, name, write)


@contextlib.contextmanager
def timing_writes(spent: list[float]) -> Iterator[None]:
    """Times the ``write_workbook`` call inside ``export_workbook``: one run, two halves."""
    original = workbook_export.write_workbook

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(ms_since(started))

    workbook_export.write_workbook = timed
    try:
        yield
    finally:
        workbook_export.write_workbook = original


def bare_export(cells: Cells, target: Path) -> None:
    """The same cells with the same calls and workbook options: no formats, no drop-downs."""
    workbook = xlsxwriter.Workbook(str(target), WORKBOOK_OPTIONS)
    for name, sheet_cells in cells.items():
        worksheet = workbook.add_worksheet(name)
        for row, column, write, value in sheet_cells:
            write(worksheet, row, column, value)
    workbook.close()


def write_without_ids(portfolio, target: Path) -> None:
    """The export with its id column left blank: a workbook made elsewhere, all rows new."""
    rows = export_rows(portfolio, language=LANGUAGE)
    for sheet_rows in rows.values():
        for row in sheet_rows:
            row["id"] = None
    with portfolio.session() as session:
        choices = {"stage": stage_choices(session, LANGUAGE)}
    write_workbook(target, rows, LANGUAGE, app_version=__version__, choices=choices)


@dataclass
class ExportFigures:
    ours_ms: float
    write_ms: float  # of ours_ms
    bare_ms: float
    ours_peak_mib: float
    bare_peak_mib: float

    @property
    def met(self) -> bool:
        return self.ours_ms <= EXPORT_RATIO_GOAL * self.bare_ms


def measure_export(portfolio, scratch: Path, cells: Cells, repeat: int) -> ExportFigures:
    ours, writes, bare = [], [], []
    for _ in range(repeat):
        gc.collect()
        with timing_writes(writes):
            started = time.perf_counter()
            export_workbook(portfolio, scratch / "export-ours.xlsx", language=LANGUAGE)
            ours.append(ms_since(started))
        gc.collect()
        started = time.perf_counter()
        bare_export(cells, scratch / "export-bare.xlsx")
        bare.append(ms_since(started))
    ours_peak = traced_peak_mib(
        lambda: export_workbook(portfolio, scratch / "export-ours.xlsx", language=LANGUAGE)
    )
    bare_peak = traced_peak_mib(lambda: bare_export(cells, scratch / "export-bare.xlsx"))
    return ExportFigures(
        statistics.median(ours),
        statistics.median(writes),
        statistics.median(bare),
        ours_peak,
        bare_peak,
    )


# -- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """The reader's limits, raised where this workbook needs it (the app's are reported)."""

    max_rows: int
    max_uncompressed: int


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    workbook: Path
    portfolio: Path  # a closed portfolio file, copied before every run


@dataclass
class ImportFigures:
    read_ms: float
    plan_ms: float
    apply_ms: float
    bare_ms: float
    collect_ms: float  # gc.collect() right after our run: the garbage it left in cycles
    peak_mib: float
    counts: dict[str, int] = field(default_factory=dict)  # new / changed / unchanged rows

    @property
    def ours_ms(self) -> float:
        return self.read_ms + self.plan_ms + self.apply_ms

    @property
    def met(self) -> bool:
        return self.ours_ms <= IMPORT_RATIO_GOAL * self.bare_ms


def import_end_to_end(scenario: Scenario, limits: Limits, copy: Path) -> tuple[list, ImportPlan]:
    """One import on a fresh copy (copying and opening untimed): the steps' ms, and the plan."""
    portfolio = open_portfolio(fresh_copy(scenario.portfolio, copy))
    try:
        return import_steps(portfolio, scenario, limits)
    finally:
        portfolio.close()


def import_steps(portfolio, scenario: Scenario, limits: Limits) -> tuple[list, ImportPlan]:
    """Read, plan, apply: what the app does with a workbook, each step timed."""
    started = time.perf_counter()
    raw = read_workbook(
        scenario.workbook,
        LANGUAGE,
        max_rows=limits.max_rows,
        max_uncompressed=limits.max_uncompressed,
    )
    read = time.perf_counter()
    plan = plan_import(portfolio, raw)
    planned = time.perf_counter()
    if plan.has_errors:
        lines = "\n".join(problem_line(p) for p in plan.errors[:5])
        raise SystemExit(f"import {scenario.key}: the plan has errors:\n{lines}")
    apply_import(portfolio, plan)
    done = time.perf_counter()
    return [(read - started) * 1000, (planned - read) * 1000, (done - planned) * 1000], plan


def bare_parse(workbook: Path) -> None:
    with CalamineWorkbook.from_path(str(workbook)) as book:
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()


def measure_import(scenario: Scenario, limits: Limits, scratch: Path, repeat: int):
    copy = scratch / f"import-{scenario.key}.kamdesk"
    # The first, untimed run is the warm-up and checks the plan; it also gives the memory peak.
    plans: list[ImportPlan] = []
    peak = traced_peak_mib(lambda: plans.append(import_end_to_end(scenario, limits, copy)[1]))
    steps, bare, collects = [], [], []
    for _ in range(repeat):
        gc.collect()
        steps.append(import_end_to_end(scenario, limits, copy)[0])
        # What our run leaves for the cycle collector (the plan is dropped by then): timed on
        # its own, so it is neither hidden nor charged to the bare parse that follows.
        started = time.perf_counter()
        gc.collect()
        collects.append(ms_since(started))
        started = time.perf_counter()
        bare_parse(scenario.workbook)
        bare.append(ms_since(started))
    counts = plans[0].counts().as_dict()
    read, plan, apply = (statistics.median(step) for step in zip(*steps, strict=True))
    bare_ms, collect_ms = statistics.median(bare), statistics.median(collects)
    return ImportFigures(read, plan, apply, bare_ms, collect_ms, peak, counts)


def reader_limits(workbook: Path, sheet_rows: dict[str, int]) -> tuple[Limits, list[str]]:
    """Limits that let this workbook in, and what the app's own limits would refuse."""
    with zipfile.ZipFile(workbook) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    largest = max(sheet_rows, key=sheet_rows.__getitem__)
    refused = []
    if sheet_rows[largest] > reader.MAX_ROWS:
        label = SHEETS_BY_KEY[largest].label("en")
        refused.append(
            f"{label} has {sheet_rows[largest]:,} rows, more than the reader's "
            f"MAX_ROWS ({reader.MAX_ROWS:,})"
        )
    if unpacked > reader.MAX_UNCOMPRESSED:
        refused.append(
            f"the file unpacks to {unpacked / MIB:.0f} MiB, more than the reader's "
            f"MAX_UNCOMPRESSED ({reader.MAX_UNCOMPRESSED / MIB:.0f} MiB)"
        )
    if workbook.stat().st_size > reader.MAX_FILE_SIZE:
        refused.append(f"the file is larger than MAX_FILE_SIZE ({reader.MAX_FILE_SIZE:,} bytes)")
    limits = Limits(
        max(reader.MAX_ROWS, sheet_rows[largest]), max(reader.MAX_UNCOMPRESSED, unpacked + MIB)
    )
    return limits, refused


# -- memory in a fresh process ------------------------------------------------------------------


def memory_child(spec: dict) -> int:
    """Runs one operation and prints how much the maximum resident size grew (JSON)."""
    operation = spec["operation"]
    limits = Limits(spec["max_rows"], spec["max_uncompressed"])
    portfolio = open_portfolio(spec["portfolio"]) if operation != "parse-bare" else None
    before = peak_rss_mib()
    if operation == "export":
        export_workbook(portfolio, spec["workbook"], language=LANGUAGE)
    elif operation == "import":
        raw = read_workbook(
            spec["workbook"],
            LANGUAGE,
            max_rows=limits.max_rows,
            max_uncompressed=limits.max_uncompressed,
        )
        apply_import(portfolio, plan_import(portfolio, raw))
    else:
        bare_parse(Path(spec["workbook"]))
    growth = peak_rss_mib() - before
    if portfolio is not None:
        portfolio.close()
    print(json.dumps({"rss_growth_mib": growth}))
    return 0


def rss_growth_mib(operation: str, workbook: Path, portfolio: Path | None, limits: Limits):
    spec = {
        "operation": operation,
        "workbook": str(workbook),
        "portfolio": str(portfolio) if portfolio else None,
        "max_rows": limits.max_rows,
        "max_uncompressed": limits.max_uncompressed,
    }
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", json.dumps(spec)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["rss_growth_mib"]


def measure_rss(scratch: Path, source: Path, scenarios: list[Scenario], limits: Limits):
    """Max-RSS growth of each operation, each in a process of its own (on fresh copies)."""
    child = scratch / "child.kamdesk"
    growth = {
        "export": rss_growth_mib(
            "export", scratch / "export-child.xlsx", fresh_copy(source, child), limits
        )
    }
    for scenario in scenarios:
        copy = fresh_copy(scenario.portfolio, child)
        growth[scenario.key] = rss_growth_mib("import", scenario.workbook, copy, limits)
    growth["parse-bare"] = rss_growth_mib("parse-bare", scenarios[-1].workbook, None, limits)
    return growth


# -- the run -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000, help="accounts (100000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (3)")
    parser.add_argument("--cache-dir", type=Path, help="where the built portfolio is cached")
    parser.add_argument(
        "--profile", action="store_true", help="also cProfile our export and both imports"
    )
    parser.add_argument(
        "--export-only", action="store_true", help="measure (and profile) only the export"
    )
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)  # internal: one measure
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_child:
        return memory_child(json.loads(args.memory_child))
    path = ensure_portfolio(args.accounts, args.cache_dir)
    with (
        tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as scratch,
        isolated_environment(Path(scratch)),
    ):
        return run(args, max(1, args.repeat), path, Path(scratch))


def run(args: argparse.Namespace, repeat: int, source: Path, scratch: Path) -> int:
    print(
        f"Excel round trip: {args.accounts:,} accounts, median of {repeat} run(s), "
        f"Python {sys.version.split()[0]}"
    )
    same_workbook, fresh_workbook = scratch / "same.xlsx", scratch / "fresh.xlsx"
    portfolio = open_portfolio(source)
    try:
        # The warm-up export records the cells the bare writer replays, and is the workbook
        # the portfolio re-imports; the one without ids is what the empty portfolio imports.
        with recording_cells() as cells:
            try:
                result = export_workbook(portfolio, same_workbook, language=LANGUAGE)
            except WorkbookTooLarge as error:
                print(f"the writer refuses the export: {error}")
                return 1
        if not args.export_only:
            write_without_ids(portfolio, fresh_workbook)
        # Millions of recorded cells would make every full collection during the measures
        # slower, ours and bare alike: the collector leaves them alone while they are needed.
        gc.collect()
        gc.freeze()
        try:
            export = measure_export(portfolio, scratch, cells, repeat)
        finally:
            gc.unfreeze()
            del cells
    finally:
        portfolio.close()
    describe_workbook(result.rows, same_workbook)
    if args.export_only:
        return report_export_only(export, source, scratch, args.profile)
    limits, refused = reader_limits(same_workbook, result.rows)
    if refused:
        print(
            "NOTE: the app would refuse to import this workbook: " + "; ".join(refused) + ".\n"
            f"      Measured with max_rows={limits.max_rows:,} and "
            f"max_uncompressed={limits.max_uncompressed / MIB:.0f} MiB."
        )
    empty = create_portfolio(scratch / "empty.kamdesk")
    empty.close()
    scenarios = [
        Scenario("new", "all new", fresh_workbook, empty.path),
        Scenario("same", "all unchanged", same_workbook, source),
    ]
    imports = {s.key: measure_import(s, limits, scratch, repeat) for s in scenarios}
    rss = measure_rss(scratch, source, scenarios, limits)
    report(export, scenarios, imports, rss)
    if args.profile:
        profile_ours(source, scenarios, limits, scratch)
    return 0


def describe_workbook(sheet_rows: dict[str, int], workbook: Path) -> None:
    filled = ", ".join(f"{key} {rows:,}" for key, rows in sheet_rows.items() if rows)
    largest = max(sheet_rows.values())
    fits = "fits" if largest <= MAX_DATA_ROWS else "does NOT fit"
    print(
        f"workbook: {workbook.stat().st_size / MIB:.1f} MiB; rows per sheet: {filled}; "
        f"the largest sheet {fits} Excel's {MAX_DATA_ROWS + 1:,} rows"
    )


def report(export: ExportFigures, scenarios, imports: dict[str, ImportFigures], rss) -> None:
    lines = export_lines(export)
    for scenario in scenarios:
        lines += import_lines(scenario.title, imports[scenario.key])
    print_table("Excel round trip (ours vs bare xlsxwriter / python-calamine, same cells)", lines)
    read_ms = export.ours_ms - export.write_ms
    print(
        f"\nexport time: reading the portfolio {read_ms:.0f} ms "
        f"({100 * ratio(read_ms, export.ours_ms):.0f} %), writing the workbook "
        f"{export.write_ms:.0f} ms ({100 * ratio(export.write_ms, export.ours_ms):.0f} %)"
    )
    for scenario in scenarios:
        counts = imports[scenario.key].counts
        shown = ", ".join(f"{key} {count:,}" for key, count in counts.items() if key != "errors")
        collect_ms = imports[scenario.key].collect_ms
        print(
            f"import {scenario.title}: rows {shown}; then gc.collect() took {collect_ms:.0f} ms "
            "(not in the ratio)"
        )
    print_memory(export, scenarios, imports, rss)
    print()
    print(
        f"ratio export: {ratio(export.ours_ms, export.bare_ms):.2f}× "
        f"(goal ≤ {EXPORT_RATIO_GOAL}×): {verdict(export.met)}"
    )
    for scenario in scenarios:
        figures = imports[scenario.key]
        print(
            f"ratio import {scenario.title}: {ratio(figures.ours_ms, figures.bare_ms):.2f}× "
            f"(goal ≤ {IMPORT_RATIO_GOAL}×): {verdict(figures.met)}"
        )


def report_export_only(export: ExportFigures, source: Path, scratch: Path, profile: bool) -> int:
    """The export's figures alone (``--export-only``), without the imports."""
    print_table("Excel export (ours vs bare xlsxwriter, same cells)", export_lines(export))
    read_ms = export.ours_ms - export.write_ms
    limits = Limits(reader.MAX_ROWS, reader.MAX_UNCOMPRESSED)  # unused by an export
    copy = fresh_copy(source, scratch / "child.kamdesk")
    growth = rss_growth_mib("export", scratch / "export-child.xlsx", copy, limits)
    print(
        f"\nexport time: reading the portfolio {read_ms:.0f} ms "
        f"({100 * ratio(read_ms, export.ours_ms):.0f} %), writing the workbook "
        f"{export.write_ms:.0f} ms ({100 * ratio(export.write_ms, export.ours_ms):.0f} %)\n"
        f"memory: Python peak {export.ours_peak_mib:.1f} MiB ours, "
        f"{export.bare_peak_mib:.1f} MiB bare; peak RSS growth {growth:.1f} MiB ours"
    )
    print(
        f"ratio export: {ratio(export.ours_ms, export.bare_ms):.2f}× "
        f"(goal ≤ {EXPORT_RATIO_GOAL}×): {verdict(export.met)}"
    )
    if profile:
        profile_export(source, scratch)
    return 0


def export_lines(export: ExportFigures) -> list[tuple]:
    bare = export.bare_ms
    return [
        ("export: export_workbook", export.ours_ms, bare, f"≤ {EXPORT_RATIO_GOAL}×", export.met),
        ("  write_workbook vs bare write", export.write_ms, bare, "report only", None),
    ]


def import_lines(title: str, figures: ImportFigures) -> list[tuple]:
    """The whole import against the bare parse, then each step against the same parse."""
    bare = figures.bare_ms
    return [
        (f"import {title}: end to end", figures.ours_ms, bare, "≤ 2×", figures.met),
        ("  read_workbook vs bare parse", figures.read_ms, bare, "report only", None),
        ("  plan_import (÷ bare parse)", figures.plan_ms, bare, "report only", None),
        ("  apply_import (÷ bare parse)", figures.apply_ms, bare, "report only", None),
    ]


def print_memory(export: ExportFigures, scenarios, imports, rss: dict[str, float]) -> None:
    print(f"\n{'memory, MiB':<35} {'Python peak':>16} {'peak RSS growth':>16}")
    rows = [
        ("export: export_workbook", export.ours_peak_mib, rss["export"]),
        ("export: bare xlsxwriter", export.bare_peak_mib, None),
    ]
    rows += [(f"import {s.title}", imports[s.key].peak_mib, rss[s.key]) for s in scenarios]
    rows.append(("import: bare calamine parse", None, rss["parse-bare"]))
    for what, peak, growth in rows:
        peak_text = "(Rust, untraced)" if peak is None else f"{peak:.1f}"
        growth_text = "—" if growth is None else f"{growth:.1f}"
        print(f"memory {what:<28} {peak_text:>16} {growth_text:>16}")


# -- profile -----------------------------------------------------------------------------------


def profile_ours(source: Path, scenarios: list[Scenario], limits: Limits, scratch: Path) -> None:
    """cProfile of one export and one import of each scenario: top 25 by cumulative and own
    time."""
    profile_export(source, scratch)
    for scenario in scenarios:
        portfolio = open_portfolio(fresh_copy(scenario.portfolio, scratch / "profile.kamdesk"))
        try:
            print_profile(
                f"import {scenario.title} (read + plan + apply)",
                lambda s=scenario, p=portfolio: import_steps(p, s, limits),
            )
        finally:
            portfolio.close()


def profile_export(source: Path, scratch: Path) -> None:
    portfolio = open_portfolio(source)
    try:
        print_profile(
            "export_workbook",
            lambda: export_workbook(portfolio, scratch / "export-ours.xlsx", language=LANGUAGE),
        )
    finally:
        portfolio.close()


def print_profile(title: str, action: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        stats.sort_stats(order).print_stats(25)
        print(f"\n=== profile of {title}, sorted by {order} ===")
        print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
