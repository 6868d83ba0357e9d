"""Stakeholder service: real writes read back, every bad input refused with nothing written,
deletes undone row for row, and the map's figures the same as analytics on the same data."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest
from sqlalchemy import select

from kamdesk.analytics import coverage
from kamdesk.model import (
    Interaction,
    OrgUnit,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.enums import BuyingRole, LinkKind, OrgUnitKind, Stance, SurveyKind
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.demo import write_demo
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.problems import ValidationError
from kamdesk.services.settings import SettingsService
from kamdesk.services.stakeholders import (
    LinkData,
    OrgUnitData,
    StakeholderData,
    StakeholderService,
)
from kamdesk.services.stakeholders import messages as m
from tests.services.support import all_rows

TODAY = dt.date(2026, 11, 25)
CARD = (180.0, 70.0)


def problem_fields(error) -> set[str]:
    return {p.field for p in error.value.problems}


def problem_templates(error) -> set[str]:
    return {p.template for p in error.value.problems}


@pytest.fixture
def service(portfolio):
    return StakeholderService(portfolio)


@pytest.fixture
def account(portfolio):
    return AccountService(portfolio).create(AccountData(name="Agro Cerrado"))


@pytest.fixture
def other_account(portfolio):
    return AccountService(portfolio).create(AccountData(name="Banco Paulista"))


def add_people(service, account_id, *names, **fields) -> list[int]:
    return [service.create(account_id, StakeholderData(name=name, **fields)) for name in names]


def refused(portfolio, call, *args):
    """Runs ``call`` expecting a refusal that leaves every row as it was; returns the error."""
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        call(*args)
    assert all_rows(portfolio) == before
    return error


# -- people ----------------------------------------------------------------------------------


def test_create_reads_back_every_field_and_the_position(service, account):
    unit = service.create_unit(
        account, OrgUnitData("Diretoria Financeira", OrgUnitKind.DIRECTORATE)
    )
    data = StakeholderData(
        name="  Carla Souza  ",
        job_title="CFO",
        org_unit_id=unit,
        email="carla.souza@agro.example",
        phone="+55 11 98765-4321",
        buying_role=BuyingRole.ECONOMIC_BUYER,
        influence=5,
        stance=Stance.SPONSOR,
        relationship_strength=4,
        mindset="Custo total",
        relationship_owner="Ana Lima",
        last_contact=dt.date(2026, 10, 1),
        notes="=SUM(A1)",
    )
    person = service.create(account, data, position=(120.5, -40))
    assert service.person(person).name == "Carla Souza"
    assert service.person(person) == StakeholderData(**{**data.__dict__, "name": "Carla Souza"})
    shown = service.account_map(account, TODAY).person(person)
    assert shown.position == (120.5, -40.0)
    assert (
        shown.data.stance is Stance.SPONSOR and shown.data.buying_role is BuyingRole.ECONOMIC_BUYER
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (StakeholderData(name=""), "name"),
        (StakeholderData(name="   "), "name"),
        (StakeholderData(name="x" * 201), "name"),
        (StakeholderData(name="Ana", job_title="x" * 201), "job_title"),
        (StakeholderData(name="Ana", phone="9" * 61), "phone"),
        (StakeholderData(name="Ana", email="ana"), "email"),
        (StakeholderData(name="Ana", email="ana@empresa"), "email"),
        (StakeholderData(name="Ana", email="ana @empresa.com"), "email"),
        (StakeholderData(name="Ana", influence=0), "influence"),
        (StakeholderData(name="Ana", influence=6), "influence"),
        (StakeholderData(name="Ana", influence=True), "influence"),
        (StakeholderData(name="Ana", influence=2.5), "influence"),
        (StakeholderData(name="Ana", relationship_strength=6), "relationship_strength"),
        (StakeholderData(name="Ana", stance="friendly"), "stance"),
        (StakeholderData(name="Ana", buying_role="boss"), "buying_role"),
        (StakeholderData(name="Ana", org_unit_id=999), "org_unit_id"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_bad_person_fields_are_refused_at_their_field(portfolio, service, account, data, field):
    error = refused(portfolio, service.create, account, data)
    assert field in problem_fields(error)


def test_a_person_cannot_join_an_org_unit_of_another_account(
    portfolio, service, account, other_account
):
    foreign = service.create_unit(other_account, OrgUnitData("Compras"))
    error = refused(
        portfolio, service.create, account, StakeholderData(name="Ana", org_unit_id=foreign)
    )
    assert problem_templates(error) == {m.UNIT_OF_ANOTHER_ACCOUNT}
    (person,) = add_people(service, account, "Bia")
    error = refused(portfolio, service.update, person, {"org_unit_id": foreign})
    assert problem_fields(error) == {"org_unit_id"}


def test_update_returns_the_previous_values_which_undo_it_exactly(portfolio, service, account):
    (person,) = add_people(service, account, "Carla", stance=Stance.NEUTRAL)
    before_rows = all_rows(portfolio)
    previous = service.update(person, {"stance": Stance.SPONSOR, "influence": 5})
    assert previous == {"stance": Stance.NEUTRAL, "influence": 3}
    assert service.person(person).stance is Stance.SPONSOR
    service.update(person, previous)
    assert all_rows(portfolio) == before_rows
    refused(portfolio, service.update, person, {"influence": 9})


def test_missing_account_or_person_is_a_validation_error_not_a_crash(portfolio, service):
    refused(portfolio, service.create, 999, StakeholderData(name="Ana"))
    refused(portfolio, service.update, 999, {"name": "Ana"})
    refused(portfolio, service.delete, [999])
    with pytest.raises(ValidationError):
        service.account_map(999, TODAY)


# -- positions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [(math.nan, 0.0), (0.0, math.inf), (-math.inf, 1.0), (1e12, 0.0), (0.0, -1e6 - 1), ("a", 1)],
    ids=["nan", "inf", "-inf", "1e12", "just past the limit", "text"],
)
def test_absurd_positions_are_refused_and_nothing_moves(portfolio, service, account, point):
    first, second = add_people(service, account, "Ana", "Bia")
    error = refused(portfolio, service.move, {first: (10.0, 20.0), second: point})
    assert problem_fields(error) == {"position"}
    refused(portfolio, service.set_layout, {second: point})
    refused(portfolio, service.create, account, StakeholderData(name="Caio"), point)


def test_move_is_one_transaction_and_returns_the_positions_to_undo_it(portfolio, service, account):
    first, second = add_people(service, account, "Ana", "Bia")
    service.move({first: (1.0, 2.0)})
    before_rows = all_rows(portfolio)
    previous = service.move({first: (1e6, -1e6), second: (5, 6)})
    assert previous == {first: (1.0, 2.0), second: None}
    positions = {p.id: p.position for p in service.account_map(account, TODAY).people}
    assert positions == {first: (1e6, -1e6), second: (5.0, 6.0)}
    service.move(previous)  # "never placed" comes back as never placed
    assert all_rows(portfolio) == before_rows
    refused(portfolio, service.move, {first: (0, 0), 999: (0, 0)})


# -- links -------------------------------------------------------------------------------------


def test_links_are_created_edited_and_read_back(service, account):
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio")
    reports = service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO))
    influence = service.create_link(account, LinkData(caio, ana, LinkKind.INFLUENCES))
    assert service.link(influence).strength == 2  # the default strength of an influence
    previous = service.update_link(influence, {"strength": 3})
    assert previous == {"strength": 2} and service.link(influence).strength == 3
    assert service.update_link(influence, {"kind": LinkKind.INFLUENCES}) == {
        "kind": LinkKind.INFLUENCES  # the same kind keeps its strength
    }
    assert service.link(influence).strength == 3
    previous = service.update_link(influence, {"kind": LinkKind.ALLIANCE})
    assert previous == {"kind": LinkKind.INFLUENCES, "strength": 3}
    assert service.link(influence) == LinkData(caio, ana, LinkKind.ALLIANCE, None)
    service.update_link(influence, previous)
    links = {link.id: link.data for link in service.account_map(account, TODAY).links}
    assert links == {
        reports: LinkData(bia, ana, LinkKind.REPORTS_TO),
        influence: LinkData(caio, ana, LinkKind.INFLUENCES, 3),
    }


def test_a_self_link_is_refused(portfolio, service, account):
    (ana,) = add_people(service, account, "Ana")
    for kind in LinkKind:
        error = refused(portfolio, service.create_link, account, LinkData(ana, ana, kind))
        assert problem_templates(error) == {m.SELF_LINK}


def test_a_link_across_accounts_is_refused(portfolio, service, account, other_account):
    (ana,) = add_people(service, account, "Ana")
    (zeca,) = add_people(service, other_account, "Zeca")
    for data in (LinkData(ana, zeca, LinkKind.ALLIANCE), LinkData(zeca, ana, LinkKind.RIVALRY)):
        error = refused(portfolio, service.create_link, account, data)
        assert problem_templates(error) == {m.PERSON_OF_ANOTHER_ACCOUNT}
    link = service.create_link(
        account, LinkData(ana, add_people(service, account, "Bia")[0], LinkKind.ALLIANCE)
    )
    error = refused(portfolio, service.update_link, link, {"target_id": zeca})
    assert problem_fields(error) == {"target_id"}


def test_a_reporting_circle_of_two_is_refused(portfolio, service, account):
    ana, bia = add_people(service, account, "Ana", "Bia")
    service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO))
    error = refused(
        portfolio, service.create_link, account, LinkData(ana, bia, LinkKind.REPORTS_TO)
    )
    (problem,) = error.value.problems
    assert problem.template == m.REPORTING_CYCLE
    assert problem.args == {"chain": "Ana → Bia → Ana"}


def test_a_reporting_circle_of_three_is_refused_on_create_and_on_edit(portfolio, service, account):
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio")
    service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO))
    service.create_link(account, LinkData(caio, bia, LinkKind.REPORTS_TO))
    error = refused(
        portfolio, service.create_link, account, LinkData(ana, caio, LinkKind.REPORTS_TO)
    )
    assert error.value.problems[0].args == {"chain": "Ana → Caio → Bia → Ana"}
    # An influence Ana → Caio is fine, but turning it into reporting would close the circle.
    influence = service.create_link(account, LinkData(ana, caio, LinkKind.INFLUENCES))
    error = refused(portfolio, service.update_link, influence, {"kind": LinkKind.REPORTS_TO})
    assert problem_templates(error) == {m.REPORTING_CYCLE}


def test_a_second_manager_is_refused(portfolio, service, account):
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio")
    link = service.create_link(account, LinkData(caio, ana, LinkKind.REPORTS_TO))
    error = refused(
        portfolio, service.create_link, account, LinkData(caio, bia, LinkKind.REPORTS_TO)
    )
    (problem,) = error.value.problems
    assert problem.template == m.SECOND_MANAGER
    assert problem.args == {"name": "Caio", "manager": "Ana"}
    # Changing the manager of the one existing line is not a second manager.
    service.update_link(link, {"target_id": bia})
    assert service.link(link).target_id == bia


@pytest.mark.parametrize(
    ("kind", "strength"),
    [
        (LinkKind.INFLUENCES, 0),
        (LinkKind.INFLUENCES, 4),
        (LinkKind.INFLUENCES, 2.5),
        (LinkKind.ALLIANCE, 2),
        (LinkKind.REPORTS_TO, 1),
    ],
)
def test_strength_out_of_range_or_on_another_kind_is_refused(
    portfolio, service, account, kind, strength
):
    ana, bia = add_people(service, account, "Ana", "Bia")
    error = refused(portfolio, service.create_link, account, LinkData(ana, bia, kind, strength))
    assert problem_fields(error) == {"strength"}


def test_duplicate_links_are_refused_and_alliances_have_no_direction(portfolio, service, account):
    ana, bia = add_people(service, account, "Ana", "Bia")
    service.create_link(account, LinkData(ana, bia, LinkKind.ALLIANCE))
    service.create_link(account, LinkData(ana, bia, LinkKind.INFLUENCES, 1))
    for data in (
        LinkData(ana, bia, LinkKind.ALLIANCE),
        LinkData(bia, ana, LinkKind.ALLIANCE),
        LinkData(ana, bia, LinkKind.INFLUENCES, 3),
    ):
        error = refused(portfolio, service.create_link, account, data)
        assert problem_templates(error) == {m.DUPLICATE_LINK}
    # An influence is directed: the other way round is a different link.
    service.create_link(account, LinkData(bia, ana, LinkKind.INFLUENCES, 2))


def test_deleted_links_come_back_with_their_ids(portfolio, service, account):
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio")
    links = [
        service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO)),
        service.create_link(account, LinkData(caio, bia, LinkKind.RIVALRY)),
    ]
    before = all_rows(portfolio)
    snapshot = service.delete_link(links)
    assert all_rows(portfolio)["stakeholder_link"] == []
    service.restore_links(snapshot)
    assert all_rows(portfolio) == before


# -- deleting people ---------------------------------------------------------------------------


def test_deleting_a_person_with_links_is_undone_exactly(portfolio, service, account):
    unit = service.create_unit(account, OrgUnitData("TI", is_target=True))
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio", org_unit_id=unit)
    service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO))
    service.create_link(account, LinkData(caio, bia, LinkKind.REPORTS_TO))
    service.create_link(account, LinkData(bia, caio, LinkKind.INFLUENCES, 3))
    kept = service.create_link(account, LinkData(ana, caio, LinkKind.ALLIANCE))
    with portfolio.session() as session:  # rows of other features that point at Bia
        meeting = Interaction(account_id=account, date=TODAY)
        session.add(meeting)
        session.flush()
        session.execute(
            interaction_stakeholder.insert(),
            [{"interaction_id": meeting.id, "stakeholder_id": bia}],
        )
        session.add(
            SurveyResponse(
                account_id=account, stakeholder_id=bia, date=TODAY, kind=SurveyKind.NPS, score=9
            )
        )
    before = all_rows(portfolio)
    snapshot = service.delete([bia])
    assert snapshot.count("stakeholder") == 1 and snapshot.count("stakeholder_link") == 3
    after = all_rows(portfolio)
    assert [row[0] for row in after["stakeholder_link"]] == [kept]
    assert after["interaction_stakeholder"] == [] and len(after["interaction"]) == 1
    with portfolio.session() as session:  # the survey stays, no longer tied to anyone
        assert session.scalar(select(SurveyResponse.stakeholder_id)) is None
    service.restore(snapshot)
    assert all_rows(portfolio) == before


# -- org units ---------------------------------------------------------------------------------


def make_tree(service, account) -> tuple[int, int, int]:
    company = service.create_unit(account, OrgUnitData("Agro Cerrado S.A.", OrgUnitKind.COMPANY))
    unit = service.create_unit(
        account, OrgUnitData("Grãos", OrgUnitKind.BUSINESS_UNIT, company, True)
    )
    area = service.create_unit(account, OrgUnitData("Logística", OrgUnitKind.AREA, unit))
    return company, unit, area


def test_units_are_created_edited_and_listed_in_tree_order(service, account):
    company, unit, area = make_tree(service, account)
    side = service.create_unit(account, OrgUnitData("Auditoria", OrgUnitKind.AREA, company))
    previous = service.update_unit(area, {"is_target": True, "name": " Logística e Frota "})
    assert previous == {"is_target": False, "name": "Logística"}
    assert service.unit(area) == OrgUnitData("Logística e Frota", OrgUnitKind.AREA, unit, True)
    shown = [(u.id, u.depth) for u in service.account_map(account, TODAY).units]
    assert shown == [(company, 0), (side, 1), (unit, 1), (area, 2)]


@pytest.mark.parametrize("new_parent", ["self", "child", "grandchild"])
def test_a_unit_cannot_move_inside_itself(portfolio, service, account, new_parent):
    company, unit, area = make_tree(service, account)
    parent = {"self": company, "child": unit, "grandchild": area}[new_parent]
    error = refused(portfolio, service.update_unit, company, {"parent_id": parent})
    assert problem_templates(error) == {m.UNIT_PARENT_CYCLE}


def test_a_unit_parent_must_be_in_the_same_account(portfolio, service, account, other_account):
    company, _unit, area = make_tree(service, account)
    foreign = service.create_unit(other_account, OrgUnitData("Holding", OrgUnitKind.COMPANY))
    error = refused(portfolio, service.update_unit, area, {"parent_id": foreign})
    assert problem_templates(error) == {m.UNIT_OF_ANOTHER_ACCOUNT}
    error = refused(portfolio, service.create_unit, account, OrgUnitData("Nova", parent_id=foreign))
    assert problem_fields(error) == {"parent_id"}
    refused(portfolio, service.update_unit, foreign, {"parent_id": company})


def test_unit_names_are_required_and_unique_in_the_account(
    portfolio, service, account, other_account
):
    make_tree(service, account)
    for name in ("", "  ", "x" * 201, "logistica"):
        error = refused(portfolio, service.create_unit, account, OrgUnitData(name))
        assert problem_fields(error) == {"name"}
    service.create_unit(other_account, OrgUnitData("Logística"))  # another account: fine


def test_deleting_a_unit_moves_its_sub_units_up_keeps_its_people_and_undoes(
    portfolio, service, account
):
    company, unit, area = make_tree(service, account)
    (ana,) = add_people(service, account, "Ana", org_unit_id=unit, stance=Stance.SPONSOR)
    before = all_rows(portfolio)
    snapshot = service.delete_unit(unit)
    assert service.unit(area).parent_id == company  # moved up, not orphaned at the top
    assert service.person(ana).org_unit_id is None  # the person stays, without a unit
    service.restore_units(snapshot)
    assert all_rows(portfolio) == before
    snapshot = service.delete_units([unit, company])  # a whole branch: the area becomes a top
    assert service.unit(area).parent_id is None
    service.restore(snapshot)
    assert all_rows(portfolio) == before


# -- the map on a realistic portfolio ----------------------------------------------------------


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "Demo.kamdesk"
    write_demo(path, accounts=4, today=TODAY)
    opened = open_portfolio(path)
    yield opened
    opened.close()


def analytics_of(portfolio, account_id: int):
    """People and areas of an account read straight from the tables, for the analytics."""
    with portfolio.session() as session:
        people = [
            coverage.Person(
                p.id, p.name, p.org_unit_id, p.stance, p.influence, p.buying_role, p.last_contact
            )
            for p in session.scalars(
                select(Stakeholder).where(Stakeholder.account_id == account_id)
            )
        ]
        areas = [
            coverage.Area(u.id, u.name, u.parent_id, u.is_target)
            for u in session.scalars(select(OrgUnit).where(OrgUnit.account_id == account_id))
        ]
    return people, areas


def demo_accounts(portfolio) -> list[int]:
    return [row.id for row in AccountService(portfolio).list_rows(as_of=TODAY)]


def test_account_map_agrees_with_the_analytics_on_the_same_data(demo):
    service = StakeholderService(demo)
    stale_days = SettingsService(demo).load().stale_contact_days
    for account_id in demo_accounts(demo):
        shown = service.account_map(account_id, TODAY)
        people, areas = analytics_of(demo, account_id)
        expected = coverage.sponsor_coverage(people, areas)
        # The map lists areas in tree order, so compare which areas, not in which order.
        assert set(shown.coverage.covered) == set(expected.covered)
        assert set(shown.coverage.uncovered) == set(expected.uncovered)
        assert shown.sponsor_coverage == expected.ratio
        assert shown.resistance == coverage.resistance(people)
        assert list(shown.alerts) == coverage.gap_alerts(people, areas, TODAY, stale_days)
        assert {p.id for p in shown.people} == {p.id for p in people}
        with demo.session() as session:
            links = session.scalar(
                select(StakeholderLink.id).where(StakeholderLink.account_id == account_id).limit(1)
            )
        assert links is None or shown.links
        # The demo's latest relationship review measured the map as it is today.
        assert shown.trend and shown.measures.to_json() == {
            "sponsor_coverage": shown.trend[-1].sponsor_coverage,
            "resistance": shown.trend[-1].resistance,
        }


def overlaps(a, b) -> bool:
    (ax, ay, aw, ah), (bx, by, bw, bh) = a, b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_auto_layout_places_everyone_without_overlap_and_undoes(demo):
    service = StakeholderService(demo)
    for account_id in demo_accounts(demo):
        people = service.account_map(account_id, TODAY).people
        sizes = {p.id: (120.0 + 20 * p.data.influence, 60.0 + 5 * p.data.influence) for p in people}
        positions = service.auto_layout(account_id, sizes)
        assert set(positions) == set(sizes)
        boxes = [(*positions[i], *sizes[i]) for i in sizes]
        assert not any(overlaps(a, b) for a, b in itertools.combinations(boxes, 2))
        assert service.auto_layout(account_id, CARD).keys() == positions.keys()
        before = all_rows(demo)
        previous = service.set_layout(positions)
        stored = {p.id: p.position for p in service.account_map(account_id, TODAY).people}
        assert stored == positions
        service.set_layout(previous)
        assert all_rows(demo) == before


def test_managers_sit_above_their_reports_in_the_auto_layout(service, account):
    ana, bia, caio = add_people(service, account, "Ana", "Bia", "Caio")
    service.create_link(account, LinkData(bia, ana, LinkKind.REPORTS_TO))
    service.create_link(account, LinkData(caio, ana, LinkKind.REPORTS_TO))
    positions = service.auto_layout(account, CARD)
    assert positions[ana][1] < positions[bia][1] == positions[caio][1]


# -- the monthly map review --------------------------------------------------------------------


def test_two_map_reviews_make_a_trend(portfolio, service, account):
    target = service.create_unit(account, OrgUnitData("Compras", is_target=True))
    service.create_unit(account, OrgUnitData("Finanças", is_target=True))
    ana, bia = add_people(service, account, "Ana", "Bia", org_unit_id=target)
    service.update(ana, {"stance": Stance.OPPONENT, "influence": 3})
    service.update(bia, {"influence": 1})
    first = service.record_map_review(account, dt.date(2026, 10, 5), "Mapa inicial")
    service.update(ana, {"stance": Stance.SPONSOR})
    service.record_map_review(account, dt.date(2026, 11, 5))
    trend = service.account_map(account, TODAY).trend
    assert [(p.date, p.sponsor_coverage, p.resistance) for p in trend] == [
        (dt.date(2026, 10, 5), 0.0, 0.75),
        (dt.date(2026, 11, 5), 0.5, 0.0),
    ]
    before = all_rows(portfolio)
    snapshot = service.delete_map_review(first)
    assert len(service.account_map(account, TODAY).trend) == 1
    service.restore(snapshot)
    assert all_rows(portfolio) == before
