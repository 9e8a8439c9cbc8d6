"""The editable PowerPoint export: one 16:9 slide per ``Slide``, with native charts and tables. Qt-free.

Charts are PowerPoint charts built from the ChartSpec's own numbers (python-pptx embeds the workbook,
so "Edit data" works), one chart per panel so that two units never share an axis. Tables are native
tables of ``spec.table()``. Every slide carries its title, source line, date and handling marking
(top and bottom); the notes carry the full sources, rates, warnings, filter and receipt, and the
deck's receipt is also kept in the document properties for ``--from-receipt``.

python-pptx cannot measure text, so sizes are chosen from a deliberately generous estimate of text
width (wide enough for the DejaVu fallback LibreOffice uses when Calibri is missing).
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
import io
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import Categories, CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE, MSO_PATTERN_TYPE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.parts.image import Image
from pptx.util import Emu, Inches, Pt

from explorer.atomic_write import write_atomic
from explorer.charts import theme
from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Flag, Panel
from explorer.domain.labels import phrase
from explorer.export.slides import Slide, appendix_slide, today

# -- the slide theme ---------------------------------------------------------------------------

SLIDE_W_EMU, SLIDE_H_EMU = 12192000, 6858000  # PowerPoint's own 16:9: 13.333 × 7.5 in
W, H = SLIDE_W_EMU / 914400, SLIDE_H_EMU / 914400
MARGIN = 0.6
CONTENT_W = W - 2 * MARGIN

# Every colour from the light theme (a deck goes on a white screen whatever the laptop's theme),
# the same the PDF and picture slides are drawn in.
INK = theme.LIGHT
PAPER = INK.surface
TEXT = INK.text
MUTED = INK.muted_text
MARKING_RED = INK.marking_text
GRID = INK.grid_major
AXIS = INK.axis
ACCENT = INK.accent
WARN_FILL, WARN_LINE = INK.warning_ground, INK.warning_border
HEADER_FILL, HEADER_TEXT, BAND_FILL = INK.table_head_ground, INK.table_head_text, INK.surface_alt

LATIN_FONT = "Calibri"  # present wherever PowerPoint is
EA_FONT = "Noto Sans CJK JP"  # Japanese titles and summaries; PowerPoint substitutes if absent

TITLE_PT, TITLE_MIN_PT = 32, 28
SUBTITLE_PT = 16
BODY_PT, BODY_MIN_PT = 20, 14
CHART_PT = 14
TABLE_PT, TABLE_MIN_PT = 16, 10
SOURCES_PT, SOURCES_MIN_PT = 14, 11
SOURCE_LINE_PT = 12
MARKING_PT, MARKING_MIN_PT = 14, 12
WARNING_PT = 13

# Vertical bands, in inches from the top.
MARK_TOP_Y, MARK_H = 0.1, 0.34
TITLE_Y = 0.5
CONTENT_BOTTOM = 6.36
FOOT_Y, FOOT_H = 6.44, 0.58
MARK_BOTTOM_Y = 7.06
DATE_W = 2.0

TABLE_MAX_ROWS = 18  # data rows on a slide; the rest go to the notes
LINE_SPACING = 1.2  # line height as a multiple of the font size, for the estimates


# -- public API ----------------------------------------------------------------------------------

def write_pptx(slides: Sequence[Slide], path: str | Path, *, title: str = "", marking: str = "",
               receipt_json: str = "", thumbnail_jpeg: bytes = b"") -> Path:
    """Write ``slides`` as an editable 16:9 deck to ``path`` (atomically) and return the path.

    ``marking`` applies to slides without their own; ``receipt_json`` is the deck's receipt (if
    empty, the one receipt the slides share, if they share one) and goes into the properties.
    ``thumbnail_jpeg``: a picture of the first slide, shown by file managers and Office.
    A slide's ``appendix`` follows it as slides of its own.
    """
    if not slides:
        raise ValueError("a PowerPoint export needs at least one slide")
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W_EMU), Emu(SLIDE_H_EMU)
    blank = next((lo for lo in prs.slide_layouts if lo.name == "Blank"), prs.slide_layouts[6])
    titles: list[str] = []  # one per slide written, for the document properties
    for s in slides:
        before = len(prs.slides)
        if s.kind == "title":
            _title_slide(prs, blank, s, marking)
        elif s.kind in ("chart", "table"):
            _spec_slide(prs, blank, s, marking)
        elif s.kind == "picture":
            _picture_slide(prs, blank, s, marking)
        elif s.kind in ("text", "sources"):
            _text_slides(prs, blank, s, marking)
        else:
            raise ValueError(f"unknown slide kind {s.kind!r}")
        if s.appendix:
            _text_slides(prs, blank, appendix_slide(s), marking)
        titles += [s.title] * (len(prs.slides) - before)
    _set_properties(prs, slides, title, marking, receipt_json)
    _set_app_properties(prs, titles, thumbnail_jpeg)
    buf = io.BytesIO()
    if FAST_XML:
        _save(prs, buf)
    else:
        prs.save(buf)
    out = Path(path)
    write_atomic(out, buf.getvalue())
    return out


def read_receipt(path: str | Path) -> str:
    """The receipt JSON a deck carries in its document properties ("" if none).

    Only docProps/core.xml is read, bounded (issue 15: opening a crafted deck took 6.3 GB)."""
    from explorer.export.table_writer import read_receipt_from_package

    return read_receipt_from_package(path, required=False)


# -- text measurement (an estimate: python-pptx cannot measure) ---------------------------------

@functools.lru_cache(maxsize=8192)
def _char_em(ch: str) -> float:
    """Advance width in em, on the wide side (DejaVu Sans, LibreOffice's stand-in for Calibri)."""
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    if ch in " il.,;:'|!()[]ftrj":
        return 0.36
    if ch.isupper() or ch in "mw%@&—→…⚠":
        return 0.76
    return 0.62


def _text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    return _em_width(text) * size_pt * (1.12 if bold else 1.0)


@functools.lru_cache(maxsize=65536)
def _em_width(text: str) -> float:
    """``text``'s advance in em (a token is measured once per export, not once per candidate
    font size or page break: a deck's sources are measured thousands of times)."""
    return sum(_char_em(c) for c in text)


@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """Break opportunities: after spaces, and between wide (CJK) characters."""
    out: list[str] = []
    cur = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        if wide:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
        else:
            cur += ch
            if ch == " ":
                out.append(cur)
                cur = ""
    if cur:
        out.append(cur)
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _line_count(text: str, width_in: float, size_pt: float, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped at ``width_in`` (greedy, like the renderers). A width under
    1 pt counts as 1 pt (a table of hundreds of columns leaves a column less than its margins: the
    count below never ended)."""
    width = max(width_in * 72, 1.0)
    lines = 0
    for para in text.split("\n"):
        lines += 1
        used = 0.0
        for tok in _tokens(para):
            w = _text_width_pt(tok, size_pt, bold)
            if used and used + _text_width_pt(tok.rstrip(), size_pt, bold) > width:
                lines += 1
                used = 0.0
            while w > width:  # a token longer than the line breaks inside
                lines += 1
                w -= width
            used += w
    return lines


def _height_in(lines: int, size_pt: float) -> float:
    return lines * size_pt * LINE_SPACING / 72


def _truncate(text: str, width_in: float, size_pt: float, max_lines: int, suffix: str = "",
              bold: bool = False) -> str:
    """``text`` cut (with "…" and ``suffix``) to fit ``max_lines``."""
    if _line_count(text, width_in, size_pt, bold) <= max_lines:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that still fits
        mid = (lo + hi + 1) // 2
        if _line_count(text[:mid].rstrip() + "…" + suffix, width_in, size_pt, bold) <= max_lines:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" + suffix


def _has_wide(text: str) -> bool:
    return any(unicodedata.east_asian_width(c) in ("W", "F") for c in text)


# -- drawing helpers -------------------------------------------------------------------------------

def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor(*theme.rgb(hex_colour))


def _set_fonts(rpr, text: str = "") -> None:
    """Latin and East Asian typefaces on a run (or default) property element.

    Without an ``a:ea`` typeface PowerPoint draws Japanese with whatever its theme names, which on
    many systems is a font without the glyphs; ``lang`` helps it pick a Japanese fallback.
    """
    latin = rpr.find(qn("a:latin"))
    if latin is None:
        latin = rpr.get_or_add_latin()
    latin.set("typeface", LATIN_FONT)
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = OxmlElement("a:ea")
        latin.addnext(ea)
    ea.set("typeface", EA_FONT)
    if text and _has_wide(text):
        rpr.set("lang", "ja-JP")


def _style_run(run, size_pt: float, colour: str = TEXT, bold: bool = False) -> None:
    r = run._r
    if FAST_XML and r.find(qn("a:rPr")) is None:  # a new run (most): its properties in one piece
        r.insert(0, copy.deepcopy(_rpr_element(size_pt, colour, bold, _has_wide(run.text))))
        return
    _style_run_built(run, size_pt, colour, bold)


@functools.lru_cache(maxsize=256)
def _rpr_element(size_pt: float, colour: str, bold: bool, wide: bool):
    """The run properties ``_style_run_built`` makes (copied for each run)."""
    from pptx.oxml import parse_xml

    return parse_xml(_rpr_xml(size_pt, _hex(colour), bold, wide).replace(
        "<a:rPr ", f'<a:rPr xmlns:a="{_A_NS}" ', 1))


def _style_run_built(run, size_pt: float, colour: str = TEXT, bold: bool = False) -> None:
    """The reference for ``_style_run``: the same properties through python-pptx's objects."""
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)
    _set_fonts(run._r.get_or_add_rPr(), run.text)


@dataclass(frozen=True)
class _Para:
    text: str
    size: float
    colour: str = TEXT
    bold: bool = False
    space_after: float = 0.0


def _textbox(sl, x: float, y: float, w: float, h: float, paras: Sequence[_Para], *,
             align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, shrink: bool = False, margin: float = 0.0):
    box = sl.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(margin)
    tf.margin_top = tf.margin_bottom = Inches(0.02)
    # A safety net only (sizes are already estimated to fit): renderers that honour it shrink text
    # that would otherwise spill over the footer.
    tf.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE if shrink else MSO_AUTO_SIZE.NONE
    if FAST_XML and paras and all(_plain_run_text(para.text) for para in paras):
        _put_paragraphs(tf, paras, align)
        return box
    for i, para in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        if para.space_after:
            p.space_after = Pt(para.space_after)
        run = p.add_run()
        run.text = para.text
        _style_run(run, para.size, para.colour, para.bold)
    return box


def _plain_run_text(text: str) -> bool:
    """Text python-pptx puts in a run as it is (no line break or control character to turn into
    something else, no ``_xHHHH_`` to escape)."""
    return "_x" not in text and not _CONTROL.search(text)


_CONTROL = re.compile("[\x00-\x1f\x7f]")  # what ``" " <= c != "\x7f"`` refuses, found in C


def _put_paragraphs(tf, paras: Sequence[_Para], align) -> None:
    """The paragraphs ``_textbox`` adds one by one through python-pptx, written as one piece of XML
    in place of the text frame's empty paragraph (the same elements and attributes)."""
    from pptx.oxml import parse_xml

    algn = align.xml_value
    out = []
    for para in paras:
        after = (f'<a:spcAft><a:spcPts val="{Pt(para.space_after).centipoints}"/></a:spcAft>'
                 if para.space_after else "")
        ppr = f'<a:pPr algn="{algn}">{after}</a:pPr>' if after else f'<a:pPr algn="{algn}"/>'
        rpr = _rpr_xml(para.size, _hex(para.colour), para.bold, _has_wide(para.text))
        out.append(f"<a:p>{ppr}<a:r>{rpr}<a:t>{_xml_escape(para.text)}</a:t></a:r></a:p>")
    body = tf._txBody
    for p in body.findall(qn("a:p")):
        body.remove(p)
    for p in parse_xml(f'<a:x xmlns:a="{_A_NS}">{"".join(out)}</a:x>'):
        body.append(p)


def _marking(sl, marking: str) -> None:
    """The handling marking, centred at the top and the bottom edge. Never cut: a long one (up to
    200 characters) drops to 12 pt and two lines, growing away from the content."""
    size = MARKING_PT if _line_count(marking, CONTENT_W, MARKING_PT, True) == 1 else MARKING_MIN_PT
    h = max(MARK_H, _height_in(min(2, _line_count(marking, CONTENT_W, size, True)), size) + 0.06)
    for y, anchor in ((MARK_TOP_Y + MARK_H - h, MSO_ANCHOR.BOTTOM),
                      (min(MARK_BOTTOM_Y, H - 0.02 - h), MSO_ANCHOR.TOP)):
        _textbox(sl, MARGIN, max(0.02, y), CONTENT_W, h, [_Para(marking, size, MARKING_RED, True)],
                 align=PP_ALIGN.CENTER, anchor=anchor)


def _footer(sl, source_line: str, date: str) -> None:
    """A short line (e.g. the pack) bottom left, date bottom right, above the bottom marking.
    The sources themselves are printed in full by ``_draw_sources``, never here."""
    w = CONTENT_W - DATE_W - 0.2
    if source_line:
        size = SOURCE_LINE_PT
        _textbox(sl, MARGIN, FOOT_Y, w, FOOT_H, [_Para(source_line, size, MUTED)],
                 anchor=MSO_ANCHOR.BOTTOM, shrink=True)
    _textbox(sl, W - MARGIN - DATE_W, FOOT_Y, DATE_W, FOOT_H, [_Para(date, SOURCE_LINE_PT, MUTED)],
             align=PP_ALIGN.RIGHT, anchor=MSO_ANCHOR.BOTTOM)


# -- sources and footnotes, in full on the slide -------------------------------------------------

SOURCES_BLOCK_PT = 12  # no text under 12 pt on a 13.33-inch slide
# Of the space between header and footer, what the sources may take before the rest continues on
# a slide of their own: a picture (a timeline) keeps more, or its labels would shrink under 12 pt.
PICTURE_SOURCES_SHARE = 0.28


@dataclass(frozen=True)
class _SourcesPlan:
    columns: tuple[tuple[str, ...], ...]
    top: float  # where the block starts: the content ends above it
    overflow: tuple[str, ...] = ()  # lines continued on a "Sources (continued)" slide


def _sources_lines(s: Slide) -> list[str]:
    return [*s.footnotes, *(f"{m} {text}" for m, text in s.sources)]


def _plan_sources(s: Slide, header_bottom: float, share: float = 0.5) -> _SourcesPlan:
    """Every footnote and source at 12 pt, in one column or two (whichever is shorter), taking
    room from the content. What does not fit in half the free height continues on a slide of its
    own that the block points to: a source is never dropped or shortened."""
    lines = _sources_lines(s)
    if not lines:
        return _SourcesPlan((), FOOT_Y)
    gap = 2 / 72
    room = (FOOT_Y - 0.05 - header_bottom) * share

    def height(col: Sequence[str], width: float) -> float:
        return sum(_height_in(_line_count(x, width, SOURCES_BLOCK_PT), SOURCES_BLOCK_PT) + gap
                   for x in col) + _height_in(1, SOURCES_BLOCK_PT)  # + the heading

    best: tuple[tuple[str, ...], ...] = (tuple(lines),)
    best_h = height(lines, CONTENT_W)
    if best_h > 1.2 and len(lines) > 1:
        half = (CONTENT_W - 0.3) / 2
        cut = _balanced_cut(lines, half)
        two = (tuple(lines[:cut]), tuple(lines[cut:]))
        two_h = max(height(c, half) for c in two)
        if two_h < best_h:
            best, best_h = two, two_h
    overflow: tuple[str, ...] = ()
    if best_h > room:  # keep what fits, in order; the rest continues on the next slide
        width = CONTENT_W if len(best) == 1 else (CONTENT_W - 0.3) / 2
        kept: list[list[str]] = [[] for _ in best]
        flat = [x for col in best for x in col]
        i = 0
        for c in range(len(best)):
            while i < len(flat) and height([*kept[c], flat[i], "…"], width) <= room:
                kept[c].append(flat[i])
                i += 1
        overflow = tuple(flat[i:])
        best = tuple(tuple(k) for k in kept if k)
        best_h = max(height(c, width) for c in best) if best else 0.0
    if overflow and share == PICTURE_SOURCES_SHARE:
        # A picture that cannot have all its sources beside it gives them a slide of their own
        # and keeps the room: a crowded timeline needs every inch to stay at 12 pt.
        pointer_h = _height_in(2, SOURCES_BLOCK_PT) + 0.05
        return _SourcesPlan((), FOOT_Y - 0.05 - pointer_h, tuple(lines))
    return _SourcesPlan(best, FOOT_Y - 0.05 - best_h, overflow)


def _balanced_cut(lines: Sequence[str], width: float) -> int:
    heights = [_line_count(x, width, SOURCES_BLOCK_PT) for x in lines]
    total, acc = sum(heights), 0
    for i, h in enumerate(heights):
        if acc + h / 2 >= total / 2:
            return max(i, 1)
        acc += h
    return len(lines) - 1


def _lang(s: Slide) -> str:
    """The label language of a slide (its headings follow it): its chart's, else its own."""
    return s.lang


def _draw_sources(sl, s: Slide, plan: _SourcesPlan) -> None:
    lang = _lang(s)
    if not plan.columns:
        if plan.overflow:
            _textbox(sl, MARGIN, plan.top, CONTENT_W, FOOT_Y - plan.top, [_Para(
                phrase("Sources: all {n} notes and sources are on the next slide.", lang,
                       n=len(plan.overflow)),
                SOURCES_BLOCK_PT, MUTED, True)])
        return
    heading = phrase("Notes and sources" if s.footnotes else "Sources", lang)
    width = CONTENT_W if len(plan.columns) == 1 else (CONTENT_W - 0.3) / 2
    for i, col in enumerate(plan.columns):
        paras = [_Para(heading if i == 0 else " ", SOURCES_BLOCK_PT, TEXT, True)]
        paras += [_Para(x, SOURCES_BLOCK_PT, TEXT, space_after=2) for x in col]
        if i == len(plan.columns) - 1 and plan.overflow:
            paras.append(_Para(phrase("Continued on the next slide ({n} more).", lang,
                                      n=len(plan.overflow)),
                               SOURCES_BLOCK_PT, MUTED, True))
        _textbox(sl, MARGIN + i * (width + 0.3), plan.top, width, FOOT_Y - plan.top, paras)


def _continued_sources(prs, layout, s: Slide, plan: _SourcesPlan, deck_marking: str) -> None:
    if plan.overflow:
        rest = replace(s, title=phrase("{title} — sources (continued)", _lang(s), title=s.title),
                       subtitle="", kind="sources",
                       paragraphs=plan.overflow, sources=(), footnotes=(), appendix=(),
                       source_line="", spec=None, picture_png=None)
        _text_slides(prs, layout, rest, deck_marking)


def _new_slide(prs, layout, s: Slide, deck_marking: str, notes: str):
    sl = prs.slides.add_slide(layout)
    sl.background.fill.solid()
    sl.background.fill.fore_color.rgb = _rgb(PAPER)
    marking = s.marking or deck_marking
    if marking:
        _marking(sl, marking)
    _set_notes(sl, notes)
    return sl


def _set_notes(sl, text: str) -> None:
    """``notes_text_frame.text = text``: a paragraph per line, written as one piece of XML when the
    text holds no character python-pptx would turn into something else (long notes: the sources
    and receipts)."""
    tf = sl.notes_slide.notes_text_frame
    if not FAST_XML or "_x" in text or not all(_plain_run_text(line.replace("\t", " "))
                                               for line in text.split("\n")):
        tf.text = text
        return
    from pptx.oxml import parse_xml

    body = tf._txBody
    body.clear_content()
    paras = "".join(f"<a:p><a:r><a:t>{_xml_escape(line)}</a:t></a:r></a:p>" if line else "<a:p/>"
                    for line in text.split("\n"))
    for p in parse_xml(f'<a:x xmlns:a="{_A_NS}">{paras}</a:x>'):
        body.append(p)


def _notes(s: Slide, extra: Sequence[str] = ()) -> str:
    """The slide's notes, plus whatever must travel with it and is not there yet."""
    text = s.notes.strip() or "\n".join(t for t in (s.title, s.subtitle, s.source_line) if t)
    warnings = s.spec.warnings if s.spec is not None else ()
    missing = [w for w in warnings if w not in text]
    if missing:
        text += "\n\nWarnings:\n" + "\n".join(f"- {w}" for w in missing)
    text += "".join(f"\n\n{e}" for e in extra if e)
    if s.receipt_json and s.receipt_json not in text:
        text += "\n\nReceipt (regenerate with briefing-explorer export --from-receipt):\n" + s.receipt_json
    return text


# -- header: title, subtitle, warnings ----------------------------------------------------------

@dataclass(frozen=True)
class _Header:
    title: str
    title_pt: float
    title_h: float
    subtitle: str
    subtitle_h: float
    warning: str
    warning_h: float

    @property
    def bottom(self) -> float:
        """Where the content may start."""
        y = TITLE_Y + self.title_h + self.subtitle_h
        if self.warning:
            y += 0.08 + self.warning_h
        return y + 0.15


def _plan_header(title: str, subtitle: str, warnings: Sequence[str] = (), lang: str = "en") -> _Header:
    size = TITLE_PT if _line_count(title, CONTENT_W, TITLE_PT, True) == 1 else TITLE_MIN_PT
    title = _truncate(title, CONTENT_W, size, 2, bold=True)
    title_h = _height_in(_line_count(title, CONTENT_W, size, True), size) + 0.08
    subtitle = _truncate(subtitle, CONTENT_W, SUBTITLE_PT, 2)
    subtitle_h = _height_in(_line_count(subtitle, CONTENT_W, SUBTITLE_PT), SUBTITLE_PT) + 0.05 \
        if subtitle else 0.0
    warning, warning_h = "", 0.0
    if warnings:
        text = "   ".join(f"⚠ {w}" for w in warnings)
        warning = _truncate(text, CONTENT_W - 0.3, WARNING_PT, 2, phrase(" (full text in the notes)", lang))
        warning_h = _height_in(_line_count(warning, CONTENT_W - 0.3, WARNING_PT), WARNING_PT) + 0.16
    return _Header(title, size, title_h, subtitle, subtitle_h, warning, warning_h)


def _draw_header(sl, h: _Header) -> None:
    # Anchored at the top: should the estimate be short, the title runs down, not into the marking.
    _textbox(sl, MARGIN, TITLE_Y, CONTENT_W, h.title_h, [_Para(h.title, h.title_pt, TEXT, True)])
    y = TITLE_Y + h.title_h
    if h.subtitle:
        _textbox(sl, MARGIN, y, CONTENT_W, h.subtitle_h, [_Para(h.subtitle, SUBTITLE_PT, MUTED)])
        y += h.subtitle_h
    if h.warning:
        tf = _warning_box(sl, MARGIN, y + 0.08, CONTENT_W, h.warning_h, line_pt=0.75, margin=0.15)
        tf.margin_top = tf.margin_bottom = Inches(0.04)
        p = tf.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        run = p.add_run()
        run.text = h.warning
        _style_run(run, WARNING_PT, TEXT)


def _warning_box(sl, x: float, y: float, w: float, h: float, *, line_pt: float, margin: float):
    """A pale yellow, outlined box for what a reader must not miss; its text frame, to fill."""
    box = sl.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    box.fill.solid()
    box.fill.fore_color.rgb = _rgb(WARN_FILL)
    box.line.color.rgb = _rgb(WARN_LINE)
    box.line.width = Pt(line_pt)
    box.shadow.inherit = False
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = tf.margin_right = Inches(margin)
    return tf


# -- chart and table slides -------------------------------------------------------------------------

def _spec_slide(prs, layout, s: Slide, deck_marking: str) -> None:
    spec = s.spec
    header = _plan_header(s.title, s.subtitle, spec.warnings if spec is not None else (), _lang(s))
    top = header.bottom
    sources = _plan_sources(s, top)
    box = (MARGIN, top, CONTENT_W, sources.top - 0.1 - top)
    if spec is None or spec.is_empty:
        reason = (spec.empty_reason if spec is not None else "") or phrase("No figures to show.",
                                                                            _lang(s))
        sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
        _textbox(sl, *box, [_Para(reason, BODY_PT, MUTED)], align=PP_ALIGN.CENTER,
                 anchor=MSO_ANCHOR.MIDDLE)
    elif s.kind == "chart":
        sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
        _charts(sl, spec, *box)
    else:
        header_row, rows = spec.table()
        sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
        shown = _table(sl, header_row, rows, *box, lang=_lang(s))
        if shown < len(rows):
            rest = [header_row, *rows[shown:]]
            _set_notes(sl, _notes(s, [
                phrase("Table rows {first}–{last} (not on the slide):", _lang(s), first=shown + 1,
                       last=len(rows)) + "\n"
                + "\n".join(" | ".join(r) for r in rest)]))
    _draw_header(sl, header)
    _draw_sources(sl, s, sources)
    _footer(sl, s.source_line, s.date or today())
    _continued_sources(prs, layout, s, sources, deck_marking)


@dataclass(frozen=True)
class _ChartSeries:
    name: str
    colour: str
    values: list[float | None]
    labels: list[str]  # the figure as shown, with its source marker, per category ("" = none)
    qualified: list[bool]
    secondary: bool  # a second figure for the same period (conflicting sources)
    repeat: int = 0  # earlier series in the panel with the same colour (same actor)


def _periods(figures) -> str:
    return ", ".join(dict.fromkeys(f.period for f in figures))


def _panel_data(kind: ChartKind, panel: Panel) -> tuple[list[str], list[_ChartSeries], bool]:
    """Categories and chart series for one panel, and whether categories are the series.

    Bars with one figure per series: one category per series, named with its period ("European
    Union → Japan (2024)"; a figure without a value ends ": — [1]" there, since a blank bar carries
    no label); each chart series holds its value at its own category only (drawn with full overlap,
    so every bar is centred on its label, has its colour and its name in "Edit data"). Otherwise
    categories are the periods in time order; a series with two figures for one period (sources
    disagree) gets a second, dashed chart series. Series are named with their source markers.
    """
    series = panel.series
    if kind == ChartKind.BAR and all(len(s.figures) <= 1 for s in series):
        cats = []
        for s in series:
            cat = f"{s.label} ({_periods(s.figures)})" if s.figures else s.label
            if s.figures and s.figures[0].value is None:
                cat += f": {s.figures[0].label}"
            cats.append(cat)
        out = []
        for i, s in enumerate(series):
            values: list[float | None] = [None] * len(cats)
            labels, qualified = [""] * len(cats), [False] * len(cats)
            if s.figures:
                f = s.figures[0]
                values[i], labels[i], qualified[i] = f.value, f.label, _qualified(f)
            out.append(_ChartSeries(s.legend_label, s.colour, values, labels, qualified, False))
        return cats, out, True
    colours_seen: dict[str, int] = {}
    first_x: dict[str, float] = {}
    for s in series:
        for f in s.figures:
            first_x[f.period] = min(first_x.get(f.period, f.x), f.x)
    cats = sorted(first_x, key=lambda per: first_x[per])
    index = {per: i for i, per in enumerate(cats)}
    out = []
    for s in series:
        repeat = colours_seen.get(s.colour.upper(), 0)
        colours_seen[s.colour.upper()] = repeat + 1
        lanes: list[list] = []
        seen: dict[str, int] = {}
        for f in sorted(s.figures, key=lambda f: f.x):
            k = seen.get(f.period, 0)
            seen[f.period] = k + 1
            while len(lanes) <= k:
                lanes.append([None] * len(cats))
            lanes[k][index[f.period]] = f
        for k, lane in enumerate(lanes):
            other = "" if k == 0 else f" (other source{'' if k == 1 else f' {k}'})"
            markers = "".join(dict.fromkeys(f.source_marker for f in lane if f is not None))
            name = f"{s.label}{other} {markers}".strip()  # each lane names its own sources
            if all(f is None or f.value is None for f in lane):
                name += ": —"  # listed, never drawn: the legend says so
            out.append(_ChartSeries(
                name, s.colour, [f.value if f is not None else None for f in lane],
                [f.label if f is not None else "" for f in lane],
                [_qualified(f) if f is not None else False for f in lane], k > 0, repeat))
    return cats, out, False


def _line_label_positions(series: Sequence[_ChartSeries]) -> dict[tuple[int, int], XL_LABEL_POSITION]:
    """Which line points get a value label, and where: the last point of each series and every
    qualified one. Labels meeting at one category (every series is 100 at an index's base) take
    turns above and below their points, then to the right, instead of printing over each other."""
    at: dict[int, list[tuple[float, int]]] = {}
    for i, s in enumerate(series):
        plotted = [(j, v) for j, v in enumerate(s.values) if v is not None]
        for j, v in plotted:
            if j == plotted[-1][0] or s.qualified[j]:
                at.setdefault(j, []).append((v, i))
    turns = (XL_LABEL_POSITION.ABOVE, XL_LABEL_POSITION.BELOW, XL_LABEL_POSITION.RIGHT,
             XL_LABEL_POSITION.LEFT)
    out: dict[tuple[int, int], XL_LABEL_POSITION] = {}
    for j, labelled in at.items():
        for rank, (_value, i) in enumerate(sorted(labelled, key=lambda t: -t[0])):
            out[(i, j)] = turns[min(rank, len(turns) - 1)]
    return out


def _qualified(f: Figure) -> bool:
    return bool(f.qualifier) or Flag.QUALIFIED in f.flags


def _number_format(values: Sequence[float | None]) -> str:
    decimals = 0
    for v in values:
        if v is None:
            continue
        text = f"{abs(v):.2f}".rstrip("0").rstrip(".")
        decimals = max(decimals, len(text.partition(".")[2]))
    return "#,##0" if decimals == 0 else "#,##0." + "0" * decimals


def _lighter(hex_colour: str, amount: float = 0.45) -> str:
    c = _rgb(hex_colour)
    return "".join(f"{round(v + (255 - v) * amount):02X}" for v in (c[0], c[1], c[2]))


# Series of one actor share its colour (as on screen); a second one on a panel differs in line
# and marker shape so that the legend still tells them apart.
_DASHES = (None, MSO_LINE_DASH_STYLE.DASH, MSO_LINE_DASH_STYLE.ROUND_DOT,
           MSO_LINE_DASH_STYLE.LONG_DASH, MSO_LINE_DASH_STYLE.DASH_DOT)
_MARKERS = (XL_MARKER_STYLE.CIRCLE, XL_MARKER_STYLE.SQUARE, XL_MARKER_STYLE.TRIANGLE,
            XL_MARKER_STYLE.DIAMOND, XL_MARKER_STYLE.X)


def _charts(sl, spec: ChartSpec, x: float, y: float, w: float, h: float) -> None:
    """One native chart per panel, side by side, equal widths: one unit per axis. A spec that
    must not be drawn (an index whose series share no base period) gets its reason instead."""
    if not spec.drawable:
        tf = _warning_box(sl, x + w * 0.1, y + h * 0.2, w * 0.8, h * 0.6, line_pt=2, margin=0.3)
        run = tf.paragraphs[0].add_run()
        run.text = f"⚠ {spec.empty_reason or phrase('No figures to show.', spec.label_language)}"
        _style_run(run, BODY_PT, TEXT, True)
        return
    panels = [p for p in spec.panels if p.series]
    gap = 0.35
    cw = (w - gap * (len(panels) - 1)) / len(panels)
    size = CHART_PT if len(panels) <= 2 else 12
    for i, panel in enumerate(panels):
        _chart(sl, spec, panel, x + i * (cw + gap), y, cw, h, size)


class _Categories(Categories):
    """python-pptx's categories, each one's offset looked up instead of searched for: its
    ``index`` walks every category before the one asked, and every category's ``idx`` asks it
    (for the chart XML and again for the embedded workbook), so a chart of n periods took n²/2
    steps (tier L, 500 periods: ~125,000 twice per chart). Same offsets: a category's is the
    leaf count of those before it, worked out again whenever the number of categories changed."""

    _offsets: dict[int, int] | None = None

    def index(self, category) -> int:  # type: ignore[override]  # python-pptx's own signature
        offsets = self._offsets
        if offsets is None or len(offsets) != len(self._categories):
            offsets, at = {}, 0
            for c in self._categories:
                offsets[id(c)] = at
                at += c.leaf_count
            self._offsets = offsets
        if id(category) not in offsets:
            raise ValueError("category not in top-level categories")
        return offsets[id(category)]


class _WorkbookWriter(CategoryWorkbookWriter):
    """python-pptx's workbook of a chart's figures (PowerPoint's "Edit Data"), the same cells
    written faster: put in xlsxwriter's table directly instead of through ``write`` one by one,
    and the rows written as one string (``_write_rows``). Same order of formats and shared
    strings, so the same workbook; tests/export/test_pptx_fast_xml.py compares every part with
    python-pptx's own. Anything unusual (several category levels, a label that is not text, a
    number xlsxwriter would not write as it is) is left to python-pptx."""

    def _populate_worksheet(self, workbook, worksheet) -> None:
        from xlsxwriter.worksheet import CellBlankTuple, CellNumberTuple, CellStringTuple

        data = self._chart_data
        categories = data.categories
        series = list(data)
        labels = [c.label for c in categories]
        columns = [list(s.values) for s in series]
        plain = (categories.depth == 1 and not worksheet.constant_memory
                 and len(labels) < worksheet.xls_rowmax - 1
                 and len(series) < worksheet.xls_colmax - 1
                 and all(type(x) is str and len(x) <= 8000 for x in labels)
                 and all(type(s.name) is str and len(s.name) <= 8000 for s in series)
                 and all(v is None or (type(v) in (int, float) and math.isfinite(v))
                         for column in columns for v in column)
                 and all(len(column) < worksheet.xls_rowmax - 1 for column in columns))
        if not plain:
            super()._populate_worksheet(workbook, worksheet)
            return
        table, shared = worksheet.table, worksheet.str_table._get_shared_string_index
        # as python-pptx: the categories' format, column A from row 2, then each series' format,
        # its name in row 1 and its values below
        cat_format = workbook.add_format({"num_format": categories.number_format})
        worksheet.set_column(0, 0, 10)
        for row, label in enumerate(labels, 1):
            table[row][0] = CellStringTuple(shared(label), cat_format)
        if labels:
            worksheet._check_dimensions(1, 0)
            worksheet._check_dimensions(len(labels), 0)
        for col, (s, column) in enumerate(zip(series, columns), 1):
            number_format = workbook.add_format({"num_format": s.number_format})
            table[0][col] = CellStringTuple(shared(s.name), None)
            worksheet._check_dimensions(0, col)
            for row, v in enumerate(column, 1):
                table[row][col] = (CellBlankTuple(number_format) if v is None
                                   else CellNumberTuple(v, number_format))
            if column:
                worksheet._check_dimensions(len(column), col)
        if (not worksheet.row_info and not worksheet.comments and worksheet.excel_version == 2007
                and worksheet.default_row_height == worksheet.original_row_height):
            plain_rows = worksheet._write_rows
            worksheet._write_rows = lambda: _write_rows(worksheet, plain_rows)


def _write_rows(worksheet, plain_rows) -> None:
    """xlsxwriter's ``Worksheet._write_rows`` for a sheet of numbers, texts and formatted blanks
    (no row formats, heights or comments): the same XML, built as one string. Any other cell:
    xlsxwriter's own (``plain_rows``)."""
    from xlsxwriter.utility import xl_rowcol_to_cell_fast

    worksheet._calculate_spans()
    spans, table, col_info = worksheet.row_spans, worksheet.table, worksheet.col_info
    out: list[str] = []
    for row_num in range(worksheet.dim_rowmin, worksheet.dim_rowmax + 1):
        row = table.get(row_num)
        if not row:
            continue
        span = spans.get(row_num // 16)
        out.append(f'<row r="{row_num + 1}" spans="{span}">' if span else f'<row r="{row_num + 1}">')
        for col_num in range(worksheet.dim_colmin, worksheet.dim_colmax + 1):
            cell = row.get(col_num)
            if cell is None:
                continue
            attr = f' r="{xl_rowcol_to_cell_fast(row_num, col_num)}"'
            if cell.format:
                attr += f' s="{cell.format._get_xf_index()}"'
            elif col_num in col_info and col_info[col_num].column_format is not None:
                attr += f' s="{col_info[col_num].column_format._get_xf_index()}"'
            kind = cell.__class__.__name__
            if kind == "Number":
                out.append(f"<c{attr}><v>{cell.number:.16G}</v></c>")
            elif kind == "String":
                out.append(f'<c{attr} t="s"><v>{cell.string}</v></c>')
            elif kind == "Blank":
                out.append(f"<c{attr}/>")
            else:
                plain_rows()
                return
        out.append("</row>")
    worksheet.fh.write("".join(out))


class _ChartData(CategoryChartData):
    """Chart data whose workbook is written by ``_WorkbookWriter``."""

    @property
    def _workbook_writer(self):
        writer = self.__dict__.get("_fast_writer")
        if writer is None:
            writer = self.__dict__["_fast_writer"] = _WorkbookWriter(self)
        return writer


PPTX_ZIP_LEVEL = 1  # zlib level of the deck's zip (python-pptx leaves zlib's default, 6)


def _save(prs, buf) -> None:
    """``prs.save(buf)``, the same parts in the same order, zipped at ``PPTX_ZIP_LEVEL``: at
    tier L python-pptx's save spent 18 ms deflating a 1 MB chart part and an already compressed
    workbook at level 6 (the file is ~10 % larger at level 1)."""
    import zipfile

    from pptx.opc.serialized import PackageWriter, _ZipPkgWriter

    class _Zip(_ZipPkgWriter):
        def __init__(self, pkg_file) -> None:
            super().__init__(pkg_file)
            self._fast = zipfile.ZipFile(pkg_file, "w", compression=zipfile.ZIP_DEFLATED,
                                         compresslevel=PPTX_ZIP_LEVEL, strict_timestamps=False)

        def write(self, pack_uri, blob: bytes) -> None:
            self._fast.writestr(pack_uri.membername, blob)

        def __exit__(self, *exc) -> None:
            self._fast.close()

    class _Writer(PackageWriter):
        def _write(self) -> None:  # as PackageWriter._write, into the zip above
            with _Zip(self._pkg_file) as phys_writer:
                self._write_content_types_stream(phys_writer)
                self._write_pkg_rels(phys_writer)
                self._write_parts(phys_writer)

    package = prs.part.package
    _Writer.write(buf, package._rels, tuple(package.iter_parts()))


def _categories(labels) -> Categories:
    categories = _Categories() if FAST_XML else Categories()
    for label in labels:
        categories.add_category(label)
    return categories


def _chart(sl, spec: ChartSpec, panel: Panel, x: float, y: float, w: float, h: float,
           size: float) -> None:
    kind = spec.kind
    cats, series, by_label = _panel_data(kind, panel)
    all_values = [v for s in series for v in s.values]
    data = (_ChartData if FAST_XML else CategoryChartData)(number_format=_number_format(all_values))
    data._categories = _categories(cats)  # as ``data.categories = cats``, offsets looked up
    for s in series:
        data.add_series(s.name, s.values)
    bar = kind == ChartKind.BAR
    chart = sl.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED if bar else XL_CHART_TYPE.LINE_MARKERS,
                                Inches(x), Inches(y), Inches(w), Inches(h), data).chart
    chart.has_title = False  # the slide title says it
    chart.font.size = Pt(size)
    chart.font.color.rgb = _rgb(TEXT)
    _set_fonts(chart.font._rPr)

    plot = chart.plots[0]
    plot.vary_by_categories = False
    if bar:
        plot.gap_width = {1: 220, 2: 120}.get(len(cats), 70)  # a lone bar is not a slab
        plot.overlap = 100 if by_label else 0
    positions = {} if bar else _line_label_positions(series)
    if FAST_XML and _series_xml_fits(series):
        _format_series(plot._element, series, bar, positions, size)
    else:
        _format_series_built(plot, series, bar, positions, size)

    va = chart.value_axis
    va.has_major_gridlines = True
    va.major_gridlines.format.line.color.rgb = _rgb(GRID)
    va.major_gridlines.format.line.width = Pt(0.75)
    va.format.line.fill.background()
    va.major_tick_mark = XL_TICK_MARK.NONE
    va.tick_labels.font.size = Pt(size)
    va.tick_labels.font.color.rgb = _rgb(MUTED)
    biggest = max((abs(v) for v in all_values if v is not None), default=0.0)
    va.tick_labels.number_format = "#,##0" if biggest >= 20 else "General"
    va.tick_labels.number_format_is_linked = False
    if bar or spec.basis != Basis.INDEX:
        # Amounts start at zero, as on screen (bars must; LibreOffice would otherwise zoom in on
        # the tops); an index is read against its base, so its axis may float.
        values = [v for v in all_values if v is not None]
        if values and min(values) >= 0:
            va.minimum_scale = 0
        elif values and max(values) <= 0:
            va.maximum_scale = 0
    va.has_title = True
    va.axis_title.text_frame.text = panel.unit
    _style_run(va.axis_title.text_frame.paragraphs[0].runs[0], size, MUTED)

    ca = chart.category_axis
    ca.has_major_gridlines = False
    ca.major_tick_mark = XL_TICK_MARK.NONE
    ca.format.line.color.rgb = _rgb(AXIS)
    ca.tick_labels.font.size = Pt(size)
    ca.tick_labels.font.color.rgb = _rgb(TEXT)
    ca.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # below negative bars too

    # Bars labelled by series need no legend; lines always do (it is the only place naming them).
    chart.has_legend = not by_label
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(size)
        chart.legend.font.color.rgb = _rgb(TEXT)


# Writing each chart series' formatting and each text run's properties as one piece of XML
# (below, and ``_style_run``) instead of through python-pptx's objects (a proxy and a schema-ordered
# insert per element and attribute): the same elements, attributes and order, which
# tests/export/test_pptx_fast_xml.py compares with the reference path (False) on whole decks.
FAST_XML = True
_C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SHOW = ('<c:showLegendKey val="0"/><c:showVal val="{v}"/><c:showCatName val="0"/><c:showSerName val="0"/>'
         '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')


def _series_xml_fits(series: Sequence[_ChartSeries]) -> bool:
    """Every label is one line of plain text (python-pptx would split a line break into
    paragraphs or escape a control character: left to it)."""
    return all(s.labels[j] and not _CONTROL.search(s.labels[j])
               for s in series for j, v in enumerate(s.values) if v is not None)


def _fill(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


@functools.lru_cache(maxsize=256)
def _rpr_xml(size: float, colour: str, bold: bool, wide: bool) -> str:
    lang = ' lang="ja-JP"' if wide else ""
    return (f'<a:rPr sz="{Pt(size).centipoints}" b="{int(bold)}"{lang}>{_fill(colour)}'
            f'<a:latin typeface="{_xml_escape(LATIN_FONT)}"/><a:ea typeface="{_xml_escape(EA_FONT)}"/></a:rPr>')


def _hex(colour: str) -> str:
    return str(_rgb(colour))


def _format_series(plot_element, series: Sequence[_ChartSeries], bar: bool,
                   positions: dict[tuple[int, int], XL_LABEL_POSITION], size: float) -> None:
    """``_format_series_built``, each series' formatting written as one XML fragment and put
    after its name (``c:tx``), where the schema places spPr, invertIfNegative/marker, dPt and dLbls."""
    from pptx.oxml import parse_xml

    paper = _hex(PAPER)
    for i_s, (ser, s) in enumerate(zip(plot_element.iterchildren(f"{{{_C_NS}}}ser"), series)):
        base = _hex(s.colour.lstrip("#"))
        colour = _lighter(base) if s.secondary else base
        parts: list[str] = []
        if bar:
            fill = colour if not s.repeat else _lighter(base, min(0.25 * s.repeat, 0.75))
            line = ""
            if s.secondary or s.repeat:
                dash = '<a:prstDash val="dash"/>' if s.secondary else ""
                line = f'<a:ln w="{Pt(1.5)}">{_fill(base)}{dash}</a:ln>'
            parts.append(f'<c:spPr>{_fill(fill)}{line}</c:spPr><c:invertIfNegative val="0"/>')
        else:
            dash_style = MSO_LINE_DASH_STYLE.DASH if s.secondary else _DASHES[s.repeat % len(_DASHES)]
            dash = "" if dash_style is None else f'<a:prstDash val="{dash_style.xml_value}"/>'
            symbol = _MARKERS[s.repeat % len(_MARKERS)].xml_value
            parts.append(f'<c:spPr><a:ln w="{Pt(2.75)}">{_fill(colour)}{dash}</a:ln></c:spPr>'
                         f'<c:marker><c:symbol val="{symbol}"/><c:size val="9"/><c:spPr>{_fill(colour)}'
                         f'<a:ln>{_fill(colour)}</a:ln></c:spPr></c:marker>')
        labels: list[str] = []
        for j, v in enumerate(s.values):
            if v is None:
                continue
            if s.qualified[j]:
                if bar:  # a hatched bar with an outline, as on screen
                    parts.append(f'<c:dPt><c:idx val="{j}"/><c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr>'
                                 f'<a:srgbClr val="{base}"/></a:fgClr><a:bgClr><a:srgbClr val="{paper}"/>'
                                 f'</a:bgClr></a:pattFill><a:ln w="{Pt(2)}">{_fill(base)}</a:ln></c:spPr></c:dPt>')
                else:  # a hollow diamond
                    parts.append(f'<c:dPt><c:idx val="{j}"/><c:marker><c:symbol val="diamond"/><c:size val="11"/>'
                                 f'<c:spPr>{_fill(paper)}<a:ln>{_fill(colour)}</a:ln></c:spPr></c:marker></c:dPt>')
            if not bar and (i_s, j) not in positions:
                continue
            text = s.labels[j]
            where = (XL_LABEL_POSITION.OUTSIDE_END if bar else positions[(i_s, j)]).xml_value
            labels.append(f'<c:dLbl><c:idx val="{j}"/><c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/><a:p>'
                          f'<a:r>{_rpr_xml(size, _hex(TEXT), bar, _has_wide(text))}<a:t>{_xml_escape(text)}</a:t></a:r>'
                          f'</a:p></c:rich></c:tx><c:dLblPos val="{where}"/>{_SHOW.format(v=1)}</c:dLbl>')
        if labels:
            parts.append(f'<c:dLbls>{"".join(labels)}{_SHOW.format(v=0)}<c:showLeaderLines val="1"/></c:dLbls>')
        fragment = parse_xml(f'<c:x xmlns:c="{_C_NS}" xmlns:a="{_A_NS}">{"".join(parts)}</c:x>')
        tx = ser.find(f"{{{_C_NS}}}tx")
        at = ser.index(tx) + 1 if tx is not None else 2
        for k, child in enumerate(list(fragment)):
            ser.insert(at + k, child)


def _format_series_built(plot, series: Sequence[_ChartSeries], bar: bool,
                          positions: dict[tuple[int, int], XL_LABEL_POSITION], size: float) -> None:
    """Colours, lines, markers, hatched and hollow points and value labels, through python-pptx's
    objects one element at a time (the reference for ``_format_series``, which writes the same XML)."""
    for i_s, (ser, s) in enumerate(zip(plot.series, series)):
        base = s.colour.lstrip("#")
        colour = _lighter(base) if s.secondary else base
        if bar:
            ser.invert_if_negative = False
            ser.format.fill.solid()
            ser.format.fill.fore_color.rgb = _rgb(colour if not s.repeat else
                                                  _lighter(base, min(0.25 * s.repeat, 0.75)))
            if s.secondary or s.repeat:
                ser.format.line.color.rgb = _rgb(base)
                ser.format.line.width = Pt(1.5)
                if s.secondary:
                    ser.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        else:
            ser.smooth = False
            ser.format.line.color.rgb = _rgb(colour)
            ser.format.line.width = Pt(2.75)
            dash = MSO_LINE_DASH_STYLE.DASH if s.secondary else _DASHES[s.repeat % len(_DASHES)]
            if dash is not None:
                ser.format.line.dash_style = dash
            ser.marker.style = _MARKERS[s.repeat % len(_MARKERS)]
            ser.marker.size = 9
            ser.marker.format.fill.solid()
            ser.marker.format.fill.fore_color.rgb = _rgb(colour)
            ser.marker.format.line.color.rgb = _rgb(colour)
        plotted = [j for j, v in enumerate(s.values) if v is not None]
        for j in plotted:
            if bar and s.qualified[j]:
                # As on screen: a bound or approximate figure is a hatched bar with an outline.
                fmt = ser.points[j].format
                fmt.fill.patterned()
                fmt.fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL
                fmt.fill.fore_color.rgb = _rgb(base)
                fmt.fill.back_color.rgb = _rgb(PAPER)
                fmt.line.color.rgb = _rgb(base)
                fmt.line.width = Pt(2)
            if not bar and s.qualified[j]:
                # As on screen: a bound or approximate figure is a hollow diamond, not a dot.
                marker = ser.points[j].marker
                marker.style = XL_MARKER_STYLE.DIAMOND
                marker.size = 11
                marker.format.fill.solid()
                marker.format.fill.fore_color.rgb = _rgb(PAPER)
                marker.format.line.color.rgb = _rgb(colour)
            # Custom text: the figure as shown everywhere else, qualifier included (">60 %").
            # On busy line charts only the last point and qualified figures are labelled.
            if not bar and (i_s, j) not in positions:
                continue
            dl = ser.points[j].data_label
            dl.text_frame.text = s.labels[j]
            dl.text_frame.word_wrap = False  # "74.44 bn USD" on one line
            _style_run(dl.text_frame.paragraphs[0].runs[0], size, TEXT, bar)
            dl.position = XL_LABEL_POSITION.OUTSIDE_END if bar else positions[(i_s, j)]


def _table(sl, header: list[str], rows: list[list[str]], x: float, y: float, w: float,
           h: float, lang: str = "en") -> int:
    """A native table, font shrunk (16 → 10 pt) to fit, then rows dropped (at most TABLE_MAX_ROWS
    in any case); the caller puts the rest in the notes. Returns how many data rows are shown."""
    shown = rows[:TABLE_MAX_ROWS]
    pad = 0.2  # cell margins, left + right
    ncols = len(header)

    def plan(size: float):
        natural = [max(_text_width_pt(r[c], size, r is header) / 72 for r in [header, *shown])
                   + pad + 0.05 for c in range(ncols)]
        widths = [min(n, w * (0.45 if c == 0 else 0.3)) for c, n in enumerate(natural)]
        total = sum(widths)
        widths = [cw * w / total for cw in widths]  # fill the width, keeping the proportions
        heights = [max(_line_count(cell, cw - pad, size, r is header) for cell, cw in zip(r, widths))
                   * size * LINE_SPACING / 72 + 0.1 for r in [header, *shown]]
        return widths, heights

    def room() -> float:
        return h - (0.4 if len(shown) < len(rows) else 0.0)  # the "continued" line

    size = TABLE_PT
    widths, heights = plan(size)
    while size > TABLE_MIN_PT and sum(heights) > room():
        size -= 1
        widths, heights = plan(size)
    while len(shown) > 1 and sum(heights) > room():
        shown = shown[:-1]
        widths, heights = plan(size)
    more = len(rows) - len(shown)
    gf = sl.shapes.add_table(len(shown) + 1, ncols, Inches(x), Inches(y), Inches(w),
                             Inches(sum(heights)))
    table = gf.table
    table.first_row = True
    table.horz_banding = False
    for c, cw in enumerate(widths):
        table.columns[c].width = Inches(cw)
    for r, rh in enumerate(heights):
        table.rows[r].height = Inches(rh)
    for r, values in enumerate([header, *shown]):
        for c, text in enumerate(values):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = Inches(pad / 2)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(HEADER_FILL if r == 0 else
                                            (BAND_FILL if r % 2 == 0 else PAPER))
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            p.alignment = PP_ALIGN.LEFT if c < 2 else PP_ALIGN.RIGHT  # figures align right
            run = p.add_run()
            run.text = text
            _style_run(run, size, HEADER_TEXT if r == 0 else TEXT, bold=r == 0)
    if more:
        _textbox(sl, x, y + sum(heights) + 0.08, w, 0.32,
                 [_Para(phrase("Showing {shown} of {total} rows; the rest are continued in the notes.",
                               lang, shown=len(shown), total=len(rows)), SOURCE_LINE_PT, MUTED)])
    return len(shown)


# -- picture, text, sources and title slides -------------------------------------------------------

def picture_box(s: Slide) -> tuple[float, float]:
    """Width and height (inches) a picture slide gives its picture: the timeline is drawn for
    exactly this box, so its type keeps its point size on the slide."""
    top = _plan_header(s.title, s.subtitle).bottom
    return CONTENT_W, _plan_sources(s, top, PICTURE_SOURCES_SHARE).top - 0.1 - top


def _picture_slide(prs, layout, s: Slide, deck_marking: str) -> None:
    header = _plan_header(s.title, s.subtitle)
    sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
    _draw_header(sl, header)
    top = header.bottom
    sources = _plan_sources(s, top, PICTURE_SOURCES_SHARE)
    bw, bh = picture_box(s)
    if s.picture_png:
        px_w, px_h = Image.from_blob(s.picture_png).size
        scale = min(bw / px_w, bh / px_h)  # fit, keeping the aspect ratio
        pw, ph = px_w * scale, px_h * scale
        sl.shapes.add_picture(io.BytesIO(s.picture_png), Inches(MARGIN + (bw - pw) / 2),
                              Inches(top + (bh - ph) / 2), Inches(pw), Inches(ph))
    else:
        _textbox(sl, MARGIN, top, bw, bh, [_Para("No picture.", BODY_PT, MUTED)],
                 align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
    _draw_sources(sl, s, sources)
    _footer(sl, s.source_line, s.date or today())
    _continued_sources(prs, layout, s, sources, deck_marking)


def _paras_height(paras: Sequence[str], width: float, size: float, gap_pt: float) -> float:
    return sum(_height_in(_line_count(p, width, size), size) + gap_pt / 72 for p in paras)


def _paginate(paras: Sequence[str], width: float, height: float, size: float,
              gap_pt: float) -> list[list[str]]:
    """Pages no taller than ``height``, as few as can be, and evenly filled (no lonely last page)."""
    heights = [_paras_height([p], width, size, gap_pt) for p in paras]  # each measured once

    def fill(limit: float) -> list[list[str]]:
        pages: list[list[str]] = [[]]
        used = 0.0  # the page's height so far, summed in order as _paras_height sums it
        for p, h in zip(paras, heights):
            if pages[-1] and used + h > limit:
                pages.append([])
                used = 0
            pages[-1].append(p)
            used += h
        return pages

    pages = fill(height)
    lo, hi = 0.0, height
    for _ in range(20):  # the lowest limit that needs no more pages
        mid = (lo + hi) / 2
        if len(fill(mid)) <= len(pages):
            hi = mid
        else:
            lo = mid
    return fill(hi)


def _text_slides(prs, layout, s: Slide, deck_marking: str) -> None:
    """Text (an event) or the sources list; shrunk to fit, else continued on further slides."""
    sources = s.kind == "sources"
    big, small = (SOURCES_PT, SOURCES_MIN_PT) if sources else (BODY_PT, BODY_MIN_PT)
    gap_pt = 4 if sources else 6
    paras = [p for p in s.paragraphs if p.strip()] or ["(nothing to show)"]
    header = _plan_header(s.title, s.subtitle)
    title = s.title or "Sources"
    cont = _plan_header(title if title.endswith(("(continued)", "（続き）")) else
                        phrase("{title} (continued)", _lang(s), title=title), s.subtitle)
    sources_plan = _plan_sources(s, max(header.bottom, cont.bottom))
    bottom = sources_plan.top - 0.1
    width = CONTENT_W
    height = bottom - max(header.bottom, cont.bottom)
    size = big
    while size > small and _paras_height(paras, width, size, gap_pt) > height:
        size -= 1
    if _paras_height(paras, width, size, gap_pt) <= bottom - header.bottom:
        pages = [paras]
    else:
        size = 12 if sources else BODY_MIN_PT
        pages = _paginate(paras, width, height, size, gap_pt)
    for i, page in enumerate(pages):
        h = header if i == 0 else cont
        sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
        _draw_header(sl, h)
        _textbox(sl, MARGIN, h.bottom, width, bottom - h.bottom,
                 [_Para(p, size, TEXT, space_after=gap_pt) for p in page], shrink=True)
        _draw_sources(sl, s, sources_plan)  # every page of an event carries its sources
        _footer(sl, s.source_line, s.date or today())
    _continued_sources(prs, layout, s, sources_plan, deck_marking)


def _title_slide(prs, layout, s: Slide, deck_marking: str) -> None:
    sl = _new_slide(prs, layout, s, deck_marking, _notes(s))
    size = 44 if _line_count(s.title, CONTENT_W, 44, True) == 1 else 36
    title = _truncate(s.title, CONTENT_W, size, 2, bold=True)
    title_h = _height_in(_line_count(title, CONTENT_W, size, True), size) + 0.1
    y = 2.0
    bar = sl.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(MARGIN), Inches(y - 0.25), Inches(1.4),
                              Inches(0.08))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(ACCENT)
    bar.line.fill.background()
    bar.shadow.inherit = False
    _textbox(sl, MARGIN, y, CONTENT_W, title_h, [_Para(title, size, TEXT, True)])
    y += title_h + 0.1
    lines = []
    if s.subtitle:
        lines.append(_Para(_truncate(s.subtitle, CONTENT_W, 22, 3), 22, MUTED, space_after=10))
    if s.date:
        lines.append(_Para(s.date, 18, MUTED, space_after=18))
    lines += [_Para(p, 16, MUTED, space_after=4) for p in s.paragraphs if p.strip()]
    if lines:
        _textbox(sl, MARGIN, y, CONTENT_W, CONTENT_BOTTOM - y, lines, shrink=True)
    _footer(sl, s.source_line, s.date or today())


# -- document properties -----------------------------------------------------------------------------

def _set_properties(prs, slides: Sequence[Slide], title: str, marking: str, receipt: str) -> None:
    cp = prs.core_properties
    marking = marking or next((s.marking for s in slides if s.marking), "")
    if not receipt:
        # A single exported view: the receipt its slides share (several different ones: none).
        receipts = {s.receipt_json for s in slides if s.receipt_json}
        receipt = receipts.pop() if len(receipts) == 1 else ""
    cp.title = (title or slides[0].title)[:255]
    cp.subject = marking[:255]
    cp.keywords = f"{marking} briefing-explorer".strip()[:255]
    cp.category = "Briefing Explorer export"
    cp.author = cp.last_modified_by = "Briefing Explorer"
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)  # written as UTC
    cp.created = cp.modified = now
    cp.revision = 1
    # Receipts are longer than the 255 characters python-pptx allows through its setter; the
    # property itself (dc:description) has no such limit, so the element is written directly.
    cp.comments = ""
    cp._element.find(qn("dc:description")).text = receipt
    sources = list(dict.fromkeys(line for s in slides for line in _sources_lines(s)
                                 if line[:1] == "["))
    # Keywords carry the marking and every source, so they travel with the file (<= 255 in the
    # setter: the element is written directly, as for the receipt).
    cp.keywords = "briefing-explorer"
    cp._element.find(qn("cp:keywords")).text = "; ".join([marking, *sources] if marking else sources) \
        or "briefing-explorer"


def _set_app_properties(prs, titles: Sequence[str], thumbnail_jpeg: bytes) -> None:
    """docProps/app.xml as this application writes it (python-pptx's template says "Microsoft
    Macintosh PowerPoint", 4:3 and no slides), and the thumbnail of slide 1 when given."""
    from explorer import __version__

    vector = "".join(f"<vt:lpstr>{_xml_escape(t[:255])}</vt:lpstr>" for t in titles)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>Briefing Explorer {_xml_escape(__version__)}</Application>"
        "<PresentationFormat>Widescreen (16:9)</PresentationFormat>"
        f"<Slides>{len(titles)}</Slides><Notes>{len(titles)}</Notes><HiddenSlides>0</HiddenSlides>"
        "<HeadingPairs><vt:vector size=\"4\" baseType=\"variant\">"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f"<TitlesOfParts><vt:vector size=\"{len(titles) + 1}\" baseType=\"lpstr\">"
        f"<vt:lpstr>Office Theme</vt:lpstr>{vector}</vt:vector></TitlesOfParts>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>")
    for part in prs.part.package.iter_parts():
        name = str(part.partname)
        if name == "/docProps/app.xml":
            part._blob = xml.encode("utf-8")
        elif name == "/docProps/thumbnail.jpeg" and thumbnail_jpeg:
            part._blob = thumbnail_jpeg


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
