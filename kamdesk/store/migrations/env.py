"""Alembic environment: always driven from code with a live connection (never from a CLI ini).

It configures no logging on purpose: a windowed, frozen app has no console to log to.
Upgrading needs no models. To autogenerate a revision, pass the metadata in:
``config.attributes["metadata"] = kamdesk.model.Base.metadata`` (see tools/new_migration.py).
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("metadata"),
    # SQLite can only alter tables by copying them; PostgreSQL alters them in place.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
