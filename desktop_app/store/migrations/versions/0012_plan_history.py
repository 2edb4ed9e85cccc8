"""plan history: plan revisions (and cancellations) with their reasons, indicators' courses
(direction, yearly milestones) (issue 14)

Revision ID: 0012_plan_history
Revises: 0013_working_groups
Create Date: 2026-12-03 00:15:00

New tables only: measures and indicators keep their columns, so every stored record keeps the
state its audit entry recorded and travels in bundles as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_plan_history"
down_revision: str | None = "0013_working_groups"
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
        "indicator_courses",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("milestones", sa.JSON(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_courses_indicator_id_indicators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_courses")),
        sa.UniqueConstraint("indicator_id", name=op.f("uq_indicator_courses_indicator_id")),
    )
    op.create_table(
        "plan_revisions",
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision_number", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("revised_by", sa.Text(), nullable=False),
        sa.Column("revised_at", sa.DateTime(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_plan_revisions_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_revisions")),
    )
    with op.batch_alter_table("plan_revisions") as batch:
        batch.create_index(batch.f("ix_plan_revisions_measure_id"), ["measure_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_revisions") as batch:
        batch.drop_index(batch.f("ix_plan_revisions_measure_id"))
    op.drop_table("plan_revisions")
    op.drop_table("indicator_courses")
