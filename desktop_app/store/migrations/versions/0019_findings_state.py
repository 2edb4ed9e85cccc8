"""national scale: the findings' state indexed (issue 19)

Revision ID: 0019_findings_state
Revises: 0017_official_status_periods
Create Date: 2026-12-03 15:00:00

The dashboard counts the open findings by severity, reads the urgent ones and counts those due;
without an index on the state each read every finding of the store (50,000 rows of text at
national scale, 0.2 s each). ``ix_findings_state`` holds every column those figures choose and
count by, so they read the index alone.
"""

from __future__ import annotations

from alembic import op

revision: str = "0019_findings_state"
down_revision: str | None = "0017_official_status_periods"
branch_labels: str | None = None
depends_on: str | None = None

COLUMNS = ["status", "urgent", "deleted", "severity", "deadline", "inspection_id"]


def upgrade() -> None:
    op.create_index("ix_findings_state", "findings", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_findings_state", table_name="findings")
