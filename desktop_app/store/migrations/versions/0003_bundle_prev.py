"""bundle log: the previous bundle's hash of incoming bundles

Revision ID: 0003_bundle_prev
Revises: 0002_exchange
Create Date: 2026-11-24 08:36:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_bundle_prev"
down_revision: str | None = "0002_exchange"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_bundles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_sha256", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("exchange_bundles", schema=None) as batch_op:
        batch_op.drop_column("prev_sha256")
