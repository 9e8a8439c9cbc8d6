"""Painting the agreements timeline onto any QPainter at any size: the window and every export.

``TimelinePainter`` holds what to draw (placements, eras, the events the filter keeps) and the
caches that keep frames cheap; ``frame`` computes the geometry of one paint (reused by the widget
for hit tests and tooltips) and ``paint`` draws it. All geometry that needs no Qt comes from
``explorer.charts.timeline_layout``. Work per trigger:

* placements or kept events change: the owner calls ``set_placements`` / ``set_kept``;
* zoom changes: sub-row stacking (of every kept placement when there are few, so rows stay put
  while panning; of the items in view otherwise);
* every frame: a numpy query of the visible window, lane heights, labels, and a handful of
  ``drawRects``/``drawLines`` calls, one per colour and style. Past ``density_threshold`` visible
  items, per-lane histograms (one image) replace the markers.

On a slide (``SlideStyle``) the same drawing follows print rules instead of screen ones: type is
sized in points at the slide's physical width (never under 12 pt), every label has the same size,
the most important events are labelled first (``SlideStyle.priority``) with their source numbers,
the legend wraps instead of being cut, and nothing says "zoom in": a picture cannot be zoomed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, cast

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

from explorer.charts import timeline_layout as tl
from explorer.charts import timeline_span as ts
from explorer.charts.palette import ERA_TINTS, LABEL_ON_DARK
from explorer.charts.theme import LIGHT, Theme
from explorer.charts.time_axis import time_ticks
from explorer.domain.labels import timeline_phrase

STACK_ALL_LIMIT = 3000  # stack every kept placement (stable rows while panning) up to this many
LABEL_RESERVE_PX = 150.0  # room a label may claim when stacking leaves space for labels
INSIDE_LABEL_MIN_PX = 80.0  # bars at least this wide carry their label inside
INSIDE_HATCHED_LABEL_MIN_PX = 120.0
MAX_STACK_ROWS = 16  # per lane; no lane can show more, deeper items wrap anyway
LABEL_STACK_LIMIT = 1000  # more items to stack: no second pass leaving room for labels
SLIDE_LABEL_TRIALS = 200  # slides: events tried for a label, most important first
SCREEN_LEGEND_LINES = 3  # on screen the legend wraps over at most this many lines

# A quiet scheme: colour is for data; chrome comes from the theme (``_Colours``).


def _luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def _over(top: QColor, bottom: QColor) -> QColor:
    """``top`` composited over the opaque ``bottom``, as one opaque colour."""
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                           top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))
def _union(x0: np.ndarray, x1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The union of intervals ``[x0, x1)`` as (starts, widths): overlapping bands (eras still
    running overlap every later one) are filled once, not once per band (11 layers of the
    plot's width at tier S, measured)."""
    if len(x0) < 2:
        return x0, x1 - x0
    order = np.argsort(x0, kind="stable")
    a, b = x0[order], np.maximum.accumulate(x1[order])
    new = np.r_[True, a[1:] > b[:-1]]
    starts = a[new]
    ends = b[np.r_[np.flatnonzero(new)[1:] - 1, len(a) - 1]]
    return starts, ends - starts


def _density_mask(lanes: tl.LaneGeometry, bar: np.ndarray, height: int) -> np.ndarray:
    """``(height, columns)`` uint8, 1 where a lane's bar covers a pixel: each bar rises from
    its lane's foot (less the pad) by ``bar`` pixels (a pixel counts when its centre is under
    the bar's top). Lane by lane, one comparison per pixel against the bar's first row: no
    per-pixel lookup of the lane and its foot."""
    n_lanes, width = bar.shape
    top = np.asarray(lanes.top, dtype=np.float64)
    foot = top + np.asarray(lanes.height, dtype=np.float64) - lanes.pad
    lo = np.r_[0.0, np.ceil(top[1:] - 0.5)]  # rows whose centre lies in the lane
    hi = np.r_[np.ceil(top[1:] - 0.5), float(height)]
    end = np.clip(np.minimum(np.floor(foot - 0.5) + 1, hi), 0, height).astype(np.int64)
    lo = np.clip(lo, 0, height).astype(np.int64)
    start = np.floor(foot[:, None] - bar - 0.5) + 1  # first row of each bar
    start = np.clip(start, 0, height).astype(np.int32)
    mask = np.zeros((height, width), dtype=bool)
    for k in range(n_lanes):
        a, e = int(lo[k]), int(end[k])
        if e > a:
            mask[a:e] = np.arange(a, e, dtype=np.int32)[:, None] >= start[k][None, :]
    return mask.view(np.uint8)

_DENSITY = QColor(68, 110, 170, 200)


def _clip(painter: QPainter, rect: QRectF) -> None:
    """Clip to ``rect`` inside any clip already set (a pan repaints only a region)."""
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip if painter.hasClipping()
                        else Qt.ClipOperation.ReplaceClip)


class _Colours:
    """The chrome colours of one theme (``explorer.charts.theme``) as QColors."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.bg = QColor(theme.surface)
        self.lane_bg = (QColor(theme.surface), QColor(theme.surface_alt))
        self.gutter = QColor(theme.gutter)
        self.rule = QColor(theme.rule)
        self.grid_major = QColor(theme.grid_major)
        self.grid_minor = QColor(theme.grid_minor)
        self.text = QColor(theme.text)
        self.muted = QColor(theme.muted_text)
        self.track = QColor(theme.track)
        self.select = QColor(theme.selection)
        self.accent = QColor(theme.accent)
        self.accent_text = QColor(theme.accent_text)
        self.ended = QColor(theme.axis)  # an ended agreement's track
        light = _luminance(self.bg) > 0.5
        self.era_band = QColor(40, 70, 120, 10) if light else QColor(255, 255, 255, 12)
        self.era_line = QColor(60, 80, 110, 28) if light else QColor(255, 255, 255, 40)
        self.halo = QColor(self.bg)
        self.halo.setAlpha(230)
_ERA_TINTS = ERA_TINTS
_STAGE_PHASE = {  # how a milestone segment is drawn from this stage to the next
    "announced": 0, "negotiation_opened": 0, "signed": 1, "ratified": 1,
    "provisional_application": 1, "entry_into_force": 2, "first_meeting": 2, "review": 2,
    "suspended": 3, "terminated": 3,
}
STAGE_LABELS = {  # milestone stages as readers say them
    "announced": "announced", "negotiation_opened": "negotiations opened", "signed": "signed",
    "provisional_application": "provisionally applied", "ratified": "ratified",
    "entry_into_force": "in force", "first_meeting": "first meeting", "review": "review",
    "suspended": "suspended", "terminated": "terminated",
}


@dataclass
class Frame:
    """Geometry of one paint at one size and range; reused by hit tests and tooltips."""

    plot: QRectF
    gutter: float
    era_rect: QRectF | None
    era_row_h: float
    axis_y: float
    legend_y: float
    x_origin: float  # x = x_origin + day * px_per_day
    px_per_day: float
    ticks: tl.Ticks
    lanes: tl.LaneGeometry | None = None
    n_in_view: int = 0
    density: np.ndarray | None = None  # (lanes, columns) counts when crowded
    idx: np.ndarray | None = None  # placements drawn (marker mode)
    x0: np.ndarray | None = None  # drawn shape, x
    x1: np.ndarray | None = None
    y: np.ndarray | None = None  # row centre
    half_h: float = 5.0  # half the height of bars
    radius: float = 5.0  # diamond half-diagonal
    is_point: np.ndarray | None = None
    tx0: np.ndarray | None = None  # milestone track, x (NaN when none)
    tx1: np.ndarray | None = None
    label_x: np.ndarray | None = None
    label_w: np.ndarray | None = None
    label_inside: np.ndarray | None = None
    label_text: list[str] | None = None  # slides: each item's label, elided, with its sources
    labelled: np.ndarray | None = None  # slides: event rows that carry a label
    hidden: np.ndarray | None = None  # slides: event rows in the span drawn without a label
    overflow_lane: np.ndarray | None = None  # items past their lane's row cap: lane, x
    overflow_x: np.ndarray | None = None
    overflow_rows: np.ndarray | None = None  # event rows of those items


def _rects(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> list[QRectF]:
    return [QRectF(a, b, c, d) for a, b, c, d in zip(x.tolist(), y.tolist(), w.tolist(),
                                                     h.tolist())]


def _lines(x0, y0, x1, y1) -> list[QLineF]:
    return [QLineF(a, b, c, d) for a, b, c, d in zip(x0.tolist(), y0.tolist(), x1.tolist(),
                                                     y1.tolist())]


@dataclass(frozen=True)
class SlideStyle:
    """How a timeline is drawn for a slide or picture rather than a screen.

    ``px_per_pt``: logical pixels per typographic point at the slide's physical size (a slide
    1920 px wide shown 13.33 in wide: 2 px). ``priority``: per event row, lower labels first.
    ``markers``: per event row, the source numbers printed after its label ("[1, 3]").
    ``edge_notes``: events left off the axis, written at its left and right ends.
    """

    px_per_pt: float
    priority: np.ndarray
    markers: dict[int, str] = field(default_factory=dict)
    edge_notes: tuple[str, str] = ("", "")
    label_pt: float = 13.0  # event labels, lane names, ticks: one size
    small_pt: float = 12.0  # legend and era names: never under 12 pt

    @property
    def label_px(self) -> int:
        return max(round(self.label_pt * self.px_per_pt), 6)

    @property
    def small_px(self) -> int:
        return max(round(self.small_pt * self.px_per_pt), 6)


class TimelinePainter:
    """Draws one timeline; the owner feeds it placements, eras, kept events and fonts."""

    def __init__(self, font: QFont, slide: SlideStyle | None = None, *,
                 theme: Theme = LIGHT, label_language: str = "en") -> None:
        self.slide = slide
        self._c = _Colours(theme)
        self.lang = label_language  # legend, axis and lane words (titles come with set_pack)
        self.eras_visible = True
        self.density_threshold = tl.DENSITY_THRESHOLD if slide is None else math.inf
        self._placements: tl.Placements | None = None
        self._eras: tl.EraBands | None = None
        self._titles: Any = None  # event titles by row (a pandas Series or a list)
        self._colours: list[QColor] = []
        self._index: tl.IntervalIndex | None = None
        self._kept: np.ndarray = np.empty(0, dtype=np.int64)
        self._filter_version = 0
        self._range = (0.0, 1.0)
        self._w = self._h = 1.0
        self._selected: int | None = None
        self._frame: Frame | None = None
        self._frame_key: tuple | None = None
        self._base_frame: Frame | None = None  # the frame with nothing selected
        self._base_frame_key: tuple | None = None
        self._version = 0  # counts every change to what is drawn other than range and size
        # (zoom key, window start, window end, placements stacked, rows with label room, compact)
        self._stacking: tuple | None = None
        self._label_widths: np.ndarray = np.empty(0)
        self._elided: dict[tuple[int, int], str] = {}
        self._statics: dict[tuple[int, int], QStaticText] = {}
        self._era_statics: dict[tuple[int, int], QStaticText | None] = {}
        self._tick_statics: dict[tuple[str, str], tuple[QStaticText, float]] = {}
        self._white_on: np.ndarray | None = None
        self._dash_cache: dict[tuple, tuple[QBrush, QBrush]] = {}
        self._used: tuple | None = None  # ((placements, filter version), colours used)
        self._middles: tuple | None = None  # ((placements, filter version), middles, lanes)
        self._memos: dict[tuple, object] = {}
        self._layers: dict[str, tuple[tuple, QImage]] = {}  # gutter, legend pictures
        self.set_font(font)

    # -- what to draw --------------------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        """The lane-name font; event labels, ticks and legend derive from it (on screen) or from
        the slide's point sizes."""
        if self.slide is not None:
            family = font.family()
            self._font = QFont(family)
            self._font.setPixelSize(self.slide.label_px)
            self._font.setBold(True)
            self._label_font = QFont(family)
            self._label_font.setPixelSize(self.slide.label_px)
            self._small_font = QFont(family)
            self._small_font.setPixelSize(self.slide.small_px)
        else:
            self._font = QFont(font)
            self._label_font = QFont(font)
            self._label_font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
            self._small_font = self._label_font
        if len(self._label_widths):
            self._label_widths[:] = np.nan
        self._elided.clear()
        self._statics.clear()
        self._era_statics.clear()
        self._memos.clear()
        self.invalidate(stacking=True)

    def set_theme(self, theme: Theme) -> None:
        """Draw with ``theme``'s chrome colours (screens follow the window; exports stay LIGHT)."""
        if theme != self._c.theme:
            self._c = _Colours(theme)
            self._dash_cache.clear()
            self.invalidate()

    @property
    def theme(self) -> Theme:
        return self._c.theme

    def set_label_language(self, lang: str) -> None:
        """Legend and axis words in ``lang`` (the owner passes titles and lane names in it too)."""
        if lang != self.lang:
            self.lang = lang
            self.invalidate(stacking=True)

    def set_pack(self, titles, eras: tl.EraBands | None) -> None:
        """A new pack: its event titles (by row) and era bands."""
        self._titles = titles
        self._eras = eras
        self._label_widths = np.full(len(titles) if titles is not None else 0, np.nan)
        self._elided.clear()
        self._statics.clear()
        self._era_statics.clear()
        self._memos.clear()
        self._version += 1

    def set_placements(self, placements: tl.Placements | None) -> None:
        self._placements = placements
        self._colours = [QColor(c) for c in placements.palette] if placements is not None else []
        self._white_on = None
        self.invalidate(stacking=True)

    def set_kept(self, kept: np.ndarray) -> None:
        """The placements the filter keeps (indices into the placements)."""
        p = self._placements
        self._filter_version += 1
        if p is None:
            self._index, self._kept = None, np.empty(0, dtype=np.int64)
        else:
            self._kept = np.asarray(kept, dtype=np.int64)
            self._index = tl.IntervalIndex(p.extent_start[self._kept], p.extent_end[self._kept],
                                           self._kept)
        self.invalidate(stacking=True)

    def invalidate(self, stacking: bool = False) -> None:
        """Recompute the next frame (and the stacking, if asked)."""
        self._frame_key = None
        self._base_frame_key = None
        self._version += 1
        if stacking:
            self._stacking = None

    @property
    def placements(self) -> tl.Placements | None:
        return self._placements

    @property
    def index(self) -> tl.IntervalIndex | None:
        return self._index

    @property
    def kept(self) -> np.ndarray:
        return self._kept

    @property
    def eras(self) -> tl.EraBands | None:
        return self._eras

    @property
    def lane_labels(self) -> tuple[str, ...]:
        return self._placements.lane_labels if self._placements is not None else ()

    @property
    def label_font(self) -> QFont:
        return self._label_font

    # -- one frame -----------------------------------------------------------------------------
    def frame(self, width: float, height: float, day_range: tuple[float, float],
              selected_row: int | None = None) -> Frame:
        """The geometry of a paint at this size and range (cached while nothing changes)."""
        self._w, self._h = float(width), float(height)
        self._range = (float(day_range[0]), float(day_range[1]))
        self._selected = selected_row
        return self._ensure_frame()

    def paint(self, painter: QPainter, width: float, height: float,
              day_range: tuple[float, float], selected_row: int | None = None, *,
              focus: QColor | None = None, marks: bool = True) -> None:
        """Draw the timeline in ``(0, 0, width, height)``; ``focus``: a frame in that colour.
        ``marks=False``: without the selection's marks (a screen draws them over a kept picture
        of the rest with ``paint_marks``, so a new selection repaints only them)."""
        self.frame(width, height, day_range, selected_row)
        if marks:
            self._paint(painter, True)
        else:  # the frame with nothing selected: a promoted selection is drawn by paint_marks
            kept = self._frame
            self._frame = self._base_frame
            try:
                self._paint(painter, False)
            finally:
                self._frame = kept
        if focus is not None:
            self.paint_focus(painter, focus)

    def paint_focus(self, painter: QPainter, focus: QColor) -> None:
        """A 1-px frame as four fills: a stroked outline costs 10 times more."""
        w, h = self._w, self._h
        for rect in (QRectF(0, 0, w, 1), QRectF(0, h - 1, w, 1), QRectF(0, 1, 1, h - 2),
                     QRectF(w - 1, 1, 1, h - 2)):
            painter.fillRect(rect, focus)

    def paint_marks(self, painter: QPainter, hover_row: int | None = None) -> None:
        """The selection's marks (and a lighter one round the event under the pointer), over
        a picture painted with ``marks=False`` at the same frame."""
        f = self._ensure_frame()
        if self._placements is None or f.idx is None or not len(f.idx):
            return
        painter.save()
        _clip(painter, f.plot)
        if hover_row is not None and hover_row != self._selected:
            assert self._base_frame is not None  # _ensure_frame computed it
            self._draw_marks(painter, self._base_frame, hover_row,
                             ((self._c.halo, 4.0), (self._c.accent, 1.5)))
        if f is not self._base_frame and self._selected is not None:
            # The selection did not fit its lane's rows: the picture under it shows it as an
            # overflow tick; here it is drawn in the lane's last row, over that row's items.
            sub = self._sub_frame(f, np.flatnonzero(
                self._placements.event_row[f.idx] == self._selected))
            self._update_tracks(painter, sub)
            self._update_items(painter, sub)
            self._update_selection_marks(painter, sub)
            self._update_labels(painter, sub)
        else:
            self._update_selection_marks(painter, f)
        painter.restore()

    @staticmethod
    def _sub_frame(f: Frame, sel: np.ndarray) -> Frame:
        """``f`` with only the items ``sel`` (indices into its drawn items)."""
        def pick(a: np.ndarray | None) -> np.ndarray | None:
            return None if a is None else a[sel]

        # A frame that draws items (marker mode) has all of these.
        assert (f.idx is not None and f.x0 is not None and f.x1 is not None and f.y is not None
                and f.is_point is not None)
        return replace(
            f, idx=f.idx[sel], x0=f.x0[sel], x1=f.x1[sel], y=f.y[sel], is_point=f.is_point[sel],
            tx0=pick(f.tx0), tx1=pick(f.tx1), label_x=pick(f.label_x), label_w=pick(f.label_w),
            label_inside=pick(f.label_inside), overflow_lane=None, overflow_x=None,
            overflow_rows=None)

    def marks_rect(self, row: int | None) -> QRectF:
        """Where the marks of event ``row`` are drawn in the current frame (empty if none):
        what a change of selection or hover repaints."""
        f = self._ensure_frame()
        out = QRectF()
        if row is None or self._placements is None or f.idx is None or not len(f.idx):
            return out
        sel = np.flatnonzero(self._placements.event_row[f.idx] == row)
        if not len(sel):
            return out
        assert f.x0 is not None and f.x1 is not None and f.y is not None  # set with idx
        pad = max(f.radius, f.half_h) + 8.0  # the marks' offset, half the halo, antialiasing
        x0, x1 = float(f.x0[sel].min()) - pad, float(f.x1[sel].max()) + pad
        if f.tx0 is not None:  # a promoted selection draws its milestone track and label too
            assert f.tx1 is not None  # set with tx0
            tx = np.concatenate([f.tx0[sel], f.tx1[sel]])
            tx = tx[np.isfinite(tx)]
            if len(tx):
                x0, x1 = min(x0, float(tx.min()) - pad), max(x1, float(tx.max()) + pad)
        if f.label_w is not None and (f.label_w[sel] > 0).any():
            on = sel[f.label_w[sel] > 0]
            assert f.label_x is not None  # set with label_w
            x0 = min(x0, float(f.label_x[on].min()) - pad)
            x1 = max(x1, float((f.label_x[on] + f.label_w[on]).max()) + pad)
        y0, y1 = float(f.y[sel].min()) - pad, float(f.y[sel].max()) + pad
        return QRectF(x0, y0, x1 - x0, y1 - y0).intersected(f.plot.adjusted(-1, -1, 1, 1))

    @staticmethod
    def _shape_rect(f: Frame, i: int) -> QRectF:
        # Only for frames that draw items (marker mode), which have all of these.
        assert f.is_point is not None and f.x0 is not None and f.x1 is not None and f.y is not None
        h = f.radius if f.is_point[i] else f.half_h
        return QRectF(float(f.x0[i]), float(f.y[i]) - h, float(f.x1[i] - f.x0[i]), 2 * h)

    # -- frame geometry ----------------------------------------------------------------------
    def _ensure_frame(self) -> Frame:
        """The frame with nothing selected, unless the selection changes it: a selected item
        past its lane's row cap is promoted into the last row (then the frame is computed for
        that selection). So a new selection usually reuses the frame, and the picture of
        everything but the selection marks (``base_key``)."""
        key: tuple[object, ...] = (id(self._placements), self._filter_version, self._range, self._w,
                                   self._h, self.eras_visible, self.density_threshold, self.lang)
        if self._base_frame is None or key != self._base_frame_key:
            self._base_frame = self._compute_frame(None)
            self._base_frame_key = key
        base = self._base_frame
        sel = self._selected
        if sel is None or base.overflow_rows is None or not (base.overflow_rows == sel).any():
            self._frame, self._frame_key = base, key + (None,)
            return base
        key = key + (sel,)
        if self._frame is None or key != self._frame_key:
            self._frame = self._compute_frame(sel)
            self._frame_key = key
        return self._frame

    def base_key(self) -> tuple:
        """What the picture painted with ``marks=False`` depends on (after ``frame``): equal
        keys, equal pictures. The selection never changes it."""
        self._ensure_frame()
        return (self._version, self._base_frame_key)

    def _origin(self, x: float) -> float:
        """Screens: the day axis's origin on a whole pixel, so that every pan at one zoom moves
        the picture by whole pixels (textures and hatching stay anchored to it); slides keep the
        exact origin."""
        return float(round(x)) if self.slide is None else x

    def _memo(self, key: tuple, compute):
        """``compute()`` once per ``key`` (text measured for the gutter and legend: the same
        on every frame of a pan, measured again each frame before)."""
        memo = self._memos
        if key not in memo:
            if len(memo) > 64:
                memo.clear()
            memo[key] = compute()
        return memo[key]

    def _gutter_width(self) -> float:
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

    def _compute_frame(self, selected: int | None) -> Frame:
        w, h = float(self._w), float(self._h)
        small = QFontMetricsF(self._label_font)
        era_fm = QFontMetricsF(self._small_font)
        gutter = self._gutter_width()
        era_rows = (len(self._eras.row_labels)
                    if self.eras_visible and self._eras is not None else 0)
        era_row_h = self._line_h(self._small_font, era_fm) + 6.0
        top = 6.0
        right = w - 14.0
        era_rect = (QRectF(gutter, top, right - gutter, era_rows * era_row_h) if era_rows else None)
        plot_top = top + era_rows * era_row_h + (6.0 if era_rows else 0.0)
        legend_h = self._legend_height(w)
        line_h = self._line_h(self._label_font, small)
        axis_h = line_h + 14.0
        notes_h = line_h + 6.0 if self.slide is not None and any(self.slide.edge_notes) else 0.0
        plot_bottom = max(plot_top + 40.0, h - legend_h - axis_h - notes_h)
        plot = QRectF(gutter, plot_top, max(right - gutter, 10.0), plot_bottom - plot_top)
        d0, d1 = self._range
        ppd = plot.width() / (d1 - d0)
        # Tick labels never closer than the widest one needs (slides use large type).
        widest_tick = "2025年12月" if self.lang == "ja" else "Sep 2025"
        spacing = max(tl.MIN_LABEL_SPACING_PX, small.horizontalAdvance(widest_tick) + 20.0)
        f = Frame(plot=plot, gutter=gutter, era_rect=era_rect, era_row_h=era_row_h,
                  axis_y=plot_bottom, legend_y=plot_bottom + axis_h + notes_h,
                  x_origin=self._origin(plot.left() - d0 * ppd),
                  px_per_day=ppd, ticks=time_ticks(d0, d1, plot.width(), min_spacing=spacing,
                                                   lang=self.lang))
        p = self._placements
        if p is None or self._index is None or p.n_lanes == 0:
            return f
        margin = 12.0 / ppd  # markers near an edge still show
        n_lanes = p.n_lanes
        # Counted first when there are enough kept events to crowd the view (a crowded frame
        # never needs their ids). Slides pass math.inf (never crowded); is_crowded only
        # compares, its stub says int.
        if len(self._kept) > self.density_threshold and tl.is_crowded(
                n_in := self._index.count(d0 - margin, d1 + margin),
                self.density_threshold):  # type: ignore[arg-type]
            f.n_in_view = n_in
            ones = np.ones(n_lanes, dtype=np.int64)
            f.lanes = tl.allocate_lanes(ones, ones, plot.height(), pad=4.0)
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

        idx = self._index.query(d0 - margin, d1 + margin)
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
        text_h = small.height()
        geom = tl.allocate_lanes(need_lab, need_cmp, plot.height(), pitch=text_h + 5.0,
                                 min_pitch=text_h + 1.0, pad=4.0)
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

    def _kept_middles(self) -> tuple[np.ndarray, np.ndarray]:
        """The kept placements' middle days, ascending, and their lanes (once per filter)."""
        p = self._placements
        assert p is not None  # asked for by density frames, which have placements
        key = (id(p), self._filter_version)
        if self._middles is None or self._middles[0] != key:
            kept = self._kept
            mid = (p.start_day[kept] + p.end_day[kept] + 1) / 2.0
            order = np.argsort(mid, kind="stable")
            self._middles = (key, mid[order], p.lane[kept][order])
        return self._middles[1], self._middles[2]

    # -- slides --------------------------------------------------------------------------------
    def _line_h(self, font: QFont, fm: QFontMetricsF) -> float:
        """Height of a line of text: on slides 1.3 em (the bundled CJK font's own line height,
        about 1.45 em, wastes rows a slide cannot spare), on screen the font's."""
        if self.slide is not None and font.pixelSize() > 0:
            return font.pixelSize() * 1.3
        return fm.height()

    def _slide_frame(self, f: Frame, idx: np.ndarray) -> Frame:
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

    def _update_edge_notes(self, painter: QPainter, f: Frame) -> None:
        """Slides: the events left off the axis, named at its ends."""
        if self.slide is None or not any(self.slide.edge_notes):
            return
        fm = QFontMetricsF(self._label_font)
        painter.setFont(self._label_font)
        painter.setPen(self._c.text)
        line_h = self._line_h(self._label_font, fm)
        y = f.axis_y + line_h + 14.0
        rect = QRectF(f.plot.left(), y, f.plot.width(), line_h + 4.0)
        before, after = self.slide.edge_notes
        half = int(f.plot.width() / (2 if before and after else 1)) - 12
        if before:
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(before, Qt.TextElideMode.ElideRight, half))
        if after:
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(after, Qt.TextElideMode.ElideRight, half))


    def _stack(self, idx: np.ndarray, ext: tl.ItemExtents, ppd: float
               ) -> tuple[np.ndarray, np.ndarray]:
        """Sub-rows for ``idx`` with room for labels, and compact ones, cached per zoom so that
        panning leaves rows alone: every kept placement is stacked when there are few; else the
        placements of a window two screens wide, restacked when the view leaves it."""
        p = self._placements
        assert p is not None and self._index is not None  # set together by set_placements
        key = (id(p), self._filter_version, round(ppd, 9))
        d0, d1 = self._range
        cached = self._stacking
        if cached is None or cached[0] != key or not (cached[1] <= d0 and d1 <= cached[2]):
            if len(self._kept) <= STACK_ALL_LIMIT:
                cand, w0, w1 = self._kept, -np.inf, np.inf
            else:
                w0, w1 = d0 - (d1 - d0) / 2, d1 + (d1 - d0) / 2
                cand = self._index.query(w0, w1)
                if len(cand) > 3 * self.density_threshold:  # too many: this screen only
                    cand, w0, w1 = idx, d0, d1
            all_ext = tl.item_extents(p, cand, 0.0, ppd, marker_radius=5.0)
            lab, cmp_ = self._stack_items(cand, all_ext)
            cached = self._stacking = (key, w0, w1, cand, lab, cmp_)
        _, _, _, cand, lab, cmp_ = cached
        at = np.clip(np.searchsorted(cand, idx), 0, max(len(cand) - 1, 0))
        return lab[at], cmp_[at]

    def _stack_items(self, idx: np.ndarray, ext: tl.ItemExtents) -> tuple[np.ndarray, np.ndarray]:
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

    def _carries_label(self, idx: np.ndarray, ext: tl.ItemExtents, left: float, right: float
                       ) -> np.ndarray:
        """Which bars hold their label inside: solid periods from INSIDE_LABEL_MIN_PX, hatched
        (month/year) bars only when wide enough for the hatching to stay visible beside it."""
        width = np.minimum(ext.shape_x1, right) - np.maximum(ext.shape_x0, left)
        assert self._placements is not None  # only placements carry labels
        span = self._placements.is_span[idx]
        return ~ext.is_point & np.where(span, width >= INSIDE_LABEL_MIN_PX,
                                        width >= INSIDE_HATCHED_LABEL_MIN_PX)

    def label_widths_for(self, rows: np.ndarray) -> np.ndarray:
        """Title widths in the label font, measured once per event and pack."""
        widths = self._label_widths
        missing = rows[np.isnan(widths[rows])]
        if len(missing):
            fm = QFontMetricsF(self._label_font)
            titles = self._titles
            for r in np.unique(missing).tolist():
                widths[r] = fm.horizontalAdvance(str(titles.iat[r]))
        return widths[rows]

    def _static_title(self, row: int, width: float) -> QStaticText:
        """An event's title elided to ``width``, shaped once in the label font."""
        key = (row, math.ceil(width))
        st = self._statics.get(key)
        if st is None:
            if len(self._statics) > 20000:
                self._statics.clear()
            st = QStaticText(self._elided_title(row, width))
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self._label_font)
            self._statics[key] = st
        return st

    def _white_text_on(self) -> np.ndarray:
        """Per palette colour: whether a label inside a bar of that colour is white."""
        if self._white_on is None or len(self._white_on) != len(self._colours):
            self._white_on = np.array([_luminance(c) < 0.55 for c in self._colours], dtype=bool)
        return self._white_on

    def _elided_title(self, row: int, width: float) -> str:
        key = (row, math.ceil(width))
        text = self._elided.get(key)
        if text is None:
            if len(self._elided) > 20000:
                self._elided.clear()
            fm = QFontMetricsF(self._label_font)
            title = str(self._titles.iat[row])
            # +1: a width measured as 29.6 px must not elide a text that is 29.6 px wide
            text = fm.elidedText(title, Qt.TextElideMode.ElideRight, math.ceil(width) + 1)
            self._elided[key] = text
        return text


    def _paint(self, painter: QPainter, marks: bool = True) -> None:
        whole = QRectF(0, 0, self._w, self._h)
        f = self._ensure_frame()
        if not self._backdrop_fits(painter, f):  # else the backdrop paints around the lanes
            painter.fillRect(whole, self._c.bg)
        if self._placements is None:
            painter.setPen(self._c.muted)
            painter.drawText(whole, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("TimelinePainter", "No pack open"))
            return
        eras = self.eras_visible and self._eras is not None and f.era_rect is not None
        if not self._update_backdrop(painter, f, eras):
            self._update_lane_backgrounds(painter, f)
            if eras:
                self._update_era_shading(painter, f)
            self._update_grid(painter, f)
        if eras:
            self._update_era_strip(painter, f)
        painter.save()
        _clip(painter, f.plot)
        if f.density is not None:
            self._update_density(painter, f)
        elif f.idx is not None and len(f.idx):
            self._update_tracks(painter, f)
            self._update_items(painter, f)
            if marks:
                self._update_selection_marks(painter, f)
            self._update_labels(painter, f)
            if self.slide is None:  # on a picture, what is not drawn is listed beside it
                self._update_overflow(painter, f)
        painter.restore()
        self._update_axis(painter, f)
        self._update_edge_notes(painter, f)
        if not self._draw_layers(painter, f):
            self._update_gutter(painter, f)
            self._update_legend(painter, f)
        if f.n_in_view == 0:
            painter.setPen(self._c.muted)
            painter.setFont(self._label_font)
            if self.slide is not None:
                msg = timeline_phrase("No events match the filter" if len(self._kept) == 0
                                      else "No events in this period", self.lang)
            elif len(self._kept) == 0:
                msg = QCoreApplication.translate("TimelinePainter", "No events match the filter")
            else:
                msg = QCoreApplication.translate("TimelinePainter",
                                                 "No events in this period (Home fits them)")
            painter.drawText(f.plot, Qt.AlignmentFlag.AlignCenter, msg)

    def _draw_layers(self, painter: QPainter, f: Frame) -> bool:
        """Screens: the gutter (lane and era names) and the legend as pictures kept while what
        they show is unchanged (a pan changes neither), each drawn as one copy. False (nothing
        drawn) where they are drawn directly: slides, vector devices, a scaled painter."""
        if not self._backdrop_fits(painter, f) or painter.transform().type() not in (
                QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate):
            return False
        c = self._c
        look = (c.theme, self._font.key(), self._label_font.key(), self._small_font.key(),
                painter.device().devicePixelRatioF())
        legend_top = math.floor(f.legend_y)

        def legend(p: QPainter) -> None:
            p.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
            self._update_legend(p, f)

        self._draw_layer(painter, "legend", look + self._legend_key(self._w - 20.0) + (
            f.gutter, f.legend_y, self._w, self._h),
            QRectF(0, legend_top, self._w, self._h - legend_top), legend)
        geom = f.lanes
        assert geom is not None  # _backdrop_fits: only frames with lanes

        def gutter(p: QPainter) -> None:
            p.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
            self._update_gutter(p, f)

        hidden = (np.bincount(f.overflow_lane.astype(np.int64), minlength=len(geom.top))
                  if f.overflow_lane is not None else None)
        eras = (self._eras.row_labels, f.era_rect.top(), f.era_row_h) if (
            f.era_rect is not None and self._eras is not None) else None
        more = QCoreApplication.translate("TimelinePainter", "+{n} more, zoom in")
        bottom = math.floor(f.axis_y)
        self._draw_layer(painter, "gutter", ("gutter",) + look + (
            f.gutter, f.plot.top(), bottom, geom.top.tobytes(), geom.height.tobytes(),
            None if hidden is None else hidden.tobytes(), self.lane_labels, eras, more),
            QRectF(0, 0, math.floor(f.gutter), bottom), gutter)
        return True

    def _draw_layer(self, painter: QPainter, name: str, key: tuple, rect: QRectF, draw) -> None:
        """Draw ``rect`` of the frame from a picture of it made by ``draw`` (in frame
        coordinates, on the window's colour), made again when ``key`` changes."""
        cached = self._layers.get(name)
        if cached is None or cached[0] != key:
            dpr = painter.device().devicePixelRatioF()
            w, h = max(int(rect.width()), 1), max(int(rect.height()), 1)
            image = QImage(math.ceil(w * dpr), math.ceil(h * dpr), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(dpr)
            image.fill(self._c.bg)
            p = QPainter(image)
            try:
                p.setRenderHints(painter.renderHints())
                p.translate(-rect.left(), -rect.top())
                draw(p)
            finally:
                p.end()
            cached = self._layers[name] = (key, image)
        painter.drawImage(QPointF(rect.left(), rect.top()), cached[1])

    def _backdrop_fits(self, painter: QPainter, f: Frame) -> bool:
        """Whether ``_update_backdrop`` paints this frame (screens with lanes, raster devices)."""
        return (self.slide is None and f.lanes is not None
                and painter.paintEngine().type() == QPaintEngine.Type.Raster
                and round(f.plot.right() + 14.0) > math.floor(f.gutter)
                and round(f.axis_y) > round(f.plot.top()))

    def _update_backdrop(self, painter: QPainter, f: Frame, eras: bool) -> bool:
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
        # The window's colour only where the lanes are not: each pixel filled once.
        for rect in (QRectF(0, 0, self._w, top), QRectF(0, bottom, self._w, self._h - bottom),
                     QRectF(right, top, self._w - right, bottom - top)):
            if rect.width() > 0 and rect.height() > 0:
                painter.fillRect(rect, c.bg)
        painter.fillRect(QRectF(0, 0, f.gutter, self._h), c.gutter)
        bands: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        hairlines = np.empty(0, dtype=np.int64)
        if eras:
            er = self._eras
            assert er is not None  # ``eras`` is true only with era bands
            end = er.clipped_end(self._range[1])
            x0 = np.clip(np.round(f.x_origin + er.start * f.px_per_day), px0, px1)
            x1 = np.clip(np.round(f.x_origin + end * f.px_per_day), px0, px1)
            first_row = np.flatnonzero(er.row == 0)
            alt = first_row[np.argsort(er.start[first_row], kind="stable")][1::2]
            alt = alt[x1[alt] > x0[alt]]
            bands = _union(x0[alt], x1[alt])
            hairlines = np.unique(x0[(x0 > px0) & (x0 < px1)]).astype(np.int64)
        t = f.ticks
        grid = []
        for ticks, colour in ((t.minor, c.grid_minor), (t.major, c.grid_major)):
            cols = np.floor(f.x_origin + np.asarray(ticks, dtype=np.float64) * f.px_per_day)
            grid.append((cols[(cols >= px0) & (cols < px1)].astype(np.int64), colour))
        rows: dict[int, QBrush] = {}

        def row_brush(ground: QColor) -> QBrush:
            brush = rows.get(ground.rgba())
            if brush is None:
                line = np.full(right - left, ground.rgb(), dtype=np.uint32)
                band = np.uint32(_over(c.era_band, ground).rgb())
                for a, w in zip(bands[0].astype(np.int64).tolist(),
                                bands[1].astype(np.int64).tolist()):
                    line[a - left:a + w - left] = band
                line[hairlines - left] = np.uint32(_over(c.era_line, ground).rgb())
                for cols, colour in grid:
                    line[cols - left] = np.uint32(colour.rgb())
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
            painter.drawRects(_rects(cols, np.full(len(cols), et), np.ones(len(cols)),
                                     np.full(len(cols), top - et)))
        painter.restore()
        painter.setPen(QPen(c.rule, 1.0))
        painter.drawLine(QPointF(f.gutter, f.plot.top()), QPointF(f.gutter, f.axis_y))
        return True

    def _update_lane_backgrounds(self, painter: QPainter, f: Frame) -> None:
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

    def _update_era_shading(self, painter: QPainter, f: Frame) -> None:
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
            painter.drawRects(_rects(bx, np.full(len(bx), top), bw,
                                     np.full(len(bx), bottom - top)))
        if f.lanes is not None and len(bx):
            y0, y1 = self._lane_edges(f)
            for i in range(len(y0)):
                if self._c.lane_bg[i % 2] == self._c.bg:
                    continue
                a, b = max(y0[i], top), min(y1[i], bottom)
                if b <= a:
                    continue
                painter.setBrush(_over(self._c.era_band, self._c.lane_bg[i % 2]))
                painter.drawRects(_rects(bx, np.full(len(bx), a), bw, np.full(len(bx), b - a)))
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
            n = len(xs)
            for ground, runs in spans:
                if not runs:
                    continue
                painter.setBrush(_over(self._c.era_line, ground))
                painter.drawRects([r for a, b in runs for r in _rects(
                    xs, np.full(n, a), np.ones(n), np.full(n, b - a))])
        painter.restore()

    @staticmethod
    def _lane_edges(f: Frame) -> tuple[list[int], list[int]]:
        """Top and bottom of every lane in whole pixels (lanes touch: no gap, no overlap)."""
        assert f.lanes is not None  # asked only of frames with lanes
        tops = np.round(f.plot.top() + f.lanes.top).astype(np.int64)
        bottoms = np.round(f.plot.top() + f.lanes.top + f.lanes.height).astype(np.int64)
        return tops.tolist(), bottoms.tolist()

    def _update_grid(self, painter: QPainter, f: Frame) -> None:
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
            painter.drawRects(_rects(xs, np.full(len(xs), y), np.ones(len(xs)),
                                     np.full(len(xs), y1 - y)))
        painter.restore()

    def _update_era_strip(self, painter: QPainter, f: Frame) -> None:
        er = self._eras
        rect = f.era_rect
        assert er is not None and rect is not None  # paint draws the strip only with both
        _d0, d1 = self._range
        end = er.clipped_end(d1)
        x0 = np.maximum(f.x_origin + er.start * f.px_per_day, rect.left())
        x1 = np.minimum(f.x_origin + end * f.px_per_day, rect.right())
        order_in_row = self._memo(("era order", id(er)), lambda: self._era_order(er))
        if self.slide is None and painter.paintEngine().type() == QPaintEngine.Type.Raster:
            self._paint_era_strip_screen(painter, f, x0, x1, order_in_row)
            return
        painter.save()
        _clip(painter, rect)
        painter.setFont(self._small_font)
        fm = QFontMetricsF(self._small_font)
        for i in np.flatnonzero(x1 > x0).tolist():
            r = int(er.row[i])
            tint = QColor(_ERA_TINTS[r % len(_ERA_TINTS)])
            tint.setAlpha(150 if order_in_row[i] % 2 == 0 else 95)
            band = QRectF(x0[i], rect.top() + r * f.era_row_h + 1, x1[i] - x0[i],
                          f.era_row_h - 2)
            painter.fillRect(band, tint)
            painter.setPen(QPen(self._c.bg, 1.0))
            painter.drawLine(QPointF(x0[i], band.top()), QPointF(x0[i], band.bottom()))
            text = er.labels[i] + (" →" if er.ongoing[i] else "")
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(band.width() - 8))
            if len(text.rstrip("…")) >= 2:  # a lone "…" or letter says nothing
                painter.setPen(self._c.text)
                painter.drawText(band.adjusted(4, 0, -4, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    @staticmethod
    def _era_order(er: tl.EraBands) -> np.ndarray:
        """Each era's place in its row by start (every other one is tinted lighter)."""
        order_in_row = np.zeros(len(er), dtype=np.int64)
        for r in range(len(er.row_labels)):
            members = np.flatnonzero(er.row == r)
            order_in_row[members[np.argsort(er.start[members])]] = np.arange(len(members))
        return order_in_row

    def _paint_era_strip_screen(self, painter: QPainter, f: Frame, x0: np.ndarray,
                                x1: np.ndarray, order_in_row: np.ndarray) -> None:
        """The era strip on screen: bands on whole pixels, unantialiased (a band with fractional
        edges is blended along all of them), names shaped once per era and width."""
        er = self._eras
        rect = f.era_rect
        assert er is not None and rect is not None  # via _update_era_strip
        fm = QFontMetricsF(self._small_font)
        a, b = np.round(x0), np.round(x1)
        shown = np.flatnonzero(b > a).tolist()
        a, b = a.astype(np.int64).tolist(), b.astype(np.int64).tolist()
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
        for i in shown:
            r = rows[i]
            y0 = round(top + r * row_h + 1)
            y1 = round(top + (r + 1) * row_h - 1)
            painter.fillRect(QRectF(a[i], y0, b[i] - a[i], y1 - y0), tint_of[i])
            painter.fillRect(QRectF(a[i], y0, 1, y1 - y0), bg)
            room = int(b[i] - a[i] - 8)
            key = (i, room)
            st = self._era_statics.get(key)
            if st is None:
                text = fm.elidedText(er.labels[i] + (" →" if er.ongoing[i] else ""),
                                     Qt.TextElideMode.ElideRight, room)
                st = None
                if len(text.rstrip("…")) >= 2:  # a lone "…" or letter says nothing
                    st = QStaticText(text)
                    st.setTextFormat(Qt.TextFormat.PlainText)
                    st.prepare(QTransform(), self._small_font)
                if len(self._era_statics) > 4000:
                    self._era_statics.clear()
                self._era_statics[key] = st
            if st is not None:
                painter.drawStaticText(QPointF(a[i] + 4, y0 + (y1 - y0 - fh) / 2), st)
        painter.restore()

    def _update_tracks(self, painter: QPainter, f: Frame) -> None:
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
        nxt = np.r_[item[1:] == item[:-1], False]
        phase = np.array([_STAGE_PHASE.get(s, 2) for s in
                          (tl.MILESTONE_STAGES[int(c)] for c in stage)], dtype=np.int64)
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
        for ph, (brush, t) in enumerate(styles):
            sel = np.flatnonzero(phase[seg] == ph)
            if len(sel):
                painter.setBrush(brush)
                painter.drawRects(_rects(xa[sel], ys[sel] - np.floor(t / 2), xb[sel] - xa[sel],
                                         np.full(len(sel), t)))
        tick = round(f.half_h + 3.0)
        on_screen = (x >= lo) & (x <= hi)
        xt, yt = np.floor(x), np.round(y)
        for precise, brush in ((True, QBrush(track)),
                               (False, self._dash_brushes(track, (1, 1, 0))[1])):
            s = np.flatnonzero((ms.precise[k] == precise) & on_screen)
            if len(s):
                painter.setBrush(brush)
                painter.drawRects(_rects(xt[s], yt[s] - tick, np.full(len(s), 1.0 + precise),
                                         np.full(len(s), 2.0 * tick + 1)))
        painter.restore()

    def _update_items(self, painter: QPainter, f: Frame) -> None:
        """Spans as solid bars; month/year dates as light hatched bars across the period; exact
        days as diamonds. Approximate/uncertain dates get a dashed outline. One batch per colour
        and style, bars first, diamonds last. One plain pass sorts the items into their batches
        and works out each shape once (numpy calls per batch cost more than the drawing: 0.5 ms
        a frame for 8 markers, 1.7 ms for 218, measured; the pass is 0.1-0.4 ms less)."""
        p = self._placements
        assert p is not None  # paint returns early without placements
        assert f.idx is not None and f.x0 is not None and f.x1 is not None  # marker mode
        assert f.y is not None and f.is_point is not None
        xs0, xs1, ys = f.x0.tolist(), f.x1.tolist(), f.y.tolist()
        lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
        hh = f.half_h
        # Per colour, in drawing order: periods, month/year bars, those of them with an exact
        # date (a solid edge), approximate bars (dashed edges), diamonds, approximate diamonds.
        batches: dict[int, tuple[list[int], ...]] = {}
        for i, (c, span, inexact, point) in enumerate(zip(
                p.colour[f.idx].tolist(), p.is_span[f.idx].tolist(),
                p.inexact[f.idx].tolist(), f.is_point.tolist())):
            b = batches.get(c)
            if b is None:
                b = batches[c] = ([], [], [], [], [], [])
            if point:
                b[4].append(i)
                if inexact:
                    b[5].append(i)
                continue
            if span:
                b[0].append(i)
            else:
                b[1].append(i)
                if not inexact:
                    b[2].append(i)
            if inexact:
                b[3].append(i)
        order = sorted(batches)

        def box(i: int, half_h: float) -> tuple[float, float, float, float]:
            """A bar's pixels: clipped near the plot first (Qt rasterising, and hatching, a
            bar that runs 10^5 px off screen costs milliseconds), snapped to whole pixels (bars
            are drawn unantialiased)."""
            x0 = float(math.floor(min(max(xs0[i], lo), hi)))
            x1 = max(float(math.ceil(min(max(xs1[i], lo), hi))), x0 + 1)
            y0 = float(round(ys[i] - half_h))
            return x0, y0, x1, y0 + round(2 * half_h)

        def edges(sel: list[int], half_h: float, t: float
                  ) -> tuple[list[QRectF], list[QRectF]]:
            """Outline strips ``t`` px thick: (tops then bottoms, lefts then rights)."""
            boxes = [box(i, half_h) for i in sel]
            tb = ([QRectF(a, b, c - a, t) for a, b, c, _ in boxes]
                  + [QRectF(a, d - t, c - a, t) for a, _, c, d in boxes])
            lr = ([QRectF(a, b, t, d - b) for a, b, _, d in boxes]
                  + [QRectF(c - t, b, t, d - b) for _, b, c, d in boxes])
            return tb, lr

        rect: dict[int, QRectF] = {}
        for b in batches.values():
            for i in b[0] + b[1]:
                x0, y0, x1, y1 = box(i, hh)
                rect[i] = QRectF(x0, y0, x1 - x0, y1 - y0)
        # Bars are axis-aligned: no antialiasing, pixel-snapped, outlines as filled edge strips
        # (stroking a pen, dashed above all, along wide bars costs far more than filling).
        painter.save()
        self._anchor_patterns(painter, f)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for c in order:
            periods, months, exact, dashed = batches[c][:4]
            if not (periods or months):
                continue
            base = self._colour(c)
            edge = base.darker(135)
            if periods:
                painter.setBrush(base)
                painter.drawRects([rect[i] for i in periods])
            if months:  # lighter fill plus hatching, so they never read as a point
                rects = [rect[i] for i in months]
                light = QColor(base)
                light.setAlpha(70)
                painter.setBrush(light)
                painter.drawRects(rects)
                painter.setBrush(QBrush(base, Qt.BrushStyle.BDiagPattern))
                self._anchor_patterns(painter, f, pattern=True)
                painter.drawRects(rects)
                self._anchor_patterns(painter, f)
                if exact:
                    painter.setBrush(edge)
                    tb, lr = edges(exact, hh, 1.0)
                    painter.drawRects(tb + lr)
            if dashed:  # approximate / uncertain: dashed edges
                horizontal, vertical = self._dash_brushes(edge.darker(120))
                top_bottom, sides = edges(dashed, hh + 1.0, 2.0)
                painter.setBrush(horizontal)
                painter.drawRects(top_bottom)
                painter.setBrush(vertical)
                painter.drawRects(sides)
        painter.restore()
        if not any(batches[c][4] for c in order):
            return
        # Screens turn about the day axis's origin (a whole pixel): the same squares in the
        # turned frame at every pan, so a panned picture is a fresh one to the pixel.
        ox = f.x_origin if self.slide is None else 0.0
        k = math.sqrt(0.5)

        def diamonds(sel: list[int], radius: float) -> list[QRectF]:
            """Squares that, drawn in a frame turned by 45° about ``(ox, 0)``, are diamonds."""
            side = radius * math.sqrt(2.0)
            out = []
            for i in sel:
                cx = (xs0[i] + xs1[i]) / 2 - ox
                cy = ys[i]
                out.append(QRectF((cx + cy) * k - side / 2, (cy - cx) * k - side / 2, side, side))
            return out

        painter.save()
        painter.translate(ox, 0.0)
        painter.rotate(45.0)
        for c in order:  # diamonds last, over any bar
            points, dashed_points = batches[c][4:]
            if not points:
                continue
            base = self._colour(c)
            edge = base.darker(135)
            painter.setBrush(base)
            painter.setPen(QPen(edge, 1.0))
            painter.drawRects(diamonds(points, f.radius))
            if dashed_points:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge.darker(120), 1.3, Qt.PenStyle.DashLine))
                painter.drawRects(diamonds(dashed_points, f.radius + 1.5))
        painter.restore()

    @staticmethod
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
        return _rects(u - side / 2, v - side / 2, np.full(n, side), np.full(n, side))

    def _colour(self, c: int) -> QColor:
        return self._colours[c] if c < len(self._colours) else QColor(tl.GREY)

    def _anchor_patterns(self, painter: QPainter, f: Frame, pattern: bool = False) -> None:
        """Screens: dotted and hatched fills tile from the day axis's origin, so they move with
        the events when the view pans (a scrolled picture matches a fresh one). Qt takes a
        texture's origin in the painter's pixels and a pattern's (``pattern``) in the device's."""
        if self.slide is None:
            scale = painter.device().devicePixelRatioF() if pattern else 1.0
            painter.setBrushOrigin(QPointF(f.x_origin * scale, 0.0))

    def _dash_brushes(self, colour: QColor, dashes: tuple[int, ...] = (1, 1, 1, 1, 0, 0, 0)
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

    @staticmethod
    def _bar_rects(f: Frame, sel: np.ndarray, half_h: float) -> list[QRectF]:
        x0, y0, x1, y1 = TimelinePainter._bar_box(f, sel, half_h)
        return _rects(x0, y0, x1 - x0, y1 - y0)

    @staticmethod
    def _bar_box(f: Frame, sel: np.ndarray, half_h: float):
        # Clipped in numpy first: Qt rasterising (and hatching) a bar that runs 10^5 px off
        # screen costs milliseconds per bar. Snapped to pixels: bars are drawn unantialiased.
        assert f.x0 is not None and f.x1 is not None and f.y is not None  # marker mode
        lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
        x0 = np.floor(np.clip(f.x0[sel], lo, hi))
        x1 = np.maximum(np.ceil(np.clip(f.x1[sel], lo, hi)), x0 + 1)
        y0 = np.round(f.y[sel] - half_h)
        return x0, y0, x1, y0 + round(2 * half_h)

    @staticmethod
    def _draw_diamonds(painter: QPainter, f: Frame, sel: np.ndarray, radius: float) -> None:
        """Diamonds as squares drawn in a frame rotated by 45°: one drawRects for all of them."""
        painter.save()
        painter.rotate(45.0)
        painter.drawRects(TimelinePainter._diamond_rects(f, sel, radius))
        painter.restore()

    def _update_selection_marks(self, painter: QPainter, f: Frame) -> None:
        if self._selected is not None:
            self._draw_marks(painter, f, self._selected, ((self._c.halo, 5.0),
                                                          (self._c.select, 2.2)))

    def _draw_marks(self, painter: QPainter, f: Frame, row: int, pens) -> None:
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

    def _update_labels(self, painter: QPainter, f: Frame) -> None:
        if f.label_w is None:
            return
        shown = np.flatnonzero(f.label_w > 0)
        if not len(shown):
            return
        p = self._placements
        assert p is not None  # paint returns early without placements
        assert f.label_x is not None  # set with label_w
        assert f.idx is not None and f.x0 is not None and f.x1 is not None and f.y is not None and f.is_point is not None  # marker mode
        painter.setFont(self._label_font)
        fm = QFontMetricsF(self._label_font)
        base = (fm.ascent() - fm.descent()) / 2
        lane = p.lane[f.idx]
        solid = p.is_span[f.idx] & f.label_inside
        outside = shown[~solid[shown]]
        # A backing in the lane's colour keeps text clear of grid lines and milestone tracks.
        for parity in (0, 1):
            sel = outside[lane[outside] % 2 == parity]
            if len(sel):
                bg = QColor(self._c.lane_bg[parity])
                bg.setAlpha(215)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bg)
                h = self._line_h(self._label_font, fm)
                painter.drawRects(_rects(f.label_x[sel] - 2, f.y[sel] - h / 2,
                                         f.label_w[sel] + 4, np.full(len(sel), h)))
        rows = p.event_row[f.idx]
        colours = p.colour[f.idx]
        if f.label_text is None and self.slide is None:
            # Screens: each title shaped once per width (QStaticText), drawn in two batches by
            # colour: re-shaping every label on every frame was the largest cost of text.
            dy = base - fm.ascent()  # a static text is placed by its top, not its baseline
            white = solid[shown] & self._white_text_on()[colours[shown]]
            xs, ys = f.label_x.tolist(), (f.y + dy).tolist()
            widths, rows_l = f.label_w.tolist(), rows.tolist()
            for pen, sel in ((self._c.text, shown[~white]), (QColor(LABEL_ON_DARK), shown[white])):
                if not len(sel):
                    continue
                painter.setPen(pen)
                for i in sel.tolist():
                    painter.drawStaticText(QPointF(xs[i], ys[i]),
                                           self._static_title(rows_l[i], widths[i]))
            return
        for i in shown.tolist():
            text = (f.label_text[i] if f.label_text is not None
                    else self._elided_title(int(rows[i]), float(f.label_w[i])))
            if solid[i]:
                c = self._colours[int(colours[i])]
                painter.setPen(QColor(LABEL_ON_DARK) if _luminance(c) < 0.55 else self._c.text)
            else:
                painter.setPen(self._c.text)
            painter.drawText(QPointF(float(f.label_x[i]), float(f.y[i]) + base), text)

    def _update_overflow(self, painter: QPainter, f: Frame) -> None:
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
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._c.muted)
        lanes_of_cols = cols[0].astype(np.int64)
        y = f.plot.top() + geom.top[lanes_of_cols] + geom.height[lanes_of_cols] - 3.0
        painter.drawRects(_rects(cols[1], y, np.ones(cols.shape[1]), np.full(cols.shape[1], 2.0)))
        painter.restore()

    def _update_density(self, painter: QPainter, f: Frame) -> None:
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
        mask = _density_mask(f.lanes, bar, height)
        c = _DENSITY
        # One byte per pixel and a two-colour table, expanded by Qt in C before drawing (an
        # ARGB array built in numpy cost two passes per pixel; drawing the indexed image
        # directly looks the colour up pixel by pixel, 5 times slower: both measured).
        # Only the runs of rows with ink: the rest is clear (more than half the plot at tiers M
        # and L), and expanding and blending clear pixels was half the strip's cost (measured).
        ink = np.flatnonzero(mask.any(axis=1))
        if len(ink):
            cuts = np.flatnonzero(np.diff(ink) > 1) + 1
            firsts = ink[np.r_[0, cuts]].tolist()
            ends = (ink[np.r_[cuts - 1, len(ink) - 1]] + 1).tolist()
            for a, b in zip(firsts, ends):
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

    def _update_axis(self, painter: QPainter, f: Frame) -> None:
        t = f.ticks
        y = f.axis_y
        painter.setPen(QPen(self._c.muted, 1.0))
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y))
        minor = f.x_origin + t.minor * f.px_per_day
        major = f.x_origin + t.major * f.px_per_day
        painter.drawLines(_lines(major, np.full(len(major), y), major, np.full(len(major), y + 5)))
        painter.setPen(QPen(self._c.rule, 1.0))
        painter.drawLines(_lines(minor, np.full(len(minor), y), minor, np.full(len(minor), y + 3)))
        painter.setFont(self._label_font)
        fm = QFontMetricsF(self._label_font)
        painter.setPen(self._c.text)
        last_end = -1e9
        # Screens: each tick label measured and shaped once (QStaticText; a pan shows the same
        # years and months again), placed by its top; slides and vector devices draw text.
        static = self.slide is None and painter.paintEngine().type() == QPaintEngine.Type.Raster
        memo = self._tick_statics
        font_key = self._label_font.key()
        lo, hi = f.plot.left() - 4, f.plot.right() + 10
        for x, text in zip(major.tolist(), t.labels):
            got = memo.get((text, font_key))
            if got is None:
                st = QStaticText(text)
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.prepare(QTransform(), self._label_font)
                if len(memo) > 2000:
                    memo.clear()
                got = memo[(text, font_key)] = (st, fm.horizontalAdvance(text))
            st, w = got
            left = min(max(x - w / 2, lo), hi - w)
            if left < last_end + 8:  # measured text wider than planned: skip, never overlap
                continue
            if static:
                painter.drawStaticText(QPointF(left, y + 7), st)
            else:
                painter.drawText(QPointF(left, y + 7 + fm.ascent()), text)
            last_end = left + w

    def _update_gutter(self, painter: QPainter, f: Frame) -> None:
        fm = QFontMetricsF(self._font)
        painter.setFont(self._font)
        painter.setPen(self._c.text)
        width = int(f.gutter - 16)
        if f.lanes is not None:
            hidden = (np.bincount(f.overflow_lane.astype(np.int64), minlength=len(f.lanes.top))
                      if f.overflow_lane is not None else np.zeros(len(f.lanes.top), np.int64))
            sfm = QFontMetricsF(self._label_font)
            for i, (label, top, h) in enumerate(zip(self.lane_labels, f.lanes.top.tolist(),
                                                    f.lanes.height.tolist())):
                rect = QRectF(10, f.plot.top() + top, f.gutter - 16, h)
                text = fm.elidedText(label, Qt.TextElideMode.ElideRight, width)
                if hidden[i] and h >= fm.height() + sfm.height() + 4:
                    # "+N more" under the lane's name: items that did not fit at this zoom
                    y = rect.center().y() - (fm.height() + sfm.height()) / 2
                    painter.setFont(self._font)
                    painter.setPen(self._c.text)
                    painter.drawText(QPointF(10, y + fm.ascent()), text)
                    painter.setFont(self._label_font)
                    painter.setPen(self._c.muted)
                    painter.drawText(QPointF(10, y + fm.height() + sfm.ascent()),
                                     sfm.elidedText(QCoreApplication.translate(
                                         "TimelinePainter", "+{n} more, zoom in").format(
                                             n=int(hidden[i])), Qt.TextElideMode.ElideRight, width))
                    continue
                # cramped lanes on screen: the smaller font, so names don't collide (slides keep
                # one size for every lane: their lanes are always tall enough)
                short = self.slide is None and h < fm.height()
                painter.setFont(self._label_font if short else self._font)
                painter.setPen(self._c.text)
                if short:
                    text = sfm.elidedText(label, Qt.TextElideMode.ElideRight, width)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 text)
        if f.era_rect is not None and self._eras is not None:
            painter.setFont(self._small_font)
            sfm = QFontMetricsF(self._small_font)
            painter.setPen(self._c.muted)
            for r, label in enumerate(self._eras.row_labels):
                rect = QRectF(10, f.era_rect.top() + r * f.era_row_h, f.gutter - 16, f.era_row_h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 sfm.elidedText(label, Qt.TextElideMode.ElideRight, width))

    def _legend_entries(self, fm: QFontMetricsF) -> list[tuple[str, object, float]]:
        """(kind, what, width) of every legend entry: the title, the colours the kept events use
        (all of them when nothing is kept), the key of shapes; words in the label language."""
        p = self._placements
        assert p is not None  # _legend_height and the legend ask only with placements
        scale = self._key_scale(fm)
        used = self._used_colours()
        title = timeline_phrase("Colour: domain" if p.mode == "partner" else "Colour: counterpart",
                                self.lang)
        gap = 18.0 if self.slide is not None else 11.0  # between entries
        out: list[tuple[str, object, float]] = [("title", title, fm.horizontalAdvance(title) + 14)]
        for c, label in enumerate(p.palette_labels):
            if c in used:
                out.append(("colour", (c, label),
                            fm.height() * 0.7 + self._swatch_gap() + fm.horizontalAdvance(label) + gap))
        for key in self._KEY:
            text = timeline_phrase(key, self.lang)
            out.append(("key", key, 22 * scale + fm.horizontalAdvance(text) + gap))
        return out

    def _used_colours(self) -> set[int]:
        """The colours the kept events use (all when none is kept), once per filter: a pass
        over every kept placement cost 1 ms a frame at 10^5 events (measured)."""
        p = self._placements
        assert p is not None  # asked by the legend, only with placements
        key = (id(p), self._filter_version)
        if self._used is None or self._used[0] != key:
            n = len(p.palette_labels)
            if len(self._kept):
                seen = np.bincount(p.colour[self._kept].astype(np.int64), minlength=n)
                used = set(np.flatnonzero(seen).tolist())
            else:
                used = set(range(n))
            self._used = (key, used)
        return self._used[1]

    def _swatch_gap(self) -> float:
        return 8.0 if self.slide is not None else 6.0

    @staticmethod
    def _key_scale(fm: QFontMetricsF) -> float:
        return max(1.0, fm.height() / 17.0)

    def _legend_lines(self, width: float) -> list[list[tuple[str, object, float]]]:
        return self._memo(self._legend_key(width), lambda: self._wrap_legend(width))

    def _legend_key(self, width: float) -> tuple:
        """Everything the legend's words, swatches and wrapping depend on."""
        p = self._placements
        assert p is not None  # the legend is drawn only with placements
        return ("legend", width, p.mode, tuple(p.palette), tuple(p.palette_labels),
                tuple(sorted(self._used_colours())), self.lang, self._small_font.key())

    def _wrap_legend(self, width: float) -> list[list[tuple[str, object, float]]]:
        fm = QFontMetricsF(self._small_font)
        lines: list[list] = [[]]
        used = 0.0
        for entry in self._legend_entries(fm):
            if lines[-1] and used + entry[2] > width:
                lines.append([])
                used = 0.0
            lines[-1].append(entry)
            used += entry[2]
        return lines

    def _legend_line_h(self) -> float:
        fm = QFontMetricsF(self._small_font)
        return self._line_h(self._small_font, fm) + (8.0 if self.slide is not None else 4.0)

    def _legend_height(self, width: float) -> float:
        """Slides and screens alike wrap the legend over as many lines as it takes (a screen
        at most three: past them the plot needs the height more)."""
        if self._placements is None:
            return QFontMetricsF(self._label_font).height() + 12.0
        n = len(self._legend_lines(width - 20.0))
        if self.slide is None:
            n = min(n, SCREEN_LEGEND_LINES)
        return n * self._legend_line_h() + 8.0

    def _update_legend(self, painter: QPainter, f: Frame) -> None:
        """Every entry, wrapped over as many lines as it takes (never cut to "…"; a screen too
        narrow for three lines ends its last one with "…")."""
        fm = QFontMetricsF(self._small_font)
        painter.setFont(self._small_font)
        line_h = self._legend_line_h()
        scale = self._key_scale(fm)
        text_dy = (fm.ascent() - fm.descent()) / 2
        y = f.legend_y + 4.0 + line_h / 2
        lines = self._legend_lines(self._w - 20.0)
        if self.slide is None and len(lines) > SCREEN_LEGEND_LINES:
            lines = lines[:SCREEN_LEGEND_LINES]
            lines[-1] = lines[-1][:-1] + [("more", "…", 0.0)]
        for line in lines:
            x = 10.0
            for kind, what, w in line:
                if kind in ("title", "more"):
                    painter.setPen(self._c.muted)
                    painter.drawText(QPointF(x, y + text_dy), str(what))
                elif kind == "colour":
                    c, label = cast(tuple[int, str], what)  # _legend_entries: (colour, label)
                    side = fm.height() * 0.7
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(self._colour(c))
                    painter.drawRect(QRectF(x, y - side / 2, side, side))
                    painter.setPen(self._c.text)
                    painter.drawText(QPointF(x + side + self._swatch_gap(), y + text_dy), label)
                else:
                    self._paint_key_item(painter, fm, str(what), x, y, scale)
                x += w
            y += line_h

    _KEY = ("exact day", "month/year only", "period", "approx./uncertain", "milestones")

    def _paint_key_item(self, painter: QPainter, fm: QFontMetricsF, text: str, x: float, y: float,
                        scale: float = 1.0) -> None:
        """One entry of the key: its symbol (drawn ``scale`` times larger) and its text."""
        base = QColor(self._c.muted)
        text_dy = (fm.ascent() - fm.descent()) / 2
        painter.save()
        painter.translate(x, y)
        painter.scale(scale, scale)
        ox, oy = x, y
        x = y = 0.0  # the symbol is drawn around the origin, scaled
        if text == "exact day":
            painter.setBrush(base)
            painter.setPen(QPen(base.darker(135), 1.0))
            painter.translate(x + 8, y)
            painter.rotate(45)
            painter.drawRect(QRectF(-3.5, -3.5, 7, 7))
        elif text == "month/year only":
            light = QColor(base)
            light.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(light)
            painter.drawRect(QRectF(x, y - 4.5, 18, 9))
            painter.setBrush(QBrush(base, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(base.darker(135), 1.0))
            painter.drawRect(QRectF(x, y - 4.5, 18, 9))
        elif text == "period":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            painter.drawRect(QRectF(x, y - 4.5, 18, 9))
        elif text == "approx./uncertain":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(base.darker(135), 1.3, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(x, y - 5, 18, 10))
        else:
            painter.setPen(QPen(self._c.track, 1.2, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, y), QPointF(x + 8, y))
            pen = QPen(self._c.track, 3.0)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x + 8, y), QPointF(x + 18, y))
            painter.setPen(QPen(self._c.track, 1.4))
            painter.drawLine(QPointF(x + 8, y - 6), QPointF(x + 8, y + 6))
        painter.restore()
        painter.setPen(self._c.muted)
        painter.drawText(QPointF(ox + 22 * scale, oy + text_dy), timeline_phrase(text, self.lang))


