"""The health card on a hand-made account: the score, its colour and band, and the breakdown
“Why?” opens, computed by hand; the card follows the writes that change it."""

from __future__ import annotations

import datetime as dt

import pytest

from kamdesk.analytics.health import HealthPart
from kamdesk.model.enums import SurveyKind
from kamdesk.services.accounts import AccountData
from kamdesk.services.health import SurveyData, SurveyService
from kamdesk.services.plan import RiskData, RiskService
from kamdesk.ui.colors import FAIR, GOOD
from kamdesk.ui.health.health_card import HealthCard

pytestmark = pytest.mark.usefixtures("english")

TODAY = dt.date(2026, 11, 25)
PARTS = list(HealthPart)


@pytest.fixture
def agro(workspace):
    """Only an NPS of 0 (one promoter, one detractor in the period), no open risk, no review
    overdue, nothing else known."""
    agro = workspace.accounts.create(AccountData(name="Agro Cerrado"))
    surveys = SurveyService(workspace.portfolio)
    for score in (9, 5):
        surveys.create(SurveyData(agro, SurveyKind.NPS, dt.date(2026, 10, 10), score))
    workspace.set_current_account(agro)
    return agro


@pytest.fixture
def card(qtbot, workspace, agro):
    shown = HealthCard(workspace)
    shown.today = lambda: TODAY
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.reload()
    return shown


def row_texts(card: HealthCard, part: HealthPart) -> list[str]:
    """The breakdown's line of ``part``: name, measured, score, weight, adds."""
    row = PARTS.index(part) + 1
    cells = [card.grid.itemAtPosition(row, column) for column in range(5)]
    texts = []
    for cell in cells:
        if cell is not None and cell.widget().text() not in texts[-1:]:
            texts.append(cell.widget().text())
    return texts


def test_the_score_by_hand_with_its_colour_and_band(card):
    # (15 × 50 [NPS 0] + 15 × 100 [no open risk] + 5 × 100 [no review overdue]) ÷ 35 = 78.57
    assert card.metrics.health.score == pytest.approx(2750 / 35)
    assert card.score_label.text() == "79"
    assert GOOD.name() in card.score_label.styleSheet()
    assert card.band_label.text() == "Healthy"
    assert not card.breakdown.isVisible()


def test_why_opens_every_part_with_its_value_score_weight_and_points(card):
    card.why_button.click()
    assert card.breakdown.isVisible() and card.basis_label.isVisible()
    assert row_texts(card, HealthPart.NPS) == ["NPS", "NPS 0", "50", "15 (43%)", "+21.4"]
    assert row_texts(card, HealthPart.OPEN_RISK) == [
        "Open risk",
        "no open risk",
        "100",
        "15 (43%)",
        "+42.9",
    ]
    assert row_texts(card, HealthPart.OVERDUE_REVIEWS) == [
        "Overdue reviews",
        "none overdue",
        "100",
        "5 (14%)",
        "+14.3",
    ]
    for part in (HealthPart.REVENUE_TREND, HealthPart.CSAT, HealthPart.OKR_PACE):
        assert row_texts(card, part)[1] == "no data — left out"
    total = len(PARTS) + 1
    assert card.grid.itemAtPosition(total, 4).widget().text() == "78.6"
    assert "(NPS + 100) ÷ 2" in card.grid.itemAtPosition(2, 0).widget().toolTip()
    assert "Oct/2025 – Oct/2026" in card.basis_label.text()
    card.why_button.click()
    assert not card.breakdown.isVisible()


def test_a_new_open_risk_lowers_the_score_when_the_plan_changes(card, workspace, agro):
    RiskService(workspace.portfolio).create(
        RiskData(agro, "Concorrente agressivo", likelihood=4, impact=5)
    )
    workspace.plan_changed.emit()
    # open risk 20 → 100 × (25 − 20) ÷ 24 = 20.83; (750 + 312.5 + 500) ÷ 35 = 44.64
    assert card.score_label.text() == "45"
    assert FAIR.name() in card.score_label.styleSheet()
    assert card.band_label.text() == "Needs attention"
    card.set_breakdown_visible(True)
    assert row_texts(card, HealthPart.OPEN_RISK)[1:3] == ["highest score 20", "21"]


def test_no_account_shows_no_score(card):
    card.show_account(None)
    assert card.score_label.text() == "—"
    assert card.band_label.text() == ""
    assert not card.why_button.isEnabled()
