"""A team portfolio on the test server: its owner, and members who log in as themselves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from kamdesk.services.accounts import AccountData, AccountService
from kamdesk.services.portfolios import create_portfolio
from kamdesk.store import Portfolio
from kamdesk.store.team import Member, add_member, set_up_team

PASSWORD = "senha-do-time"
# One login per role; logins are the cluster's, so each test's database names its own.
PEOPLE = {
    "director": Member("dora", "director", "Dora Diretora"),
    "ana": Member("ana", "kam", "Ana Souza"),
    "bruno": Member("bruno", "kam", "Bruno Lima"),
    "viewer": Member("vera", "viewer", "Vera Leitora"),
}


@dataclass
class Team:
    url: str  # the owner's URL
    logins: dict[str, str]  # key of PEOPLE → login (unique per test database)
    accounts: dict[str, int]  # owner key → the id of an account they own

    def url_of(self, who: str) -> str:
        url = make_url(self.url).set(username=self.logins[who], password=PASSWORD)
        return url.render_as_string(hide_password=False)

    def open_as(self, who: str) -> Portfolio:
        return Portfolio.open(self.url_of(who))


def make_team(pg_url: str) -> Team:
    """The owner creates a portfolio with one account for Ana and one for Bruno, sets up the
    team, and adds a director, two KAMs and a viewer."""
    database = make_url(pg_url).database
    logins = {key: f"{member.login}_{database[-12:]}" for key, member in PEOPLE.items()}
    owner = create_portfolio(pg_url)  # with the default stages and ICP criteria
    try:
        service = AccountService(owner)
        accounts = {
            key: service.create(
                AccountData(
                    name=f"Conta de {PEOPLE[key].display_name}", owner=PEOPLE[key].display_name
                )
            )
            for key in ("ana", "bruno")
        }
        with owner.engine.begin() as connection:
            set_up_team(connection)
            for key, member in PEOPLE.items():
                add_member(
                    connection,
                    Member(logins[key], member.role, member.display_name),
                    password=PASSWORD,
                )
    finally:
        owner.close()
    return Team(pg_url, logins, accounts)
