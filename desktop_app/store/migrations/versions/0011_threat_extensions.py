"""findings: the threat weighed (likelihood, impact, the reason for another deadline) and the
institution's extension requests with the coordinator's decision (issue 15)

Revision ID: 0011_threat_extensions
Revises: 0016_record_hashes
Create Date: 2026-12-03 00:10:00

A finding from before the weighing has neither likelihood nor impact: none is invented for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011_threat_extensions"
down_revision: str | None = "0016_record_hashes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("likelihood", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("impact", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("deadline_reason", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "extension_requests",
        sa.Column("finding_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("previous_date", sa.Date(), nullable=True),
        sa.Column("requested_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name=op.f("fk_extension_requests_finding_id_findings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extension_requests")),
    )
    with op.batch_alter_table("extension_requests") as batch:
        batch.create_index(
            batch.f("ix_extension_requests_finding_id"), ["finding_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("extension_requests") as batch:
        batch.drop_index(batch.f("ix_extension_requests_finding_id"))
    op.drop_table("extension_requests")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("deadline_reason")
        batch.drop_column("impact")
        batch.drop_column("likelihood")
