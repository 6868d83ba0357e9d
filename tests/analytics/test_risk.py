"""Risk score, levels, account risk, the heat map, top risks and actions, by hand."""

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamdesk.analytics.risk as risk_module
from kamdesk.analytics.risk import (
    LEVEL_LABELS,
    ActionItem,
    RiskItem,
    RiskLevel,
    account_risk,
    heat_map,
    open_actions,
    overdue_actions,
    risk_by_account,
    risk_level,
    risk_score,
    top_risks,
)
from kamdesk.model.enums import ActionStatus, RiskStatus

D = dt.date
TODAY = D(2027, 3, 15)
CLOSED = RiskStatus.CLOSED


def risk(id, account, likelihood, impact, status=RiskStatus.OPEN, review=None):
    return RiskItem(id, account, likelihood, impact, status=status, review_date=review)


# -- score ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("likelihood", "impact", "score"),
    [
        (1, 1, 1),  # 1 × 1
        (2, 3, 6),  # 2 × 3
        (4, 5, 20),  # 4 × 5
        (5, 5, 25),  # 5 × 5, the maximum
    ],
)
def test_score_is_likelihood_times_impact(likelihood, impact, score):
    assert risk_score(likelihood, impact) == score


@pytest.mark.parametrize(
    ("likelihood", "impact"), [(0, 3), (6, 3), (3, 0), (3, 6), (-1, 1), (2.0, 3), (True, 3)]
)
def test_score_refuses_values_outside_1_to_5(likelihood, impact):
    with pytest.raises(ValueError, match="1-5"):
        risk_score(likelihood, impact)


def test_a_risk_item_refuses_a_likelihood_of_0_or_6():
    with pytest.raises(ValueError, match="likelihood"):
        risk(1, 1, 0, 3)
    with pytest.raises(ValueError, match="likelihood"):
        risk(1, 1, 6, 3)
    with pytest.raises(ValueError, match="impact"):
        risk(1, 1, 3, 6)


@given(st.integers(1, 5), st.integers(1, 5))
def test_score_is_always_1_to_25_and_has_a_level(likelihood, impact):
    score = risk_score(likelihood, impact)
    assert 1 <= score <= 25
    assert risk_level(score) in RiskLevel


# -- levels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (1, RiskLevel.LOW),
        (4, RiskLevel.LOW),  # 2 × 2, top of low
        (5, RiskLevel.MEDIUM),  # 1 × 5
        (9, RiskLevel.MEDIUM),  # 3 × 3, top of medium
        (10, RiskLevel.HIGH),  # 2 × 5
        (16, RiskLevel.HIGH),  # 4 × 4, top of high
        (20, RiskLevel.CRITICAL),  # 4 × 5
        (25, RiskLevel.CRITICAL),  # 5 × 5
    ],
)
def test_level_bands(score, level):
    assert risk_level(score) is level


@pytest.mark.parametrize("score", [0, 26, -3])
def test_level_refuses_impossible_scores(score):
    with pytest.raises(ValueError):
        risk_level(score)


def test_every_level_has_a_label():
    assert set(LEVEL_LABELS) == set(RiskLevel)


def test_levels_never_go_down_as_the_score_rises():
    order = list(RiskLevel)
    levels = [order.index(risk_level(s)) for s in range(1, 26)]
    assert levels == sorted(levels)


# -- account risk ---------------------------------------------------------------------------


def test_account_risk_is_the_highest_open_score():
    risks = [
        risk(1, 7, 2, 3),  # 6
        risk(2, 7, 4, 4),  # 16 ← highest open
        risk(3, 7, 5, 5, CLOSED),  # 25, but closed: ignored
    ]
    assert account_risk(risks) == 16


def test_account_risk_is_none_without_open_risks():
    assert account_risk([]) is None
    assert account_risk([risk(1, 7, 5, 5, CLOSED)]) is None


def test_risk_by_account_keeps_only_accounts_with_open_risks():
    risks = [
        risk(1, 7, 2, 3),  # account 7: 6
        risk(2, 7, 3, 4),  # account 7: 12 ← its highest
        risk(3, 8, 1, 1),  # account 8: 1
        risk(4, 9, 5, 5, CLOSED),  # account 9: only a closed risk → absent
    ]
    assert risk_by_account(risks) == {7: 12, 8: 1}


# -- heat map -------------------------------------------------------------------------------


def test_heat_map_places_open_risks_in_their_cells():
    a = risk(1, 7, 4, 5, review=D(2027, 4, 1))
    b = risk(2, 8, 4, 5, review=D(2027, 2, 1))  # same cell, earlier review → first
    c = risk(3, 7, 1, 2)
    closed = risk(4, 7, 4, 5, CLOSED)
    grid = heat_map([a, b, c, closed])
    assert len(grid.cells) == 25
    assert grid.cell(4, 5).risks == (b, a)
    assert grid.cell(4, 5).score == 20  # 4 × 5
    assert grid.cell(4, 5).level is RiskLevel.CRITICAL
    assert grid.cell(1, 2).risks == (c,)
    assert grid.cell(5, 4).count == 0  # likelihood and impact are not interchangeable
    assert grid.total == 3  # the closed one is left out


def test_heat_map_rows_put_likelihood_5_on_top():
    rows = heat_map([]).rows()
    assert len(rows) == 5 and all(len(row) == 5 for row in rows)
    assert (rows[0][0].likelihood, rows[0][0].impact) == (5, 1)
    assert (rows[4][4].likelihood, rows[4][4].impact) == (1, 5)
    assert all(cell.count == 0 for row in rows for cell in row)


def test_heat_map_cell_refuses_coordinates_off_the_map():
    with pytest.raises(ValueError):
        heat_map([]).cell(0, 3)
    with pytest.raises(ValueError):
        heat_map([]).cell(3, 6)


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.booleans()), max_size=30))
def test_heat_map_holds_each_open_risk_once(specs):
    risks = [
        risk(i, 1, lk, im, RiskStatus.OPEN if is_open else CLOSED)
        for i, (lk, im, is_open) in enumerate(specs)
    ]
    grid = heat_map(risks)
    placed = [r.id for cell in grid.cells for r in cell.risks]
    assert sorted(placed) == [r.id for r in risks if r.is_open]
    for cell in grid.cells:
        assert all((r.likelihood, r.impact) == (cell.likelihood, cell.impact) for r in cell.risks)


# -- top risks ------------------------------------------------------------------------------


def test_top_risks_by_score_then_review_date():
    r1 = risk(1, 7, 5, 5, review=D(2027, 6, 1))  # 25
    r2 = risk(2, 8, 4, 4, review=D(2027, 5, 1))  # 16, later review
    r3 = risk(3, 9, 4, 4, review=D(2027, 4, 1))  # 16, earlier review → before r2
    r4 = risk(4, 9, 4, 4)  # 16, no review date → after both
    r5 = risk(5, 7, 5, 5, CLOSED)  # closed: never listed
    r6 = risk(6, 8, 1, 2)  # 2
    everything = [r6, r5, r4, r2, r3, r1]
    assert top_risks(everything, 10) == [r1, r3, r2, r4, r6]
    assert top_risks(everything, 2) == [r1, r3]
    assert top_risks(everything, 0) == []
    assert top_risks([], 5) == []


def test_top_risks_refuses_a_negative_count():
    with pytest.raises(ValueError):
        top_risks([], -1)


# -- actions --------------------------------------------------------------------------------


def action(id, due, status=ActionStatus.OPEN, owner="Ana"):
    return ActionItem(id, 7, f"action {id}", owner=owner, due=due, status=status)


def test_overdue_actions_are_open_and_due_before_today():
    late = action(1, D(2027, 3, 10))  # 15 − 10 = 5 days late
    later = action(2, D(2027, 2, 28))  # 15 March − 28 February = 15 days late → first
    due_today = action(3, TODAY)  # due today: not late yet
    no_due = action(4, None)
    done = action(5, D(2027, 1, 1), ActionStatus.DONE)
    cancelled = action(6, D(2027, 1, 1), ActionStatus.CANCELLED)
    actions = [late, later, due_today, no_due, done, cancelled]
    assert overdue_actions(actions, TODAY) == [later, late]
    assert late.days_overdue(TODAY) == 5
    assert later.days_overdue(TODAY) == 15
    assert due_today.days_overdue(TODAY) == 0 and not due_today.is_overdue(TODAY)
    assert no_due.days_overdue(TODAY) == 0
    assert done.days_overdue(TODAY) == 0
    assert overdue_actions([], TODAY) == []


def test_open_actions_by_due_date_and_filtered_by_owner():
    a = action(1, D(2027, 4, 1), owner="Érica Souza")
    b = action(2, None, owner="Bruno")
    c = action(3, D(2027, 3, 1), owner="Bruno")
    d = action(4, D(2027, 1, 1), ActionStatus.DONE, owner="Bruno")
    assert open_actions([a, b, c, d]) == [c, a, b]  # no due date last; done left out
    assert open_actions([a, b, c, d], owner=" bruno ") == [c, b]
    assert open_actions([a, b, c, d], owner="erica souza") == [a]
    assert open_actions([a, b, c, d], owner="") == [c, a, b]


# -- purity ---------------------------------------------------------------------------------


def test_the_module_imports_neither_qt_nor_the_database():
    tree = ast.parse(Path(risk_module.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not imported & {"PySide6", "sqlalchemy"}
