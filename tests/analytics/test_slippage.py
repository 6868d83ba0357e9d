"""Slippage from opportunity histories: close dates moved out, values changed, over a window."""

import datetime as dt
from decimal import Decimal

from kamdesk.analytics.deals import DealState
from kamdesk.analytics.slippage import Slip, filled_in, slippage

D = dt.date


def at(month, day) -> dt.datetime:
    return dt.datetime(2027, month, day, 10, 0)


def state(deal, when, close=None, one=None, rec=None, stage=None) -> DealState:
    return DealState(
        deal,
        when,
        stage,
        close,
        None if one is None else Decimal(one),
        None if rec is None else Decimal(rec),
    )


HISTORY = [
    # Deal 1: pushed twice (March → May → June), value unchanged.
    state(1, at(1, 5), D(2027, 3, 31), 10_000, 0, stage=1),
    state(1, at(2, 10), stage=2),  # stage change only: close and value carried over
    state(1, at(3, 15), D(2027, 5, 31)),
    state(1, at(4, 2), D(2027, 6, 30)),
    # Deal 2: recurring value raised from 100 to 200 a month, close unchanged.
    state(2, at(1, 5), D(2027, 4, 30), 5_000, 100),
    state(2, at(2, 20), rec=200),
    # Deal 3: close moved earlier — not slippage.
    state(3, at(1, 5), D(2027, 6, 30), 1_000, 0),
    state(3, at(3, 1), D(2027, 5, 31)),
    # Deal 4: pushed out and pulled back: no net slip.
    state(4, at(2, 15), D(2027, 3, 31), 1_000, 0),
    state(4, at(1, 10), D(2027, 3, 31)),  # given out of order: sorted by time
    state(4, at(2, 1), D(2027, 4, 30)),
]


def test_filled_in_carries_unrecorded_fields_and_sorts_by_time():
    rows = filled_in(s for s in HISTORY if s.deal_id == 1)
    assert [(r.stage_id, r.expected_close, r.one_time_value) for r in rows] == [
        (1, D(2027, 3, 31), 10_000),
        (2, D(2027, 3, 31), 10_000),
        (2, D(2027, 5, 31), 10_000),
        (2, D(2027, 6, 30), 10_000),
    ]


def test_slippage_over_the_whole_history():
    slips = slippage(HISTORY)
    assert slips == [
        # 31 March → 30 June: 30 (April) + 31 (May) + 30 (June) = 91 days, pushed twice
        Slip(1, D(2027, 3, 31), D(2027, 6, 30), Decimal(10_000), Decimal(10_000), pushes=2),
        # 5,000 + 12 × 100 = 6,200 → 5,000 + 12 × 200 = 7,400
        Slip(2, D(2027, 4, 30), D(2027, 4, 30), Decimal(6_200), Decimal(7_400), pushes=0),
    ]
    assert slips[0].days_moved == 91 and slips[0].close_moved_out
    assert not slips[0].value_changed
    assert slips[1].value_change == 1_200 and slips[1].days_moved == 0


def test_slippage_within_a_window_starts_from_the_state_before_it():
    # March: deal 1 went from 31 March (its state of 10 February) to 31 May (15 March).
    slips = slippage(HISTORY, since=D(2027, 3, 1), until=D(2027, 4, 1))
    assert slips == [
        Slip(1, D(2027, 3, 31), D(2027, 5, 31), Decimal(10_000), Decimal(10_000), pushes=1)
    ]
    assert slips[0].days_moved == 61  # 30 (April) + 31 (May)


def test_a_deal_first_recorded_inside_the_window_starts_from_its_first_state():
    history = [
        state(9, at(5, 2), D(2027, 7, 1), 100, 0),
        state(9, at(5, 20), D(2027, 7, 11), 150, 0),
    ]
    assert slippage(history, since=D(2027, 5, 1)) == [
        Slip(9, D(2027, 7, 1), D(2027, 7, 11), Decimal(100), Decimal(150), pushes=1)
    ]
    assert slippage(history, until=D(2027, 5, 2)) == []  # nothing known before 2 May


def test_unknown_close_dates_and_values_are_not_slippage():
    history = [state(5, at(1, 1)), state(5, at(2, 1), stage=3)]
    assert slippage(history) == []
    slip = Slip(5, None, D(2027, 1, 1), None, Decimal(1))
    assert (slip.days_moved, slip.value_change, slip.close_moved_out) == (None, None, False)


def test_one_value_part_never_recorded_counts_as_zero():
    history = [state(6, at(1, 1), D(2027, 9, 1), one=500), state(6, at(1, 2), rec=10)]
    # 500 + 12 × 0 = 500 → 500 + 12 × 10 = 620
    assert slippage(history)[0].value_change == 120
