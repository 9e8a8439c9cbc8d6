"""The zoomable agreements timeline on screen: gestures, hit tests and tooltips over the one painter.

What is drawn, and how, lives in ``explorer.qt.render.timeline_painter`` (shared with every export);
the geometry that needs no Qt in ``explorer.charts.timeline_layout``. This widget keeps the state a
screen has (the visible window, the lane mode, the selection) and turns gestures into requests.
Work per trigger: pack or lane mode changes rebuild the placements table
(``TimelineSource.placements``); filter changes hand the painter the kept placements; every paint
asks the painter for a frame (cached while nothing changed) and draws it.

The view never changes the session: clicks and arrow keys become ``sig_*_requested`` signals
that the window routes to Session intents.

Home / Zoom to fit shows the bulk of the filtered events (``timeline_span.fit_span``: the same
outlier rule as a slide); events left outside the view are counted at its edges ("◀ 3", "12 ▶"),
and a click there (or Shift+Left / Shift+Right) brings the nearest of them into view. A filter
change refits the view, offers to, or leaves it, as the ``timeline_refit`` preference says.
Data words (titles, lane names, statuses, dates, legend) follow the session's label language;
colours follow the window's theme (``explorer.qt.theme``).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QToolTip,
    QWidget,
)

from explorer.domain import labels as lb
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, date_from_day_number, day_number
from explorer.qt import theme as qt_theme
from explorer.qt.session_link import subscribe_while_alive
from explorer.state.session import FILTER, PACK, SELECTION, Change, Session

try:
    from explorer.state.session import LABELS
except ImportError:  # before the label language reached the session
    LABELS = "labels"

if TYPE_CHECKING:  # numpy and the drawing modules load with the painter, after the first frame
    import numpy as np

    from explorer.charts import timeline_layout as tl
    from explorer.qt.render.timeline_painter import Frame, TimelinePainter

MIN_SPAN_DAYS = 10.0
HIT_RADIUS_PX = 6.0
ZOOM_KEY_FACTOR = 1.5
_DAY_MIN = float(day_number(_dt.date(MIN_YEAR, 1, 1)))
_DAY_MAX = float(day_number(_dt.date(MAX_YEAR, 12, 31)) + 1)
MAX_SPAN_DAYS = _DAY_MAX - _DAY_MIN  # no cap that hides data: a list from 1720 to 2035 fits whole
REFIT_MODES = ("auto", "ask", "off")
MAX_SPOKEN_EVENTS = 200  # the accessible list of events in view holds at most this many
LIST_FOLLOWS_MS = 150  # the accessible list is refilled once the view rests this long
ORDERS_KEPT = True  # False: the former path (a sort of the visible events per filter change)
# A pan or zoom rewrites the description a screen reader reads (the events, years and counts
# outside the view) once the view rests, with the list of events in view (``LIST_FOLLOWS_MS``),
# not on every frame of a drag (~0.06 ms a frame, and a DescriptionChanged event per frame).
# False: rewritten with every range (the tests, the same-run measurement).
DESCRIPTION_FOLLOWS = True
EDGE_CHIPS_KEPT = True  # False: the edge chips measured and inked afresh each frame (the tests)
# Where the spoken list sits: one pixel just outside the view's top-left corner. Shown (so in the
# accessibility tree, its items as before: a screen reader finds an item by the list, not by the
# screen), but outside the view's rectangle, so a repaint of the view never paints it. At (0, 0)
# inside the view, every frame painted it too, through its style sheet and the app's Python style:
# 0.2-0.4 ms of a 4-11 ms frame (measured), and a second paint event per pan or zoom step.
LIST_GEOMETRY = (-1, -1, 1, 1)

# The timeline's own keys and gestures (``keyPressEvent`` and the mouse handlers below), as the
# Keyboard shortcuts dialog lists them: (what it does, keys in Qt's portable notation or a gesture).
# Translated where shown (context "TimelineView").
KEY_BINDINGS = (
    (QT_TRANSLATE_NOOP("TimelineView", "Previous event"), ("Left",)),
    (QT_TRANSLATE_NOOP("TimelineView", "Next event"), ("Right",)),
    (QT_TRANSLATE_NOOP("TimelineView", "Go to the nearest event before the view"), ("Shift+Left",)),
    (QT_TRANSLATE_NOOP("TimelineView", "Go to the nearest event after the view"), ("Shift+Right",)),
    (QT_TRANSLATE_NOOP("TimelineView", "Zoom in"), ("+", "=")),
    (QT_TRANSLATE_NOOP("TimelineView", "Zoom out"), ("-",)),
    (QT_TRANSLATE_NOOP("TimelineView", "Zoom to fit the filtered events"), ("Home",)),
)
GESTURES = (
    (QT_TRANSLATE_NOOP("TimelineView", "Zoom in or out around the pointer"),
     QT_TRANSLATE_NOOP("TimelineView", "Mouse wheel")),
    (QT_TRANSLATE_NOOP("TimelineView", "Pan"), QT_TRANSLATE_NOOP("TimelineView", "Drag")),
    (QT_TRANSLATE_NOOP("TimelineView", "Pan sideways"),
     QT_TRANSLATE_NOOP("TimelineView", "Horizontal wheel")),
    (QT_TRANSLATE_NOOP("TimelineView", "Zoom in on a point"),
     QT_TRANSLATE_NOOP("TimelineView", "Double-click")),
    (QT_TRANSLATE_NOOP("TimelineView", "Select an event"), QT_TRANSLATE_NOOP("TimelineView", "Click")),
)


def key_bindings() -> list[tuple[str, str, str]]:
    """(group, what, keys) of the timeline's own keys and gestures, in the interface language
    (keys in the platform's notation): what Help ▸ Keyboard shortcuts adds to the menus' keys."""
    group = QCoreApplication.translate("TimelineView", "Timeline")

    def shown(text: object) -> str:  # QT_TRANSLATE_NOOP's texts are typed object
        return QCoreApplication.translate("TimelineView", str(text))

    rows = [(group, shown(text), ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys))
        for text, keys in KEY_BINDINGS]
    rows += [(group, shown(text), shown(how)) for text, how in GESTURES]
    return rows


class RefitBar(QFrame):
    """"Fit the timeline to the filtered events?" [Fit] [×]: shown after a filter change when the
    ``timeline_refit`` preference is "ask". Non-modal: the timeline stays usable under it."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setObjectName("timeline_refit_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 3, 3)
        layout.setSpacing(6)
        self.label = QLabel(self.tr("Fit the timeline to the filtered events?"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setAccessibleName(self.tr("Fit the timeline to the filtered events"))
        self.fit_button.setAccessibleDescription(
            self.tr("Zooms the timeline to the events the filter now shows"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close (keep the current view)"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Keeps the timeline's current view and hides this question"))
        layout.addWidget(self.label)
        layout.addWidget(self.fit_button)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Fit the timeline?"))
        self.fit_button.clicked.connect(view.zoom_to_fit)
        self.fit_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.restyle()
        self.hide()

    def restyle(self) -> None:
        t = qt_theme.current()
        self.setStyleSheet(
            f"QFrame#timeline_refit_bar {{ background: {t.surface_alt}; border: 1px solid "
            f"{t.accent}; border-radius: 4px; }} QFrame#timeline_refit_bar QLabel {{ color: {t.text}; }}")


class EventsInViewList(QListWidget):
    """The events the timeline shows now, as a list a screen reader can step through: each item
    named by the event's title (label language), described by its dates, status and parties; the
    current item is the selected event. The picture is painted, so assistive technology reads this
    list instead (it sits, one pixel and transparent, just outside the view's top-left corner:
    never hidden, since a hidden widget is left out of the accessibility tree, and outside the
    view's rectangle, so Qt never paints it with the view: ``LIST_GEOMETRY``). Kept in sync by
    ``TimelineView``."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setObjectName("timeline_events_in_view")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent; color: transparent; border: none;")
        self.setGeometry(*LIST_GEOMETRY)
        self.setAccessibleName(self.tr("Events in view"))
        self.setAccessibleDescription(self.tr(
            "The events the timeline shows now, in date order; the current one is the selected "
            "event"))
        self.event_ids: list[str] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing: none of it is ever seen, and its styled paint through the item view cost
        every frame of the timeline 0.1 ms (measured). Screen readers read the items."""
        event.accept()


# Pictures kept of frames found again after a filter is taken back (``_kept_picture``): a
# full-size pixmap each (5.8 MB at 1600×900). 0: always painted (the tests, the measurement).
PICTURES_KEPT = 2
# None are kept where that many would hold more bytes (a view of 1920×1080 at a pixel ratio of 2
# holds 33 MB): a single one would be painted again at every other return, for nothing.
PICTURE_BYTES_KEPT = 48 << 20
# A kept picture is put out for another once this many frames came back without theirs while it
# went unused (``_kept_picture``).
PICTURE_MISSES = 2


class TimelineView(QWidget):
    sig_event_selection_requested = Signal(object)
    """The user clicked an event (its id) or empty space (None)."""

    sig_step_requested = Signal(int)
    """The user asked for the previous (-1) or next (+1) visible event in chronological order."""

    sig_visible_range_changed = Signal(float, float)
    """The visible window changed: first and last day number (floats, end exclusive)."""

    sig_refit_offered = Signal()
    """A filter changed and the "ask" preference put the refit question on the view."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, settings=None) -> None:
        """``settings``: where the ``timeline_refit`` preference is read on each filter change:
        a ``Settings`` (its ``preference``), a callable returning "auto", "ask" or "off", or None
        (always "auto")."""
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.setAccessibleName(self.tr("Timeline"))
        self.setWhatsThis(self.tr(
            "Events and agreements over time, one lane per partner or domain. Wheel or plus and "
            "minus zoom, drag pans, Home fits the filtered events, Left and Right step through "
            "events, Shift+Left and Shift+Right go to events outside the view; the event table "
            "lists the same events."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 220)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        self._session = session
        self._settings = settings
        self._mode = "partner"
        self._lang = getattr(session, "label_language", "en")
        self._source: tl.TimelineSource | None = None
        self._painter_made: TimelinePainter | None = None  # see ``_painter``
        self._eras_visible = True
        self._kept_version = 0
        self._hidden_cache: tuple | None = None
        self._hidden_counted: tuple | None = None  # (range and filter, counts)
        self._hidden_order_cache: tuple | None = None
        self._whole: tuple | None = None  # (source, what ``_of_every_event`` made for it)
        self._chips: tuple | None = None  # (key, chips) of ``edge_indicators``
        self._chip_inks: tuple | None = None  # (theme, pen, fill, text colour) of the chips
        self._visible_cache: tuple | None = None  # (visible_events, source, rows, bool per row)
        self._words_key: tuple | None = None  # (pack, label language) of the cached words
        self._words: dict[int, tuple[str, str, str, str]] = {}
        self._actor_names: dict[str, str] = {}
        self._description = ""
        self._list_lang = ""
        self.refit_bar = RefitBar(self)
        self.events_list = EventsInViewList(self)
        # A drag pans many times a second: the list follows once the view rests (LIST_FOLLOWS_MS).
        # A restarted single-shot QTimer, not superqt's debouncer: the view is built before the first
        # paint and opens the first pack, and importing superqt costs ~0.15 s (measured: opening the
        # default pack in a bare view took 162 ms with the import, 18 ms without).
        self._list_follower = QTimer(self)
        self._list_follower.setSingleShot(True)
        self._list_follower.setInterval(LIST_FOLLOWS_MS)
        self._list_follower.timeout.connect(self._follow_view)
        # The pack's titles measured ahead in slices while the window is idle (``_measure_ahead``).
        self._widths_ahead = QTimer(self)
        self._widths_ahead.setSingleShot(True)
        self._widths_ahead.setInterval(0)
        self._widths_ahead.timeout.connect(self._measure_ahead)
        qt_theme.notifier().changed.connect(self._on_look_changed)
        today = day_number(_dt.date.today())
        self._range = (float(today - 3 * 365), float(today + 365))
        self._press: tuple[QPointF, tuple[float, float]] | None = None
        self._dragging = False
        # The picture without selection and hover marks, kept once the same picture is painted
        # twice (a pan or zoom paints each picture once: it is drawn directly, not kept).
        self._base_key: tuple | None = None  # of the last paint
        self._base_pixmap: QPixmap | None = None  # of that picture
        # Pictures of frames shown again after a filter was taken back (``_kept_picture``).
        # (frame, look, picture, ``_picture_misses`` when last used)
        self._pictures_kept: list[tuple[object, tuple, QPixmap, int]] = []
        self._picture_misses = 0  # frames found again with no picture and no room for one
        self._hover_row: int | None = None  # the event under the pointer
        self._marks_drawn = QRectF()  # where the last paint drew marks
        self.setMouseTracking(True)

        self._unsubscribe: Callable[[], None] | None = subscribe_while_alive(
            self, session, self._on_session_changed)
        if session.pack is not None:  # else a new painter is as ``_update_pack`` would leave it
            self._update_pack()

    @property
    def _painter(self) -> TimelinePainter:
        """The painter, made on first need. The first frame (no pack yet) is painted without it
        (``_paint_no_pack``), so numpy and the drawing modules (~80 ms) load after that frame."""
        if self._painter_made is None:
            from explorer.qt.render.timeline_painter import TimelinePainter

            self._painter_made = TimelinePainter(self.font(), theme=qt_theme.current(),
                                                 label_language=self._lang)
            self._painter_made.eras_visible = self._eras_visible
        return self._painter_made

    # -- session -----------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        if PACK in change.what:
            self.refit_bar.hide()
            self._lang = getattr(self._session, "label_language", "en")
            self._update_pack()
        else:
            if LABELS in change.what:
                self._update_label_language()
            if FILTER in change.what:
                self._update_kept()
                self._update_refit()
        before = self._range
        if SELECTION in change.what and PACK not in change.what:
            self._update_selection()
        self._update_accessible(announce=SELECTION in change.what)
        if change.what == {SELECTION} and self._range == before:
            self._update_marks()  # a step (→) or a click: only the marks move
        else:
            self.update()

    def _update_marks(self) -> None:
        """Repaint where the marks were and where they go now, when nothing else changed in
        the picture; else the whole view."""
        if self._base_key is None or self._base_pixmap is None:
            self.update()
            return
        self._ensure_frame()
        dpr = self.devicePixelRatioF()
        if self._picture_key(dpr) != self._base_key:
            self.update()
            return
        new = self._painter.marks_rect(self._selected_row()).united(
            self._painter.marks_rect(self._hover_row))
        dirty = self._marks_drawn.united(new)
        if not dirty.isEmpty():
            self.update(dirty.toAlignedRect().adjusted(-1, -1, 1, 1))

    def _on_look_changed(self) -> None:
        if self._painter_made is not None:  # else it is made in the look of its time
            self._painter.set_theme(qt_theme.current())
        self.refit_bar.restyle()
        self.update()

    def refit_mode(self) -> str:
        """The ``timeline_refit`` preference now: "auto", "ask" or "off"."""
        s = self._settings
        if s is None:
            return "auto"
        try:
            value = s() if callable(s) else s.preference("timeline_refit")
        except (KeyError, AttributeError, TypeError):
            value = "auto"
        return value if value in REFIT_MODES else "auto"

    def _update_refit(self) -> None:
        """After a filter change: fit the filtered events, offer to, or keep the view."""
        if self._session.pack is None or not len(self._session.visible_events):
            self.refit_bar.hide()
            return
        mode = self.refit_mode()
        if mode == "auto":
            self.refit_bar.hide()
            self.zoom_to_fit()
        elif mode == "ask":
            self._place_refit_bar()
            self.refit_bar.show()
            self.refit_bar.raise_()
            self.sig_refit_offered.emit()
        else:
            self.refit_bar.hide()

    def _place_refit_bar(self) -> None:
        bar = self.refit_bar
        bar.adjustSize()
        bar.move(max(self.width() - bar.width() - 16, 0), 8)

    def resizeEvent(self, event) -> None:
        if self.refit_bar.isVisible():
            self._place_refit_bar()
        super().resizeEvent(event)

    def _update_label_language(self) -> None:
        from explorer.charts import timeline_layout as tl
        lang = getattr(self._session, "label_language", "en")
        if lang == self._lang:
            return
        self._lang = lang
        pack = self._session.pack
        self._painter.set_label_language(lang)
        if pack is not None:
            self._painter.set_pack(tl.event_titles(pack, lang),
                                   tl.era_bands(pack, lang) if len(pack.eras) else None)
        self._update_placements()


    def _update_pack(self) -> None:
        from explorer.charts import timeline_layout as tl
        pack = self._session.pack
        self._hover_row = None  # a row of the former pack
        # built on the loader's worker before the hand-over (explorer.qt.workers)
        self._source = tl.timeline_source(pack) if pack is not None else None
        self._whole = None  # (the former pack's, not kept alive while a filter stays)
        self._painter.set_label_language(self._lang)
        self._painter.set_pack(tl.event_titles(pack, self._lang) if pack is not None else None,
                               tl.era_bands(pack, self._lang)
                               if pack is not None and len(pack.eras) else None)
        self._update_placements()
        if pack is not None:
            self.zoom_to_fit()

    def _update_placements(self) -> None:
        self._painter.set_placements(
            self._source.placements(self._mode, lang=self._lang)
            if self._source is not None else None)
        self._update_kept()

    def _update_kept(self) -> None:
        import numpy as np
        p = self._painter.placements
        if p is None:
            self._painter.set_kept(np.empty(0, dtype=np.int64))
        elif ORDERS_KEPT:
            keep = self._visible()[1][p.event_row]
            self._painter.set_kept(np.flatnonzero(keep), keep)
        else:
            visible = np.asarray(self._session.visible_events, dtype=np.int64)
            self._painter.set_kept(np.flatnonzero(p.visible_mask(visible)))
        self._kept_version += 1

    def _visible(self) -> tuple[np.ndarray, np.ndarray]:
        """The session's visible event rows, and the same as a bool per event row: made once
        per filter (the session gives a new array for each) and shared by the kept
        placements, Zoom to fit and the counts of events outside the view."""
        import numpy as np
        got = self._session.visible_events
        cached = self._visible_cache
        if cached is None or cached[0] is not got or cached[1] is not self._source:
            rows = np.asarray(got, dtype=np.int64)
            keep = np.zeros(self._source.n if self._source is not None else 0, dtype=bool)
            keep[rows] = True
            cached = self._visible_cache = (got, self._source, rows, keep)
        return cached[2], cached[3]

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
        if mode == self._mode:  # (a mode that is not one is never the view's)
            return
        from explorer.charts import timeline_layout as tl

        if mode not in tl.LANE_MODES:
            raise ValueError(f"lane mode must be one of {tl.LANE_MODES}, not {mode!r}")
        self._mode = mode
        self._update_placements()
        self.update()

    def eras_visible(self) -> bool:
        return self._eras_visible

    def set_eras_visible(self, visible: bool) -> None:
        if bool(visible) != self._eras_visible:
            self._eras_visible = bool(visible)
            if self._painter_made is not None:  # else the painter is made with it
                self._painter.eras_visible = self._eras_visible
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
        if DESCRIPTION_FOLLOWS and self._description:  # the first is written at once
            self._list_follower.start()  # the description and the list follow once it rests
        else:
            self._update_accessible()
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
        """Show the span the user cares about: the bulk of the filtered events with a small
        margin (``timeline_span.fit_span``: a lone 1902 treaty beside 2019-2025 is counted at the
        left edge instead of stretching the view to a century; no cap on the span). Nothing
        filtered in: the view stays."""
        import numpy as np

        from explorer.charts import timeline_span as ts
        src = self._source
        if src is None or src.n == 0:
            return
        if ORDERS_KEPT:
            rows, keep = self._visible()
            if not len(rows):
                return

            def fit() -> ts.SlideSpan:
                # the events' dates, as a slide; by start day from the pack's order (no sort)
                return ts.fit_span(src.start_day, src.end_day, src.in_order("start", rows, keep),
                                   presorted=True)
            span = self._of_every_event("fit", fit) if len(rows) == src.n else fit()
        else:
            rows = np.asarray(self._session.visible_events, dtype=np.int64)
            if not len(rows):
                return
            span = ts.fit_span(src.start_day, src.end_day, rows)
        self.refit_bar.hide()
        self.set_visible_range(span.day0, span.day1)

    # -- events outside the view ---------------------------------------------------------------
    def hidden_events(self) -> tuple[np.ndarray, np.ndarray]:
        """Filtered event rows wholly before and wholly after the view (by the events' own
        dates, as Zoom to fit and slides count them), in row order."""
        import numpy as np
        key = (self._range, self._kept_version, id(self._source))
        if self._hidden_cache is not None and self._hidden_cache[0] == key:
            return self._hidden_cache[1]
        src = self._source
        if src is None:
            out = (np.empty(0, np.int64), np.empty(0, np.int64))
        else:
            by_end, ends, by_start, starts = self._hidden_order()
            n_before, n_after = self._hidden_split(ends, starts)
            out = (np.sort(by_end[:n_before]), np.sort(by_start[len(by_start) - n_after:]))
        self._hidden_cache = (key, out)
        return out

    def hidden_counts(self) -> tuple[int, int]:
        """How many filtered events lie wholly before and wholly after the view: two binary
        searches in the filtered events sorted once per filter, not a pass over all of them on
        every pan (1.5 ms a step at 10^5 events, measured)."""
        if self._source is None:
            return 0, 0
        # Asked twice a frame (the description, the edge chips): counted once per range.
        key = (self._range, self._kept_version, id(self._source))
        if self._hidden_counted is not None and self._hidden_counted[0] == key:
            return self._hidden_counted[1]
        _by_end, ends, _by_start, starts = self._hidden_order()
        counts = self._hidden_split(ends, starts)
        self._hidden_counted = (key, counts)
        return counts

    def _hidden_split(self, ends: np.ndarray, starts: np.ndarray) -> tuple[int, int]:
        d0, d1 = self._range
        n_before = int(ends.searchsorted(d0, side="right"))  # end + 1 <= d0
        n_after = len(starts) - int(starts.searchsorted(d1, side="left"))  # start >= d1
        return n_before, n_after

    def _hidden_order(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The filtered rows by last day (+1) and by first day, with those days sorted."""
        import numpy as np
        key = (self._kept_version, id(self._source))
        cached = self._hidden_order_cache
        if cached is None or cached[0] != key:
            src = self._source
            assert src is not None  # asked for only with a pack shown
            if ORDERS_KEPT:  # picked out of the pack's orders: no sort per filter
                rows, keep = self._visible()

                def orders() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
                    by_end = src.in_order("end", rows, keep)
                    by_start = src.in_order("start", rows, keep)
                    return by_end, src.end_day[by_end] + 1.0, by_start, src.start_day[by_start]
                cached = (key, self._of_every_event("orders", orders) if len(rows) == src.n
                          else orders())
            else:
                rows = np.asarray(self._session.visible_events, dtype=np.int64)
                end = src.end_day[rows] + 1.0
                start = src.start_day[rows]
                oe = np.argsort(end, kind="stable")
                os_ = np.argsort(start, kind="stable")
                cached = (key, (rows[oe], end[oe], rows[os_], start[os_]))
            self._hidden_order_cache = cached
        return cached[1]

    def _of_every_event(self, what: str, make: Callable[[], Any]) -> Any:
        """``make()`` for every event of the pack shown (no filter, a filter cleared): made once
        per pack (Zoom to fit and the rows by day of all 10^5 events at tier L: ~1.5 ms of each
        clear, measured), not once per clear."""
        if self._whole is None or self._whole[0] is not self._source:
            self._whole = (self._source, {})
        made: dict[str, Any] = self._whole[1]
        if what not in made:
            made[what] = make()
        return made[what]

    def edge_indicators(self) -> list[tuple[int, QRectF, int]]:
        """(side, rect, count) of the markers at the plot's edges: side -1 for events before the
        view ("◀ 3"), +1 for events after it ("12 ▶")."""
        before, after = self.hidden_counts()
        if not before and not after:
            return []
        f = self._ensure_frame()
        font = self._painter.label_font
        # A pan at one zoom keeps the chips where they were until a count changes: their
        # places and widths are kept, not measured again on every frame.
        key = (before, after, f.plot.left(), f.plot.right(), f.axis_y,
               self._painter.font_keys[1])
        if EDGE_CHIPS_KEPT and self._chips is not None and self._chips[0] == key:
            return [(side, QRectF(rect), n) for side, rect, n in self._chips[1]]
        fm = QFontMetricsF(font)
        h = fm.height() + 6.0
        out = []
        for side, n in ((-1, before), (1, after)):
            if not n:
                continue
            w = fm.horizontalAdvance(self._edge_text(side, n)) + 14.0
            # On the axis row, never over the lanes (a chip at the plot's top corner hid the first
            # lane's label): the earlier chip in the empty gutter left of the axis, the later one
            # at the axis's right end.
            x = max(2.0, f.plot.left() - 4.0 - w) if side < 0 else f.plot.right() - 2.0 - w
            out.append((side, QRectF(x, f.axis_y + 2.0, w, h), n))
        self._chips = (key, [(side, QRectF(rect), n) for side, rect, n in out])
        return out

    @staticmethod
    def _edge_text(side: int, n: int) -> str:
        return f"◀ {n}" if side < 0 else f"{n} ▶"

    def go_to_hidden(self, side: int) -> bool:
        """Pan (keeping the zoom) to the nearest filtered event outside the view on ``side``
        (-1 earlier, +1 later), just inside that edge. False when there is none."""
        import numpy as np
        before, after = self.hidden_events()
        rows = before if side < 0 else after
        src = self._source
        if not len(rows) or src is None:
            return False
        d0, d1 = self._range
        span = d1 - d0
        if side < 0:
            row = rows[int(np.argmax(src.end_day[rows]))]
            s, e = float(src.start_day[row]), float(src.end_day[row]) + 1.0
            lo = max(s, e - 0.5 * span) - 0.1 * span
            self.set_visible_range(lo, lo + span)
        else:
            row = rows[int(np.argmin(src.start_day[rows]))]
            s, e = float(src.start_day[row]), float(src.end_day[row]) + 1.0
            hi = min(e, s + 0.5 * span) + 0.1 * span
            self.set_visible_range(hi - span, hi)
        return True

    def _paint_edge_indicators(self, painter: QPainter) -> None:
        chips = self.edge_indicators()
        if not chips:
            return
        t = qt_theme.current()
        inks = self._chip_inks
        if inks is None or inks[0] is not t or not EDGE_CHIPS_KEPT:
            inks = self._chip_inks = (t, QPen(QColor(t.accent), 1.0), QColor(t.accent),
                                      QColor(t.accent_text))
        _t, edge, fill, text = inks
        painter.setFont(self._painter.label_font)
        for side, rect, n in chips:
            painter.setPen(edge)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4.0, 4.0)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._edge_text(side, n))

    # -- what a screen reader says -------------------------------------------------------------
    def _update_accessible(self, announce: bool = False) -> None:
        """The description summarises what is shown ("57 events, 2019–2025; selected: …");
        a screen reader is told when it changes, and when the selection moves."""
        self._update_description()
        if announce and self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))
        if announce and not self._select_in_list():
            self.sync_events_list()  # the selected event joins the list at once
        else:  # the list follows once the view or the selection rests (each refill is ~200 rows)
            self._list_follower.start()  # (re)started: fires once the moves rest

    def _update_description(self) -> None:
        text = self.describe()
        if text != self._description:
            self._description = text
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _follow_view(self) -> None:
        """The view has rested (``LIST_FOLLOWS_MS`` without a move): the description and the list
        of events in view follow it."""
        self._update_description()
        self.sync_events_list()

    def events_in_view(self) -> np.ndarray:
        """Rows of the filtered events the view shows (wholly or in part), in date order."""
        import numpy as np
        src = self._source
        if src is None or self._session.pack is None:
            return np.empty(0, np.int64)
        rows = np.asarray(self._session.visible_events, dtype=np.int64)
        d0, d1 = self._range
        rows = rows[(src.end_day[rows] + 1.0 > d0) & (src.start_day[rows] < d1)]
        return rows[np.argsort(src.start_day[rows], kind="stable")]

    def event_words(self, row: int) -> tuple[str, str, str, str]:
        """(title, dates, status, parties) of an event row in the label language (worked out
        once per row, pack and language: the list of events in view asks for up to 200 rows
        whenever the view or the selection moves)."""
        from explorer.charts import timeline_layout as tl
        pack = self._session.pack
        assert pack is not None  # an event's words exist only with a pack loaded
        lang = self._lang
        key = (id(pack), lang)
        if self._words_key != key:
            self._words_key = key
            self._words = {}
            self._actor_names = tl.actor_names_in(pack, lang)
        words = self._words.get(row)
        if words is None:
            ev = pack.events
            title_ja = ev["title_ja"].iat[row] if "title_ja" in ev.columns else None
            title = lb.pick(str(ev["title"].iat[row]),
                            title_ja if isinstance(title_ja, str) else "", lang)
            when = lb.format_date_span(ev["start_date"].iat[row], ev["end_date"].iat[row], lang)
            names = self._actor_names
            parties = lb.list_separator(lang).join(
                names.get(a.strip(), a.strip())
                for a in str(ev["parties"].iat[row]).split(";") if a.strip())
            words = self._words[row] = (title, when,
                                        lb.status_label(str(ev["status"].iat[row]), lang),
                                        parties)
        return words

    def _select_in_list(self) -> bool:
        """Make the selected event the list's current item if the list holds it (or clear the
        list's selection when nothing is selected); False when the list must be refilled."""
        lst = self.events_list
        sel_id = self._session.selected_event
        if sel_id is None:
            lst.clearSelection()
            lst.setCurrentRow(-1)
            return True
        if sel_id not in lst.event_ids or self._list_lang != self._lang:
            return False
        index = lst.event_ids.index(sel_id)
        if index != lst.currentRow() or not lst.item(index).isSelected():
            lst.setCurrentRow(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def sync_events_list(self) -> None:
        """Refill the accessible list of events in view (at most ``MAX_SPOKEN_EVENTS``, those
        nearest the selection first kept) and make the selected event its current item."""
        import numpy as np
        self._list_follower.stop()
        lst = self.events_list
        rows = self.events_in_view()
        selected = self._selected_row()
        if len(rows) > MAX_SPOKEN_EVENTS:
            # rows are in date order, not row order: find the selection (or its date) among them
            at = 0
            if selected is not None:
                hit = np.flatnonzero(rows == selected)
                src = self._source
                assert src is not None  # rows in view exist only with a pack drawn
                at = int(hit[0]) if len(hit) else int(np.searchsorted(
                    src.start_day[rows], src.start_day[selected], side="left"))
            lo = min(max(at - MAX_SPOKEN_EVENTS // 2, 0), len(rows) - MAX_SPOKEN_EVENTS)
            rows = rows[lo:lo + MAX_SPOKEN_EVENTS]
        pack = self._session.pack
        assert pack is not None  # the list is refilled only with a pack shown
        id_col = pack.events["id"]
        row_list = rows.tolist()
        ids = [str(id_col.iat[r]) for r in row_list]
        if self._list_lang != self._lang:
            lst.event_ids = []  # every item's words change
        if ids != lst.event_ids:
            self._refill_events_list(ids, row_list)
            self._list_lang = self._lang
        sel_id = self._session.selected_event
        index = lst.event_ids.index(sel_id) if sel_id in lst.event_ids else -1
        if index < 0:
            lst.clearSelection()
            lst.setCurrentRow(-1)
        elif index != lst.currentRow() or not lst.item(index).isSelected():
            lst.setCurrentRow(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _refill_events_list(self, ids: list[str], rows: list[int]) -> None:
        """Make the list hold ``ids`` (event rows ``rows``). When the view or the selection moved a
        little, the new list is the old one shifted: only the items that left are taken out and
        those that came in are made (a step at 10^4 events refilled 200 items, ~29 ms)."""
        lst = self.events_list
        old = lst.event_ids
        where = {event_id: i for i, event_id in enumerate(old)}
        k = where.get(ids[0], -1) if ids else -1  # the new list starts inside the old one
        q = ids.index(old[0]) if old and k < 0 and old[0] in ids else -1  # or the old inside the new
        m = min(len(old) - k, len(ids)) if k >= 0 else min(len(ids) - q, len(old))  # in common
        if k >= 0 and old[k:k + m] == ids[:m]:
            for _ in range(k):
                lst.takeItem(0)
            for _ in range(len(old) - k - m):
                lst.takeItem(lst.count() - 1)
            for i in range(m, len(ids)):
                lst.addItem(self._events_list_item(rows[i]))
        elif q > 0 and ids[q:q + m] == old[:m]:
            for _ in range(len(old) - m):
                lst.takeItem(lst.count() - 1)
            for i in range(q):
                lst.insertItem(i, self._events_list_item(rows[i]))
            for i in range(q + m, len(ids)):
                lst.addItem(self._events_list_item(rows[i]))
        else:
            lst.clear()
            for r in rows:
                lst.addItem(self._events_list_item(r))
        lst.event_ids = ids

    def _events_list_item(self, row: int) -> QListWidgetItem:
        title, when, status, parties = self.event_words(int(row))
        item = QListWidgetItem(title)
        description = self.tr("{when}; status: {status}; parties: {parties}").format(
            when=when, status=status, parties=parties)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        item.setData(Qt.ItemDataRole.UserRole, int(row))
        return item

    def describe(self) -> str:
        pack = self._session.pack
        if pack is None:
            return self.tr("No pack open")
        n = len(self._session.visible_events)
        d0, d1 = self._range
        first = date_from_day_number(math.floor(d0)).year
        last = date_from_day_number(max(math.ceil(d1) - 1, int(d0))).year
        text = self.tr("{n} events, {first}–{last}").format(n=n, first=first, last=last)
        before, after = self.hidden_counts()
        if before or after:
            text += self.tr("; {before} earlier and {after} later outside the view").format(
                before=before, after=after)
        row = self._selected_row()
        if row is not None:
            ev = pack.events.iloc[row]
            title = lb.pick(str(ev["title"]), ev.get("title_ja") if isinstance(
                ev.get("title_ja"), str) else "", self._lang)
            when = lb.format_date_span(ev["start_date"], ev["end_date"], self._lang)
            text += self.tr("; selected: {title}, {when}").format(title=title, when=when)
        return text

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
        import numpy as np
        f = self._ensure_frame()
        row = self._session.event_row.get(event_id)
        if row is None or f.idx is None or self._placements is None:
            return []
        hits = np.flatnonzero(self._placements.event_row[f.idx] == row)
        return [self._shape_rect(f, int(i)) for i in hits]

    @staticmethod
    def _shape_rect(f: Frame, i: int) -> QRectF:
        assert f.is_point is not None and f.x0 is not None and f.x1 is not None and f.y is not None
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
        import numpy as np
        f = self._ensure_frame()
        if f.idx is None or len(f.idx) == 0 or not f.plot.contains(pos):
            return None
        # a frame in marker mode has every per-item array and its lanes
        assert f.is_point is not None and f.x0 is not None and f.x1 is not None and f.y is not None
        assert f.lanes is not None
        px, py = pos.x(), pos.y()
        h = np.where(f.is_point, f.radius, f.half_h)
        dx = np.maximum(np.maximum(f.x0 - px, px - f.x1), 0.0)
        dy = np.maximum(np.abs(py - f.y) - h, 0.0)
        dist = np.hypot(dx, dy)
        if f.label_w is not None and f.label_x is not None:
            on_label = ((f.label_w > 0) & (px >= f.label_x) & (px <= f.label_x + f.label_w)
                        & (np.abs(py - f.y) <= f.lanes.pitch / 2))
            dist = np.where(on_label, 0.0, dist)
        best = int(np.argmin(dist))
        return best if dist[best] <= HIT_RADIUS_PX else None

    def _event_id_at(self, pos: QPointF) -> str | None:
        i = self._placement_at(pos)
        if i is None:
            return None
        idx = self._ensure_frame().idx
        pack = self._session.pack
        if idx is None or self._placements is None or pack is None:
            return None
        row = int(self._placements.event_row[idx[i]])
        return str(pack.events["id"].iat[row])

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
            for side, rect, _n in self.edge_indicators():
                if rect.contains(event.position()):
                    self._press = None
                    self.go_to_hidden(side)
                    event.accept()
                    return
            self._press = (event.position(), self._range)
            self._dragging = False
            event.accept()
        else:
            super().mousePressEvent(event)

    def _set_hover(self, row: int | None) -> None:
        """Mark the event under the pointer (a light outline); repaints only the marks."""
        if row != self._hover_row:
            self._hover_row = row
            self._update_marks()

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            placements = self._placements
            i = self._placement_at(event.position()) if placements is not None else None
            idx = self._ensure_frame().idx if i is not None else None
            self._set_hover(None if i is None or placements is None or idx is None else
                            int(placements.event_row[idx[i]]))
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
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.go_to_hidden(-1 if key == Qt.Key.Key_Left else 1)
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
                                    else QPointF(event.pos()))  # type: ignore[attr-defined]  # a QHelpEvent
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
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
        lang = self._lang
        for side, rect, n in self.edge_indicators():
            if rect.contains(pos):
                if side < 0:
                    return self.tr("{n} filtered events before this view: click (or press "
                                   "Shift+Left) to go to the nearest").format(n=n)
                return self.tr("{n} filtered events after this view: click (or press "
                               "Shift+Right) to go to the nearest").format(n=n)
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
            return (self.tr("{lane}: {n} events here; zoom in to see them").format(
                lane=escape(self.lane_labels[lane]), n=n) if n else "")
        i = self._placement_at(pos)
        placements = self._placements
        if i is None or placements is None or f.idx is None:
            return ""
        row = int(placements.event_row[f.idx[i]])
        ev = pack.events.iloc[row]
        title, when, status, parties = self.event_words(row)
        lines = [f"<b>{escape(title)}</b>", escape(when),
                 escape(self.tr("Status: {status}").format(status=status)),
                 escape(self.tr("Parties: {parties}").format(parties=parties))]
        ms = pack.milestones
        if placements.has_track[f.idx[i]] and len(ms):
            mine = ms[ms["event_id"] == ev["id"]].sort_values("day_start", kind="stable")
            steps = [f"{lb.stage_label(st, lang)} {lb.format_partial_date(d, lang)}"
                     for st, d in zip(mine["stage"], mine["date_value"])]
            lines.append(escape(self.tr("Milestones: {steps}").format(
                steps=("、" if lang == "ja" else "; ").join(steps))))
        return "<br>".join(lines)

    def _era_tooltip(self, f: Frame, pos: QPointF) -> str:
        import numpy as np
        er = self._painter.eras
        assert er is not None and f.era_rect is not None  # _tooltip_at checked both
        row = int((pos.y() - f.era_rect.top()) // f.era_row_h)
        day = self._day_of_x(pos.x())
        hit = np.flatnonzero((er.row == row) & (er.start <= day) & (er.end > day))
        if not len(hit):
            return ""
        # Where terms overlap, the one whose name the strip shows: the latest to start (then
        # the last listed), drawn over the others.
        i = int(hit[np.lexsort((hit, er.start[hit]))[-1]])
        pack = self._session.pack
        assert pack is not None  # eras are drawn only from a loaded pack
        eras = pack.eras
        lang = self._lang
        start = lb.format_partial_date(PartialDate.parse(str(eras["start"].iat[i])), lang)
        end = str(eras["end"].iat[i] or "")
        end = (lb.format_partial_date(PartialDate.parse(end), lang) if end
               else self.tr("ongoing"))
        dash = "～" if lang == "ja" else " – "
        return f"<b>{escape(str(eras['label'].iat[i]))}</b><br>{escape(start)}{dash}{escape(end)}"

    @staticmethod
    def _lane_at(f: Frame, y: float) -> int | None:
        import numpy as np
        if f.lanes is None:
            return None
        rel = y - f.plot.top()
        hit = np.flatnonzero((rel >= f.lanes.top) & (rel < f.lanes.top + f.lanes.height))
        return int(hit[0]) if len(hit) else None

    # -- lifetime ----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self._list_follower.stop()
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
            if self._painter_made is not None:  # else it is made with the font of its time
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
    def _picture_key(self, dpr: float) -> tuple:
        """What the picture without selection, hover and focus marks depends on (after
        ``_ensure_frame``): the painter's frame and look, the edge chips (range and filter, in
        the painter's key), the pixel ratio."""
        return (self._painter.base_key(), dpr)

    def _paint_base(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._painter.paint(painter, self.width(), self.height(), self._range,
                            self._selected_row(), marks=False)
        self._paint_edge_indicators(painter)

    def _kept_picture(self, dpr: float) -> QPixmap | None:
        """The picture of a frame shown again after its filter was taken back (cleared, or
        the one before again, at the range it was shown at: ``TimelinePainter.base_frame_found``),
        kept from the last time it was shown, else None (then painted directly). The first
        time a frame is found again its picture is painted into a pixmap and kept: a picture
        seen twice is likely seen again (a partner ticked and unticked, a filter cleared and
        set), and a frame never shown before costs nothing more. Pictures are let go with
        their frames (the painter keeps the last few frames shown, ``FRAMES_KEPT``).

        With ``PICTURES_KEPT`` held, a picture is put out for a new one only once it has gone
        unused while ``PICTURE_MISSES`` frames came back without theirs: the last two in turn
        would have three filters taken back in turn each pay the new pixmap (~5 ms at tier S)
        and never find theirs (measured: 6.7 → 7.9 ms a change), and none put out would have
        a new pair of filters taken back never kept while the frames of an earlier pair stay."""
        if self._pictures_kept:  # a frame let go is never found again: nor its picture
            alive = self._painter.kept_frames()
            self._pictures_kept = [k for k in self._pictures_kept
                                   if any(k[0] is f for f in alive)]
        size = math.ceil(self.width() * dpr) * math.ceil(self.height() * dpr) * 4
        frame = (self._painter.base_frame_found()
                 if PICTURES_KEPT and PICTURES_KEPT * size <= PICTURE_BYTES_KEPT else None)
        if frame is None:
            return None
        # the edge chips are drawn by the view: their places, counts and inks
        look = (dpr, self.width(), self.height(), qt_theme.current(),
                tuple((side, rect.getRect(), n) for side, rect, n in self.edge_indicators()))
        kept = self._pictures_kept
        for k, (f, was, pm, _) in enumerate(kept):
            if f is frame and was == look:
                kept[k] = (f, was, pm, self._picture_misses)  # used now
                return pm
        if len(kept) >= PICTURES_KEPT:
            unused = min(kept, key=lambda k: k[3])
            if self._picture_misses - unused[3] < PICTURE_MISSES:
                self._picture_misses += 1
                return None
            kept[:] = [k for k in kept if k is not unused]
        self._base_pixmap = None  # a new pixmap: a kept one is never painted over
        self._update_picture(dpr)
        assert self._base_pixmap is not None
        kept.append((frame, look, self._base_pixmap, self._picture_misses))
        return self._base_pixmap

    def _update_picture(self, dpr: float) -> None:
        """Paint the kept picture (everything but the marks) for the current frame."""
        size = QSize(math.ceil(self.width() * dpr), math.ceil(self.height() * dpr))
        pm = self._base_pixmap
        if pm is None or pm.size() != size or pm.devicePixelRatio() != dpr:
            pm = QPixmap(size)
            pm.setDevicePixelRatio(dpr)
        p = QPainter(pm)
        try:
            self._paint_base(p)
        finally:
            p.end()
        self._base_pixmap = pm

    def _paint_no_pack(self) -> None:
        """What the painter draws while no pack is open (``TimelinePainter._paint``, the
        focus frame of ``paint_focus``), drawn without making it."""
        t = qt_theme.current()
        w, h = float(self.width()), float(self.height())
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.fillRect(QRectF(0, 0, w, h), QColor(t.surface))
            painter.setPen(QColor(t.muted_text))
            painter.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("TimelinePainter", "No pack open"))
            if self.hasFocus():
                for rect in (QRectF(0, 0, w, 1), QRectF(0, h - 1, w, 1), QRectF(0, 1, 1, h - 2),
                             QRectF(w - 1, 1, 1, h - 2)):
                    painter.fillRect(rect, QColor(t.accent))
        finally:
            painter.end()

    widths_ahead = True  # off: titles measured only when first shown (the tests' reference)
    WIDTHS_AHEAD_SLICE_S = 0.002  # CPU per event-loop turn while idle

    def _measure_ahead(self) -> None:
        """One slice of the titles' widths measured ahead (``measure_widths_ahead``): a filter
        never applied before finds them measured. Per pack and font, never per filter; a slice
        of ~2 ms per event-loop turn, so a click waits at most that long."""
        if self._painter_made is not None and self._painter.measure_widths_ahead(
                TimelineView.WIDTHS_AHEAD_SLICE_S):
            self._widths_ahead.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Everything but the marks (selection, hover, focus), then the marks over it. The
        first is kept as a pixmap once the same picture is painted a second time (a step, a
        click, the pointer over an event, focus), so those repaint only the marks; a pan or a
        zoom paints each picture once and draws it directly (scrolling the kept picture on a pan
        was measured slower than painting it: docs/performance-log.md, timeline "Third pass").
        A filter taken back shows the picture kept the last time its frame was shown
        (``_kept_picture``)."""
        if self._painter_made is None and self._session.pack is None:
            self._paint_no_pack()  # the first frame: no painter needed
            return
        self._ensure_frame()
        dpr = self.devicePixelRatioF()
        key = self._picture_key(dpr)
        painter = QPainter(self)
        try:
            if key != self._base_key:
                self._base_pixmap = self._kept_picture(dpr)
                if self._base_pixmap is not None:
                    painter.drawPixmap(QPointF(0, 0), self._base_pixmap)
                else:  # a new picture: drawn directly
                    self._paint_base(painter)
            else:
                if self._base_pixmap is None:
                    self._update_picture(dpr)
                assert self._base_pixmap is not None
                painter.drawPixmap(QPointF(0, 0), self._base_pixmap)
            self._base_key = key
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            hover = self._hover_row
            self._painter.paint_marks(painter, hover)
            self._marks_drawn = self._painter.marks_rect(self._selected_row()).united(
                self._painter.marks_rect(hover))
            if self.hasFocus():
                self._painter.paint_focus(painter, QColor(qt_theme.current().accent))
        finally:
            painter.end()
        if TimelineView.widths_ahead and not self._widths_ahead.isActive() and self._painter.widths_left():
            self._widths_ahead.start()  # after a paint: the pack's first frame is never delayed
