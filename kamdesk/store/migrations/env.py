"""Alembic environment: always driven from code with a live connection (never from a CLI ini).

It configures no logging on purpose: a windowed, frozen app has no console to log to.
"""

from alembic import context

from kamdesk.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
