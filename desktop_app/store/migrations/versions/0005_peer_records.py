"""exchange: the records each peer holds, so records that enter its scope travel too

Revision ID: 0005_peer_records
Revises: 0004_blob_files
Create Date: 2026-11-24 14:05:00

A store from before knows of no record its peers hold beyond what they created: its next
export to each peer carries everything in scope once more (the merge takes it as a no-op).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_peer_records"
down_revision: str | None = "0004_blob_files"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_peer_records",
        sa.Column("peer", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("left_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("peer", "record_id", name=op.f("pk_exchange_peer_records")),
    )


def downgrade() -> None:
    op.drop_table("exchange_peer_records")
