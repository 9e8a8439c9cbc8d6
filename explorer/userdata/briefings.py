"""Briefing decks the user assembles from views: immutable data, the BRIEFING.json format, a store.

A ``Briefing`` is an ordered list of ``BriefingItem`` s, each a saved ``ViewState`` with the user's
title and talking points. Edits are pure methods returning a new briefing, so the UI can keep an
undo history by keeping old values.

BRIEFING.json (also read by ``briefing-explorer deck BRIEFING.json --out deck.pptx``)::

    {"briefing": 1, "title": "...", "marking": "...",
     "items": [{"id": "...", "title": "...", "talking_points": "...", "view": <ViewState.to_dict()>}]}

Stored briefings are the same format plus ``id``, ``created`` and ``updated``, so a file from the
store can be handed to the ``deck`` command as it is. Reading never trusts a file: every field is
checked and ``ViewError`` names the file and the field (``BRIEFING.json: items[2].view.view: …``).

The store keeps one ``<id>.json`` per briefing in ``data_dir()/briefings``, each written atomically.
A damaged file never stops the app: ``list()`` skips it, moves it aside as ``<id>.json.broken`` and
says why in ``problems``.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from explorer.atomic_write import write_atomic
from explorer.export.view_state import MAX_MARKING, ViewError, ViewState
from explorer.userdata.locations import data_dir

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
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")


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
    with p.open("rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)


def read_briefing_file(path: str | Path) -> Briefing:
    """A BRIEFING.json, checked (see ``briefing_from_dict``); at most 4 MiB and 500 items."""
    p = Path(path)
    try:
        data = _read_bytes(p)
    except OSError as e:
        raise ViewError(f"{p}: cannot read ({e.strerror or e})") from None
    return briefing_from_bytes(data, str(p))


class BriefingStore:
    """The user's briefings, one JSON file each; see the module docstring."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else data_dir() / "briefings"
        self.problems: list[str] = []  # "file: what is wrong", one per damaged file found

    def _path(self, briefing_id: str) -> Path:
        return self.folder / f"{_check_id(briefing_id, 'briefing id')}.json"

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    @staticmethod
    def _named(b: Briefing, path: Path) -> Briefing:
        """A stored briefing's id is its file name, whatever the file says."""
        return b if b.id == path.stem else replace(b, id=path.stem)

    def _set_aside(self, path: Path, why: str) -> None:
        n = 0
        while True:
            broken = path.with_name(path.name + ".broken" + (f"-{n}" if n else ""))
            if not broken.exists():
                break
            n += 1
        try:
            path.replace(broken)
            self._problem(f"{why}; kept as {broken.name}")
        except OSError:
            self._problem(why)

    def list(self) -> list[Briefing]:
        """Every readable briefing, newest first. Damaged files are set aside and reported."""
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError as e:
            self._problem(f"{self.folder}: cannot list briefings ({e.strerror or e})")
            return []
        out = []
        for path in paths:
            if not _ID_RE.fullmatch(path.stem) or not path.is_file():
                self._problem(f"{path}: not a briefing file name; ignored")
                continue
            try:
                data = _read_bytes(path)
            except OSError as e:  # unreadable now (permissions, a lock): report, leave it be
                self._problem(f"{path}: cannot read ({e.strerror or e})")
                continue
            try:
                out.append(self._named(briefing_from_bytes(data, str(path)), path))
            except ViewError as e:
                self._set_aside(path, str(e))
        out.sort(key=lambda b: (_sort_time(b.updated), b.title.casefold(), b.id), reverse=True)
        return out

    def load(self, briefing_id: str) -> Briefing:
        """The briefing ``briefing_id``; KeyError if there is none, ViewError if it is damaged."""
        path = self._path(briefing_id)
        if not path.is_file():
            raise KeyError(briefing_id)
        return self._named(read_briefing_file(path), path)

    def save(self, briefing: Briefing) -> Briefing:
        """Write ``briefing`` atomically (``updated`` set to now); returns what was written.

        A briefing too large to be read back is refused (ViewError) before anything is written.
        """
        stamp = now_iso()
        saved = replace(briefing, created=briefing.created or stamp, updated=stamp)
        data = saved.to_json().encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            raise ViewError(f"{briefing.title or briefing.id}: larger than "
                            f"{MAX_FILE_BYTES >> 20} MiB; shorten its talking points")
        write_atomic(self._path(saved.id), data)
        return saved

    def delete(self, briefing_id: str) -> None:
        self._path(briefing_id).unlink(missing_ok=True)

    def new(self, title: str = "") -> Briefing:
        """A new empty briefing, saved at once so it is listed."""
        while True:
            bid = new_id()
            if not self._path(bid).exists():
                break
        return self.save(Briefing(bid, _check_text(title, "title", MAX_TITLE)))


def _sort_time(stamp: str) -> float:
    try:
        t = _dt.datetime.fromisoformat(stamp)
    except ValueError:
        return float("-inf")
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.timezone.utc)
    return t.timestamp()
