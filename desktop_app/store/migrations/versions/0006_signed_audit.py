"""audit: signed entries, record states, users' public keys, partners' audit heads (issue 18)

Revision ID: 0006_signed_audit
Revises: 0005_peer_records
Create Date: 2026-12-02 17:30:00

Entries written before keep their unsigned form; they are read as the log's legacy prefix.
Users get their signing key at their next sign-in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_signed_audit"
down_revision: str | None = "0005_peer_records"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("states", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("signature", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("public_key", sa.String(length=64), nullable=False, server_default="")
        )
    for table in ("exchange_partners", "exchange_bundles"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("audit_count", sa.Integer(), nullable=False, server_default="0")
            )
            batch.add_column(
                sa.Column("audit_head", sa.String(length=64), nullable=False, server_default="")
            )
    op.create_table(
        "audit_states",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", "record_kind", "record_id", name=op.f("pk_audit_states")),
    )
    op.create_index(
        op.f("ix_audit_states_record"), "audit_states", ["record_kind", "record_id", "seq"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_states_record"), table_name="audit_states")
    op.drop_table("audit_states")
    for table in ("exchange_bundles", "exchange_partners"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("audit_head")
            batch.drop_column("audit_count")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("public_key")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("signature")
        batch.drop_column("states")
