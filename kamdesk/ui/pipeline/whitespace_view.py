"""The whitespace matrix (issue 5, part 5): where each product line is bought, being sold, or
never offered, by org unit of an account (or by account, for the whole portfolio).

Each cell is a coloured tile: bought (green, the value won), open opportunity (amber, how many
and their value) or whitespace (light, a "+" and the kind of sale it would be; see
:mod:`kamdesk.analytics.whitespace`). Clicking a whitespace tile, or Enter on it, asks for a
new opportunity pre-filled from the service's suggestion (``create_requested``); clicking an
open tile asks to see its opportunities (``show_opportunities``). The tab opens the editor or
the filtered list.

The portfolio's matrix reads every opportunity (seconds at 50,000), so reading runs off the
GUI thread (:class:`LatestRead`); ``loaded`` says fresh content is shown. The model only
looks cells up, so 300 accounts × 20 product lines scroll smoothly.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.analytics.whitespace import CELL_STATE_LABELS, CellState, RowKey, WhitespaceCell
from kamdesk.model.enums import OpportunityType
from kamdesk.services.pipeline import OpportunityData
from kamdesk.services.pipeline.forecast import ForecastService
from kamdesk.services.pipeline.forecast_data import ProductColumn, WhitespaceView
from kamdesk.services.problems import ValidationError
from kamdesk.ui.colors import MUTED_TEXT
from kamdesk.ui.errors import explain_write_error
from kamdesk.ui.i18n import enum_label, format_money, translate
from kamdesk.ui.models.roles import ROOT, ROW_ROLE, USER, AnyIndex
from kamdesk.ui.pipeline.latest_read import LatestRead
from kamdesk.ui.reads_when_shown import ReadsWhenShown
from kamdesk.ui.workspace import Workspace

UP_SELL = OpportunityType.UP_SELL
DETAIL_ROLE = USER + 20  # the tile's second, smaller line
CELL_ROLE = ROW_ROLE  # the WhitespaceCell itself


class Tile:
    """The colours of one cell state: fill, border, main text."""

    def __init__(self, fill: str, border: str, text: str, hover: str):
        self.fill, self.border = QColor(fill), QColor(border)
        self.text, self.hover = QColor(text), QColor(hover)


TILES = {
    CellState.BOUGHT: Tile("#c8e6c9", "#81c784", "#1b5e20", "#b5dcb7"),
    CellState.OPEN: Tile("#ffe0b2", "#ffb74d", "#7a4100", "#ffd59a"),
    CellState.WHITESPACE: Tile("#f6f8fb", "#dde3ea", "#1565c0", "#e3f0fd"),
}
ROW_HEIGHT = 46
COLUMN_WIDTH = 132
ROW_HEADER_WIDTH = 200


def state_label(state: CellState) -> str:
    return translate("Whitespace", CELL_STATE_LABELS[state])


# -- the model -------------------------------------------------------------------------------


class WhitespaceModel(QAbstractTableModel):
    """Rows (org units or accounts) × product lines of a :class:`WhitespaceView`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: WhitespaceView | None = None
        self.currency = "BRL"
        self._rows: list[RowKey] = []
        self._products: tuple[ProductColumn, ...] = ()

    def set_view(self, view: WhitespaceView | None) -> None:
        self.beginResetModel()
        self.view = view
        self._rows = list(view.row_names) if view else []
        self._products = view.products if view else ()
        self.endResetModel()

    def row_key(self, row: int) -> RowKey:
        return self._rows[row]

    def product(self, column: int) -> ProductColumn:
        return self._products[column]

    def row_name(self, row: int) -> str:
        name = self.view.row_names[self._rows[row]]
        return name or self.tr("No org unit")

    def cell(self, index: AnyIndex) -> WhitespaceCell | None:
        if not index.isValid() or self.view is None:
            return None
        return self.view.matrix.cell(self._rows[index.row()], self._products[index.column()].id)

    def counts(self) -> dict[CellState, int]:
        found = {state: 0 for state in CellState}
        if self.view is not None:
            for cell in self.view.matrix.cells.values():
                found[cell.state] += 1
        return found

    # -- Qt API ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._products)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._products[section].name if 0 <= section < len(self._products) else None
        return self.row_name(section) if 0 <= section < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.main_text(cell)
        if role == DETAIL_ROLE:
            return self.detail_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(cell, index)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TILES[cell.state].fill)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(TILES[cell.state].text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _money(self, value) -> str:
        return format_money(value, self.currency, 0)

    def main_text(self, cell: WhitespaceCell) -> str:
        if cell.state is CellState.BOUGHT:
            return self._money(cell.won_value)
        if cell.state is CellState.OPEN:
            return self._money(cell.open_value)
        return "+"

    def detail_text(self, cell: WhitespaceCell) -> str:
        if cell.state is CellState.WHITESPACE:
            return enum_label(cell.suggested_type)
        won = self.tr("%n won", "", cell.won_count) if cell.won_count else ""
        in_play = self.tr("%n open", "", cell.open_count) if cell.open_count else ""
        return " · ".join(part for part in (won, in_play) if part)

    def tooltip(self, cell: WhitespaceCell, index: AnyIndex) -> str:
        where = (
            self.tr("%1 in %2")
            .replace("%1", self._products[index.column()].name)
            .replace("%2", self.row_name(index.row()))
        )
        lines = [where]
        if cell.won_count:
            lines.append(
                self.tr("Bought: %n won opportunity(s), %1", "", cell.won_count).replace(
                    "%1", self._money(cell.won_value)
                )
            )
        if cell.open_count:
            lines.append(
                self.tr("In play: %n open opportunity(s), %1", "", cell.open_count).replace(
                    "%1", self._money(cell.open_value)
                )
            )
        if cell.state is CellState.OPEN:
            lines.append(self.tr("Click to see these opportunities."))
        elif cell.state is CellState.WHITESPACE:
            lines.append(self.tr("Whitespace: nothing bought here and nothing in play."))
            if cell.suggested_type is OpportunityType.UP_SELL:
                lines.append(
                    self.tr(
                        "Click to create an up-sell opportunity: the account already buys "
                        "this product line elsewhere."
                    )
                )
            else:
                lines.append(self.tr("Click to create a cross-sell opportunity."))
        return "\n".join(lines)


# -- painting and clicking -------------------------------------------------------------------


class TileDelegate(QStyledItemDelegate):
    """Paints a cell as a rounded tile: the main text, and a smaller line under it (for a
    cross-sell whitespace tile only under the mouse; up-sell is worth seeing at once)."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        cell: WhitespaceCell | None = index.data(CELL_ROLE)
        if cell is None:
            return
        tile = TILES[cell.state]
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        box = QRectF(option.rect).adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = option.palette.highlight().color()
        painter.setPen(QPen(highlight, 2) if chosen else QPen(tile.border, 1))
        painter.setBrush(tile.hover if hovered else tile.fill)
        painter.drawRoundedRect(box, 5, 5)
        main = QFont(option.font)
        detail = QFont(option.font)
        detail.setPointSizeF(max(6.5, option.font.pointSizeF() - 1.5))
        main_text, detail_text = index.data(), index.data(DETAIL_ROLE)
        quiet = cell.state is CellState.WHITESPACE and cell.suggested_type is not UP_SELL
        if quiet and not hovered:  # most tiles are cross-sell: say it only under the mouse
            detail_text = ""
        if cell.state is CellState.WHITESPACE:
            main.setPointSizeF(option.font.pointSizeF() + 3)
        else:
            main.setBold(True)
        inner = box.adjusted(4, 2, -4, -3)
        upper, lower = QRectF(inner), QRectF(inner)
        upper.setBottom(box.center().y())
        lower.setTop(box.center().y() + 1)
        painter.setFont(main)
        painter.setPen(tile.text)
        flags = Qt.AlignmentFlag.AlignHCenter
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(main_text, Qt.TextElideMode.ElideRight, int(inner.width()))
        if not detail_text:  # one line: in the middle of the tile
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, shown)
        else:
            painter.drawText(upper, flags | Qt.AlignmentFlag.AlignBottom, shown)
            painter.setFont(detail)
            painter.setPen(MUTED_TEXT if cell.state is CellState.WHITESPACE else tile.text)
            metrics = painter.fontMetrics()
            shown = metrics.elidedText(detail_text, Qt.TextElideMode.ElideRight, int(lower.width()))
            painter.drawText(lower, flags | Qt.AlignmentFlag.AlignTop, shown)
        painter.restore()

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        return QSize(COLUMN_WIDTH, ROW_HEIGHT)


class MatrixTable(QTableView):
    """The matrix grid; a click on a tile, or Enter, says ``cell_chosen``."""

    cell_chosen = Signal(QModelIndex)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("whitespaceTable")
        self.setItemDelegate(TileDelegate(self))
        self.setMouseTracking(True)  # hover shades the tile under the mouse
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns, rows = self.horizontalHeader(), self.verticalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultSectionSize(COLUMN_WIDTH)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        columns.setMinimumHeight(36)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setHighlightSections(False)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setFixedWidth(ROW_HEADER_WIDTH)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Qt says "clicked" once per double-click too (not on its second release).
        self.clicked.connect(self.cell_chosen)
        self.entered.connect(self._hovered)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cell_chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _hovered(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        clickable = cell is not None and cell.state is not CellState.BOUGHT
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)


# -- the view --------------------------------------------------------------------------------


class WhitespaceMatrixView(ReadsWhenShown, QWidget):
    """See the module docstring. The tab calls :meth:`set_scope` with the account it shows
    (None: the whole portfolio, rows are the active accounts)."""

    # A whitespace tile was chosen: a new opportunity with account, org unit, product, type
    # (cross-sell or up-sell) and a suggested title filled in.
    create_requested = Signal(object)  # OpportunityData
    # An open tile was chosen: (account_id, org_unit_id, product_id). In an account's matrix
    # org_unit_id None means "without an org unit"; in the portfolio's matrix (rows are
    # accounts) it is always None and means "in any org unit".
    show_opportunities = Signal(int, object, int)
    loaded = Signal()  # fresh content is shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whitespaceMatrix")
        self.workspace = workspace
        self.service = ForecastService(workspace.portfolio)
        self.account_id: int | None = None
        self.reader = LatestRead(self, self.tr("Reading the whitespace matrix…"))
        self._stale = True  # read on the first show
        self.model = WhitespaceModel(self)
        self._build()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("whitespaceTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("whitespaceSummary")
        self.summary.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.table = MatrixTable()
        self.table.setModel(self.model)
        self.empty = QLabel()
        self.empty.setObjectName("whitespaceEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(
            "color: palette(placeholder-text); font-size: 12pt; padding: 32px;"
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self._legend())
        layout.addWidget(self.pages, 1)

    def _legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        legend.setSpacing(6)
        texts = {
            CellState.BOUGHT: self.tr("won value"),
            CellState.OPEN: self.tr("value in play; click to see"),
            CellState.WHITESPACE: self.tr("not bought, not offered; click to create"),
        }
        for state, tile in TILES.items():
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(
                f"background: {tile.fill.name()}; border: 1px solid {tile.border.name()};"
                " border-radius: 3px;"
            )
            label = QLabel(f"<b>{state_label(state)}</b> — {texts[state]}")
            label.setObjectName(f"legend_{state.value}")
            legend.addWidget(swatch)
            legend.addWidget(label)
            legend.addSpacing(18)
        legend.addStretch(1)
        return legend

    def _connect(self) -> None:
        self._follow_portfolio(self.workspace)
        self.table.cell_chosen.connect(self.choose)
        self.reader.done.connect(self.show_view)
        self.reader.failed.connect(self._read_failed)

    # -- scope and reading -------------------------------------------------------------------

    def set_scope(self, account_id: int | None) -> None:
        """The account whose org units are the rows (None: the portfolio, by account)."""
        if account_id != self.account_id:
            self.account_id = account_id
            self._portfolio_changed()

    def reload(self) -> None:
        self._stale = False
        service, account_id = self.service, self.account_id
        self.reader.request(lambda: service.whitespace(account_id))

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):  # the account was deleted meanwhile
            self.show_view(None)
        else:
            self.workspace.failed.emit(explain_write_error(error, self.workspace.portfolio.path))

    def show_view(self, view: WhitespaceView | None) -> None:
        self.model.currency = self.workspace.settings.currency
        self.model.set_view(view)
        self.title.setText(self._title())
        counts = self.model.counts()
        self.summary.setText(
            self.tr("Whitespace: %1 · open: %2 · bought: %3")
            .replace("%1", str(counts[CellState.WHITESPACE]))
            .replace("%2", str(counts[CellState.OPEN]))
            .replace("%3", str(counts[CellState.BOUGHT]))
        )
        self.summary.setVisible(bool(self.model.rowCount() and self.model.columnCount()))
        empty = self._empty_text(view)
        self.empty.setText(empty)
        self.pages.setCurrentWidget(self.empty if empty else self.table)
        self.loaded.emit()

    def _title(self) -> str:
        if self.account_id is None:
            return self.tr("Whitespace — accounts × product lines")
        try:
            name = self.workspace.accounts.get(self.account_id).name
        except ValidationError:
            return self.tr("Whitespace")
        return self.tr("Whitespace — %1: org units × product lines").replace("%1", name)

    def _empty_text(self, view: WhitespaceView | None) -> str:
        if view is None:
            return self.tr("The account no longer exists.")
        if not view.products:
            return self.tr(
                "No product lines yet. Add your product lines to see where each one is "
                "bought, in play, or still whitespace."
            )
        if not view.row_names:
            if view.account_id is None:
                return self.tr("No active accounts yet.")
            return self.tr(
                "This account has no org units yet. Add its areas in the Stakeholder map tab "
                "to see the whitespace by org unit."
            )
        return ""

    # -- clicking ----------------------------------------------------------------------------

    def choose(self, index: QModelIndex) -> None:
        """A tile was clicked (or Enter pressed): whitespace asks to create, open to show."""
        cell = self.model.cell(index)
        view = self.model.view
        if cell is None or view is None:
            return
        if cell.state is CellState.WHITESPACE:
            data = self.suggested_opportunity(index)
            if data is not None:
                self.create_requested.emit(data)
        elif cell.state is CellState.OPEN:
            row = cell.row
            account_id = view.account_id if view.account_id is not None else row
            unit_id = row if view.account_id is not None else None
            self.show_opportunities.emit(account_id, unit_id, cell.product_id)

    def suggested_opportunity(self, index: QModelIndex) -> OpportunityData | None:
        """The new opportunity a whitespace tile suggests, or None for other tiles."""
        view = self.model.view
        product = self.model.product(index.column())
        row = self.model.row_key(index.row())
        suggestion = view.suggestion(row, product.id)
        if suggestion is None:
            return None
        if view.account_id is not None and row is not None:
            where = view.row_names[row]  # the org unit
        else:
            where = self._account_label(suggestion.account_id, view)
        title = self.tr("%1 for %2").replace("%1", product.name).replace("%2", where)
        return OpportunityData(
            account_id=suggestion.account_id,
            title=title,
            type=suggestion.type,
            product_id=suggestion.product_id,
            org_unit_id=suggestion.org_unit_id,
        )

    def _account_label(self, account_id: int, view: WhitespaceView) -> str:
        if view.account_id is None:
            return view.row_names.get(account_id, "")
        try:
            return self.workspace.accounts.get(account_id).name
        except ValidationError:
            return ""
