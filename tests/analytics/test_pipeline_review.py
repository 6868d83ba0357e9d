"""The monthly pipeline review's attention list, and what counts as "stuck in a stage"."""

import datetime as dt

from kamdesk.analytics.deals import Deal, DealState
from kamdesk.analytics.pipeline_review import (
    ATTENTION_TEMPLATES,
    AttentionItem,
    AttentionReason,
    StageStay,
    attention_list,
    stage_entered,
    stage_stays,
    usual_stage_days,
)
from kamdesk.model.enums import StageOutcome

D = dt.date
R = AttentionReason
TODAY = D(2027, 6, 30)


def moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0))


def path(deal_id, *steps) -> list[DealState]:
    """History rows from (day, stage) steps."""
    return [DealState(deal_id, moment(day), stage) for day, stage in steps]


def stuck(stage, entered, days, usual_days) -> dict:
    return {"stage_id": stage, "entered": entered, "days": days, "usual_days": usual_days}


def deal(id, stage, **fields) -> Deal:
    defaults = {"next_step": "Call", "last_update": TODAY, "expected_close": D(2027, 9, 1)}
    return Deal(id=id, account_id=1, stage_id=stage, **(defaults | fields))


# Five finished stays in stage 1 of 10, 20, 30, 40 and 50 days: median 30 → usual 1.5 × 30 = 45.
# Five in stage 2 of 2, 2, 3, 4 and 4 days: median 3 → 4.5, raised to the floor of 7.
# Stage 3: one finished stay only → the fallback of 45 days.
START = D(2027, 1, 1)
TYPICAL = [
    row
    for n, (days_in_1, days_in_2) in enumerate([(10, 2), (20, 2), (30, 3), (40, 4), (50, 4)])
    for row in path(
        100 + n,
        (START, 1),
        (START + dt.timedelta(days_in_1), 2),
        (START + dt.timedelta(days_in_1 + days_in_2), 3),
        (START + dt.timedelta(days_in_1 + days_in_2 + 1), 4),
    )
    if not (n and row.stage_id == 4)  # only deal 100 leaves stage 3
]


def test_stage_stays_begin_at_each_change_of_stage():
    history = path(
        1, (D(2027, 1, 1), 1), (D(2027, 1, 11), 1), (D(2027, 1, 21), 2), (D(2027, 2, 20), 3)
    )
    assert stage_stays(history) == [
        StageStay(1, 1, D(2027, 1, 1), D(2027, 1, 21)),  # 20 days (the repeat of stage 1 ignored)
        StageStay(1, 2, D(2027, 1, 21), D(2027, 2, 20)),  # 30 days
        StageStay(1, 3, D(2027, 2, 20), None),  # still there
    ]
    assert [s.days for s in stage_stays(history)] == [20, 30, None]


def test_usual_days_from_the_median_with_a_floor_and_enough_history():
    usual = usual_stage_days(stage_stays(TYPICAL))
    assert usual == {1: 45.0, 2: 7}  # 1.5 × 30; max(7, 1.5 × 3); stage 3 has too few
    assert usual_stage_days([]) == {}


def test_stage_entered_follows_the_history_or_falls_back():
    stays = stage_stays(path(1, (D(2027, 1, 1), 1), (D(2027, 5, 1), 2)))
    created, updated = D(2026, 12, 1), D(2027, 6, 1)
    assert stage_entered(deal(1, 2, created=created, last_update=updated), stays) == D(2027, 5, 1)
    # History ends in stage 2 but the deal is in stage 3: entered at its last update.
    assert stage_entered(deal(1, 3, created=created, last_update=updated), stays) == updated
    assert stage_entered(deal(1, 3, created=created, last_update=None), stays) == created
    assert stage_entered(deal(1, 3, created=created), []) == created


def test_attention_list_gives_each_reason_with_its_facts():
    deals = [
        # close date passed 10 days ago; 60 days in stage 1 (since 1 May) > 45
        deal(1, 1, expected_close=D(2027, 6, 20), last_update=D(2027, 6, 25)),
        # no close date, 30 days without an update, no next step; 5 days in stage 2 ≤ 7
        deal(2, 2, expected_close=None, last_update=D(2027, 5, 31), next_step="  "),
        # all fine: 29 days in stage 3 ≤ 45 (fallback), updated 29 days ago
        deal(3, 3, last_update=D(2027, 6, 1)),
        # won: never listed, however old
        deal(4, 4, outcome=StageOutcome.WON, expected_close=D(2027, 1, 1), next_step=""),
        # no history: in stage 2 since its creation 29 days ago > 7
        deal(5, 2, created=D(2027, 6, 1)),
        # history ends in stage 1 (since January) but it is in stage 2: since its last update
        # 10 days ago > 7, not since January
        deal(6, 2, last_update=D(2027, 6, 20)),
    ]
    history = [
        *TYPICAL,
        *path(1, (D(2027, 5, 1), 1)),
        *path(2, (D(2027, 6, 25), 2)),
        *path(3, (D(2027, 6, 1), 3)),
        *path(6, (D(2027, 1, 1), 1)),
    ]
    items = attention_list(deals, history, TODAY)
    assert items == [
        AttentionItem(1, R.CLOSE_DATE_PASSED, {"expected_close": D(2027, 6, 20), "days": 10}),
        AttentionItem(1, R.STUCK_IN_STAGE, stuck(1, D(2027, 5, 1), 60, 45)),
        AttentionItem(2, R.NO_CLOSE_DATE),
        AttentionItem(2, R.NO_RECENT_UPDATE, {"last_update": D(2027, 5, 31), "days": 30}),
        AttentionItem(2, R.NO_NEXT_STEP),
        AttentionItem(5, R.STUCK_IN_STAGE, stuck(2, D(2027, 6, 1), 29, 7)),
        AttentionItem(6, R.STUCK_IN_STAGE, stuck(2, D(2027, 6, 20), 10, 7)),
    ]


def test_exactly_the_usual_time_is_not_stuck_and_a_day_less_than_30_is_not_stale():
    history = [*TYPICAL, *path(1, (D(2027, 5, 16), 1))]  # 45 days before 30 June
    fine = deal(1, 1, last_update=D(2027, 6, 1))  # 29 days
    assert attention_list([fine], history, TODAY) == []
    assert attention_list([fine], history, TODAY, stale_after_days=29)[0].reason is (
        R.NO_RECENT_UPDATE
    )


def test_an_item_reads_as_a_sentence_with_dates_formatted_by_the_caller():
    item = AttentionItem(1, R.CLOSE_DATE_PASSED, {"expected_close": D(2027, 6, 20), "days": 10})
    assert item.text() == "The expected close date (2027-06-20) has passed."
    portuguese = {
        ATTENTION_TEMPLATES[R.CLOSE_DATE_PASSED]: "A data prevista ({expected_close}) passou."
    }
    brazilian = item.text(portuguese.get, lambda day: day.strftime("%d/%m/%Y"))
    assert brazilian == "A data prevista (20/06/2027) passou."
    stuck = AttentionItem(2, R.STUCK_IN_STAGE, {"stage_id": 3, "days": 60, "usual_days": 45})
    assert stuck.text() == "60 days in this stage; deals usually move on within 45 days."
