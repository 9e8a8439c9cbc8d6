"""Remembered settings: ``settings.toml`` in the user's config folder, validated, versioned, written
atomically.

The file starts with ``schema_version = N``. Reading it never trusts it:

- a file that cannot be read or parsed is moved aside as ``settings.toml.broken-<time>`` and
  defaults are used; one from a newer app is moved aside as ``settings.toml.newer-<time>``;
- every setting is declared once in ``SETTINGS`` (type, default, allowed values or range, what it
  is for); ``SCHEMA``, ``PORTABLE_KEYS`` and the ``PREFERENCE_*`` tables are derived from it;
- every known key is checked against its declaration; a wrongly typed or disallowed value is
  dropped (the declared default applies) and reported, once: the next save no longer contains it;
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

import copy
import datetime as _dt
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.atomic_write import write_atomic
from explorer.bounded_read import read_at_most
from explorer.userdata import toml_writer
from explorer.userdata.locations import config_dir
from explorer.userdata.store import (
    remove_stale_temp_files,
    set_aside,
    set_aside_as_migrated,
)

MAX_RECENT = 8
SCHEMA_VERSION = 1
FILE_NAME = "settings.toml"
LEGACY_FILE_NAME = "settings.json"
MAX_FILE_BYTES = 4 << 20  # a settings file is a few KB; anything this large is not ours
_DECLARED: Any = object()  # Settings.get's default: the one declared in SETTINGS

# Type descriptions: a Python type, ("list", type) for a list of those, or a dict for a table.
_TEXTS = ("list", str)
_FILTER = {"partners": _TEXTS, "domains": _TEXTS, "kinds": _TEXTS, "statuses": _TEXTS,
           "day_from": int, "day_to": int, "text": str}
_COMPARISON = {"indicator_id": str, "series": _TEXTS, "basis": str, "currency": str,
               "base_period": str, "chart": str, "period": str, "markers": str}


@dataclass(frozen=True)
class Setting:
    """One remembered setting, declared once: everything else (validation, defaults, the
    Preferences dialog's choices and range, ``doctor``'s report, what travels to another laptop)
    is derived from these.

    ``kind``: a type description (see above). ``default``: what ``Settings.get(name)`` returns
    when the file has no value or a bad one (``None``: "not set"; a folder's ``""``: the user's
    home folder). ``choices``: the allowed values (empty: any value of the type). ``value_range``:
    the inclusive (low, high) of a number, ``step`` its step in the Preferences dialog.
    ``portable``: means the same on another laptop (user-data export/import carries it).
    ``preference``: shown in Edit ▸ Preferences.
    """

    name: str
    kind: Any
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    value_range: tuple[int, int] | None = None
    step: int = 1
    portable: bool = False
    preference: bool = False

    def problem(self, value: Any) -> str | None:
        """Why ``value`` cannot be this setting's value (None if it can)."""
        if not _fits(value, self.kind):
            return f"{self.name} should be {_describe(self.kind)} (found {_short(value)})"
        if self.value_range is not None:
            low, high = self.value_range
            if not low <= value <= high:
                return f"{self.name} should be from {low} to {high} (found {_short(value)})"
        if self.choices and value not in self.choices:
            allowed = ", ".join(repr(c) for c in self.choices if c != "")
            return f"{self.name} should be one of {allowed} (found {_short(value)})"
        return None


def _declare(*settings: Setting) -> dict[str, Setting]:
    return {s.name: s for s in settings}


SETTINGS: dict[str, Setting] = _declare(
    # -- this laptop's: the window and the last session --------------------------------------------
    Setting("window_geometry", str, "", "base64 of QMainWindow.saveGeometry()"),
    Setting("window_state", str, "", "base64 of QMainWindow.saveState() (docks, toolbars)"),
    Setting("last_pack", str, "", "the pack open at the last exit (\"\": the bundled pack)"),
    Setting("open_alongside", _TEXTS, [], "packs open next to the last pack at the last exit"),
    Setting("recent_packs", _TEXTS, [], f"File ▸ Open Recent, newest first, at most {MAX_RECENT}"),
    Setting("last_filter", _FILTER, None, "the filter at the last exit (Filter.to_dict())"),
    Setting("last_comparison", _COMPARISON, None,
            "the Compare panel at the last exit (ComparisonSetup.to_dict())"),
    # The timeline's visible span as last seen, for that pack only (day numbers, end exclusive):
    # the next start on the same pack shows it again; another pack opens fitted.
    Setting("timeline_span", {"pack": str, "day_from": int, "day_to": int}, None,
            "the timeline's visible span at the last exit, for that pack only"),
    Setting("export_folder", str, "", "where export dialogs start (\"\": each dialog's own start folder)",
            preference=True),
    Setting("import_folder", str, "", "where the import wizard's file dialog starts "
            "(\"\": the home folder)"),
    Setting("import_mapping_folder", str, "", "where the import wizard saves and loads mappings "
            "(\"\": the home folder)"),
    Setting("import_report_folder", str, "", "where the import report is saved "
            "(\"\": next to the pack being imported into)"),
    # -- the import wizard's last choices ------------------------------------------------------
    Setting("import_kind", str, "events", "what the last import held: events or indicators"),
    Setting("import_missing", str, "", "the texts the last import read as missing values "
            "(\"\": the wizard's own list, DEFAULT_MISSING)"),
    Setting("import_decimal_comma", bool, False, "the last import read 1,5 as one and a half"),
    Setting("import_list_separator", str, ";", "what separated list items in the last import"),
    Setting("import_day_order", str, "auto", "how the last import read 01/02/2019"),
    # -- portable: the same on another laptop ---------------------------------------------------
    Setting("export_format", str, "png", "the export dialog's last format", portable=True),
    Setting("export_size", str, "1920x1080", "the export dialog's last size", portable=True),
    Setting("export_custom_size", str, "", "the export dialog's last custom size (WxH)",
            portable=True),
    Setting("export_scale", int, 2, "the export dialog's last pixel scale", portable=True),
    Setting("export_marking", str, "", "the default classification marking of exports",
            portable=True, preference=True),
    Setting("export_svg_text", str, "text", "SVG text as \"text\" or as \"paths\"", portable=True),
    Setting("marking_required", bool, False, "an export without a marking is refused",
            portable=True),
    Setting("receipt_pack_location", bool, False,
            "export receipts may record the pack's folder (off: name and digest only)",
            portable=True),
    Setting("timeline_lanes", str, "partner", "what the timeline's lanes group by",
            portable=True),
    Setting("timeline_eras", bool, True, "the timeline shows Japanese era names", portable=True),
    Setting("compare_link_time_axes", bool, False, "Compare panel charts share one time axis",
            portable=True),
    # -- Edit ▸ Preferences ------------------------------------------------------------------
    Setting("ui_language", str, "system", "the interface (menus, dialogs); applies at restart",
            choices=("system", "en", "ja"), portable=True, preference=True),
    # "": follows the interface language (Japanese labels in a Japanese interface)
    Setting("label_language", str, "", "data labels in every view and export",
            choices=("", "en", "ja", "both"), portable=True, preference=True),
    Setting("text_scale", int, 100, "percent: every text of the window, the timeline included",
            value_range=(90, 150), step=10, portable=True, preference=True),
    Setting("theme", str, "system", "the window's colours (exports stay light)",
            choices=("system", "light", "dark", "high_contrast"), portable=True, preference=True),
    Setting("timeline_refit", str, "auto", "what a filter change does to the timeline's span",
            choices=("auto", "ask", "off"), portable=True, preference=True),
)

# Derived tables, for the callers written before SETTINGS (one source: do not edit these).
SCHEMA: dict[str, Any] = {name: s.kind for name, s in SETTINGS.items()}
DEFAULTS: dict[str, Any] = {name: s.default for name, s in SETTINGS.items()}
# Preferences that mean the same on another laptop (export/import of user data carries these).
# Paths, window geometry and the last session's state are this laptop's.
PORTABLE_KEYS = tuple(name for name, s in SETTINGS.items() if s.portable)
# The allowed values and defaults of the preferences with a fixed set of values or a range; a
# value outside them is reported and replaced.
PREFERENCE_CHOICES: dict[str, tuple[Any, ...]] = {
    name: tuple(c for c in s.choices if c != "") for name, s in SETTINGS.items() if s.choices}
PREFERENCE_DEFAULTS: dict[str, Any] = {
    name: s.default for name, s in SETTINGS.items() if s.choices or s.value_range}
TEXT_SCALE_RANGE: tuple[int, int] = SETTINGS["text_scale"].value_range or (90, 150)


def preference_problem(key: str, value: Any) -> str | None:
    """Why ``value`` is not allowed for ``key`` (None if it is, or if ``key`` is not declared)."""
    setting = SETTINGS.get(key)
    return setting.problem(value) if setting is not None else None


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
        for key in [k for k in data if k in SETTINGS]:  # types fit now; choices and ranges
            why = SETTINGS[key].problem(data[key])
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
    def get(self, key: str, default: Any = _DECLARED, kind: type | tuple[type, ...] | None = None) -> Any:
        """The stored value of ``key``, or its declared default (``SETTINGS``) if absent or not
        allowed.

        Transition: callers written before ``SETTINGS`` pass ``default`` (and ``kind``); they get
        the stored value, or their ``default`` if absent or (with ``kind``) of the wrong type, as
        before. A test checks that no call site passes a default that contradicts the declared one.
        """
        if default is not _DECLARED:
            value = self._data.get(key, default)
            if kind is not None and not isinstance(value, kind):
                return default
            return value
        setting = SETTINGS.get(key)
        value = self._data.get(key)
        if setting is None:
            return value  # undeclared: whatever is stored, else None
        if value is None or setting.problem(value):
            return copy.deepcopy(setting.default)
        return value

    def preference(self, key: str) -> Any:
        """A declared setting's value: the stored one if it is allowed, else the declared default.
        The file's bad values were reported and dropped when it was read. KeyError for a key
        that is not declared."""
        if key not in SETTINGS:
            raise KeyError(f"{key!r} is not a declared setting")
        return self.get(key)

    def has(self, key: str) -> bool:
        """True if the file holds a value of its own for ``key`` (``get`` would not fall back)."""
        return key in self._data

    def is_default(self, key: str) -> bool:
        """True if ``get(key)`` reads as the declared default (absent, or stored equal to it)."""
        return bool(self.get(key) == SETTINGS[key].default)

    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` (``None`` forgets the key). TypeError if TOML cannot hold it or it is
        not of the declared type; ValueError for a value outside the declared choices or range
        (both programming errors)."""
        if value is None:
            self._data.pop(key, None)
            return
        value = normalized(value)
        setting = SETTINGS.get(key)
        if setting is not None:
            why = setting.problem(value)
            if why:
                raise (TypeError if not _fits(value, setting.kind) else ValueError)(why)
        self._data[key] = value

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
        items = self.get("recent_packs")
        return [p for p in items if isinstance(p, str)][:MAX_RECENT]

    def add_recent_pack(self, path: str) -> None:
        items = [p for p in self.recent_packs() if p != path]
        self.set("recent_packs", [path, *items][:MAX_RECENT])

    def report(self) -> list[str]:
        """Lines for ``doctor``: the file, the preferences that differ from their defaults, and
        what the file holds that this app does not use."""
        changed = [f"{k} = {_short(self.get(k))} (default {_short(s.default)})"
                   for k, s in SETTINGS.items() if s.preference and not self.is_default(k)]
        unknown = sorted(k for k in self._data if k not in SETTINGS)
        stored = sum(k in SETTINGS for k in self._data)
        lines = [f"settings: {self.path} ({stored} of {len(SETTINGS)} known settings stored)",
                 "preferences: " + ("; ".join(changed) if changed else "all at their defaults")]
        if unknown:
            lines.append("kept but not used (a newer app's or hand-added): " + ", ".join(unknown))
        return lines

    def portable(self) -> dict[str, Any]:
        """The settings that mean the same on another laptop (see ``PORTABLE_KEYS``)."""
        return {k: self._data[k] for k in PORTABLE_KEYS if k in self._data}
