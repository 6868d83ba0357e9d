"""The pane beside the OKR tree: the selected key result's check-ins as a trend chart and as a
table, with buttons to edit or delete one check-in."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.plan.okr_data import CheckInRow, KeyResultRow, ObjectiveRow
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.fields import hint_label
from kamdesk.ui.i18n import format_date, format_percent, translate
from kamdesk.ui.models.roles import ID_ROLE
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.okrs import texts
from kamdesk.ui.okrs.trend_chart import CheckInTrendChart, TrendSetup


class CheckInColumn(enum.IntEnum):
    DATE = 0
    VALUE = enum.auto()
    PROGRESS = enum.auto()
    CONFIDENCE = enum.auto()
    NOTE = enum.auto()


class CheckInsModel(RowsTableModel):
    """A key result's check-ins, newest first."""

    columns = CheckInColumn
    sort_keys = {
        CheckInColumn.DATE: lambda r: (r.date, r.id),
        CheckInColumn.VALUE: lambda r: r.value,
        CheckInColumn.PROGRESS: lambda r: r.progress or 0.0,
        CheckInColumn.CONFIDENCE: lambda r: r.confidence or 0,
        CheckInColumn.NOTE: lambda r: r.note.casefold(),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit = ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CheckInColumn.DATE: translate("CheckInsModel", "Date"),
            CheckInColumn.VALUE: translate("CheckInsModel", "Value"),
            CheckInColumn.PROGRESS: translate("CheckInsModel", "Progress"),
            CheckInColumn.CONFIDENCE: translate("CheckInsModel", "Confidence"),
            CheckInColumn.NOTE: translate("CheckInsModel", "Note"),
        }[CheckInColumn(section)]

    def _display(self, row: CheckInRow, column: CheckInColumn) -> str:
        if column == CheckInColumn.DATE:
            return format_date(row.date)
        if column == CheckInColumn.VALUE:
            return texts.measure(row.value, self.unit)
        if column == CheckInColumn.PROGRESS:
            return format_percent(row.progress)
        if column == CheckInColumn.CONFIDENCE:
            return texts.confidence_text(row.confidence) or "—"
        return " ".join(row.note.split())

    def _decoration(self, row: CheckInRow, column: CheckInColumn, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CheckInColumn.NOTE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == CheckInColumn.CONFIDENCE:
            if row.confidence is None:
                return QBrush(MUTED_TEXT)
            return QBrush(texts.confidence_ink(row.confidence))
        if role == Qt.ItemDataRole.ToolTipRole and column == CheckInColumn.NOTE and row.note:
            return row.note
        return None


class KeyResultDetails(QWidget):
    """Shows one key result (:meth:`show_key_result`) or a hint (:meth:`show_nothing`);
    asks for edits through its signals, with the check-in's id."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyResultDetails")
        self.key_result: KeyResultRow | None = None
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.summary = hint_label()
        self.summary.setObjectName("detailsSummary")
        self.chart = CheckInTrendChart()
        confidence_hint = hint_label(
            self.tr("Each dot is a check-in; its colour and number: the confidence (1–10).")
        )
        self.model = CheckInsModel(self)
        self.table = self._table()
        self.edit_button = QPushButton(self.tr("Edit check-in…"))
        self.edit_button.setObjectName("editCheckIn")
        self.delete_button = QPushButton(self.tr("Delete check-in"))
        self.delete_button.setObjectName("deleteCheckIn")
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.table.doubleClicked.connect(
            lambda index: self.edit_requested.emit(index.data(ID_ROLE))
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Check-ins")))
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(confidence_hint)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(buttons)
        table_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(table_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.show_nothing()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("checkInsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column in (CheckInColumn.DATE, CheckInColumn.VALUE, CheckInColumn.PROGRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            CheckInColumn.CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        return table

    def show_nothing(self) -> None:
        self.key_result = None
        self.title.setText(self.tr("Check-ins"))
        self.summary.setText(self.tr("Select a key result in the list above to see its check-ins."))
        self.model.set_rows([])
        self.chart.set_trend(None, [])
        self._update_buttons()

    def show_key_result(
        self, objective: ObjectiveRow, key_result: KeyResultRow, check_ins: list[CheckInRow]
    ) -> None:
        """``check_ins`` oldest first, as the service gives them."""
        self.key_result = key_result
        self.title.setText(key_result.title)
        self.summary.setText(self._summary(key_result))
        self.model.unit = key_result.unit
        self.model.set_rows(list(reversed(check_ins)))
        setup = TrendSetup(
            key_result.start,
            key_result.target,
            key_result.unit,
            objective.period_start,
            objective.period_end - dt.timedelta(days=1),
        )
        self.chart.set_trend(setup, check_ins)
        self._update_buttons()

    def _summary(self, row: KeyResultRow) -> str:
        return (
            self.tr("From %1 to %2 · now %3 · %4")
            .replace("%1", texts.measure(row.start, row.unit))
            .replace("%2", texts.measure(row.target, row.unit))
            .replace("%3", texts.measure(row.current, row.unit) or "—")
            .replace("%4", texts.status_label(row.status))
        )

    def selected_check_in(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _request(self, signal) -> None:
        chosen = self.selected_check_in()
        if chosen is not None:
            signal.emit(chosen)

    def _update_buttons(self) -> None:
        chosen = self.selected_check_in() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
