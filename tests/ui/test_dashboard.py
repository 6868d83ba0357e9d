"""The portfolio dashboard on a small portfolio computed by hand: the KPI cards and their change
against the previous period, the period selector, the charts' figures, the attention lists and
the empty portfolio."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kamdesk.analytics.periods import PeriodKind
from kamdesk.model.enums import SurveyKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.health import MonthFigures, RevenueService, SurveyData, SurveyService
from kamdesk.services.health.metrics import MetricsService
from kamdesk.services.plan import RiskData, RiskService
from kamdesk.ui.dashboard.dashboard import Dashboard
from kamdesk.ui.dashboard.kpi_cards import Kpi
from kamdesk.ui.i18n import format_money

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)  # Q4 2026 runs: the dashboard opens on Q3 (July–September)
LOAD_MS = 15000


def month(year: int, number: int) -> dt.date:
    return dt.date(year, number, 1)


def figures(revenue: int, recurring: int) -> MonthFigures:
    return MonthFigures(Decimal(revenue), Decimal(recurring))


@pytest.fixture
def hand_made(workspace):
    """Agro (800 recurring a month, 1,000 with one-off in Q2; 1,000 of 1,200 in Q3), Banco
    (500 a month until June 2026, then gone) and Cia (won in Q3: 900 a month). Both Agro and
    Banco had the same recurring revenue in June and September 2025."""
    accounts = workspace.accounts
    agro, banco, cia = (
        accounts.create(AccountData(name=name)) for name in ("Agro", "Banco", "Cia")
    )
    revenue = RevenueService(workspace.portfolio)
    agro_months = {month(2025, m): figures(800, 800) for m in (6, 9)}
    agro_months |= {month(2026, m): figures(1000, 800) for m in (4, 5, 6)}
    agro_months |= {month(2026, m): figures(1200, 1000) for m in (7, 8, 9)}
    revenue.write(agro, agro_months)
    banco_months = {month(2025, m): figures(500, 500) for m in (6, 9)}
    banco_months |= {month(2026, m): figures(500, 500) for m in (4, 5, 6)}
    revenue.write(banco, banco_months)
    revenue.write(cia, {month(2026, m): figures(900, 900) for m in (7, 8, 9)})
    surveys = SurveyService(workspace.portfolio)
    for score, day in (
        (10, dt.date(2026, 7, 5)),
        (9, dt.date(2026, 8, 5)),
        (3, dt.date(2026, 9, 5)),
    ):
        surveys.create(SurveyData(agro, SurveyKind.NPS, day, score))
    for score, day in ((10, dt.date(2026, 4, 5)), (0, dt.date(2026, 5, 5))):
        surveys.create(SurveyData(banco, SurveyKind.NPS, day, score))
    RiskService(workspace.portfolio).create(
        RiskData(cia, description="Concorrente agressivo", likelihood=4, impact=5)
    )
    return agro, banco, cia


def open_dashboard(qtbot, workspace) -> Dashboard:
    dashboard = Dashboard(workspace)
    qtbot.addWidget(dashboard)
    dashboard.resize(1366, 768)
    dashboard.today = lambda: TODAY
    dashboard.selector.go_to_latest()
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        dashboard.show()
    return dashboard


def card_text(dashboard: Dashboard, kpi: Kpi) -> tuple[str, str]:
    card = dashboard.cards.cards[kpi]
    return card.value.text(), card.change.text()


def test_kpis_and_their_change_against_the_previous_quarter(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    assert dashboard.selector.label.text() == "Q3 2026"
    # Q3: Agro 3 × 1,200 + Cia 3 × 900 = 6,300; Q2: Agro 3 × 1,000 + Banco 3 × 500 = 4,500.
    assert card_text(dashboard, Kpi.REVENUE) == (
        format_money(Decimal(6300), "BRL", 0),
        "▲ 40.0% vs Q2 2026",
    )
    # (3,000 + 2,700) ÷ 6,300 recurring
    assert dashboard.cards.cards[Kpi.REVENUE].note.text() == "90% recurring"
    # MRR of September 1,000 + 900 against June's 800 + 500
    assert card_text(dashboard, Kpi.RECURRING) == (
        format_money(Decimal(1900), "BRL", 0),
        "▲ 46.2% vs Q2 2026",
    )
    # Sep 2025 → Sep 2026: Agro keeps 800 of 800 (grows to 1,000), Banco's 500 is lost;
    # Jun 2025 → Jun 2026 everything was kept.
    assert card_text(dashboard, Kpi.GRR) == ("61.5%", "▼ 38.5 pp vs Q2 2026")
    assert card_text(dashboard, Kpi.NRR) == ("76.9%", "▼ 23.1 pp vs Q2 2026")
    assert card_text(dashboard, Kpi.LOGO_CHURN) == ("50.0%", "▲ 50.0 pp vs Q2 2026")
    # Q3: two promoters and a detractor of three; Q2: one promoter, one detractor.
    assert card_text(dashboard, Kpi.NPS) == ("33", "▲ 33 pts vs Q2 2026")
    assert card_text(dashboard, Kpi.CSAT) == ("—", "no comparison")


def test_the_change_is_coloured_by_whether_it_is_good(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    styles = {kpi: dashboard.cards.cards[kpi].change.styleSheet() for kpi in Kpi}
    assert "#2e7d32" in styles[Kpi.REVENUE]  # up, good
    assert "#c62828" in styles[Kpi.GRR]  # down, bad
    assert "#c62828" in styles[Kpi.LOGO_CHURN]  # up, and churn going up is bad


def test_changing_the_period_changes_the_figures(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(dashboard.selector.previous_button, Qt.MouseButton.LeftButton)
    assert dashboard.selector.label.text() == "Q2 2026"
    # Q2 against Q1, which had no revenue: nothing to compare with.
    assert card_text(dashboard, Kpi.REVENUE) == (
        format_money(Decimal(4500), "BRL", 0),
        "no comparison",
    )
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        dashboard.selector.kind.setCurrentIndex(dashboard.selector.kind.findData("month"))
    assert dashboard.period.kind is PeriodKind.MONTH
    assert dashboard.selector.label.text() == "Oct 2026"  # the last complete month
    assert card_text(dashboard, Kpi.REVENUE)[0] == format_money(Decimal(0), "BRL", 0)
    # Next is allowed into the running month, never past it.
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(dashboard.selector.next_button, Qt.MouseButton.LeftButton)
    assert dashboard.selector.label.text() == "Nov 2026 (so far)"
    assert not dashboard.selector.next_button.isEnabled()
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(dashboard.selector.latest_button, Qt.MouseButton.LeftButton)
    assert dashboard.selector.label.text() == "Oct 2026"


def test_clicking_a_card_highlights_the_chart_that_explains_it(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    assert dashboard.highlighted() is None
    qtbot.mouseClick(dashboard.cards.cards[Kpi.GRR], Qt.MouseButton.LeftButton)
    assert dashboard.highlighted() is dashboard.retention_chart
    assert dashboard.cards.cards[Kpi.GRR].selected
    qtbot.mouseClick(dashboard.cards.cards[Kpi.REVENUE], Qt.MouseButton.LeftButton)
    assert dashboard.highlighted() is dashboard.revenue_chart
    assert not dashboard.retention_chart.highlighted
    assert not dashboard.cards.cards[Kpi.GRR].selected
    dashboard.cards.cards[Kpi.WIN_RATE].setFocus()
    qtbot.keyClick(dashboard.cards.cards[Kpi.WIN_RATE], Qt.Key.Key_Space)
    assert dashboard.highlighted() is dashboard.forecast_chart
    assert "Win rate = " in dashboard.cards.cards[Kpi.WIN_RATE].toolTip()


def test_the_charts_hold_the_figures(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    chart = dashboard.revenue_chart
    assert chart.months[0] == month(2025, 10) and chart.months[-1] == month(2026, 9)

    def total(bar_set):
        return sum(bar_set.at(i) for i in range(bar_set.count())) * chart.scale

    # October 2025 to September 2026: Agro 3,000 + 3,600, Banco 1,500, Cia 2,700.
    assert total(chart.recurring_set) + total(chart.one_off_set) == pytest.approx(10800)
    assert total(chart.one_off_set) == pytest.approx(3 * 200 + 3 * 200)
    retention = dashboard.retention_chart
    last = retention.grr_series.at(retention.grr_series.count() - 1)
    assert last.y() == pytest.approx(100 * 800 / 1300)  # the GRR card's value
    assert len(retention.trend) == 12
    assert sum(dashboard.health_chart.counts) + dashboard.health_chart.without_score == 3
    assert dashboard.tier_chart.counts and sum(dashboard.tier_chart.counts) == 3
    assert sum(dashboard.stage_chart.counts) == 3
    forecast = dashboard.forecast_chart
    assert [f.period.name for f in forecast.forecasts] == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
        "2027-Q1",
    ]
    assert "September 2026" in chart.tooltip_text(11)


def test_double_click_on_a_list_opens_the_account(qtbot, workspace, hand_made):
    _agro, _banco, cia = hand_made
    dashboard = open_dashboard(qtbot, workspace)
    table = dashboard.risks_list.table
    assert [r.account_name for r in dashboard.risks_list.rows()] == ["Cia"]
    rect = table.visualRect(table.model().index(0, 0))
    requested = []
    dashboard.account_requested.connect(requested.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested == []
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested == [cia]
    assert workspace.current_account == cia


def test_see_all_asks_for_the_portfolio_page(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    with qtbot.waitSignal(dashboard.page_requested) as request:
        dashboard.risks_list.link.linkActivated.emit("all")
    assert request.args == ["risks"]
    with qtbot.waitSignal(dashboard.page_requested) as request:
        dashboard.reviews_list.link.linkActivated.emit("all")
    assert request.args == ["reviews"]
    assert not dashboard.falling_list.link.isVisibleTo(dashboard)


def test_falling_health_lists_the_accounts_whose_health_fell(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    # Against each account's health as of the first day of Q3 (the service's own test has
    # the figures by hand).
    expected = MetricsService(workspace.portfolio).falling_health(TODAY, dt.date(2026, 7, 1))
    falling = dashboard.falling_list.rows()
    assert falling == expected
    # Agro's recurring revenue of August–October (2,000, none in October) is below May–July's.
    assert [change.name for change in falling][:1] == ["Agro"]
    assert all(change.now < change.before for change in falling)
    drops = [change.drop for change in falling]
    assert drops == sorted(drops, reverse=True)
    assert dashboard.falling_list.title.text().startswith("Falling health since 7/1/2026")


def test_reloads_after_a_change(qtbot, workspace, hand_made):
    _agro, _banco, cia = hand_made
    dashboard = open_dashboard(qtbot, workspace)
    RevenueService(workspace.portfolio).write(cia, {month(2026, 9): figures(1900, 900)})
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        workspace.accounts_changed.emit()
    assert card_text(dashboard, Kpi.REVENUE)[0] == format_money(Decimal(7300), "BRL", 0)
    RiskService(workspace.portfolio).create(
        RiskData(cia, description="Outro", likelihood=5, impact=5)
    )
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        workspace.plan_changed.emit()
    assert [r.score for r in dashboard.risks_list.rows()] == [25, 20]


def test_a_hidden_dashboard_reads_only_when_shown(qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    dashboard.hide()
    workspace.pipeline_changed.emit()
    assert dashboard._stale and not dashboard.reader.busy
    with qtbot.waitSignal(dashboard.loaded, timeout=LOAD_MS):
        dashboard.show()


def test_an_empty_portfolio_shows_a_hint_and_dashes(qtbot, workspace):
    dashboard = open_dashboard(qtbot, workspace)
    assert dashboard.hint.isVisible()
    assert "no accounts yet" in dashboard.hint.text()
    assert {card.value.text() for kpi, card in dashboard.cards.cards.items()} >= {"—"}
    assert card_text(dashboard, Kpi.GRR) == ("—", "")
    assert dashboard.revenue_chart.stack.currentWidget() is dashboard.revenue_chart.note
    assert dashboard.reviews_list.stack.currentWidget() is dashboard.reviews_list.empty


def test_accounts_without_revenue_get_the_revenue_hint(qtbot, workspace):
    workspace.accounts.create(AccountData(name="Agro"))
    dashboard = open_dashboard(qtbot, workspace)
    assert "No revenue is recorded" in dashboard.hint.text()


def test_list_models_pass_the_model_tester(qtmodeltester, qtbot, workspace, hand_made):
    dashboard = open_dashboard(qtbot, workspace)
    for attention_list in dashboard.lists():
        qtmodeltester.check(attention_list.model)
