"""A timeline made for a slide: the span the user asked for, legible labels, numbered sources.

``timeline_picture`` decides what an exported timeline shows (``explorer.charts.timeline_span``:
the view's range, else the filter's dates, else the bulk of the events, with outliers named at the
axis' edge; only lanes with events in that span) and lays it out once at its design size, so the
slide's appendix and footnotes can say exactly which events carry a label. ``TimelinePicture``
paints that layout with the one timeline painter, scaled to whatever room the slide gives it
(vector in SVG and PDF); the PowerPoint picture is the same widget rendered to PNG.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.charts import timeline_layout as tl
from explorer.charts import timeline_span as ts
from explorer.domain.dates import date_from_day_number
from explorer.domain.labels import format_date, timeline_phrase
from explorer.qt.fonts import export_font
from explorer.qt.render.timeline_painter import SlideStyle, TimelinePainter

SLIDE_WIDTH_PT = 13.333 * 72  # a 16:9 slide is 13.33 in wide: type is sized for that
LABEL_PT = 13.0  # one size for labels, lane names and ticks; 12 pt survives a 0.92 scale
_EDGE_NOTE_EVENTS = 3  # events named by title at an edge; more are counted


@dataclass(frozen=True)
class TimelinePlan:
    """What the picture shows, for the slide's text: rows are event rows of the pack."""

    span: ts.SlideSpan
    on_axis: tuple[int, ...]  # events whose dates meet the axis, by date
    labelled: tuple[int, ...]  # those carrying a label in the picture
    off_axis: tuple[int, ...]  # outliers left off the axis (named at its edge)
    source_ids: tuple[str, ...]  # in the order the picture numbers them ([1], [2], ...)
    lane_labels: tuple[str, ...]


class TimelinePicture(QWidget):
    """Paints a laid-out timeline at its design size, scaled down (never up) to fit."""

    def __init__(self, painter: TimelinePainter, design: QSize, day_range: tuple[float, float]):
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self._painter = painter
        self._design = QSize(design)
        self._range = day_range
        # full height: the canvas grows rather than squeeze the type under 12 pt; a slightly
        # narrower slot only scales it a little (13 pt labels stay above 12 pt)
        self.setMinimumSize(QSize(int(design.width() * 0.92), design.height()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.resize(design)

    def sizeHint(self) -> QSize:
        return QSize(self._design)

    def paintEvent(self, event: QPaintEvent) -> None:
        w, h = self._design.width(), self._design.height()
        scale = min(1.0, self.width() / w, self.height() / h)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.translate((self.width() - w * scale) / 2, 0)
            painter.scale(scale, scale)
            self._painter.paint(painter, w, h, self._range)
        finally:
            painter.end()


def design_size(width: int, height: int) -> QSize:
    """The picture's size on a ``width`` × ``height`` slide: the width inside the slide's
    0.35 in margins, about two thirds of the height (title and footer take the rest; a slide
    whose sources need more room grows taller rather than shrink the timeline's type)."""
    margin = int(0.35 * width / 13.333)
    return QSize(max(width - 2 * margin, 320), max(round(height * 0.66), 200))


def _year(pack, row: int) -> str:
    return str(date_from_day_number(int(pack.events["start_day"].iat[row])).year)


def _edge_note(pack, rows: list[int], markers: dict[int, str], word: str,
               label_language: str = "en") -> str:
    """``word`` "Earlier" or "Later": the events left off the axis on that side, named."""
    if not rows:
        return ""
    titles = tl.event_titles(pack, label_language)
    year = "{}年" if label_language == "ja" else "{}"
    named = [f"{year.format(_year(pack, r))} {titles.iat[r]}"
             + (f" {markers[r]}" if markers.get(r) else "") for r in rows[:_EDGE_NOTE_EVENTS]]
    more = len(rows) - len(named)
    tail = timeline_phrase("; and {n} more (appendix)", label_language, n=more) if more > 0 else ""
    sep = "；" if label_language == "ja" else "; "
    return timeline_phrase(f"{word}, off the axis: {{events}}", label_language,
                           events=sep.join(named)) + tail


def span_text(span: ts.SlideSpan, label_language: str = "en") -> str:
    """``Jan 2018 – Feb 2026`` / ``2018年1月～2026年2月`` (the axis as drawn; its end is
    exclusive)."""
    lo = date_from_day_number(int(span.day0))
    hi = date_from_day_number(max(int(np.ceil(span.day1)) - 1, int(span.day0)))
    whole_months = lo.day == 1 and (hi + _dt.timedelta(days=1)).day == 1
    a = format_date(lo.year, lo.month, None if whole_months else lo.day, label_language)
    b = format_date(hi.year, hi.month, None if whole_months else hi.day, label_language)
    return timeline_phrase("{first} – {last}", label_language, first=a, last=b)


def timeline_picture(pack, visible_rows, *, lanes: str = "partner", eras: bool = True,
                     view_from: float | None = None, view_to: float | None = None,
                     filter_from: float | None = None, filter_to: float | None = None,
                     slide_width: int = 1920, design: QSize | None = None,
                     selected=(), label_language: str = "en"
                     ) -> tuple[TimelinePicture, TimelinePlan]:
    """Lay out a timeline for a slide ``slide_width`` px wide; ``design``: the picture's size;
    ``label_language``: titles, lane names, legend, axis and edge notes in "en", "ja" or "both".
    Always drawn in the light theme (a slide goes on a white screen)."""
    ev = pack.events
    design = design or design_size(slide_width, round(slide_width * 9 / 16))
    start = ev["start_day"].to_numpy().astype(np.int64)
    end = ev["end_day"].to_numpy().astype(np.int64)
    visible = np.asarray(visible_rows, dtype=np.int64)
    span = ts.slide_span(start, end, visible, view_from=view_from, view_to=view_to,
                         filter_from=filter_from, filter_to=filter_to)
    on_axis = ts.rows_in_span(start, end, visible, span)
    on_set = set(on_axis.tolist())
    before = [r for r in span.before if r not in on_set]
    after = [r for r in span.after if r not in on_set]

    source = tl.TimelineSource(pack)
    p = source.placements(lanes, lang=label_language)
    kept = np.flatnonzero(np.isin(p.event_row, on_axis))
    used = np.unique(p.lane[kept]).astype(np.int64)  # lanes without an event here are left out
    lane_of = np.zeros(max(p.n_lanes, 1), dtype=np.int16)
    lane_of[used] = np.arange(len(used), dtype=np.int16)
    p = replace(p, lane=lane_of[p.lane], lane_labels=tuple(p.lane_labels[i] for i in used))

    source_ids, markers = ts.source_numbers([*on_axis.tolist(), *before, *after], ev["source_ids"])
    priority = ts.label_priority(ev["kind"].to_numpy(), source.has_track, start, selected,
                                 ev["status"].to_numpy())
    style = SlideStyle(px_per_pt=slide_width / SLIDE_WIDTH_PT, priority=priority, markers=markers,
                       edge_notes=(_edge_note(pack, before, markers, "Earlier", label_language),
                                   _edge_note(pack, after, markers, "Later", label_language)),
                       label_pt=LABEL_PT, small_pt=LABEL_PT)
    painter = TimelinePainter(export_font(20), style, label_language=label_language)
    painter.eras_visible = eras
    painter.set_pack(tl.event_titles(pack, label_language),
                     tl.era_bands(pack, label_language) if eras and len(pack.eras) else None)
    painter.set_placements(p)
    painter.set_kept(kept)
    frame = painter.frame(design.width(), design.height(), (span.day0, span.day1))
    def n_labelled(f) -> int:  # None when nothing is drawn (a filter that keeps no event)
        return 0 if f.labelled is None else len(f.labelled)

    if eras and n_labelled(frame) < len(on_axis):  # the eras' rows may cost events labels:
        painter.eras_visible = False                  # events matter more than eras
        painter.invalidate()
        without = painter.frame(design.width(), design.height(), (span.day0, span.day1))
        if n_labelled(without) > n_labelled(frame):
            frame = without
        else:
            painter.eras_visible = True
            painter.invalidate()
            frame = painter.frame(design.width(), design.height(), (span.day0, span.day1))
    labelled = tuple(int(r) for r in (frame.labelled if frame.labelled is not None else ()))
    plan = TimelinePlan(span, tuple(on_axis.tolist()), labelled, tuple(before + after),
                        tuple(source_ids), p.lane_labels)
    return TimelinePicture(painter, design, (span.day0, span.day1)), plan
