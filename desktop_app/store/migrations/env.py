"""Alembic environment, configured in code by ``desktop_app.store.migrate``.

The caller hands over an open connection on the encrypted engine through
``config.attributes``, so no URL (and no key) ever reaches alembic.
"""

from __future__ import annotations

from alembic import context

from desktop_app.store.migrate import include_object

config = context.config
context.configure(
    connection=config.attributes["connection"],
    target_metadata=config.attributes.get("target_metadata"),
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
