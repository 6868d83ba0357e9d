"""Bulk inserts as plain DBAPI ``executemany``, storing exactly what SQLAlchemy would store;
and bulk reads turned into model values a column at a time, as SQLAlchemy would make them.

Through SQLAlchemy, an executemany of dicts costs as much again as SQLite's own work: for
every row it builds the parameters and calls each type's bind processor. Here SQLAlchemy
compiles the statement once (its SQL, with every column that has a Python-side default), the
values are converted a column at a time by the very bind processors SQLAlchemy would call,
and the rows go to the session's own connection as tuples: same transaction, same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Table, insert
from sqlalchemy.engine import Connection, Dialect

from kamdesk.model.base import EnumText

# Types whose equal values are stored alike, and that repeat down a column (enum members,
# months, yes/no, strategy lists, a batch's creation time): converted once per distinct value.
# Not floats (-0.0 and 0.0 are equal but stored apart) nor Decimals (too many distinct amounts
# to gain anything).
_REPEATING_TYPES = (EnumText, Date, DateTime, Boolean, JSON)

Processor = Callable[[object], object]


class BulkInserts:
    """Inserts rows given column by column into any table, compiling each statement once."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self._statements: dict[tuple, BulkInsert] = {}

    def insert(self, table: Table, columns: dict[str, Sequence]) -> None:
        """Inserts the rows whose values ``columns`` holds by column key, one list each
        (values as the model takes them: enum members, dates, Decimals, ...)."""
        keys = tuple(columns)
        statement = self._statements.get((table.name, keys))
        if statement is None:
            statement = BulkInsert(self.connection, table, keys)
            self._statements[table.name, keys] = statement
        statement.execute(list(columns.values()))


class BulkInsert:
    """``INSERT INTO table (columns)`` for rows given column by column."""

    def __init__(self, connection: Connection, table: Table, keys: Sequence[str]):
        self.connection = connection
        given = set(keys)
        self.defaults = [c for c in table.columns if c.default is not None and c.key not in given]
        names = [*keys, *(c.key for c in self.defaults)]
        dialect = connection.dialect
        if not dialect.positional:  # psycopg's placeholders are named: compile "%s" ones
            dialect = type(dialect)(paramstyle="format")
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        if sorted(compiled.positiontup or ()) != sorted(names):
            raise ValueError(f"cannot insert into {table.name} by position: {compiled.string}")
        self.sql = compiled.string
        self.order = [names.index(name) for name in compiled.positiontup]
        self.converters = [_converter(table.c[name], connection) for name in compiled.positiontup]

    def execute(self, columns: Sequence[Sequence[object]]) -> None:
        """Inserts the rows whose values are ``columns``, one list per key, in the keys' order."""
        count = len(columns[0]) if columns else 0
        if not count:
            return
        every = [*columns, *(self._default_column(c, count) for c in self.defaults)]
        converted = [
            convert(every[index])
            for index, convert in zip(self.order, self.converters, strict=True)
        ]
        self.connection.exec_driver_sql(self.sql, list(zip(*converted, strict=True)))

    @staticmethod
    def _default_column(column: Column, count: int) -> list:
        """The column's Python-side default, worked out once for the whole batch (a callable
        one, such as a creation time, is the same moment for every row of the batch)."""
        default = column.default
        value = default.arg if default.is_scalar else default.arg(None)
        return [value] * count


def _converter(column: Column, connection: Connection) -> Callable[[Sequence], Sequence]:
    """What turns a column of model values into what SQLAlchemy hands the driver."""
    dialect = connection.dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _as_they_are
    if isinstance(column.type, _REPEATING_TYPES):
        return lambda values: _each_distinct_once(process, values)
    return lambda values: list(map(process, values))


def stored_to_model(
    column: Column, dialect: Dialect, then: Processor | None = None, type_code: object = None
) -> Callable[[Sequence], Sequence]:
    """What turns a column of values as the driver returns them into the model's values (by
    the result processor SQLAlchemy would call), each then passed to ``then`` if given.
    ``type_code`` is the driver's (the cursor description's): PostgreSQL's needs it."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, type_code)
    if process is None and then is None:
        return _as_they_are
    if process is None or then is None:
        each = process or then
    else:
        each = lambda value: then(process(value))  # noqa: E731
    if isinstance(column.type, _REPEATING_TYPES):
        return lambda values: _each_distinct_once(each, values)
    return lambda values: list(map(each, values))


def _as_they_are(values: Sequence) -> Sequence:
    return values


def _each_distinct_once(process: Processor, values: Sequence) -> list:
    """``process`` of each value, worked out once per distinct value; lists (JSON) come as
    tuples, which can be hashed, and are processed as the lists they stand for."""
    try:
        distinct = set(values)
    except TypeError:  # JSON read from PostgreSQL: its driver has already parsed the lists
        return list(map(process, values))
    converted = {
        value: process(list(value) if type(value) is tuple else value) for value in distinct
    }
    return list(map(converted.__getitem__, values))
