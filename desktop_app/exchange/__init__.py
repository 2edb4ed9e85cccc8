"""Identities, the bundle format, export, import and merge."""
