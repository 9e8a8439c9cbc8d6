"""The user's own data: settings (``settings.toml``), and notes, saved views and briefings (one
SQLite store, ``user.sqlite3``), in platformdirs folders. No Qt. See docs/user-data.md."""
