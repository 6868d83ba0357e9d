"""Team mode (issue 9): record versions, who changed what, team members.

Every editable record gains ``version``, ``changed_by`` and ``changed_at``; ``change_log``
keeps every write and ``team_member`` the people of a shared portfolio. On PostgreSQL,
triggers keep the three columns right for every writer, fill the change log with the database
user that wrote (nobody can write in someone else's name) and tell listening clients which
table changed. A file gets the columns and the (empty) tables only.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRACKED = (
    "account",
    "action",
    "check_in",
    "forecast_target",
    "icp_criterion",
    "interaction",
    "key_result",
    "objective",
    "opportunity",
    "org_unit",
    "pipeline_stage",
    "product",
    "revenue_record",
    "review",
    "risk",
    "stakeholder",
    "stakeholder_link",
    "survey_response",
)
# Tables whose writes other clients hear about (everything a view shows).
NOTIFIED = (
    *TRACKED,
    "forecast_snapshot",
    "forecast_snapshot_line",
    "icp_rating",
    "interaction_stakeholder",
    "opportunity_history",
    "setting",
    "team_member",
)
# Columns the change log leaves out: bookkeeping, or derived from another column.
UNLOGGED = ("version", "changed_by", "changed_at", "created_at", "updated_at", "name_key")


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=120), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("transaction_id", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_account", "change_log", ["account_id", "id"])
    op.create_index("ix_change_log_record", "change_log", ["table_name", "record_id"])
    op.create_table(
        "team_member",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("owner_name", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "role IN ('director', 'kam', 'viewer')", name=op.f("ck_team_member_role_known")
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_member")),
    )
    for table in TRACKED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(
            table,
            sa.Column("changed_by", sa.String(length=120), server_default="", nullable=False),
        )
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        _create_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _drop_triggers()
    for table in TRACKED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("changed_at")
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
    op.drop_table("team_member")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_index("ix_change_log_account", table_name="change_log")
    op.drop_table("change_log")


# -- PostgreSQL ---------------------------------------------------------------------------------

# True while the portfolio's owner copies rows in bulk (publishing a file to the server): the
# copied rows keep their own versions and authors and are no news to anyone.
BULK_COPY = """
CREATE FUNCTION kamdesk_bulk_copy() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('kamdesk.bulk_copy', true), '') = 'on'
       AND pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'alembic_version'::regclass),
                       'MEMBER')
$$
"""

TRACK = """
CREATE FUNCTION kamdesk_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF kamdesk_bulk_copy() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
    END IF;
    NEW.changed_by := session_user;
    NEW.changed_at := timezone('utc', now());
    RETURN NEW;
END
$$
"""

# SECURITY DEFINER: members may read the log but never write it themselves.
AUDIT = """
CREATE FUNCTION kamdesk_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    written jsonb := coalesce(new_row, old_row);
    diff jsonb := '{}';
    field text;
    account bigint;
BEGIN
    IF kamdesk_bulk_copy() THEN
        RETURN NULL;
    END IF;
    FOR field IN SELECT jsonb_object_keys(written) LOOP
        CONTINUE WHEN field = ANY (%(unlogged)s);
        IF old_row IS NULL OR new_row IS NULL OR old_row -> field IS DISTINCT FROM new_row -> field
        THEN
            diff := diff || jsonb_build_object(
                field, jsonb_build_array(old_row -> field, new_row -> field));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND diff = '{}' THEN
        RETURN NULL;
    END IF;
    account := CASE TG_TABLE_NAME
        WHEN 'account' THEN (written ->> 'id')::bigint
        WHEN 'key_result' THEN (
            SELECT o.account_id FROM objective o WHERE o.id = (written ->> 'objective_id')::bigint)
        WHEN 'check_in' THEN (
            SELECT o.account_id FROM key_result k JOIN objective o ON o.id = k.objective_id
             WHERE k.id = (written ->> 'key_result_id')::bigint)
        ELSE (written ->> 'account_id')::bigint
    END;
    INSERT INTO change_log
        (changed_at, changed_by, table_name, record_id, account_id, action, changes,
         transaction_id)
    VALUES (timezone('utc', now()), session_user, TG_TABLE_NAME, (written ->> 'id')::bigint,
            account, lower(TG_OP), diff, pg_current_xact_id()::text::bigint);
    RETURN NULL;
END
$$
"""

# Sent when the transaction commits, once per table and writer ("table login"): the other
# clients read again what shows that table.
NOTIFY = """
CREATE FUNCTION kamdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kamdesk_changes', TG_TABLE_NAME || ' ' || session_user);
    RETURN NULL;
END
$$
"""


def _create_triggers() -> None:
    unlogged = "ARRAY[" + ", ".join(f"'{name}'" for name in UNLOGGED) + "]"
    op.execute(BULK_COPY)
    op.execute(TRACK)
    op.execute(AUDIT.replace("%(unlogged)s", unlogged))
    op.execute(NOTIFY)
    for table in TRACKED:
        op.execute(
            f"CREATE TRIGGER kamdesk_track BEFORE INSERT OR UPDATE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION kamdesk_track()"
        )
        op.execute(
            f"CREATE TRIGGER kamdesk_audit AFTER INSERT OR UPDATE OR DELETE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION kamdesk_audit()"
        )
    for table in NOTIFIED:
        op.execute(
            f"CREATE TRIGGER kamdesk_notify AFTER INSERT OR UPDATE OR DELETE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION kamdesk_notify()"
        )


def _drop_triggers() -> None:
    for table in NOTIFIED:
        op.execute(f"DROP TRIGGER IF EXISTS kamdesk_notify ON {table}")
    for table in TRACKED:
        op.execute(f"DROP TRIGGER IF EXISTS kamdesk_audit ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS kamdesk_track ON {table}")
    for function in ("kamdesk_notify", "kamdesk_audit", "kamdesk_track", "kamdesk_bulk_copy"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
