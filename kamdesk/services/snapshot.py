"""Take out and put back a whole aggregate (an account and everything that hangs off it).

Deleting an account must be undoable exactly, with every dependant row and the same ids. This
walks the foreign keys of the metadata, so entities added by later features are included
without anyone having to remember to list them here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, insert, or_, select, text
from sqlalchemy.orm import Session

from kamdesk.model import Base


@dataclass(frozen=True)
class AggregateSnapshot:
    root_table: str
    root_ids: tuple[int, ...]
    rows: dict[str, list[dict]]  # table name → rows as column dicts, in dependency order

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))


def _references(table: Table, captured: dict[str, set[int]]) -> list:
    """Conditions selecting rows of ``table`` that point at rows already captured."""
    conditions = []
    for fk in table.foreign_keys:
        target = fk.column.table.name
        if target in captured and fk.parent.table is table and captured[target]:
            conditions.append(fk.parent.in_(captured[target]))
    return conditions


def take_snapshot(session: Session, root: Table, ids: list[int]) -> AggregateSnapshot:
    captured: dict[str, set[int]] = {root.name: set(ids)}
    rows: dict[str, list[dict]] = {
        root.name: [
            dict(r._mapping) for r in session.execute(select(root).where(root.c.id.in_(ids)))
        ]
    }
    # Repeat until nothing new is found: self-references and chains of any depth are covered.
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table is root:
                continue
            conditions = _references(table, captured)
            if not conditions:
                continue
            found = session.execute(select(table).where(or_(*conditions)))
            known = rows.setdefault(table.name, [])
            seen = {_row_key(r) for r in known}
            new = [dict(r._mapping) for r in found if _row_key(r._mapping) not in seen]
            if new:
                known.extend(new)
                changed = True
                if "id" in table.c:
                    captured.setdefault(table.name, set()).update(r["id"] for r in new)
    ordered = {t.name: rows[t.name] for t in Base.metadata.sorted_tables if rows.get(t.name)}
    return AggregateSnapshot(root.name, tuple(ids), ordered)


def _row_key(row) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in dict(row).items()))


def delete_aggregate(session: Session, root: Table, ids: list[int]) -> None:
    """Deletes the roots; ON DELETE CASCADE removes the dependants."""
    session.execute(delete(root).where(root.c.id.in_(ids)))


def restore_snapshot(session: Session, snapshot: AggregateSnapshot) -> None:
    """Puts every row back with its original id (parents first, checks at commit)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
    for name, table_rows in snapshot.rows.items():
        session.execute(insert(Base.metadata.tables[name]), table_rows)
