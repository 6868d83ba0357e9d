"""The account's history (team mode, issue 9): who changed what in the account and its records,
newest first, read from the team server's change log.

Each line says when (local time), who (the team member's name), what (the kind of record and
its label: “Person · Carla Dias”), the action and the changes in words (“Region: Southeast →
South”), with enum values, money and dates as the interface shows them everywhere else. A
search box and a Who list narrow the lines; the selected line is shown whole below the table;
“Load older changes” reads the next page. When the server cannot be asked, the page says why. A
portfolio file keeps no history: the page says how to get one instead. The page reads again
when the account shown changes or anything is written (now if shown, else when shown).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.model.enums import ReviewKind, fold
from kamdesk.services.team.history import (
    FieldChange,
    HistoryAction,
    HistoryEntry,
    HistoryService,
    RecordKind,
    history_available,
)
from kamdesk.store.errors import PortfolioError
from kamdesk.ui.errors import explain_portfolio_error
from kamdesk.ui.fields import hint_label, vertical_scroll
from kamdesk.ui.i18n import translate
from kamdesk.ui.models.roles import ROW_ROLE, AnyIndex
from kamdesk.ui.models.rows_model import RowsTableModel
from kamdesk.ui.plan.review_models import measures_text
from kamdesk.ui.plan.risk_models import RowsTable, empty_state
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.team.values import field_label, label_text, local_time_text, value_text
from kamdesk.ui.workspace import Workspace

PAGE_SIZE = 500  # changes read at a time; “Load older changes” reads the next ones
CELL_VALUE_CHARS = 60  # a longer value (notes, say) is cut in the cell; the tooltip has it all
MAP_POSITION = ("map_x", "map_y")


def _kind_labels() -> dict[RecordKind, str]:
    # Listed literally so lupdate finds them.
    return {
        RecordKind.ACCOUNT: translate("HistoryPage", "Account"),
        RecordKind.PERSON: translate("HistoryPage", "Person"),
        RecordKind.ORG_UNIT: translate("HistoryPage", "Org unit"),
        RecordKind.LINK: translate("HistoryPage", "Relation"),
        RecordKind.OPPORTUNITY: translate("HistoryPage", "Opportunity"),
        RecordKind.REVENUE: translate("HistoryPage", "Revenue"),
        RecordKind.SURVEY_ANSWER: translate("HistoryPage", "Survey answer"),
        RecordKind.RISK: translate("HistoryPage", "Risk"),
        RecordKind.ACTION: translate("HistoryPage", "Action"),
        RecordKind.OBJECTIVE: translate("HistoryPage", "Objective"),
        RecordKind.KEY_RESULT: translate("HistoryPage", "Key result"),
        RecordKind.CHECK_IN: translate("HistoryPage", "Check-in"),
        RecordKind.REVIEW: translate("HistoryPage", "Review"),
        RecordKind.INTERACTION: translate("HistoryPage", "Interaction"),
        RecordKind.PRODUCT: translate("HistoryPage", "Product"),
        RecordKind.STAGE: translate("HistoryPage", "Pipeline stage"),
        RecordKind.TARGET: translate("HistoryPage", "Sales target"),
        RecordKind.CRITERION: translate("HistoryPage", "ICP criterion"),
        RecordKind.OTHER: translate("HistoryPage", "Record"),
    }


def _action_labels() -> dict[HistoryAction, str]:
    return {
        HistoryAction.CREATED: translate("HistoryPage", "Created"),
        HistoryAction.CHANGED: translate("HistoryPage", "Changed"),
        HistoryAction.DELETED: translate("HistoryPage", "Deleted"),
    }


def what_text(entry: HistoryEntry, currency: str) -> str:
    kind = _kind_labels()[entry.kind]
    label = label_text(entry.table, entry.label, currency)
    return f"{kind} · {label}" if label else kind


def _cut(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else text
    if len(first_line) > CELL_VALUE_CHARS or first_line != text.strip():
        return first_line[: CELL_VALUE_CHARS - 1].rstrip() + "…"
    return text


def change_lines(entry: HistoryEntry, currency: str, whole: bool) -> list[str]:
    """Each change in words: “Region: Southeast → South” (a created or deleted record: its
    values). ``whole`` False cuts long values to fit a cell."""
    lines = []
    moved = False
    for change in entry.changes:
        if change.field in MAP_POSITION:
            moved = True
            continue
        before, after = (_change_value(entry, change, side, currency) for side in (0, 1))
        if not whole:
            before, after = _cut(before), _cut(after)
        label = field_label(entry.table, change.field)
        if entry.action is HistoryAction.CHANGED:
            template = translate("HistoryPage", "%1: %2 → %3")
            lines.append(template.replace("%1", label).replace("%2", before).replace("%3", after))
        else:
            value = after if entry.action is HistoryAction.CREATED else before
            lines.append(
                translate("HistoryPage", "%1: %2").replace("%1", label).replace("%2", value)
            )
    if moved and entry.action is HistoryAction.CHANGED:
        lines.append(translate("HistoryPage", "moved on the map"))
    return lines


def _change_value(entry: HistoryEntry, change: FieldChange, side: int, currency: str) -> str:
    value = change.after_value if side else change.before_value
    if change.field == "measures" and isinstance(value, dict):
        kind = next((part for part in entry.label if isinstance(part, ReviewKind)), None)
        return (measures_text(kind, value) if kind else "") or value_text(value, currency)
    return value_text(value, currency)


# -- the table ------------------------------------------------------------------------------------


class HistoryColumn(enum.IntEnum):
    WHEN = 0
    WHO = enum.auto()
    WHAT = enum.auto()
    ACTION = enum.auto()
    CHANGES = enum.auto()


@dataclass(frozen=True)
class HistoryRow:
    """One change as the table shows it, worded once when read."""

    id: int
    entry: HistoryEntry
    when: str
    what: str
    action: str
    changes: str  # the changes on one line, long values cut
    changes_whole: str  # one change per line, nothing cut (the tooltip)
    search_key: str


def history_row(entry: HistoryEntry, currency: str) -> HistoryRow:
    what = what_text(entry, currency)
    action = _action_labels()[entry.action]
    whole = change_lines(entry, currency, whole=True)
    return HistoryRow(
        id=entry.id,
        entry=entry,
        when=local_time_text(entry.when),
        what=what,
        action=action,
        changes="; ".join(change_lines(entry, currency, whole=False)),
        changes_whole="\n".join(whole),
        search_key=fold(" ".join((entry.who_name, entry.who, what, action, *whole))),
    )


class HistoryModel(RowsTableModel):
    columns = HistoryColumn
    sort_keys = {
        HistoryColumn.WHEN: lambda r: r.id,
        HistoryColumn.WHO: lambda r: (fold(r.entry.who_name), r.id),
        HistoryColumn.WHAT: lambda r: (fold(r.what), r.id),
        HistoryColumn.ACTION: lambda r: (r.action, r.id),
        HistoryColumn.CHANGES: lambda r: (fold(r.changes), r.id),
    }

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            translate("HistoryPage", "When"),
            translate("HistoryPage", "Who"),
            translate("HistoryPage", "What"),
            translate("HistoryPage", "Action"),
            translate("HistoryPage", "Changes"),
        ][section]

    def _display(self, row: HistoryRow, column: HistoryColumn) -> str:
        match column:
            case HistoryColumn.WHEN:
                return row.when
            case HistoryColumn.WHO:
                return row.entry.who_name
            case HistoryColumn.WHAT:
                return row.what
            case HistoryColumn.ACTION:
                return row.action
        return row.changes

    def _decoration(self, row: HistoryRow, column: HistoryColumn, role: int):
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        match column:
            case HistoryColumn.WHO:
                return translate("HistoryPage", "Login: %1").replace("%1", row.entry.who)
            case HistoryColumn.WHAT:
                return row.what
            case HistoryColumn.CHANGES:
                return row.changes_whole or None
        return None


class HistoryProxy(QSortFilterProxyModel):
    """Keeps the changes of one person (None: everyone) whose words contain the search (accents
    and case ignored); sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._who: str | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_who(self, login: str | None) -> None:
        self.beginFilterChange()
        self._who = login
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row: HistoryRow = self.sourceModel().rows()[source_row]
        if self._who is not None and row.entry.who != self._who:
            return False
        return self._needle in row.search_key

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class HistoryTable(RowsTable):
    """The changes take the room the other columns leave; a long label (“Opportunity · ...”)
    gets a quarter of the table at most, so the changes stay in view beside the accounts list
    too (the selected line is shown whole below)."""

    def fit_columns(self) -> None:
        self.FITTED_MAXIMUM = max(160, min(360, self.viewport().width() // 4))
        super().fit_columns()


# -- the page -------------------------------------------------------------------------------------


class HistoryPage(ReadsWhenShown, QWidget):
    """The history of the workspace's current account."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.workspace = workspace
        self.service = HistoryService(workspace.portfolio)
        self.available = history_available(workspace.portfolio)
        self.account_id: int | None = workspace.current_account
        self.page_size = PAGE_SIZE
        self.has_older = False
        self.model = HistoryModel(self)
        self.proxy = HistoryProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._stale = True  # read when first shown
        if self.available:
            self._follow_portfolio(workspace)
            workspace.plan_changed.connect(self._portfolio_changed)
            workspace.current_account_changed.connect(self.show_account)
        else:
            self.pages.setCurrentWidget(self.file_explanation)

    def _build(self) -> None:
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self._filter_bar())
        content_layout.addWidget(self._table_and_details(), 1)
        content_layout.addLayout(self._footer())
        self.content = content
        self.pages = QStackedWidget()
        for page in (*self._states(), self.content):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _filter_bar(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search person, field or value"))
        self.search.textChanged.connect(self._filter_changed)
        self.who_filter = QComboBox()
        self.who_filter.setObjectName("historyWho")
        self.who_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who_filter.currentIndexChanged.connect(self._filter_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Who:")))
        bar.addWidget(self.who_filter)
        return bar

    def _table_and_details(self) -> QSplitter:
        self.table = HistoryTable(self.proxy, "historyTable", HistoryColumn.CHANGES, 160)
        self.table.sortByColumn(HistoryColumn.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        # The selected line whole: every change on its own line, nothing cut.
        self.details = QLabel()
        self.details.setObjectName("historyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_area = vertical_scroll(self.details)
        details_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 100])
        return splitter

    def _footer(self) -> QHBoxLayout:
        self.older_button = QPushButton(self.tr("Load older changes"))
        self.older_button.setObjectName("historyOlder")
        self.older_button.clicked.connect(self.load_older)
        self.older_button.hide()
        self.count_label = hint_label()
        self.count_label.setObjectName("historyCount")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.older_button)
        return footer

    def _states(self) -> tuple[QLabel, ...]:
        """What the page says instead of a table."""
        self.file_explanation = empty_state(
            self.tr(
                "The history of changes is kept when the portfolio is on a team server: who "
                "changed what in this account, and when.\n\nTo share this portfolio with your "
                "team, use File ▸ Publish to team server…"
            )
        )
        self.file_explanation.setObjectName("historyUnavailable")
        self.no_account = empty_state(self.tr("Select an account to see its history."))
        self.nothing_yet = empty_state(self.tr("No change recorded for this account yet."))
        self.problem = empty_state("")  # the server could not be asked: why, and what to do
        self.problem.setObjectName("historyProblem")
        return (self.file_explanation, self.no_account, self.nothing_yet, self.problem)

    # -- reading -------------------------------------------------------------------------------

    def show_account(self, account_id: int | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.model.set_rows([])
        self._portfolio_changed()

    def reload(self) -> None:
        """Reads the newest changes again: as many as were shown (at least one page)."""
        self._stale = False
        if not self.available:
            return
        shown = max(self.model.rowCount(), self.page_size)
        entries = self._read(shown, before_id=None)
        if entries is not None:
            self._show(entries, keep=[])

    def load_older(self) -> None:
        rows = self.model.rows()
        if not rows or self.account_id is None:
            return
        entries = self._read(self.page_size, before_id=min(row.id for row in rows))
        if entries is not None:
            self._show(entries, keep=list(rows))

    def _read(self, count: int, before_id: int | None) -> list[HistoryEntry] | None:
        """The entries, or None when the server could not be asked (the page says why)."""
        if self.account_id is None:
            return []
        try:
            # One more than asked: tells whether anything is older, without a count query.
            entries = self.service.account_history(
                self.account_id, limit=count + 1, before_id=before_id
            )
        except PortfolioError as error:
            self.problem.setText("\n\n".join(explain_portfolio_error(error)))
            self.pages.setCurrentWidget(self.problem)
            return None
        self.has_older = len(entries) > count
        return entries[:count]

    def _show(self, entries: list[HistoryEntry], keep: list[HistoryRow]) -> None:
        currency = self.workspace.settings.currency
        self.model.set_rows(keep + [history_row(entry, currency) for entry in entries])
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._refresh_people()
        self._filter_changed()
        self._show_details(self.table.currentIndex())
        self.older_button.setVisible(self.has_older)
        if self.account_id is None:
            self.pages.setCurrentWidget(self.no_account)
        else:
            self.pages.setCurrentWidget(self.content if self.model.rowCount() else self.nothing_yet)

    def _refresh_people(self) -> None:
        """The Who list: everyone, then each person who changed something shown, by name."""
        current = self.who_filter.currentData()
        people = {row.entry.who: row.entry.who_name for row in self.model.rows()}
        self.who_filter.blockSignals(True)
        self.who_filter.clear()
        self.who_filter.addItem(self.tr("Everyone"), None)
        for login, name in sorted(people.items(), key=lambda item: (fold(item[1]), item[0])):
            self.who_filter.addItem(name, login)
        self.who_filter.setCurrentIndex(max(self.who_filter.findData(current), 0))
        self.who_filter.blockSignals(False)

    def _show_details(self, current) -> None:
        row: HistoryRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.details.setText(self.tr("Select a line to see all its changes."))
            return
        said = " · ".join((row.action, row.entry.who_name, row.when))
        self.details.setText("\n".join(filter(None, (row.what, said, row.changes_whole))))

    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_who(self.who_filter.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n change(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %n change(s)", "", total).replace("%1", str(shown))
            )
