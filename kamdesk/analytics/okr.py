"""OKR arithmetic (DESIGN §3): pure functions on plain values, no Qt, no database.

    key-result progress  = (current − start) ÷ (target − start), clamped to 0…1
    objective progress   = mean of its key results' progress
    elapsed fraction     = (today − period start) ÷ (period end − period start), in days, 0…1
    status               = progress against the elapsed fraction and the latest confidence
    grade                = end-of-period progress rounded half-up to one decimal (0.7 = good)

OKR periods are fiscal quarters (``2027-Q1``), fiscal **halves** (``2027-H1``) and fiscal years
(``2027``). :mod:`kamdesk.analytics.periods` knows quarters and years but not halves, and its
:func:`~kamdesk.analytics.periods.parse_period` also feeds the forecast, whose periods must not
start accepting halves; so halves live here: :func:`parse_okr_period` parses all three OKR
forms into an :class:`OkrPeriod` (H1 = the first six months of the fiscal year, H2 = the last
six), delegating quarters and years to ``parse_period``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from kamdesk.analytics.months import add_months
from kamdesk.analytics.periods import CALENDAR_YEAR, PeriodKind, parse_period
from kamdesk.model.enums import KeyResultDirection

# --------------------------------------------------------------------------- periods

OKR_PERIOD_PATTERN = re.compile(r"(\d{4})(?:-([QH])(\d))?")


@dataclass(frozen=True)
class OkrPeriod:
    """An OKR period from ``start`` up to but not including ``end`` (both firsts of a month)."""

    name: str
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"an OKR period ends after it starts, got {self.start}…{self.end}")

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def contains(self, day: dt.date) -> bool:
        """start ≤ day < end (a datetime counts by its date)."""
        return self.start <= _as_date(day) < self.end

    def __contains__(self, day: dt.date) -> bool:
        return self.contains(day)

    def __str__(self) -> str:
        return self.name


class _Span(Protocol):
    """Anything with a ``start`` and an exclusive ``end``: an :class:`OkrPeriod` or a
    :class:`~kamdesk.analytics.periods.Period`."""

    @property
    def start(self) -> dt.date: ...

    @property
    def end(self) -> dt.date: ...


def parse_okr_period(name: str, fiscal_year_start: int = CALENDAR_YEAR) -> OkrPeriod:
    """``"2027-Q1"``, ``"2027-H1"``/``"2027-H2"`` or ``"2027"`` (canonical form, as the
    workbook and the database store them) as an :class:`OkrPeriod`; ValueError otherwise
    (``2027-Q5``, ``2027-H3``, months such as ``2027-01``, a bad fiscal start).

    Fiscal years follow :mod:`kamdesk.analytics.periods`: with an April start 2027-H1 is
    April–September 2027 and 2027-H2 October 2027–March 2028.
    """
    match = OKR_PERIOD_PATTERN.fullmatch(name.strip()) if isinstance(name, str) else None
    if match is None:
        raise ValueError(f"not an OKR period: {name!r} (expected 2027-Q1, 2027-H1 or 2027)")
    year, letter, number = match.groups()
    if letter == "H":
        if number not in ("1", "2"):
            raise ValueError(f"not a half year: {name!r}")
        year_start = parse_period(year, fiscal_year_start).start
        start = add_months(year_start, 6 * (int(number) - 1))
        return OkrPeriod(f"{year}-H{number}", start, add_months(start, 6))
    if letter == "Q" and number not in ("1", "2", "3", "4"):
        raise ValueError(f"not a quarter: {name!r}")
    period = parse_period(name.strip(), fiscal_year_start)
    if period.kind not in (PeriodKind.QUARTER, PeriodKind.YEAR):  # pragma: no cover - regex
        raise ValueError(f"not an OKR period: {name!r}")
    return OkrPeriod(period.name, period.start, period.end)


def elapsed_fraction(period: _Span, today: dt.date) -> float:
    """The share of the period gone by on ``today``: (today − start) ÷ (end − start) in days,
    clamped to 0…1. 0 on the first day and before the period, 1 from the day after its last
    day (``end``) on. The first day counts as not yet gone by, so a 90-day quarter is
    45/90 = 0.5 elapsed on its 46th day."""
    total = (period.end - period.start).days
    gone = (_as_date(today) - period.start).days
    return min(max(gone / total, 0.0), 1.0)


def check_in_in_period(day: dt.date, period: _Span, *, allow_after_end: bool = True) -> bool:
    """Whether a check-in dated ``day`` may belong to an objective of ``period``.

    A check-in before the period starts is invalid (False). One after the period ended is
    accepted by default — the closing check-in is often recorded a few days late, before
    grading — and refused with ``allow_after_end=False``.
    """
    day = _as_date(day)
    if day < period.start:
        return False
    return allow_after_end or day < period.end


# --------------------------------------------------------------------------- progress


def key_result_progress(start: float, target: float, current: float | None) -> float | None:
    """Progress = (current − start) ÷ (target − start), clamped to 0…1.

    Works in both directions (a decrease has target < start). None when there is no current
    value, or when target equals start (there is no distance to cover).
    """
    if current is None or target == start:
        return None
    share = (current - start) / (target - start)
    return min(max(share, 0.0), 1.0)


_ARTICLE = {
    KeyResultDirection.INCREASE: "an increase",
    KeyResultDirection.DECREASE: "a decrease",
}


@dataclass(frozen=True)
class KeyResultFacts:
    """What the arithmetic needs of a key result.

    Raises ValueError when ``target == start`` (no distance to cover: the services turn this
    into a message) and when ``direction`` contradicts the numbers (an increase needs
    target > start, a decrease target < start). ``current`` None means nothing measured yet.
    """

    start: float
    target: float
    current: float | None = None
    direction: KeyResultDirection = KeyResultDirection.INCREASE

    def __post_init__(self) -> None:
        object.__setattr__(self, "direction", KeyResultDirection(self.direction))
        if self.target == self.start:
            raise ValueError(f"target equals start ({self.start!r}): nothing to cover")
        implied = (
            KeyResultDirection.INCREASE if self.target > self.start else KeyResultDirection.DECREASE
        )
        if self.direction is not implied:
            raise ValueError(
                f"a key result from {self.start!r} to {self.target!r} is {_ARTICLE[implied]}, "
                f"not {_ARTICLE[self.direction]}"
            )

    @property
    def progress(self) -> float | None:
        """(current − start) ÷ (target − start) clamped to 0…1; None without a current value.

        The same formula serves a decrease: from 10 down to 5, current 7 → (7 − 10) ÷ (5 − 10)
        = 0.6; going up to 12 → −0.4 → clamped to 0."""
        return key_result_progress(self.start, self.target, self.current)

    def with_current(self, current: float | None) -> KeyResultFacts:
        return KeyResultFacts(self.start, self.target, current, self.direction)


def objective_progress(key_results: Iterable[KeyResultFacts]) -> float | None:
    """Mean of the key results' progress; None when the objective has no key results.

    A key result with nothing measured yet (current None) has covered none of its distance
    and counts as 0, so the objective does not look further along than it is."""
    progresses = [kr.progress or 0.0 for kr in key_results]
    if not progresses:
        return None
    return sum(progresses) / len(progresses)


# --------------------------------------------------------------------------- status


class OkrStatus(enum.StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


ON_TRACK_SHARE = 0.9  # progress ≥ 90 % of the expected progress …
ON_TRACK_CONFIDENCE = 7  # … and confidence ≥ 7 → on track
OFF_TRACK_SHARE = 0.6  # progress < 60 % of the expected progress …
OFF_TRACK_CONFIDENCE = 3  # … or confidence ≤ 3 → off track
_EPSILON = 1e-9  # so 0.45 vs 0.9 × 0.5 compares as equal despite binary floats


def status(progress: float, elapsed: float, confidence: int | None = None) -> OkrStatus:
    """On track / at risk / off track from progress against time and confidence.

    expected = ``elapsed`` (the share of the period gone by, see :func:`elapsed_fraction`):
    a key result should have covered as much of its distance as the period has of its days.

    1. progress = 1 (target reached) → **on track**, whatever the confidence;
    2. progress < 0.6 × expected, or confidence ≤ 3 → **off track**;
    3. progress ≥ 0.9 × expected and (confidence ≥ 7 or no confidence given) → **on track**;
    4. anything else → **at risk** (including confidence 4–6 however good the progress).

    Boundaries are inclusive as written (progress exactly 0.9 × expected is on track, exactly
    0.6 × expected is not off track), compared with a 1e-9 tolerance. At the very start
    (expected 0) everything is on track unless confidence says otherwise. ``confidence``
    is the latest check-in's 1–10, or None when there is none. ValueError for progress or
    elapsed outside 0…1 or confidence outside 1…10.
    """
    if not 0.0 <= progress <= 1.0:
        raise ValueError(f"progress must be within 0…1, got {progress!r}")
    if not 0.0 <= elapsed <= 1.0:
        raise ValueError(f"elapsed must be within 0…1, got {elapsed!r}")
    if confidence is not None and (isinstance(confidence, bool) or confidence not in range(1, 11)):
        raise ValueError(f"confidence must be 1-10, got {confidence!r}")
    if progress >= 1.0:
        return OkrStatus.ON_TRACK
    low_confidence = confidence is not None and confidence <= OFF_TRACK_CONFIDENCE
    if progress < OFF_TRACK_SHARE * elapsed - _EPSILON or low_confidence:
        return OkrStatus.OFF_TRACK
    confident = confidence is None or confidence >= ON_TRACK_CONFIDENCE
    if progress >= ON_TRACK_SHARE * elapsed - _EPSILON and confident:
        return OkrStatus.ON_TRACK
    return OkrStatus.AT_RISK


# --------------------------------------------------------------------------- grade


class GradeBand(enum.StrEnum):
    GOOD = "good"  # 0.7–1.0: delivered (0.7 is the usual "good" OKR grade)
    PROGRESS = "progress"  # 0.4–0.6: made progress, fell short
    MISSED = "missed"  # 0.0–0.3: missed


@dataclass(frozen=True)
class Grade:
    score: float  # 0.0…1.0 in steps of 0.1
    band: GradeBand


def grade(progress: float) -> Grade:
    """End-of-period grade: progress rounded **half up** to one decimal (0.65 → 0.7,
    0.649 → 0.6, 0.05 → 0.1), and its band on the rounded score: 0.7–1.0 good, 0.4–0.6
    progress, 0.0–0.3 missed. Rounds the shortest decimal form of the float (``repr``), so
    0.65 grades 0.7 although the binary 0.65 is a hair below it. ValueError outside 0…1."""
    if not 0.0 <= progress <= 1.0:
        raise ValueError(f"progress must be within 0…1, got {progress!r}")
    tenths = Decimal(repr(float(progress))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    score = float(tenths)
    if tenths >= Decimal("0.7"):
        band = GradeBand.GOOD
    elif tenths >= Decimal("0.4"):
        band = GradeBand.PROGRESS
    else:
        band = GradeBand.MISSED
    return Grade(score, band)


# --------------------------------------------------------------------------- check-ins


@dataclass(frozen=True)
class CheckInFacts:
    """A check-in: its date, measured value, confidence 1–10 (or None) and ``order`` — the
    tie-breaker between check-ins of the same date (e.g. the database id: later = larger)."""

    day: dt.date
    value: float
    confidence: int | None = None
    order: int = 0


@dataclass(frozen=True)
class TrendPoint:
    day: dt.date
    value: float
    confidence: int | None
    progress: float | None  # None unless the key result was given


def _ordered(check_ins: Iterable[CheckInFacts]) -> list[CheckInFacts]:
    return sorted(check_ins, key=lambda c: (_as_date(c.day), c.order))


def latest_check_in(check_ins: Iterable[CheckInFacts]) -> CheckInFacts | None:
    """The check-in with the latest date, then the largest ``order``; None when there is none."""
    ordered = _ordered(check_ins)
    return ordered[-1] if ordered else None


def current_from_check_ins(check_ins: Iterable[CheckInFacts], start: float) -> float:
    """The key result's current value: the latest check-in's value (by date, then by
    ``order``), or ``start`` when there is no check-in yet."""
    latest = latest_check_in(check_ins)
    return start if latest is None else latest.value


def check_in_trend(
    check_ins: Iterable[CheckInFacts], key_result: KeyResultFacts | None = None
) -> tuple[TrendPoint, ...]:
    """The check-ins as chart points in date order (same date: by ``order``). With
    ``key_result`` each point also carries the progress that value means (clamped 0…1)."""
    return tuple(
        TrendPoint(
            _as_date(c.day),
            c.value,
            c.confidence,
            None if key_result is None else key_result.with_current(c.value).progress,
        )
        for c in _ordered(check_ins)
    )


def _as_date(day: dt.date) -> dt.date:
    return day.date() if isinstance(day, dt.datetime) else day
