"""The zoomable agreements timeline on screen: gestures, hit tests and tooltips over the one painter.

What is drawn, and how, lives in ``explorer.qt.render.timeline_painter`` (shared with every export);
the geometry that needs no Qt in ``explorer.charts.timeline_layout``. This widget keeps the state a
screen has (the visible window, the lane mode, the selection) and turns gestures into requests.
Work per trigger: pack or lane mode changes rebuild the placements table
(``TimelineSource.placements``); filter changes hand the painter the kept placements; every paint
asks the painter for a frame (cached while nothing changed) and draws it.

The view never changes the session: clicks and arrow keys become ``sig_*_requested`` signals
that the window routes to Session intents.
"""

from __future__ import annotations

import datetime as _dt
import math
from html import escape

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.charts import timeline_layout as tl
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, day_number
from explorer.qt.render.timeline_painter import STAGE_LABELS, Frame, TimelinePainter
from explorer.qt.session_link import subscribe_while_alive
from explorer.state.session import FILTER, PACK, SELECTION, Change, Session

MIN_SPAN_DAYS = 10.0
MAX_SPAN_DAYS = 366.0 * 250
HIT_RADIUS_PX = 6.0
ZOOM_KEY_FACTOR = 1.5
_DAY_MIN = float(day_number(_dt.date(MIN_YEAR, 1, 1)))
_DAY_MAX = float(day_number(_dt.date(MAX_YEAR, 12, 31)) + 1)


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
        self._source: tl.TimelineSource | None = None
        self._painter = TimelinePainter(self.font())
        today = day_number(_dt.date.today())
        self._range = (float(today - 3 * 365), float(today + 365))
        self._press: tuple[QPointF, tuple[float, float]] | None = None
        self._dragging = False

        self._unsubscribe = subscribe_while_alive(self, session, self._on_session_changed)
        self._update_pack()

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
        self._painter.set_pack(pack.events["title"] if pack is not None else None,
                               tl.era_bands(pack) if pack is not None and len(pack.eras) else None)
        self._update_placements()
        if pack is not None:
            self.zoom_to_fit()

    def _update_placements(self) -> None:
        self._painter.set_placements(
            self._source.placements(self._mode) if self._source is not None else None)
        self._update_kept()

    def _update_kept(self) -> None:
        p = self._painter.placements
        visible = np.asarray(self._session.visible_events, dtype=np.int64)
        self._painter.set_kept(np.flatnonzero(p.visible_mask(visible)) if p is not None
                               else np.empty(0, dtype=np.int64))

    @property
    def _placements(self) -> tl.Placements | None:
        return self._painter.placements

    @property
    def _index(self) -> tl.IntervalIndex | None:
        return self._painter.index

    @property
    def _kept(self) -> np.ndarray:
        return self._painter.kept

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
        return self._painter.eras_visible

    def set_eras_visible(self, visible: bool) -> None:
        if bool(visible) != self._painter.eras_visible:
            self._painter.eras_visible = bool(visible)
            self._painter.invalidate()
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
    def _shape_rect(f: Frame, i: int) -> QRectF:
        h = f.radius if f.is_point[i] else f.half_h
        return QRectF(float(f.x0[i]), float(f.y[i]) - h, float(f.x1[i] - f.x0[i]), 2 * h)

    # -- frame geometry ----------------------------------------------------------------------
    def _ensure_frame(self) -> Frame:
        return self._painter.frame(self.width(), self.height(), self._range, self._selected_row())

    def _label_widths_for(self, rows: np.ndarray) -> np.ndarray:
        return self._painter.label_widths_for(rows)

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
        row = int(self._placements.event_row[self._ensure_frame().idx[i]])
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
        if f.era_rect is not None and f.era_rect.contains(pos) and self._painter.eras is not None:
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
            steps = [f"{STAGE_LABELS.get(st, st)} {d.display()}"
                     for st, d in zip(mine["stage"], mine["date_value"])]
            lines.append("Milestones: " + escape("; ".join(steps)))
        return "<br>".join(lines)

    def _era_tooltip(self, f: Frame, pos: QPointF) -> str:
        er = self._painter.eras
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
    def _lane_at(f: Frame, y: float) -> int | None:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # labels are measured in the widget's font
            self._painter.set_font(self.font())
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
            focus = self.palette().color(self.palette().ColorRole.Highlight) if self.hasFocus() else None
            self._painter.paint(painter, self.width(), self.height(), self._range,
                                self._selected_row(), focus=focus)
        finally:
            painter.end()
