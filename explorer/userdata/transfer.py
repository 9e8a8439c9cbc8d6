"""Export and import of the user's own data as one JSON file, for moving to another laptop.

The file (written atomically)::

    {"briefing_explorer_user_data": 1, "exported": "<UTC time>", "app_version": "0.1.0",
     "notes":     [{"pack": "...", "event_id": "...", "text": "...", "updated": "<UTC time>"}],
     "views":     [{"id": "...", "name": "...", "created": "...", "view": <ViewState.to_dict()>}],
     "briefings": [<a BRIEFING.json object with id, created, updated>],
     "settings":  {<the portable settings only: export marking and format, timeline lanes, ...>}}

Paths are this laptop's (recent packs, window geometry, folders), so they are never exported.

Importing checks the whole file first; a problem raises ``UserDataError`` naming the field
(``file: briefings[2].items[0].view.view: must be one of …``) and nothing is changed. Then it merges,
in one transaction: a note replaces the one here only if it is newer; a view or briefing whose id is
free keeps it, one identical to what is here is skipped, and one whose id is taken by something
different is added under a new id (both are kept). Portable settings from the file replace the
ones here.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from explorer import __version__
from explorer.atomic_write import write_atomic
from explorer.bounded_read import read_at_most
from explorer.export.view_state import ViewError, ViewState
from explorer.userdata.briefings import (
    Briefing,
    BriefingStore,
    _check_id,
    _check_text,
    _reject_constant,
    briefing_from_dict,
    check_size,
    new_id,
    read_briefings,
    write_briefing,
)
from explorer.userdata.notes import MAX_NOTE
from explorer.userdata.settings import PORTABLE_KEYS, SCHEMA, Settings, validated
from explorer.userdata.store import UserStore, default_store_path
from explorer.userdata.views import SavedView, check_name, saved_view_from_row, view_json

FORMAT_KEY = "briefing_explorer_user_data"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 << 20  # notes and briefings are text; a file this large is not ours
_TOP_KEYS = {FORMAT_KEY, "exported", "app_version", "notes", "views", "briefings", "settings"}
_NOTE_KEYS = {"pack", "event_id", "text", "updated"}
_VIEW_KEYS = {"id", "name", "created", "view"}


class UserDataError(ValueError):
    """A user-data file that cannot be imported; the message names the file and the field."""


@dataclass
class TransferSummary:
    """What an export wrote or an import changed; ``str()`` says it in plain words."""

    notes: int = 0  # exported, or imported as new
    notes_updated: int = 0  # import: replaced an older note
    notes_kept: int = 0  # import: the note here was as new or newer
    views: int = 0
    views_renamed_ids: int = 0  # import: id taken by a different view; added under a new id
    views_same: int = 0  # import: already here, identical
    briefings: int = 0
    briefings_renamed_ids: int = 0
    briefings_same: int = 0
    settings: int = 0
    skipped: list[str] = field(default_factory=list)  # export: stored rows that do not check out

    def __str__(self) -> str:
        parts = [f"{self.notes} notes", f"{self.views} saved views", f"{self.briefings} briefings",
                 f"{self.settings} settings"]
        extra = []
        if self.notes_updated:
            extra.append(f"{self.notes_updated} older notes replaced")
        if self.notes_kept:
            extra.append(f"{self.notes_kept} notes kept (the one here is as new or newer)")
        renamed = self.views_renamed_ids + self.briefings_renamed_ids
        if renamed:
            extra.append(f"{renamed} added as copies next to different ones with the same id")
        same = self.views_same + self.briefings_same
        if same:
            extra.append(f"{same} already here")
        if self.skipped:
            extra.append(f"{len(self.skipped)} unreadable and left out: " + "; ".join(self.skipped))
        return ", ".join(parts) + (f" ({'; '.join(extra)})" if extra else "")


def _open(store_path: Path | None) -> UserStore:
    """The store to export from or import into. The default one first takes in the files of
    earlier releases (as the app does when it starts), so nothing of them is left behind."""
    if store_path is not None:
        return UserStore(store_path)
    BriefingStore().close()  # imports the old notes.sqlite3 and briefings/*.json, if any
    return UserStore(default_store_path())


def _iso(t: float) -> str:
    return _dt.datetime.fromtimestamp(t, _dt.UTC).isoformat(timespec="microseconds")


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


# -- export ----------------------------------------------------------------------------------------

def export_user_data(path: str | Path, *, store_path: Path | None = None,
                     settings: Settings | None = None) -> TransferSummary:
    """Write every note, saved view and briefing, and the portable settings, to ``path``.

    Rows that do not check out are left out and named in the summary's ``skipped``.
    """
    store = _open(store_path)
    try:
        summary = TransferSummary()
        notes = [{"pack": p, "event_id": e, "text": t, "updated": _iso(u)} for p, e, t, u in
                 store.query("SELECT pack, event_id, text, updated FROM notes ORDER BY pack, event_id")]
        views = []
        for row in store.query("SELECT id, name, view_json, created FROM views ORDER BY created, id"):
            try:
                views.append(saved_view_from_row(row, f"view {row[0]!r}").to_dict())
            except ViewError as e:
                summary.skipped.append(str(e))
        briefings = []
        for b in read_briefings(store):
            if isinstance(b, ViewError):
                summary.skipped.append(str(b))
            else:
                briefings.append(b.to_dict())
        briefings.sort(key=lambda d: (d["created"], d["id"]))
    finally:
        store.close()
    portable = (settings if settings is not None else Settings()).portable()
    doc = {FORMAT_KEY: FORMAT_VERSION, "exported": _now(), "app_version": __version__,
           "notes": notes, "views": views, "briefings": briefings, "settings": portable}
    write_atomic(Path(path), (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    summary.notes, summary.views, summary.briefings = len(notes), len(views), len(briefings)
    summary.settings = len(portable)
    return summary


# -- reading and checking a file -------------------------------------------------------------------

@dataclass(frozen=True)
class _Note:
    pack: str
    event_id: str
    text: str
    updated: float


@dataclass(frozen=True)
class UserData:
    """A checked user-data file."""

    notes: tuple[_Note, ...]
    views: tuple[SavedView, ...]
    briefings: tuple[Briefing, ...]
    settings: dict


def _fail(where: str, what: str) -> UserDataError:
    return UserDataError(f"{where}: {what}")


def _list(d: dict, key: str, where: str) -> list:
    value = d.get(key, [])
    if not isinstance(value, list):
        raise _fail(f"{where}: {key}", "must be a list")
    return value


def _object(raw: object, where: str, known: set[str], required: set[str]) -> dict:
    if not isinstance(raw, dict):
        raise _fail(where, "must be a JSON object")
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _fail(where, f"unknown field {unknown[0]!r} (known: {', '.join(sorted(known))})")
    missing = sorted(required - set(raw))
    if missing:
        raise _fail(f"{where}.{missing[0]}", "missing")
    return raw


def _time(value: object, where: str) -> float:
    """An ISO 8601 time as seconds since 1970 (UTC if no zone is given)."""
    if not isinstance(value, str):
        raise _fail(where, f"must be a date and time like \"2026-01-31T12:00:00+00:00\" (found {value!r})")
    try:
        t = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"must be a date and time like \"2026-01-31T12:00:00+00:00\" "
                           f"(found {value!r})") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.UTC)
    stamp = t.timestamp()
    if not math.isfinite(stamp):
        raise _fail(where, "out of range")
    return stamp


def parse_user_data(data: bytes, where: str) -> UserData:
    """Check every field of a user-data file; ``UserDataError`` says which one is wrong and why."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail(where, f"larger than {MAX_FILE_BYTES >> 20} MiB; not a user-data file")
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _fail(where, "not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise UserDataError(f"{where}:{e.lineno}:{e.colno}: not valid JSON: {e.msg}") from None
    except (ValueError, RecursionError) as e:
        raise _fail(where, f"not valid JSON ({e})") from None
    if not isinstance(doc, dict):
        raise _fail(where, "must be a JSON object")
    version = doc.get(FORMAT_KEY)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise _fail(f"{where}: {FORMAT_KEY}", f"format {version} is newer than this app reads "
                                              f"({FORMAT_VERSION}); update Briefing Explorer")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise _fail(f"{where}: {FORMAT_KEY}", f"must be {FORMAT_VERSION} (not a Briefing Explorer "
                                              f"user-data file? found: {version!r})")
    _object(doc, where, _TOP_KEYS, {FORMAT_KEY})

    notes, seen_notes = [], set()
    for i, raw in enumerate(_list(doc, "notes", where)):
        at = f"{where}: notes[{i}]"
        n = _object(raw, at, _NOTE_KEYS, _NOTE_KEYS)
        for key in ("pack", "event_id"):
            if not isinstance(n[key], str) or not n[key] or len(n[key]) > 300:
                raise _fail(f"{at}.{key}", "must be text of 1 to 300 characters")
        if not isinstance(n["text"], str) or len(n["text"]) > MAX_NOTE:
            raise _fail(f"{at}.text", f"must be text of at most {MAX_NOTE} characters")
        if (n["pack"], n["event_id"]) in seen_notes:
            raise _fail(at, f"a second note for {n['pack']!r} / {n['event_id']!r}")
        seen_notes.add((n["pack"], n["event_id"]))
        notes.append(_Note(n["pack"], n["event_id"], n["text"], _time(n["updated"], f"{at}.updated")))

    views, seen = [], set()
    for i, raw in enumerate(_list(doc, "views", where)):
        at = f"{where}: views[{i}]"
        v = _object(raw, at, _VIEW_KEYS, {"id", "name", "view"})
        try:
            vid = _check_id(v["id"], f"{at}.id")
            name = check_name(v["name"], f"{at}.name")
            created = _check_text(v.get("created", ""), f"{at}.created", 64)
            view = ViewState.from_dict(v["view"], f"{at}.view")
        except ViewError as e:
            raise UserDataError(str(e)) from None
        except (TypeError, AttributeError) as e:
            raise _fail(f"{at}.view", f"unusable ({e})") from None
        if vid in seen:
            raise _fail(f"{at}.id", f"{vid!r} is used by an earlier view")
        seen.add(vid)
        views.append(SavedView(vid, name, view, created))

    briefings, seen = [], set()
    for i, raw in enumerate(_list(doc, "briefings", where)):
        at = f"{where}: briefings[{i}]"
        if isinstance(raw, dict) and "id" not in raw:
            raise _fail(f"{at}.id", "missing")
        try:
            b = briefing_from_dict(raw, at)
            check_size(b)
        except ViewError as e:
            raise UserDataError(str(e)) from None
        if b.id in seen:
            raise _fail(f"{at}.id", f"{b.id!r} is used by an earlier briefing")
        seen.add(b.id)
        briefings.append(b)

    raw_settings = doc.get("settings", {})
    if not isinstance(raw_settings, dict):
        raise _fail(f"{where}: settings", "must be a JSON object")
    unknown = sorted(set(raw_settings) - set(PORTABLE_KEYS))
    if unknown:
        raise _fail(f"{where}: settings", f"{unknown[0]!r} is not carried between laptops "
                                          f"(known: {', '.join(PORTABLE_KEYS)})")
    _ok, wrong = validated(raw_settings, {k: SCHEMA[k] for k in PORTABLE_KEYS})
    if wrong:
        raise _fail(f"{where}: settings", wrong[0])
    return UserData(tuple(notes), tuple(views), tuple(briefings), dict(raw_settings))


def read_user_data(path: str | Path) -> UserData:
    p = Path(path)
    try:
        data = read_at_most(p, MAX_FILE_BYTES)
    except OSError as e:
        raise UserDataError(f"{p}: cannot read ({e.strerror or e})") from None
    return parse_user_data(data, str(p))


# -- import ----------------------------------------------------------------------------------------

def _same_briefing(a: Briefing, b: Briefing) -> bool:
    return (a.title, a.marking, a.items) == (b.title, b.marking, b.items)


def import_user_data(path: str | Path, mode: str = "merge", *, store_path: Path | None = None,
                     settings: Settings | None = None) -> TransferSummary:
    """Merge a user-data file into this laptop's data (see the module docstring).

    ``UserDataError`` if the file does not check out (nothing changed); ``StoreError`` (an
    ``OSError``) if the store cannot be written (nothing changed either: one transaction).
    """
    if mode != "merge":
        raise ValueError(f"mode must be 'merge' (found {mode!r})")
    incoming = read_user_data(path)
    summary = TransferSummary()
    store = _open(store_path)
    try:
        with store.transaction() as db:
            for n in incoming.notes:
                if not n.text.strip():
                    continue  # a blank note is no note (the store deletes them)
                row = db.execute("SELECT updated FROM notes WHERE pack = ? AND event_id = ?",
                                 (n.pack, n.event_id)).fetchone()
                # Newer by more than a millisecond: the file's times are rounded to microseconds,
                # so a note exported from here and imported back is "the same", not "newer".
                if row is not None and row[0] >= n.updated - 0.001:
                    summary.notes_kept += 1
                    continue
                db.execute("INSERT INTO notes (pack, event_id, text, updated) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (pack, event_id) DO UPDATE SET text = excluded.text, "
                           "updated = excluded.updated", (n.pack, n.event_id, n.text, n.updated))
                if row is None:
                    summary.notes += 1
                else:
                    summary.notes_updated += 1

            for v in incoming.views:
                row = db.execute("SELECT id, name, view_json, created FROM views WHERE id = ?",
                                 (v.id,)).fetchone()
                vid = v.id
                if row is not None:
                    try:
                        here = saved_view_from_row(row, "view")
                    except ViewError:
                        here = None
                    if here is not None and (here.name, here.view) == (v.name, v.view):
                        summary.views_same += 1
                        continue
                    vid = _free_id(db, "views")
                    summary.views_renamed_ids += 1
                db.execute("INSERT INTO views (id, name, view_json, created) VALUES (?, ?, ?, ?)",
                           (vid, v.name, view_json(v.view), v.created or _now()))
                summary.views += 1

            # Every stored id is taken; only a readable one can be "the same" as an incoming one.
            existing: dict[str, Briefing | None] = {
                r[0]: None for r in db.execute("SELECT id FROM briefings")}
            existing.update({b.id: b for b in read_briefings(store) if isinstance(b, Briefing)})
            for b in incoming.briefings:
                if b.id in existing:
                    mine = existing[b.id]
                    if mine is not None and _same_briefing(mine, b):
                        summary.briefings_same += 1
                        continue
                    b = replace(b, id=_free_id(db, "briefings"))
                    summary.briefings_renamed_ids += 1
                stamp = _now()
                write_briefing(db, replace(b, created=b.created or stamp, updated=b.updated or stamp))
                summary.briefings += 1
    finally:
        store.close()
    if incoming.settings:
        s = settings if settings is not None else Settings()
        s.update(incoming.settings)
        s.save()
        summary.settings = len(incoming.settings)
    return summary


def _free_id(db, table: str) -> str:
    while True:
        candidate = new_id()
        if not db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone():
            return candidate
