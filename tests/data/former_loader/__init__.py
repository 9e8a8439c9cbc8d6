"""The pack loader as it was before issue 16 (two parses per CSV, one pass per check), kept only
so tests can show the faster loader reads every pack into the same tables and the same problems."""
