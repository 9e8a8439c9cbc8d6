"""What goes on one exported slide or page, as data. Qt-free.

Every writer (PowerPoint, PDF, PNG, SVG) lays out the same ``Slide``: title, subtitle, the content
(a chart spec, its table, a picture, or text), the source line (always present, shortened to fit
with the full list in the notes), the date, the handling marking (top and bottom) and the receipt.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.charts.chart_spec import ChartSpec
from explorer.domain.citation import citation
from explorer.domain.dates import date_from_day_number

if TYPE_CHECKING:
    from explorer.data.pack import Pack
    from explorer.state.filters import Filter

SOURCE_LINE_LIMIT = 320
KINDS = ("chart", "table", "picture", "text", "title", "sources")


@dataclass(frozen=True)
class Slide:
    title: str
    subtitle: str
    kind: str  # one of KINDS
    spec: ChartSpec | None = None  # "chart" and "table"
    picture_png: bytes | None = None  # "picture" (the timeline), PNG bytes
    paragraphs: tuple[str, ...] = ()  # "text", "title", "sources"; talking points elsewhere
    source_line: str = ""  # short; never empty on a content slide
    notes: str = ""  # speaker notes: full sources, rates, warnings, filter state
    # Printed on the slide itself, every one, whatever the format (images have no notes):
    sources: tuple[tuple[str, str], ...] = ()  # (marker "[1]", full citation), in marker order
    footnotes: tuple[str, ...] = ()  # rates, qualifiers, notes that change how a figure reads
    # Listed after the slide (PDF/PowerPoint: an appendix page; PNG/SVG: below the content), e.g.
    # the events of a timeline span that could not be labelled legibly.
    appendix_title: str = ""
    appendix: tuple[str, ...] = ()
    marking: str = ""
    date: str = ""
    receipt_json: str = ""


def appendix_slide(slide: Slide) -> Slide:
    """The appendix of ``slide`` as a slide of its own (PDF page, PowerPoint slide)."""
    return Slide(title=slide.appendix_title or f"{slide.title}: appendix",
                 subtitle=f"Appendix to “{slide.title}”", kind="sources", paragraphs=slide.appendix,
                 marking=slide.marking, date=slide.date, receipt_json=slide.receipt_json,
                 notes="\n".join(slide.appendix))


def today() -> str:
    return _dt.date.today().isoformat()


def describe_filter(pack: Pack | None, f: Filter) -> str:
    """The filter in words, for notes and metadata: what was (and was not) shown."""
    if f.is_empty():
        return "No filter: every event and figure of the pack."
    names = pack.actor_names if pack is not None else {}
    parts = []
    if f.partners:
        role = " (as formal parties or involved)" if f.partner_role == "involved" else " (as formal parties)"
        parts.append("partners " + ", ".join(sorted(names.get(a, a) for a in f.partners)) + role)
    for label, values in (("domains", f.domains), ("kinds", f.kinds), ("statuses", f.statuses)):
        if values:
            parts.append(f"{label} " + ", ".join(sorted(v.replace("_", " ") for v in values)))
    if f.day_from is not None or f.day_to is not None:
        lo = "…" if f.day_from is None else date_from_day_number(f.day_from).isoformat()
        hi = "…" if f.day_to is None else date_from_day_number(f.day_to).isoformat()
        parts.append(f"dates {lo} to {hi}")
    if f.text.strip():
        parts.append(f"text “{f.text.strip()}”")
    return "Filter: " + "; ".join(parts) + "."


def sources_metadata(sources) -> str:
    """Every (marker, citation) as one line each, for a file's metadata."""
    return "\n".join(f"{m} {text}" for m, text in sources)


def spec_notes(spec: ChartSpec, filter_text: str, receipt_json: str = "") -> str:
    """Speaker notes for a chart or table: every source, rate, warning and the filter state."""
    lines = [spec.title, spec.subtitle, ""]
    if spec.warnings:
        lines += ["Warnings:", *(f"- {w}" for w in spec.warnings), ""]
    if spec.footnotes:
        lines += ["Notes and conversion rates:", *(f"- {n}" for n in spec.footnotes), ""]
    lines += ["Sources:", *(f"{m} {text}" for m, text in spec.sources), "", filter_text]
    if receipt_json:
        lines += ["", "Receipt (regenerate with briefing-explorer export --from-receipt):", receipt_json]
    return "\n".join(lines).strip()


def chart_slide(spec: ChartSpec, *, kind: str = "chart", marking: str = "", filter_text: str = "",
                receipt_json: str = "", title: str = "", date: str = "") -> Slide:
    return Slide(
        title=title or spec.title, subtitle=spec.subtitle, kind=kind, spec=spec,
        notes=spec_notes(spec, filter_text, receipt_json), sources=spec.sources,
        footnotes=spec.footnotes, marking=marking, date=date or today(), receipt_json=receipt_json,
    )


def event_paragraphs(pack: Pack, event_id: str) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """The detail of an event as paragraphs, and its sources as (marker, line)."""
    ev = pack.events.set_index("id").loc[event_id]
    names = pack.actor_names
    when = ev["start_date"].display() + (f" – {ev['end_date'].display()}" if ev["end_date"] else "")
    paras = []
    if ev["title_ja"]:
        paras.append(ev["title_ja"])
    paras.append(f"{when} · {ev['status'].replace('_', ' ')} · {ev['kind'].replace('_', ' ')}")
    paras.append("Parties: " + ", ".join(names.get(a, a) for a in ev["parties"].split(";") if a))
    paras.append("Domains: " + ", ".join(d.replace("_", " ") for d in ev["domains"].split(";") if d))
    paras.append(ev["summary"])
    if ev["summary_ja"]:
        paras.append(ev["summary_ja"])
    ms = pack.milestones[pack.milestones["event_id"] == event_id].sort_values("day_start")
    if len(ms):
        paras.append("Life cycle: " + "; ".join(
            f"{m.stage.replace('_', ' ')} {m.date_value.display()}" for m in ms.itertuples()))
    sources = []
    for i, sid in enumerate((s for s in ev["source_ids"].split(";") if s), start=1):
        src = pack.source_by_id.get(sid)
        line = citation(src) if src is not None else sid
        sources.append((f"[{i}]", line))
    return tuple(paras), sources


def event_slide(pack: Pack, event_id: str, *, marking: str = "", receipt_json: str = "",
                title: str = "", date: str = "") -> Slide:
    paras, sources = event_paragraphs(pack, event_id)
    ev_title = str(pack.events.set_index("id").loc[event_id, "title"])
    notes = "\n".join([ev_title, "", "Sources:", *(f"{m} {t}" for m, t in sources)]
                      + (["", "Receipt:", receipt_json] if receipt_json else []))
    return Slide(title=title or ev_title, subtitle="Event detail", kind="text", paragraphs=paras,
                 sources=tuple(sources), notes=notes, marking=marking,
                 date=date or today(), receipt_json=receipt_json)


def timeline_slide(pack: Pack, picture_png: bytes, filter_text: str, *, rows=None, labelled=None,
                   off_axis=(), source_ids=None, marking: str = "", receipt_json: str = "",
                   title: str = "", span_text: str = "", date: str = "") -> Slide:
    """The timeline as a picture, with every source of the events it shows printed on the slide.

    ``rows``: the events on the axis (row positions; all events if None); ``labelled``: those the
    picture labels (all of ``rows`` if None); ``off_axis``: events left off the axis and named at
    its edge. Every event not labelled is listed in the appendix (date, title, status), so none is
    lost; ``source_ids``: the sources in the order the picture numbers them (default: by event).
    """
    ev = pack.events
    on_axis = list(range(len(ev))) if rows is None else [int(r) for r in rows]
    off_axis = [int(r) for r in off_axis if int(r) not in set(on_axis)]
    shown = set(on_axis if labelled is None else (int(r) for r in labelled))
    if source_ids is None:
        source_ids = list(dict.fromkeys(
            s.strip() for r in on_axis + off_axis for s in str(ev["source_ids"].iat[r]).split(";")
            if s.strip()))
    by_id = pack.source_by_id
    sources = tuple((f"[{i}]", citation(by_id[sid]) if sid in by_id else sid)
                    for i, sid in enumerate(source_ids, start=1))
    every = on_axis + off_axis
    listed = sorted((r for r in every if r not in shown), key=lambda r: (ev["start_day"].iat[r], r))
    footnotes = []
    if listed:
        footnotes.append(f"{len(every) - len(listed)} of {len(every)} events shown; the others are "
                         "listed in the appendix.")
    subtitle = span_text or "Agreements and events"
    line = f"Source: {pack.meta.title} (pack {pack.meta.name} v{pack.meta.version})."
    notes = [title or "Timeline", subtitle, filter_text, "", "Sources by event:"]
    for r in sorted(every, key=lambda r: (ev["start_day"].iat[r], r)):
        notes.append(f"- {ev['start_date'].iat[r].display()} {ev['title'].iat[r]}: "
                     f"{str(ev['source_ids'].iat[r]).replace(';', ', ')}")
    if receipt_json:
        notes += ["", "Receipt:", receipt_json]
    return Slide(title=title or "Timeline of agreements", subtitle=subtitle, kind="picture",
                 picture_png=picture_png, source_line=line[:SOURCE_LINE_LIMIT],
                 notes="\n".join(notes), sources=sources, footnotes=tuple(footnotes),
                 appendix_title="Events on this timeline without a label" if listed else "",
                 appendix=tuple(event_line(pack, r) for r in listed), marking=marking,
                 date=date or today(), receipt_json=receipt_json)


def event_line(pack: Pack, row: int) -> str:
    """``1 Feb 2019 – EU-Japan Economic Partnership Agreement (in force)``: one event, one line."""
    ev = pack.events
    when = ev["start_date"].iat[row].display()
    end = ev["end_date"].iat[row]
    if end:
        when += f" to {end.display()}"
    status = str(ev["status"].iat[row]).replace("_", " ")
    return f"{when} – {ev['title'].iat[row]} ({status})"
