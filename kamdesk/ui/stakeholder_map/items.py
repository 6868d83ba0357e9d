"""What the scene draws: a card per person and a line per link. Items only draw and report
where they are; they never change the document (the scene's interactions push commands)."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from kamdesk.model.enums import LinkKind
from kamdesk.services.stakeholders import DEFAULT_INFLUENCE_STRENGTH, POSITION_LIMIT, MapPerson
from kamdesk.ui.i18n import enum_label, translate
from kamdesk.ui.stakeholder_map import palette

PADDING = 8.0
DOT_COUNT = 5
ZIGZAG_STEP, ZIGZAG_AMPLITUDE = 8.0, 4.0  # a rivalry's teeth, in scene units
MIN_VISIBLE_PX = 1.0  # detail below this is not drawn


def card_size(influence: int) -> tuple[float, float]:
    """Wider and taller with influence (1–5), so the people who matter stand out."""
    return 172.0 + 12.0 * influence, 70.0 + 4.0 * influence


class PersonCard(QGraphicsObject):
    geometry_changed = Signal()  # moved: the links attached follow

    def __init__(self, person: MapPerson, stale: bool = False):
        super().__init__()
        self.person_id = person.id
        self.person = person
        self.stale = stale
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.set_person(person)

    def set_person(self, person: MapPerson) -> None:
        self.prepareGeometryChange()
        self.person = person
        self.width, self.height = card_size(person.data.influence)
        self.setToolTip(self._tooltip())
        self.update()

    def set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.setToolTip(self._tooltip())
            self.update()

    def size(self) -> tuple[float, float]:
        return self.width, self.height

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def scene_rect(self) -> QRectF:
        return self.rect().translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-4, -4, 4, 4)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            # A card dragged absurdly far would be refused when saved: keep it in range.
            limit = POSITION_LIMIT - 1000
            return QPointF(max(-limit, min(limit, value.x())), max(-limit, min(limit, value.y())))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.geometry_changed.emit()
        return super().itemChange(change, value)

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        data = self.person.data
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.SELECTION if self.isSelected() else palette.STANCE_COLORS[data.stance]
        pen = QPen(border, 1.0 + 0.6 * data.influence + (1.5 if self.isSelected() else 0))
        painter.setPen(pen)
        painter.setBrush(palette.card_fill(data.stance))
        painter.drawRoundedRect(self.rect(), 8, 8)
        self._paint_texts(painter)
        self._paint_footer(painter)
        if self.stale:
            self._paint_stale_marker(painter)

    def _paint_texts(self, painter: QPainter) -> None:
        data = self.person.data
        width = self.width - 2 * PADDING - 14  # room for the stale marker
        name_font = QFont(painter.font())
        name_font.setPointSizeF(10 + 0.4 * data.influence)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(palette.CARD_TEXT)
        name_height = QFontMetricsF(name_font).height()
        name = QFontMetricsF(name_font).elidedText(data.name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(PADDING, PADDING - 2, width, name_height), name)
        small = QFont(painter.font())
        small.setPointSizeF(8.5)
        small.setBold(False)
        painter.setFont(small)
        painter.setPen(palette.CARD_SUBTLE_TEXT)
        lines = [data.job_title, enum_label(data.stance)]
        top = PADDING + name_height - 2
        metrics = QFontMetricsF(small)
        for line in lines:
            if line:
                text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                painter.drawText(QRectF(PADDING, top, width, metrics.height()), text)
                top += metrics.height()

    def _paint_footer(self, painter: QPainter) -> None:
        """Buying-role badge at the left, relationship strength as dots at the right."""
        data = self.person.data
        bottom = self.height - PADDING
        dot, gap = 6.0, 3.0
        dots_left = self.width - PADDING - DOT_COUNT * dot - (DOT_COUNT - 1) * gap
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(DOT_COUNT):
            filled = index < data.relationship_strength
            painter.setBrush(palette.DOT_FULL if filled else palette.DOT_EMPTY)
            painter.drawEllipse(QRectF(dots_left + index * (dot + gap), bottom - dot, dot, dot))
        if data.buying_role is None:
            return
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        room = dots_left - PADDING - 8
        text = metrics.elidedText(enum_label(data.buying_role), Qt.TextElideMode.ElideRight, room)
        badge = QRectF(
            PADDING,
            bottom - metrics.height() - 1,
            metrics.horizontalAdvance(text) + 8,
            metrics.height() + 2,
        )
        painter.setBrush(palette.DOT_FULL)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_stale_marker(self, painter: QPainter) -> None:
        paint_stale_marker(painter, QPointF(self.width - PADDING - 6, PADDING + 6))

    def _tooltip(self) -> str:
        data = self.person.data
        parts = [f"<b>{_escape(data.name)}</b>"]
        if data.job_title:
            parts.append(_escape(data.job_title))
        parts.append(
            translate("StakeholderMap", "Stance: %1").replace("%1", enum_label(data.stance))
        )
        parts.append(
            translate("StakeholderMap", "Influence: %1 of 5").replace("%1", str(data.influence))
        )
        if data.buying_role is not None:
            parts.append(
                translate("StakeholderMap", "Buying role: %1").replace(
                    "%1", enum_label(data.buying_role)
                )
            )
        parts.append(
            translate("StakeholderMap", "Relationship: %1 of 5").replace(
                "%1", str(data.relationship_strength)
            )
        )
        if self.stale:
            parts.append(translate("StakeholderMap", "Contact is overdue."))
        return "<br>".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paint_stale_marker(painter: QPainter, center: QPointF) -> None:
    """An amber clock face: "we have not talked to them for too long"."""
    painter.save()
    painter.setPen(QPen(palette.STALE_MARKER, 1.6))
    painter.setBrush(Qt.GlobalColor.white)
    painter.drawEllipse(center, 6, 6)
    painter.drawLine(center, center + QPointF(0, -4))
    painter.drawLine(center, center + QPointF(3, 0))
    painter.restore()


# -- links ----------------------------------------------------------------------------------


def paint_link(
    painter: QPainter,
    kind: LinkKind,
    strength: int | None,
    line: QLineF,
    selected: bool = False,
    detail: float = 1.0,
) -> None:
    """One link's style, shared by the map and its legend: reports-to solid with an arrow,
    influences dashed with an arrow and width by strength, alliance a green double line,
    rivalry a red zigzag. ``detail`` is the painter's scale: zoomed far out, where the
    zigzag's teeth would be under a pixel, a rivalry is drawn straight."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = palette.SELECTION if selected else palette.LINK_COLORS[kind]
    if kind is LinkKind.REPORTS_TO:
        painter.setPen(QPen(color, 2.0))
        painter.drawLine(line)
        _arrow_head(painter, line, color, 11)
    elif kind is LinkKind.INFLUENCES:
        width = 1.2 + 1.3 * (strength or DEFAULT_INFLUENCE_STRENGTH)
        pen = QPen(color, width, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(line)
        _arrow_head(painter, line, color, 9 + 2 * width)
    elif kind is LinkKind.ALLIANCE:
        painter.setPen(QPen(color, 1.8))
        normal = _unit_normal(line) * 2.5
        painter.drawLine(line.translated(normal))
        painter.drawLine(line.translated(-normal))
    else:
        painter.setPen(QPen(color, 2.0))
        if ZIGZAG_AMPLITUDE * detail < MIN_VISIBLE_PX:
            painter.drawLine(line)
        else:
            painter.drawPolyline(_zigzag(line))
    painter.restore()


def _unit_normal(line: QLineF) -> QPointF:
    length = line.length() or 1.0
    return QPointF(-line.dy() / length, line.dx() / length)


def _arrow_head(painter: QPainter, line: QLineF, color, size: float) -> None:
    if line.length() < 1:
        return
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    left = tip - QPointF(math.cos(angle - 0.4) * size, math.sin(angle - 0.4) * size)
    right = tip - QPointF(math.cos(angle + 0.4) * size, math.sin(angle + 0.4) * size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(color))
    painter.drawPolygon(QPolygonF([tip, left, right]))


@functools.lru_cache(maxsize=4096)  # painted again at every scroll: computed once per line
def _zigzag_points(x1: float, y1: float, x2: float, y2: float) -> tuple[QPointF, ...]:
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    count = max(2, int(length / ZIGZAG_STEP))
    nx, ny = -dy / length * ZIGZAG_AMPLITUDE, dx / length * ZIGZAG_AMPLITUDE
    points = [QPointF(x1, y1)]
    for index in range(1, count):
        t, side = index / count, 1 if index % 2 else -1
        points.append(QPointF(x1 + dx * t + side * nx, y1 + dy * t + side * ny))
    points.append(QPointF(x2, y2))
    return tuple(points)


def _zigzag(line: QLineF) -> QPolygonF:
    return QPolygonF(list(_zigzag_points(line.x1(), line.y1(), line.x2(), line.y2())))


def edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre to ``toward`` leaves the rectangle."""
    center = rect.center()
    dx, dy = toward.x() - center.x(), toward.y() - center.y()
    if dx == 0 and dy == 0:
        return center
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(center.x() + dx * min(scale, 1.0), center.y() + dy * min(scale, 1.0))


class LinkItem(QGraphicsItem):
    def __init__(
        self,
        link_id: int,
        kind: LinkKind,
        strength: int | None,
        source: PersonCard,
        target: PersonCard,
    ):
        super().__init__()
        self.link_id, self.kind, self.strength = link_id, kind, strength
        self.source, self.target = source, target
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)  # under the cards
        self.setToolTip(enum_label(kind))
        self._line = QLineF()
        self.offset = 0.0  # sideways, when two people have several links: they run side by side
        self.adjust()  # the scene calls it again whenever either card moves

    def set_offset(self, offset: float) -> None:
        if offset != self.offset:
            self.offset = offset
            self.adjust()

    def adjust(self) -> None:
        self.prepareGeometryChange()
        source, target = self.source.scene_rect(), self.target.scene_rect()
        line = QLineF(edge_point(source, target.center()), edge_point(target, source.center()))
        if self.offset:
            # The same side for A→B and B→A: measured along the pair's line in id order.
            forward = self.source.person_id < self.target.person_id
            along = line if forward else QLineF(line.p2(), line.p1())
            line.translate(_unit_normal(along) * self.offset)
        self._line = line

    def line(self) -> QLineF:
        return self._line

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-14, -14, 14, 14)

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(12)  # easy to click
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        paint_link(painter, self.kind, self.strength, self._line, self.isSelected(), detail)


# -- org units ------------------------------------------------------------------------------

GROUP_PADDING = 14.0  # between a unit's frame and its cards
GROUP_HEADER = 22.0  # room for the unit's name above its cards


class BackdropItem(QGraphicsItem):
    """Something drawn behind the cards inside a rectangle the scene gives it (an area's
    frame, a grid cell, a header)."""

    MARGIN = 0.0  # drawn outside the rectangle by this much (a thick border)

    def __init__(self):
        super().__init__()
        self._rect = QRectF()
        self.setZValue(-2)  # under the links and the cards

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN)


class UnitGroupItem(BackdropItem):
    """A frame behind the cards of one org unit, with the unit's name: who sits where in the
    client's structure. A target area's frame is drawn stronger and says so."""

    MARGIN = 2.0

    def __init__(self, unit_id: int, name: str, is_target: bool):
        super().__init__()
        self.unit_id = unit_id
        self.set_unit(name, is_target)

    def set_unit(self, name: str, is_target: bool) -> None:
        self.name, self.is_target = name, is_target
        self.title = (
            translate("StakeholderMap", "%1 · target area").replace("%1", name)
            if is_target
            else name
        )
        self.update()

    def fit_cards(self, card_rects: list[QRectF]) -> None:
        """Frames ``card_rects`` (scene coordinates) with room for the name on top."""
        united = card_rects[0]
        for rect in card_rects[1:]:
            united = united.united(rect)
        self.set_rect(
            united.adjusted(
                -GROUP_PADDING, -GROUP_PADDING - GROUP_HEADER, GROUP_PADDING, GROUP_PADDING
            )
        )

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.TARGET_UNIT if self.is_target else palette.UNIT_BORDER
        pen = QPen(border, 2.0 if self.is_target else 1.2)
        if not self.is_target:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(palette.UNIT_FILL)
        frame = self.rect()
        painter.drawRoundedRect(frame, 12, 12)
        font = QFont(painter.font())
        font.setPointSizeF(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(border.darker(130))
        metrics = QFontMetricsF(font)
        width = frame.width() - 2 * GROUP_PADDING
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        header = QRectF(frame.left() + GROUP_PADDING, frame.top() + 4, width, GROUP_HEADER)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
