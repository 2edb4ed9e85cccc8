"""monitoring: the coordinator publishes a measure's official status per period, not only the
latest, so an institution's report for an earlier period shows the coordinator's figures
(issue 14)

Revision ID: 0017_official_status_periods
Revises: 0014_commission_signatures
Create Date: 2026-12-03 08:50:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0017_official_status_periods"
down_revision: str | None = "0014_commission_signatures"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # The name stays (the naming convention names a unique constraint by its first column).
    with op.batch_alter_table("official_statuses", schema=None) as batch_op:
        batch_op.drop_constraint("uq_official_statuses_measure_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_official_statuses_measure_id", ["measure_id", "period"]
        )


def downgrade() -> None:
    # One row a measure, as before (the coordinator's next publication sets it to the latest).
    op.execute(
        "DELETE FROM official_statuses WHERE EXISTS (SELECT 1 FROM official_statuses AS later"
        " WHERE later.measure_id = official_statuses.measure_id"
        " AND later.rowid > official_statuses.rowid)"
    )
    with op.batch_alter_table("official_statuses", schema=None) as batch_op:
        batch_op.drop_constraint("uq_official_statuses_measure_id", type_="unique")
        batch_op.create_unique_constraint("uq_official_statuses_measure_id", ["measure_id"])
