"""Review cadences (DESIGN §1): which routine review is due for which account, and when.

The method's routines and how often each is reviewed, in months (``BASE_CADENCE``):

    risk analysis          quarterly  3
    pipeline & forecast    monthly    1
    relationship map       monthly    1
    positioning            quarterly  3
    OKR check-in           monthly    1

Cadences are configurable and vary by tier — a mapping tier → routine → months. The defaults
(``DEFAULT_CADENCES``) give the key accounts the method's full routine and ease it for the
accounts that matter less:

    tier                 risk  pipeline  relationship  positioning  OKR
    A · Strategic          3      1          1             3         1
    B · Key                3      1          1             3         1
    C · Development        3      1          3             6         3
    D · Maintain           6      3          6            12         3
    no tier (None)         the method's base cadence, as for A

A tier missing from the mapping uses the ``None`` entry, or the base cadence when that is
missing too. A routine missing from a tier's mapping is not kept for that tier: no review of
it is ever due. Planning reviews (``ReviewKind.PLANNING``) are not scheduled by default; add
them to a tier's mapping (e.g. 12) to schedule them.

**Next due date** = the last review's date + the cadence in months, on the same day of the
month; when the month reached is shorter, on its last day. So a review on 31 January with a
monthly cadence is due by 28 February (29 in a leap year); one on 30 November with a
quarterly cadence by 28/29 February. The date is always computed from the last review itself,
never from a previous due date, so a short month does not pull later due dates earlier. An
account never reviewed for a routine is first due one cadence after the account was taken on
(``account_since``): a new account gets one full cycle before its first review is late.

**Status**, given ``today``:

    never done  no review of that routine recorded yet (whatever the due date)
    overdue     the due date has passed (due date < today)
    due         due today or within the next ``due_soon_days`` days (default 7)
    upcoming    due later than that

``days_overdue`` = today − due date in days when the due date has passed, else 0 — also for
a routine never done, so the panel can tell a new account from a neglected one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kamdesk.analytics.months import add_months
from kamdesk.model.enums import QT_TRANSLATE_NOOP, ReviewKind, Tier, fold

Cadence = Mapping[ReviewKind, int]  # routine → months between reviews
Cadences = Mapping[Tier | None, Cadence]  # tier (None: no tier) → its cadence

CADENCE_MIN_MONTHS = 1
CADENCE_MAX_MONTHS = 24
DUE_SOON_DAYS = 7

# The routines in the order the panel lists them.
ROUTINES = (
    ReviewKind.RISK,
    ReviewKind.PIPELINE,
    ReviewKind.RELATIONSHIP,
    ReviewKind.POSITIONING,
    ReviewKind.OKR,
)
ROUTINE_ORDER = {kind: index for index, kind in enumerate([*ROUTINES, ReviewKind.PLANNING])}

BASE_CADENCE: Cadence = {
    ReviewKind.RISK: 3,
    ReviewKind.PIPELINE: 1,
    ReviewKind.RELATIONSHIP: 1,
    ReviewKind.POSITIONING: 3,
    ReviewKind.OKR: 1,
}
DEFAULT_CADENCES: Cadences = {
    None: BASE_CADENCE,
    Tier.A: BASE_CADENCE,
    Tier.B: BASE_CADENCE,
    Tier.C: {
        ReviewKind.RISK: 3,
        ReviewKind.PIPELINE: 1,
        ReviewKind.RELATIONSHIP: 3,
        ReviewKind.POSITIONING: 6,
        ReviewKind.OKR: 3,
    },
    Tier.D: {
        ReviewKind.RISK: 6,
        ReviewKind.PIPELINE: 3,
        ReviewKind.RELATIONSHIP: 6,
        ReviewKind.POSITIONING: 12,
        ReviewKind.OKR: 3,
    },
}


def check_cadence_months(months: object) -> int:
    """``months`` when it is a whole number 1–24; ValueError otherwise."""
    valid = isinstance(months, int) and not isinstance(months, bool)
    if not valid or not CADENCE_MIN_MONTHS <= months <= CADENCE_MAX_MONTHS:
        raise ValueError(f"a cadence must be a whole number of months 1-24, got {months!r}")
    return months


def cadence_for(tier: Tier | None, cadences: Cadences = DEFAULT_CADENCES) -> Cadence:
    """The routine → months of a tier: its own entry, else the ``None`` entry, else the base."""
    if tier in cadences:
        return cadences[tier]
    return cadences.get(None, BASE_CADENCE)


# -- settings as JSON -----------------------------------------------------------------------


def cadences_to_json(cadences: Cadences) -> dict[str, dict[str, int]]:
    """``{"A": {"risk": 3, ...}, "": {...}}`` for the settings table; "" is the no-tier entry."""
    return {
        ("" if tier is None else tier.value): {kind.value: months for kind, months in cad.items()}
        for tier, cad in cadences.items()
    }


def cadences_from_json(value: object) -> dict[Tier | None, dict[ReviewKind, int]]:
    """Reads :func:`cadences_to_json`'s form back, leniently: unknown tiers and routines and
    months outside 1–24 are dropped; a tier with nothing valid left keeps no routine. Anything
    but a mapping gives the defaults."""
    if not isinstance(value, Mapping):
        return {tier: dict(cad) for tier, cad in DEFAULT_CADENCES.items()}
    read: dict[Tier | None, dict[ReviewKind, int]] = {}
    for tier_text, routines in value.items():
        tier = None if tier_text in ("", None) else _member(Tier, tier_text)
        if (tier is None and tier_text not in ("", None)) or not isinstance(routines, Mapping):
            continue
        cadence = {}
        for kind_text, months in routines.items():
            kind = _member(ReviewKind, kind_text)
            if kind is not None and _valid_months(months):
                cadence[kind] = months
        read[tier] = cadence
    return read


def _member(enum_class: type[enum.Enum], text: object):
    key = fold(str(text))
    return next((m for m in enum_class if fold(m.value) == key), None)


def _valid_months(months: object) -> bool:
    try:
        check_cadence_months(months)
    except ValueError:
        return False
    return True


# -- due dates ------------------------------------------------------------------------------


def add_months_clamped(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, or that month's last day when it is shorter
    (31 January + 1 month → 28 or 29 February)."""
    first = add_months(day, months)
    last_day = calendar.monthrange(first.year, first.month)[1]
    return first.replace(day=min(day.day, last_day))


def next_due(last_review: dt.date | None, cadence_months: int, account_since: dt.date) -> dt.date:
    """When the next review of a routine is due: ``cadence_months`` after the last review, or
    after ``account_since`` when there has been none (end-of-month rule in the module doc)."""
    check_cadence_months(cadence_months)
    return add_months_clamped(last_review or account_since, cadence_months)


class ReviewStatus(enum.StrEnum):
    NEVER_DONE = "never_done"
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"


STATUS_LABELS = {
    ReviewStatus.NEVER_DONE: QT_TRANSLATE_NOOP("ReviewStatus", "Never done"),
    ReviewStatus.OVERDUE: QT_TRANSLATE_NOOP("ReviewStatus", "Overdue"),
    ReviewStatus.DUE: QT_TRANSLATE_NOOP("ReviewStatus", "Due"),
    ReviewStatus.UPCOMING: QT_TRANSLATE_NOOP("ReviewStatus", "Upcoming"),
}


def review_status(
    last_review: dt.date | None,
    due_date: dt.date,
    today: dt.date,
    due_soon_days: int = DUE_SOON_DAYS,
) -> ReviewStatus:
    """never done / overdue / due / upcoming, as the module doc defines them."""
    if last_review is None:
        return ReviewStatus.NEVER_DONE
    if due_date < today:
        return ReviewStatus.OVERDUE
    if (due_date - today).days <= due_soon_days:
        return ReviewStatus.DUE
    return ReviewStatus.UPCOMING


# -- the reviews-due panel ------------------------------------------------------------------


@dataclass(frozen=True)
class AccountRef:
    """An account as the cadence engine sees it; ``since`` is when it was taken on."""

    id: int
    name: str
    since: dt.date
    tier: Tier | None = None


@dataclass(frozen=True)
class ReviewDue:
    """One routine of one account: when it was last reviewed, when it is due and how late."""

    account_id: int
    account_name: str
    routine: ReviewKind
    cadence_months: int
    last_review: dt.date | None
    due_date: dt.date
    status: ReviewStatus
    days_overdue: int

    @property
    def needs_attention(self) -> bool:
        """Overdue, due soon, or never done and already past its first due date."""
        if self.status is ReviewStatus.NEVER_DONE:
            return self.days_overdue > 0
        return self.status in (ReviewStatus.OVERDUE, ReviewStatus.DUE)


LastReviews = Mapping[tuple[int, ReviewKind], dt.date]  # (account id, routine) → last date


def latest_reviews(reviews: Iterable[tuple[int, ReviewKind, dt.date]]) -> dict:
    """(account id, routine) → date of its latest review, from ``(account id, kind, date)``."""
    latest: dict[tuple[int, ReviewKind], dt.date] = {}
    for account_id, kind, date in reviews:
        key = (account_id, kind)
        if key not in latest or date > latest[key]:
            latest[key] = date
    return latest


def reviews_due(
    accounts: Iterable[AccountRef],
    last_reviews: LastReviews,
    today: dt.date,
    cadences: Cadences = DEFAULT_CADENCES,
    due_soon_days: int = DUE_SOON_DAYS,
) -> list[ReviewDue]:
    """Every routine kept for each account's tier, earliest due date first, then account name
    (ignoring case and accents), account id and routine order.

    Raises ValueError when a cadence in use is not 1–24 months.
    """
    rows = []
    for account in accounts:
        for routine, months in cadence_for(account.tier, cadences).items():
            last = last_reviews.get((account.id, routine))
            due = next_due(last, months, account.since)
            rows.append(
                ReviewDue(
                    account_id=account.id,
                    account_name=account.name,
                    routine=routine,
                    cadence_months=months,
                    last_review=last,
                    due_date=due,
                    status=review_status(last, due, today, due_soon_days),
                    days_overdue=max((today - due).days, 0),
                )
            )
    return sorted(
        rows,
        key=lambda r: (
            r.due_date,
            fold(r.account_name),
            r.account_id,
            ROUTINE_ORDER.get(r.routine, len(ROUTINE_ORDER)),
        ),
    )
