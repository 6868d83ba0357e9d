"""Small pieces the services share to edit a row field by field and undo it exactly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import bindparam
from sqlalchemy.orm import Session


def check_fields(changes: Mapping[str, object], names: tuple[str, ...], what: str) -> None:
    """A change naming a field the record does not have is a bug in the caller, not bad input."""
    unknown = set(changes) - set(names)
    if unknown:
        raise ValueError(f"not a {what} field: {sorted(unknown)}")


def values_of(data, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(data, name) for name in names}


def apply_values(row, values: Mapping[str, object]) -> dict[str, object]:
    """Sets ``values`` on ``row``; returns the columns that changed, as they were (what undoes
    the edit)."""
    previous = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            previous[name] = old
            setattr(row, name, value)
    return previous


def update_by_id(session: Session, model, rows: Iterable[Mapping[str, object]]) -> None:
    """Bulk UPDATE of ``model``'s table by id, one executemany per set of columns written.

    Through the table rather than the ORM, whose bulk update wants every row's version for a
    versioned record: these are the app's own bulk writes (import, ordering, layout) that
    follow no one's screen; on a server the triggers still count the versions.
    """
    table = model.__table__
    by_columns: dict[tuple[str, ...], list[Mapping[str, object]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(sorted(key for key in row if key != "id"))].append(row)
    statement = table.update().where(table.c.id == bindparam("row_id"))
    for columns, same in by_columns.items():
        if columns:
            parameters = [{"row_id": row["id"], **{c: row[c] for c in columns}} for row in same]
            session.execute(statement, parameters)
