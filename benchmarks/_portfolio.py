"""Benchmark helpers: a portfolio with N realistic accounts, built fast and cached by N.

The file is made with :func:`create_portfolio` (so it has the real schema, criteria and stages)
and then filled with SQLAlchemy Core ``insert()`` in one transaction: accounts, ICP ratings for
most of them, twelve months of revenue for some, and for a share of them a few stakeholders
with their reporting lines and an influence link (what an Excel export carries besides the
accounts). It is cached in the temp folder under a
name that holds N, the schema revision and the month (revenue is dated relative to today), so a
second run opens it at once and a schema change or a new month builds a fresh one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from kamdesk import PORTFOLIO_SUFFIX
from kamdesk.analytics.cnpj import format_cnpj, random_cnpj
from kamdesk.model import (
    Account,
    IcpCriterion,
    IcpRating,
    RevenueRecord,
    Stakeholder,
    StakeholderLink,
)
from kamdesk.model.enums import BuyingRole, LifecycleStage, LinkKind, Stance, Strategy, fold
from kamdesk.services.portfolios import create_portfolio
from kamdesk.store import migrate

GENERATOR_VERSION = 2  # bump when the generated data changes, to drop old cached files
SEED = 20240601
RATED_SHARE = 0.85  # accounts with ICP ratings
FULLY_RATED_SHARE = 0.8  # of those, the ones with every criterion rated
REVENUE_SHARE = 0.3  # accounts with twelve months of revenue
ARCHIVED_SHARE = 0.03
STAKEHOLDER_SHARE = 0.2  # accounts with a decision chain: 2–6 people, the first one the boss
INFLUENCE_SHARE = 0.5  # of those, the ones with an "influences" link as well
CHUNK = 20_000

FIRST_WORDS = (
    "Alfa", "Atlântica", "Brasil", "Cerrado", "Comércio", "Distribuidora", "Engenharia",
    "Ferro", "Grupo", "Horizonte", "Indústria", "Jequitibá", "Logística", "Metalúrgica",
    "Nova", "Óleo", "Paraná", "Química", "Rede", "São Paulo", "Têxtil", "União", "Vale",
    "Xingu", "Zênite", "Minas", "Pampa", "Recife", "Amazônia", "Guanabara",
)  # fmt: skip
SECOND_WORDS = (
    "Agro", "Tech", "Sul", "Norte", "Energia", "Alimentos", "Serviços", "Transportes",
    "Construções", "Farma", "Papel", "Máquinas", "Saúde", "Varejo", "Digital", "Mineração",
    "Embalagens", "Plásticos", "Telecom", "Seguros",
)  # fmt: skip
SUFFIXES = ("Ltda.", "S.A.", "Participações S.A.", "Comércio Ltda.", "Indústria e Comércio Ltda.")
INDUSTRIES = (
    "Agronegócio", "Alimentos e bebidas", "Automotivo", "Construção civil", "Energia",
    "Farmacêutico", "Financeiro", "Logística", "Mineração", "Metalurgia", "Papel e celulose",
    "Química", "Saúde", "Tecnologia", "Telecomunicações", "Têxtil", "Varejo",
)  # fmt: skip
REGIONS = ("Norte", "Nordeste", "Centro-Oeste", "Sudeste", "Sul", "São Paulo", "Exterior")
OWNERS = (
    "Ana Souza", "Bruno Lima", "Camila Rocha", "Diego Martins", "Eduarda Alves",
    "Fábio Gomes", "Gabriela Dias", "Heitor Ribeiro", "Isabela Castro", "João Pereira",
    "Larissa Melo", "Marcos Araújo", "Natália Barros", "Otávio Nunes", "", "",
)  # fmt: skip
PEOPLE_FIRST = (
    "Adriana", "André", "Beatriz", "Carlos", "Cláudia", "Daniel", "Elaine", "Fernando",
    "Flávia", "Gustavo", "Helena", "Igor", "Juliana", "Lucas", "Márcia", "Paulo", "Renata",
    "Sérgio", "Tatiana", "Vinícius",
)  # fmt: skip
PEOPLE_LAST = (
    "Almeida", "Barbosa", "Cardoso", "Costa", "Fernandes", "Lopes", "Moreira", "Oliveira",
    "Pinto", "Santos", "Silva", "Teixeira", "Vieira", "Conceição", "Gonçalves",
)  # fmt: skip
PEOPLE_NAMES = [(first, last) for first in PEOPLE_FIRST for last in PEOPLE_LAST]
JOB_TITLES = (
    "Diretor(a) de Compras", "Gerente de TI", "CFO", "Coordenador(a) de Suprimentos",
    "Gerente de Operações", "Analista de Compras", "CEO", "Gerente Comercial",
)  # fmt: skip
BANDS = ("", "até R$ 10 mi", "R$ 10–50 mi", "R$ 50–300 mi", "acima de R$ 300 mi")
STAGE_WEIGHTS = (
    (LifecycleStage.TARGETING, 3),
    (LifecycleStage.ACQUISITION, 2),
    (LifecycleStage.DEVELOPMENT, 3),
    (LifecycleStage.RETENTION, 4),
    (LifecycleStage.RECOVERY, 1),
)


def cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "kamdesk-bench"


def portfolio_path(accounts: int, folder: Path | None = None) -> Path:
    """Where the cached portfolio with ``accounts`` accounts lives (it may not exist yet)."""
    month = dt.date.today().strftime("%Y%m")
    revision = migrate.head_revision()
    name = f"accounts-{accounts}-{revision}-{month}-g{GENERATOR_VERSION}{PORTFOLIO_SUFFIX}"
    return (folder or cache_dir()) / name


def ensure_portfolio(accounts: int, folder: Path | None = None, quiet: bool = False) -> Path:
    """The path of a closed portfolio with ``accounts`` accounts, building it when not cached."""
    path = portfolio_path(accounts, folder)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built under a private name and renamed into place, so a half-built file is never used
    # and two runs building at once do not trip over each other.
    building = path.with_name(f"building-{os.getpid()}-{path.name}")
    started = time.perf_counter()
    try:
        build_portfolio(building, accounts)
        os.replace(building, path)
    finally:
        for leftover in _sidecars(building):
            leftover.unlink(missing_ok=True)
    if not quiet:
        took = time.perf_counter() - started
        print(f"built {path} ({accounts:,} accounts) in {took:.1f} s")
    return path


def _sidecars(path: Path) -> list[Path]:
    return [path] + [Path(f"{path}{end}") for end in ("-wal", "-shm", "-journal", ".lock")]


def build_portfolio(path: Path, accounts: int, seed: int = SEED) -> None:
    """Creates the portfolio at ``path`` and bulk-inserts ``accounts`` accounts into it."""
    portfolio = create_portfolio(path)
    try:
        with portfolio.engine.begin() as connection:
            criteria = list(connection.scalars(select(IcpCriterion.id).order_by(IcpCriterion.id)))
            rng = random.Random(seed)
            rows = _account_rows(rng, accounts)
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(Account), rows[start : start + CHUNK])
            ratings = _rating_rows(rng, accounts, criteria)
            for start in range(0, len(ratings), CHUNK * 5):
                connection.execute(insert(IcpRating), ratings[start : start + CHUNK * 5])
            revenue = _revenue_rows(rng, accounts)
            for start in range(0, len(revenue), CHUNK * 5):
                connection.execute(insert(RevenueRecord), revenue[start : start + CHUNK * 5])
            people, links = _stakeholder_rows(rng, accounts)
            for start in range(0, len(people), CHUNK):
                connection.execute(insert(Stakeholder), people[start : start + CHUNK])
            for start in range(0, len(links), CHUNK):
                connection.execute(insert(StakeholderLink), links[start : start + CHUNK])
    finally:
        portfolio.close()


def _account_rows(rng: random.Random, count: int) -> list[dict]:
    stages = [s for s, _ in STAGE_WEIGHTS]
    weights = [w for _, w in STAGE_WEIGHTS]
    now = dt.datetime(2024, 1, 1)
    rows = []
    for account_id in range(1, count + 1):
        first, second = rng.choice(FIRST_WORDS), rng.choice(SECOND_WORDS)
        name = f"{first} {second} {account_id}"
        stamp = now + dt.timedelta(minutes=rng.randrange(600_000))
        rows.append(
            {
                "id": account_id,
                "name": name,
                "name_key": fold(name),
                "legal_name": f"{first} {second} {rng.choice(SUFFIXES)}",
                "tax_id": format_cnpj(random_cnpj(rng)) if rng.random() < 0.9 else "",
                "industry": rng.choice(INDUSTRIES),
                "employees": rng.choice((None, rng.randrange(5, 50_000))),
                "revenue_band": rng.choice(BANDS),
                "region": rng.choice(REGIONS),
                "owner": rng.choice(OWNERS),
                "tier_override": None,
                "strategic_importance": rng.choices((1, 2, 3, 4, 5), (1, 3, 5, 2, 1))[0],
                "lifecycle_stage": rng.choices(stages, weights)[0],
                "strategies": [s.value for s in rng.sample(list(Strategy), rng.randrange(3))],
                "value_proposition": "",
                "desired_position": "",
                "perceived_position": "",
                "acquisition_cost": Decimal(rng.randrange(0, 5_000_000)) / 100,
                "client_since": dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
                "notes": "",
                "archived": rng.random() < ARCHIVED_SHARE,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return rows


def _rating_rows(rng: random.Random, count: int, criteria: list[int]) -> list[dict]:
    rows = []
    for account_id in range(1, count + 1):
        if rng.random() >= RATED_SHARE:
            continue
        rated = criteria
        if rng.random() >= FULLY_RATED_SHARE:
            rated = rng.sample(criteria, rng.randrange(1, len(criteria)))
        level = rng.randrange(1, 6)
        for criterion_id in rated:
            rating = min(5, max(1, level + rng.choice((-1, 0, 0, 1))))
            rows.append({"account_id": account_id, "criterion_id": criterion_id, "rating": rating})
    return rows


def _revenue_rows(rng: random.Random, count: int) -> list[dict]:
    """Twelve months before this one, for a share of the accounts (what the table sums)."""
    this_month = dt.date.today().replace(day=1)
    index = this_month.year * 12 + this_month.month - 1
    months = [dt.date((index - n) // 12, (index - n) % 12 + 1, 1) for n in range(12, 0, -1)]
    rows = []
    for account_id in range(1, count + 1):
        if rng.random() >= REVENUE_SHARE:
            continue
        size = 10 ** rng.uniform(3, 6)
        for month in months:
            revenue = Decimal(round(size * rng.uniform(0.0, 2.0))) if rng.random() < 0.9 else 0
            recurring = (revenue * Decimal("0.6")).quantize(Decimal(1))
            rows.append(
                {
                    "account_id": account_id,
                    "month": month,
                    "revenue": Decimal(revenue),
                    "recurring": recurring,
                }
            )
    return rows


def _stakeholder_rows(rng: random.Random, count: int) -> tuple[list[dict], list[dict]]:
    """People for a share of the accounts, each reporting to the account's first person, and
    sometimes one influencing another: the Stakeholders and Relations sheets of an export."""
    people, links = [], []
    last_contact = dt.date(2024, 1, 1)
    for account_id in range(1, count + 1):
        if rng.random() >= STAKEHOLDER_SHARE:
            continue
        first_id = len(people) + 1
        # Distinct names within the account: the account and the name are the natural key.
        names = rng.sample(PEOPLE_NAMES, rng.randint(2, 6))
        for first, last in names:
            people.append(
                {
                    "id": len(people) + 1,
                    "account_id": account_id,
                    "org_unit_id": None,
                    "name": f"{first} {last}",
                    "job_title": rng.choice(JOB_TITLES),
                    "email": f"{fold(first)}.{fold(last)}@example.com.br".replace(" ", ""),
                    "phone": f"(11) 9{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                    "buying_role": rng.choice((None, *BuyingRole)),
                    "influence": rng.randint(1, 5),
                    "stance": rng.choice(list(Stance)),
                    "relationship_strength": rng.randint(1, 5),
                    "mindset": "",
                    "relationship_owner": rng.choice(OWNERS),
                    "last_contact": last_contact + dt.timedelta(days=rng.randrange(700)),
                    "notes": "",
                    "map_x": None,
                    "map_y": None,
                }
            )
        last_id = len(people)
        for person_id in range(first_id + 1, last_id + 1):
            boss = _link(len(links) + 1, account_id, person_id, first_id, LinkKind.REPORTS_TO)
            links.append(boss)
        if rng.random() < INFLUENCE_SHARE:
            source, target = rng.sample(range(first_id, last_id + 1), 2)
            links.append(_link(len(links) + 1, account_id, source, target, LinkKind.INFLUENCES))
    return people, links


def _link(link_id: int, account_id: int, source: int, target: int, kind: LinkKind) -> dict:
    strength = 2 if kind is LinkKind.INFLUENCES else None
    return {
        "id": link_id,
        "account_id": account_id,
        "source_id": source,
        "target_id": target,
        "kind": kind,
        "strength": strength,
    }


# -- measuring -----------------------------------------------------------------------------


def median_ms(action: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None):
    """Median wall time of ``action`` in milliseconds over ``repeat`` runs (``setup`` untimed)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@contextlib.contextmanager
def isolated_environment(folder: Path) -> Iterator[dict[str, str]]:
    """Points settings, data and documents folders into ``folder`` while the block runs.

    Yields the variables set, for child processes; the old values come back afterwards.
    """
    values = {
        "KAMDESK_DATA_DIR": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "share"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "XDG_DOCUMENTS_DIR": str(folder / "documents"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen",
    }
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield values
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def ratio(ours: float, bare: float) -> float:
    return ours / bare if bare > 0 else float("inf")


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("PASS" if ok else "FAIL")


def print_table(title: str, lines: list[tuple[str, float, float, str, bool | None]]) -> None:
    """Prints ``(what, ours ms, bare ms, goal, met)`` lines with the ours/bare ratio."""
    print(f"\n{title}")
    header = f"{'measure':<34} {'ours ms':>10} {'bare ms':>10} {'ratio':>7}  {'goal':<18} result"
    print(header)
    print("-" * len(header))
    for what, ours, bare, goal, met in lines:
        times = f"{ours:>10.1f} {bare:>10.1f} {ratio(ours, bare):>6.2f}×"
        print(f"{what:<34} {times}  {goal:<18} {verdict(met)}")
