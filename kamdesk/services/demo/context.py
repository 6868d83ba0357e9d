"""The demo being built: its rows in memory, the one random source and the helpers every part
uses.

Each part of the demo (accounts, people, pipeline, …) is a set of functions taking the
:class:`DemoContext`. They all draw from its single ``random.Random``, so the order in which the
coordinator calls them is the order of the draws, and that order is what makes a seed always
give the same database.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table

from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    IcpRating,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Setting,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.services.demo.words import Pair, vocabulary

Row = dict[str, Any]

# Summary key and table, in insertion order (parents before children).
TABLES: tuple[tuple[str, Table], ...] = (
    ("accounts", Account.__table__),
    ("icp_ratings", IcpRating.__table__),
    ("org_units", OrgUnit.__table__),
    ("stakeholders", Stakeholder.__table__),
    ("stakeholder_links", StakeholderLink.__table__),
    ("products", Product.__table__),
    ("opportunities", Opportunity.__table__),
    ("opportunity_history", OpportunityHistory.__table__),
    ("forecast_targets", ForecastTarget.__table__),
    ("forecast_snapshots", ForecastSnapshot.__table__),
    ("forecast_snapshot_lines", ForecastSnapshotLine.__table__),
    ("revenue_records", RevenueRecord.__table__),
    ("survey_responses", SurveyResponse.__table__),
    ("risks", Risk.__table__),
    ("actions", Action.__table__),
    ("objectives", Objective.__table__),
    ("key_results", KeyResult.__table__),
    ("check_ins", CheckIn.__table__),
    ("reviews", Review.__table__),
    ("interactions", Interaction.__table__),
    ("interaction_stakeholders", interaction_stakeholder),
    ("settings", Setting.__table__),
)


class DemoContext:
    """The state every part of the demo shares: the random source, the language and day, the
    rows built so far (by :data:`TABLES` key) and the portfolio-wide facts (owners, products,
    the new file's ICP criteria and pipeline stages)."""

    def __init__(
        self,
        rng: random.Random,
        language: str,
        today: dt.date,
        criteria: list[tuple[int, str]],
        stages: dict[str, tuple[int, int]],
    ):
        self.rng = rng
        self.vocab = vocabulary()
        self.pt = language.lower().startswith("pt")
        self.language = language
        self.today = today
        self.this_month = today.replace(day=1)
        self.criteria = criteria  # (id, key) in position order
        self.stages = stages  # stage key → (id, default probability)
        self.rows: dict[str, list[Row]] = {key: [] for key, _ in TABLES}
        self.kams: list[str] = []  # the key account managers; the first owns the most accounts
        self.products: list[tuple[int, str]] = []  # (id, name) of the product catalogue
        self._last_ids: dict[str, int] = defaultdict(int)
        self._unshown: dict[str, list] = {}  # by topic: the options not shown yet
        # Names the seed without drawing from ``rng`` (see :meth:`side_random`).
        self._seed_mark = rng.getstate()[1][:4]

    # -- rows -----------------------------------------------------------------------------

    def add(self, key: str, row: Row) -> Row:
        self.rows[key].append(row)
        return row

    def new_id(self, key: str) -> int:
        """The next id of the table; ids are explicit so the database never chooses them."""
        self._last_ids[key] += 1
        return self._last_ids[key]

    def t(self, pair: Pair) -> str:
        """The text in the demo's language."""
        return pair[0] if self.pt else pair[1]

    # -- random choices -------------------------------------------------------------------

    def weighted(self, options: Sequence, weights: Sequence[float]):
        return self.rng.choices(options, weights)[0]

    def pick(self, topic: str, options: Sequence, weights: Sequence[float] | None = None):
        """A weighted choice, except that each option of ``topic`` comes once first, so even
        a small demo shows every value."""
        unshown = self.next_unshown(topic, options)
        if unshown is not None:
            return unshown
        return self.rng.choices(options, weights)[0]

    def next_unshown(self, topic: str, options: Sequence):
        """The first option of ``topic`` not shown yet (None once all have been), now shown.
        Draws nothing from the random source."""
        unshown = self._unshown.setdefault(topic, list(options))
        return unshown.pop(0) if unshown else None

    def once(self, topic: str) -> bool:
        """True the first time it is asked about ``topic``."""
        return self.next_unshown(topic, (True,)) is not None

    def distinct(self, topic: str, options: Sequence, count: int) -> list:
        """``count`` different options, those the demo has not shown yet first."""
        unshown = self._unshown.setdefault(topic, list(options))
        chosen = unshown[:count]
        del unshown[:count]
        rest = [o for o in options if o not in chosen]
        return chosen + self.rng.sample(rest, count - len(chosen))

    def side_random(self, topic: str, key: object) -> random.Random:
        """A random source of its own for ``topic`` and ``key`` (an account id, ...), fixed by
        the seed. Parts added to the demo later draw from these rather than from ``rng``, so
        every value drawn before stays as it was."""
        return random.Random(f"{topic}|{key}|{self._seed_mark}")

    # -- dates ----------------------------------------------------------------------------

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def at_work(self, day: dt.date) -> dt.datetime:
        """A moment of the working day ``day``."""
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 18), self.rng.randrange(60)))
