"""Kill safety (issue 8): a process importing and editing a portfolio is killed (SIGKILL) at
random moments, many times over; after every kill the portfolio opens, passes the full
integrity check, and holds each operation entirely or not at all.

The worker (kill_worker.py) prints each operation before it starts and once it is committed.
After a kill the test replays the committed ones on its model of the portfolio
(``kill_worker.apply_op``) and reads what the file really holds: it must equal the model, or
the model with the operation that was under way applied in full (killed between the commit and
the line saying so). Imports are checked by a digest of everything the workbook writes
(accounts, ICP ratings, revenue, stakeholders and their relations): it must be exactly the
digest of workbook A, of workbook B or of nothing. Backups made while being killed must never
be listed half written.

Rounds take turns aiming at an import's transaction, at a backup's copy, and at any moment.
Knobs: ``KAMDESK_KILL_SEED`` (the seeded delays and the worker's choices) and
``KAMDESK_KILL_ROUNDS``; the seed is printed when a round fails.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kamdesk.services.backups import BackupService
from kamdesk.services.portfolios import create_portfolio, open_portfolio
from kamdesk.services.workbook_export import export_workbook
from kamdesk.services.workbook_import import import_workbook
from kamdesk.store.backup import STALE_PARTIAL_S, verify_backup
from tests.store.kill_worker import EDIT_WEIGHTS as EDITS
from tests.store.kill_worker import KILL_TEST_PREFIX, apply_op, empty_state

WORKER = Path(__file__).with_name("kill_worker.py")
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SEED = int(os.environ.get("KAMDESK_KILL_SEED", "20261126"))
ROUNDS = int(os.environ.get("KAMDESK_KILL_ROUNDS", "48"))
ACCOUNTS = 2000
# What each kind of round waits for in the worker's output, then how long after it to kill.
TARGETS = ("import", "edits", "backup", "any")
TRIGGER = {"import": "writing", "backup": "writing", "edits": "ready", "any": "ready"}
DELAY_S = {"import": (0.0, 0.2), "backup": (0.0, 0.015), "edits": (0.0, 0.3), "any": (0.0, 0.8)}
TRIGGER_TIMEOUT_S = 30

# Everything an import of the workbook writes, by natural keys (ids and timestamps differ
# from one import to the next). Accounts the worker made are not the workbook's.
NOT_OURS = f"a.name NOT LIKE '{KILL_TEST_PREFIX}%'"
IMPORTED_CONTENT = {
    "accounts": f"SELECT * FROM account a WHERE {NOT_OURS}",
    "ratings": "SELECT a.name, c.key, r.rating FROM icp_rating r "
    "JOIN account a ON a.id = r.account_id JOIN icp_criterion c ON c.id = r.criterion_id "
    f"WHERE {NOT_OURS}",
    "revenue": "SELECT a.name, v.month, v.revenue, v.recurring FROM revenue_record v "
    f"JOIN account a ON a.id = v.account_id WHERE {NOT_OURS}",
    "stakeholders": "SELECT a.name AS account_name, s.* FROM stakeholder s "
    f"JOIN account a ON a.id = s.account_id WHERE {NOT_OURS}",
    "relations": "SELECT a.name, s.name, t.name, l.kind, l.strength FROM stakeholder_link l "
    "JOIN account a ON a.id = l.account_id JOIN stakeholder s ON s.id = l.source_id "
    f"JOIN stakeholder t ON t.id = l.target_id WHERE {NOT_OURS}",
}
UNSTABLE_COLUMNS = {"id", "account_id", "org_unit_id", "created_at", "updated_at"}


# -- what the portfolio holds ------------------------------------------------------------


def imported_digest(connection) -> str:
    digest = hashlib.sha256()
    for name, query in IMPORTED_CONTENT.items():
        result = connection.exec_driver_sql(query)
        keep = [i for i, column in enumerate(result.keys()) if column not in UNSTABLE_COLUMNS]
        rows = sorted(repr(tuple(row[i] for i in keep)) for row in result)
        digest.update(f"{name}:{len(rows)}\n".encode())
        digest.update("\n".join(rows).encode())
    return digest.hexdigest()


def read_state(portfolio, references: dict) -> dict:
    """The portfolio's content in the shape of ``kill_worker.empty_state``."""
    with portfolio.engine.connect() as connection:
        sql = connection.exec_driver_sql
        digest = imported_digest(connection)
        accounts = sql(f"SELECT a.name, a.notes FROM account a WHERE NOT ({NOT_OURS})")
        risks = sql(
            "SELECT r.description, a.name, r.likelihood FROM risk r "
            "JOIN account a ON a.id = r.account_id"
        )
        opportunities = sql(
            "SELECT o.title, a.name, o.one_time_value, "
            "(SELECT count(*) FROM opportunity_history h WHERE h.opportunity_id = o.id) "
            "FROM opportunity o JOIN account a ON a.id = o.account_id"
        )
        versions = {value: key for key, value in references["digests"].items()}
        versions[references["nothing"]] = None
        return {
            "import": versions.get(digest, f"a partial import (digest {digest[:12]})"),
            "accounts": dict(accounts.all()),
            "risks": {text: [account, level] for text, account, level in risks},
            "opportunities": {
                title: [account, centavos // 100, history]
                for title, account, centavos, history in opportunities
            },
        }


def differences(found: dict, expected: dict) -> str:
    lines = []
    for part in expected:
        if found[part] == expected[part]:
            continue
        if not isinstance(expected[part], dict):
            lines.append(f"{part}: found {found[part]!r}, expected {expected[part]!r}")
            continue
        for key in sorted(set(found[part]) | set(expected[part])):
            there, wanted = found[part].get(key), expected[part].get(key)
            if there != wanted:
                lines.append(f"{part} {key!r}: found {there!r}, expected {wanted!r}")
    return "; ".join(lines)


# -- setting up --------------------------------------------------------------------------


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """Workbooks A and B (the same accounts, many values changed), written by our exporter
    from a portfolio of ``ACCOUNTS`` accounts, their import digests, and an empty portfolio."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import _portfolio

    source = tmp_path / "Origem.kamdesk"
    _portfolio.build_portfolio(source, ACCOUNTS)
    sys.modules.pop("_portfolio", None)
    with open_portfolio(source) as portfolio:
        export_workbook(portfolio, tmp_path / "A.xlsx")
        with portfolio.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE account SET notes = 'versão B', region = 'Sul'")
            connection.exec_driver_sql("UPDATE revenue_record SET revenue = revenue + 100")
            connection.exec_driver_sql("UPDATE stakeholder SET job_title = 'CEO'")
        export_workbook(portfolio, tmp_path / "B.xlsx")
        with portfolio.engine.connect() as connection:
            query = "SELECT name FROM account ORDER BY id LIMIT 1"
            imported_account = connection.exec_driver_sql(query).scalar()
    digests = {}
    with create_portfolio(tmp_path / "Referência.kamdesk") as reference:
        with reference.engine.connect() as connection:
            nothing = imported_digest(connection)
        for version in ("A", "B", "A"):
            _plan, written = import_workbook(reference, tmp_path / f"{version}.xlsx")
            assert written
            with reference.engine.connect() as connection:
                digest = imported_digest(connection)
            assert digests.setdefault(version, digest) == digest, "B then A is not A again"
    assert len({nothing, *digests.values()}) == 3
    references = {"digests": digests, "nothing": nothing, "imported_account": imported_account}
    (tmp_path / "references.json").write_text(json.dumps(references))
    create_portfolio(tmp_path / "Carteira.kamdesk").close()
    return tmp_path


# -- killing -----------------------------------------------------------------------------


def run_and_kill(workdir: Path, run: int, target: str, rng: random.Random) -> list[dict]:
    """Starts a worker, kills it at a moment drawn from ``rng``, returns what it printed."""
    out, err = workdir / f"run-{run}.out", workdir / f"run-{run}.err"
    command = [sys.executable, str(WORKER), str(workdir / "Carteira.kamdesk"), str(workdir)]
    command += [str(run), str(rng.randrange(2**32)), target]
    with out.open("w") as stdout, err.open("w") as stderr:
        worker = subprocess.Popen(command, stdout=stdout, stderr=stderr)
    try:
        wait_for(out, TRIGGER[target], worker, err)
        time.sleep(rng.uniform(*DELAY_S[target]))
    finally:
        worker.kill()  # SIGKILL: no cleanup, no atexit, no flushing
        worker.wait()
    return printed(out)


def wait_for(out: Path, event: str, worker: subprocess.Popen, err: Path) -> None:
    deadline = time.monotonic() + TRIGGER_TIMEOUT_S
    while time.monotonic() < deadline:
        if any(line["event"] == event for line in printed(out)):
            return
        if worker.poll() is not None:
            pytest.fail(f"the worker stopped by itself:\n{err.read_text()}")
        time.sleep(0.002)
    pytest.fail(f"the worker never printed {event!r}:\n{err.read_text()}")


def printed(out: Path) -> list[dict]:
    lines = []
    for line in out.read_text().splitlines():
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError:  # the last line, cut by the kill
            break
    return lines


def operations(events: list[dict]) -> tuple[list[dict], dict | None, list[dict]]:
    """The operations committed, the one under way when killed (if any), and the "done"
    lines (a backup's "done" line names the file it made)."""
    started = [e["op"] for e in events if e["event"] == "start"]
    done = [e for e in events if e["event"] == "done"]
    under_way = started[-1] if len(started) > len(done) else None
    return started[: len(done)], under_way, done


def moment_of_kill(events: list[dict]) -> str:
    """The operation under way when the worker was killed, and whether it was writing."""
    _committed, under_way, _done = operations(events)
    if under_way is None:
        return "between operations"
    writing = any(e["event"] == "writing" and e["id"] == under_way["id"] for e in events)
    return f"{under_way['kind']}{' (writing)' if writing else ''}"


# -- checking ----------------------------------------------------------------------------


def check_portfolio(
    workdir: Path, state: dict, events: list[dict], references: dict
) -> tuple[dict, bool]:
    """Opens the portfolio the killed worker had open; returns what it holds and whether the
    operation under way was found whole (killed between its commit and its "done" line)."""
    committed, under_way, _done = operations(events)
    expected = state
    for op in committed:
        expected = apply_op(expected, op)
    path = workdir / "Carteira.kamdesk"
    with open_portfolio(path) as portfolio:  # the dead worker's lock must not stand in the way
        assert portfolio.integrity_problems(full=True) == []
        found = read_state(portfolio, references)
    if found == expected:
        return found, False
    if under_way is not None and found == apply_op(expected, under_way):
        return found, True
    pytest.fail(
        f"killed during {under_way}, the portfolio holds part of an operation: "
        f"{differences(found, expected)}"
    )


def check_backups(workdir: Path, events: list[dict], verified: set[Path]) -> None:
    """Every listed backup is whole (full integrity check, once each); every backup the
    worker finished is listed."""
    folder = workdir / "backups"
    listed = {b.path for b in BackupService(folder).list_backups(workdir / "Carteira.kamdesk")}
    finished = {Path(e["path"]) for e in operations(events)[2] if "path" in e}
    assert finished <= listed
    for path in sorted(listed - verified):
        verify_backup(path)
        verified.add(path)


def test_a_killed_import_or_edit_is_all_or_nothing_and_the_portfolio_opens_intact(workdir):
    references = json.loads((workdir / "references.json").read_text())
    rng = random.Random(SEED)
    state, verified, killed_during = empty_state(), set(), Counter()
    started = time.monotonic()
    for run in range(ROUNDS):
        (workdir / "state.json").write_text(json.dumps(state))
        target = TARGETS[run % len(TARGETS)]
        events = run_and_kill(workdir, run, target, rng)
        assert Path(f"{workdir / 'Carteira.kamdesk'}.lock").exists()  # left by the dead worker
        killed_during[moment_of_kill(events)] += 1
        try:
            state, whole = check_portfolio(workdir, state, events, references)
            killed_during["after the commit, before its line"] += whole
            check_backups(workdir, events, verified)
        except BaseException:
            print(f"seed {SEED}, round {run} ({target}); worker output in {workdir}")
            raise
    took = time.monotonic() - started
    print(f"{ROUNDS} kills in {took:.1f} s; under way when killed: {dict(killed_during)}")
    print(f"left half written (never listed): {len(list(workdir.glob('backups/*.partial')))}")
    # Aimed rounds: some kills must land inside an import and inside a backup, or the test
    # proves nothing about them.
    assert killed_during["import (writing)"] > 0
    assert killed_during["backup (writing)"] > 0
    assert sum(n for moment, n in killed_during.items() if moment in EDITS) > 0
    assert state["import"] in ("A", "B")


def test_a_backup_clears_what_a_killed_backup_left_half_written(portfolio, tmp_path):
    """A killed backup leaves its ``.partial`` copy (the kill test above sees them); the next
    backup of the same portfolio deletes those of its own that nobody has written to for an
    hour, and leaves a copy that may be under way and other portfolios' alone."""
    folder = tmp_path / "backups"
    folder.mkdir()
    stem = portfolio.path.stem
    left = folder / f"{stem}-20261101-090000-000000-daily.kamdesk.partial"
    under_way = folder / f"{stem}-20261126-090000-000000-manual.kamdesk.partial"
    others = folder / "Outra-20261101-090000-000000-daily.kamdesk.partial"
    for path in (left, under_way, others):
        path.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    an_hour_and_more = time.time() - STALE_PARTIAL_S - 60
    for path in (left, others):
        os.utime(path, (an_hour_and_more, an_hour_and_more))
    service = BackupService(folder)

    made = service.make(portfolio.path)

    assert not left.exists()
    assert under_way.exists() and others.exists()
    assert [b.path for b in service.list_backups(portfolio.path)] == [made.path]
