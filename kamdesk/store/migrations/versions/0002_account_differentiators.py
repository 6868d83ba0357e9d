"""Accounts gain their differentiators, the last part of positioning (issue 6).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 03:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The server default fills the rows that already exist; new rows get "" from the model.
    op.add_column(
        "account",
        sa.Column("differentiators", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("differentiators")
