"""Two people editing the same record never overwrite each other unseen (team mode, issue 9).

A client remembers what its views have seen as a server snapshot (``pg_current_snapshot()``,
taken by :meth:`ServerPortfolio.mark_seen` whenever the views read again). Before a save
writes a record, the change log (filled by the server's triggers, with the server's
transaction ids) tells whether someone else wrote that record in a transaction the snapshot
did not see; if so the save stops with :class:`EditConflict`, which names who, when, and each
field's value now and the value the user wanted. Nothing was written; the user chooses, and
"save mine" runs the same save again under :meth:`ServerPortfolio.overwriting`.

The ``version`` column closes the gap between reading a record and writing it within one save
(SQLAlchemy updates ``WHERE version = <read>``): a save that loses that race is refused too.

In a file, which one person has open, the session only notes who changed a record and when.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

SEEN = "kamdesk_seen_snapshot"  # session.info key: the snapshot the user's views show
USER = "kamdesk_user"
SERVER = "kamdesk_server"  # session.info key: the portfolio is on a team server

# The newest write to a record by someone else that the client's snapshot did not include.
UNSEEN_WRITE = text(
    "SELECT c.changed_by, coalesce(nullif(m.display_name, ''), c.changed_by), c.changed_at"
    " FROM change_log c LEFT JOIN team_member m ON m.login = c.changed_by"
    " WHERE c.table_name = :table AND c.record_id = :record_id"
    " AND c.changed_by <> session_user AND c.transaction_id IS NOT NULL"
    " AND NOT pg_visible_in_snapshot(c.transaction_id::text::xid8, CAST(:seen AS pg_snapshot))"
    " ORDER BY c.id DESC LIMIT 1"
)


@dataclass(frozen=True)
class Clash:
    """One field of the record: its value in the database now, and the one being saved."""

    field: str
    theirs: object
    mine: object


class NotEditable(Exception):
    """The server's row-level security lets the user read the record but not change it."""

    def __init__(self, table: str, record_id: int):
        self.table, self.record_id = table, record_id
        super().__init__(f"{table} {record_id} may not be changed by you")


class EditConflict(Exception):
    """Someone else changed the record after the user's screen showed it; nothing was saved."""

    def __init__(
        self,
        table: str,
        record_id: int,
        changed_by: str,
        changed_at: dt.datetime | None,
        clashes: tuple[Clash, ...],
    ):
        self.table = table
        self.record_id = record_id
        self.changed_by = changed_by  # the display name when the team knows one
        self.changed_at = changed_at  # UTC, naive; None when not known
        self.clashes = clashes
        record = f"{table} {record_id}" if table else "a record"
        when = f" at {changed_at:%H:%M} UTC" if changed_at else ""
        fields = f" ({', '.join(clash.field for clash in clashes)})" if clashes else ""
        super().__init__(
            f"{record} was changed by {changed_by or 'someone else'}{when} since you opened it"
            f"{fields}; nothing was saved"
        )


def track_changes(sessions: sessionmaker) -> None:
    """Makes every session of ``sessions`` note writers and refuse unseen overwrites."""
    event.listen(sessions, "before_flush", _before_flush)


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (some services, containers)
        return ""


def _tracked(record) -> bool:
    """A record with a version column (the models' ``Tracked`` records; the store does not
    import the models)."""
    return inspect(record).mapper.version_id_col is not None


def _before_flush(session: Session, _context, _instances) -> None:
    seen = session.info.get(SEEN)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for record in session.dirty:
        if not _tracked(record) or not session.is_modified(record):
            continue
        if session.info.get(SERVER):
            _lock_if_editable(session, record)
        if seen is not None:
            _refuse_unseen_write(session, record, seen)
        _stamp(session, record, now)
    for record in session.new:
        if _tracked(record):
            _stamp(session, record, now)


def _stamp(session: Session, record, now: dt.datetime) -> None:
    # On a server the triggers overwrite both with the server's own values.
    record.changed_by = session.info.get(USER, "")
    record.changed_at = now


def _lock_if_editable(session: Session, record) -> None:
    """Locks the record's row until the save ends. Row-level security hides a row from a
    locking read when the user may read but not change it, and an UPDATE would then quietly
    change nothing: say so instead."""
    table = inspect(record).mapper.local_table
    locked = session.execute(
        table.select()
        .with_only_columns(table.c.id)
        .where(table.c.id == record.id)
        # NO KEY UPDATE, as the UPDATE itself: it does not wait on the key-share locks other
        # saves' foreign keys hold on this row (adding an interaction with this person).
        .with_for_update(key_share=True)
    ).first()
    if locked is None:
        raise NotEditable(table.name, record.id)


def _refuse_unseen_write(session: Session, record, seen: str) -> None:
    state = inspect(record)
    table = state.mapper.local_table.name
    found = session.execute(
        UNSEEN_WRITE, {"table": table, "record_id": record.id, "seen": seen}
    ).first()
    if found is None:
        return
    _login, name, when = found
    raise EditConflict(table, record.id, name, when, tuple(_clashes(state)))


def _clashes(state) -> list[Clash]:
    """Each column being saved: its value now (as this session read it) and the new one."""
    clashes = []
    for attribute in state.mapper.column_attrs:
        history = state.attrs[attribute.key].history
        if not history.added or attribute.key in ("version", "changed_by", "changed_at"):
            continue
        theirs = (history.deleted or history.unchanged or [None])[0]
        clashes.append(Clash(attribute.key, theirs, history.added[0]))
    return clashes
