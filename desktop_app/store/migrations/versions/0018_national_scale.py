"""national scale: search keys, indexes for the figures (issue 19)

Revision ID: 0018_national_scale
Revises: 0012_plan_history
Create Date: 2026-12-03 05:40:00

FTS5 cannot index its columns, so replacing a record's entry (``DELETE ... WHERE record_id``)
scanned the whole index: 2 s a merge batch in a national store. ``search_keys`` maps each
record id to the rowid (``doc``) of its entry; entries are then deleted by rowid. Filled here
from the entries the index holds.

``ix_progress_reports_figures`` holds every column of a progress report but its text, so the
official statuses and the contributions read the index, not 400,000 rows at random;
``ix_evaluations_result`` finds the reports asked to clarify for the due list.
"""

from __future__ import annotations

from alembic import op

revision: str = "0018_national_scale"
down_revision: str | None = "0012_plan_history"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute("CREATE TABLE search_keys (doc INTEGER PRIMARY KEY, record_id VARCHAR(36) NOT NULL)")
    op.execute("INSERT INTO search_keys (doc, record_id) SELECT rowid, record_id FROM search_index")
    op.execute("CREATE INDEX ix_search_keys_record_id ON search_keys (record_id)")
    op.create_index(
        "ix_progress_reports_figures",
        "progress_reports",
        [
            "measure_id",
            "institution_id",
            "period",
            "draft",
            "deleted",
            "status",
            "percent",
            "submitted_at",
            "id",
        ],
    )
    op.create_index("ix_evaluations_result", "evaluations", ["result"])


def downgrade() -> None:
    op.drop_index("ix_evaluations_result", table_name="evaluations")
    op.drop_index("ix_progress_reports_figures", table_name="progress_reports")
    op.execute("DROP TABLE search_keys")
