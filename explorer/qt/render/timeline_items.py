"""The timeline's events: milestone tracks, bars and diamonds, the selection and hover marks, and
the ticks of items that did not fit their lane.

Each function is a method of ``TimelinePainter`` (``explorer.qt.render.timeline_painter``),
assigned in its class body: ``self`` is the painter.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QTransform,
)

from explorer.charts import timeline_layout as tl
from explorer.qt.render.timeline_frame import (
    _STAGE_PHASE,
    Frame,
    HeldRects,
    _address,
    _rect_array,
    _rects,
)

if TYPE_CHECKING:
    from explorer.qt.render.timeline_painter import TimelinePainter


# How each milestone stage's segment is drawn, by stage code (``tl.MILESTONE_STAGES``).
_PHASE_OF_STAGE = np.array([_STAGE_PHASE.get(s, 2) for s in tl.MILESTONE_STAGES], dtype=np.int64)


def _update_tracks(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Milestone tracks: a line per life-cycle phase between consecutive stages, a tick per
    stage (hollow-ish and shorter when the stage date is only a month or year)."""
    p = self._placements
    # Drawn only for frames that draw items (marker mode), which have tracks.
    assert (p is not None and f.tx0 is not None and f.tx1 is not None and f.idx is not None
            and f.y is not None)
    has = np.flatnonzero(~np.isnan(f.tx0))
    if not len(has):
        return
    ms = p.milestones
    rows = p.event_row[f.idx[has]]
    lo = np.searchsorted(ms.event_row, rows, side="left")
    hi = np.searchsorted(ms.event_row, rows, side="right")
    count = hi - lo
    item = np.repeat(has, count)
    k = np.repeat(lo, count) + (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count,
                                                                   count))
    x = f.x_origin + ms.day[k] * f.px_per_day
    y = f.y[item]
    stage = ms.stage[k]
    nxt = np.zeros(len(item), dtype=bool)
    np.equal(item[1:], item[:-1], out=nxt[:-1])
    phase = _PHASE_OF_STAGE[stage]  # a table lookup, not a Python step per milestone
    lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
    seg = np.flatnonzero(nxt)
    xa = np.floor(np.clip(x[seg], lo, hi))
    xb = np.ceil(np.clip(x[seg + 1], lo, hi))
    keep = xb > xa  # segments wholly off screen are dropped
    seg, xa, xb = seg[keep], xa[keep], xb[keep]
    ys = np.round(y[seg])
    track = QColor(self._c.track)
    # Segments and ticks are axis-aligned strips: filled, not stroked (dotted pens along
    # long lines are slow), with texture brushes for the dotted phases.
    painter.save()
    self._anchor_patterns(painter, f)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    faded = QColor(track)
    faded.setAlpha(150)
    styles = (  # (brush, thickness) per phase
        (self._dash_brushes(track, (1, 1, 0, 0))[0], 1.0),  # announced / negotiating
        (QBrush(faded), 2.0),  # signed, ratified, provisionally applied
        (QBrush(track), 3.0),  # in force
        (self._dash_brushes(self._c.ended, (1, 1, 1, 0, 0, 0))[0], 1.0),  # ended
    )
    # Kept: a pan at one zoom moves every segment and tick by whole pixels, so their
    # rectangles from the origin, drawn under a translation to it, are those of the frame
    # before (found by their exact corners; see ``_draw_bars_kept`` for why the pixels and
    # the textures' anchoring are the same).
    ox = f.x_origin
    kept = (TRACKS_KEPT and self.slide is None and ox == round(ox)
            and _outline_is_strips(painter))
    memos = self._tracks_memo if kept else []
    found: dict[tuple, HeldRects | list[QRectF]] = {}
    if kept:
        painter.translate(ox, 0.0)
        painter.setBrushOrigin(QPointF(0.0, 0.0))
        xa, xb = xa - ox, xb - ox
    for ph, (brush, t) in enumerate(styles):
        sel = np.flatnonzero(phase[seg] == ph)
        if len(sel):
            painter.setBrush(brush)
            key: tuple = ((ph, t, xa[sel].tobytes(), xb[sel].tobytes(), ys[sel].tobytes())
                          if kept else ())
            rects = next((m[key] for m in memos if key in m), None) if kept else None
            if rects is None:
                rects = (HeldRects(_rect_array(xa[sel], ys[sel] - np.floor(t / 2),
                                               xb[sel] - xa[sel], t)) if TRACK_ARRAYS
                         else _rects(xa[sel], ys[sel] - np.floor(t / 2), xb[sel] - xa[sel],
                                     np.full(len(sel), t)))
            found[key] = rects
            _draw_kept(painter, rects)
    tick = round(f.half_h + 3.0)
    on_screen = (x >= lo) & (x <= hi)
    xt, yt = np.floor(x), np.round(y)
    if kept:
        xt = xt - ox
    for precise, brush in ((True, QBrush(track)),
                           (False, self._dash_brushes(track, (1, 1, 0))[1])):
        s = np.flatnonzero((ms.precise[k] == precise) & on_screen)
        if len(s):
            painter.setBrush(brush)
            key = (precise, tick, xt[s].tobytes(), yt[s].tobytes()) if kept else ()
            rects = next((m[key] for m in memos if key in m), None) if kept else None
            if rects is None:
                rects = (HeldRects(_rect_array(xt[s], yt[s] - tick, 1.0 + precise,
                                               2.0 * tick + 1)) if TRACK_ARRAYS
                         else _rects(xt[s], yt[s] - tick, np.full(len(s), 1.0 + precise),
                                     np.full(len(s), 2.0 * tick + 1)))
            found[key] = rects
            _draw_kept(painter, rects)
    if kept:  # the last frames' (a filter taken back finds its tracks: ``BATCHES_KEPT``)
        self._tracks_memo = [found] + self._tracks_memo[:BATCHES_KEPT - 1]
    painter.restore()


def _update_items(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Spans as solid bars; month/year dates as light hatched bars across the period; exact
    days as diamonds. Approximate/uncertain dates get a dashed outline. One batch per colour
    and style, bars first, diamonds last. The items are sorted into their batches and each
    shape worked out once: for a few items in a plain loop, for more in numpy over all of
    them (numpy calls per batch cost more than the drawing: 0.5 ms a frame for 8 markers,
    1.7 ms for 218, measured)."""
    p = self._placements
    assert p is not None  # paint returns early without placements
    assert f.idx is not None and f.x0 is not None and f.x1 is not None  # marker mode
    assert f.y is not None and f.is_point is not None
    n = len(f.idx)
    few = n <= FEW_ITEMS
    # the diamonds' plain loop (few items) reads these
    xs0, xs1, ys = (f.x0.tolist(), f.x1.tolist(), f.y.tolist()) if few else ([], [], [])
    batches = self._item_batches(f, few)
    order = sorted(batches)
    if (BARS_KEPT and not few and self.slide is None and _outline_is_strips(painter)
            and f.x_origin == round(f.x_origin)):
        _draw_bars_kept(self, painter, f, batches, order)
    else:
        _draw_bars(self, painter, f, batches, order, few)
    if not any(batches[c][4] for c in order):
        return
    # Screens turn about the day axis's origin (a whole pixel): the same squares in the
    # turned frame at every pan, so a panned picture is a fresh one to the pixel.
    ox = f.x_origin if self.slide is None else 0.0
    k = math.sqrt(0.5)

    def diamonds(sel: list[int], radius: float) -> list[QRectF]:
        """Squares that, drawn in a frame turned by 45° about ``(ox, 0)``, are diamonds
        (``_diamond_rects``' arithmetic, in a loop for few)."""
        if not few:
            return _diamond_rects(f, np.array(sel, dtype=np.int64), radius, ox)
        side = radius * math.sqrt(2.0)
        out = []
        for i in sel:
            cx = (xs0[i] + xs1[i]) / 2 - ox
            cy = ys[i]
            out.append(QRectF((cx + cy) * k - side / 2, (cy - cx) * k - side / 2, side, side))
        return out

    kept: dict[int, tuple] | None = None
    key: tuple | None = None
    memo: tuple | None = None
    if DIAMOND_FRAMES_KEPT and not few and DIAMONDS_REUSED:
        # Every diamond's square of the frame at once: a pan at one zoom, which leaves them
        # all where they were, finds the squares of every colour without a numpy pass per
        # colour (``_diamond_rects``' arithmetic, element by element the same).
        pts = np.flatnonzero(f.is_point)
        cx = (f.x0[pts] + f.x1[pts]) / 2 - ox
        cy = f.y[pts]
        key = (f.radius, ((cx + cy) * k).tobytes(), ((cy - cx) * k).tobytes())
        memo = next((m for m in self._diamonds_memo if m[0] is batches and m[1] == key), None)
        if memo is not None:
            kept = memo[2]
    if kept is None:
        kept = {}
        shapes = _diamond_arrays(f, ox) if DIAMOND_ARRAYS and not few else diamonds
        for c in order:
            points, dashed_points = batches[c][4:]
            if points:
                kept[c] = (shapes(points, f.radius),
                           shapes(dashed_points, f.radius + 1.5) if dashed_points else [])
        if key is not None:
            memo = (batches, key, kept)
    if memo is not None:  # newest first, one per grouping of the items (``BATCHES_KEPT``)
        self._diamonds_memo = ([memo] + [m for m in self._diamonds_memo if m is not memo
                                         and m[0] is not batches])[:BATCHES_KEPT]
    pens = _colour_memo(self)[1]
    painter.save()
    painter.translate(ox, 0.0)
    painter.rotate(45.0)
    for c in order:  # diamonds last, over any bar
        squares = kept.get(c)
        if squares is None:
            continue
        drawn = pens.get(c)
        if drawn is None:
            base = self._colour(c)
            edge = base.darker(135)
            drawn = pens[c] = (base, QPen(edge, 1.0),
                               QPen(edge.darker(120), 1.3, Qt.PenStyle.DashLine))
        painter.setBrush(drawn[0])
        painter.setPen(drawn[1])
        _draw_kept(painter, squares[0])
        if len(squares[1]):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(drawn[2])
            _draw_kept(painter, squares[1])
    painter.restore()


# A pan step at tier M draws a new set of items, whose diamonds' squares (~13 colours' worth)
# were made as QRectF objects: made in numpy once for the frame and handed to Qt as arrays
# instead (``HeldRects``). False: lists (the tests).
DIAMOND_ARRAYS = True


def _diamond_arrays(f: Frame, ox: float) -> Callable[[list[int], float], HeldRects]:
    """``diamonds(sel, radius)`` of ``_update_items`` as ``HeldRects``: every item's square
    worked out once a frame with ``_diamond_rects``' arithmetic, the rows of ``sel`` taken."""
    assert f.x0 is not None and f.x1 is not None and f.y is not None  # marker mode
    cx = (f.x0 + f.x1) / 2 - ox
    cy = f.y
    c = math.sqrt(0.5)
    u, v = (cx + cy) * c, (cy - cx) * c
    by_radius: dict[float, np.ndarray] = {}

    def diamonds(sel: list[int], radius: float) -> HeldRects:
        squares = by_radius.get(radius)
        if squares is None:
            side = radius * math.sqrt(2.0)
            squares = by_radius[radius] = _rect_array(u - side / 2, v - side / 2, side, side)
        return HeldRects(squares[sel])

    return diamonds



Box = list[tuple[float, float, float, float]] | dict[int, tuple[float, float, float, float]]


def _draw_bars(self: TimelinePainter, painter: QPainter, f: Frame,
               batches: dict[int, tuple[list[int], ...]], order: list[int], few: bool) -> None:
    """The bars of ``_update_items``, worked out afresh (every frame before ``BARS_KEPT``; still
    for a few items, slides, PDF and SVG, a scaled painter)."""
    assert f.x0 is not None and f.x1 is not None and f.y is not None and f.idx is not None
    n = len(f.idx)
    xs0, xs1, ys = f.x0.tolist(), f.x1.tolist(), f.y.tolist()
    lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
    hh = f.half_h

    def boxes(half_h: float, sel: list[int]) -> Box:
        """The bars in pixels (for few items, only those of ``sel``: the diamonds have none):
        clipped near the plot first (Qt rasterising, and hatching, a bar that runs 10^5 px
        off screen costs milliseconds), snapped to whole pixels (bars are drawn
        unantialiased). ``_bar_box``'s arithmetic, in a loop for few."""
        if not few:
            return list(zip(*(a.tolist() for a in _bar_box(f, np.arange(n), half_h))))
        out: dict[int, tuple[float, float, float, float]] = {}
        for i in sel:
            a, b = xs0[i], xs1[i]
            x0 = float(math.floor(min(max(a, lo), hi)))
            x1 = max(float(math.ceil(min(max(b, lo), hi))), x0 + 1)
            y0 = float(round(ys[i] - half_h))
            out[i] = (x0, y0, x1, y0 + round(2 * half_h))
        return out

    def edges(sel: list[int], box: Box, t: float) -> tuple[list[QRectF], list[QRectF]]:
        """Outline strips ``t`` px thick: (tops then bottoms, lefts then rights)."""
        bs = [box[i] for i in sel]
        tb = ([QRectF(a, b, c - a, t) for a, b, c, _ in bs]
              + [QRectF(a, d - t, c - a, t) for a, _, c, d in bs])
        lr = ([QRectF(a, b, t, d - b) for a, b, _, d in bs]
              + [QRectF(c - t, b, t, d - b) for _, b, c, d in bs])
        return tb, lr

    bars = [i for b in batches.values() for i in b[0] + b[1]]
    bar_box = boxes(hh, bars)
    rect: dict[int, QRectF] = {}
    for i in bars:
        x0, y0, x1, y1 = bar_box[i]
        rect[i] = QRectF(x0, y0, x1 - x0, y1 - y0)
    dashed_box: Box | None = None
    outline = _outline_is_strips(painter)
    # Bars are axis-aligned: no antialiasing, pixel-snapped, outlines as filled edge strips
    # (stroking a pen, dashed above all, along wide bars costs far more than filling).
    painter.save()
    self._anchor_patterns(painter, f)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    memo = _colour_memo(self)[0] if BAR_COLOURS_KEPT else {}
    for c in order:
        periods, months, exact, dashed = batches[c][:4]
        if not (periods or months):
            continue
        base, edge, light, hatch, dash = _bar_colours(self, memo, c)
        if periods:
            painter.setBrush(base)
            painter.drawRects([rect[i] for i in periods])
        if months:  # lighter fill plus hatching, so they never read as a point
            rects = [rect[i] for i in months]
            painter.setBrush(light)
            painter.drawRects(rects)
            painter.setBrush(hatch)
            self._anchor_patterns(painter, f, pattern=True)
            painter.drawRects(rects)
            self._anchor_patterns(painter, f)
            if exact and outline and edge.alpha() == 255:
                # One device pixel's outline per bar: on whole device pixels, unantialiased
                # and opaque, the pixels the four strips below fill, at a quarter of the
                # rectangles (half the time for 213 bars, measured).
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge, 0))
                painter.drawRects([QRectF(a, b, c - a - 1, d - b - 1)
                                   for a, b, c, d in (bar_box[i] for i in exact)])
                painter.setPen(Qt.PenStyle.NoPen)
            elif exact:
                painter.setBrush(edge)
                tb, lr = edges(exact, bar_box, 1.0)
                painter.drawRects(tb + lr)
        if dashed:  # approximate / uncertain: dashed edges
            if dashed_box is None:
                dashed_box = boxes(hh + 1.0, [i for b in batches.values() for i in b[3]])
            horizontal, vertical = self._dash_brushes(dash)
            top_bottom, sides = edges(dashed, dashed_box, 2.0)
            painter.setBrush(horizontal)
            painter.drawRects(top_bottom)
            painter.setBrush(vertical)
            painter.drawRects(sides)
    painter.restore()




# The bars' colours and brushes of a few items (``_draw_bars``) from ``_colour_memo`` as for
# many, not made again per colour on every frame (some 15 Qt objects a frame at tier XS).
# False: made afresh (the tests, the same-run measurement).
BAR_COLOURS_KEPT = True


def _bar_colours(self: TimelinePainter, memo: dict, c: int) -> tuple:
    """(fill, edge, light fill, hatching, dashed edge) of palette colour ``c``, kept in ``memo``."""
    colours = memo.get(c)
    if colours is None:
        base = self._colour(c)
        edge = base.darker(135)
        light = QColor(base)
        light.setAlpha(70)
        colours = memo[c] = (base, edge, light, QBrush(base, Qt.BrushStyle.BDiagPattern),
                             edge.darker(120))
    return colours


def _colour_memo(self: TimelinePainter) -> tuple[dict, dict]:
    """(bars' colours and brushes, diamonds' colour and pens) by palette colour, made once per
    palette (``QColor.darker`` and the pens per colour were some 40 calls a frame)."""
    memo = self._bar_colours
    if memo is None or memo[0] is not self._colours:
        memo = self._bar_colours = (self._colours, {}, {})
    return memo[1], memo[2]

TRACKS_KEPT = True  # False: every track rectangle built afresh each frame (the tests)
# Tracks' rectangles made for a frame (a new filter's: ~300 at tier M, ~1 µs each as QRectF)
# go to Qt as arrays (``HeldRects``: the same rectangles, the same call), kept as such for the
# next pan. False: lists of QRectF, as before (the tests, the same-run measurement).
TRACK_ARRAYS = True
BARS_KEPT = True  # False: every bar worked out afresh each frame (the tests, the measurement)


def _draw_bars_kept(self: TimelinePainter, painter: QPainter, f: Frame,
                    batches: dict[int, tuple[list[int], ...]], order: list[int]) -> None:
    """The bars of ``_update_items`` drawn from rectangles kept from the frames before, in
    coordinates from the day axis's origin, under a translation to it.

    At one zoom, a pan moves every bar by whole pixels (the origin is a whole pixel, bars are
    snapped to whole pixels), so a bar's rectangle from the origin stays the same until it is
    cut at the plot's edge or its row moves. Each frame works out every bar's box in numpy as
    before (``_bar_box``), compares the boxes from the origin with the kept ones, and builds
    the ``QRectF`` lists again only for the colours with a bar that changed: at tier S's whole
    span, some 600 rectangles a frame were built in Python (~0.6 ms with their boxes).

    Drawn under ``translate(origin)``: unantialiased fills and a cosmetic outline on whole
    pixels moved by whole pixels are the same pixels. Only on a raster device at a pixel ratio
    of 1 with whole-pixel translations (``_outline_is_strips``), screens only (slides keep
    fractional origins); there, Qt places a texture's and a pattern's origin alike (the
    painter's transform applied), so both are anchored at the origin by ``(0, 0)`` under the
    translation, as ``_anchor_patterns`` anchors them without it."""
    p = self._placements
    assert p is not None and f.idx is not None and f.y is not None
    hh = f.half_h
    n = len(f.idx)
    ox = f.x_origin
    x0, y0, x1, y1 = _bar_box(f, np.arange(n), hh)
    x0 -= ox
    x1 -= ox
    memo = next((m for m in self._bars_memo if m[0] is batches), None)
    moved: dict[int, list[int]] = {}  # by colour, the items whose bar changed
    fresh = memo is None or memo[1] != hh or memo[2] is not self._colours or len(memo[3]) != n
    if memo is None or fresh:
        lists: dict[int, tuple] = {}
        redo = order
    else:
        lists = memo[6]
        changed = (memo[3] != x0) | (memo[4] != x1) | (memo[5] != f.y)
        redo = (np.unique(p.colour[f.idx[changed]]).tolist() if changed.any() else [])
        if BARS_PATCHED and redo:
            items = np.flatnonzero(changed)
            for k, c in zip(items.tolist(), p.colour[f.idx[items]].tolist()):
                moved.setdefault(c, []).append(k)
    if redo:
        lists = dict(lists)
        dy0 = dy1 = None
        arrays = None
        as_arrays: list[int] = []  # the colours made as arrays, all in one take below
        for c in redo:
            periods, months, exact, dashed = batches[c][:4]
            if not (periods or months):
                continue
            if dashed and dy0 is None:
                _a, dy0, _b, dy1 = _bar_box(f, np.arange(n), hh + 1.0)
            if (c in moved and c in lists and all(isinstance(r, list) for r in lists[c])
                    and len(moved[c]) * BARS_PATCH_SHARE <= len(periods) + len(months)):
                lists[c] = _patched_bar_lists(lists[c], batches[c][:4], moved[c],
                                              (x0, y0, x1, y1), (dy0, dy1))
            elif BAR_ARRAYS and (fresh or (BAR_ARRAYS_AGAIN and len(moved.get(c, ()))
                                           * BARS_PATCH_SHARE > len(periods) + len(months))):
                if arrays is None:
                    arrays = _bar_arrays((x0, y0, x1, y1), (dy0, dy1))
                elif dashed and arrays[2] is None:
                    arrays = (*arrays[:2], _bar_arrays((x0, y0, x1, y1), (dy0, dy1))[2])
                as_arrays.append(c)
            else:
                lists[c] = _bar_lists(batches[c][:4], (x0, y0, x1, y1), (dy0, dy1))
        if as_arrays:
            assert arrays is not None  # made for the first of them
            lists.update(_bar_arrays_of(as_arrays, batches, arrays))
        memo = (batches, hh, self._colours, x0, x1, f.y.copy(), lists)
    if memo is not None:  # newest first; one per grouping of the items (``BATCHES_KEPT``)
        kept = [memo] + [m for m in self._bars_memo if m[0] is not batches]
        self._bars_memo = kept[:BATCHES_KEPT]
    edges = _colour_memo(self)[0]
    painter.save()
    painter.translate(ox, 0.0)
    painter.setBrushOrigin(QPointF(0.0, 0.0))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for c in order:
        drawn = lists.get(c)
        if drawn is None:
            continue
        periods_r, months_r, outline_r, tb, lr = drawn
        base, edge, light, hatch, dash = _bar_colours(self, edges, c)
        if len(periods_r):
            painter.setBrush(base)
            _draw_kept(painter, periods_r)
        if len(months_r):
            painter.setBrush(light)
            _draw_kept(painter, months_r)
            painter.setBrush(hatch)
            _draw_kept(painter, months_r)
            if len(outline_r) and edge.alpha() == 255:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge, 0))
                _draw_kept(painter, outline_r)
                painter.setPen(Qt.PenStyle.NoPen)
            elif len(outline_r):  # a translucent palette colour: the four strips, as before
                exact = batches[c][2]
                a, b = x0[exact], x1[exact]
                t, d = y0[exact], y1[exact]
                one = np.ones(len(exact))
                painter.setBrush(edge)
                painter.drawRects(_rects(a, t, b - a, one) + _rects(a, d - 1.0, b - a, one)
                                  + _rects(a, t, one, d - t) + _rects(b - 1.0, t, one, d - t))
        if len(tb):
            horizontal, vertical = self._dash_brushes(dash)
            painter.setBrush(horizontal)
            _draw_kept(painter, tb)
            painter.setBrush(vertical)
            _draw_kept(painter, lr)
    painter.restore()


# A pan at one zoom that moves a few bars (cut at the plot's edges: at tier S's whole span, 4
# bars of 3 colours on each nudge) builds those bars' rectangles, not every rectangle of their
# colours (some 300). Patched where the moved bars are at most a BARS_PATCH_SHARE-th of their
# colour's. False: the colours rebuilt (the tests, the same-run measurement).
BARS_PATCHED = True
BARS_PATCH_SHARE = 4


# A pan step draws other items than the frame before (218 at tier M zoomed to 1 %, a tenth of
# them new each step, most bars cut at the plot's edges and so moved), so no kept grouping fits
# and every bar's rectangles were made again as QRectF objects (~1 µs each). For a new grouping
# they go to Qt as arrays instead (``HeldRects``: the same rectangles, the same call, the
# pointer made once, so a grouping drawn again costs no more than kept lists); a colour that
# moves in a grouping drawn again gets lists, patched as before. False: lists of QRectF (the
# tests).
BAR_ARRAYS = True
# A colour of a grouping drawn again with too many moved bars to patch (the zoomed frames at
# tier M: most of 218 bars are cut at the plot's edges, so each nudge moves them) got its
# QRectF lists made again (~600 rectangles, ~1 ms a frame); arrays instead, as for a new
# grouping (a colour with a few moved gets lists, patched from then on). False: lists (the
# tests, the same-run measurement).
BAR_ARRAYS_AGAIN = True


def _bar_arrays(box: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                dashed_box: tuple[np.ndarray | None, np.ndarray | None]) -> tuple:
    """Every item's bar box, outline and (when ``dashed_box`` is known) dashed top, bottom,
    left and right edges as ``_rect_array``s, with ``_bar_lists``' arithmetic."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    dashes = None
    dy0, dy1 = dashed_box
    if dy0 is not None and dy1 is not None:
        dashes = (_rect_array(x0, dy0, w, 2.0), _rect_array(x0, dy1 - 2.0, w, 2.0),
                  _rect_array(x0, dy0, 2.0, dy1 - dy0), _rect_array(x1 - 2.0, dy0, 2.0, dy1 - dy0))
    return _rect_array(x0, y0, w, y1 - y0), _rect_array(x0, y0, w - 1, y1 - y0 - 1), dashes


def _bar_arrays_of(colours: list[int], batches: dict[int, tuple[list[int], ...]],
                   arrays: tuple) -> dict[int, tuple]:
    """Each colour's ``_bar_lists`` as ``HeldRects``, rows taken from the frame's
    ``_bar_arrays``: every colour's rows in one take, each list a slice of it, so the pointer
    for Qt is found once (a take and a pointer per list cost ~4 µs: some 50 lists a pan step
    at tier M zoomed to 1 %)."""
    box, outline, dashes = arrays
    n = len(box)
    take: list[int] = []
    ends: list[int] = []  # where each list ends in ``take``: five a colour

    def add(sel: list[int], *offsets: int) -> None:
        for o in offsets:
            take.extend([k + o for k in sel] if o else sel)
        ends.append(len(take))

    for c in colours:
        periods, months, exact, dashed = batches[c][:4]
        add(periods, 0)
        add(months, 0)
        add(exact, n)
        add(dashed, 2 * n, 3 * n)  # tops, then bottoms
        add(dashed, 4 * n, 5 * n)  # left sides, then right sides
    rows = np.concatenate((box, outline) + (tuple(dashes) if dashes is not None else ()))[take]
    address = _address(rows)
    held: list[HeldRects | list] = []
    start = 0
    for end in ends:
        held.append(HeldRects(rows[start:end], address and address + rows.strides[0] * start)
                    if end > start else [])
        start = end
    return {c: tuple(held[5 * i:5 * i + 5]) for i, c in enumerate(colours)}


def _draw_kept(painter: QPainter, rects: HeldRects | list[QRectF]) -> None:
    """Kept rectangles: a list of QRectF or ``HeldRects``."""
    if isinstance(rects, list):
        painter.drawRects(rects)
    else:
        rects.draw(painter)


def _bar_lists(batch: tuple, box: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
               dashed_box: tuple[np.ndarray | None, np.ndarray | None]) -> tuple:
    """A colour's ``(periods, months, outlines, dashed tops and bottoms, dashed sides)``
    rectangles from the origin, for ``_draw_bars_kept``: every bar's box in ``box``
    (x0, y0, x1, y1), the dashed edges' in ``dashed_box`` (y0, y1 one pixel further out)."""
    periods, months, exact, dashed = batch
    x0, y0, x1, y1 = box

    def rects(sel: list[int]) -> list[QRectF]:
        return _rects(x0[sel], y0[sel], x1[sel] - x0[sel], y1[sel] - y0[sel])

    outline = (_rects(x0[exact], y0[exact], x1[exact] - x0[exact] - 1,
                      y1[exact] - y0[exact] - 1) if exact else [])
    tb: list[QRectF] = []
    lr: list[QRectF] = []
    if dashed:
        dy0, dy1 = dashed_box
        assert dy0 is not None and dy1 is not None  # made when a colour has dashed bars
        a, b, t, d = x0[dashed], x1[dashed], dy0[dashed], dy1[dashed]
        two = np.full(len(dashed), 2.0)
        tb = _rects(a, t, b - a, two) + _rects(a, d - 2.0, b - a, two)
        lr = _rects(a, t, two, d - t) + _rects(b - 2.0, t, two, d - t)
    return (rects(periods) if periods else [], rects(months) if months else [], outline, tb, lr)


def _patched_bar_lists(old: tuple, batch: tuple, moved: list[int],
                       box: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                       dashed_box: tuple[np.ndarray | None, np.ndarray | None]) -> tuple:
    """A colour's kept ``(periods, months, outlines, dashed tops and bottoms, dashed sides)``
    rectangles with those of the ``moved`` items made again, element by element as
    ``_draw_bars_kept`` makes them (the same arithmetic, the same order)."""
    periods, months, exact, dashed = batch
    x0, y0, x1, y1 = box
    periods_r, months_r, outline_r, tb, lr = (list(r) for r in old)
    dy0, dy1 = dashed_box
    for k in moved:
        a, b, t, d = float(x0[k]), float(x1[k]), float(y0[k]), float(y1[k])
        if k in periods:
            periods_r[periods.index(k)] = QRectF(a, t, b - a, d - t)
        if k in months:
            months_r[months.index(k)] = QRectF(a, t, b - a, d - t)
        if k in exact:
            outline_r[exact.index(k)] = QRectF(a, t, b - a - 1, d - t - 1)
        if k in dashed:
            assert dy0 is not None and dy1 is not None  # made when a colour has dashed bars
            i, m = dashed.index(k), len(dashed)
            t2, d2 = float(dy0[k]), float(dy1[k])
            tb[i], tb[m + i] = QRectF(a, t2, b - a, 2.0), QRectF(a, d2 - 2.0, b - a, 2.0)
            lr[i], lr[m + i] = QRectF(a, t2, 2.0, d2 - t2), QRectF(b - 2.0, t2, 2.0, d2 - t2)
    return periods_r, months_r, outline_r, tb, lr


FEW_ITEMS = 64  # up to this many items, shapes and batches are worked out in a plain loop
BATCHES_REUSED = True  # the last frame's batches for the same items (see _item_batches)


def _item_batches(self: TimelinePainter, f: Frame, few: bool) -> dict[int, tuple[list[int], ...]]:
    """``_batches`` of the frame's items, reused while the same items are drawn (the batches
    depend only on which placements are drawn and which as diamonds): the whole span panned
    or nudged draws the same 761 items at tier S, grouped again each frame before (0.19 ms);
    the last ``BATCHES_KEPT`` groupings are kept, so a filter taken back finds its own."""
    p = self._placements
    assert p is not None and f.idx is not None and f.is_point is not None  # marker mode
    kept = self._batches_memo
    for k, memo in enumerate(kept if BATCHES_REUSED else ()):
        if (memo[0] == id(p) and memo[1] == few and len(memo[2]) == len(f.idx)
                and np.array_equal(memo[2], f.idx) and np.array_equal(memo[3], f.is_point)):
            kept.insert(0, kept.pop(k))
            return memo[4]
    batches = _batches(p.colour[f.idx], p.is_span[f.idx], p.inexact[f.idx], f.is_point, few)
    kept.insert(0, (id(p), few, f.idx.copy(), f.is_point.copy(), batches))
    del kept[BATCHES_KEPT if BATCHES_REUSED else 1:]
    return batches


# The last few frames' batches are kept (compared in full, newest first): a filter taken back
# (cleared, or the one before again) draws the items it drew before at the zoom it is shown at.
BATCHES_KEPT = 3


def _outline_is_strips(painter: QPainter) -> bool:
    """Whether a one-device-pixel outline (a cosmetic pen, unantialiased) fills exactly the
    pixels of four 1-px strips round a bar on whole pixels: on pixels (never in a PDF or SVG,
    where a hairline is not a filled edge), a logical pixel a device pixel, whole pixels kept
    whole (a screen at pixel ratio 1, a picture drawn unscaled)."""
    t = painter.transform()
    return (painter.paintEngine().type() == QPaintEngine.Type.Raster
            and painter.device().devicePixelRatioF() == 1.0
            and t.type() in (QTransform.TransformationType.TxNone,
                             QTransform.TransformationType.TxTranslate)
            and t.dx() == round(t.dx()) and t.dy() == round(t.dy()))


def _batches(colour: np.ndarray, span: np.ndarray, inexact: np.ndarray, point: np.ndarray,
             few: bool) -> dict[int, tuple[list[int], ...]]:
    """Per colour, the items of each batch in drawing order: periods, month/year bars, those of
    them with an exact date (a solid edge), approximate bars (dashed edges), diamonds,
    approximate diamonds. ``few``: in a plain pass; else one numpy grouping per batch."""
    batches: dict[int, tuple[list[int], ...]] = {}
    if few:
        for i, (c, sp, inx, pt) in enumerate(zip(colour.tolist(), span.tolist(),
                                                 inexact.tolist(), point.tolist())):
            b = batches.get(c)
            if b is None:
                b = batches[c] = ([], [], [], [], [], [])
            if pt:
                b[4].append(i)
                if inx:
                    b[5].append(i)
                continue
            if sp:
                b[0].append(i)
            else:
                b[1].append(i)
                if not inx:
                    b[2].append(i)
            if inx:
                b[3].append(i)
        return batches
    bar = ~point
    masks = (bar & span, bar & ~span, bar & ~span & ~inexact, bar & inexact, point,
             point & inexact)
    for k, mask in enumerate(masks):
        sel = np.flatnonzero(mask)
        if not len(sel):
            continue
        cs = colour[sel]
        order = np.argsort(cs, kind="stable")  # by colour, each in drawing order
        sel, cs = sel[order], cs[order]
        # Each colour's run sliced from one list (np.split and a tolist per run cost ~4 µs a
        # run: some 60 runs when a new filter is drawn at tier S).
        members = sel.tolist()
        starts = np.flatnonzero(cs[1:] != cs[:-1]).tolist()
        starts = [0] + [s + 1 for s in starts]
        for lo, hi, c in zip(starts, starts[1:] + [len(members)], cs[starts].tolist()):
            b = batches.get(c)
            if b is None:
                b = batches[c] = ([], [], [], [], [], [])
            b[k].extend(members[lo:hi])
    return batches


def _diamond_rects(f: Frame, sel: np.ndarray, radius: float, ox: float = 0.0
                   ) -> list[QRectF]:
    """The squares that, drawn in a frame rotated by 45° (about ``(ox, 0)``), are the
    diamonds of ``sel``."""
    assert f.x0 is not None and f.x1 is not None and f.y is not None  # marker mode
    cx = (f.x0[sel] + f.x1[sel]) / 2 - ox
    cy = f.y[sel]
    c = math.sqrt(0.5)
    u, v = (cx + cy) * c, (cy - cx) * c
    side = radius * math.sqrt(2.0)
    n = len(sel)
    x, y = u - side / 2, v - side / 2
    if not DIAMONDS_REUSED:
        return _rects(x, y, np.full(n, side), np.full(n, side))
    # Turned about the day axis's origin, a diamond's square does not move when the view
    # pans at one zoom: the squares of the last frames are found by their exact corners.
    key = (side, x.tobytes(), y.tobytes())
    rects = _DIAMOND_SQUARES.get(key)
    if rects is None:
        global _DIAMOND_SQUARES_HELD
        if _DIAMOND_SQUARES_HELD + n > DIAMOND_SQUARES_KEPT:
            _DIAMOND_SQUARES.clear()
            _DIAMOND_SQUARES_HELD = 0
        rects = _DIAMOND_SQUARES[key] = _rects(x, y, np.full(n, side), np.full(n, side))
        _DIAMOND_SQUARES_HELD += n
    return rects


DIAMONDS_REUSED = True
DIAMOND_FRAMES_KEPT = True  # False: each colour's squares looked up on their own (the tests)
DIAMOND_SQUARES_KEPT = 20000  # squares kept (a few frames' worth at 10^4 events in view)
_DIAMOND_SQUARES_HELD = 0
_DIAMOND_SQUARES: dict[tuple[float, bytes, bytes], list[QRectF]] = {}


def _colour(self: TimelinePainter, c: int) -> QColor:
    return self._colours[c] if c < len(self._colours) else QColor(tl.GREY)


def _anchor_patterns(self: TimelinePainter, painter: QPainter, f: Frame, pattern: bool = False) -> None:
    """Screens: dotted and hatched fills tile from the day axis's origin, so they move with
    the events when the view pans (a scrolled picture matches a fresh one). Qt takes a
    texture's origin in the painter's pixels and a pattern's (``pattern``) in the device's."""
    if self.slide is None:
        scale = painter.device().devicePixelRatioF() if pattern else 1.0
        painter.setBrushOrigin(QPointF(f.x_origin * scale, 0.0))


def _dash_brushes(self: TimelinePainter, colour: QColor, dashes: tuple[int, ...] = (1, 1, 1, 1, 0, 0, 0)
                  ) -> tuple[QBrush, QBrush]:
    """Texture brushes painting ``dashes`` (1 = ink per pixel, repeating) along x and y:
    filling a thin strip with one draws a dashed line at the cost of a plain fill."""
    key = (colour.rgba(), dashes)
    brushes = self._dash_cache.get(key)
    if brushes is None:
        pattern = np.array(dashes, dtype=bool)
        a = colour.alpha() / 255.0
        argb = np.uint32((colour.alpha() << 24) | (int(colour.red() * a) << 16)
                         | (int(colour.green() * a) << 8) | int(colour.blue() * a))
        row = np.where(pattern, argb, np.uint32(0)).astype(np.uint32)
        images = []
        for w, h in ((len(row), 1), (1, len(row))):
            image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            for i, v in enumerate(row.tolist()):
                image.setPixel(i if h == 1 else 0, 0 if h == 1 else i, v)
            images.append(QBrush(image))
        brushes = self._dash_cache[key] = (images[0], images[1])
    return brushes


def _bar_rects(f: Frame, sel: np.ndarray, half_h: float) -> list[QRectF]:
    x0, y0, x1, y1 = _bar_box(f, sel, half_h)
    return _rects(x0, y0, x1 - x0, y1 - y0)


def _bar_box(f: Frame, sel: np.ndarray, half_h: float):
    # Clipped in numpy first: Qt rasterising (and hatching) a bar that runs 10^5 px off
    # screen costs milliseconds per bar. Snapped to pixels: bars are drawn unantialiased.
    assert f.x0 is not None and f.x1 is not None and f.y is not None  # marker mode
    lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
    x0 = np.floor(np.clip(f.x0[sel], lo, hi))
    x1 = np.maximum(np.ceil(np.clip(f.x1[sel], lo, hi)), x0 + 1)
    y0 = np.round(f.y[sel] - half_h)
    return x0, y0, x1, y0 + round(2 * half_h)


def _draw_diamonds(painter: QPainter, f: Frame, sel: np.ndarray, radius: float) -> None:
    """Diamonds as squares drawn in a frame rotated by 45°: one drawRects for all of them."""
    painter.save()
    painter.rotate(45.0)
    painter.drawRects(_diamond_rects(f, sel, radius))
    painter.restore()


def _update_selection_marks(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    if self._selected is not None:
        self._draw_marks(painter, f, self._selected, ((self._c.halo, 5.0),
                                                      (self._c.select, 2.2)))


def _draw_marks(self: TimelinePainter, painter: QPainter, f: Frame, row: int, pens) -> None:
    """Outlines round every drawn item of event ``row``, one stroke per (colour, width)."""
    assert self._placements is not None  # marks are drawn over placements
    assert f.idx is not None and f.x0 is not None and f.x1 is not None and f.y is not None and f.is_point is not None  # marker mode
    sel = np.flatnonzero(self._placements.event_row[f.idx] == row)
    if not len(sel):
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in pens:
        painter.setPen(QPen(colour, width))
        pts = sel[f.is_point[sel]]
        if len(pts):
            self._draw_diamonds(painter, f, pts, f.radius + 2.5)
        bars = sel[~f.is_point[sel]]
        if len(bars):
            rects = self._bar_rects(f, bars, f.half_h + 2.5)
            painter.drawRects([r.adjusted(-2.5, 0, 2.5, 0) for r in rects])


def _update_overflow(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Items that did not fit their lane: a tick each along the lane's foot (the gutter
    says how many)."""
    if f.overflow_lane is None:
        return
    geom = f.lanes
    assert geom is not None and f.overflow_x is not None  # set with overflow_lane
    lane = f.overflow_lane.astype(np.int64)
    # One tick per (lane, pixel column): distinct keys of a 1-D integer array (np.unique
    # along an axis sorts structured rows, ~10 times slower; same ticks).
    x = np.floor(f.overflow_x).astype(np.int64)
    span = int(x.max()) + 1 if len(x) else 1
    key = np.unique(lane * span + x)
    cols = np.stack([key // span, key % span]).astype(np.float64)
    lanes_of_cols = cols[0].astype(np.int64)
    y = f.plot.top() + geom.top[lanes_of_cols] + geom.height[lanes_of_cols] - 3.0
    if OVERFLOW_AS_LINES and _ticks_as_lines(painter, self._c.muted):
        _draw_tick_lines(painter, key % span, np.floor(y + 0.5).astype(np.int64),
                         self._c.muted)
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(self._c.muted)
    painter.drawRects(_rects(cols[1], y, np.ones(cols.shape[1]), np.full(cols.shape[1], 2.0)))
    painter.restore()


OVERFLOW_AS_LINES = True  # False: a rectangle per tick (the same-run measurement, the tests)


def _ticks_as_lines(painter: QPainter, colour: QColor) -> bool:
    """Whether the overflow ticks (opaque 1 x 2 px fills on whole columns, unantialiased) can
    be drawn as one picture per lane foot with the same pixels: an opaque colour, on a raster
    device at whole device pixels (``_outline_is_strips``), plainly composed."""
    return (colour.alpha() == 255 and painter.opacity() == 1.0
            and painter.compositionMode() == QPainter.CompositionMode.CompositionMode_SourceOver
            and _outline_is_strips(painter))


def _draw_tick_lines(painter: QPainter, xs: np.ndarray, ys: np.ndarray, colour: QColor) -> None:
    """Ticks 1 px wide and 2 px tall at columns ``xs`` from rows ``ys`` (whole pixels, where
    an unantialiased fill of the tick's rectangle lands: Qt rounds its edges to the nearest
    pixel), as one two-row picture per row of ticks: clear where there is no tick, the colour
    where there is. At tier S's whole span ~240 ticks were as many ``QRectF``s a frame."""
    ink = np.uint32(colour.rgba())  # opaque: premultiplied is the same
    for row in np.unique(ys).tolist():
        at = xs[ys == row]
        x0 = int(at.min())
        width = int(at.max()) - x0 + 1
        line = np.zeros((2, width), dtype=np.uint32)
        line[:, at - x0] = ink
        image = QImage(line.data, width, 2, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
        painter.drawImage(QPointF(x0, row), image)
        del image, line
