"""The org chart and power/stance grid layouts: hand-placed cases and geometric properties."""

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.analytics.org_layout import (
    GRID_GAP,
    H_GAP,
    INFLUENCE_ROWS,
    STANCE_COLUMNS,
    V_GAP,
    Card,
    cards_per_row,
    grid_cell,
    grid_cell_size,
    grid_layout,
    grid_position,
    org_chart_layout,
)
from kamdesk.model.enums import Stance


def overlaps(a: tuple, b: tuple) -> bool:
    """Two (x, y, width, height) rectangles share some area (touching edges is fine)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def rectangles(cards, positions) -> dict[int, tuple]:
    return {c.id: (*positions[c.id], c.width, c.height) for c in cards}


def overlapping_pairs(cards, positions) -> list[tuple[int, int]]:
    rects = rectangles(cards, positions)
    return [(a, b) for a, b in itertools.combinations(rects, 2) if overlaps(rects[a], rects[b])]


def same_size(ids, width=100, height=50, **kwargs) -> list[Card]:
    return [Card(i, width, height, f"P{i:04}", **kwargs) for i in ids]


# -- hand-placed cases -----------------------------------------------------------------


def test_no_cards_no_positions():
    assert org_chart_layout([], {}) == {}
    assert org_chart_layout([], {1: 2}) == {}


def test_manager_is_centred_over_their_reports():
    cards = same_size([1, 2, 3])
    positions = org_chart_layout(cards, {2: 1, 3: 1}, h_gap=20, v_gap=40)
    # Reports side by side: 2 at x 0, 3 at 100 + 20 = 120. Their centres are 50 and 170,
    # so the manager's centre is 110 and its left edge 110 − 50 = 60. Level 1 starts at
    # 50 (tallest card of level 0) + 40 = 90.
    assert positions == {1: (60, 0), 2: (0, 90), 3: (120, 90)}


def test_a_wide_manager_pushes_their_reports_under_its_middle():
    cards = [Card(1, 300, 50, "Boss"), *same_size([2, 3])]
    positions = org_chart_layout(cards, {2: 1, 3: 1}, h_gap=20, v_gap=40)
    # Reports span 0…220 (centres 50 and 170, middle 110), manager 300 wide centred at 110
    # would start at −40: the band starts there instead, so everything moves right by 40.
    assert positions == {1: (0, 0), 2: (40, 90), 3: (160, 90)}


def test_manager_centres_over_first_and_last_report_cards_not_their_whole_subtrees():
    cards = same_size([1, 2, 3, 4, 5])
    # 1 manages 2 and 5; 2 manages 3 and 4.
    positions = org_chart_layout(cards, {2: 1, 5: 1, 3: 2, 4: 2}, h_gap=20, v_gap=40)
    # Level 2: 3 at 0, 4 at 120; 2 centred over them at 60. 2's band is 0…220; 5 at 240.
    # 1: centred between 2's centre (110) and 5's centre (290) → 200 − 50 = 150.
    assert positions == {1: (150, 0), 2: (60, 90), 5: (240, 90), 3: (0, 180), 4: (120, 180)}


def test_trees_side_by_side_and_loners_in_rows_underneath():
    cards = same_size([1, 2, 3, 4, 5, 6])
    # Trees 1 → 2 and 3 → 4; 5 and 6 have no reporting line at all.
    positions = org_chart_layout(cards, {2: 1, 4: 3}, h_gap=20, v_gap=40, tree_gap=60)
    # Tree 1 spans 0…100, tree 3 starts at 100 + 60 = 160. The forest ends at y 90 + 50 = 140;
    # the loners start 2 × 40 lower, at 220, and fit in one row (forest is 260 wide).
    assert positions == {
        1: (0, 0),
        2: (0, 90),
        3: (160, 0),
        4: (160, 90),
        5: (0, 220),
        6: (120, 220),
    }


def test_people_without_reporting_lines_wrap_into_a_near_square_block():
    cards = same_size(range(10))
    positions = org_chart_layout(cards, {}, h_gap=20, v_gap=40)
    # ⌈√10⌉ = 4 per row: rows of 4, 4 and 2, 50 + 40 = 90 apart.
    assert positions[0] == (0, 0)
    assert positions[3] == (360, 0)
    assert positions[4] == (0, 90)
    assert positions[9] == (120, 180)


def test_roots_and_siblings_are_grouped_by_org_unit_then_name():
    cards = [
        Card(1, 100, 50, "Boss"),
        Card(2, 100, 50, "Ana", org_unit_id=20),
        Card(3, 100, 50, "Bia", org_unit_id=10),
        Card(4, 100, 50, "Caio", org_unit_id=20),
        Card(5, 100, 50, "Duda", org_unit_id=None),
        Card(6, 100, 50, "Eva", org_unit_id=10),
    ]
    reports_to = {2: 1, 3: 1, 4: 1, 5: 1, 6: 1}

    def left_to_right(positions):
        return sorted((pid for pid in positions if pid != 1), key=lambda p: positions[p][0])

    # By unit id (10 before 20), people without a unit last.
    assert left_to_right(org_chart_layout(cards, reports_to)) == [3, 6, 2, 4, 5]
    # unit_order puts 20 first.
    assert left_to_right(org_chart_layout(cards, reports_to, unit_order=[20, 10])) == [
        2,
        4,
        3,
        6,
        5,
    ]


def test_levels_are_as_tall_as_their_tallest_card():
    cards = [Card(1, 100, 80, "A"), Card(2, 100, 30, "B"), Card(3, 100, 120, "C")]
    positions = org_chart_layout(cards, {2: 1, 3: 1}, v_gap=10)
    # Level 0 holds 1 (80 tall): level 1 starts at 80 + 10 = 90 for both reports.
    assert positions[2][1] == positions[3][1] == 90


def test_unknown_managers_and_self_reporting_make_roots():
    cards = same_size([1, 2, 3])
    positions = org_chart_layout(cards, {1: 99, 2: 2, 3: 1, 42: 1})
    assert positions[1][1] == 0 and positions[2][1] > positions[3][1] > 0
    # 2 reports to nobody on the map and manages nobody: a loner below the tree 1 → 3.


def test_a_loop_is_broken_at_the_member_that_sorts_first():
    cards = same_size([3, 1, 2])
    positions = org_chart_layout(cards, {1: 2, 2: 3, 3: 1})  # 1 → 2 → 3 → 1
    # "P0001" sorts first, so 1 loses its manager: 1 on top, then 3, then 2.
    assert positions[1][1] < positions[3][1] < positions[2][1]
    assert positions[1][0] == positions[3][0] == positions[2][0]


def test_two_loops_and_a_tail_into_one_of_them():
    cards = same_size(range(1, 8))
    reports_to = {1: 2, 2: 1, 3: 4, 4: 5, 5: 3, 6: 3, 7: 6}
    positions = org_chart_layout(cards, reports_to)
    assert len(positions) == 7
    assert overlapping_pairs(cards, positions) == []
    # Loop 1 ↔ 2 is broken at 1; loop 3 → 4 → 5 → 3 at 3, who then manages 5 and 6.
    assert positions[1][1] == positions[3][1] == 0
    assert positions[5][1] == positions[6][1] > 0


def test_repeated_card_ids_are_rejected():
    with pytest.raises(ValueError, match="twice"):
        org_chart_layout(same_size([1, 1]), {})


@pytest.mark.parametrize("size", [(0, 50), (100, -1), (float("nan"), 50)])
def test_cards_need_a_positive_size(size):
    with pytest.raises(ValueError, match="positive"):
        Card(1, *size)


def test_a_1000_deep_chain_is_laid_out_without_recursion():
    cards = same_size(range(1000))
    positions = org_chart_layout(cards, {i: i - 1 for i in range(1, 1000)}, v_gap=50)
    assert positions[999] == (0, 999 * 100)  # 50 tall + 50 gap per level
    assert all(positions[i][0] == 0 for i in range(1000))


def test_a_1000_wide_flat_org_is_one_row_under_its_manager():
    cards = same_size(range(1001))
    positions = org_chart_layout(cards, {i: 0 for i in range(1, 1001)}, h_gap=20)
    # 1000 reports: 1000 × 100 + 999 × 20 = 119,980 wide; centres from 50 to 119,930,
    # so the manager's centre is 59,990 and its left edge 59,940.
    assert positions[0] == (59_940, 0)
    assert {positions[i][1] for i in range(1, 1001)} == {50 + V_GAP}
    xs = sorted(positions[i][0] for i in range(1, 1001))
    assert all(b - a == 120 for a, b in itertools.pairwise(xs))


def test_a_large_random_org_is_placed_without_overlap():
    rng = random.Random(7)
    cards = [
        Card(i, rng.choice([120, 160, 220]), rng.choice([60, 90]), f"N{i % 37}")
        for i in range(1000)
    ]
    reports_to = {i: rng.randrange(i) for i in range(1, 1000) if rng.random() < 0.9}
    positions = org_chart_layout(cards, reports_to)
    assert len(positions) == 1000
    # Sweep by x instead of comparing all 500,000 pairs.
    rects = sorted(rectangles(cards, positions).values())
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if b[0] >= a[0] + a[2]:
                break
            assert not overlaps(a, b)


# -- properties ------------------------------------------------------------------------

card_strategy = st.builds(
    Card,
    id=st.integers(0, 40),
    width=st.integers(20, 300),
    height=st.integers(20, 150),
    name=st.sampled_from(["", "Ana", "ana", "Bruno", "Zé"]),
    org_unit_id=st.one_of(st.none(), st.integers(1, 4)),
)
cards_strategy = st.lists(card_strategy, max_size=30, unique_by=lambda card: card.id)
# Managers may be anyone, including people not on the map (ids up to 45) and loops.
reports_strategy = st.dictionaries(st.integers(0, 45), st.integers(0, 45), max_size=40)


@settings(max_examples=300)
@given(cards_strategy, reports_strategy, st.lists(st.integers(1, 4), unique=True))
def test_layout_places_everyone_once_without_overlap(cards, reports_to, unit_order):
    positions = org_chart_layout(cards, reports_to, unit_order=unit_order)
    assert sorted(positions) == sorted(c.id for c in cards)
    assert overlapping_pairs(cards, positions) == []


@given(cards_strategy, st.data())
def test_every_manager_is_a_level_above_their_reports(cards, data):
    """Without loops every line to someone on the map is kept: the report's card starts a
    level below the manager's (at least the manager's height + the vertical gap lower)."""
    ids = [c.id for c in cards]
    reports_to = {}
    for index, person in enumerate(ids):
        # Managers among earlier cards (so no loops), someone off the map, or nobody.
        choices = [*ids[:index], 99, None]
        boss = data.draw(st.sampled_from(choices))
        if boss is not None:
            reports_to[person] = boss
    positions = org_chart_layout(cards, reports_to)
    heights = {c.id: c.height for c in cards}
    for child, boss in reports_to.items():
        if boss in positions:
            assert positions[child][1] >= positions[boss][1] + heights[boss] + V_GAP
    assert overlapping_pairs(cards, positions) == []


@given(cards_strategy, reports_strategy, st.randoms(use_true_random=False))
def test_layout_does_not_depend_on_input_order(cards, reports_to, rnd):
    shuffled_cards = list(cards)
    rnd.shuffle(shuffled_cards)
    shuffled_lines = list(reports_to.items())
    rnd.shuffle(shuffled_lines)
    first = org_chart_layout(cards, reports_to)
    assert org_chart_layout(cards, reports_to) == first
    assert org_chart_layout(shuffled_cards, dict(shuffled_lines)) == first


def test_default_gaps():
    assert (H_GAP, V_GAP) == (24, 56)


# -- the power/stance grid -------------------------------------------------------------


def test_grid_columns_run_from_sponsor_to_opponent_and_rows_from_influence_5_to_1():
    assert STANCE_COLUMNS[0] is Stance.SPONSOR and STANCE_COLUMNS[-1] is Stance.OPPONENT
    assert set(STANCE_COLUMNS) == set(Stance)
    assert INFLUENCE_ROWS == (5, 4, 3, 2, 1)
    assert grid_cell(Stance.SPONSOR, 5) == (0, 0)
    assert grid_cell(Stance.NEUTRAL, 3) == (2, 2)
    assert grid_cell(Stance.OPPONENT, 1) == (4, 4)
    with pytest.raises(ValueError):
        grid_cell(Stance.ALLY, 0)


def test_cards_per_row_counts_the_gaps():
    # (250 − 10) ÷ (70 + 10) = 3 cards: 10 + 3 × 80 = 250 exactly.
    assert cards_per_row(250, 70, gap=10) == 3
    assert cards_per_row(249, 70, gap=10) == 2
    assert cards_per_row(30, 70, gap=10) == 1  # one always "fits"


def test_grid_cell_size_fits_a_near_square_block():
    # 5 cards: ⌈√5⌉ = 3 columns, 2 rows → 3 × (70 + 10) + 10 = 250 by 2 × (40 + 10) + 10 = 110.
    assert grid_cell_size(5, 70, 40, gap=10) == (250, 110)
    assert grid_cell_size(0, 70, 40, gap=10) == (90, 60)  # an empty grid still has cells
    assert grid_cell_size(1, 70, 40, gap=10, min_width=200, min_height=100) == (200, 100)


def test_grid_position_centres_each_line_of_cards_in_its_cell():
    geometry = {"cell_width": 250, "cell_height": 110, "card_width": 70, "card_height": 40}
    # Cell of (ally, influence 4) = column 1, row 1: x 250…500, y 110…220.
    # 5 cards, 3 per line: first line 3 × 80 − 10 = 230 wide → starts at 250 + 10 = 260;
    # second line holds 2: 150 wide → starts at 250 + 50 = 300, one card row lower (+50).
    places = [grid_position(Stance.ALLY, 4, i, 5, gap=10, **geometry) for i in range(5)]
    assert places == [(260, 120), (340, 120), (420, 120), (300, 170), (380, 170)]
    with pytest.raises(ValueError):
        grid_position(Stance.ALLY, 4, 5, 5, gap=10, **geometry)


def test_grid_layout_sizes_cells_for_the_most_crowded_one():
    people = [(i, Stance.NEUTRAL, 3) for i in range(4)] + [(9, Stance.SPONSOR, 5)]
    layout = grid_layout(people, 70, 40, gap=10)
    # 4 in one cell: 2 × 2 → 2 × 80 + 10 = 170 by 2 × 50 + 10 = 110.
    assert (layout.cell_width, layout.cell_height) == (170, 110)
    assert layout.positions[9] == (10 + 40, 10)  # alone in (0, 0): centred, 1 card of 70
    assert layout.positions[0] == (2 * 170 + 10, 2 * 110 + 10)
    assert grid_layout([], 70, 40).positions == {}


@given(
    st.lists(st.tuples(st.sampled_from(list(Stance)), st.integers(1, 5)), max_size=60),
    st.integers(20, 200),
    st.integers(20, 100),
)
def test_grid_cards_stay_in_their_cell_and_never_overlap(pairs, card_width, card_height):
    people = [(i, stance, influence) for i, (stance, influence) in enumerate(pairs)]
    layout = grid_layout(people, card_width, card_height)
    cards = [Card(i, card_width, card_height) for i, _, _ in people]
    assert overlapping_pairs(cards, layout.positions) == []
    for pid, stance, influence in people:
        column, row = grid_cell(stance, influence)
        x, y = layout.positions[pid]
        assert column * layout.cell_width + GRID_GAP <= x + 1e-9
        assert x + card_width <= (column + 1) * layout.cell_width - GRID_GAP + 1e-9
        assert row * layout.cell_height + GRID_GAP <= y + 1e-9
        assert y + card_height <= (row + 1) * layout.cell_height - GRID_GAP + 1e-9
