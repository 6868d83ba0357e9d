"""The forecast's two tables: figures per period (a column per period, a row per figure) and
the accuracy of past forecasts (a row per period, a column per forecast call, MAPE last).

Both are small (a handful of periods), so they are plain table models over the service's
results; the formulas live in :mod:`kamdesk.analytics.forecast` and
:mod:`kamdesk.analytics.forecast_accuracy` and the tooltips repeat them in words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamdesk.analytics.forecast import PeriodForecast
from kamdesk.analytics.forecast_accuracy import (
    BASIS_LABELS,
    GAP_TEMPLATES,
    ForecastBasis,
    PeriodAccuracy,
)
from kamdesk.analytics.periods import Period, PeriodKind
from kamdesk.model.enums import ForecastCategory
from kamdesk.services.pipeline.forecast_data import AccuracyReport
from kamdesk.ui.colors import GOOD, MUTED_TEXT
from kamdesk.ui.i18n import format_date, format_money, format_number, format_percent, translate
from kamdesk.ui.models.roles import ROOT, AnyIndex

C = ForecastCategory
EDITABLE_FILL = QColor("#f3f8fe")  # the target cells: the one row the KAM types in
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 10  # the Period of a column (forecast) or row


# -- periods and money as the KAM reads them --------------------------------------------------


def period_label(period: Period) -> str:
    """“Q4 2026” / “T4 2026” for a (fiscal) quarter, “Nov 2026” / “nov. 2026” for a month,
    “FY 2027” / “AF 2027” for a fiscal year."""
    if period.kind is PeriodKind.MONTH:
        start = period.start
        return QLocale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
    year, _, quarter = period.name.partition("-Q")
    if period.kind is PeriodKind.QUARTER:
        return translate("ForecastPeriods", "Q%1 %2").replace("%1", quarter).replace("%2", year)
    return translate("ForecastPeriods", "FY %1").replace("%1", year)


def period_dates(period: Period) -> str:
    """“01/10/2026 – 31/12/2026”."""
    return f"{format_date(period.start)} – {format_date(period.last_day)}"


def compact_money(value: Decimal | float, currency_symbol: str) -> str:
    """Money short enough for a chart's axis: “R$ 1,2 mi”, “R$ 350 mil” in pt-BR."""
    amount = float(value)
    if abs(amount) >= 1_000_000:
        millions = amount / 1_000_000
        whole = abs(amount) >= 10_000_000 or millions == round(millions)
        number = format_number(millions, 0 if whole else 1)
        template = translate("ForecastChart", "%1 %2M")
    elif abs(amount) >= 1_000:
        number = format_number(amount / 1_000, 0)
        template = translate("ForecastChart", "%1 %2K")
    else:
        number = format_number(amount, 0)
        template = "%1 %2"
    return template.replace("%1", currency_symbol).replace("%2", number)


def _money_tip(label: str, value: Decimal | None, currency: str) -> str:
    return f"{label}: {format_money(value, currency, 0) if value is not None else '—'}"


# -- the forecast per period ------------------------------------------------------------------


class ForecastRow(enum.IntEnum):
    CLOSED_WON = 0
    COMMIT = enum.auto()
    BEST_CASE = enum.auto()
    PIPELINE = enum.auto()
    WEIGHTED = enum.auto()
    TARGET = enum.auto()
    COVERAGE = enum.auto()
    ATTAINMENT = enum.auto()


ROW_CATEGORIES = {
    ForecastRow.CLOSED_WON: C.CLOSED,
    ForecastRow.COMMIT: C.COMMIT,
    ForecastRow.BEST_CASE: C.BEST_CASE,
    ForecastRow.PIPELINE: C.PIPELINE,
}


def row_label(row: ForecastRow) -> str:
    # Listed literally so lupdate finds them.
    return {
        ForecastRow.CLOSED_WON: translate("ForecastTable", "Closed won"),
        ForecastRow.COMMIT: translate("ForecastTable", "Commit"),
        ForecastRow.BEST_CASE: translate("ForecastTable", "Best case"),
        ForecastRow.PIPELINE: translate("ForecastTable", "Pipeline"),
        ForecastRow.WEIGHTED: translate("ForecastTable", "Weighted pipeline"),
        ForecastRow.TARGET: translate("ForecastTable", "Target"),
        ForecastRow.COVERAGE: translate("ForecastTable", "Coverage"),
        ForecastRow.ATTAINMENT: translate("ForecastTable", "Attainment"),
    }[row]


def row_formula(row: ForecastRow) -> str:
    """What a row adds up, in the words of the analytics' formulas."""
    return {
        ForecastRow.CLOSED_WON: translate(
            "ForecastTable", "Closed won = Σ value of the won opportunities, by close date"
        ),
        ForecastRow.COMMIT: translate(
            "ForecastTable",
            "Commit = Σ value of the open opportunities in the Commit category, by expected close",
        ),
        ForecastRow.BEST_CASE: translate(
            "ForecastTable",
            "Best case = Σ value of the open opportunities in the Best case category, "
            "by expected close",
        ),
        ForecastRow.PIPELINE: translate(
            "ForecastTable",
            "Pipeline = Σ value of the open opportunities in the Pipeline category, "
            "by expected close",
        ),
        ForecastRow.WEIGHTED: translate(
            "ForecastTable",
            "Weighted pipeline = Σ value × probability ÷ 100 over the open opportunities",
        ),
        ForecastRow.TARGET: translate(
            "ForecastTable",
            "The period's target; a quarter without its own adds up its months' targets",
        ),
        ForecastRow.COVERAGE: translate(
            "ForecastTable",
            "Coverage = open pipeline ÷ target (open pipeline = commit + best case + pipeline)",
        ),
        ForecastRow.ATTAINMENT: translate("ForecastTable", "Attainment = closed won ÷ target"),
    }[row]


# The view's check of a typed target: (period, text) → True when a command was pushed.
TargetEditor = Callable[[Period, str], bool]


class ForecastTableModel(QAbstractTableModel):
    """One column per period, one row per :class:`ForecastRow`; the target cells are editable
    (for the whole portfolio), typing hands the text to ``target_editor``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.forecasts: list[PeriodForecast] = []
        self.own_targets: Mapping[str, Decimal] = {}
        self.currency = "BRL"
        self.targets_editable = True
        self.current: Period | None = None
        self.target_editor: TargetEditor | None = None

    def set_content(
        self,
        forecasts: Sequence[PeriodForecast],
        own_targets: Mapping[str, Decimal],
        currency: str,
        targets_editable: bool,
        current: Period | None,
    ) -> None:
        """New figures; the same periods again only refresh the cells (an edit in progress
        and the current cell survive a write)."""
        same_periods = [f.period for f in forecasts] == [f.period for f in self.forecasts]
        if not same_periods:
            self.beginResetModel()
        self.forecasts = list(forecasts)
        self.own_targets = dict(own_targets)
        self.currency, self.targets_editable, self.current = currency, targets_editable, current
        if same_periods:
            if self.forecasts:
                last = self.index(len(ForecastRow) - 1, len(self.forecasts) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.forecasts) - 1)
        else:
            self.endResetModel()

    def periods(self) -> list[Period]:
        return [forecast.period for forecast in self.forecasts]

    # -- Qt's model API ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(ForecastRow)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.forecasts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.row() == ForecastRow.TARGET and self.targets_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(ForecastRow):
                return None
            row = ForecastRow(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return row_label(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return row_formula(row)
            return None
        if not 0 <= section < len(self.forecasts):
            return None
        period = self.forecasts[section].period
        if role == Qt.ItemDataRole.DisplayRole:
            return period_label(period)
        if role == Qt.ItemDataRole.ToolTipRole:
            return period_dates(period)
        if role == Qt.ItemDataRole.FontRole and period == self.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == PERIOD_ROLE:
            return period
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self.forecasts):
            return None
        forecast = self.forecasts[index.column()]
        row = ForecastRow(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, forecast)
        if role == Qt.ItemDataRole.EditRole:
            return self._edited(row, forecast)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, forecast)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, forecast)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, forecast)
        if role == Qt.ItemDataRole.FontRole and row is ForecastRow.CLOSED_WON:
            font = QFont()
            font.setBold(True)
            return font
        if role == PERIOD_ROLE:
            return forecast.period
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
            or self.target_editor is None
        ):
            return False
        # The editor pushes a command; the view reads again on pipeline_changed.
        return self.target_editor(self.forecasts[index.column()].period, str(value or ""))

    # -- cells -------------------------------------------------------------------------------

    def amount(self, row: ForecastRow, forecast: PeriodForecast) -> Decimal | None:
        if row in ROW_CATEGORIES:
            return forecast.amounts[ROW_CATEGORIES[row]]
        if row is ForecastRow.WEIGHTED:
            return forecast.weighted
        if row is ForecastRow.TARGET:
            return forecast.target
        return None

    def _shown(self, row: ForecastRow, forecast: PeriodForecast) -> str:
        if row is ForecastRow.COVERAGE:
            return format_percent(forecast.coverage) or "—"
        if row is ForecastRow.ATTAINMENT:
            return format_percent(forecast.attainment) or "—"
        if row is ForecastRow.TARGET and forecast.target is None:
            return "—"
        return format_money(self.amount(row, forecast), self.currency, 0)

    def _edited(self, row: ForecastRow, forecast: PeriodForecast) -> str:
        if row is not ForecastRow.TARGET or forecast.target is None:
            return ""
        target = forecast.target
        return format_number(target, 0 if target == target.to_integral_value() else 2)

    def is_summed_target(self, forecast: PeriodForecast) -> bool:
        """The target is the sum of the sub-periods' targets (the period has none itself)."""
        return forecast.target is not None and forecast.period.name not in self.own_targets

    def _tooltip(self, row: ForecastRow, forecast: PeriodForecast) -> str:
        money = self.currency
        lines = [f"<b>{row_label(row)} · {period_label(forecast.period)}</b>", row_formula(row)]
        if row is ForecastRow.TARGET:
            if not self.targets_editable:
                lines.append(
                    translate(
                        "ForecastTable",
                        "Targets belong to the whole portfolio: show all accounts to see them.",
                    )
                )
            else:
                if self.is_summed_target(forecast):
                    lines.append(translate("ForecastTable", "Sum of the monthly targets."))
                lines.append(
                    translate(
                        "ForecastTable",
                        "Double-click to type the target; leave it empty to remove it.",
                    )
                )
        elif row is ForecastRow.COVERAGE:
            lines.append(
                _money_tip(
                    translate("ForecastTable", "Open pipeline"), forecast.open_pipeline, money
                )
            )
            lines.append(_money_tip(row_label(ForecastRow.TARGET), forecast.target, money))
            if forecast.gap_coverage is not None:
                lines.append(
                    translate(
                        "ForecastTable",
                        "Gap coverage = open pipeline ÷ (target − closed won): %1",
                    ).replace("%1", format_percent(forecast.gap_coverage))
                )
        elif row is ForecastRow.ATTAINMENT:
            lines.append(_money_tip(row_label(ForecastRow.CLOSED_WON), forecast.won, money))
            lines.append(_money_tip(row_label(ForecastRow.TARGET), forecast.target, money))
        elif row is ForecastRow.COMMIT:
            lines.append(
                _money_tip(
                    translate("ForecastTable", "Commit call (closed won + commit)"),
                    forecast.commit_call,
                    money,
                )
            )
        elif row is ForecastRow.BEST_CASE:
            lines.append(
                _money_tip(
                    translate("ForecastTable", "Best-case call (closed won + commit + best case)"),
                    forecast.best_case_call,
                    money,
                )
            )
        return "<br>".join(lines)

    def _foreground(self, row: ForecastRow, forecast: PeriodForecast) -> QBrush | None:
        amount = self.amount(row, forecast)
        if amount is not None and amount == 0:
            return QBrush(MUTED_TEXT)
        if row is ForecastRow.TARGET and (
            forecast.target is None or self.is_summed_target(forecast)
        ):
            return QBrush(MUTED_TEXT)
        return None

    def _background(self, row: ForecastRow, forecast: PeriodForecast) -> QBrush | None:
        if row is ForecastRow.TARGET and self.targets_editable:
            return QBrush(EDITABLE_FILL)
        if row is ForecastRow.ATTAINMENT and (forecast.attainment or 0) >= 1:
            return QBrush(GOOD)
        return None


# -- accuracy of past forecasts ---------------------------------------------------------------


class AccuracyColumn(enum.IntEnum):
    PERIOD = 0
    WON = enum.auto()
    COMMIT = enum.auto()
    BEST_CASE = enum.auto()
    PIPELINE = enum.auto()
    WEIGHTED = enum.auto()
    SNAPSHOT = enum.auto()
    NOTE = enum.auto()


COLUMN_BASES = {
    AccuracyColumn.COMMIT: ForecastBasis.COMMIT,
    AccuracyColumn.BEST_CASE: ForecastBasis.BEST_CASE,
    AccuracyColumn.PIPELINE: ForecastBasis.PIPELINE,
    AccuracyColumn.WEIGHTED: ForecastBasis.WEIGHTED,
}


def basis_label(basis: ForecastBasis) -> str:
    return translate("ForecastBasis", BASIS_LABELS[basis])


def basis_formula(basis: ForecastBasis) -> str:
    return {
        ForecastBasis.COMMIT: translate(
            "ForecastAccuracyTable", "Commit call = closed won + commit"
        ),
        ForecastBasis.BEST_CASE: translate(
            "ForecastAccuracyTable", "Best-case call = closed won + commit + best case"
        ),
        ForecastBasis.PIPELINE: translate(
            "ForecastAccuracyTable",
            "Pipeline call = closed won + commit + best case + pipeline",
        ),
        ForecastBasis.WEIGHTED: translate(
            "ForecastAccuracyTable", "Weighted call = closed won + Σ value × probability ÷ 100"
        ),
    }[basis]


def gap_text(result: PeriodAccuracy) -> str:
    """Why a period has no accuracy, with the period as the KAM reads it."""
    if result.gap is None:
        return ""
    template = translate("ForecastAccuracy", GAP_TEMPLATES[result.gap])
    return template.format(period=period_label(result.period))


class AccuracyTableModel(QAbstractTableModel):
    """A row per past period, then one row with MAPE per forecast call."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = AccuracyReport((), dict.fromkeys(ForecastBasis))
        self.currency = "BRL"

    def set_report(self, report: AccuracyReport, currency: str) -> None:
        self.beginResetModel()
        self.report, self.currency = report, currency
        self.endResetModel()

    def _periods(self) -> tuple[PeriodAccuracy, ...]:
        return self.report.periods

    def is_mape_row(self, row: int) -> bool:
        return row == len(self._periods())

    def measured_periods(self) -> int:
        return sum(1 for result in self._periods() if result.gap is None)

    # -- Qt's model API ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() or not self._periods():
            return 0
        return len(self._periods()) + 1

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(AccuracyColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(AccuracyColumn):
            return None
        column = AccuracyColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in COLUMN_BASES:
                return basis_label(COLUMN_BASES[column])
            return {
                AccuracyColumn.PERIOD: self.tr("Period"),
                AccuracyColumn.WON: self.tr("Won"),
                AccuracyColumn.SNAPSHOT: self.tr("Snapshot date"),
                AccuracyColumn.NOTE: self.tr("Remark"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in COLUMN_BASES:
                return "<br>".join(
                    [
                        basis_formula(COLUMN_BASES[column]),
                        self.tr("Accuracy = 1 − |won − forecast| ÷ won"),
                    ]
                )
            if column is AccuracyColumn.SNAPSHOT:
                return self.tr("The last forecast snapshot taken before the period began")
            if column is AccuracyColumn.WON:
                return self.tr("What was actually won in the period")
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            AccuracyColumn.PERIOD,
            AccuracyColumn.NOTE,
        ):
            return int(RIGHT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = AccuracyColumn(index.column())
        if self.is_mape_row(index.row()):
            return self._mape_data(column, role)
        result = self._periods()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(column, result)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, result)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column in (AccuracyColumn.PERIOD, AccuracyColumn.NOTE) else RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column is AccuracyColumn.NOTE:
            return QBrush(MUTED_TEXT)
        if role == PERIOD_ROLE:
            return result.period
        return None

    def _shown(self, column: AccuracyColumn, result: PeriodAccuracy) -> str:
        if column is AccuracyColumn.PERIOD:
            return period_label(result.period)
        if column is AccuracyColumn.WON:
            return format_money(result.won, self.currency, 0)
        if column is AccuracyColumn.SNAPSHOT:
            return format_date(result.snapshot_taken)
        if column is AccuracyColumn.NOTE:
            return gap_text(result)
        return format_percent(result.accuracies.get(COLUMN_BASES[column]))

    def _tooltip(self, column: AccuracyColumn, result: PeriodAccuracy) -> str | None:
        if column is AccuracyColumn.PERIOD:
            return period_dates(result.period)
        if column is AccuracyColumn.NOTE:
            return gap_text(result) or None
        if column not in COLUMN_BASES or not result.forecasts:
            return gap_text(result) or None
        basis = COLUMN_BASES[column]
        lines = [
            f"<b>{basis_label(basis)} · {period_label(result.period)}</b>",
            basis_formula(basis),
            self.tr("Forecast in the snapshot of %1: %2")
            .replace("%1", format_date(result.snapshot_taken))
            .replace("%2", format_money(result.forecasts[basis], self.currency, 0)),
            self.tr("Won: %1").replace("%1", format_money(result.won, self.currency, 0)),
            self.tr("Accuracy = 1 − |won − forecast| ÷ won"),
        ]
        if result.gap is not None:
            lines.append(gap_text(result))
        return "<br>".join(lines)

    def _mape_data(self, column: AccuracyColumn, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column is AccuracyColumn.PERIOD:
                return self.tr("Average error (MAPE)")
            if column in COLUMN_BASES:
                return format_percent(self.report.mape.get(COLUMN_BASES[column])) or "—"
            if column is AccuracyColumn.NOTE:
                measured = self.measured_periods()
                if not measured:
                    return self.tr("No period can be measured yet.")
                return self.tr("Over %n measured period(s); lower is better.", "", measured)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "MAPE = mean of |won − forecast| ÷ won over the periods measured "
                "(= 100% − average accuracy)"
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column in (AccuracyColumn.PERIOD, AccuracyColumn.NOTE) else RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column is AccuracyColumn.NOTE:
            return QBrush(MUTED_TEXT)
        return None
