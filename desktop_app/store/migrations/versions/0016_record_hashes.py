"""exchange: a cache of each synced record's hash for the incremental state digest (issue 19)

Revision ID: 0016_record_hashes
Revises: 0009_graded_evaluation
Create Date: 2026-12-03 00:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0016_record_hashes"
down_revision: str | None = "0009_graded_evaluation"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_record_hashes",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_exchange_record_hashes")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    # The triggers the application adds at open refer to the table: without it every write to
    # a synced table would fail.
    triggers = op.get_bind().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_drops_record_hash'"
    )
    for (name,) in triggers.all():
        op.execute(f'DROP TRIGGER "{name}"')
    op.drop_table("exchange_record_hashes")
