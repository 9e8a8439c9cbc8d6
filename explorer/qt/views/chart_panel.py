"""One panel of the comparison chart: its ``PlotItem`` and the items kept on it between updates
(bars or lines, symbols, value labels, event markers)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem, QStyleOptionGraphicsItem

from explorer.charts.chart_spec import (
    Basis,
    ChartKind,
    EventMarker,
    Figure,
    FigureColumns,
    Flag,
    Panel,
    Series,
)
from explorer.charts.theme import Theme
from explorer.qt import theme as qt_theme
from explorer.qt.views.chart_axes import DayAxisItem, ValueAxisItem, _HorizontalGrid
from explorer.qt.views.chart_items import (
    BAR_GROUP_WIDTH,
    EXPORT_SYMBOL_LIMIT,
    LINE_LABEL_LIMIT,
    LINE_POOL,
    LINE_Z_STEP,
    MAX_SERIES_PER_PANEL,
    SYMBOL_LIMIT,
    _category_label,
    _drawn_value,
    _hex,
    _Hit,
    _Line,
    _objects,
    _PanelLines,
    _Symbols,
    _ValueLabels,
)
from explorer.qt.views.chart_markers import EventMarkers, Marker

if TYPE_CHECKING:
    from explorer.qt.views.chart_view import ChartView

VALUE_AXIS_PX = 64  # a value axis's width on screen: every panel's, so their time axes line up
# value labels' texts kept laid out beyond those shown (on screen), for texts that come back
LABEL_SPARE = 64


class _KeptSizes:
    """A panel's value labels' sizes (``_ValueLabels.sizes``), read once per set of labels and
    font: the headroom, the room right of the lines and the event markers' clearance each asked
    for them (~50 text boxes a read at tier M) in every update."""

    def __init__(self, labels: _ValueLabels) -> None:
        self._labels = labels
        self._key: tuple | None = None
        self._sizes: list[tuple[float, float, float, float]] = []

    def sizes(self) -> list[tuple[float, float, float, float]]:
        labels = self._labels
        # new labels come as a new list (set_shown); a new font re-lays out every text
        key = (labels.shown, labels.texts[0].font().key() if labels.texts else "")
        if not _KeptSizes.keep or self._key is None or key[0] is not self._key[0] or key[1] != self._key[1]:
            self._key, self._sizes = key, labels.sizes()
        return self._sizes

    keep = True  # off: read afresh every time (for before/after measurements)


class _PanelPlot:
    """One panel's PlotItem and the items kept on it between updates."""

    def __init__(self, view: ChartView) -> None:
        self._owner = view
        self.axis = DayAxisItem("bottom")
        self.plot = pg.PlotItem(axisItems={"bottom": self.axis, "left": ValueAxisItem("left")}, enableMenu=False)
        # pyqtgraph makes its options menu a parentless window: tie it to the view (no leak)
        menu = self.plot.ctrlMenu
        menu.setParent(view, menu.windowFlags())
        self.plot.hideButtons()
        self.grid = _HorizontalGrid(self.plot.getAxis("left"))
        self.grid.attach(self.plot)
        for name in ("left", "bottom"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(self._owner.theme.axis))
            ax.setTextPen(pg.mkPen(self._owner.theme.text))
            ax.enableAutoSIPrefix(False)
        self.plot.getAxis("left").setWidth(VALUE_AXIS_PX)
        # The hidden axes follow the view too: with SI prefixes on, the top one re-set its (empty)
        # label's HTML on every x-range change (~0.1 ms a frame).
        for name in ("top", "right"):
            self.plot.getAxis(name).enableAutoSIPrefix(False)
        # Long series stay fast: each line draws only what is in view, decimated to the pixels
        # available, through its own pyramid (_Line), not pyqtgraph's per-frame downsampling.
        self.kind: ChartKind | None = None
        self._theme: Theme | None = None  # the theme the chrome was last styled in
        self._drawn: tuple | None = None  # what update_series last drew (see there)
        self.returning = False  # its drawing was asked for again: kept when replaced (ChartView)
        self.prime_row = 0  # made while idle: the row whose panel it first draws (ChartView)
        self._painted = False  # made while idle: painted once (prime)
        self._label_state: list[tuple | None] = []  # per value label: what it shows now
        self._points_state: tuple | None = None  # what the symbols show now
        self.items: dict[str, pg.GraphicsObject] = {}  # series key -> bar or line item
        self._line_pool: dict[str, _Line] = {}  # lines dropped, by the series they drew (oldest first)
        self._line_order = 0  # lines put on top so far: each one's stacking place (see _line_for)
        # series key -> (figures, _by_x of them) for the lines the panel holds (see _sorted)
        self._sorted_kept: dict[str, tuple[tuple[Figure, ...], list[Figure], np.ndarray, np.ndarray]] = {}
        # Lines' symbols: one scatter for every series of the panel (a scatter per series cost
        # 0.7 ms a frame each, measured), series by series in panel order.
        self.symbols: pg.ScatterPlotItem | None = None
        self.point_ranges: dict[str, tuple[int, int]] = {}  # series key -> its slice of symbols
        self._styles: dict[tuple[str, str, str], tuple[QBrush, QBrush, QPen, QPen]] = {}
        self._unit_label: tuple[str, str] | None = None  # (unit, colour) the value axis shows
        # series key -> its plotted figures, in plotting order (their periods: ``periods``)
        self._plotted: dict[str, list[Figure]] = {}
        font = QFont()
        font.setPointSizeF(8.5 * qt_theme.text_scale())
        self.value_labels = _ValueLabels(font, self._owner.theme.text)  # all value labels, one item
        self.plot.addItem(_PanelLines(), ignoreBounds=True)  # paints the panel's lines (one item)
        self.plot.addItem(self.value_labels, ignoreBounds=True)
        t = self._owner.theme
        self._marker_colours = (t.selection, t.muted_text, t.surface)
        self.event_markers = EventMarkers(self._marker_colours)  # every event marker, one item
        self.event_markers.sig_clicked.connect(view._on_q_marker_clicked)
        self.label_sizes = _KeptSizes(self.value_labels)
        self.event_markers.keep_clear_of(self.value_labels, self.label_sizes.sizes)
        self.plot.addItem(self.event_markers, ignoreBounds=True)
        self.selected: str | None = None
        self._labelled: bool | None = None  # whether its markers have titles (the first row's)
        self.plot.vb.sigXRangeChanged.connect(self._on_q_x_range_changed)
        self.plot.vb.sigYRangeChanged.connect(self._on_q_x_range_changed)  # value labels moved
        self.plot.vb.sigResized.connect(self._on_q_x_range_changed)
        self.plot.vb.sigResized.connect(self._on_q_resized)
        self.bar_span = (0.0, 1.0)  # bars: the values' extent, zero included
        self.line_span = (0.0, 1.0, 0.1)  # lines: the values' extent and the data padding
        self.plot.vb.sigResized.connect(view._on_q_plot_resized)
        self.hits: list[_Hit] = []  # bars
        self.line_hits: list[tuple[Series, list[Figure]]] = []  # lines: plotted figures per series
        self.hit_x = np.empty(0)  # lines: every plotted point, for a vectorised search
        self.hit_y = np.empty(0)
        self.hit_starts = np.empty(0, dtype=np.int64)  # where each series starts in hit_x
        self.reference = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(self._owner.theme.axis, width=1))
        self.plot.addItem(self.reference, ignoreBounds=True)
        pen = pg.mkPen(self._owner.theme.axis, width=1, style=Qt.PenStyle.DashLine)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pen)
        self.hline = pg.InfiniteLine(angle=0, movable=False, pen=pen)
        for line in (self.vline, self.hline):
            line.setZValue(-5)
            line.setVisible(False)
            self.plot.addItem(line, ignoreBounds=True)
        self._view = view

    # -- series ----------------------------------------------------------------------------------
    def apply_theme(self, t: Theme) -> None:
        """The chrome in ``t``'s colours: axes, their text, grid, reference line and crosshair."""
        for name in ("left", "bottom"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(t.axis))
            ax.setTextPen(pg.mkPen(t.text))
        self.grid.set_colour(t.grid_major)
        self.reference.setPen(pg.mkPen(t.axis, width=1))
        for line in (self.vline, self.hline):
            line.setPen(pg.mkPen(t.axis, width=1, style=Qt.PenStyle.DashLine))

    equal_panels = True  # off: only the very same Panel object skips the redraw (tests' reference)

    def _drawing_of(self, panel: Panel, kind: ChartKind, basis: Basis) -> tuple:
        return (panel, kind, basis, self._owner.theme, self._owner._export_px,
                self._owner.label_language, qt_theme.text_scale())

    def drew(self, panel: Panel, kind: ChartKind, basis: Basis) -> bool:
        """Whether the panel's last update drew ``panel`` as it would be drawn now."""
        # The very same panel (a filter that kept the figures), or an equal one (a panel parked
        # by a filter and brought back by its clearing draws what it drew: ~0.5 ms a panel at
        # tier S; the figures are the builder's kept objects, so the comparison takes µs).
        if self._drawn is None or not (panel is self._drawn[0] or (
                _PanelPlot.equal_panels and same_panel(panel, self._drawn[0]))):
            return False
        drawn = self._drawing_of(panel, kind, basis)
        return all(a is b or a == b for a, b in zip(drawn[1:], self._drawn[1:]))

    def update_series(self, panel: Panel, kind: ChartKind, basis: Basis) -> None:
        if self.drew(panel, kind, basis):
            return
        self._drawn = self._drawing_of(panel, kind, basis)
        shown = panel.series[:MAX_SERIES_PER_PANEL]
        if self._theme is not self._owner.theme:  # restyled once per theme, not per filter change
            self._theme = self._owner.theme
            self.apply_theme(self._theme)
        self.axis.lang = self._owner.label_language
        if kind != self.kind:
            for key in list(self.items):
                self._drop_item(key)
            self.kind = kind
        unit_label = (panel.unit, self._owner.theme.text)
        if unit_label != self._unit_label:  # the same label again re-lays out the axis' text
            self._unit_label = unit_label
            self.plot.setLabel("left", panel.unit, color=self._owner.theme.text)
            # pyqtgraph centres the unit along the axis only when the axis is resized: a plot
            # laid out before its first unit (a panel made for a row) centred an empty one.
            self.plot.getAxis("left").resizeEvent()
        self.hits, self.hit_x, self.hit_y = [], np.empty(0), np.empty(0)
        self.line_hits = []
        if kind is ChartKind.BAR:
            self._update_bars(shown)
        else:
            self._update_lines(shown, basis)
        # the reference line: zero for amounts, bars and growth; 100 for an index
        self.reference.setValue(100.0 if basis is Basis.INDEX else 0.0)

    quick_lines = True  # off: a dropped line leaves the plot and is added again (tests' reference)

    def _drop_item(self, key: str) -> None:
        item = self.items.pop(key)
        self._plotted.pop(key, None)
        self.point_ranges.pop(key, None)
        if not isinstance(item, _Line):
            self.plot.removeItem(item)
            return
        # Kept for a later line (see _line_for): hidden in the plot, not taken out of it and put
        # back (each way re-wires the line, its curve and their children to the view box: ~0.4 ms
        # a line, six lines out and back in when a partner filter is set and cleared at tier M).
        if _PanelPlot.quick_lines:
            item.setVisible(False)
            item.kept_in_plot = True
        else:
            self.plot.removeItem(item)
        self._line_pool.pop(key, None)
        self._line_pool[key] = item
        while len(self._line_pool) > LINE_POOL:
            old = self._line_pool.pop(next(iter(self._line_pool)))
            if old.kept_in_plot:
                self.plot.removeItem(old)

    def _line_for(self, key: str) -> _Line:
        """A line for series ``key``, added to the plot as a new one is (on top of the items
        there): the line that drew the series before when it was dropped (a partner filter
        cleared brings the series back with their figures, so nothing is redrawn), else another
        dropped line, else a new one (making a line cost ~0.8 ms, six a change when a partner
        filter is cleared at tier M, measured)."""
        item = self._line_pool.pop(key, None)
        if item is None and self._line_pool:
            item = self._line_pool.pop(next(iter(self._line_pool)))
        if item is None:
            item = _Line()
        if _PanelPlot.quick_lines:
            # On top of the lines as a line just added would be: lines stack by z (above the
            # reference line's 0, below the value labels' 0.5), a kept line keeping its place
            # among the plot's items.
            self._line_order += 1
            item.setZValue(self._line_order * LINE_Z_STEP)
        elif item.zValue() != 0:
            item.setZValue(0)
        if item.kept_in_plot:
            item.kept_in_plot = False
            item.setVisible(True)  # (the view changes it let pass are caught up in set_series)
        else:
            self.plot.addItem(item)
        return item

    def _update_bars(self, shown: tuple[Series, ...]) -> None:
        self.axis.set_categories([])
        self.point_ranges = {}
        self._set_symbols([])
        wanted = set()
        ticks: list[tuple[float, str]] = []
        label_specs: list[tuple[float, float, str, str, str]] = []
        values: list[float] = []
        for ci, s in enumerate(shown):
            figs = sorted((f for f in s.figures if f.value is not None), key=lambda f: (f.x, f.value))
            ticks.append((float(ci), _category_label(s, list(s.figures))))
            if not figs:
                # No value (growth without an earlier figure): say so on the category, never a gap.
                text = " ".join(dict.fromkeys(f.label for f in s.figures)) or "—"
                label_specs.append((float(ci), 0.0, text, "", "bar"))
                continue
            wanted.add(s.key)
            slot_width = BAR_GROUP_WIDTH / len(figs)
            width = slot_width * (0.9 if len(figs) > 1 else 1.0)  # a gap between a series' bars
            xs = [ci - BAR_GROUP_WIDTH / 2 + slot_width * (j + 0.5) for j in range(len(figs))]
            heights = [_drawn_value(f) for f in figs]
            brushes, pens = [], []
            for f in figs:
                qualified = Flag.QUALIFIED in f.flags
                conflict = Flag.CONFLICT in f.flags
                brushes.append(QBrush(_hex(s.colour), Qt.BrushStyle.BDiagPattern) if qualified
                               else QBrush(_hex(s.colour, 230)))
                if conflict:
                    pens.append(pg.mkPen(self._owner.theme.text, width=3))
                else:
                    pens.append(pg.mkPen(s.colour, width=2 if qualified else 1))
            item = self.items.get(s.key)
            if not isinstance(item, pg.BarGraphItem):
                item = pg.BarGraphItem(x=xs, height=heights, width=width, brushes=brushes, pens=pens,
                                       name=s.label)
                self.items[s.key] = item
                self.plot.addItem(item)
            else:
                item.setOpts(x=np.asarray(xs), height=np.asarray(heights), width=width,
                             brushes=brushes, pens=pens, name=s.label)
            self._plotted[s.key] = figs
            for x, f in zip(xs, figs):
                self.hits.append(_Hit(s, f, x, _drawn_value(f), width / 2))
                label_specs.append((x, _drawn_value(f), f.label, "", "bar"))
                values.append(_drawn_value(f))
        for key in [k for k in self.items if k not in wanted]:
            self._drop_item(key)
        self.axis.set_categories(ticks)
        self._update_value_labels(label_specs)
        self.bar_span = (min([0.0, *values]), max([0.0, *values]))
        self.plot.setMouseEnabled(x=False, y=False)
        half = max(len(shown), 3) / 2  # one or two categories: narrower bars, centred
        centre = (len(shown) - 1) / 2
        self.plot.setXRange(centre - half - 0.1, centre + half + 0.1, padding=0)
        self.fit_bar_headroom()

    def fit_line_headroom(self) -> bool:
        """Room above the highest point for the labels drawn over it ("above" labels end 1.7
        label heights over their point) and below the lowest for end labels stacked downwards: a
        share of the plot's height in pixels, so no value label is cut however short the panel."""
        if self.kind is not ChartKind.LINE or not len(self.hit_y):
            return False
        lo, hi, pad = self.line_span
        height = float(self.plot.vb.height())
        shown = self.label_sizes.sizes()
        label = max((h for _w, h, _ax, _ay in shown), default=0.0)
        if not (height > 0 and label):
            return False
        stacked = max((-(ay - 0.5) / 1.05 for _w, _h, ax, ay in shown if ax < 0), default=0.0)
        top_px = 1.8 * label + 4
        bottom_px = (0.6 + 1.05 * stacked) * label + 4
        room = max(height - top_px - bottom_px, height * 0.25)
        per_px = max(hi - lo, 1e-12) / room
        self.plot.setYRange(min(lo - pad, lo - bottom_px * per_px),
                            max(hi + 1.8 * pad, hi + top_px * per_px), padding=0)
        return True

    def fit_bar_headroom(self) -> None:
        """Room beyond the bars' ends for their value labels: a share of the plot's height as
        large as a label is tall (14 % before the plot has a size), so no label is cut."""
        if self.kind is not ChartKind.BAR:
            return
        lo, hi = self.bar_span
        height = float(self.plot.vb.height())
        label = max((h for _w, h, _ax, _ay in self.label_sizes.sizes()), default=0.0)
        share = min((label + 6) / height, 0.6) if height > 0 and label else 0.12
        pad = (hi - lo) * share / (1 - share) or 1.0
        self.plot.setYRange(lo - (pad if lo < 0 else 0), hi + (pad if hi > 0 else 0), padding=0)

    spare_labels = True  # off: a new text re-words the item shown longest ago (tests' reference)

    def _update_value_labels(self, specs: list[tuple[float, float, str, str, str]],
                             near: float = 0.0) -> None:
        """Value labels (x, y, text, colour, where): "bar" over a bar's end; "above" a line's
        symbol; "end" right of a line's last point (the plot keeps room there), led by a dot in the
        line's colour. End labels within ``near`` (data units) of another at the same x (every
        series is 100 at an index's base) are stacked downwards instead of drawn over it. Drawn
        by one item per panel (``_ValueLabels``), in list order."""
        slots: dict[int, int] = {}
        last: tuple[float, float, int] | None = None  # (x, y, slot) of the previous end label
        ends = (i for i, sp in enumerate(specs) if sp[4] == "end")
        for i in sorted(ends, key=lambda i: (specs[i][0], -specs[i][1])):
            x, y = specs[i][0], specs[i][1]
            slot = last[2] + 1 if last is not None and last[0] == x and last[1] - y <= near else 0
            slots[i] = slot
            last = (x, y - slot * near, slot) if slot else (x, y, 0)
        # Each text is laid out again only where it changed: a filter change that keeps a label's
        # text re-lays out nothing (setHtml was 5 ms a filter change at tier S, measured). A text
        # shown before keeps its document even when it moved in the list (a series gained or lost
        # a label before it: 26 of 38 labels re-set per change at tier M were texts already shown).
        labels = self.value_labels
        ink = self._owner.theme.text
        if self._owner._export_px is None and labels.font_points() != 8.5 * qt_theme.text_scale():
            font = QFont()  # the Preferences' text size changed: every label follows it
            font.setPointSizeF(8.5 * qt_theme.text_scale())
            labels.set_font(font)
        wanted = [(text, colour, ink) for _x, _y, text, colour, _w in specs]
        ink_colour = QColor(ink)
        # The pool as long as the list, and on screen a fresh text for each new content while it
        # holds fewer than LABEL_SPARE beyond the list: a text shown a filter or two ago (a
        # filter taken back, source markers renumbered back) keeps its layout (setHtml ~80 µs).
        held = {state[0] for state in self._label_state if state is not None}
        new = sum(c not in held for c in wanted) if _PanelPlot.spare_labels else 0
        cap = len(specs) + (LABEL_SPARE if self._owner._export_px is None else 0)
        size = max(len(specs), min(len(labels.texts) + new, cap))
        if size > len(labels.texts):
            labels.text(size - 1)  # (and every text before it)
        states = self._label_state + [None] * (len(labels.texts) - len(self._label_state))
        order = self._label_items(wanted, states)
        labels.texts = [labels.texts[j] for j in order]
        states = [states[j] for j in order]
        shown: list[tuple[float, float, float, float]] = []
        for i, (item, (x, y, text, colour, where)) in enumerate(zip(labels.texts, specs)):
            if where == "end":
                anchor = (-0.04, 0.5 - slots[i] * 1.05)
            elif where == "above":  # clear of the symbol (11-13 px)
                anchor = (0.5, 1.7)
            else:
                anchor = (0.5, 1.0) if y >= 0 else (0.5, 0.0)
            content = (text, colour, ink)
            old = states[i]
            if old is None or old[0] != content:  # (_label_items reads state[0])
                if not _PanelPlot.quick_texts:
                    item.setDefaultTextColor(QColor(ink))
                    if colour:
                        item.setHtml(f"<span style='color:{colour}'>•</span>&nbsp;"
                                     f"<span style='color:{ink}'>{escape(text)}</span>")
                    else:
                        item.setPlainText(text)
                else:
                    if item.defaultTextColor() != ink_colour:  # (each set repaints the item)
                        item.setDefaultTextColor(ink_colour)
                    if colour:
                        _dot_and_text(item, colour, ink, text)
                    else:
                        item.setPlainText(text)
                states[i] = (content,)
            shown.append((x, y, anchor[0], anchor[1]))
        labels.set_shown(shown)
        self._label_state = states

    quick_texts = True  # off: a new text set as HTML, its colour set again (tests' reference)

    def spare_labels_wanted(self) -> int:
        """How many label texts the pool lacks of the ``LABEL_SPARE`` beyond those shown that on
        screen it grows to anyway (a fresh text for each new content; exports keep none)."""
        if self._owner._export_px is not None or not self._label_state:
            return 0
        return max(len(self.value_labels.shown) + LABEL_SPARE - len(self.value_labels.texts), 0)

    def grow_spare_labels(self, n: int) -> None:
        """Up to ``n`` of the texts the pool lacks, each with a first text written: a text's first
        use builds its text control (~0.2 ms; re-wording one ~0.05). Grown a few at a time while
        the window is idle, the first ~40 filters of a session no longer pay for them (tier S:
        ~5 new texts a filter never applied before)."""
        self._grow_texts(min(self.spare_labels_wanted(), n))

    def _grow_texts(self, n: int) -> None:
        labels, have = self.value_labels, len(self.value_labels.texts)
        if n <= 0:
            return
        labels.text(have + n - 1)  # (and every text before it)
        ink = self._owner.theme.text
        for item in labels.texts[have:]:
            _dot_and_text(item, ink, ink, "0")  # no label's: the next new content re-words it

    LINES_A_STEP = 2  # ~2.5 ms a line made and put in the plot
    TEXTS_A_STEP = 8  # ~0.4 ms a text made and written first

    def prime(self, panel: Panel, kind: ChartKind, basis: Basis, markers: tuple[EventMarker, ...],
              labelled: bool, texts: int) -> bool:
        """One step, of a few ms, of a spare plot's first drawing, while the window is idle
        (``ChartView``): lines for ``panel``'s series (hidden in the plot, as dropped lines
        wait), label texts for ``texts`` labels and the spare ones, then ``panel`` drawn, its
        markers laid out (titled when ``labelled``), its view painted once; whether steps remain.
        A filter that takes the plot then draws on what is made (made and first drawn in the
        filter's change, three plots cost ~220 ms at tier S, measured)."""
        if self._drawn is None:
            if kind is ChartKind.LINE:
                lines = sum(any(f.value is not None for f in s.figures)
                            for s in panel.series[:MAX_SERIES_PER_PANEL])
                have = len(self.items) + len(self._line_pool)
                for k in range(have, min(have + _PanelPlot.LINES_A_STEP, lines)):
                    line = _Line()
                    self.plot.addItem(line)
                    line.setVisible(False)
                    line.kept_in_plot = True
                    self._line_pool[f"\0spare {k}"] = line  # (no series' key: taken by any)
                if have < lines:
                    return True
            wanted = texts + LABEL_SPARE  # (as many as the drawing grows to: it makes none)
            if len(self.value_labels.texts) < wanted:
                self._grow_texts(min(wanted - len(self.value_labels.texts), _PanelPlot.TEXTS_A_STEP))
                return True
            self.update_series(panel, kind, basis)
            self.settle_lines()
            return True
        if self._labelled is None:
            self.update_markers(markers, labelled, self.selected)
            return True
        if not self._painted:
            self._paint_once()
            return True
        self.grow_spare_labels(_PanelPlot.TEXTS_A_STEP)
        return self.spare_labels_wanted() > 0

    def _paint_once(self) -> None:
        """Its view's items painted once, into an image: a plot's first paint lays out its value
        labels' and marker titles' documents and fills its symbols' atlas (~3 ms a plot more
        than a second paint at tier S, in the filter's change otherwise). Item by item, not the
        scene's region, which painted the shown panels' axes too (their bounds reach it). Not
        its own axes either: their ticks follow the range a filter brings, and an axis painted
        while idle computes ticks in the middle of a drag of the shown panels."""
        self._painted = True
        vb = self.plot.vb
        rect = vb.sceneBoundingRect()
        if self.plot.scene() is None or rect.isEmpty():
            return
        image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        origin = QTransform.fromTranslate(-rect.x(), -rect.y())
        option = QStyleOptionGraphicsItem()
        painter = QPainter(image)
        try:
            items = list(reversed(vb.childItems()))
            while items:
                item = items.pop()
                if not item.isVisible():
                    continue
                if not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents:
                    painter.save()
                    painter.setTransform(item.sceneTransform() * origin)
                    option.exposedRect = item.boundingRect()
                    item.paint(painter, option, None)
                    painter.restore()
                items.extend(reversed(item.childItems()))
        finally:
            painter.end()

    @staticmethod
    def _label_items(wanted: list[tuple], states: list[tuple | None]) -> list[int]:
        """Which label item shows each wanted content (then the items left, in their order): the
        item at its place when it shows it already, else one that shows it elsewhere, else a
        free one (see below)."""
        n = len(states)
        shown = [None if state is None else state[0] for state in states]
        chosen: list[int | None] = [i if i < n and shown[i] == c else None for i, c in enumerate(wanted)]
        taken = {j for j in chosen if j is not None}
        showing: dict[object, list[int]] = {}
        for j in range(n - 1, -1, -1):
            if j not in taken and shown[j] is not None:
                showing.setdefault(shown[j], []).append(j)
        for i, c in enumerate(wanted):
            if chosen[i] is None and showing.get(c):
                chosen[i] = j = showing[c].pop()
                taken.add(j)
        free = [j for j in range(n) if j not in taken]
        # A new content takes a fresh item first, else the one whose text was shown longest ago
        # (the list's end: each update lists the items it shows first, the others after them).
        picks = iter([j for j in free if shown[j] is None]
                     + [j for j in reversed(free) if shown[j] is not None])
        order = [j if j is not None else next(picks) for j in chosen]
        used = set(order)
        return order + [j for j in free if j not in used]

    @property
    def periods(self) -> dict[str, list[str]]:
        """Series key -> the period of each plotted value, read when asked (``plotted_values``),
        not listed on every update (~1,600 figures a filter change at tier M)."""
        return {key: [f.period for f in figs] for key, figs in self._plotted.items()}

    def end_label_px(self) -> float:
        """The width, in pixels, of the widest label right of a line's last point (0: none)."""
        return max((w for w, _h, ax, _ay in self.label_sizes.sizes() if ax < 0), default=0.0)

    def _update_lines(self, shown: tuple[Series, ...], basis: Basis) -> None:
        self.axis.set_categories(None)
        label_specs: list[tuple[float, float, str, str, str]] = []
        xs_all: list[np.ndarray] = []
        ys_all: list[np.ndarray] = []
        marks: list[tuple] = []
        n_marks = 0
        self.point_ranges = {}
        # Lines no longer drawn leave first, so the lines drawn anew can be theirs (_line_for).
        wanted = {s.key for s in shown if any(f.value is not None for f in s.figures)}
        for key in [k for k in self.items if k not in wanted]:
            self._drop_item(key)
        for s in shown:
            figs, x, y = self._sorted(s)
            if not figs:
                continue
            item = self.items.get(s.key)
            if not isinstance(item, _Line):
                if item is not None:
                    self._drop_item(s.key)
                item = self._line_for(s.key)
                self.items[s.key] = item
            # Long series: a 1-px cosmetic pen without antialiasing, at any zoom (exports too);
            # shorter ones where they are dense in view (see _Line).
            item.set_series(x, y, s.colour, s.label, always_thin=len(figs) > SYMBOL_LIMIT,
                            by_density=self._owner._export_px is None)
            marks.append(self._marks(s, figs, x, y))
            self.point_ranges[s.key] = (n_marks, n_marks + len(marks[-1][0]))
            n_marks += len(marks[-1][0])
            # The last figure of each line, and every qualified one, named with its source.
            columns = s.figure_columns
            if columns is not None and x is columns.x:  # (figs in the figures' order)
                at = np.flatnonzero(columns.flags[:-1] & 1)[:LINE_LABEL_LIMIT]
                labelled = [figs[i] for i in at.tolist()]
            else:
                labelled = [f for f in figs[:-1] if Flag.QUALIFIED in f.flags][:LINE_LABEL_LIMIT]
            label_specs += [(f.x, _drawn_value(f), f.label, s.colour, "above") for f in labelled]
            label_specs.append((figs[-1].x, _drawn_value(figs[-1]), figs[-1].label, s.colour, "end"))
            self._plotted[s.key] = figs
            self.line_hits.append((s, figs))
            xs_all.append(x)
            ys_all.append(y)
        for key in [k for k in self._sorted_kept if k not in self.items and k not in self._line_pool]:
            del self._sorted_kept[key]  # only for the lines the panel holds
        self._share_columns()
        self._set_symbols(marks)
        self.hit_x = np.concatenate(xs_all) if xs_all else np.empty(0)
        self.hit_y = np.concatenate(ys_all) if ys_all else np.empty(0)
        self.hit_starts = np.cumsum([0] + [len(figs) for _, figs in self.line_hits])[:-1]
        lo = float(self.hit_y.min()) if len(self.hit_y) else 0.0
        hi = float(self.hit_y.max()) if len(self.hit_y) else 1.0
        if basis is not Basis.INDEX:  # amounts start at zero; growth shows it as the reference
            lo, hi = min(lo, 0.0), max(hi, 0.0)
        pad = (hi - lo) * 0.1 or max(abs(hi) * 0.1, 1.0)
        self.plot.setMouseEnabled(x=True, y=False)
        self._update_value_labels(label_specs, near=(hi - lo + 2.8 * pad) * 0.07)
        self.line_span = (lo, hi, pad)
        if not self.fit_line_headroom():  # one y range per update: each costs a relayout
            self.plot.setYRange(lo - pad, hi + 1.8 * pad, padding=0)  # headroom for marker labels

    def settle_lines(self) -> None:
        """Every line given new figures displayed for the view as the redraw left it."""
        for item in self.items.values():
            if isinstance(item, _Line):
                item.settle()

    keep_sorted = True  # off: every series sorted afresh on every update (tests' reference)

    def _sorted(self, s: Series) -> tuple[list[Figure], np.ndarray, np.ndarray]:
        """``_by_x`` of ``s``'s figures, kept per series while its figures stay the same (a
        cleared filter brings series back with the builder's kept figures: the comparison is one
        C pass over identical objects, the sort and arrays ~0.65 ms at tier M)."""
        kept = self._sorted_kept.get(s.key)
        if kept is not None and _PanelPlot.keep_sorted and not sort_by_x_always \
                and (kept[0] is s.figures or kept[0] == s.figures):
            return list(kept[1]), kept[2], kept[3]
        figs, x, y = _by_x(s.figures, s.figure_columns)
        self._sorted_kept[s.key] = (s.figures, figs, x, y)
        return list(figs), x, y

    def _share_columns(self) -> None:
        """Lines with the same x values split each view into pixel columns once (see
        ``Pyramid.share_x``)."""
        pyramids = [item.pyramid for item in self.items.values()
                    if isinstance(item, _Line) and item.pyramid is not None]
        for pyramid in pyramids:
            pyramid.unshare()
        heads: list = []
        for pyramid in pyramids:
            if not any(pyramid.share_x(head) for head in heads):
                heads.append(pyramid)

    def _marks(self, s: Series, figs: list[Figure], x: np.ndarray, y: np.ndarray) -> tuple:
        """A line's symbols, drawn by the panel's one scatter (per-point styles cannot follow the
        line's decimation; past SYMBOL_LIMIT points only flagged figures keep a symbol), as
        arrays: the marked points' x and y (taken from the line's own arrays), each point's style (0 plain, 1 qualified, 2 conflict, 3 both) and the four styles'
        (symbol, size, pen, brush), with what decides the look; only flagged figures are visited
        one by one (most have no flag; 1,600 points a filter change at tier M)."""
        limit = SYMBOL_LIMIT if self._owner._export_px is None else EXPORT_SYMBOL_LIMIT
        columns = s.figure_columns
        if columns is not None and x is columns.x:  # (figs in the figures' order)
            at = np.flatnonzero(columns.flags)
            flagged, kinds = at.tolist(), columns.flags[at].tolist()
        else:
            flagged = [i for i, f in enumerate(figs) if f.flags]
            kinds = [(Flag.QUALIFIED in figs[i].flags) + 2 * (Flag.CONFLICT in figs[i].flags)
                     for i in flagged]
        if len(figs) <= limit:
            codes = np.zeros(len(figs), dtype=np.intp)
            codes[flagged] = kinds
            mx, my = x, y
        else:
            at = np.asarray(flagged, dtype=np.intp)
            codes = np.asarray(kinds, dtype=np.intp)
            mx, my = x[at], y[at]
        white, filled, outline, conflict_outline = self._symbol_styles(s.colour)
        styles = (("o", 9, outline, filled), ("d", 11, outline, white),
                  ("o", 13, conflict_outline, filled), ("d", 13, conflict_outline, white))
        look = (mx.tobytes(), my.tobytes(), codes.tobytes(), s.colour)
        return mx, my, codes, styles, look

    def _set_symbols(self, marks: list[tuple]) -> None:
        """Every line's symbols in one scatter, set only when they changed: the points' columns
        taken from each style by numpy, and the styles told to the scatter, which then groups no
        point by point. One pen and brush object per style (``_symbol_styles``), kept across
        updates, so pyqtgraph's symbol atlas renders each style once."""
        use_cache = self._owner._export_px is None
        state = (tuple(m[4] for m in marks), self._owner.theme.surface,
                 self._owner.theme.text, use_cache)
        if state == self._points_state:
            return
        self._points_state = state
        if self.symbols is None:
            if not marks:
                return
            self.symbols = _Symbols(antialias=True)
            self.symbols.setZValue(1)
            self.plot.addItem(self.symbols)
        table: dict[tuple, int] = {}  # (symbol, size, pen, brush) -> its place in ``entries``
        entries: list[tuple] = []
        codes = []
        for _x, _y, kinds, styles, _look in marks:
            remap = np.empty(len(styles), dtype=np.intp)
            for k, (symbol, size, pen, brush) in enumerate(styles):
                key = (symbol, size, id(pen), id(brush))
                j = table.get(key)
                if j is None:
                    j = table[key] = len(entries)
                    entries.append((symbol, size, pen, brush))
                remap[k] = j
            codes.append(remap[kinds])
        at = np.concatenate(codes) if codes else np.empty(0, dtype=np.intp)
        x = np.concatenate([m[0] for m in marks]) if marks else np.empty(0)
        y = np.concatenate([m[1] for m in marks]) if marks else np.empty(0)
        columns = [_objects([e[i] for e in entries])[at] for i in (0, 2, 3)]
        sizes = np.asarray([e[1] for e in entries], dtype=float)[at]
        self.symbols.set_styled(x, y, columns[0], sizes, columns[1], columns[2], at, use_cache)

    def _symbol_styles(self, colour: str) -> tuple[QBrush, QBrush, QPen, QPen]:
        """(hollow fill, filled, outline, conflict outline) of a series in ``colour``, the same
        objects for as long as the theme and colour stay."""
        t = self._owner.theme
        key = (colour, t.surface, t.text)
        styles = self._styles.get(key)
        if styles is None:
            if len(self._styles) > 64:
                self._styles.clear()
            styles = self._styles[key] = (pg.mkBrush(t.surface), pg.mkBrush(colour),
                                          pg.mkPen(colour, width=2), pg.mkPen(t.text, width=2.5))
        return styles

    def line_hit(self, i: int) -> _Hit:
        """The i-th point of the line hit arrays as a hit."""
        j = int(np.searchsorted(self.hit_starts, i, side="right")) - 1
        series, figs = self.line_hits[j]
        f = figs[i - int(self.hit_starts[j])]
        return _Hit(series, f, float(f.x), _drawn_value(f))

    # -- markers ---------------------------------------------------------------------------------
    @property
    def markers(self) -> dict[str, Marker]:
        """The event markers shown, by event id, in stacking order."""
        return self.event_markers.markers

    @property
    def marker_pool(self) -> list[Marker]:
        """Markers no longer shown, kept with their laid-out titles."""
        return list(self.event_markers.pool.values())

    @property
    def extra_marker(self) -> Marker:
        """The selected event's date when it is no marker (shown or not)."""
        return self.event_markers.extra

    def update_markers(self, markers: tuple[EventMarker, ...], labelled: bool,
                       selected: str | None) -> None:
        t = self._owner.theme
        colours = (t.selection, t.muted_text, t.surface)
        if colours != self._marker_colours:
            self._marker_colours = colours
            self.event_markers.set_colours(*colours)
        wanted = {m.event_id: m for m in markers} if self.kind is ChartKind.LINE else {}
        if labelled != self._labelled:
            # A plot brought back into another row (ChartView._take_slots): only the first row's
            # markers have titles, so its markers are made again, titled or not.
            if self._labelled is not None:
                self.event_markers.set_markers({}, labelled, selected)
            self._labelled = labelled
        self.event_markers.set_markers(wanted, labelled, selected)
        self.selected = selected
        self.layout_marker_labels()

    def layout_marker_labels(self) -> None:
        """The titles in rows (EventMarkers.layout_labels), once the redraw has set the range."""
        if self._owner._drawing:
            self._owner._labels_pending.add(id(self))
            return
        self.event_markers.layout_labels(self.selected)

    def _on_q_x_range_changed(self, *_args) -> None:
        self.layout_marker_labels()

    def _on_q_resized(self, *_args) -> None:
        self.fit_bar_headroom()
        self.fit_line_headroom()

    def set_extra_marker(self, x: float | None, label: str, selected: str | None) -> None:
        """Highlight a selected event that is not among the markers (its date, on line charts)."""
        show = x is not None and self.kind is ChartKind.LINE and selected not in self.markers
        self.event_markers.set_extra(x if show else None, selected or "", label)

    quick_park = True  # off: out of the scene and back (pyqtgraph's removeItem; tests' reference)

    def park(self, layout: pg.GraphicsLayout) -> None:
        """Out of the layout but kept, items and all, to draw a later panel (building a PlotItem
        with its axes and menu costs more than a filter change's whole redraw at tier XS)."""
        self.plot.setXLink(None)
        if _PanelPlot.quick_park:
            _out_of_layout(layout, self.plot)
            self.plot.hide()
            return
        layout.removeItem(self.plot)
        # Hidden in the scene, not out of it: the scene still owns it (and its menu's widgets),
        # so it goes with the view.
        self.plot.hide()
        self.plot.setParentItem(layout)

    def unpark(self) -> None:
        self.plot.show()

    def park_new(self, layout: pg.GraphicsLayout, like: pg.PlotItem) -> None:
        """A plot made while idle, in the layout's scene at the size and minimum height of the
        row ``like`` (so it is laid out there before it draws, and the layout shares the rows
        as before when it comes), left of the view's scene rectangle while it is drawn first
        (``prime``): shown, so its axes take their sizes (pyqtgraph sizes a hidden axis 0, and
        the paint that showed the plot then laid it out again and asked for a second paint),
        but out of sight and of the pointer's reach."""
        self.plot.setParentItem(layout)
        self.plot.setMinimumHeight(like.minimumHeight())
        self.plot.resize(like.size())
        self.plot.setPos(-like.size().width() - 100.0, 0.0)
        self.plot.layout.activate()

    def primed(self) -> None:
        """Its first drawing done: hidden, as a parked plot waits."""
        self.plot.hide()

    quick_add = True  # off: pyqtgraph's addItem, which lays the whole chart out per panel added

    def add_to(self, layout: pg.GraphicsLayout, row: int) -> None:
        """Into ``layout`` at ``row`` as pyqtgraph's ``GraphicsLayout.addItem`` puts it, without
        its layout pass: the caller lays out once after the panels it adds (a cleared filter that
        brings two panels back laid every panel out twice, each pass resizing every view box and
        re-ranging every linked axis: ~1.2 ms of the ~2.4 at tier S, measured)."""
        if _PanelPlot.quick_add and pg.__version__ == _LAYOUT_FOLLOWED:
            _into_layout(layout, self.plot, row)
        else:
            layout.addItem(self.plot, row=row, col=0)

    def remove_parked(self, layout: pg.GraphicsLayout) -> None:
        """A parked panel freed: out of the scene (it is out of the layout already)."""
        self.event_markers.sig_clicked.disconnect(self._view._on_q_marker_clicked)
        scene = self.plot.scene()
        if scene is not None:
            scene.removeItem(self.plot)  # back to Python's ownership: freed with the last reference
        if self.plot.ctrlMenu is not None:
            self.plot.ctrlMenu.deleteLater()
            self.plot.ctrlMenu = None

    def remove(self, layout: pg.GraphicsLayout) -> None:
        self.event_markers.sig_clicked.disconnect(self._view._on_q_marker_clicked)
        self.plot.setXLink(None)
        layout.removeItem(self.plot)  # back to Python's ownership: freed with the last reference
        if self.plot.ctrlMenu is not None:
            self.plot.ctrlMenu.deleteLater()
            self.plot.ctrlMenu = None


def same_panel(a: Panel, b: Panel) -> bool:
    """``a`` is or equals ``b``; their figures counted first (panels that differ mostly differ in
    how many figures they hold: comparing field by field took ~0.1 ms a filter change at tier S)."""
    return a is b or (len(a.series) == len(b.series)
                      and all(len(x.figures) == len(y.figures) for x, y in zip(a.series, b.series))
                      and a == b)


sort_by_x_always = False  # on: every series sorted as before (tests' and measurements' reference)


def _by_x(figures: tuple[Figure, ...], columns: FigureColumns | None = None
          ) -> tuple[list[Figure], np.ndarray, np.ndarray]:
    """A line's figures that have a value, sorted by (x, value), with their x and y as arrays.

    The builder gives a series' figures in the chart's order (period start), which is their x
    order for periods of one kind: when x rises strictly through them the sort would keep them
    where they are, so it is skipped (a key per figure, ~1,600 a filter change at tier M); any
    tie or fall in x (periods of mixed kinds, twins of one period) sorts them as before. With the
    figures' ``columns`` (every figure has a value) the arrays are theirs: no pass per figure."""
    if columns is not None and not sort_by_x_always:
        x = columns.x
        if len(x) < 2 or bool(np.all(x[1:] > x[:-1])):
            return list(figures), x, columns.value
    figs = [f for f in figures if f.value is not None]
    n = len(figs)
    x = np.fromiter((f.x for f in figs), dtype=float, count=n)
    if sort_by_x_always or not (n < 2 or bool(np.all(x[1:] > x[:-1]))):
        figs.sort(key=lambda f: (f.x, f.value))
        x = np.fromiter((f.x for f in figs), dtype=float, count=n)
    y = np.fromiter((f.value for f in figs), dtype=float, count=n)
    return figs, x, y


def _dot_and_text(item: QGraphicsTextItem, colour: str, ink: str, text: str) -> None:
    """``item`` shows a dot in ``colour``, a no-break space and ``text`` in ``ink``: the
    document ``setHtml`` makes of ``<span style='color:…'>•</span>&nbsp;<span …>text</span>``
    (the same fragments, formats and pixels), written in one edit without parsing HTML (~40 µs
    a text instead of ~75: a filter never applied before re-words ~9 labels at tier M)."""
    dot, space, words = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
    dot.setForeground(QColor(colour))
    words.setForeground(QColor(ink))
    doc = item.document()
    if doc.isUndoRedoEnabled():  # (an edit would be kept for undo: setHtml keeps none)
        doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    cursor.insertText("•", dot)
    cursor.insertText("\xa0", space)
    cursor.insertText(text, words)
    cursor.endEditBlock()


_LAYOUT_FOLLOWED = "0.14.0"  # the pyqtgraph whose GraphicsLayout.addItem _into_layout follows


def _into_layout(layout: pg.GraphicsLayout, item: pg.GraphicsWidget, row: int) -> None:
    """pyqtgraph 0.14's ``GraphicsLayout.addItem(item, row=row, col=0)`` without its closing
    ``layout.activate()``: the same rows, items, border rectangle and current cell, the item in
    the same place of Qt's grid (only public attributes and methods of ``GraphicsLayout``)."""
    layout.items[item] = [(row, 0)]
    layout.rows.setdefault(row, {})[0] = item
    border = QGraphicsRectItem()
    border.setParentItem(layout)
    border.setZValue(1e3)
    border.setPen(pg.mkPen(layout.border))
    layout.itemBorders[item] = border
    item.geometryChanged.connect(layout._updateItemBorder)
    layout.layout.addItem(item, row, 0, 1, 1)
    layout.nextColumn()


def _out_of_layout(layout: pg.GraphicsLayout, item: pg.GraphicsWidget) -> None:
    """pyqtgraph's ``GraphicsLayout.removeItem`` without taking ``item`` out of the scene: it
    stays the layout's child item, as a parked panel was put back (taking a plot, its axes, curves,
    labels and markers out of the scene and back in cost ~1.5 ms a panel: every item's scene
    change, measured at tier S when a focus partner drops two panels)."""
    layout.layout.removeAt(layout.itemIndex(item))
    for r, c in layout.items[item]:
        del layout.rows[r][c]
    del layout.items[item]
    item.geometryChanged.disconnect(layout._updateItemBorder)
    border = layout.itemBorders.pop(item)
    scene = layout.scene()
    if scene is not None:
        scene.removeItem(border)
    layout.layout.updateGeometry()
    layout.update()

