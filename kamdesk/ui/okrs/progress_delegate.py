"""The Progress column as a bar: filled to the progress, in the row's status colour, with the
percentage written beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.ui.i18n import format_percent
from kamdesk.ui.okrs import texts
from kamdesk.ui.okrs.tree_model import PROGRESS_ROLE

BAR_HEIGHT = 8.0
TEXT_WIDTH = 42  # room for "100%"


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        progress, status = index.data(PROGRESS_ROLE) or (None, None)
        # The selection and hover background as every other cell, without the text.
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        text_rect = QRectF(rect.right() - TEXT_WIDTH, rect.top(), TEXT_WIDTH, rect.height())
        bar = QRectF(
            rect.left(),
            rect.center().y() - BAR_HEIGHT / 2,
            max(0.0, rect.width() - TEXT_WIDTH - 6),
            BAR_HEIGHT,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(option.palette.mid().color())
        track.setAlpha(70)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        if progress:
            filled = QRectF(bar.left(), bar.top(), bar.width() * min(1.0, progress), bar.height())
            painter.setBrush(texts.STATUS_INKS.get(status, texts.NEUTRAL_INK))
            painter.drawRoundedRect(filled, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_percent(progress) if progress is not None else "—",
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 140), hint.height())
