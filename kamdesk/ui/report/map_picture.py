"""The stakeholder map as a picture for the account plan, drawn by the map's own scene.

Decision: the picture is rendered on the calling (GUI) thread, before the PDF work starts in
the background. A QGraphicsScene and its items are widgets-module objects that Qt supports on
the GUI thread only, and drawing a map of the size a KAM keeps takes a few milliseconds; the
resulting QImage is then handed to the worker, which only places it in the document.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kamdesk.services.stakeholders import StakeholderService
from kamdesk.store import Portfolio
from kamdesk.ui.stakeholder_map.document import MapDocument
from kamdesk.ui.stakeholder_map.export import map_rect
from kamdesk.ui.stakeholder_map.scene import MapScene

MAX_SIDE = 2400  # pixels: sharp on an A4 page, small enough for the PDF
MAX_SCALE = 2.0


def can_draw_map() -> bool:
    """The scene needs a QApplication (a bare QGuiApplication has no graphics-view support)."""
    return isinstance(QApplication.instance(), QApplication)


def render_map_picture(portfolio: Portfolio, account_id: int, today: dt.date) -> QImage | None:
    """The account's map (every card and link, on white); None when it has nobody on it or
    there is no QApplication to draw with."""
    if not can_draw_map():
        return None
    document = MapDocument(StakeholderService(portfolio), today=lambda: today)
    document.load(account_id)
    if not document.people:
        return None
    scene = MapScene(document)
    source = map_rect(scene)
    scale = min(MAX_SCALE, MAX_SIDE / max(source.width(), source.height()))
    image = QImage(
        max(1, round(source.width() * scale)),
        max(1, round(source.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        target = QRectF(0, 0, image.width(), image.height())
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
    _dispose(scene)
    return image


_drawn: set[MapScene] = set()  # scenes waiting for the event loop to delete them


def _dispose(scene: MapScene) -> None:
    """Deletes the scene once the event loop has run what it queued (the frames of the org
    units are regrouped on the next turn): deleting it now would leave that call dangling."""
    _drawn.add(scene)
    scene.destroyed.connect(lambda: _drawn.discard(scene))
    scene.deleteLater()
