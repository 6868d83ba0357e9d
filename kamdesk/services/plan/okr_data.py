"""What goes in and out of the OKR service: plain frozen dataclasses, ids as ints.

A key result's current value is not edited directly: it is the value of its latest check-in
(by date, then by id), or None while nothing has been measured.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from kamdesk.analytics.okr import Grade, OkrStatus
from kamdesk.model.enums import KeyResultDirection, Strategy

# Reads of every objective, whatever its account (``account`` argument of the reads).
ALL_OBJECTIVES = "all"


@dataclass(frozen=True)
class ObjectiveData:
    """An objective as the KAM edits it; ``account_id`` None = the whole portfolio's.
    ``period`` is text such as ``2027-Q1``, ``2027-H1`` or ``2027``."""

    account_id: int | None = None
    title: str = ""
    period: str = ""
    strategy: Strategy | None = None


OBJECTIVE_FIELDS = tuple(f.name for f in fields(ObjectiveData))


@dataclass(frozen=True)
class KeyResultData:
    """A key result as the KAM edits it: from ``start`` to ``target`` in ``unit``; an
    increase needs target > start, a decrease target < start."""

    objective_id: int = 0
    title: str = ""
    unit: str = ""
    start: float = 0.0
    target: float = 0.0
    direction: KeyResultDirection = KeyResultDirection.INCREASE


KEY_RESULT_FIELDS = tuple(f.name for f in fields(KeyResultData))


@dataclass(frozen=True)
class CheckInData:
    """A check-in: the value measured on ``date``, how confident the KAM is (1–10, or None)
    that the target will be reached, and a note."""

    key_result_id: int = 0
    date: dt.date | None = None
    value: float = 0.0
    confidence: int | None = None
    note: str = ""


CHECK_IN_FIELDS = tuple(f.name for f in fields(CheckInData))
# A check-in stays with its key result: everything else may change.
CHECK_IN_EDITABLE = tuple(name for name in CHECK_IN_FIELDS if name != "key_result_id")


@dataclass(frozen=True)
class CheckInWrite:
    """What a check-in write did, so it can be undone exactly: the check-in's id, its key
    result, the key result's current value before, and (for an edit) the check-in's changed
    columns as they were."""

    check_in_id: int
    key_result_id: int
    previous_current: float | None
    previous: dict | None = None


@dataclass(frozen=True)
class CheckInRow:
    id: int
    key_result_id: int
    date: dt.date
    value: float
    confidence: int | None
    note: str
    progress: float | None  # what this value means for the key result, 0…1


@dataclass(frozen=True)
class KeyResultRow:
    """A key result with its progress, status and grade on the day it was read."""

    id: int
    objective_id: int
    title: str
    unit: str
    start: float
    target: float
    current: float | None
    direction: KeyResultDirection
    progress: float | None  # None while nothing is measured
    status: OkrStatus
    grade: Grade  # final once the period ended, else the grade so far
    confidence: int | None  # of the latest check-in
    last_check_in: dt.date | None
    check_ins: int


@dataclass(frozen=True)
class ObjectiveRow:
    """An objective with its key results; progress = mean of theirs (None without any)."""

    id: int
    account_id: int | None
    account_name: str  # "" for an objective of the whole portfolio
    title: str
    period: str
    period_start: dt.date
    period_end: dt.date  # the day after its last day
    strategy: Strategy | None
    elapsed: float  # share of the period gone by, 0…1
    progress: float | None
    status: OkrStatus | None  # None without key results
    grade: Grade | None
    grade_is_final: bool  # the period has ended
    confidence: int | None  # the lowest latest confidence of its key results
    key_results: tuple[KeyResultRow, ...]

    @property
    def is_portfolio_wide(self) -> bool:
        return self.account_id is None

    def running_on(self, day: dt.date) -> bool:
        return self.period_start <= day < self.period_end
