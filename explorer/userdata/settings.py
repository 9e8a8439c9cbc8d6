"""Remembered settings: ``settings.toml`` in the user's config folder, validated, versioned, written
atomically.

The file starts with ``schema_version = N``. Reading it never trusts it:

- a file that cannot be read or parsed is moved aside as ``settings.toml.broken-<time>`` and
  defaults are used; one from a newer app is moved aside as ``settings.toml.newer-<time>``;
- every known key is checked against ``SCHEMA``; a wrongly typed value is dropped (the caller's
  default applies) and reported, once: the next save no longer contains it;
- unknown keys (a newer app's, a hand-added one) are kept and written back, but not used.

``problem`` says, in plain words, what was found (the window shows it in the status bar).

Versions: ``MIGRATIONS[n]`` turns version-``n`` data into version ``n + 1``. Version 0 is the JSON
file of earlier releases: ``settings.json`` is read once, converted, written as ``settings.toml``
and renamed ``settings.json.migrated``.

TOML has no null. ``None`` means "not set": ``set(key, None)`` removes the key, and ``None`` inside a
table or list is left out (``Filter.from_dict`` and ``ComparisonSetup.from_dict`` treat a missing
key as its default, so a remembered filter round-trips).
"""

from __future__ import annotations

import datetime as _dt
import json
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from explorer.atomic_write import write_atomic
from explorer.bounded_read import read_at_most
from explorer.userdata import toml_writer
from explorer.userdata.locations import config_dir
from explorer.userdata.store import remove_stale_temp_files, set_aside, set_aside_as_migrated

MAX_RECENT = 8
SCHEMA_VERSION = 1
FILE_NAME = "settings.toml"
LEGACY_FILE_NAME = "settings.json"
MAX_FILE_BYTES = 4 << 20  # a settings file is a few KB; anything this large is not ours

# Type descriptions: a Python type, ("list", type) for a list of those, or a dict for a table.
_TEXTS = ("list", str)
_FILTER = {"partners": _TEXTS, "domains": _TEXTS, "kinds": _TEXTS, "statuses": _TEXTS,
           "day_from": int, "day_to": int, "text": str}
_COMPARISON = {"indicator_id": str, "series": _TEXTS, "basis": str, "currency": str,
               "base_period": str, "chart": str, "period": str, "markers": str}
SCHEMA: dict[str, Any] = {
    "window_geometry": str,  # base64 of QMainWindow.saveGeometry()
    "window_state": str,  # base64 of QMainWindow.saveState()
    "last_pack": str,
    "recent_packs": _TEXTS,
    "last_filter": _FILTER,  # Filter.to_dict()
    "last_comparison": _COMPARISON,  # ComparisonSetup.to_dict()
    "timeline_lanes": str,
    "timeline_eras": bool,
    # The timeline's visible span as last seen, for that pack only (day numbers, end exclusive):
    # the next start on the same pack shows it again; another pack opens fitted.
    "timeline_span": {"pack": str, "day_from": int, "day_to": int},
    "compare_link_time_axes": bool,
    "export_format": str,
    "export_size": str,
    "export_custom_size": str,
    "export_scale": int,
    "export_marking": str,
    "export_svg_text": str,  # "text" or "paths"
    "marking_required": bool,
    "export_folder": str,
    "receipt_pack_location": bool,  # receipts may record the pack's folder (off: name and digest only)
    # Preferences (Edit ▸ Preferences); their allowed values are checked by ``preference`` below.
    "ui_language": str,  # "system", "en" or "ja": the interface (menus, dialogs); applies at restart
    "label_language": str,  # "en", "ja" or "both": data labels in every view and export
    "text_scale": int,  # percent, 90-150: every text of the window, the timeline included
    "theme": str,  # "system", "light", "dark" or "high_contrast" (exports stay light)
    "timeline_refit": str,  # "auto", "ask" or "off": what a filter change does to the timeline's span
}
# Preferences that mean the same on another laptop (export/import of user data carries these).
# Paths, window geometry and the last session's state are this laptop's.
PORTABLE_KEYS = ("export_format", "export_size", "export_custom_size", "export_scale",
                 "export_marking", "export_svg_text", "marking_required", "receipt_pack_location",
                 "timeline_lanes", "timeline_eras", "compare_link_time_axes",
                 "ui_language", "label_language", "text_scale", "theme", "timeline_refit")

# The allowed values and defaults of the preferences; a value outside them is reported and replaced.
PREFERENCE_CHOICES: dict[str, tuple[Any, ...]] = {
    "ui_language": ("system", "en", "ja"),
    "label_language": ("en", "ja", "both"),
    "theme": ("system", "light", "dark", "high_contrast"),
    "timeline_refit": ("auto", "ask", "off"),
}
PREFERENCE_DEFAULTS: dict[str, Any] = {
    "ui_language": "system", "label_language": "", "text_scale": 100, "theme": "system",
    "timeline_refit": "auto",
}  # label_language "": follows the interface language (Japanese labels in a Japanese interface)
TEXT_SCALE_RANGE = (90, 150)


def preference_problem(key: str, value: Any) -> str | None:
    """Why ``value`` is not allowed for the preference ``key`` (None if it is, or if ``key`` is no
    preference). Types are checked by ``validated``; this checks the allowed values."""
    if key == "text_scale":
        low, high = TEXT_SCALE_RANGE
        if isinstance(value, bool) or not isinstance(value, int):
            return f"text_scale should be a whole number from {low} to {high} (found {_short(value)})"
        if not low <= value <= high:
            return f"text_scale should be from {low} to {high} (found {_short(value)})"
        return None
    choices = PREFERENCE_CHOICES.get(key)
    if choices is None:
        return None
    if key == "label_language" and value == "":
        return None  # "": follow the interface language
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        return f"{key} should be one of {allowed} (found {_short(value)})"
    return None


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON settings of earlier releases: same keys; nulls have no TOML form, so drop them."""
    return {k: v for k, v in data.items() if v is not None}  # nested ones: see _finish


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


def normalized(value: Any) -> Any:
    """``value`` as it will read back from TOML: None left out, tuples as lists.

    TypeError for what TOML cannot hold at all (bytes, objects): a programming error, caught when
    the value is set rather than when the file is written.
    """
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"settings keys are text, not {type(k).__name__}")
            if v is not None:
                out[k] = normalized(v)
        return out
    if isinstance(value, (list, tuple)):
        return [normalized(v) for v in value if v is not None]
    if isinstance(value, (bool, int, float, str, _dt.date, _dt.time)):
        toml_writer.value(value)  # raises for what does not fit (huge ints, zoned times)
        return value
    raise TypeError(f"a {type(value).__name__} cannot be stored in the settings")


def _describe(kind: Any) -> str:
    if kind is str:
        return "text"
    if kind is int:
        return "a whole number"
    if kind is bool:
        return "true or false"
    if isinstance(kind, tuple):
        return "a list of text"
    return "a table"


def _fits(value: Any, kind: Any) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(kind, tuple):
        return isinstance(value, list) and all(isinstance(v, kind[1]) for v in value)
    if isinstance(kind, dict):
        return isinstance(value, dict)
    return isinstance(value, kind)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def validated(data: dict[str, Any], schema: dict[str, Any] = SCHEMA,
              where: str = "") -> tuple[dict[str, Any], list[str]]:
    """``data`` without its wrongly typed known keys, and a line per key dropped."""
    out, dropped = {}, []
    for key, value in data.items():
        kind = schema.get(key)
        name = f"{where}{key}"
        if kind is None:
            out[key] = value  # unknown: kept, not used
        elif not _fits(value, kind):
            dropped.append(f"{name} should be {_describe(kind)} (found {_short(value)})")
        elif isinstance(kind, dict):
            out[key], inner = validated(value, kind, f"{name}.")
            dropped.extend(inner)
        else:
            out[key] = value
    return out, dropped


class Settings:
    """Remembered settings; see the module docstring. ``Settings(path)`` reads ``path`` (a
    ``settings.toml``); the default is the user's config folder."""

    def __init__(self, path: Path | None = None, *, set_aside_damaged: bool = True) -> None:
        self.path = Path(path) if path is not None else config_dir() / FILE_NAME
        self.problem: str | None = None
        # What could not be used, for callers that must fail closed (the export's marking):
        # ``unreadable`` says why the file as a whole was not read ("" if it was, or is absent);
        # ``dropped`` holds each wrongly typed known key with the value found.
        self.unreadable = ""
        self.dropped: dict[str, Any] = {}
        # False: a damaged file stays where it is (a headless export must not move the user's
        # settings aside and then, at the next run, find none and write unmarked output).
        self._set_aside_damaged = set_aside_damaged
        self._data: dict[str, Any] = self._read()

    # -- reading -------------------------------------------------------------------------------
    def _tell(self, text: str) -> None:
        self.problem = text if not self.problem else f"{self.problem}; {text}"

    def _set_aside(self, label: str, why: str) -> None:
        self.unreadable = why
        if not self._set_aside_damaged:
            self._tell(f"{self.path}: {why}; left as it is, using defaults")
            return
        try:
            kept = set_aside(self.path, label)
            self._tell(f"{self.path}: {why}; kept as {kept.name}, using defaults")
        except OSError as e:
            self._tell(f"{self.path}: {why}; using defaults (could not move it aside: "
                       f"{e.strerror or e})")

    def _read(self) -> dict[str, Any]:
        remove_stale_temp_files(self.path.parent, self.path.name)
        try:
            raw = read_at_most(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return self._read_legacy()
        except OSError as e:
            self._set_aside("broken", f"cannot read settings ({e.strerror or e})")
            return {}
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError(f"larger than {MAX_FILE_BYTES >> 20} MiB")
            data = tomllib.loads(raw.decode("utf-8-sig"))
        except (ValueError, RecursionError) as e:  # TOMLDecodeError, UnicodeDecodeError: ValueErrors
            self._set_aside("broken", f"damaged settings ({e})")
            return {}
        version = data.pop("schema_version", SCHEMA_VERSION)  # hand-written: assume current
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            self._tell(f"{self.path}: schema_version should be a whole number (found "
                       f"{_short(version)}); read as version {SCHEMA_VERSION}")
            version = SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            self._set_aside("newer", f"written by a newer Briefing Explorer (settings version "
                                     f"{version}, this one reads {SCHEMA_VERSION})")
            return {}
        return self._finish(data, version)

    def _read_legacy(self) -> dict[str, Any]:
        """Version 0: the settings.json of earlier releases, converted once."""
        legacy = self.path.with_name(LEGACY_FILE_NAME)
        try:
            text = legacy.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as e:
            self._tell(f"{legacy}: old settings cannot be read ({e}); using defaults")
            return {}
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, RecursionError) as e:
            try:
                kept = set_aside(legacy, "broken")
                self._tell(f"{legacy}: damaged settings ({e}); kept as {kept.name}, using defaults")
            except OSError:
                self._tell(f"{legacy}: damaged settings ({e}); using defaults")
            return {}
        data = self._finish(data, 0)
        try:
            self._write(data)
            set_aside_as_migrated(legacy)
        except OSError as e:  # still usable from memory; the next start tries again
            self._tell(f"{self.path}: old settings read but not converted ({e.strerror or e})")
        return data

    def _finish(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        """Migrate ``data`` from ``version`` to the current one, then validate it."""
        migrated = version < SCHEMA_VERSION
        while version < SCHEMA_VERSION:
            data = MIGRATIONS[version](data)
            version += 1
        known = {k: v for k, v in data.items() if k in SCHEMA}
        data, dropped = validated(data)
        self.dropped = {k: v for k, v in known.items() if k not in data}
        for key in [k for k in data if k in PREFERENCE_DEFAULTS]:
            why = preference_problem(key, data[key])
            if why:
                dropped.append(why)
                self.dropped[key] = data.pop(key)
        for key in list(data):  # what could not be written back (a 100-digit number) goes now
            try:
                data[key] = normalized(data[key])
            except (TypeError, ValueError) as e:
                dropped.append(f"{key} cannot be kept ({e})")
                self.dropped[key] = data.pop(key)
        if dropped:
            self._tell(f"{self.path}: " + "; ".join(dropped) + "; using the defaults for those")
        if migrated and self.path.exists():
            try:
                self._write(data)
            except OSError:
                pass  # the next save writes it
        return data

    # -- the API the window uses -------------------------------------------------------------------
    def get(self, key: str, default: Any = None, kind: type | tuple[type, ...] | None = None) -> Any:
        """The stored value, or ``default`` if absent or (with ``kind``) of the wrong type."""
        value = self._data.get(key, default)
        if kind is not None and not isinstance(value, kind):
            return default
        return value

    def preference(self, key: str) -> Any:
        """A preference's value (``PREFERENCE_DEFAULTS``' keys): the stored one if it is allowed,
        else the default. The file's bad values were reported and dropped when it was read."""
        value = self._data.get(key, PREFERENCE_DEFAULTS[key])
        if value is None or preference_problem(key, value):
            return PREFERENCE_DEFAULTS[key]
        return value

    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` (``None`` forgets the key). TypeError if TOML cannot hold it;
        ValueError for a preference outside its allowed values (a programming error)."""
        if value is not None and key in PREFERENCE_DEFAULTS:
            why = preference_problem(key, value)
            if why:
                raise ValueError(why)
        if value is None:
            self._data.pop(key, None)
        else:
            self._data[key] = normalized(value)

    def update(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self.set(key, value)

    def save(self) -> None:
        """Write the file atomically: a crash leaves the old file or the new one, never half."""
        self._write(self._data)

    def _write(self, data: dict[str, Any]) -> None:
        document = {"schema_version": SCHEMA_VERSION, **dict(sorted(data.items()))}
        text = toml_writer.dumps(document, header="Briefing Explorer settings, written by the app.\n"
                                 "Edit only while the app is closed; unknown keys are kept.")
        write_atomic(self.path, text.encode("utf-8"))

    def recent_packs(self) -> list[str]:
        items = self.get("recent_packs", [], list)
        return [p for p in items if isinstance(p, str)][:MAX_RECENT]

    def add_recent_pack(self, path: str) -> None:
        items = [p for p in self.recent_packs() if p != path]
        self.set("recent_packs", [path, *items][:MAX_RECENT])

    def portable(self) -> dict[str, Any]:
        """The settings that mean the same on another laptop (see ``PORTABLE_KEYS``)."""
        return {k: self._data[k] for k in PORTABLE_KEYS if k in self._data}
