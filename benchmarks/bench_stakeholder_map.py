"""The stakeholder map of a very large account: opening it and arranging it as an org chart.

    .venv/bin/python benchmarks/bench_stakeholder_map.py [--people 1000] [--links 2000] [--repeat 5]

The account has ``--people`` people in 60 org units (a company, 4 business units, 15
directorates, 40 areas; a third of the areas are target areas), every person but the first
reporting to someone in their unit or the unit above, and further links (influences with a
strength, alliances, rivalries) up to ``--links`` in all. No one has a map position yet.

- Open — ours: ``workspace.set_current_account(account)`` with the Stakeholder map tab shown:
  the map read through the service (people, links, units, coverage, resistance, gap alerts,
  trend), the scene built (a card per person, an item per link, unplaced cards put in a
  grid), fitted in the view and painted. Baseline: the same people and links read with plain
  ``sqlite3`` and drawn as bare ``QGraphicsRectItem`` + ``QGraphicsSimpleTextItem`` per person
  and ``QGraphicsLineItem`` per link in a grid, fitted and painted the same way.
- Auto-layout — ours: the toolbar's "Arrange as org chart" (the org chart computed from
  reports-to and org units, one undoable command that stores every position, the document
  re-read, the cards moved and the links following), painted. Baseline: the bare items moved
  to new positions computed by a plain top-down tree walk, painted.

The goal is absolute (issue 4): open plus auto-layout within 1 second. One unmeasured
warm-up of each first; medians of ``--repeat`` runs; each run opens the account afresh and
starts from no stored positions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _portfolio import (
    PEOPLE_NAMES,
    isolated_environment,
    median_ms,
    print_table,
    ratio,
    verdict,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)
from sqlalchemy import insert, update

from kamdesk.model import Stakeholder, StakeholderLink
from kamdesk.model.enums import BuyingRole, LinkKind, OrgUnitKind, Stance
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.services.stakeholders import OrgUnitData, StakeholderService

GOAL_MS = 1000.0
SEED = 4
UNIT_SHAPE = ((OrgUnitKind.BUSINESS_UNIT, 4), (OrgUnitKind.DIRECTORATE, 15), (OrgUnitKind.AREA, 40))
CARD_W, CARD_H, GAP = 180.0, 64.0, 24.0


# -- the account -------------------------------------------------------------------------------


def build_account(path: Path, people: int, links: int) -> int:
    """A portfolio at ``path`` with one big account; returns the account's id."""
    portfolio = create_portfolio(path)
    try:
        account = AccountService(portfolio).create(AccountData(name="Conglomerado Exemplo S.A."))
        units = _units(StakeholderService(portfolio), account)
        rng = random.Random(SEED)
        person_rows, unit_of = _people(rng, account, units, people)
        link_rows = _links(rng, account, unit_of, units, links)
        with portfolio.engine.begin() as connection:
            connection.execute(insert(Stakeholder), person_rows)
            connection.execute(insert(StakeholderLink), link_rows)
        return account
    finally:
        portfolio.close()


def _units(service: StakeholderService, account: int) -> dict[int, int | None]:
    """The org-unit tree; returns {unit id: parent id}."""
    top = service.create_unit(account, OrgUnitData("Conglomerado", OrgUnitKind.COMPANY))
    parent_of: dict[int, int | None] = {top: None}
    level = [top]
    for kind, count in UNIT_SHAPE:
        made = []
        for n in range(count):
            parent = level[n % len(level)]
            is_target = kind is OrgUnitKind.AREA and n % 3 == 0
            data = OrgUnitData(f"{kind.value} {n + 1}", kind, parent, is_target)
            unit = service.create_unit(account, data)
            parent_of[unit] = parent
            made.append(unit)
        level = made
    return parent_of


def _people(rng: random.Random, account: int, units: dict, count: int):
    unit_ids = list(units)
    rows, unit_of = [], {}
    for person_id in range(1, count + 1):
        first, last = PEOPLE_NAMES[person_id % len(PEOPLE_NAMES)]
        unit = unit_ids[0] if person_id == 1 else rng.choice(unit_ids)
        unit_of[person_id] = unit
        rows.append(
            {
                "id": person_id,
                "account_id": account,
                "org_unit_id": unit,
                "name": f"{first} {last} {person_id}",
                "job_title": "Diretor" if person_id % 7 == 0 else "Gerente",
                "buying_role": rng.choice((None, *BuyingRole)),
                "influence": rng.randint(1, 5),
                "stance": rng.choice(list(Stance)),
                "relationship_strength": rng.randint(1, 5),
            }
        )
    return rows, unit_of


def _links(rng: random.Random, account: int, unit_of: dict, units: dict, count: int):
    """A reporting tree (a manager in the same unit or the one above, always an earlier
    person, so no circles), then other links between distinct, unlinked pairs."""
    people = sorted(unit_of)
    earlier_in: dict[int, list[int]] = {}
    rows, pairs = [], set()

    def add(source: int, target: int, kind: LinkKind) -> None:
        strength = rng.randint(1, 3) if kind is LinkKind.INFLUENCES else None
        row = {"account_id": account, "source_id": source, "target_id": target}
        rows.append({**row, "kind": kind, "strength": strength})
        pairs.add(frozenset((source, target)))

    for person in people:
        unit = unit_of[person]
        candidates = earlier_in.get(unit) or earlier_in.get(units[unit]) or people[:1]
        if person != people[0]:
            add(person, rng.choice(candidates[-20:]), LinkKind.REPORTS_TO)
        earlier_in.setdefault(unit, []).append(person)
    others = (LinkKind.INFLUENCES, LinkKind.ALLIANCE, LinkKind.RIVALRY)
    while len(rows) < count:
        source, target = rng.sample(people, 2)
        if frozenset((source, target)) not in pairs:
            add(source, target, rng.choice(others))
    return rows


# -- ours --------------------------------------------------------------------------------------


class OurMap:
    def __init__(self, path: Path, account: int):
        from kamdesk.ui.stakeholder_map.tab import StakeholderMapTab
        from kamdesk.ui.workspace import Workspace

        self.path, self.account = path, account
        self.portfolio = open_portfolio(path)
        self.workspace = Workspace(self.portfolio)
        self.tab = StakeholderMapTab(self.workspace)
        self.tab.resize(1600, 900)
        self.tab.show()
        QApplication.processEvents()

    def reset(self) -> None:
        self.workspace.set_current_account(None)
        self.workspace.undo_stack.clear()
        with self.portfolio.engine.begin() as connection:
            connection.execute(update(Stakeholder).values(map_x=None, map_y=None))
        QApplication.processEvents()

    def open(self) -> None:
        self.workspace.set_current_account(self.account)
        self.tab.view.viewport().repaint()

    def auto_layout(self) -> None:
        self.tab.auto_layout()
        self.tab.view.viewport().repaint()

    def close(self) -> None:
        self.tab.close()
        self.tab.deleteLater()
        QApplication.processEvents()
        self.portfolio.close()


# -- the baseline ------------------------------------------------------------------------------


class BareMap:
    def __init__(self, path: Path, account: int):
        self.path, self.account = path, account
        self.scene = QGraphicsScene()
        self.view = QGraphicsView(self.scene)
        self.view.resize(1600, 900)
        self.view.show()
        self.rects: dict[int, QGraphicsRectItem] = {}
        self.lines: list[tuple[QGraphicsLineItem, int, int]] = []
        self.manager: dict[int, int] = {}
        QApplication.processEvents()

    def reset(self) -> None:
        self.scene.clear()
        self.rects.clear()
        self.lines.clear()
        QApplication.processEvents()

    def open(self) -> None:
        connection = sqlite3.connect(self.path)
        try:
            people = connection.execute(
                "SELECT id, name, job_title FROM stakeholder WHERE account_id = ? ORDER BY name",
                (self.account,),
            ).fetchall()
            links = connection.execute(
                "SELECT source_id, target_id, kind FROM stakeholder_link WHERE account_id = ?",
                (self.account,),
            ).fetchall()
        finally:
            connection.close()
        columns = 32
        for n, (person_id, name, title) in enumerate(people):
            rect = QGraphicsRectItem(QRectF(0, 0, CARD_W, CARD_H))
            text = QGraphicsSimpleTextItem(f"{name}\n{title}", rect)
            text.setPos(8, 8)
            row, column = divmod(n, columns)
            rect.setPos(column * (CARD_W + GAP), row * (CARD_H + GAP))
            self.scene.addItem(rect)
            self.rects[person_id] = rect
        pen = QPen(Qt.GlobalColor.darkGray)
        for source, target, kind in links:
            line = QGraphicsLineItem()
            line.setPen(pen)
            self.scene.addItem(line)
            self.lines.append((line, source, target))
            if kind == LinkKind.REPORTS_TO.value:
                self.manager[source] = target
        self._follow_lines()
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.viewport().repaint()

    def auto_layout(self) -> None:
        """Levels by reporting depth, cards side by side within a level."""
        depth: dict[int, int] = {}

        def level(person: int) -> int:
            if person not in depth:
                boss = self.manager.get(person)
                depth[person] = 0 if boss is None else level(boss) + 1
            return depth[person]

        placed: dict[int, int] = {}
        for person, rect in self.rects.items():
            row = level(person)
            column = placed.get(row, 0)
            placed[row] = column + 1
            rect.setPos(column * (CARD_W + GAP), row * (CARD_H + 56.0))
        self._follow_lines()
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.viewport().repaint()

    def _follow_lines(self) -> None:
        for line, source, target in self.lines:
            a, b = self.rects[source].sceneBoundingRect(), self.rects[target].sceneBoundingRect()
            line.setLine(a.center().x(), a.center().y(), b.center().x(), b.center().y())

    def close(self) -> None:
        self.view.close()


# -- running -----------------------------------------------------------------------------------


def measure(side, repeat: int) -> tuple[float, float]:
    """Median open and auto-layout times of ``side`` (one warm-up run first)."""
    opens, layouts = [], []
    for run in range(repeat + 1):
        side.reset()
        open_ms = median_ms(side.open, 1)
        layout_ms = median_ms(side.auto_layout, 1)
        if run:
            opens.append(open_ms)
            layouts.append(layout_ms)
    return sorted(opens)[len(opens) // 2], sorted(layouts)[len(layouts) // 2]


def profile(ours: OurMap) -> None:
    for title, action in (("open", ours.open), ("arrange as org chart", ours.auto_layout)):
        if title == "open":
            ours.reset()
        profiler = cProfile.Profile()
        profiler.runcall(action)
        print(f"\n=== profile of {title}, sorted by cumulative ===")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def run(folder: Path, args: argparse.Namespace) -> None:
    with isolated_environment(folder):
        app = QApplication.instance() or QApplication([])
        path = folder / "map.kamdesk"
        account = build_account(path, args.people, max(args.links, args.people - 1))
        print(
            f"Stakeholder map: {args.people:,} people, {args.links:,} links, "
            f"median of {args.repeat} run(s)"
        )
        ours = OurMap(path, account)
        our_open, our_layout = measure(ours, args.repeat)
        if args.profile:
            profile(ours)
        ours.close()
        bare = BareMap(path, account)
        bare_open, bare_layout = measure(bare, args.repeat)
        bare.close()
        total, bare_total = our_open + our_layout, bare_open + bare_layout
        met = total <= GOAL_MS
        print_table(
            "Stakeholder map (ours vs bare QGraphicsScene items)",
            [
                ("open the account's map", our_open, bare_open, "report only", None),
                ("arrange as org chart", our_layout, bare_layout, "report only", None),
                ("open + arrange", total, bare_total, "≤ 1000 ms", met),
            ],
        )
        print(
            f"\nratio open + arrange: {ratio(total, bare_total):.2f}× the bare scene; "
            f"{total:.0f} ms (goal ≤ {GOAL_MS:.0f} ms): {verdict(met)}"
        )
        del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="add cProfiles of our side")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-map-") as folder:
        run(Path(folder), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
