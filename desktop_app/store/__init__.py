"""The encrypted store: workspace files, key slots, SQLCipher engine, migrations,
safe file writes."""
