"""Small pieces the services share to edit a row field by field and undo it exactly."""

from __future__ import annotations

from collections.abc import Mapping


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
