"""The account's figures on its Health page: the last twelve months against the twelve before,
computed by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.analytics.months import add_months
from kamdesk.services.accounts import AccountData
from kamdesk.services.health import MonthFigures, RevenueService
from kamdesk.ui.dashboard.kpi_cards import Kpi, value_text
from kamdesk.ui.health.account_overview import AccountOverview

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)  # the last complete month is October 2026
LAST = dt.date(2026, 10, 1)


@pytest.fixture
def agro(workspace):
    """A client since October 2024: 1,000 a month (800 recurring) until October 2025, then
    1,200 a month (1,000 recurring)."""
    account_id = workspace.accounts.create(AccountData(name="Agro"))
    months = {}
    for back in range(25):
        month = add_months(LAST, -back)
        recent = back < 12
        months[month] = MonthFigures(
            Decimal(1200 if recent else 1000), Decimal(1000 if recent else 800)
        )
    RevenueService(workspace.portfolio).write(account_id, months)
    workspace.accounts_changed.emit()
    return account_id


def test_the_years_figures_and_their_change(qtbot, workspace, agro):
    overview = AccountOverview(workspace)
    qtbot.addWidget(overview)
    overview.today = lambda: TODAY
    overview.show()
    overview.show_account(agro)
    cards = overview.cards

    def shown(kpi):
        return cards[kpi].value.text()

    # Nov 2025 – Oct 2026: 12 × 1,200; the twelve before: 12 × 1,000 (+20 %)
    assert shown(Kpi.REVENUE) == value_text(Kpi.REVENUE, Decimal(14400), "BRL")
    assert cards[Kpi.REVENUE].change.text().startswith("▲ 20")
    assert shown(Kpi.RECURRING) == value_text(Kpi.RECURRING, Decimal(1000), "BRL")
    # October 2025 → October 2026: 800 → 1,000 recurring: kept all, grew 25 %
    assert shown(Kpi.GRR) == value_text(Kpi.GRR, 1.0, "BRL")
    assert shown(Kpi.NRR) == value_text(Kpi.NRR, 1.25, "BRL")
    assert cards[Kpi.NRR].change.text().startswith("▲ 25")
    assert shown(Kpi.NPS) == "—"  # no survey answered


def test_no_account_shows_no_figures(qtbot, workspace):
    overview = AccountOverview(workspace)
    qtbot.addWidget(overview)
    overview.show()
    overview.show_account(None)
    assert all(card.value.text() == "—" for card in overview.cards.values())
