"""The user's personal notes per event, in the user store (``store.py``): each save is one committed
transaction, so a crash never loses a saved note.

Notes are keyed by pack name and event id, so the same pack opened from another folder or a newer
version of it keeps its notes.
"""

from __future__ import annotations

import time
from pathlib import Path

from explorer.userdata.locations import data_dir
from explorer.userdata.store import LEGACY_NOTES_NAME, StoreError, UserStore

MAX_NOTE = 100_000  # characters; a note is a few lines, this only stops runaway pastes


class NotesError(StoreError):
    """The notes cannot be opened or written; the message names the file."""


class NotesStore:
    """Notes in ``path`` (default: the user store, importing the old ``notes.sqlite3`` once).

    ``problems`` lists what was repaired when the store was opened (a damaged file set aside):
    worth showing the user once. Raises ``NotesError`` if the store cannot be used at all.
    """

    def __init__(self, path: Path | None = None) -> None:
        legacy = data_dir() / LEGACY_NOTES_NAME if path is None else None
        try:
            self._store = UserStore(path, legacy_notes=legacy)
        except StoreError as e:
            raise NotesError(str(e)) from None
        self.path = self._store.path
        self.problems: list[str] = list(self._store.problems)

    def notes_for(self, pack: str) -> dict[str, str]:
        try:
            return dict(self._store.query("SELECT event_id, text FROM notes WHERE pack = ?", (pack,)))
        except StoreError as e:
            raise NotesError(str(e)) from None

    def save(self, pack: str, event_id: str, text: str) -> None:
        """Store (or, for blank text, delete) one note, committed before returning."""
        if len(text) > MAX_NOTE:
            raise NotesError(f"the note is too long ({len(text)} characters; at most {MAX_NOTE})")
        try:
            with self._store.transaction() as db:
                if text.strip():
                    db.execute(
                        "INSERT INTO notes (pack, event_id, text, updated) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (pack, event_id) DO UPDATE SET text = excluded.text, "
                        "updated = excluded.updated",
                        (pack, event_id, text, time.time()))
                else:
                    db.execute("DELETE FROM notes WHERE pack = ? AND event_id = ?", (pack, event_id))
        except StoreError as e:
            raise NotesError(str(e)) from None

    def close(self) -> None:
        self._store.close()
