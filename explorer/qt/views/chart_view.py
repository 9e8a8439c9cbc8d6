"""Drawing a comparison ``ChartSpec`` live with pyqtgraph: bars, lines, small multiples, markers.

The spec (``explorer.charts.chart_spec``) already holds every number, label, footnote and warning;
this view only lays it out, so the screen shows what exports print. Per spec:

* one ``PlotItem`` per ``spec.panels`` entry, stacked in one ``GraphicsLayoutWidget`` (small
  multiples: different units never share an axis); line panels share their x range;
* bars: one ``BarGraphItem`` per series, categories on the x axis (series label and period);
  lines: one ``PlotDataItem`` per series on a time axis (x = day numbers, ``DayAxisItem``);
* qualified figures (``>60 %``) are hatched bars or hollow diamonds; conflicting figures get a thick
  dark outline; a bar without a value (growth with no earlier figure) is a "—" on its category;
* every bar, the last point of each line and every qualified point carry a value label with the
  figure's source marker ("79.7 bn USD [2]"); legend entries carry their series' markers;
* a spec that must not be drawn (an index whose series share no base period) shows its reason;
* event markers (line charts) are dashed vertical lines; a click asks for the event's selection.

Plot items are kept across updates and fed with ``setData``/``setOpts``; only series that appear or
disappear add or remove items. ``set_spec`` only stores the spec and triggers a zero-time debouncer
(superqt's ``QSignalDebouncer``), so a burst of changes costs one redraw in the next event-loop
turn (``flush`` draws now).

The view's parts live in modules named for them: ``chart_axes`` (time and value axes, grid),
``chart_items`` (sizes, markers, curves, symbols), ``chart_panel`` (one panel's plot),
``chart_labels`` (wrapped label, legend box) and ``chart_hover`` (the readout).
"""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QRegion,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGraphicsView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.charts.chart_spec import (
    Basis,
    ChartKind,
    ChartSpec,
    Flag,
    Panel,
    Series,
)
from explorer.charts.theme import LIGHT, Theme
from explorer.domain.labels import phrase
from explorer.qt import theme as qt_theme
from explorer.qt.views.chart_axes import DayAxisItem as DayAxisItem
from explorer.qt.views.chart_axes import day_ticks as day_ticks
from explorer.qt.views.chart_hover import ChartHover, _LeaveWatcher
from explorer.qt.views.chart_items import BAR_GROUP_WIDTH as BAR_GROUP_WIDTH
from explorer.qt.views.chart_items import DENSE_PX as DENSE_PX
from explorer.qt.views.chart_items import EXPORT_SYMBOL_LIMIT as EXPORT_SYMBOL_LIMIT
from explorer.qt.views.chart_items import FOOTER_MAX_PX as FOOTER_MAX_PX
from explorer.qt.views.chart_items import HIT_RADIUS_PX as HIT_RADIUS_PX
from explorer.qt.views.chart_items import LINE_LABEL_LIMIT as LINE_LABEL_LIMIT
from explorer.qt.views.chart_items import MAX_SERIES_PER_PANEL as MAX_SERIES_PER_PANEL
from explorer.qt.views.chart_items import MAX_SPARE_PANELS as MAX_SPARE_PANELS
from explorer.qt.views.chart_items import PANEL_MIN_LABEL_ROWS as PANEL_MIN_LABEL_ROWS
from explorer.qt.views.chart_items import SYMBOL_LIMIT as SYMBOL_LIMIT
from explorer.qt.views.chart_items import (
    _SeriesPoints,
)
from explorer.qt.views.chart_labels import _LegendBox, _NotesLabel
from explorer.qt.views.chart_markers import MARKER_HIT_PX as MARKER_HIT_PX
from explorer.qt.views.chart_markers import MARKER_LABEL_CHARS as MARKER_LABEL_CHARS
from explorer.qt.views.chart_markers import MARKER_LABEL_ROWS as MARKER_LABEL_ROWS
from explorer.qt.views.chart_markers import Marker
from explorer.qt.views.chart_panel import VALUE_AXIS_PX, _PanelPlot, same_panel

# Chart views shown as windows (see ChartView.showEvent): held until hidden.
_SHOWN_WINDOWS: set[ChartView] = set()


def _first_and_last(s: Series) -> list[tuple[float, str]]:
    """The least and greatest (x, period) among ``s``'s figures that have a value (none if none
    has): from its columns when it has them (a sorted set of every figure's pair cost 0.5 ms a
    filter change at tier M, measured)."""
    columns = s.figure_columns
    if columns is None:
        pairs = [(f.x, f.period) for f in s.figures if f.value is not None]
        return [min(pairs), max(pairs)] if pairs else []
    x = columns.x
    if not len(x):
        return []
    ends = []
    for extreme, pick in ((x.min(), min), (x.max(), max)):
        ends.append(pick((s.figures[i].x, s.figures[i].period) for i in np.flatnonzero(x == extreme).tolist()))
    return ends


class _Graphics(pg.GraphicsLayoutWidget):
    """The plots' widget, whose height hint is the height its panels need.

    QGraphicsView hints its scene's height, and pyqtgraph keeps the scene as tall as the widget:
    a layout that asked for it (the Compare panel coming back from its message page to a chart)
    grew the chart by 2 px each time, and the page past its scroll area (measured: 672, 674,
    676 px over three returns)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def paintEvent(self, event) -> None:
        owner = self.parent()
        while owner is not None and not isinstance(owner, ChartView):
            owner = owner.parent()
        if owner is not None:
            owner.follow_unseen(event.region())  # (a panel scrolled into sight follows first)
        super().paintEvent(event)


class ChartView(ChartHover, QWidget):
    sig_event_selection_requested = Signal(object)
    """The user clicked an event marker: the event's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_view")
        self.setAccessibleName(self.tr("Comparison chart"))
        self.setAccessibleDescription(self._describe())
        self._spec: ChartSpec | None = None
        self._selected: str | None = None
        self._selected_x: float | None = None
        self._selected_label = ""
        self._x_link: tuple[float, float] | None = None
        self._slots: list[_PanelPlot] = []
        self._spare: list[_PanelPlot] = []  # panels out of the layout, kept for reuse (oldest first)
        self._seen: dict[tuple, Panel] = {}  # panels drawn lately (_seen_before), oldest first
        self._rows_high = 0  # the most rows drawn (see _plots_cap)
        self._priming: _PanelPlot | None = None  # the spare plot made while idle being drawn
        self._primed = 0  # spare plots made while idle (which row each copies)
        self._spares_for: str | None = None  # the chart (its title) whose first drawing set:
        self._plots_wanted = 0  # the plots held once the spares are made (see _spares_wanted)
        self._capped: list[tuple[int, int]] = []  # (panel, series count) of panels over the cap
        self._readout_plain = ""
        self._redraw_count = 0
        self._export_px: int | None = None  # slide mode: text size in pixels (see set_export_style)
        self.setAutoFillBackground(True)  # one figure on the plot ground: title, plot and notes

        self._title = QLabel("", self)
        self._title.setAccessibleName(self.tr("Chart title"))
        self._title.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.25)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = QLabel("", self)
        self._subtitle.setAccessibleName(self.tr("Chart subtitle"))
        self._subtitle.setWordWrap(True)
        # Laid out once per new text and painted from its own document, as the notes (QLabel laid
        # a re-worded legend out twice per filter change, measured).
        self._legend = _NotesLabel("", self)
        self._legend.setAccessibleName(self.tr("Chart legend"))
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend_box = _LegendBox(self._legend, self)
        self._notes_px: int | None = None  # set_notes_height: the notes area's fixed height
        self._plot_room: tuple[object, int] = (None, 0)  # (chart, height) the plots keep in a dock
        self._laid_out: dict[str, tuple] = {}  # the labels' (text, width, font) last laid out
        self._drawing = False  # in _draw: marker labels wait for its end (see _update_chart)
        self._labels_pending: set[int] = set()  # id() of the panels whose labels wait
        self._unseen: list[tuple[_PanelPlot, QRect]] = []  # line panels a linked range left out of sight

        self._graphics = _Graphics(self)
        self._graphics.setAccessibleName(self.tr("Chart plot area"))
        self._graphics.setMinimumHeight(180)
        self._graphics.ci.setContentsMargins(4, 8, 12, 4)
        self._graphics.ci.setSpacing(14)
        self._graphics.scene().sigMouseMoved.connect(self._on_q_scene_mouse_moved)
        # pyqtgraph's own "Export..." (right click) writes a picture without sources or marking,
        # in English: File ▸ Export is the one export, so the scene offers none of its own.
        for action in self._graphics.scene().contextMenu:
            action.setParent(None)
            action.deleteLater()
        self._graphics.scene().contextMenu = []
        self._leave_watcher = _LeaveWatcher(self)
        self._graphics.viewport().installEventFilter(self._leave_watcher)
        self._readout = QLabel(self._graphics.viewport())
        self._readout.setAccessibleName(self.tr("Value under the pointer"))
        self._readout.setTextFormat(Qt.TextFormat.RichText)
        self._readout.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._readout.setMaximumWidth(420)
        self._readout.setWordWrap(True)
        self._readout.hide()

        self._empty = QLabel("", self)
        self._empty.setAccessibleName(self.tr("Chart message"))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._graphics)
        self._stack.addWidget(self._empty)
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._footer = _NotesLabel("", self)
        self._footer.hints_from_width = True
        self._footer.setAccessibleName(self.tr("Chart notes and sources"))
        self._footer.setWordWrap(True)
        self._footer.setTextFormat(Qt.TextFormat.RichText)
        self._footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._footer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._footer_scroll = QScrollArea(self)
        self._footer_scroll.setAccessibleName(self.tr("Chart notes"))
        self._footer_scroll.setWidgetResizable(True)
        self._footer_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._footer_scroll.setWidget(self._footer)
        self._footer_scroll.viewport().setAutoFillBackground(False)
        self._footer.setAutoFillBackground(False)  # setWidget turned it on: let the white through
        self._footer_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._legend_box)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._footer_scroll)

        # A burst of set_spec/restyle calls redraws once, in the next event-loop turn (a zero-time
        # debounce). superqt's debouncer without superqt (explorer.qt.signal_tools).
        from explorer.qt.signal_tools import QSignalDebouncer

        self._redraw = QSignalDebouncer(parent=self)
        self._redraw.setTimeout(0)
        self._redraw.triggered.connect(self._update_chart)
        self._redraw_due = False  # the debounced redraw has not run yet
        # The value labels' spare texts, grown a few at a time once the window is idle.
        self._grow_labels = QTimer(self)
        self._grow_labels.setSingleShot(True)
        self._grow_labels.setInterval(0)
        self._grow_labels.timeout.connect(self._on_q_grow_labels)
        self._apply_theme()
        qt_theme.notifier().changed.connect(self._on_q_look_changed)
        self._update_chart()

    opaque_plots = True  # False: the viewport's ground filled under each paint (the tests)
    fill_ground = True  # False: the ground copied from pyqtgraph's background cache (the tests)

    # -- look ------------------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        """The colours drawn with: the window's theme on screen, always LIGHT on an export."""
        return LIGHT if self._export_px is not None else qt_theme.current()

    @property
    def label_language(self) -> str:
        return self._spec.label_language if self._spec is not None else "en"

    def _apply_theme(self) -> None:
        t = self.theme
        pal = self.palette()
        pal.setColor(pal.ColorRole.Window, QColor(t.surface))
        pal.setColor(pal.ColorRole.Base, QColor(t.surface))
        pal.setColor(pal.ColorRole.WindowText, QColor(t.text))
        pal.setColor(pal.ColorRole.Text, QColor(t.text))
        self.setPalette(pal)
        self._graphics.setBackground(t.surface)
        # The view paints its whole viewport in the theme's ground (the background brush, the
        # surface colour): Qt need not fill the viewport's and the chart's own grounds under it
        # before each paint. On screen that ground is filled, not copied from pyqtgraph's cached
        # picture of it (filled with the palette's ground and the same brush): the same pixels,
        # and a drag frame's copy of ~1.3 Mpx (~0.5 ms) becomes a fill (~0.3); an export keeps
        # the cache it always drew from (the ground an image in a PDF, as before).
        opaque = ChartView.opaque_plots and QColor(t.surface).alpha() == 255
        self._graphics.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        filled = opaque and ChartView.fill_ground and self._export_px is None
        self._graphics.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone if filled
                                    else QGraphicsView.CacheModeFlag.CacheBackground)
        self._subtitle.setStyleSheet(f"color: {t.muted_text};")
        self._footer.setStyleSheet(f"color: {t.muted_text};")
        self._readout.setStyleSheet(
            f"QLabel {{ background: {QColor(t.surface).name()}; color: {t.text}; "
            f"border: 1px solid {t.axis}; border-radius: 3px; padding: 4px 6px; }}")
        if not self._empty.styleSheet():
            self._empty.setStyleSheet(f"color: {t.muted_text}; padding: 24px;")

    def _on_q_look_changed(self) -> None:
        """Preferences changed the theme or the text size: restyle and redraw."""
        self._apply_theme()
        self._schedule_redraw()

    def _describe(self) -> str:
        """What is drawn, for assistive technology: the title, how many series, which periods."""
        spec = getattr(self, "_spec", None)
        if spec is None or not spec.drawable:
            return self.tr("No chart is drawn. {message}").format(
                message=self._empty.text() if hasattr(self, "_empty") else "").strip()
        series = {s.key for p in spec.panels for s in p.series}
        ends = [pair for p in spec.panels for s in p.series for pair in _first_and_last(s)]
        first, last = (min(ends)[1], max(ends)[1]) if ends else ("", "")
        span = first if first == last else self.tr("{first} to {last}").format(first=first, last=last)
        kind = self.tr("Bar chart") if spec.kind is ChartKind.BAR else self.tr("Line chart")
        return self.tr("{kind}: {title}. {n} series in {panels} panel(s), {span}. The Table tab "
                       "lists the same figures as text; hover a bar or point for its published "
                       "value and source.").format(kind=kind, title=spec.title, n=len(series),
                                                   panels=len(spec.panels), span=span)
    def showEvent(self, event: QShowEvent) -> None:
        # A shown window that only its own reference cycles hold (a view built and dropped) was
        # deleted by Python's cycle collector wherever it ran, inside its own paint too: a
        # segfault, the backing store freed under the painter. Held here until it is hidden.
        if self.isWindow():
            _SHOWN_WINDOWS.difference_update([w for w in _SHOWN_WINDOWS if not shiboken6.isValid(w)])
            _SHOWN_WINDOWS.add(self)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        _SHOWN_WINDOWS.discard(self)
        super().hideEvent(event)

    # -- public API ------------------------------------------------------------------------------
    @property
    def spec(self) -> ChartSpec | None:
        """The spec drawn (or about to be, once the pending redraw runs)."""
        return self._spec

    def set_spec(self, spec: ChartSpec | None) -> None:
        """Draw ``spec`` in the next event-loop turn (several calls before then draw once)."""
        self._spec = spec
        self._schedule_redraw()

    def flush(self) -> None:
        """Run a pending redraw now (tests, exports)."""
        if self._redraw_due:
            self._update_chart()
        self.follow_unseen()
        self._fit_value_axes()

    def _fit_value_axes(self) -> None:
        """The value axes as wide as their tick labels and unit need: on screen the fixed width
        every panel shares; on a slide, in the slide's type, the widest panel's for all (so the
        panels' time axes still line up). The screen's width left a slide's unit written over
        its tick labels ("bn USD" across "2000")."""
        width = float(VALUE_AXIS_PX)
        slots = self._shown_slots()
        if self._export_px is not None:
            for slot in slots:
                slot.plot.vb.updateAutoRange()  # the range the slide will show
                axis = slot.plot.getAxis("left")
                lo, hi = axis.range
                metrics = QFontMetricsF(axis.style["tickFont"] or self.font())
                texts = [text for spacing, values in
                         axis.tickValues(lo, hi, max(axis.size().height(), 1.0))
                         for text in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale,
                                                      spacing)]
                need = (max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
                        + axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"])
                        + (axis.label.boundingRect().height() if axis.label.isVisible()
                           else 0.0))  # as pyqtgraph sizes an axis, with the unit's whole box
                width = max(width, math.ceil(need) + 2.0)
        for slot in slots:
            axis = slot.plot.getAxis("left")
            if axis.width() != width:
                axis.setWidth(width)

    def set_export_style(self, font_px: int | None) -> None:
        """Slide mode for exports: the slide carries the title and source lines, so the view hides
        its own, and axis, legend and value text are drawn at ``font_px``, in LIGHT colours. None:
        the screen look (the window's theme)."""
        self._export_px = font_px
        if font_px is None:
            self._legend.setFont(QFont())  # back to the chart's own font (inherited)
        self._apply_theme()
        self._schedule_redraw()

    def set_notes_height(self, px: int | None) -> None:
        """A layout that does not follow the text (the Compare panel in its dock): the notes
        area ``px`` tall whatever its text, scrolling when the text is longer (its scroll bar
        shows there is more), and the legend's box keeping the tallest height it had for the
        same chart title (a key or a series dropped leaves its line blank). A filter
        change that re-words the notes or the legend then repaints them, not the chart and the
        panel around them. None: the notes as tall as they need, up to ``FOOTER_MAX_PX``."""
        px = None if px is None else max(int(px), 0)
        if px == self._notes_px:
            return
        self._notes_px = px
        self._update_texts()

    @property
    def notes_height(self) -> int | None:
        return self._notes_px

    def _fixed_texts(self) -> bool:
        return self._notes_px is not None and self._export_px is None

    def set_selected_event(self, event_id: str | None, x: float | None = None, label: str = "") -> None:
        """Highlight the marker of ``event_id`` (thicker, darker). When the event has no marker,
        ``x`` (its day number) and ``label``, if given, draw its date on time axes instead."""
        self._selected = event_id
        self._selected_x = x if event_id is not None else None
        self._selected_label = label
        if not self._redraw_due:
            self._update_selection()

    @property
    def selected_event(self) -> str | None:
        return self._selected

    def set_x_range(self, day0: float | None, day1: float | None = None) -> None:
        """Show days ``[day0, day1)`` on time axes (linked to the timeline); ``None``: fit the data."""
        if day0 is None or day1 is None or not (math.isfinite(day0) and math.isfinite(day1)):
            self._x_link = None
        else:
            self._x_link = (float(min(day0, day1)), float(max(day0, day1)))
        if not self._redraw_due:
            self._move_x(seen_only=self._x_link is not None)

    def _move_x(self, seen_only: bool = False) -> None:
        self._update_x_range(seen_only)
        if self.settle_range_changes and self.isVisible():
            self._settle_view_change()

    settle_range_changes = True  # off: the items catch up in the paint (tests' reference)
    quick_link = True  # off: every panel linked again on every redraw (tests' reference)
    follow_when_seen = True  # off: a linked range moves every panel at once (tests' reference)

    def _out_of_sight(self, slots: list[_PanelPlot]) -> list[tuple[_PanelPlot, QRect]]:
        """Those of ``slots`` no part of which is on screen, each with its rectangle in the plots'
        widget (none while the chart is hidden: it draws everything when shown or flushed)."""
        region = self._graphics.viewport().visibleRegion()  # (empty while hidden)
        if region.isEmpty():
            return []
        to_view = self._graphics.viewportTransform()  # (Qt's rectangles: pyqtgraph's bounds are Python)
        out = []
        for s in slots:
            rect = to_view.mapRect(s.plot.mapRectToScene(s.plot.rect())).toAlignedRect()
            if not region.intersects(rect):
                out.append((s, rect))
        return out

    def follow_unseen(self, painted: QRegion | None = None) -> None:
        """The panels a linked range change left out of sight (below the Compare dock's fold)
        take the range now: before anything reads them (``flush``, ``x_range``), or when a paint
        reaches one of them (``painted``: its region; a scroll, a larger dock). This holds only
        while the on-screen chart is drawn through its view's paint alone: exports and printing
        build charts of their own; a ``QGraphicsScene.render`` of this one would need ``flush``
        first."""
        if not self._unseen or self._redraw_due:
            return
        if painted is None or any(painted.intersects(rect) for _s, rect in self._unseen):
            self._move_x()

    def _settle_view_change(self) -> None:
        """Bring the plots' items up to a new x range now, before the paint: left to pyqtgraph's
        paint, the view matrices (and with them the curves' and symbols' geometry) and the event
        markers' bounds were updated inside the paint, which asked for a second paint of the
        chart per linked pan or zoom step (measured: two paints per step at tier S)."""
        self._graphics.scene().prepareForPaint()
        for plot in self.plot_items:
            for item in plot.items:
                if isinstance(item, pg.InfiniteLine) and item.isVisible():
                    item.boundingRect()  # (pyqtgraph recomputes it lazily, in the paint)

    def x_range(self) -> tuple[float, float] | None:
        """The x range of the first line panel (None for bars or nothing drawn)."""
        self.follow_unseen()
        for slot in self._shown_slots():
            if slot.kind is ChartKind.LINE:
                lo, hi = slot.plot.vb.viewRange()[0]
                return float(lo), float(hi)
        return None

    @property
    def graphics(self) -> pg.GraphicsLayoutWidget:
        """The pyqtgraph widget holding the plots (for exports and tests)."""
        return self._graphics

    def _shown_slots(self) -> list[_PanelPlot]:
        """The panels drawn (none while the message shows: they wait behind it for the next
        chart)."""
        return self._slots if self._stack.currentWidget() is self._graphics else []

    @property
    def plot_items(self) -> list[pg.PlotItem]:
        """One PlotItem per panel drawn (empty when the spec has nothing to draw)."""
        return [s.plot for s in self._slots] if self._stack.currentWidget() is self._graphics else []

    def series_item(self, key: str, panel: int = 0) -> pg.GraphicsObject | None:
        """The bar or line item drawing series ``key`` on ``panel`` (None when not drawn)."""
        if panel >= len(self._slots) or not self.plot_items:
            return None
        return self._slots[panel].items.get(key)

    def points_item(self, key: str, panel: int = 0) -> _SeriesPoints | None:
        """The symbols of line series ``key`` on ``panel`` (None for bars or when not drawn):
        ``.data`` holds its points' records (``symbol``, ``size``, ``pen``, ...) as drawn."""
        if panel >= len(self._slots) or not self.plot_items:
            return None
        slot = self._slots[panel]
        span = slot.point_ranges.get(key)
        if span is None or slot.symbols is None:
            return None
        return _SeriesPoints(slot.symbols.data[span[0]:span[1]])

    def marker_item(self, event_id: str, panel: int = 0) -> Marker | None:
        """The marker of an event on ``panel`` (None when not drawn)."""
        if panel >= len(self._slots) or not self.plot_items:
            return None
        return self._slots[panel].markers.get(event_id)

    def plotted_values(self) -> list[tuple[int, str, str, float]]:
        """(panel, series key, period, value) of everything drawn, read back from the plot items."""
        out: list[tuple[int, str, str, float]] = []
        for i, slot in enumerate(self._slots if self.plot_items else []):
            for key, item in slot.items.items():
                if isinstance(item, pg.BarGraphItem):
                    ys = np.atleast_1d(np.asarray(item.opts["height"], dtype=float))
                else:
                    ys = np.asarray(item.getOriginalDataset()[1], dtype=float)
                out.extend((i, key, per, float(v)) for per, v in zip(slot.periods[key], ys))
        return out

    @property
    def readout_text(self) -> str:
        """The hover readout as plain text ("" when hidden)."""
        return self._readout_plain if self._readout.isVisible() else ""

    @property
    def footer_text(self) -> str:
        return self._footer.text()

    @property
    def legend_text(self) -> str:
        """The legend as plain text ("" when hidden)."""
        doc = QTextDocument()
        doc.setHtml(self._legend.text())
        return doc.toPlainText() if not self._legend.isHidden() else ""  # also off screen (exports)

    @property
    def message_text(self) -> str:
        """What the chart area says instead of a chart ("" while a chart is drawn)."""
        return self._empty.text() if self._stack.currentWidget() is self._empty else ""

    def value_labels(self, panel: int = 0) -> list[str]:
        """The value labels shown on ``panel`` (bars and points), left to right."""
        if panel >= len(self._slots) or not self.plot_items:
            return []
        shown = self._slots[panel].value_labels.plain_texts()
        return [text for _x, text in sorted(shown, key=lambda label: label[0])]

    @property
    def title_text(self) -> str:
        return self._title.text()

    @property
    def redraw_count(self) -> int:
        """How many times the chart was redrawn (coalescing shows as a small number)."""
        return self._redraw_count

    # -- drawing ---------------------------------------------------------------------------------
    def _schedule_redraw(self) -> None:
        self._redraw_due = True
        self._redraw.throttle()

    def _update_chart(self) -> None:
        self._redraw_due = False
        self._redraw.cancel()
        self._redraw_count += 1
        self._hide_readout()
        # Marker labels are laid out once, after the draw: each range change and the markers'
        # update asked for it (three layouts of every label per filter change).
        self._drawing = True
        try:
            self._draw()
        finally:
            self._drawing = False
        pending, self._labels_pending = self._labels_pending, set()
        for slot in self._slots:
            if id(slot) in pending:
                slot.layout_marker_labels()
        self._settle_layout()
        self._grow_labels_when_idle()

    spare_labels_early = True  # off: the label pool grows only as filters show new texts (tests' reference)
    SPARE_LABELS_A_TURN = 8  # ~1 ms of the idle window's time per event-loop turn
    spares_early = True  # off: no spare plot made while idle (a kept drawing's row redrawn in place)

    def _plots_cap(self) -> int:
        """The most panel plots the view holds: the most rows it drew, and MAX_SPARE_PANELS more."""
        return self._rows_high + MAX_SPARE_PANELS

    SPARE_LABELS_LIMIT = 64  # no spare made for rows showing more value labels (see _spares_wanted)
    SPARES_AT_LEAST = 3  # spare plots a chart of fewer rows holds all the same (see _spares_wanted)

    def _spares_wanted(self) -> bool:
        """Whether a spare plot is being made, or one more is wanted. A chart's first drawing
        decides how many plots it holds: one spare per row (a kept drawing for each; tier M:
        ~6 MB a spare, mostly its ~115 label texts, measured) and SPARES_AT_LEAST at least
        (a drawing is kept for as many other panels as there are spares, ``_seen_before``: four
        partners in turn, a row each, drew each partner's panel anew at three changes of four,
        ~1 ms each at tier M, measured), none if a row shows more than SPARE_LABELS_LIMIT value
        labels (tier L: 152, ~10 MB a spare). Rows a filter adds later
        get none: making them would follow that filter's change (the harness and the user wait
        for the window's zero-time work: +40 ms at tier M, measured)."""
        shown = self._shown_slots()
        if not (ChartView.keep_drawn and ChartView.spares_early and shown and self._spec is not None):
            return False
        if self._priming is not None:
            return True
        if self._spares_for != self._spec.title:
            self._spares_for = self._spec.title
            few = max(len(s.value_labels.shown) for s in shown) <= ChartView.SPARE_LABELS_LIMIT
            spares = max(min(len(shown), MAX_SPARE_PANELS), ChartView.SPARES_AT_LEAST)
            self._plots_wanted = len(shown) + (spares if few else 0)
        return len(self._slots) + len(self._spare) < self._plots_wanted

    def _grow_labels_when_idle(self) -> None:
        if self._export_px is None and self.isVisible() and (self._spares_wanted() or (
                ChartView.spare_labels_early
                and any(slot.spare_labels_wanted() for slot in self._shown_slots()))):
            self._grow_labels.start()

    def _on_q_grow_labels(self) -> None:
        """One step of the idle work, one per event-loop turn: the shown panels' spare label
        texts first, then spare panel plots made and drawn once (``_prime_spare``)."""
        if self._redraw_due or self._export_px is not None or not self.isVisible():
            return  # (the redraw due starts it again)
        slot = next((slot for slot in self._shown_slots() if slot.spare_labels_wanted()), None)
        if ChartView.spare_labels_early and slot is not None:
            slot.grow_spare_labels(ChartView.SPARE_LABELS_A_TURN)
        elif self._spares_wanted():
            self._prime_spare()
        self._grow_labels_when_idle()

    def _prime_spare(self) -> None:
        """A spare plot for a kept drawing's row, made and put in the scene at the size of the row
        it copies in one step (~19 ms: pyqtgraph's PlotItem, its axes and menu; a plot not yet in
        the scene would be Python's alone, and its menu's widgets top-level windows until the
        cyclic collector freed it), then drawn once with that row's panel in steps of a few ms
        (``_PanelPlot.prime``). Parked at the front of the spares, it is the first a filter
        takes, half drawn or not."""
        plot, slots, spec = self._priming, self._slots, self._spec
        if spec is None:
            return
        if plot is None:
            row = self._primed % len(slots)
            self._primed += 1
            plot = self._priming = _PanelPlot(self)
            plot.prime_row = row
            plot.park_new(self._graphics.ci, slots[row].plot)
            self._spare.insert(0, plot)
            return
        if plot not in self._spare:  # (taken by a filter, or freed)
            self._priming = None
            return
        row = min(plot.prime_row, len(slots) - 1)
        if not plot.prime(spec.panels[row], spec.kind, spec.basis, spec.markers, row == 0,
                          len(slots[row].value_labels.shown)):
            plot.primed()
            self._priming = None

    def _settle_layout(self) -> None:
        """Lay out now, up to the window, what this redraw changed (the title's, legend's and
        notes' heights, the panels' minimum heights): each level of Qt's layout posts the next
        level's request as a new event, so left to the event loop the Compare panel re-laid itself
        out (and repainted) once per level after the window had painted it. Done here, before the
        paint, the paint that follows a change is its only one."""
        if not self.isVisible():
            return  # a hidden view's layout waits for its show
        # The notes' widgets first: their scroll area shows or hides its scroll bar in a queued
        # call when their height changed, and a widget just shown (the notes, the scroll bar)
        # asks for its paint in a posted event; each may ask the next for a layout.
        notes = [self._footer, self._footer_scroll.viewport(), self._footer_scroll.verticalScrollBar(),
                 self._footer_scroll]
        # The legend's box fits its label to a new text when its posted layout request arrives.
        QCoreApplication.sendPostedEvents(self._legend_box, QEvent.Type.LayoutRequest)
        for _ in range(2):
            for widget in notes:
                QCoreApplication.sendPostedEvents(widget, 0)  # 0: every posted event but deletes
        # The levels a redraw changes, children before parents, then up to the window: one walk
        # lays out every level in turn (not every child: pyqtgraph's ~150 widgets cost 20 ms).
        widgets: list[QWidget] = [self._stack, *notes, self]
        parent = self.parentWidget()
        while parent is not None:
            widgets.append(parent)
            parent = None if parent.isWindow() else parent.parentWidget()
        for widget in widgets:
            QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest)
        for widget in notes:  # the scroll bar again, now the notes have their final size
            QCoreApplication.sendPostedEvents(widget, 0)
        # QLabel lays out its rich text in its paint when its width changed (the notes' scroll bar
        # came or went, the legend was shown again or re-worded), and asks for a second paint from
        # there: lay it out now. Only then: laying out an unchanged label repaints it (and the
        # chart around it) for nothing.
        for name, label, shown in (("notes", self._footer, self._footer_scroll.isVisible()),
                                   ("legend", self._legend, self._legend_box.isVisible())):
            state = (label.text_version, label.width(), label.font().key())
            if shown and self._laid_out.get(name) != state:
                label.lay_out_for_paint()
                self._laid_out[name] = state
        # A widget shown or hidden by this redraw (the plot or the message, a subtitle, the notes'
        # scroll bar) asks for its paint in a posted event, queued behind the paint already asked
        # for: delivered now, it joins that paint instead of asking for a second.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
        # pyqtgraph's scene updates its items when a paint starts, which asks for a second paint.
        self._graphics.scene().prepareForPaint()

    def _draw(self) -> None:
        spec = self._spec
        if spec is None or not spec.drawable:
            # The panels stay in the layout behind the message, as they are: the next chart
            # (a filter change often alternates the two) reuses them at their size instead of
            # re-adding and re-laying out every plot (measured: 30 of 50 ms per change at XS).
            self._capped = []
            # No spec yet (a pack still loading, a rebuild pending): say nothing rather than
            # flash "Nothing to draw." before the first chart.
            self._empty.setText("" if spec is None else spec.empty_reason
                                or phrase("Nothing to draw.", spec.label_language))
            # Figures that exist but must not be drawn (no common index base): a warning, not a hint.
            warn = spec is not None and not spec.is_empty
            # Only the size in the style sheet: the family stays inherited (an export's bundled font).
            size = f"{self._export_px}px" if self._export_px is not None else "11pt"
            t = self.theme
            sheet = (f"background: {t.warning_ground}; color: {t.warning_text}; "
                     f"border: 2px solid {t.warning_border}; font-size: {size}; padding: 24px;" if warn
                     else f"color: {t.muted_text}; font-size: {size}; padding: 24px;")
            if self._empty.styleSheet() != sheet:  # the same again re-polishes it (0.17 ms a change)
                self._empty.setStyleSheet(sheet)
            self.setAccessibleDescription(self._describe())
            self._stack.setCurrentWidget(self._empty)
            self._update_texts()
            return
        panels = spec.panels
        if self._take_slots(panels, spec.kind, spec.basis):
            self._graphics.ci.layout.activate()  # once for every panel added (see add_to)
        self._capped = [(i, len(p.series)) for i, p in enumerate(panels)
                        if len(p.series) > MAX_SERIES_PER_PANEL]
        for slot, panel in zip(self._slots, panels):
            slot.update_series(panel, spec.kind, spec.basis)
        first = self._slots[0].plot
        for slot in self._slots[1:]:
            link = first if spec.kind is ChartKind.LINE else None
            # Linked again only when the link changes: linking anew re-wires the two views and
            # re-ranges the panel, which _update_x_range does below for every line panel (tier S:
            # ~0.4 ms a filter change, measured). A parked panel was unlinked (_PanelPlot.park).
            if ChartView.quick_link and slot.plot.vb.linkedView(pg.ViewBox.XAxis) is \
                    (None if link is None else link.vb):
                continue
            slot.plot.setXLink(link)
        self._fit_panel_heights()
        self._stack.setCurrentWidget(self._graphics)
        self._update_x_range()
        self._update_selection()
        self._update_texts()
        self._update_export_style()
        for slot in self._slots:
            slot.settle_lines()  # (their new figures, where no range change displayed them)
        self._legend_box.fit()  # at the export's text size
        self.setAccessibleDescription(self._describe())

    keep_drawn = True  # off: each row's panel redrawn in place (tests' and measurements' reference)

    def _take_slots(self, panels: tuple[Panel, ...], kind: ChartKind, basis: Basis) -> bool:
        """The panel plots that draw ``panels``, row by row, put in the layout; whether one came.

        A filter cleared or taken back brings back panels drawn before (the builder's kept
        ones): a parked plot that last drew a row's panel comes back into the row as it was,
        lines, labels and markers laid out (M: a clear's redraw and marker layout ~5 ms), and
        the row's plot is parked with its drawing. A row's drawing that came back once is kept
        so when the next filter replaces it (a spare plot, made and drawn once while the window
        was idle, draws that filter); any other is redrawn in place, as before: a walk of
        filters never applied before swaps nothing."""
        layout = self._graphics.ci
        old, spare = self._slots, list(self._spare)
        parked = {id(s) for s in spare}
        keep = ChartView.keep_drawn
        chosen: list[_PanelPlot | None] = []
        anew: list[int] = []  # the rows drawn anew
        kept: list[int] = []  # rows whose drawing is kept if a spare plot draws the filter
        for i, panel in enumerate(panels):
            slot = old[i] if i < len(old) else None
            if keep and (slot is None or not slot.drew(panel, kind, basis)):
                back = next((s for s in spare if s.drew(panel, kind, basis)), None)
                if back is not None:
                    spare.remove(back)
                    back.returning = True
                    slot = back
                else:
                    anew.append(i)
                    if slot is not None and slot.returning:
                        kept.append(i)
            chosen.append(slot)
        # A kept drawing's row is drawn by a spare plot (those made while idle first: the front)
        # left over by the rows gained, never by a plot made now (making and first drawing
        # three cost ~220 ms at tier S); without one the row is redrawn in place.
        free = len(spare) - sum(slot is None for slot in chosen)
        for i in kept[:max(free, 0)]:
            chosen[i] = None
        slots: list[_PanelPlot] = []
        for i, slot in enumerate(chosen):
            if slot is None:
                slot = spare.pop(0 if i < len(old) else -1) if spare else _PanelPlot(self)
            slots.append(slot)
        for i in anew:
            slots[i].returning = self._seen_before(panels[i], kind, basis)
        leaving = [s for s in old if s not in slots]
        for slot in reversed(leaving):  # (the last row first, as they were parked before)
            slot.park(layout)
        self._spare = spare + leaving[::-1]
        self._rows_high = max(self._rows_high, len(slots))
        while len(slots) + len(self._spare) > self._plots_cap():
            self._spare.pop(0).remove_parked(layout)
        came = False
        for i, slot in enumerate(slots):
            if i < len(old) and old[i] is slot:
                continue
            if id(slot) in parked:
                slot.unpark()
            slot.add_to(layout, i)
            came = True
        self._slots = slots
        return came

    SEEN_PANELS = 16  # panels remembered as drawn, to tell a drawing that comes back

    def _seen_before(self, panel: Panel, kind: ChartKind, basis: Basis) -> bool:
        """Whether ``panel`` was drawn lately: no more other panels ago than the view keeps spare
        plots, so that a drawing kept for it now would still be there when it comes back (each
        filter that parks a drawing draws over the oldest kept one: four partners in turn, at
        tier M, parked and drew over one every change for nothing, ~1 ms each, measured); now
        remembered as drawn last."""
        # by what tells panels apart at a glance, then compared (a list of them took ~0.1 ms)
        key = (kind, basis, panel.unit, tuple((s.key, len(s.figures)) for s in panel.series))
        keys = list(self._seen)
        since = len(keys) - 1 - keys.index(key) if key in self._seen else len(keys)
        seen = self._seen.pop(key, None)
        self._seen[key] = panel
        while len(self._seen) > ChartView.SEEN_PANELS:
            del self._seen[next(iter(self._seen))]
        return seen is not None and since <= len(self._spare) and same_panel(panel, seen)

    def _fit_panel_heights(self) -> None:
        """On screen, each panel is tall enough for its value labels over the data and its axis
        (small multiples in a short dock scroll rather than cut their labels)."""
        if self._export_px is not None:
            for slot in self._slots:
                slot.plot.setMinimumHeight(0)
            self._graphics.setMinimumHeight(180)
            return
        font = QFont(self.font())
        font.setPointSizeF(8.5 * qt_theme.text_scale())
        label_h = QFontMetricsF(font).height() + 2
        total = 0.0
        for slot in self._slots:
            # The height the axis asks for (set by this redraw), not the one it was last laid out
            # at: read before the layout, that lagged one redraw behind and re-laid out the next.
            axis_h = float(slot.axis.maximumHeight())
            h = PANEL_MIN_LABEL_ROWS * label_h + axis_h
            if slot.plot.minimumHeight() != h:  # the same again still re-lays out the window
                slot.plot.setMinimumHeight(h)
            total += h
        spacing = 14 * max(len(self._slots) - 1, 0) + 12
        needed = max(180, int(total + spacing))
        if self._fixed_texts():
            # In a dock, the plots keep the tallest room they had for the same chart: a partner
            # filter that drops a panel (one unit fewer) leaves the page, its title, legend and
            # notes where they were, and the panels left share the room.
            key = (self._spec.title if self._spec is not None else None, label_h)
            if self._plot_room[0] == key:
                needed = max(needed, self._plot_room[1])
            self._plot_room = (key, needed)
        if self._graphics.minimumHeight() != needed:
            self._graphics.setMinimumHeight(needed)

    def _update_export_style(self) -> None:
        px = self._export_px
        if px is None:
            return
        font = QFont(self.font())
        font.setPixelSize(px)
        # Every text on a slide at the slide's smallest legible size or more (12 pt at 13.33 in):
        # value labels, ticks, periods and the event titles on markers alike.
        small = font
        for slot in self._slots:
            for name in ("left", "bottom"):
                axis = slot.plot.getAxis(name)
                axis.setTickFont(font)
                axis.label.setFont(font)
            for item in slot.plot.items:
                if isinstance(item, pg.TextItem):
                    item.setFont(small)
            slot.value_labels.set_font(font)
            slot.event_markers.set_font(small)
            slot.layout_marker_labels()  # bigger labels: fewer fit in a row
            slot.fit_bar_headroom()  # and taller value labels more room over the bars
            slot.fit_line_headroom()
        # The size by font, not by style sheet: a style sheet re-applied on a reused chart took
        # the application's family ("Sans Serif") instead of the export's bundled font.
        self._legend.setFont(font)
        self._update_x_range()  # bigger value labels need more room right of the lines

    def _update_x_range(self, seen_only: bool = False) -> None:
        """Every line panel's x range: the linked one or the data's. ``seen_only``: the panels
        out of sight are left for when they come into it (``follow_unseen``): at tier S the
        third panel lies below the Compare dock's fold, and a linked pan or zoom moved it too
        (its range, view, markers' titles and lines: ~0.4 ms of a ~7 ms step, measured)."""
        self._unseen = []
        spec = self._spec
        line_slots = [s for s in self._shown_slots() if s.kind is ChartKind.LINE]
        if spec is None or not line_slots:
            return
        if self._x_link is not None:
            lo, hi = self._x_link
        else:
            xs = [s.hit_x for s in line_slots if len(s.hit_x)]
            if not xs:
                return
            lo, hi = min(float(x.min()) for x in xs), max(float(x.max()) for x in xs)
            reach = 366.0 * 6  # markers widen the view, within six years of the data
            for m in spec.markers:
                if lo - reach <= m.x <= hi + reach:
                    lo, hi = min(lo, m.x), max(hi, m.x)
            data_hi = max(float(x.max()) for x in xs)
            pad = max((hi - lo) * 0.06, 120.0)
            lo, hi = lo - pad, hi + pad
            # Room right of the last points for their value labels: r is the share of the width
            # they need, and the view ends where data_hi plus that share of the whole span fits.
            width = min(float(s.plot.vb.width()) for s in line_slots)
            label_px = max(s.end_label_px() for s in line_slots)
            r = min((label_px + 12) / width, 0.45) if width > 0 and label_px else 0.0
            if r:
                hi = max(hi, (data_hi - r * lo) / (1 - r))
        # Each panel set to the range itself; the panels linked to the first do not follow it on
        # the way (pyqtgraph's link set each of them a range of its own first, then this loop set
        # it again: five range changes for three panels at tier S, ~0.3 ms each).
        blocked = [(vb, vb.linksBlocked) for vb in (s.plot.vb for s in line_slots)] \
            if ChartView.quick_range else []
        for vb, _was in blocked:
            vb.blockLink(True)
        moved = line_slots
        if seen_only and ChartView.follow_when_seen:
            self._unseen = self._out_of_sight(line_slots)
            moved = [s for s in line_slots if all(s is not u for u, _r in self._unseen)]
        try:
            for slot in moved:
                slot.plot.setXRange(lo, hi, padding=0)
        finally:
            for vb, was in blocked:
                vb.blockLink(was)

    quick_range = True  # off: the linked panels follow the first on the way (tests' reference)

    def _on_q_plot_resized(self, plot: pg.ViewBox, *_args) -> None:
        # (a spare plot made while idle is resized out of sight: the panels shown keep their range)
        if not self._redraw_due and any(s.plot.vb is plot for s in self._shown_slots()):
            self._update_x_range()  # the labels' share of the width changed

    def _update_selection(self) -> None:
        spec = self._spec
        markers = spec.markers if spec is not None else ()
        for i, slot in enumerate(self._shown_slots()):
            slot.update_markers(markers, labelled=i == 0, selected=self._selected)
            slot.set_extra_marker(self._selected_x, self._selected_label if i == 0 else "",
                                  self._selected)

    def _update_texts(self) -> None:
        spec = self._spec
        self._title.setText(spec.title if spec is not None else "")
        self._subtitle.setText(spec.subtitle if spec is not None else "")
        self._subtitle.setVisible(bool(spec is not None and spec.subtitle))
        fixed = self._fixed_texts()
        self._legend.setText(self._legend_html())
        self._legend_box.hold = fixed  # never on a slide: there it is as tall as its text
        self._legend_box.hold_key = spec.title if spec is not None else None
        self._legend.setVisible(bool(self._legend.text()))
        self._legend_box.setVisible(bool(self._legend.text()) or (fixed and spec is not None))
        self._legend_box.fit()
        lines = spec.footer_lines() if spec is not None else []
        for panel, n in self._capped:
            lines.append(phrase("Panel {panel} draws the first {limit} of {n} series; the table "
                                "lists them all.", self.label_language, panel=panel + 1,
                                limit=MAX_SERIES_PER_PANEL, n=n))
        warn = self.theme.warning_text
        html = []
        for line in lines:
            text = escape(line)
            html.append(f"<span style='color:{warn}'>{text}</span>" if line.startswith("⚠") else text)
        notes = "<br>".join(html)
        if fixed and notes != self._footer.text():
            self._footer_scroll.verticalScrollBar().setValue(0)  # new notes read from their start
        self._footer.setText(notes)
        exporting = self._export_px is not None
        self._footer_scroll.setVisible((bool(lines) or (fixed and spec is not None)) and not exporting)
        self._title.setVisible(not exporting)
        if exporting:
            self._subtitle.setVisible(False)
        self._update_footer_height()

    def _update_footer_height(self) -> None:
        """As tall as the notes need, up to ``FOOTER_MAX_PX`` (then it scrolls); in a dock
        (``set_notes_height``) the height set there, whatever the notes' length."""
        if self._notes_px is not None and self._export_px is None:
            height = self._notes_px
        else:
            width = max(self.width() - 16, 100)
            needed = self._footer.heightForWidth(width)
            height = max(min(needed + 2, FOOTER_MAX_PX), 0)
        if self._footer_scroll.maximumHeight() != height or self._footer_scroll.minimumHeight() != height:
            self._footer_scroll.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_footer_height()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The message's style sheet pinned the family it was polished with; an export sets the
            # bundled font afterwards, and the message must follow it like every other text.
            self._empty.setFont(self.font())
            self._empty.setStyleSheet(self._empty.styleSheet())

    def _legend_html(self) -> str:
        spec = self._spec
        if spec is None or not spec.drawable:
            return ""
        seen: dict[str, Series] = {}
        flags: set[Flag] = set()
        for p in spec.panels:
            for s in p.series[:MAX_SERIES_PER_PANEL]:
                seen.setdefault(s.key, s)
                columns = s.figure_columns
                if columns is not None:  # (their flags: 1 qualified, 2 in conflict)
                    codes = int(np.bitwise_or.reduce(columns.flags)) if len(columns.flags) else 0
                    flags.update(f for bit, f in ((1, Flag.QUALIFIED), (2, Flag.CONFLICT)) if codes & bit)
                    continue
                for f in s.figures:  # (most figures have no flag)
                    if f.flags and f.value is not None:
                        flags.update(f.flags)
        glyph = "■" if spec.kind is ChartKind.BAR else "━●━"
        lang, muted = spec.label_language, self.theme.muted_text
        parts = [f"<span style='color:{s.colour}; font-size:12pt'>{glyph}</span>&nbsp;"
                 f"{escape(s.legend_label)}" for s in seen.values()]
        if Flag.QUALIFIED in flags:
            key = ("▨ hatched: qualified figure (>, <, ~)" if spec.kind is ChartKind.BAR
                   else "◇ hollow diamond: qualified figure (>, <, ~)")
            parts.append(f"<span style='color:{muted}'>{escape(phrase(key, lang))}</span>")
        if Flag.CONFLICT in flags:
            parts.append(f"<span style='color:{muted}'>"
                         f"{escape(phrase('▣ dark outline: sources disagree', lang))}</span>")
        if spec.markers and spec.kind is ChartKind.LINE:
            # paper has no clicks; the screen's hint is the interface's
            hint = "" if self._export_px is not None else " " + self.tr("(click to select)")
            parts.append(f"<span style='color:{muted}'>"
                         f"{escape(phrase('┆ dashed line: event', lang) + hint)}</span>")
        return "&nbsp;&nbsp;&nbsp; ".join(parts)
