"""The process that test_kill_safety.py kills: it imports workbooks and edits the portfolio
through the services, over and over, until it is killed.

Run as ``python kill_worker.py PORTFOLIO WORKDIR RUN SEED MODE``. ``WORKDIR`` holds the
workbooks ``A.xlsx`` and ``B.xlsx`` (the same accounts with different values), ``state.json``
(what the test found in the portfolio before this run) and the backup folder ``backups``.
``MODE`` says what to do first: ``import`` or ``backup`` (then anything), ``edits`` (only
edits) or ``any``; each operation is drawn at random from ``SEED``.

One JSON line is printed (and flushed) at each step, so the test knows, after the kill, which
operations were committed and which one was under way:

- ``{"event": "ready"}`` once the portfolio is open;
- ``{"event": "start", "op": {...}}`` before an operation (the op says all it will write);
- ``{"event": "writing", "id": ...}`` while an import's transaction or a backup's copy runs;
- ``{"event": "done", "id": ..., ...}`` once it is committed.

:func:`apply_op` is the model both sides share: what the portfolio holds after an operation.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kamdesk.excel.reader import read_workbook
from kamdesk.model import Opportunity, Risk
from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.backups import BackupService
from kamdesk.services.pipeline.data import OpportunityData
from kamdesk.services.pipeline.opportunities import OpportunityService
from kamdesk.services.plan.data import RiskData
from kamdesk.services.plan.risks import RiskService
from kamdesk.services.portfolios import open_portfolio
from kamdesk.services.workbook_import import apply_import, plan_import

KILL_TEST_PREFIX = "Kill test"  # accounts this worker creates (the import never has them)
LIFETIME_S = 60  # an orphan (its test killed first) stops by itself
BACKUP_STEP_PAUSE_S = 0.002  # a slow USB stick: each page step of a backup takes a moment
EDIT_WEIGHTS = {
    "create_account": 4,
    "update_account": 3,
    "delete_account": 1,
    "create_risk": 3,
    "update_risk": 2,
    "delete_risk": 1,
    "create_opportunity": 3,
    "update_opportunity": 2,
    "delete_opportunity": 1,
}
WEIGHTS = {**EDIT_WEIGHTS, "import": 1, "backup": 1}


def empty_state() -> dict:
    """What the test tracks: which workbook was imported last (None, "A" or "B"), the
    accounts this worker made (name → notes), risks (description → [account, likelihood])
    and opportunities (title → [account, value, history rows])."""
    return {"import": None, "accounts": {}, "risks": {}, "opportunities": {}}


def apply_op(state: dict, op: dict) -> dict:
    """The state after ``op`` was committed (a new dict; ``state`` is left as it was)."""
    after = copy.deepcopy(state)
    kind = op["kind"]
    if kind == "import":
        after["import"] = op["version"]
    elif kind in ("create_account", "update_account"):
        after["accounts"][op["name"]] = op["notes"]
    elif kind == "delete_account":
        del after["accounts"][op["name"]]
        # The database cascades: the account's risks and opportunities go with it.
        for table in ("risks", "opportunities"):
            after[table] = {k: v for k, v in after[table].items() if v[0] != op["name"]}
    elif kind in ("create_risk", "update_risk"):
        after["risks"][op["description"]] = [op["account"], op["likelihood"]]
    elif kind == "delete_risk":
        del after["risks"][op["description"]]
    elif kind == "create_opportunity":
        after["opportunities"][op["title"]] = [op["account"], op["value"], 1]
    elif kind == "update_opportunity":
        account, _, history = after["opportunities"][op["title"]]
        after["opportunities"][op["title"]] = [account, op["value"], history + 1]
    elif kind == "delete_opportunity":
        del after["opportunities"][op["title"]]
    elif kind != "backup":  # a backup leaves the portfolio as it is
        raise ValueError(f"unknown operation {kind}")
    return after


def say(event: str, **fields) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


class Worker:
    def __init__(self, portfolio_path: Path, workdir: Path, run: int, seed: int):
        self.workdir = workdir
        self.run = run
        self.rng = random.Random(seed)
        self.state = json.loads((workdir / "state.json").read_text())
        self.references = json.loads((workdir / "references.json").read_text())
        self.portfolio = open_portfolio(portfolio_path)
        self.count = 0

    # -- choosing --------------------------------------------------------------------------

    def next_op(self, kind: str | None, weights: dict[str, int]) -> dict:
        self.count += 1
        op_id = f"{self.run}.{self.count}"
        while True:
            chosen = kind or self.rng.choices(list(weights), list(weights.values()))[0]
            op = self.describe(chosen, op_id)
            if op is not None:
                return op
            kind = None  # nothing to update or delete yet: draw again

    def describe(self, kind: str, op_id: str) -> dict | None:
        """Everything ``kind`` will write, or None when there is nothing to apply it to."""
        rng, state = self.rng, self.state
        op = {"id": op_id, "kind": kind}
        if kind == "import":
            return {**op, "version": "B" if state["import"] == "A" else "A"}
        if kind == "backup":
            return op
        if kind == "create_account":
            return {**op, "name": f"{KILL_TEST_PREFIX} {op_id}", "notes": f"created {op_id}"}
        account = self.some_account()
        if kind in ("create_risk", "create_opportunity") and account is None:
            return None
        if kind == "create_risk":
            return {
                **op,
                "description": f"Kill risk {op_id}",
                "account": account,
                "likelihood": rng.randint(1, 5),
            }
        if kind == "create_opportunity":
            title, value = f"Kill deal {op_id}", rng.randrange(1, 1000) * 100
            return {**op, "title": title, "account": account, "value": value}
        table, field = {
            "account": ("accounts", "name"),
            "risk": ("risks", "description"),
            "opportunity": ("opportunities", "title"),
        }[kind.split("_", 1)[1]]
        if not state[table]:
            return None
        op[field] = rng.choice(sorted(state[table]))
        if kind == "update_account":
            op["notes"] = f"updated {op_id}"
        elif kind == "update_risk":
            old = state["risks"][op[field]][1]
            op["likelihood"] = rng.choice([n for n in range(1, 6) if n != old])
            op["account"] = state["risks"][op[field]][0]
        elif kind == "update_opportunity":
            op["value"] = state["opportunities"][op[field]][1] + 100
        return op

    def some_account(self) -> str | None:
        names = sorted(self.state["accounts"])
        if self.state["import"] is not None:
            names.append(self.references["imported_account"])
        return self.rng.choice(names) if names else None

    # -- running ---------------------------------------------------------------------------

    def run_forever(self, mode: str) -> None:
        say("ready")
        kind = mode if mode in ("import", "backup") else None
        weights = EDIT_WEIGHTS if mode == "edits" else WEIGHTS
        deadline = time.monotonic() + LIFETIME_S
        while time.monotonic() < deadline:
            op = self.next_op(kind, weights)
            kind = None
            say("start", op=op)
            write = self.import_workbook if op["kind"] == "import" else getattr(self, op["kind"])
            extra = write(op) or {}
            self.state = apply_op(self.state, op)
            say("done", id=op["id"], **extra)

    def import_workbook(self, op: dict) -> None:
        raw = read_workbook(self.workdir / f"{op['version']}.xlsx", "pt_BR")
        plan = plan_import(self.portfolio, raw)
        if plan.has_errors:
            raise SystemExit(f"the workbook {op['version']} has errors: {plan.errors[:3]}")
        apply_import(self.portfolio, plan, progress=lambda *_: say("writing", id=op["id"]))

    def backup(self, op: dict) -> dict:
        def progress(_done: int, _total: int) -> None:
            say("writing", id=op["id"])
            time.sleep(BACKUP_STEP_PAUSE_S)

        service = BackupService(self.workdir / "backups")
        made = service.make(self.portfolio.path, progress=progress)
        return {"path": str(made.path)}

    def account_id(self, name: str) -> int:
        return AccountService(self.portfolio).find_id(name)

    def record_id(self, model, column: str, value: str) -> int:
        with self.portfolio.session() as session:
            return session.scalar(select(model.id).where(getattr(model, column) == value))

    def create_account(self, op: dict) -> None:
        AccountService(self.portfolio).create(AccountData(name=op["name"], notes=op["notes"]))

    def update_account(self, op: dict) -> None:
        service = AccountService(self.portfolio)
        service.update(self.account_id(op["name"]), {"notes": op["notes"]})

    def delete_account(self, op: dict) -> None:
        AccountService(self.portfolio).delete([self.account_id(op["name"])])

    def create_risk(self, op: dict) -> None:
        data = RiskData(
            account_id=self.account_id(op["account"]),
            description=op["description"],
            likelihood=op["likelihood"],
        )
        RiskService(self.portfolio).create(data)

    def update_risk(self, op: dict) -> None:
        risk_id = self.record_id(Risk, "description", op["description"])
        RiskService(self.portfolio).update(risk_id, {"likelihood": op["likelihood"]})

    def delete_risk(self, op: dict) -> None:
        RiskService(self.portfolio).delete([self.record_id(Risk, "description", op["description"])])

    def create_opportunity(self, op: dict) -> None:
        data = OpportunityData(
            account_id=self.account_id(op["account"]),
            title=op["title"],
            one_time_value=Decimal(op["value"]),
        )
        OpportunityService(self.portfolio).create(data)

    def update_opportunity(self, op: dict) -> None:
        opportunity_id = self.record_id(Opportunity, "title", op["title"])
        changes = {"one_time_value": Decimal(op["value"])}
        OpportunityService(self.portfolio).update(opportunity_id, changes)

    def delete_opportunity(self, op: dict) -> None:
        opportunity_id = self.record_id(Opportunity, "title", op["title"])
        OpportunityService(self.portfolio).delete([opportunity_id])


def main(argv: list[str]) -> None:
    portfolio, workdir, run, seed, mode = argv
    worker = Worker(Path(portfolio), Path(workdir), int(run), int(seed))
    worker.run_forever(mode)


if __name__ == "__main__":
    main(sys.argv[1:])
