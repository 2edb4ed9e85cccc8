"""search keys: each record's full-text index entry by record id (issue 19)

Revision ID: 0018_search_keys
Revises: 0012_plan_history
Create Date: 2026-12-03 05:40:00

FTS5 cannot index its columns, so replacing a record's entry (``DELETE ... WHERE record_id``)
scanned the whole index: 2 s a merge batch in a national store. ``search_keys`` maps each
record id to the rowid (``doc``) of its entry; entries are then deleted by rowid. Filled here
from the entries the index holds.
"""

from __future__ import annotations

from alembic import op

revision: str = "0018_search_keys"
down_revision: str | None = "0012_plan_history"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute("CREATE TABLE search_keys (doc INTEGER PRIMARY KEY, record_id VARCHAR(36) NOT NULL)")
    op.execute("INSERT INTO search_keys (doc, record_id) SELECT rowid, record_id FROM search_index")
    op.execute("CREATE INDEX ix_search_keys_record_id ON search_keys (record_id)")


def downgrade() -> None:
    op.execute("DROP TABLE search_keys")
