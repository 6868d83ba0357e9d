"""The stakeholder map's use cases: people, links, org units, positions and the map review.

Every write is one ``portfolio.session()``; input is checked first and a problem raises
:class:`ValidationError` before anything is written. Each write returns what its undo needs:
a new id (undo: delete it, keeping the snapshot for redo), the previous values of the fields
it changed (undo: apply them), or a :class:`DeletionSnapshot` (undo: :meth:`restore`, which
brings back every row with its id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kamdesk.analytics.org_layout import Card, org_chart_layout
from kamdesk.model import Account, OrgUnit, Review, Stakeholder, StakeholderLink
from kamdesk.model.enums import LinkKind, ReviewKind
from kamdesk.services.problems import NO_SUCH_ACCOUNT, REQUIRED, Problem, ValidationError, refuse
from kamdesk.services.rows import update_by_id
from kamdesk.services.stakeholders import checks
from kamdesk.services.stakeholders import messages as m
from kamdesk.services.stakeholders.data import (
    LINK_FIELDS,
    PERSON_FIELDS,
    UNIT_FIELDS,
    AccountMap,
    LinkData,
    OrgUnitData,
    Point,
    StakeholderData,
)
from kamdesk.services.stakeholders.deletion import (
    DeletionSnapshot,
    delete_rows,
    restore_deletion,
    take_deletion_snapshot,
)
from kamdesk.services.stakeholders.reading import (
    current_measures,
    link_data,
    person_data,
    read_account_map,
    read_people,
    read_units,
    unit_data,
)
from kamdesk.store import Portfolio

Size = tuple[float, float]
Positions = Mapping[int, Point | None]  # None: the card is not placed (the map places it)


class StakeholderService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    # -- reading -----------------------------------------------------------------------------

    def account_map(self, account_id: int, today: dt.date) -> AccountMap:
        """Units, people, links, coverage, resistance, gap alerts and the review trend."""
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            return read_account_map(session, account_id, today)

    def person(self, person_id: int) -> StakeholderData:
        with self.portfolio.session() as session:
            return person_data(_require(session, Stakeholder, person_id, m.NO_SUCH_PERSON))

    def unit(self, unit_id: int) -> OrgUnitData:
        with self.portfolio.session() as session:
            return unit_data(_require(session, OrgUnit, unit_id, m.NO_SUCH_UNIT))

    def link(self, link_id: int) -> LinkData:
        with self.portfolio.session() as session:
            return link_data(_require(session, StakeholderLink, link_id, m.NO_SUCH_LINK))

    # -- people ------------------------------------------------------------------------------

    def validate(self, account_id: int, data: StakeholderData) -> list[Problem]:
        """The problems :meth:`create` would refuse ``data`` for (an editor shows them live)."""
        with self.portfolio.session() as session:
            return checks.person_problems(session, account_id, data)

    def create(self, account_id: int, data: StakeholderData, position: Point | None = None) -> int:
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            refuse(
                checks.person_problems(session, account_id, data)
                + checks.position_problems({0: position})
            )
            person = Stakeholder(account_id=account_id)
            _apply(person, checks.clean_person(data), PERSON_FIELDS)
            if position is not None:
                person.map_x, person.map_y = map(float, position)
            session.add(person)
            session.flush()
            return person.id

    def update(self, person_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Applies ``changes`` ({field: value}); returns the previous values of those fields."""
        with self.portfolio.session() as session:
            person = _require(session, Stakeholder, person_id, m.NO_SUCH_PERSON)
            before = person_data(person)
            after = _changed(before, changes, PERSON_FIELDS)
            refuse(checks.person_problems(session, person.account_id, after))
            _apply(person, checks.clean_person(after), changes)
            return {name: getattr(before, name) for name in changes}

    def delete(self, person_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes the people with their links and attendances (surveys they answered stay,
        without them); :meth:`restore` puts everything back."""
        return self._delete(Stakeholder, person_ids, m.NO_SUCH_PERSON)

    def restore(self, snapshot: DeletionSnapshot) -> None:
        """Undoes any delete of this service (people, links, org units, map reviews)."""
        with self.portfolio.session() as session:
            restore_deletion(session, snapshot)

    def move(self, positions: Positions) -> dict[int, Point | None]:
        """Stores the cards' positions in one transaction; returns the previous ones.

        A position is two finite numbers within ±1,000,000 (else ValidationError on
        "position"); None takes the card off its stored place, so undo can restore "never
        placed" exactly.
        """
        refuse(checks.position_problems(positions))
        ids = list(positions)
        with self.portfolio.session() as session:
            before = _positions(session, ids)
            missing = [i for i in ids if i not in before]
            if missing:
                raise ValidationError([Problem("id", m.NO_SUCH_PERSON, {"ids": missing})])
            rows = [
                {"id": i, "map_x": None, "map_y": None}
                if point is None
                else {"id": i, "map_x": float(point[0]), "map_y": float(point[1])}
                for i, point in positions.items()
            ]
            if rows:
                update_by_id(session, Stakeholder, rows)
            return before

    def set_layout(self, positions: Positions) -> dict[int, Point | None]:
        """The same as :meth:`move`, named for a whole layout (auto-layout, undo of it)."""
        return self.move(positions)

    def auto_layout(
        self, account_id: int, card_size: Size | Mapping[int, Size]
    ) -> dict[int, Point]:
        """Where every card goes in an org chart built from reports-to and the org units.

        Writes nothing: the UI pushes a command that calls :meth:`set_layout`, so it undoes.
        ``card_size`` is one (width, height) for every card, or one per person id.
        """
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            people = read_people(session, account_id)
            unit_order = [u.id for u in read_units(session, account_id)]
            links = StakeholderLink.__table__.c
            reports_to = dict(
                session.execute(
                    select(links.source_id, links.target_id).where(
                        links.account_id == account_id, links.kind == LinkKind.REPORTS_TO.value
                    )
                ).all()
            )
        cards = [
            Card(p.id, *_size_of(card_size, p.id), name=p.data.name, org_unit_id=p.data.org_unit_id)
            for p in people
        ]
        return org_chart_layout(cards, reports_to, unit_order=unit_order)

    # -- links -------------------------------------------------------------------------------

    def validate_link(
        self, account_id: int, data: LinkData, link_id: int | None = None
    ) -> list[Problem]:
        """The problems a new link (or ``link_id`` changed to ``data``) would be refused for;
        the map asks while the user drags, to show a forbidden cursor."""
        with self.portfolio.session() as session:
            return checks.link_problems(session, account_id, data, link_id)

    def create_link(self, account_id: int, data: LinkData) -> int:
        """Refuses a self-link, people of another account, a duplicate, a second manager, a
        circle of reporting lines, and a strength other than 1–3 on an influence (only an
        influence has one; None there means the default, 2)."""
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            refuse(checks.link_problems(session, account_id, data, None))
            link = StakeholderLink(account_id=account_id)
            _apply(link, checks.clean_link(data), LINK_FIELDS)
            session.add(link)
            session.flush()
            return link.id

    def update_link(self, link_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Changes a link's ends, kind or strength; returns the previous values of the fields
        changed. Changing the kind alone also fixes the strength (the default for an
        influence, none for the others), which is then among the previous values too."""
        with self.portfolio.session() as session:
            link = _require(session, StakeholderLink, link_id, m.NO_SUCH_LINK)
            before = link_data(link)
            changes = _with_strength_for_kind(before, changes)
            after = _changed(before, changes, LINK_FIELDS)
            refuse(checks.link_problems(session, link.account_id, after, link_id))
            _apply(link, checks.clean_link(after), changes)
            return {name: getattr(before, name) for name in changes}

    def delete_link(self, link_ids: Iterable[int]) -> DeletionSnapshot:
        return self._delete(StakeholderLink, link_ids, m.NO_SUCH_LINK)

    def restore_links(self, snapshot: DeletionSnapshot) -> None:
        self.restore(snapshot)

    # -- org units ---------------------------------------------------------------------------

    def validate_unit(
        self, account_id: int, data: OrgUnitData, unit_id: int | None = None
    ) -> list[Problem]:
        with self.portfolio.session() as session:
            return checks.unit_problems(session, account_id, data, unit_id)

    def create_unit(self, account_id: int, data: OrgUnitData) -> int:
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            refuse(checks.unit_problems(session, account_id, data, None))
            unit = OrgUnit(account_id=account_id)
            _apply(unit, checks.clean_unit(data), UNIT_FIELDS)
            session.add(unit)
            session.flush()
            return unit.id

    def update_unit(self, unit_id: int, changes: Mapping[str, object]) -> dict[str, object]:
        """Renames, re-kinds, re-targets or moves a unit (never under itself or into another
        account); returns the previous values of the fields changed."""
        with self.portfolio.session() as session:
            unit = _require(session, OrgUnit, unit_id, m.NO_SUCH_UNIT)
            before = unit_data(unit)
            after = _changed(before, changes, UNIT_FIELDS)
            refuse(checks.unit_problems(session, unit.account_id, after, unit_id))
            _apply(unit, checks.clean_unit(after), changes)
            return {name: getattr(before, name) for name in changes}

    def delete_units(self, unit_ids: Iterable[int]) -> DeletionSnapshot:
        """Deletes org units. Their sub-units move up to the nearest unit above that stays
        (the top when none), so deleting a directorate keeps its areas in the tree; their
        people and opportunities stay, without a unit. :meth:`restore` undoes all of it."""
        unit_ids = list(dict.fromkeys(unit_ids))
        with self.portfolio.session() as session:
            _require_all(session, OrgUnit, unit_ids, m.NO_SUCH_UNIT)
            # Taken before the sub-units move, so it holds their old parents for undo.
            snapshot = take_deletion_snapshot(session, OrgUnit.__table__, unit_ids)
            _move_sub_units_up(session, set(unit_ids))
            delete_rows(session, OrgUnit.__table__, unit_ids)
            return snapshot

    def delete_unit(self, unit_id: int) -> DeletionSnapshot:
        return self.delete_units([unit_id])

    def restore_units(self, snapshot: DeletionSnapshot) -> None:
        self.restore(snapshot)

    # -- the monthly map review --------------------------------------------------------------

    def record_map_review(self, account_id: int, date: dt.date, outcome: str = "") -> int:
        """A relationship review holding today's sponsor coverage and resistance (as
        ``MapMeasures.to_json()``), so the map shows how they move; returns its id."""
        if isinstance(date, dt.datetime):
            date = date.date()
        if not isinstance(date, dt.date):
            raise ValidationError([Problem("date", REQUIRED)])
        with self.portfolio.session() as session:
            _require(session, Account, account_id, NO_SUCH_ACCOUNT, "account_id")
            review = Review(
                account_id=account_id,
                kind=ReviewKind.RELATIONSHIP,
                date=date,
                outcome=str(outcome or ""),
                measures=current_measures(session, account_id).to_json(),
            )
            session.add(review)
            session.flush()
            return review.id

    def delete_map_review(self, review_id: int) -> DeletionSnapshot:
        """Undo of :meth:`record_map_review` (redo: :meth:`restore`, same id)."""
        return self._delete(Review, [review_id], m.NO_SUCH_REVIEW)

    # -- helpers -----------------------------------------------------------------------------

    def _delete(self, model, ids: Iterable[int], missing_template: str) -> DeletionSnapshot:
        ids = list(dict.fromkeys(ids))
        with self.portfolio.session() as session:
            _require_all(session, model, ids, missing_template)
            snapshot = take_deletion_snapshot(session, model.__table__, ids)
            delete_rows(session, model.__table__, ids)
            return snapshot


def _require(session: Session, model, row_id, template: str, field: str = "id"):
    row = session.get(model, row_id) if isinstance(row_id, int) else None
    if row is None:
        raise ValidationError([Problem(field, template)])
    return row


def _require_all(session: Session, model, ids: list[int], template: str) -> None:
    found = set(session.scalars(select(model.id).where(model.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError([Problem("id", template, {"ids": missing})])


def _changed(data, changes: Mapping[str, object], allowed: tuple[str, ...]):
    """``data`` with ``changes``; a field it does not have is a bug in the caller."""
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    return replace(data, **changes)


def _apply(row, data, names: Iterable[str]) -> None:
    for name in names:
        setattr(row, name, getattr(data, name))


def _positions(session: Session, ids: list[int]) -> dict[int, Point | None]:
    query = select(Stakeholder.id, Stakeholder.map_x, Stakeholder.map_y).where(
        Stakeholder.id.in_(ids)
    )
    return {
        person_id: None if x is None or y is None else (x, y)
        for person_id, x, y in session.execute(query)
    }


def _with_strength_for_kind(before: LinkData, changes: Mapping[str, object]) -> dict:
    """A new kind without a strength: the old strength would be wrong for it (an alliance has
    none; an influence made from an alliance gets the default)."""
    changes = dict(changes)
    new_kind = checks.as_member(LinkKind, changes.get("kind", before.kind))
    if new_kind is not before.kind and "strength" not in changes:
        changes["strength"] = None
    return changes


def _size_of(card_size: Size | Mapping[int, Size], person_id: int) -> Size:
    if not isinstance(card_size, Mapping):
        return card_size
    if person_id not in card_size:
        raise ValueError(f"no card size for person {person_id}")
    return card_size[person_id]


def _move_sub_units_up(session: Session, doomed: set[int]) -> None:
    """Re-parents the surviving children of ``doomed`` units to their nearest surviving
    ancestor (None at the top), instead of letting SET NULL make each one a top unit."""
    accounts = select(OrgUnit.account_id).where(OrgUnit.id.in_(doomed))
    parent_of = dict(
        session.execute(
            select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.account_id.in_(accounts))
        ).all()
    )
    for child_id, parent_id in parent_of.items():
        if child_id in doomed or parent_id not in doomed:
            continue
        ancestor, seen = parent_id, set()
        while ancestor in doomed and ancestor not in seen:  # `seen`: a circle ends the climb
            seen.add(ancestor)
            ancestor = parent_of.get(ancestor)
        new_parent = None if ancestor in doomed else ancestor
        session.execute(update(OrgUnit).where(OrgUnit.id == child_id).values(parent_id=new_parent))
