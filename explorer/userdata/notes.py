"""The user's personal notes per event, in SQLite (transactional: a crash never loses a saved note).

Notes are keyed by pack name and event id, so the same pack opened from another folder or a newer
version of it keeps its notes.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from explorer.userdata.locations import data_dir

_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    pack     TEXT NOT NULL,
    event_id TEXT NOT NULL,
    text     TEXT NOT NULL,
    updated  REAL NOT NULL,
    PRIMARY KEY (pack, event_id)
)
"""


class NotesError(Exception):
    """The notes database cannot be opened or written; the message names the file."""


class NotesStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "notes.sqlite3"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute(_SCHEMA)
        except (sqlite3.Error, OSError) as e:
            raise NotesError(f"{self.path}: cannot open the notes database ({e})") from None

    def notes_for(self, pack: str) -> dict[str, str]:
        rows = self._db.execute("SELECT event_id, text FROM notes WHERE pack = ?", (pack,))
        return dict(rows.fetchall())

    def save(self, pack: str, event_id: str, text: str) -> None:
        """Store (or, for blank text, delete) one note, committed before returning."""
        try:
            if text.strip():
                self._db.execute(
                    "INSERT INTO notes (pack, event_id, text, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (pack, event_id) DO UPDATE SET text = excluded.text, "
                    "updated = excluded.updated",
                    (pack, event_id, text, time.time()),
                )
            else:
                self._db.execute("DELETE FROM notes WHERE pack = ? AND event_id = ?", (pack, event_id))
        except sqlite3.Error as e:
            raise NotesError(f"{self.path}: cannot save the note ({e})") from None

    def close(self) -> None:
        self._db.close()
