"""Forecast service on a small hand-made portfolio: forecast and targets, snapshots then
accuracy, slippage, the monthly review, whitespace and sales metrics.

Rows are written with the ORM here, so these tests do not depend on the opportunity service.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.analytics.deals import ZERO
from kamdesk.analytics.forecast_accuracy import AccuracyGap, ForecastBasis
from kamdesk.analytics.periods import PeriodKind
from kamdesk.analytics.pipeline_review import AttentionReason
from kamdesk.analytics.whitespace import CellState
from kamdesk.model import (
    Account,
    ForecastSnapshot,
    ForecastSnapshotLine,
    ForecastTarget,
    Opportunity,
    OpportunityHistory,
    OrgUnit,
    PipelineStage,
    Product,
    Review,
)
from kamdesk.model.enums import ForecastCategory, OpportunityType, ReviewKind
from kamdesk.services.pipeline import forecast_messages as m
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.pipeline.forecast_data import OpportunitySuggestion
from kamdesk.services.problems import NEGATIVE, NO_SUCH_ACCOUNT, NOT_A_NUMBER, ValidationError
from kamdesk.services.settings import SettingsService
from tests.services.support import all_rows

C = ForecastCategory
B = ForecastBasis
R = AttentionReason
D = dt.date
TODAY = D(2027, 4, 10)


# -- building the portfolio -------------------------------------------------------------------


def add(portfolio, row) -> int:
    with portfolio.session() as session:
        session.add(row)
        session.flush()
        return row.id


def stage_ids(portfolio) -> dict[str, int]:
    with portfolio.session() as session:
        return dict(session.execute(select(PipelineStage.key, PipelineStage.id)).all())


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9, 0))


def opportunity(portfolio, account, stage, category, one=0, rec=0, **fields) -> int:
    """An opportunity in the stage with built-in key ``stage``; dates as days."""
    created = fields.pop("created", D(2027, 1, 1))
    updated = fields.pop("updated", created)
    return add(
        portfolio,
        Opportunity(
            account_id=account,
            title=fields.pop("title", f"Deal {stage}"),
            stage_id=stage_ids(portfolio)[stage],
            forecast_category=category,
            one_time_value=Decimal(one),
            recurring_value=Decimal(rec),
            created_at=at(created),
            updated_at=at(updated),
            **fields,
        ),
    )


def history(portfolio, opportunity_id, day, stage, expected, one, rec=0) -> None:
    add(
        portfolio,
        OpportunityHistory(
            opportunity_id=opportunity_id,
            changed_at=at(day),
            stage_id=stage_ids(portfolio)[stage],
            expected_close=expected,
            one_time_value=Decimal(one),
            recurring_value=Decimal(rec),
        ),
    )


@pytest.fixture
def service(portfolio):
    return ForecastService(portfolio)


@pytest.fixture
def book(portfolio):
    """Agro Cerrado (Finanças, Operações), Banco Paulista, Comércio Norte (archived); products
    Cloud and Suporte; seven opportunities (values in the comments)."""
    ids = {
        "agro": add(portfolio, Account(name="Agro Cerrado", name_key="agro cerrado")),
        "banco": add(portfolio, Account(name="Banco Paulista", name_key="banco paulista")),
        "norte": add(
            portfolio, Account(name="Comércio Norte", name_key="comercio norte", archived=True)
        ),
        "cloud": add(portfolio, Product(name="Cloud")),
        "suporte": add(portfolio, Product(name="Suporte")),
    }
    ids["financas"] = add(portfolio, OrgUnit(account_id=ids["agro"], name="Finanças"))
    ids["operacoes"] = add(portfolio, OrgUnit(account_id=ids["agro"], name="Operações"))
    agro, banco = ids["agro"], ids["banco"]
    # 1: proposal (50%), best case, 10,000, May; last updated 1 March (40 days before TODAY)
    ids[1] = opportunity(
        portfolio,
        agro,
        "proposal",
        C.BEST_CASE,
        10_000,
        expected_close=D(2027, 5, 20),
        org_unit_id=ids["financas"],
        product_id=ids["cloud"],
        next_step="Demo",
        created=D(2027, 1, 10),
        updated=D(2027, 3, 1),
        title="Cloud Finanças",
    )
    # 2: negotiation at 80%, commit, 12 × 1,000 = 12,000, April; no history (imported)
    ids[2] = opportunity(
        portfolio,
        agro,
        "negotiation",
        C.COMMIT,
        0,
        1_000,
        probability=80,
        expected_close=D(2027, 4, 30),
        org_unit_id=ids["operacoes"],
        product_id=ids["suporte"],
        next_step="Contrato",
        created=D(2027, 1, 15),
        updated=D(2027, 4, 1),
        title="Suporte Ops",
    )
    # 3: won 20,000 on 15 February
    ids[3] = opportunity(
        portfolio,
        agro,
        "won",
        C.CLOSED,
        20_000,
        expected_close=D(2027, 2, 28),
        closed_at=D(2027, 2, 15),
        org_unit_id=ids["financas"],
        product_id=ids["cloud"],
        created=D(2026, 12, 1),
        updated=D(2027, 2, 15),
    )
    # 4: won 5,000 + 12 × 500 = 11,000 on 10 March
    ids[4] = opportunity(
        portfolio,
        banco,
        "won",
        C.CLOSED,
        5_000,
        500,
        closed_at=D(2027, 3, 10),
        product_id=ids["suporte"],
        created=D(2027, 1, 5),
        updated=D(2027, 3, 10),
    )
    # 5: lost 8,000 on 20 March
    ids[5] = opportunity(
        portfolio,
        banco,
        "lost",
        C.OMITTED,
        8_000,
        closed_at=D(2027, 3, 20),
        product_id=ids["cloud"],
        created=D(2027, 1, 5),
        updated=D(2027, 3, 20),
    )
    # 6: prospecting (10%), pipeline, 3,000, expected 15 March (passed), untouched since 2 Jan
    ids[6] = opportunity(
        portfolio,
        banco,
        "prospecting",
        C.PIPELINE,
        3_000,
        expected_close=D(2027, 3, 15),
        created=D(2027, 1, 2),
        title="Banco prospect",
    )
    # 7: qualification, omitted, 4,000, May, no org unit
    ids[7] = opportunity(
        portfolio,
        agro,
        "qualification",
        C.OMITTED,
        4_000,
        expected_close=D(2027, 5, 10),
        product_id=ids["suporte"],
        next_step="Ligar",
        created=D(2027, 3, 20),
        updated=D(2027, 4, 5),
    )
    # Opportunity 1 went from qualification (8,000, close 31 March) to proposal on 1 March.
    history(portfolio, ids[1], D(2027, 1, 10), "qualification", D(2027, 3, 31), 8_000)
    history(portfolio, ids[1], D(2027, 3, 1), "proposal", D(2027, 5, 20), 10_000)
    return ids


def refused(portfolio, call, *args, **kwargs) -> ValidationError:
    before = all_rows(portfolio)
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    assert all_rows(portfolio) == before
    return error.value


# -- forecast and targets ---------------------------------------------------------------------


def test_forecast_of_a_quarter_with_its_target_and_funnel(service, book):
    service.set_target("2027-Q2", Decimal(40_000))
    [q2] = service.forecast("2027-Q2")
    assert q2.amounts == {C.PIPELINE: 0, C.BEST_CASE: 10_000, C.COMMIT: 12_000, C.CLOSED: 0}
    assert q2.open_pipeline == 22_000  # opportunities 1 and 2 (7 is omitted)
    assert q2.weighted == 14_600  # 10,000 × 50% + 12,000 × 80% = 5,000 + 9,600
    assert q2.coverage == pytest.approx(0.55)  # 22,000 ÷ 40,000
    assert [(s.stage.key, s.count, s.value) for s in q2.funnel] == [
        ("prospecting", 0, 0),
        ("qualification", 0, 0),  # 7 is omitted
        ("proposal", 1, 10_000),
        ("negotiation", 1, 12_000),
    ]


def test_forecast_of_a_range_of_months_and_a_target_summed_from_months(service, book):
    for month, amount in (("2027-01", 10_000), ("2027-02", 10_000), ("2027-03", 15_000)):
        service.set_target(month, Decimal(amount))
    months = service.forecast("2027-01", "2027-03")
    assert [(f.period.name, f.won, f.open_pipeline) for f in months] == [
        ("2027-01", 0, 0),
        ("2027-02", 20_000, 0),  # opportunity 3
        ("2027-03", 11_000, 3_000),  # won 4; open 6 (overdue, still counts in March)
    ]
    [q1] = service.forecast("2027-Q1")
    assert q1.target == 35_000  # 10,000 + 10,000 + 15,000
    assert q1.won == 31_000  # 20,000 + 11,000
    assert q1.weighted == 300  # 3,000 × 10%
    assert q1.coverage == pytest.approx(3_000 / 35_000)


def test_forecast_of_one_account_has_no_target(service, book):
    service.set_target("2027-Q1", Decimal(50_000))
    [q1] = service.forecast("2027-Q1", account_id=book["banco"])
    assert (q1.won, q1.amounts[C.PIPELINE], q1.target, q1.coverage) == (11_000, 3_000, None, None)


def test_targets_are_set_changed_and_removed_returning_the_previous_one(service, portfolio):
    assert service.set_target("2027-Q3", Decimal("1000.50")) is None
    assert service.set_target("2027-Q3", 2_000) == Decimal("1000.50")
    assert service.target("2027-Q3") == 2_000
    assert service.targets() == {"2027-Q3": 2_000}
    assert service.set_target("2027-Q3", None) == 2_000  # undo of the first set
    assert service.target("2027-Q3") is None
    assert service.set_target("2027-Q3", None) is None  # removing nothing is fine


def test_bad_targets_are_refused_and_nothing_is_written(service, portfolio):
    service.set_target("2027", Decimal(100))
    error = refused(portfolio, service.set_target, "2027-Q5", Decimal(1))
    assert [(p.field, p.template) for p in error.problems] == [("period", m.INVALID_PERIOD)]
    assert refused(portfolio, service.set_target, "2027", -1).problems[0].template == NEGATIVE
    for bad in ("abc", 1.5, True, Decimal("NaN")):
        assert refused(portfolio, service.set_target, "2027", bad).problems[0].template == (
            NOT_A_NUMBER
        )
    assert refused(portfolio, service.set_target, "2027", Decimal(10) ** 14).problems[0].field == (
        "amount"
    )


def test_periods_follow_the_fiscal_year_of_the_settings(service, portfolio, book):
    settings = SettingsService(portfolio)
    settings.save(settings.load().with_changes(fiscal_year_start=4))
    q1 = service.period("2027-Q1")
    assert (q1.start, q1.last_day) == (D(2027, 4, 1), D(2027, 6, 30))
    assert service.current_period(PeriodKind.QUARTER, D(2027, 3, 1)).name == "2026-Q4"
    [fiscal_q1] = service.forecast("2027-Q1")  # April–June: like calendar Q2 above
    assert fiscal_q1.open_pipeline == 22_000


def test_bad_ranges_and_accounts_are_refused(service, book):
    with pytest.raises(ValidationError) as error:
        service.forecast("soon")
    assert error.value.problems[0].template == m.INVALID_PERIOD
    with pytest.raises(ValidationError) as error:
        service.forecast("2027-Q1", "2027-05")
    assert error.value.problems[0].template == m.PERIOD_KINDS_DIFFER
    with pytest.raises(ValidationError) as error:
        service.forecast("2027-Q2", "2027-Q1")
    assert error.value.problems[0].template == m.RANGE_BACKWARDS
    with pytest.raises(ValidationError) as error:
        service.forecast("2027-Q1", account_id=9_999)
    assert error.value.problems[0].template == NO_SUCH_ACCOUNT


# -- snapshots and accuracy -------------------------------------------------------------------


def snapshot_rows(portfolio, snapshot_id) -> list[tuple]:
    with portfolio.session() as session:
        line = ForecastSnapshotLine
        query = select(
            line.account_id, line.period, line.category, line.amount, line.weighted_amount
        )
        return [tuple(r) for r in session.execute(query.where(line.snapshot_id == snapshot_id))]


def test_a_snapshot_keeps_the_forecast_from_its_month_on(service, portfolio, book):
    snapshot_id = service.take_snapshot(automatic=False, today=D(2027, 3, 20), note="QBR")
    agro, banco = book["agro"], book["banco"]
    assert sorted(snapshot_rows(portfolio, snapshot_id)) == sorted(
        [
            (agro, "2027-04", C.COMMIT, 12_000, 9_600),  # 2: 12,000 × 80%
            (agro, "2027-05", C.BEST_CASE, 10_000, 5_000),  # 1: 10,000 × 50%
            (banco, "2027-03", C.CLOSED, 11_000, 11_000),  # 4 won in March
            (banco, "2027-03", C.PIPELINE, 3_000, 300),  # 6: 3,000 × 10%
        ]
    )  # February (3) is before the snapshot's month; 5 lost and 7 omitted never count
    [info] = service.snapshots()
    assert (info.id, info.taken_at.date(), info.automatic, info.note, info.line_count) == (
        snapshot_id,
        D(2027, 3, 20),
        False,
        "QBR",
        4,
    )
    assert len(service.snapshot_lines(snapshot_id)) == 4


def test_deleting_a_snapshot_is_undone_with_its_lines_and_ids(service, portfolio, book):
    snapshot_id = service.take_snapshot(automatic=True, today=TODAY)
    before = all_rows(portfolio)
    undo = service.delete_snapshot(snapshot_id)
    assert service.snapshots() == []
    assert snapshot_rows(portfolio, snapshot_id) == []
    service.restore(undo)
    assert all_rows(portfolio) == before
    error = refused(portfolio, service.delete_snapshot, 9_999)
    assert error.problems[0].template == m.NO_SUCH_SNAPSHOT


def test_automatic_snapshot_at_most_once_per_calendar_month(service, book):
    first = service.snapshot_if_new_month(D(2027, 3, 1))
    assert first is not None
    assert service.snapshot_if_new_month(D(2027, 3, 31)) is None  # same month
    service.take_snapshot(automatic=False, today=D(2027, 4, 1))  # on demand: does not count
    second = service.snapshot_if_new_month(D(2027, 4, 2))
    assert second is not None
    assert [(s.id, s.automatic) for s in service.snapshots()][::2] == [
        (second, True),
        (first, True),
    ]


def test_no_automatic_snapshot_of_an_empty_pipeline(service):
    assert service.snapshot_if_new_month(TODAY) is None
    assert service.snapshots() == []


def test_snapshot_then_accuracy_of_the_month_it_forecast(service, portfolio):
    """The issue's case: a snapshot in January forecasts February; February's deals close;
    accuracy compares them, and a snapshot taken on 1 February itself is not used."""
    account = add(portfolio, Account(name="Agro Cerrado", name_key="agro cerrado"))
    x = opportunity(
        portfolio,
        account,
        "negotiation",
        C.COMMIT,
        10_000,
        probability=75,
        expected_close=D(2027, 2, 10),
    )
    y = opportunity(
        portfolio, account, "proposal", C.BEST_CASE, 6_000, expected_close=D(2027, 2, 20)
    )
    z = opportunity(
        portfolio, account, "prospecting", C.PIPELINE, 4_000, expected_close=D(2027, 2, 25)
    )
    january = service.take_snapshot(automatic=True, today=D(2027, 1, 15))
    set_columns(portfolio, x, one_time_value=Decimal(12_000))  # raised before February
    service.take_snapshot(automatic=True, today=D(2027, 2, 1))
    won, lost = stage_ids(portfolio)["won"], stage_ids(portfolio)["lost"]
    set_columns(portfolio, x, stage_id=won, forecast_category=C.CLOSED, closed_at=D(2027, 2, 12))
    set_columns(portfolio, y, stage_id=won, forecast_category=C.CLOSED, closed_at=D(2027, 2, 25))
    set_columns(portfolio, z, stage_id=lost, forecast_category=C.OMITTED, closed_at=D(2027, 2, 27))

    report = service.accuracy("2027-01", "2027-02", today=D(2027, 3, 1))
    jan, feb = report.periods
    assert jan.gap is AccuracyGap.NO_SNAPSHOT
    assert feb.gap is None and feb.snapshot_taken == D(2027, 1, 15)
    assert feb.won == 18_000  # x 12,000 + y 6,000
    # From the January snapshot: commit 10,000; best case 6,000; pipeline 4,000;
    # weighted 7,500 + 3,000 + 400 = 10,900.
    assert feb.forecasts == {
        B.COMMIT: 10_000,
        B.BEST_CASE: 16_000,
        B.PIPELINE: 20_000,
        B.WEIGHTED: 10_900,
    }
    assert feb.accuracies == pytest.approx(
        {
            B.COMMIT: 1 - 8_000 / 18_000,  # 5/9
            B.BEST_CASE: 1 - 2_000 / 18_000,  # 8/9
            B.PIPELINE: 1 - 2_000 / 18_000,  # 8/9
            B.WEIGHTED: 1 - 7_100 / 18_000,
        }
    )
    assert report.mape[B.COMMIT] == pytest.approx(8_000 / 18_000)  # February only
    assert january in {s.id for s in service.snapshots()}


def test_accuracy_marks_a_period_not_over_and_one_without_wins(service, portfolio, book):
    service.take_snapshot(automatic=True, today=D(2027, 3, 20))
    report = service.accuracy("2027-04", "2027-05", today=TODAY)
    assert [r.gap for r in report.periods] == [AccuracyGap.IN_PROGRESS, AccuracyGap.IN_PROGRESS]
    later = service.accuracy("2027-04", None, today=D(2027, 5, 1))
    assert later.periods[0].gap is AccuracyGap.NOTHING_WON
    assert later.periods[0].forecasts[B.COMMIT] == 12_000  # opportunity 2
    assert later.mape == dict.fromkeys(ForecastBasis)


def test_accuracy_of_one_account_reads_only_its_lines(service, portfolio, book):
    # Taken "in February" from today's data, so 4 (won in March) is already a closed line.
    service.take_snapshot(automatic=True, today=D(2027, 2, 20))
    march, april = service.accuracy(
        "2027-03", "2027-04", today=D(2027, 5, 1), account_id=book["banco"]
    ).periods
    # Banco in March: closed 11,000 (4) + pipeline 3,000 (6); won 11,000 (4)
    assert (march.forecasts[B.COMMIT], march.forecasts[B.PIPELINE]) == (11_000, 14_000)
    assert march.accuracies[B.PIPELINE] == pytest.approx(8 / 11)  # 1 − 3,000 ÷ 11,000
    assert april.forecasts[B.COMMIT] == 0  # Agro's 12,000 (2) is not Banco's
    [whole_april] = service.accuracy("2027-04", None, today=D(2027, 5, 1)).periods
    assert whole_april.forecasts[B.COMMIT] == 12_000


def set_columns(portfolio, opportunity_id, **values) -> None:
    with portfolio.session() as session:
        row = session.get(Opportunity, opportunity_id)
        for name, value in values.items():
            setattr(row, name, value)


# -- slippage and the monthly review ----------------------------------------------------------


def test_slippage_lists_the_opportunity_whose_close_moved_out(service, book):
    [row] = service.slippage(since=None)
    assert (row.deal.id, row.deal.title, row.deal.account_name) == (
        book[1],
        "Cloud Finanças",
        "Agro Cerrado",
    )
    # 31 March → 20 May: 30 (April) + 20 = 50 days; 8,000 → 10,000
    assert (row.slip.days_moved, row.slip.value_change) == (50, 2_000)
    assert service.slippage(since=D(2027, 3, 2)) == []  # nothing moved since
    assert service.slippage(since=None, account_id=book["banco"]) == []


def test_slippage_sees_a_change_that_left_no_history(service, portfolio, book):
    # Opportunity 2 has no history; its expected close is moved without a history row.
    set_columns(portfolio, book[2], expected_close=D(2027, 6, 30), updated_at=at(D(2027, 4, 8)))
    history(portfolio, book[2], D(2027, 1, 15), "negotiation", D(2027, 4, 30), 0, 1_000)
    rows = service.slippage(since=D(2027, 4, 1))
    assert [(r.deal.id, r.slip.days_moved) for r in rows] == [(book[2], 61)]  # 30 April → 30 June


def test_attention_list_for_the_monthly_review(service, book):
    rows = service.attention(TODAY)
    assert [(r.deal.id, r.item.reason, r.item.facts.get("days")) for r in rows] == [
        # Agro Cerrado first; 2 (30 April) before 1 (20 May)
        (book[2], R.STUCK_IN_STAGE, 85),  # in negotiation since created 15 Jan (no history)
        (book[1], R.NO_RECENT_UPDATE, 40),  # last update 1 March
        # Banco Paulista: opportunity 6
        (book[6], R.CLOSE_DATE_PASSED, 26),  # 15 March → 10 April
        (book[6], R.NO_RECENT_UPDATE, 98),  # 2 January
        (book[6], R.NO_NEXT_STEP, None),
        (book[6], R.STUCK_IN_STAGE, 98),
    ]
    assert rows[0].deal.stage_key == "negotiation"
    assert rows[0].item.facts["usual_days"] == 45  # too little history: the fallback
    assert [r.deal.id for r in service.attention(TODAY, account_id=book["banco"])] == [book[6]] * 4


def test_recording_the_review_of_an_account_and_undoing_it(service, portfolio, book):
    before = all_rows(portfolio)
    [review_id] = service.record_pipeline_review(book["agro"], TODAY, "Revisado com o gestor")
    with portfolio.session() as session:
        review = session.get(Review, review_id)
        assert (review.account_id, review.kind, review.date, review.outcome) == (
            book["agro"],
            ReviewKind.PIPELINE,
            TODAY,
            "Revisado com o gestor",
        )
        # open: 1, 2 and 7; needing attention: 1 and 2
        assert review.measures == {"open_opportunities": 3, "needing_attention": 2}
    undo = service.delete_reviews([review_id])
    assert all_rows(portfolio) == before
    service.restore(undo)
    with portfolio.session() as session:
        assert session.get(Review, review_id) is not None
        other = Review(account_id=book["agro"], kind=ReviewKind.RISK, date=TODAY)
        session.add(other)
        session.flush()
        other_id = other.id
    error = refused(portfolio, service.delete_reviews, [other_id])  # not a pipeline review
    assert error.problems[0].template == m.NO_SUCH_REVIEW


def test_the_portfolio_review_records_one_review_per_account_with_open_deals(service, book):
    ids = service.record_pipeline_review(None, TODAY, "Mensal")
    with service.portfolio.session() as session:
        reviews = [session.get(Review, i) for i in ids]
        assert [(r.account_id, r.measures) for r in reviews] == [
            (book["agro"], {"open_opportunities": 3, "needing_attention": 2}),
            (book["banco"], {"open_opportunities": 1, "needing_attention": 1}),
        ]  # Comércio Norte is archived and has nothing open


def test_a_review_needs_a_date_an_account_and_something_to_review(service, portfolio, book):
    assert (
        refused(portfolio, service.record_pipeline_review, book["agro"], None).problems[0].field
        == "date"
    )
    error = refused(portfolio, service.record_pipeline_review, 9_999, TODAY)
    assert error.problems[0].template == NO_SUCH_ACCOUNT


def test_a_portfolio_review_with_nothing_open_is_refused(service, portfolio):
    error = refused(portfolio, service.record_pipeline_review, None, TODAY)
    assert error.problems[0].template == m.NOTHING_TO_REVIEW


# -- whitespace and sales metrics -------------------------------------------------------------


def test_whitespace_of_an_account_by_org_unit(service, book):
    view = service.whitespace(book["agro"])
    assert list(view.row_names.values()) == ["Finanças", "Operações", ""]  # "" = no org unit
    assert [p.name for p in view.products] == ["Cloud", "Suporte"]
    fin, ops, cloud, suporte = book["financas"], book["operacoes"], book["cloud"], book["suporte"]
    states = {
        (row, product): view.matrix.cell(row, product).state
        for row in view.row_names
        for product in (cloud, suporte)
    }
    assert states == {
        (fin, cloud): CellState.BOUGHT,  # 3 won (and 1 open)
        (fin, suporte): CellState.WHITESPACE,
        (ops, cloud): CellState.WHITESPACE,
        (ops, suporte): CellState.OPEN,  # 2
        (None, cloud): CellState.WHITESPACE,
        (None, suporte): CellState.OPEN,  # 7, omitted but open
    }
    bought = view.matrix.cell(fin, cloud)
    assert (bought.won_value, bought.open_value) == (20_000, 10_000)
    # Cloud is bought by Finanças: offering it to Operações is an up-sell.
    assert view.suggestion(ops, cloud) == OpportunitySuggestion(
        book["agro"], ops, cloud, OpportunityType.UP_SELL
    )
    assert view.suggestion(fin, suporte).type is OpportunityType.CROSS_SELL
    assert view.suggestion(fin, cloud) is None


def test_whitespace_of_the_portfolio_by_active_account(service, book):
    view = service.whitespace()
    assert list(view.row_names.values()) == ["Agro Cerrado", "Banco Paulista"]
    banco, cloud, suporte = book["banco"], book["cloud"], book["suporte"]
    assert view.matrix.cell(banco, suporte).state is CellState.BOUGHT  # 4
    assert view.matrix.cell(banco, cloud).state is CellState.WHITESPACE  # 5 was lost
    assert view.suggestion(banco, cloud) == OpportunitySuggestion(
        banco, None, cloud, OpportunityType.CROSS_SELL
    )


def test_sales_metrics_of_the_portfolio_and_of_an_account(service, book):
    q1 = service.sales_metrics(D(2027, 1, 1), D(2027, 3, 31))
    assert (q1.won, q1.lost, q1.open_deals) == (2, 1, 3)  # won 3, 4; lost 5; open 1, 2, 6
    assert q1.win_rate == pytest.approx(2 / 3)
    assert q1.average_deal_size == 15_500  # (20,000 + 11,000) ÷ 2
    assert q1.average_sales_cycle == 70  # (76 days for 3 + 64 days for 4) ÷ 2
    # 3 × 2/3 × 15,500 ÷ 70 = 31,000 ÷ 70 per day
    assert float(q1.pipeline_velocity) == pytest.approx(31_000 / 70)
    banco = service.sales_metrics(D(2027, 1, 1), D(2027, 3, 31), account_id=book["banco"])
    # 1 open × 0.5 × 11,000 ÷ 64 days = 85.9375 per day
    assert (banco.win_rate, banco.pipeline_velocity) == (0.5, Decimal("85.9375"))


def test_sales_metrics_refuse_a_backwards_range(service, book):
    with pytest.raises(ValidationError) as error:
        service.sales_metrics(D(2027, 3, 31), D(2027, 1, 1))
    assert error.value.problems[0].template == m.RANGE_BACKWARDS
    empty = service.sales_metrics(D(2030, 1, 1), D(2030, 1, 31))
    assert (empty.win_rate, empty.average_deal_size) == (None, None)
    assert empty.pipeline_velocity is None


def test_the_forecast_reads_targets_stored_by_anyone(service, portfolio, book):
    add(portfolio, ForecastTarget(period="2027-04", amount=Decimal(24_000)))
    [april] = service.forecast("2027-04")
    assert april.target == 24_000
    assert april.gap_coverage == pytest.approx(0.5)  # 12,000 ÷ (24,000 − 0)
    assert april.won == ZERO


def test_snapshot_lines_of_another_writer_are_read_for_accuracy(service, portfolio, book):
    """Lines written elsewhere (the demo writes one per account, month and category) count."""
    snapshot_id = add(portfolio, ForecastSnapshot(taken_at=at(D(2027, 2, 1)), automatic=True))
    add(
        portfolio,
        ForecastSnapshotLine(
            snapshot_id=snapshot_id,
            account_id=book["banco"],
            period="2027-03",
            category=C.COMMIT,
            amount=Decimal(10_000),
            weighted_amount=Decimal(7_500),
        ),
    )
    [march] = service.accuracy("2027-03", None, today=TODAY).periods
    # won in March: 11,000 (4); commit call 10,000 → 1 − 1,000 ÷ 11,000
    assert march.accuracies[B.COMMIT] == pytest.approx(10 / 11)
