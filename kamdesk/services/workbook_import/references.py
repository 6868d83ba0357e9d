"""Finding the record a reference names: first among the workbook's rows (new ones included),
then among the portfolio's other records.

An index holds a sheet's records as they will be after the import: rows of the workbook under
the names they are given there, records the workbook does not mention under their stored
names. References by name are case- and accent-insensitive. When a name fits several records
and the row's record already points at one of them, that one is kept (key results that share
a title under different objectives are told apart this way); otherwise it is an error.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kamdesk.services.workbook_import.canonical import folded
from kamdesk.services.workbook_import.plan import Pending

Identity = int | Pending


@dataclass(frozen=True)
class Target:
    identity: Identity
    name: str  # as written (workbook) or stored (portfolio)
    account: Identity | None
    row: int | None  # the workbook row, None for a record only in the portfolio
    doomed: bool = False  # to be deleted as missing from the workbook
    parent: Identity | None = None  # the record it hangs under (a key result's objective)


@dataclass(frozen=True)
class Found:
    """The outcome of a lookup: ``target``, or why there is none."""

    target: Target | None = None
    missing: bool = False
    ambiguous: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Narrowing:
    """What a row's context columns say about the record a reference names: its account
    (``portfolio_first`` when the Account cell is blank: prefer the whole portfolio's
    records) or its parent record."""

    account: Identity | None = None
    portfolio_first: bool = False
    parent: Identity | None = None

    def apply(self, candidates: list[Target]) -> list[Target]:
        if self.account is not None:
            candidates = [t for t in candidates if t.account == self.account]
        if self.parent is not None:
            candidates = [t for t in candidates if t.parent == self.parent]
        return candidates


class SheetIndex:
    def __init__(self, targets: list[Target]):
        self.by_name: dict[str, list[Target]] = defaultdict(list)
        self.by_account_name: dict[tuple, list[Target]] = defaultdict(list)
        for target in targets:
            key = folded(target.name)
            self.by_name[key].append(target)
            self.by_account_name[(target.account, key)].append(target)

    def find(
        self,
        name: str,
        account: Identity | None,
        within_account: bool,
        current: Identity | None,
        narrowing: Narrowing | None = None,
    ) -> Found:
        key = folded(name)
        if within_account:
            candidates = self.by_account_name.get((account, key), [])
        else:
            candidates = self.by_name.get(key, [])
        if narrowing is not None:
            candidates = narrowing.apply(candidates)
        if not candidates:
            return Found(missing=True)
        in_workbook = [t for t in candidates if t.row is not None]
        preferred = in_workbook or candidates
        if len(preferred) > 1 and narrowing is not None and narrowing.portfolio_first:
            preferred = [t for t in preferred if t.account is None] or preferred
        if len(preferred) == 1:
            return Found(preferred[0])
        kept = [t for t in preferred if t.identity == current]
        if current is not None and len(kept) == 1:
            return Found(kept[0])
        return Found(ambiguous=tuple(preferred))


SHOWN_CANDIDATES = 5


def where_found(targets: tuple[Target, ...]) -> str:
    """``rows 4, 9`` or ``ids 12, 40``: where the KAM can see the candidates (the first few)."""
    rows = [str(t.row) for t in targets if t.row is not None]
    places = ("rows", rows) if rows else ("ids", [str(t.identity) for t in targets])
    label, shown = places[0], places[1][:SHOWN_CANDIDATES]
    more = len(places[1]) - len(shown)
    return f"{label} {', '.join(shown)}" + (f" and {more} more" if more else "")
