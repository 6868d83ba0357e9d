"""The pieces both PDFs are written with: the page's geometry and style sheet, HTML tables
and paragraphs, the charts placed as images, and the labels of health bands and parts.

Texts go through Qt's translation (the "Report" context; plurals through
:class:`ReportPlurals`), numbers, money and dates through :mod:`kamdesk.ui.i18n`, so they come
out in the user's language. HTML sizes are CSS pixels, which are the page's device pixels
(:data:`RESOLUTION`)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QColor, QImage

from kamdesk.analytics.health import HealthBand, HealthFacts, HealthPart
from kamdesk.analytics.risk import LEVEL_COLOURS, risk_level
from kamdesk.ui.i18n import format_money, format_number, format_percent, translate
from kamdesk.ui.report import charts
from kamdesk.ui.report.content import ForecastBar, MonthBar

RESOLUTION = 96  # dots per inch of the page's coordinates: CSS pixels are device pixels
A4_WIDTH_MM = 210.0
MARGIN_MM = 18.0
MUTED = "#607d8b"
OVERDUE = "#c62828"
BAND_BACKGROUNDS = {
    HealthBand.GREEN: "#c8e6c9",
    HealthBand.AMBER: "#fff3c4",
    HealthBand.RED: "#ffcdd2",
}
REVENUE_COLORS = (QColor("#1565c0"), QColor("#90caf9"))  # recurring, one-off
FORECAST_COLORS = (QColor("#2e7d32"), QColor("#1565c0"), QColor("#64a6e8"), QColor("#c5d3e0"))
COVER_TOP = 220  # CSS pixels above the cover's title

STYLE = f"""
body {{ color: #212121; }}
h1 {{ font-size: 15pt; color: #0d47a1; margin-top: 0px; margin-bottom: 8px; }}
h2 {{ font-size: 11.5pt; color: #0d47a1; margin-top: 14px; margin-bottom: 5px; }}
h3 {{ font-size: 10pt; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
table {{ border-color: #cfd8dc; border-style: solid; }}
th {{ background-color: #eceff1; font-size: 8pt; font-weight: 600; }}
.muted {{ color: {MUTED}; }}
.overdue {{ color: {OVERDUE}; font-weight: 600; }}
.big {{ font-size: 20pt; font-weight: 700; }}
"""


class ReportPlurals(QObject):
    """The report's texts that depend on a count (Qt's plural forms need a QObject's tr)."""

    def overdue_by(self, days: int) -> str:
        return self.tr("Overdue by %n day(s)", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("In %n day(s)", "", days)

    def responses(self, count: int) -> str:
        return self.tr("%n response(s)", "", count)


def esc(text: object) -> str:
    """User text as HTML, line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br>")


def dash(text: str) -> str:
    return text if text else "—"


def month_label(month: dt.date, with_year: bool = True) -> str:
    pattern = "MMM yy" if with_year else "MMM"
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


@dataclass
class Report:
    """One PDF's content: its title, the header of its pages, the HTML body and the images it
    refers to (by name)."""

    title: str
    header: str
    body: list[str] = field(default_factory=list)
    images: dict[str, QImage] = field(default_factory=dict)

    def add(self, *parts: str) -> None:
        self.body.extend(parts)

    def image(self, name: str, image: QImage, width: float) -> str:
        """An <img> of ``image`` ``width`` CSS pixels wide (its aspect kept)."""
        self.images[name] = image
        height = width * image.height() / max(1, image.width())
        return f'<p><img src="kamdesk:{name}" width="{width:.0f}" height="{height:.0f}"></p>'


# -- HTML helpers ----------------------------------------------------------------------------


def cover_title(kind: str, name: str) -> list[str]:
    """The cover's "Account plan" line and the big name under it."""
    return [
        f'<p style="margin-top: {COVER_TOP}px; font-size: 13pt; color: {MUTED}">{esc(kind)}</p>',
        f'<p style="font-size: 28pt; font-weight: 700; color: #0d47a1">{esc(name)}</p>',
    ]


def heading(text: str, new_page: bool = True) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h1{style}>{esc(text)}</h1>"


def subheading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def paragraph(text: str, css_class: str = "") -> str:
    klass = f' class="{css_class}"' if css_class else ""
    return f"<p{klass}>{text}</p>"


@dataclass(frozen=True)
class Cell:
    """A table cell: its HTML, and how it looks."""

    html: str
    numeric: bool = False
    background: str = ""
    css_class: str = ""


def cell(text: object, **look) -> Cell:
    return Cell(esc(text), **look)


def number_cell(text: str, **look) -> Cell:
    return Cell(esc(text), numeric=True, **look)


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
) -> str:
    """A full-width table whose header row repeats on every page it spans."""
    head = "".join(
        f"<th align={'right' if k in numeric else 'left'}"
        f"{f' width={widths[k]}%' if k < len(widths) else ''}>{esc(h)}</th>"
        for k, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3"'
        ' style="border-collapse: collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _td(c: Cell) -> str:
    attributes = []
    if c.numeric:
        attributes.append('align="right"')
    if c.background:
        attributes.append(f'bgcolor="{c.background}"')
    if c.css_class:
        attributes.append(f'class="{c.css_class}"')
    return f"<td {' '.join(attributes)}>{c.html}</td>"


def facts_table(lines: Iterable[tuple[str, str]]) -> str:
    """Label → value pairs, two columns without a header (empty values left out)."""
    rows = "".join(
        f'<tr><td width="32%" class="muted">{esc(label)}</td><td>{value}</td></tr>'
        for label, value in lines
        if value
    )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def band_label(band: HealthBand | None) -> str:
    if band is None:
        return translate("Report", "No score")
    return {
        HealthBand.GREEN: translate("Report", "Green"),
        HealthBand.AMBER: translate("Report", "Amber"),
        HealthBand.RED: translate("Report", "Red"),
    }[band]


def part_label(part: HealthPart) -> str:
    return {
        HealthPart.REVENUE_TREND: translate("Report", "Revenue trend"),
        HealthPart.NPS: translate("Report", "NPS"),
        HealthPart.CSAT: translate("Report", "CSAT"),
        HealthPart.SPONSOR_COVERAGE: translate("Report", "Sponsor coverage"),
        HealthPart.RESISTANCE: translate("Report", "Resistance"),
        HealthPart.OPEN_RISK: translate("Report", "Open risk"),
        HealthPart.OVERDUE_REVIEWS: translate("Report", "Overdue reviews"),
        HealthPart.OKR_PACE: translate("Report", "OKR pace"),
    }[part]


def part_fact(part: HealthPart, facts: HealthFacts) -> str:
    """What the part was scored from, as the KAM knows it (+25%, NPS 33, risk score 20…)."""
    if part is HealthPart.REVENUE_TREND and facts.revenue_trend is not None:
        sign = "+" if facts.revenue_trend > 0 else ""
        return sign + format_percent(facts.revenue_trend)
    if part is HealthPart.NPS:
        return format_number(facts.nps)
    if part is HealthPart.CSAT and facts.csat is not None:
        return format_percent(facts.csat / 100)
    if part is HealthPart.SPONSOR_COVERAGE:
        return format_percent(facts.sponsor_coverage)
    if part is HealthPart.RESISTANCE:
        return format_percent(facts.resistance)
    if part is HealthPart.OPEN_RISK:
        if facts.highest_open_risk is None:
            return translate("Report", "no open risk")
        return translate("Report", "highest score %1").replace("%1", str(facts.highest_open_risk))
    if part is HealthPart.OVERDUE_REVIEWS:
        return str(facts.overdue_reviews)
    if part is HealthPart.OKR_PACE:
        return format_percent(facts.okr_pace)
    return ""


def score_text(score: float | None) -> str:
    return "—" if score is None else format_number(score)


def health_cell(score: float | None, band: HealthBand | None) -> Cell:
    text = "—" if score is None else f"{format_number(score)} · {band_label(band)}"
    return number_cell(text, background=BAND_BACKGROUNDS.get(band, ""))


def risk_cell(score: int | None) -> Cell:
    if score is None:
        return number_cell("—")
    return number_cell(str(score), background=LEVEL_COLOURS[risk_level(score)])


def revenue_chart(report: Report, bars: Sequence[MonthBar], currency: str) -> str:
    """The months stacked recurring / one-off; a line saying so when there is no revenue."""
    if not any(b.recurring or b.one_off for b in bars):
        return paragraph(esc(translate("Report", "No revenue recorded in the period.")), "muted")
    image = charts.stacked_bars(
        [month_label(b.month) for b in bars],
        [
            charts.Series(
                translate("Report", "Recurring"),
                REVENUE_COLORS[0],
                [float(b.recurring) for b in bars],
            ),
            charts.Series(
                translate("Report", "One-off"), REVENUE_COLORS[1], [float(b.one_off) for b in bars]
            ),
        ],
        lambda value: format_money(value, currency, 0),
    )
    return report.image("revenue", image, body_width())


def forecast(
    report: Report, bars: Sequence[ForecastBar], currency: str, with_target: bool
) -> list[str]:
    """The chart and the table of the quarters, or a line saying nothing is forecast (an empty
    chart says nothing)."""
    amounts = (b.won + b.commit + b.best_case + b.pipeline for b in bars)
    if not any(amounts) and all(b.target is None for b in bars):
        text = translate("Report", "Nothing is forecast for this fiscal year yet.")
        return [paragraph(esc(text), "muted")]
    return [forecast_chart(report, bars, currency), forecast_table(bars, currency, with_target)]


def forecast_chart(report: Report, bars: Sequence[ForecastBar], currency: str) -> str:
    """The quarters stacked won / commit / best case / pipeline, with their targets."""

    def series(label: str, color: QColor, values) -> charts.Series:
        return charts.Series(label, color, [float(v) for v in values])

    image = charts.stacked_bars(
        [b.period.name for b in bars],
        [
            series(translate("Report", "Won"), FORECAST_COLORS[0], (b.won for b in bars)),
            series(translate("Report", "Commit"), FORECAST_COLORS[1], (b.commit for b in bars)),
            series(
                translate("Report", "Best case"), FORECAST_COLORS[2], (b.best_case for b in bars)
            ),
            series(translate("Report", "Pipeline"), FORECAST_COLORS[3], (b.pipeline for b in bars)),
        ],
        lambda value: format_money(value, currency, 0),
        targets=[None if b.target is None else float(b.target) for b in bars],
        target_label=translate("Report", "Target"),
        size=(charts.WIDTH, 520),
    )
    return report.image("forecast", image, body_width())


def forecast_table(bars: Sequence[ForecastBar], currency: str, with_target: bool) -> str:
    def money(value) -> Cell:
        return number_cell(format_money(value, currency, 0))

    headers = [
        translate("Report", "Quarter"),
        translate("Report", "Won"),
        translate("Report", "Commit"),
        translate("Report", "Best case"),
        translate("Report", "Pipeline"),
    ]
    headers.append(translate("Report", "Weighted"))
    rows = [
        [cell(b.period.name), *(money(v) for v in (b.won, b.commit, b.best_case, b.pipeline))]
        + [money(b.weighted)]
        + ([money(b.target) if b.target is not None else number_cell("—")] if with_target else [])
        for b in bars
    ]
    if with_target:
        headers.append(translate("Report", "Target"))
    return table(headers, rows, numeric=range(1, len(headers)))


def body_width() -> float:
    """The text column's width in CSS pixels."""
    return (A4_WIDTH_MM - 2 * MARGIN_MM) / 25.4 * RESOLUTION


def clv_text(clv, currency: str) -> str:
    if clv.unbounded:
        return translate("Report", "no limit: no account was lost in the period (churn is zero)")
    if clv.value is None:
        return translate("Report", "not enough revenue history")
    return format_money(clv.value, currency, 0)
