"""Who sees and edits what in a team portfolio, enforced by PostgreSQL itself (issue 9).

Three group roles per portfolio database give table privileges: ``<db>_director`` and
``<db>_kam`` read and write, ``<db>_viewer`` only reads. Row-level security then decides row
by row from the ``team_member`` table: a director reads and edits every account; a KAM edits
the accounts whose Owner is their owner name and reads the others only while the portfolio's
``team.kams_read_all`` setting is true (the default); a viewer reads everything and edits
nothing. Every row hanging off an account (people, deals, risks, ...) follows its account.
Portfolio-wide tables are read by every member; products and targets are written by directors
and KAMs; settings, ICP criteria, pipeline stages and forecast snapshots by directors only.

Nothing here is only hidden in the interface: a member who connects with any other program
gets the same answers. :func:`set_up_team` is run by the database's owner (who is not bound
by the policies) once, and again after an upgrade that adds tables; it can be repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

ROLES = ("director", "kam", "viewer")
KAMS_READ_ALL = "team.kams_read_all"  # a portfolio setting (the ``setting`` table)

# How each table finds its account; None: the table is the account itself.
ACCOUNT_OF = {
    "account": None,
    "icp_rating": "account_id",
    "org_unit": "account_id",
    "revenue_record": "account_id",
    "survey_response": "account_id",
    "opportunity": "account_id",
    "forecast_snapshot_line": "account_id",
    "risk": "account_id",
    "action": "account_id",
    "objective": "account_id",  # NULL: a portfolio objective
    "review": "account_id",
    "interaction": "account_id",
    "stakeholder": "account_id",
    "stakeholder_link": "account_id",
    "key_result": "kamdesk_parent_account('objective', objective_id)",
    "check_in": "kamdesk_parent_account('key_result', key_result_id)",
    "opportunity_history": "kamdesk_parent_account('opportunity', opportunity_id)",
    "interaction_stakeholder": "kamdesk_parent_account('interaction', interaction_id)",
}
WRITTEN_BY_KAMS = ("product", "forecast_target")
# A forecast snapshot photographs the whole portfolio's pipeline: only someone who reads all of
# it may take one (its lines follow their accounts like every other row).
WRITTEN_BY_DIRECTORS = ("setting", "icp_criterion", "pipeline_stage", "forecast_snapshot")
READ_ONLY = ("change_log", "team_member", "alembic_version")

# SECURITY DEFINER: they read team_member and account past the policies they serve (a policy
# calling a query on its own table would recurse). The search path is pinned against tricks.
FUNCTIONS = """
CREATE OR REPLACE FUNCTION kamdesk_my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT role FROM team_member WHERE login = session_user
$$;
CREATE OR REPLACE FUNCTION kamdesk_my_owner_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT owner_name FROM team_member WHERE login = session_user
$$;
CREATE OR REPLACE FUNCTION kamdesk_kams_read_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT value::text <> 'false' FROM setting WHERE key = '{setting}'), true)
$$;
CREATE OR REPLACE FUNCTION kamdesk_reads_owner(owner text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE kamdesk_my_role()
        WHEN 'director' THEN true
        WHEN 'viewer' THEN true
        WHEN 'kam' THEN kamdesk_kams_read_all() OR owner = kamdesk_my_owner_name()
        ELSE false
    END
$$;
CREATE OR REPLACE FUNCTION kamdesk_edits_owner(owner text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE kamdesk_my_role()
        WHEN 'director' THEN true
        WHEN 'kam' THEN owner = kamdesk_my_owner_name()
        ELSE false
    END
$$;
CREATE OR REPLACE FUNCTION kamdesk_reads_account(account bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN account IS NULL THEN kamdesk_my_role() IS NOT NULL
        ELSE EXISTS (SELECT 1 FROM account a WHERE a.id = account
                     AND kamdesk_reads_owner(a.owner))
    END
$$;
CREATE OR REPLACE FUNCTION kamdesk_edits_account(account bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN account IS NULL THEN kamdesk_my_role() IN ('director', 'kam')
        ELSE EXISTS (SELECT 1 FROM account a WHERE a.id = account
                     AND kamdesk_edits_owner(a.owner))
    END
$$;
CREATE OR REPLACE FUNCTION kamdesk_parent_account(parent text, parent_id bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE parent
        WHEN 'objective' THEN (SELECT account_id FROM objective WHERE id = parent_id)
        WHEN 'key_result' THEN (SELECT o.account_id FROM key_result k
                                JOIN objective o ON o.id = k.objective_id WHERE k.id = parent_id)
        WHEN 'opportunity' THEN (SELECT account_id FROM opportunity WHERE id = parent_id)
        WHEN 'interaction' THEN (SELECT account_id FROM interaction WHERE id = parent_id)
    END
$$;
""".replace("{setting}", KAMS_READ_ALL)


@dataclass(frozen=True)
class Member:
    login: str
    role: str
    display_name: str = ""
    owner_name: str = ""  # the Owner-column name that makes an account this KAM's own


class TeamError(Exception):
    """A team change that cannot be made; nothing was changed."""


def group_role(connection: Connection, role: str) -> str:
    """The group role that gives ``role``'s table privileges in this database."""
    return f"{connection.scalar(text('SELECT current_database()'))}_{role}"


def set_up_team(connection: Connection) -> None:
    """Creates the group roles, grants and policies (idempotent; run by the owner)."""
    _require_server(connection)
    for role in ROLES:
        _create_group_role(connection, group_role(connection, role))
    connection.execute(text(FUNCTIONS))
    _grant(connection)
    for table, account in ACCOUNT_OF.items():
        _protect_account_table(connection, table, account)
    for table in (*WRITTEN_BY_KAMS, *WRITTEN_BY_DIRECTORS, *READ_ONLY):
        _protect_shared_table(connection, table)


def add_member(connection: Connection, member: Member, password: str | None = None) -> None:
    """Adds (or changes) a member: the login is made when it does not exist yet."""
    _require_server(connection)
    if member.role not in ROLES:
        raise TeamError(f"unknown role {member.role!r}: choose one of {', '.join(ROLES)}")
    if not member.login or len(member.login) > 63:
        raise TeamError("a login is 1 to 63 characters long")
    exists = connection.scalar(
        text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": member.login}
    )
    if not exists:
        if password is None:
            raise TeamError(f"the login {member.login!r} does not exist: give it a password")
        connection.exec_driver_sql(
            f"CREATE ROLE {_quoted(member.login)} LOGIN PASSWORD {_literal(password)}"
        )
    elif password is not None:
        connection.exec_driver_sql(
            f"ALTER ROLE {_quoted(member.login)} PASSWORD {_literal(password)}"
        )
    for role in ROLES:
        group = _quoted(group_role(connection, role))
        verb = "GRANT {} TO {}" if role == member.role else "REVOKE {} FROM {}"
        connection.exec_driver_sql(verb.format(group, _quoted(member.login)))
    connection.execute(
        text(
            "INSERT INTO team_member (login, display_name, role, owner_name)"
            " VALUES (:login, :display_name, :role, :owner_name)"
            " ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name,"
            " role = excluded.role, owner_name = excluded.owner_name"
        ),
        {
            "login": member.login,
            "display_name": member.display_name,
            "role": member.role,
            "owner_name": member.owner_name or member.display_name,
        },
    )


def remove_member(connection: Connection, login: str) -> None:
    """Takes the login out of this portfolio (the login itself stays: it may serve others)."""
    _require_server(connection)
    for role in ROLES:
        group = _quoted(group_role(connection, role))
        connection.exec_driver_sql(f"REVOKE {group} FROM {_quoted(login)}")
    connection.execute(text("DELETE FROM team_member WHERE login = :login"), {"login": login})


def members(connection: Connection) -> list[Member]:
    rows = connection.execute(
        text("SELECT login, role, display_name, owner_name FROM team_member ORDER BY login")
    )
    return [Member(*row) for row in rows]


def kams_read_all(connection: Connection) -> bool:
    return bool(connection.scalar(text("SELECT kamdesk_kams_read_all()")))


def set_kams_read_all(connection: Connection, read_all: bool) -> None:
    connection.execute(
        text(
            "INSERT INTO setting (key, value) VALUES (:key, CAST(:value AS json))"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": KAMS_READ_ALL, "value": "true" if read_all else "false"},
    )


def me(connection: Connection) -> Member | None:
    """The connected user as a member of this portfolio (None: not a member, or the owner)."""
    row = connection.execute(
        text(
            "SELECT login, role, display_name, owner_name FROM team_member"
            " WHERE login = session_user"
        )
    ).first()
    return Member(*row) if row else None


# -- the pieces ---------------------------------------------------------------------------------


def _require_server(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise TeamError("team members exist only for a portfolio on a team server")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    # standard_conforming_strings is on (PostgreSQL's default since 9.1): only quotes double.
    return "'" + value.replace("'", "''") + "'"


def _create_group_role(connection: Connection, name: str) -> None:
    exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    if not exists:
        connection.exec_driver_sql(f"CREATE ROLE {_quoted(name)} NOLOGIN")


def _grant(connection: Connection) -> None:
    roles = {role: _quoted(group_role(connection, role)) for role in ROLES}
    everyone = ", ".join(roles.values())
    writers = f"{roles['director']}, {roles['kam']}"
    schema = _quoted(connection.scalar(text("SELECT current_schema()")))
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}")
    for table in (*ACCOUNT_OF, *WRITTEN_BY_KAMS, *WRITTEN_BY_DIRECTORS):
        connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {writers}")
    connection.exec_driver_sql(
        # UPDATE: an import reserves a block of ids (setval) for the rows it inserts.
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {writers}"
    )


def _policy(connection: Connection, table: str, name: str, clause: str) -> None:
    connection.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
    connection.exec_driver_sql(f"CREATE POLICY {name} ON {table} {clause}")


def _protect_account_table(connection: Connection, table: str, account: str | None) -> None:
    if account is None:
        reads, edits = "kamdesk_reads_owner(owner)", "kamdesk_edits_owner(owner)"
    else:
        reads, edits = f"kamdesk_reads_account({account})", f"kamdesk_edits_account({account})"
    _protect(connection, table, reads, edits)


def _protect_shared_table(connection: Connection, table: str) -> None:
    member = "kamdesk_my_role() IS NOT NULL"
    if table in WRITTEN_BY_KAMS:
        edits = "kamdesk_my_role() IN ('director', 'kam')"
    elif table in WRITTEN_BY_DIRECTORS:
        edits = "kamdesk_my_role() = 'director'"
    else:
        edits = "false"
    reads = "kamdesk_reads_account(account_id)" if table == "change_log" else member
    _protect(connection, table, reads, edits)


def _protect(connection: Connection, table: str, reads: str, edits: str) -> None:
    connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    _policy(connection, table, "kamdesk_read", f"FOR SELECT USING ({reads})")
    _policy(connection, table, "kamdesk_insert", f"FOR INSERT WITH CHECK ({edits})")
    _policy(connection, table, "kamdesk_update", f"FOR UPDATE USING ({edits}) WITH CHECK ({edits})")
    _policy(connection, table, "kamdesk_delete", f"FOR DELETE USING ({edits})")
