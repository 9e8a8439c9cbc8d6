"""Screens: the timeline's moving content as tiles per zoom level, reused while panning.

At one zoom (pixels per day) the lanes, their rows, and where every label goes are worked out
once over every kept event (``_zoom_layout``, ``_zoom_labels``), not per frame over the events
in view: a pan then moves the picture and changes nothing in it. The content that moves with
the day axis (lane grounds, era shading, grid, the era strip's bands and names, tracks, bars,
diamonds, labels, overflow ticks) is painted into tiles ``TILE_PX`` pixels wide on a global
pixel grid (global x = day × px per day, the view's origin being a whole pixel; the grid starts
at the left of the first view painted at the layout), the missing ones of a frame side by side
in one pass, and a frame is composed of the tiles it needs plus what is fixed to the view
(gutter, legend, era names the left edge cuts, axis, edge chips) and the marks. A tile's
content depends only on its key, never on the viewport: a fresh view at a range and a view
panned there show the same pixels by construction.

Used when the painter is a screen's (``TimelinePainter.tiles``), on a raster device, the filter
keeps at most ``STACK_ALL_LIMIT`` events (every kept event is stacked per zoom level) and the
zoom level's layout hides no event in view; otherwise, and for the density strip, frames are
laid out for the view and drawn directly as before. docs/performance.md ("timeline-5") has the
measurements, and the cost of a new zoom level or filter.

Each function is a method of ``TimelinePainter`` (assigned in its class body).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPaintEngine, QPainter, QPen

from explorer.charts import timeline_layout as tl
from explorer.charts.time_axis import Ticks, time_ticks
from explorer.qt.render.timeline_frame import (
    INSIDE_LABEL_MIN_PX,
    STACK_ALL_LIMIT,
    Frame,
    _clip,
    _over,
    _rects,
    _union,
)

if TYPE_CHECKING:
    from explorer.qt.render.timeline_painter import TimelinePainter

TILE_PX = 512  # a tile's width in logical pixels (its height: the frame above the axis)
GRID_ALIGN_PX = 64  # tiles start on multiples of this (the same pixel phase in every tile)
TILE_CACHE_BYTES = 48 * 1024 * 1024  # the tiles kept, least recently used dropped first
TILE_POOL = 3  # images of dropped tiles kept to paint new tiles into
PPD_DIGITS = 9
ZOOM_LEVELS_KEPT = 4  # zoom layouts kept (zooming in and out returns to them)
LABEL_AFTER_TRACK_PX = 480.0  # a label goes after a milestone track at most this long
ERA_ROOM_CAP = 100000  # an era still running has no end: its name is never elided in a tile  # px per day rounded: a pan's span (d1 - d0) differs from the last by ulps


@dataclass
class ZoomLayout:
    """Every kept placement at one zoom, x in global pixels (day × px per day), y from the
    plot's top; ``over``: past its lane's row cap (an overflow tick, not drawn)."""

    key: tuple
    ppd: float
    lanes: tl.LaneGeometry
    idx: np.ndarray
    lane: np.ndarray
    over: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    is_point: np.ndarray
    tx0: np.ndarray
    tx1: np.ndarray
    y: np.ndarray
    half_h: float
    radius: float
    label_x: np.ndarray | None
    label_w: np.ndarray | None
    label_inside: np.ndarray | None
    lo: np.ndarray  # what each item draws (shape, track, label), global x
    hi: np.ndarray
    over_x: np.ndarray  # the overflow tick's column (middle of the shape), global x
    # Where the tiles start (global x, a multiple of GRID_ALIGN_PX): at the left of the first
    # view painted at this layout, so that view needs the fewest tiles (a new zoom level or
    # filter paints about the plot's width, not up to a tile more on each side).
    grid0: int | None = None
    marks_lo: np.ndarray | None = None  # lo and hi without labels: what counts as in view
    marks_hi: np.ndarray | None = None
    row: np.ndarray | None = None
    ext: tl.ItemExtents | None = None
    text_h: float = 0.0
    labels_done: bool = False


def _tiles_apply(self: TimelinePainter) -> bool:
    """Whether frames are built from the per-zoom layout (then tiles compose them on raster
    devices): a screen's painter with few enough kept events to stack them all."""
    return (self.tiles and self.slide is None and self._placements is not None
            and self._index is not None and 0 < len(self._kept) <= STACK_ALL_LIMIT)


def _zoom_layout(self: TimelinePainter, f: Frame, ppd: float) -> ZoomLayout:
    """Stacking, lane heights and overflow of every kept placement at ``ppd`` px per day
    (once per zoom level, filter, look and plot height; the last few zoom levels are kept, so
    a return to one, zooming in and out, finds it). Labels follow in ``_zoom_labels``, only
    for a layout that frames use."""
    p = self._placements
    assert p is not None and self._index is not None  # _tiles_apply
    key = (self._version, id(p), self._filter_version, ppd, f.plot.height())
    cached = self._zooms.get(key)
    if cached is not None:
        self._zooms.move_to_end(key)
        return cached
    kept = self._kept
    small = QFontMetricsF(self._label_font)
    ext = tl.item_extents(p, kept, 0.0, ppd, marker_radius=5.0)
    rows_lab, rows_cmp = self._stack(kept, ext, ppd)
    lane = p.lane[kept].astype(np.int64)
    n_lanes = p.n_lanes
    need_lab = np.ones(n_lanes, dtype=np.int64)
    need_cmp = np.ones(n_lanes, dtype=np.int64)
    np.maximum.at(need_lab, lane, rows_lab + 1)
    np.maximum.at(need_cmp, lane, rows_cmp + 1)
    text_h = small.height()
    geom = tl.allocate_lanes(need_lab, need_cmp, f.plot.height(), pitch=text_h + 5.0,
                             min_pitch=text_h + 1.0, pad=4.0)
    row = np.where(geom.labelled[lane], rows_lab, rows_cmp)
    cap = geom.rows[lane]
    over = row >= cap
    y = geom.row_centre(lane, np.minimum(row, cap - 1))  # an overflowed selection: last row
    half_h = max(2.5, min(7.5, geom.pitch / 2 - 2.0))
    radius = max(3.0, min(5.5, geom.pitch * 0.32))
    pad = 12.0  # diamonds' corners, tick ends, antialiasing (and the view's query margin)
    lo = np.minimum(ext.extent_x0, ext.shape_x0) - pad
    hi = np.maximum(ext.extent_x1, ext.shape_x1) + pad
    layout = ZoomLayout(
        key=key, ppd=ppd, lanes=geom, idx=kept, lane=lane, over=over, x0=ext.shape_x0,
        x1=ext.shape_x1, is_point=ext.is_point, tx0=ext.track_x0, tx1=ext.track_x1, y=y,
        half_h=half_h, radius=radius, label_x=None, label_w=None, label_inside=None,
        lo=lo, hi=hi, over_x=(ext.shape_x0 + ext.shape_x1) / 2, marks_lo=lo, marks_hi=hi,
        row=row, ext=ext, text_h=text_h)
    self._zooms[key] = layout
    if len(self._zooms) > ZOOM_LEVELS_KEPT:
        self._zooms.popitem(last=False)
    return layout


def _zoom_labels(self: TimelinePainter, zl: ZoomLayout) -> None:
    """Where every label of the zoom layout goes (once), and each item's reach with it."""
    if zl.labels_done:
        return
    zl.labels_done = True
    p = self._placements
    assert p is not None and zl.ext is not None and zl.row is not None  # _zoom_layout
    if zl.lanes.pitch < zl.text_h + 1.0:
        return
    kept, ext, lane, row = zl.idx, zl.ext, zl.lane, zl.row
    keep = np.flatnonzero(~zl.over)
    sub, e = kept[keep], ext.take(keep)
    text_w = self.label_widths_for(p.event_row[sub])
    inside_ok = self._carries_label(sub, e, -np.inf, np.inf)
    inside_ok &= 2 * zl.half_h + 3.0 >= zl.text_h
    lx, lw, li = tl.place_labels(
        lane[keep], row[keep], e.extent_x0, e.extent_x1, text_w, left=-np.inf,
        right=np.inf, shape_x0=e.shape_x0, shape_x1=e.shape_x1,
        # after a milestone track that ends near its mark, else after the mark (over the
        # track): the label of an agreement in force for years stays by its mark
        anchor=np.where(e.extent_x1 - e.shape_x1 <= LABEL_AFTER_TRACK_PX, e.extent_x1,
                        e.shape_x1),
        inside_ok=inside_ok, inside_min=INSIDE_LABEL_MIN_PX,
        inside_fraction=np.where(p.is_span[sub], 1.0, 0.7), prefer_outside=~p.is_span[sub])
    label_x, label_w = np.zeros(len(kept)), np.zeros(len(kept))
    label_inside = np.zeros(len(kept), dtype=bool)
    # On whole pixels: a title drawn at a fractional x left of a tile's start (a label
    # running in from the tile before) is shaped with other rounding than at the same
    # fraction right of it, and tiles painted together or apart must agree to the pixel.
    label_x[keep], label_w[keep], label_inside[keep] = np.round(lx), lw, li
    shown = label_w > 0
    zl.label_x, zl.label_w, zl.label_inside = label_x, label_w, label_inside
    zl.lo = np.where(shown, np.minimum(zl.lo, label_x - 14.0), zl.lo)
    zl.hi = np.where(shown, np.maximum(zl.hi, label_x + label_w + 14.0), zl.hi)


def _tiled_frame(self: TimelinePainter, f: Frame, selected: int | None) -> Frame | None:
    """The view's frame taken from the zoom layout: the items that draw into the plot, in
    kept order, shifted by the view's origin (hit tests, tooltips and marks use it). None
    when the zoom level's layout would leave out an event in view (a lane somewhere needs
    more rows than it gets, and that part is in view): the frame is then laid out for the
    events in view, as before, and drawn directly; nothing the view has room for is hidden."""
    ppd = round(f.px_per_day, PPD_DIGITS)
    zl = self._zoom_layout(f, ppd)
    xo = self._origin(f.plot.left() - self._range[0] * ppd)
    g_lo, g_hi = f.plot.left() - xo, f.plot.right() - xo
    assert zl.marks_lo is not None and zl.marks_hi is not None  # _zoom_layout
    if (zl.over & (zl.marks_hi > g_lo) & (zl.marks_lo < g_hi)).any():
        return None
    self._zoom_labels(zl)
    near = (zl.hi > g_lo) & (zl.lo < g_hi)
    over_in = np.flatnonzero(near & zl.over)
    f.px_per_day = ppd
    f.x_origin = xo
    if zl.grid0 is None:
        zl.grid0 = int((round(f.plot.left()) - xo) // GRID_ALIGN_PX) * GRID_ALIGN_PX
    f.zoom = zl
    f.lanes = zl.lanes
    draw = near & ~zl.over
    if selected is not None and len(over_in):
        promote = over_in[self._placements.event_row[zl.idx[over_in]] == selected]  # type: ignore[union-attr]
        draw[promote] = True
        over_in = over_in[~np.isin(over_in, promote)]
    if len(over_in):
        assert self._placements is not None  # _tiles_apply
        f.overflow_rows = self._placements.event_row[zl.idx[over_in]]
        f.overflow_lane = zl.lane[over_in]
        f.overflow_x = xo + zl.over_x[over_in]
    sel = np.flatnonzero(draw)
    return _fill(f, zl, sel, xo)


def _fill(f: Frame, zl: ZoomLayout, sel: np.ndarray, xo: float) -> Frame:
    """``f`` with the items ``sel`` of the layout, x shifted by ``xo``, y from the plot's top."""
    f.idx = zl.idx[sel]
    f.x0, f.x1, f.is_point = zl.x0[sel] + xo, zl.x1[sel] + xo, zl.is_point[sel]
    f.tx0, f.tx1 = zl.tx0[sel] + xo, zl.tx1[sel] + xo
    f.y = f.plot.top() + zl.y[sel]
    f.half_h, f.radius = zl.half_h, zl.radius
    if zl.label_x is not None:
        assert zl.label_w is not None and zl.label_inside is not None  # set together
        f.label_x, f.label_w = zl.label_x[sel] + xo, zl.label_w[sel]
        f.label_inside = zl.label_inside[sel]
    return f


def _tiles_fit(self: TimelinePainter, painter: QPainter, f: Frame) -> bool:
    """Whether this paint composes ``f`` from tiles."""
    return (f.zoom is not None and f.density is None and self._backdrop_fits(painter, f)
            and painter.paintEngine().type() == QPaintEngine.Type.Raster)


def _compose_tiles(self: TimelinePainter, painter: QPainter, f: Frame, eras: bool) -> None:
    """Everything the backdrop painted (window, gutter, lanes' ends) and, in the plot's
    columns above the axis, the tiles."""
    c = self._c
    w, h = self._w, self._h
    left = math.floor(f.gutter)
    right = round(f.plot.right() + 14.0)
    px0, px1 = round(f.plot.left()), round(f.plot.right())
    top, bottom = round(f.plot.top()), round(f.axis_y)
    for rect in (QRectF(0, bottom, w, h - bottom), QRectF(px1, 0, w - px1, bottom),
                 QRectF(0, 0, px0, bottom)):
        if rect.width() > 0 and rect.height() > 0:
            painter.fillRect(rect, c.bg)
    painter.fillRect(QRectF(0, 0, f.gutter, h), c.gutter)
    key = (f.zoom.key if isinstance(f.zoom, ZoomLayout) else None, left, right, px0, px1,
           top, bottom, c.theme)
    if self._margins is None or self._margins[0] != key:  # the lanes beside the plot
        by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
        for a, b, ground in self._lane_segments(f, top, bottom):
            if b > a:
                rects = by_colour.setdefault(ground.rgba(), (ground, []))[1]
                rects += [QRectF(left, a, px0 - left, b - a), QRectF(px1, a, right - px1, b - a)]
        self._margins = (key, [(colour, [r for r in rects if r.width() > 0])
                               for colour, rects in by_colour.values()])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, rects in self._margins[1]:
        painter.setBrush(colour)
        painter.drawRects(rects)
    painter.restore()
    dpr = painter.device().devicePixelRatioF()
    xo = round(f.x_origin)
    assert isinstance(f.zoom, ZoomLayout) and f.zoom.grid0 is not None  # _tiled_frame
    xo += f.zoom.grid0  # tile k from here on: x = xo + k × TILE_PX
    first, last = (px0 - xo) // TILE_PX, (px1 - 1 - xo) // TILE_PX
    got = self._tiles_for(f, first, last, dpr, eras)
    used = [key for key, _, _ in got]
    i = 0
    while i < len(got):  # tiles painted together (one image) are drawn with one call
        j = i
        while j + 1 < len(got) and got[j + 1][1] is got[i][1]:
            j += 1
        image, off = got[i][1], got[i][2]
        at = xo + (first + i) * TILE_PX - off
        a, b = max(px0, xo + (first + i) * TILE_PX), min(px1, xo + (first + j + 1) * TILE_PX)
        painter.drawImage(QRectF(a, 0, b - a, bottom), image,
                          QRectF((a - at) * dpr, 0, (b - a) * dpr, bottom * dpr))
        i = j + 1
    self.tiles_shown = tuple(used)
    painter.setPen(QPen(c.rule, 1.0))
    painter.drawLine(QPointF(f.gutter, f.plot.top()), QPointF(f.gutter, f.axis_y))


def _lane_segments(self: TimelinePainter, f: Frame, top: int, bottom: int
                   ) -> list[tuple[int, int, QColor]]:
    """(top, bottom, ground) of every lane and of the gaps between them, in whole pixels."""
    c = self._c
    y0, y1 = self._lane_edges(f)
    segments = [(max(a, top), min(b, bottom), c.lane_bg[i % 2])
                for i, (a, b) in enumerate(zip(y0, y1))]
    edges = [top] + [y for a, b, _ in segments for y in (a, b)] + [bottom]
    return segments + [(a, b, c.bg) for a, b in zip(edges[0::2], edges[1::2])]


def _tiles_for(self: TimelinePainter, f: Frame, first: int, last: int, dpr: float, eras: bool
               ) -> list[tuple[tuple, QImage, int]]:
    """(key, image, x of the tile in the image) of tiles ``first`` to ``last`` (tile k covers
    global pixels ``grid0 + [k × TILE_PX, (k + 1) × TILE_PX)``) of ``f``'s zoom layout: from the cache,
    or painted now, the missing ones side by side in one image (one pass of the painting steps
    for a new zoom level, not one per tile)."""
    zl = f.zoom
    assert isinstance(zl, ZoomLayout)  # _tiles_fit
    era_top = f.era_rect.top() if eras and f.era_rect is not None else None
    base = (zl.key, zl.grid0, self.lang, eras, era_top, f.plot.top(), f.axis_y, dpr)
    cache = self._tiles
    keys = [base + (k,) for k in range(first, last + 1)]
    missing = [i for i, key in enumerate(keys) if key not in cache]
    bottom = round(f.axis_y)
    share = math.ceil(TILE_PX * dpr) * math.ceil(bottom * dpr) * 4
    while missing:
        run = 1
        while run < len(missing) and missing[run] == missing[0] + run:
            run += 1
        k0 = first + missing[0]
        image = self._pooled_image(math.ceil(TILE_PX * run * dpr), math.ceil(bottom * dpr), dpr)
        painter = QPainter(image)
        self.painting_tiles = True
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._paint_tile(painter, f, zl, k0, run, eras)
        finally:
            painter.end()
            self.painting_tiles = False
        for n in range(run):
            cache[keys[missing[n]]] = (image, n * TILE_PX, share)
            self._tile_bytes += share
        missing = missing[run:]
    out = []
    for key in keys:
        cache.move_to_end(key)
        image, off, _ = cache[key]
        out.append((key, image, off))
    while self._tile_bytes > TILE_CACHE_BYTES and len(cache) > len(keys):
        _, (_, _, nbytes) = cache.popitem(last=False)
        self._tile_bytes -= nbytes
    return out


def _pooled_image(self: TimelinePainter, width: int, height: int, dpr: float) -> QImage:
    """An RGB32 image of that size for new tiles: one of the dropped tiles' if one fits (a
    tile paints every one of its pixels), else a new one."""
    pool = self._tile_pool
    for i, image in enumerate(pool):
        if (image.width() == width and image.height() == height
                and image.devicePixelRatio() == dpr):
            return pool.pop(i)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(dpr)
    return image


def _paint_tile(self: TimelinePainter, painter: QPainter, f: Frame, zl: ZoomLayout, k: int,
                n: int, eras: bool) -> None:
    """Tiles ``k`` to ``k + n - 1`` side by side in their own pixels: x = global x - grid0 -
    k × TILE_PX, y as in the view."""
    assert zl.grid0 is not None  # _tiled_frame
    g0 = zl.grid0 + k * TILE_PX
    width = n * TILE_PX
    ppd = zl.ppd
    day0, day1 = g0 / ppd, (g0 + width) / ppd
    tf = replace(f, plot=QRectF(0.0, f.plot.top(), float(width), f.plot.height()),
                 x_origin=-float(g0), ticks=self._grid_ticks(day0, day1, float(width)),
                 overflow_lane=None, overflow_x=None, overflow_rows=None)
    self._paint_tile_backdrop(painter, tf, eras, day1)
    if eras:
        self._tile_era_strip(painter, tf)
    sel = np.flatnonzero(~zl.over & (zl.hi > g0) & (zl.lo < g0 + width))
    ox = np.flatnonzero(zl.over & (zl.over_x >= g0) & (zl.over_x < g0 + width))
    if len(ox):
        tf.overflow_lane, tf.overflow_x = zl.lane[ox], zl.over_x[ox] - g0
    _fill(tf, zl, sel, -float(g0))
    painter.save()
    _clip(painter, tf.plot)
    if len(sel):
        self._update_tracks(painter, tf)
        self._update_items(painter, tf)
        self._update_labels(painter, tf)
    self._update_overflow(painter, tf)
    painter.restore()


def _grid_ticks(self: TimelinePainter, day0: float, day1: float, width: float) -> Ticks:
    """The grid's ticks over ``[day0, day1]`` (no labels): from the view's window of ticks
    (``_view_ticks``, the same zoom) when it holds them, else worked out."""
    cached = self._tick_window
    if cached is not None and cached[1] <= day0 and day1 <= cached[2]:
        t = cached[3]
        a = int(np.searchsorted(t.major, day0, side="left"))
        b = int(np.searchsorted(t.major, day1, side="right"))
        m0 = int(np.searchsorted(t.minor, day0, side="left"))
        m1 = int(np.searchsorted(t.minor, day1, side="right"))
        return replace(t, major=t.major[a:b], labels=(), minor=t.minor[m0:m1])
    small = QFontMetricsF(self._label_font)
    widest_tick = "2025年12月" if self.lang == "ja" else "Sep 2025"
    spacing = max(tl.MIN_LABEL_SPACING_PX, small.horizontalAdvance(widest_tick) + 20.0)
    return time_ticks(day0, day1, width, min_spacing=spacing, lang=self.lang)


def _paint_tile_backdrop(self: TimelinePainter, painter: QPainter, f: Frame, eras: bool,
                         day1: float) -> None:
    """``_update_backdrop``'s plot columns for a tile: lane rows composed once per colour
    (ground, era bands and hairlines at era starts, grid), the window's colour above the
    lanes with the major grid lines through the era strip."""
    c = self._c
    width = round(f.plot.width())
    top, bottom = round(f.plot.top()), round(f.axis_y)
    painter.fillRect(QRectF(0, 0, width, top), c.bg)
    bands: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
    hairlines = np.empty(0, dtype=np.int64)
    if eras:
        er = self._eras
        assert er is not None  # ``eras`` is true only with era bands
        start = np.round(f.x_origin + er.start * f.px_per_day)
        x0 = np.clip(start, 0, width)
        x1 = np.clip(np.round(f.x_origin + er.clipped_end(day1) * f.px_per_day), 0, width)
        first_row = np.flatnonzero(er.row == 0)
        alt = first_row[np.argsort(er.start[first_row], kind="stable")][1::2]
        alt = alt[x1[alt] > x0[alt]]
        bands = _union(x0[alt], x1[alt])
        hairlines = np.unique(start[(start >= 0) & (start < width)]).astype(np.int64)
    t = f.ticks
    grid = []
    for ticks, colour in ((t.minor, c.grid_minor), (t.major, c.grid_major)):
        cols = np.floor(f.x_origin + np.asarray(ticks, dtype=np.float64) * f.px_per_day)
        grid.append((cols[(cols >= 0) & (cols < width)].astype(np.int64), colour))
    rows: dict[int, QBrush] = {}

    def row_brush(ground: QColor) -> QBrush:
        brush = rows.get(ground.rgba())
        if brush is None:
            line = np.full(width, ground.rgb(), dtype=np.uint32)
            band = np.uint32(_over(c.era_band, ground).rgb())
            for a, w in zip(bands[0].astype(np.int64).tolist(),
                            bands[1].astype(np.int64).tolist()):
                line[a:a + w] = band
            line[hairlines] = np.uint32(_over(c.era_line, ground).rgb())
            for cols, colour in grid:
                line[cols] = np.uint32(colour.rgb())
            image = QImage(line.data, len(line), 1, len(line) * 4,
                           QImage.Format.Format_RGB32).copy()
            brush = rows[ground.rgba()] = QBrush(image)
        return brush

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrushOrigin(QPointF(0, 0))
    for a, b, ground in self._lane_segments(f, top, bottom):
        if b > a:
            painter.fillRect(QRectF(0, a, width, b - a), row_brush(ground))
    if f.era_rect is not None:  # major grid lines run up through the era strip
        cols = grid[1][0]
        et = round(f.era_rect.top())
        painter.setBrush(c.grid_major)
        painter.drawRects(_rects(cols, np.full(len(cols), et), np.ones(len(cols)),
                                 np.full(len(cols), top - et)))
    painter.restore()


def new_tile_cache() -> OrderedDict:
    return OrderedDict()


def _tile_era_strip(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """The era strip's part in a tile: each band from its own start (an era still running
    never ends), its name at its start elided to the band: what the strip shows wherever the
    view's left edge does not cut a band (``_era_edge`` draws that part over the tiles)."""
    er = self._eras
    rect = f.era_rect
    assert er is not None and rect is not None  # _paint_tile draws the strip only with both
    fm = QFontMetricsF(self._small_font)
    a = np.round(f.x_origin + er.start * f.px_per_day)
    b = np.where(er.ongoing, np.inf, np.round(f.x_origin + er.end * f.px_per_day))
    width = f.plot.width()
    shown = np.flatnonzero((b > a) & (b > -2) & (a < width + 2)).tolist()
    if not shown:
        return
    order_in_row = self._memo(("era order", id(er)), lambda: self._era_order(er))
    tint_of = self._era_tints(order_in_row)
    rows = er.row.tolist()
    top, row_h, bg, fh = rect.top(), f.era_row_h, self._c.bg, fm.height()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _clip(painter, QRectF(0.0, rect.top(), width, rect.height()))
    painter.setFont(self._small_font)
    painter.setPen(self._c.text)
    for i in shown:
        r = rows[i]
        y0 = round(top + r * row_h + 1)
        y1 = round(top + (r + 1) * row_h - 1)
        x0 = float(a[i])
        fa, fb = max(x0, -2.0), min(float(b[i]), width + 2.0)
        painter.fillRect(QRectF(fa, y0, fb - fa, y1 - y0), tint_of[i])
        painter.fillRect(QRectF(x0, y0, 1, y1 - y0), bg)
        st = self._era_static(i, int(min(b[i] - x0 - 8, ERA_ROOM_CAP)), fm)
        if st is not None:
            painter.drawStaticText(QPointF(x0 + 4, y0 + (y1 - y0 - fh) / 2), st)
    painter.restore()


def _era_edge(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Over the tiles: where the view's left edge cuts eras, their names stick to the edge
    (elided to what shows of them), as the strip drawn for the view alone shows them. The
    strip is drawn again, for the view, in a box from the edge as wide as the widest of those
    names (their names in the tiles, at their own starts, end inside it)."""
    er = self._eras
    rect = f.era_rect
    assert er is not None and rect is not None  # _paint_tiled: eras shown
    ppd, xo = f.px_per_day, f.x_origin
    start = xo + er.start * ppd
    x0 = np.maximum(start, rect.left())
    x1 = np.minimum(xo + er.clipped_end(self._range[1]) * ppd, rect.right())
    cut = np.flatnonzero((start < rect.left()) & (x1 > x0))
    if not len(cut):
        return
    fm = QFontMetricsF(self._small_font)
    widths = self._memo(("era name widths", id(er), self._small_font.key()), lambda: np.array(
        [fm.horizontalAdvance(t + " →") for t in er.labels]))
    box = QRectF(rect.left(), rect.top(),
                 min(float(widths[cut].max()) + 12.0, rect.width()), rect.height())
    painter.save()
    _clip(painter, box)
    painter.fillRect(box, self._c.bg)
    cols = np.floor(xo + np.asarray(f.ticks.major, dtype=np.float64) * ppd)
    cols = cols[(cols >= round(f.plot.left())) & (cols < min(round(f.plot.right()), box.right()))]
    if len(cols):
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._c.grid_major)
        painter.drawRects(_rects(cols, np.full(len(cols), box.top()), np.ones(len(cols)),
                                 np.full(len(cols), box.height())))
        painter.restore()
    order_in_row = self._memo(("era order", id(er)), lambda: self._era_order(er))
    near = (x1 > x0) & (x0 < box.right())
    self._paint_era_strip_screen(painter, f, x0, np.where(near, x1, x0), order_in_row)
    painter.restore()
