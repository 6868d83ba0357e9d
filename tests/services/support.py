"""Helpers for service tests: the whole database as rows, and refusals that write nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kamdesk.model import Base
from kamdesk.services.problems import ValidationError

# Who wrote a record last and how often: an undo is a new write, so these move on.
BOOKKEEPING = {"version", "changed_by", "changed_at"}


def all_rows(portfolio) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), without the bookkeeping columns."""
    with portfolio.engine.connect() as connection:
        return {
            t.name: sorted(map(tuple, connection.execute(select(*content_columns(t)))), key=repr)
            for t in Base.metadata.sorted_tables
        }


def content_columns(table) -> list:
    return [column for column in table.columns if column.name not in BOOKKEEPING]


def refused(portfolio, call, *args, **kwargs) -> ValidationError:
    """Calls ``call``, which must refuse with ValidationError and leave every row as it was."""
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    assert all_rows(portfolio) == before
    return error.value


def only(error: ValidationError):
    assert len(error.problems) == 1, error.problems
    return error.problems[0]
