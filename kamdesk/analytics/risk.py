"""Account risk (DESIGN §3): scores, levels, the 5×5 heat map, top risks and overdue actions.

    risk score   = likelihood × impact, each 1–5, so 1…25
    account risk = the highest score among the account's open risks (None when it has none)

Only the 14 products of two numbers 1–5 can occur (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16,
20, 25). The levels used to colour them split that range at the usual 5×5-matrix points:

    low       1–4    (green)   e.g. unlikely and minor
    medium    5–9    (yellow)  e.g. 3 × 3
    high     10–16   (orange)  e.g. 2 × 5, 4 × 4
    critical 20–25   (red)     4 × 5, 5 × 4, 5 × 5 — nothing scores 17–19

A risk is open while its status is open; closed risks count nowhere here (not in the account
risk, the heat map or the top risks). An action is overdue when it is still open and its due
date is before ``today``: an action due today is not late yet, and one without a due date
never is. Done and cancelled actions are never overdue.

Plain frozen dataclasses in, plain results out; ids are ints. Level labels are English marked
for Qt's translation system; the UI translates them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from kamdesk.model.enums import (
    QT_TRANSLATE_NOOP,
    ActionStatus,
    RiskCategory,
    RiskResponse,
    RiskStatus,
    fold,
)

SCALE_MIN = 1  # likelihood and impact are 1–5
SCALE_MAX = 5
SCALE = range(SCALE_MIN, SCALE_MAX + 1)
SCORE_MAX = SCALE_MAX * SCALE_MAX


def _check_scale(name: str, value: object) -> None:
    # bool is an int subclass; True as a likelihood is a bug upstream, not a 1.
    valid = isinstance(value, int) and not isinstance(value, bool)
    if not valid or value not in SCALE:
        raise ValueError(f"{name} must be a whole number 1-5, got {value!r}")


def risk_score(likelihood: int, impact: int) -> int:
    """Risk score = likelihood × impact, 1…25.

    Raises ValueError when either is not a whole number 1–5 (0 and 6 included); the services
    turn that into a message and save nothing.
    """
    _check_scale("likelihood", likelihood)
    _check_scale("impact", impact)
    return likelihood * impact


# -- levels ---------------------------------------------------------------------------------


class RiskLevel(enum.StrEnum):
    """The colour band of a score; see the module doc for the bands."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


# The highest score of each level but the last; a score above them all is critical.
LEVEL_UPPER_BOUNDS = (
    (4, RiskLevel.LOW),
    (9, RiskLevel.MEDIUM),
    (16, RiskLevel.HIGH),
)
LEVEL_LABELS = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("RiskLevel", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("RiskLevel", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("RiskLevel", "High"),
    RiskLevel.CRITICAL: QT_TRANSLATE_NOOP("RiskLevel", "Critical"),
}
LEVEL_COLOURS = {  # background colours for the heat map and the risk column
    RiskLevel.LOW: "#c8e6c9",
    RiskLevel.MEDIUM: "#fff59d",
    RiskLevel.HIGH: "#ffcc80",
    RiskLevel.CRITICAL: "#ef9a9a",
}


def risk_level(score: int) -> RiskLevel:
    """low 1–4, medium 5–9, high 10–16, critical 17–25 (in practice 20 and 25).

    Raises ValueError for a score outside 1–25.
    """
    valid = isinstance(score, int) and not isinstance(score, bool)
    if not valid or not 1 <= score <= SCORE_MAX:
        raise ValueError(f"a risk score must be 1-25, got {score!r}")
    for upper, level in LEVEL_UPPER_BOUNDS:
        if score <= upper:
            return level
    return RiskLevel.CRITICAL


# -- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskItem:
    """A risk as the analytics see it; likelihood and impact are checked to be 1–5."""

    id: int
    account_id: int
    likelihood: int
    impact: int
    status: RiskStatus = RiskStatus.OPEN
    review_date: dt.date | None = None
    category: RiskCategory = RiskCategory.OTHER
    response: RiskResponse = RiskResponse.MITIGATE
    description: str = ""

    def __post_init__(self) -> None:
        risk_score(self.likelihood, self.impact)

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> RiskLevel:
        return risk_level(self.score)

    @property
    def is_open(self) -> bool:
        return self.status is RiskStatus.OPEN


@dataclass(frozen=True)
class ActionItem:
    """A next step with an owner and a due date (risk mitigation or general follow-up)."""

    id: int
    account_id: int
    title: str
    owner: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    risk_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is ActionStatus.OPEN

    def days_overdue(self, today: dt.date) -> int:
        """Whole days past the due date (today − due) for an open action; 0 when not late."""
        if not self.is_open or self.due is None:
            return 0
        return max((today - self.due).days, 0)

    def is_overdue(self, today: dt.date) -> bool:
        return self.days_overdue(today) > 0


# -- account risk ---------------------------------------------------------------------------


def account_risk(risks: Iterable[RiskItem]) -> int | None:
    """Account risk = the highest score among the open risks given; None when none is open.

    Give it one account's risks (see :func:`risk_by_account` for a whole portfolio).
    """
    return max((r.score for r in risks if r.is_open), default=None)


def risk_by_account(risks: Iterable[RiskItem]) -> dict[int, int]:
    """Account id → account risk, for the accounts with at least one open risk."""
    highest: dict[int, int] = {}
    for r in risks:
        if r.is_open and r.score > highest.get(r.account_id, 0):
            highest[r.account_id] = r.score
    return highest


def _review_order(risk: RiskItem) -> tuple:
    """Earliest review date first, risks without one last; the id keeps ties stable."""
    return (risk.review_date is None, risk.review_date or dt.date.min, risk.id)


# -- heat map -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatCell:
    """One cell of the 5×5 map and the open risks in it (earliest review date first)."""

    likelihood: int
    impact: int
    risks: tuple[RiskItem, ...] = ()

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> RiskLevel:
        return risk_level(self.score)

    @property
    def count(self) -> int:
        return len(self.risks)


@dataclass(frozen=True)
class HeatMap:
    """The 25 cells, likelihood 1–5 × impact 1–5; every cell is present, empty or not."""

    cells: tuple[HeatCell, ...]

    def cell(self, likelihood: int, impact: int) -> HeatCell:
        _check_scale("likelihood", likelihood)
        _check_scale("impact", impact)
        return self.cells[(likelihood - SCALE_MIN) * len(SCALE) + impact - SCALE_MIN]

    def rows(self) -> list[list[HeatCell]]:
        """Rows as drawn: likelihood 5 at the top down to 1; impact 1…5 left to right."""
        return [[self.cell(lk, im) for im in SCALE] for lk in reversed(SCALE)]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells)


def heat_map(risks: Iterable[RiskItem]) -> HeatMap:
    """The open risks placed by (likelihood, impact); closed risks are left out."""
    placed: dict[tuple[int, int], list[RiskItem]] = {}
    for r in risks:
        if r.is_open:
            placed.setdefault((r.likelihood, r.impact), []).append(r)
    return HeatMap(
        tuple(
            HeatCell(lk, im, tuple(sorted(placed.get((lk, im), []), key=_review_order)))
            for lk in SCALE
            for im in SCALE
        )
    )


# -- portfolio views ------------------------------------------------------------------------


def top_risks(risks: Iterable[RiskItem], n: int) -> list[RiskItem]:
    """The ``n`` highest open risks across accounts: score descending, then the earliest
    review date (risks without one after those with one), then id. ``n`` must be ≥ 0."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"n must be a whole number ≥ 0, got {n!r}")
    ranked = sorted((r for r in risks if r.is_open), key=lambda r: (-r.score, *_review_order(r)))
    return ranked[:n]


def _due_order(action: ActionItem) -> tuple:
    return (action.due is None, action.due or dt.date.min, action.id)


def open_actions(actions: Iterable[ActionItem], owner: str | None = None) -> list[ActionItem]:
    """Every open action, earliest due date first (no due date last), then id.

    ``owner`` keeps only that owner's actions, matched ignoring case, accents and surrounding
    spaces; None or "" keeps everyone's.
    """
    wanted = fold(owner) if owner else None
    return sorted(
        (a for a in actions if a.is_open and (wanted is None or fold(a.owner) == wanted)),
        key=_due_order,
    )


def overdue_actions(actions: Iterable[ActionItem], today: dt.date) -> list[ActionItem]:
    """The open actions due before ``today``, most overdue (earliest due date) first."""
    return sorted((a for a in actions if a.is_overdue(today)), key=_due_order)
