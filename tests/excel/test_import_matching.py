"""The finer points of matching rows to records: keys that repeat, names that several records
share, and what the workbook may leave out."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select
from test_import_support import all_rows, workbook

from kamdesk.excel.reader import UnreadableWorkbook, read_workbook
from kamdesk.model import (
    Account,
    CheckIn,
    Interaction,
    KeyResult,
    Objective,
    OrgUnit,
    SurveyResponse,
)
from kamdesk.services.portfolios import create_portfolio
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import (
    BY_ID,
    NEW,
    UNCHANGED,
    apply_import,
    import_workbook,
    plan_import,
)


def imported(portfolio, raw, **options):
    plan = plan_import(portfolio, raw, **options)
    assert not plan.errors, [e.text() for e in plan.errors]
    apply_import(portfolio, plan)
    return plan


def count(portfolio, model) -> int:
    with portfolio.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def two_objectives(portfolio):
    """Two accounts' objectives with a key result of the same title each."""
    imported(
        portfolio,
        workbook(
            accounts=[{"name": "Acme"}, {"name": "Beta"}],
            objectives=[
                {"account": "Acme", "title": "Grow Acme", "period": "2027"},
                {"account": "Beta", "title": "Grow Beta", "period": "2027"},
                {"title": "Grow the portfolio", "period": "2027-H1"},
            ],
            key_results=[
                {"objective": "Grow Acme", "title": "Revenue", "target": 10},
                {"objective": "Grow Beta", "title": "Revenue", "target": 20},
            ],
        ),
    )
    with portfolio.session() as session:
        return dict(session.execute(select(KeyResult.target, KeyResult.id)).all())


def test_an_objective_without_account_belongs_to_the_whole_portfolio(portfolio, two_objectives):
    with portfolio.session() as session:
        objective = session.scalars(select(Objective).filter_by(title="Grow the portfolio")).one()
        assert (objective.account_id, objective.period) == (None, "2027-H1")


def test_a_shared_key_result_title_keeps_the_one_a_check_in_already_has(portfolio, two_objectives):
    beta_revenue = two_objectives[20.0]
    with portfolio.session() as session:
        session.execute(
            insert(CheckIn),
            [{"key_result_id": beta_revenue, "date": dt.date(2027, 1, 10), "value": 5.0}],
        )
        check_in = session.scalar(select(CheckIn.id))
    raw = workbook(
        check_ins=[{"id": check_in, "key_result": "Revenue", "date": "2027-01-10", "value": 6}]
    )
    plan = imported(portfolio, raw)
    assert [(r.action, r.matched_by) for r in plan.rows] == [("changed", BY_ID)]
    with portfolio.session() as session:
        assert session.scalar(select(CheckIn.key_result_id)) == beta_revenue


def test_a_new_check_in_on_a_shared_key_result_title_is_ambiguous(portfolio, two_objectives):
    raw = workbook(check_ins=[{"key_result": "revenue", "date": "2027-01-10", "value": 6}])
    plan = plan_import(portfolio, raw)
    ids = ", ".join(str(i) for i in sorted(two_objectives.values()))
    assert [e.text() for e in plan.errors] == [
        f"“revenue” matches several key results (ids {ids})."
    ]


def test_account_and_objective_tell_a_new_check_in_s_key_result_apart(portfolio, two_objectives):
    check_in = {"key_result": "Revenue", "date": "2027-01-10", "value": 6}
    raw = workbook(
        check_ins=[
            {**check_in, "account": "Beta", "objective": "Grow Beta"},
            {**check_in, "objective": "grow acme"},  # the objective alone is enough here
        ]
    )
    imported(portfolio, raw)
    with portfolio.session() as session:
        targets = session.execute(
            select(KeyResult.target).join(CheckIn).order_by(CheckIn.id)
        ).scalars()
        assert list(targets) == [20.0, 10.0]


def test_a_check_in_under_the_wrong_objective_names_both(portfolio, two_objectives):
    raw = workbook(
        check_ins=[
            {
                "key_result": "Revenue",
                "objective": "Grow the portfolio",
                "date": "2027-01-10",
                "value": 1,
            }
        ]
    )
    before = all_rows(portfolio)
    plan = plan_import(portfolio, raw)
    assert [(e.row, e.column, e.text()) for e in plan.errors] == [
        (2, "Key result", "No key result named “Revenue” under “Grow the portfolio”.")
    ]
    assert all_rows(portfolio) == before


def test_a_key_result_s_account_picks_between_objectives_with_one_title(portfolio):
    imported(
        portfolio,
        workbook(
            accounts=[{"name": "Acme"}, {"name": "Beta"}],
            objectives=[
                {"account": "Acme", "title": "Grow", "period": "2027"},
                {"account": "Beta", "title": "Grow", "period": "2027"},
                {"title": "Grow", "period": "2027"},
            ],
        ),
    )
    raw = workbook(
        key_results=[
            {"objective": "Grow", "account": "Beta", "title": "Revenue", "target": 2},
            {"objective": "Grow", "account": None, "title": "Revenue", "target": 3},
        ]
    )
    imported(portfolio, raw)
    with portfolio.session() as session:
        owners = session.execute(
            select(KeyResult.target, Objective.account_id).join(Objective).order_by(KeyResult.id)
        ).all()
    assert [tuple(row) for row in owners] == [(2.0, 2), (3.0, None)]
    unknown = workbook(
        key_results=[{"objective": "Grow", "account": "Gama", "title": "X", "target": 1}]
    )
    assert [e.text() for e in plan_import(portfolio, unknown).errors] == [
        "No account named “Gama” in the workbook or the portfolio."
    ]


def test_a_workbook_without_the_context_columns_still_imports(portfolio, two_objectives):
    raw = workbook(
        key_results=[{"objective": "Grow Acme", "title": "Margin", "target": 5}],
        check_ins=[{"key_result": "Margin", "date": "2027-02-01", "value": 1}],
    )
    plan = imported(portfolio, raw)
    assert [r.action for r in plan.rows] == [NEW, NEW]


def test_org_units_whose_names_differ_only_in_case_survive_a_round_trip(portfolio):
    imported(portfolio, workbook(accounts=[{"name": "Acme"}]))
    with portfolio.session() as session:
        session.execute(
            insert(OrgUnit), [{"account_id": 1, "name": "TI"}, {"account_id": 1, "name": "Ti"}]
        )
        ids = dict(session.execute(select(OrgUnit.name, OrgUnit.id)).all())
    raw = workbook(
        org_units=[
            {"id": ids["TI"], "account": "Acme", "name": "TI"},
            {"id": ids["Ti"], "account": "Acme", "name": "Ti"},
        ]
    )
    assert {r.action for r in plan_import(portfolio, raw).rows} == {UNCHANGED}
    without_ids = workbook(org_units=[{"account": "Acme", "name": "TI"}])
    assert "matches several records" in plan_import(portfolio, without_ids).errors[0].text()


def test_repeated_interactions_are_matched_one_record_each(portfolio):
    row = {"account": "Acme", "date": "2026-03-02", "kind": "Call", "notes": "Follow-up"}
    raw = workbook(accounts=[{"name": "Acme"}], interactions=[row, dict(row)])
    first = imported(portfolio, raw)
    assert [r.action for r in first.rows[1:]] == [NEW, NEW]
    again = imported(portfolio, raw)
    assert {r.action for r in again.rows} == {UNCHANGED}
    assert count(portfolio, Interaction) == 2
    three = workbook(accounts=[{"name": "Acme"}], interactions=[row, row, {**row}])
    assert [r.action for r in plan_import(portfolio, three).rows[1:]] == [
        UNCHANGED,
        UNCHANGED,
        NEW,
    ]


def test_two_answers_of_one_person_the_same_day_are_two_responses(portfolio):
    answer = {"account": "Acme", "stakeholder": "Ana", "date": "2026-03-02", "kind": "NPS"}
    raw = workbook(
        accounts=[{"name": "Acme"}],
        stakeholders=[{"account": "Acme", "name": "Ana"}],
        surveys=[{**answer, "score": 9}, {**answer, "score": 7}],
    )
    imported(portfolio, raw)
    assert count(portfolio, SurveyResponse) == 2
    assert {r.action for r in plan_import(portfolio, raw).rows} == {UNCHANGED}


def test_a_key_results_sheet_alone_can_update_by_natural_key(portfolio, two_objectives):
    raw = workbook(key_results=[{"objective": "Grow Beta", "title": "Revenue", "current": 12}])
    plan = imported(portfolio, raw)
    assert [(r.action, r.record_id) for r in plan.rows] == [("changed", two_objectives[20.0])]


def test_an_unreadable_file_is_raised_as_it_is(portfolio, tmp_path):
    fake = tmp_path / "contas.xlsx"
    fake.write_bytes(b"%PDF-1.4 not a workbook")
    before = all_rows(portfolio)
    with pytest.raises(UnreadableWorkbook) as raised:
        import_workbook(portfolio, fake)
    assert "contas.xlsx" in raised.value.problem.text()
    assert all_rows(portfolio) == before


def test_a_dry_run_plans_and_writes_nothing(portfolio, tmp_path):
    from kamdesk.excel.writer import write_workbook

    path = write_workbook(
        tmp_path / "in.xlsx", {"accounts": [{"name": "Acme"}]}, "en", app_version="t"
    )
    before = all_rows(portfolio)
    plan, written = import_workbook(portfolio, path, dry_run=True)
    assert (plan.counts().new, written) == (1, False)
    assert all_rows(portfolio) == before


def test_an_existing_org_unit_moves_under_a_new_one(portfolio):
    imported(
        portfolio,
        workbook(accounts=[{"name": "Acme"}], org_units=[{"account": "Acme", "name": "TI"}]),
    )
    raw = workbook(
        org_units=[
            {"account": "Acme", "name": "TI", "parent": "Diretoria"},
            {"account": "Acme", "name": "Diretoria", "parent": "Empresa"},
            {"account": "Acme", "name": "Empresa"},
        ]
    )
    plan = imported(portfolio, raw)
    assert [r.action for r in plan.rows] == ["changed", NEW, NEW]
    with portfolio.session() as session:
        parent = dict(session.execute(select(OrgUnit.name, OrgUnit.parent_id)).all())
        ids = dict(session.execute(select(OrgUnit.name, OrgUnit.id)).all())
    assert parent == {"TI": ids["Diretoria"], "Diretoria": ids["Empresa"], "Empresa": None}


def test_an_org_chart_in_a_circle_is_refused(portfolio):
    raw = workbook(
        accounts=[{"name": "Acme"}],
        org_units=[
            {"account": "Acme", "name": "A", "parent": "B"},
            {"account": "Acme", "name": "B", "parent": "A"},
            {"account": "Acme", "name": "C", "parent": "C"},
        ],
    )
    before = all_rows(portfolio)
    plan = plan_import(portfolio, raw)
    assert [(e.row, e.text()) for e in plan.errors] == [
        (2, "Org units cannot contain themselves: A → B → A."),
        (4, "An org unit cannot be its own parent."),
    ]
    assert all_rows(portfolio) == before


def test_ids_from_another_portfolio_never_update_the_records_they_mean_here(portfolio, tmp_path):
    imported(portfolio, workbook(accounts=[{"name": "Acme", "region": "Sul"}]))
    other = create_portfolio(tmp_path / "outra.kamdesk")
    try:
        imported(other, workbook(accounts=[{"name": "Beta"}]))  # also id 1 there
        path = export_workbook(other, tmp_path / "outra.xlsx", language="en").path
    finally:
        other.close()
    plan = imported(portfolio, read_workbook(path, "en"))
    assert [(r.key_text, r.action) for r in plan.rows] == [("Beta", NEW)]
    with portfolio.session() as session:
        assert sorted(session.scalars(select(Account.name))) == ["Acme", "Beta"]


def test_a_workbook_of_this_portfolio_still_matches_by_id(portfolio, tmp_path):
    imported(portfolio, workbook(accounts=[{"name": "Acme"}]))
    path = export_workbook(portfolio, tmp_path / "acme.xlsx", language="en").path
    raw = read_workbook(path, "en")
    raw.sheets["accounts"].rows[0].cells["name"] = "Acme Brasil"  # renamed: only the id knows
    plan = imported(portfolio, raw)
    assert [(r.action, r.matched_by) for r in plan.rows] == [("changed", BY_ID)]
    assert plan.warnings == []
