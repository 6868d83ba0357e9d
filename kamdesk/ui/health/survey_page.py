"""The account's survey responses: NPS and CSAT, newest first.

On top, the account's NPS and CSAT over the metrics period (the twelve months to the last
complete one, as the health score and ``kamdesk metrics`` count them), each with its formula in
the tooltip. Below, the responses (date, kind, score, who answered, the comment's first line),
filtered by kind. "New", "Edit" and "Delete" are each one undoable command; the page reads
again after any edit of the plan, the accounts or the settings, or when shown after one.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.surveys import csat, nps
from kamdesk.model.enums import SurveyKind, fold
from kamdesk.services.health import SurveyRow, SurveyService
from kamdesk.services.health.metrics import MetricsService
from kamdesk.services.health.reading import last_day_of
from kamdesk.services.problems import ValidationError
from kamdesk.ui.actions import tab_action
from kamdesk.ui.health.health_commands import DeleteSurveysCommand
from kamdesk.ui.health.revenue_model import month_text
from kamdesk.ui.health.survey_dialog import SurveyDialog
from kamdesk.ui.i18n import enum_label, format_date, format_number
from kamdesk.ui.models.roles import AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.risk_models import RowsTable, empty_state, select_id, selected_row
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

CENTERED = int(Qt.AlignmentFlag.AlignCenter)


class SurveyColumn(enum.IntEnum):
    DATE = 0
    KIND = enum.auto()
    SCORE = enum.auto()
    PERSON = enum.auto()
    COMMENT = enum.auto()


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


SORT_KEYS: dict[SurveyColumn, Callable[[SurveyRow], object]] = {
    SurveyColumn.DATE: lambda r: (r.data.date, r.id),
    SurveyColumn.KIND: lambda r: r.data.kind.value,
    SurveyColumn.SCORE: lambda r: (r.data.kind.value, r.data.score),
    SurveyColumn.PERSON: lambda r: fold(r.stakeholder_name),
    SurveyColumn.COMMENT: lambda r: fold(r.data.comment),
}


class SurveyModel(RowsTableModel):
    columns = SurveyColumn
    sort_keys = SORT_KEYS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SurveyColumn.DATE: self.tr("Date"),
            SurveyColumn.KIND: self.tr("Survey"),
            SurveyColumn.SCORE: self.tr("Score"),
            SurveyColumn.PERSON: self.tr("Person"),
            SurveyColumn.COMMENT: self.tr("Comment"),
        }[SurveyColumn(section)]

    def _display(self, row: SurveyRow, column: SurveyColumn) -> str:
        match column:
            case SurveyColumn.DATE:
                return format_date(row.data.date)
            case SurveyColumn.KIND:
                return enum_label(row.data.kind)
            case SurveyColumn.SCORE:
                top = 10 if row.data.kind is SurveyKind.NPS else 5
                return f"{row.data.score}/{top}"
            case SurveyColumn.PERSON:
                return row.stakeholder_name
        return first_line(row.data.comment)

    def _decoration(self, row: SurveyRow, column: SurveyColumn, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SurveyColumn.SCORE:
            return CENTERED
        if role == Qt.ItemDataRole.ToolTipRole and column == SurveyColumn.COMMENT:
            return row.data.comment or None
        return None


class SurveyProxy(QSortFilterProxyModel):
    """Keeps one kind of response (None: both); sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: SurveyKind | None = None
        self.setDynamicSortFilter(False)

    def set_kind(self, kind: SurveyKind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.kind is None or self.sourceModel().rows()[source_row].data.kind is self.kind

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class SurveyPage(ReadsWhenShown, QWidget):
    """Show an account with :meth:`show_account` (None: nothing to show)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surveyPage")
        self.workspace = workspace
        self.service = SurveyService(workspace.portfolio)
        self.account_id: int | None = None
        self.today = dt.date.today  # replaced by tests
        self.editor: SurveyDialog | None = None  # the last dialog opened
        self.model = SurveyModel(self)
        self.proxy = SurveyProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build()
        self._follow_portfolio(workspace)
        workspace.plan_changed.connect(self._portfolio_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.show_account(workspace.current_account)

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = tab_action(
            self,
            self.tr("New response"),
            self.new_response,
            self.tr("Record an NPS or CSAT answer"),
        )
        self.edit_action = tab_action(
            self, self.tr("Edit"), self.edit_selected, self.tr("Open the selected response")
        )
        self.delete_action = tab_action(
            self,
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the selected response (undoable)"),
        )

    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.no_account = empty_state(self.tr("Select an account to see its survey responses."))
        self.pages.addWidget(self.no_account)
        self.content = QWidget()
        self.pages.addWidget(self.content)
        toolbar = QToolBar()
        toolbar.setObjectName("surveyToolbar")
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("NPS and CSAT"), None)
        for kind in SurveyKind:
            self.kind_filter.addItem(enum_label(kind), kind.value)
        bar = QHBoxLayout()
        bar.addWidget(toolbar, 1)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.kind_filter)
        self.table = RowsTable(self.proxy, "surveyTable", SurveyColumn.COMMENT)
        self.table.sortByColumn(SurveyColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.table_stack = QStackedWidget()
        self.no_responses = empty_state("")
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_responses)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(self._scores())
        content.addLayout(bar)
        content.addWidget(self.table_stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _scores(self) -> QHBoxLayout:
        self.nps_label = self._score_label("npsScore")
        self.nps_label.setToolTip(
            self.tr(
                "NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100, over the NPS "
                "responses of the period"
            )
        )
        self.csat_label = self._score_label("csatScore")
        self.csat_label.setToolTip(
            self.tr("CSAT = % of the CSAT responses (1–5) of the period scoring 4 or 5")
        )
        self.period_label = QLabel()
        self.period_label.setObjectName("surveyPeriod")
        self.period_label.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.addWidget(self.nps_label)
        row.addSpacing(16)
        row.addWidget(self.csat_label)
        row.addSpacing(16)
        row.addWidget(self.period_label, 1)
        return row

    @staticmethod
    def _score_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet("font-size: 12pt;")
        return label

    # -- reading -----------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.table.clearSelection()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        if self.account_id is None:
            self.pages.setCurrentWidget(self.no_account)
            self._update_actions()
            return
        self.pages.setCurrentWidget(self.content)
        chosen = self.selected_response()
        rows = self.service.list_rows(self.account_id)
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_scores(rows)
        select_id(self.table, self.proxy, chosen.id if chosen else None)
        self._show_empty_state()
        self._update_actions()

    def _show_scores(self, rows: list[SurveyRow]) -> None:
        first, last = MetricsService.period(self.today())
        first_day, last_day = first, last_day_of(last)
        in_period = [row.data for row in rows if first_day <= row.data.date <= last_day]
        nps_scores = [d.score for d in in_period if d.kind is SurveyKind.NPS]
        csat_scores = [d.score for d in in_period if d.kind is SurveyKind.CSAT]
        score = nps(nps_scores)
        self.nps_label.setText(
            self.tr("NPS <b>%1</b>").replace("%1", "—" if score is None else format_number(score))
        )
        satisfied = csat(csat_scores)
        self.csat_label.setText(
            self.tr("CSAT <b>%1</b>").replace(
                "%1", "—" if satisfied is None else format_number(satisfied) + "%"
            )
        )
        period = self.tr("%1 – %2").replace("%1", month_text(first)).replace("%2", month_text(last))
        self.period_label.setText(
            " · ".join(
                (
                    period,
                    self.tr("%n NPS response(s)", "", len(nps_scores)),
                    self.tr("%n CSAT response(s)", "", len(csat_scores)),
                )
            )
        )

    def _show_empty_state(self) -> None:
        if self.proxy.rowCount():
            self.table_stack.setCurrentWidget(self.table)
            return
        if self.model.rowCount():
            text = self.tr("No responses of this kind. Choose “NPS and CSAT” to see them all.")
        else:
            text = self.tr(
                "No survey responses yet.\nWhen a client answers an NPS (0–10) or CSAT (1–5) "
                "survey, click “New response” to record it: the account's health counts them."
            )
        self.no_responses.setText(text)
        self.table_stack.setCurrentWidget(self.no_responses)

    def _filter(self, *_args) -> None:
        value = self.kind_filter.currentData()
        self.proxy.set_kind(SurveyKind(value) if value else None)
        self._show_empty_state()
        self._update_actions()

    def selected_response(self) -> SurveyRow | None:
        return selected_row(self.table)

    def select_response(self, response_id: int) -> None:
        if not select_id(self.table, self.proxy, response_id):
            self.kind_filter.setCurrentIndex(0)
            select_id(self.table, self.proxy, response_id)

    def _update_actions(self, *_args) -> None:
        has_account = self.account_id is not None
        chosen = self.selected_response() if has_account else None
        self.new_action.setEnabled(has_account)
        self.edit_action.setEnabled(chosen is not None)
        self.delete_action.setEnabled(chosen is not None)

    # -- edits -------------------------------------------------------------------------------

    def new_response(self) -> None:
        if self.account_id is not None:
            self._open(None, account_id=self.account_id, today=self.today())

    def edit_selected(self) -> None:
        chosen = self.selected_response()
        if chosen is not None:
            self._open(chosen.id)

    def _open(self, response_id: int | None, **kwargs) -> None:
        try:
            dialog = SurveyDialog(self.workspace, self.service, response_id, parent=self, **kwargs)
        except ValidationError:  # deleted meanwhile (an undo elsewhere)
            self.reload()
            return
        dialog.survey_saved.connect(self.select_response)
        dialog.finished.connect(dialog.deleteLater)
        self.editor = dialog
        dialog.open()

    def delete_selected(self) -> None:
        chosen = self.selected_response()
        if chosen is None:
            return
        text = (
            self.tr("Delete %1 response of %2")
            .replace("%1", enum_label(chosen.data.kind))
            .replace("%2", format_date(chosen.data.date))
        )
        self.workspace.undo_stack.push(
            DeleteSurveysCommand(self.workspace, self.service, [chosen.id], text)
        )
