"""findings: state changes and the institution's answers as records of their own (issue 15)

Revision ID: 0007_finding_lifecycle
Revises: 0006_signed_audit
Create Date: 2026-12-02 20:45:00

A finding's earlier single answer stays where it is (``findings.response``) and is shown first
in its thread; nothing is copied, so every record keeps the state its audit entry recorded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_finding_lifecycle"
down_revision: str | None = "0006_signed_audit"
branch_labels: str | None = None
depends_on: str | None = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
    ]


def _create(table: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        table,
        sa.Column("finding_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        *columns,
        sa.Column("evidence_ids", sa.JSON(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["findings.id"], name=op.f(f"fk_{table}_finding_id_findings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table) as batch:
        batch.create_index(batch.f(f"ix_{table}_finding_id"), ["finding_id"], unique=False)


def upgrade() -> None:
    _create(
        "finding_events",
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
    )
    _create("finding_responses", sa.Column("text", sa.Text(), nullable=False))


def downgrade() -> None:
    for table in ("finding_responses", "finding_events"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(batch.f(f"ix_{table}_finding_id"))
        op.drop_table(table)
