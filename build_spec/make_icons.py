"""Draws the KAMdesk app icon and writes resources/icons/kamdesk.{png,ico,icns}.

Run it again after changing the drawing: ``python build_spec/make_icons.py``. Only Qt is used;
the ICO and ICNS containers are written here by hand (both simply wrap PNG images), so the
result does not depend on which image plugins a Qt build happens to have.

The mark: a rounded square in a deep blue to teal gradient, with a white "K" whose upper arm
ends in an amber node — the key account at the end of a relationship line.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel size (the @2x ones reuse a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)

DEEP_BLUE = QColor("#0d3b66")
TEAL = QColor("#0f8b8d")
AMBER = QColor("#f4b942")
WHITE = QColor("#ffffff")


def draw_icon(size: int, inset: float = 0.0625) -> QImage:
    """The icon at ``size`` pixels; ``inset`` is the transparent margin as a fraction of it.

    Everything is drawn on a 1024-unit canvas and scaled, so every size is rendered from the
    vector shapes rather than shrunk from a bitmap.
    """
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 1024, size / 1024)

    margin = 1024 * inset
    body = QRectF(margin, margin, 1024 - 2 * margin, 1024 - 2 * margin)
    radius = body.width() * 0.225
    gradient = QLinearGradient(body.topLeft(), body.bottomRight())
    gradient.setColorAt(0.0, DEEP_BLUE)
    gradient.setColorAt(1.0, TEAL)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(body, radius, radius)

    # The "K", laid out in body units so the mark keeps its proportions at any inset.
    def at(x: float, y: float) -> QPointF:
        return QPointF(body.left() + body.width() * x, body.top() + body.height() * y)

    stroke = body.width() * 0.125
    pen = QPen(WHITE, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(at(0.30, 0.24), at(0.30, 0.76))
    arms = QPainterPath(at(0.67, 0.28))
    arms.lineTo(at(0.35, 0.53))
    arms.lineTo(at(0.69, 0.76))
    painter.drawPath(arms)

    node = at(0.67, 0.28)
    node_radius = body.width() * 0.105
    painter.setPen(QPen(WHITE, body.width() * 0.035))
    painter.setBrush(AMBER)
    painter.drawEllipse(node, node_radius, node_radius)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO container of PNG-compressed entries (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = len(header) + 16 * len(images)
    for size, blob in sorted(images.items()):
        byte_size = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack(
            "<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(blob), offset + len(blobs)
        )
        blobs += blob
    return header + entries + blobs


def icns_bytes(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An Apple ICNS container: big-endian 'icns' + length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS_DIR.mkdir(parents=True, exist_ok=True)

    (ICONS_DIR / "kamdesk.png").write_bytes(png_bytes(draw_icon(256)))
    ico = ico_bytes({size: png_bytes(draw_icon(size)) for size in ICO_SIZES})
    (ICONS_DIR / "kamdesk.ico").write_bytes(ico)
    # macOS draws icons on Apple's grid: an 824-unit body centred on the 1024 canvas.
    mac_inset = 100 / 1024
    mac = {size: png_bytes(draw_icon(size, mac_inset)) for _, size in ICNS_TYPES}
    icns = icns_bytes([(kind, mac[size]) for kind, size in ICNS_TYPES])
    (ICONS_DIR / "kamdesk.icns").write_bytes(icns)

    for name in ("kamdesk.png", "kamdesk.ico", "kamdesk.icns"):
        print(f"{ICONS_DIR / name}: {(ICONS_DIR / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
