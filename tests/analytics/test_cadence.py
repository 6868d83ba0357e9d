"""Review cadences, next due dates and the reviews-due panel, by hand."""

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamdesk.analytics.cadence as cadence_module
from kamdesk.analytics.cadence import (
    BASE_CADENCE,
    DEFAULT_CADENCES,
    ROUTINES,
    STATUS_LABELS,
    AccountRef,
    ReviewStatus,
    add_months_clamped,
    cadence_for,
    cadences_from_json,
    cadences_to_json,
    latest_reviews,
    next_due,
    review_status,
    reviews_due,
)
from kamdesk.model.enums import ReviewKind, Tier

D = dt.date
TODAY = D(2027, 3, 15)
RISK, PIPELINE, RELATIONSHIP = ReviewKind.RISK, ReviewKind.PIPELINE, ReviewKind.RELATIONSHIP
POSITIONING, OKR, PLANNING = ReviewKind.POSITIONING, ReviewKind.OKR, ReviewKind.PLANNING


# -- cadences -------------------------------------------------------------------------------


def test_the_base_cadence_is_the_methods():
    # DESIGN §1: risk quarterly, pipeline monthly, relationship map monthly, positioning
    # quarterly; issue 6: OKR check-in monthly.
    assert BASE_CADENCE == {RISK: 3, PIPELINE: 1, RELATIONSHIP: 1, POSITIONING: 3, OKR: 1}
    assert set(BASE_CADENCE) == set(ROUTINES)


def test_default_cadences_ease_with_the_tier():
    assert cadence_for(Tier.A) == BASE_CADENCE
    assert cadence_for(Tier.B) == BASE_CADENCE
    assert cadence_for(None) == BASE_CADENCE
    assert cadence_for(Tier.C)[RELATIONSHIP] == 3
    assert cadence_for(Tier.D)[RISK] == 6
    for tier in Tier:  # never more often than the method asks for
        for routine, months in cadence_for(tier).items():
            assert months >= BASE_CADENCE[routine]


def test_a_tier_missing_from_the_mapping_falls_back_to_none_then_the_base():
    custom = {None: {RISK: 2}, Tier.A: {RISK: 1, PIPELINE: 1}}
    assert cadence_for(Tier.A, custom) == {RISK: 1, PIPELINE: 1}
    assert cadence_for(Tier.C, custom) == {RISK: 2}
    assert cadence_for(Tier.C, {Tier.A: {RISK: 1}}) == BASE_CADENCE


def test_cadences_survive_json():
    stored = cadences_to_json(DEFAULT_CADENCES)
    assert stored["A"]["risk"] == 3 and stored[""]["pipeline"] == 1
    assert cadences_from_json(stored) == {t: dict(c) for t, c in DEFAULT_CADENCES.items()}


def test_reading_cadences_drops_what_it_cannot_use():
    stored = {
        "A": {"risk": 2, "pipeline": 0, "okr": "monthly", "nonsense": 1, "planning": 12},
        "Z": {"risk": 1},  # no such tier
        "b": {"positioning": 25},  # over 24 months: dropped, tier kept with no routine
        "C": "not a mapping",
    }
    assert cadences_from_json(stored) == {Tier.A: {RISK: 2, PLANNING: 12}, Tier.B: {}}
    assert cadences_from_json(None) == {t: dict(c) for t, c in DEFAULT_CADENCES.items()}


# -- month arithmetic -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2027, 5, 15), 1, D(2027, 6, 15)),  # same day next month
        (D(2027, 1, 31), 1, D(2027, 2, 28)),  # February 2027 has 28 days
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # 2028 is a leap year
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # Nov + 3 = Feb, across the year
        (D(2027, 3, 31), 3, D(2027, 6, 30)),  # June has 30 days
        (D(2026, 12, 31), 1, D(2027, 1, 31)),  # January has 31: no clamping
        (D(2027, 8, 31), 6, D(2028, 2, 29)),  # Aug + 6 = Feb 2028, leap
        (D(2027, 2, 28), 1, D(2027, 3, 28)),  # from the 28th stays on the 28th
    ],
)
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(day, months, expected):
    assert add_months_clamped(day, months) == expected


# -- next due -------------------------------------------------------------------------------


def test_next_due_is_one_cadence_after_the_last_review():
    assert next_due(D(2027, 2, 10), 3, D(2020, 1, 1)) == D(2027, 5, 10)  # Feb + 3 = May
    assert next_due(D(2027, 1, 31), 1, D(2020, 1, 1)) == D(2027, 2, 28)  # end of February


def test_a_routine_never_reviewed_is_first_due_one_cadence_after_the_account_began():
    assert next_due(None, 3, D(2027, 1, 10)) == D(2027, 4, 10)  # Jan + 3 = April
    assert next_due(None, 1, D(2027, 1, 31)) == D(2027, 2, 28)


@pytest.mark.parametrize("months", [0, -1, 25, 1.5, True, None])
def test_next_due_refuses_cadences_outside_1_to_24_months(months):
    with pytest.raises(ValueError, match="1-24"):
        next_due(D(2027, 1, 1), months, D(2027, 1, 1))


@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
    st.integers(1, 24),
)
def test_next_due_comes_after_the_last_review_within_the_cadence(last, months):
    due = next_due(last, months, D(1990, 1, 1))
    assert due > last
    assert months * 28 <= (due - last).days <= months * 31
    assert due.day <= last.day  # clamped down at a month's end, never pushed into the next
    assert (due.year * 12 + due.month) - (last.year * 12 + last.month) == months


# -- status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "due", "status"),
    [
        (D(2027, 1, 1), D(2027, 3, 14), ReviewStatus.OVERDUE),  # yesterday
        (D(2027, 1, 1), D(2027, 3, 15), ReviewStatus.DUE),  # today
        (D(2027, 1, 1), D(2027, 3, 22), ReviewStatus.DUE),  # 22 − 15 = 7 days: still due
        (D(2027, 1, 1), D(2027, 3, 23), ReviewStatus.UPCOMING),  # 8 days ahead
        (None, D(2027, 3, 1), ReviewStatus.NEVER_DONE),  # past due, but never done
        (None, D(2027, 9, 1), ReviewStatus.NEVER_DONE),
    ],
)
def test_review_status(last, due, status):
    assert review_status(last, due, TODAY) is status


def test_the_due_soon_window_is_configurable():
    assert review_status(D(2027, 1, 1), D(2027, 3, 16), TODAY, due_soon_days=0) is (
        ReviewStatus.UPCOMING
    )
    assert review_status(D(2027, 1, 1), D(2027, 4, 14), TODAY, due_soon_days=30) is (
        ReviewStatus.DUE
    )


def test_every_status_has_a_label():
    assert set(STATUS_LABELS) == set(ReviewStatus)


# -- the reviews-due panel ------------------------------------------------------------------

ACME = AccountRef(1, "Acme", D(2026, 1, 1), Tier.A)
BETA = AccountRef(2, "Beta", D(2027, 3, 1), Tier.D)  # taken on two weeks ago


def test_reviews_due_for_an_account_with_some_history():
    last = {
        (1, RISK): D(2026, 12, 10),  # + 3 months = 10 March 2027: 15 − 10 = 5 days overdue
        (1, PIPELINE): D(2027, 2, 20),  # + 1 = 20 March: 5 days ahead → due
        (1, RELATIONSHIP): D(2027, 3, 1),  # + 1 = 1 April: 17 days ahead → upcoming
        (1, OKR): D(2027, 1, 31),  # + 1 = 28 February (clamped): 15 days overdue
        # positioning never reviewed: since 1 Jan 2026 + 3 = 1 April 2026;
        # 1 April 2026 → 1 April 2027 is 365 days, less the 17 from 15 March = 348 days.
        (2, RISK): D(2027, 3, 10),  # another account's review: no effect on Acme
    }
    rows = {r.routine: r for r in reviews_due([ACME], last, TODAY)}
    assert set(rows) == set(ROUTINES)
    summary = {k: (r.due_date, r.status, r.days_overdue) for k, r in rows.items()}
    assert summary == {
        RISK: (D(2027, 3, 10), ReviewStatus.OVERDUE, 5),
        PIPELINE: (D(2027, 3, 20), ReviewStatus.DUE, 0),
        RELATIONSHIP: (D(2027, 4, 1), ReviewStatus.UPCOMING, 0),
        OKR: (D(2027, 2, 28), ReviewStatus.OVERDUE, 15),
        POSITIONING: (D(2026, 4, 1), ReviewStatus.NEVER_DONE, 348),
    }
    assert rows[RISK].cadence_months == 3 and rows[RISK].last_review == D(2026, 12, 10)
    assert rows[POSITIONING].last_review is None
    assert rows[POSITIONING].needs_attention  # never done and long past its first due date
    assert not rows[RELATIONSHIP].needs_attention


def test_a_new_account_never_reviewed_is_not_late_yet():
    rows = {r.routine: r for r in reviews_due([BETA], {}, TODAY)}
    # Tier D: risk every 6 months → 1 March + 6 = 1 September; pipeline every 3 → 1 June.
    assert rows[RISK].due_date == D(2027, 9, 1)
    assert rows[PIPELINE].due_date == D(2027, 6, 1)
    assert all(r.status is ReviewStatus.NEVER_DONE for r in rows.values())
    assert all(r.days_overdue == 0 and not r.needs_attention for r in rows.values())


def test_reviews_due_are_sorted_by_due_date_then_account_then_routine():
    twin = AccountRef(3, "acme", D(2026, 1, 1), Tier.A)  # same dates as Acme, name folded
    rows = reviews_due([twin, ACME], {}, TODAY)
    keys = [(r.due_date, r.account_id, r.routine) for r in rows]
    # Monthly routines first (1 Feb 2026), then quarterly (1 April 2026); Acme's id 1 before 3.
    assert keys[:6] == [
        (D(2026, 2, 1), 1, PIPELINE),
        (D(2026, 2, 1), 1, RELATIONSHIP),
        (D(2026, 2, 1), 1, OKR),
        (D(2026, 2, 1), 3, PIPELINE),
        (D(2026, 2, 1), 3, RELATIONSHIP),
        (D(2026, 2, 1), 3, OKR),
    ]
    assert keys[6:] == [
        (D(2026, 4, 1), 1, RISK),
        (D(2026, 4, 1), 1, POSITIONING),
        (D(2026, 4, 1), 3, RISK),
        (D(2026, 4, 1), 3, POSITIONING),
    ]


def test_a_routine_left_out_of_a_tiers_cadence_is_never_due():
    custom = {Tier.A: {RISK: 3, PLANNING: 12}}
    rows = reviews_due([ACME], {(1, PLANNING): D(2026, 6, 30)}, TODAY, custom)
    assert {r.routine for r in rows} == {RISK, PLANNING}
    planning = next(r for r in rows if r.routine is PLANNING)
    assert planning.due_date == D(2027, 6, 30)  # 30 June + 12 months
    assert planning.status is ReviewStatus.UPCOMING


def test_reviews_due_with_no_accounts_is_empty():
    assert reviews_due([], {}, TODAY) == []


def test_reviews_due_refuses_a_bad_cadence():
    with pytest.raises(ValueError):
        reviews_due([ACME], {}, TODAY, {Tier.A: {RISK: 0}})


def test_latest_reviews_keeps_the_latest_date_per_account_and_routine():
    reviews = [
        (1, RISK, D(2026, 9, 1)),
        (1, RISK, D(2026, 12, 10)),  # latest for (1, risk)
        (1, RISK, D(2026, 6, 1)),
        (1, PIPELINE, D(2027, 2, 20)),
        (2, RISK, D(2027, 1, 5)),
    ]
    assert latest_reviews(reviews) == {
        (1, RISK): D(2026, 12, 10),
        (1, PIPELINE): D(2027, 2, 20),
        (2, RISK): D(2027, 1, 5),
    }
    assert latest_reviews([]) == {}


def test_recording_a_review_moves_the_next_due_date():
    before = reviews_due([ACME], {(1, RISK): D(2026, 12, 10)}, TODAY)
    after = reviews_due([ACME], {(1, RISK): TODAY}, TODAY)
    risk_before = next(r for r in before if r.routine is RISK)
    risk_after = next(r for r in after if r.routine is RISK)
    assert risk_before.status is ReviewStatus.OVERDUE
    assert (risk_after.due_date, risk_after.status) == (D(2027, 6, 15), ReviewStatus.UPCOMING)


# -- purity ---------------------------------------------------------------------------------


def test_the_module_imports_neither_qt_nor_the_database():
    tree = ast.parse(Path(cadence_module.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not imported & {"PySide6", "sqlalchemy"}
