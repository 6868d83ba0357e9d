"""The account plan's pages: cover, profile and ICP, positioning, stakeholder map, risks and
actions, pipeline and forecast, OKRs, health."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kamdesk.analytics.coverage import SEVERITY_LABELS
from kamdesk.analytics.health import band as health_band
from kamdesk.analytics.risk import LEVEL_COLOURS, SCALE, RiskLevel, risk_level
from kamdesk.model.enums import ActionStatus, Stance, Tier
from kamdesk.services.stakeholders import AccountMap
from kamdesk.ui.builtin_names import criterion_label, stage_label
from kamdesk.ui.i18n import (
    enum_label,
    format_date,
    format_money,
    format_number,
    format_percent,
    translate,
)
from kamdesk.ui.okrs.texts import confidence_text, grade_text, measure, status_label
from kamdesk.ui.plan.heat_map import level_label
from kamdesk.ui.report import charts
from kamdesk.ui.report.content import AccountPlan
from kamdesk.ui.report.markup import (
    Report,
    ReportPlurals,
    band_label,
    body_width,
    cell,
    clv_text,
    cover_title,
    dash,
    esc,
    facts_table,
    forecast,
    heading,
    month_label,
    number_cell,
    paragraph,
    part_fact,
    part_label,
    revenue_chart,
    risk_cell,
    score_text,
    subheading,
    table,
)
from kamdesk.ui.stakeholder_map.alerts_model import alert_text
from kamdesk.ui.stakeholder_map.palette import STANCE_COLORS
from kamdesk.ui.tier_text import explain_tier

MAX_PEOPLE = 20  # rows of the decision-chain table (the map shows everyone)
MAP_MAX_HEIGHT = 560.0  # CSS pixels: a tall map leaves room for its measures on its page


def account_plan_report(plan: AccountPlan, map_image: QImage | None) -> Report:
    report = Report(
        title=translate("Report", "Account plan") + " — " + plan.name,
        header=translate("Report", "Account plan") + " · " + plan.name,
    )
    report.add(*_cover(plan))
    report.add(*_profile(plan))
    report.add(*_positioning(plan))
    report.add(*_stakeholders(plan, report, map_image))
    report.add(*_risks(plan))
    report.add(*_pipeline(plan, report))
    report.add(*_objectives(plan))
    report.add(*_health(plan, report))
    return report


def _cover(plan: AccountPlan) -> list[str]:
    tier = Tier(plan.tier.assignment.tier)
    health = plan.metrics.health
    lines = [
        (translate("Report", "Tier"), esc(enum_label(tier))),
        (translate("Report", "Owner"), esc(plan.account.owner)),
        (translate("Report", "Lifecycle stage"), esc(enum_label(plan.account.lifecycle_stage))),
        (
            translate("Report", "Health"),
            esc(f"{score_text(health.score)} / 100 · {band_label(health.band)}"),
        ),
        (translate("Report", "Date"), esc(format_date(plan.today))),
    ]
    prepared = translate("Report", "Prepared with KAMdesk for the account review.")
    return [
        *cover_title(translate("Report", "Account plan"), plan.name),
        f'<p style="font-size: 11pt">{esc(plan.account.legal_name)}</p>',
        '<p style="margin-top: 30px"></p>',
        facts_table(lines),
        f'<p style="margin-top: 120px" class="muted">{esc(prepared)}</p>',
    ]


def _profile(plan: AccountPlan) -> list[str]:
    account = plan.account
    strategies = ", ".join(enum_label(s) for s in account.strategies)
    lines = [
        (translate("Report", "Legal name"), esc(account.legal_name)),
        (translate("Report", "Tax ID"), esc(account.tax_id)),
        (translate("Report", "Industry"), esc(account.industry)),
        (translate("Report", "Region"), esc(account.region)),
        (translate("Report", "Employees"), format_number(account.employees)),
        (translate("Report", "Revenue band"), esc(account.revenue_band)),
        (translate("Report", "Client since"), format_date(account.client_since)),
        (translate("Report", "Lifecycle stage"), esc(enum_label(account.lifecycle_stage))),
        (translate("Report", "Strategies"), esc(dash(strategies))),
        (translate("Report", "Strategic importance"), f"{account.strategic_importance} / 5"),
        (translate("Report", "Owner"), esc(account.owner)),
    ]
    parts = [heading(translate("Report", "Profile and ICP")), facts_table(lines)]
    parts.append(subheading(translate("Report", "ICP fit")))
    icp = plan.icp
    if icp.score is None:
        parts.append(paragraph(esc(translate("Report", "No ICP criterion is rated yet.")), "muted"))
    else:
        parts.append(
            paragraph(
                f'<span class="big">{format_number(icp.score)}</span> / 100 &nbsp; '
                + esc(
                    translate("Report", "(%1 of %2 criteria rated)")
                    .replace("%1", str(icp.rated))
                    .replace("%2", str(icp.total))
                )
            )
        )
        rows = [
            [
                cell(_criterion(plan, c.key, c.name)),
                number_cell(format_percent(c.weight_share)),
                number_cell("—" if c.rating is None else f"{c.rating} / 5"),
                number_cell(format_number(c.points, 1)),
            ]
            for c in icp.breakdown
        ]
        headers = [
            translate("Report", "Criterion"),
            translate("Report", "Weight"),
            translate("Report", "Rating"),
            translate("Report", "Points"),
        ]
        parts.append(table(headers, rows, numeric=(1, 2, 3), widths=(55, 15, 15, 15)))
    parts.append(subheading(translate("Report", "Tier")))
    tier = Tier(plan.tier.assignment.tier)
    parts.append(paragraph(f"<b>{esc(enum_label(tier))}</b>"))
    parts.append(paragraph(esc(explain_tier(plan.tier, plan.currency))))
    return parts


def _criterion(plan: AccountPlan, key: str, name: str) -> str:
    return criterion_label(key if key in plan.builtin_criteria else None, name)


def _positioning(plan: AccountPlan) -> list[str]:
    positioning = plan.positioning
    lines = [
        (translate("Report", "Value proposition"), esc(dash(positioning.value_proposition))),
        (translate("Report", "Desired position"), esc(dash(positioning.desired_position))),
        (translate("Report", "Perceived position"), esc(dash(positioning.perceived_position))),
        (translate("Report", "Differentiators"), esc(dash(positioning.differentiators))),
    ]
    parts = [heading(translate("Report", "Positioning")), facts_table(lines)]
    if positioning.has_gap:
        parts.append(
            paragraph(
                esc(
                    translate(
                        "Report",
                        "The client does not yet see us where we want to be: close the gap.",
                    )
                ),
                "overdue",
            )
        )
    parts.append(subheading(translate("Report", "Latest positioning review")))
    review = plan.positioning_review
    if review is None:
        parts.append(
            paragraph(esc(translate("Report", "No positioning review recorded yet.")), "muted")
        )
    else:
        parts.append(paragraph(f"<b>{esc(format_date(review.date))}</b>"))
        parts.append(paragraph(esc(dash(review.notes))))
    return parts


def _stakeholders(plan: AccountPlan, report: Report, map_image: QImage | None) -> list[str]:
    chain = plan.stakeholders
    parts = [heading(translate("Report", "Stakeholder map"))]
    if map_image is not None:
        width = body_width()
        height = width * map_image.height() / max(1, map_image.width())
        if height > MAP_MAX_HEIGHT:
            width *= MAP_MAX_HEIGHT / height
        parts.append(report.image("map", map_image, width))
        parts.append(paragraph(_stance_legend(), "muted"))
    elif not chain.people:
        parts.append(
            paragraph(esc(translate("Report", "Nobody is on this account's map yet.")), "muted")
        )
    parts.append(facts_table(_chain_lines(chain)))
    parts.append(subheading(translate("Report", "Alerts")))
    if chain.alerts:
        rows = [
            [cell(translate("StakeholderAlert", SEVERITY_LABELS[a.severity])), cell(alert_text(a))]
            for a in chain.alerts
        ]
        parts.append(
            table(
                [translate("Report", "Severity"), translate("Report", "Alert")],
                rows,
                widths=(15, 85),
            )
        )
    else:
        parts.append(paragraph(esc(translate("Report", "No gaps in the decision chain.")), "muted"))
    if chain.people:
        parts.append(subheading(translate("Report", "Decision chain")))
        people = sorted(chain.people, key=lambda p: (-p.data.influence, p.data.name.casefold()))
        rows = [
            [
                cell(p.data.name),
                cell(p.data.job_title),
                cell(enum_label(p.data.stance)),
                number_cell(f"{p.data.influence} / 5"),
                number_cell(format_date(p.data.last_contact) or "—"),
            ]
            for p in people[:MAX_PEOPLE]
        ]
        headers = [
            translate("Report", "Person"),
            translate("Report", "Job title"),
            translate("Report", "Stance"),
            translate("Report", "Influence"),
            translate("Report", "Last contact"),
        ]
        parts.append(table(headers, rows, numeric=(3, 4)))
    return parts


def _stance_legend() -> str:
    return " &nbsp; ".join(
        f'<span style="background-color: {STANCE_COLORS[s].name()}">&nbsp;&nbsp;&nbsp;</span>'
        f" {esc(enum_label(s))}"
        for s in Stance
    )


def _chain_lines(chain: AccountMap) -> list[tuple[str, str]]:
    coverage = chain.coverage
    if coverage.targets:
        covered = (
            format_percent(coverage.ratio)
            + " · "
            + translate("Report", "%1 of %2 target areas have a sponsor")
            .replace("%1", str(len(coverage.covered)))
            .replace("%2", str(coverage.targets))
        )
    else:
        covered = translate("Report", "no target area marked")
    names = {unit.id: unit.data.name for unit in chain.units}
    uncovered = ", ".join(names.get(i, "") for i in coverage.uncovered)
    stances = ", ".join(
        f"{enum_label(s)} {n}"
        for s in Stance
        if (n := sum(1 for p in chain.people if p.data.stance is s))
    )
    return [
        (translate("Report", "Sponsor coverage"), esc(covered)),
        (translate("Report", "Target areas without a sponsor"), esc(uncovered)),
        (translate("Report", "Resistance"), esc(dash(format_percent(chain.resistance)))),
        (translate("Report", "People by stance"), esc(dash(stances))),
    ]


def _risks(plan: AccountPlan) -> list[str]:
    parts = [heading(translate("Report", "Risks and actions"))]
    open_risks = plan.open_risks
    parts.append(
        paragraph(
            esc(
                translate("Report", "Open risks: %1 · account risk (highest open score): %2")
                .replace("%1", str(len(open_risks)))
                .replace("%2", str(max((r.score for r in open_risks), default="—")))
            )
        )
    )
    parts.append(_heat_map_table(plan))
    parts.append(subheading(translate("Report", "Risk register")))
    if plan.risks:
        rows = [
            [
                risk_cell(r.score),
                cell(r.description),
                cell(enum_label(r.category)),
                cell(level_label(r.level)),
                cell(enum_label(r.response)),
                cell(enum_label(r.status)),
                number_cell(format_date(r.review_date) or "—"),
            ]
            for r in plan.risks
        ]
        headers = [
            translate("Report", "Score"),
            translate("Report", "Risk"),
            translate("Report", "Category"),
            translate("Report", "Level"),
            translate("Report", "Response"),
            translate("Report", "Status"),
            translate("Report", "Review"),
        ]
        parts.append(table(headers, rows, numeric=(0, 6), widths=(12, 30, 15, 9, 11, 11, 12)))
    else:
        parts.append(
            paragraph(esc(translate("Report", "No risk recorded for this account.")), "muted")
        )
    parts.append(subheading(translate("Report", "Mitigation actions")))
    if plan.actions:
        parts.append(_actions_table(plan))
    else:
        parts.append(
            paragraph(esc(translate("Report", "No action recorded for this account.")), "muted")
        )
    return parts


def _heat_map_table(plan: AccountPlan) -> str:
    """Likelihood 5 at the top down to 1, impact 1…5 left to right; open risks per cell."""
    side = 34  # CSS pixels per cell
    header = "".join(f'<th align="center" width="{side}">{i}</th>' for i in SCALE)
    rows = []
    for line in plan.heat_map.rows():
        cells = "".join(
            f'<td align="center" height="{side}" '
            f'bgcolor="{LEVEL_COLOURS[risk_level(c.likelihood * c.impact)]}">'
            f"<b>{c.count or ''}</b></td>"
            for c in line
        )
        rows.append(f'<tr><th align="center" width="{side}">{line[0].likelihood}</th>{cells}</tr>')
    legend = " &nbsp; ".join(
        f'<span style="background-color: {LEVEL_COLOURS[level]}">&nbsp;&nbsp;&nbsp;</span> '
        f"{esc(level_label(level))}"
        for level in RiskLevel
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse">'
        f"<tr><th></th>{header}</tr>{''.join(rows)}</table>"
        + paragraph(
            esc(translate("Report", "Rows: likelihood 5 to 1 · columns: impact 1 to 5")), "muted"
        )
        + paragraph(legend, "muted")
    )


def _actions_table(plan: AccountPlan) -> str:
    plurals = ReportPlurals()
    rows = []
    for a in plan.actions:
        if a.status is ActionStatus.OPEN and a.is_overdue:
            status = cell(
                plurals.overdue_by(a.days_overdue),
                css_class="overdue",
            )
        else:
            status = cell(enum_label(a.status))
        rows.append(
            [
                cell(a.title),
                cell(dash(a.risk_description)),
                cell(dash(a.owner)),
                number_cell(format_date(a.due) or "—"),
                status,
            ]
        )
    headers = [
        translate("Report", "Action"),
        translate("Report", "Risk"),
        translate("Report", "Owner"),
        translate("Report", "Due"),
        translate("Report", "Status"),
    ]
    return table(headers, rows, numeric=(3,), widths=(30, 25, 17, 12, 16))


def _pipeline(plan: AccountPlan, report: Report) -> list[str]:
    currency = plan.currency

    def money(value) -> str:
        return format_money(value, currency, 0)

    parts = [heading(translate("Report", "Pipeline and forecast"))]
    parts.append(
        paragraph(
            esc(
                translate("Report", "Open pipeline %1 · weighted %2")
                .replace("%1", money(plan.open_pipeline))
                .replace("%2", money(plan.weighted_pipeline))
            )
        )
    )
    if plan.stages:
        rows = [
            [
                cell(stage_label(s.stage_key, s.stage_name)),
                number_cell(str(s.count)),
                number_cell(money(s.value)),
                number_cell(money(s.weighted)),
            ]
            for s in plan.stages
        ]
        headers = [
            translate("Report", "Stage"),
            translate("Report", "Opportunities"),
            translate("Report", "Value"),
            translate("Report", "Weighted"),
        ]
        parts.append(table(headers, rows, numeric=(1, 2, 3)))
        parts.append(subheading(translate("Report", "Open opportunities")))
        rows = [
            [
                cell(o.title),
                cell(stage_label(o.stage_key, o.stage_name)),
                number_cell(money(o.value)),
                number_cell(format_percent(o.effective_probability / 100)),
                number_cell(money(o.weighted_value)),
                number_cell(format_date(o.expected_close) or "—"),
            ]
            for o in plan.open_opportunities
        ]
        headers = [
            translate("Report", "Opportunity"),
            translate("Report", "Stage"),
            translate("Report", "Value"),
            translate("Report", "Probability"),
            translate("Report", "Weighted"),
            translate("Report", "Expected close"),
        ]
        parts.append(table(headers, rows, numeric=(2, 3, 4, 5), widths=(26, 14, 14, 16, 14, 16)))
    else:
        parts.append(paragraph(esc(translate("Report", "No open opportunity.")), "muted"))
    year = plan.fiscal_year.name
    parts.append(subheading(translate("Report", "Forecast of fiscal year %1").replace("%1", year)))
    parts += forecast(report, plan.forecast, currency, with_target=False)
    parts.append(
        subheading(translate("Report", "Won and lost in fiscal year %1").replace("%1", year))
    )
    closed = [*plan.won, *plan.lost]
    if closed:
        parts.append(
            paragraph(
                esc(
                    translate("Report", "Won %1 (%2) · lost %3 (%4)")
                    .replace("%1", str(len(plan.won)))
                    .replace("%2", money(sum(o.value for o in plan.won)))
                    .replace("%3", str(len(plan.lost)))
                    .replace("%4", money(sum(o.value for o in plan.lost)))
                )
            )
        )
        rows = [
            [
                cell(o.title),
                cell(enum_label(o.outcome)),
                number_cell(money(o.value)),
                number_cell(format_date(o.closed_at)),
                cell(dash(o.win_loss_reason)),
            ]
            for o in sorted(closed, key=lambda o: o.closed_at)
        ]
        headers = [
            translate("Report", "Opportunity"),
            translate("Report", "Outcome"),
            translate("Report", "Value"),
            translate("Report", "Closed on"),
            translate("Report", "Reason"),
        ]
        parts.append(table(headers, rows, numeric=(2, 3), widths=(32, 10, 16, 14, 28)))
    else:
        parts.append(
            paragraph(
                esc(translate("Report", "Nothing won or lost this fiscal year yet.")), "muted"
            )
        )
    return parts


def _objectives(plan: AccountPlan) -> list[str]:
    parts = [heading(translate("Report", "Objectives and key results"))]
    if not plan.objectives:
        parts.append(
            paragraph(esc(translate("Report", "No objective set for this account.")), "muted")
        )
    for objective in plan.objectives:
        parts.append(f"<h3>{esc(objective.title)} · {esc(objective.period)}</h3>")
        summary = [
            translate("Report", "Progress %1").replace(
                "%1", dash(format_percent(objective.progress))
            ),
            translate("Report", "Status: %1").replace("%1", dash(status_label(objective.status))),
        ]
        if objective.grade is not None:
            grade = (
                translate("Report", "Grade %1")
                if objective.grade_is_final
                else translate("Report", "Grade so far %1")
            )
            summary.append(grade.replace("%1", grade_text(objective.grade)))
        if objective.strategy is not None:
            summary.append(
                translate("Report", "Strategy: %1").replace("%1", enum_label(objective.strategy))
            )
        parts.append(paragraph(esc(" · ".join(summary))))
        rows = [
            [
                cell(kr.title),
                number_cell(measure(kr.start, kr.unit)),
                number_cell(measure(kr.current, kr.unit) or "—"),
                number_cell(measure(kr.target, kr.unit)),
                number_cell(dash(format_percent(kr.progress))),
                cell(status_label(kr.status)),
                number_cell(dash(confidence_text(kr.confidence))),
            ]
            for kr in objective.key_results
        ]
        if rows:
            headers = [
                translate("Report", "Key result"),
                translate("Report", "Start"),
                translate("Report", "Current"),
                translate("Report", "Target"),
                translate("Report", "Progress"),
                translate("Report", "Status"),
                translate("Report", "Confidence"),
            ]
            parts.append(
                table(headers, rows, numeric=(1, 2, 3, 4, 6), widths=(28, 12, 12, 12, 12, 12, 12))
            )
    return parts


def _health(plan: AccountPlan, report: Report) -> list[str]:
    metrics = plan.metrics
    health = metrics.health
    parts = [heading(translate("Report", "Health"))]
    parts.append(
        paragraph(
            f'<span class="big">{score_text(health.score)}</span> / 100 &nbsp; '
            f"<b>{esc(band_label(health.band))}</b> &nbsp; "
            + esc(
                translate("Report", "as of %1; the parts without data are left out").replace(
                    "%1", format_date(plan.today)
                )
            )
        )
    )
    if health.parts:
        bars = [
            charts.ScoreBar(
                part_label(p.part),
                p.score,
                health_band(p.score).value,
                format_number(p.score),
            )
            for p in health.parts
        ]
        parts.append(report.image("health", charts.score_bars(bars), body_width() * 0.85))
        rows = [
            [
                cell(part_label(p.part)),
                cell(part_fact(p.part, metrics.facts)),
                number_cell(format_number(p.score)),
                number_cell(format_percent(p.share)),
                number_cell(format_number(p.points, 1)),
            ]
            for p in health.parts
        ]
        headers = [
            translate("Report", "Part"),
            translate("Report", "Measured"),
            translate("Report", "Score"),
            translate("Report", "Weight"),
            translate("Report", "Points"),
        ]
        parts.append(table(headers, rows, numeric=(2, 3, 4), widths=(30, 30, 13, 13, 14)))
    period = (
        translate("Report", "%1 to %2")
        .replace("%1", month_label(plan.first_month))
        .replace("%2", month_label(plan.last_month))
    )
    parts.append(subheading(translate("Report", "Revenue by month (%1)").replace("%1", period)))
    parts.append(revenue_chart(report, plan.revenue, plan.currency))
    parts.append(facts_table(_health_figures(plan)))
    return parts


def _health_figures(plan: AccountPlan) -> list[tuple[str, str]]:
    metrics, currency = plan.metrics, plan.currency
    facts = metrics.facts
    kept = plan.retention
    lines = [
        (translate("Report", "Revenue in the period"), format_money(metrics.revenue, currency, 0)),
        (
            translate("Report", "Recurring revenue of %1").replace(
                "%1", month_label(plan.last_month)
            ),
            format_money(metrics.recurring_at_end, currency, 0),
        ),
    ]
    if kept.grr is not None:  # only meaningful when it had recurring revenue at t0
        lines.append(
            (
                translate("Report", "GRR / NRR"),
                f"{format_percent(kept.grr)} / {format_percent(kept.nrr)}",
            )
        )
    plurals = ReportPlurals()
    nps = csat = translate("Report", "no response in the period")
    if facts.nps is not None:
        nps = f"{format_number(facts.nps)} ({plurals.responses(plan.nps_responses)})"
    if facts.csat is not None:
        csat = f"{format_percent(facts.csat / 100)} ({plurals.responses(plan.csat_responses)})"
    lines += [(translate("Report", "NPS"), nps), (translate("Report", "CSAT"), csat)]
    lines.append((translate("Report", "CLV"), clv_text(metrics.clv, currency)))
    return [(label, esc(value)) for label, value in lines]
