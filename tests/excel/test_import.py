"""Importing a workbook: matching rows to records, every error by sheet/row/column, and
writing all or nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from test_import_support import all_rows, raw_sheet, workbook

from kamdesk.model import (
    Account,
    Action,
    CheckIn,
    IcpCriterion,
    IcpRating,
    Interaction,
    KeyResult,
    Objective,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    PipelineStage,
    Product,
    RevenueRecord,
    Review,
    Risk,
    Stakeholder,
    StakeholderLink,
    SurveyResponse,
    interaction_stakeholder,
)
from kamdesk.model.enums import (
    ActionStatus,
    LifecycleStage,
    LinkKind,
    OrgUnitKind,
    Stance,
    SurveyKind,
    Tier,
)
from kamdesk.services.workbook_import import (
    BY_ID,
    BY_NATURAL_KEY,
    CHANGED,
    DELETE,
    NEW,
    UNCHANGED,
    FieldChange,
    apply_import,
    plan_import,
)

VALID_CNPJ = "11.222.333/0001-81"


def imported(portfolio, raw, **options):
    """Plans and applies ``raw``, insisting that the plan has no errors."""
    plan = plan_import(portfolio, raw, **options)
    assert not plan.errors, [e.text() for e in plan.errors]
    apply_import(portfolio, plan)
    return plan


def messages(plan) -> list[tuple]:
    return [(e.sheet, e.row, e.column, e.text()) for e in plan.errors]


def refused(portfolio, raw, **options):
    """Plans ``raw``, which must have errors; proves nothing can be written from it."""
    before = all_rows(portfolio)
    plan = plan_import(portfolio, raw, **options)
    assert plan.has_errors
    with pytest.raises(ValueError):
        apply_import(portfolio, plan)
    assert all_rows(portfolio) == before
    return plan


def one(session, model, **where):
    return session.scalars(select(model).filter_by(**where)).one()


@pytest.fixture
def acme(portfolio):
    """A portfolio with one account, Acme, with a stakeholder and some revenue."""
    imported(
        portfolio,
        workbook(
            accounts=[{"name": "Acme", "region": "Sul", "strategies": "Cross-sell, Up-sell"}],
            stakeholders=[{"account": "Acme", "name": "Ana Lima", "stance": "Ally"}],
            revenue=[{"account": "Acme", "month": "2026-01", "revenue": 1000, "recurring": 400}],
        ),
    )
    with portfolio.session() as session:
        return one(session, Account, name="Acme").id


# -- new records --------------------------------------------------------------------------


def everything_new():
    return workbook(
        language="pt_BR",
        accounts=[
            {
                "name": "Agro Cerrado",
                "tax_id": "11222333000181",
                "lifecycle_stage": "Rentabilização",
                "tier_override": "A · Estratégica",
                "strategic_importance": 5,
                "growth_potential": 4,
                "market_influence": "3",
                "strategies": "Venda cruzada; Reposicionamento",
                "acquisition_cost": "R$ 1.234,56",
                "client_since": "15/03/2020",
            }
        ],
        org_units=[
            {"account": "Agro Cerrado", "name": "TI", "parent": "Matriz", "kind": "Área"},
            {"account": "agro cerrado", "name": "Matriz", "kind": "Empresa", "is_target": "x"},
        ],
        stakeholders=[
            {"account": "Agro Cerrado", "name": "Bia", "reports_to": "Ana", "org_unit": "TI"},
            {"account": "Agro Cerrado", "name": "Ana", "stance": "Patrocinador"},
        ],
        relations=[
            {"account": "Agro Cerrado", "source": "Ana", "target": "Bia", "kind": "Influencia"}
        ],
        products=[{"name": "Plataforma", "category": "Software"}],
        opportunities=[
            {
                "account": "Agro Cerrado",
                "title": "Expansão",
                "product": "Plataforma",
                "org_unit": "TI",
                "stage": "Negociação",
                "one_time_value": "10.000,00",
                "recurring_value": "R$ 500",
                "probability": "60%",
            }
        ],
        revenue=[{"account": "Agro Cerrado", "month": "2026-02", "revenue": "1.000,50"}],
        surveys=[
            {
                "account": "Agro Cerrado",
                "stakeholder": "Ana",
                "date": "01/02/2026",
                "kind": "NPS",
                "score": 9,
            }
        ],
        risks=[{"account": "Agro Cerrado", "description": "Concorrente agressivo"}],
        actions=[
            {
                "account": "Agro Cerrado",
                "risk": "Concorrente agressivo",
                "title": "Visitar diretoria",
                "status": "Concluída",
            }
        ],
        objectives=[{"account": "Agro Cerrado", "title": "Crescer", "period": "2027-Q1"}],
        key_results=[{"objective": "Crescer", "title": "Receita", "target": "1.500"}],
        check_ins=[{"key_result": "Receita", "date": "2026-03-01", "value": 300}],
        interactions=[
            {"account": "Agro Cerrado", "date": "2026-02-10", "stakeholders": "Ana; Bia"}
        ],
        reviews=[{"account": "Agro Cerrado", "kind": "Risco", "date": "2026-02-11"}],
    )


def test_new_account_and_all_its_dependants_refer_to_each_other(portfolio):
    plan = imported(portfolio, everything_new())
    assert {r.action for r in plan.rows} == {NEW}
    assert plan.counts().new == 17
    with portfolio.session() as session:
        account = one(session, Account, name="Agro Cerrado")
        assert account.name_key == "agro cerrado"
        assert account.tax_id == VALID_CNPJ
        assert account.lifecycle_stage is LifecycleStage.DEVELOPMENT
        assert account.tier_override is Tier.A
        assert account.strategies == ["cross_sell", "repositioning"]
        assert account.acquisition_cost == Decimal("1234.56")
        assert account.client_since == dt.date(2020, 3, 15)
        criteria = dict(session.execute(select(IcpCriterion.key, IcpCriterion.id)).all())
        ratings = dict(session.execute(select(IcpRating.criterion_id, IcpRating.rating)).all())
        assert ratings == {criteria["growth_potential"]: 4, criteria["market_influence"]: 3}
        top, area = one(session, OrgUnit, name="Matriz"), one(session, OrgUnit, name="TI")
        assert (top.kind, top.is_target, area.parent_id) == (OrgUnitKind.COMPANY, True, top.id)
        ana, bia = one(session, Stakeholder, name="Ana"), one(session, Stakeholder, name="Bia")
        assert (ana.stance, bia.org_unit_id) == (Stance.SPONSOR, area.id)
        links = {
            (k, s, t)
            for k, s, t in session.execute(
                select(StakeholderLink.kind, StakeholderLink.source_id, StakeholderLink.target_id)
            )
        }
        assert links == {
            (LinkKind.REPORTS_TO, bia.id, ana.id),
            (LinkKind.INFLUENCES, ana.id, bia.id),
        }
        deal = one(session, Opportunity, title="Expansão")
        stage = session.get(PipelineStage, deal.stage_id)
        assert (stage.key, deal.probability) == ("negotiation", 60)
        assert (deal.one_time_value, deal.recurring_value) == (Decimal(10000), Decimal(500))
        assert deal.product_id == one(session, Product, name="Plataforma").id
        assert session.scalar(select(func.count()).select_from(OpportunityHistory)) == 1
        revenue = one(session, RevenueRecord, account_id=account.id)
        assert (revenue.month, revenue.revenue, revenue.recurring) == (
            dt.date(2026, 2, 1),
            Decimal("1000.50"),
            Decimal(0),
        )
        survey = one(session, SurveyResponse, account_id=account.id)
        assert (survey.kind, survey.score, survey.stakeholder_id) == (SurveyKind.NPS, 9, ana.id)
        action = one(session, Action, title="Visitar diretoria")
        assert action.risk_id == one(session, Risk, account_id=account.id).id
        assert (action.status, action.done_at) == (ActionStatus.DONE, dt.date.today())
        result = one(session, KeyResult, title="Receita")
        assert result.objective_id == one(session, Objective, title="Crescer").id
        assert (result.target, result.start) == (1500.0, 0.0)
        assert one(session, CheckIn, key_result_id=result.id).value == 300.0
        interaction = one(session, Interaction, account_id=account.id)
        people = set(session.scalars(select(interaction_stakeholder.c.stakeholder_id)))
        assert people == {ana.id, bia.id}
        assert interaction.date == dt.date(2026, 2, 10)
        assert one(session, Review, account_id=account.id).date == dt.date(2026, 2, 11)
    assert portfolio.integrity_problems() == []


def test_importing_the_same_new_rows_twice_changes_nothing_the_second_time(portfolio):
    imported(portfolio, everything_new())
    before = all_rows(portfolio)
    plan = imported(portfolio, everything_new())
    assert {r.action for r in plan.rows} == {UNCHANGED}
    assert {r.matched_by for r in plan.rows} == {BY_NATURAL_KEY}
    assert all_rows(portfolio) == before


# -- updates ------------------------------------------------------------------------------


def test_a_row_with_an_id_updates_that_record_and_shows_the_changes(portfolio, acme):
    raw = workbook(accounts=[{"id": acme, "name": "Acme Brasil", "region": "Norte"}])
    plan = plan_import(portfolio, raw)
    [row] = plan.rows
    assert (row.action, row.record_id, row.matched_by) == (CHANGED, acme, BY_ID)
    assert {(c.column, c.old, c.new) for c in row.changes} == {
        ("Name", "Acme", "Acme Brasil"),
        ("Region", "Sul", "Norte"),
    }
    apply_import(portfolio, plan)
    with portfolio.session() as session:
        account = session.get(Account, acme)
        assert (account.name, account.name_key, account.region) == (
            "Acme Brasil",
            "acme brasil",
            "Norte",
        )


def test_a_row_without_id_updates_the_record_of_the_same_natural_key(portfolio, acme):
    raw = workbook(
        stakeholders=[{"account": "ACME", "name": "Ana Lima", "stance": "Sponsor"}],
        revenue=[{"account": "Acme", "month": "01/2026", "revenue": 1200}],
    )
    plan = plan_import(portfolio, raw)
    assert [(r.sheet_key, r.action, r.matched_by) for r in plan.rows] == [
        ("stakeholders", CHANGED, BY_NATURAL_KEY),
        ("revenue", CHANGED, BY_NATURAL_KEY),
    ]
    assert plan.rows[0].changes == [FieldChange("Stance", "Ally", "Sponsor")]
    apply_import(portfolio, plan)
    with portfolio.session() as session:
        assert one(session, Stakeholder, account_id=acme).stance is Stance.SPONSOR
        revenue = one(session, RevenueRecord, account_id=acme)
        assert (revenue.revenue, revenue.recurring) == (Decimal(1200), Decimal(400))  # kept
        assert session.scalar(select(func.count()).select_from(Stakeholder)) == 1


def test_columns_missing_from_the_sheet_are_left_as_they_are(portfolio, acme):
    raw = workbook(accounts=[{"name": "Acme", "owner": "Rita"}])
    plan = imported(portfolio, raw)
    assert [c.column for c in plan.rows[0].changes] == ["Owner"]
    with portfolio.session() as session:
        account = session.get(Account, acme)
        assert (account.region, account.owner, account.strategies) == (
            "Sul",
            "Rita",
            ["cross_sell", "up_sell"],
        )


def test_reordered_strategies_are_not_a_change(portfolio, acme):
    plan = plan_import(
        portfolio, workbook(accounts=[{"name": "Acme", "strategies": "Up-sell; Cross-sell"}])
    )
    assert plan.rows[0].action == UNCHANGED


def test_a_blank_cell_clears_the_value(portfolio, acme):
    raw = workbook(accounts=[{"name": "Acme", "region": None, "strategies": ""}])
    imported(portfolio, raw)
    with portfolio.session() as session:
        account = session.get(Account, acme)
        assert (account.region, account.strategies) == ("", [])


def test_an_opportunity_moved_to_won_is_closed_and_gets_a_history_row(portfolio, acme):
    rows = [
        {"account": "Acme", "title": "Deal", "stage": "Proposal", "expected_close": "2026-05-01"}
    ]
    imported(portfolio, workbook(opportunities=rows))
    rows[0]["stage"] = "Won"
    imported(portfolio, workbook(opportunities=rows))
    with portfolio.session() as session:
        deal = one(session, Opportunity, title="Deal")
        assert deal.closed_at == dt.date(2026, 5, 1)
        history = session.scalars(
            select(OpportunityHistory.stage_id).order_by(OpportunityHistory.id)
        )
        assert list(history) == [one(session, PipelineStage, key=k).id for k in ("proposal", "won")]


def test_a_probability_equal_to_the_stage_default_keeps_following_the_stage(portfolio, acme):
    rows = [{"account": "Acme", "title": "Deal", "stage": "Proposal"}]
    imported(portfolio, workbook(opportunities=rows))
    rows[0]["probability"] = 50  # Proposal's default, as a spreadsheet might show it
    plan = plan_import(portfolio, workbook(opportunities=rows))
    assert plan.rows[0].action == UNCHANGED


def test_two_accounts_can_swap_names(portfolio, acme):
    imported(portfolio, workbook(accounts=[{"name": "Beta"}]))
    with portfolio.session() as session:
        beta = one(session, Account, name="Beta").id
    imported(
        portfolio, workbook(accounts=[{"id": acme, "name": "Beta"}, {"id": beta, "name": "Acme"}])
    )
    with portfolio.session() as session:
        assert session.get(Account, acme).name == "Beta"
        assert session.get(Account, beta).name_key == "acme"


def test_renaming_an_account_to_the_name_of_another_is_refused(portfolio, acme):
    imported(portfolio, workbook(accounts=[{"name": "Beta"}]))
    plan = refused(portfolio, workbook(accounts=[{"id": acme, "name": "BETA"}]))
    assert "already called “BETA”" in messages(plan)[0][3]


# -- errors -------------------------------------------------------------------------------


def test_an_unknown_id_is_an_error_never_a_new_record(portfolio, acme):
    plan = refused(portfolio, workbook(accounts=[{"id": 999, "name": "Ghost"}]))
    assert messages(plan) == [("Accounts", 2, "id", "id 999 does not exist in this portfolio.")]
    assert plan.summary["accounts"].errors == 1


def test_an_id_of_another_sheet_is_unknown_in_this_one(portfolio, acme):
    raw = workbook(products=[{"id": acme, "name": "Plataforma"}])
    assert "id 1 does not exist" in messages(refused(portfolio, raw))[0][3]


def test_duplicate_ids_name_the_earlier_row(portfolio, acme):
    raw = workbook(accounts=[{"id": acme, "name": "Acme"}, {"id": acme, "name": "Acme 2"}])
    plan = refused(portfolio, raw)
    assert messages(plan) == [("Accounts", 3, "id", "id 1 is already used by row 2.")]


def test_duplicate_natural_keys_name_the_earlier_row(portfolio):
    raw = workbook(
        accounts=[{"name": "Acme"}, {"name": "Beta"}, {"name": " ACMÉ "}],
        risks=[
            {"account": "Acme", "description": "Late payments"},
            {"account": "Acme", "description": "late payments"},
        ],
    )
    plan = refused(portfolio, raw)
    assert messages(plan) == [
        ("Accounts", 4, "Name", "“ACMÉ” is already in row 2."),
        ("Risks", 3, "Description", "“Acme › late payments” is already in row 2."),
    ]


def test_a_reference_to_an_account_that_exists_nowhere(portfolio, acme):
    raw = workbook(revenue=[{"account": "Nowhere Ltd", "month": "2026-01", "revenue": 10}])
    plan = refused(portfolio, raw)
    assert messages(plan) == [
        (
            "Revenue",
            2,
            "Account",
            "No account named “Nowhere Ltd” in the workbook or the portfolio.",
        )
    ]


def test_references_within_an_account_look_only_in_that_account(portfolio, acme):
    raw = workbook(
        accounts=[{"name": "Beta"}],
        surveys=[
            {
                "account": "Beta",
                "stakeholder": "Ana Lima",
                "date": "2026-01-05",
                "kind": "NPS",
                "score": 8,
            }
        ],
    )
    plan = refused(portfolio, raw)
    assert messages(plan)[0][2:] == (
        "Stakeholder",
        "No stakeholder named “Ana Lima” in account “Beta”.",
    )


def test_every_bad_cell_is_reported_not_just_the_first(portfolio):
    raw = workbook(
        language="pt_BR",
        accounts=[
            {
                "name": "Acme",
                "employees": "muitos",
                "client_since": "31/02/2026",
                "tax_id": "11.222.333/0001-99",
                "strategic_importance": 7,
            }
        ],
    )
    plan = refused(portfolio, raw)
    assert [(sheet, row, column) for sheet, row, column, _text in messages(plan)] == [
        ("Contas", 2, "CNPJ"),
        ("Contas", 2, "Funcionários"),
        ("Contas", 2, "Importância estratégica"),
        ("Contas", 2, "Cliente desde"),
    ]
    texts = [text for *_where, text in messages(plan)]
    assert "“muitos” is not a number." in texts
    assert "“31/02/2026” is not a real date." in texts
    assert any("check digits" in text for text in texts)


def test_survey_scores_follow_the_kind(portfolio, acme):
    raw = workbook(
        surveys=[
            {"account": "Acme", "date": "2026-01-05", "kind": "NPS", "score": 11},
            {"account": "Acme", "date": "2026-01-06", "kind": "CSAT", "score": 0},
            {"account": "Acme", "date": "2026-01-07", "kind": "CSAT", "score": 5},
            {"account": "Acme", "date": "2026-01-08", "kind": "NPS", "score": 0},
        ]
    )
    plan = refused(portfolio, raw)
    assert [(row, text) for _sheet, row, _column, text in messages(plan)] == [
        (2, "“11” must be between 0 and 10."),
        (3, "A CSAT score must be between 1 and 5; got 0."),
    ]
    assert plan.summary["surveys"].new == 2


def test_recurring_revenue_cannot_exceed_revenue(portfolio, acme):
    raw = workbook(
        revenue=[{"account": "Acme", "month": "2026-02", "revenue": 100, "recurring": 150}]
    )
    plan = refused(portfolio, raw)
    assert messages(plan) == [
        ("Revenue", 2, "Recurring", "Recurring (150.00) cannot be more than Revenue (100.00).")
    ]


def test_a_required_value_missing_on_a_new_row(portfolio, acme):
    raw = workbook(
        revenue=[{"account": "Acme", "month": "2026-03", "revenue": None}],
        objectives=[{"title": "Grow", "period": None}],
    )
    plan = refused(portfolio, raw)
    assert messages(plan) == [
        ("Revenue", 2, "Revenue", "A value is required here."),
        ("Objectives", 2, "Period", "A value is required here."),
    ]


def test_a_required_value_blanked_on_a_row_with_an_id(portfolio, acme):
    plan = refused(portfolio, workbook(accounts=[{"id": acme, "name": ""}]))
    assert messages(plan) == [("Accounts", 2, "Name", "A value is required here.")]


def test_relations_refuse_self_links_and_reporting_lines(portfolio, acme):
    raw = workbook(
        relations=[
            {"account": "Acme", "source": "Ana Lima", "target": "ana lima", "kind": "Alliance"},
            {"account": "Acme", "source": "Ana Lima", "target": "Ana Lima", "kind": "Reports to"},
        ]
    )
    texts = [text for *_where, text in messages(refused(portfolio, raw))]
    assert "A person cannot be linked to themselves." in texts
    assert any("Reports to" in text for text in texts)


def test_reporting_lines_in_a_circle_are_refused(portfolio, acme):
    raw = workbook(
        stakeholders=[
            {"account": "Acme", "name": "Ana Lima", "reports_to": "Caio"},
            {"account": "Acme", "name": "Bia", "reports_to": "Ana Lima"},
            {"account": "Acme", "name": "Caio", "reports_to": "Bia"},
        ]
    )
    plan = refused(portfolio, raw)
    assert len(plan.errors) == 1
    assert "circle" in plan.errors[0].text() and plan.errors[0].row == 2


def test_negative_money_and_bad_probability_are_refused(portfolio, acme):
    raw = workbook(
        opportunities=[
            {"account": "Acme", "title": "A", "one_time_value": "-5", "probability": "120%"},
            {"account": "Acme", "title": "B", "stage": "Somewhere"},
        ]
    )
    plan = refused(portfolio, raw)
    assert [(row, column) for _s, row, column, _t in messages(plan)] == [
        (2, "One-time value"),
        (2, "Probability"),
        (3, "Stage"),
    ]


def test_a_reporting_line_on_an_unknown_person(portfolio, acme):
    raw = workbook(stakeholders=[{"account": "Acme", "name": "Bia", "reports_to": "Zé"}])
    assert messages(refused(portfolio, raw))[0][2:] == (
        "Reports to",
        "No stakeholder named “Zé” in account “Acme”.",
    )


# -- all or nothing -----------------------------------------------------------------------


def test_fifty_good_rows_and_one_bad_one_write_nothing(portfolio, acme):
    rows = [{"name": f"Client {n}", "employees": n} for n in range(50)]
    rows.insert(30, {"name": "Broken", "employees": "lots"})
    plan = refused(portfolio, workbook(accounts=rows))
    assert (plan.summary["accounts"].new, plan.summary["accounts"].errors) == (50, 1)
    assert plan.errors[0].row == 32


def test_cancelling_through_progress_rolls_everything_back(portfolio, acme):
    raw = workbook(accounts=[{"name": f"Client {n}"} for n in range(2500)])
    plan = plan_import(portfolio, raw)
    before = all_rows(portfolio)
    calls = []

    def cancel(done, total, text):
        calls.append((done, total))
        if done >= 2000:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        apply_import(portfolio, plan, progress=cancel)
    assert all_rows(portfolio) == before
    assert calls[0] == (1000, 2500)


def test_planning_reports_progress_too(portfolio):
    calls = []
    plan_import(
        portfolio,
        workbook(accounts=[{"name": f"Client {n}"} for n in range(2100)]),
        progress=lambda done, total, text: calls.append((done, total)),
    )
    assert calls == [(1000, 2100), (2000, 2100)]


# -- deleting what the workbook leaves out ------------------------------------------------


def test_delete_missing_lists_and_deletes_only_records_of_sheets_present(portfolio, acme):
    imported(
        portfolio,
        workbook(
            accounts=[{"name": "Beta"}, {"name": "Gama"}],
            risks=[{"account": "Beta", "description": "Churn"}],
        ),
    )
    raw = workbook(accounts=[{"name": "Acme"}, {"name": "Beta"}])
    plain = plan_import(portfolio, raw)
    assert plain.deletions == [] and plain.counts().deleted == 0
    plan = plan_import(portfolio, raw, delete_missing=True)
    assert [(d.sheet_key, d.key_text, d.action) for d in plan.deletions] == [
        ("accounts", "Gama", DELETE)
    ]
    assert plan.summary["accounts"].deleted == 1
    apply_import(portfolio, plan)
    with portfolio.session() as session:
        assert set(session.scalars(select(Account.name))) == {"Acme", "Beta"}
        assert session.scalar(select(func.count()).select_from(Risk)) == 1  # no Risks sheet
        assert session.scalar(select(func.count()).select_from(Stakeholder)) == 1


def test_delete_missing_keeps_to_the_account_of_a_single_account_export(portfolio, acme):
    imported(
        portfolio,
        workbook(
            accounts=[{"name": "Beta"}],
            stakeholders=[
                {"account": "Beta", "name": "Bruno"},
                {"account": "Acme", "name": "Carla"},
            ],
        ),
    )
    raw = workbook(
        scope_account="Acme",
        accounts=[{"name": "Acme"}],
        stakeholders=[{"account": "Acme", "name": "Ana Lima"}],
    )
    plan = plan_import(portfolio, raw, delete_missing=True)
    assert [(d.sheet_key, d.key_text) for d in plan.deletions] == [("stakeholders", "Acme › Carla")]
    apply_import(portfolio, plan)
    with portfolio.session() as session:
        assert set(session.scalars(select(Stakeholder.name))) == {"Ana Lima", "Bruno"}
        assert session.scalar(select(func.count()).select_from(Account)) == 2


def test_a_row_referring_to_a_record_that_would_be_deleted_is_an_error(portfolio, acme):
    raw = workbook(
        accounts=[{"name": "Beta"}],
        revenue=[{"account": "Acme", "month": "2026-01", "revenue": 1000}],
    )
    plan = refused(portfolio, raw, delete_missing=True)
    assert "would be deleted" in messages(plan)[0][3]


def test_sheets_absent_from_the_workbook_delete_nothing(portfolio, acme):
    plan = plan_import(portfolio, workbook(products=[{"name": "Plataforma"}]), delete_missing=True)
    assert plan.deletions == []


# -- languages and number forms -----------------------------------------------------------


def test_portuguese_and_english_workbooks_give_the_same_records(portfolio):
    portuguese = raw_sheet(
        "accounts",
        [{"name": "Acme", "lifecycle_stage": "Retenção", "acquisition_cost": "R$ 1.234,56"}],
        "pt_BR",
    )
    english = raw_sheet(
        "org_units",
        [{"account": "acme", "name": "IT", "kind": "Business unit", "is_target": "Yes"}],
        "en",
    )
    imported(portfolio, workbook(language="pt_BR", accounts=portuguese, org_units=english))
    raw = workbook(
        language="en",
        accounts=[{"name": "Acme", "lifecycle_stage": "retention", "acquisition_cost": "1,234.56"}],
        org_units=[
            {"account": "ACME", "name": "IT", "kind": "Unidade de negócio", "is_target": "Sim"}
        ],
    )
    assert {r.action for r in plan_import(portfolio, raw).rows} == {UNCHANGED}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt_BR", "1.234,56", Decimal("1234.56")),
        ("pt_BR", "R$ 1.234,56", Decimal("1234.56")),
        ("pt_BR", "R$\u00a01.234,56", Decimal("1234.56")),
        ("pt_BR", "1.234", Decimal("1234")),
        ("en", "1,234.56", Decimal("1234.56")),
        ("en", "1.234", Decimal("1.23")),
        ("en", 1234.5, Decimal("1234.50")),
    ],
)
def test_money_in_either_form(portfolio, language, text, expected):
    imported(
        portfolio, workbook(language=language, accounts=[{"name": "A", "acquisition_cost": text}])
    )
    with portfolio.session() as session:
        assert session.scalar(select(Account.acquisition_cost)) == expected


def test_percentages_in_either_form(portfolio, acme):
    rows = [
        {"account": "Acme", "title": "A", "probability": "12%"},
        {"account": "Acme", "title": "B", "probability": "12,5 %"},
        {"account": "Acme", "title": "C", "probability": 0.3},
        {"account": "Acme", "title": "D", "probability": 45},
    ]
    imported(portfolio, workbook(language="pt_BR", opportunities=rows))
    with portfolio.session() as session:
        query = select(Opportunity.title, Opportunity.probability)
        assert dict(session.execute(query).all()) == {"A": 12, "B": 13, "C": 30, "D": 45}


# -- the preview as JSON ------------------------------------------------------------------


def test_the_json_preview_has_the_documented_shape(portfolio, acme):
    raw = workbook(
        language="pt_BR",
        accounts=[{"name": "Acme"}, {"name": "Nova"}],
        revenue=[{"account": "Acme", "month": "2026-02", "revenue": "abc"}],
    )
    plan = plan_import(portfolio, raw)
    assert plan.as_json(written=False) == {
        "written": False,
        "sheets": {
            "Accounts": {"new": 1, "changed": 0, "unchanged": 1, "deleted": 0, "errors": 0},
            "Revenue": {"new": 0, "changed": 0, "unchanged": 0, "deleted": 0, "errors": 1},
        },
        "errors": [
            {"sheet": "Revenue", "row": 2, "column": "Receita", "message": "“abc” is not a number."}
        ],
        "warnings": [],
    }
