"""Portfolio settings: owner, currency, fiscal year, margin, ICP criteria, segmentation rules,
review cadences, pipeline stages. Stored in the portfolio so they travel with it."""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.analytics.cadence import (
    CADENCE_MAX_MONTHS,
    CADENCE_MIN_MONTHS,
    DEFAULT_CADENCES,
    cadences_from_json,
    cadences_to_json,
)
from kamdesk.analytics.health import DEFAULT_WEIGHTS, HealthPart, weight_problems
from kamdesk.analytics.icp import DEFAULT_CRITERIA, Criterion, validate_weights
from kamdesk.analytics.segmentation import DEFAULT_RULES, SegmentationRules
from kamdesk.model import IcpCriterion, IcpRating, PipelineStage, Setting
from kamdesk.model.enums import QT_TRANSLATE_NOOP, ReviewKind, StageOutcome, Tier
from kamdesk.services.problems import DETAIL, OUT_OF_RANGE, Problem, ValidationError
from kamdesk.store import Portfolio

# (key, English name marked elsewhere for translation, default probability, outcome)
DEFAULT_STAGES = (
    ("prospecting", "Prospecting", 10, StageOutcome.OPEN),
    ("qualification", "Qualification", 25, StageOutcome.OPEN),
    ("proposal", "Proposal", 50, StageOutcome.OPEN),
    ("negotiation", "Negotiation", 75, StageOutcome.OPEN),
    ("won", "Won", 100, StageOutcome.WON),
    ("lost", "Lost", 0, StageOutcome.LOST),
)

# Built-in stages are stored under their English name; the UI translates them through Qt,
# which the services cannot use, so the pt-BR names workbooks need live here.
BUILT_IN_STAGE_NAMES = {key: name for key, name, _probability, _outcome in DEFAULT_STAGES}
BUILT_IN_STAGE_NAMES_PT = {
    "prospecting": "Prospecção",
    "qualification": "Qualificação",
    "proposal": "Proposta",
    "negotiation": "Negociação",
    "won": "Ganha",
    "lost": "Perdida",
}


# The UI shows the routine and the tier by their translated labels.
CADENCE_MONTHS = QT_TRANSLATE_NOOP(
    "Problem",
    "The {routine} cadence of tier {tier} must be a whole number of months from 1 to 24; "
    "got {value}.",
)
UNKNOWN_CADENCE = QT_TRANSLATE_NOOP("Problem", "“{value}” is not a tier or a review routine.")
# The UI shows the part by its translated name.
NEGATIVE_HEALTH_WEIGHT = QT_TRANSLATE_NOOP(
    "Problem", "The weight of {part} in the health score cannot be negative; got {value}."
)
NO_HEALTH_WEIGHT = QT_TRANSLATE_NOOP(
    "Problem", "Give at least one part of the health score a weight above zero."
)
UNKNOWN_HEALTH_PART = QT_TRANSLATE_NOOP(
    "Problem", "“{value}” is not a part of the health score or not a number."
)


def default_cadences() -> dict[Tier | None, dict[ReviewKind, int]]:
    """A fresh copy of the method's cadences by tier (see :mod:`kamdesk.analytics.cadence`)."""
    return {tier: dict(cadence) for tier, cadence in DEFAULT_CADENCES.items()}


def cadence_problems(cadences: object) -> list[Problem]:
    """Every tier → routine → months entry that is not a known tier, a known routine and a
    whole number of months 1–24 (a routine left out of a tier is simply not scheduled)."""
    if not isinstance(cadences, Mapping):
        return [Problem("cadences", UNKNOWN_CADENCE, {"value": cadences})]
    found = []
    for tier, cadence in cadences.items():
        if tier is not None and not isinstance(tier, Tier):
            found.append(Problem("cadences", UNKNOWN_CADENCE, {"value": tier}))
            continue
        if not isinstance(cadence, Mapping):
            found.append(Problem("cadences", UNKNOWN_CADENCE, {"value": cadence}))
            continue
        for routine, months in cadence.items():
            if not isinstance(routine, ReviewKind):
                found.append(Problem("cadences", UNKNOWN_CADENCE, {"value": routine}))
            elif (
                isinstance(months, bool)
                or not isinstance(months, int)
                or not CADENCE_MIN_MONTHS <= months <= CADENCE_MAX_MONTHS
            ):
                args = {"tier": tier, "routine": routine, "value": months}
                found.append(Problem("cadences", CADENCE_MONTHS, args))
    return found


def default_health_weights() -> dict[HealthPart, float]:
    """A fresh copy of the documented blend (see :mod:`kamdesk.analytics.health`)."""
    return dict(DEFAULT_WEIGHTS)


def health_weights_to_json(weights: Mapping[HealthPart, float]) -> dict[str, float]:
    return {part.value: weight for part, weight in weights.items()}


def health_weights_from_json(value: object) -> dict[HealthPart, float]:
    """Reads :func:`health_weights_to_json`'s form back, leniently: a part missing (a portfolio
    older than that part) or unreadable keeps its default weight; anything but a mapping gives
    the defaults."""
    weights = default_health_weights()
    if not isinstance(value, Mapping):
        return weights
    for part in HealthPart:
        weight = value.get(part.value)
        if _is_weight(weight) and weight >= 0:
            weights[part] = float(weight)
    return weights


def _is_weight(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def health_weight_problems(weights: object) -> list[Problem]:
    """Every part that is unknown or not a number, every negative weight, or all weights zero
    (:func:`kamdesk.analytics.health.weight_problems` decides the last two)."""
    if not isinstance(weights, Mapping):
        return [Problem("health_weights", UNKNOWN_HEALTH_PART, {"value": weights})]
    unknown = [
        Problem("health_weights", UNKNOWN_HEALTH_PART, {"value": part})
        for part, weight in weights.items()
        if not isinstance(part, HealthPart) or not _is_weight(weight)
    ]
    if unknown or not weight_problems(weights):
        return unknown
    found = [
        Problem("health_weights", NEGATIVE_HEALTH_WEIGHT, {"part": part, "value": weight})
        for part, weight in weights.items()
        if weight < 0
    ]
    if sum(weights.values()) <= 0:
        found.append(Problem("health_weights", NO_HEALTH_WEIGHT))
    return found


@dataclass(frozen=True)
class IcpCriterionSetting:
    """A criterion as the preferences edit it; ``id`` None = new."""

    id: int | None
    key: str | None
    name: str
    weight: float

    def as_criterion(self) -> Criterion:
        return Criterion(key=self.criterion_key, name=self.name, weight=self.weight)

    @property
    def criterion_key(self) -> str:
        return self.key or f"criterion-{self.id}"


@dataclass(frozen=True)
class PortfolioSettings:
    owner_name: str = ""
    currency: str = "BRL"
    fiscal_year_start: int = 1  # month 1–12
    gross_margin: Decimal = Decimal("0.30")  # for CLV
    stale_contact_days: int = 90
    segmentation: SegmentationRules = DEFAULT_RULES
    icp_criteria: tuple[IcpCriterionSetting, ...] = field(default_factory=tuple)
    # Tier (None: no tier) → routine → months between reviews; a routine missing from a tier
    # is not scheduled for it.
    cadences: dict[Tier | None, dict[ReviewKind, int]] = field(default_factory=default_cadences)
    # Part → weight in the account health blend; a part at 0 is left out of the score.
    health_weights: dict[HealthPart, float] = field(default_factory=default_health_weights)

    def with_changes(self, **changes) -> PortfolioSettings:
        return replace(self, **changes)

    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c.as_criterion() for c in self.icp_criteria)

    def problems(self) -> list[Problem]:
        found = []
        if not 1 <= self.fiscal_year_start <= 12:
            found.append(
                Problem(
                    "fiscal_year_start",
                    OUT_OF_RANGE,
                    {"low": 1, "high": 12, "value": self.fiscal_year_start},
                )
            )
        if not Decimal(0) <= self.gross_margin <= Decimal(1):
            found.append(
                Problem(
                    "gross_margin",
                    OUT_OF_RANGE,
                    {"low": "0%", "high": "100%", "value": self.gross_margin},
                )
            )
        found += [
            Problem("icp_criteria", DETAIL, {"detail": message})
            for message in validate_weights(self.criteria())
        ]
        found += [
            Problem("segmentation", DETAIL, {"detail": message})
            for message in self.segmentation.problems()
        ]
        found += cadence_problems(self.cadences)
        found += health_weight_problems(self.health_weights)
        return found


SCALAR_KEYS = ("owner_name", "currency", "fiscal_year_start", "stale_contact_days")
PORTFOLIO_ID = "portfolio_id"  # a random id, so an exported workbook knows where it came from


def seed_defaults(session: Session) -> None:
    """Fills a new portfolio with the default criteria, stages and settings."""
    if session.scalar(select(IcpCriterion.id).limit(1)) is None:
        for position, criterion in enumerate(DEFAULT_CRITERIA):
            session.add(
                IcpCriterion(
                    key=criterion.key,
                    name=criterion.name,
                    weight=criterion.weight,
                    position=position,
                )
            )
    if session.scalar(select(PipelineStage.id).limit(1)) is None:
        for position, (key, name, probability, outcome) in enumerate(DEFAULT_STAGES):
            session.add(
                PipelineStage(
                    key=key, name=name, position=position, probability=probability, outcome=outcome
                )
            )
    portfolio_identity(session, create=True)


def portfolio_identity(session: Session, create: bool = False) -> str | None:
    """The portfolio's own id: its exports carry it, so that importing one into another
    portfolio matches rows by name rather than by ids that mean other records there."""
    setting = session.get(Setting, PORTFOLIO_ID)
    if setting is None and create:
        setting = Setting(key=PORTFOLIO_ID, value=uuid.uuid4().hex)
        session.add(setting)
    return None if setting is None else str(setting.value)


def renew_portfolio_identity(session: Session) -> str:
    session.merge(Setting(key=PORTFOLIO_ID, value=uuid.uuid4().hex))
    return portfolio_identity(session)


def read_settings(session: Session) -> PortfolioSettings:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    defaults = PortfolioSettings()
    criteria = tuple(
        IcpCriterionSetting(c.id, c.key, c.name, c.weight)
        for c in session.scalars(select(IcpCriterion).order_by(IcpCriterion.position))
    )
    return PortfolioSettings(
        owner_name=str(stored.get("owner_name", defaults.owner_name)),
        currency=str(stored.get("currency", defaults.currency)),
        fiscal_year_start=int(stored.get("fiscal_year_start", defaults.fiscal_year_start)),
        gross_margin=Decimal(str(stored.get("gross_margin", defaults.gross_margin))),
        stale_contact_days=int(stored.get("stale_contact_days", defaults.stale_contact_days)),
        segmentation=SegmentationRules.from_dict(stored.get("segmentation") or {}),
        icp_criteria=criteria,
        # Absent in portfolios older than the cadence engine: the defaults then.
        cadences=cadences_from_json(stored.get("cadences")),
        # Absent in portfolios older than the health score: the documented blend then.
        health_weights=health_weights_from_json(stored.get("health_weights")),
    )


def _write_criteria(session: Session, criteria: tuple[IcpCriterionSetting, ...]) -> None:
    kept = {c.id for c in criteria if c.id is not None}
    # Removing a criterion removes its ratings too (cascade); undo restores the whole settings.
    session.execute(delete(IcpCriterion).where(IcpCriterion.id.not_in(kept)))
    for position, c in enumerate(criteria):
        row = session.get(IcpCriterion, c.id) if c.id is not None else None
        if row is None:
            row = IcpCriterion(id=c.id, key=c.key)
            session.add(row)
        row.name, row.weight, row.position = c.name, c.weight, position


class SettingsService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def load(self) -> PortfolioSettings:
        with self.portfolio.session() as session:
            return read_settings(session)

    def save(self, settings: PortfolioSettings) -> PortfolioSettings:
        """Validates and stores ``settings``; returns them as stored (new criteria get ids)."""
        problems = settings.problems()
        if problems:
            raise ValidationError(problems)
        values = {key: getattr(settings, key) for key in SCALAR_KEYS}
        values["gross_margin"] = str(settings.gross_margin)
        values["segmentation"] = settings.segmentation.to_dict()
        values["cadences"] = cadences_to_json(settings.cadences)
        values["health_weights"] = health_weights_to_json(settings.health_weights)
        with self.portfolio.session() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=value))
            _write_criteria(session, settings.icp_criteria)
            session.flush()
            return read_settings(session)

    def rating_counts(self) -> dict[int, int]:
        """How many accounts rate each criterion (by criterion id), to warn before removal."""
        with self.portfolio.session() as session:
            query = select(IcpRating.criterion_id, func.count()).group_by(IcpRating.criterion_id)
            return dict(session.execute(query).all())

    def stages(self) -> list[PipelineStage]:
        with self.portfolio.session() as session:
            return list(session.scalars(select(PipelineStage).order_by(PipelineStage.position)))


SETTINGS_TABLES = (Setting.__table__, IcpCriterion.__table__, IcpRating.__table__)


def _settings_rows(session: Session) -> dict[str, list[dict]]:
    return {t.name: [dict(r._mapping) for r in session.execute(select(t))] for t in SETTINGS_TABLES}


class SettingsSnapshot:
    """The settings tables as they were, so a change of criteria can be undone with its ratings."""

    def __init__(self, rows: dict[str, list[dict]]):
        self.rows = rows


def take_settings_snapshot(portfolio: Portfolio) -> SettingsSnapshot:
    with portfolio.session() as session:
        return SettingsSnapshot(_settings_rows(session))


def restore_settings_snapshot(portfolio: Portfolio, snapshot: SettingsSnapshot) -> None:
    with portfolio.session() as session:
        for table in reversed(SETTINGS_TABLES):
            session.execute(table.delete())
        for table in SETTINGS_TABLES:
            if snapshot.rows.get(table.name):
                session.execute(table.insert(), snapshot.rows[table.name])
