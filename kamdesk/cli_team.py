"""``kamdesk team …``: the database owner sets up a team portfolio and manages its members.

    kamdesk team setup URL
    kamdesk team add URL LOGIN --role kam --name "Ana Souza" [--owner-name NAME]
    kamdesk team remove URL LOGIN
    kamdesk team list URL [--json]
    kamdesk team kams-read URL all|own

A new login's password is read from the KAMDESK_MEMBER_PASSWORD environment variable or asked
for (never on the command line, where other users of the computer could see it).
"""

from __future__ import annotations

import getpass
import json
import os
import sys

PASSWORD_ENV = "KAMDESK_MEMBER_PASSWORD"


def add_team_commands(commands, server_url_help: str) -> None:
    team = commands.add_parser("team", help="set up a team portfolio and manage its members")
    actions = team.add_subparsers(dest="team_command", required=True)
    setup = actions.add_parser("setup", help="roles and row-level security on the server")
    setup.add_argument(
        "url", metavar="URL", help="the team portfolio (as its owner): " + server_url_help
    )
    add = actions.add_parser("add", help="add a member or change their role")
    add.add_argument("url", metavar="URL")
    add.add_argument("login", help="the member's database login")
    add.add_argument("--role", choices=("director", "kam", "viewer"), required=True)
    add.add_argument("--name", default="", help="the name KAMdesk shows")
    add.add_argument(
        "--owner-name",
        default="",
        help="the accounts' Owner name that makes an account theirs (default: --name)",
    )
    remove = actions.add_parser("remove", help="take a member out of this portfolio")
    remove.add_argument("url", metavar="URL")
    remove.add_argument("login")
    listing = actions.add_parser("list", help="the members and their roles")
    listing.add_argument("url", metavar="URL")
    listing.add_argument("--json", action="store_true")
    reading = actions.add_parser("kams-read", help="whether KAMs read all accounts or only theirs")
    reading.add_argument("url", metavar="URL")
    reading.add_argument("scope", choices=("all", "own"))


def run_team(args) -> int:
    from kamdesk.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, _open_or_say
    from kamdesk.services.team.members import Member, TeamError, TeamService

    portfolio = _open_or_say(args.url)
    if portfolio is None:
        return EXIT_USAGE
    service = TeamService(portfolio)
    try:
        if args.team_command == "setup":
            service.set_up()
            print("team set up: roles director, kam and viewer; row-level security on")
        elif args.team_command == "add":
            member = Member(args.login, args.role, args.name, args.owner_name or args.name)
            exists = args.login in {m.login for m in service.members()}
            service.add(member, None if exists else _new_password(args.login))
            print(
                f"{args.login}: {args.role}"
                + (f" ({member.owner_name})" if member.owner_name else "")
            )
        elif args.team_command == "remove":
            service.remove(args.login)
            print(f"{args.login}: removed from this portfolio")
        elif args.team_command == "list":
            _print_members(service.members(), args.json)
        else:
            service.set_kams_read_all(args.scope == "all")
            print(
                f"KAMs read {'every account' if args.scope == 'all' else 'only their own accounts'}"
            )
    except TeamError as exc:
        print(f"kamdesk: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:  # the server refused (not the owner, a role missing, ...)
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()
        print(f"kamdesk: the server refused: {detail[0] if detail else exc}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        portfolio.close()
    return EXIT_OK


def _new_password(login: str) -> str:
    from kamdesk.services.team.members import TeamError

    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise TeamError(f"a new login needs a password: set {PASSWORD_ENV}")
    first = getpass.getpass(f"password for {login}: ")
    if not first or first != getpass.getpass("again: "):
        raise TeamError("the passwords are empty or differ")
    return first


def _print_members(members, as_json: bool) -> None:
    if as_json:
        rows = [m.__dict__ for m in members]
        print(json.dumps(rows, ensure_ascii=False))
        return
    for member in members:
        owner = f", owns accounts of {member.owner_name!r}" if member.owner_name else ""
        print(f"{member.login}: {member.role} ({member.display_name}){owner}")
    if not members:
        print("no members yet: kamdesk team add URL LOGIN --role kam --name NAME")
