"""Portfolio settings: defaults, validation, criteria changes and their undo snapshot."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from kamdesk.analytics.cadence import DEFAULT_CADENCES
from kamdesk.analytics.health import DEFAULT_WEIGHTS, HealthPart
from kamdesk.analytics.segmentation import TierRule
from kamdesk.model import Setting
from kamdesk.model.enums import ReviewKind, Tier
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.health.metrics import MetricsService
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.problems import ValidationError
from kamdesk.services.settings import (
    CADENCE_MONTHS,
    NEGATIVE_HEALTH_WEIGHT,
    NO_HEALTH_WEIGHT,
    UNKNOWN_CADENCE,
    UNKNOWN_HEALTH_PART,
    SettingsService,
    restore_settings_snapshot,
    take_settings_snapshot,
)


def test_new_portfolio_has_default_criteria_and_stages(portfolio):
    service = SettingsService(portfolio)
    settings = service.load()
    assert [c.key for c in settings.icp_criteria] == [
        "business_volume",
        "company_size",
        "sector_fit",
        "growth_potential",
        "market_influence",
        "offer_fit",
    ]
    assert sum(c.weight for c in settings.icp_criteria) == 100
    assert [s.key for s in service.stages()][-2:] == ["won", "lost"]
    assert settings.currency == "BRL" and settings.fiscal_year_start == 1


def test_saved_settings_survive_reopening(portfolio, portfolio_path):
    service = SettingsService(portfolio)
    settings = service.load().with_changes(
        owner_name="Ana", fiscal_year_start=4, gross_margin=Decimal("0.42")
    )
    service.save(settings)
    portfolio.close()
    reopened = open_portfolio(portfolio_path)
    try:
        loaded = SettingsService(reopened).load()
        assert (loaded.owner_name, loaded.fiscal_year_start, loaded.gross_margin) == (
            "Ana",
            4,
            Decimal("0.42"),
        )
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"fiscal_year_start": 13}, "fiscal_year_start"),
        ({"gross_margin": Decimal("1.5")}, "gross_margin"),
    ],
)
def test_invalid_settings_are_refused(portfolio, changes, field):
    service = SettingsService(portfolio)
    before = service.load()
    with pytest.raises(ValidationError) as error:
        service.save(before.with_changes(**changes))
    assert field in {p.field for p in error.value.problems}
    assert service.load() == before


def test_zero_weights_and_inverted_tiers_are_refused(portfolio):
    service = SettingsService(portfolio)
    before = service.load()
    zero = tuple(replace(c, weight=0) for c in before.icp_criteria)
    with pytest.raises(ValidationError):
        service.save(before.with_changes(icp_criteria=zero))
    inverted = replace(
        before.segmentation, rules=(TierRule("A", min_icp=50), TierRule("B", min_icp=80))
    )
    with pytest.raises(ValidationError):
        service.save(before.with_changes(segmentation=inverted))
    assert service.load() == before


def test_removing_a_criterion_removes_its_ratings_and_the_snapshot_restores_them(portfolio):
    accounts, service = AccountService(portfolio), SettingsService(portfolio)
    account_id = accounts.create(
        AccountData(name="Conta", icp_ratings={"offer_fit": 5, "sector_fit": 2})
    )
    snapshot = take_settings_snapshot(portfolio)
    settings = service.load()
    kept = tuple(c for c in settings.icp_criteria if c.key != "offer_fit")
    service.save(settings.with_changes(icp_criteria=kept))
    assert accounts.get(account_id).icp_ratings == {"sector_fit": 2}
    restore_settings_snapshot(portfolio, snapshot)
    assert accounts.get(account_id).icp_ratings == {"offer_fit": 5, "sector_fit": 2}
    assert service.load() == settings


# -- review cadences -------------------------------------------------------------------------


def test_a_new_portfolio_has_the_default_cadences(portfolio):
    assert SettingsService(portfolio).load().cadences == {
        tier: dict(cadence) for tier, cadence in DEFAULT_CADENCES.items()
    }


def test_cadences_survive_reopening_as_json(portfolio, portfolio_path):
    service = SettingsService(portfolio)
    cadences = {
        None: {ReviewKind.RISK: 2},
        Tier.A: {ReviewKind.RISK: 1, ReviewKind.PLANNING: 12},
        Tier.D: {},  # nothing scheduled for tier D
    }
    service.save(service.load().with_changes(cadences=cadences))
    with portfolio.session() as session:
        stored = session.get(Setting, "cadences").value
    assert stored == {"": {"risk": 2}, "A": {"risk": 1, "planning": 12}, "D": {}}
    portfolio.close()
    reopened = open_portfolio(portfolio_path)
    try:
        assert SettingsService(reopened).load().cadences == cadences
    finally:
        reopened.close()


def test_a_portfolio_without_stored_cadences_reads_the_defaults(portfolio):
    service = SettingsService(portfolio)
    service.save(service.load().with_changes(cadences={Tier.A: {ReviewKind.RISK: 1}}))
    with portfolio.session() as session:
        session.delete(session.get(Setting, "cadences"))
    assert service.load().cadences == {t: dict(c) for t, c in DEFAULT_CADENCES.items()}


@pytest.mark.parametrize("months", [0, 25, -3, 1.5, "3", None, True])
def test_cadences_outside_1_to_24_whole_months_are_refused(portfolio, months):
    service = SettingsService(portfolio)
    before = service.load()
    cadences = {**before.cadences, Tier.B: {ReviewKind.PIPELINE: months}}
    with pytest.raises(ValidationError) as error:
        service.save(before.with_changes(cadences=cadences))
    [problem] = error.value.problems
    assert problem.field == "cadences" and problem.template == CADENCE_MONTHS
    assert problem.args == {"tier": Tier.B, "routine": ReviewKind.PIPELINE, "value": months}
    assert service.load() == before


@pytest.mark.parametrize(
    "cadences",
    [{"A": {ReviewKind.RISK: 3}}, {Tier.A: {"risk": 3}}, {Tier.A: 3}, "monthly"],
)
def test_cadences_with_unknown_tiers_or_routines_are_refused(portfolio, cadences):
    service = SettingsService(portfolio)
    before = service.load()
    with pytest.raises(ValidationError) as error:
        service.save(before.with_changes(cadences=cadences))
    assert {p.template for p in error.value.problems} == {UNKNOWN_CADENCE}
    assert service.load() == before


def test_the_settings_snapshot_restores_the_cadences(portfolio):
    service = SettingsService(portfolio)
    settings = service.load()
    snapshot = take_settings_snapshot(portfolio)
    service.save(settings.with_changes(cadences={Tier.A: {ReviewKind.RISK: 6}}))
    restore_settings_snapshot(portfolio, snapshot)
    assert service.load() == settings


# -- health weights --------------------------------------------------------------------------


def test_a_new_portfolio_has_the_documented_health_weights(portfolio):
    assert SettingsService(portfolio).load().health_weights == dict(DEFAULT_WEIGHTS)


def test_health_weights_survive_reopening_as_json(portfolio, portfolio_path):
    service = SettingsService(portfolio)
    weights = {**DEFAULT_WEIGHTS, HealthPart.NPS: 40, HealthPart.OKR_PACE: 0}
    service.save(service.load().with_changes(health_weights=weights))
    with portfolio.session() as session:
        stored = session.get(Setting, "health_weights").value
    assert stored["nps"] == 40 and stored["okr_pace"] == 0 and len(stored) == len(HealthPart)
    portfolio.close()
    reopened = open_portfolio(portfolio_path)
    try:
        assert SettingsService(reopened).load().health_weights == weights
    finally:
        reopened.close()


@pytest.mark.parametrize(
    "stored",
    [None, "heavy", {"nps": 30}, {"nps": 30, "csat": -1, "resistance": "x", "bogus": 9}],
)
def test_health_weights_absent_or_partly_unreadable_fall_back_to_the_defaults(portfolio, stored):
    service = SettingsService(portfolio)
    with portfolio.session() as session:
        if stored is not None:
            session.merge(Setting(key="health_weights", value=stored))
    expected = dict(DEFAULT_WEIGHTS)
    if isinstance(stored, dict):
        expected[HealthPart.NPS] = 30
    assert service.load().health_weights == expected


@pytest.mark.parametrize(
    ("weights", "templates"),
    [
        (dict.fromkeys(HealthPart, 0), [NO_HEALTH_WEIGHT]),
        ({**DEFAULT_WEIGHTS, HealthPart.CSAT: -5}, [NEGATIVE_HEALTH_WEIGHT]),
        ({**DEFAULT_WEIGHTS, "loyalty": 10}, [UNKNOWN_HEALTH_PART]),
        ({**DEFAULT_WEIGHTS, HealthPart.NPS: float("nan")}, [UNKNOWN_HEALTH_PART]),
    ],
)
def test_bad_health_weights_are_refused_and_nothing_is_saved(portfolio, weights, templates):
    service = SettingsService(portfolio)
    before = service.load()
    with pytest.raises(ValidationError) as error:
        service.save(before.with_changes(health_weights=weights))
    assert [p.template for p in error.value.problems] == templates
    assert {p.field for p in error.value.problems} == {"health_weights"}
    assert service.load() == before


def test_account_health_follows_the_saved_weights_unless_weights_are_given(portfolio):
    accounts, service = AccountService(portfolio), SettingsService(portfolio)
    accounts.create(AccountData(name="Conta"))  # no data: only open risk and reviews score 100
    today = dt.date(2026, 11, 25)

    def parts() -> dict:
        [metrics] = MetricsService(portfolio).account_metrics(today)
        return {p.part: p.weight for p in metrics.health.parts}

    assert parts() == {HealthPart.OPEN_RISK: 15, HealthPart.OVERDUE_REVIEWS: 5}
    weights = {**DEFAULT_WEIGHTS, HealthPart.OPEN_RISK: 30, HealthPart.OVERDUE_REVIEWS: 0}
    service.save(service.load().with_changes(health_weights=weights))
    assert parts() == {HealthPart.OPEN_RISK: 30}
    [given] = MetricsService(portfolio).account_metrics(today, weights=DEFAULT_WEIGHTS)
    assert {p.part for p in given.health.parts} == {
        HealthPart.OPEN_RISK,
        HealthPart.OVERDUE_REVIEWS,
    }
