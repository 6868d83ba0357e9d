"""Team mode under load: many members editing one portfolio on a PostgreSQL server at once.

    .venv/bin/python benchmarks/bench_team.py [--users 50] [--seconds 60] [--accounts 200]
        [--pause-ms 0] [--url postgresql://owner@host:port/postgres] [--profile]

Issue 9: "50 concurrent simulated users each making edits for 60 seconds: report edits per
second and the 95th-percentile save latency, and show that no edit was lost (count them)".

- The server: ``--url`` or ``KAMDESK_TEST_PG_URL`` (a login that may create databases and
  roles); without either, a throwaway cluster is started with ``.ci/start_postgres.sh`` in a
  temporary folder and stopped at the end. Each side gets a fresh database (dropped at the
  end, with the run's logins and group roles) holding ``--accounts`` accounts with three
  people each, the team set up (``set_up_team``) and one login with a password per user:
  one director per 25 users, the rest KAMs owning the accounts in turn.
- The users: one process each, released together by a barrier once connected. A thread per
  user would measure Python's lock instead of the server: KAMdesk's side of a save (the ORM,
  validation, the conflict check) is Python work, and 50 threads would share one core while
  a KAM's real laptop has its own. Processes forked after the imports start in a second.
- The edits, as the app makes them, for ``--seconds``: a view refresh (``mark_seen()`` and the
  record read through its service), then one save through the service, each its own
  ``portfolio.session()``: an account's notes (``AccountService.update``), a person's notes
  (``StakeholderService.update``), an interaction with one of the account's people
  (``InteractionService.create``, which also moves their last contact) or a risk
  (``RiskService.create``). Every text saved is unique (login and a counter). KAMs edit their
  own accounts; directors edit each KAM's first account, so the same records are edited by
  two people at once and saves meet ``EditConflict``: the user then saves their own over it
  (the same save again under ``overwriting()``) or takes the other's (the edit is dropped),
  half each.
  Each user edits again at once, or ``--pause-ms`` later on average (a team at a human pace).
- Measured: every save attempt's latency (``perf_counter`` around the service call; an
  attempt that ends in a conflict is an answer too), edits saved per second over the run,
  SQL statements sent per edit, conflicts and how they ended, errors (must be none).
  ``--profile`` adds a cProfile of one KAM's edits.
- No edit lost, counted as the owner at the end: every edit a user was told was saved is in
  the database (an inserted interaction or risk by its id and text; a note in the change log
  once, under that user's login, with the very value saved); no save replaced a change its
  user had not seen (the change log's "before" of each write is the value the user's view
  showed, unless the user chose to overwrite after a conflict); every record's value is its
  last logged write; and the log holds no write no user was told about. "lost edits: 0", or
  the count and exit status 1.
- Baseline, same run: as many users, the same logins, doing the same reads and writes as bare
  SQL through psycopg (one transaction per save; the triggers and row-level security work the
  same), with no conflict check: its saves that replaced an unseen change are counted too,
  the edits a team would lose without it. Reported: ours ÷ bare of the p95 latency and of
  edits per second.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import math
import multiprocessing
import os
import platform
import pstats
import queue
import random
import re
import secrets
import shlex
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

if __package__ in (None, ""):  # run as a script: make the sibling helper importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from _portfolio import (
    FIRST_WORDS,
    INDUSTRIES,
    JOB_TITLES,
    PEOPLE_NAMES,
    REGIONS,
    SECOND_WORDS,
    isolated_environment,
    print_table,
)
from _portfolio import ratio as ratio_of
from sqlalchemy import event, insert
from sqlalchemy.engine import make_url

from kamdesk.model import Account, Stakeholder
from kamdesk.model.enums import InteractionKind, fold
from kamdesk.services.accounts import AccountService
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.interactions import InteractionData, InteractionService
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.stakeholders.service import StakeholderService
from kamdesk.store import Portfolio
from kamdesk.store.concurrency import EditConflict
from kamdesk.store.team import ROLES, Member, add_member, set_up_team

SEED = 9
REPOSITORY = Path(__file__).resolve().parent.parent
START_POSTGRES = REPOSITORY / ".ci" / "start_postgres.sh"
PEOPLE_PER_ACCOUNT = 3
USERS_PER_DIRECTOR = 25
OVERWRITE_SHARE = 0.5  # after a conflict, the share of users who save their own over it
START_TIMEOUT_S = 300  # every user connected and ready, or the run stops
MAX_ERRORS_PER_USER = 20  # a user whose saves keep failing stops early (and the run fails)
PHRASES = (
    "Ligar para o comprador na segunda",
    "Enviar proposta revisada até sexta",
    "Diretoria pediu novo prazo de pagamento",
    "Agendar visita técnica à fábrica",
    "Concorrente ofereceu desconto de 8 %",
    "Renovação do contrato em análise no jurídico",
)

# What a user does, how often (weights), and where the value is checked afterwards.
EDITS = {
    "account notes": (3.0, "account", "notes"),
    "person notes": (3.0, "stakeholder", "notes"),
    "interaction": (2.5, "interaction", "notes"),
    "risk": (1.5, "risk", "description"),
}
KINDS = tuple(EDITS)
WEIGHTS = tuple(weight for weight, _table, _column in EDITS.values())
INTERACTION_KINDS = (InteractionKind.MEETING, InteractionKind.CALL)
VALUE_COLUMN = {table: column for _weight, table, column in EDITS.values()}
UPDATED_TABLES = ("account", "stakeholder")  # their notes are updated in place
INSERTED_TABLES = ("interaction", "risk")  # one new row per edit


# -- the server -------------------------------------------------------------------------------


def libpq(url: str) -> str:
    """``url`` as psycopg takes it (no SQLAlchemy driver name), password kept."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def as_login(url: str, login: str, password: str) -> str:
    parsed = make_url(url).set(username=login, password=password)
    return parsed.render_as_string(hide_password=False)


@contextlib.contextmanager
def postgres_server(url: str | None) -> Iterator[str]:
    """The admin URL of the server to use; a throwaway cluster when none is given."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-pg-") as folder:
        started = subprocess.run(
            ["bash", str(START_POSTGRES), folder], capture_output=True, text=True, check=False
        )
        if started.returncode != 0:
            raise SystemExit(f"could not start PostgreSQL: {started.stderr.strip()}")
        exported = dict(re.findall(r"^export (\w+)=(.*)$", started.stdout, re.MULTILINE))
        stop = shlex.split(exported["PG_STOP"].strip("'"))
        try:
            yield exported["KAMDESK_TEST_PG_URL"]
        finally:
            subprocess.run(stop, capture_output=True, check=False)


def server_description(admin_url: str) -> str:
    with psycopg.connect(libpq(admin_url)) as connection:
        version = connection.execute("SHOW server_version").fetchone()[0].split()[0]
        fsync = connection.execute("SHOW fsync").fetchone()[0]
    where = make_url(admin_url)
    return f"PostgreSQL {version} at {where.host}:{where.port} (fsync {fsync})"


# -- the team and its portfolio ---------------------------------------------------------------


@dataclass(frozen=True)
class Seat:
    """One simulated user: their login, role, and the records they edit."""

    login: str
    role: str
    display_name: str
    accounts: tuple[int, ...] = ()
    people: dict[int, tuple[int, ...]] = field(default_factory=dict)  # account → person ids


class Layout(NamedTuple):
    url: str  # the owner's URL of the database
    seats: list[Seat]
    people: int


def team_members(users: int, run: str) -> list[Member]:
    """One director per ``USERS_PER_DIRECTOR`` users (at least one), the rest KAMs."""
    directors = max(1, users // USERS_PER_DIRECTOR)
    rng = random.Random(SEED)
    names = rng.sample(PEOPLE_NAMES, users)
    members = []
    for n, (first, last) in enumerate(names):
        role = "director" if n < directors else "kam"
        name = f"{first} {last}"
        members.append(Member(f"{run}_u{n + 1:02d}", role, name, name))
    return members


def make_team_portfolio(
    admin_url: str, database: str, members: list[Member], accounts: int, password: str
) -> Layout:
    """A fresh database with the portfolio, its accounts and people, the team and its logins."""
    with psycopg.connect(libpq(admin_url), autocommit=True) as connection:
        connection.execute(
            f"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8'"
            " LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    url = with_database(admin_url, database)
    owner = Portfolio.create(url)
    try:
        kams = [m for m in members if m.role == "kam"]
        with owner.engine.begin() as connection:
            owned = connection.execute(
                insert(Account).returning(Account.id, Account.owner), _account_rows(accounts, kams)
            ).all()
            people_rows = _people_rows([account_id for account_id, _owner in owned])
            people = connection.execute(
                insert(Stakeholder).returning(Stakeholder.id, Stakeholder.account_id),
                people_rows,
            ).all()
            set_up_team(connection)
            for member in members:
                add_member(connection, member, password=password)
    finally:
        owner.close()
    return Layout(url, _seats(members, owned, people), len(people))


def _account_rows(count: int, kams: list[Member]) -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for n in range(count):
        name = f"{rng.choice(FIRST_WORDS)} {rng.choice(SECOND_WORDS)} {n + 1}"
        rows.append(
            {
                "name": name,
                "name_key": fold(name),
                "industry": rng.choice(INDUSTRIES),
                "region": rng.choice(REGIONS),
                "owner": kams[n % len(kams)].owner_name,
            }
        )
    return rows


def _people_rows(account_ids: list[int]) -> list[dict]:
    rng = random.Random(SEED + 1)
    return [
        {
            "account_id": account_id,
            "name": " ".join(rng.choice(PEOPLE_NAMES)),
            "job_title": rng.choice(JOB_TITLES),
        }
        for account_id in account_ids
        for _ in range(PEOPLE_PER_ACCOUNT)
    ]


def _seats(members: list[Member], owned: list, people: list) -> list[Seat]:
    """KAMs edit the accounts they own; directors edit each KAM's first account (in id order),
    which its KAM edits too."""
    people_of: dict[int, list[int]] = defaultdict(list)
    for person_id, account_id in people:
        people_of[account_id].append(person_id)
    accounts_of: dict[str, list[int]] = defaultdict(list)
    for account_id, owner in sorted(owned):
        accounts_of[owner].append(account_id)
    shared = tuple(accounts[0] for accounts in accounts_of.values())
    seats = []
    for member in members:
        accounts = tuple(accounts_of[member.owner_name]) if member.role == "kam" else shared
        seats.append(
            Seat(
                member.login,
                member.role,
                member.display_name,
                accounts,
                {account: tuple(people_of[account]) for account in accounts},
            )
        )
    return seats


def drop_everything(admin_url: str, databases: list[str], logins: list[str]) -> None:
    """Drops the run's databases, then its logins and the databases' group roles."""
    roles = logins + [f"{database}_{role}" for database in databases for role in ROLES]
    with psycopg.connect(libpq(admin_url), autocommit=True) as connection:
        for database in databases:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for role in roles:
            connection.execute(f'DROP ROLE IF EXISTS "{role}"')


# -- one user ---------------------------------------------------------------------------------


class Edit(NamedTuple):
    """An edit its user was told was saved: ``text`` is the unique value written; ``base`` the
    value the user's view showed before (updates only); ``overwrote`` whether the user chose
    to save over a conflict."""

    kind: str
    record_id: int
    text: str
    base: str | None = None
    overwrote: bool = False


@dataclass
class UserResult:
    login: str
    started: float = 0.0  # time.monotonic(), the same clock in every process
    finished: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    edits: list[Edit] = field(default_factory=list)
    statements: int = 0  # SQL statements sent while editing (BEGIN, COMMIT and pings aside)
    conflicts: int = 0
    overwritten: int = 0  # conflicts the user answered by saving their own over the other's
    dropped: int = 0  # conflicts the user answered by taking the other's change
    errors: list[str] = field(default_factory=list)


def describe(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"


class Editor:
    """One user's loop: pick an edit, refresh the view, save; the sides differ in how."""

    def __init__(self, seat: Seat, number: int):
        self.seat = seat
        self.rng = random.Random(SEED * 1000 + number)  # the same edits on both sides
        self.answers = random.Random(-number)  # how this user answers conflicts
        self.result = UserResult(seat.login)
        self.counter = 0

    def run(self, seconds: float, pause_s: float = 0.0) -> UserResult:
        """Edits until ``seconds`` have passed, ``pause_s`` apart on average (0: at once)."""
        result = self.result
        result.statements = 0
        result.started = time.monotonic()
        deadline = result.started + seconds
        while time.monotonic() < deadline and len(result.errors) < MAX_ERRORS_PER_USER:
            kind = self.rng.choices(KINDS, WEIGHTS)[0]
            account = self.rng.choice(self.seat.accounts)
            person = self.rng.choice(self.seat.people[account])
            self.counter += 1
            text = f"{self.seat.login} #{self.counter}: {self.rng.choice(PHRASES)}"
            try:
                self.edit(kind, account, person, text)
            except Exception as exc:  # every failure is counted and reported
                result.errors.append(describe(exc))
            if pause_s:
                time.sleep(pause_s * self.rng.uniform(0.5, 1.5))
        result.finished = time.monotonic()
        return result

    def timed(self, kind: str, save: Callable[[], object]):
        started = time.perf_counter()
        try:
            return save()
        finally:
            self.result.latencies[kind].append((time.perf_counter() - started) * 1000)

    def edit(self, kind: str, account: int, person: int, text: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class OursEditor(Editor):
    """Through KAMdesk: the member's own ``ServerPortfolio`` and the services."""

    def __init__(self, seat: Seat, number: int, url: str):
        super().__init__(seat, number)
        self.portfolio = Portfolio.open(url)
        self.accounts = AccountService(self.portfolio)
        self.people = StakeholderService(self.portfolio)
        self.interactions = InteractionService(self.portfolio)
        self.risks = RiskService(self.portfolio)
        self.portfolio.mark_seen()  # connected and ready before the start
        self.accounts.get(seat.accounts[0])
        event.listen(self.portfolio.engine, "before_cursor_execute", self.count_statement)

    def count_statement(self, *_args) -> None:
        self.result.statements += 1

    def edit(self, kind: str, account: int, person: int, text: str) -> None:
        self.portfolio.mark_seen()  # the views read again: what the user sees from now on
        base = None
        if kind == "account notes":
            base = self.accounts.get(account).notes
        elif kind == "person notes":
            base = self.people.person(person).notes
        write = {
            "account notes": self.write_account_notes,
            "person notes": self.write_person_notes,
            "interaction": self.add_interaction,
            "risk": self.add_risk,
        }[kind]
        saved = self.save(kind, lambda: write(account, person, text))
        if saved is not None:
            record, overwrote = saved
            self.result.edits.append(Edit(kind, record, text, base, overwrote))

    # Each write returns the id of the record it wrote.

    def write_account_notes(self, account: int, _person: int, text: str) -> int:
        self.accounts.update(account, {"notes": text})
        return account

    def write_person_notes(self, _account: int, person: int, text: str) -> int:
        self.people.update(person, {"notes": text})
        return person

    def add_interaction(self, account: int, person: int, text: str) -> int:
        data = InteractionData(
            account_id=account,
            date=dt.date.today(),
            kind=INTERACTION_KINDS[len(text) % 2],
            stakeholder_ids=(person,),
            notes=text,
        )
        return self.interactions.create(data).interaction_id

    def add_risk(self, account: int, _person: int, text: str) -> int:
        likelihood, impact = risk_scores(text)
        return self.risks.create(
            RiskData(account_id=account, description=text, likelihood=likelihood, impact=impact)
        )

    def save(self, kind: str, write: Callable[[], object]) -> tuple[object, bool] | None:
        """(what the write returned, whether it overwrote after a conflict); None when the
        user kept the other's change."""
        try:
            return self.timed(kind, write), False
        except EditConflict:
            self.result.conflicts += 1
            if self.answers.random() >= OVERWRITE_SHARE:
                self.result.dropped += 1
                return None
        self.result.overwritten += 1
        while True:  # only a save racing between this one's read and write stops it again
            try:
                with self.portfolio.overwriting():
                    return self.timed(kind, write), True
            except EditConflict:
                self.result.conflicts += 1

    def close(self) -> None:
        self.portfolio.close()


BARE_UPDATES = {
    "account notes": "UPDATE account SET notes = %s, updated_at = %s WHERE id = %s",
    "person notes": "UPDATE stakeholder SET notes = %s WHERE id = %s",
}
BARE_READS = {
    "account notes": "SELECT notes FROM account WHERE id = %s",
    "person notes": "SELECT notes FROM stakeholder WHERE id = %s",
}
BARE_INTERACTION = (
    "INSERT INTO interaction (account_id, date, kind, notes) VALUES (%s, %s, %s, %s) RETURNING id"
)
BARE_ATTENDANCE = (
    "INSERT INTO interaction_stakeholder (interaction_id, stakeholder_id) VALUES (%s, %s)"
)
BARE_LAST_CONTACT = (
    "UPDATE stakeholder SET last_contact = %s WHERE id = %s"
    " AND (last_contact IS NULL OR last_contact < %s)"
)
BARE_RISK = (
    "INSERT INTO risk (account_id, category, description, likelihood, impact, response,"
    " status, created_at) VALUES (%s, 'other', %s, %s, %s, 'mitigate', 'open', %s) RETURNING id"
)


class BareEditor(Editor):
    """The same reads and writes as plain SQL on the member's own psycopg connection."""

    def __init__(self, seat: Seat, number: int, url: str):
        super().__init__(seat, number)
        self.connection = psycopg.connect(libpq(url), autocommit=True)
        self.sql(BARE_READS["account notes"], (seat.accounts[0],))

    def sql(self, statement: str, values: tuple):
        self.result.statements += 1
        return self.connection.execute(statement, values)

    def edit(self, kind: str, account: int, person: int, text: str) -> None:
        base = None
        if kind in BARE_READS:
            record = account if kind == "account notes" else person
            base = self.sql(BARE_READS[kind], (record,)).fetchone()[0]
        if kind == "account notes":
            values = (text, _utc_now(), account)
            record = self.timed(kind, lambda: self.write(BARE_UPDATES[kind], values, account))
        elif kind == "person notes":
            record = self.timed(
                kind, lambda: self.write(BARE_UPDATES[kind], (text, person), person)
            )
        elif kind == "interaction":
            record = self.timed(kind, lambda: self.add_interaction(account, person, text))
        else:
            likelihood, impact = risk_scores(text)
            values = (account, text, likelihood, impact, _utc_now())
            record = self.timed(kind, lambda: self.write(BARE_RISK, values))
        self.result.edits.append(Edit(kind, record, text, base))

    def write(self, statement: str, values: tuple, record: int | None = None) -> int:
        """One statement in its own transaction; the id it wrote (``record``, or the one
        it returned)."""
        with self.connection.transaction():
            cursor = self.sql(statement, values)
            if cursor.rowcount != 1:  # row-level security hid the row: nothing was written
                raise RuntimeError(f"{statement.split()[0]} wrote {cursor.rowcount} rows")
            return record if record is not None else cursor.fetchone()[0]

    def add_interaction(self, account: int, person: int, text: str) -> int:
        today = dt.date.today()
        kind = INTERACTION_KINDS[len(text) % 2].value
        with self.connection.transaction():
            interaction = self.sql(BARE_INTERACTION, (account, today, kind, text)).fetchone()[0]
            self.sql(BARE_ATTENDANCE, (interaction, person))
            self.sql(BARE_LAST_CONTACT, (today, person, today))
        return interaction

    def close(self) -> None:
        self.connection.close()


def risk_scores(text: str) -> tuple[int, int]:
    """Likelihood and impact (1–5), the same on both sides for the same text."""
    spread = sum(map(ord, text))
    return 1 + spread % 5, 1 + spread // 5 % 5


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Pace(NamedTuple):
    seconds: float
    pause_s: float
    profile: Path | None = None  # where one KAM of our side writes a cProfile of their edits
    profiled_user: int = -1


def user_process(side: str, seat: Seat, number: int, url: str, pace: Pace, barrier, results):
    """One user from connecting to their last save; the result goes to ``results``."""
    try:
        editor = (OursEditor if side == "ours" else BareEditor)(seat, number, url)
    except Exception as exc:  # reported by the parent
        barrier.abort()
        results.put(UserResult(seat.login, errors=[f"could not start: {describe(exc)}"]))
        return
    profiled = pace.profile is not None and side == "ours" and number == pace.profiled_user
    profiler = cProfile.Profile() if profiled else None
    try:
        barrier.wait()
        if profiler is not None:
            profiler.enable()
        result = editor.run(pace.seconds, pace.pause_s)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(pace.profile)
    except Exception as exc:  # a broken start barrier: another user failed
        result = UserResult(seat.login, errors=[f"stopped: {describe(exc)}"])
    finally:
        editor.close()
    results.put(result)


def run_users(side: str, layout: Layout, password: str, pace: Pace) -> list[UserResult]:
    """Starts one process per seat, releases them together, and gathers what they did."""
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    barrier = context.Barrier(len(layout.seats) + 1, timeout=START_TIMEOUT_S)
    results = context.Queue()
    processes = [
        context.Process(
            target=user_process,
            args=(side, seat, n, as_login(layout.url, seat.login, password), pace, barrier),
            kwargs={"results": results},
            daemon=True,
        )
        for n, seat in enumerate(layout.seats)
    ]
    for process in processes:
        process.start()
    try:
        with contextlib.suppress(Exception):  # a user failed to start: its result says why
            barrier.wait()
        deadline = time.monotonic() + START_TIMEOUT_S + pace.seconds
        gathered = _gather(processes, results, deadline)
    finally:
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
    missing = {seat.login for seat in layout.seats} - {r.login for r in gathered}
    return gathered + [UserResult(login, errors=["ended without a result"]) for login in missing]


def _gather(processes, results, deadline: float) -> list[UserResult]:
    gathered: list[UserResult] = []
    while len(gathered) < len(processes) and time.monotonic() < deadline:
        try:
            gathered.append(results.get(timeout=1.0))
        except queue.Empty:
            if not any(process.is_alive() for process in processes):
                break
    return gathered


# -- what the run did -------------------------------------------------------------------------


@dataclass
class Totals:
    seconds: float  # from the first user's start to the last user's end
    edits: int
    by_kind: Counter
    latencies: dict[str, list[float]]
    statements: int
    conflicts: int
    overwritten: int
    dropped: int
    errors: list[str]

    @property
    def per_second(self) -> float:
        return self.edits / self.seconds if self.seconds > 0 else 0.0

    @property
    def statements_per_edit(self) -> float:
        return self.statements / self.edits if self.edits else 0.0

    def all_latencies(self) -> list[float]:
        return sorted(value for values in self.latencies.values() for value in values)


def totals_of(results: list[UserResult]) -> Totals:
    ran = [r for r in results if r.finished]
    latencies: dict[str, list[float]] = defaultdict(list)
    for result in results:
        for kind, values in result.latencies.items():
            latencies[kind] += values
    return Totals(
        seconds=(max(r.finished for r in ran) - min(r.started for r in ran)) if ran else 0.0,
        edits=sum(len(r.edits) for r in results),
        by_kind=Counter(edit.kind for r in results for edit in r.edits),
        latencies={kind: sorted(values) for kind, values in latencies.items()},
        statements=sum(r.statements for r in results),
        conflicts=sum(r.conflicts for r in results),
        overwritten=sum(r.overwritten for r in results),
        dropped=sum(r.dropped for r in results),
        errors=[f"{r.login}: {error}" for r in results for error in r.errors],
    )


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of an ascending list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


# -- no edit lost -----------------------------------------------------------------------------


@dataclass
class Audit:
    saved: int = 0
    found: int = 0  # saved edits in the database and in the log once, under their login
    overwritten_unseen: int = 0  # saves that replaced a change their user had not seen
    overwritten_by_choice: int = 0  # the same, after a conflict the user answered
    stale_records: int = 0  # records whose value is not their last logged write
    unexplained: int = 0  # writes by the users in the log that no user was told were saved

    @property
    def lost(self) -> int:
        return self.saved - self.found + self.overwritten_unseen + self.stale_records


def audit(owner_url: str, results: list[UserResult]) -> Audit:
    """Counts, as the owner (not bound by row-level security), what became of every edit."""
    with psycopg.connect(libpq(owner_url)) as connection:
        log = _logged_writes(connection)
        stored = {
            (table, record_id): value
            for table, column in VALUE_COLUMN.items()
            for record_id, value in connection.execute(f"SELECT id, {column} FROM {table}")
        }
    users = {r.login for r in results}
    checked = Audit()
    writes = defaultdict(list)  # (table, record, value written) → [(login, value before)]
    last_written = {}  # (table, record) → the value of the last logged update of its text
    for table, record_id, changed_by, action, (before, after) in log:
        if action == "update":
            last_written[table, record_id] = after
        if changed_by in users and action == ("update" if table in UPDATED_TABLES else "insert"):
            writes[table, record_id, after].append((changed_by, before))
    told = set()  # the writes some saved edit accounts for
    for result in results:
        for edit in result.edits:
            checked.saved += 1
            table = EDITS[edit.kind][1]
            key = (table, edit.record_id, edit.text)
            logged = writes.get(key, [])
            told.add(key)
            if len(logged) != 1 or logged[0][0] != result.login:
                continue
            if table in INSERTED_TABLES:
                checked.found += stored.get((table, edit.record_id)) == edit.text
                continue
            checked.found += 1  # a later save may have replaced it: the log proves it was there
            if logged[0][1] != edit.base:
                if edit.overwrote:
                    checked.overwritten_by_choice += 1
                else:
                    checked.overwritten_unseen += 1
    checked.stale_records = sum(stored.get(key) != value for key, value in last_written.items())
    checked.unexplained = sum(len(entries) for key, entries in writes.items() if key not in told)
    return checked


def _logged_writes(connection) -> list[tuple]:
    """Every logged write of a text the benchmark edits: (table, record id, login, action,
    [before, after])."""
    rows = []
    for table, column in VALUE_COLUMN.items():
        rows += connection.execute(
            "SELECT id, table_name, record_id, changed_by, action, changes -> %s"
            " FROM change_log WHERE table_name = %s AND changes::jsonb ? %s",
            (column, table, column),
        ).fetchall()
    return [row[1:] for row in sorted(rows)]


# -- the run ----------------------------------------------------------------------------------


def run_side(
    side: str, admin_url: str, database: str, members, args, pace: Pace, password: str
) -> tuple[Layout, list[UserResult], Audit]:
    layout = make_team_portfolio(admin_url, database, members, args.accounts, password)
    results = run_users(side, layout, password, pace)
    return layout, results, audit(layout.url, results)


def print_side_line(name: str, totals: Totals) -> None:
    kinds = ", ".join(f"{kind} {totals.by_kind[kind]:,}" for kind in KINDS)
    print(f"{name}: {totals.edits:,} edits saved in {totals.seconds:.1f} s ({kinds})")


def report(ours: Totals, bare: Totals, checked: Audit, bare_checked: Audit) -> bool:
    """Prints the tables and ratio lines; True when no edit was lost and nothing failed."""
    print_side_line("ours", ours)
    print_side_line("bare SQL", bare)
    print(
        f"conflicts (ours): {ours.conflicts:,}; the user saved their own over it "
        f"{ours.overwritten:,} times, took the other's {ours.dropped:,}"
    )
    rows = []
    for label, share in (("p50", 0.50), ("p95", 0.95), ("p99", 0.99)):
        rows.append(
            (
                f"save latency {label}",
                percentile(ours.all_latencies(), share),
                percentile(bare.all_latencies(), share),
                "report only",
                None,
            )
        )
    for kind in KINDS:
        our_values, bare_values = ours.latencies.get(kind, []), bare.latencies.get(kind, [])
        rows.append(
            (
                f"· {kind} p95",
                percentile(our_values, 0.95),
                percentile(bare_values, 0.95),
                "",
                None,
            )
        )
    print_table("Save latency, every save attempt (ours vs bare psycopg writes)", rows)
    print(
        f"\nedits per second: ours {ours.per_second:,.1f}, bare {bare.per_second:,.1f} "
        f"({ratio_of(ours.per_second, bare.per_second):.2f}×)"
    )
    print(
        f"SQL statements per saved edit, view refresh included (BEGIN, COMMIT and pings "
        f"aside): ours {ours.statements_per_edit:.1f}, bare {bare.statements_per_edit:.1f}"
    )
    print("\nNo edit lost (ours, counted in the database as its owner)")
    print(f"  edits the users were told were saved: {checked.saved:,}")
    print(f"  in the database, logged once under their user's login: {checked.found:,}")
    print(f"  saves that replaced a change their user had not seen: {checked.overwritten_unseen}")
    print(
        f"  saves that replaced another's change after a conflict, by choice: "
        f"{checked.overwritten_by_choice:,}"
    )
    print(f"  records whose value is not their last logged write: {checked.stale_records}")
    print(f"  writes in the log no user was told were saved: {checked.unexplained}")
    errors = ours.errors + [f"bare: {error}" for error in bare.errors]
    print(f"  errors: {len(ours.errors)} (bare SQL: {len(bare.errors)})")
    for error in errors[:5]:
        print(f"    {error}")
    print(f"lost edits: {checked.lost}")
    print(
        f"bare SQL, no conflict check: {bare_checked.overwritten_unseen:,} saves replaced a "
        f"change their user had not seen (edits lost); "
        f"{bare_checked.saved - bare_checked.found} saved edits not found"
    )
    p95_ours = percentile(ours.all_latencies(), 0.95)
    p95_bare = percentile(bare.all_latencies(), 0.95)
    print(
        f"ratio p95 save latency: {ratio_of(p95_ours, p95_bare):.2f}× ({p95_ours:.1f} ms): "
        "report only"
    )
    print(
        f"ratio edits per second: {ratio_of(ours.per_second, bare.per_second):.2f}× "
        f"({ours.per_second:,.1f} per s): report only"
    )
    return checked.lost == 0 and checked.unexplained == 0 and not errors


def run(args: argparse.Namespace, admin_url: str, folder: Path) -> bool:
    run_name = f"kdbench_{uuid.uuid4().hex[:8]}"
    members = team_members(args.users, run_name)
    password = secrets.token_urlsafe(16)
    databases = [f"{run_name}_bare", f"{run_name}_ours"]
    directors = sum(m.role == "director" for m in members)
    pace = Pace(args.seconds, args.pause_ms / 1000)
    paced = f", {args.pause_ms:g} ms apart on average" if args.pause_ms else ", without pause"
    print(
        f"Team mode: {args.users} users ({directors} director(s), {args.users - directors} "
        f"KAMs) editing {args.accounts:,} accounts for {args.seconds:g} s{paced}, one process "
        f"each; {server_description(admin_url)}; {os.cpu_count()} cores, {platform.machine()}"
    )
    try:
        _, bare_results, bare_checked = run_side(
            "bare", admin_url, databases[0], members, args, pace, password
        )
        profile = folder / "user.prof" if args.profile else None
        layout, our_results, checked = run_side(
            "ours",
            admin_url,
            databases[1],
            members,
            args,
            pace._replace(profile=profile, profiled_user=directors),
            password,
        )
        mix = ", ".join(f"{kind} {w / sum(WEIGHTS):.0%}" for kind, (w, *_) in EDITS.items())
        print(f"{layout.people:,} people; the edits: {mix}")
        passed = report(totals_of(our_results), totals_of(bare_results), checked, bare_checked)
    finally:
        drop_everything(admin_url, databases, [m.login for m in members])
    if profile is not None and profile.exists():
        print_profile(profile, members[directors].login)
    return passed


def print_profile(path: Path, login: str) -> None:
    print(f"\ncProfile of {login}'s edits (ours), top 25 by cumulative and by own time")
    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument(
        "--pause-ms",
        type=float,
        default=0.0,
        help="each user's pause between edits, on average (default 0: edit, edit, edit)",
    )
    parser.add_argument(
        "--url",
        default=os.environ.get("KAMDESK_TEST_PG_URL"),
        help="a login that may create databases and roles (default: $KAMDESK_TEST_PG_URL; "
        "without either, a throwaway cluster is started)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="adds a cProfile of one KAM's edits (ours)"
    )
    args = parser.parse_args(argv)
    kams = args.users - max(1, args.users // USERS_PER_DIRECTOR)
    if args.users < 2 or args.seconds <= 0 or args.pause_ms < 0:
        parser.error("--users must be at least 2, --seconds more than 0, --pause-ms not negative")
    if args.accounts < kams:
        parser.error(f"--accounts must be at least the number of KAMs ({kams})")
    with (
        tempfile.TemporaryDirectory(prefix="kamdesk-bench-team-") as folder,
        isolated_environment(Path(folder)),
        postgres_server(args.url) as admin_url,
    ):
        return 0 if run(args, admin_url, Path(folder)) else 1


if __name__ == "__main__":
    sys.exit(main())
