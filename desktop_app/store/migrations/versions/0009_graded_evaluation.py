"""monitoring: a graded evaluation scale, and many evaluations per report as history (issue 14)

Revision ID: 0009_graded_evaluation
Revises: 0008_official_status
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0009_graded_evaluation"
down_revision: str | None = "0008_official_status"
branch_labels: str | None = None
depends_on: str | None = None

# The old three results on the graded scale; needs_clarification keeps its name.
_RENAMED = {"accepted": "implemented", "rejected": "not_implemented"}


def _rename(names: dict[str, str]) -> None:
    for old, new in names.items():
        op.execute(f"UPDATE evaluations SET result = '{new}' WHERE result = '{old}'")


def upgrade() -> None:
    _rename(_RENAMED)
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_constraint("uq_evaluations_report_id", type_="unique")
        batch.create_index(batch.f("ix_evaluations_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    # The old scale has no partial result; one evaluation per report: the newest is kept.
    op.execute(
        "DELETE FROM evaluations WHERE id NOT IN (SELECT id FROM evaluations e WHERE"
        " e.evaluated_at = (SELECT MAX(evaluated_at) FROM evaluations x"
        " WHERE x.report_id = e.report_id) GROUP BY e.report_id)"
    )
    op.execute(
        "UPDATE evaluations SET result = 'needs_clarification'"
        " WHERE result = 'partly_implemented'"
    )
    _rename({new: old for old, new in _RENAMED.items()})
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_index(batch.f("ix_evaluations_report_id"))
        batch.create_unique_constraint("uq_evaluations_report_id", ["report_id"])
