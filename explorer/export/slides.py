"""What goes on one exported slide or page, as data. Qt-free.

Every writer (PowerPoint, PDF, PNG, SVG) lays out the same ``Slide``: title, subtitle, the content
(a chart spec, its table, a picture, or text), the source line (always present, shortened to fit
with the full list in the notes), the date, the handling marking (top and bottom) and the receipt.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.charts import timeline_layout as tl
from explorer.charts.chart_spec import ChartSpec
from explorer.domain import labels
from explorer.domain.citation import citation
from explorer.domain.dates import date_from_day_number
from explorer.domain.labels import phrase

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
    # the label language of the slide's data and fixed words ("en", "ja", "both"); a chart's
    # slide takes its spec's
    label_language: str = "en"

    @property
    def lang(self) -> str:
        """The label language its headings follow: its chart's, else its own."""
        return self.spec.label_language if self.spec is not None else self.label_language


def appendix_slide(slide: Slide) -> Slide:
    """The appendix of ``slide`` as a slide of its own (PDF page, PowerPoint slide)."""
    lang = slide.lang
    return Slide(title=slide.appendix_title or phrase("{title}: appendix", lang, title=slide.title),
                 subtitle=phrase("Appendix to “{title}”", lang, title=slide.title), kind="sources",
                 paragraphs=slide.appendix, marking=slide.marking, date=slide.date,
                 receipt_json=slide.receipt_json, notes="\n".join(slide.appendix),
                 label_language=lang)


def today(lang: str = "en") -> str:
    """The slide's date: ``2026-01-05``; under Japanese labels ``2026年1月5日``."""
    day = _dt.date.today()
    return labels.today_in(day, "ja") if lang == "ja" else day.isoformat()


def describe_filter(pack: Pack | None, f: Filter, lang: str = "en") -> str:
    """The filter in words, for notes and metadata: what was (and was not) shown; ``lang``: the
    label language (English sentences under "both", with the names as labelled)."""
    if f.is_empty():
        return phrase("No filter: every event and figure of the pack.", lang)
    names = tl.actor_names_in(pack, lang) if pack is not None else {}
    comma = labels.list_separator(lang)
    parts = []
    if f.partners:
        role = ("partners {names} (as formal parties or involved)" if f.partner_role == "involved"
                else "partners {names} (as formal parties)")
        parts.append(phrase(role, lang, names=comma.join(sorted(names.get(a, a) for a in f.partners))))
    # The panels' vocabulary; in an English sentence its words in lower case ("domains critical
    # minerals; statuses in force"), a pack's own domain labels as the pack writes them.
    def domain(v: str) -> str:
        if pack is not None and (lang != "en" or v in pack.declared_domain_labels):
            return tl.pack_domain_label(pack, v, lang)
        text = labels.builtin_domain_label(v, lang)
        return text.lower() if lang == "en" else text

    def sentence(text: str) -> str:
        return text.lower() if lang == "en" else text

    word = {"domains": domain,
            "kinds": lambda v: sentence(labels.event_kind_label(v, lang)),
            "statuses": lambda v: sentence(labels.status_label(v, lang))}
    for label, values in (("domains", f.domains), ("kinds", f.kinds), ("statuses", f.statuses)):
        if values:
            parts.append(phrase(f"{label} {{values}}", lang,
                                values=comma.join(sorted(word[label](v) for v in values))))
    if f.day_from is not None or f.day_to is not None:
        lo = "…" if f.day_from is None else date_from_day_number(f.day_from).isoformat()
        hi = "…" if f.day_to is None else date_from_day_number(f.day_to).isoformat()
        parts.append(phrase("dates {lo} to {hi}", lang, lo=lo, hi=hi))
    if f.text.strip():
        parts.append(phrase("text “{text}”", lang, text=f.text.strip()))
    return phrase("Filter: {parts}.", lang, parts=("；" if lang == "ja" else "; ").join(parts))


def sources_metadata(sources) -> str:
    """Every (marker, citation) as one line each, for a file's metadata."""
    return "\n".join(f"{m} {text}" for m, text in sources)


def spec_notes(spec: ChartSpec, filter_text: str, receipt_json: str = "") -> str:
    """Speaker notes for a chart or table: every source, rate, warning and the filter state, with
    their headings in the chart's label language."""
    lang = spec.label_language
    lines = [spec.title, spec.subtitle, ""]
    if spec.warnings:
        lines += [phrase("Warnings:", lang), *(f"- {w}" for w in spec.warnings), ""]
    if spec.footnotes:
        lines += [phrase("Notes and conversion rates:", lang), *(f"- {n}" for n in spec.footnotes), ""]
    lines += [phrase("Sources:", lang), *(f"{m} {text}" for m, text in spec.sources), "",
              filter_text]
    if receipt_json:
        lines += ["", phrase("Receipt (regenerate with briefing-explorer export --from-receipt):",
                             lang), receipt_json]
    return "\n".join(lines).strip()


def chart_slide(spec: ChartSpec, *, kind: str = "chart", marking: str = "", filter_text: str = "",
                receipt_json: str = "", title: str = "", date: str = "") -> Slide:
    return Slide(
        title=title or spec.title, subtitle=spec.subtitle, kind=kind, spec=spec,
        notes=spec_notes(spec, filter_text, receipt_json), sources=spec.sources,
        footnotes=spec.footnotes, marking=marking, date=date or today(spec.label_language),
        receipt_json=receipt_json, label_language=spec.label_language,
    )


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def event_paragraphs(pack: Pack, event_id: str, lang: str = "en"
                     ) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """The detail of an event as paragraphs, and its sources as (marker, line); ``lang``: the
    label language (English: as before, the Japanese title and summary beside the English)."""
    ev = pack.events.set_index("id").loc[event_id]
    names = tl.actor_names_in(pack, lang)
    comma = labels.list_separator(lang)
    if lang == "en":
        when = ev["start_date"].display() + (f" – {ev['end_date'].display()}" if ev["end_date"] else "")
    else:
        when = labels.format_date_span(ev["start_date"], ev["end_date"] or None, lang)
    # The panels' words in every language: "Critical minerals" on the slide as in the window.
    status, kind = labels.status_label(ev["status"], lang), labels.event_kind_label(ev["kind"], lang)
    domains = [tl.pack_domain_label(pack, d, lang) for d in ev["domains"].split(";") if d]
    paras = []
    if lang == "en" and _text(ev["title_ja"]):
        paras.append(ev["title_ja"])
    elif lang == "ja" and _text(ev["title_ja"]):  # the Japanese title is the slide's; the English
        paras.append(ev["title"])                # one is for reference
    paras.append(f"{when} · {status} · {kind}")
    paras.append(phrase("Parties: {names}", lang, names=comma.join(
        names.get(a, a) for a in ev["parties"].split(";") if a)))
    paras.append(phrase("Domains: {names}", lang, names=comma.join(domains)))
    summary, summary_ja = _text(ev["summary"]), _text(ev["summary_ja"])
    paras += [x for x in ((summary_ja, summary) if lang == "ja" else (summary, summary_ja)) if x]
    ms = pack.milestones[pack.milestones["event_id"] == event_id].sort_values("day_start")
    if len(ms):
        if lang == "en":
            stages = "; ".join(f"{m.stage.replace('_', ' ')} {m.date_value.display()}"
                               for m in ms.itertuples())
        else:
            stages = ("；" if lang == "ja" else "; ").join(
                f"{labels.stage_label(m.stage, lang)} {labels.format_partial_date(m.date_value, lang)}"
                for m in ms.itertuples())
        paras.append(phrase("Life cycle: {stages}", lang, stages=stages))
    sources = []
    for i, sid in enumerate((s for s in ev["source_ids"].split(";") if s), start=1):
        src = pack.source_by_id.get(sid)
        line = citation(src, lang=lang) if src is not None else sid
        sources.append((f"[{i}]", line))
    return tuple(paras), sources


def event_slide(pack: Pack, event_id: str, *, marking: str = "", receipt_json: str = "",
                title: str = "", date: str = "", label_language: str = "en") -> Slide:
    lang = label_language
    paras, sources = event_paragraphs(pack, event_id, lang)
    row = pack.events.set_index("id").loc[event_id]
    ev_title = labels.pick(str(row["title"]), _text(row["title_ja"]), lang)
    notes = "\n".join([ev_title, "", phrase("Sources:", lang), *(f"{m} {t}" for m, t in sources)]
                      + (["", phrase("Receipt:", lang), receipt_json] if receipt_json else []))
    return Slide(title=title or ev_title, subtitle=phrase("Event detail", lang), kind="text",
                 paragraphs=paras, sources=tuple(sources), notes=notes, marking=marking,
                 date=date or today(lang), receipt_json=receipt_json, label_language=lang)


def timeline_slide(pack: Pack, picture_png: bytes, filter_text: str, *, rows=None, labelled=None,
                   off_axis=(), source_ids=None, marking: str = "", receipt_json: str = "",
                   title: str = "", span_text: str = "", date: str = "",
                   label_language: str = "en") -> Slide:
    """The timeline as a picture, with every source of the events it shows printed on the slide.

    ``rows``: the events on the axis (row positions; all events if None); ``labelled``: those the
    picture labels (all of ``rows`` if None); ``off_axis``: events left off the axis and named at
    its edge. Every event not labelled is listed in the appendix (date, title, status), so none is
    lost; ``source_ids``: the sources in the order the picture numbers them (default: by event).
    ``label_language``: titles, dates, statuses and the slide's own words ("en", "ja", "both").
    """
    lang = label_language
    ev = pack.events
    on_axis = list(range(len(ev))) if rows is None else [int(r) for r in rows]
    off_axis = [int(r) for r in off_axis if int(r) not in set(on_axis)]
    shown = set(on_axis if labelled is None else (int(r) for r in labelled))
    if source_ids is None:
        source_ids = list(dict.fromkeys(
            s.strip() for r in on_axis + off_axis for s in str(ev["source_ids"].iat[r]).split(";")
            if s.strip()))
    by_id = pack.source_by_id
    sources = tuple((f"[{i}]", citation(by_id[sid], lang=lang) if sid in by_id else sid)
                    for i, sid in enumerate(source_ids, start=1))
    every = on_axis + off_axis
    listed = sorted((r for r in every if r not in shown), key=lambda r: (ev["start_day"].iat[r], r))
    footnotes = []
    if listed:
        footnotes.append(phrase(
            "{shown} of {total} events shown; the others are listed in the appendix.", lang,
            shown=len(every) - len(listed), total=len(every)))
    subtitle = span_text or phrase("Agreements and events", lang)
    line = phrase("Source: {title} (pack {name} v{version}).", lang, title=pack.meta.title_in(lang),
                  name=pack.meta.name, version=pack.meta.version)
    notes = [title or phrase("Timeline", lang), subtitle, filter_text, "",
             phrase("Sources by event:", lang)]
    titles = tl.event_titles(pack, lang).tolist()
    for r in sorted(every, key=lambda r: (ev["start_day"].iat[r], r)):
        when = (ev["start_date"].iat[r].display() if lang == "en"
                else labels.format_partial_date(ev["start_date"].iat[r], lang))
        notes.append(f"- {when} {titles[r]}: {str(ev['source_ids'].iat[r]).replace(';', ', ')}")
    if receipt_json:
        notes += ["", phrase("Receipt:", lang), receipt_json]
    return Slide(title=title or phrase("Timeline of agreements", lang), subtitle=subtitle,
                 kind="picture", picture_png=picture_png, source_line=line[:SOURCE_LINE_LIMIT],
                 notes="\n".join(notes), sources=sources, footnotes=tuple(footnotes),
                 appendix_title=(phrase("Events on this timeline without a label", lang)
                                 if listed else ""),
                 appendix=tuple(event_line(pack, r, lang, titles) for r in listed), marking=marking,
                 date=date or today(lang), receipt_json=receipt_json, label_language=lang)


def event_line(pack: Pack, row: int, lang: str = "en", titles=None) -> str:
    """``1 Feb 2019 – EU-Japan Economic Partnership Agreement (in force)``: one event, one line
    (``2019年2月1日　日EU経済連携協定（発効済み）`` in Japanese)."""
    ev = pack.events
    end = ev["end_date"].iat[row]
    if lang == "en":
        when = ev["start_date"].iat[row].display()
        if end:
            when += f" to {end.display()}"
        status = str(ev["status"].iat[row]).replace("_", " ")
        return f"{when} – {ev['title'].iat[row]} ({status})"
    when = labels.format_date_span(ev["start_date"].iat[row], end or None, lang)
    title = str(titles[row] if titles is not None else tl.event_titles(pack, lang).iat[row])
    return phrase("{when} – {title} ({status})", lang, when=when, title=title,
                  status=labels.status_label(str(ev["status"].iat[row]), lang))
