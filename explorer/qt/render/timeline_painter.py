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

This module keeps the painter's state, its caches and the order of a paint; each part of the
work is a module of its own, its functions assigned to the class as methods:
``timeline_frame`` (``Frame``, ``SlideStyle``, theme colours, constants, helpers),
``timeline_geometry`` (where everything of a frame goes), ``timeline_backdrop`` (lanes, eras,
grid, density strip), ``timeline_items`` (tracks, bars, diamonds, marks) and ``timeline_text``
(labels, axis, gutter, legend).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QStaticText,
)

from explorer.charts import timeline_layout as tl
from explorer.charts.theme import LIGHT, Theme
from explorer.domain.labels import timeline_phrase
from explorer.qt.render import timeline_backdrop as _backdrop
from explorer.qt.render import timeline_geometry as _geometry
from explorer.qt.render import timeline_items as _items
from explorer.qt.render import timeline_text as _text
from explorer.qt.render.timeline_frame import (
    INSIDE_HATCHED_LABEL_MIN_PX,
    INSIDE_LABEL_MIN_PX,
    LABEL_RESERVE_PX,
    LABEL_STACK_LIMIT,
    MAX_STACK_ROWS,
    SCREEN_LEGEND_LINES,
    SLIDE_LABEL_TRIALS,
    STACK_ALL_LIMIT,
    Frame,
    HeldRects,
    SlideStyle,
    _clip,
    _Colours,
)

__all__ = [  # importable from here as before the painter was split into modules
    "INSIDE_HATCHED_LABEL_MIN_PX", "INSIDE_LABEL_MIN_PX", "LABEL_RESERVE_PX", "LABEL_STACK_LIMIT",
    "MAX_STACK_ROWS", "SCREEN_LEGEND_LINES", "SLIDE_LABEL_TRIALS", "STACK_ALL_LIMIT",
    "Frame", "SlideStyle", "TimelinePainter",
]


KEPT_SETS_REMEMBERED = 4  # kept sets (and their stackings) known again when they come back
FRAMES_KEPT = 4  # the last frames, found again when a filter is taken back (0: never)
FRAMES_FOUND_WHILE_MOVING = True  # and after a pan or zoom back to a range among them (False: not)
KEPT_INDEX_FAST = True  # False: the kept placements' interval index built by a sort per change, as before


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
        self._title_values: Any = None  # the same as a NumPy object array, made on first use
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
        self._frame_found = False  # the base frame was found again (``_kept_or_new_frame``)
        self._layout: tuple | None = None  # (key, layout round the plot): ``_frame_layout``
        # (zoom key, window start, window end, placements stacked, rows with label room, compact)
        self._stacking: tuple | None = None  # the one the last frame used
        self._stackings: list[tuple] = []  # the last few, newest first (see set_kept)
        self._kept_sets: list[tuple[int, np.ndarray]] = []  # (token, kept), newest first
        self._kept_token = 0  # names the kept set: equal sets, equal tokens
        self._kept_token_count = 0
        self._label_widths: np.ndarray = np.empty(0)
        self._widths_from = 0  # titles before it are measured (``measure_widths_ahead``)
        self._elided: dict[tuple[int, int], str] = {}
        # (row, width): the title's shape, or its text while drawn once directly
        self._statics: dict[tuple[int, int], QStaticText | str] = {}
        self._statics_by_text: dict[str, QStaticText] = {}  # the same shapes by their text
        self._era_statics: dict[tuple[int, int], QStaticText | None] = {}
        # by era name: its advance, the rooms Qt elided it to and what each gave; shapes by
        # text (``timeline_backdrop._era_name``)
        self._era_names: dict[str, tuple[float, list[int], list[str]]] = {}
        self._era_shapes: dict[str, QStaticText | None] = {}
        self._tick_statics: dict[tuple[str, str], tuple[QStaticText, float]] = {}
        self._white_on: np.ndarray | None = None
        self._dash_cache: dict[tuple, tuple[QBrush, QBrush]] = {}
        self._used: tuple | None = None  # ((placements, filter version), colours used)
        self._middles: tuple | None = None  # ((placements, filter version), middles, lanes)
        self._memos: dict[tuple, object] = {}
        self._layers: dict[str, list[tuple[tuple, QImage]]] = {}  # gutter, legend: newest first
        self._strip_ground: np.ndarray | None = None  # major grid columns under the era strip
        # (id(placements), few, idx, is_point, batches) of the last frames, newest first
        self._batches_memo: list[tuple] = []
        # ((placements, kept token, range, size, eras, density threshold, language), frame) of
        # the last frames computed, newest first; the kept token of the last one
        self._frames_kept: list[tuple[tuple, Frame]] = []
        self._elided_gutter: dict[tuple[str, str, int], str] = {}  # (font, text, width): elided
        # the gutter's "+N more": (place, picture) by names' picture, lane, count; and
        # (lane, baseline) of each by names' picture (timeline_text._draw_notes)
        self._note_pictures: dict[tuple, tuple] = {}
        self._notes_seen: set[tuple] = set()  # counts drawn once directly (NOTES_SEEN_TWICE)
        self._note_spots: dict[int, list[tuple[int, float]]] = {}
        self._frame_token: int | None = None
        # (batches, half height, colours, bar x0 and x1 from the origin, y, QRectF lists by
        # colour) of the last frames drawn with kept bars (``timeline_items._draw_bars_kept``),
        # one per grouping of the items, newest first
        self._bars_memo: list[tuple] = []
        self._bar_colours: tuple[list[QColor], dict, dict] | None = None  # (colours, bars, pens)
        self._lanes_kept: dict[tuple, tl.LaneGeometry] = {}  # by allocate_lanes' inputs
        # (batches, (radius, squares' corners), squares by colour) of the last frames' diamonds
        self._diamonds_memo: list[tuple] = []
        self._tracks_memo: list[dict[tuple, HeldRects | list]] = []  # the last frames' tracks
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
        self._label_metrics = QFontMetricsF(self._label_font)  # a title's elision: ~1 µs less
        # the fonts' keys, asked for on every frame by the kept pictures' and texts' keys
        self.font_keys = (self._font.key(), self._label_font.key(), self._small_font.key())
        if len(self._label_widths):
            self._label_widths[:] = np.nan
        self._widths_from = 0
        self._elided.clear()
        self._statics.clear()
        self._statics_by_text.clear()
        self._era_statics.clear()
        self._era_names.clear()
        self._era_shapes.clear()
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
        self._title_values = None
        self._eras = eras
        self._label_widths = np.full(len(titles) if titles is not None else 0, np.nan)
        self._widths_from = 0
        self._elided.clear()
        self._statics.clear()
        self._statics_by_text.clear()
        self._era_statics.clear()
        self._era_names.clear()
        self._era_shapes.clear()
        self._memos.clear()
        self._frames_kept.clear()  # labels are measured in the titles
        self._version += 1

    def set_placements(self, placements: tl.Placements | None) -> None:
        self._placements = placements
        self._colours = [QColor(c) for c in placements.palette] if placements is not None else []
        self._white_on = None
        self._batches_memo.clear()
        self._bars_memo = []
        self._diamonds_memo = []
        self._tracks_memo = []
        self._kept_sets.clear()  # kept sets index placements: those of others mean nothing
        self.invalidate(stacking=True)

    def set_kept(self, kept: np.ndarray, keep: np.ndarray | None = None) -> None:
        """The placements the filter keeps (indices into the placements, ascending);
        ``keep``: the same as a bool per placement, where the owner has it."""
        p = self._placements
        self._filter_version += 1
        if p is None:
            self._index, self._kept = None, np.empty(0, dtype=np.int64)
        else:
            self._kept = np.asarray(kept, dtype=np.int64)
            self._index = (p.kept_index(self._kept, keep) if KEPT_INDEX_FAST else
                           tl.IntervalIndex(p.extent_start[self._kept],
                                            p.extent_end[self._kept], self._kept))
        self._kept_token = self._token_of(self._kept)
        # the stackings are kept per kept set (``_stack``), the frames per kept set and range
        self.invalidate(frames=False)

    def _token_of(self, kept: np.ndarray) -> int:
        """The token of a kept set seen lately (compared in full), else a new one. A filter
        taken back (cleared, or undone to the one before) finds the stacking of its events,
        at the zoom it is shown at, as it was: the Python greedy over every kept event (1 ms
        at tier S) is not run again for the same events."""
        for k, (token, seen) in enumerate(self._kept_sets):
            if len(seen) == len(kept) and np.array_equal(seen, kept):
                self._kept_sets.insert(0, self._kept_sets.pop(k))
                return token
        self._kept_token_count += 1
        token = self._kept_token_count
        self._kept_sets.insert(0, (token, kept.copy()))
        del self._kept_sets[KEPT_SETS_REMEMBERED:]
        return token

    def invalidate(self, stacking: bool = False, *, frames: bool = True) -> None:
        """Recompute the next frame (and the stacking, if asked); ``frames=False``: a new kept
        set, whose frames may be found again (``_ensure_frame``)."""
        self._frame_key = None
        self._base_frame_key = None
        self._version += 1
        if frames:
            self._frames_kept.clear()
        if stacking:
            self._stacking = None
            self._stackings.clear()

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
            self._base_frame = self._kept_or_new_frame()
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

    def _kept_or_new_frame(self) -> Frame:
        """The frame with nothing selected: computed, or the frame of these kept events at this
        range and size found again among the last few shown (a filter taken back, cleared or
        the one before again, shown at the range it was shown at; with
        ``FRAMES_FOUND_WHILE_MOVING``, a zoom back and forth about one day, the wheel's in and
        out: ~0.5 ms of frame geometry at tier S not worked out again). Only a frame found
        after the filter changed brings its kept picture (``base_frame_found``): a pan or zoom
        paints its picture as any other."""
        key = (id(self._placements), self._kept_token, self._range, self._w, self._h,
               self.eras_visible, self.density_threshold, self.lang)
        found = None
        new_filter = self._frame_token != self._kept_token
        if FRAMES_KEPT and (new_filter or FRAMES_FOUND_WHILE_MOVING):
            found = next((f for k, f in self._frames_kept if k == key), None)
            # Only frames that depend on nothing but the key: crowded ones (no stacking), or
            # with every kept placement stacked (past STACK_ALL_LIMIT the rows depend on the
            # window stacked last, i.e. on the pans before).
            if found is not None and found.density is None and len(self._kept) > STACK_ALL_LIMIT:
                found = None
        frame = found if found is not None else self._compute_frame(None)
        self._frame_found = found is not None and new_filter
        self._frame_token = self._kept_token
        if FRAMES_KEPT:
            self._frames_kept = [(key, frame)] + [
                kf for kf in self._frames_kept if kf[0] != key][:FRAMES_KEPT - 1]
        return frame

    def base_frame_found(self) -> Frame | None:
        """The frame with nothing selected when it was found again (a filter taken back, at
        the range and size it was shown at: the same object as then), else None (after
        ``frame``). Nothing else that draws changes while a frame is kept: every other change
        clears the kept frames (``invalidate``, ``set_pack``)."""
        self._ensure_frame()
        return self._base_frame if self._frame_found else None

    def kept_frames(self) -> list[Frame]:
        """The frames that may be found again (``base_frame_found``)."""
        return [f for _, f in self._frames_kept]

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

    # -- slides --------------------------------------------------------------------------------



    def _paint(self, painter: QPainter, marks: bool = True) -> None:
        whole = QRectF(0, 0, self._w, self._h)
        f = self._ensure_frame()
        self._strip_ground = None  # set by the backdrop when it draws what lies under the strip
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

    # Drawing steps and geometry, one module each (moved out of this class; called as methods).
    _gutter_width = _geometry._gutter_width
    _compute_frame = _geometry._compute_frame
    _kept_middles = _geometry._kept_middles
    _line_h = _geometry._line_h
    _slide_frame = _geometry._slide_frame
    _stack = _geometry._stack
    _stack_items = _geometry._stack_items
    _carries_label = _geometry._carries_label
    label_widths_for = _geometry.label_widths_for
    widths_left = _geometry.widths_left
    measure_widths_ahead = _geometry.measure_widths_ahead
    _backdrop_fits = _backdrop._backdrop_fits
    _update_backdrop = _backdrop._update_backdrop
    _update_lane_backgrounds = _backdrop._update_lane_backgrounds
    _update_era_shading = _backdrop._update_era_shading
    _lane_edges = staticmethod(_backdrop._lane_edges)
    _update_grid = _backdrop._update_grid
    _update_era_strip = _backdrop._update_era_strip
    _era_order = staticmethod(_backdrop._era_order)
    _paint_era_strip_screen = _backdrop._paint_era_strip_screen
    _era_line_columns = _backdrop._era_line_columns
    _fill_era_row = _backdrop._fill_era_row
    _update_density = _backdrop._update_density
    _update_tracks = _items._update_tracks
    _update_items = _items._update_items
    _item_batches = _items._item_batches
    _diamond_rects = staticmethod(_items._diamond_rects)
    _colour = _items._colour
    _anchor_patterns = _items._anchor_patterns
    _dash_brushes = _items._dash_brushes
    _bar_rects = staticmethod(_items._bar_rects)
    _bar_box = staticmethod(_items._bar_box)
    _draw_diamonds = staticmethod(_items._draw_diamonds)
    _update_selection_marks = _items._update_selection_marks
    _draw_marks = _items._draw_marks
    _update_overflow = _items._update_overflow
    _update_edge_notes = _text._update_edge_notes
    _static_title = _text._static_title
    _white_text_on = _text._white_text_on
    _elided_title = _text._elided_title
    _title = _text._title
    _draw_layers = _text._draw_layers
    _draw_layer = _text._draw_layer
    _update_labels = _text._update_labels
    _update_axis = _text._update_axis
    _update_gutter = _text._update_gutter
    _legend_entries = _text._legend_entries
    _used_colours = _text._used_colours
    _swatch_gap = _text._swatch_gap
    _key_scale = staticmethod(_text._key_scale)
    _legend_lines = _text._legend_lines
    _legend_key = _text._legend_key
    _wrap_legend = _text._wrap_legend
    _legend_line_h = _text._legend_line_h
    _legend_height = _text._legend_height
    _update_legend = _text._update_legend
    _KEY = _text._KEY
    _paint_key_item = _text._paint_key_item
