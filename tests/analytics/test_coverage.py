"""Sponsor coverage, resistance, map measures and gap alerts, against hand-built accounts."""

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kamdesk.analytics.coverage as coverage_module
from kamdesk.analytics.coverage import (
    ALERT_SEVERITY,
    ALERT_TEMPLATES,
    Alert,
    AlertKind,
    Area,
    Coverage,
    MapMeasures,
    Person,
    Severity,
    TrendPoint,
    gap_alerts,
    resistance,
    sponsor_coverage,
    trend,
)
from kamdesk.model.enums import BuyingRole, Stance

TODAY = dt.date(2027, 3, 31)

# Company 1 → business unit 2 → directorates 3 and 4; area 5 under directorate 3.
# Targets: 1, 2, 3, 4 (not 5).
AREAS = [
    Area(1, "Acme", None, is_target=True),
    Area(2, "Retail", 1, is_target=True),
    Area(3, "Finance", 2, is_target=True),
    Area(4, "Operations", 2, is_target=True),
    Area(5, "Treasury", 3, is_target=False),
]


def person(
    id,
    stance=Stance.NEUTRAL,
    influence=3,
    unit=None,
    role=None,
    last_contact=TODAY,
    name=None,
) -> Person:
    return Person(id, name or f"Person {id}", unit, stance, influence, role, last_contact)


def test_person_rejects_influence_outside_1_to_5():
    for bad in (0, 6, True, 2.5):
        with pytest.raises(ValueError, match="influence"):
            person(1, influence=bad)


# -- sponsor coverage ------------------------------------------------------------------


def test_a_sponsor_covers_only_their_own_target_area():
    people = [
        person(1, Stance.SPONSOR, unit=3),  # covers Finance, not Retail or Acme above it
        person(2, Stance.ALLY, unit=4),  # an ally is not a sponsor
        person(3, Stance.SPONSOR, unit=3),  # a second sponsor adds nothing
    ]
    result = sponsor_coverage(people, AREAS)
    assert result == Coverage(covered=(3,), uncovered=(1, 2, 4))
    assert result.targets == 4
    assert result.ratio == pytest.approx(1 / 4)  # 1 covered ÷ 4 targets


def test_count_sub_areas_lets_a_sponsor_cover_every_area_above_them():
    people = [person(1, Stance.SPONSOR, unit=5)]  # Treasury → Finance → Retail → Acme
    result = sponsor_coverage(people, AREAS, count_sub_areas=True)
    assert result.covered == (1, 2, 3)
    assert result.uncovered == (4,)
    assert result.ratio == pytest.approx(3 / 4)


def test_count_sub_areas_survives_a_loop_in_the_areas():
    areas = [Area(1, "A", 2, True), Area(2, "B", 1, True), Area(3, "C", None, True)]
    result = sponsor_coverage([person(1, Stance.SPONSOR, unit=1)], areas, count_sub_areas=True)
    assert (result.covered, result.uncovered) == ((1, 2), (3,))


def test_sponsors_without_an_area_or_in_an_unknown_area_cover_nothing():
    people = [person(1, Stance.SPONSOR, unit=None), person(2, Stance.SPONSOR, unit=99)]
    result = sponsor_coverage(people, AREAS)
    assert result.covered == ()
    assert result.ratio == 0


def test_coverage_is_none_without_target_areas():
    areas = [Area(1, "Acme"), Area(2, "Retail", 1)]
    result = sponsor_coverage([person(1, Stance.SPONSOR, unit=1)], areas)
    assert result == Coverage((), ())
    assert result.ratio is None
    assert sponsor_coverage([], []).ratio is None


def test_every_target_is_covered_when_each_has_a_sponsor():
    people = [person(i, Stance.SPONSOR, unit=i) for i in (1, 2, 3, 4)]
    assert sponsor_coverage(people, AREAS).ratio == 1


# -- resistance ------------------------------------------------------------------------


def test_resistance_weights_stances_by_influence():
    people = [
        person(1, Stance.SPONSOR, 5),
        person(2, Stance.NEUTRAL, 2),
        person(3, Stance.RESISTANT, 3),
        person(4, Stance.OPPONENT, 4),
        person(5, Stance.ALLY, 1),
    ]  # against: 3 + 4 = 7; all: 5 + 2 + 3 + 4 + 1 = 15 → 7 / 15
    assert resistance(people) == pytest.approx(7 / 15)


def test_resistance_is_zero_without_opposition_and_none_without_people():
    assert resistance([person(1, Stance.SPONSOR, 5)]) == 0
    assert resistance([]) is None
    assert resistance([person(1, Stance.OPPONENT, 1)]) == 1


@given(
    st.lists(st.tuples(st.sampled_from(list(Stance)), st.integers(1, 5)), min_size=1, max_size=30)
)
def test_resistance_is_a_fraction(pairs):
    people = [person(i, stance, influence) for i, (stance, influence) in enumerate(pairs)]
    assert 0 <= resistance(people) <= 1


# -- measures for the review and their trend -------------------------------------------


def test_map_measures_match_what_the_demo_writes():
    people = [
        person(1, Stance.SPONSOR, 4, unit=1),
        person(2, Stance.SPONSOR, 2, unit=2),
        person(3, Stance.RESISTANT, 1, unit=3),
    ]  # coverage 2 / 4 = 0.5; resistance 1 / (4 + 2 + 1) = 0.142857… → 0.14
    measures = MapMeasures.of(people, AREAS)
    assert measures.sponsor_coverage == pytest.approx(0.5)
    assert measures.resistance == pytest.approx(1 / 7)
    assert measures.to_json() == {"sponsor_coverage": 0.5, "resistance": 0.14}


def test_map_measures_write_null_when_a_figure_cannot_be_computed():
    assert MapMeasures.of([], []).to_json() == {"sponsor_coverage": None, "resistance": None}


def test_map_measures_read_back_what_they_wrote_and_ignore_junk():
    assert MapMeasures.from_json({"sponsor_coverage": 0.75, "resistance": 0}) == MapMeasures(
        0.75, 0.0
    )
    assert MapMeasures.from_json(None) == MapMeasures(None, None)
    assert MapMeasures.from_json({"sponsor_coverage": "high", "resistance": True}) == (
        MapMeasures(None, None)
    )
    assert MapMeasures.from_json({"resistance": float("nan")}) == MapMeasures(None, None)


def test_trend_sorts_by_date_and_skips_reviews_without_measures():
    reviews = [
        (dt.date(2027, 3, 1), {"sponsor_coverage": 0.75, "resistance": 0.2}),
        (dt.date(2027, 1, 1), {"sponsor_coverage": 0.5, "resistance": 0.3}),
        (dt.date(2027, 2, 1), None),  # a review that measured nothing
        (dt.date(2027, 2, 15), {}),
        (dt.date(2027, 2, 20), {"resistance": 0.25}),  # only one of the two
    ]
    assert trend(reviews) == [
        TrendPoint(dt.date(2027, 1, 1), 0.5, 0.3),
        TrendPoint(dt.date(2027, 2, 20), None, 0.25),
        TrendPoint(dt.date(2027, 3, 1), 0.75, 0.2),
    ]
    assert trend([]) == []


# -- gap alerts ------------------------------------------------------------------------


def kinds(alerts: list[Alert]) -> list[AlertKind]:
    return [a.kind for a in alerts]


def test_a_healthy_account_has_no_alerts():
    people = [
        person(1, Stance.SPONSOR, 5, unit=1, role=BuyingRole.DECISION_MAKER),
        person(2, Stance.SPONSOR, 4, unit=2, role=BuyingRole.ECONOMIC_BUYER),
        person(3, Stance.SPONSOR, 3, unit=3),
        person(4, Stance.SPONSOR, 3, unit=4),
        person(5, Stance.OPPONENT, 3, unit=4),  # influence 3 < 4: not high
    ]
    assert gap_alerts(people, AREAS, TODAY, stale_after_days=60) == []


def test_gap_alerts_list_every_gap_by_severity_then_name():
    people = [
        person(1, Stance.SPONSOR, 5, unit=3, name="Zélia", last_contact=dt.date(2027, 1, 1)),
        person(2, Stance.OPPONENT, 4, unit=4, name="Bruno", role=BuyingRole.DECISION_MAKER),
        person(3, Stance.RESISTANT, 5, unit=2, name="ana", last_contact=None),
        person(4, Stance.NEUTRAL, 5, unit=2, name="Carla"),
    ]
    alerts = gap_alerts(people, AREAS, TODAY, stale_after_days=60)
    # Zélia: 31 Mar − 1 Jan = 89 days > 60 → stale. Economic buyer: nobody.
    summary = [(a.severity, a.kind, a.person_id or a.area_id, a.text()) for a in alerts]
    assert summary == [
        (Severity.HIGH, AlertKind.INFLUENTIAL_AGAINST_US, 3, "ana (influence 5) is against us."),
        (Severity.HIGH, AlertKind.INFLUENTIAL_AGAINST_US, 2, "Bruno (influence 4) is against us."),
        (Severity.MEDIUM, AlertKind.NO_ECONOMIC_BUYER, None, "No economic buyer identified."),
        (
            Severity.MEDIUM,
            AlertKind.UNCOVERED_TARGET_AREA,
            1,
            "No sponsor in the target area “Acme”.",
        ),
        (
            Severity.MEDIUM,
            AlertKind.UNCOVERED_TARGET_AREA,
            4,
            "No sponsor in the target area “Operations”.",
        ),
        (
            Severity.MEDIUM,
            AlertKind.UNCOVERED_TARGET_AREA,
            2,
            "No sponsor in the target area “Retail”.",
        ),
        (Severity.LOW, AlertKind.NEVER_CONTACTED, 3, "ana has never been contacted."),
        (Severity.LOW, AlertKind.STALE_CONTACT, 1, "No contact with Zélia for 89 days."),
    ]
    assert alerts[1].args["stance"] == "opponent"
    assert alerts[-1].args["last_contact"] == dt.date(2027, 1, 1)


def test_an_account_with_nobody_mapped_lacks_both_buyers_and_every_sponsor():
    alerts = gap_alerts([], AREAS, TODAY, stale_after_days=60)
    assert (
        kinds(alerts)
        == [AlertKind.NO_DECISION_MAKER]
        + [AlertKind.NO_ECONOMIC_BUYER]
        + [AlertKind.UNCOVERED_TARGET_AREA] * 4
    )
    assert gap_alerts([], [], TODAY, 60) == [
        Alert(AlertKind.NO_DECISION_MAKER),
        Alert(AlertKind.NO_ECONOMIC_BUYER),
    ]


def test_a_single_person_makes_the_account_single_threaded():
    only = person(7, Stance.SPONSOR, 5, unit=1, role=BuyingRole.DECISION_MAKER, name="Dora")
    alerts = gap_alerts([only], [Area(1, "Acme", None, True)], TODAY, 60)
    assert kinds(alerts) == [AlertKind.SINGLE_THREADED, AlertKind.NO_ECONOMIC_BUYER]
    assert alerts[0].person_id == 7
    assert alerts[0].text() == "Dora is our only contact in this account."


def test_contact_is_stale_only_when_older_than_the_limit():
    people = [
        person(1, last_contact=TODAY - dt.timedelta(days=30), role=BuyingRole.DECISION_MAKER),
        person(2, last_contact=TODAY - dt.timedelta(days=31), role=BuyingRole.ECONOMIC_BUYER),
        person(3, last_contact=TODAY + dt.timedelta(days=3)),  # a meeting booked ahead
    ]
    alerts = gap_alerts(people, [], TODAY, stale_after_days=30)
    assert [(a.kind, a.person_id, a.args.get("days")) for a in alerts] == [
        (AlertKind.STALE_CONTACT, 2, 31)
    ]


def test_high_influence_threshold_is_inclusive_and_configurable():
    people = [
        person(1, Stance.RESISTANT, 3, role=BuyingRole.DECISION_MAKER),
        person(2, Stance.OPPONENT, 2, role=BuyingRole.ECONOMIC_BUYER),
    ]
    assert gap_alerts(people, [], TODAY, 60) == []
    flagged = gap_alerts(people, [], TODAY, 60, high_influence=3)
    assert [(a.kind, a.person_id) for a in flagged] == [(AlertKind.INFLUENTIAL_AGAINST_US, 1)]


def test_stale_after_days_must_be_at_least_one():
    with pytest.raises(ValueError):
        gap_alerts([], [], TODAY, stale_after_days=0)


def test_every_alert_kind_has_a_severity_and_a_template_that_formats():
    assert set(ALERT_SEVERITY) == set(AlertKind) == set(ALERT_TEMPLATES)
    args = {"name": "X", "area": "X", "days": 2, "influence": 5, "stance": "opponent"}
    for kind in AlertKind:
        assert "{" not in ALERT_TEMPLATES[kind].format(**args)


def test_alert_text_goes_through_the_given_translation():
    alert = Alert(AlertKind.SINGLE_THREADED, {"name": "Dora"}, person_id=1)
    assert alert.text(lambda template: template.replace("our only contact", "o único")) == (
        "Dora is o único in this account."
    )


def test_alert_templates_are_marked_for_lupdate_with_literals():
    """lupdate reads QT_TRANSLATE_NOOP("StakeholderAlert", "...") calls, literals only."""
    tree = ast.parse(Path(coverage_module.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    ]
    assert len(calls) == len(AlertKind) + len(Severity)
    for call in calls:
        assert all(isinstance(arg, ast.Constant) for arg in call.args)
        assert call.args[0].value == "StakeholderAlert"


def test_alerts_sort_names_ignoring_accents_and_case():
    old = TODAY - dt.timedelta(days=90)
    people = [
        person(1, name="fábio", last_contact=old, role=BuyingRole.DECISION_MAKER),
        person(2, name="Érica", last_contact=old, role=BuyingRole.ECONOMIC_BUYER),
        person(3, name="Zeca", last_contact=old),
    ]
    alerts = gap_alerts(people, [], TODAY, stale_after_days=60)
    assert [a.args["name"] for a in alerts] == ["Érica", "fábio", "Zeca"]
