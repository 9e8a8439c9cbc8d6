"""Session and filter semantics: the one place application state lives. No Qt."""
