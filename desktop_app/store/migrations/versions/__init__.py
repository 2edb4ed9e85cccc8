"""Schema revisions; each file is frozen once released."""
