"""working groups, their meetings and decisions (issue 14)

Revision ID: 0013_working_groups
Revises: 0010_inspection_acts
Create Date: 2026-12-03 00:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_working_groups"
down_revision: str | None = "0010_inspection_acts"
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
        "working_groups",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("direction_id", sa.String(length=36), nullable=True),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("representatives", sa.JSON(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["direction_id"],
            ["directions.id"],
            name=op.f("fk_working_groups_direction_id_directions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_groups")),
        sa.UniqueConstraint("code", name=op.f("uq_working_groups_code")),
    )
    op.create_table(
        "meetings",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("chair", sa.Text(), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["group_id"], ["working_groups.id"], name=op.f("fk_meetings_group_id_working_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("number", name=op.f("uq_meetings_number")),
    )
    with op.batch_alter_table("meetings") as batch:
        batch.create_index(batch.f("ix_meetings_group_id"), ["group_id"], unique=False)
    op.create_table(
        "group_decisions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assignees", sa.JSON(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_group_decisions_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_decisions")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_group_decisions_meeting_id")),
    )
    with op.batch_alter_table("group_decisions") as batch:
        batch.create_index(
            batch.f("ix_group_decisions_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("group_decisions") as batch:
        batch.drop_index(batch.f("ix_group_decisions_meeting_id"))
    op.drop_table("group_decisions")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_index(batch.f("ix_meetings_group_id"))
    op.drop_table("meetings")
    op.drop_table("working_groups")
