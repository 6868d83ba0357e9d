"""The map as a picture: PNG, SVG or PDF of every card and link, on white, without the
selection. Fast enough on the GUI thread for the maps a KAM draws (a thousand cards at most).

The file is written next to its destination under a temporary name and renamed at the end, so
a failed export never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QGraphicsScene

try:  # QtSvg ships with PySide6-Essentials; tolerate a bundle built without it
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover - depends on the installation
    QSvgGenerator = None

FORMATS = ("png", "svg", "pdf") if QSvgGenerator is not None else ("png", "pdf")
MARGIN = 24.0  # scene units around the cards
PNG_SCALE = 2.0
PNG_MAX_SIDE = 12000  # pixels: a huge map is scaled down rather than needing gigabytes
PDF_MARGIN_MM = 12.0
PDF_TITLE_POINTS = 16


class ExportError(Exception):
    """The picture could not be written (the message says why, in English for the log)."""


def export_format(path: Path) -> str | None:
    """ "png", "svg" or "pdf" from the file's extension; None when not one of them."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def map_rect(scene: QGraphicsScene) -> QRectF:
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 200, 100)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def export_scene(scene: QGraphicsScene, path: Path, title: str = "") -> Path:
    """Writes the whole scene to ``path`` in the format its extension names; returns ``path``.

    Raises ExportError (or OSError) without leaving any file behind."""
    kind = export_format(path)
    if kind is None:
        raise ExportError(f"unknown picture format: {path.suffix!r}")
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=".kamdesk-", suffix=path.suffix, dir=path.parent
    )
    os.close(descriptor)
    temporary = Path(temporary_name)
    selected = scene.selectedItems()
    try:
        scene.clearSelection()  # the selection's highlight does not belong in the picture
        writer = {"png": _write_png, "svg": _write_svg, "pdf": _write_pdf}[kind]
        writer(scene, temporary, title)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    finally:
        for item in selected:
            if item.scene() is scene:
                item.setSelected(True)
    return path


def _screen_dpi() -> int:
    """The resolution the cards measure their texts at (font metrics without a device use
    the screen's): vector output at the same resolution keeps the texts where they fit."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def _write_png(scene: QGraphicsScene, path: Path, title: str) -> None:
    source = map_rect(scene)
    scale = min(PNG_SCALE, PNG_MAX_SIDE / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError("not enough memory for the image")
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        _render(painter, scene, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise ExportError(f"could not write {path}")


def _write_svg(scene: QGraphicsScene, path: Path, title: str) -> None:
    source = map_rect(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setResolution(_screen_dpi())
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"could not write {path}")
    try:
        target = QRectF(0, 0, source.width(), source.height())
        painter.fillRect(target, Qt.GlobalColor.white)
        _render(painter, scene, target, source)
    finally:
        painter.end()


def _write_pdf(scene: QGraphicsScene, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("KAMdesk")
    writer.setResolution(_screen_dpi())
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"could not write {path}")
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        top = 0.0
        if title:
            font = QFont(painter.font())
            font.setPointSize(PDF_TITLE_POINTS)
            font.setBold(True)
            painter.setFont(font)
            height = QFontMetricsF(font, writer).height()
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(0, 0, page.width(), height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            top = height * 1.5
        _render(painter, scene, QRectF(0, top, page.width(), page.height() - top), map_rect(scene))
    finally:
        painter.end()


def _render(painter: QPainter, scene: QGraphicsScene, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
