"""The dashboard's KPI cards: each figure of the period, its change against the previous period
(▲/▼, green when the change is good: up for most, down for churn and CAC) and, in its
tooltip, the formula from the analytics module that computes it.

A card is clickable (mouse, or Space/Enter when focused): the dashboard then highlights the
chart or list that explains the figure.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.i18n import format_money, format_number, format_percent, translate

NO_FIGURE = "—"
UP_GOOD = QColor("#2e7d32")
DOWN_BAD = QColor("#c62828")
ACCENT = QColor("#1565c0")
COLUMNS = 7


class Kpi(enum.Enum):
    REVENUE = "revenue"
    RECURRING = "recurring"
    GRR = "grr"
    NRR = "nrr"
    LOGO_CHURN = "logo_churn"
    NPS = "nps"
    CSAT = "csat"
    CLV = "clv"
    CAC = "cac"
    CLV_TO_CAC = "clv_to_cac"
    WEIGHTED_PIPELINE = "weighted_pipeline"
    WIN_RATE = "win_rate"
    FORECAST_ACCURACY = "forecast_accuracy"


class Measure(enum.Enum):
    MONEY = "money"  # change shown relative (%)
    RATIO = "ratio"  # a fraction shown as %, change in percentage points
    NPS = "nps"  # −100…100, change in points
    CSAT = "csat"  # 0…100 shown as %, change in percentage points
    MULTIPLE = "multiple"  # 3.2×, change in ×


MEASURES = {
    Kpi.REVENUE: Measure.MONEY,
    Kpi.RECURRING: Measure.MONEY,
    Kpi.GRR: Measure.RATIO,
    Kpi.NRR: Measure.RATIO,
    Kpi.LOGO_CHURN: Measure.RATIO,
    Kpi.NPS: Measure.NPS,
    Kpi.CSAT: Measure.CSAT,
    Kpi.CLV: Measure.MONEY,
    Kpi.CAC: Measure.MONEY,
    Kpi.CLV_TO_CAC: Measure.MULTIPLE,
    Kpi.WEIGHTED_PIPELINE: Measure.MONEY,
    Kpi.WIN_RATE: Measure.RATIO,
    Kpi.FORECAST_ACCURACY: Measure.RATIO,
}
LOWER_IS_BETTER = {Kpi.LOGO_CHURN, Kpi.CAC}
Number = Decimal | float | None


@dataclass(frozen=True)
class KpiFigure:
    """One card's content: the period's value, the previous period's, a line under the value
    (already translated) and whether the value is unbounded (CLV with no churn)."""

    kpi: Kpi
    value: Number
    previous: Number = None
    note: str = ""
    unbounded: bool = False
    previous_unbounded: bool = False
    comparable: bool = True  # False: nothing of the past to compare with (no "no comparison")


def kpi_title(kpi: Kpi) -> str:
    return {  # listed literally so lupdate finds them
        Kpi.REVENUE: translate("KpiCards", "Revenue"),
        Kpi.RECURRING: translate("KpiCards", "Recurring revenue (MRR)"),
        Kpi.GRR: translate("KpiCards", "Gross retention (GRR)"),
        Kpi.NRR: translate("KpiCards", "Net retention (NRR)"),
        Kpi.LOGO_CHURN: translate("KpiCards", "Logo churn"),
        Kpi.NPS: translate("KpiCards", "NPS"),
        Kpi.CSAT: translate("KpiCards", "CSAT"),
        Kpi.CLV: translate("KpiCards", "Lifetime value (CLV)"),
        Kpi.CAC: translate("KpiCards", "Acquisition cost (CAC)"),
        Kpi.CLV_TO_CAC: translate("KpiCards", "CLV:CAC"),
        Kpi.WEIGHTED_PIPELINE: translate("KpiCards", "Weighted pipeline"),
        Kpi.WIN_RATE: translate("KpiCards", "Win rate"),
        Kpi.FORECAST_ACCURACY: translate("KpiCards", "Forecast accuracy"),
    }[kpi]


def kpi_formula(kpi: Kpi) -> str:
    """The formula in words, as the analytics modules' docstrings write it."""
    return {
        Kpi.REVENUE: translate(
            "KpiCards",
            "Revenue = Σ monthly revenue of every account in the period; the share under it is "
            "recurring revenue ÷ revenue.",
        ),
        Kpi.RECURRING: translate(
            "KpiCards",
            "MRR = Σ recurring revenue of every account in the period's last month.",
        ),
        Kpi.GRR: translate(
            "KpiCards",
            "GRR = Σ min(MRR now, MRR 12 months before) ÷ Σ MRR 12 months before, over the "
            "accounts active 12 months before the period's last month.",
        ),
        Kpi.NRR: translate(
            "KpiCards",
            "NRR = Σ MRR now ÷ Σ MRR 12 months before, over the accounts active 12 months "
            "before the period's last month (up-sell and cross-sell count).",
        ),
        Kpi.LOGO_CHURN: translate(
            "KpiCards",
            "Logo churn = 1 − accounts still active now ÷ accounts active 12 months before "
            "the period's last month.",
        ),
        Kpi.NPS: translate(
            "KpiCards",
            "NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the "
            "period's NPS responses.",
        ),
        Kpi.CSAT: translate(
            "KpiCards", "CSAT = % of the period's CSAT responses (1–5) scoring 4 or 5."
        ),
        Kpi.CLV: translate(
            "KpiCards",
            "CLV = average monthly revenue × gross margin ÷ monthly logo churn, over the 12 "
            "months to the period's end. With no churn the lifetime has no end: no finite "
            "value.",
        ),
        Kpi.CAC: translate(
            "KpiCards",
            "CAC = Σ acquisition cost of the accounts won in the period ÷ accounts won in "
            "the period (those with a known cost).",
        ),
        Kpi.CLV_TO_CAC: translate(
            "KpiCards", "CLV:CAC = CLV ÷ CAC; 3 or more is the usual sign of healthy growth."
        ),
        Kpi.WEIGHTED_PIPELINE: translate(
            "KpiCards",
            "Weighted pipeline = Σ value × probability of the open opportunities today, "
            "whatever their expected close.",
        ),
        Kpi.WIN_RATE: translate(
            "KpiCards",
            "Win rate = opportunities won ÷ opportunities closed (won or lost) in the period.",
        ),
        Kpi.FORECAST_ACCURACY: translate(
            "KpiCards",
            "Forecast accuracy = 1 − MAPE of the committed forecast over the period's months: "
            "each month 1 − |won − forecast| ÷ won, the forecast from the snapshot taken "
            "before the month began.",
        ),
    }[kpi]


def value_text(kpi: Kpi, value: Number, currency: str) -> str:
    if value is None:
        return NO_FIGURE
    measure = MEASURES[kpi]
    if measure is Measure.MONEY:
        return format_money(value, currency, 0)
    if measure is Measure.RATIO:
        return format_percent(float(value), 1)
    if measure is Measure.NPS:
        return format_number(value, 0)
    if measure is Measure.CSAT:
        return format_percent(float(value) / 100, 0)
    return format_number(value, 1) + "×"


def change_of(kpi: Kpi, value: Number, previous: Number) -> float | None:
    """The change as the card shows it: relative for money, else the difference (in the
    figure's own unit: a fraction for ratios, points for NPS and CSAT); None when there is
    nothing to compare."""
    if value is None or previous is None:
        return None
    if MEASURES[kpi] is Measure.MONEY:
        return float((value - previous) / abs(previous)) if previous else None
    return float(value) - float(previous)


def change_text(kpi: Kpi, change: float) -> str:
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    size = abs(change)
    measure = MEASURES[kpi]
    if measure is Measure.MONEY:
        amount = format_percent(size, 1)
    elif measure is Measure.RATIO:
        amount = translate("KpiCards", "%1 pp").replace("%1", format_number(size * 100, 1))
    elif measure is Measure.CSAT:
        amount = translate("KpiCards", "%1 pp").replace("%1", format_number(size, 1))
    elif measure is Measure.NPS:
        amount = translate("KpiCards", "%1 pts").replace("%1", format_number(size, 0))
    else:
        amount = format_number(size, 1) + "×"
    return f"{arrow} {amount}"


def change_color(kpi: Kpi, change: float) -> QColor:
    if abs(change) < 1e-12:
        return MUTED_TEXT
    good = (change < 0) if kpi in LOWER_IS_BETTER else (change > 0)
    return UP_GOOD if good else DOWN_BAD


class KpiCard(QFrame):
    """One figure: its name, value, change against the previous period and a note."""

    clicked = Signal(object)  # the Kpi

    def __init__(self, kpi: Kpi, parent: QWidget | None = None):
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName(f"kpi_{kpi.value}")
        self.setProperty("kpiCard", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(140)
        self.title = QLabel(kpi_title(kpi))
        self.title.setObjectName("kpiTitle")
        self.title.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 8.5pt;")
        self.value = QLabel(NO_FIGURE)
        self.value.setObjectName("kpiValue")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.change = QLabel()
        self.change.setObjectName("kpiChange")
        self.change.setStyleSheet("font-size: 8.5pt;")
        self.note = QLabel()
        self.note.setObjectName("kpiNote")
        self.note.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 8pt;")
        self.note.setMinimumHeight(self.note.fontMetrics().height())  # cards stay level
        for label in (self.title, self.value, self.change, self.note):
            # Long text must not widen its column: every card keeps the same width.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.formula = kpi_formula(kpi)
        self.setToolTip(self.formula)
        self.setAccessibleName(kpi_title(kpi))
        self.selected = False
        self._restyle()

    def set_figure(
        self, figure: KpiFigure, currency: str, previous_name: str, empty: bool = False
    ) -> None:
        """Shows ``figure``; ``previous_name`` names the period compared with."""
        kpi = self.kpi
        if figure.unbounded:
            self.value.setText(translate("KpiCards", "Unbounded"))
        else:
            self.value.setText(value_text(kpi, figure.value, currency))
        change = None if empty else change_of(kpi, figure.value, figure.previous)
        if change is None:
            comparable = figure.comparable and not empty
            self.change.setText(translate("KpiCards", "no comparison") if comparable else "")
            self.change.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 8.5pt;")
        else:
            self.change.setText(
                translate("KpiCards", "%1 vs %2")
                .replace("%1", change_text(kpi, change))
                .replace("%2", previous_name)
            )
            color = change_color(kpi, change).name()
            self.change.setStyleSheet(f"color: {color}; font-size: 8.5pt;")
        self.note.setText(figure.note)
        if figure.previous_unbounded:
            previous = translate("KpiCards", "Unbounded")
        else:
            previous = value_text(kpi, figure.previous, currency)
        self.setToolTip(
            f"<b>{kpi_title(kpi)}</b><br>{self.formula}<br><br>"
            + translate("KpiCards", "%1: %2").replace("%1", previous_name).replace("%2", previous)
        )

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self._restyle()

    def _restyle(self) -> None:
        border = f"2px solid {ACCENT.name()}" if self.selected else "1px solid palette(mid)"
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: palette(base); border: {border};"
            " border-radius: 8px; }"
            f"#{self.objectName()}:focus {{ border: 2px solid {ACCENT.name()}; }}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.kpi)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit(self.kpi)
            return
        super().keyPressEvent(event)


class KpiGrid(QWidget):
    """Every card, in a grid of :data:`COLUMNS` columns, in the order of :class:`Kpi`."""

    card_clicked = Signal(object)  # the Kpi

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiGrid")
        self.cards = {kpi: KpiCard(kpi) for kpi in Kpi}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for index, card in enumerate(self.cards.values()):
            layout.addWidget(card, index // COLUMNS, index % COLUMNS)
            card.clicked.connect(self._clicked)
        for column in range(COLUMNS):
            layout.setColumnStretch(column, 1)

    def set_figures(
        self,
        figures: Sequence[KpiFigure],
        currency: str,
        previous_name: str,
        empty: bool = False,
    ) -> None:
        for figure in figures:
            self.cards[figure.kpi].set_figure(figure, currency, previous_name, empty)

    def select(self, kpi: Kpi | None) -> None:
        for key, card in self.cards.items():
            card.set_selected(key is kpi)

    def _clicked(self, kpi: Kpi) -> None:
        self.select(kpi)
        self.card_clicked.emit(kpi)
