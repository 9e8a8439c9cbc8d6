"""The zoomable agreements timeline: one custom-painted widget, batched drawing, no item per event.

All geometry that needs no Qt comes from ``explorer.charts.timeline_layout``; this module turns it
into pixels and handles gestures. Work per trigger:

* pack or lane mode changes: the placements table (``TimelineSource.placements``);
* filter changes: an interval index over the kept placements;
* zoom changes: sub-row stacking (of every kept placement when there are few, so rows stay put
  while panning; of the items in view otherwise);
* every frame: a numpy query of the visible window, lane heights, labels, and a handful of
  ``drawRects``/``drawLines`` calls, one per colour and style. Past ``DENSITY_THRESHOLD`` visible
  items, per-lane histograms (one image) replace the markers.

The view never changes the session: clicks and arrow keys become ``sig_*_requested`` signals
that the window routes to Session intents.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from html import escape

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.charts import timeline_layout as tl
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, day_number
from explorer.qt.session_link import subscribe_while_alive
from explorer.state.session import FILTER, PACK, SELECTION, Change, Session

MIN_SPAN_DAYS = 10.0
MAX_SPAN_DAYS = 366.0 * 250
HIT_RADIUS_PX = 6.0
ZOOM_KEY_FACTOR = 1.5
STACK_ALL_LIMIT = 3000  # stack every kept placement (stable rows while panning) up to this many
LABEL_RESERVE_PX = 150.0  # room a label may claim when stacking leaves space for labels
INSIDE_LABEL_MIN_PX = 80.0  # bars at least this wide carry their label inside
INSIDE_HATCHED_LABEL_MIN_PX = 120.0
MAX_STACK_ROWS = 16  # per lane; no lane can show more, deeper items wrap anyway
LABEL_STACK_LIMIT = 1000  # more items to stack: no second pass leaving room for labels
_DAY_MIN = float(day_number(_dt.date(MIN_YEAR, 1, 1)))
_DAY_MAX = float(day_number(_dt.date(MAX_YEAR, 12, 31)) + 1)

# A quiet, light scheme: colour is for data; chrome stays grey.
_BG = QColor("#FFFFFF")
_LANE_BG = (QColor("#FFFFFF"), QColor("#F3F5F8"))
_GUTTER_BG = QColor("#EEF1F5")
_ERA_BAND = QColor(40, 70, 120, 10)  # every other era, very faint, over the lanes


def _over(top: QColor, bottom: QColor) -> QColor:
    """``top`` composited over the opaque ``bottom``, as one opaque colour."""
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                           top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))
_RULE = QColor("#D5DAE1")
_GRID_MAJOR = QColor("#DDE1E7")
_GRID_MINOR = QColor("#EEF0F3")
_TEXT = QColor("#1F2328")
_TEXT_MUTED = QColor("#5B6470")
_TRACK = QColor("#4B5563")
_SELECT = QColor("#111827")
_DENSITY = QColor(68, 110, 170, 200)
_ERA_TINTS = ("#9DB4D3", "#E3B58C", "#A9CFA2", "#C9B2DC", "#D9C58F")
_STAGE_PHASE = {  # how a milestone segment is drawn from this stage to the next
    "announced": 0, "negotiation_opened": 0, "signed": 1, "ratified": 1,
    "provisional_application": 1, "entry_into_force": 2, "first_meeting": 2, "review": 2,
    "suspended": 3, "terminated": 3,
}
_STAGE_LABELS = {
    "announced": "announced", "negotiation_opened": "negotiations opened", "signed": "signed",
    "provisional_application": "provisionally applied", "ratified": "ratified",
    "entry_into_force": "in force", "first_meeting": "first meeting", "review": "review",
    "suspended": "suspended", "terminated": "terminated",
}


@dataclass
class _Frame:
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
    overflow_lane: np.ndarray | None = None  # items past their lane's row cap: lane, x
    overflow_x: np.ndarray | None = None


def _rects(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> list[QRectF]:
    return [QRectF(a, b, c, d) for a, b, c, d in zip(x.tolist(), y.tolist(), w.tolist(),
                                                     h.tolist())]


def _lines(x0, y0, x1, y1) -> list[QLineF]:
    return [QLineF(a, b, c, d) for a, b, c, d in zip(x0.tolist(), y0.tolist(), x1.tolist(),
                                                     y1.tolist())]


def _luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


class TimelineView(QWidget):
    sig_event_selection_requested = Signal(object)
    """The user clicked an event (its id) or empty space (None)."""

    sig_step_requested = Signal(int)
    """The user asked for the previous (-1) or next (+1) visible event in chronological order."""

    sig_visible_range_changed = Signal(float, float)
    """The visible window changed: first and last day number (floats, end exclusive)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(
            "Events and agreements over time, one lane per partner or domain. Wheel or plus and "
            "minus zoom, drag pans, Home fits all events, Left and Right step through events; "
            "the event table lists the same events.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 220)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        self._session = session
        self._mode = "partner"
        self._eras_visible = True
        self._density_threshold = tl.DENSITY_THRESHOLD
        self._source: tl.TimelineSource | None = None
        self._placements: tl.Placements | None = None
        self._eras: tl.EraBands | None = None
        self._index: tl.IntervalIndex | None = None
        self._kept: np.ndarray = np.empty(0, dtype=np.int64)  # placements the filter keeps
        self._filter_version = 0
        today = day_number(_dt.date.today())
        self._range = (float(today - 3 * 365), float(today + 365))
        self._frame: _Frame | None = None
        self._frame_key: tuple | None = None
        # (zoom key, window start, window end, placements stacked, rows with label room, compact)
        self._stacking: tuple | None = None
        self._label_widths: np.ndarray = np.empty(0)
        self._elided: dict[tuple[int, int], str] = {}
        self._colours: list[QColor] = []
        self._dash_cache: dict[tuple, tuple[QBrush, QBrush]] = {}
        self._press: tuple[QPointF, tuple[float, float]] | None = None
        self._dragging = False
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(max(self.font().pointSizeF() * 0.92, 7.0))

        self._unsubscribe = subscribe_while_alive(self, session, self._on_session_changed)
        self._update_pack()

    # -- session -----------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self._update_pack()
        elif FILTER in change.what:
            self._update_kept()
        if SELECTION in change.what and PACK not in change.what:
            self._update_selection()
        self.update()

    def _update_pack(self) -> None:
        pack = self._session.pack
        self._source = tl.TimelineSource(pack) if pack is not None else None
        self._eras = tl.era_bands(pack) if pack is not None and len(pack.eras) else None
        self._label_widths = np.full(len(pack.events) if pack is not None else 0, np.nan)
        self._elided.clear()
        self._update_placements()
        if pack is not None:
            self.zoom_to_fit()

    def _update_placements(self) -> None:
        p = self._source.placements(self._mode) if self._source is not None else None
        self._placements = p
        self._colours = [QColor(c) for c in p.palette] if p is not None else []
        self._stacking = None
        self._update_kept()

    def _update_kept(self) -> None:
        p = self._placements
        self._filter_version += 1
        if p is None:
            self._index, self._kept = None, np.empty(0, dtype=np.int64)
        else:
            visible = np.asarray(self._session.visible_events, dtype=np.int64)
            self._kept = np.flatnonzero(p.visible_mask(visible))
            self._index = tl.IntervalIndex(p.extent_start[self._kept], p.extent_end[self._kept],
                                           self._kept)
        self._stacking = None
        self._frame_key = None

    def _update_selection(self) -> None:
        """Pan (keeping the zoom) so a newly selected event outside the window comes into view."""
        row = self._selected_row()
        if row is None or self._source is None:
            return
        s = float(self._source.start_day[row])
        e = float(self._source.end_day[row]) + 1.0
        d0, d1 = self._range
        if e > d0 and s < d1:
            return
        span = d1 - d0
        centre = s + 0.5 if e - s > span else (s + e) / 2  # too long to fit: show its start
        self.set_visible_range(centre - span / 2, centre + span / 2)

    def _selected_row(self) -> int | None:
        sel = self._session.selected_event
        return None if sel is None else self._session.event_row.get(sel)

    # -- public API --------------------------------------------------------------------------
    def lane_mode(self) -> str:
        return self._mode

    def set_lane_mode(self, mode: str) -> None:
        """``"partner"`` (a lane per counterpart of the focus actor) or ``"domain"``."""
        if mode not in tl.LANE_MODES:
            raise ValueError(f"lane mode must be one of {tl.LANE_MODES}, not {mode!r}")
        if mode == self._mode:
            return
        self._mode = mode
        self._update_placements()
        self.update()

    def eras_visible(self) -> bool:
        return self._eras_visible

    def set_eras_visible(self, visible: bool) -> None:
        if bool(visible) != self._eras_visible:
            self._eras_visible = bool(visible)
            self._frame_key = None
            self.update()

    def visible_range(self) -> tuple[float, float]:
        """The window as day numbers: first day, end (exclusive)."""
        return self._range

    def set_visible_range(self, day0: float, day1: float) -> None:
        """Show ``[day0, day1)``, clamped to a sane span and to the years dates may have."""
        day0, day1 = float(day0), float(day1)
        if not (math.isfinite(day0) and math.isfinite(day1)):
            return
        if day1 < day0:
            day0, day1 = day1, day0
        span = min(max(day1 - day0, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        centre = (day0 + day1) / 2
        day0 = min(max(centre - span / 2, _DAY_MIN), _DAY_MAX - span)
        new = (day0, day0 + span)
        if new == self._range:
            return
        self._range = new
        self.update()
        self.sig_visible_range_changed.emit(*new)

    def zoom_by(self, factor: float, anchor_day: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping ``anchor_day`` (default: centre) in place."""
        if factor <= 0:
            return
        d0, d1 = self._range
        anchor = (d0 + d1) / 2 if anchor_day is None else float(anchor_day)
        span = min(max((d1 - d0) / factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        ratio = (anchor - d0) / (d1 - d0)
        self.set_visible_range(anchor - ratio * span, anchor - ratio * span + span)

    def zoom_to_fit(self) -> None:
        """Fit every visible event (all of them, even when a few old ones stretch the span)."""
        p = self._placements
        if p is None or len(p) == 0:
            return
        kept = self._kept if len(self._kept) else np.arange(len(p))  # nothing kept: the pack
        lo = float(p.extent_start[kept].min())
        hi = float(p.extent_end[kept].max()) + 1.0
        span = max(hi - lo, 60.0)
        pad = span * 0.03 + 10.0
        centre = (lo + hi) / 2
        self.set_visible_range(centre - span / 2 - pad, centre + span / 2 + pad)

    @property
    def lane_labels(self) -> tuple[str, ...]:
        """The lanes of the current mode, top to bottom."""
        return self._placements.lane_labels if self._placements is not None else ()

    @property
    def drawn_placement_count(self) -> int:
        """How many placements the current frame draws as markers/bars (0 in density mode)."""
        f = self._ensure_frame()
        return 0 if f.idx is None else len(f.idx)

    @property
    def overflow_count(self) -> int:
        """Placements in view that did not fit their lane's rows (counted in the gutter)."""
        f = self._ensure_frame()
        return 0 if f.overflow_lane is None else len(f.overflow_lane)

    @property
    def density_shown(self) -> bool:
        """Whether the current frame shows histograms instead of markers."""
        return self._ensure_frame().density is not None

    def sizeHint(self) -> QSize:
        return QSize(960, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    # -- coordinates -------------------------------------------------------------------------
    def _x_of_day(self, day: float) -> float:
        f = self._ensure_frame()
        return f.x_origin + float(day) * f.px_per_day

    def _day_of_x(self, x: float) -> float:
        f = self._ensure_frame()
        return (float(x) - f.x_origin) / f.px_per_day

    def _placement_rect(self, event_id: str) -> QRectF | None:
        """Where the first drawn placement of an event is (None when not drawn)."""
        rects = self._placement_rects(event_id)
        return rects[0] if rects else None

    def _placement_rects(self, event_id: str) -> list[QRectF]:
        f = self._ensure_frame()
        row = self._session.event_row.get(event_id)
        if row is None or f.idx is None or self._placements is None:
            return []
        hits = np.flatnonzero(self._placements.event_row[f.idx] == row)
        return [self._shape_rect(f, int(i)) for i in hits]

    @staticmethod
    def _shape_rect(f: _Frame, i: int) -> QRectF:
        h = f.radius if f.is_point[i] else f.half_h
        return QRectF(float(f.x0[i]), float(f.y[i]) - h, float(f.x1[i] - f.x0[i]), 2 * h)

    # -- frame geometry ----------------------------------------------------------------------
    def _ensure_frame(self) -> _Frame:
        key = (id(self._placements), self._filter_version, self._range, self.width(),
               self.height(), self._eras_visible, self._density_threshold, self._selected_row())
        if self._frame is None or key != self._frame_key:
            self._frame = self._compute_frame()
            self._frame_key = key
        return self._frame

    def _gutter_width(self) -> float:
        fm = QFontMetricsF(self.font())
        labels = list(self.lane_labels)
        if self._eras_visible and self._eras is not None:
            labels += list(self._eras.row_labels)
        widest = max((fm.horizontalAdvance(t) for t in labels), default=60.0)
        return float(min(max(widest + 22.0, 110.0), 220.0, self.width() * 0.3))

    def _compute_frame(self) -> _Frame:
        w, h = float(self.width()), float(self.height())
        small = QFontMetricsF(self._label_font)
        gutter = self._gutter_width()
        era_rows = (len(self._eras.row_labels)
                    if self._eras_visible and self._eras is not None else 0)
        era_row_h = small.height() + 6.0
        top = 6.0
        right = w - 14.0
        era_rect = (QRectF(gutter, top, right - gutter, era_rows * era_row_h) if era_rows else None)
        plot_top = top + era_rows * era_row_h + (6.0 if era_rows else 0.0)
        legend_h = small.height() + 12.0
        axis_h = small.height() + 14.0
        plot_bottom = max(plot_top + 40.0, h - legend_h - axis_h)
        plot = QRectF(gutter, plot_top, max(right - gutter, 10.0), plot_bottom - plot_top)
        d0, d1 = self._range
        ppd = plot.width() / (d1 - d0)
        f = _Frame(plot=plot, gutter=gutter, era_rect=era_rect, era_row_h=era_row_h,
                   axis_y=plot_bottom, legend_y=plot_bottom + axis_h,
                   x_origin=plot.left() - d0 * ppd,
                   px_per_day=ppd, ticks=tl.time_ticks(d0, d1, plot.width()))
        p = self._placements
        if p is None or self._index is None or p.n_lanes == 0:
            return f
        margin = 12.0 / ppd  # markers near an edge still show
        idx = self._index.query(d0 - margin, d1 + margin, ordered=False)
        f.n_in_view = len(idx)
        n_lanes = p.n_lanes
        if tl.is_crowded(len(idx), self._density_threshold):
            ones = np.ones(n_lanes, dtype=np.int64)
            f.lanes = tl.allocate_lanes(ones, ones, plot.height(), pad=4.0)
            mid = (p.start_day[idx] + p.end_day[idx] + 1) / 2.0
            cols = f.x_origin + mid * ppd - plot.left()
            inside = (cols >= 0) & (cols < plot.width())
            f.density = tl.density_histogram(p.lane[idx][inside], cols[inside], n_lanes,
                                             int(plot.width()))
            return f

        idx.sort()
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
        selected = self._selected_row()
        if selected is not None:
            promote = over & (p.event_row[idx] == selected)
            row = np.where(promote, cap - 1, row)
            over &= ~promote
        if over.any():
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
            text_w = self._label_widths_for(p.event_row[idx])
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

    def _stack(self, idx: np.ndarray, ext: tl.ItemExtents, ppd: float
               ) -> tuple[np.ndarray, np.ndarray]:
        """Sub-rows for ``idx`` with room for labels, and compact ones, cached per zoom so that
        panning leaves rows alone: every kept placement is stacked when there are few; else the
        placements of a window two screens wide, restacked when the view leaves it."""
        p = self._placements
        key = (id(p), self._filter_version, round(ppd, 9))
        d0, d1 = self._range
        cached = self._stacking
        if cached is None or cached[0] != key or not (cached[1] <= d0 and d1 <= cached[2]):
            if len(self._kept) <= STACK_ALL_LIMIT:
                cand, w0, w1 = self._kept, -np.inf, np.inf
            else:
                w0, w1 = d0 - (d1 - d0) / 2, d1 + (d1 - d0) / 2
                cand = self._index.query(w0, w1)
                if len(cand) > 3 * self._density_threshold:  # too many: this screen only
                    cand, w0, w1 = idx, d0, d1
            all_ext = tl.item_extents(p, cand, 0.0, ppd, marker_radius=5.0)
            lab, cmp_ = self._stack_items(cand, all_ext)
            cached = self._stacking = (key, w0, w1, cand, lab, cmp_)
        _, _, _, cand, lab, cmp_ = cached
        at = np.clip(np.searchsorted(cand, idx), 0, max(len(cand) - 1, 0))
        return lab[at], cmp_[at]

    def _stack_items(self, idx: np.ndarray, ext: tl.ItemExtents) -> tuple[np.ndarray, np.ndarray]:
        p = self._placements
        lane = p.lane[idx]
        compact = tl.stack_rows(lane, ext.extent_x0, ext.extent_x1, max_rows=MAX_STACK_ROWS)
        if len(idx) > LABEL_STACK_LIMIT:  # too crowded for label room to matter: skip the pass
            return compact.astype(np.int64), compact.astype(np.int64)
        text_w = np.minimum(self._label_widths_for(p.event_row[idx]), LABEL_RESERVE_PX)
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
        span = self._placements.is_span[idx]
        return ~ext.is_point & np.where(span, width >= INSIDE_LABEL_MIN_PX,
                                        width >= INSIDE_HATCHED_LABEL_MIN_PX)

    def _label_widths_for(self, rows: np.ndarray) -> np.ndarray:
        """Title widths in the label font, measured once per event and pack."""
        widths = self._label_widths
        missing = rows[np.isnan(widths[rows])]
        if len(missing):
            fm = QFontMetricsF(self._label_font)
            titles = self._session.pack.events["title"]
            for r in np.unique(missing).tolist():
                widths[r] = fm.horizontalAdvance(str(titles.iat[r]))
        return widths[rows]

    def _elided_title(self, row: int, width: float) -> str:
        key = (row, math.ceil(width))
        text = self._elided.get(key)
        if text is None:
            if len(self._elided) > 20000:
                self._elided.clear()
            fm = QFontMetricsF(self._label_font)
            title = str(self._session.pack.events["title"].iat[row])
            # +1: a width measured as 29.6 px must not elide a text that is 29.6 px wide
            text = fm.elidedText(title, Qt.TextElideMode.ElideRight, math.ceil(width) + 1)
            self._elided[key] = text
        return text

    # -- hit testing -------------------------------------------------------------------------
    def _placement_at(self, pos: QPointF) -> int | None:
        """The drawn item nearest ``pos`` within HIT_RADIUS_PX (its label counts), as an index
        into the frame's items."""
        f = self._ensure_frame()
        if f.idx is None or len(f.idx) == 0 or not f.plot.contains(pos):
            return None
        px, py = pos.x(), pos.y()
        h = np.where(f.is_point, f.radius, f.half_h)
        dx = np.maximum(np.maximum(f.x0 - px, px - f.x1), 0.0)
        dy = np.maximum(np.abs(py - f.y) - h, 0.0)
        dist = np.hypot(dx, dy)
        if f.label_w is not None:
            on_label = ((f.label_w > 0) & (px >= f.label_x) & (px <= f.label_x + f.label_w)
                        & (np.abs(py - f.y) <= f.lanes.pitch / 2))
            dist = np.where(on_label, 0.0, dist)
        best = int(np.argmin(dist))
        return best if dist[best] <= HIT_RADIUS_PX else None

    def _event_id_at(self, pos: QPointF) -> str | None:
        i = self._placement_at(pos)
        if i is None:
            return None
        row = int(self._placements.event_row[self._frame.idx[i]])
        return str(self._session.pack.events["id"].iat[row])

    # -- gestures ----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        f = self._ensure_frame()
        if abs(delta.x()) > abs(delta.y()):  # horizontal scrolling pans
            d0, d1 = self._range
            shift = -(delta.x() / 120.0) * 0.1 * (d1 - d0)
            self.set_visible_range(d0 + shift, d1 + shift)
        elif delta.y():
            x = event.position().x()
            anchor = self._day_of_x(x) if f.plot.left() <= x <= f.plot.right() else None
            self.zoom_by(2.0 ** (delta.y() / 240.0), anchor)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._range)
            self._dragging = False
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        start, (d0, d1) = self._press
        dx = event.position().x() - start.x()
        if not self._dragging and abs(dx) + abs(event.position().y() - start.y()) >= 4:
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            shift = -dx / self._ensure_frame().px_per_day
            self.set_visible_range(d0 + shift, d1 + shift)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_drag = self._dragging
        self._press, self._dragging = None, False
        self.unsetCursor()
        if not was_drag and self._ensure_frame().plot.contains(event.position()):
            self.sig_event_selection_requested.emit(self._event_id_at(event.position()))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.zoom_by(2.0, self._day_of_x(event.position().x()))
            event.accept()
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_KEY_FACTOR)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1.0 / ZOOM_KEY_FACTOR)
        elif key == Qt.Key.Key_Home:
            self.zoom_to_fit()
        elif key == Qt.Key.Key_Left:
            self.sig_step_requested.emit(-1)
        elif key == Qt.Key.Key_Right:
            self.sig_step_requested.emit(1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_at(event.position() if hasattr(event, "position")
                                    else QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPointF) -> str:
        f = self._ensure_frame()
        pack = self._session.pack
        if pack is None:
            return ""
        if f.era_rect is not None and f.era_rect.contains(pos) and self._eras is not None:
            return self._era_tooltip(f, pos)
        if f.density is not None:
            if not f.plot.contains(pos):
                return ""
            lane = self._lane_at(f, pos.y())
            col = int(pos.x() - f.plot.left())
            if lane is None or not 0 <= col < f.density.shape[1]:
                return ""
            lo, hi = max(col - 3, 0), min(col + 4, f.density.shape[1])
            n = int(f.density[lane, lo:hi].sum())
            return f"{self.lane_labels[lane]}: {n} events here; zoom in to see them" if n else ""
        i = self._placement_at(pos)
        if i is None:
            return ""
        row = int(self._placements.event_row[f.idx[i]])
        ev = pack.events.iloc[row]
        when = ev["start_date"].display()
        if ev["end_date"] is not None:
            when += " – " + ev["end_date"].display()
        names = pack.actor_names
        parties = ", ".join(names.get(a.strip(), a.strip())
                            for a in str(ev["parties"]).split(";") if a.strip())
        status = str(ev["status"]).replace("_", " ")
        lines = [f"<b>{escape(str(ev['title']))}</b>", escape(when),
                 f"Status: {escape(status)}", f"Parties: {escape(parties)}"]
        ms = pack.milestones
        if self._placements.has_track[f.idx[i]] and len(ms):
            mine = ms[ms["event_id"] == ev["id"]].sort_values("day_start", kind="stable")
            steps = [f"{_STAGE_LABELS.get(st, st)} {d.display()}"
                     for st, d in zip(mine["stage"], mine["date_value"])]
            lines.append("Milestones: " + escape("; ".join(steps)))
        return "<br>".join(lines)

    def _era_tooltip(self, f: _Frame, pos: QPointF) -> str:
        er = self._eras
        row = int((pos.y() - f.era_rect.top()) // f.era_row_h)
        day = self._day_of_x(pos.x())
        hit = np.flatnonzero((er.row == row) & (er.start <= day) & (er.end > day))
        if not len(hit):
            return ""
        i = int(hit[0])
        eras = self._session.pack.eras
        start = PartialDate.parse(str(eras["start"].iat[i])).display()
        end = str(eras["end"].iat[i] or "")
        end = PartialDate.parse(end).display() if end else "ongoing"
        return f"<b>{escape(str(eras['label'].iat[i]))}</b><br>{escape(start)} – {escape(end)}"

    @staticmethod
    def _lane_at(f: _Frame, y: float) -> int | None:
        if f.lanes is None:
            return None
        rel = y - f.plot.top()
        hit = np.flatnonzero((rel >= f.lanes.top) & (rel < f.lanes.top + f.lanes.height))
        return int(hit[0]) if len(hit) else None

    # -- lifetime ----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        if self._unsubscribe is None:  # shown again after a close: catch up with the session
            self._unsubscribe = subscribe_while_alive(self, self._session, self._on_session_changed)
            self._update_pack()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        self._frame_key = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # labels are measured in the widget's font
            self._label_font = QFont(self.font())
            self._label_font.setPointSizeF(max(self.font().pointSizeF() * 0.92, 7.0))
            if len(self._label_widths):
                self._label_widths[:] = np.nan
            self._elided.clear()
            self._stacking = None
            self._frame_key = None
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()  # the focus frame
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), _BG)
        f = self._ensure_frame()
        if self._placements is None:
            painter.setPen(_TEXT_MUTED)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, "No pack open")
            return
        self._update_lane_backgrounds(painter, f)
        eras = self._eras_visible and self._eras is not None and f.era_rect is not None
        if eras:
            self._update_era_shading(painter, f)
        self._update_grid(painter, f)
        if eras:
            self._update_era_strip(painter, f)
        painter.save()
        painter.setClipRect(f.plot)
        if f.density is not None:
            self._update_density(painter, f)
        elif f.idx is not None and len(f.idx):
            self._update_tracks(painter, f)
            self._update_items(painter, f)
            self._update_selection_marks(painter, f)
            self._update_labels(painter, f)
            self._update_overflow(painter, f)
        painter.restore()
        self._update_axis(painter, f)
        self._update_gutter(painter, f)
        self._update_legend(painter, f)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if f.n_in_view == 0:
            painter.setPen(_TEXT_MUTED)
            msg = ("No events match the filter" if len(self._kept) == 0
                   else "No events in this period (Home fits all)")
            painter.drawText(f.plot, Qt.AlignmentFlag.AlignCenter, msg)

    def _update_lane_backgrounds(self, painter: QPainter, f: _Frame) -> None:
        painter.fillRect(QRectF(0, 0, f.gutter, self.height()), _GUTTER_BG)
        if f.lanes is None:
            return
        width = f.plot.right() + 14.0
        for i, (top, h) in enumerate(zip(f.lanes.top.tolist(), f.lanes.height.tolist())):
            painter.fillRect(QRectF(f.gutter, f.plot.top() + top, width - f.gutter, h),
                             _LANE_BG[i % 2])
        painter.setPen(QPen(_RULE, 1.0))
        painter.drawLine(QPointF(f.gutter, f.plot.top()), QPointF(f.gutter, f.axis_y))

    def _update_era_shading(self, painter: QPainter, f: _Frame) -> None:
        """Very faint bands behind the lanes: every other era of the first era row, and a hairline
        at every era change, so the reader can line events up with the periods above."""
        er = self._eras
        d0, d1 = self._range
        end = er.clipped_end(d1)
        lo, hi = f.plot.left() - 2.0, f.plot.right() + 2.0
        x0 = np.clip(f.x_origin + er.start * f.px_per_day, lo, hi)
        x1 = np.clip(f.x_origin + end * f.px_per_day, lo, hi)
        painter.save()
        painter.setClipRect(f.plot)
        painter.setPen(Qt.PenStyle.NoPen)
        first_row = np.flatnonzero(er.row == 0)
        alt = first_row[np.argsort(er.start[first_row], kind="stable")][1::2]
        alt = alt[x1[alt] > x0[alt]]
        # Opaque fills of the band colour premixed over each lane's background, not a
        # translucent band blended over the whole plot (6 ms a frame at 1920 px, measured).
        bx, bw = x0[alt], x1[alt] - x0[alt]
        painter.setBrush(_over(_ERA_BAND, _BG))
        painter.drawRects(_rects(bx, np.full(len(alt), f.plot.top()), bw, np.full(len(alt), f.plot.height())))
        if f.lanes is not None and len(alt):
            for i, (top, h) in enumerate(zip(f.lanes.top.tolist(), f.lanes.height.tolist())):
                if _LANE_BG[i % 2] == _BG:
                    continue
                painter.setBrush(_over(_ERA_BAND, _LANE_BG[i % 2]))
                painter.drawRects(_rects(bx, np.full(len(alt), f.plot.top() + top), bw,
                                         np.full(len(alt), h)))
        # A solid faint hairline: dotted pens are rasterised dash by dash (several ms a frame
        # with hundreds of era changes in view, measured).
        painter.setPen(QPen(QColor(60, 80, 110, 28), 1.0))
        xs = np.unique(np.round(x0[(x0 > lo) & (x0 < hi)]))
        painter.drawLines(_lines(xs, np.full(len(xs), f.plot.top()), xs,
                                 np.full(len(xs), f.plot.bottom())))
        painter.restore()

    def _update_grid(self, painter: QPainter, f: _Frame) -> None:
        t = f.ticks
        top = f.era_rect.top() if f.era_rect is not None else f.plot.top()
        minor = f.x_origin + t.minor * f.px_per_day
        major = f.x_origin + t.major * f.px_per_day
        painter.save()
        painter.setClipRect(QRectF(f.plot.left(), top, f.plot.width(), f.axis_y - top))
        painter.setPen(QPen(_GRID_MINOR, 1.0))
        painter.drawLines(_lines(minor, np.full(len(minor), f.plot.top()), minor,
                                 np.full(len(minor), f.axis_y)))
        painter.setPen(QPen(_GRID_MAJOR, 1.0))
        painter.drawLines(_lines(major, np.full(len(major), top), major,
                                 np.full(len(major), f.axis_y)))
        painter.restore()

    def _update_era_strip(self, painter: QPainter, f: _Frame) -> None:
        er = self._eras
        rect = f.era_rect
        d0, d1 = self._range
        end = er.clipped_end(d1)
        x0 = np.maximum(f.x_origin + er.start * f.px_per_day, rect.left())
        x1 = np.minimum(f.x_origin + end * f.px_per_day, rect.right())
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(self._label_font)
        fm = QFontMetricsF(self._label_font)
        order_in_row = np.zeros(len(er), dtype=np.int64)
        for r in range(len(er.row_labels)):
            members = np.flatnonzero(er.row == r)
            order_in_row[members[np.argsort(er.start[members])]] = np.arange(len(members))
        for i in np.flatnonzero(x1 > x0).tolist():
            r = int(er.row[i])
            tint = QColor(_ERA_TINTS[r % len(_ERA_TINTS)])
            tint.setAlpha(150 if order_in_row[i] % 2 == 0 else 95)
            band = QRectF(x0[i], rect.top() + r * f.era_row_h + 1, x1[i] - x0[i],
                          f.era_row_h - 2)
            painter.fillRect(band, tint)
            painter.setPen(QPen(QColor(255, 255, 255), 1.0))
            painter.drawLine(QPointF(x0[i], band.top()), QPointF(x0[i], band.bottom()))
            text = er.labels[i] + (" →" if er.ongoing[i] else "")
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(band.width() - 8))
            if len(text.rstrip("…")) >= 2:  # a lone "…" or letter says nothing
                painter.setPen(_TEXT)
                painter.drawText(band.adjusted(4, 0, -4, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    def _update_tracks(self, painter: QPainter, f: _Frame) -> None:
        """Milestone tracks: a line per life-cycle phase between consecutive stages, a tick per
        stage (hollow-ish and shorter when the stage date is only a month or year)."""
        p = self._placements
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
        track = QColor(_TRACK)
        # Segments and ticks are axis-aligned strips: filled, not stroked (dotted pens along
        # long lines are slow), with texture brushes for the dotted phases.
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        faded = QColor(track)
        faded.setAlpha(150)
        styles = (  # (brush, thickness) per phase
            (self._dash_brushes(track, (1, 1, 0, 0))[0], 1.0),  # announced / negotiating
            (QBrush(faded), 2.0),  # signed, ratified, provisionally applied
            (QBrush(track), 3.0),  # in force
            (self._dash_brushes(QColor(150, 150, 150), (1, 1, 1, 0, 0, 0))[0], 1.0),  # ended
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

    def _update_items(self, painter: QPainter, f: _Frame) -> None:
        """Spans as solid bars; month/year dates as light hatched bars across the period; exact
        days as diamonds. Approximate/uncertain dates get a dashed outline. One batch per colour
        and style."""
        p = self._placements
        colour = p.colour[f.idx]
        span = p.is_span[f.idx]
        inexact = p.inexact[f.idx]
        point = f.is_point
        bar = ~point
        hh = f.half_h
        order = np.argsort(colour, kind="stable")
        cuts = np.flatnonzero(np.diff(colour[order])) + 1
        groups = [(int(colour[g[0]]), g) for g in np.split(order, cuts) if len(g)]
        # Bars are axis-aligned: no antialiasing, pixel-snapped, outlines as filled edge strips
        # (stroking a pen, dashed above all, along wide bars costs far more than filling).
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for c, g in groups:
            base = self._colour(c)
            edge = base.darker(135)
            g_bar, g_span, g_inexact = bar[g], span[g], inexact[g]
            sel = g[g_bar & g_span]  # periods
            if len(sel):
                painter.setBrush(base)
                painter.drawRects(self._bar_rects(f, sel, hh))
            # month/year dates: lighter fill plus hatching, so they never read as a point
            sel = g[g_bar & ~g_span]
            if len(sel):
                rects = self._bar_rects(f, sel, hh)
                light = QColor(base)
                light.setAlpha(70)
                painter.setBrush(light)
                painter.drawRects(rects)
                painter.setBrush(QBrush(base, Qt.BrushStyle.BDiagPattern))
                painter.drawRects(rects)
                exact = sel[~inexact[sel]]
                if len(exact):
                    painter.setBrush(edge)
                    painter.drawRects(self._edge_rects(f, exact, hh, 1.0))
            sel = g[g_bar & g_inexact]  # approximate / uncertain: dashed edges
            if len(sel):
                horizontal, vertical = self._dash_brushes(edge.darker(120))
                top_bottom, sides = self._edge_rects(f, sel, hh + 1.0, 2.0, split=True)
                painter.setBrush(horizontal)
                painter.drawRects(top_bottom)
                painter.setBrush(vertical)
                painter.drawRects(sides)
        painter.restore()
        for c, g in groups:  # diamonds last, over any bar
            g_point = point[g]
            if not g_point.any():
                continue
            base = self._colour(c)
            edge = base.darker(135)
            painter.setBrush(base)
            painter.setPen(QPen(edge, 1.0))
            self._draw_diamonds(painter, f, g[g_point], f.radius)
            sel = g[g_point & inexact[g]]
            if len(sel):
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge.darker(120), 1.3, Qt.PenStyle.DashLine))
                self._draw_diamonds(painter, f, sel, f.radius + 1.5)

    def _colour(self, c: int) -> QColor:
        return self._colours[c] if c < len(self._colours) else QColor(tl.GREY)

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
    def _bar_rects(f: _Frame, sel: np.ndarray, half_h: float) -> list[QRectF]:
        x0, y0, x1, y1 = TimelineView._bar_box(f, sel, half_h)
        return _rects(x0, y0, x1 - x0, y1 - y0)

    @staticmethod
    def _bar_box(f: _Frame, sel: np.ndarray, half_h: float):
        # Clipped in numpy first: Qt rasterising (and hatching) a bar that runs 10^5 px off
        # screen costs milliseconds per bar. Snapped to pixels: bars are drawn unantialiased.
        lo, hi = f.plot.left() - 8.0, f.plot.right() + 8.0
        x0 = np.floor(np.clip(f.x0[sel], lo, hi))
        x1 = np.maximum(np.ceil(np.clip(f.x1[sel], lo, hi)), x0 + 1)
        y0 = np.round(f.y[sel] - half_h)
        return x0, y0, x1, y0 + round(2 * half_h)

    @staticmethod
    def _edge_rects(f: _Frame, sel: np.ndarray, half_h: float, t: float, split: bool = False):
        """Outline strips of bars (top, bottom, left, right) ``t`` px thick, as fillable rects."""
        x0, y0, x1, y1 = TimelineView._bar_box(f, sel, half_h)
        w, h = x1 - x0, y1 - y0
        cat = np.concatenate
        tb = _rects(cat((x0, x0)), cat((y0, y1 - t)), cat((w, w)), np.full(2 * len(sel), t))
        lr = _rects(cat((x0, x1 - t)), cat((y0, y0)), np.full(2 * len(sel), t), cat((h, h)))
        return (tb, lr) if split else tb + lr

    @staticmethod
    def _draw_diamonds(painter: QPainter, f: _Frame, sel: np.ndarray, radius: float) -> None:
        """Diamonds as squares drawn in a frame rotated by 45°: one drawRects for all of them."""
        cx = (f.x0[sel] + f.x1[sel]) / 2
        cy = f.y[sel]
        c = math.sqrt(0.5)
        u, v = (cx + cy) * c, (cy - cx) * c
        side = radius * math.sqrt(2.0)
        n = len(sel)
        painter.save()
        painter.rotate(45.0)
        painter.drawRects(_rects(u - side / 2, v - side / 2, np.full(n, side), np.full(n, side)))
        painter.restore()

    def _update_selection_marks(self, painter: QPainter, f: _Frame) -> None:
        row = self._selected_row()
        if row is None:
            return
        sel = np.flatnonzero(self._placements.event_row[f.idx] == row)
        if not len(sel):
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (QPen(QColor(255, 255, 255, 230), 5.0), QPen(_SELECT, 2.2)):
            painter.setPen(pen)
            pts = sel[f.is_point[sel]]
            if len(pts):
                self._draw_diamonds(painter, f, pts, f.radius + 2.5)
            bars = sel[~f.is_point[sel]]
            if len(bars):
                rects = self._bar_rects(f, bars, f.half_h + 2.5)
                painter.drawRects([r.adjusted(-2.5, 0, 2.5, 0) for r in rects])

    def _update_labels(self, painter: QPainter, f: _Frame) -> None:
        if f.label_w is None:
            return
        shown = np.flatnonzero(f.label_w > 0)
        if not len(shown):
            return
        p = self._placements
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
                bg = QColor(_LANE_BG[parity])
                bg.setAlpha(215)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bg)
                h = fm.height()
                painter.drawRects(_rects(f.label_x[sel] - 2, f.y[sel] - h / 2,
                                         f.label_w[sel] + 4, np.full(len(sel), h)))
        rows = p.event_row[f.idx]
        colours = p.colour[f.idx]
        for i in shown.tolist():
            text = self._elided_title(int(rows[i]), float(f.label_w[i]))
            if solid[i]:
                c = self._colours[int(colours[i])]
                painter.setPen(QColor("#FFFFFF") if _luminance(c) < 0.55 else _TEXT)
            else:
                painter.setPen(_TEXT)
            painter.drawText(QPointF(float(f.label_x[i]), float(f.y[i]) + base), text)

    def _update_overflow(self, painter: QPainter, f: _Frame) -> None:
        """Items that did not fit their lane: a tick each along the lane's foot (the gutter
        says how many)."""
        if f.overflow_lane is None:
            return
        geom = f.lanes
        lane = f.overflow_lane.astype(np.int64)
        cols = np.unique(np.stack([lane, np.floor(f.overflow_x)]), axis=1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TEXT_MUTED)
        lanes_of_cols = cols[0].astype(np.int64)
        y = f.plot.top() + geom.top[lanes_of_cols] + geom.height[lanes_of_cols] - 3.0
        painter.drawRects(_rects(cols[1], y, np.ones(cols.shape[1]), np.full(cols.shape[1], 2.0)))
        painter.restore()

    def _update_density(self, painter: QPainter, f: _Frame) -> None:
        """Per-lane histograms (events per pixel column, square-root scaled) as one image."""
        counts = f.density
        n_lanes, width = counts.shape
        height = int(f.plot.height())
        if height <= 0 or width <= 0:
            return
        peak = max(float(counts.max()), 1.0)
        inner = np.maximum(f.lanes.height - 2 * f.lanes.pad, 1.0)
        bar = np.sqrt(counts / peak) * inner[:, None]
        bar[counts > 0] = np.maximum(bar[counts > 0], 1.0)
        ys = np.arange(height) + 0.5
        lane_of_y = np.clip(np.searchsorted(f.lanes.top, ys, side="right") - 1, 0, n_lanes - 1)
        from_bottom = (f.lanes.top + f.lanes.height - f.lanes.pad)[lane_of_y] - ys
        filled = (from_bottom[:, None] >= 0) & (from_bottom[:, None] < bar[lane_of_y])
        c = _DENSITY
        a = c.alpha() / 255.0
        argb = ((c.alpha() << 24) | (int(c.red() * a) << 16) | (int(c.green() * a) << 8)
                | int(c.blue() * a))
        pixels = np.where(filled, np.uint32(argb), np.uint32(0)).astype(np.uint32)
        image = QImage(pixels.data, width, height, width * 4,
                       QImage.Format.Format_ARGB32_Premultiplied)
        painter.drawImage(QPointF(f.plot.left(), f.plot.top()), image)
        painter.setPen(_TEXT_MUTED)
        painter.setFont(self._label_font)
        painter.drawText(f.plot.adjusted(0, 2, -6, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         f"{f.n_in_view:,} events in view: zoom in to see them one by one")

    def _update_axis(self, painter: QPainter, f: _Frame) -> None:
        t = f.ticks
        y = f.axis_y
        painter.setPen(QPen(_TEXT_MUTED, 1.0))
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y))
        minor = f.x_origin + t.minor * f.px_per_day
        major = f.x_origin + t.major * f.px_per_day
        painter.drawLines(_lines(major, np.full(len(major), y), major, np.full(len(major), y + 5)))
        painter.setPen(QPen(_RULE, 1.0))
        painter.drawLines(_lines(minor, np.full(len(minor), y), minor, np.full(len(minor), y + 3)))
        painter.setFont(self._label_font)
        fm = QFontMetricsF(self._label_font)
        painter.setPen(_TEXT)
        last_end = -1e9
        for x, text in zip(major.tolist(), t.labels):
            w = fm.horizontalAdvance(text)
            left = min(max(x - w / 2, f.plot.left() - 4), f.plot.right() + 10 - w)
            if left < last_end + 8:  # measured text wider than planned: skip, never overlap
                continue
            painter.drawText(QPointF(left, y + 7 + fm.ascent()), text)
            last_end = left + w

    def _update_gutter(self, painter: QPainter, f: _Frame) -> None:
        fm = QFontMetricsF(self.font())
        painter.setFont(self.font())
        painter.setPen(_TEXT)
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
                    painter.setFont(self.font())
                    painter.setPen(_TEXT)
                    painter.drawText(QPointF(10, y + fm.ascent()), text)
                    painter.setFont(self._label_font)
                    painter.setPen(_TEXT_MUTED)
                    painter.drawText(QPointF(10, y + fm.height() + sfm.ascent()),
                                     sfm.elidedText(f"+{hidden[i]} more, zoom in",
                                                    Qt.TextElideMode.ElideRight, width))
                    continue
                short = h < fm.height()  # cramped lanes: the smaller font, so names don't collide
                painter.setFont(self._label_font if short else self.font())
                painter.setPen(_TEXT)
                if short:
                    text = sfm.elidedText(label, Qt.TextElideMode.ElideRight, width)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 text)
        if f.era_rect is not None and self._eras is not None:
            painter.setFont(self._label_font)
            sfm = QFontMetricsF(self._label_font)
            painter.setPen(_TEXT_MUTED)
            for r, label in enumerate(self._eras.row_labels):
                rect = QRectF(10, f.era_rect.top() + r * f.era_row_h, f.gutter - 16, f.era_row_h)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 sfm.elidedText(label, Qt.TextElideMode.ElideRight, width))

    def _update_legend(self, painter: QPainter, f: _Frame) -> None:
        p = self._placements
        painter.setFont(self._label_font)
        fm = QFontMetricsF(self._label_font)
        y = f.legend_y + (self.height() - f.legend_y) / 2
        x = 10.0
        right = float(self.width()) - 10.0
        painter.setPen(_TEXT_MUTED)
        title = "Colour: domain" if p.mode == "partner" else "Colour: counterpart"
        painter.drawText(QPointF(x, y + (fm.ascent() - fm.descent()) / 2), title)
        x += fm.horizontalAdvance(title) + 10
        key_w = self._legend_key_width(fm)
        show_key = right - key_w >= x + 160  # narrow: the colours matter more than the key
        if not show_key:
            key_w = 0.0
        for colour, label in zip(self._colours, p.palette_labels):
            w = 14 + fm.horizontalAdvance(label) + 12
            if x + w > right - key_w:
                painter.setPen(_TEXT_MUTED)
                painter.drawText(QPointF(x, y + (fm.ascent() - fm.descent()) / 2), "…")
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y - 5, 10, 10))
            painter.setPen(_TEXT)
            painter.drawText(QPointF(x + 14, y + (fm.ascent() - fm.descent()) / 2), label)
            x += w
        if show_key:
            self._paint_legend_key(painter, fm, right - key_w, y)

    _KEY = ("exact day", "month/year only", "period", "approx./uncertain", "milestones")

    def _legend_key_width(self, fm: QFontMetricsF) -> float:
        return sum(22 + fm.horizontalAdvance(t) + 10 for t in self._KEY)

    def _paint_legend_key(self, painter: QPainter, fm: QFontMetricsF, x: float, y: float) -> None:
        base = QColor("#6B7280")
        text_dy = (fm.ascent() - fm.descent()) / 2
        for text in self._KEY:
            painter.save()
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
                painter.setPen(QPen(_TRACK, 1.2, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, y), QPointF(x + 8, y))
                pen = QPen(_TRACK, 3.0)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x + 8, y), QPointF(x + 18, y))
                painter.setPen(QPen(_TRACK, 1.4))
                painter.drawLine(QPointF(x + 8, y - 6), QPointF(x + 8, y + 6))
            painter.restore()
            painter.setPen(_TEXT_MUTED)
            painter.drawText(QPointF(x + 22, y + text_dy), text)
            x += 22 + fm.horizontalAdvance(text) + 10

