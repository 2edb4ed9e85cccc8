"""merge: the audit states and the exchange marks kept without a rowid (issue 12)

Revision ID: 0020_lean_bookkeeping
Revises: 0019_findings_state
Create Date: 2026-12-04 02:40:00

A merge writes a row of each per record. Keyed by their primary key alone (WITHOUT ROWID), each
row is one B-tree entry fewer; the marks' index on ``kind`` was never read. Together about 3 %
of a large import's time and 2 MiB of its writes per 20,000 records (docs/performance.md).
"""

from __future__ import annotations

from alembic import op

revision: str = "0020_lean_bookkeeping"
down_revision: str | None = "0019_findings_state"
branch_labels: str | None = None
depends_on: str | None = None

# The tables as 0002 and 0006 made them, with or without their rowid.
_AUDIT_STATES = """CREATE TABLE audit_states{suffix} (
    seq INTEGER NOT NULL,
    record_kind VARCHAR(24) NOT NULL,
    record_id VARCHAR(64) NOT NULL,
    state VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_states PRIMARY KEY (seq, record_kind, record_id)
){rowid}"""
_MARKS = """CREATE TABLE exchange_marks{suffix} (
    record_id VARCHAR(36) NOT NULL,
    source VARCHAR(32) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    mark VARCHAR(64) NOT NULL,
    CONSTRAINT pk_exchange_marks PRIMARY KEY (record_id, source)
){rowid}"""
_AUDIT_INDEX = "CREATE INDEX ix_audit_states_record ON audit_states (record_kind, record_id, seq)"
_MARKS_INDEX = "CREATE INDEX ix_exchange_marks_kind ON exchange_marks (kind)"


def _rebuild(create: str, name: str, rowid: str) -> None:
    op.execute(create.format(suffix="_rebuilt", rowid=rowid))
    op.execute(f"INSERT INTO {name}_rebuilt SELECT * FROM {name}")
    op.execute(f"DROP TABLE {name}")
    op.execute(f"ALTER TABLE {name}_rebuilt RENAME TO {name}")


def upgrade() -> None:
    op.drop_index("ix_exchange_marks_kind", table_name="exchange_marks")
    if op.get_bind().dialect.name != "sqlite":  # a rowid is SQLite's alone
        return
    _rebuild(_AUDIT_STATES, "audit_states", " WITHOUT ROWID")
    op.execute(_AUDIT_INDEX)
    _rebuild(_MARKS, "exchange_marks", " WITHOUT ROWID")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(_AUDIT_STATES, "audit_states", "")
        op.execute(_AUDIT_INDEX)
        _rebuild(_MARKS, "exchange_marks", "")
    op.execute(_MARKS_INDEX)
