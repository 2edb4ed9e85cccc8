"""Alembic migrations of the store schema, run through ``desktop_app.store.migrate``."""
