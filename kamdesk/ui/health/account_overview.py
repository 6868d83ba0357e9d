"""One account's figures as the dashboard shows the portfolio's: the same cards, the last twelve
complete months against the twelve before.

Revenue, NPS and CSAT are those of the twelve months; MRR is the last month's. An account's own
retention is its recurring revenue kept over the year: GRR = min(MRR now, MRR a year before) ÷
MRR a year before, NRR = MRR now ÷ MRR a year before (none when it had no recurring revenue a
year before). CLV uses the portfolio's churn over the year, as DESIGN §3 says.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QWidget

from kamdesk.analytics.months import add_months
from kamdesk.services.health.metrics import AccountMetrics, MetricsService, default_period
from kamdesk.ui.dashboard.kpi_cards import Kpi, KpiCard, KpiFigure
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

CARDS = (Kpi.REVENUE, Kpi.RECURRING, Kpi.GRR, Kpi.NRR, Kpi.NPS, Kpi.CSAT, Kpi.CLV)
PER_ROW = 4
YEAR = 12


def account_retention(metrics: AccountMetrics) -> tuple[float | None, float | None]:
    """(GRR, NRR) of one account over the period of ``metrics``."""
    before, now = metrics.recurring_at_start, metrics.recurring_at_end
    if before <= 0:
        return None, None
    return float(min(now, before) / before), float(now / before)


class Year:
    """An account's metrics of twelve months (``months``) and over the year to their end
    (``year``: its t0 is the month before the twelve, for retention and CLV)."""

    def __init__(self, months: AccountMetrics | None, year: AccountMetrics | None):
        self.months, self.year = months, year

    def values(self) -> dict[Kpi, Decimal | float | None]:
        if self.months is None or self.year is None:
            return dict.fromkeys(CARDS)
        grr, nrr = account_retention(self.year)
        return {
            Kpi.REVENUE: self.months.revenue,
            Kpi.RECURRING: self.months.recurring_at_end,
            Kpi.GRR: grr,
            Kpi.NRR: nrr,
            Kpi.NPS: self.months.facts.nps,
            Kpi.CSAT: self.months.facts.csat,
            Kpi.CLV: self.year.clv.value,
        }

    @property
    def unbounded(self) -> bool:
        return self.year is not None and self.year.clv.unbounded


def figures(now: Year, before: Year) -> dict[Kpi, KpiFigure]:
    current, previous = now.values(), before.values()
    return {
        kpi: KpiFigure(
            kpi,
            current[kpi],
            previous[kpi],
            unbounded=kpi is Kpi.CLV and now.unbounded,
            previous_unbounded=kpi is Kpi.CLV and before.unbounded,
        )
        for kpi in CARDS
    }


class AccountOverview(ReadsWhenShown, QWidget):
    """Show an account with :meth:`show_account`."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = MetricsService(workspace.portfolio)
        self.today = dt.date.today  # replaced by tests
        self.account_id: int | None = None
        self.cards = {kpi: KpiCard(kpi) for kpi in CARDS}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, card in enumerate(self.cards.values()):
            layout.addWidget(card, index // PER_ROW, index % PER_ROW)
        self._follow_portfolio(workspace)
        workspace.plan_changed.connect(self._portfolio_changed)

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        self._portfolio_changed()

    def reload(self) -> None:
        self._stale = False
        _first, last = default_period(self.today())
        now, before = self._year(last), self._year(add_months(last, -YEAR))
        previous_name = self.tr("a year before")
        for kpi, figure in figures(now, before).items():
            self.cards[kpi].set_figure(
                figure, self.workspace.settings.currency, previous_name, now.months is None
            )

    def _year(self, last: dt.date) -> Year:
        return Year(
            self._metrics(add_months(last, 1 - YEAR), last),
            self._metrics(add_months(last, -YEAR), last),
        )

    def _metrics(self, first: dt.date, last: dt.date) -> AccountMetrics | None:
        rows = [row for row in self.workspace.account_rows() if row.id == self.account_id]
        if not rows:
            return None
        found = self.service.account_metrics(self.today(), first, last, rows=rows)
        return found[0] if found else None
