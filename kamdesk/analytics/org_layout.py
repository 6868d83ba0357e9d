"""Where the stakeholder map puts its cards: an org chart, or the power/stance grid.

Org chart (a tidy tree, drawn top-down):

    level y(d)  = Σ over levels k < d of (tallest card on level k + v_gap)
    subtree     = its own card, and below it its children's subtrees side by side, h_gap apart
    manager x   = centred over the first and last of their reports' cards (kept in the subtree)
    trees       = side by side, tree_gap apart, in root order; then the people with no reporting
                  line at all, in rows under the trees (a gap of 2 × v_gap above them)

Every subtree owns a horizontal band that no other subtree of its level shares, so two cards
on one level never overlap, and levels never overlap vertically: no overlap, whatever the card
sizes. Roots and siblings are ordered by org unit (``unit_order``, then unit id, people
without a unit last), then name, then id, so one org unit's people stay adjacent and the
result does not depend on the order of the inputs. O(n log n), and no recursion, so a
1,000-deep chain is no problem.

Reporting lines are cleaned first: a manager who is not on the map, or oneself, means no
manager; a loop (A → B → … → A) is broken at its member that sorts first, who becomes a root.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kamdesk.model.enums import Stance, fold

Point = tuple[float, float]

H_GAP = 24.0  # between siblings
V_GAP = 56.0  # between levels (room for the reports-to arrows)


@dataclass(frozen=True)
class Card:
    """A person's card on the map: its size, and what orders it among its siblings."""

    id: int
    width: float
    height: float
    name: str = ""
    org_unit_id: int | None = None

    def __post_init__(self) -> None:
        for size in (self.width, self.height):
            if not (math.isfinite(size) and size > 0):
                raise ValueError(f"card {self.id} must have a positive size, got {size!r}")


@dataclass
class _Subtree:
    """A subtree's band, in coordinates relative to the band's left edge."""

    width: float = 0.0
    card_left: float = 0.0  # where the person's own card starts
    children_left: float = 0.0  # where the first child's band starts


# -- cleaning the reporting lines -----------------------------------------------------------


def _sort_key_function(
    cards: Mapping[int, Card], unit_order: Sequence[int]
) -> Callable[[int], tuple]:
    """Orders people by org unit (listed units first, in that order), name (ignoring case and
    accents, as a pt-BR reader expects), then id."""
    rank = {unit: index for index, unit in enumerate(unit_order)}

    def unit_key(unit: int | None) -> tuple:
        if unit is None:
            return (2, 0, 0)
        return (0, rank[unit], 0) if unit in rank else (1, 0, unit)

    # Worked out once per person: the sorts below would otherwise fold each name many times.
    keys = {
        person: (unit_key(card.org_unit_id), fold(card.name), card.name, person)
        for person, card in cards.items()
    }
    return keys.__getitem__


def _managers(
    cards: Mapping[int, Card], reports_to: Mapping[int, int], key: Callable[[int], tuple]
) -> dict[int, int]:
    """child → manager, both on the map, nobody their own manager, and no loops."""
    manager = {
        child: boss
        for child, boss in reports_to.items()
        if child in cards and boss in cards and child != boss
    }
    for loop in _loops(manager):
        del manager[min(loop, key=key)]
    return manager


def _loops(manager: Mapping[int, int]) -> list[list[int]]:
    """Every loop of the reporting lines. Each person has one manager at most, so a walk up
    from anyone ends at a root or runs into a loop; each person is walked once (O(n))."""
    done: set[int] = set()
    loops = []
    for start in sorted(manager):
        walk: dict[int, int] = {}  # person → position on this walk
        person = start
        while person in manager and person not in done and person not in walk:
            walk[person] = len(walk)
            person = manager[person]
        if person in walk:  # came back to this walk: the tail from there is a loop
            loops.append(list(walk)[walk[person] :])
        done.update(walk)
    return loops


# -- the org chart --------------------------------------------------------------------------


def org_chart_layout(
    cards: Iterable[Card],
    reports_to: Mapping[int, int],
    *,
    unit_order: Sequence[int] = (),
    h_gap: float = H_GAP,
    v_gap: float = V_GAP,
    tree_gap: float | None = None,
) -> dict[int, Point]:
    """Top-left position of every card as an org chart (see the module docstring).

    ``reports_to`` maps a person to their manager; ``unit_order`` lists org unit ids in the
    order their people should appear (e.g. the account's structure, top-down). ``tree_gap``
    (between trees) defaults to 2 × ``h_gap``. Raises ValueError for a repeated card id.
    """
    by_id = _cards_by_id(cards)
    if not by_id:
        return {}
    key = _sort_key_function(by_id, unit_order)
    manager = _managers(by_id, reports_to, key)
    children: dict[int, list[int]] = defaultdict(list)
    for child, boss in manager.items():
        children[boss].append(child)
    for reports in children.values():
        reports.sort(key=key)
    roots = sorted((p for p in by_id if p not in manager), key=key)
    trees = [p for p in roots if children.get(p)]
    loners = [p for p in roots if not children.get(p)]

    gap_between_trees = 2 * h_gap if tree_gap is None else tree_gap
    positions, forest_width, forest_height = _place_forest(
        trees, children, by_id, h_gap, v_gap, gap_between_trees
    )
    top = forest_height + 2 * v_gap if trees else 0.0
    positions.update(_place_in_rows(loners, by_id, top, forest_width, h_gap, v_gap))
    return positions


def _cards_by_id(cards: Iterable[Card]) -> dict[int, Card]:
    by_id: dict[int, Card] = {}
    for card in cards:
        if card.id in by_id:
            raise ValueError(f"card {card.id} is given twice")
        by_id[card.id] = card
    return by_id


def _top_down(roots: Sequence[int], children: Mapping[int, list[int]]) -> list[tuple[int, int]]:
    """(person, level) for everyone under ``roots``, each manager before their reports."""
    order = []
    stack = [(root, 0) for root in reversed(roots)]
    while stack:
        person, level = stack.pop()
        order.append((person, level))
        stack.extend((child, level + 1) for child in reversed(children.get(person, ())))
    return order


def _measure_subtrees(
    order: Sequence[tuple[int, int]],
    children: Mapping[int, list[int]],
    cards: Mapping[int, Card],
    h_gap: float,
) -> dict[int, _Subtree]:
    """Each subtree's band, bottom-up (reports are measured before their manager)."""
    subtrees: dict[int, _Subtree] = {}
    for person, _level in reversed(order):
        width = cards[person].width
        reports = children.get(person, ())
        if not reports:
            subtrees[person] = _Subtree(width=width)
            continue
        # The reports' bands side by side from 0, then the manager centred over the first and
        # last report's cards; whichever sticks out further left sets the band's left edge.
        first, last = subtrees[reports[0]], subtrees[reports[-1]]
        block = sum(subtrees[c].width for c in reports) + h_gap * (len(reports) - 1)
        first_centre = first.card_left + cards[reports[0]].width / 2
        last_centre = block - last.width + last.card_left + cards[reports[-1]].width / 2
        card_left = (first_centre + last_centre) / 2 - width / 2
        left = min(0.0, card_left)
        right = max(block, card_left + width)
        subtrees[person] = _Subtree(
            width=right - left, card_left=card_left - left, children_left=-left
        )
    return subtrees


def _level_tops(
    order: Sequence[tuple[int, int]], cards: Mapping[int, Card], v_gap: float
) -> list[float]:
    """The y of each level, one more entry than levels (the last one is the forest's bottom)."""
    tallest: dict[int, float] = defaultdict(float)
    for person, level in order:
        tallest[level] = max(tallest[level], cards[person].height)
    tops = [0.0]
    for level in range(len(tallest)):
        tops.append(tops[-1] + tallest[level] + v_gap)
    return tops


def _place_forest(
    trees: Sequence[int],
    children: Mapping[int, list[int]],
    cards: Mapping[int, Card],
    h_gap: float,
    v_gap: float,
    tree_gap: float,
) -> tuple[dict[int, Point], float, float]:
    """Positions of everyone in ``trees``, with the forest's width and height."""
    order = _top_down(trees, children)
    if not order:
        return {}, 0.0, 0.0
    subtrees = _measure_subtrees(order, children, cards, h_gap)
    tops = _level_tops(order, cards, v_gap)
    band_left: dict[int, float] = {}
    cursor = 0.0
    for root in trees:
        band_left[root] = cursor
        cursor += subtrees[root].width + tree_gap
    positions: dict[int, Point] = {}
    for person, level in order:  # managers first, so their band is known before the reports'
        band = subtrees[person]
        positions[person] = (band_left[person] + band.card_left, tops[level])
        child_left = band_left[person] + band.children_left
        for child in children.get(person, ()):
            band_left[child] = child_left
            child_left += subtrees[child].width + h_gap
    return positions, cursor - tree_gap, tops[-1] - v_gap


def _place_in_rows(
    people: Sequence[int],
    cards: Mapping[int, Card],
    top: float,
    min_row_width: float,
    h_gap: float,
    v_gap: float,
) -> dict[int, Point]:
    """Cards in rows from ``top``, left to right, wrapping at the forest's width or at a
    near-square block of them, whichever is wider (a row always takes at least one card)."""
    if not people:
        return {}
    widest = max(cards[p].width for p in people)
    per_row = math.ceil(math.sqrt(len(people)))
    row_width = max(min_row_width, per_row * (widest + h_gap) - h_gap)
    positions: dict[int, Point] = {}
    x, y, row_height = 0.0, top, 0.0
    for person in people:
        card = cards[person]
        if x > 0 and x + card.width > row_width:
            x, y, row_height = 0.0, y + row_height + v_gap, 0.0
        positions[person] = (x, y)
        x += card.width + h_gap
        row_height = max(row_height, card.height)
    return positions


# -- the power/stance grid ------------------------------------------------------------------

STANCE_COLUMNS: tuple[Stance, ...] = (
    Stance.SPONSOR,
    Stance.ALLY,
    Stance.NEUTRAL,
    Stance.RESISTANT,
    Stance.OPPONENT,
)  # left to right, for us → against us
INFLUENCE_ROWS: tuple[int, ...] = (5, 4, 3, 2, 1)  # top to bottom, most influential on top
GRID_GAP = 12.0  # between cards in a cell, and between them and the cell's edges


def grid_cell(stance: Stance, influence: int) -> tuple[int, int]:
    """(column, row) of the grid cell for a stance and an influence 1–5."""
    if influence not in INFLUENCE_ROWS:
        raise ValueError(f"influence must be 1-5, got {influence!r}")
    return STANCE_COLUMNS.index(stance), INFLUENCE_ROWS.index(influence)


def cards_per_row(cell_width: float, card_width: float, gap: float = GRID_GAP) -> int:
    """How many cards fit side by side in a cell, with ``gap`` around each (at least 1)."""
    # The epsilon absorbs rounding, so a cell sized for exactly k cards holds k, not k − 1.
    return max(1, math.floor((cell_width - gap) / (card_width + gap) + 1e-9))


def grid_cell_size(
    most_in_a_cell: int,
    card_width: float,
    card_height: float,
    *,
    gap: float = GRID_GAP,
    min_width: float = 0.0,
    min_height: float = 0.0,
) -> tuple[float, float]:
    """A cell size (all cells alike) that holds ``most_in_a_cell`` cards in a near-square
    block: ⌈√n⌉ columns × ⌈n ÷ columns⌉ rows, each card with ``gap`` around it."""
    columns = max(1, math.ceil(math.sqrt(most_in_a_cell)))
    rows = max(1, math.ceil(most_in_a_cell / columns))
    width = columns * (card_width + gap) + gap
    height = rows * (card_height + gap) + gap
    return max(width, min_width), max(height, min_height)


def grid_position(
    stance: Stance,
    influence: int,
    index: int,
    count: int,
    *,
    cell_width: float,
    cell_height: float,
    card_width: float,
    card_height: float,
    gap: float = GRID_GAP,
) -> Point:
    """Top-left of the ``index``-th of ``count`` cards in the cell of (stance, influence).

    The cell at (column c, row r) spans [c·cell_width, (c+1)·cell_width) × [r·cell_height, …).
    Its cards fill rows of as many as fit (:func:`cards_per_row`), each row centred, from the
    top. Cards never overlap one another; they stay inside the cell when the cell was sized by
    :func:`grid_cell_size` for at least ``count`` cards (use the largest card's size).
    """
    if not 0 <= index < count:
        raise ValueError(f"index {index} is not one of {count} cards")
    column, row = grid_cell(stance, influence)
    per_row = cards_per_row(cell_width, card_width, gap)
    line, place = divmod(index, per_row)
    in_this_line = min(per_row, count - line * per_row)
    line_width = in_this_line * (card_width + gap) - gap
    x = column * cell_width + (cell_width - line_width) / 2 + place * (card_width + gap)
    y = row * cell_height + gap + line * (card_height + gap)
    return x, y


@dataclass(frozen=True)
class GridLayout:
    """The grid's cell size and every card's top-left position."""

    cell_width: float
    cell_height: float
    positions: dict[int, Point]


def grid_layout(
    people: Sequence[tuple[int, Stance, int]],
    card_width: float,
    card_height: float,
    *,
    gap: float = GRID_GAP,
    min_cell_width: float = 0.0,
    min_cell_height: float = 0.0,
) -> GridLayout:
    """The power/stance grid for ``(id, stance, influence)`` people, in the order given within
    each cell (sort them by name first); cells are sized for the most crowded one."""
    cells: dict[tuple[int, int], list[tuple[int, Stance, int]]] = defaultdict(list)
    for person in people:
        cells[grid_cell(person[1], person[2])].append(person)
    most = max((len(members) for members in cells.values()), default=0)
    width, height = grid_cell_size(
        most, card_width, card_height, gap=gap, min_width=min_cell_width, min_height=min_cell_height
    )
    geometry = {
        "cell_width": width,
        "cell_height": height,
        "card_width": card_width,
        "card_height": card_height,
        "gap": gap,
    }
    positions = {
        person_id: grid_position(stance, influence, index, len(members), **geometry)
        for members in cells.values()
        for index, (person_id, stance, influence) in enumerate(members)
    }
    return GridLayout(width, height, positions)
