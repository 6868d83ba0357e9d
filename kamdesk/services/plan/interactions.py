"""The interaction log (issue 6 §6): meetings, calls, emails and visits with the people of an
account, and what they do to each person's last contact.

Last contact rules (``Stakeholder.last_contact``):

- Logging an interaction, or editing one, moves the last contact of each person involved to
  the interaction's date when that is later (a date typed by hand that is later stays).
- A person's last contact that the interaction may have set — it equals the interaction's
  date as it was — falls back when the interaction is deleted, loses that person, or moves to
  an earlier date: to the latest of that person's other interactions (and the new date, if
  still involved), or to none when there is none. Any other last contact is left alone.
- Every write returns the last contacts it changed, as they were, and its undo writes exactly
  those back, so an undo gives the portfolio back row for row.

Undo: :meth:`InteractionService.create` returns an :class:`InteractionChange` (undo:
:meth:`~InteractionService.delete` with ``last_contacts=change.last_contacts``, whose
:class:`InteractionDeletion` redoes it through :meth:`~InteractionService.restore`, same id);
:meth:`~InteractionService.update` an :class:`InteractionChange` (undo:
:meth:`~InteractionService.revert`); :meth:`~InteractionService.delete` an
:class:`InteractionDeletion` (undo: :meth:`~InteractionService.restore`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.model import Interaction, Stakeholder, interaction_stakeholder
from kamdesk.model.enums import InteractionKind, fold
from kamdesk.services.pipeline.checks import as_day, is_id
from kamdesk.services.plan.interaction_checks import (
    NO_SUCH_INTERACTION,
    NOTES_LIMIT,
    interaction_problems,
)
from kamdesk.services.problems import Problem, ValidationError, refuse
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.store import Portfolio

__all__ = [
    "NOTES_LIMIT",
    "InteractionChange",
    "InteractionData",
    "InteractionDeletion",
    "InteractionRow",
    "InteractionService",
]

LastContacts = dict[int, dt.date | None]  # person id → last contact
links = interaction_stakeholder.c


@dataclass(frozen=True)
class InteractionData:
    """An interaction as the KAM logs it; ``stakeholder_ids``: the people involved."""

    account_id: int = 0
    date: dt.date | None = None
    kind: InteractionKind = InteractionKind.MEETING
    stakeholder_ids: tuple[int, ...] = ()
    notes: str = ""


INTERACTION_FIELDS = tuple(f.name for f in fields(InteractionData))
COLUMNS = ("date", "kind", "notes")  # what an edit may change on the interaction row itself


@dataclass(frozen=True)
class InteractionRow:
    """One line of the log; ``people``: the names of those involved, in name order."""

    id: int
    account_id: int
    date: dt.date
    kind: InteractionKind
    stakeholder_ids: tuple[int, ...]
    people: tuple[str, ...]
    notes: str

    @property
    def first_line(self) -> str:
        return next((line.strip() for line in self.notes.splitlines() if line.strip()), "")


@dataclass(frozen=True)
class InteractionChange:
    """What a create or an update did, as it was before: the columns changed, the people
    involved (None: unchanged) and the last contacts changed."""

    interaction_id: int
    previous: dict[str, object] = field(default_factory=dict)
    previous_people: tuple[int, ...] | None = None
    last_contacts: LastContacts = field(default_factory=dict)


@dataclass(frozen=True)
class InteractionDeletion:
    """The deleted interactions with their attendance rows, and the last contacts the delete
    changed, as they were."""

    snapshot: DeletionSnapshot
    last_contacts: LastContacts = field(default_factory=dict)


@dataclass(frozen=True)
class _Side:
    """An interaction's date and people before or after a write (None: it did not exist)."""

    date: dt.date
    people: frozenset[int]


class InteractionService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def list_rows(self, account_id: int) -> list[InteractionRow]:
        """The account's interactions, newest first (same day: last logged first)."""
        query = (
            select(Interaction)
            .where(Interaction.account_id == account_id)
            .order_by(Interaction.date.desc(), Interaction.id.desc())
        )
        with self.portfolio.session() as session:
            interactions = list(session.scalars(query))
            people = _people_of(session, [i.id for i in interactions])
            return [_row(i, people.get(i.id, [])) for i in interactions]

    def get(self, interaction_id: int) -> InteractionData:
        with self.portfolio.session() as session:
            return _data(session, _require(session, interaction_id))

    # -- writing -----------------------------------------------------------------------------

    def validate(
        self, data: InteractionData, interaction_id: int | None = None, today: dt.date | None = None
    ) -> list[Problem]:
        """The problems :meth:`create` (or :meth:`update` of ``interaction_id`` to ``data``)
        would refuse."""
        with self.portfolio.session() as session:
            if interaction_id is not None:
                stored = _require(session, interaction_id)
                data = replace(data, account_id=stored.account_id)
            return interaction_problems(session, data, today or dt.date.today())

    def create(self, data: InteractionData, today: dt.date | None = None) -> InteractionChange:
        """Logs the interaction and moves its people's last contact (module docstring)."""
        with self.portfolio.session() as session:
            refuse(interaction_problems(session, data, today or dt.date.today()))
            data = _cleaned(data)
            interaction = Interaction(
                account_id=data.account_id, date=data.date, kind=data.kind, notes=data.notes
            )
            session.add(interaction)
            session.flush()
            _link(session, interaction.id, data.stakeholder_ids)
            after = _Side(data.date, frozenset(data.stakeholder_ids))
            contacts = _settle_last_contacts(session, interaction.id, None, after)
            return InteractionChange(interaction.id, last_contacts=contacts)

    def update(
        self,
        interaction_id: int,
        changes: Mapping[str, object],
        today: dt.date | None = None,
    ) -> InteractionChange:
        """Applies ``changes`` ({field: value}; the account cannot change); returns what
        :meth:`revert` needs."""
        unknown = set(changes) - set(INTERACTION_FIELDS) | ({"account_id"} & set(changes))
        if unknown:  # a bug in the caller, not the KAM's input
            raise ValueError(f"not an interaction field one can change: {sorted(unknown)}")
        with self.portfolio.session() as session:
            interaction = _require(session, interaction_id)
            before = _data(session, interaction)
            after = replace(before, **changes)
            refuse(interaction_problems(session, after, today or dt.date.today()))
            after = _cleaned(after)
            previous = {
                name: getattr(before, name)
                for name in COLUMNS
                if getattr(before, name) != getattr(after, name)
            }
            for name in previous:
                setattr(interaction, name, getattr(after, name))
            people_changed = set(before.stakeholder_ids) != set(after.stakeholder_ids)
            if people_changed:
                _unlink(session, interaction_id)
                _link(session, interaction_id, after.stakeholder_ids)
            session.flush()
            contacts = _settle_last_contacts(
                session,
                interaction_id,
                _Side(before.date, frozenset(before.stakeholder_ids)),
                _Side(after.date, frozenset(after.stakeholder_ids)),
            )
            return InteractionChange(
                interaction_id,
                previous,
                before.stakeholder_ids if people_changed else None,
                contacts,
            )

    def revert(self, change: InteractionChange) -> None:
        """Undo of :meth:`update`: the columns, the people and the last contacts as they were."""
        with self.portfolio.session() as session:
            _require(session, change.interaction_id)
            if change.previous:
                session.execute(
                    update(Interaction)
                    .where(Interaction.id == change.interaction_id)
                    .values(dict(change.previous))
                )
            if change.previous_people is not None:
                _unlink(session, change.interaction_id)
                _link(session, change.interaction_id, change.previous_people)
            _write_last_contacts(session, change.last_contacts)

    def delete(
        self,
        interaction_ids: Iterable[int],
        last_contacts: Mapping[int, dt.date | None] | None = None,
    ) -> InteractionDeletion:
        """Deletes the interactions with their attendance rows. The last contacts they may
        have set fall back (module docstring), or, given ``last_contacts`` (the undo of a
        create), are written back exactly as given."""
        ids = list(dict.fromkeys(interaction_ids))
        with self.portfolio.session() as session:
            found = {i.id: i for i in _existing(session, ids)}
            if len(found) != len(ids):
                raise ValidationError([Problem("id", NO_SUCH_INTERACTION)])
            people = _people_of(session, ids)
            snapshot = take_deletion_snapshot(session, Interaction.__table__, ids)
            if last_contacts is not None:
                delete_rows(session, Interaction.__table__, ids)
                session.flush()
                changed = _write_last_contacts(session, last_contacts)
                return InteractionDeletion(snapshot, changed)
            changed: LastContacts = {}
            for interaction_id in ids:  # one at a time: each falls back past the ones before
                side = _Side(
                    found[interaction_id].date,
                    frozenset(p for p, _ in people.get(interaction_id, [])),
                )
                _unlink(session, interaction_id)
                delete_rows(session, Interaction.__table__, [interaction_id])
                session.flush()
                for person, value in _settle_last_contacts(
                    session, interaction_id, side, None
                ).items():
                    changed.setdefault(person, value)
            return InteractionDeletion(snapshot, changed)

    def restore(self, deletion: InteractionDeletion) -> None:
        """Undo of :meth:`delete`: the rows with their ids and the last contacts as they were."""
        with self.portfolio.session() as session:
            restore_deletion(session, deletion.snapshot)
            _write_last_contacts(session, deletion.last_contacts)


# -- last contact ----------------------------------------------------------------------------


def _settle_last_contacts(
    session: Session, interaction_id: int, before: _Side | None, after: _Side | None
) -> LastContacts:
    """Applies the module's last-contact rules to the people of ``before`` and ``after`` (the
    interaction already written as ``after``); returns the values changed, as they were."""
    involved = (before.people if before else frozenset()) | (after.people if after else frozenset())
    if not involved:
        return {}
    people = session.scalars(select(Stakeholder).where(Stakeholder.id.in_(involved)))
    others = _latest_other_interactions(session, involved, interaction_id)
    previous: LastContacts = {}
    for person in people:
        current = person.last_contact
        if before is not None and person.id in before.people and current == before.date:
            candidates = [others.get(person.id)]  # the interaction may have set it: fall back
        else:
            candidates = [current]
        if after is not None and person.id in after.people:
            candidates.append(after.date)
        known = [day for day in candidates if day is not None]
        wanted = max(known) if known else None
        if wanted != current:
            previous[person.id] = current
            person.last_contact = wanted
    session.flush()
    return previous


def _latest_other_interactions(
    session: Session, people: Iterable[int], interaction_id: int
) -> dict[int, dt.date]:
    query = (
        select(links.stakeholder_id, func.max(Interaction.date))
        .join(Interaction, Interaction.id == links.interaction_id)
        .where(links.stakeholder_id.in_(list(people)), Interaction.id != interaction_id)
        .group_by(links.stakeholder_id)
    )
    return {person: as_day(day) for person, day in session.execute(query)}


def _write_last_contacts(session: Session, values: Mapping[int, dt.date | None]) -> LastContacts:
    """Writes ``values`` back (people deleted since are skipped); returns those changed, as
    they were."""
    previous: LastContacts = {}
    if not values:
        return previous
    for person in session.scalars(select(Stakeholder).where(Stakeholder.id.in_(list(values)))):
        if person.last_contact != values[person.id]:
            previous[person.id] = person.last_contact
            person.last_contact = values[person.id]
    session.flush()
    return previous


# -- helpers ---------------------------------------------------------------------------------


def _require(session: Session, interaction_id) -> Interaction:
    interaction = session.get(Interaction, interaction_id) if is_id(interaction_id) else None
    if interaction is None:
        raise ValidationError([Problem("id", NO_SUCH_INTERACTION)])
    return interaction


def _existing(session: Session, ids: list) -> list[Interaction]:
    wanted = [i for i in ids if is_id(i)]
    return list(session.scalars(select(Interaction).where(Interaction.id.in_(wanted))))


def _cleaned(data: InteractionData) -> InteractionData:
    """Notes trimmed, the kind a member, a date rather than a datetime, each person once in
    id order. Only for data the checks accepted."""
    return replace(
        data,
        date=as_day(data.date),
        kind=InteractionKind(data.kind),
        notes=data.notes.strip(),
        stakeholder_ids=tuple(sorted(set(data.stakeholder_ids))),
    )


def _link(session: Session, interaction_id: int, people: Iterable[int]) -> None:
    rows = [{"interaction_id": interaction_id, "stakeholder_id": p} for p in sorted(set(people))]
    if rows:
        session.execute(insert(interaction_stakeholder), rows)


def _unlink(session: Session, interaction_id: int) -> None:
    session.execute(delete(interaction_stakeholder).where(links.interaction_id == interaction_id))


def _people_of(session: Session, interaction_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Interaction id → (person id, name) of those involved, in name order."""
    query = (
        select(links.interaction_id, Stakeholder.id, Stakeholder.name)
        .join(Stakeholder, Stakeholder.id == links.stakeholder_id)
        .where(links.interaction_id.in_(interaction_ids))
    )
    people: dict[int, list[tuple[int, str]]] = {}
    for interaction_id, person_id, name in session.execute(query):
        people.setdefault(interaction_id, []).append((person_id, name))
    for found in people.values():
        found.sort(key=lambda p: (fold(p[1]), p[0]))
    return people


def _data(session: Session, interaction: Interaction) -> InteractionData:
    people = _people_of(session, [interaction.id]).get(interaction.id, [])
    return InteractionData(
        account_id=interaction.account_id,
        date=interaction.date,
        kind=interaction.kind,
        stakeholder_ids=tuple(sorted(p for p, _ in people)),
        notes=interaction.notes or "",
    )


def _row(interaction: Interaction, people: list[tuple[int, str]]) -> InteractionRow:
    return InteractionRow(
        id=interaction.id,
        account_id=interaction.account_id,
        date=interaction.date,
        kind=interaction.kind,
        stakeholder_ids=tuple(p for p, _ in people),
        people=tuple(name for _, name in people),
        notes=interaction.notes or "",
    )
