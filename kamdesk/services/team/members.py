"""The people of a team portfolio and what each may do (see kamdesk.store.team for how the
server enforces it). Setting up and adding members is the database owner's work."""

from __future__ import annotations

from kamdesk.store import Portfolio
from kamdesk.store.team import (
    ROLES,
    Member,
    TeamError,
    add_member,
    kams_read_all,
    me,
    members,
    remove_member,
    set_kams_read_all,
    set_up_team,
)

__all__ = ["ROLES", "Member", "TeamError", "TeamService"]


class TeamService:
    def __init__(self, portfolio: Portfolio):
        self.portfolio = portfolio

    def set_up(self) -> None:
        """Roles, grants and row-level security on the server (repeatable)."""
        with self.portfolio.engine.begin() as connection:
            set_up_team(connection)

    def add(self, member: Member, password: str | None = None) -> None:
        with self.portfolio.engine.begin() as connection:
            add_member(connection, member, password)

    def remove(self, login: str) -> None:
        with self.portfolio.engine.begin() as connection:
            remove_member(connection, login)

    def members(self) -> list[Member]:
        with self.portfolio.engine.connect() as connection:
            return members(connection)

    def kams_read_all(self) -> bool:
        """Whether KAMs read every account (True) or only their own."""
        with self.portfolio.engine.connect() as connection:
            return kams_read_all(connection)

    def set_kams_read_all(self, read_all: bool) -> bool:
        """Sets it; returns what it was (what undoes it). Directors only (the server says)."""
        with self.portfolio.session() as session:
            connection = session.connection()
            before = kams_read_all(connection)
            set_kams_read_all(connection, read_all)
            return before

    def me(self) -> Member | None:
        """The connected user as a team member (None: a file, the owner, or not a member)."""
        if self.portfolio.engine.dialect.name != "postgresql":
            return None
        with self.portfolio.engine.connect() as connection:
            return me(connection)
