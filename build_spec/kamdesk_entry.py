"""PyInstaller's entry script: the same ``kamdesk`` command that ``pip install`` creates.

A windowed Windows executable starts with ``sys.stdout`` and ``sys.stderr`` set to ``None``;
``print`` then does nothing, but a traceback, ``faulthandler`` or a logging handler would fail.
Such streams go to a log file instead (``kamdesk-cli.exe`` is the console build that prints).
"""

import os
import sys


def _streams_to_log_file() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    try:
        from kamdesk.store.paths import logs_dir

        stream = open(  # noqa: SIM115 - it lives as long as the process
            logs_dir() / "kamdesk-console.log", "a", encoding="utf-8", errors="replace", buffering=1
        )
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


_streams_to_log_file()

from kamdesk.cli import main  # noqa: E402

sys.exit(main())
