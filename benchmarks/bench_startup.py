"""Cold start: the real app against a bare PySide6 window, each in a fresh process.

    .venv/bin/python benchmarks/bench_startup.py [--repeat 5]

Each start is a new Python process (``QT_QPA_PLATFORM=offscreen``, its own empty settings,
data and documents folders). The parent times it from just before launching the process to
the moment the child prints "ready", which the child does on the first turn of the event loop
after the main window's first paint. The app child does what ``kamdesk`` does at start:
``make_application()``, ``MainWindow()``, ``open_first_portfolio(window, demo)``, ``show()``.
The bare child does ``QApplication``, ``QMainWindow``, ``show()``. Starts alternate app/bare
after one unmeasured warm-up of each; the median of ``--repeat`` is compared. The OS file
cache is warm after the warm-up, as on a desktop where Python and Qt were used recently.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RATIO_GOAL = 2.0
READY = "ready"
PROFILE_ENV = "KAMDESK_BENCH_PROFILE"
TIMEOUT_S = 120


# -- the child processes -------------------------------------------------------------------


PORTFOLIO_SHOWN = "portfolio_on_screen_ms"


def child(kind: str, portfolio: str | None) -> int:
    """Starts the app or the bare window and prints "ready phase=ms …" after the first paint."""
    started = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def mark(phase: str) -> None:
        marks.append((phase, (time.perf_counter() - started) * 1000))

    profiler = None
    if os.environ.get(PROFILE_ENV):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    config = os.environ.get("XDG_CONFIG_HOME")
    if config:  # belt and braces: XDG_CONFIG_HOME already points QSettings there
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, config)
    mark("import Qt")

    if kind == "app":
        from kamdesk.ui.app import MainWindow, make_application, start_window

        mark("import kamdesk")
        app = make_application([sys.argv[0]])
        mark("application")
        window = MainWindow()
        mark("main window")
    else:
        app = QApplication.instance() or QApplication([sys.argv[0]])
        mark("application")
        window = QMainWindow()
        window.resize(1000, 700)
        mark("main window")

    def ready() -> None:
        mark("first paint")
        if profiler is not None:
            profiler.disable()
        phases = " ".join(f"{name.replace(' ', '_')}={ms:.1f}" for name, ms in marks)
        print(f"{READY} {phases}", flush=True)
        if profiler is not None:
            import pstats

            stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
            stats.sort_stats("cumulative").print_stats(30)
            sys.stdout.flush()
        if kind == "bare" or getattr(window, "workspace", None) is not None:
            finish()

    def finish() -> None:
        window.close()
        app.quit()

    def portfolio_shown() -> None:
        # The app paints first and opens the portfolio right after: time that too.
        print(f"{PORTFOLIO_SHOWN}={(time.perf_counter() - started) * 1000:.1f}", flush=True)
        if first_paint.seen:
            QTimer.singleShot(0, finish)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, ready)  # after the whole paint pass
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    if kind == "app":
        window.workspace_changed.connect(portfolio_shown)
        start_window(window, Path(portfolio) if portfolio else None)
    else:
        window.show()
    mark("show")
    app.exec()
    if kind == "app":
        # As the app does when it quits: a dashboard still reading must not outlive the window.
        from kamdesk.ui.background import stop_background_work

        stop_background_work()
        if getattr(window, "workspace", None) is not None:
            window.workspace.close()
    return 0


# -- the parent ----------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="starts of each kind (5)")
    parser.add_argument(
        "--accounts",
        type=int,
        default=0,
        help="accounts in the portfolio opened (default: the demo portfolio when the app "
        "ships one, else 200 generated accounts)",
    )
    parser.add_argument("--profile", action="store_true", help="also cProfile one app start")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--portfolio", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def make_demo(folder: Path, accounts: int) -> tuple[Path, str]:
    """A portfolio to open at start, in ``folder``; and what it is."""
    path = folder / "demo.kamdesk"
    if not accounts:
        try:
            from kamdesk.services.demo import write_demo

            write_demo(path)
            return path, "the demo portfolio"
        except Exception as error:  # not there yet, or broken: say so and go on without it
            print(f"(demo portfolio unavailable: {type(error).__name__}: {error})")
            for leftover in folder.glob("demo.kamdesk*"):
                leftover.unlink()
            accounts = 200
    _helpers().build_portfolio(path, accounts)
    return path, f"{accounts} generated accounts"


def child_env(folder: Path, pycache: Path) -> dict[str, str]:
    """The environment of one start: fresh settings, data and documents folders.

    Bytecode is cached (under ``pycache``, outside the source tree) even where the shell says
    PYTHONDONTWRITEBYTECODE, as an installed app has it: otherwise every start would compile
    the app's modules again and the bare window would not pay the same.
    """
    env = dict(os.environ)
    env.pop(PROFILE_ENV, None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "PYTHONPYCACHEPREFIX": str(pycache),
            "QT_QPA_PLATFORM": "offscreen",
            "KAMDESK_DATA_DIR": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "share"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_DOCUMENTS_DIR": str(folder / "documents"),
        }
    )
    for name in ("data", "config", "share", "cache", "documents"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    return env


def start_once(
    kind: str, portfolio: Path, scratch: Path, profile: bool = False
) -> tuple[float, dict[str, float], str]:
    """One start: wall ms from launch to "ready", the child's phases, and anything after."""
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=scratch))
    env = child_env(folder, scratch / "pycache")
    if profile:
        env[PROFILE_ENV] = "1"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    if kind == "app":
        command += ["--portfolio", str(portfolio)]
    errors = folder / "stderr.txt"
    with errors.open("w") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=folder
        )
        # A child stuck before "ready" (say, behind an error dialog) is killed, not waited on.
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            elapsed, phases = None, {}
            for line in process.stdout:
                if line.startswith(READY):
                    elapsed = (time.perf_counter() - started) * 1000
                    for item in line.split()[1:]:
                        name, _, value = item.partition("=")
                        phases[name] = float(value)
                    break
            rest = process.stdout.read()
            process.wait()
        finally:
            watchdog.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
    if elapsed is None or process.returncode != 0:
        raise RuntimeError(
            f"{kind} start failed (exit {process.returncode}):\n{errors.read_text()[-4000:]}"
        )
    return elapsed, phases, rest


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child(args.child, args.portfolio)
    repeat = max(1, args.repeat)
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-start-") as scratch_name:
        scratch = Path(scratch_name)
        demo, what = make_demo(scratch, args.accounts)
        print(
            f"cold start to first painted main window: app (opening {what}) vs bare PySide6 "
            f"window, median of {repeat} start(s), offscreen"
        )
        start_once("app", demo, scratch)  # warm-ups: fill the bytecode cache and bring
        start_once("bare", demo, scratch)  # Python, Qt and the app into the OS file cache
        times: dict[str, list[float]] = {"app": [], "bare": []}
        phases: dict[str, list[dict[str, float]]] = {"app": [], "bare": []}
        shown: list[float] = []
        for _ in range(repeat):
            for kind in ("app", "bare"):  # alternating, so a busy moment hits both alike
                elapsed, marks, rest = start_once(kind, demo, scratch)
                times[kind].append(elapsed)
                phases[kind].append(marks)
                shown += _portfolio_shown(rest, marks)
        report(times, phases)
        if shown:
            print(
                f"portfolio on screen, ms after the first paint (median): "
                f"{statistics.median(shown):.0f}"
            )
        if args.profile:
            _, _, profile = start_once("app", demo, scratch, profile=True)
            print("\ncProfile of one app start (until the first paint):")
            print(profile)
    return 0


def report(times: dict[str, list[float]], phases: dict[str, list[dict[str, float]]]) -> None:
    helpers = _helpers()
    app_ms, bare_ms = statistics.median(times["app"]), statistics.median(times["bare"])
    ratio = helpers.ratio(app_ms, bare_ms)
    met = ratio <= RATIO_GOAL
    helpers.print_table(
        "Cold start (ours = the app, bare = a PySide6 window)",
        [("cold start to first paint", app_ms, bare_ms, "≤ 2×", met)],
    )
    print(f"\nall starts, ms: app {_list(times['app'])}; bare {_list(times['bare'])}")
    print("phases, median ms of each step's own time (spawn = process start + interpreter):")
    for kind in ("app", "bare"):
        spawn = statistics.median(
            total - marks["first_paint"]
            for total, marks in zip(times[kind], phases[kind], strict=True)
        )
        print(f"  {kind}: spawn={spawn:.0f} {_median_steps(phases[kind])}")
    verdict = "PASS" if met else "FAIL"
    print(f"\nratio start: {ratio:.2f}× at {app_ms:.1f} ms (goal ≤ 2×): {verdict}")


def _helpers():
    """The sibling helper module, imported only in the parent (children stay lean)."""
    if __package__ in (None, ""):
        folder = str(Path(__file__).resolve().parent)
        if folder not in sys.path:
            sys.path.insert(0, folder)
    import _portfolio

    return _portfolio


def _portfolio_shown(output: str, marks: dict[str, float]) -> list[float]:
    """How long after its first paint the app showed the portfolio (from the child's output)."""
    for line in output.splitlines():
        if line.startswith(PORTFOLIO_SHOWN + "="):
            return [float(line.partition("=")[2]) - marks["first_paint"]]
    return []


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


def _median_steps(runs: list[dict[str, float]]) -> str:
    """Each phase's own duration (the mark minus the one before), as a median over runs."""
    if not runs:
        return ""
    names = list(runs[0])
    parts = []
    for i, name in enumerate(names):
        own = [r[name] - (r[names[i - 1]] if i else 0.0) for r in runs]
        parts.append(f"{name}={statistics.median(own):.0f}")
    return " ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
