"""What lies behind the timeline's events: lane grounds, era shading, the grid, the era strip, and
the density strip that stands in for events too many to draw one by one.

Each function is a method of ``TimelinePainter`` (``explorer.qt.render.timeline_painter``),
assigned in its class body: ``self`` is the painter.
"""

from __future__ import annotations

import bisect
import itertools
import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

from explorer.charts import timeline_layout as tl
from explorer.qt.render.timeline_frame import (
    _DENSITY,
    _ERA_TINTS,
    Frame,
    _clip,
    _Colours,
    _density_rows,
    _draw_rects,
    _over,
    _rect_array,
    _union,
)
from explorer.qt.render.timeline_items import _outline_is_strips

if TYPE_CHECKING:
    from explorer.qt.render.timeline_painter import TimelinePainter


def _backdrop_fits(self: TimelinePainter, painter: QPainter, f: Frame) -> bool:
    """Whether ``_update_backdrop`` paints this frame (screens with lanes, raster devices)."""
    return (self.slide is None and f.lanes is not None
            and painter.paintEngine().type() == QPaintEngine.Type.Raster
            and round(f.plot.right() + 14.0) > math.floor(f.gutter)
            and round(f.axis_y) > round(f.plot.top()))


def _update_backdrop(self: TimelinePainter, painter: QPainter, f: Frame, eras: bool) -> bool:
    """Screens: lane backgrounds, era shading and grid in one pass. Inside a lane every
    pixel row is the same, so each lane colour's row is composed once in numpy (ground, era
    bands and hairlines premixed, grid lines) and the lane is filled with it as an opaque
    texture: a copy per row. Drawn one by one, the vertical hairlines cost more than every
    event (a thin column touches one cache line per pixel: 6 ms for 139 grid lines at tier
    S, measured). False (nothing drawn) where the fills must stay shapes: slides, vector
    devices, or no lanes."""
    if not self._backdrop_fits(painter, f):
        return False
    c = self._c
    left = math.floor(f.gutter)
    right = round(f.plot.right() + 14.0)
    px0, px1 = round(f.plot.left()), round(f.plot.right())
    top, bottom = round(f.plot.top()), round(f.axis_y)
    covered = _layers_cover(self, painter, f) if GROUNDS_UNDER_LAYERS_SKIPPED else None
    if covered is None:
        # The window's colour only where the lanes are not: each pixel filled once.
        for rect in (QRectF(0, 0, self._w, top), QRectF(0, bottom, self._w, self._h - bottom),
                     QRectF(right, top, self._w - right, bottom - top)):
            if rect.width() > 0 and rect.height() > 0:
                painter.fillRect(rect, c.bg)
        painter.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
    else:
        _fill_grounds_around_layers(self, painter, f, covered, top, bottom, right)
    spans: list[tuple[int, int]] = []
    hairlines = np.empty(0, dtype=np.int64)
    if eras:
        er = self._eras
        assert er is not None  # ``eras`` is true only with era bands
        where = (er, self._range[1], f.x_origin, f.px_per_day, px0, px1)
        spans, hairlines = _era_shading_few(*where) or _era_shading(
            *where, alt=self._memo(("era alternates", id(er)), lambda: _era_alternates(er)))
    t = f.ticks
    grid = []
    for ticks, colour in ((t.minor, c.grid_minor), (t.major, c.grid_major)):
        cols = np.floor(f.x_origin + np.asarray(ticks, dtype=np.float64) * f.px_per_day)
        grid.append((cols[(cols >= px0) & (cols < px1)].astype(np.int64), colour))
    rows: dict[int, QBrush] = {}
    grid_px = [(cols, _row_pixel(c, colour)) for cols, colour in grid]

    def row_brush(ground: QColor) -> QBrush:
        brush = rows.get(ground.rgba())
        if brush is None:
            ground_px, band, line_px = _row_mixes(c, ground)
            line = np.full(right - left, ground_px, dtype=np.uint32)
            for a, w in spans:
                line[a - left:a + w - left] = band
            line[hairlines - left] = line_px
            for cols, px in grid_px:
                line[cols - left] = px
            image = QImage(line.data, len(line), 1, len(line) * 4,
                           QImage.Format.Format_RGB32).copy()
            brush = rows[ground.rgba()] = QBrush(image)
        return brush

    y0, y1 = self._lane_edges(f)
    segments = [(max(a, top), min(b, bottom), c.lane_bg[i % 2])
                for i, (a, b) in enumerate(zip(y0, y1))]
    edges = [top] + [y for a, b, _ in segments for y in (a, b)] + [bottom]
    segments += [(a, b, c.bg) for a, b in zip(edges[0::2], edges[1::2])]  # gaps
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrushOrigin(QPointF(left, 0))
    for a, b, ground in segments:
        if b > a:
            painter.fillRect(QRectF(left, a, right - left, b - a), row_brush(ground))
    if f.era_rect is not None:  # major grid lines run up through the era strip
        cols = grid[1][0]
        et = round(f.era_rect.top())
        painter.setBrush(c.grid_major)
        _draw_rects(painter, _rect_array(cols, et, 1.0, top - et))
        if et <= round(f.era_rect.bottom()) <= top:  # what lies under the era strip now
            self._strip_ground = cols
    painter.restore()
    painter.setPen(QPen(c.rule, 1.0))
    painter.drawLine(QPointF(f.gutter, f.plot.top()), QPointF(f.gutter, f.axis_y))
    return True


def _era_shading(er: tl.EraBands, day1: float, x_origin: float, px_per_day: float, px0: int,
                 px1: int, alt: np.ndarray | None = None) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The lanes' era shading in whole pixels from ``px0`` to ``px1``: (bands of every other
    term of the first row, overlapping ones as one, as (start, width); the columns where a
    term starts, for the hairlines)."""
    # ``np.clip`` and ``np.unique`` as the ufuncs and the sort under them (their Python
    # wrappers were a third of this at tier S's 74 eras); the same numbers.
    x0 = np.round(x_origin + er.start * px_per_day)
    np.minimum(np.maximum(x0, px0, out=x0), px1, out=x0)
    x1 = np.round(x_origin + er.clipped_end(day1) * px_per_day)
    np.minimum(np.maximum(x1, px0, out=x1), px1, out=x1)
    if alt is None:
        alt = _era_alternates(er)
    alt = alt[x1[alt] > x0[alt]]
    bands = _union(x0[alt], x1[alt])
    lines = np.sort(x0[(x0 > px0) & (x0 < px1)])
    if len(lines) > 1:
        lines = lines[np.concatenate(([True], lines[1:] != lines[:-1]))]
    return (list(zip(bands[0].astype(np.int64).tolist(), bands[1].astype(np.int64).tolist())),
            lines.astype(np.int64))


def _era_alternates(er: tl.EraBands) -> np.ndarray:
    """Every other term of the era strip's first row by start (the lanes shade their spans)."""
    first_row = np.flatnonzero(er.row == 0)
    return first_row[np.argsort(er.start[first_row], kind="stable")][1::2]


# Up to this many eras, the lanes' era shading (bands of every other term of the first row, a
# hairline where each term starts) and the era strip's columns are worked out in plain loops:
# their two dozen numpy calls on eight values (the shipped pack) cost ~0.1 ms a frame, the loops
# a third of it. 0: numpy always (the tests, the same-run measurement).
ERA_SHADING_FEW = 16


def _era_shading_few(er: tl.EraBands, day1: float, x_origin: float, px_per_day: float,
                     px0: int, px1: int) -> tuple[list[tuple[int, int]], np.ndarray] | None:
    """``_era_shading`` for a few eras, the same integers; None beyond ``ERA_SHADING_FEW`` eras
    or for days that are not finite (ongoing eras' ends aside)."""
    n = len(er)
    if n > ERA_SHADING_FEW:
        return None
    starts = er.start.tolist()
    if not math.isfinite(sum(starts)):
        return None
    ends = er.clipped_end(day1).tolist()
    if any(e != e for e in ends):  # NaN
        return None

    def column(day: float) -> int:  # np.clip(np.round(x), px0, px1); round: half to even
        x = x_origin + day * px_per_day
        return px0 if x <= px0 else px1 if x >= px1 else min(max(round(x), px0), px1)

    x0 = [column(d) for d in starts]
    x1 = [column(d) for d in ends]
    first = sorted((i for i, r in enumerate(er.row.tolist()) if r == 0), key=starts.__getitem__)
    alt = [i for i in first[1::2] if x1[i] > x0[i]]
    spans: list[tuple[int, int]] = []
    for i in sorted(alt, key=x0.__getitem__):  # their union, each pixel once (``_union``)
        a, b = x0[i], x1[i]
        if spans and a <= spans[-1][1]:
            if b > spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    hairlines = sorted({x for x in x0 if px0 < x < px1})
    return [(a, b - a) for a, b in spans], np.array(hairlines, dtype=np.int64)


# A lane row's pixels that depend on the theme and the lane's ground only (the ground, the era
# band and the era line mixed over it, the grid's colours) are worked out once per theme, not
# for each row on every frame. False: mixed afresh (the tests, the same-run measurement).
ROW_MIXES_KEPT = True


def _row_mixes(c: _Colours, ground: QColor) -> tuple[np.uint32, np.uint32, np.uint32]:
    """(ground, era band over it, era line over it) as RGB32 pixels, kept on the theme's colours."""
    key = ("row", ground.rgba())
    mix = c.mixes.get(key) if ROW_MIXES_KEPT else None
    if mix is None:
        mix = c.mixes[key] = (np.uint32(ground.rgb()), np.uint32(_over(c.era_band, ground).rgb()),
                              np.uint32(_over(c.era_line, ground).rgb()))
    return mix


def _row_pixel(c: _Colours, colour: QColor) -> np.uint32:
    key = ("px", colour.rgba())
    px = c.mixes.get(key) if ROW_MIXES_KEPT else None
    if px is None:
        px = c.mixes[key] = np.uint32(colour.rgb())
    return px


# The gutter's and the legend's pictures (``_draw_layers``) are opaque and cover their
# rectangles: the grounds under them were filled and then overwritten on every frame (a
# seventh of the frame's pixels written twice). False: filled as before (the tests, the
# same-run measurement).
GROUNDS_UNDER_LAYERS_SKIPPED = True


def _layers_cover(self: TimelinePainter, painter: QPainter, f: Frame) -> tuple[int, int, int] | None:
    """``(gutter_right, gutter_bottom, legend_top)``: the whole device pixels the gutter's
    picture (columns ``0..gutter_right``, rows ``0..gutter_bottom``) and the legend's (every
    column, rows ``legend_top..``) will cover in this frame; None where they are not drawn as
    pictures or not on whole device pixels (``_draw_layers``' condition, a pixel ratio of 1)."""
    if not _outline_is_strips(painter):
        return None
    g_right, g_bottom = math.floor(f.gutter), math.floor(f.axis_y)
    legend_top = math.floor(f.legend_y)
    if g_right < 1 or g_bottom < 1 or not 0 <= legend_top < self._h:
        return None
    return g_right, g_bottom, legend_top


def _fill_grounds_around_layers(self: TimelinePainter, painter: QPainter, f: Frame,
                                covered: tuple[int, int, int], top: int, bottom: int,
                                right: int) -> None:
    """What ``_update_backdrop``'s first fills leave on screen once the gutter's and the
    legend's pictures are drawn over them, filled alone: the same fills, in the same order,
    cut to the pixels no picture covers (the fills' edges stay where they were, so the
    gutter's fractional edge column is blended as before)."""
    c = self._c
    g_right, g_bottom, legend_top = covered
    w = self._w
    lower = min(legend_top, self._h)  # the legend's picture covers every row from here
    for rect in (QRectF(g_right, 0, w - g_right, top),  # the gutter's picture covers its part
                 QRectF(0, bottom, w, lower - bottom),
                 QRectF(right, top, w - right, bottom - top)):
        if rect.width() > 0 and rect.height() > 0:
            painter.fillRect(rect, c.bg)
    # The gutter's colour: its column cut by the gutter's fractional edge (right of the
    # picture), and its part of the axis row (below the picture, above the legend).
    if f.gutter > g_right:
        painter.fillRect(QRectF(g_right, 0, f.gutter - g_right, lower), c.gutter)
    if lower > g_bottom:
        painter.fillRect(QRectF(0, g_bottom, g_right, lower - g_bottom), c.gutter)


def _update_lane_backgrounds(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    # on slides the gutter stops at the axis: the legend below spans the whole width
    bottom = f.axis_y if self.slide is not None else self._h
    painter.fillRect(QRectF(0, 0, f.gutter, bottom), self._c.gutter)
    if f.lanes is None:
        return
    width = f.plot.right() + 14.0
    # Whole pixels, no antialiasing: a fractional edge turns a plain fill into a blended
    # rasterisation of the whole lane (the lanes cover most of the frame). Lanes in the
    # window's own colour are already painted.
    y0, y1 = self._lane_edges(f)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    x0 = math.floor(f.gutter)
    for i in range(len(y0)):
        colour = self._c.lane_bg[i % 2]
        if colour != self._c.bg:
            painter.fillRect(QRectF(x0, y0[i], width - x0, y1[i] - y0[i]), colour)
    painter.restore()
    painter.setPen(QPen(self._c.rule, 1.0))
    painter.drawLine(QPointF(f.gutter, f.plot.top()), QPointF(f.gutter, f.axis_y))


def _update_era_shading(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Very faint bands behind the lanes: every other era of the first era row, and a hairline
    at every era change, so the reader can line events up with the periods above."""
    er = self._eras
    assert er is not None  # paint shades eras only when there are some
    _d0, d1 = self._range
    end = er.clipped_end(d1)
    # Cut to the plot in numpy, in whole pixels, drawn unantialiased and unclipped: a clip
    # region and blended edges made these few fills cost more than all the events (18 ms a
    # frame at tier S, measured).
    lo, hi = round(f.plot.left()), round(f.plot.right())
    x0 = np.clip(np.round(f.x_origin + er.start * f.px_per_day), lo, hi)
    x1 = np.clip(np.round(f.x_origin + end * f.px_per_day), lo, hi)
    first_row = np.flatnonzero(er.row == 0)
    alt = first_row[np.argsort(er.start[first_row], kind="stable")][1::2]
    alt = alt[x1[alt] > x0[alt]]
    # Opaque fills of the band colour premixed over each lane's background, not a
    # translucent band blended over the whole plot (6 ms a frame at 1920 px, measured).
    bx, bw = _union(x0[alt], x1[alt])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    top, bottom = round(f.plot.top()), round(f.plot.bottom())
    if len(bx):
        painter.setBrush(_over(self._c.era_band, self._c.bg))
        _draw_rects(painter, _rect_array(bx, top, bw, bottom - top))
    if f.lanes is not None and len(bx):
        y0, y1 = self._lane_edges(f)
        for i in range(len(y0)):
            if self._c.lane_bg[i % 2] == self._c.bg:
                continue
            a, b = max(y0[i], top), min(y1[i], bottom)
            if b <= a:
                continue
            painter.setBrush(_over(self._c.era_band, self._c.lane_bg[i % 2]))
            _draw_rects(painter, _rect_array(bx, a, bw, b - a))
    # A solid faint hairline at every era change: dotted pens are rasterised dash by dash
    # (several ms a frame with hundreds of era changes in view, measured). Opaque 1-px
    # strips premixed over each lane's colour: blending a translucent colour down a column
    # costs 20 times an opaque fill (13 ms for 63 lines at tier S, measured).
    xs = np.unique(x0[(x0 > lo) & (x0 < hi)])
    if len(xs):
        if f.lanes is None:
            spans = [(self._c.bg, [(top, bottom)])]
        else:
            y0, y1 = self._lane_edges(f)
            spans = [(self._c.lane_bg[k], [(max(a, top), min(b, bottom))
                                           for i, (a, b) in enumerate(zip(y0, y1))
                                           if i % 2 == k and min(b, bottom) > max(a, top)])
                     for k in (0, 1)]
        for ground, runs in spans:
            if not runs:
                continue
            painter.setBrush(_over(self._c.era_line, ground))
            _draw_rects(painter, np.concatenate([_rect_array(xs, a, 1.0, b - a)
                                                 for a, b in runs]))
    painter.restore()


def _lane_edges(f: Frame) -> tuple[list[int], list[int]]:
    """Top and bottom of every lane in whole pixels (lanes touch: no gap, no overlap)."""
    assert f.lanes is not None  # asked only of frames with lanes
    tops = np.round(f.plot.top() + f.lanes.top).astype(np.int64)
    bottoms = np.round(f.plot.top() + f.lanes.top + f.lanes.height).astype(np.int64)
    return tops.tolist(), bottoms.tolist()


def _update_grid(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    t = f.ticks
    top = f.era_rect.top() if f.era_rect is not None else f.plot.top()
    minor = f.x_origin + t.minor * f.px_per_day
    major = f.x_origin + t.major * f.px_per_day
    painter.save()
    _clip(painter, QRectF(f.plot.left(), top, f.plot.width(), f.axis_y - top))
    # Hairlines as 1-px strips on whole pixels, unantialiased: a stroked antialiased line
    # at a fractional x blends two columns down the whole plot (the grid cost more than
    # every event at tier XS, measured).
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    y0, y1 = round(top), round(f.axis_y)
    yp = round(f.plot.top())
    for xs, colour, y in ((minor, self._c.grid_minor, yp), (major, self._c.grid_major, y0)):
        xs = np.floor(xs)
        painter.setBrush(colour)
        _draw_rects(painter, _rect_array(xs, y, 1.0, y1 - y))
    painter.restore()


def _update_era_strip(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    er = self._eras
    rect = f.era_rect
    assert er is not None and rect is not None  # paint draws the strip only with both
    _d0, d1 = self._range
    order_in_row = self._memo(("era order", id(er)), lambda: self._era_order(er))
    if self.slide is None and painter.paintEngine().type() == QPaintEngine.Type.Raster:
        order = self._memo(("era label order", id(er)), lambda: _era_label_order(er))
        where = (er, order, d1, f.x_origin, f.px_per_day, rect.left(), rect.right())
        self._paint_era_strip_screen(painter, f, _era_columns_few(*where) or _era_columns(*where),
                                     order_in_row)
        return
    end = er.clipped_end(d1)
    x0 = np.maximum(f.x_origin + er.start * f.px_per_day, rect.left())
    x1 = np.minimum(f.x_origin + end * f.px_per_day, rect.right())
    painter.save()
    _clip(painter, rect)
    painter.setFont(self._small_font)
    fm = QFontMetricsF(self._small_font)
    name_end = _era_label_ends(er, x0, x1)
    for i in np.flatnonzero(x1 > x0).tolist():
        r = int(er.row[i])
        tint = QColor(_ERA_TINTS[r % len(_ERA_TINTS)])
        tint.setAlpha(150 if order_in_row[i] % 2 == 0 else 95)
        band = QRectF(x0[i], rect.top() + r * f.era_row_h + 1, x1[i] - x0[i],
                      f.era_row_h - 2)
        painter.fillRect(band, tint)
        painter.setPen(QPen(self._c.bg, 1.0))
        painter.drawLine(QPointF(x0[i], band.top()), QPointF(x0[i], band.bottom()))
        if name_end[i] <= x0[i]:  # the next term of the row shows its name here
            continue
        text = er.labels[i] + (" →" if er.ongoing[i] else "")
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(name_end[i] - x0[i] - 8))
        if len(text.rstrip("…")) >= 2:  # a lone "…" or letter says nothing
            painter.setPen(self._c.text)
            painter.drawText(band.adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.restore()


def _era_label_order(er: tl.EraBands) -> np.ndarray:
    """The eras by row, then start, then pack order (made once per pack on screen)."""
    return np.lexsort((np.arange(len(er)), er.start, er.row))


def _era_label_ends(er: tl.EraBands, a: np.ndarray, b: np.ndarray,
                    order: np.ndarray | None = None) -> np.ndarray:
    """Where each era's name must end (x) so that names in one row never overlap: eras of one
    row can overlap (a user's pack, the generated ones), and each name starts at its band's
    left end (``a``, cut to the view), so two terms both covering the view's left edge wrote
    their names on top of each other. A name ends where the next era of its row (by start,
    then pack order: the band drawn over it) begins; an era whose start the next one shares
    has no name (the later term's shows). Eras that do not overlap keep their whole band."""
    n = len(er)
    ends = np.asarray(b, dtype=np.float64).copy()
    if n < 2:
        return ends
    if order is None:
        order = _era_label_order(er)
    shown = order[np.asarray(b)[order] > np.asarray(a)[order]]
    if len(shown) < 2:
        return ends
    same_row = er.row[shown[1:]] == er.row[shown[:-1]]
    cur, nxt = shown[:-1][same_row], shown[1:][same_row]
    a_next = np.asarray(a, dtype=np.float64)[nxt]
    ends[cur] = np.minimum(ends[cur], a_next)
    ends[cur[a_next <= np.asarray(a)[cur]]] = -np.inf  # the next term covers its start
    return ends


def _era_order(er: tl.EraBands) -> np.ndarray:
    """Each era's place in its row by start (every other one is tinted lighter)."""
    order_in_row = np.zeros(len(er), dtype=np.int64)
    for r in range(len(er.row_labels)):
        members = np.flatnonzero(er.row == r)
        order_in_row[members[np.argsort(er.start[members])]] = np.arange(len(members))
    return order_in_row


EraColumns = tuple[list[int], list[int], list[int], list[float], float]


def _era_columns(er: tl.EraBands, order: np.ndarray, day1: float, x_origin: float,
                 px_per_day: float, left: float, right: float) -> EraColumns:
    """Where the era strip's terms go on screen, in whole pixels: (starts, ends, the terms with
    a band, where each name must end (``_era_label_ends``), band pixels per pixel row)."""
    x0 = np.maximum(x_origin + er.start * px_per_day, left)
    x1 = np.minimum(x_origin + er.clipped_end(day1) * px_per_day, right)
    a, b = np.round(x0), np.round(x1)
    shown = np.flatnonzero(b > a).tolist()
    name_end = _era_label_ends(er, a, b, order).tolist()
    bands_px = float(np.maximum(b - a, 0.0).sum())
    return (a.astype(np.int64).tolist(), b.astype(np.int64).tolist(), shown, name_end,
            bands_px)


def _era_columns_few(er: tl.EraBands, order: np.ndarray, day1: float, x_origin: float,
                     px_per_day: float, left: float, right: float) -> EraColumns | None:
    """``_era_columns`` for up to ``ERA_SHADING_FEW`` eras in a plain loop, the same numbers
    (a dozen numpy calls on a few values cost more); None for more, or days not finite."""
    n = len(er)
    if n > ERA_SHADING_FEW:
        return None
    starts, ends = er.start.tolist(), er.clipped_end(day1).tolist()
    if not math.isfinite(sum(starts) + sum(ends)):
        return None
    a = [round(x if x > left else left) for x in (x_origin + d * px_per_day for d in starts)]
    b = [round(x if x < right else right) for x in (x_origin + d * px_per_day for d in ends)]
    shown = [i for i in range(n) if b[i] > a[i]]
    name_end = [float(v) for v in b]  # ``_era_label_ends``, pair by pair
    if n >= 2:
        seen = [i for i in order.tolist() if b[i] > a[i]]
        rows = er.row.tolist()
        for cur, nxt in itertools.pairwise(seen):
            if rows[cur] == rows[nxt]:
                if a[nxt] < name_end[cur]:
                    name_end[cur] = float(a[nxt])
                if a[nxt] <= a[cur]:
                    name_end[cur] = -math.inf
    bands_px = float(sum(v - u for u, v in zip(a, b) if v > u))
    return a, b, shown, name_end, bands_px


def _paint_era_strip_screen(self: TimelinePainter, painter: QPainter, f: Frame,
                            columns: EraColumns, order_in_row: np.ndarray) -> None:
    """The era strip on screen: bands on whole pixels, unantialiased (a band with fractional
    edges is blended along all of them), names shaped once per era and width."""
    er = self._eras
    rect = f.era_rect
    assert er is not None and rect is not None  # via _update_era_strip
    fm = QFontMetricsF(self._small_font)
    a, b, shown, name_end, bands_px = columns
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _clip(painter, rect)
    painter.setFont(self._small_font)
    painter.setPen(self._c.text)

    def tints() -> list[QColor]:  # each era's tint, found once per pack (not per frame)
        out = []
        for r, k in zip(er.row.tolist(), order_in_row.tolist()):
            tint = QColor(_ERA_TINTS[int(r) % len(_ERA_TINTS)])
            tint.setAlpha(150 if k % 2 == 0 else 95)
            out.append(tint)
        return out

    tint_of = self._memo(("era tints", id(er), id(order_in_row)), tints)
    rows = er.row.tolist()
    top, row_h, bg, fh = rect.top(), f.era_row_h, self._c.bg, fm.height()
    row_y = [(round(top + r * row_h + 1), round(top + (r + 1) * row_h - 1))
             for r in range(len(er.row_labels))]  # each row's pixel rows, once a frame
    line_cols = self._era_line_columns(painter, f, er, bands_px)
    if line_cols is not None:  # each row's bands composed once, in a line, then filled down
        by_row: dict[int, list[int]] = {}
        for i in shown:
            by_row.setdefault(rows[i], []).append(i)
        for r, members in by_row.items():
            self._fill_era_row(painter, line_cols, members, a, b, tint_of, *row_y[r])
    for i in shown:
        y0, y1 = row_y[rows[i]]
        if line_cols is None:
            painter.fillRect(QRectF(a[i], y0, b[i] - a[i], y1 - y0), tint_of[i])
            painter.fillRect(QRectF(a[i], y0, 1, y1 - y0), bg)
        if name_end[i] <= a[i]:  # the next term of the row shows its name here
            continue
        room = int(name_end[i] - a[i] - 8)
        key = (i, room)
        st = self._era_statics.get(key)
        if st is None and (key not in self._era_statics or not ERA_NAMES_KEPT):
            if len(self._era_statics) > 4000:
                self._era_statics.clear()
            self._era_statics[key] = st = _era_name(self, fm, er, i, room)
        if st is not None:
            painter.drawStaticText(QPointF(a[i] + 4, y0 + (y1 - y0 - fh) / 2), st)
    painter.restore()


def _era_name(self: TimelinePainter, fm: QFontMetricsF, er: tl.EraBands, i: int,
              room: int) -> QStaticText | None:
    """Era ``i``'s name elided to ``room`` and shaped, or None when that leaves under two
    characters. A new filter refits the view and gives every era a new room (at tier S some
    forty names elided and shaped again: ~1 ms). Qt's right elision gives the name itself
    when its advance is within the room, else the longest run of whole graphemes that fits
    with the ellipsis (QTextEngine::elidedText): its text only grows with the room, so a room
    between two rooms that gave the same text gives that text too. Shapes are kept by text."""
    name = er.labels[i] + (" →" if er.ongoing[i] else "")
    if not ERA_NAMES_BY_TEXT or "\x9c" in name:  # Qt's length variants: Qt alone
        return _era_static(self, fm.elidedText(name, Qt.TextElideMode.ElideRight, room))
    known = self._era_names.get(name)
    if known is None:  # (advance, rooms elided at by Qt (ascending), what each gave)
        known = self._era_names[name] = (fm.horizontalAdvance(name), [], [])
    whole, rooms, texts = known
    k = bisect.bisect_left(rooms, room)
    seen = k < len(rooms) and rooms[k] == room
    if whole <= room:
        text = name
    elif seen or (0 < k < len(rooms) and texts[k - 1] == texts[k]):
        text = texts[k]
    else:
        text = fm.elidedText(name, Qt.TextElideMode.ElideRight, room)
        if len(rooms) < ERA_ROOMS_KEPT:
            rooms.insert(k, room)
            texts.insert(k, text)
    shapes = self._era_shapes
    if text not in shapes:
        shapes[text] = _era_static(self, text)
    return shapes[text]


def _era_static(self: TimelinePainter, text: str) -> QStaticText | None:
    if len(text.rstrip("…")) < 2:  # a lone "…" or letter says nothing
        return None
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.prepare(QTransform(), self._small_font)
    return st


ERA_NAMES_BY_TEXT = True  # False: every name elided by Qt and shaped per room (the tests)
ERA_ROOMS_KEPT = 512  # rooms remembered per era name (a bound on a long session's memory)


# A name elided to nothing is kept as None, and known as kept: read with .get alone it looked
# never shaped, so at tier S the whole span elided some forty names again on every frame.
ERA_NAMES_KEPT = True  # False: the former lookup (for the same-run measurement only)


# Bands are composed in a line when they cover the strip's rows this many times over (less
# is cheaper drawn band by band: the default pack's terms, which do not overlap; measured).
ERA_LINE_MIN = 4.0


def _era_line_columns(self: TimelinePainter, painter: QPainter, f: Frame, er: tl.EraBands,
                      bands_px: float) -> tuple[int, int, np.ndarray] | None:
    """Whether the era strip's bands can be composed in one pixel line per row and filled
    down the row: ``(first, end, line)`` — the columns from the first the gutter leaves
    alone to the strip's end, and what lies under the strip there (the window's colour and
    the major grid lines the backdrop just drew) — else None.

    Each band is a translucent fill the height of its row, blended over the bands before it:
    at tier S, 40-odd terms overlap across the whole view, each blended down 15 rows of
    1,400 px (a quarter of a millisecond a frame). Every pixel row of a row's bands is the
    same, so blending them once in a line, with Qt's own fills on a line of what lies under
    them, then filling the row with that opaque line (a copy) gives the same pixels. Only on
    whole device pixels (a screen at pixel ratio 1) over a known ground, and when each
    row's terms are listed in start order (so no name lies under a band drawn after it:
    names stop where the next term begins), and only where bands overlap enough to pay."""
    cols = self._strip_ground
    c = self._c
    assert f.era_rect is not None  # the strip is drawn
    first, end = math.ceil(f.gutter), round(f.era_rect.right())
    if (cols is None or end <= first
            or bands_px < ERA_LINE_MIN * (end - first) * len(er.row_labels)
            or c.bg.alpha() != 255
            or c.grid_major.alpha() != 255 or painter.opacity() != 1.0
            or painter.compositionMode() != QPainter.CompositionMode.CompositionMode_SourceOver
            or not _outline_is_strips(painter)
            or not self._memo(("era rows in start order", id(er)),
                              lambda: _rows_in_start_order(er))):
        return None
    line = np.full(end - first, c.bg.rgba(), dtype=np.uint32)
    cols = cols[(cols >= first) & (cols < end)]
    line[cols - first] = np.uint32(c.grid_major.rgba())
    return first, end, line


def _fill_era_row(self: TimelinePainter, painter: QPainter, line_cols: tuple[int, int, np.ndarray],
                  members: list[int], a: list[int], b: list[int], tint_of: list[QColor],
                  y0: int, y1: int) -> None:
    """One row's bands (``members`` in drawing order): composed in a line from ``first``,
    filled over rows ``y0``..``y1``; columns left of ``first`` (where the gutter's edge
    blends) are drawn band by band as before."""
    first, end, ground = line_cols
    bg = self._c.bg
    for col in range(min(a[i] for i in members), first):  # at most one column
        for i in members:
            if a[i] <= col < b[i]:
                painter.fillRect(QRectF(col, y0, 1, y1 - y0), tint_of[i])
                if a[i] == col:
                    painter.fillRect(QRectF(col, y0, 1, y1 - y0), bg)
    line = ground.copy()
    image = QImage(line.data, len(line), 1, len(line) * 4,
                   QImage.Format.Format_ARGB32_Premultiplied)
    lp = QPainter(image)
    if ERA_FILLS_BY_INTS:
        # Whole pixels: Qt's (x, y, w, h) fill takes the same rectangle to the same fill as a
        # QRectF of whole numbers, without a QRectF made per band (~40 a row at tier S).
        # Each band's first column ends in the window's colour, opaque: a band drawn later
        # starts no further left (the row in start order), so it covers that column only when
        # it starts there too, and then ends it so again. So those columns are set once all
        # bands are blended, not filled per band (half of the Qt calls).
        fill = lp.fillRect
        for i in members:
            x0 = max(a[i], first)
            if b[i] > x0:
                fill(x0 - first, 0, b[i] - x0, 1, tint_of[i])
        lp.end()
        line[[a[i] - first for i in members if a[i] >= first]] = np.uint32(bg.rgba())
    else:
        for i in members:
            x0 = max(a[i], first)
            if b[i] > x0:
                lp.fillRect(QRectF(x0 - first, 0, b[i] - x0, 1), tint_of[i])
            if a[i] >= first:
                lp.fillRect(QRectF(a[i] - first, 0, 1, 1), bg)
        lp.end()
    painter.save()
    painter.setBrushOrigin(QPointF(first, 0))
    painter.fillRect(QRectF(first, y0, end - first, y1 - y0), QBrush(image))
    painter.restore()
    del image, line


# The era lines' fills given as whole numbers (False: as QRectF, as before; the tests).
ERA_FILLS_BY_INTS = True


def _rows_in_start_order(er: tl.EraBands) -> bool:
    """Whether each row's eras are listed in start order (ties in pack order)."""
    order = np.lexsort((np.arange(len(er)), er.start, er.row))
    same_row = er.row[order[1:]] == er.row[order[:-1]]
    return bool((np.diff(order)[same_row] > 0).all())


def _update_density(self: TimelinePainter, painter: QPainter, f: Frame) -> None:
    """Per-lane histograms (events per pixel column, square-root scaled) as one image."""
    counts = f.density
    assert counts is not None and f.lanes is not None  # paint asks only when crowded
    _n_lanes, width = counts.shape
    height = int(f.plot.height())
    if height <= 0 or width <= 0:
        return
    peak = max(float(counts.max()), 1.0)
    inner = np.maximum(f.lanes.height - 2 * f.lanes.pad, 1.0)
    bar = np.sqrt(counts / peak) * inner[:, None]
    bar[counts > 0] = np.maximum(bar[counts > 0], 1.0)
    mask, runs = _density_rows(f.lanes, bar, height)
    c = _DENSITY
    # One byte per pixel and a two-colour table, expanded by Qt in C before drawing (an
    # ARGB array built in numpy cost two passes per pixel; drawing the indexed image
    # directly looks the colour up pixel by pixel, 5 times slower: both measured).
    # Only the runs of rows with ink: the rest is clear (more than half the plot at tiers M
    # and L), and expanding and blending clear pixels was half the strip's cost (measured).
    for a, b in runs:
        rows = mask[a:b]  # whole rows: contiguous
        image = QImage(rows.data, width, b - a, width, QImage.Format.Format_Indexed8)
        image.setColorTable([0, c.rgba()])
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter.drawImage(QPointF(f.plot.left(), f.plot.top() + a), image)
    painter.setPen(self._c.muted)
    painter.setFont(self._label_font)
    painter.drawText(f.plot.adjusted(0, 2, -6, 0),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     QCoreApplication.translate(
                         "TimelinePainter", "{n} events in view: zoom in to see them one by one"
                     ).format(n=f"{f.n_in_view:,}"))
