"""The account plan and the portfolio summary as A4 PDFs: the HTML of
:mod:`~kamdesk.ui.report.account_plan` and :mod:`~kamdesk.ui.report.portfolio_summary`, laid
out by a QTextDocument and printed page by page with QPdfWriter (no browser engine), with a
header and a "Page 2 of 7" footer on every page.

Everything here works off the GUI thread: the document, the writer and the charts' QImages are
thread-safe paint devices (the stakeholder map is drawn beforehand on the GUI thread, see
:mod:`kamdesk.ui.report.map_picture`). The PDF is written under a temporary name beside its
destination and renamed at the end, so a failure or a cancel never leaves a partial file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from kamdesk.store import Portfolio
from kamdesk.ui.i18n import translate
from kamdesk.ui.report.account_plan import account_plan_report
from kamdesk.ui.report.content import (
    ACCOUNT_PLAN_STEPS,
    PORTFOLIO_SUMMARY_STEPS,
    gather_account_plan,
    gather_portfolio_summary,
)
from kamdesk.ui.report.markup import MARGIN_MM, MUTED, RESOLUTION, STYLE, Report
from kamdesk.ui.report.portfolio_summary import portfolio_summary_report

Progress = Callable[[int, int, str], None]  # done, total, text; raises to cancel

HEADER_MM = 9.0  # the header and the footer sit in the top and bottom margins
BODY_POINTS = 9.0
SMALL_POINTS = 7.5


# -- printing --------------------------------------------------------------------------------


def write_pdf(report: Report, path: Path, progress: Progress | None = None) -> int:
    """Lays ``report`` out on A4 pages and writes the PDF to ``path``; returns the page count.

    Raises what ``progress`` raises (a cancel) or OSError, leaving no file behind."""
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=".kamdesk-", suffix=".pdf", dir=path.parent
    )
    os.close(descriptor)
    temporary = Path(temporary_name)
    try:
        pages = _print(report, temporary, progress)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return pages


def _print(report: Report, path: Path, progress: Progress | None) -> int:
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("KAMdesk")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = QRectF(0, 0, writer.width(), writer.height())
    margin = MARGIN_MM / 25.4 * RESOLUTION
    body = page.adjusted(margin, margin, -margin, -margin)
    document = _layout(report, writer, body.size())
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        for number in range(pages):
            if progress is not None:
                text = translate("Report", "Writing page %1 of %2").replace("%1", str(number + 1))
                progress(number, pages, text.replace("%2", str(pages)))
            if number:
                writer.newPage()
            _draw_page(painter, document, body, number)
            _draw_margins(painter, report, page, number + 1, pages)
    finally:
        painter.end()
    return pages


def report_font(points: float) -> QFont:
    """The system's font without ligatures: a PDF whose "fi" is one glyph is not found when
    someone searches it (or copies from it) for "profile"."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(points)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(report: Report, writer: QPdfWriter, size: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(report_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(STYLE)
    for name, image in report.images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"kamdesk:{name}"), image
        )
    document.setHtml("<html><body>" + "".join(report.body) + "</body></html>")
    document.setPageSize(size)
    return document


def _draw_page(painter: QPainter, document: QTextDocument, body: QRectF, number: int) -> None:
    height = body.height()
    clip = QRectF(0, number * height, body.width(), height)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(QPalette.ColorRole.Text, QColor("#212121"))
    painter.save()
    painter.translate(body.left(), body.top() - number * height)
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_margins(painter: QPainter, report: Report, page: QRectF, number: int, pages: int):
    """The header (from the second page on) and the footer with the page number."""
    margin = MARGIN_MM / 25.4 * RESOLUTION
    band = HEADER_MM / 25.4 * RESOLUTION
    painter.save()
    painter.setFont(report_font(SMALL_POINTS))
    painter.setPen(QColor(MUTED))
    width = page.width() - 2 * margin
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    bottom, top = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignTop
    if number > 1:
        header = QRectF(margin, margin - band - 4, width, band)
        painter.drawText(header, left | bottom, report.header)
        painter.drawLine(header.bottomLeft(), header.bottomRight())
    footer = QRectF(margin, page.height() - margin + 6, width, band)
    painter.drawText(footer, left | top, "KAMdesk")
    text = translate("Report", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(pages))
    painter.drawText(footer, right | top, text)
    painter.restore()


# -- the whole export ------------------------------------------------------------------------


class _Reading:
    """Reports reading the services as steps 0…n of n + 1 (the last is the layout), through
    ``progress``, which raises to cancel."""

    def __init__(self, progress: Progress | None, steps: int, text: str):
        self.progress, self.total, self.text, self.done = progress, steps + 1, text, 0
        self._report(self.text)

    def step(self) -> None:
        self.done += 1
        self._report(self.text)

    def laying_out(self) -> None:
        self.done = self.total - 1
        self._report(translate("Report", "Laying out the pages…"))

    def _report(self, text: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, text)


def render_account_plan(
    portfolio: Portfolio,
    account_id: int,
    path: Path,
    today: dt.date,
    map_image: QImage | None = None,
    progress: Progress | None = None,
) -> int:
    """Reads the account's plan and writes its PDF to ``path``; returns the page count.
    ``map_image``: the stakeholder map drawn beforehand (None: no picture)."""
    text = translate("Report", "Reading the account plan…")
    reading = _Reading(progress, ACCOUNT_PLAN_STEPS, text)
    plan = gather_account_plan(portfolio, account_id, today, step=reading.step)
    reading.laying_out()
    return write_pdf(account_plan_report(plan, map_image), path, progress)


def render_portfolio_summary(
    portfolio: Portfolio, path: Path, today: dt.date, progress: Progress | None = None
) -> int:
    """Reads the portfolio's figures and writes the summary PDF to ``path``; returns the page
    count."""
    reading = _Reading(
        progress, PORTFOLIO_SUMMARY_STEPS, translate("Report", "Reading the portfolio…")
    )
    summary = gather_portfolio_summary(portfolio, today, step=reading.step)
    reading.laying_out()
    return write_pdf(portfolio_summary_report(summary), path, progress)
