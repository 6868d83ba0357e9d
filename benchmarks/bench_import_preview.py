"""Import preview of a very large plan: opening it and one filter keystroke, against baselines.

    .venv/bin/python benchmarks/bench_import_preview.py [--rows 100000] [--repeat 5]

The plan is built from ``RowPlan`` objects (reading and planning 100k rows is
``bench_workbook.py``'s business): ``--rows`` account rows with realistic names, every tenth
one changed (two fields), the rest new, and a warning on every tenth row.

- Open — ours: ``ImportPreview(plan)`` (models, proxies, filter bar), shown, until its first
  paint. Baseline: the QTreeWidget preview this replaced — one ``QTreeWidgetItem`` per record,
  per old → new value and per problem, filled the way it did — shown the same way.
- Filter keystroke — the search text typed one prefix at a time (``--search me``: "m", then
  "me"). Ours: the preview's search box. Baseline: a plain ``QSortFilterProxyModel`` over the
  same tree model with every record loaded, ``setFilterFixedString`` on the record column,
  case-insensitive, in a ``QTreeView``. Each is timed until the view has painted again: a
  tree view lays out every top-level row it has, which is where a big list is slow.
- Memory — how much the maximum resident size grows while one preview opens, each side in a
  fresh process (widget items live in C++, where tracemalloc does not see them).

One unmeasured warm-up of each dialog first. Medians of ``--repeat`` runs; ratios are ours ÷
baseline.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import shiboken6

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _portfolio import FIRST_WORDS, SECOND_WORDS, isolated_environment, print_table, ratio
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from kamdesk.excel.raw import ReadProblem
from kamdesk.excel.schema import SHEETS_BY_KEY
from kamdesk.services.workbook_import import (
    BY_ID,
    CHANGED,
    NEW,
    FieldChange,
    ImportPlan,
    RowPlan,
    SheetSummary,
)
from kamdesk.ui.import_preview import ImportPreview
from kamdesk.ui.models.import_plan_model import (
    ChangeColumn,
    ChangesTreeModel,
    change_text,
    shown_problem_text,
)

# PySide6 6.12.0 on Python 3.11 drops a reference to None at every call of a void Qt method
# from Python (addTopLevelItem, setForeground, setText, ...), and aborts with "none_dealloc"
# once None's count (about 40k after start-up) reaches zero: the QTreeWidget preview of a
# 100k-row plan does that. The baseline is kept alive by holding references to None here;
# ours calls Qt a fixed number of times per open or keystroke, not once per row. The list is
# never freed, not even at exit, where the lost references would otherwise show up.
NONE_BALLAST: list[None] = []
ctypes.pythonapi.Py_IncRef(ctypes.py_object(NONE_BALLAST))

OPEN_RATIO_GOAL = 0.5
FILTER_MS_GOAL = 100.0
FILTER_RATIO_GOAL = 2.0
SEED = 20240601


def build_plan(rows: int, seed: int = SEED) -> ImportPlan:
    rng = random.Random(seed)
    records, warnings = [], []
    for n in range(rows):
        name = f"{rng.choice(FIRST_WORDS)} {rng.choice(SECOND_WORDS)} {n}"
        if n % 10 == 0:
            changes = [
                FieldChange("Setor", "Varejo", "Logística"),
                FieldChange("Funcionários", 120, 135),
            ]
            records.append(RowPlan("accounts", n + 2, n + 1, name, CHANGED, changes, BY_ID))
            warnings.append(
                ReadProblem("Contas", n + 2, "Setor", "Odd value “{value}”.", {"value": n})
            )
        else:
            records.append(RowPlan("accounts", n + 2, None, name, NEW))
    changed = len(range(0, rows, 10))
    summary = {"accounts": SheetSummary(new=rows - changed, changed=changed)}
    return ImportPlan("pt_BR", rows=records, warnings=warnings, summary=summary)


# -- the baseline: the QTreeWidget preview this replaced ------------------------------------------


class TreeWidgetPreview(QDialog):
    """The former preview's lists: every record, value and problem a widget item."""

    def __init__(self, plan: ImportPlan):
        super().__init__()
        # About one void call per record and problem, and a margin for the dialog itself.
        NONE_BALLAST.extend([None] * (2 * (len(plan.rows) + len(plan.warnings)) + 10_000))
        self.resize(900, 600)
        self.summary = self._tree(["Sheet", "New", "Changed", "Unchanged", "To delete", "Errors"])
        self.changes = self._tree(["Sheet / row", "Record", "What happens"])
        self.problems = self._tree(["Sheet", "Row", "Column", "Problem"])
        self.details = QTabWidget()
        self.details.addTab(self.changes, "Changes")
        self.details.addTab(self.problems, "Errors and warnings")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        self._fill(plan)

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _fill(self, plan: ImportPlan) -> None:
        for key, c in plan.summary.items():
            counts = (c.new, c.changed, c.unchanged, c.deleted, c.errors)
            label = SHEETS_BY_KEY[key].label(plan.language)
            self.summary.addTopLevelItem(QTreeWidgetItem([label, *map(str, counts)]))
        texts = ChangesTreeModel()  # the same action texts the preview shows
        for row in [*plan.deletions, *(r for r in plan.rows if r.action in (NEW, CHANGED))]:
            where = f"{SHEETS_BY_KEY[row.sheet_key].label(plan.language)}, row {row.row}"
            item = QTreeWidgetItem([where, row.key_text, texts.action_text(row)])
            for change in row.changes:
                QTreeWidgetItem(item, ["", change.column, change_text(change)])
            self.changes.addTopLevelItem(item)
        flagged = [(p, True) for p in plan.errors] + [(p, False) for p in plan.warnings]
        for problem, is_error in flagged:
            texts = [problem.sheet, str(problem.row or ""), problem.column]
            item = QTreeWidgetItem([*texts, shown_problem_text(problem, is_error)])
            if is_error:
                item.setForeground(3, Qt.GlobalColor.darkRed)
            self.problems.addTopLevelItem(item)


def bare_filter_view(plan: ImportPlan):
    """A QTreeView over a plain proxy over the tree model (returned too: keep it alive)."""
    model = ChangesTreeModel()
    model.set_plan(plan)
    model.set_loaded(len(model.rows()))  # every record: no paging in plain Qt
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(ChangeColumn.RECORD)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(proxy)
    view.resize(900, 400)
    view.show()
    painted(view)
    return view, proxy, model


# -- measuring ------------------------------------------------------------------------------------


def painted(widget) -> None:
    """Returns once ``widget`` has laid out and painted what it shows now."""
    QApplication.processEvents()
    widget.grab()


def open_ms(make_dialog, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        dialog = make_dialog()
        dialog.show()
        painted(dialog)
        times.append((time.perf_counter() - started) * 1000)
        dialog.close()
        shiboken6.delete(dialog)  # now, with its widget items, not at interpreter exit
    return statistics.median(times)


def keystroke_ms(type_text, view, shown, prefixes: list[str], repeat: int):
    """Per prefix: the median time from setting the text to the view painted, rows shown."""
    times: dict[str, list[float]] = {p: [] for p in prefixes}
    counts: dict[str, int] = {}
    for _ in range(repeat):
        type_text("")
        painted(view)
        for text in prefixes:
            started = time.perf_counter()
            type_text(text)
            painted(view)
            times[text].append((time.perf_counter() - started) * 1000)
            counts[text] = shown()
    type_text("")
    return {p: statistics.median(t) for p, t in times.items()}, counts


def maxrss_mib() -> float:
    """The peak resident size of this process's own memory, in MiB.

    VmHWM where there is /proc: ``ru_maxrss`` keeps the parent's peak across fork and exec,
    which hides the growth of a child started from a big benchmark process.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def memory_child(side: str, rows: int) -> int:
    """Opens one preview and prints how much the maximum resident size grew (JSON)."""
    QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    plan = build_plan(rows)
    before = maxrss_mib()
    dialog = ImportPreview(plan, "bench.xlsx") if side == "ours" else TreeWidgetPreview(plan)
    dialog.show()
    painted(dialog)
    print(json.dumps({"rss_growth_mib": maxrss_mib() - before}))
    return 0


def rss_growth_mib(side: str, rows: int) -> float:
    command = [sys.executable, str(Path(__file__).resolve()), "--rows", str(rows)]
    done = subprocess.run(
        [*command, "--memory-child", side], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["rss_growth_mib"]


# -- the run --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the plan (100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (5)")
    parser.add_argument("--search", default="me", help="text typed, one letter at a time (me)")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)  # internal: one measure
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_child:
        return memory_child(args.memory_child, args.rows)
    with (
        tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as scratch,
        isolated_environment(Path(scratch)),
    ):
        QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        return run(args, max(1, args.repeat))


def run(args: argparse.Namespace, repeat: int) -> int:
    plan = build_plan(args.rows)
    problems = len(plan.errors) + len(plan.warnings)
    print(
        f"import preview: {args.rows:,} rows ({problems:,} problems), median of {repeat} "
        f"run(s), Python {sys.version.split()[0]}"
    )
    small = build_plan(50)  # unmeasured warm-up: the first dialog loads fonts and styles
    open_ms(lambda: ImportPreview(small, "bench.xlsx"), 1)
    open_ms(lambda: TreeWidgetPreview(small), 1)
    ours_open = open_ms(lambda: ImportPreview(plan, "bench.xlsx"), repeat)
    old_open = open_ms(lambda: TreeWidgetPreview(plan), repeat)

    prefixes = [args.search[: i + 1] for i in range(len(args.search))] or ["m"]
    preview = ImportPreview(plan, "bench.xlsx")
    preview.resize(900, 600)
    preview.show()
    ours_keys, ours_shown = keystroke_ms(
        preview.search.setText,
        preview.changes,
        preview.changes_proxy.match_count,
        prefixes,
        repeat,
    )
    view, proxy, _model = bare_filter_view(plan)
    bare_keys, bare_shown = keystroke_ms(
        proxy.setFilterFixedString, view, proxy.rowCount, prefixes, repeat
    )
    preview.close()
    view.close()

    growth = {side: rss_growth_mib(side, args.rows) for side in ("ours", "old")}
    report(ours_open, old_open, prefixes, (ours_keys, bare_keys), (ours_shown, bare_shown), growth)
    return 0


def report(ours_open, old_open, prefixes, keys, shown, growth) -> None:
    ours_keys, bare_keys = keys
    open_met = ours_open <= OPEN_RATIO_GOAL * old_open
    lines = [("open, until painted", ours_open, old_open, "≤ 0.5× the old", open_met)]
    verdicts = []
    for text in prefixes:
        ours_ms, bare_ms = ours_keys[text], bare_keys[text]
        met = ours_ms <= FILTER_MS_GOAL and ours_ms <= FILTER_RATIO_GOAL * bare_ms
        verdicts.append((text, ours_ms, bare_ms, met))
        lines.append((f"filter keystroke {text!r}", ours_ms, bare_ms, "≤ 100 ms and ≤ 2×", met))
    print_table("Import preview (ours vs the QTreeWidget preview / plain Qt, same plan)", lines)
    print(
        f"\nmemory, one preview opened (max RSS growth, each in a fresh process): ours "
        f"{growth['ours']:.1f} MiB, the QTreeWidget preview {growth['old']:.1f} MiB"
    )
    for text in prefixes:
        print(
            f"records matching {text!r}: ours {shown[0][text]:,} (sheet, row and record, "
            f"accents folded; a page of them on show), plain proxy {shown[1][text]:,} shown "
            f"(record only)"
        )
    print()
    print(
        f"ratio open: {ratio(ours_open, old_open):.2f}× at {ours_open:.1f} ms "
        f"(goal ≤ 0.5× the QTreeWidget preview): {'PASS' if open_met else 'FAIL'}"
    )
    for text, ours_ms, bare_ms, met in verdicts:
        print(
            f"ratio filter {text!r}: {ratio(ours_ms, bare_ms):.2f}× at {ours_ms:.1f} ms "
            f"(goal ≤ 2× and ≤ 100 ms): {'PASS' if met else 'FAIL'}"
        )


if __name__ == "__main__":
    sys.exit(main())
