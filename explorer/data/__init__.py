"""Reading and validating briefing packs into pandas/numpy. No Qt."""
