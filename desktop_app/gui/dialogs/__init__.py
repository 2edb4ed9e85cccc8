"""Dialogs opened from the pages: each edits one thing and writes it through ``ctx.write``."""
