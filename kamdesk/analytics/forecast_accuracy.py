"""How right the forecast was: accuracy per period and forecast call, and MAPE over periods.

    accuracy = 1 − |won − forecast| ÷ won          (DESIGN §3)
    MAPE     = mean over periods of |won − forecast| ÷ won   (= mean of 1 − accuracy)

``won`` is what was actually won in the period; ``forecast`` comes from the snapshot taken
**before the period began** (its lines for the months of the period). A forecast category
is a call the KAM makes, and calls include what is surer than them, as CRMs roll them up:

    commit    = closed won + commit
    best case = closed won + commit + best case
    pipeline  = closed won + commit + best case + pipeline
    weighted  = Σ weighted amounts of every line

Accuracy is at most 1 (a perfect call) and has no lower bound: a forecast of three times what
was won scores −1. With nothing won the ratio is undefined: accuracy is None and the period
says why (:class:`AccuracyGap`); MAPE leaves out every period with a gap, including one that
is not over yet.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.analytics.deals import ZERO
from kamdesk.analytics.forecast import SnapshotLine
from kamdesk.analytics.periods import Period, PeriodKind, parse_period
from kamdesk.model.enums import QT_TRANSLATE_NOOP, ForecastCategory

C = ForecastCategory


class ForecastBasis(enum.StrEnum):
    COMMIT = "commit"
    BEST_CASE = "best_case"
    PIPELINE = "pipeline"
    WEIGHTED = "weighted"


# The snapshot categories each call adds up (WEIGHTED adds weighted amounts instead).
BASIS_CATEGORIES = {
    ForecastBasis.COMMIT: frozenset({C.CLOSED, C.COMMIT}),
    ForecastBasis.BEST_CASE: frozenset({C.CLOSED, C.COMMIT, C.BEST_CASE}),
    ForecastBasis.PIPELINE: frozenset({C.CLOSED, C.COMMIT, C.BEST_CASE, C.PIPELINE}),
    ForecastBasis.WEIGHTED: frozenset({C.CLOSED, C.COMMIT, C.BEST_CASE, C.PIPELINE}),
}
BASIS_LABELS = {
    ForecastBasis.COMMIT: QT_TRANSLATE_NOOP("ForecastBasis", "Commit"),
    ForecastBasis.BEST_CASE: QT_TRANSLATE_NOOP("ForecastBasis", "Best case"),
    ForecastBasis.PIPELINE: QT_TRANSLATE_NOOP("ForecastBasis", "Pipeline"),
    ForecastBasis.WEIGHTED: QT_TRANSLATE_NOOP("ForecastBasis", "Weighted"),
}


class AccuracyGap(enum.StrEnum):
    """Why a period has no accuracy (or one MAPE must not count)."""

    NO_SNAPSHOT = "no_snapshot"  # no snapshot was taken before the period began
    IN_PROGRESS = "in_progress"  # the period is not over yet
    NOTHING_WON = "nothing_won"  # won = 0: the ratio is undefined


GAP_TEMPLATES = {
    AccuracyGap.NO_SNAPSHOT: QT_TRANSLATE_NOOP(
        "ForecastAccuracy", "No forecast snapshot was taken before {period} began."
    ),
    AccuracyGap.IN_PROGRESS: QT_TRANSLATE_NOOP("ForecastAccuracy", "{period} is not over yet."),
    AccuracyGap.NOTHING_WON: QT_TRANSLATE_NOOP(
        "ForecastAccuracy", "Nothing was won in {period}, so accuracy cannot be measured."
    ),
}


def forecast_accuracy(forecast: Decimal, won: Decimal) -> float | None:
    """Accuracy = 1 − |won − forecast| ÷ won; None when won is 0 (or less)."""
    if won <= 0:
        return None
    return float(1 - abs(won - forecast) / won)


def forecast_calls(lines: Iterable[SnapshotLine]) -> dict[ForecastBasis, Decimal]:
    """What each call forecast, from snapshot lines (see the module doc)."""
    lines = list(lines)
    calls = {
        basis: sum((line.amount for line in lines if line.category in categories), ZERO)
        for basis, categories in BASIS_CATEGORIES.items()
        if basis is not ForecastBasis.WEIGHTED
    }
    calls[ForecastBasis.WEIGHTED] = sum(
        (
            line.weighted_amount
            for line in lines
            if line.category in BASIS_CATEGORIES[ForecastBasis.WEIGHTED]
        ),
        ZERO,
    )
    return {basis: calls[basis] for basis in ForecastBasis}


@dataclass(frozen=True)
class PeriodAccuracy:
    """The forecast calls of one period against what was won.

    ``forecasts`` is empty without a snapshot; ``accuracies`` has every basis (None when it
    cannot be measured); ``gap`` says why, or is None when the period counts for MAPE."""

    period: Period
    won: Decimal
    snapshot_taken: dt.date | None
    forecasts: Mapping[ForecastBasis, Decimal] = field(default_factory=dict)
    accuracies: Mapping[ForecastBasis, float | None] = field(default_factory=dict)
    gap: AccuracyGap | None = None

    def gap_text(self, translate=lambda template: template) -> str:
        if self.gap is None:
            return ""
        return translate(GAP_TEMPLATES[self.gap]).format(period=self.period.name)


def lines_of_period(period: Period, lines: Iterable[SnapshotLine]) -> list[SnapshotLine]:
    """The lines about months of ``period`` (snapshots keep months; a line naming anything
    else, or nothing readable, is left out)."""
    inside: dict[str, bool] = {}
    kept = []
    for line in lines:
        if line.period not in inside:
            inside[line.period] = _is_month_of(line.period, period)
        if inside[line.period]:
            kept.append(line)
    return kept


def _is_month_of(name: str, period: Period) -> bool:
    try:
        month = parse_period(name, period.fiscal_year_start)
    except ValueError:
        return False
    return month.kind is PeriodKind.MONTH and month in period


def period_accuracy(
    period: Period,
    lines: Iterable[SnapshotLine] | None,
    won: Decimal,
    snapshot_taken: dt.date | None = None,
    over: bool = True,
) -> PeriodAccuracy:
    """Accuracy of every call for ``period``. ``lines``: the lines of the snapshot taken
    before the period began (any months: those of the period are picked), None when there
    was no such snapshot; ``won``: the value actually won in the period; ``over``: False while
    the period is still running (its figures are shown, MAPE skips it)."""
    if lines is None:
        return PeriodAccuracy(
            period, won, None, accuracies=dict.fromkeys(ForecastBasis), gap=AccuracyGap.NO_SNAPSHOT
        )
    forecasts = forecast_calls(lines_of_period(period, lines))
    accuracies = {basis: forecast_accuracy(amount, won) for basis, amount in forecasts.items()}
    gap = None
    if not over:
        gap = AccuracyGap.IN_PROGRESS
    elif won <= 0:
        gap = AccuracyGap.NOTHING_WON
    return PeriodAccuracy(period, won, snapshot_taken, forecasts, accuracies, gap)


def mape(results: Iterable[PeriodAccuracy], basis: ForecastBasis) -> float | None:
    """MAPE = mean of |won − forecast| ÷ won over the periods without a gap; None when none."""
    errors = [float(abs(r.won - r.forecasts[basis]) / r.won) for r in results if r.gap is None]
    return sum(errors) / len(errors) if errors else None
