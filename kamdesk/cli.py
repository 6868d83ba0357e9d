"""The ``kamdesk`` command: the window, and the same services without it (DESIGN §7).

Exit status: 0 done; 1 the input was rejected (nothing written); 2 usage error or unreadable file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kamdesk import __version__

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("demo", "check")


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
    check.add_argument("portfolio", type=Path)
    check.add_argument("--json", action="store_true")
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kamdesk",
        description="KAMdesk: the key account manager's desktop",
        epilog=f"commands: {', '.join(COMMANDS)} (kamdesk COMMAND --help)",
    )
    parser.add_argument("portfolio", nargs="?", type=Path)
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
    from kamdesk.store import Portfolio, PortfolioError
    from kamdesk.store.migrate import head_revision

    try:
        portfolio = Portfolio.open(args.portfolio)
    except PortfolioError as exc:
        _report({"ok": False, "error": str(exc)}, args.json)
        return EXIT_USAGE
    with portfolio:
        problems = portfolio.integrity_problems(full=True)
        revision = portfolio.schema_revision()
    result = {
        "ok": not problems and revision == head_revision(),
        "schema": revision,
        "expected_schema": head_revision(),
        "problems": problems,
    }
    _report(result, args.json)
    return EXIT_OK if result["ok"] else EXIT_REJECTED


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
        return {"demo": run_demo, "check": run_check}[args.command](args)
    args = _window_parser().parse_args(argv)
    from kamdesk.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
