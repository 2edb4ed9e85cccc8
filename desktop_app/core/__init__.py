"""Domain model and services shared by the CLI and the GUI. Never imports Qt."""
