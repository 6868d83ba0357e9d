"""Interaction log service: the log newest first with the people involved, the last contact
rules (create, edit, delete, and the undo of each giving every row back exactly), and every
bad input refused with nothing written."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kamdesk.model.enums import InteractionKind
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.plan.interaction_checks import (
    AFTER_TODAY,
    NO_SUCH_INTERACTION,
    TOO_EARLY,
)
from kamdesk.services.plan.interactions import (
    NOTES_LIMIT,
    InteractionData,
    InteractionService,
)
from kamdesk.services.plan.messages import NOT_A_DATE
from kamdesk.services.problems import (
    NO_SUCH_ACCOUNT,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_VALUE,
    ValidationError,
)
from kamdesk.services.stakeholders import StakeholderData, StakeholderService
from kamdesk.services.stakeholders.messages import NO_SUCH_PERSON, PERSON_OF_ANOTHER_ACCOUNT
from tests.services.support import all_rows, refused

TODAY = dt.date(2026, 11, 20)
OCT_1, OCT_15, NOV_3 = dt.date(2026, 10, 1), dt.date(2026, 10, 15), dt.date(2026, 11, 3)
TYPED = dt.date(2026, 10, 10)  # a last contact typed by hand on the map


def problems_of(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.field, p.template) for p in error.problems]


@pytest.fixture
def service(portfolio):
    return InteractionService(portfolio)


@pytest.fixture
def ids(portfolio) -> SimpleNamespace:
    """Agro with Ana (never contacted), Bruno (contact typed on 10/10) and Carla; Banco with
    Davi."""
    accounts = AccountService(portfolio)
    people = StakeholderService(portfolio)
    agro = accounts.create(AccountData(name="Agro Cerrado"))
    banco = accounts.create(AccountData(name="Banco Paulista"))
    return SimpleNamespace(
        agro=agro,
        banco=banco,
        ana=people.create(agro, StakeholderData(name="Ana Lima", job_title="CFO")),
        bruno=people.create(agro, StakeholderData(name="Bruno Reis", last_contact=TYPED)),
        carla=people.create(agro, StakeholderData(name="Carla Dias")),
        davi=people.create(banco, StakeholderData(name="Davi Melo")),
    )


@pytest.fixture
def last_contact(portfolio):
    people = StakeholderService(portfolio)
    return lambda person_id: people.person(person_id).last_contact


def log(service, ids, day, *people, kind=InteractionKind.MEETING, notes=""):
    data = InteractionData(ids.agro, day, kind, tuple(people), notes)
    return service.create(data, TODAY)


# -- the log ---------------------------------------------------------------------------------


def test_the_log_is_newest_first_with_the_names_of_those_involved(service, ids):
    first = log(service, ids, OCT_1, ids.carla, ids.ana, notes="Kick-off\nBudget 2027")
    second = log(service, ids, NOV_3, ids.bruno, kind=InteractionKind.CALL)
    same_day = log(service, ids, NOV_3, kind=InteractionKind.EMAIL, notes="\n  Proposal sent ")
    rows = service.list_rows(ids.agro)
    assert [r.id for r in rows] == [
        same_day.interaction_id,
        second.interaction_id,
        first.interaction_id,
    ]
    oldest = rows[-1]
    assert oldest.people == ("Ana Lima", "Carla Dias")
    assert oldest.stakeholder_ids == (ids.ana, ids.carla)
    assert (oldest.kind, oldest.date, oldest.first_line) == (
        InteractionKind.MEETING,
        OCT_1,
        "Kick-off",
    )
    assert rows[0].first_line == "Proposal sent" and rows[0].people == ()
    assert service.list_rows(ids.banco) == []


def test_get_gives_what_was_logged(service, ids):
    change = log(service, ids, OCT_1, ids.carla, ids.ana, ids.ana, notes="  Kick-off  ")
    assert service.get(change.interaction_id) == InteractionData(
        ids.agro, OCT_1, InteractionKind.MEETING, (ids.ana, ids.carla), "Kick-off"
    )


# -- last contact ----------------------------------------------------------------------------


def test_logging_moves_each_persons_last_contact_to_the_later_date(service, ids, last_contact):
    change = log(service, ids, OCT_1, ids.ana, ids.bruno)
    assert last_contact(ids.ana) == OCT_1
    assert last_contact(ids.bruno) == TYPED  # typed later than the meeting: stays
    assert last_contact(ids.carla) is None  # not involved
    assert change.last_contacts == {ids.ana: None}  # only what changed, as it was

    log(service, ids, NOV_3, ids.ana, ids.bruno)
    assert last_contact(ids.ana) == last_contact(ids.bruno) == NOV_3


def test_undo_of_a_create_restores_the_exact_previous_last_contacts(
    portfolio, service, ids, last_contact
):
    log(service, ids, OCT_1, ids.ana)
    before = all_rows(portfolio)
    change = log(service, ids, NOV_3, ids.ana, ids.bruno)
    after = all_rows(portfolio)
    assert change.last_contacts == {ids.ana: OCT_1, ids.bruno: TYPED}

    deletion = service.delete([change.interaction_id], last_contacts=change.last_contacts)
    assert all_rows(portfolio) == before
    service.restore(deletion)  # redo: same id, same last contacts
    assert all_rows(portfolio) == after
    assert last_contact(ids.ana) == NOV_3


def test_editing_the_date_and_people_settles_last_contacts(service, ids, last_contact):
    log(service, ids, OCT_1, ids.carla)
    change = log(service, ids, NOV_3, ids.ana, ids.carla)
    update = service.update(
        change.interaction_id, {"date": OCT_15, "stakeholder_ids": (ids.ana, ids.bruno)}, TODAY
    )
    assert last_contact(ids.ana) == OCT_15  # it had set Nov 3: moves with the date
    assert last_contact(ids.bruno) == OCT_15  # newly involved, later than the typed 10/10
    assert last_contact(ids.carla) == OCT_1  # no longer involved: back to her other meeting
    assert update.previous == {"date": NOV_3}
    assert update.previous_people == (ids.ana, ids.carla)
    assert update.last_contacts == {ids.ana: NOV_3, ids.bruno: TYPED, ids.carla: NOV_3}


def test_undo_of_an_update_gives_every_row_back(portfolio, service, ids):
    change = log(service, ids, NOV_3, ids.ana, ids.carla, notes="Visit")
    before = all_rows(portfolio)
    update = service.update(
        change.interaction_id,
        {"date": OCT_15, "kind": InteractionKind.VISIT, "stakeholder_ids": (ids.bruno,)},
        TODAY,
    )
    service.revert(update)
    assert all_rows(portfolio) == before


def test_editing_only_the_notes_changes_no_last_contact(portfolio, service, ids):
    change = log(service, ids, NOV_3, ids.ana)
    update = service.update(change.interaction_id, {"notes": "Agreed a pilot"}, TODAY)
    assert update.last_contacts == {} and update.previous_people is None
    assert update.previous == {"notes": ""}


def test_deleting_falls_back_only_where_the_interaction_set_the_last_contact(
    portfolio, service, ids, last_contact
):
    log(service, ids, OCT_1, ids.ana)
    latest = log(service, ids, OCT_15, ids.ana, ids.bruno, ids.carla)
    StakeholderService(portfolio).update(ids.carla, {"last_contact": NOV_3})  # typed later
    before = all_rows(portfolio)

    deletion = service.delete([latest.interaction_id])
    assert last_contact(ids.ana) == OCT_1  # back to her other interaction
    assert last_contact(ids.bruno) is None  # no other interaction: none
    assert last_contact(ids.carla) == NOV_3  # not set by it: left alone
    assert deletion.last_contacts == {ids.ana: OCT_15, ids.bruno: OCT_15}

    service.restore(deletion)
    assert all_rows(portfolio) == before


def test_deleting_several_at_once(portfolio, service, ids, last_contact):
    one = log(service, ids, OCT_1, ids.ana)
    two = log(service, ids, OCT_15, ids.ana)
    before = all_rows(portfolio)
    deletion = service.delete([two.interaction_id, one.interaction_id])
    assert last_contact(ids.ana) is None
    assert service.list_rows(ids.agro) == []
    assert deletion.last_contacts == {ids.ana: OCT_15}
    service.restore(deletion)
    assert all_rows(portfolio) == before


def test_a_deleted_person_leaves_the_interaction(portfolio, service, ids):
    change = log(service, ids, OCT_1, ids.ana, ids.carla)
    StakeholderService(portfolio).delete([ids.ana])
    assert service.list_rows(ids.agro)[0].people == ("Carla Dias",)
    assert service.get(change.interaction_id).stakeholder_ids == (ids.carla,)


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("account_id", [999, 0, "1", None])
def test_an_unknown_account_is_refused(portfolio, service, ids, account_id):
    data = InteractionData(account_id, OCT_1, stakeholder_ids=(ids.ana,))
    error = refused(portfolio, service.create, data, TODAY)
    assert problems_of(error) == [("account_id", NO_SUCH_ACCOUNT)]


def test_a_person_of_another_account_is_refused(portfolio, service, ids):
    data = InteractionData(ids.agro, OCT_1, stakeholder_ids=(ids.ana, ids.davi))
    error = refused(portfolio, service.create, data, TODAY)
    assert problems_of(error) == [("stakeholder_ids", PERSON_OF_ANOTHER_ACCOUNT)]
    assert error.problems[0].args == {"name": "Davi Melo"}
    change = log(service, ids, OCT_1, ids.ana)
    error = refused(
        portfolio, service.update, change.interaction_id, {"stakeholder_ids": (ids.davi,)}, TODAY
    )
    assert problems_of(error) == [("stakeholder_ids", PERSON_OF_ANOTHER_ACCOUNT)]


@pytest.mark.parametrize(
    ("people", "template"),
    [
        ((999,), NO_SUCH_PERSON),
        (("Ana",), UNKNOWN_VALUE),
        ("12", UNKNOWN_VALUE),
        (7, UNKNOWN_VALUE),
    ],
)
def test_unknown_people_are_refused(portfolio, service, ids, people, template):
    data = InteractionData(ids.agro, OCT_1, stakeholder_ids=people)
    assert problems_of(refused(portfolio, service.create, data, TODAY)) == [
        ("stakeholder_ids", template)
    ]


@pytest.mark.parametrize(
    ("day", "template"),
    [
        (None, REQUIRED),
        ("30/02/2026", NOT_A_DATE),
        (20261001, NOT_A_DATE),
        (TODAY + dt.timedelta(days=1), AFTER_TODAY),
        (dt.date(1900, 1, 1), TOO_EARLY),
    ],
)
def test_an_impossible_date_is_refused(portfolio, service, ids, day, template):
    data = InteractionData(ids.agro, day, stakeholder_ids=(ids.ana,))
    error = refused(portfolio, service.create, data, TODAY)
    assert problems_of(error) == [("date", template)]
    assert service.validate(data, today=TODAY) == error.problems
    change = log(service, ids, OCT_1, ids.ana)
    error = refused(portfolio, service.update, change.interaction_id, {"date": day}, TODAY)
    assert problems_of(error) == [("date", template)]


@pytest.mark.parametrize("kind", ["lunch", "", None, 3])
def test_an_unknown_kind_is_refused(portfolio, service, ids, kind):
    data = InteractionData(ids.agro, OCT_1, kind, (ids.ana,))
    assert problems_of(refused(portfolio, service.create, data, TODAY)) == [("kind", UNKNOWN_VALUE)]


def test_a_kind_given_as_its_value_is_accepted(service, ids):
    change = service.create(InteractionData(ids.agro, OCT_1, "visit", (ids.ana,)), TODAY)
    assert service.get(change.interaction_id).kind is InteractionKind.VISIT


def test_notes_too_long_are_refused(portfolio, service, ids):
    data = InteractionData(ids.agro, OCT_1, notes="x" * (NOTES_LIMIT + 1))
    error = refused(portfolio, service.create, data, TODAY)
    assert problems_of(error) == [("notes", TOO_LONG)]
    assert error.problems[0].args == {"limit": NOTES_LIMIT, "length": NOTES_LIMIT + 1}
    data = InteractionData(ids.agro, OCT_1, notes=None)
    assert problems_of(refused(portfolio, service.create, data, TODAY)) == [
        ("notes", UNKNOWN_VALUE)
    ]


def test_every_problem_at_once(portfolio, service, ids):
    data = InteractionData(ids.agro, None, "lunch", (ids.davi,), "x" * 5000)
    error = refused(portfolio, service.create, data, TODAY)
    assert {p.field for p in error.problems} == {"date", "kind", "notes", "stakeholder_ids"}


def test_a_gone_interaction_is_refused(portfolio, service, ids):
    for call, args in (
        (service.update, (999, {"notes": "x"}, TODAY)),
        (service.delete, ([999],)),
        (service.get, (999,)),
        (service.validate, (InteractionData(ids.agro, OCT_1), 999, TODAY)),
    ):
        assert problems_of(refused(portfolio, call, *args)) == [("id", NO_SUCH_INTERACTION)]


def test_the_account_of_an_interaction_cannot_change(service, ids):
    change = log(service, ids, OCT_1)
    with pytest.raises(ValueError, match="account_id"):
        service.update(change.interaction_id, {"account_id": ids.banco}, TODAY)
