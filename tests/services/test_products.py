"""Product lines: list, create, rename, delete with their opportunities kept, undo row for row."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.pipeline import (
    OpportunityData,
    OpportunityService,
    ProductData,
    ProductService,
)
from kamdesk.services.pipeline import messages as m
from kamdesk.services.problems import REQUIRED, TOO_LONG, ValidationError
from tests.services.support import all_rows

TODAY = dt.date(2026, 11, 2)


def refused(portfolio, call, *args) -> ValidationError:
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        call(*args)
    assert all_rows(portfolio) == before
    return error.value


@pytest.fixture
def service(portfolio):
    return ProductService(portfolio)


@pytest.fixture
def catalogue(service) -> dict[str, int]:
    return {
        name: service.create(ProductData(name, category))
        for name, category in (("Seguro frota", "Seguros"), ("ERP Fiscal", "Software"))
    }


@pytest.fixture
def offers(portfolio, catalogue) -> list[int]:
    """Two opportunities offering the ERP, one offering the insurance."""
    account = AccountService(portfolio).create(AccountData(name="Agro Cerrado"))
    service = OpportunityService(portfolio)
    made = [("ERP 1", "ERP Fiscal"), ("ERP 2", "ERP Fiscal"), ("Frota", "Seguro frota")]
    return [
        service.create(
            OpportunityData(account_id=account, title=title, product_id=catalogue[product]),
            today=TODAY,
        )
        for title, product in made
    ]


def test_products_are_listed_by_name_with_how_many_opportunities_offer_them(
    service, catalogue, offers
):
    rows = service.list_rows()
    assert [(r.name, r.category, r.opportunity_count) for r in rows] == [
        ("ERP Fiscal", "Software", 2),
        ("Seguro frota", "Seguros", 1),
    ]
    assert service.get(catalogue["ERP Fiscal"]) == ProductData("ERP Fiscal", "Software")


def test_names_and_categories_are_trimmed(service):
    product = service.create(ProductData("  BI Agro ", " Analytics "))
    assert service.get(product) == ProductData("BI Agro", "Analytics")


@pytest.mark.parametrize(
    ("data", "field", "template"),
    [
        (ProductData(""), "name", REQUIRED),
        (ProductData("  "), "name", REQUIRED),
        (ProductData("erp fiscal"), "name", m.DUPLICATE_PRODUCT),
        (ProductData("SEGURO FROTA "), "name", m.DUPLICATE_PRODUCT),
        (ProductData("x" * 201), "name", TOO_LONG),
        (ProductData("BI", "x" * 121), "category", TOO_LONG),
    ],
)
def test_bad_products_are_refused_with_nothing_written(
    portfolio, service, catalogue, data, field, template
):
    error = refused(portfolio, service.create, data)
    assert (error.problems[0].field, error.problems[0].template) == (field, template)
    assert service.validate(data) == error.problems


def test_rename_returns_the_previous_name_which_undoes_it(portfolio, service, catalogue):
    before = all_rows(portfolio)
    assert service.rename(catalogue["ERP Fiscal"], "ERP Fiscal Cloud") == "ERP Fiscal"
    assert [r.name for r in service.list_rows()] == ["ERP Fiscal Cloud", "Seguro frota"]
    service.rename(catalogue["ERP Fiscal"], "ERP Fiscal")
    assert all_rows(portfolio) == before


def test_rename_to_another_products_name_is_refused(portfolio, service, catalogue):
    error = refused(portfolio, service.rename, catalogue["ERP Fiscal"], "Seguro Frota")
    assert error.problems[0].args == {"name": "Seguro frota"}


def test_update_returns_previous_values(service, catalogue):
    previous = service.update(catalogue["ERP Fiscal"], {"category": "SaaS"})
    assert previous == {"category": "Software"}


def test_deleting_a_product_keeps_its_opportunities_and_restore_gives_everything_back(
    portfolio, service, catalogue, offers
):
    before = all_rows(portfolio)
    snapshot = service.delete([catalogue["ERP Fiscal"]])
    opportunities = {r.title: r for r in OpportunityService(portfolio).list_rows()}
    assert set(opportunities) == {"ERP 1", "ERP 2", "Frota"}
    assert [opportunities[t].product_id for t in ("ERP 1", "ERP 2")] == [None, None]
    assert opportunities["ERP 1"].product_name == ""
    assert opportunities["Frota"].product_name == "Seguro frota"
    service.restore(snapshot)
    assert all_rows(portfolio) == before


def test_a_created_product_is_undone_by_delete_and_redone_by_restore(portfolio, service):
    before = all_rows(portfolio)
    product = service.create(ProductData("BI Agro"))
    after = all_rows(portfolio)
    snapshot = service.delete([product])
    assert all_rows(portfolio) == before
    service.restore(snapshot)
    assert all_rows(portfolio) == after


def test_missing_products_are_refused_not_crashed_on(portfolio, service):
    for call, args in (
        (service.get, (999,)),
        (service.rename, (999, "x")),
        (service.delete, ([999],)),
    ):
        assert {p.field for p in refused(portfolio, call, *args).problems} == {"id"}
