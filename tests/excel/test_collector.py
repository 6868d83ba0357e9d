"""The cycle collector pause: nested and overlapping blocks give back the state they found."""

from __future__ import annotations

import gc

from kamdesk.excel.collector import collector_paused


def test_nested_blocks_turn_the_collector_back_on_only_at_the_end():
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_exception_still_gives_the_collector_back():
    try:
        with collector_paused():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.isenabled()
