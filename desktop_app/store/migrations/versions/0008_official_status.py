"""monitoring: the coordinator's status decisions and the official statuses it publishes (issue 14)

Revision ID: 0008_official_status
Revises: 0007_finding_lifecycle
Create Date: 2026-12-02 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_official_status"
down_revision: str | None = "0007_finding_lifecycle"
branch_labels: str | None = None
depends_on: str | None = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "status_decisions",
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_status_decisions_measure_id_measures"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_decisions")),
    )
    with op.batch_alter_table("status_decisions") as batch:
        batch.create_index(
            batch.f("ix_status_decisions_measure_id"), ["measure_id"], unique=False
        )
    op.create_table(
        "official_statuses",
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("source_kind", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_official_statuses_measure_id_measures"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_statuses")),
        sa.UniqueConstraint("measure_id", name=op.f("uq_official_statuses_measure_id")),
    )


def downgrade() -> None:
    with op.batch_alter_table("status_decisions") as batch:
        batch.drop_index(batch.f("ix_status_decisions_measure_id"))
    op.drop_table("status_decisions")
    op.drop_table("official_statuses")
