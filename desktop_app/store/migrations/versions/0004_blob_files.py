"""attachment content moves out of SQLCipher pages into age files in blobs/

Revision ID: 0004_blob_files
Revises: 0003_bundle_prev
Create Date: 2026-11-24 10:10:00
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

from desktop_app.errors import StoreError
from desktop_app.store.blobfiles import BlobFolder, StoredFile, folder_for

revision: str = "0004_blob_files"
down_revision: str | None = "0003_bundle_prev"
branch_labels: str | None = None
depends_on: str | None = None


def _chunks(conn: sa.Connection, sha256: str) -> Iterator[bytes]:
    rows = conn.execute(
        sa.text("SELECT data FROM blob_chunks WHERE sha256 = :sha ORDER BY seq"), {"sha": sha256}
    )
    for (data,) in rows:
        yield data


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("file_name", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("file_identity", sa.Text(), nullable=False, server_default="")
        )
    folder = folder_for(conn)
    written: list[StoredFile] = []
    try:
        for (sha256,) in conn.execute(sa.text("SELECT sha256 FROM blobs")).all():
            stored = folder.write_chunks(_chunks(conn, sha256))
            written.append(stored)
            if stored.sha256 != sha256:
                raise StoreError("attachment content {sha256} is damaged in the store", sha256=sha256)
            conn.execute(
                sa.text("UPDATE blobs SET file_name = :n, file_identity = :i WHERE sha256 = :s"),
                {"n": stored.name, "i": stored.identity, "s": sha256},
            )
    except BaseException:
        folder.discard(stored.name for stored in written)
        raise
    op.drop_table("blob_chunks")
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.drop_column("chunk_count")


def downgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_blob_chunks_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_blob_chunks")),
    )
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("chunk_count", sa.Integer(), nullable=False, server_default="0")
        )
    folder: BlobFolder = folder_for(conn)
    files = conn.execute(sa.text("SELECT sha256, file_name, file_identity FROM blobs")).all()
    for sha256, name, identity in files:
        count = 0
        for count, data in enumerate(folder.chunks(name, identity), start=1):
            conn.execute(
                sa.text("INSERT INTO blob_chunks (sha256, seq, data) VALUES (:s, :q, :d)"),
                {"s": sha256, "q": count - 1, "d": data},
            )
        conn.execute(
            sa.text("UPDATE blobs SET chunk_count = :c WHERE sha256 = :s"),
            {"c": count, "s": sha256},
        )
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.drop_column("file_identity")
        batch_op.drop_column("file_name")
    # The files stay: a later upgrade writes new ones and the open sweeps these as orphans.
