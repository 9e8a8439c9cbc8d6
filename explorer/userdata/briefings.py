"""Briefing decks the user assembles from views: immutable data, the BRIEFING.json format, a store.

A ``Briefing`` is an ordered list of ``BriefingItem`` s, each a saved ``ViewState`` with the user's
title and talking points. Edits are pure methods returning a new briefing, so the UI can keep an
undo history by keeping old values.

BRIEFING.json (also read by ``briefing-explorer deck BRIEFING.json --out deck.pptx``)::

    {"briefing": 1, "title": "...", "marking": "...",
     "items": [{"id": "...", "title": "...", "talking_points": "...", "view": <ViewState.to_dict()>}]}

Stored briefings carry ``id``, ``created`` and ``updated`` too. Reading never trusts a file: every
field is checked and ``ViewError`` names the file and the field (``BRIEFING.json: items[2].view.view: …``).

The store keeps briefings in the user store's ``briefings`` and ``briefing_items`` tables (see
``store.py``); a save is one transaction, so a crash leaves the previous version whole. Rows are
checked on the way out exactly like a BRIEFING.json, so a row that does not check out (written by a
newer app, edited by hand) is skipped, kept, and reported in ``problems``; it never stops the app.
Earlier versions kept one ``<id>.json`` per briefing in ``data_dir()/briefings``: those files are
imported when the store opens and renamed ``<id>.json.migrated``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
import secrets
import sqlite3
import time
import weakref
from dataclasses import dataclass, replace
from pathlib import Path

from explorer.bounded_read import read_at_most
from explorer.export.view_state import MAX_MARKING, ViewError, ViewState
from explorer.userdata.locations import data_dir
from explorer.userdata.notes import (
    _LIVE_OWNERS,
    RESTORED_MARK,
    _owner_gone,
    drop_journal_files,
    write_durably,
)
from explorer.userdata.store import (
    LEGACY_BRIEFINGS_DIR,
    LEGACY_NOTES_NAME,
    STORE_NAME,
    StoreError,
    UserStore,
    set_aside,
    set_aside_as_migrated,
)

FORMAT_VERSION = 1
MAX_FILE_BYTES = 4 << 20
MAX_ITEMS = 500
MAX_TITLE = 300
MAX_TALKING_POINTS = 20_000
_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_TOP_KEYS = {"briefing", "id", "title", "marking", "created", "updated", "items"}
_ITEM_KEYS = {"id", "title", "talking_points", "view"}


def new_id() -> str:
    return secrets.token_hex(6)


def now_iso() -> str:
    """UTC to the millisecond: briefings saved within one second still sort newest first."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds")


def _check_text(value: object, where: str, limit: int, *, one_line: bool = True) -> str:
    if not isinstance(value, str):
        raise ViewError(f"{where}: must be text")
    if len(value) > limit:
        raise ViewError(f"{where}: at most {limit} characters (found {len(value)})")
    if one_line and value and value.splitlines() != [value]:
        raise ViewError(f"{where}: must be one line")
    return value


def _check_id(value: object, where: str) -> str:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise ViewError(f"{where}: must be 1 to 64 letters, digits, '-' or '_' (found: {value!r})")
    return value


@dataclass(frozen=True)
class BriefingItem:
    id: str
    view: ViewState
    title: str = ""
    talking_points: str = ""

    @classmethod
    def new(cls, view: ViewState, title: str = "", talking_points: str = "") -> BriefingItem:
        return cls(new_id(), view, _check_text(title, "title", MAX_TITLE),
                   _check_text(talking_points, "talking_points", MAX_TALKING_POINTS, one_line=False))

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "talking_points": self.talking_points,
                "view": self.view.to_dict()}


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    items: tuple[BriefingItem, ...] = ()
    marking: str = ""
    created: str = ""
    updated: str = ""

    # -- pure edits (each returns a new Briefing; ValueError/KeyError for impossible ones) --------

    def _index(self, item_id: str) -> int:
        for i, item in enumerate(self.items):
            if item.id == item_id:
                return i
        raise KeyError(item_id)

    def add(self, item: BriefingItem, index: int | None = None) -> Briefing:
        """``item`` appended (or inserted at ``index``)."""
        if any(i.id == item.id for i in self.items):
            raise ValueError(f"an item with id {item.id!r} is already in this briefing")
        if len(self.items) >= MAX_ITEMS:
            raise ValueError(f"a briefing holds at most {MAX_ITEMS} items")
        items = list(self.items)
        items.insert(len(items) if index is None else index, item)
        return replace(self, items=tuple(items))

    def remove(self, item_id: str) -> Briefing:
        i = self._index(item_id)
        return replace(self, items=self.items[:i] + self.items[i + 1:])

    def move(self, item_id: str, new_index: int) -> Briefing:
        """The item moved to position ``new_index`` (clamped to the list, negatives from the end)."""
        items = list(self.items)
        item = items.pop(self._index(item_id))
        n = len(items)
        k = new_index + n + 1 if new_index < 0 else new_index
        items.insert(max(0, min(k, n)), item)
        return replace(self, items=tuple(items))

    def _edit(self, item_id: str, **changes) -> Briefing:
        i = self._index(item_id)
        return replace(self, items=(*self.items[:i], replace(self.items[i], **changes),
                                    *self.items[i + 1:]))

    def rename(self, item_id: str, title: str) -> Briefing:
        return self._edit(item_id, title=_check_text(title, "title", MAX_TITLE))

    def set_talking_points(self, item_id: str, text: str) -> Briefing:
        return self._edit(item_id, talking_points=_check_text(
            text, "talking_points", MAX_TALKING_POINTS, one_line=False))

    def renamed(self, title: str) -> Briefing:
        return replace(self, title=_check_text(title, "title", MAX_TITLE))

    def with_marking(self, marking: str) -> Briefing:
        return replace(self, marking=_check_text(marking, "marking", MAX_MARKING).strip())

    def item(self, item_id: str) -> BriefingItem:
        return self.items[self._index(item_id)]

    # -- the file format --------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {"briefing": FORMAT_VERSION, "id": self.id, "title": self.title,
                "marking": self.marking, "created": self.created, "updated": self.updated,
                "items": [item.to_dict() for item in self.items]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def briefing_from_dict(d: object, where: str = "BRIEFING.json") -> Briefing:
    """A checked Briefing; ViewError says which field of ``where`` is wrong and why.

    Items without an id get a fresh one (hand-written files need not invent ids); a file without
    an id gets one too.
    """
    if not isinstance(d, dict):
        raise ViewError(f"{where}: must be a JSON object")
    version = d.get("briefing")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise ViewError(f"{where}: briefing: format {version} is newer than this app reads "
                            f"({FORMAT_VERSION}); update Briefing Explorer")
        raise ViewError(f"{where}: briefing: must be {FORMAT_VERSION} (the format version; "
                        f"found: {version!r})")
    unknown = sorted(set(d) - _TOP_KEYS)
    if unknown:
        raise ViewError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})")
    bid = _check_id(d["id"], f"{where}: id") if "id" in d else new_id()
    title = _check_text(d.get("title", ""), f"{where}: title", MAX_TITLE)
    marking = _check_text(d.get("marking", ""), f"{where}: marking", MAX_MARKING).strip()
    created = _check_text(d.get("created", ""), f"{where}: created", 64)
    updated = _check_text(d.get("updated", ""), f"{where}: updated", 64)
    items_in = d.get("items", [])
    if not isinstance(items_in, list):
        raise ViewError(f"{where}: items: must be a list")
    if len(items_in) > MAX_ITEMS:
        raise ViewError(f"{where}: items: at most {MAX_ITEMS} (found {len(items_in)})")
    items: list[BriefingItem] = []
    seen: set[str] = set()
    for i, raw in enumerate(items_in):
        at = f"{where}: items[{i}]"
        if not isinstance(raw, dict):
            raise ViewError(f"{at}: must be a JSON object")
        unknown = sorted(set(raw) - _ITEM_KEYS)
        if unknown:
            raise ViewError(f"{at}: unknown field {unknown[0]!r} (known: {', '.join(sorted(_ITEM_KEYS))})")
        iid = _check_id(raw["id"], f"{at}.id") if "id" in raw else new_id()
        if iid in seen:
            raise ViewError(f"{at}.id: {iid!r} is used by an earlier item")
        seen.add(iid)
        if "view" not in raw:
            raise ViewError(f"{at}.view: missing (the view this item shows)")
        try:
            view = ViewState.from_dict(raw["view"], f"{at}.view")
        except ViewError:
            raise
        except (TypeError, ValueError, AttributeError) as e:  # a value from_dict did not foresee
            raise ViewError(f"{at}.view: unusable ({e})") from None
        items.append(BriefingItem(
            iid, view, _check_text(raw.get("title", ""), f"{at}.title", MAX_TITLE),
            _check_text(raw.get("talking_points", ""), f"{at}.talking_points", MAX_TALKING_POINTS,
                        one_line=False)))
    return Briefing(bid, title, tuple(items), marking, created, updated)


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def briefing_from_bytes(data: bytes, where: str) -> Briefing:
    if len(data) > MAX_FILE_BYTES:
        raise ViewError(f"{where}: larger than {MAX_FILE_BYTES >> 20} MiB; not a briefing file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ViewError(f"{where}: not UTF-8 text") from None
    try:
        parsed = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise ViewError(f"{where}:{e.lineno}:{e.colno}: not valid JSON: {e.msg}") from None
    except (ValueError, RecursionError) as e:
        raise ViewError(f"{where}: not valid JSON ({e})") from None
    return briefing_from_dict(parsed, where)


def _read_bytes(p: Path) -> bytes:
    """At most one byte more than a briefing may have (enough to tell it is too large)."""
    return read_at_most(p, MAX_FILE_BYTES)


def read_briefing_file(path: str | Path) -> Briefing:
    """A BRIEFING.json, checked (see ``briefing_from_dict``); at most 4 MiB and 500 items."""
    p = Path(path)
    try:
        data = _read_bytes(p)
    except OSError as e:
        raise ViewError(f"{p}: cannot read ({e.strerror or e})") from None
    return briefing_from_bytes(data, str(p))


class BriefingStore:
    """The user's briefings, in the user store (``store.py``); see the module docstring.

    ``folder``: where ``user.sqlite3`` lives (default: the user data folder). Old per-briefing JSON
    files found there (by default in ``<data>/briefings``) are imported when the store opens.
    The constructor never raises: a store that cannot be opened is reported in ``problems``, lists
    nothing, and refuses saves with ``StoreError`` (an ``OSError``).
    """

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            self.folder = data_dir()
            self.legacy_folder = data_dir() / LEGACY_BRIEFINGS_DIR
            self._legacy_notes: Path | None = data_dir() / LEGACY_NOTES_NAME
        else:
            self.folder = self.legacy_folder = Path(folder)
            self._legacy_notes = None
        self.path = self.folder / STORE_NAME
        self.problems: list[str] = []  # plain-words problems, each once (the panel shows them)
        self.last_conflict = ""  # set by a save that kept a copy instead of overwriting
        self._store: UserStore | None = None
        # Talking points typed and not yet saved (see ``TalkingPointsJournal``); those left by a
        # store that is gone (a crash, a kill, a failed save) are saved now (``restored`` counts them).
        self.journal = TalkingPointsJournal(self.path)
        self.restored = 0
        try:
            self._db()
        except StoreError:
            pass  # already in problems; tried again on the next use
        else:
            self.restored = self.journal.replay(self)
            for problem in self.journal.problems:
                self._problem(problem)

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def _db(self) -> UserStore:
        if self._store is None:
            try:
                self._store = UserStore(self.path, legacy_notes=self._legacy_notes)
            except StoreError as e:
                self._problem(str(e))
                raise
            for p in self._store.problems:
                self._problem(p)
            self._import_legacy_files()
        return self._store

    def _import_legacy_files(self) -> None:
        """Old ``<id>.json`` briefings: imported (newer ``updated`` wins), then renamed ``.migrated``.

        Run at every open, so a file copied back into the folder is picked up too. A damaged file
        is set aside as ``.broken-<time>`` and reported; it never stops the others.
        """
        try:
            paths = sorted(p for p in self.legacy_folder.glob("*.json") if p.is_file())
        except OSError as e:
            self._problem(f"{self.legacy_folder}: cannot look for old briefing files ({e.strerror or e})")
            return
        found: list[tuple[Path, Briefing]] = []
        for path in paths:
            if not _ID_RE.fullmatch(path.stem):
                self._problem(f"{path}: not a briefing file name; ignored")
                continue
            try:
                data = _read_bytes(path)
            except OSError as e:  # unreadable now (permissions, a lock): report, leave it be
                self._problem(f"{path}: cannot read ({e.strerror or e})")
                continue
            try:
                b = briefing_from_bytes(data, str(path))
            except ViewError as e:
                try:
                    kept = set_aside(path)
                    self._problem(f"{e}; kept as {kept.name}")
                except OSError:
                    self._problem(str(e))
                continue
            # A stored briefing's id is its file name, whatever the file says.
            found.append((path, b if b.id == path.stem else replace(b, id=path.stem)))
        if not found:
            return
        store = self._store
        assert store is not None
        try:
            with store.transaction() as db:
                for _path, b in found:
                    row = db.execute("SELECT updated FROM briefings WHERE id = ?", (b.id,)).fetchone()
                    if row is None or _sort_time(b.updated) > _sort_time(row[0]):
                        write_briefing(db, b)
        except (StoreError, ValueError) as e:
            self._problem(f"{self.legacy_folder}: old briefing files not imported yet ({e})")
            return
        for path, _b in found:
            try:
                set_aside_as_migrated(path)
            except OSError as e:  # imported; importing it again later changes nothing
                self._problem(f"{path}: imported, but could not be renamed ({e.strerror or e})")

    def list(self) -> list[Briefing]:
        """Every readable briefing, newest first. Unreadable ones are kept, skipped and reported."""
        try:
            rows = read_briefings(self._db())
        except StoreError as e:
            self._problem(str(e))
            return []
        out = []
        for b in rows:
            if isinstance(b, ViewError):
                self._problem(str(b))
            else:
                out.append(b)
        out.sort(key=lambda b: (_sort_time(b.updated), b.title.casefold(), b.id), reverse=True)
        return out

    def load(self, briefing_id: str) -> Briefing:
        """The briefing ``briefing_id``; KeyError if there is none, ViewError if it is damaged."""
        _check_id(briefing_id, "briefing id")
        (found,) = read_briefings(self._db(), briefing_id) or (None,)
        if found is None:
            raise KeyError(briefing_id)
        if isinstance(found, ViewError):
            raise found
        return found

    def save(self, briefing: Briefing, copy_title: str = "{title} (copy)") -> Briefing:
        """Save ``briefing`` in one transaction (``updated`` set to now); returns what was saved.

        A briefing too large to be exported as BRIEFING.json and read back is refused (ViewError)
        before anything is written.

        Never over a change made elsewhere: when the stored briefing is no longer the one
        ``briefing`` was read as (its ``updated`` differs: another window or instance saved it
        since), theirs is left as it is and this one is saved as a new briefing titled
        ``copy_title`` (``{title}`` is the original title); ``last_conflict`` then names both.
        A briefing never read from the store (``updated`` empty) is written as asked.
        """
        _check_id(briefing.id, "briefing id")
        stamp = now_iso()
        check_size(replace(briefing, created=briefing.created or stamp, updated=stamp))
        self.last_conflict = ""
        store = self._db()
        with store.transaction() as db:
            stored = db.execute("SELECT updated FROM briefings WHERE id = ?", (briefing.id,)).fetchone()
            # Each save's stamp is newer than the one it replaces, even within one millisecond:
            # the stamp is how another window tells that this briefing changed under it.
            stamp = _after(stamp, stored[0]) if stored is not None else stamp
            saved = replace(briefing, created=briefing.created or stamp, updated=stamp)
            row = stored if briefing.updated else None
            if row is not None and row[0] != briefing.updated:
                while True:
                    copy_id = new_id()
                    if not db.execute("SELECT 1 FROM briefings WHERE id = ?", (copy_id,)).fetchone():
                        break
                title = copy_title.format(title=briefing.title)[:MAX_TITLE]
                saved = replace(saved, id=copy_id, title=title, created=stamp)
                self.last_conflict = (f"{briefing.title or briefing.id}: changed in another window "
                                      f"since it was opened here; that version is kept, and this "
                                      f"one is saved as {title!r}")
            write_briefing(db, saved)
        return saved

    def delete(self, briefing_id: str) -> None:
        _check_id(briefing_id, "briefing id")
        with self._db().transaction() as db:
            db.execute("DELETE FROM briefings WHERE id = ?", (briefing_id,))  # items cascade

    def new(self, title: str = "") -> Briefing:
        """A new empty briefing, saved at once so it is listed."""
        title = _check_text(title, "title", MAX_TITLE)
        store = self._db()
        while True:
            bid = new_id()
            if not store.query("SELECT 1 FROM briefings WHERE id = ?", (bid,)):
                break
        return self.save(Briefing(bid, title))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        self.journal.close()


# -- talking points typed and not yet saved ---------------------------------------------------------

class TalkingPointsJournal:
    """Talking points typed and not yet in the store, one small file per item beside the store
    (``<store>.talking-points/<hash>.<owner>.json``), written to a temporary file, ``fsync``'d and
    renamed: a kill -9 at any moment leaves the previous or the new text, never a torn file.

    The same idea as the notes' journal (``notes.py``): each open store writes files of its own, and
    only the files of a store that is gone are replayed (``replay``), when the next store opens. A
    talking point changed in the store since the journal's text was based on it is not overwritten:
    both are kept, one after the other. Nothing here raises on reading; ``write`` raises OSError.
    """

    def __init__(self, store_path: Path) -> None:
        self.folder = Path(store_path).with_name(Path(store_path).name + ".talking-points")
        self.problems: list[str] = []
        self._owner = f"{os.getpid()}-{secrets.token_hex(4)}"
        _LIVE_OWNERS.add(self._owner)
        self._finalizer = weakref.finalize(self, _LIVE_OWNERS.discard, self._owner)

    @staticmethod
    def _digest(briefing_id: str, item_id: str) -> str:
        return hashlib.sha256(f"{briefing_id}\0{item_id}".encode()).hexdigest()[:32]

    def _path(self, briefing_id: str, item_id: str) -> Path:
        return self.folder / f"{self._digest(briefing_id, item_id)}.{self._owner}.json"

    def write(self, briefing_id: str, item_id: str, text: str, base: str = "") -> None:
        """Put ``text`` on disk now; ``base``: the item's talking points as last read from the store."""
        if len(text) > 10 * MAX_TALKING_POINTS:
            raise OSError(f"the talking points are too long ({len(text)} characters; at most "
                          f"{MAX_TALKING_POINTS})")
        entry = {"briefing_id": briefing_id, "item_id": item_id, "text": text, "base": base,
                 "time": time.time()}
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        try:
            write_durably(self._path(briefing_id, item_id), data)
        except OSError as e:
            raise OSError(f"{self.folder}: cannot keep the talking points ({e.strerror or e})") from None

    def drop(self, briefing_id: str, item_id: str) -> None:
        """The store holds this item's talking points: its files (this store's, and those of stores
        that are gone) are removed."""
        drop_journal_files(self.folder, self._digest(briefing_id, item_id), self._owner)

    def entries(self, *, others: bool = False) -> list[dict]:
        """This store's entries and those of stores that are gone (``others``: only the latter),
        oldest first; each a dict with briefing_id, item_id, text, base, time and file."""
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        out = []
        for p in paths:
            digest, _, owner = p.name[:-len(".json")].partition(".")
            if not ((owner == self._owner and not others) or (owner != self._owner and _owner_gone(owner))):
                continue
            try:
                if p.stat().st_size > 40 * MAX_TALKING_POINTS + 4096:
                    continue
                entry = json.loads(p.read_bytes().decode("utf-8"))
            except (OSError, ValueError):
                continue
            if (isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in
                                                ("briefing_id", "item_id", "text", "base"))
                    and isinstance(entry.get("time"), (int, float))
                    and digest == self._digest(entry["briefing_id"], entry["item_id"])):
                entry["file"] = p
                out.append(entry)
        out.sort(key=lambda e: e["time"])
        return out

    def replay(self, store: BriefingStore) -> int:
        """Save what stores that are gone left unsaved; how many items were restored. An item or
        briefing deleted since, or a store that cannot be written, keeps the file (reported)."""
        restored = 0
        for entry in self.entries(others=True):
            bid, iid, text = entry["briefing_id"], entry["item_id"], entry["text"]
            try:
                b = store.load(bid)
                current = b.item(iid).talking_points
            except (KeyError, ViewError, OSError) as e:
                self.problems.append(f"{entry['file']}: talking points not restored ({e}); kept")
                continue
            if current != text:
                if current != entry["base"] and current.strip() and text.strip():
                    text = current + RESTORED_MARK + text  # both kept: theirs first, then ours
                try:
                    store.save(b.set_talking_points(iid, text))
                except (ValueError, OSError) as e:
                    self.problems.append(f"{entry['file']}: talking points not restored ({e}); kept")
                    continue
                restored += 1
            with contextlib.suppress(OSError):
                entry["file"].unlink()
        return restored

    def close(self) -> None:
        """This store is gone: its files (text not saved) are replayed by the next one."""
        self._finalizer()


# -- rows <-> briefings (shared with the export/import of user data) -------------------------------

def check_size(b: Briefing) -> None:
    """ViewError if ``b`` as BRIEFING.json would be larger than the deck command reads."""
    try:
        size = len(json.dumps(b.to_dict(), ensure_ascii=False, indent=2, allow_nan=False).encode())
    except ValueError as e:  # NaN/infinity in a view: JSON cannot carry it
        raise ViewError(f"{b.title or b.id}: a view holds a value that cannot be saved ({e})") from None
    if size + 1 > MAX_FILE_BYTES:
        raise ViewError(f"{b.title or b.id}: larger than {MAX_FILE_BYTES >> 20} MiB; shorten its "
                        "talking points")


def write_briefing(db: sqlite3.Connection, b: Briefing) -> None:
    """Insert or replace ``b`` and its items (inside the caller's transaction)."""
    # ON CONFLICT DO UPDATE, not INSERT OR REPLACE: a replace deletes the row first, and the
    # cascade would take the items with it mid-transaction.
    db.execute(
        "INSERT INTO briefings (id, title, marking, created, updated) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, marking = excluded.marking, "
        "created = excluded.created, updated = excluded.updated",
        (b.id, b.title, b.marking, b.created, b.updated))
    db.execute("DELETE FROM briefing_items WHERE briefing_id = ?", (b.id,))
    db.executemany(
        "INSERT INTO briefing_items (id, briefing_id, position, title, talking_points, view_json) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(item.id, b.id, position, item.title, item.talking_points,
          json.dumps(item.view.to_dict(), ensure_ascii=False, allow_nan=False))
         for position, item in enumerate(b.items)])


def read_briefings(store: UserStore, briefing_id: str | None = None) -> list[Briefing | ViewError]:
    """Every stored briefing (or just ``briefing_id``), each checked like a BRIEFING.json: a row
    that does not check out comes back as the ViewError saying why (the row itself is kept)."""
    where, params = ("WHERE id = ?", (briefing_id,)) if briefing_id is not None else ("", ())
    heads = store.query(f"SELECT id, title, marking, created, updated FROM briefings {where}", params)
    items: dict[str, list[tuple]] = {}
    item_where = "WHERE briefing_id = ?" if briefing_id is not None else ""
    for row in store.query("SELECT briefing_id, id, title, talking_points, view_json FROM briefing_items "
                           f"{item_where} ORDER BY briefing_id, position", params):
        items.setdefault(row[0], []).append(row[1:])
    out: list[Briefing | ViewError] = []
    for bid, title, marking, created, updated in heads:
        where_text = f"{store.path}: briefing {bid!r}"
        try:
            d = {"briefing": FORMAT_VERSION, "id": bid, "title": title, "marking": marking,
                 "created": created, "updated": updated, "items": []}
            for i, (iid, ititle, points, view_json) in enumerate(items.get(bid, ())):
                try:
                    view = json.loads(view_json, parse_constant=_reject_constant)
                except (TypeError, ValueError, RecursionError) as e:
                    raise ViewError(f"{where_text}: items[{i}].view: not valid JSON ({e})") from None
                d["items"].append({"id": iid, "title": ititle, "talking_points": points, "view": view})
            out.append(briefing_from_dict(d, where_text))
        except ViewError as e:
            out.append(e)
    return out


def _after(stamp: str, previous: str) -> str:
    """``stamp``, or a millisecond after ``previous`` when ``stamp`` is not later than it."""
    if _sort_time(stamp) > _sort_time(previous):
        return stamp
    try:
        t = _dt.datetime.fromisoformat(previous)
    except ValueError:
        return stamp
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.UTC)
    return (t + _dt.timedelta(milliseconds=1)).isoformat(timespec="milliseconds")


def _sort_time(stamp: str) -> float:
    try:
        t = _dt.datetime.fromisoformat(stamp)
    except ValueError:
        return float("-inf")
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.UTC)
    return t.timestamp()
