"""inspections: issued acts and numbered addenda, which let findings travel, each with the
snapshot of the document as issued (issue 15)

Revision ID: 0010_inspection_acts
Revises: 0011_threat_extensions
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_inspection_acts"
down_revision: str | None = "0011_threat_extensions"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "inspection_acts",
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("addendum", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_by", sa.Text(), nullable=False),
        sa.Column("finding_ids", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_inspection_acts_inspection_id_inspections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_acts")),
    )
    with op.batch_alter_table("inspection_acts") as batch:
        batch.create_index(
            batch.f("ix_inspection_acts_inspection_id"), ["inspection_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("inspection_acts") as batch:
        batch.drop_index(batch.f("ix_inspection_acts_inspection_id"))
    op.drop_table("inspection_acts")
