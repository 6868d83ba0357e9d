"""The map's colours. Stances use the Okabe–Ito palette, which stays distinguishable with the
common colour-vision deficiencies; the card also prints the stance, so colour is never the
only cue."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kamdesk.model.enums import LinkKind, Stance

STANCE_COLORS = {
    Stance.SPONSOR: QColor("#009E73"),  # bluish green
    Stance.ALLY: QColor("#56B4E9"),  # sky blue
    Stance.NEUTRAL: QColor("#9E9E9E"),  # grey
    Stance.RESISTANT: QColor("#E69F00"),  # orange
    Stance.OPPONENT: QColor("#D55E00"),  # vermillion
}
LINK_COLORS = {
    LinkKind.REPORTS_TO: QColor("#37474F"),
    LinkKind.INFLUENCES: QColor("#0072B2"),
    LinkKind.ALLIANCE: QColor("#009E73"),
    LinkKind.RIVALRY: QColor("#D55E00"),
}
CARD_TEXT = QColor("#1a1a1a")
CARD_SUBTLE_TEXT = QColor("#455a64")
SELECTION = QColor("#1565C0")
STALE_MARKER = QColor("#B45309")
DOT_EMPTY = QColor("#cfd8dc")
DOT_FULL = QColor("#263238")


def card_fill(stance: Stance) -> QColor:
    """A light tint of the stance colour: dark text stays readable on every stance."""
    base = STANCE_COLORS[stance]
    white = 0.78
    return QColor(
        round(base.red() * (1 - white) + 255 * white),
        round(base.green() * (1 - white) + 255 * white),
        round(base.blue() * (1 - white) + 255 * white),
    )


UNIT_BORDER = QColor("#90A4AE")
UNIT_FILL = QColor(236, 239, 241, 110)  # translucent: overlapping frames stay readable
TARGET_UNIT = QColor("#2E7D32")
