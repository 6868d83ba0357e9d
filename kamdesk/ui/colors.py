"""The few colours that carry meaning (tier, score bands), in one place for all widgets."""

from PySide6.QtGui import QColor

from kamdesk.model.enums import Tier

TIER_COLORS = {
    Tier.A: QColor("#1b5e20"),
    Tier.B: QColor("#2e7d32"),
    Tier.C: QColor("#f9a825"),
    Tier.D: QColor("#9e9e9e"),
}
GOOD, FAIR, POOR = QColor("#c8e6c9"), QColor("#fff3c4"), QColor("#ffcdd2")
ERROR_TEXT = QColor("#b71c1c")
MUTED_TEXT = QColor("#757575")


def score_color(score: float | None) -> QColor | None:
    """Green from 70, amber from 40, red below; nothing when there is no score."""
    if score is None:
        return None
    return GOOD if score >= 70 else FAIR if score >= 40 else POOR


def text_on(background: QColor) -> QColor:
    return QColor("#000000") if background.lightnessF() > 0.55 else QColor("#ffffff")
