"""How the OKR screens say things: status words and colours, grades, measures with their
unit, and the service's problems with numbers and dates as the locale writes them."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kamdesk.analytics.okr import Grade, GradeBand, OkrStatus
from kamdesk.ui.colors import FAIR, GOOD, POOR
from kamdesk.ui.i18n import format_number, translate

# Cell backgrounds: the app's light green / amber / red.
STATUS_BACKGROUNDS = {OkrStatus.ON_TRACK: GOOD, OkrStatus.AT_RISK: FAIR, OkrStatus.OFF_TRACK: POOR}
# Bars and chart marks need a stronger tone of the same three colours to read on white.
STATUS_INKS = {
    OkrStatus.ON_TRACK: QColor("#2e7d32"),
    OkrStatus.AT_RISK: QColor("#ef8f00"),
    OkrStatus.OFF_TRACK: QColor("#c62828"),
}
NEUTRAL_INK = QColor("#78909c")


def status_label(status: OkrStatus | None) -> str:
    if status is None:
        return ""
    return {
        OkrStatus.ON_TRACK: translate("OkrTexts", "On track"),
        OkrStatus.AT_RISK: translate("OkrTexts", "At risk"),
        OkrStatus.OFF_TRACK: translate("OkrTexts", "Off track"),
    }[status]


def status_tip() -> str:
    return translate(
        "OkrTexts",
        "Progress against the share of the period gone by, and the latest confidence:\n"
        "on track — at least 90 % of the expected progress and confidence 7 or more;\n"
        "off track — under 60 % of the expected progress, or confidence 3 or less;\n"
        "at risk — anything in between.",
    )


def confidence_ink(confidence: int | None) -> QColor:
    """The status colour the confidence alone would give (7+ green, 4–6 amber, ≤3 red)."""
    if confidence is None:
        return NEUTRAL_INK
    if confidence >= 7:
        return STATUS_INKS[OkrStatus.ON_TRACK]
    if confidence >= 4:
        return STATUS_INKS[OkrStatus.AT_RISK]
    return STATUS_INKS[OkrStatus.OFF_TRACK]


def grade_text(grade: Grade | None) -> str:
    return "" if grade is None else format_number(grade.score, 1)


def grade_band_label(band: GradeBand) -> str:
    return {
        GradeBand.GOOD: translate("OkrTexts", "good (0.7–1.0)"),
        GradeBand.PROGRESS: translate("OkrTexts", "progress, fell short (0.4–0.6)"),
        GradeBand.MISSED: translate("OkrTexts", "missed (0.0–0.3)"),
    }[band]


def grade_tip(grade: Grade | None, final: bool) -> str:
    if grade is None:
        return ""
    text = (
        translate("OkrTexts", "Final grade %1: %2")
        if final
        else translate("OkrTexts", "Grade so far %1: %2 — final when the period ends")
    )
    return text.replace("%1", grade_text(grade)).replace("%2", grade_band_label(grade.band))


def confidence_text(confidence: int | None) -> str:
    return "" if confidence is None else f"{confidence}/10"


def measure(value: float | None, unit: str = "") -> str:
    """``12.5`` → "12,5 t" in pt-BR: as many decimals as the value has, at most two."""
    if value is None:
        return ""
    text = format_number(value, decimals_of(value))
    return f"{text} {unit}".strip()


def decimals_of(value: float) -> int:
    for decimals in (0, 1):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 2


def current_of_target(current: float | None, target: float, unit: str) -> str:
    """ "15 / 20 t"; "— / 20 t" while nothing is measured."""
    shown = "—" if current is None else measure(current)
    return f"{shown} / {measure(target, unit)}"
