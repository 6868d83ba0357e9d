"""The map reviews' trend chart: sponsor coverage and resistance over the reviews, with the
exact figures, as the locale writes them, in a dot's tooltip."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from kamdesk.analytics.coverage import TrendPoint
from kamdesk.ui.i18n import format_date, install_language
from kamdesk.ui.stakeholder_map.trend_chart import COVERAGE, RESISTANCE, MapTrendChart

THREE_REVIEWS = [
    TrendPoint(dt.date(2026, 1, 10), 0.25, 0.6),
    TrendPoint(dt.date(2026, 2, 12), None, 0.45),
    TrendPoint(dt.date(2026, 3, 15), 2 / 3, 0.3),
]


pytestmark = pytest.mark.usefixtures("english")


def open_chart(qtbot, points) -> MapTrendChart:
    chart = MapTrendChart()
    qtbot.addWidget(chart)
    chart.resize(280, chart.sizeHint().height())
    chart.set_trend(points)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def painted_colours(chart) -> set[tuple[int, int, int]]:
    image = chart.grab().toImage()
    return {
        image.pixelColor(x, y).getRgb()[:3]
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def near(colours, rgb, tolerance=40) -> bool:
    return any(sum(abs(a - b) for a, b in zip(c, rgb, strict=True)) < tolerance for c in colours)


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_chart_paints_any_number_of_reviews(qtbot, count):
    chart = open_chart(qtbot, THREE_REVIEWS[:count])
    picture = chart.grab()
    assert not picture.isNull()
    assert picture.height() == chart.sizeHint().height() <= 150
    colours = painted_colours(chart)
    coverage_green, resistance_red = (0, 158, 115), (213, 94, 0)
    assert near(colours, coverage_green) is (count > 0)
    assert near(colours, resistance_red) is (count > 0)


def test_without_reviews_it_says_so(qtbot):
    chart = open_chart(qtbot, [])
    assert chart.dots() == []
    assert chart.points == ()


def test_one_review_is_one_dot_per_figure_in_the_middle(qtbot):
    chart = open_chart(qtbot, THREE_REVIEWS[:1])
    dots = chart.dots()
    assert [dot.series for dot in dots] == [COVERAGE, RESISTANCE]
    plot = chart.plot_rect()
    assert all(dot.centre.x() == pytest.approx(plot.center().x()) for dot in dots)


def test_dots_follow_dates_and_values_and_missing_figures_have_none(qtbot):
    chart = open_chart(qtbot, list(reversed(THREE_REVIEWS)))  # sorted oldest first anyway
    dots = chart.dots()
    coverage = [dot for dot in dots if dot.series == COVERAGE]
    resistance = [dot for dot in dots if dot.series == RESISTANCE]
    assert [dot.point.date for dot in coverage] == [dt.date(2026, 1, 10), dt.date(2026, 3, 15)]
    assert len(resistance) == 3
    assert [d.centre.x() for d in resistance] == sorted(d.centre.x() for d in resistance)
    plot = chart.plot_rect()
    assert all(plot.contains(dot.centre) for dot in dots)
    # Up is more: coverage rises, resistance falls, both as placed on 0–100 %.
    assert coverage[1].centre.y() < coverage[0].centre.y()
    assert resistance[2].centre.y() > resistance[0].centre.y()
    assert resistance[0].centre.y() == pytest.approx(plot.bottom() - 0.6 * plot.height())


def test_a_dots_tooltip_holds_the_exact_values_as_the_locale_writes_them(qtbot):
    install_language("pt_BR")
    chart = open_chart(qtbot, THREE_REVIEWS)
    march = next(d for d in chart.dots() if d.series == COVERAGE and d.point.date.month == 3)
    text = chart.tooltip_text(march.point)
    assert "15/03/2026" in text
    assert "66,7%" in text and "30,0%" in text

    february = next(d for d in chart.dots() if d.point.date == dt.date(2026, 2, 12))
    assert chart.dot_at(february.centre + QPointF(3, 2)) == february
    assert "—" in chart.tooltip_text(february.point)  # no coverage recorded that day
    assert chart.dot_at(QPointF(1, 1)) is None


def test_hovering_a_dot_shows_its_tooltip(qtbot):
    chart = open_chart(qtbot, THREE_REVIEWS)
    first = chart.dots()[0]
    at = first.centre.toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert format_date(dt.date(2026, 1, 10)) in QToolTip.text()
    assert "25.0%" in QToolTip.text()
    QToolTip.hideText()
    far = QPoint(2, 2)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, far, chart.mapToGlobal(far)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
