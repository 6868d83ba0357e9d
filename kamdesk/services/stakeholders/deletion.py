"""Exact undo of deleting people, links or org units.

:mod:`kamdesk.services.snapshot` takes out a whole account, where every dependant goes with
it. Here the rows deleted are in the middle of the account: some rows pointing at them are
deleted too (ON DELETE CASCADE: a person's links and interaction attendances) and others stay
with the reference cleared (ON DELETE SET NULL: the people of a deleted unit, a survey answered
by a deleted person). Undo re-inserts the first kind and writes the second back as it was, so
the portfolio is row for row what it was, ids included. Both sets come from walking the
metadata's foreign keys, so tables added later are covered without being listed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, and_, delete, or_, select, update
from sqlalchemy.orm import Session

from kamdesk.model import Base
from kamdesk.services.snapshot import AggregateSnapshot, restore_snapshot


@dataclass(frozen=True)
class DeletionSnapshot(AggregateSnapshot):
    """``rows``: what the delete removed; ``kept_rows``: rows it only changed, as they were."""

    kept_rows: dict[str, list[dict]] = field(default_factory=dict)


def _primary_key(table: Table, row) -> tuple:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _pointing_at(table: Table, removed_ids: dict[str, set[int]], on_delete: str) -> list:
    """Conditions selecting rows of ``table`` whose foreign keys with ``on_delete`` point at
    removed rows."""
    return [
        fk.parent.in_(removed_ids[fk.column.table.name])
        for fk in table.foreign_keys
        if (fk.ondelete or "").upper() == on_delete and removed_ids.get(fk.column.table.name)
    ]


def _collect(session: Session, table: Table, conditions: list, into: dict[tuple, dict]) -> bool:
    """Adds the rows matching any of ``conditions`` to ``into`` (by primary key); True if new."""
    grew = False
    for row in session.execute(select(table).where(or_(*conditions))).mappings():
        key = _primary_key(table, row)
        if key not in into:
            into[key] = dict(row)
            grew = True
    return grew


def take_deletion_snapshot(session: Session, root: Table, ids: list[int]) -> DeletionSnapshot:
    """Everything deleting the ``root`` rows with ``ids`` will remove or change, as it is now."""
    removed: dict[str, dict[tuple, dict]] = {root.name: {}}
    removed_ids: dict[str, set[int]] = {root.name: set(ids)}
    _collect(session, root, [root.c.id.in_(ids)], removed[root.name])
    # Cascades of cascades, until nothing new turns up.
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            conditions = _pointing_at(table, removed_ids, "CASCADE")
            if conditions and _collect(
                session, table, conditions, removed.setdefault(table.name, {})
            ):
                grew = True
                if "id" in table.c:
                    removed_ids.setdefault(table.name, set()).update(
                        row["id"] for row in removed[table.name].values()
                    )
    kept: dict[str, list[dict]] = {}
    for table in Base.metadata.sorted_tables:
        conditions = _pointing_at(table, removed_ids, "SET NULL")
        if not conditions:
            continue
        found: dict[tuple, dict] = {}
        _collect(session, table, conditions, found)
        gone = removed.get(table.name, {})
        kept_here = [row for key, row in found.items() if key not in gone]
        if kept_here:
            kept[table.name] = kept_here
    ordered = {
        t.name: list(removed[t.name].values())
        for t in Base.metadata.sorted_tables
        if removed.get(t.name)
    }
    return DeletionSnapshot(root.name, tuple(ids), ordered, kept)


def delete_rows(session: Session, root: Table, ids: list[int]) -> None:
    """Deletes the roots; the database's ON DELETE rules do the rest."""
    session.execute(delete(root).where(root.c.id.in_(ids)))


def restore_deletion(session: Session, snapshot: DeletionSnapshot) -> None:
    """Re-inserts what was removed (same ids) and writes back what was changed."""
    restore_snapshot(session, snapshot)
    for name, rows in snapshot.kept_rows.items():
        table = Base.metadata.tables[name]
        for row in rows:
            same_row = and_(*(c == row[c.name] for c in table.primary_key.columns))
            session.execute(update(table).where(same_row).values(row))
