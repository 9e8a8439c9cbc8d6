"""What an export shows and how, as data: the VIEW.json format, and the receipt embedded in exports.

A ``ViewState`` names a pack and everything needed to rebuild one view of it (filter, comparison,
timeline range, event). ``ExportOptions`` say how it is written. A ``Receipt`` is both plus the
pack's identity (name, version, SHA-256) and the app version: it is embedded in every exported file,
and ``briefing-explorer export --from-receipt FILE`` rebuilds the same figure from it.

Reading a VIEW.json or a receipt never trusts it: every field is checked, and problems are reported
as ``ViewError`` naming the file and the field.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from explorer import __version__
from explorer.domain.dates import parse_bound
from explorer.domain.errors import ValueProblem
from explorer.domain.labels import LABEL_LANGUAGES
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import PARTNER_ROLES, Filter

VIEWS = ("chart", "table", "timeline", "event")
FORMATS = ("png", "svg", "pdf", "pptx", "csv", "xlsx")
SIZE_PRESETS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "4:3": (1600, 1200)}
MAX_SIDE = 8000
MAX_SCALE = 4
MAX_MARKING = 200
SVG_TEXT = ("text", "paths")
RECEIPT_KEY = "briefing-explorer-receipt"  # the key under which files carry their receipt
_SIZE_RE = re.compile(r"(\d{2,5})x(\d{2,5})")


class ViewError(ValueError):
    """A VIEW.json, receipt or export option that cannot be used; the message says where and why."""


# Characters that print nothing: control and format characters (zero-width space, joiners, BOM,
# direction marks), separators (spaces of every width, NBSP, ideographic space).
_INVISIBLE = ("Cc", "Cf", "Zs", "Zl", "Zp", "Cn", "Co", "Cs")


def has_visible_text(text: str) -> bool:
    """Whether ``text`` prints anything (a marking of spaces, zero-width or control characters
    does not: it would pass for a marking and show none)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE for ch in text)


def marking_problem(marking: str) -> str:
    """Why ``marking`` cannot mark an export ("" if it can, or if it is empty)."""
    if not marking:
        return ""
    if not has_visible_text(marking):
        return ("marking: has no visible character (only spaces, zero-width or control "
                "characters); type a marking or leave it empty")
    bad = next((ch for ch in marking if unicodedata.category(ch) in ("Cc", "Cs")), None)
    if bad is not None:
        return f"marking: contains a control character (U+{ord(bad):04X}); remove it"
    return ""


@dataclass(frozen=True)
class TimelineState:
    lanes: str = "partner"  # or "domain"
    eras: bool = True
    day_from: float | None = None  # None: the whole filtered span
    day_to: float | None = None


@dataclass(frozen=True)
class ViewState:
    view: str = "chart"
    pack: str = ""  # a pack path; "" = the default pack
    filter: Filter = field(default_factory=Filter)
    comparison: ComparisonSetup = field(default_factory=ComparisonSetup)
    timeline: TimelineState = field(default_factory=TimelineState)
    event_id: str = ""  # for view "event"
    title: str = ""  # optional title override (briefing items are renamed by the user)
    subtitle: str = ""  # optional subtitle override (the export dialog's field)
    label_language: str = "en"  # data labels: "en", "ja" or "both" (absent in older receipts: "en")

    def to_dict(self) -> dict:
        return {
            "view": self.view,
            "pack": self.pack,
            "filter": self.filter.to_dict(),
            "comparison": self.comparison.to_dict(),
            "timeline": {"lanes": self.timeline.lanes, "eras": self.timeline.eras,
                         "day_from": self.timeline.day_from, "day_to": self.timeline.day_to},
            "event_id": self.event_id,
            "title": self.title,
            **({"subtitle": self.subtitle} if self.subtitle else {}),
            # written only when not English, so a receipt from before labels reads the same
            **({"label_language": self.label_language} if self.label_language != "en" else {}),
        }

    @classmethod
    def from_dict(cls, d: object, where: str = "view") -> ViewState:
        if not isinstance(d, dict):
            raise ViewError(f"{where}: must be a JSON object")
        view = d.get("view", "chart")
        if view not in VIEWS:
            raise ViewError(f"{where}.view: must be one of {', '.join(VIEWS)} (found: {view!r})")
        pack = d.get("pack", "")
        if not isinstance(pack, str):
            raise ViewError(f"{where}.pack: must be a path (text)")
        if "://" in pack:
            raise ViewError(f"{where}.pack: packs are local files, not URLs (found: {pack!r})")
        flt = d.get("filter", {})
        if not isinstance(flt, dict):
            raise ViewError(f"{where}.filter: must be an object")
        comparison = d.get("comparison", {})
        if not isinstance(comparison, dict):
            raise ViewError(f"{where}.comparison: must be an object")
        tl = d.get("timeline", {})
        if not isinstance(tl, dict):
            raise ViewError(f"{where}.timeline: must be an object")
        lanes = tl.get("lanes", "partner")
        if lanes not in ("partner", "domain"):
            raise ViewError(f"{where}.timeline.lanes: must be 'partner' or 'domain' (found: {lanes!r})")
        bounds: list[float | None] = []
        for key, alias, upper in (("day_from", "from", False), ("day_to", "to", True)):
            v = tl.get(alias, tl.get(key))
            if isinstance(v, float):
                bounds.append(v)  # the window writes exact fractional view edges
                continue
            day = _day(v, f"{where}.timeline.{alias if alias in tl else key}", upper)
            bounds.append(None if day is None else float(day + (1 if upper and isinstance(v, str) else 0)))
        event_id = d.get("event_id", "")
        title = d.get("title", "")
        subtitle = d.get("subtitle", "")
        if not isinstance(event_id, str) or not isinstance(title, str) or not isinstance(subtitle, str):
            raise ViewError(f"{where}.event_id, .title and .subtitle must be text")
        if view == "event" and not event_id:
            raise ViewError(f"{where}.event_id: an event view needs the id of an event")
        lang = d.get("label_language", "en")
        if lang not in LABEL_LANGUAGES:
            raise ViewError(f"{where}.label_language: must be one of {', '.join(LABEL_LANGUAGES)} "
                            f"(found: {lang!r})")
        return cls(view, pack, _filter_from(flt, f"{where}.filter"),
                   _comparison_from(comparison, f"{where}.comparison"),
                   TimelineState(lanes, bool(tl.get("eras", True)), bounds[0], bounds[1]),
                   event_id, _one_line(title), _one_line(subtitle), lang)


def _one_line(text: str, limit: int = 300) -> str:
    """A title as one line of at most ``limit`` characters (a line break would split a slide title)."""
    return " ".join(text.split())[:limit]


_FILTER_LISTS = ("partners", "domains", "kinds", "statuses", "packs")  # packs: several open at once


def _day(value: object, where: str, upper: bool) -> int | None:
    """A bound given as a day number or as a date the user can read ("2019", "2023-06")."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return parse_bound(value, upper=upper)
        except ValueProblem as e:
            raise ViewError(f"{where}: {e}") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ViewError(f"{where}: a date (\"2019\", \"2019-06-30\") or a day number (found: {value!r})")
    return value


def _filter_from(d: dict, where: str) -> Filter:
    """Every field checked: a typo or a wrong type is reported, never silently dropped."""
    allowed = {*_FILTER_LISTS, "day_from", "day_to", "from", "to", "text", "partner_role"}
    unknown = sorted(set(d) - allowed)
    if unknown:
        raise ViewError(f"{where}: unknown field {unknown[0]!r}; known: {', '.join(sorted(allowed))}")
    changes: dict = {}
    for key in _FILTER_LISTS:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ViewError(f"{where}.{key}: must be a list of ids (found: {v!r})")
        changes[key] = v
    for key, alias, upper in (("day_from", "from", False), ("day_to", "to", True)):
        value = d.get(alias, d.get(key))
        changes[key] = _day(value, f"{where}.{alias if alias in d else key}", upper)
    text = d.get("text", "")
    if not isinstance(text, str):
        raise ViewError(f"{where}.text: must be text")
    changes["text"] = text
    role = d.get("partner_role", "party")
    if role not in PARTNER_ROLES:
        raise ViewError(f"{where}.partner_role: one of {', '.join(PARTNER_ROLES)} (found: {role!r})")
    changes["partner_role"] = role
    return Filter().with_changes(**changes)


def _comparison_from(d: dict, where: str) -> ComparisonSetup:
    fields = set(ComparisonSetup().to_dict())
    unknown = sorted(set(d) - fields)
    if unknown:
        raise ViewError(f"{where}: unknown field {unknown[0]!r}; known: {', '.join(sorted(fields))}")
    series = d.get("series", [])
    if not isinstance(series, list) or not all(isinstance(x, str) for x in series):
        raise ViewError(f"{where}.series: must be a list of series keys like \"eu>jp\"")
    changes = {"series": series}
    for key in fields - {"series"}:
        if key in d:
            if not isinstance(d[key], str):
                raise ViewError(f"{where}.{key}: must be text (found: {d[key]!r})")
            changes[key] = d[key]
    try:
        return ComparisonSetup().with_changes(**changes)
    except ValueError as e:
        raise ViewError(f"{where}: {e}") from None


@dataclass(frozen=True)
class ExportOptions:
    format: str = "png"
    width: int = 1920
    height: int = 1080
    scale: int = 1
    marking: str = ""
    svg_text: str = "text"  # SVG only: "text" (searchable, uses the font) or "paths" (outlines)

    def to_dict(self) -> dict:
        return {"format": self.format, "size": f"{self.width}x{self.height}", "scale": self.scale,
                "marking": self.marking,
                **({"svg_text": self.svg_text} if self.svg_text != "text" else {})}

    @classmethod
    def make(cls, format: str, size: str = "1920x1080", scale: int | str = 1,
             marking: str = "", svg_text: str = "text") -> ExportOptions:
        """Checked options; ViewError says what is wrong with which one."""
        if format not in FORMATS:
            raise ViewError(f"format: must be one of {', '.join(FORMATS)} (found: {format!r})")
        w, h = parse_size(size)
        try:
            k = int(scale)
        except (TypeError, ValueError):
            raise ViewError(f"scale: must be 1 to {MAX_SCALE} (found: {scale!r})") from None
        if not 1 <= k <= MAX_SCALE:
            raise ViewError(f"scale: must be 1 to {MAX_SCALE} (found: {scale!r})")
        if not isinstance(marking, str) or len(marking) > MAX_MARKING or "\n" in marking:
            raise ViewError(f"marking: one line of at most {MAX_MARKING} characters")
        problem = marking_problem(marking.strip())
        if problem:
            raise ViewError(problem)
        if svg_text not in SVG_TEXT:
            raise ViewError(f"svg_text: must be one of {', '.join(SVG_TEXT)} (found: {svg_text!r})")
        return cls(format, w, h, k, marking.strip(), svg_text)


def parse_size(text: str) -> tuple[int, int]:
    if text in SIZE_PRESETS:
        return SIZE_PRESETS[text]
    m = _SIZE_RE.fullmatch(str(text).strip())
    if not m:
        raise ViewError(f"size: expected WIDTHxHEIGHT or one of {', '.join(SIZE_PRESETS)} "
                        f"(found: {text!r})")
    w, h = int(m[1]), int(m[2])
    if not (200 <= w <= MAX_SIDE and 200 <= h <= MAX_SIDE):
        raise ViewError(f"size: each side must be 200 to {MAX_SIDE} pixels (found: {text!r})")
    return w, h


@dataclass(frozen=True)
class Receipt:
    view: ViewState
    options: ExportOptions
    pack_name: str = ""
    pack_version: str = ""
    pack_sha256: str = ""
    app_version: str = __version__
    created: str = ""
    pack_location: str = ""  # recorded only where the user allows it (folder names can be sensitive)
    left_out: tuple[str, ...] = ()  # fields not recorded (e.g. "view.filter.text": the search words)

    def to_dict(self) -> dict:
        return {
            "receipt": 1,
            "app": "briefing-explorer",
            "app_version": self.app_version,
            "created": self.created or _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "pack": {"name": self.pack_name, "version": self.pack_version, "sha256": self.pack_sha256,
                     **({"location": self.pack_location} if self.pack_location else {})},
            "view": self.view.to_dict(),
            "options": self.options.to_dict(),
            **({"left_out": list(self.left_out)} if self.left_out else {}),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: object, where: str = "receipt") -> Receipt:
        if not isinstance(d, dict) or d.get("app") != "briefing-explorer" or d.get("receipt") != 1:
            raise ViewError(f"{where}: not a Briefing Explorer receipt")
        if d.get("kind", "view") != "view":
            raise ViewError(f"{where}: a receipt of a {d.get('kind')!r}, not of one view")
        pack = d.get("pack")
        pack = pack if isinstance(pack, dict) else {}
        opts = d.get("options")
        opts = opts if isinstance(opts, dict) else {}
        options = ExportOptions.make(opts.get("format", "png"), opts.get("size", "1920x1080"),
                                     opts.get("scale", 1), opts.get("marking", ""),
                                     opts.get("svg_text", "text"))
        return cls(ViewState.from_dict(d.get("view"), f"{where}.view"), options,
                   str(pack.get("name", "")), str(pack.get("version", "")),
                   str(pack.get("sha256", "")), str(d.get("app_version", "")),
                   str(d.get("created", "")), str(pack.get("location", "") or ""),
                   tuple(str(x) for x in d.get("left_out", []) if isinstance(x, str))
                   if isinstance(d.get("left_out"), list) else ())

    @classmethod
    def from_json(cls, text: str, where: str = "receipt") -> Receipt:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as e:
            raise ViewError(f"{where}: not valid JSON ({e})") from None
        return cls.from_dict(data, where)


def read_view_file(path: str | Path) -> tuple[ViewState, dict]:
    """A VIEW.json: the view, plus its optional export defaults (format, size, scale, marking)."""
    p = Path(path)
    try:
        if p.stat().st_size > 1 << 20:
            raise ViewError(f"{p}: larger than 1 MiB; not a view file")
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise ViewError(f"{p}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise ViewError(f"{p}: not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise ViewError(f"{p}:{e.lineno}:{e.colno}: not valid JSON: {e.msg}") from None
    except RecursionError:
        raise ViewError(f"{p}: nested too deeply; not a view file") from None
    view = ViewState.from_dict(data, str(p))
    defaults = data.get("export", {}) if isinstance(data, dict) else {}
    if not isinstance(defaults, dict):
        raise ViewError(f"{p}.export: must be an object")
    return view, defaults
