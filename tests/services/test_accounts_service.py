"""Accounts service: validation names the field, refused input writes nothing, delete undoes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.model import Opportunity, OrgUnit, PipelineStage, RevenueRecord, Stakeholder
from kamdesk.model.enums import LifecycleStage, Strategy, Tier
from kamdesk.services.accounts import (
    AccountData,
    AccountFilter,
    AccountService,
    lifecycle_suggestion,
    tier_assignment,
)
from kamdesk.services.problems import ValidationError
from tests.services.support import all_rows

VALID_CNPJ = "11.222.333/0001-81"


@pytest.fixture
def accounts(portfolio):
    return AccountService(portfolio)


def problem_fields(error: ValidationError) -> set[str]:
    return {p.field for p in error.value.problems}


def test_create_and_read_back_every_field(accounts):
    data = AccountData(
        name="  Agro Cerrado  ",
        legal_name="Agro Cerrado Alimentos S.A.",
        tax_id="11222333000181",
        industry="Agronegócio",
        employees=1200,
        revenue_band="R$ 300M–1B",
        region="Centro-Oeste",
        owner="Ana Lima",
        tier_override=Tier.B,
        strategic_importance=5,
        lifecycle_stage=LifecycleStage.DEVELOPMENT,
        strategies=(Strategy.CROSS_SELL,),
        value_proposition="Menos perdas na colheita",
        desired_position="Parceiro de valor",
        perceived_position="Fornecedor de commodity",
        acquisition_cost=Decimal("15000.50"),
        client_since=dt.date(2021, 3, 1),
        notes="=SUM(A1)",
        icp_ratings={"offer_fit": 4},
    )
    account_id = accounts.create(data)
    stored = accounts.get(account_id)
    assert stored.name == "Agro Cerrado"
    assert stored.tax_id == VALID_CNPJ  # normalised to the usual punctuation
    assert stored.acquisition_cost == Decimal("15000.50")
    assert stored.strategies == (Strategy.CROSS_SELL,)
    assert stored.icp_ratings == {"offer_fit": 4}
    assert stored.notes == "=SUM(A1)"
    assert stored.tier_override is Tier.B


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AccountData(name=""), "name"),
        (AccountData(name="   "), "name"),
        (AccountData(name="x" * 201), "name"),
        (AccountData(name="Banco", tax_id="11.222.333/0001-82"), "tax_id"),
        (AccountData(name="Banco", tax_id="123"), "tax_id"),
        (AccountData(name="Banco", tax_id="00.000.000/0000-00"), "tax_id"),
        (AccountData(name="Banco", strategic_importance=6), "strategic_importance"),
        (AccountData(name="Banco", strategic_importance=0), "strategic_importance"),
        (AccountData(name="Banco", icp_ratings={"offer_fit": 7}), "icp:offer_fit"),
        (AccountData(name="Banco", icp_ratings={"offer_fit": 0}), "icp:offer_fit"),
        (AccountData(name="Banco", employees=-1), "employees"),
        (AccountData(name="Banco", acquisition_cost=Decimal("-1")), "acquisition_cost"),
    ],
    ids=[
        "empty name",
        "blank name",
        "long name",
        "cnpj digits",
        "cnpj length",
        "cnpj repeated",
        "importance high",
        "importance low",
        "rating high",
        "rating low",
        "employees",
        "negative cost",
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_written(portfolio, accounts, data, field):
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        accounts.create(data)
    assert field in problem_fields(error)
    assert all_rows(portfolio) == before


def test_duplicate_names_differ_only_in_case_and_accents(portfolio, accounts):
    accounts.create(AccountData(name="Café Brasil"))
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        accounts.create(AccountData(name="CAFE BRASIL"))
    assert problem_fields(error) == {"name"}
    assert "Café Brasil" not in str(error.value) or "CAFE BRASIL" in str(error.value)
    assert all_rows(portfolio) == before


def test_update_refuses_a_duplicate_name_and_keeps_the_old_one(portfolio, accounts):
    accounts.create(AccountData(name="Vale Verde"))
    other = accounts.create(AccountData(name="Rio Claro"))
    before = all_rows(portfolio)
    with pytest.raises(ValidationError):
        accounts.update(other, {"name": "vale verde"})
    assert all_rows(portfolio) == before
    accounts.update(other, {"name": "Rio Claro Energia", "icp_ratings": {"sector_fit": 2}})
    assert accounts.get(other).name == "Rio Claro Energia"
    assert accounts.get(other).icp_ratings == {"sector_fit": 2}


def test_alphanumeric_cnpj_is_accepted(accounts):
    account_id = accounts.create(AccountData(name="Nova", tax_id="12.ABC.345/01DE-35"))
    assert accounts.get(account_id).tax_id == "12.ABC.345/01DE-35"


def test_list_filters_by_text_tier_stage_owner_and_archived(accounts):
    a = accounts.create(
        AccountData(
            name="Agro Cerrado",
            owner="Ana",
            industry="Agronegócio",
            lifecycle_stage=LifecycleStage.RETENTION,
            tier_override=Tier.A,
        )
    )
    b = accounts.create(AccountData(name="Banco Paulista", owner="Bruno"))
    accounts.create(AccountData(name="Antiga", owner="Ana", archived=True))
    ids = lambda f: {r.id for r in accounts.list_rows(f)}  # noqa: E731
    assert ids(AccountFilter()) == {a, b}
    assert ids(AccountFilter(text="agronegocio")) == {a}
    assert ids(AccountFilter(tiers=frozenset({Tier.A}))) == {a}
    assert ids(AccountFilter(stages=frozenset({LifecycleStage.TARGETING}))) == {b}
    assert ids(AccountFilter(owner="Ana")) == {a}
    assert len(ids(AccountFilter(owner="Ana", include_archived=True))) == 2


def test_tier_comes_from_rules_over_score_revenue_frequency_and_override(portfolio, accounts):
    ratings = {
        c: 5
        for c in (
            "business_volume",
            "company_size",
            "sector_fit",
            "growth_potential",
            "market_influence",
            "offer_fit",
        )
    }
    account_id = accounts.create(
        AccountData(name="Grande", icp_ratings=ratings, strategic_importance=4)
    )
    today = dt.date(2026, 11, 25)
    with portfolio.session() as session:
        for month in range(1, 11):  # Jan–Oct 2026: 10 months, R$ 150k each = R$ 1.5M
            session.add(
                RevenueRecord(
                    account_id=account_id,
                    month=dt.date(2026, month, 1),
                    revenue=Decimal(150_000),
                    recurring=Decimal(100_000),
                )
            )
    row = accounts.list_rows(as_of=today)[0]
    assert row.icp_score == 100
    assert row.annual_revenue == Decimal(1_500_000)
    assert row.purchase_months == 10
    assert row.tier is Tier.A and not row.tier_is_override
    accounts.update(account_id, {"tier_override": Tier.C})
    row = accounts.list_rows(as_of=today)[0]
    assert (row.tier, row.computed_tier, row.tier_is_override) == (Tier.C, Tier.A, True)
    explanation = tier_assignment(portfolio, account_id, today)
    assert explanation.assignment.is_override and explanation.inputs.purchase_months == 10


def test_lifecycle_suggestion_reads_revenue_and_pipeline(portfolio, accounts):
    account_id = accounts.create(AccountData(name="Prospect"))
    assert lifecycle_suggestion(portfolio, account_id) is LifecycleStage.TARGETING
    with portfolio.session() as session:
        stage = session.scalar(select(PipelineStage).where(PipelineStage.key == "proposal"))
        session.add(Opportunity(account_id=account_id, title="Piloto", stage_id=stage.id))
    assert lifecycle_suggestion(portfolio, account_id) is LifecycleStage.ACQUISITION


def test_delete_removes_dependants_and_restore_brings_back_exactly(portfolio, accounts):
    keep = accounts.create(AccountData(name="Fica"))
    gone = accounts.create(AccountData(name="Sai", icp_ratings={"offer_fit": 3}))
    with portfolio.session() as session:
        unit = OrgUnit(account_id=gone, name="Diretoria de TI", is_target=True)
        session.add(unit)
        session.flush()
        child = OrgUnit(account_id=gone, name="Infraestrutura", parent_id=unit.id)
        session.add(child)
        session.add(Stakeholder(account_id=gone, name="Carla", org_unit_id=unit.id))
        session.add(
            RevenueRecord(
                account_id=gone,
                month=dt.date(2026, 1, 1),
                revenue=Decimal(10),
                recurring=Decimal(5),
            )
        )
    before = all_rows(portfolio)
    preview = accounts.preview_delete([gone])
    assert preview.count("org_unit") == 2 and preview.count("stakeholder") == 1
    snapshot = accounts.delete([gone])
    after_delete = all_rows(portfolio)
    assert [r[1] for r in after_delete["account"]] == ["Fica"]
    assert after_delete["org_unit"] == [] and after_delete["revenue_record"] == []
    accounts.restore(snapshot)
    assert all_rows(portfolio) == before
    assert keep in {r.id for r in accounts.list_rows()}


def test_archive_hides_from_default_list(accounts):
    account_id = accounts.create(AccountData(name="Velha"))
    accounts.set_archived([account_id], True)
    assert accounts.list_rows(AccountFilter()) == []
    assert accounts.get(account_id).archived
