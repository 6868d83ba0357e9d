"""Key-result progress against hand-computed cases."""

from __future__ import annotations

import pytest

from kamdesk.analytics.okr import key_result_progress


@pytest.mark.parametrize(
    ("start", "target", "current", "expected"),
    [
        (0, 200, 50, 0.25),
        (10, 5, 7, 0.6),  # a decrease: 3 of the 5 to cover
        (100, 120, 100, 0.0),
        (0, 10, 15, 1.0),  # beyond the target counts as done
        (0, 10, -5, 0.0),  # behind the start counts as nothing
        (10, 5, 12, 0.0),  # a decrease that went up
    ],
)
def test_progress(start, target, current, expected):
    assert key_result_progress(start, target, current) == pytest.approx(expected)


def test_no_progress_without_a_current_value_or_a_distance():
    assert key_result_progress(0, 10, None) is None
    assert key_result_progress(4, 4, 4) is None
