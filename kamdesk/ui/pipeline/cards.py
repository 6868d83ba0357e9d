"""An opportunity as a card on the Pipeline board: the cards of one stage as a list model,
and the delegate that paints them (title, account, value, next step, close date, type, owner)."""

from __future__ import annotations

import datetime as dt
import html
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kamdesk.model.enums import OpportunityType, StageOutcome
from kamdesk.services.pipeline import OpportunityRow
from kamdesk.ui.colors import ERROR_TEXT
from kamdesk.ui.i18n import enum_label, format_date, format_money, translate
from kamdesk.ui.models.roles import ID_ROLE, ROOT, ROW_ROLE, AnyIndex

MIME_TYPE = "application/x-kamdesk-opportunity-ids"
COLUMN_WIDTH = 276
COLUMN_FILL = QColor("#eef1f5")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#d3dae2")
CARD_HOVER_BORDER = QColor("#90a4ae")
CARD_SHADOW = QColor(0, 0, 0, 22)
CARD_TEXT = QColor("#1a1a1a")
CARD_SUBTLE_TEXT = QColor("#546e7a")
SELECTION = QColor("#1565c0")
SELECTED_FILL = QColor("#e8f1fc")
WON_VALUE = QColor("#1b5e20")
NO_NEXT_STEP = QColor("#b45309")

TYPE_BADGES = {  # (fill, text)
    OpportunityType.NEW: (QColor("#e3f2fd"), QColor("#0d47a1")),
    OpportunityType.CROSS_SELL: (QColor("#f3e5f5"), QColor("#6a1b9a")),
    OpportunityType.UP_SELL: (QColor("#e0f2f1"), QColor("#00695c")),
    OpportunityType.RENEWAL: (QColor("#fff3e0"), QColor("#a84300")),
}
AVATAR_COLORS = tuple(
    QColor(c) for c in ("#5c6bc0", "#26a69a", "#8d6e63", "#ab47bc", "#42a5f5", "#ef6c00")
)
CARD_MARGIN = QSize(6, 4)  # around each card, inside its list row
CARD_PADDING = QSize(10, 8)
CARD_RADIUS = 6
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def opportunity_mime(ids: Iterable[int]) -> QMimeData:
    """The dragged cards: their opportunity ids as JSON under our own MIME type."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def ids_from_mime(mime: QMimeData) -> list[int]:
    """The ids a drag carries; [] for anything else (another app's drag, a broken payload)."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def initials(name: str) -> str:
    """“Ana Souza” → “AS”; “Ana” → “A”."""
    words = name.split()
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_color(name: str) -> QColor:
    """The same colour for the same owner in every session (crc32 is stable, hash() is not)."""
    return AVATAR_COLORS[zlib.crc32(name.casefold().encode()) % len(AVATAR_COLORS)]


# -- one column's cards ----------------------------------------------------------------------


class StageCardsModel(QAbstractListModel):
    """The cards of one stage, in the order the tab gave them (expected close first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OpportunityRow] = []
        self.currency = "BRL"

    def set_rows(self, rows: list[OpportunityRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[OpportunityRow]:
        return self._rows

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # keyboard search and accessibility
            return row.title
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return ", ".join(
                part
                for part in (
                    row.account_name,
                    format_money(row.value, self.currency),
                    format_date(row.expected_close),
                    row.owner,
                )
                if part
            )
        return None

    def _tooltip(self, row: OpportunityRow) -> str:
        lines = [
            f"<b>{html.escape(row.title)}</b>",
            html.escape(row.account_name),
            self.tr("Value: %1").replace("%1", format_money(row.value, self.currency)),
            self.tr("Weighted: %1 (%2 %)")
            .replace("%1", format_money(row.weighted_value, self.currency))
            .replace("%2", str(row.effective_probability)),
        ]
        if row.expected_close:
            lines.append(
                self.tr("Expected close: %1").replace("%1", format_date(row.expected_close))
            )
        if row.product_name:
            lines.append(self.tr("Product: %1").replace("%1", html.escape(row.product_name)))
        if row.owner:
            lines.append(self.tr("Owner: %1").replace("%1", html.escape(row.owner)))
        if row.next_step:
            lines.append(self.tr("Next step: %1").replace("%1", html.escape(row.next_step)))
        elif row.is_open:
            lines.append(self.tr("No next step planned"))
        if not row.is_open and row.win_loss_reason:
            lines.append(self.tr("Reason: %1").replace("%1", html.escape(row.win_loss_reason)))
        return "<br>".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return opportunity_mime(self._rows[r].id for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


@dataclass
class _CardFonts:
    title: QFont
    small: QFont
    value: QFont
    badge: QFont
    title_height: int
    small_height: int
    value_height: int
    footer_height: int

    @property
    def card_height(self) -> int:
        lines = self.title_height + 2 + self.small_height + 5 + self.value_height + 3
        lines += self.small_height + 5  # the next step
        return 2 * CARD_PADDING.height() + lines + self.footer_height


def _card_fonts(base: QFont) -> _CardFonts:
    def sized(font: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
        font = QFont(font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        else:
            font.setPixelSize(round(font.pixelSize() * factor))
        if weight is not None:
            font.setWeight(weight)
        return font

    title = sized(base, 1.0, QFont.Weight.DemiBold)
    small = sized(base, 0.9)
    value = sized(base, 1.05, QFont.Weight.Bold)
    badge = sized(base, 0.82, QFont.Weight.DemiBold)
    small_height = QFontMetrics(small).height()
    return _CardFonts(
        title,
        small,
        value,
        badge,
        QFontMetrics(title).height(),
        small_height,
        QFontMetrics(value).height(),
        small_height + 6,
    )


class CardDelegate(QStyledItemDelegate):
    """Paints an opportunity as a card: title, account, value, probability, next step (or a
    “no next step” hint; a closed deal's win/loss reason instead), expected close (red when
    past and still open), type badge and the owner's initials."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "BRL"
        self.today = dt.date.today()
        self._fonts: dict[str, _CardFonts] = {}

    def fonts(self, base: QFont) -> _CardFonts:
        key = base.key()
        if key not in self._fonts:
            self._fonts[key] = _card_fonts(base)
        return self._fonts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # The width is the list's (QListView stretches its rows), never wider.
        return QSize(
            COLUMN_WIDTH - 40, self.fonts(option.font).card_height + 2 * CARD_MARGIN.height()
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: OpportunityRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        fonts = self.fonts(option.font)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(
            CARD_MARGIN.width() + 0.5,
            CARD_MARGIN.height() + 0.5,
            -CARD_MARGIN.width() - 0.5,
            -CARD_MARGIN.height() - 0.5,
        )
        if row.outcome is StageOutcome.LOST:
            painter.setOpacity(0.8)
        self._paint_frame(painter, card, selected, hovered, focused)
        inner = card.adjusted(
            CARD_PADDING.width(),
            CARD_PADDING.height(),
            -CARD_PADDING.width(),
            -CARD_PADDING.height(),
        )
        y = self._paint_title(painter, fonts, inner, row)
        y = self._paint_value(painter, fonts, inner, y, row)
        self._paint_footer(painter, fonts, inner, y, row)
        painter.restore()

    def _paint_frame(self, painter, card: QRectF, selected: bool, hovered: bool, focused: bool):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CARD_SHADOW)
        painter.drawRoundedRect(card.translated(0, 1.5), CARD_RADIUS, CARD_RADIUS)
        if selected:
            pen = QPen(SELECTION, 2)
        elif focused:
            pen = QPen(SELECTION, 1, Qt.PenStyle.DashLine)
        else:
            pen = QPen(CARD_HOVER_BORDER if hovered else CARD_BORDER, 1)
        painter.setPen(pen)
        painter.setBrush(SELECTED_FILL if selected else CARD_FILL)
        painter.drawRoundedRect(card, CARD_RADIUS, CARD_RADIUS)

    def _paint_title(self, painter, fonts: _CardFonts, inner: QRectF, row) -> float:
        x, y, width = inner.left(), inner.top(), inner.width()
        painter.setFont(fonts.title)
        painter.setPen(CARD_TEXT)
        title = QFontMetrics(fonts.title).elidedText(
            row.title, Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(QRectF(x, y, width, fonts.title_height), LEFT, title)
        y += fonts.title_height + 2
        painter.setFont(fonts.small)
        painter.setPen(CARD_SUBTLE_TEXT)
        account = QFontMetrics(fonts.small).elidedText(
            row.account_name, Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(QRectF(x, y, width, fonts.small_height), LEFT, account)
        return y + fonts.small_height + 5

    def _paint_value(self, painter, fonts: _CardFonts, inner: QRectF, y: float, row) -> float:
        """Value on the left, probability on the right; then the next step (or its absence)."""
        x, width, height = inner.left(), inner.width(), fonts.value_height
        probability = f"{row.effective_probability} %"
        probability_width = QFontMetrics(fonts.small).horizontalAdvance(probability)
        painter.setFont(fonts.small)
        painter.setPen(CARD_SUBTLE_TEXT)
        painter.drawText(
            QRectF(x + width - probability_width, y, probability_width, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            probability,
        )
        room = width - probability_width - 8
        painter.setFont(fonts.value)
        painter.setPen(WON_VALUE if row.outcome is StageOutcome.WON else CARD_TEXT)
        value = QFontMetrics(fonts.value).elidedText(
            format_money(row.value, self.currency), Qt.TextElideMode.ElideRight, int(room)
        )
        painter.drawText(QRectF(x, y, room, height), LEFT, value)
        y += height + 3
        font = fonts.small
        if not row.is_open:  # a closed deal has no next step; why it closed matters more
            text, color = " ".join(row.win_loss_reason.split()), CARD_SUBTLE_TEXT
            font = QFont(font)
            font.setItalic(True)
        elif row.next_step.strip():
            text, color = "→ " + " ".join(row.next_step.split()), CARD_SUBTLE_TEXT
        else:
            text, color = translate("PipelineBoard", "No next step"), NO_NEXT_STEP
        if text:
            painter.setFont(font)
            painter.setPen(color)
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(x, y, width, fonts.small_height), LEFT, text)
        return y + fonts.small_height + 5

    def _paint_footer(self, painter, fonts: _CardFonts, inner: QRectF, y: float, row) -> None:
        """Expected close (red and bold when past and still open), type badge, owner."""
        x, width, height = inner.left(), inner.width(), fonts.footer_height
        if row.owner:
            avatar = QRectF(x + width - height, y, height, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(avatar_color(row.owner))
            painter.drawEllipse(avatar)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(fonts.badge)
            painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials(row.owner))
            width -= height + 6
        badge = enum_label(row.type)
        badge_metrics = QFontMetrics(fonts.badge)
        badge_width = min(badge_metrics.horizontalAdvance(badge) + 14, width / 2)
        badge_height = badge_metrics.height() + 2
        badge_rect = QRectF(
            x + width - badge_width, y + (height - badge_height) / 2, badge_width, badge_height
        )
        fill, text = TYPE_BADGES.get(row.type, (COLUMN_FILL, CARD_TEXT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge_rect, badge_height / 2, badge_height / 2)
        painter.setPen(text)
        painter.setFont(fonts.badge)
        painter.drawText(
            badge_rect,
            Qt.AlignmentFlag.AlignCenter,
            badge_metrics.elidedText(badge, Qt.TextElideMode.ElideRight, int(badge_width - 8)),
        )
        room = width - badge_width - 8
        font = QFont(fonts.small)
        if row.expected_close is not None:
            date_text = format_date(row.expected_close)
            overdue = row.is_open and row.expected_close < self.today
            painter.setPen(ERROR_TEXT if overdue else CARD_SUBTLE_TEXT)
            if overdue:
                font.setWeight(QFont.Weight.Bold)
        else:
            date_text = translate("PipelineBoard", "No close date")
            painter.setPen(CARD_SUBTLE_TEXT)
        painter.setFont(font)
        date_text = QFontMetrics(font).elidedText(date_text, Qt.TextElideMode.ElideRight, int(room))
        painter.drawText(QRectF(x, y, room, height), LEFT, date_text)
