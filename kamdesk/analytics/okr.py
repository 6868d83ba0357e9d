"""OKR arithmetic (DESIGN §3): pure functions, no Qt, no database."""

from __future__ import annotations


def key_result_progress(start: float, target: float, current: float | None) -> float | None:
    """Progress = (current − start) ÷ (target − start), clamped to 0…1.

    Works in both directions (a decrease has target < start). None when there is no current
    value, or when target equals start (there is no distance to cover).
    """
    if current is None or target == start:
        return None
    share = (current - start) / (target - start)
    return min(max(share, 0.0), 1.0)
