"""The portfolio summary's pages: cover, the key figures of the last 12 months with the revenue
and forecast charts, the accounts with their health, and what needs attention (top risks,
reviews due, objectives)."""

from __future__ import annotations

from kamdesk.analytics.health import HealthBand
from kamdesk.ui.i18n import (
    enum_label,
    format_date,
    format_money,
    format_number,
    format_percent,
    translate,
)
from kamdesk.ui.okrs.texts import status_label
from kamdesk.ui.plan.heat_map import level_label
from kamdesk.ui.report.content import PortfolioSummary
from kamdesk.ui.report.markup import (
    BAND_BACKGROUNDS,
    Report,
    ReportPlurals,
    band_label,
    cell,
    clv_text,
    cover_title,
    dash,
    esc,
    facts_table,
    forecast,
    heading,
    health_cell,
    month_label,
    number_cell,
    paragraph,
    revenue_chart,
    risk_cell,
    subheading,
    table,
)


def portfolio_summary_report(summary: PortfolioSummary) -> Report:
    report = Report(
        title=translate("Report", "Portfolio summary") + " — " + summary.name,
        header=translate("Report", "Portfolio summary") + " · " + summary.name,
    )
    metrics = summary.metrics
    period = (
        translate("Report", "%1 to %2")
        .replace("%1", month_label(metrics.first_month))
        .replace("%2", month_label(metrics.last_month))
    )
    report.add(
        *cover_title(translate("Report", "Portfolio summary"), summary.name),
        facts_table(
            [
                (translate("Report", "Owner"), esc(summary.owner_name)),
                (translate("Report", "Accounts"), str(len(summary.accounts))),
                (translate("Report", "Period"), esc(period)),
                (translate("Report", "Date"), esc(format_date(summary.today))),
            ]
        ),
    )
    report.add(
        heading(translate("Report", "Key figures of the last 12 months")), _kpi_table(summary)
    )
    report.add(subheading(translate("Report", "Revenue by month (%1)").replace("%1", period)))
    report.add(revenue_chart(report, summary.revenue, summary.currency))
    year = summary.fiscal_year.name
    report.add(subheading(translate("Report", "Forecast of fiscal year %1").replace("%1", year)))
    report.add(*forecast(report, summary.forecast, summary.currency, with_target=True))
    report.add(*_accounts(summary))
    report.add(*_attention(summary))
    return report


def _kpi_table(summary: PortfolioSummary) -> str:
    m, currency = summary.metrics, summary.currency
    kept = m.retention
    figures = [
        (translate("Report", "Revenue"), format_money(m.revenue, currency, 0)),
        (translate("Report", "Recurring revenue"), format_money(m.recurring, currency, 0)),
        (translate("Report", "GRR"), format_percent(kept.grr)),
        (translate("Report", "NRR"), format_percent(kept.nrr)),
        (translate("Report", "Logo churn"), format_percent(kept.logo_churn)),
        (translate("Report", "Revenue churn"), format_percent(kept.revenue_churn)),
        (translate("Report", "NPS"), format_number(m.nps)),
        (translate("Report", "CSAT"), format_percent(None if m.csat is None else m.csat / 100)),
        (translate("Report", "CLV"), clv_text(m.clv, currency)),
        (translate("Report", "CAC"), format_money(m.cac, currency, 0)),
        (translate("Report", "CLV:CAC"), format_number(m.clv_to_cac, 1)),
        (translate("Report", "Weighted pipeline"), format_money(m.weighted_pipeline, currency, 0)),
        (translate("Report", "Win rate"), format_percent(m.win_rate)),
        (translate("Report", "Forecast accuracy"), format_percent(m.forecast_accuracy)),
    ]
    columns = 4
    cells = [
        f'<td width="25%"><span class="muted">{esc(label)}</span><br>'
        f'<span style="font-size: 13pt; font-weight: 700">{esc(dash(value))}</span></td>'
        for label, value in figures
    ]
    rows = ["<tr>" + "".join(cells[k : k + columns]) + "</tr>" for k in range(0, len(cells), 4)]
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="6"'
        f' style="border-collapse: collapse">{"".join(rows)}</table>'
    )


def _accounts(summary: PortfolioSummary) -> list[str]:
    currency = summary.currency
    parts = [
        heading(translate("Report", "Accounts")),
        subheading(translate("Report", "Health distribution")),
    ]
    total = max(1, len(summary.accounts))
    rows = [
        [
            cell(band_label(band), background=BAND_BACKGROUNDS.get(band, "")),
            number_cell(str(summary.bands.get(band, 0))),
            number_cell(format_percent(summary.bands.get(band, 0) / total)),
        ]
        for band in (HealthBand.GREEN, HealthBand.AMBER, HealthBand.RED, None)
    ]
    parts.append(
        table(
            [
                translate("Report", "Band"),
                translate("Report", "Accounts"),
                translate("Report", "Share"),
            ],
            rows,
            numeric=(1, 2),
        )
    )
    parts.append(subheading(translate("Report", "Every account")))
    rows = [
        [
            cell(a.name),
            cell(enum_label(a.tier)),
            health_cell(a.health.score, a.health.band),
            risk_cell(a.facts.highest_open_risk),
            number_cell(format_money(a.revenue, currency, 0)),
            number_cell(dash(format_percent(a.facts.sponsor_coverage))),
        ]
        for a in summary.accounts
    ]
    headers = [
        translate("Report", "Account"),
        translate("Report", "Tier"),
        translate("Report", "Health"),
        translate("Report", "Risk"),
        translate("Report", "Revenue (12 months)"),
        translate("Report", "Sponsor coverage"),
    ]
    if rows:
        parts.append(table(headers, rows, numeric=(2, 3, 4, 5), widths=(24, 22, 15, 7, 17, 15)))
    else:
        parts.append(
            paragraph(esc(translate("Report", "The portfolio has no account yet.")), "muted")
        )
    return parts


def _attention(summary: PortfolioSummary) -> list[str]:
    parts = [
        heading(translate("Report", "What needs attention")),
        subheading(translate("Report", "Top risks")),
    ]
    if summary.top_risks:
        rows = [
            [
                risk_cell(r.score),
                cell(r.account_name),
                cell(r.description),
                cell(level_label(r.level)),
                number_cell(format_date(r.review_date) or "—"),
            ]
            for r in summary.top_risks
        ]
        headers = [
            translate("Report", "Score"),
            translate("Report", "Account"),
            translate("Report", "Risk"),
            translate("Report", "Level"),
            translate("Report", "Review"),
        ]
        parts.append(table(headers, rows, numeric=(0, 4), widths=(12, 20, 42, 12, 14)))
    else:
        parts.append(paragraph(esc(translate("Report", "No open risk in the portfolio.")), "muted"))
    parts.append(subheading(translate("Report", "Reviews due")))
    if summary.reviews_due:
        plurals = ReportPlurals()
        rows = []
        for due in summary.reviews_due:
            if due.is_overdue:
                when = cell(
                    plurals.overdue_by(due.days_overdue),
                    css_class="overdue",
                )
            else:
                when = cell(plurals.due_in(due.days_until_due))
            rows.append(
                [
                    cell(due.account_name),
                    cell(enum_label(due.routine)),
                    number_cell(format_date(due.last_review) or "—"),
                    number_cell(format_date(due.due_date)),
                    when,
                ]
            )
        headers = [
            translate("Report", "Account"),
            translate("Report", "Routine"),
            translate("Report", "Last review"),
            translate("Report", "Due"),
            translate("Report", "When"),
        ]
        parts.append(table(headers, rows, numeric=(2, 3), widths=(30, 18, 16, 16, 20)))
    else:
        parts.append(
            paragraph(esc(translate("Report", "No review is due in the next 30 days.")), "muted")
        )
    parts.append(subheading(translate("Report", "Objectives")))
    if summary.objectives:
        rows = [
            [
                cell(o.title),
                cell(o.account_name or translate("Report", "Whole portfolio")),
                cell(o.period),
                number_cell(dash(format_percent(o.progress))),
                cell(status_label(o.status)),
            ]
            for o in summary.objectives
        ]
        headers = [
            translate("Report", "Objective"),
            translate("Report", "Account"),
            translate("Report", "Period"),
            translate("Report", "Progress"),
            translate("Report", "Status"),
        ]
        parts.append(table(headers, rows, numeric=(3,), widths=(36, 24, 12, 12, 16)))
    else:
        parts.append(paragraph(esc(translate("Report", "No objective set.")), "muted"))
    return parts
