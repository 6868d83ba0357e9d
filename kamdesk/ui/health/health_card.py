"""An account's health, 0–100: the big figure in its band's colour, the band's word, and “Why?”,
which opens the breakdown.

The breakdown lists every part of the blend (:mod:`kamdesk.analytics.health`): what was
measured (“+12%”, “NPS 33”, “2 overdue”), its 0–100 score, its weight (and share of the
weights present) and the points it adds; a part without data, or weighed 0 in Preferences, is
listed as left out. The score is the one ``MetricsService.account_metrics`` gives (as of today,
over the metrics period, with the portfolio's weights), computed for this account only. The
card reads again after any write (plan, pipeline, accounts, settings), or when shown after one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.health import HealthBand, HealthFacts, HealthPart, PartScore
from kamdesk.services.health.metrics import AccountMetrics, MetricsService
from kamdesk.ui.colors import MUTED_TEXT, score_color, text_on
from kamdesk.ui.health.revenue_model import month_text
from kamdesk.ui.i18n import format_date, format_number, format_percent, translate
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace


def part_label(part: HealthPart) -> str:
    return {
        HealthPart.REVENUE_TREND: translate("HealthPart", "Revenue trend"),
        HealthPart.NPS: translate("HealthPart", "NPS"),
        HealthPart.CSAT: translate("HealthPart", "CSAT"),
        HealthPart.SPONSOR_COVERAGE: translate("HealthPart", "Sponsor coverage"),
        HealthPart.RESISTANCE: translate("HealthPart", "Resistance"),
        HealthPart.OPEN_RISK: translate("HealthPart", "Open risk"),
        HealthPart.OVERDUE_REVIEWS: translate("HealthPart", "Overdue reviews"),
        HealthPart.OKR_PACE: translate("HealthPart", "OKR pace"),
    }[part]


def part_formula(part: HealthPart) -> str:
    """How the part is put on the 0–100 scale (the module docstring's words)."""
    return {
        HealthPart.REVENUE_TREND: translate(
            "HealthPart",
            "Recurring revenue of the last 3 months ÷ the 3 before − 1: −20% or worse → 0, "
            "+20% or better → 100, linear between (0% → 50)",
        ),
        HealthPart.NPS: translate("HealthPart", "(NPS + 100) ÷ 2, over the period's responses"),
        HealthPart.CSAT: translate("HealthPart", "CSAT (already 0–100), over the period"),
        HealthPart.SPONSOR_COVERAGE: translate(
            "HealthPart", "Target areas with a sponsor ÷ target areas, × 100"
        ),
        HealthPart.RESISTANCE: translate(
            "HealthPart",
            "(1 − influence of resistant and opponent people ÷ influence of all) × 100",
        ),
        HealthPart.OPEN_RISK: translate(
            "HealthPart",
            "No open risk → 100; highest open score s (1–25) → 100 × (25 − s) ÷ 24",
        ),
        HealthPart.OVERDUE_REVIEWS: translate(
            "HealthPart", "100 − 25 per overdue review, never below 0"
        ),
        HealthPart.OKR_PACE: translate(
            "HealthPart",
            "Objectives' progress ÷ elapsed share of their period, capped at 1, × 100",
        ),
    }[part]


def signed_percent(fraction: float) -> str:
    text = format_percent(fraction)
    return "+" + text if fraction > 0 else text


class HealthCard(ReadsWhenShown, QFrame):
    """Show an account with :meth:`show_account` (None: nothing to show)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.workspace = workspace
        self.service = MetricsService(workspace.portfolio)
        self.account_id: int | None = None
        self.metrics: AccountMetrics | None = None
        self.today = dt.date.today  # replaced by tests
        self._build()
        self._follow_portfolio(workspace)
        workspace.plan_changed.connect(self._portfolio_changed)
        self.show_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.score_label = QLabel()
        self.score_label.setObjectName("healthScore")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_label.setMinimumWidth(84)
        self.score_label.setToolTip(
            self.tr(
                "Health = Σ weight × part score ÷ Σ weight, over the parts with data "
                "(0–100; green from 70, amber from 40, red below)"
            )
        )
        title = QLabel(self.tr("Account health"))
        title.setStyleSheet("font-weight: 600;")
        self.band_label = QLabel()
        self.band_label.setObjectName("healthBand")
        self.band_label.setStyleSheet("font-size: 12pt;")
        self.why_button = QToolButton()
        self.why_button.setObjectName("healthWhy")
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setAutoRaise(True)
        self.why_button.setStyleSheet(
            "QToolButton { border: none; color: palette(link); text-decoration: underline; }"
        )
        self.why_button.setToolTip(self.tr("Show what makes this score"))
        self.why_button.toggled.connect(self._toggle_breakdown)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(self.band_label)
        words.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(self.score_label)
        top.addSpacing(8)
        top.addLayout(words, 1)
        self.breakdown = QWidget()
        self.breakdown.setObjectName("healthBreakdown")
        self.grid = QGridLayout(self.breakdown)
        self.grid.setContentsMargins(0, 8, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.breakdown.hide()
        self.basis_label = QLabel()
        self.basis_label.setObjectName("healthBasis")
        self.basis_label.setWordWrap(True)
        self.basis_label.setStyleSheet("color: palette(placeholder-text);")
        self.basis_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.basis_label)

    def _toggle_breakdown(self, shown: bool) -> None:
        self.breakdown.setVisible(shown)
        self.basis_label.setVisible(shown)
        self.why_button.setText(self.tr("Hide the parts") if shown else self.tr("Why?"))

    def set_breakdown_visible(self, shown: bool) -> None:
        self.why_button.setChecked(shown)

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        self.metrics = self._read()
        self._show_score()
        self._fill_breakdown()

    def _read(self) -> AccountMetrics | None:
        rows = [row for row in self.workspace.account_rows() if row.id == self.account_id]
        if not rows:
            return None
        found = self.service.account_metrics(self.today(), rows=rows)
        return found[0] if found else None  # archived accounts have no health

    def _show_score(self) -> None:
        health = self.metrics.health if self.metrics else None
        score = health.score if health else None
        self.why_button.setEnabled(score is not None)
        if score is None:
            self.score_label.setText("—")
            self.score_label.setStyleSheet("font-size: 28pt; font-weight: 700;")
            self.band_label.setText(
                self.tr("No health score") if self.account_id is not None else ""
            )
            return
        color = score_color(score)
        self.score_label.setText(format_number(score))
        self.score_label.setStyleSheet(
            f"font-size: 28pt; font-weight: 700; background: {color.name()};"
            f" color: {text_on(color).name()}; border-radius: 6px; padding: 4px 12px;"
        )
        self.band_label.setText(self.band_word(health.band))

    def band_word(self, band: HealthBand) -> str:
        return {
            HealthBand.GREEN: self.tr("Healthy"),
            HealthBand.AMBER: self.tr("Needs attention"),
            HealthBand.RED: self.tr("At risk"),
        }[band]

    # -- the breakdown -----------------------------------------------------------------------

    def _fill_breakdown(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if self.metrics is None or self.metrics.health.score is None:
            return
        headers = (
            self.tr("Part"),
            self.tr("Measured"),
            self.tr("Score"),
            self.tr("Weight"),
            self.tr("Adds"),
        )
        for column, text in enumerate(headers):
            self._cell(0, column, text, header=True)
        scored = {part.part: part for part in self.metrics.health.parts}
        weights = self.workspace.settings.health_weights
        for row, part in enumerate(HealthPart, start=1):
            self._part_row(row, part, scored.get(part), weights.get(part, 0))
        total = len(HealthPart) + 1
        self._cell(total, 0, self.tr("Health"), header=True)
        self._cell(total, 4, format_number(self.metrics.health.score, 1), header=True)
        self.basis_label.setText(self._basis())

    def _part_row(self, row: int, part: HealthPart, scored: PartScore | None, weight) -> None:
        name = self._cell(row, 0, part_label(part))
        name.setToolTip(part_formula(part))
        if scored is None:
            text = self.tr("weight 0 — left out") if not weight else self.tr("no data — left out")
            self._cell(row, 1, text, muted=True, span=4)
            return
        self._cell(row, 1, self.measured(part, self.metrics.facts))
        self._cell(row, 2, format_number(scored.score))
        self._cell(
            row,
            3,
            self.tr("%1 (%2)")
            .replace("%1", format_number(scored.weight, 1 if scored.weight % 1 else 0))
            .replace("%2", format_percent(scored.share)),
        )
        self._cell(row, 4, "+" + format_number(scored.points, 1))

    def _cell(
        self,
        row: int,
        column: int,
        text: str,
        header: bool = False,
        muted: bool = False,
        span: int = 1,
    ) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"health_{row}_{column}")
        if header:
            label.setStyleSheet("font-weight: 600;")
        if muted:
            label.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-style: italic;")
        if column >= 2:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(label, row, column, 1, span)
        return label

    def measured(self, part: HealthPart, facts: HealthFacts) -> str:
        """What was measured for ``part``, in the KAM's words."""
        match part:
            case HealthPart.REVENUE_TREND:
                return signed_percent(facts.revenue_trend)
            case HealthPart.NPS:
                return self.tr("NPS %1").replace("%1", format_number(facts.nps))
            case HealthPart.CSAT:
                return self.tr("CSAT %1").replace("%1", format_percent(facts.csat / 100))
            case HealthPart.SPONSOR_COVERAGE:
                return self.tr("%1 of target areas").replace(
                    "%1", format_percent(facts.sponsor_coverage)
                )
            case HealthPart.RESISTANCE:
                return self.tr("%1 of the influence").replace(
                    "%1", format_percent(facts.resistance)
                )
            case HealthPart.OPEN_RISK:
                if facts.highest_open_risk is None:
                    return self.tr("no open risk")
                return self.tr("highest score %1").replace("%1", str(facts.highest_open_risk))
            case HealthPart.OVERDUE_REVIEWS:
                if not facts.overdue_reviews:
                    return self.tr("none overdue")
                return self.tr("%n overdue", "", facts.overdue_reviews)
        return self.tr("%1 of the pace").replace("%1", format_percent(facts.okr_pace))

    def _basis(self) -> str:
        first, last = MetricsService.period(self.today())
        return (
            self.tr(
                "As of %1. Revenue trend, NPS and CSAT over %2 – %3; the decision chain, risks, "
                "reviews and objectives as they are today. A part without data is left out and "
                "the others' weights scale up. Weights: Preferences ▸ Health."
            )
            .replace("%1", format_date(self.today()))
            .replace("%2", month_text(first))
            .replace("%3", month_text(last))
        )
