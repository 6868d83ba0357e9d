"""The demo portfolio: every table filled, valid and consistent data, deterministic, fast."""

from __future__ import annotations

import datetime as dt
import json
import string
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, func, select

from kamdesk.analytics.cnpj import is_valid_cnpj
from kamdesk.cli import main
from kamdesk.model import Base
from kamdesk.model.enums import (
    ForecastCategory,
    InteractionKind,
    LifecycleStage,
    LinkKind,
    OpportunityType,
    ReviewKind,
    RiskCategory,
    Stance,
    Strategy,
)
from kamdesk.resources import resource_path
from kamdesk.services.demo import VOCABULARY_FILE, vocabulary, write_demo
from kamdesk.store import PortfolioError
from kamdesk.store.paths import DATA_DIR_ENV

TODAY = dt.date(2026, 11, 25)
STAGE_CATEGORIES = {
    "prospecting": {"pipeline", "omitted"},
    "qualification": {"pipeline", "best_case"},
    "proposal": {"pipeline", "best_case", "commit"},
    "negotiation": {"best_case", "commit"},
    "won": {"closed"},
    "lost": {"omitted"},
}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def read_all(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table in the file (alembic_version included), in key order; of the
    bookkeeping columns only the version (when a record was written is the clock's)."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return {
                name: [
                    tuple(row)
                    for row in connection.execute(
                        select(*(c for c in table.columns if c.name != "changed_at")).order_by(
                            *(table.primary_key.columns or table.columns)
                        )
                    )
                ]
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        engine.dispose()


def rows(path: Path, table: str) -> list[dict]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return [
                dict(r._mapping) for r in connection.execute(select(Base.metadata.tables[table]))
            ]
    finally:
        engine.dispose()


@pytest.fixture
def demo(tmp_path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "Demo.kamdesk"
    return path, write_demo(path, today=TODAY)


def test_every_table_is_filled_and_counted(demo):
    path, summary = demo
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        counts = {
            table.name: connection.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
            # The team tables fill only on a server (issue 9): a file has no members, no log.
            if table.name not in ("alembic_version", "change_log", "team_member")
        }
    engine.dispose()
    assert all(counts.values()), [name for name, count in counts.items() if not count]
    assert summary["accounts"] == counts["account"] == 40
    assert summary["stakeholders"] == counts["stakeholder"]
    assert summary["interaction_stakeholders"] == counts["interaction_stakeholder"]
    assert next(iter(summary)) == "accounts"


def test_accounts(demo):
    path, _ = demo
    accounts = rows(path, "account")
    assert all(is_valid_cnpj(a["tax_id"]) for a in accounts)
    assert len({a["tax_id"] for a in accounts}) == len(accounts)
    assert 1 <= sum(any(c.isalpha() for c in a["tax_id"]) for a in accounts) <= 2
    assert {a["lifecycle_stage"] for a in accounts} == {s.value for s in LifecycleStage}
    assert 1 <= sum(a["archived"] for a in accounts) <= 2
    assert 1 <= sum(a["tier_override"] is not None for a in accounts) <= 2
    assert len({a["industry"] for a in accounts}) >= 6
    assert 2 <= len({a["owner"] for a in accounts}) <= 3
    assert len({a["name_key"] for a in accounts}) == len(accounts)
    assert all(a["value_proposition"] and a["desired_position"] for a in accounts)
    ratings = rows(path, "icp_rating")
    assert all(1 <= r["rating"] <= 5 for r in ratings)
    assert len(ratings) > 0.75 * 6 * len(accounts)


def test_org_chart_and_decision_chain(demo):
    path, _ = demo
    units = {u["id"]: u for u in rows(path, "org_unit")}
    people = {p["id"]: p for p in rows(path, "stakeholder")}
    links = rows(path, "stakeholder_link")
    assert any(u["is_target"] for u in units.values())
    assert {u["kind"] for u in units.values()} == {
        "company",
        "business_unit",
        "directorate",
        "area",
    }
    assert all(
        u["parent_id"] is None or units[u["parent_id"]]["account_id"] == u["account_id"]
        for u in units.values()
    )
    per_account = defaultdict(list)
    for person in people.values():
        per_account[person["account_id"]].append(person)
        assert units[person["org_unit_id"]]["account_id"] == person["account_id"]
        assert person["phone"].startswith("+55 ") and person["email"].endswith(".example")
        assert person["map_x"] is None and person["map_y"] is None
    assert all(4 <= len(group) <= 10 for group in per_account.values())
    assert {p["stance"] for p in people.values()} == {s.value for s in Stance}
    assert {link["kind"] for link in links} == {k.value for k in LinkKind}
    bosses = {}
    for link in links:
        assert link["source_id"] != link["target_id"]
        assert people[link["source_id"]]["account_id"] == link["account_id"]
        assert people[link["target_id"]]["account_id"] == link["account_id"]
        if link["kind"] == "influences":
            assert 1 <= link["strength"] <= 3
        if link["kind"] == "reports_to":
            assert link["source_id"] not in bosses
            bosses[link["source_id"]] = link["target_id"]
    for account_id, group in per_account.items():  # one tree per account
        roots = [p for p in group if p["id"] not in bosses]
        assert len(roots) == 1, account_id
        for person in group:
            seen, current = set(), person["id"]
            while current in bosses:
                assert current not in seen
                seen.add(current)
                current = bosses[current]
            assert current == roots[0]["id"]


def test_last_contact_follows_the_interactions(demo):
    path, _ = demo
    interactions = {i["id"]: i for i in rows(path, "interaction")}
    assert {i["kind"] for i in interactions.values()} == {k.value for k in InteractionKind}
    latest: dict[int, dt.date] = {}
    for pair in rows(path, "interaction_stakeholder"):
        day = interactions[pair["interaction_id"]]["date"]
        latest[pair["stakeholder_id"]] = max(day, latest.get(pair["stakeholder_id"], day))
    people = rows(path, "stakeholder")
    assert all(p["last_contact"] == latest.get(p["id"]) for p in people)
    assert any(p["last_contact"] and (TODAY - p["last_contact"]).days > 90 for p in people)
    assert any(p["last_contact"] is None for p in people)


def test_pipeline(demo):
    path, _ = demo
    stages = {s["id"]: s["key"] for s in rows(path, "pipeline_stage")}
    opportunities = rows(path, "opportunity")
    assert {stages[o["stage_id"]] for o in opportunities} == set(STAGE_CATEGORIES)
    assert {o["type"] for o in opportunities} == {t.value for t in OpportunityType}
    assert {o["forecast_category"] for o in opportunities} == {c.value for c in ForecastCategory}
    history = defaultdict(list)
    for row in sorted(rows(path, "opportunity_history"), key=lambda r: r["changed_at"]):
        history[row["opportunity_id"]].append(row)
    order = list(STAGE_CATEGORIES)
    slipped = 0
    for o in opportunities:
        stage = stages[o["stage_id"]]
        assert o["forecast_category"] in STAGE_CATEGORIES[stage]
        closed = stage in ("won", "lost")
        assert (o["closed_at"] is not None) == closed
        assert bool(o["win_loss_reason"]) == closed
        steps = history[o["id"]]
        assert steps and stages[steps[-1]["stage_id"]] == stage
        assert steps[-1]["expected_close"] == o["expected_close"]
        positions = [order.index(stages[s["stage_id"]]) for s in steps]
        assert positions == sorted(positions)
        assert (
            o["created_at"] == steps[0]["changed_at"] <= o["updated_at"] == steps[-1]["changed_at"]
        )
        slipped += len({s["expected_close"] for s in steps}) > 1
    assert slipped >= 2
    closes = [o["expected_close"] for o in opportunities]
    assert min(closes) < TODAY - dt.timedelta(days=180)
    assert max(closes) > TODAY + dt.timedelta(days=180)
    periods = {t["period"] for t in rows(path, "forecast_target")}
    assert {"2026-11", "2027-10", "2026-Q4", "2027-Q3"} <= periods
    snapshots = rows(path, "forecast_snapshot")
    assert all(s["taken_at"].day == 1 and s["taken_at"].date() < TODAY for s in snapshots)


def test_revenue_and_surveys(demo):
    path, _ = demo
    accounts = {a["id"]: a for a in rows(path, "account")}
    revenue = defaultdict(list)
    for record in rows(path, "revenue_record"):
        assert record["month"].day == 1
        assert 0 <= record["recurring"] <= record["revenue"]
        revenue[record["account_id"]].append(record)
    last_month = dt.date(2026, 10, 1)
    for account in accounts.values():
        records = sorted(revenue[account["id"]], key=lambda r: r["month"])
        if account["lifecycle_stage"] == "targeting":
            assert not records
        elif account["lifecycle_stage"] in ("development", "retention", "recovery"):
            assert len(records) == 24
            assert records[0]["month"] == dt.date(2024, 11, 1)
            assert records[-1]["month"] == last_month
    last = [max(records, key=lambda r: r["month"]) for records in revenue.values() if records]
    assert any(r["revenue"] == 0 for r in last)  # the churned account
    surveys = rows(path, "survey_response")
    assert {s["kind"] for s in surveys} == {"nps", "csat"}
    assert all(
        0 <= s["score"] <= 10 if s["kind"] == "nps" else 1 <= s["score"] <= 5 for s in surveys
    )
    assert any(s["stakeholder_id"] for s in surveys) and any(s["comment"] for s in surveys)


def test_plan(demo):
    path, _ = demo
    risks = rows(path, "risk")
    assert len({r["category"] for r in risks}) == len(RiskCategory)
    actions = rows(path, "action")
    assert any(a["risk_id"] for a in actions) and any(a["risk_id"] is None for a in actions)
    assert {a["status"] for a in actions} == {"open", "done", "cancelled"}
    assert any(a["status"] == "open" and a["due"] < TODAY for a in actions)
    objectives = rows(path, "objective")
    assert any(o["account_id"] is None for o in objectives)
    assert {o["period"] for o in objectives} & {"2026-Q4", "2026-H2", "2026"}
    key_results = rows(path, "key_result")
    assert {k["direction"] for k in key_results} == {"increase", "decrease"}
    check_ins = rows(path, "check_in")
    assert all(1 <= c["confidence"] <= 10 and c["date"] < TODAY for c in check_ins)
    reviews = rows(path, "review")
    assert {r["kind"] for r in reviews} == {k.value for k in ReviewKind}
    assert all(TODAY - dt.timedelta(days=366) < r["date"] < TODAY for r in reviews)
    measures = [r["measures"] for r in reviews if r["kind"] == "relationship"]
    assert measures and all(set(m) == {"sponsor_coverage", "resistance"} for m in measures)


def test_same_seed_same_database(tmp_path):
    first, second = tmp_path / "one.kamdesk", tmp_path / "two.kamdesk"
    assert write_demo(first, seed=7, today=TODAY) == write_demo(second, seed=7, today=TODAY)
    one, two = read_all(first), read_all(second)
    # Each file is its own portfolio (workbooks exported from one match the other by name).
    identities = [dict(tables["setting"])["portfolio_id"] for tables in (one, two)]
    assert identities[0] != identities[1]
    for tables in (one, two):
        tables["setting"] = [row for row in tables["setting"] if row[0] != "portfolio_id"]
    assert one == two


def test_another_seed_another_database(tmp_path):
    first, second = tmp_path / "one.kamdesk", tmp_path / "two.kamdesk"
    write_demo(first, seed=1, today=TODAY)
    write_demo(second, seed=2, today=TODAY)
    assert read_all(first)["account"] != read_all(second)["account"]


def test_language_of_the_free_text(tmp_path):
    pt, en = tmp_path / "pt.kamdesk", tmp_path / "en.kamdesk"
    write_demo(pt, accounts=10, today=TODAY, language="pt_BR")
    write_demo(en, accounts=10, today=TODAY, language="en")
    pt_accounts, en_accounts = rows(pt, "account"), rows(en, "account")
    assert [a["name"] for a in pt_accounts] == [a["name"] for a in en_accounts]
    for column in ("industry", "region", "value_proposition", "perceived_position", "notes"):
        assert [a[column] for a in pt_accounts] != [a[column] for a in en_accounts], column
    assert any("Matriz em" in a["notes"] for a in pt_accounts)
    assert all("Head office in" in a["notes"] for a in en_accounts)
    assert {p["category"] for p in rows(en, "product")} >= {"Software", "Consulting"}
    assert any(
        i["notes"].startswith(("Reunião", "Ligação", "E-mail", "Visita"))
        for i in rows(pt, "interaction")
    )


def test_number_of_accounts(tmp_path):
    summary = write_demo(tmp_path / "small.kamdesk", accounts=5, today=TODAY)
    assert summary["accounts"] == 5
    assert len(rows(tmp_path / "small.kamdesk", "account")) == 5


def test_refuses_an_existing_file(demo):
    path, _ = demo
    with pytest.raises(PortfolioError):
        write_demo(path, today=TODAY)


def test_command_line(tmp_path, capsys):
    out = tmp_path / "Demo.kamdesk"
    assert main(["demo", str(out), "--accounts", "8"]) == 0
    assert "8 accounts" in capsys.readouterr().out
    assert main(["check", str(out)]) == 0
    assert main(["demo", str(out)]) == 2


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def texts(node) -> list[dict]:
    """Every translated text of the vocabulary file: the objects with a "pt" or "pt_male" key."""
    found = []
    if isinstance(node, dict):
        if "pt" in node or "pt_male" in node:
            found.append(node)
        for value in node.values():
            found += texts(value)
    elif isinstance(node, list):
        for value in node:
            found += texts(value)
    return found


def test_vocabulary_file():
    path = resource_path("demo", VOCABULARY_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    translated = texts(data)
    assert len(translated) > 200
    for text in translated:
        forms = [text[key] for key in ("pt", "pt_male", "pt_female", "en") if key in text]
        assert len(forms) in (2, 3) and all(isinstance(form, str) for form in forms), text
        assert len({frozenset(placeholders(form)) for form in forms}) == 1, text
    industries = data["companies"]["industries"]
    assert all("{stem}" in p for industry in industries for p in industry["name_patterns"])
    cities = {city["name"] for city in data["companies"]["cities"]}
    assert all(set(industry["cities"]) <= cities for industry in industries)
    words = vocabulary()
    assert vocabulary() is words  # read once
    assert set(words.key_results) == set(words.objective_titles) == set(Strategy)
    assert set(words.risk_descriptions) == set(words.mitigations) == set(RiskCategory)
    assert set(words.review_outcomes) == set(ReviewKind)
