"""the joint commission: both agencies' signatures on issued acts and verified closures (issue 15)

Revision ID: 0014_commission_signatures
Revises: 0018_national_scale
Create Date: 2026-12-03 05:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision: str = "0014_commission_signatures"
down_revision: str | None = "0018_national_scale"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "commission_signatures",
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=8), nullable=False),
        sa.Column("signer", sa.String(length=32), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("signed_by", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_signatures")),
    )
    with op.batch_alter_table("commission_signatures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commission_signatures_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("commission_signatures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commission_signatures_record_id"))

    op.drop_table("commission_signatures")
