"""What a one-page briefing note holds, as data, computed from a briefing and its packs. Qt-free.

The Word writer (``docx_writer.py``) and the PDF/print renderer (``explorer/qt/briefing_note.py``)
lay out the same ``BriefingNote``: the marking, title and date, the talking points, a compact table
of the events the briefing's views show, one or two charts (PNG bytes filled in by the Qt side) and
one numbered list of every source cited. Source numbers are the note's own: each chart's spec is
renumbered to them before it is drawn, so "[3]" on a bar and "[3]" in the list are the same document.

A note has a label language (``"en"``, ``"ja"``, ``"both"``): event titles, actors' names, statuses,
dates and the charts follow it, and its fixed headings come from ``labels.note_phrase`` (the writers
call ``note.phrase("Talking points")``). Citations and talking points stay as written; indicator
names follow the pack's Japanese (``indicators.name_ja``) where it has one.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from explorer.charts.chart_spec import ChartSpec
from explorer.charts.comparison import build_comparison
from explorer.data.pack import Pack
from explorer.data.problems import PackInvalid
from explorer.domain import labels
from explorer.domain.citation import citation
from explorer.export.view_state import ViewError, ViewState
from explorer.state.origins import Origin
from explorer.state.session import Session

PAPERS = ("a4", "letter")
MAX_FIGURES = 2  # one page: at most two charts or tables
MAX_EVENT_ROWS = 6
# Which events a one-page table keeps when there are too many: agreements first, then the kinds
# that usually carry decisions; within a rank, the most recent first.
_KIND_RANK = {"agreement": 0, "negotiation": 1, "summit": 2, "policy": 3}
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class NoteFigure:
    number: int
    kind: str  # "chart" (a picture) or "table"
    title: str
    subtitle: str
    spec: ChartSpec  # renumbered to the note's sources
    png: bytes = b""  # the chart drawn at 300 dpi (filled in by the Qt side)
    width_in: float = 5.6  # printed width of the picture (300 dpi: 1680 pixels)


@dataclass(frozen=True)
class NoteEvent:
    date: str
    title: str
    status: str
    parties: str
    markers: str  # "[2] [5]"


@dataclass(frozen=True)
class BriefingNote:
    title: str
    date: str
    marking: str
    paper: str  # "a4" or "letter"
    talking_points: tuple[tuple[str, tuple[str, ...]], ...]  # (item title, its points)
    events: tuple[NoteEvent, ...]
    events_total: int  # events the views show; more than len(events) when the table was cut
    figures: tuple[NoteFigure, ...]
    sources: tuple[tuple[str, str], ...]  # ("[1]", full citation), in number order
    left_out: tuple[str, ...] = ()  # items not shown on the one page, named
    receipt_json: str = ""
    packs: tuple[str, ...] = field(default=())  # "title (name v1.0)" of each pack used
    label_language: str = "en"  # "en", "ja" or "both": data labels and the fixed headings

    def phrase(self, en: str, /, **fields: object) -> str:
        """One of the note's fixed phrases in its label language (``labels.NOTE_PHRASES``)."""
        return labels.note_phrase(en, self.label_language, **fields)

    @property
    def events_line(self) -> str:
        """Said under the table when it was cut, so no reader takes it for the whole list."""
        if self.events_total <= len(self.events):
            return ""
        return self.phrase("{shown} of {total} events shown (agreements first, then the most "
                           "recent); the others are in the briefing's timeline view.",
                           shown=len(self.events), total=self.events_total)

    def keywords(self, limit: int = 255) -> str:
        """The marking and the sources' publishers, for the file's metadata (Word keeps at most
        255 characters here; the full citations travel in the receipt)."""
        words = [self.marking] if self.marking else []
        for _m, line in self.sources:
            publisher = line.split(", “", 1)[0]
            if publisher not in words:
                words.append(publisher)
        text = "; ".join(words)
        return text if len(text) <= limit else text[: limit - 1].rsplit("; ", 1)[0] + "…"


def today_text(day: _dt.date | None = None, lang: str = "en") -> str:
    """``5 January 2026`` / ``2026年1月5日``."""
    return labels.today_in(day or _dt.date.today(), lang)


class _Sources:
    """The note's one numbering of sources, by citation text (the same document, one number)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._number: dict[str, int] = {}

    def number(self, line: str) -> int:
        if line not in self._number:
            self.lines.append(line)
            self._number[line] = len(self.lines)
        return self._number[line]

    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((f"[{i}]", line) for i, line in enumerate(self.lines, 1))


def renumber(spec: ChartSpec, sources: _Sources) -> ChartSpec:
    """``spec`` with every source marker ("[2]") replaced by the note's number for that source."""
    mapping = {marker: f"[{sources.number(line)}]" for marker, line in spec.sources}

    def sub(text: str) -> str:
        return _MARKER.sub(lambda m: mapping.get(m[0], m[0]), text)

    panels = tuple(replace(p, series=tuple(replace(s, figures=tuple(
        replace(f, source_marker=sub(f.source_marker)) for f in s.figures)) for s in p.series))
        for p in spec.panels)
    return replace(spec, panels=panels,
                   sources=tuple((mapping[m], line) for m, line in spec.sources),
                   footnotes=tuple(sub(n) for n in spec.footnotes),
                   warnings=tuple(sub(w) for w in spec.warnings))


def _session(view: ViewState, pack: Pack) -> Session:
    session = Session()
    session.open_pack(pack, origin=Origin.NOTE, filter=view.filter, comparison=view.comparison)
    return session


def _event_rows(view: ViewState, session: Session) -> list[int]:
    """Row positions of the events a view shows: its event, or its timeline's filtered span."""
    if view.view == "event":
        row = session.event_row.get(view.event_id)
        if row is None:
            raise ViewError(f"view.event_id: the pack has no event {view.event_id!r}")
        return [row]
    rows = [int(r) for r in session.visible_events]
    lo, hi = view.timeline.day_from, view.timeline.day_to
    if lo is None and hi is None:
        return rows
    pack = session.pack
    assert pack is not None  # the session was opened on the note's pack (_session)
    ev = pack.events
    starts, ends = ev["start_day"].to_numpy(), ev["end_day"].to_numpy()
    return [r for r in rows if (hi is None or starts[r] <= hi) and (lo is None or ends[r] >= lo)]


def build_note(briefing_title: str, items, *, marking: str, paper: str = "a4",
               load_pack: Callable[[ViewState], Pack], receipt: dict | None = None,
               day: _dt.date | None = None, label_language: str = "en") -> BriefingNote:
    """The note for ``items`` ((view, item title, talking points) in order), its data labelled in
    ``label_language`` ("en", "ja" or "both"; anything else reads English).

    ``load_pack(view)`` gives the pack a view names (PackInvalid if broken). ViewError names the
    item and field that cannot be shown (``items[2].view.pack: …``), on one line.
    """
    if paper not in PAPERS:
        raise ViewError(f"paper: must be one of {', '.join(PAPERS)} (found {paper!r})")
    lang = labels.checked_language(label_language)
    sources = _Sources()
    points: list[tuple[str, tuple[str, ...]]] = []
    figures: list[NoteFigure] = []
    left_out: list[str] = []
    chosen: list[tuple[int, Pack, int]] = []  # (priority group, pack, row): event items first
    packs: dict[str, Pack] = {}
    for i, (view, item_title, talking_points) in enumerate(items, start=1):
        lines = tuple(ln.strip().lstrip("•-* ").strip() for ln in talking_points.splitlines())
        lines = tuple(ln for ln in lines if ln)
        try:
            pack = load_pack(view)
            packs[pack.meta.digest or pack.meta.location] = pack
            session = _session(view, pack)
            if view.view in ("chart", "table"):
                if not view.comparison.indicator_id:
                    raise ViewError("view.comparison.indicator_id: a chart or table view needs "
                                    "an indicator")
                if session.comparison.indicator_id != view.comparison.indicator_id:
                    raise ViewError(f"view.comparison.indicator_id: the pack has no indicator "
                                    f"{view.comparison.indicator_id!r}")
                spec = build_comparison(pack, session.comparison, session.filter,
                                        session.visible_events, lang=lang)
                name = item_title or view.title or spec.title
                if len(figures) < MAX_FIGURES:
                    figures.append(NoteFigure(len(figures) + 1, view.view, name, spec.subtitle,
                                              renumber(spec, sources)))
                else:
                    left_out.append(labels.note_phrase(
                        "item {number}, {view} “{name}”", lang, number=i, name=name,
                        view=labels.note_phrase(view.view.title(), lang) if lang == "ja" else view.view))
            else:
                group = 0 if view.view == "event" else 1
                chosen += [(group, pack, r) for r in _event_rows(view, session)]
        except ViewError as e:
            raise ViewError(f"items[{i - 1}] ({item_title or view.view}): {e}") from None
        except PackInvalid as e:  # one line naming the field; the first problem says why
            first = e.report().strip().splitlines()[0] if e.report().strip() else str(e)
            raise ViewError(f"items[{i - 1}].view.pack: the pack cannot be opened ({first})") from None
        if lines:
            points.append((item_title or view.title or _default_title(view, lang), lines))
    events, total = _events(chosen, sources, lang)
    return BriefingNote(
        title=briefing_title or labels.note_phrase("Briefing note", lang), date=today_text(day, lang),
        marking=marking.strip(), label_language=lang,
        paper=paper, talking_points=tuple(points), events=events, events_total=total,
        figures=tuple(figures), sources=sources.pairs(), left_out=tuple(left_out),
        receipt_json=_receipt_json(receipt, sources.pairs()) if receipt else "",
        packs=tuple(f"{p.meta.title_in(lang)} ({p.meta.name} v{p.meta.version})" for p in packs.values()))


def _receipt_json(receipt: dict, sources) -> str:
    """What makes the note again, plus every source in full (metadata a copied file keeps)."""
    full = {**receipt, "sources": [f"{m} {line}" for m, line in sources]}
    return json.dumps(full, ensure_ascii=False, sort_keys=True)


def _default_title(view: ViewState, lang: str = "en") -> str:
    return labels.note_phrase({"timeline": "Timeline", "event": "Event"}.get(view.view,
                                                                             view.view.title()), lang)


def _events(chosen: list[tuple[int, Pack, int]], sources: _Sources,
            lang: str = "en") -> tuple[tuple[NoteEvent, ...], int]:
    """The table's rows (chronological) and how many events the views show in all."""
    seen: dict[tuple[str, str], tuple[int, Pack, int]] = {}
    for group, pack, row in chosen:
        key = (pack.meta.location, str(pack.events["id"].iat[row]))
        if key not in seen or group < seen[key][0]:
            seen[key] = (group, pack, row)
    unique = list(seen.values())

    def rank(entry: tuple[int, Pack, int]):
        group, pack, row = entry
        kind = str(pack.events["kind"].iat[row])
        return (group, _KIND_RANK.get(kind, 9), -int(pack.events["start_day"].iat[row]))

    kept = sorted(unique, key=rank)[:MAX_EVENT_ROWS]
    kept.sort(key=lambda e: (int(e[1].events["start_day"].iat[e[2]]), str(e[1].events["title"].iat[e[2]])))
    from explorer.charts.timeline_layout import actor_names_in

    rows = []
    sep = labels.list_separator(lang)
    for _group, pack, row in kept:
        ev = pack.events.iloc[row]
        names = actor_names_in(pack, lang)
        numbers = []
        for sid in (s for s in str(ev["source_ids"]).split(";") if s):
            src = pack.source_by_id.get(sid)
            numbers.append(sources.number(citation(src, lang=lang) if src is not None else sid))
        title_ja = ev["title_ja"] if isinstance(ev["title_ja"], str) else ""
        rows.append(NoteEvent(
            date=labels.format_date_span(ev["start_date"], ev["end_date"] or None, lang),
            title=labels.pick(str(ev["title"]), title_ja, lang),
            status=labels.status_label(str(ev["status"]), lang),
            parties=sep.join(names.get(a, a) for a in str(ev["parties"]).split(";") if a),
            markers=" ".join(f"[{n}]" for n in sorted(set(numbers)))))
    return tuple(rows), len(unique)
