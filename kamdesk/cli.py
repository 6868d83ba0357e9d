"""The ``kamdesk`` command: the window, and the same services without it (DESIGN §7).

Exit status: 0 done; 1 the input was rejected (nothing written); 2 usage error or unreadable file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from kamdesk import __version__
from kamdesk.cli_team import add_team_commands, run_team

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
PORTFOLIO_HELP = (
    "a .kamdesk file, or a team portfolio's database: postgresql://user@host[:port]/database"
    " (the password in the URL or the PGPASSWORD environment variable)"
)
SERVER_URL_HELP = (
    "postgresql://user@host[:port]/database (the password in the URL or the PGPASSWORD"
    " environment variable)"
)
COMMANDS = (
    "demo",
    "check",
    "export",
    "import",
    "metrics",
    "report",
    "publish",
    "take-offline",
    "team",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits with 2 too, but says so on stderr first
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kamdesk", description="KAMdesk command line")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    demo = commands.add_parser("demo", help="write a realistic demo portfolio")
    demo.add_argument("out", type=Path)
    demo.add_argument("--accounts", type=int, default=40)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--lang", choices=("pt_BR", "en"), default="pt_BR")
    demo.add_argument("--force", action="store_true", help="replace OUT if it exists")
    check = commands.add_parser("check", help="integrity and schema check")
    check.add_argument("portfolio", type=_portfolio, help=PORTFOLIO_HELP)
    check.add_argument("--json", action="store_true")
    export = commands.add_parser("export", help="write the portfolio as an Excel workbook")
    export.add_argument("portfolio", type=_portfolio, help=PORTFOLIO_HELP)
    export.add_argument("out", type=Path)
    export.add_argument("--lang", choices=("pt_BR", "en"), default="pt_BR")
    export.add_argument("--account", help="only this account (by name) and its records")
    export.add_argument("--template", action="store_true", help="the headers only, no data")
    import_ = commands.add_parser(
        "import", help="bring an edited workbook (or one sheet as CSV) into the portfolio"
    )
    import_.add_argument(
        "portfolio",
        type=_portfolio,
        help=PORTFOLIO_HELP + "; created when it does not exist (or the database is empty)",
    )
    import_.add_argument("file", type=Path, metavar="IN.xlsx|IN.csv")
    import_.add_argument("--dry-run", action="store_true", help="show what would change only")
    import_.add_argument(
        "--delete-missing", action="store_true", help="delete records the workbook leaves out"
    )
    import_.add_argument("--json", action="store_true")
    import_.add_argument("--sheet", help="which sheet a CSV file holds (default: its name)")
    import_.add_argument(
        "--errors-workbook",
        type=Path,
        metavar="OUT.xlsx",
        help="when there are problems, write a copy of the file with them marked",
    )
    import_.add_argument(
        "--lang",
        choices=("pt_BR", "en"),
        default="pt_BR",
        help="for numbers like 1.234 when the workbook does not say its language",
    )
    metrics = commands.add_parser(
        "metrics", help="retention, NPS/CSAT, CLV, CAC, pipeline and each account's health"
    )
    metrics.add_argument("portfolio", type=_portfolio, help=PORTFOLIO_HELP)
    metrics.add_argument("--from", dest="first", type=_month, metavar="YYYY-MM", help="t0")
    metrics.add_argument("--to", dest="last", type=_month, metavar="YYYY-MM", help="t1")
    metrics.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the figures are taken on (default: today)",
    )
    metrics.add_argument("--json", action="store_true")
    report = commands.add_parser(
        "report", help="the account-plan PDF of one account, or the portfolio summary PDF"
    )
    report.add_argument("portfolio", type=_portfolio, help=PORTFOLIO_HELP)
    report.add_argument("out", type=Path, metavar="OUT.pdf")
    report.add_argument("--account", help="the plan of this account (by name); default: summary")
    report.add_argument("--lang", choices=("pt_BR", "en"), default="pt_BR")
    report.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the figures are taken on (default: today)",
    )
    _add_transfer_commands(commands)
    add_team_commands(commands, SERVER_URL_HELP)
    return parser


def _add_transfer_commands(commands) -> None:
    publish = commands.add_parser(
        "publish", help="copy a portfolio file into an empty database on a team server"
    )
    publish.add_argument("file", type=Path, metavar="FILE", help="the .kamdesk file")
    publish.add_argument("url", metavar="URL", help="the empty database: " + SERVER_URL_HELP)
    publish.add_argument("--json", action="store_true")
    offline = commands.add_parser(
        "take-offline", help="copy a team server's portfolio into a new portfolio file"
    )
    offline.add_argument("url", metavar="URL", help="the team portfolio: " + SERVER_URL_HELP)
    offline.add_argument("file", type=Path, metavar="FILE", help="the new .kamdesk file")
    offline.add_argument("--replace", action="store_true", help="replace FILE if it exists")
    offline.add_argument("--json", action="store_true")


def _portfolio(text: str) -> Path | str:
    """A portfolio file, or a database URL kept as it is (a Path would fold its "//")."""
    from kamdesk.store.errors import is_database_url

    return text if is_database_url(text) else Path(text)


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11") from None


def _window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kamdesk",
        description="KAMdesk: the key account manager's desktop",
        epilog=f"commands: {', '.join(COMMANDS)} (kamdesk COMMAND --help)",
    )
    parser.add_argument("portfolio", nargs="?", type=_portfolio, help=PORTFOLIO_HELP)
    parser.add_argument("--version", action="version", version=f"KAMdesk {__version__}")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open the window, visit every tab, close, exit 0"
    )
    parser.add_argument("--screenshots", type=Path, help="with --smoke-test: save a PNG per tab")
    parser.add_argument("--lang", choices=("pt_BR", "en"), help="interface language")
    return parser


def run_demo(args) -> int:
    from kamdesk.services.demo import write_demo
    from kamdesk.services.portfolios import remove_portfolio_files

    if args.out.exists():
        if not args.force:
            print(
                f"kamdesk: {args.out} already exists (use --force to replace it)", file=sys.stderr
            )
            return EXIT_USAGE
        remove_portfolio_files(args.out)
    summary = write_demo(args.out, accounts=args.accounts, seed=args.seed, language=args.lang)
    print(f"{args.out}: " + ", ".join(f"{n} {name}" for name, n in summary.items()))
    return EXIT_OK


def run_check(args) -> int:
    from kamdesk.services.portfolios import integrity_problems
    from kamdesk.store import Portfolio, PortfolioError
    from kamdesk.store.migrate import head_revision

    try:
        portfolio = Portfolio.open(args.portfolio)
    except PortfolioError as exc:
        _report({"ok": False, "error": str(exc)}, args.json)
        return EXIT_USAGE
    with portfolio:
        problems = integrity_problems(portfolio, full=True)
        revision = portfolio.schema_revision()
    result = {
        "ok": not problems and revision == head_revision(),
        "schema": revision,
        "expected_schema": head_revision(),
        "problems": problems,
    }
    _report(result, args.json)
    return EXIT_OK if result["ok"] else EXIT_REJECTED


def run_export(args) -> int:
    from kamdesk.excel.writer import WorkbookTooLarge
    from kamdesk.services.workbook_export import export_workbook

    portfolio = _open_or_say(args.portfolio)
    if portfolio is None:
        return EXIT_USAGE
    with portfolio:
        found, account_id = _account_named(portfolio, args.account)
        if not found:
            return EXIT_REJECTED
        try:
            result = export_workbook(
                portfolio,
                args.out,
                language=args.lang,
                account_id=account_id,
                template=args.template,
            )
        except WorkbookTooLarge as exc:
            print(f"kamdesk: {exc}", file=sys.stderr)
            return EXIT_REJECTED
        except OSError as exc:
            print(f"kamdesk: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    counts = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in result.rows.items())
    print(f"{result.path}: {counts}")
    return EXIT_OK


def run_import(args) -> int:
    from kamdesk.excel.reader import UnreadableWorkbook
    from kamdesk.services.portfolios import create_portfolio, remove_portfolio_files
    from kamdesk.services.workbook_import import import_workbook
    from kamdesk.store import Portfolio, PortfolioError
    from kamdesk.store.server import ServerPortfolio

    if args.errors_workbook is not None:
        refusal = _errors_workbook_refusal(args.file, args.errors_workbook)
        if refusal:
            return _import_failed(refusal, args.json)
    try:
        created = _is_new(args.portfolio)
        portfolio = create_portfolio(args.portfolio) if created else Portfolio.open(args.portfolio)
    except PortfolioError as exc:
        return _import_failed(str(exc), args.json)
    written = False
    try:
        with portfolio:
            plan, written = import_workbook(
                portfolio,
                args.file,
                dry_run=args.dry_run,
                delete_missing=args.delete_missing,
                csv_sheet=args.sheet,
                language_hint=args.lang,
            )
    except UnreadableWorkbook as exc:
        return _import_failed(exc.problem.text(), args.json)
    except OSError as exc:
        return _import_failed(f"cannot read {args.file}: {exc.strerror or exc}", args.json)
    finally:
        if created and not written:  # a rejected import or a dry run leaves no new file
            if isinstance(portfolio, ServerPortfolio):  # nor tables in the empty database
                portfolio.drop_schema()
            else:
                remove_portfolio_files(args.portfolio)
                Path(f"{args.portfolio}.lock").unlink(missing_ok=True)
    _print_import(plan, written, args.json, args.dry_run)
    wanted = args.errors_workbook is not None and (plan.errors or plan.warnings)
    if wanted and not _write_errors_workbook(args.file, plan, args.errors_workbook):
        return EXIT_USAGE
    return EXIT_REJECTED if plan.has_errors else EXIT_OK


def _is_new(portfolio: Path | str) -> bool:
    """Whether an import creates the portfolio: no file there, or an empty database."""
    if isinstance(portfolio, Path):
        return not portfolio.exists()
    from kamdesk.store.server import ServerPortfolio

    return ServerPortfolio.is_empty(portfolio)


def _errors_workbook_refusal(source: Path, target: Path) -> str:
    """Why ``--errors-workbook`` cannot be written, known before anything is done ("" if fine)."""
    from kamdesk.excel.errors_workbook import check_target

    try:
        check_target(source, target)
    except ValueError as exc:  # not .xlsx, or the source itself
        return str(exc)
    return ""


def _write_errors_workbook(source: Path, plan, target: Path) -> bool:
    """Writes the errors workbook (messages in English, as the command prints them)."""
    from kamdesk.excel.errors_workbook import write_errors_workbook
    from kamdesk.excel.reader import UnreadableWorkbook

    problems = [(p, p.text(), True) for p in plan.errors]
    problems += [(p, p.text(), False) for p in plan.warnings]
    try:
        write_errors_workbook(source, problems, target, language="en")
    except UnreadableWorkbook as exc:  # UnmarkableWorkbook: a password, damage
        print(f"kamdesk: no errors workbook: {exc.problem.text()}", file=sys.stderr)
        return False
    except OSError as exc:
        print(f"kamdesk: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return False
    print(f"errors workbook: {target}", file=sys.stderr)
    return True


def _import_failed(message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"written": False, "error": message}, ensure_ascii=False))
    else:
        print(f"kamdesk: {message}", file=sys.stderr)
    return EXIT_USAGE


def _print_import(plan, written: bool, as_json: bool, dry_run: bool) -> None:
    from kamdesk.services.workbook_import import problem_line

    if as_json:
        print(json.dumps(plan.as_json(written), ensure_ascii=False, default=str))
        return
    for problem in plan.warnings:
        print(f"warning: {problem_line(problem)}", file=sys.stderr)
    for problem in plan.errors:
        print(problem_line(problem), file=sys.stderr)
    for sheet, counts in plan.as_json(written)["sheets"].items():
        print(f"{sheet}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    if plan.has_errors:
        print(f"rejected: {len(plan.errors)} error(s), nothing was written", file=sys.stderr)
    elif dry_run:
        print("dry run: nothing was written")
    else:
        print("written")


def run_metrics(args) -> int:
    from kamdesk.services.health.metrics import MetricsService, metrics_json
    from kamdesk.services.settings import SettingsService

    portfolio = _open_or_say(args.portfolio)
    if portfolio is None:
        return EXIT_USAGE
    today = args.as_of or dt.date.today()
    with portfolio:
        try:
            report = MetricsService(portfolio).report(today, args.first, args.last)
        except ValueError as exc:
            print(f"kamdesk: {exc}", file=sys.stderr)
            return EXIT_USAGE
        currency = SettingsService(portfolio).load().currency
    result = metrics_json(report, currency)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print_metrics(result)
    return EXIT_OK


def _print_metrics(result: dict) -> None:
    period = result["period"]
    print(f"period {period['from']} → {period['to']} ({result['currency']})")
    for key in (
        "grr",
        "nrr",
        "logo_churn",
        "revenue_churn",
        "nps",
        "csat",
        "clv",
        "cac",
        "clv_to_cac",
        "revenue",
        "recurring_revenue",
        "weighted_pipeline",
        "win_rate",
        "forecast_accuracy",
    ):
        value = result[key]
        print(f"  {key:<18} {'—' if value is None else value}")
    print("accounts (health, band):")
    for account in sorted(result["accounts"], key=lambda a: (a["health"] is None, a["health"])):
        print(f"  {account['name']:<40} {account['health']!s:>5} {account['health_band']!s:<6}")


def run_report(args) -> int:

    if not args.out.parent.is_dir():
        print(f"kamdesk: cannot write {args.out}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    portfolio = _open_or_say(args.portfolio)
    if portfolio is None:
        return EXIT_USAGE
    _start_qt()  # fonts, the map's scene and the translations need a QApplication
    from kamdesk.ui.i18n import install_language
    from kamdesk.ui.report.document import render_account_plan, render_portfolio_summary
    from kamdesk.ui.report.map_picture import render_map_picture

    install_language(args.lang)
    today = args.as_of or dt.date.today()
    with portfolio:
        found, account_id = _account_named(portfolio, args.account)
        if not found:
            return EXIT_REJECTED
        try:
            if account_id is None:
                pages = render_portfolio_summary(portfolio, args.out, today)
            else:
                picture = render_map_picture(portfolio, account_id, today)
                pages = render_account_plan(portfolio, account_id, args.out, today, picture)
        except OSError as exc:
            print(f"kamdesk: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    print(f"{args.out}: {pages} page(s)")
    return EXIT_OK


def run_publish(args) -> int:
    from kamdesk.services.team.transfer import publish

    return _transfer(lambda: publish(args.file, args.url), args.json)


def run_take_offline(args) -> int:
    from kamdesk.services.team.transfer import take_offline

    return _transfer(lambda: take_offline(args.url, args.file, replace=args.replace), args.json)


def _transfer(copy, as_json: bool) -> int:
    """Runs a publish or take-offline and prints how every table compares."""
    from kamdesk.services.team.transfer import CopyDiffers, CopyFailed, TargetExists
    from kamdesk.store import PortfolioError

    try:
        report = copy()
    except CopyDiffers as exc:  # the content was refused: nothing kept
        _print_transfer(exc.report, as_json, str(exc))
        return EXIT_REJECTED
    except PortfolioError as exc:
        hint = " (use --replace to replace it)" if isinstance(exc, TargetExists) else ""
        _transfer_failed(f"{exc}{hint}", as_json)
        return EXIT_REJECTED if isinstance(exc, CopyFailed) else EXIT_USAGE
    _print_transfer(report, as_json)
    return EXIT_OK


def _transfer_failed(message: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"copied": False, "error": message}, ensure_ascii=False))
    else:
        print(f"kamdesk: {message}", file=sys.stderr)


def _print_transfer(report, as_json: bool, error: str = "") -> None:
    if as_json:
        result = {"copied": not error, **report.as_json()}
        print(json.dumps(result | ({"error": error} if error else {}), ensure_ascii=False))
        return
    for table in report.tables:
        same = "identical" if table.identical else f"DIFFERS ({table.copy.rows} rows in the copy)"
        print(f"{table.table}: {table.source.rows} rows, {same}")
    if error:
        print(f"kamdesk: {error}", file=sys.stderr)
        return
    print(
        f"{report.target}: {len(report.tables)} tables, {report.rows} rows copied;"
        " every table identical"
    )


_qt_app = None  # the QApplication a command started (Qt needs it alive until the end)


def _start_qt() -> None:
    """Starts a QApplication unless one runs; without a display (a server, CI) an offscreen
    one, which still has fonts."""
    import os

    from PySide6.QtWidgets import QApplication

    global _qt_app
    if QApplication.instance() is None:
        has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and not has_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qt_app = QApplication(["kamdesk"])


def _open_or_say(target):
    """The portfolio at ``target`` (a file, or a database URL); None after saying why it cannot
    be opened."""
    from kamdesk.store import Portfolio, PortfolioError

    try:
        return Portfolio.open(target)
    except PortfolioError as exc:
        print(f"kamdesk: {exc}", file=sys.stderr)
        return None


def _account_named(portfolio, name: str | None) -> tuple[bool, int | None]:
    """(found, id) of the account called ``name``; no name: (True, None), the whole portfolio.
    When no account has that name it says so and gives (False, None)."""
    from kamdesk.services.accounts import AccountService

    if name is None:
        return True, None
    account_id = AccountService(portfolio).find_id(name)
    if account_id is None:
        print(f"kamdesk: there is no account named {name!r}", file=sys.stderr)
    return account_id is not None, account_id


def _report(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    elif result.get("ok"):
        print(f"ok: schema {result['schema']}, integrity check passed")
    else:
        print("problems found:", file=sys.stderr)
        for line in result.get("problems") or [result.get("error", "")]:
            print(f"  {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        args = _command_parser().parse_args(argv)
        runs = {
            "demo": run_demo,
            "check": run_check,
            "export": run_export,
            "import": run_import,
            "metrics": run_metrics,
            "report": run_report,
            "publish": run_publish,
            "take-offline": run_take_offline,
            "team": run_team,
        }
        return runs[args.command](args)
    args = _window_parser().parse_args(argv)
    from kamdesk.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
