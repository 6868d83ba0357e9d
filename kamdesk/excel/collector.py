"""Pausing Python's cyclic garbage collector around the workbook round trip's bulk work."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_collector_lock = threading.Lock()
_collector_holders = 0  # how many ``collector_paused`` blocks are running, in any thread
_collector_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Runs the block with Python's cycle collector paused.

    Reading, planning and writing a large workbook allocate millions of objects that live
    until the end and form no cycles: the collector would walk them again and again (a third
    of an import's time) for nothing. Reference counting still frees everything else as usual.
    Blocks may nest or overlap in threads: the collector comes back as it was when the last
    one running ends.
    """
    global _collector_holders, _collector_was_enabled
    with _collector_lock:
        if _collector_holders == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_holders += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_holders -= 1
            if _collector_holders == 0 and _collector_was_enabled:
                gc.enable()
