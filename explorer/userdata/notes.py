"""The user's personal notes per event, in the user store (``store.py``), with a write-ahead journal.

Two steps, so that nothing typed is ever lost:

1. ``journal(pack, event_id, text)`` on every keystroke: the editor's whole text goes into a small
   file of its own (``<store>.pending/<hash>.json``), written to a temporary file, ``fsync``'d and
   renamed over the previous one. When the call returns the text is on disk; a kill -9 at any
   moment leaves the previous or the new version of that file, never a torn one. Why files and not
   the SQLite store: the journal must survive exactly what stops the store (a store from a newer
   app, a damaged or locked database), and it costs about one small write per keystroke.
2. ``save(pack, event_id, text)`` (debounced by the editor): one committed transaction in the store;
   the journal file is removed once the store holds what it holds.

When the store opens, journal files left behind (a crash, a kill, a failed save) are replayed into
it (``restored`` counts them). A note changed in the store since the journal's text was based on it
(another window) is not overwritten: both texts are kept, one after the other.

Conflicts: the store remembers when it last read or wrote each note (its ``updated`` time). A save
over a note that another window or instance changed since raises ``NoteConflict`` with their text;
``save(..., overwrite=True)`` is the user's "keep mine".

Notes are keyed by pack name and event id, so the same pack opened from another folder or a newer
version of it keeps its notes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import time
import weakref
from pathlib import Path

from explorer.atomic_write import sync_dir
from explorer.userdata.locations import data_dir
from explorer.userdata.store import LEGACY_NOTES_NAME, StoreError, UserStore, default_store_path

MAX_NOTE = 100_000  # characters; a note is a few lines, this only stops runaway pastes
# The journal keeps a note over the limit too (the store refuses it, the user shortens it; nothing
# pasted is lost meanwhile), up to ten times the limit.
MAX_JOURNAL_CHARS = 10 * MAX_NOTE
MAX_JOURNAL_BYTES = 4 * MAX_JOURNAL_CHARS + 4096  # a journal file larger than this is not ours
RESTORED_MARK = "\n\n— restored, typed in another window —\n"

_NEVER_READ = object()
_LIVE_OWNERS: set[str] = set()  # journal owners (stores) open in this process


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # no safe probe here (os.kill would end it): treat as gone
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, another user's
        return True
    return True


def drop_journal_files(folder: Path, digest: str, owner: str) -> None:
    """Remove the journal files ``<digest>.<owner>.json`` of one record that belong to ``owner`` or
    to stores that are gone (a live other window keeps its own): the store now holds the text."""
    try:
        files = list(folder.glob(f"{digest}.*.json"))
    except OSError:
        return
    for p in files:
        writer = p.name[:-len(".json")].partition(".")[2]
        if writer == owner or _owner_gone(writer):
            with contextlib.suppress(OSError):
                p.unlink()


def _owner_gone(owner: str) -> bool:
    """Whether the store that wrote a journal file is gone (its process ended, or closed here)."""
    pid_text, _, _token = owner.partition("-")
    if not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in _LIVE_OWNERS
    return not _pid_alive(pid)


class NotesError(StoreError):
    """The notes cannot be opened or written; the message names the file."""


class NoteConflict(NotesError):
    """The note was changed elsewhere (another window or instance) since this one read it.

    ``theirs`` is the text now in the store ("" if they deleted it)."""

    def __init__(self, message: str, theirs: str) -> None:
        super().__init__(message)
        self.theirs = theirs


def write_durably(target: Path, data: bytes) -> None:
    """``data`` in ``target`` and on the disk before returning: a private temporary file beside it,
    written whole, fsync'd, renamed over ``target``, then the folder fsync'd. A kill at any moment
    leaves the old file or the new one, never a torn one. Raises OSError (the temporary file is
    removed)."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    sync_dir(target.parent)


def _digest(pack: str, event_id: str) -> str:
    return hashlib.sha256(f"{pack}\0{event_id}".encode()).hexdigest()[:32]


class NotesStore:
    """Notes in ``path`` (default: the user store, importing the old ``notes.sqlite3`` once).

    Never raises on opening: ``problems`` lists what was repaired (a damaged file set aside) and
    ``read_only`` says why nothing can be saved ("" when saving works): a store written by a newer
    Briefing Explorer is opened read-only, one that cannot be opened at all lists only the journal's
    notes. Saves then raise ``NotesError`` with that reason; the journal still keeps what is typed.
    """

    def __init__(self, path: Path | None = None) -> None:
        legacy = data_dir() / LEGACY_NOTES_NAME if path is None else None
        self.path = Path(path) if path is not None else default_store_path()
        self.journal_dir = self.path.with_name(self.path.name + ".pending")
        self.problems: list[str] = []
        self.read_only = ""
        self.newer = False  # read-only because a newer app wrote the store
        self.restored = 0  # journal entries saved into the store when it opened
        self._store: UserStore | None = None
        self._seen: dict[tuple[str, str], float | None] = {}  # updated time as last read/written
        self._journaled: dict[tuple[str, str], str] = {}  # last text journaled per note
        self._read_packs: set[str] = set()  # packs whose notes were read: absent ones are known too
        # Each open store journals into files of its own (<note hash>.<pid>-<token>.json): two
        # windows on one store never overwrite each other's unsaved text, and only the files of a
        # store that is gone (killed, crashed) are replayed.
        self._owner = f"{os.getpid()}-{secrets.token_hex(4)}"
        _LIVE_OWNERS.add(self._owner)
        self._finalizer = weakref.finalize(self, _LIVE_OWNERS.discard, self._owner)
        try:
            self._store = UserStore(path, legacy_notes=legacy, read_only_if_newer=True)
        except StoreError as e:
            self.read_only = str(e)
        else:
            self.problems = list(self._store.problems)
            if self._store.read_only:
                self.read_only, self.newer = self._store.read_only, True
        if not self.read_only:
            self._replay()

    # -- reading -------------------------------------------------------------------------------
    def notes_for(self, pack: str) -> dict[str, str]:
        """The pack's notes; text still waiting in the journal (a store that cannot be written)
        shows over what the store holds."""
        notes: dict[str, str] = {}
        if self._store is not None:
            try:
                rows = self._store.query(
                    "SELECT event_id, text, updated FROM notes WHERE pack = ?", (pack,))
            except StoreError as e:
                raise NotesError(str(e)) from None
            self._read_packs.add(pack)
            for event_id, text, updated in rows:
                notes[event_id] = text
                self._seen[(pack, event_id)] = updated
        for entry in self._journal_entries():
            if entry["pack"] == pack and (entry["owner"] == self._owner or _owner_gone(entry["owner"])):
                key = (pack, entry["event_id"])
                self._journaled[key] = entry["text"]
                if entry["text"].strip():
                    notes[entry["event_id"]] = entry["text"]
        return notes

    def _base(self, key: tuple[str, str]) -> object:
        """When the note was last seen here: its ``updated`` (None: it did not exist), or
        ``_NEVER_READ``."""
        return self._seen.get(key, None if key[0] in self._read_packs else _NEVER_READ)

    def _current(self, pack: str, event_id: str) -> tuple[str, float | None]:
        assert self._store is not None
        rows = self._store.query("SELECT text, updated FROM notes WHERE pack = ? AND event_id = ?",
                                 (pack, event_id))
        return (rows[0][0], rows[0][1]) if rows else ("", None)

    # -- the write-ahead journal ---------------------------------------------------------------
    def _journal_path(self, pack: str, event_id: str) -> Path:
        return self.journal_dir / f"{_digest(pack, event_id)}.{self._owner}.json"

    def journal(self, pack: str, event_id: str, text: str) -> None:
        """Put the editor's text on disk now (before the debounced ``save``); NotesError if not."""
        key = (pack, event_id)
        if self._journaled.get(key) == text:
            return
        if len(text) > MAX_JOURNAL_CHARS:
            raise NotesError(f"the note is too long ({len(text)} characters; at most {MAX_NOTE})")
        base = self._base(key)
        entry = {"pack": pack, "event_id": event_id, "text": text, "time": time.time(),
                 "base": None if base is _NEVER_READ else base,
                 "base_known": base is not _NEVER_READ}
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        try:
            write_durably(self._journal_path(pack, event_id), data)
        except OSError as e:
            raise NotesError(f"{self.journal_dir}: cannot keep the note ({e.strerror or e})") from None
        self._journaled[key] = text

    def _drop_journal(self, pack: str, event_id: str, text: str) -> None:
        """Forget the journal once the store holds ``text`` (kept if newer text was typed here);
        files of that note left by stores that are gone go too (the store holds a newer text)."""
        key = (pack, event_id)
        if key in self._journaled and self._journaled[key] != text:
            return
        self._journaled.pop(key, None)
        drop_journal_files(self.journal_dir, _digest(pack, event_id), self._owner)

    def _journal_entries(self) -> list[dict]:
        try:
            paths = sorted(self.journal_dir.glob("*.json"))
        except OSError:
            return []
        entries = []
        for p in paths:
            try:
                if p.stat().st_size > MAX_JOURNAL_BYTES:
                    continue
                entry = json.loads(p.read_bytes().decode("utf-8"))
            except (OSError, ValueError):
                continue  # a file torn by a power cut before its rename: the previous one is gone
            digest, _, owner = p.name[:-len(".json")].partition(".")
            if (isinstance(entry, dict) and isinstance(entry.get("pack"), str)
                    and isinstance(entry.get("event_id"), str) and isinstance(entry.get("text"), str)
                    and isinstance(entry.get("time"), (int, float))
                    and len(entry["text"]) <= MAX_JOURNAL_CHARS
                    and digest == _digest(entry["pack"], entry["event_id"])):
                entry["owner"], entry["file"] = owner, p
                entries.append(entry)
        entries.sort(key=lambda e: e["time"])
        return entries

    def _replay(self) -> None:
        """Save what the journal holds and the store does not (typed before a crash or a failure)."""
        for entry in self._journal_entries():
            if not _owner_gone(entry["owner"]):
                continue  # another window's, still open: it saves its own
            pack, event_id, text = entry["pack"], entry["event_id"], entry["text"]
            try:
                current, updated = self._current(pack, event_id)
            except StoreError:
                return
            if current == text:
                with contextlib.suppress(OSError):
                    entry["file"].unlink()
                continue
            if len(text) > MAX_NOTE:  # kept in the journal: the editor shows it, the user shortens it
                self.problems.append(f"a note over {MAX_NOTE} characters is kept in {self.journal_dir} "
                                     "until it is shortened")
                continue
            changed_since = entry.get("base_known") and updated != entry.get("base")
            if changed_since and current.strip() and text.strip():
                text = current + RESTORED_MARK + text  # both kept: theirs first, then ours
            try:
                self._write(pack, event_id, text)
            except NotesError as e:
                self.problems.append(f"unsaved notes kept in {self.journal_dir} ({e})")
                return
            # The store now holds it: this store journals its further edits under its own name.
            self._seen[(pack, event_id)] = self._current(pack, event_id)[1]
            with contextlib.suppress(OSError):
                entry["file"].unlink()
            self.restored += 1

    # -- saving --------------------------------------------------------------------------------
    def save(self, pack: str, event_id: str, text: str, *, overwrite: bool = False) -> None:
        """Store (or, for blank text, delete) one note, committed before returning.

        NoteConflict if the note was changed elsewhere since this store read it (unless
        ``overwrite``); NotesError for any other reason it cannot be saved (the journal keeps it).
        """
        if len(text) > MAX_NOTE:
            raise NotesError(f"the note is too long ({len(text)} characters; at most {MAX_NOTE})")
        if self._store is None or self.read_only:
            raise NotesError(self.read_only)
        key = (pack, event_id)
        if not overwrite:
            try:
                current, updated = self._current(pack, event_id)
            except StoreError as e:
                raise NotesError(str(e)) from None
            base = self._base(key)  # never read here: a plain write, as asked
            if base is not _NEVER_READ and updated != base and current != text:
                raise NoteConflict(f"{self.path}: this note was changed in another window since "
                                   "it was opened here", current)
        self._write(pack, event_id, text)
        self._drop_journal(pack, event_id, text)

    def _write(self, pack: str, event_id: str, text: str) -> None:
        assert self._store is not None
        stamp = time.time()
        try:
            with self._store.transaction() as db:
                # Later than the stamp it replaces even on a coarse clock (Windows ticks in
                # milliseconds): the stamp is how another window tells the note changed.
                row = db.execute("SELECT updated FROM notes WHERE pack = ? AND event_id = ?",
                                 (pack, event_id)).fetchone()
                if row is not None and isinstance(row[0], (int, float)) and row[0] >= stamp:
                    stamp = row[0] + 1e-6
                if text.strip():
                    db.execute(
                        "INSERT INTO notes (pack, event_id, text, updated) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (pack, event_id) DO UPDATE SET text = excluded.text, "
                        "updated = excluded.updated",
                        (pack, event_id, text, stamp))
                else:
                    db.execute("DELETE FROM notes WHERE pack = ? AND event_id = ?", (pack, event_id))
        except StoreError as e:
            raise NotesError(str(e)) from None
        self._seen[(pack, event_id)] = stamp if text.strip() else None

    def accept_theirs(self, pack: str, event_id: str) -> str:
        """The user chose the other window's text: it becomes what this store last read; returned."""
        try:
            current, updated = self._current(pack, event_id)
        except StoreError as e:
            raise NotesError(str(e)) from None
        self._seen[(pack, event_id)] = updated
        self._drop_journal(pack, event_id, self._journaled.get((pack, event_id), ""))
        return current

    def close(self) -> None:
        """Close the store; its journal files (text not saved) are replayed by the next one."""
        if self._store is not None:
            self._store.close()
        self._finalizer()
