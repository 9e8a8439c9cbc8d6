"""The one SQLite database holding the user's notes, saved views and briefings (``user.sqlite3``).

Why SQLite: every save is a transaction, so a crash or a killed process leaves the last committed
state and loses at most the edit in flight. The connection runs with WAL (readers never block the
writer), ``synchronous=FULL`` (a commit is on disk when ``save`` returns, not just in the OS cache)
and ``foreign_keys=ON`` (deleting a briefing deletes its items).

The schema is versioned with ``PRAGMA user_version``: ``MIGRATIONS[i]`` brings a database from
version ``i`` to ``i + 1``, each step in its own transaction, so a crash mid-migration leaves the
previous version intact and the step is simply run again.

A damaged database never stops the app: it is moved aside as ``user.sqlite3.broken-<time>`` (with its
``-wal``/``-shm`` files, so the pair can still be inspected), a fresh one is started, and
``problems`` says so in plain words. A database that exists but cannot be opened (permissions, a
newer app's schema) is left alone: ``StoreError`` says why.

The notes database of earlier versions (``notes.sqlite3``) is imported the first time the default
store is opened and then renamed ``notes.sqlite3.migrated``. Its table has the same shape as ours,
so an old notes file opened directly as a store is simply upgraded in place.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
import threading
import tomllib
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from explorer.userdata.locations import config_dir, data_dir

STORE_NAME = "user.sqlite3"
LEGACY_NOTES_NAME = "notes.sqlite3"
LEGACY_BRIEFINGS_DIR = "briefings"

# Each entry is one migration step: the statements that bring user_version i to i + 1.
# Never edit a released step; append a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        # Same shape as the old notes.sqlite3 table, so an old notes file upgrades in place.
        """CREATE TABLE IF NOT EXISTS notes (
            pack     TEXT NOT NULL,
            event_id TEXT NOT NULL,
            text     TEXT NOT NULL,
            updated  REAL NOT NULL,
            PRIMARY KEY (pack, event_id))""",
        """CREATE TABLE views (
            id        TEXT PRIMARY KEY,
            name      TEXT NOT NULL,
            view_json TEXT NOT NULL,
            created   TEXT NOT NULL)""",
        """CREATE TABLE briefings (
            id      TEXT PRIMARY KEY,
            title   TEXT NOT NULL,
            marking TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL)""",
        """CREATE TABLE briefing_items (
            id             TEXT NOT NULL,
            briefing_id    TEXT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            title          TEXT NOT NULL,
            talking_points TEXT NOT NULL,
            view_json      TEXT NOT NULL,
            PRIMARY KEY (briefing_id, id))""",
        "CREATE INDEX briefing_items_order ON briefing_items (briefing_id, position)",
    ),
]
SCHEMA_VERSION = len(MIGRATIONS)

_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

# Problems found while opening a file, per file, for this process: the notes store usually opens the
# database first, and the briefing panel (which shows problems) must still hear that it was replaced.
_open_problems: dict[Path, list[str]] = {}
_open_lock = threading.Lock()


class StoreError(OSError):
    """The user store cannot be opened or written; the message names the file and says why.

    An ``OSError`` so that callers already handling failed file writes handle this too.
    """


class NewerStoreError(StoreError):
    """The store was written by a newer Briefing Explorer (its schema is ahead of ours)."""


def default_store_path() -> Path:
    return data_dir() / STORE_NAME


def stamp_now() -> str:
    """Local time, to the second, for the names of files set aside (what the user sees)."""
    return _dt.datetime.now().strftime("%Y%m%dT%H%M%S")


def set_aside(path: Path, label: str = "broken", companions: tuple[str, ...] = ()) -> Path:
    """Rename ``path`` to ``<name>.<label>-<time>`` (never over an earlier one); returns the new path.

    ``companions`` are suffixes of sibling files that belong to it (SQLite's ``-wal``, ``-shm``):
    they move along under the new name, so a stale WAL is never replayed into a fresh database.
    """
    return _move_aside(path, f"{path.name}.{label}-{stamp_now()}", companions)


def _is_corrupt(e: sqlite3.Error) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPT_CODES
    text = str(e).lower()
    return "not a database" in text or "malformed" in text


def _quick_check(conn: sqlite3.Connection) -> str:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    while True:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerStoreError(f"{path}: made by a newer Briefing Explorer (store version {version}; "
                             f"this one knows {SCHEMA_VERSION}). Update the app; the file is left "
                             "as it is")
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated in the meantime.
            if conn.execute("PRAGMA user_version").fetchone()[0] == version:
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _connect(path: Path) -> sqlite3.Connection:
    """An open, checked, migrated connection; sqlite3.Error / StoreError if that is impossible."""
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction is exactly what we say.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        check = _quick_check(conn)
        if check != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
        _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


class UserStore:
    """An open ``user.sqlite3`` (created if missing). ``problems`` lists what was found and repaired.

    ``legacy_notes``: an old ``notes.sqlite3`` to import once (then renamed ``.migrated``).
    Raises ``StoreError`` if the file cannot be used at all; a damaged file is replaced, not raised.
    """

    def __init__(self, path: Path | None = None, *, legacy_notes: Path | None = None,
                 read_only_if_newer: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.problems: list[str] = []
        # Why nothing can be written ("" when it can): a store from a newer app, opened read-only
        # (only with ``read_only_if_newer``; otherwise such a store raises StoreError).
        self.read_only = ""
        self._lock = threading.RLock()  # one connection, used from the UI and worker threads
        with _open_lock:
            try:
                self._conn = self._open()
            except NewerStoreError as e:
                if not read_only_if_newer:
                    raise
                self._conn = self._open_read_only(e)
            if legacy_notes is not None and not self.read_only:
                self._import_legacy_notes(Path(legacy_notes))
            self.problems.extend(_open_problems.get(self.path.resolve(), []))
        # Closed when the owner forgets to: a connection must not outlive its store object.
        self._finalizer = weakref.finalize(self, self._conn.close)

    # -- opening -------------------------------------------------------------------------------
    def _note_problem(self, text: str) -> None:
        found = _open_problems.setdefault(self.path.resolve(), [])
        if text not in found:
            found.append(text)

    def _open_read_only(self, why: StoreError) -> sqlite3.Connection:
        """The newer app's file, opened so that nothing can change it (never migrated, never moved)."""
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False, timeout=10)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as e:
            raise StoreError(f"{why}; it cannot be read either ({e})") from None
        self.read_only = str(why)
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.path.parent}: cannot create the folder ({e.strerror or e})") from None
        try:
            return _connect(self.path)
        except sqlite3.Error as e:
            if not _is_corrupt(e):
                raise StoreError(f"{self.path}: cannot open your notes and briefings ({e})") from None
            reason = str(e)
        try:
            kept = set_aside(self.path, "broken", ("-wal", "-shm"))
        except OSError as e:
            raise StoreError(f"{self.path}: damaged ({reason}) and cannot be moved aside "
                             f"({e.strerror or e})") from None
        self._note_problem(
            f"{self.path}: your notes, views and briefings file was damaged ({reason}). It was kept "
            f"as {kept.name} and a new, empty one was started")
        try:
            return _connect(self.path)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot start a new store ({e})") from None

    def _import_legacy_notes(self, legacy: Path) -> None:
        """Notes from the previous version's notes.sqlite3: newer ``updated`` wins, then renamed."""
        if not legacy.is_file() or legacy.resolve() == self.path.resolve():
            return
        try:
            src = sqlite3.connect(legacy, isolation_level=None, timeout=10)
            try:
                has_table = src.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notes'").fetchone()
                rows = (src.execute("SELECT pack, event_id, text, updated FROM notes").fetchall()
                        if has_table else [])
            finally:
                src.close()  # closing checkpoints its WAL, so nothing is left behind in -wal
        except sqlite3.Error as e:
            if not _is_corrupt(e):
                self._note_problem(f"{legacy}: old notes not imported yet ({e}); will try again")
                return
            try:
                kept = set_aside(legacy, "broken", ("-wal", "-shm"))
                self._note_problem(f"{legacy}: the old notes file is damaged ({e}); kept as "
                                   f"{kept.name}, its notes were not imported")
            except OSError:
                self._note_problem(f"{legacy}: the old notes file is damaged ({e}); not imported")
            return
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO notes (pack, event_id, text, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (pack, event_id) DO UPDATE SET text = excluded.text, "
                "updated = excluded.updated WHERE excluded.updated > notes.updated",
                [r for r in rows if isinstance(r[2], str) and r[2].strip()])
        try:
            set_aside_as_migrated(legacy, ("-wal", "-shm"))
        except OSError as e:  # imported; importing again next time changes nothing
            self._note_problem(f"{legacy}: imported, but could not be renamed ({e.strerror or e})")

    # -- use -----------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``with store.transaction() as db:`` - all of it is committed, or none of it.

        sqlite3 errors become ``StoreError`` naming the file.
        """
        if self.read_only:
            raise StoreError(f"{self.read_only} (shown read-only: nothing can be saved)")
        with self._lock:
            db = self._conn
            try:
                db.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: cannot save ({e})") from None
            try:
                yield db
                db.execute("COMMIT")
            except BaseException as e:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"{self.path}: cannot save ({e})") from None
                raise

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as e:
                raise StoreError(f"{self.path}: cannot read ({e})") from None

    def close(self) -> None:
        self._finalizer()


def set_aside_as_migrated(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """``x`` -> ``x.migrated`` (or ``x.migrated-1`` …): imported, kept for the user, never read again."""
    return _move_aside(path, f"{path.name}.migrated", companions)


def _move_aside(path: Path, name: str, companions: tuple[str, ...]) -> Path:
    """Rename ``path`` to ``name`` (``name-1``, ``name-2`` … if taken), its companions along."""
    base = path.with_name(name)
    target, n = base, 0
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    path.replace(target)
    for suffix in companions:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(target.with_name(target.name + suffix))
    return target


# -- the doctor's report ---------------------------------------------------------------------------

def store_report(path: Path | None = None, settings_path: Path | None = None) -> list[str]:
    """Lines for ``briefing-explorer doctor``: where the user's data is, versions, health, counts.

    Only reads: the database is opened read-only, so nothing is migrated, moved aside or created
    (SQLite may add its ``-wal``/``-shm`` side files). A line containing ``FAIL`` needs attention.
    """
    path = Path(path) if path is not None else default_store_path()
    settings_path = Path(settings_path) if settings_path is not None else config_dir() / "settings.toml"
    lines = [_settings_line(settings_path)]
    if not path.exists():
        lines.append(f"{path}: not created yet (nothing saved so far)")
    else:
        lines.extend(_database_lines(path))
    for legacy in (path.with_name(LEGACY_NOTES_NAME), settings_path.with_name("settings.json")):
        if legacy.exists():
            lines.append(f"{legacy}: from an earlier version, not imported yet (the app imports "
                         "it when it next starts)")
    folder = path.parent
    try:
        aside = sorted(p.name for p in folder.glob(f"{STORE_NAME}.broken-*")
                       if not p.name.endswith(("-wal", "-shm")))
    except OSError:
        aside = []
    if aside:
        lines.append(f"kept aside after damage (safe to delete once checked): {', '.join(aside)}")
    lines.extend(_writable_lines(path))
    pending = _pending_note_count(path)
    if pending:
        lines.append(f"{pending} note edit(s) typed but not yet in the store (kept in "
                     f"{path.name}.pending; the app saves them when it next starts)")
    return lines


def _pending_note_count(path: Path) -> int:
    try:
        return sum(1 for _ in path.with_name(path.name + ".pending").glob("*.json"))
    except OSError:
        return 0


MIN_FREE_BYTES = 8 << 20  # below this a save of a long note or a briefing may fail: say so early


def _writable_lines(path: Path) -> list[str]:
    """FAIL lines when notes could not be saved now: a folder or file that cannot be written, a
    full disk. Checked without writing anything."""
    import os
    import shutil

    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    lines = []
    if not os.access(existing, os.W_OK | os.X_OK):
        lines.append(f"{existing}: FAIL the folder cannot be written; notes and briefings cannot "
                     "be saved (check its permissions)")
    elif path.exists() and not os.access(path, os.W_OK):
        lines.append(f"{path}: FAIL the file is read-only; notes and briefings cannot be saved "
                     "(check its permissions)")
    try:
        free = shutil.disk_usage(existing).free
    except OSError:
        free = None
    if free is not None and free < MIN_FREE_BYTES:
        lines.append(f"{existing}: FAIL the disk is almost full ({free >> 10} KiB free); notes "
                     "and briefings may not be saved")
    return lines


def _settings_line(path: Path) -> str:
    from explorer.userdata.settings import SCHEMA_VERSION as SETTINGS_VERSION

    if not path.exists():
        return f"{path}: not created yet (defaults in use)"
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        return f"{path}: FAIL cannot be read ({e}); the app will set it aside and use defaults"
    version = data.get("schema_version", "?")
    return f"{path}: settings version {version} (this app: {SETTINGS_VERSION})"


def _database_lines(path: Path) -> list[str]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as e:
        return [f"{path}: FAIL cannot be opened ({e})"]
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        lines = [f"{path}: store version {version} (this app: {SCHEMA_VERSION}), "
                 f"{path.stat().st_size / 1024:.0f} KiB"]
        if version > SCHEMA_VERSION:
            lines.append(f"{path}: FAIL written by a newer Briefing Explorer: this app shows your "
                         "notes and briefings read-only and cannot save them (update the app)")
        if integrity == ["ok"]:
            lines.append("integrity check: ok")
        else:
            lines.append(f"integrity check: FAIL {'; '.join(map(str, integrity[:5]))} (the app "
                         "will set the file aside and start a new one)")
            return lines
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = []
        for table, label in (("notes", "notes"), ("views", "saved views"), ("briefings", "briefings"),
                             ("briefing_items", "briefing items")):
            if table in tables:
                n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table: fixed names, not user input
                counts.append(f"{n} {label}")
        lines.append(", ".join(counts) if counts else "no tables yet")
        return lines
    except sqlite3.Error as e:
        return [f"{path}: FAIL cannot be read ({e}); the app will set it aside and start a new one"]
    finally:
        conn.close()


def remove_stale_temp_files(folder: Path, name: str, older_than: float = 600.0) -> None:
    """Remove ``write_atomic`` temp files of ``name`` left by a killed process (not recent ones:
    another instance may be writing right now)."""
    import time

    try:
        candidates = list(folder.glob(f".{name}.*.tmp"))
    except OSError:
        return
    for p in candidates:
        try:
            if time.time() - p.stat().st_mtime > older_than:
                p.unlink()
        except OSError:
            pass


