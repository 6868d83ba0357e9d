"""The monthly pipeline review (issue 5, part 4): what needs attention, what slipped this
month, and the button that records the review.

The KAM works through the attention list once a month (close date passed, no close date, no
update for 30 days, no next step, stuck in a stage longer than usual; see
:mod:`kamdesk.analytics.pipeline_review`), looks at what slipped since the first day of the
month, writes down what was agreed and records the review (a Review of kind pipeline, one
undoable command). The panel says when the last review was held and when the next one is due.

The attention list learns what a usual time in a stage is from the whole portfolio's history,
which takes seconds at 50,000 opportunities, so the view reads off the GUI thread
(:class:`LatestRead`) and says ``loaded`` when it shows fresh content. It reads only while
visible: a change while hidden is read on the next show.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.pipeline_review import AttentionReason
from kamdesk.model.enums import fold
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.pipeline.forecast_data import AttentionRow, SlipRow
from kamdesk.services.pipeline.review_dates import last_pipeline_review
from kamdesk.services.problems import ValidationError
from kamdesk.ui.builtin_names import stage_label
from kamdesk.ui.colors import ERROR_TEXT, MUTED_TEXT
from kamdesk.ui.dialogs import show_message
from kamdesk.ui.errors import explain_write_error
from kamdesk.ui.i18n import format_date, format_money, translate
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, SORT_ROLE, AnyIndex
from kamdesk.ui.pipeline.latest_read import LatestRead
from kamdesk.ui.pipeline.review_commands import RecordPipelineReviewCommand
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

REASON_ORDER = {reason: i for i, reason in enumerate(AttentionReason)}
REASON_COLORS = {  # the dot before each reason, so the list reads as groups
    AttentionReason.CLOSE_DATE_PASSED: QColor("#d32f2f"),
    AttentionReason.NO_CLOSE_DATE: QColor("#f57c00"),
    AttentionReason.NO_RECENT_UPDATE: QColor("#7b1fa2"),
    AttentionReason.NO_NEXT_STEP: QColor("#1976d2"),
    AttentionReason.STUCK_IN_STAGE: QColor("#5d4037"),
}
GAINED_TEXT = QColor("#2e7d32")
NO_DATE_KEY = (1, None)  # undated opportunities sort after every dated one
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def reason_label(reason: AttentionReason) -> str:
    """The reason in a few words (the list itself shows the full sentence)."""
    return {  # listed literally so lupdate finds them
        AttentionReason.CLOSE_DATE_PASSED: translate("PipelineReview", "Close date passed"),
        AttentionReason.NO_CLOSE_DATE: translate("PipelineReview", "No close date"),
        AttentionReason.NO_RECENT_UPDATE: translate("PipelineReview", "No recent update"),
        AttentionReason.NO_NEXT_STEP: translate("PipelineReview", "No next step"),
        AttentionReason.STUCK_IN_STAGE: translate("PipelineReview", "Stuck in stage"),
    }[reason]


_dots: dict[AttentionReason, QIcon] = {}


def reason_dot(reason: AttentionReason) -> QIcon:
    """A small round mark in the reason's colour (made once, after the application exists)."""
    if reason not in _dots:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(REASON_COLORS[reason])
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _dots[reason] = QIcon(pixmap)
    return _dots[reason]


def reason_text(row: AttentionRow) -> str:
    """Why the opportunity needs attention, as a sentence in the interface language."""
    return row.item.text(lambda template: translate("PipelineAttention", template), format_date)


def _date_key(day: dt.date | None) -> tuple:
    return (0, day) if day else NO_DATE_KEY


# -- a table of plain rows, sorted in Python -------------------------------------------------


class PlainRowsModel(QAbstractTableModel):
    """Rows of a plain dataclass, columns from an IntEnum; sorting runs in Python on raw
    values (``sort_keys``), stable, from the order the service gave (column -1 restores it)."""

    columns: type[enum.IntEnum]
    sort_keys: dict[int, Callable[[object], object]] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "BRL"
        self._given: list = []
        self._rows: list = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._ordered(*self._sorted_by)
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def _ordered(self, column: int, order: Qt.SortOrder) -> list:
        if column not in self.sort_keys:
            return list(self._given)
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(self._given, key=self.sort_keys[column], reverse=descending)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        old = self._rows
        self._rows = self._ordered(column, order)
        where = {id(row): i for i, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        moved = [self.index(where[id(old[i.row()])], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.deal.id
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            key = self.sort_keys.get(column)
            return None if key is None else key(row)
        return self.other(row, column, role)

    def header(self, column) -> str:
        raise NotImplementedError

    def display(self, row, column) -> str:
        raise NotImplementedError

    def other(self, row, column, role: int):
        return None


# -- what needs attention --------------------------------------------------------------------


class AttentionColumn(enum.IntEnum):
    OPPORTUNITY = 0
    ACCOUNT = enum.auto()
    REASON = enum.auto()
    EXPECTED_CLOSE = enum.auto()
    OWNER = enum.auto()
    VALUE = enum.auto()


class AttentionModel(PlainRowsModel):
    """One line per opportunity and reason (an opportunity can need attention twice)."""

    columns = AttentionColumn
    sort_keys = {
        AttentionColumn.OPPORTUNITY: lambda r: fold(r.deal.title),
        AttentionColumn.ACCOUNT: lambda r: fold(r.deal.account_name),
        AttentionColumn.REASON: lambda r: REASON_ORDER[r.item.reason],
        AttentionColumn.EXPECTED_CLOSE: lambda r: _date_key(r.deal.expected_close),
        AttentionColumn.OWNER: lambda r: fold(r.deal.owner),
        AttentionColumn.VALUE: lambda r: r.deal.value,
    }

    def header(self, column: AttentionColumn) -> str:
        return {
            AttentionColumn.OPPORTUNITY: self.tr("Opportunity"),
            AttentionColumn.ACCOUNT: self.tr("Account"),
            AttentionColumn.REASON: self.tr("Needs attention because"),
            AttentionColumn.EXPECTED_CLOSE: self.tr("Expected close"),
            AttentionColumn.OWNER: self.tr("Owner"),
            AttentionColumn.VALUE: self.tr("Value"),
        }[column]

    def display(self, row: AttentionRow, column: AttentionColumn) -> str:
        deal = row.deal
        match column:
            case AttentionColumn.OPPORTUNITY:
                return deal.title
            case AttentionColumn.ACCOUNT:
                return deal.account_name
            case AttentionColumn.REASON:
                return reason_text(row)
            case AttentionColumn.EXPECTED_CLOSE:
                return format_date(deal.expected_close)
            case AttentionColumn.OWNER:
                return deal.owner
        return format_money(deal.value, self.currency, 0)

    def other(self, row: AttentionRow, column: AttentionColumn, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column == AttentionColumn.REASON:
            return reason_dot(row.item.reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AttentionColumn.REASON:
                return reason_text(row)
            stage = stage_label(row.deal.stage_key, row.deal.stage_name)
            return self.tr("%1 — stage: %2").replace("%1", row.deal.title).replace("%2", stage)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AttentionColumn.VALUE:
            return RIGHT
        passed = row.item.reason is AttentionReason.CLOSE_DATE_PASSED
        if role == Qt.ItemDataRole.ForegroundRole and column == AttentionColumn.EXPECTED_CLOSE:
            return QBrush(ERROR_TEXT) if passed else None
        return None


class AttentionProxy(QSortFilterProxyModel):
    """Keeps the lines of one reason (None: every reason); sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reason: AttentionReason | None = None
        self.setDynamicSortFilter(False)

    def set_reason(self, reason: AttentionReason | None) -> None:
        self.beginFilterChange()
        self.reason = reason
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self.reason is None:
            return True
        return self.sourceModel().rows()[source_row].item.reason is self.reason

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


# -- what slipped ----------------------------------------------------------------------------


class SlipColumn(enum.IntEnum):
    OPPORTUNITY = 0
    ACCOUNT = enum.auto()
    CLOSE = enum.auto()
    MOVED = enum.auto()
    VALUE = enum.auto()


class SlippageModel(PlainRowsModel):
    """Opportunities whose close date moved out or whose value changed: before → after."""

    columns = SlipColumn
    sort_keys = {
        SlipColumn.OPPORTUNITY: lambda r: fold(r.deal.title),
        SlipColumn.ACCOUNT: lambda r: fold(r.deal.account_name),
        SlipColumn.CLOSE: lambda r: _date_key(r.slip.close_after),
        SlipColumn.MOVED: lambda r: r.slip.days_moved or 0,
        SlipColumn.VALUE: lambda r: r.slip.value_change or 0,
    }

    def header(self, column: SlipColumn) -> str:
        return {
            SlipColumn.OPPORTUNITY: self.tr("Opportunity"),
            SlipColumn.ACCOUNT: self.tr("Account"),
            SlipColumn.CLOSE: self.tr("Expected close (before → now)"),
            SlipColumn.MOVED: self.tr("Moved"),
            SlipColumn.VALUE: self.tr("Value (before → now)"),
        }[column]

    def display(self, row: SlipRow, column: SlipColumn) -> str:
        slip = row.slip
        match column:
            case SlipColumn.OPPORTUNITY:
                return row.deal.title
            case SlipColumn.ACCOUNT:
                return row.deal.account_name
            case SlipColumn.CLOSE:
                if slip.close_before == slip.close_after:
                    return self._day(slip.close_after)
                return f"{self._day(slip.close_before)} → {self._day(slip.close_after)}"
            case SlipColumn.MOVED:
                return self.moved_text(slip.days_moved)
        if not slip.value_changed:
            return self._money(slip.value_after)
        return f"{self._money(slip.value_before)} → {self._money(slip.value_after)}"

    def moved_text(self, days: int | None) -> str:
        if not days:
            return ""
        if days > 0:
            return self.tr("%n day(s) later", "", days)
        return self.tr("%n day(s) earlier", "", -days)

    def _day(self, day: dt.date | None) -> str:
        return format_date(day) if day else self.tr("no date")

    def _money(self, value: Decimal | None) -> str:
        return format_money(value, self.currency, 0) if value is not None else "—"

    def other(self, row: SlipRow, column: SlipColumn, role: int):
        slip = row.slip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SlipColumn.MOVED,
            SlipColumn.VALUE,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (SlipColumn.CLOSE, SlipColumn.MOVED) and slip.close_moved_out:
                return QBrush(ERROR_TEXT)
            if column == SlipColumn.VALUE and slip.value_changed:
                return QBrush(ERROR_TEXT if slip.value_change < 0 else GAINED_TEXT)
        moved_columns = (SlipColumn.CLOSE, SlipColumn.MOVED)
        if role == Qt.ItemDataRole.ToolTipRole and column in moved_columns and slip.pushes > 1:
            return self.pushes_text(slip.pushes)
        return None

    def pushes_text(self, pushes: int) -> str:
        return self.tr("The close date was pushed out %n time(s) this month", "", pushes)


# -- the view --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewContent:
    """What one read of the portfolio gives the view."""

    account_id: int | None
    today: dt.date
    attention: list[AttentionRow] = field(default_factory=list)
    slips: list[SlipRow] = field(default_factory=list)
    last_review: dt.date | None = None


def read_review(service: ForecastService, account_id: int | None, today: dt.date) -> ReviewContent:
    """Everything the view shows (runs off the GUI thread: no widgets here)."""
    return ReviewContent(
        account_id,
        today,
        service.attention(today, account_id),
        service.slippage(today.replace(day=1), None, account_id),
        last_pipeline_review(service.portfolio, account_id),
    )


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class PipelineReviewView(ReadsWhenShown, QWidget):
    """See the module docstring. The tab calls :meth:`set_scope` with the account it shows
    (None: the whole portfolio) and opens the editor on ``opportunity_activated``."""

    opportunity_activated = Signal(int)  # double-click or Enter on a line of either list
    loaded = Signal()  # fresh content is shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelineReview")
        self.workspace = workspace
        self.service = ForecastService(workspace.portfolio)
        self.today: Callable[[], dt.date] = dt.date.today
        self.account_id: int | None = None
        self.content: ReviewContent | None = None
        self.reader = LatestRead(self, self.tr("Reading the pipeline review…"))
        self._stale = True  # read on the first show
        self.attention_model = AttentionModel(self)
        self.attention_proxy = AttentionProxy(self)
        self.attention_proxy.setSourceModel(self.attention_model)
        self.slip_model = SlippageModel(self)
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.problem = QLabel()
        self.problem.setObjectName("reviewProblem")
        self.problem.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()

        lists = QSplitter(Qt.Orientation.Vertical)
        lists.setChildrenCollapsible(False)
        lists.addWidget(self._attention_panel())
        lists.addWidget(self._slippage_panel())
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.addWidget(lists)
        body.addWidget(self._record_panel())
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([900, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(body, 1)

    def _table(self, name: str, model) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # the service's order until a header is clicked
        table.activated.connect(self._activated)
        return table

    def _attention_panel(self) -> QWidget:
        self.attention_count = _muted_label("attentionCount")
        self.reason = QComboBox()
        self.reason.setObjectName("attentionReason")
        self.reason.setToolTip(self.tr("Show the opportunities of one reason only"))
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.attention_table = self._table("attentionTable", self.attention_proxy)
        _size_columns(
            self.attention_table,
            {
                AttentionColumn.OPPORTUNITY: 230,
                AttentionColumn.ACCOUNT: 160,
                AttentionColumn.EXPECTED_CLOSE: 135,
                AttentionColumn.OWNER: 130,
                AttentionColumn.VALUE: 110,
            },
            AttentionColumn.REASON,
        )
        self.attention_empty = _empty_label(
            self.tr(
                "Nothing needs attention: every open opportunity has a close date ahead, "
                "a next step and recent news."
            )
        )
        self.attention_stack = _stack(self.attention_table, self.attention_empty)
        heading = QHBoxLayout()
        heading.addWidget(_section_label(self.tr("Needs attention")))
        heading.addWidget(self.attention_count)
        heading.addStretch(1)
        heading.addWidget(self.reason)
        return _panel(heading, self.attention_stack)

    def _slippage_panel(self) -> QWidget:
        self.slip_count = _muted_label("slipCount")
        self.slip_table = self._table("slipTable", self.slip_model)
        _size_columns(
            self.slip_table,
            {
                SlipColumn.ACCOUNT: 160,
                SlipColumn.CLOSE: 240,
                SlipColumn.MOVED: 110,
                SlipColumn.VALUE: 220,
            },
            SlipColumn.OPPORTUNITY,
        )
        self.slip_empty = _empty_label(
            self.tr("No close date was pushed out and no value changed this month.")
        )
        self.slip_stack = _stack(self.slip_table, self.slip_empty)
        heading = QHBoxLayout()
        heading.addWidget(_section_label(self.tr("Slipped this month")))
        heading.addWidget(self.slip_count)
        heading.addStretch(1)
        return _panel(heading, self.slip_stack)

    def _record_panel(self) -> QWidget:
        self.last_review = QLabel()
        self.last_review.setObjectName("lastReview")
        self.last_review.setWordWrap(True)
        guide = QLabel(
            self.tr(
                "Once a month, go through the list with the opportunity owners: update close "
                "dates and next steps, drop what is dead. Then note what was agreed and record "
                "the review."
            )
        )
        guide.setWordWrap(True)
        guide.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("reviewNotes")
        self.notes.setPlaceholderText(
            self.tr("What was agreed: deals to push, to close, to drop, help needed…")
        )
        self.notes.setTabChangesFocus(True)
        self.record_button = QPushButton(self.tr("Record pipeline review"))
        self.record_button.setObjectName("recordReview")
        self.record_button.setDefault(False)
        self.record_button.clicked.connect(self.record_review)
        panel = QFrame()
        panel.setObjectName("recordPanel")
        panel.setStyleSheet(
            "#recordPanel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        panel.setMinimumWidth(260)
        panel.setMaximumWidth(420)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.addWidget(_section_label(self.tr("Record the review")))
        layout.addWidget(self.last_review)
        layout.addSpacing(6)
        layout.addWidget(guide)
        layout.addWidget(_caption(self.tr("Notes")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.record_button)
        return panel

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        self.reader.done.connect(self.show_content)
        self.reader.failed.connect(self._read_failed)

    # -- scope and reading -------------------------------------------------------------------

    def set_scope(self, account_id: int | None) -> None:
        """The account to review (None: the whole portfolio)."""
        if account_id != self.account_id:
            self.account_id = account_id
            self._portfolio_changed()

    def set_today(self, today: Callable[[], dt.date]) -> None:
        self.today = today
        self._portfolio_changed()

    def reload(self) -> None:
        """Reads the review of the current scope off the GUI thread (see the module doc)."""
        self._stale = False
        service, account_id, today = self.service, self.account_id, self.today()
        self.reader.request(lambda: read_review(service, account_id, today))

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):  # the account was deleted meanwhile
            self.show_content(ReviewContent(self.account_id, self.today()))
            self.problem.setText(_problem_text(error))
            self.problem.show()
        else:
            self.workspace.failed.emit(explain_write_error(error, self.workspace.portfolio.path))

    def show_content(self, content: ReviewContent) -> None:
        self.content = content
        self.problem.hide()
        currency = self.workspace.settings.currency
        self.attention_model.currency = self.slip_model.currency = currency
        self.attention_model.set_rows(content.attention)
        self.slip_model.set_rows(content.slips)
        self.attention_table.setColumnHidden(AttentionColumn.ACCOUNT, self.account_id is not None)
        self.slip_table.setColumnHidden(SlipColumn.ACCOUNT, self.account_id is not None)
        self._fill_reasons(content.attention)
        self._show_counts()
        self.title.setText(self._title())
        self._show_last_review(content.last_review, content.today)
        self.record_button.setToolTip(
            self.tr("Records the review of this account with your notes (undoable)")
            if self.account_id is not None
            else self.tr(
                "Records the review of every active account with open opportunities, "
                "with your notes (undoable)"
            )
        )
        self.loaded.emit()

    def _title(self) -> str:
        if self.account_id is None:
            return self.tr("Monthly pipeline review — all accounts")
        return self.tr("Monthly pipeline review — %1").replace("%1", self._account_name())

    def _account_name(self) -> str:
        if self.account_id is None:
            return ""
        try:
            return self.workspace.accounts.get(self.account_id).name
        except ValidationError:  # deleted meanwhile: the read says so
            return ""

    def _fill_reasons(self, rows: list[AttentionRow]) -> None:
        """The reason filter with each reason's count, keeping the chosen reason."""
        chosen = self.reason.currentData()
        counts = {reason: 0 for reason in AttentionReason}
        for row in rows:
            counts[row.item.reason] += 1
        self.reason.blockSignals(True)
        try:
            self.reason.clear()
            self.reason.addItem(self._counted(self.tr("Every reason"), len(rows)), None)
            for reason in AttentionReason:
                self.reason.addItem(
                    self._counted(reason_label(reason), counts[reason]), reason.value
                )
                self.reason.setItemData(
                    self.reason.count() - 1, reason_dot(reason), Qt.ItemDataRole.DecorationRole
                )
            self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)))
        finally:
            self.reason.blockSignals(False)
        self._reason_chosen()

    @staticmethod
    def _counted(text: str, count: int) -> str:
        return f"{text} ({count})"

    def _reason_chosen(self) -> None:
        value = self.reason.currentData()
        self.attention_proxy.set_reason(AttentionReason(value) if value else None)
        self._show_counts()

    def _show_counts(self) -> None:
        listed = self.attention_model.rowCount()  # an empty reason shows an empty table
        opportunities = len({row.deal.id for row in self.attention_model.rows()})
        self.attention_count.setText(self.opportunities_text(opportunities))
        self.attention_stack.setCurrentIndex(0 if listed else 1)
        slips = self.slip_model.rowCount()
        self.slip_count.setText(self.opportunities_text(slips))
        self.slip_stack.setCurrentIndex(0 if slips else 1)

    def opportunities_text(self, count: int) -> str:
        return self.tr("%n opportunity(s)", "", count)

    def _show_last_review(self, last: dt.date | None, today: dt.date) -> None:
        text, late = self.review_status(last, today)
        self.last_review.setText(text)
        color = ERROR_TEXT if late else MUTED_TEXT if last is None else None
        self.last_review.setStyleSheet(
            f"color: {color.name()}; font-weight: 600;" if color else "font-weight: 600;"
        )

    def review_status(self, last: dt.date | None, today: dt.date) -> tuple[str, bool]:
        """The last review and when the next is due (monthly); True when it is overdue."""
        if last is None:
            return self.tr("No pipeline review recorded yet."), False
        done = self.tr("Last review: %1").replace("%1", format_date(last))
        due = next_month(last)  # due in the month after the last review
        this_month = today.replace(day=1)
        if this_month < due:
            return self.tr("%1 — due again in %2").replace("%1", done).replace(
                "%2", self._month(due, today)
            ), False
        if this_month == due:
            return self.tr("%1 — due this month").replace("%1", done), False
        return self.tr("%1 — overdue (was due in %2)").replace("%1", done).replace(
            "%2", self._month(due, today)
        ), True

    def _month(self, day: dt.date, today: dt.date) -> str:
        """The month's name, with the year when it is not this year's."""
        locale = QLocale()
        if day.year == today.year:
            return locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
        # Translators: a Qt date format for a month and its year ("MMMM 'de' yyyy" in pt-BR).
        pattern = self.tr("MMMM yyyy")
        return locale.toString(QDate(day.year, day.month, 1), pattern)

    # -- actions -----------------------------------------------------------------------------

    def _activated(self, index) -> None:
        opportunity_id = index.data(ID_ROLE)
        if opportunity_id is not None:
            self.opportunity_activated.emit(opportunity_id)

    def record_review(self) -> None:
        """Records the review of the scope with the notes, as one undoable command."""
        command = RecordPipelineReviewCommand(
            self.workspace,
            self.service,
            self.account_id,
            self.today(),
            self.notes.toPlainText().strip(),
            self._account_name(),
        )
        try:
            command.write()
        except ValidationError as error:
            show_message(
                self, self.tr("The pipeline review was not recorded."), _problem_text(error)
            )
            return
        self.notes.clear()
        self.workspace.undo_stack.push(command)


def _problem_text(error: ValidationError) -> str:
    return "\n".join(
        p.text(lambda template: translate("Problem", template)) for p in error.problems
    )


def _size_columns(table: QTableView, widths: dict[int, int], stretched: int) -> None:
    """Fixed starting widths (the KAM can drag them); ``stretched`` takes the rest."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)


def _section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt;")
    return label


def _muted_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {MUTED_TEXT.name()};")
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setStyleSheet(f"color: {MUTED_TEXT.name()}; font-size: 8pt; font-weight: 600;")
    return label


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt; padding: 24px;")
    return label


def _stack(*pages: QWidget) -> QStackedWidget:
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    return stack


def _panel(heading: QHBoxLayout, content: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addLayout(heading)
    layout.addWidget(content, 1)
    return panel
