"""Where everything of one timeline frame goes: the plot, the lanes and their rows, each item and its
label on screen, and on a slide the labels chosen most important first.

Each function is a method of ``TimelinePainter`` (``explorer.qt.render.timeline_painter``),
assigned in its class body: ``self`` is the painter.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
)

from explorer.charts import timeline_layout as tl
from explorer.charts import timeline_span as ts
from explorer.charts.time_axis import time_ticks
from explorer.qt.render.timeline_frame import (
    INSIDE_HATCHED_LABEL_MIN_PX,
    INSIDE_LABEL_MIN_PX,
    LABEL_RESERVE_PX,
    LABEL_STACK_LIMIT,
    MAX_STACK_ROWS,
    SLIDE_LABEL_TRIALS,
    STACK_ALL_LIMIT,
    Frame,
)

STACKINGS_KEPT = 6  # stackings remembered: kept sets and zoom levels seen lately
LANES_KEPT = True  # False: the lanes' heights shared out every frame (the tests)
QUERY_ONCE = True  # False: a crowded view counted, then an uncrowded one queried (the tests)

if TYPE_CHECKING:
    from explorer.qt.render.timeline_painter import TimelinePainter


def _gutter_width(self: TimelinePainter) -> float:
    labels = list(self.lane_labels)
    if self.eras_visible and self._eras is not None:
        labels += list(self._eras.row_labels)

    def widest_label() -> float:
        fm = QFontMetricsF(self._font)
        return max((fm.horizontalAdvance(t) for t in labels), default=60.0)

    widest = self._memo(("gutter", tuple(labels), self._font.key()), widest_label)
    if self.slide is not None:  # lane names in full: a slide cannot show a tooltip
        return float(min(max(widest + 28.0, 110.0), self._w * 0.24))
    return float(min(max(widest + 22.0, 110.0), 220.0, self._w * 0.3))


# A frame's layout round the plot (gutter, era strip, legend, axis: where the plot is) depends on
# the size, the fonts, the lanes, the eras and the legend's colours, never on the range: kept
# while the painter's version is the same, so a pan or zoom does not measure them again (~0.05 ms
# a frame). False: worked out for every frame (the tests, the same-run measurement).
LAYOUT_KEPT = True


def _frame_layout(self: TimelinePainter) -> tuple:
    """``(gutter, era_rect, era_row_h, plot (x, y, w, h), axis_y, legend_y, tick spacing,
    label line height)`` of a frame at the painter's size."""
    key = (self._version, self._w, self._h, self.eras_visible, self.lang, id(self._placements),
           id(self._eras))
    if LAYOUT_KEPT and self.slide is None and self._layout is not None and self._layout[0] == key:
        return self._layout[1]
    w, h = float(self._w), float(self._h)
    small = QFontMetricsF(self._label_font)
    era_fm = QFontMetricsF(self._small_font)
    gutter = self._gutter_width()
    era_rows = (len(self._eras.row_labels)
                if self.eras_visible and self._eras is not None else 0)
    era_row_h = self._line_h(self._small_font, era_fm) + 6.0
    top = 6.0
    right = w - 14.0
    era_rect = (gutter, top, right - gutter, era_rows * era_row_h) if era_rows else None
    plot_top = top + era_rows * era_row_h + (6.0 if era_rows else 0.0)
    legend_h = self._legend_height(w)
    line_h = self._line_h(self._label_font, small)
    axis_h = line_h + 14.0
    notes_h = line_h + 6.0 if self.slide is not None and any(self.slide.edge_notes) else 0.0
    plot_bottom = max(plot_top + 40.0, h - legend_h - axis_h - notes_h)
    plot = (gutter, plot_top, max(right - gutter, 10.0), plot_bottom - plot_top)
    # Tick labels never closer than the widest one needs (slides use large type).
    widest_tick = "2025年12月" if self.lang == "ja" else "Sep 2025"
    spacing = max(tl.MIN_LABEL_SPACING_PX, small.horizontalAdvance(widest_tick) + 20.0)
    layout = (gutter, era_rect, era_row_h, plot, plot_bottom, plot_bottom + axis_h + notes_h,
              spacing, small.height())
    self._layout = (key, layout)
    return layout


def _compute_frame(self: TimelinePainter, selected: int | None) -> Frame:
    gutter, era_box, era_row_h, plot_box, axis_y, legend_y, spacing, text_h = _frame_layout(self)
    plot = QRectF(*plot_box)
    d0, d1 = self._range
    ppd = plot.width() / (d1 - d0)
    f = Frame(plot=plot, gutter=gutter, era_rect=None if era_box is None else QRectF(*era_box),
              era_row_h=era_row_h, axis_y=axis_y, legend_y=legend_y,
              x_origin=self._origin(plot.left() - d0 * ppd),
              px_per_day=ppd, ticks=time_ticks(d0, d1, plot.width(), min_spacing=spacing,
                                               lang=self.lang))
    p = self._placements
    if p is None or self._index is None or p.n_lanes == 0:
        return f
    margin = 12.0 / ppd  # markers near an edge still show
    n_lanes = p.n_lanes
    # Counted first when there are enough kept events to crowd the view (a crowded frame
    # never needs their ids), in the pass that gathers them when it is not crowded. Slides
    # pass math.inf (never crowded); is_crowded only compares, its stub says int.
    hits: np.ndarray | int | None = None
    if len(self._kept) > self.density_threshold:
        hits = (self._index.query_unless_crowded(d0 - margin, d1 + margin,
                                                 self.density_threshold)  # type: ignore[arg-type]
                if QUERY_ONCE else self._index.count(d0 - margin, d1 + margin))
    if isinstance(hits, int) and tl.is_crowded(hits, self.density_threshold):  # type: ignore[arg-type]
        f.n_in_view = hits
        rows = ("crowded", n_lanes, plot.height())  # a row each: the same on every such frame
        f.lanes = self._lanes_kept.get(rows) if LANES_KEPT else None
        if f.lanes is None:
            ones = np.ones(n_lanes, dtype=np.int64)
            if len(self._lanes_kept) >= 32:
                self._lanes_kept.clear()
            f.lanes = self._lanes_kept[rows] = tl.allocate_lanes(ones, ones, plot.height(),
                                                                pad=4.0)
        # Each kept item counts in the column of its middle day. Those middles are sorted
        # once per filter, so a frame looks only at the items whose middle is within a
        # couple of pixels of the plot (an item whose middle is in view is in view),
        # not at every item the query finds (0.3 ms of gathering 10^5 items, measured).
        mid, lane = self._kept_middles()
        slack = 2.0 / ppd
        lo, hi = np.searchsorted(mid, [(plot.left() - f.x_origin) / ppd - slack,
                                       (plot.right() - f.x_origin) / ppd + slack])
        cols = f.x_origin + mid[lo:hi] * ppd - plot.left()
        inside = (cols >= 0) & (cols < plot.width())
        f.density = tl.density_histogram(lane[lo:hi][inside], cols[inside], n_lanes,
                                         int(plot.width()))
        return f

    idx = (hits if isinstance(hits, np.ndarray)
           else self._index.query(d0 - margin, d1 + margin))
    f.n_in_view = len(idx)
    if self.slide is not None:
        return self._slide_frame(f, idx)
    ext = tl.item_extents(p, idx, f.x_origin, ppd, marker_radius=5.0)
    rows_lab, rows_cmp = self._stack(idx, ext, ppd)
    lane = p.lane[idx].astype(np.int64)
    need_lab = np.ones(n_lanes, dtype=np.int64)
    need_cmp = np.ones(n_lanes, dtype=np.int64)
    np.maximum.at(need_lab, lane, rows_lab + 1)
    np.maximum.at(need_cmp, lane, rows_cmp + 1)
    # A drag keeps the lanes' needs for many steps: their heights are found again, not shared
    # out afresh (~0.13 ms a frame at tier M). Keyed by every input of ``allocate_lanes``.
    key = (need_lab.tobytes(), need_cmp.tobytes(), plot.height(), text_h)
    geom = self._lanes_kept.get(key) if LANES_KEPT else None
    if geom is None:
        geom = tl.allocate_lanes(need_lab, need_cmp, plot.height(), pitch=text_h + 5.0,
                                 min_pitch=text_h + 1.0, pad=4.0)
        if len(self._lanes_kept) >= 32:
            self._lanes_kept.clear()
        self._lanes_kept[key] = geom
    row = np.where(geom.labelled[lane], rows_lab, rows_cmp)
    # Rows past a lane's cap are not drawn (overlapping bars would hide each other's colour
    # and text); they show as ticks and a "+N" count. The selection is always drawn.
    cap = geom.rows[lane]
    over = row >= cap
    if selected is not None:
        promote = over & (p.event_row[idx] == selected)
        row = np.where(promote, cap - 1, row)
        over &= ~promote
    if over.any():
        f.overflow_rows = p.event_row[idx[over]]
        f.overflow_lane = lane[over]
        f.overflow_x = np.clip((ext.shape_x0[over] + ext.shape_x1[over]) / 2, plot.left(),
                               plot.right() - 1)
        keep = ~over
        idx, lane, row, ext = idx[keep], lane[keep], row[keep], ext.take(keep)
    f.lanes = geom
    f.idx = idx
    f.x0, f.x1, f.is_point = ext.shape_x0, ext.shape_x1, ext.is_point
    f.tx0, f.tx1 = ext.track_x0, ext.track_x1
    f.y = plot.top() + geom.row_centre(lane, row)
    f.half_h = max(2.5, min(7.5, geom.pitch / 2 - 2.0))
    f.radius = max(3.0, min(5.5, geom.pitch * 0.32))
    if geom.pitch >= text_h + 1.0:
        text_w = self.label_widths_for(p.event_row[idx])
        # After a milestone track rather than across it, when its end is on screen.
        anchor = np.where(ext.extent_x1 + 40.0 < plot.right(), ext.extent_x1, ext.shape_x1)
        inside_ok = self._carries_label(idx, ext, plot.left(), plot.right())
        inside_ok &= 2 * f.half_h + 3.0 >= text_h  # text taller than bars stays outside
        f.label_x, f.label_w, f.label_inside = tl.place_labels(
            lane, row, ext.extent_x0, ext.extent_x1, text_w, left=plot.left(),
            right=plot.right(), shape_x0=ext.shape_x0, shape_x1=ext.shape_x1, anchor=anchor,
            inside_ok=inside_ok, inside_min=INSIDE_LABEL_MIN_PX,
            # hatched bars keep their hatching visible: text beside them when it fits
            inside_fraction=np.where(p.is_span[idx], 1.0, 0.7), prefer_outside=~p.is_span[idx])
    return f


def _kept_middles(self: TimelinePainter) -> tuple[np.ndarray, np.ndarray]:
    """The kept placements' middle days, ascending, and their lanes (once per filter)."""
    p = self._placements
    assert p is not None  # asked for by density frames, which have placements
    key = (id(p), self._filter_version)
    if self._middles is None or self._middles[0] != key:
        self._middles = (key, *p.middles_in_order(self._kept))
    return self._middles[1], self._middles[2]


def _line_h(self: TimelinePainter, font: QFont, fm: QFontMetricsF) -> float:
    """Height of a line of text: on slides 1.3 em (the bundled CJK font's own line height,
    about 1.45 em, wastes rows a slide cannot spare), on screen the font's."""
    if self.slide is not None and font.pixelSize() > 0:
        return font.pixelSize() * 1.3
    return fm.height()


def _slide_frame(self: TimelinePainter, f: Frame, idx: np.ndarray) -> Frame:
    """Labels for a picture: one size, each in full room of its own (stacked first), the
    most important events first; as many as the height allows at a legible size."""
    p, plot = self._placements, f.plot
    assert p is not None and self.slide is not None  # _compute_frame: a slide with placements
    slide = self.slide
    fm = QFontMetricsF(self._label_font)
    text_h = self._line_h(self._label_font, fm)
    pitch = text_h + 4.0
    radius = max(5.0, text_h * 0.3)
    ext = tl.item_extents(p, idx, f.x_origin, f.px_per_day, marker_radius=radius,
                          min_bar=radius * 1.4, min_span=3.0)
    left, right = plot.left(), plot.right()
    lane = p.lane[idx].astype(np.int64)
    rows_ev = p.event_row[idx]
    ex0, ex1 = np.clip(ext.extent_x0, left, right), np.clip(ext.extent_x1, left, right)
    sx0, sx1 = np.clip(ext.shape_x0, left, right), np.clip(ext.shape_x1, left, right)
    gap = 8.0
    markers = [slide.markers.get(int(r), "") for r in rows_ev.tolist()]
    marker_w = np.array([fm.horizontalAdvance(" " + m) if m else 0.0 for m in markers])
    want = np.minimum(self.label_widths_for(rows_ev) + marker_w, plot.width() * 0.45)
    need = np.minimum(want, fm.horizontalAdvance("x" * 16) + marker_w)  # still says what it is
    # Where a label goes: after the item's whole extent (its milestone track), else after
    # its mark, else before its mark; the first with room for all of it, else the roomiest.
    starts = np.stack([ex1 + gap, sx1 + gap, np.full(len(idx), np.nan)])
    rooms = np.stack([right - (ex1 + gap), right - (sx1 + gap), (sx0 - gap) - left])
    full = rooms >= want
    pick = np.where(full.any(axis=0), np.argmax(full, axis=0), np.argmax(rooms, axis=0))
    room = rooms[pick, np.arange(len(idx))]
    lw = np.minimum(want, np.maximum(room, 0.0))
    lx = np.where(pick == 2, sx0 - gap - lw, starts[pick, np.arange(len(idx))])
    can = room >= need
    # An event in several lanes (domain mode) is labelled once, in its first lane with room.
    cand = np.flatnonzero(can)
    cand = cand[np.lexsort((lane[cand], rows_ev[cand]))]
    first_of_event = np.r_[True, rows_ev[cand][1:] != rows_ev[cand][:-1]] if len(cand) else cand
    can = np.zeros(len(idx), dtype=bool)
    can[cand[first_of_event.astype(bool)]] = True
    # A label before its mark keeps an em clear on its left, so it never reads as the
    # label of whatever precedes it in the row.
    lead = np.where(pick == 2, fm.horizontalAdvance("M"), 2.0)
    box0 = np.where(can, np.minimum(ex0, lx - lead), sx0)
    box1 = np.where(can, np.maximum(ex1, lx + lw + 2.0), sx1)
    events = np.unique(rows_ev[can])
    events = events[np.argsort(slide.priority[events], kind="stable")]

    def layout(chosen: np.ndarray):
        first = can & np.isin(rows_ev, chosen)
        x0 = np.where(first, box0, ex0)  # unlabelled items still keep their track clear
        x1 = np.where(first, box1, np.maximum(ex1, sx0 + 1.0))
        rows = ts.stack_labelled_first(lane, x0, x1, first, gap=4.0)
        need_lab = np.ones(p.n_lanes, dtype=np.int64)
        need_all = np.ones(p.n_lanes, dtype=np.int64)
        np.maximum.at(need_all, lane, rows + 1)
        np.maximum.at(need_lab, lane[first], rows[first] + 1)
        geom = tl.allocate_lanes(need_all, need_lab, plot.height(), pitch=pitch,
                                 min_pitch=pitch, hard_min_pitch=pitch, min_cap=1, pad=3.0)
        fits = (bool(np.all(geom.rows >= need_lab))
                and float(geom.rows.sum()) * pitch + 6.0 * p.n_lanes <= plot.height() + 0.5)
        return fits, first, rows, geom

    # Greedy by importance: an event gets a label when the labels chosen so far still fit
    # with it; one that does not fit is skipped, not a reason to stop (a later, shorter one
    # may fit). Past LABEL_TRIALS candidates the rest stay unlabelled (and listed).
    chosen: list[int] = []
    best = layout(np.empty(0, dtype=np.int64))
    for ev in events[:SLIDE_LABEL_TRIALS].tolist():
        trial = layout(np.asarray(chosen + [ev], dtype=np.int64))
        if trial[0]:
            chosen.append(ev)
            best = trial
    _fits, first, rows, geom = best
    shown = rows < geom.rows[lane]
    keep = np.flatnonzero(shown)
    f.lanes = geom
    f.idx = idx[keep]
    f.x0, f.x1, f.is_point = ext.shape_x0[keep], ext.shape_x1[keep], ext.is_point[keep]
    f.tx0, f.tx1 = ext.track_x0[keep], ext.track_x1[keep]
    f.y = plot.top() + geom.row_centre(lane[keep], rows[keep])
    f.half_h = max(4.0, min(text_h * 0.32, pitch / 2 - 3.0))
    f.radius = radius
    first = first[keep]
    f.label_x = lx[keep]
    f.label_w = np.where(first, lw[keep], 0.0)
    f.label_inside = np.zeros(len(keep), dtype=bool)
    texts = []
    for i, k in enumerate(keep.tolist()):
        if not first[i]:
            texts.append("")
            continue
        m = markers[k]
        title_room = float(lw[k] - marker_w[k])
        title = str(self._titles.iat[int(rows_ev[k])] if hasattr(self._titles, "iat")
                    else self._titles[int(rows_ev[k])])
        texts.append(fm.elidedText(title, Qt.TextElideMode.ElideRight, math.ceil(title_room) + 1)
                     + (" " + m if m else ""))
    f.label_text = texts
    f.labelled = np.unique(rows_ev[keep][first])
    f.hidden = np.setdiff1d(np.unique(rows_ev), f.labelled)
    return f


def _stack(self: TimelinePainter, idx: np.ndarray, ext: tl.ItemExtents, ppd: float
           ) -> tuple[np.ndarray, np.ndarray]:
    """Sub-rows for ``idx`` with room for labels, and compact ones, cached per zoom so that
    panning leaves rows alone: every kept placement is stacked when there are few; else the
    placements of a window two screens wide, restacked when the view leaves it."""
    p = self._placements
    assert p is not None and self._index is not None  # set together by set_placements
    key = (id(p), self._kept_token, round(ppd, 9), self.density_threshold)
    d0, d1 = self._range
    cached = self._stacking
    if cached is None or cached[0] != key or not (cached[1] <= d0 and d1 <= cached[2]):
        # the stackings of the last few kept sets and windows (a filter taken back)
        cached = next((s for s in self._stackings
                       if s[0] == key and s[1] <= d0 and d1 <= s[2]), None)
    if cached is None:
        if len(self._kept) <= STACK_ALL_LIMIT:
            cand, w0, w1 = self._kept, -np.inf, np.inf
        else:
            w0, w1 = d0 - (d1 - d0) / 2, d1 + (d1 - d0) / 2
            cand = self._index.query(w0, w1)
            if len(cand) > 3 * self.density_threshold:  # too many: this screen only
                cand, w0, w1 = idx, d0, d1
        all_ext = tl.item_extents(p, cand, 0.0, ppd, marker_radius=5.0)
        lab, cmp_ = self._stack_items(cand, all_ext)
        cached = (key, w0, w1, cand, lab, cmp_)
        self._stackings.insert(0, cached)
        del self._stackings[STACKINGS_KEPT:]
    self._stacking = cached
    _, _, _, cand, lab, cmp_ = cached
    at = np.clip(np.searchsorted(cand, idx), 0, max(len(cand) - 1, 0))
    return lab[at], cmp_[at]


def _stack_items(self: TimelinePainter, idx: np.ndarray, ext: tl.ItemExtents) -> tuple[np.ndarray, np.ndarray]:
    p = self._placements
    assert p is not None  # only placements are stacked
    lane = p.lane[idx]
    compact = tl.stack_rows(lane, ext.extent_x0, ext.extent_x1, max_rows=MAX_STACK_ROWS)
    if len(idx) > LABEL_STACK_LIMIT:  # too crowded for label room to matter: skip the pass
        return compact.astype(np.int64), compact.astype(np.int64)
    text_w = np.minimum(self.label_widths_for(p.event_row[idx]), LABEL_RESERVE_PX)
    carries = self._carries_label(idx, ext, -np.inf, np.inf)
    reserve = np.where(carries, 0.0, 4.0 + text_w)
    labelled = tl.stack_rows(lane, ext.extent_x0, ext.extent_x1 + reserve,
                             max_rows=MAX_STACK_ROWS)
    return labelled.astype(np.int64), compact.astype(np.int64)


def _carries_label(self: TimelinePainter, idx: np.ndarray, ext: tl.ItemExtents, left: float, right: float
                   ) -> np.ndarray:
    """Which bars hold their label inside: solid periods from INSIDE_LABEL_MIN_PX, hatched
    (month/year) bars only when wide enough for the hatching to stay visible beside it."""
    width = np.minimum(ext.shape_x1, right) - np.maximum(ext.shape_x0, left)
    assert self._placements is not None  # only placements carry labels
    span = self._placements.is_span[idx]
    return ~ext.is_point & np.where(span, width >= INSIDE_LABEL_MIN_PX,
                                    width >= INSIDE_HATCHED_LABEL_MIN_PX)


# Packs up to this many events have every title measured ahead, while the window is idle
# (``measure_widths_ahead``); larger ones (tier L: ~0.7 s of measuring) stay measured as shown.
WIDTHS_AHEAD_MAX = 20000


def widths_left(self: TimelinePainter) -> bool:
    """Whether titles of this pack remain to be measured ahead (``measure_widths_ahead``)."""
    n = len(self._label_widths)
    return self._widths_from < n <= WIDTHS_AHEAD_MAX


def measure_widths_ahead(self: TimelinePainter, budget_s: float) -> bool:
    """Measure the next titles not yet measured in the label font, for about ``budget_s`` of
    CPU (a slice of the window's idle time): a filter never applied before then finds its
    titles' widths measured. The widths depend on the pack and the font only. True while some
    remain."""
    widths = self._label_widths
    n = len(widths)
    if not self._widths_from < n <= WIDTHS_AHEAD_MAX:
        return False
    fm = QFontMetricsF(self._label_font)
    title = self._title
    start = self._widths_from
    stop_at = time.thread_time() + budget_s
    r = start
    while r < n:
        end = min(n, r + 32)
        for i in np.flatnonzero(np.isnan(widths[r:end])).tolist():
            widths[r + i] = fm.horizontalAdvance(title(r + i))
        r = end
        if time.thread_time() >= stop_at:
            break
    self._widths_from = r
    return r < n


def label_widths_for(self: TimelinePainter, rows: np.ndarray) -> np.ndarray:
    """Title widths in the label font, measured once per event and pack."""
    widths = self._label_widths
    missing = rows[np.isnan(widths[rows])]
    if len(missing):
        fm = QFontMetricsF(self._label_font)
        title = self._title
        for r in np.unique(missing).tolist():
            widths[r] = fm.horizontalAdvance(title(r))
    return widths[rows]
