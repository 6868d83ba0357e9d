"""The dashboard's period: a month, fiscal quarter or fiscal year, stepped back and forth.

The dashboard opens on the **last complete** period of the kind chosen (a quarter by default):
a running month's revenue is only partly recorded, so comparing it with a whole previous one
would show a fall that is not there, and the quarterly review looks back at the quarter that
just ended. "Next" can still step into the running period (marked "so far"), never beyond it;
"Latest complete" comes back to the default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from kamdesk.analytics.periods import Period, PeriodKind, period_of
from kamdesk.ui.pipeline.forecast_models import period_dates, period_label

DEFAULT_KIND = PeriodKind.QUARTER


def latest_complete(today: dt.date, kind: PeriodKind, fiscal_year_start: int) -> Period:
    """The last month, fiscal quarter or fiscal year that ended before ``today``."""
    return period_of(today, kind, fiscal_year_start).previous()


def is_running(period: Period, today: dt.date) -> bool:
    return period.contains(today)


class PeriodSelector(QWidget):
    """Kind (month / quarter / year), previous / next and back to the latest complete period.
    Says ``period_changed(Period)`` whenever the period shown changes."""

    period_changed = Signal(object)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("periodSelector")
        self.today = today
        self.fiscal_year_start = 1
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind, label in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_KIND.value))
        self.kind.setToolTip(self.tr("Compare months, fiscal quarters or fiscal years"))
        self.previous_button = self._button("periodPrevious", "◀", self.tr("Previous period"))
        self.next_button = self._button("periodNext", "▶", self.tr("Next period"))
        self.latest_button = QToolButton()
        self.latest_button.setObjectName("periodLatest")
        self.latest_button.setText(self.tr("Latest complete"))
        self.latest_button.setToolTip(self.tr("Back to the last complete period"))
        self.label = QLabel()
        self.label.setObjectName("periodLabel")
        self.label.setStyleSheet("font-weight: 600; padding: 0 6px;")
        self.label.setMinimumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.kind)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.latest_button)
        self.period = latest_complete(today(), DEFAULT_KIND, self.fiscal_year_start)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.previous_button.clicked.connect(lambda: self.set_period(self.period.previous()))
        self.next_button.clicked.connect(lambda: self.set_period(self.period.next()))
        self.latest_button.clicked.connect(self.go_to_latest)
        self._show()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    @property
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def set_fiscal_year_start(self, month: int) -> None:
        """The portfolio's fiscal year changed: the same kind of period, latest complete."""
        if month != self.fiscal_year_start:
            self.fiscal_year_start = month
            self.go_to_latest()

    def go_to_latest(self) -> None:
        self.set_period(latest_complete(self.today(), self.period_kind, self.fiscal_year_start))

    def set_period(self, period: Period) -> None:
        """Shows ``period`` (never one after the running period) and says so if it changed."""
        running = period_of(self.today(), period.kind, period.fiscal_year_start)
        if period.start > running.start:
            period = running
        if period.kind.value != self.kind.currentData():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
            self.kind.blockSignals(False)
        changed = period != self.period
        self.period = period
        self._show()
        if changed:
            self.period_changed.emit(period)

    def _kind_chosen(self) -> None:
        self.go_to_latest()

    def _show(self) -> None:
        today = self.today()
        text = period_label(self.period)
        if is_running(self.period, today):
            text = self.tr("%1 (so far)").replace("%1", text)
        self.label.setText(text)
        self.label.setToolTip(period_dates(self.period))
        self.next_button.setEnabled(not is_running(self.period, today))
        latest = latest_complete(today, self.period_kind, self.fiscal_year_start)
        self.latest_button.setEnabled(self.period != latest)
