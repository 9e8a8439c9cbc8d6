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
disappear add or remove items. ``set_spec`` only stores the spec and starts a zero-time single-shot
timer, so a burst of changes costs one redraw in the next event-loop turn (``flush`` draws now).
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.PlotDataItem import PlotDataset
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLineF,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPen,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.charts import time_axis
from explorer.charts.chart_spec import (
    Basis,
    ChartKind,
    ChartSpec,
    EventMarker,
    Figure,
    Flag,
    Panel,
    Series,
)
from explorer.charts.comparison import QUALIFIER_WORDS
from explorer.charts.decimation import Pyramid
from explorer.charts.theme import LIGHT, Theme
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, date_from_day_number, day_number
from explorer.domain.labels import phrase
from explorer.qt import theme as qt_theme

MAX_SPARE_PANELS = 4  # panels kept out of the layout for reuse when a spec has fewer
MAX_SERIES_PER_PANEL = 12  # more would be unreadable; the table still lists every series
HIT_RADIUS_PX = 9.0  # how near a point the pointer must be for the readout
MARKER_HIT_PX = 5.0
BAR_GROUP_WIDTH = 0.72  # share of a category the bars of one series take
MARKER_LABEL_CHARS = 26
MARKER_LABEL_ROWS = 3  # rows of event labels at the top of a time chart, at most
FOOTER_MAX_PX = 150
EXPORT_SYMBOL_LIMIT = 120  # on a slide, a longer series is a line; flagged figures keep their mark
SYMBOL_LIMIT = 2000  # longer line series mark only their flagged figures  # taller notes scroll
DENSE_PX = 3.0  # line vertices closer than this (pixels, on average): a 1-px pen, no antialiasing
LINE_LABEL_LIMIT = 24  # qualified points labelled per line (beyond, the table lists them)
_DAY_MIN = float(day_number(_dt.date(MIN_YEAR, 1, 1)))
_DAY_MAX = float(day_number(_dt.date(MAX_YEAR, 12, 31)))
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Chrome takes the theme's greys (``ChartView.theme``: the window's on screen, LIGHT on exports);
# colour is for data.
_FLAG_NOTES = {
    Flag.CONFLICT: QT_TRANSLATE_NOOP("ChartView", "Sources disagree on this figure: every value is shown."),
    Flag.UNCONVERTED: QT_TRANSLATE_NOOP("ChartView",
                                        "No exchange rate for its period: shown in its own currency."),
    Flag.NOT_CONVERTIBLE: QT_TRANSLATE_NOOP("ChartView", "Not a currency: shown as published."),
    Flag.NO_BASE: QT_TRANSLATE_NOOP("ChartView", "The series share no base period: nothing is indexed."),
    Flag.NO_EARLIER: QT_TRANSLATE_NOOP("ChartView",
                                       "No earlier figure to compare with: no growth rate (—)."),
    Flag.CONTAINING_YEAR_RATE: QT_TRANSLATE_NOOP("ChartView",
                                                 "Converted with the average rate of its year."),
}
_QUALIFIER_TEXT = {
    ">": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says over {figure}"),
    "<": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says under {figure}"),
    "~": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says about {figure}"),
    "≥": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says at least {figure}"),
    "≤": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says at most {figure}"),
}
PANEL_MIN_LABEL_ROWS = 6  # on screen a panel is at least this many value labels tall, plus its axis


# -- time axis ------------------------------------------------------------------------------------

def day_ticks(lo: float, hi: float, size_px: float, min_px: float = time_axis.MIN_LABEL_SPACING_PX
              ) -> list[tuple[float, list[float]]]:
    """Tick levels for a day-number axis, (spacing, days) major then minor, from the same
    ``explorer.charts.time_axis`` as the timeline: the same range gets the same ticks and labels.
    Months at the finest (figures are monthly or coarser)."""
    lo, hi = max(min(lo, hi), _DAY_MIN), min(max(lo, hi), _DAY_MAX)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return []
    t = time_axis.time_ticks(lo, hi, size_px, min_spacing=min_px, finest="month")
    levels: list[tuple[float, list[float]]] = [(t.spacing, [float(d) for d in t.major.tolist()])]
    if len(t.minor):
        levels.append((t.minor_spacing, [float(d) for d in t.minor.tolist()]))
    return levels


def _drawn_value(f: Figure) -> float:
    """The value of a figure that is drawn: the views draw only figures that have one."""
    assert f.value is not None  # the figures drawn are those with a value (filtered before)
    return float(f.value)


class DayAxisItem(pg.AxisItem):
    """A bottom axis for day numbers (days since 1970-01-01), labelled with years or months.

    ``set_categories`` switches it to fixed category ticks (bar charts); ``None`` back to time.
    """

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._time = True
        self._major_spacing = 0.0
        self.lang = "en"  # the label language of month names ("ja": 2024年1月)

    def set_categories(self, ticks: list[tuple[float, str]] | None) -> None:
        self._time = ticks is None
        self._lines = max((t.count("\n") + 1 for _, t in ticks or ()), default=1)
        self.setTicks(None if ticks is None else [ticks, []])
        self._fit_height()

    def setTickFont(self, font: QFont | None) -> None:
        super().setTickFont(font)
        self._fit_height()  # a bigger export font needs a taller axis, or the labels vanish

    def _fit_height(self) -> None:
        """Room for multi-line category labels (pyqtgraph skips text that does not fit the axis)."""
        font = self.style.get("tickFont") or QFont()
        self.setHeight(int(QFontMetricsF(font).height() * getattr(self, "_lines", 1) + 18))

    @property
    def is_time(self) -> bool:
        return self._time

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not self._time:
            return super().tickValues(minVal, maxVal, size)
        levels = day_ticks(minVal, maxVal, size)
        self._major_spacing = levels[0][0] if levels else 0.0
        return levels

    def tickStrings(self, values, scale, spacing):
        if not self._time:
            return super().tickStrings(values, scale, spacing)
        if spacing != self._major_spacing:
            return [""] * len(values)  # minor ticks carry no text
        out = []
        for i, v in enumerate(values):
            d = date_from_day_number(round(v))
            if spacing >= 360:
                out.append(str(d.year))
            elif self.lang == "ja":
                out.append(f"{d.year}年{d.month}月" if d.month == 1 or i == 0 else f"{d.month}月")
            elif d.month == 1 or i == 0:
                out.append(f"{_MONTH_ABBR[d.month - 1]} {d.year}")
            else:
                out.append(_MONTH_ABBR[d.month - 1])
        return out


# -- items ----------------------------------------------------------------------------------------

class _MarkerLine(pg.InfiniteLine):
    """An event marker: a vertical line that takes left clicks (and shows it can)."""

    def __init__(self, event_id: str, **kwargs) -> None:
        super().__init__(angle=90, movable=False, **kwargs)
        self.event_id = event_id
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.sigClicked.emit(self, ev)

    def hoverEvent(self, ev) -> None:
        if not ev.isExit() and ev.acceptClicks(Qt.MouseButton.LeftButton):
            self.setMouseHover(True)
        else:
            self.setMouseHover(False)


class _Curve(pg.PlotCurveItem):
    """A line's curve; with ``double`` on, the 2-px screen line is drawn as three 1-px cosmetic
    antialiased strokes a device pixel apart (right, down): the same look, but a wide
    antialiased pen makes Qt's raster engine fill the stroke's outline, 2.5 ms per screen-wide
    line against 0.03 ms for a cosmetic one (measured), the fixed cost of a zoomed frame."""

    double = False

    def paint(self, p, opt, widget) -> None:
        pen = self.opts["pen"]
        if (not self.double or self._exportOpts is not False or self.xData is None
                or not len(self.xData) or pen is None):
            super().paint(p, opt, widget)
            return
        path = self.getPath()
        thin = QPen(pen)
        thin.setWidthF(1.0)
        thin.setCosmetic(True)
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.setPen(thin)
        base = p.transform()
        for dx, dy in _DOUBLE_OFFSETS:
            p.setTransform(base * QTransform.fromTranslate(dx, dy))
            p.drawPath(path)
        p.setTransform(base)


_DOUBLE_OFFSETS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))


class _Line(pg.PlotDataItem):
    """A line series drawn through its decimation pyramid (``explorer.charts.decimation``).

    On every change of the x range or the plot's width the curve gets what the pixels can show:
    the points in view when they are few, else each pixel column's first, min, max and last point,
    and segments leaving the view cut just beyond its edges. A frame therefore costs O(width)
    vertices at any size of series (pyqtgraph's own peak downsampling passed over every point in
    view on every frame, and zoomed-in segments reached far off screen, where the stroker walked
    them in full). Where the line is dense in view (points under ``DENSE_PX`` apart) it is drawn
    with a 1-px cosmetic pen without antialiasing, as long series always were: a wide
    antialiased pen makes the raster engine stroke every segment (4 ms per 1,000-point series a
    frame, measured), and on points that close it draws the same band.
    ``getOriginalDataset`` still gives the series' own figures.
    """

    curve: _Curve  # pyqtgraph's curve, replaced in __init__
    # pyqtgraph's cache of the dataset on display (its name, hence the mixed case):
    _datasetDisplay: PlotDataset | None  # noqa: N815

    def __init__(self) -> None:
        # before pyqtgraph's constructor, which already calls the overridden hooks
        self._pyramid: Pyramid | None = None
        self._shown: tuple[float, float, float, float] | None = None  # _view_key of the display
        self._pens: tuple[QPen, QPen] | None = None  # (sparse, dense)
        self._always_thin = False
        self._by_density = True  # False on exports: a file keeps the look it always had
        self._dense = True
        super().__init__(antialias=False)
        old, self.curve = self.curve, _Curve()  # the same curve, drawn cheaper (see _Curve)
        old.sigClicked.disconnect(self.sigClicked)
        old.setParentItem(None)
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)

    def set_series(self, x: np.ndarray, y: np.ndarray, colour: str, name: str,
                   always_thin: bool, by_density: bool = True) -> None:
        """Draw ``x``, ``y`` (sorted by x); nothing is redone when neither they nor the style
        changed (a filter that leaves this series as it was)."""
        same = (self._pyramid is not None and self._pens is not None
                and np.array_equal(self._pyramid.x, x) and np.array_equal(self._pyramid.y, y)
                and self._pens[1].color().name() == QColor(colour).name()
                and (self._always_thin, self._by_density) == (always_thin, by_density)
                and self.opts.get("name") == name)
        if same:
            return
        self._pyramid = Pyramid(x, y)
        self._pens = (pg.mkPen(colour, width=2), pg.mkPen(colour, width=1))
        self._always_thin, self._by_density = always_thin, by_density
        self._shown = None
        self.setData(x=self._pyramid.x, y=self._pyramid.y, name=name)

    @property
    def display_vertices(self) -> int:
        """How many vertices the curve draws now (tests, benchmarks)."""
        ds = self._datasetDisplay
        return 0 if ds is None or ds.x is None else len(ds.x)

    def _view_key(self) -> tuple[float, float, float, float] | None:
        """(lo, hi, width in pixels, where lo falls in its device pixel) of the view now."""
        vb = self.getViewBox()
        if vb is None or self._pyramid is None:
            return None
        (lo, hi), width = vb.viewRange()[0], float(vb.width())
        if not (width > 0 and hi > lo):
            return None
        # The view's left edge is where ``lo`` is drawn: its device x, without a mapping chain
        # (mapViewToDevice recomputes the view's matrices: 14 ms a filter change, measured).
        widget = vb.getViewWidget()
        at = vb.scenePos()
        x0 = widget.viewportTransform().map(at).x() if widget is not None else at.x()
        return float(lo), float(hi), width, x0 - math.floor(x0)

    def _getDisplayDataset(self) -> PlotDataset | None:
        if self._dataset is None or self._pyramid is None:
            return super()._getDisplayDataset()
        key = self._view_key()
        if self._datasetDisplay is not None and key == self._shown:
            return self._datasetDisplay
        if key is None:
            x, y = self._pyramid.x, self._pyramid.y
            self._dense = len(x) > SYMBOL_LIMIT
        else:
            x, y = self._pyramid.visible(*key)
            self._dense = len(x) > key[2] / DENSE_PX
        self._shown = key
        self._datasetDisplay = PlotDataset(x, y, True, True, None)
        return self._datasetDisplay

    def updateItems(self, styleUpdate: bool = True) -> None:
        if self._pens is not None and self._dataset is not None:
            self._getDisplayDataset()
            thin = self._always_thin or (self._by_density and self._dense)
            self.opts["pen"] = self._pens[1] if thin else self._pens[0]
            self.opts["antialias"] = not thin
            self.curve.double = not thin and self._by_density  # on screen only: files keep the pen
        super().updateItems(styleUpdate)

    def viewRangeChanged(self, vb=None, ranges=None, changed=None) -> None:
        if changed is None or changed[0]:  # a new y range draws the same vertices
            self._redisplay()

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._redisplay()

    def _redisplay(self) -> None:
        if self._pyramid is None or self._dataset is None:
            return
        key = self._view_key()
        if key == self._shown:
            return
        if key is None:
            self._shown = None
            self._datasetDisplay = None
            self.updateItems(styleUpdate=False)
            return
        x, y = self._pyramid.visible(*key)
        dense = len(x) > key[2] / DENSE_PX
        shown = self._datasetDisplay
        self._shown = key
        if shown is not None and x is shown.x and y is shown.y and dense == self._dense:
            return  # the whole series still in view, uncut: the curve stands
        self._datasetDisplay = PlotDataset(x, y, True, True, None)
        if dense == self._dense and self.curve.xData is not None:
            # the same pen: only the vertices change (PlotDataItem.updateItems re-applies every
            # style option to the curve, a third of a pan step's cost at 10^5 points, measured)
            self.curve.setData(x=x, y=y)
            return
        self._dense = dense
        self.updateItems(styleUpdate=False)  # takes the display just computed (same key)


@dataclass(frozen=True)
class _SeriesPoints:
    """One series' share of its panel's symbols (tests, exports)."""

    data: np.ndarray


@dataclass(frozen=True)
class _Hit:
    """Where a drawn figure is, in its panel's view coordinates, for the hover readout."""

    series: Series
    figure: Figure
    x: float
    y: float
    half_width: float = 0.0  # bars: half the bar's width (0: a point)


def _hex(colour: str, alpha: int = 255) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _category_label(series: Series, figures: list[Figure]) -> str:
    label = series.label if len(series.label) <= 24 else series.label.replace(" → ", "\n→ ")
    periods = list(dict.fromkeys(f.period for f in figures))
    return f"{label}\n({', '.join(periods)})" if periods else label


def _short(text: str, n: int = MARKER_LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _format_text(text: str) -> str:
    """Text for an InfLineLabel, whose format string must not read braces as fields."""
    return text.replace("{", "{{").replace("}", "}}")


class _HorizontalGrid(pg.GraphicsObject):
    """Horizontal grid lines at the left axis' major ticks, drawn as one batch of cosmetic lines.

    pyqtgraph's own axis grid made every frame 6 ms slower per panel (measured: the axis picture
    is replayed over the whole plot), as long as a frame of 10^6 downsampled points.
    """

    def __init__(self, axis: pg.AxisItem) -> None:
        super().__init__()
        self._axis = axis
        self._pen = pg.mkPen(QColor(0, 0, 0, 40))
        self.setZValue(-100)

    def set_colour(self, colour: str) -> None:
        self._pen = pg.mkPen(QColor(colour))
        self.update()

    def attach(self, plot: pg.PlotItem) -> None:
        plot.addItem(self, ignoreBounds=True)
        plot.getViewBox().sigRangeChanged.connect(self._on_range_changed)

    def _on_range_changed(self, *_args) -> None:
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        return QRectF(vb.viewRect()) if vb is not None else QRectF()

    def paint(self, painter, *_args) -> None:
        vb = self.getViewBox()
        if vb is None:
            return
        r = vb.viewRect()
        lo, hi = sorted((r.top(), r.bottom()))
        levels = self._axis.tickValues(lo, hi, max(self._axis.size().height(), 1.0))
        if not levels:
            return
        painter.setPen(self._pen)
        painter.drawLines([QLineF(r.left(), v, r.right(), v) for v in levels[0][1]])


class _PanelPlot:
    """One panel's PlotItem and the items kept on it between updates."""

    def __init__(self, view: ChartView) -> None:
        self._owner = view
        self.axis = DayAxisItem("bottom")
        self.plot = pg.PlotItem(axisItems={"bottom": self.axis}, enableMenu=False)
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
        self.plot.getAxis("left").setWidth(64)
        # Long series stay fast: each line draws only what is in view, decimated to the pixels
        # available, through its own pyramid (_Line), not pyqtgraph's per-frame downsampling.
        self.kind: ChartKind | None = None
        self._theme: Theme | None = None  # the theme the chrome was last styled in
        self._drawn: tuple | None = None  # what update_series last drew (see there)
        self._label_state: list[tuple | None] = []  # per value label: what it shows now
        self._points_state: tuple | None = None  # what the symbols show now
        self.items: dict[str, pg.GraphicsObject] = {}  # series key -> bar or line item
        # Lines' symbols: one scatter for every series of the panel (a scatter per series cost
        # 0.7 ms a frame each, measured), series by series in panel order.
        self.symbols: pg.ScatterPlotItem | None = None
        self.point_ranges: dict[str, tuple[int, int]] = {}  # series key -> its slice of symbols
        self.periods: dict[str, list[str]] = {}  # series key -> period of each plotted value
        self.labels: list[pg.TextItem] = []  # value labels over bars (a pool)
        self.markers: dict[str, _MarkerLine] = {}
        self.extra_marker: _MarkerLine | None = None  # the selected event when it is no marker
        self.selected: str | None = None
        self.plot.vb.sigXRangeChanged.connect(self._on_q_x_range_changed)
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

    def update_series(self, panel: Panel, kind: ChartKind, basis: Basis) -> None:
        drawn = (panel, kind, basis, self._owner.theme, self._owner._export_px,
                 self._owner.label_language, qt_theme.text_scale())
        if self._drawn is not None and all(a is b or a == b for a, b in zip(drawn[1:], self._drawn[1:])) \
                and drawn[0] is self._drawn[0]:
            return  # the very same panel (a filter that kept the figures): nothing to redo
        self._drawn = drawn
        shown = panel.series[:MAX_SERIES_PER_PANEL]
        if self._theme is not self._owner.theme:  # restyled once per theme, not per filter change
            self._theme = self._owner.theme
            self.apply_theme(self._theme)
        self.axis.lang = self._owner.label_language
        if kind != self.kind:
            for key in list(self.items):
                self._drop_item(key)
            self.kind = kind
        self.plot.setLabel("left", panel.unit, color=self._owner.theme.text)
        self.hits, self.hit_x, self.hit_y = [], np.empty(0), np.empty(0)
        self.line_hits = []
        if kind is ChartKind.BAR:
            self._update_bars(shown)
        else:
            self._update_lines(shown, basis)
        # the reference line: zero for amounts, bars and growth; 100 for an index
        self.reference.setValue(100.0 if basis is Basis.INDEX else 0.0)

    def _drop_item(self, key: str) -> None:
        self.plot.removeItem(self.items.pop(key))
        self.periods.pop(key, None)
        self.point_ranges.pop(key, None)

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
            self.periods[s.key] = [f.period for f in figs]
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
        shown = [item for item in self.labels if item.isVisible()]
        label = max((item.boundingRect().height() for item in shown), default=0.0)
        if not (height > 0 and label):
            return False
        stacked = max((-(item.anchor.y() - 0.5) / 1.05 for item in shown if item.anchor.x() < 0),
                      default=0.0)
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
        label = max((item.boundingRect().height() for item in self.labels if item.isVisible()),
                    default=0.0)
        share = min((label + 6) / height, 0.6) if height > 0 and label else 0.12
        pad = (hi - lo) * share / (1 - share) or 1.0
        self.plot.setYRange(lo - (pad if lo < 0 else 0), hi + (pad if hi > 0 else 0), padding=0)

    def _update_value_labels(self, specs: list[tuple[float, float, str, str, str]],
                             near: float = 0.0) -> None:
        """Value labels (x, y, text, colour, where): "bar" over a bar's end; "above" a line's
        symbol; "end" right of a line's last point (the plot keeps room there), led by a dot in the
        line's colour. End labels within ``near`` (data units) of another at the same x (every
        series is 100 at an index's base) are stacked downwards instead of drawn over it."""
        while len(self.labels) < len(specs):
            item = pg.TextItem("", color=self._owner.theme.text, anchor=(0.5, 1.0))
            font = QFont()
            font.setPointSizeF(8.5 * qt_theme.text_scale())
            item.setFont(font)
            self.plot.addItem(item, ignoreBounds=True)
            self.labels.append(item)
        slots: dict[int, int] = {}
        last: tuple[float, float, int] | None = None  # (x, y, slot) of the previous end label
        ends = (i for i, sp in enumerate(specs) if sp[4] == "end")
        for i in sorted(ends, key=lambda i: (specs[i][0], -specs[i][1])):
            x, y = specs[i][0], specs[i][1]
            slot = last[2] + 1 if last is not None and last[0] == x and last[1] - y <= near else 0
            slots[i] = slot
            last = (x, y - slot * near, slot) if slot else (x, y, 0)
        # Each label is touched only where it changed: a filter change that moves no label
        # re-lays no text (setHtml was 5 ms a filter change at tier S, measured).
        states = self._label_state + [None] * (len(self.labels) - len(self._label_state))
        ink = self._owner.theme.text
        for i, (item, (x, y, text, colour, where)) in enumerate(zip(self.labels, specs)):
            if where == "end":
                anchor = (-0.04, 0.5 - slots[i] * 1.05)
            elif where == "above":  # clear of the symbol (11-13 px)
                anchor = (0.5, 1.7)
            else:
                anchor = (0.5, 1.0) if y >= 0 else (0.5, 0.0)
            content = (text, colour, ink)
            old = states[i]
            if old is None or old[0] != content:
                if colour:
                    item.setHtml(f"<span style='color:{colour}'>•</span>&nbsp;"
                                 f"<span style='color:{ink}'>{escape(text)}</span>")
                else:
                    item.setText(text, color=ink)
            if old is None or old[1] != anchor:
                item.setAnchor(anchor)
            if old is None or old[2] != (x, y):
                item.setPos(x, y)
            if not item.isVisible():
                item.setVisible(True)
            states[i] = (content, anchor, (x, y))
        for item in self.labels[len(specs):]:
            if item.isVisible():
                item.setVisible(False)
        self._label_state = states

    def end_label_px(self) -> float:
        """The width, in pixels, of the widest label right of a line's last point (0: none)."""
        ends = [item for item in self.labels if item.isVisible() and item.anchor.x() < 0]
        return max((item.boundingRect().width() for item in ends), default=0.0)

    def _update_lines(self, shown: tuple[Series, ...], basis: Basis) -> None:
        self.axis.set_categories(None)
        label_specs: list[tuple[float, float, str, str, str]] = []
        wanted = set()
        xs_all: list[np.ndarray] = []
        ys_all: list[np.ndarray] = []
        marks: list[tuple] = []
        n_marks = 0
        self.point_ranges = {}
        for s in shown:
            figs = sorted((f for f in s.figures if f.value is not None), key=lambda f: (f.x, f.value))
            if not figs:
                continue
            wanted.add(s.key)
            x = np.fromiter((f.x for f in figs), dtype=float, count=len(figs))
            y = np.fromiter((f.value for f in figs), dtype=float, count=len(figs))
            item = self.items.get(s.key)
            if not isinstance(item, _Line):
                if item is not None:
                    self._drop_item(s.key)
                item = _Line()
                self.items[s.key] = item
                self.plot.addItem(item)
            # Long series: a 1-px cosmetic pen without antialiasing, at any zoom (exports too);
            # shorter ones where they are dense in view (see _Line).
            item.set_series(x, y, s.colour, s.label, always_thin=len(figs) > SYMBOL_LIMIT,
                            by_density=self._owner._export_px is None)
            marks.append(self._marks(s, figs))
            self.point_ranges[s.key] = (n_marks, n_marks + len(marks[-1][0]))
            n_marks += len(marks[-1][0])
            # The last figure of each line, and every qualified one, named with its source.
            labelled = [f for f in figs[:-1] if Flag.QUALIFIED in f.flags][:LINE_LABEL_LIMIT]
            label_specs += [(f.x, _drawn_value(f), f.label, s.colour, "above") for f in labelled]
            label_specs.append((figs[-1].x, _drawn_value(figs[-1]), figs[-1].label, s.colour, "end"))
            self.periods[s.key] = [f.period for f in figs]
            self.line_hits.append((s, figs))
            xs_all.append(x)
            ys_all.append(y)
        for key in [k for k in self.items if k not in wanted]:
            self._drop_item(key)
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

    def _marks(self, s: Series, figs: list[Figure]) -> tuple:
        """A line's symbols (x, y, symbol, brush, pen, size lists and what decides their look):
        drawn by the panel's one scatter, since per-point styles cannot follow the line's
        decimation. Past SYMBOL_LIMIT points only flagged figures keep a symbol."""
        limit = SYMBOL_LIMIT if self._owner._export_px is None else EXPORT_SYMBOL_LIMIT
        marked = [f for f in figs if len(figs) <= limit or f.flags]
        symbols, brushes, pens, sizes = [], [], [], []
        # One pen and brush object per style, shared by the points: pyqtgraph's symbol atlas then
        # renders each style once instead of once per point (1,400 renders per filter, measured).
        white, filled = pg.mkBrush(self._owner.theme.surface), pg.mkBrush(s.colour)
        outline, conflict_outline = pg.mkPen(s.colour, width=2), pg.mkPen(self._owner.theme.text, width=2.5)
        for f in marked:
            qualified = Flag.QUALIFIED in f.flags
            conflict = Flag.CONFLICT in f.flags
            symbols.append("d" if qualified else "o")
            brushes.append(white if qualified else filled)
            pens.append(conflict_outline if conflict else outline)
            sizes.append(13 if conflict else 11 if qualified else 9)
        look = (s.colour, [p is conflict_outline for p in pens])
        return ([f.x for f in marked], [_drawn_value(f) for f in marked], symbols, brushes, pens,
                sizes, look)

    def _set_symbols(self, marks: list[tuple]) -> None:
        """Every line's symbols in one scatter, set only when they changed."""
        use_cache = self._owner._export_px is None
        state = (tuple((m[0], m[1], m[2], m[5], m[6]) for m in marks), self._owner.theme.surface,
                 self._owner.theme.text, use_cache)
        if state == self._points_state:
            return  # the same symbols: a filter that left the lines alone costs nothing here
        self._points_state = state
        if self.symbols is None:
            if not marks:
                return
            self.symbols = pg.ScatterPlotItem(antialias=True)
            self.symbols.setZValue(1)
            self.plot.addItem(self.symbols)
        cols = [[v for m in marks for v in m[i]] for i in range(6)]
        # Exports draw symbols as vector shapes: the cached pixmaps of the screen became one
        # embedded PNG per point in SVG and PDF (2,000 images, 34 MB, measured).
        self.symbols.setData(x=cols[0], y=cols[1], symbol=cols[2], brush=cols[3], pen=cols[4],
                             size=cols[5], useCache=use_cache)

    def line_hit(self, i: int) -> _Hit:
        """The i-th point of the line hit arrays as a hit."""
        j = int(np.searchsorted(self.hit_starts, i, side="right")) - 1
        series, figs = self.line_hits[j]
        f = figs[i - int(self.hit_starts[j])]
        return _Hit(series, f, float(f.x), _drawn_value(f))

    # -- markers ---------------------------------------------------------------------------------
    def update_markers(self, markers: tuple[EventMarker, ...], labelled: bool,
                       selected: str | None) -> None:
        wanted = {m.event_id: m for m in markers} if self.kind is ChartKind.LINE else {}
        for event_id in [e for e in self.markers if e not in wanted]:
            self.plot.removeItem(self.markers.pop(event_id))
        for m in wanted.values():
            line = self.markers.get(m.event_id)
            if line is None:
                line = self._new_marker(m.event_id, labelled)
                self.markers[m.event_id] = line
            line.setValue(m.x)
            line.marker = m
            if getattr(line, "label", None) is not None:
                line.label.setFormat(_format_text(_short(m.label)))
        self.style_markers(selected)
        self.selected = selected
        self.layout_marker_labels()

    def layout_marker_labels(self) -> None:
        """Give marker labels one of a few rows near the top, greedily from left to right (the
        selected event first); a label that fits no row is hidden (hover still names it)."""
        if self._owner._drawing:  # once, when the redraw has set the range and the markers
            self._owner._labels_pending.add(id(self))
            return
        labelled = [ln for ln in self.markers.values() if getattr(ln, "label", None) is not None]
        if not labelled:
            return
        vb = self.plot.vb
        px_w = vb.viewPixelSize()[0] if vb.width() > 0 else 0.0
        lo, hi = vb.viewRange()[0]
        centre = (lo + hi) / 2
        # rows in pixels from the top: as many as fit in the upper part of the plot, at most three
        view_h = max(float(vb.height()), 1.0)
        label_h = max(labelled[0].label.boundingRect().height(), 12.0)
        n_rows = max(1, min(MARKER_LABEL_ROWS, int(view_h * 0.45 // (label_h + 1))))
        heights = [1.0 - (label_h / 2 + 3 + i * (label_h + 1)) / view_h for i in range(n_rows)]
        rows: list[list[tuple[float, float]]] = [[] for _ in heights]
        labelled.sort(key=lambda ln: (ln.event_id != self.selected, ln.value()))
        for line in labelled:
            label, x = line.label, line.value()
            if not (px_w > 0 and lo <= x <= hi):
                label.setVisible(False)
                continue
            w = label.boundingRect().width() + 6
            x_px = x / px_w
            # pyqtgraph puts the text right of the line in the left half of the view, else left
            extent = (x_px, x_px + w) if x < centre else (x_px - w, x_px)
            row = next((r for r, taken in enumerate(rows)
                        if all(extent[1] <= a or extent[0] >= b for a, b in taken)), None)
            if row is None:
                label.setVisible(False)
                continue
            rows[row].append(extent)
            label.setPosition(heights[row])
            label.setVisible(True)

    def _on_q_x_range_changed(self, *_args) -> None:
        self.layout_marker_labels()

    def _on_q_resized(self, *_args) -> None:
        self.fit_bar_headroom()
        self.fit_line_headroom()

    def _new_marker(self, event_id: str, labelled: bool) -> _MarkerLine:
        opts = {"position": 0.95, "color": self._owner.theme.muted_text,
                "fill": pg.mkBrush(_hex(self._owner.theme.surface, 210)), "movable": False} if labelled else None
        line = _MarkerLine(event_id, label="" if labelled else None, labelOpts=opts)
        if labelled:
            font = QFont()
            font.setPointSizeF(8.0 * qt_theme.text_scale())
            line.label.setFont(font)
        line.sigClicked.connect(self._view._on_q_marker_clicked)
        self.plot.addItem(line, ignoreBounds=True)
        return line

    def set_extra_marker(self, x: float | None, label: str, selected: str | None) -> None:
        """Highlight a selected event that is not among the markers (its date, on line charts)."""
        show = x is not None and self.kind is ChartKind.LINE and selected not in self.markers
        if not show:
            if self.extra_marker is not None:
                self.extra_marker.setVisible(False)
            return
        if self.extra_marker is None:
            self.extra_marker = _MarkerLine(selected or "", label="",
                                            labelOpts={"position": 0.05, "color": self._owner.theme.selection,
                                                       "fill": pg.mkBrush(_hex(self._owner.theme.surface, 220))})
            self.extra_marker.sigClicked.connect(self._view._on_q_marker_clicked)
            self.plot.addItem(self.extra_marker, ignoreBounds=True)
        self.extra_marker.event_id = selected or ""
        self.extra_marker.setValue(x)
        self.extra_marker.label.setFormat(_format_text(_short(label)))
        self.extra_marker.setPen(pg.mkPen(self._owner.theme.selection, width=3))
        self.extra_marker.setZValue(-1)
        self.extra_marker.setVisible(True)

    def style_markers(self, selected: str | None) -> None:
        for event_id, line in self.markers.items():
            if event_id == selected:
                line.setPen(pg.mkPen(self._owner.theme.selection, width=3))
                line.setZValue(-1)
            else:
                line.setPen(pg.mkPen(self._owner.theme.muted_text, width=1.2, style=Qt.PenStyle.DashLine))
                line.setZValue(-2)  # under the data
            line.setHoverPen(pg.mkPen(self._owner.theme.selection, width=3))
            if getattr(line, "label", None) is not None:
                line.label.setColor(self._owner.theme.selection if event_id == selected else self._owner.theme.muted_text)

    def park(self, layout: pg.GraphicsLayout) -> None:
        """Out of the layout but kept, items and all, to draw a later panel (building a PlotItem
        with its axes and menu costs more than a filter change's whole redraw at tier XS)."""
        self.plot.setXLink(None)
        layout.removeItem(self.plot)
        # Hidden in the scene, not out of it: the scene still owns it (and its menu's widgets),
        # so it goes with the view.
        self.plot.hide()
        self.plot.setParentItem(layout)

    def unpark(self) -> None:
        self.plot.show()

    def remove(self, layout: pg.GraphicsLayout) -> None:
        for line in [*self.markers.values(), self.extra_marker]:
            if line is not None:
                line.sigClicked.disconnect(self._view._on_q_marker_clicked)
        self.plot.setXLink(None)
        layout.removeItem(self.plot)  # back to Python's ownership: freed with the last reference
        if self.plot.ctrlMenu is not None:
            self.plot.ctrlMenu.deleteLater()
            self.plot.ctrlMenu = None


class _WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height per width until its text, font or style
    changes: Qt's layouts ask a rich-text label's height several times per relayout (each level
    of the Compare panel, its scroll areas), and each answer lays the text out again (2-3 ms for
    the notes of a tier-S chart, measured)."""

    remember = True  # off: every height laid out again (for before/after measurements)
    hints_from_width = False  # the notes: size hints from the width the scroll area gives

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.text_version = 0  # counts the texts set (each gives the label a new document)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            self.text_version += 1
        super().setText(text)

    def sizeHint(self) -> QSize:
        if not self.hints_from_width or self.width() <= 0:
            return super().sizeHint()
        # QLabel's own lays the text out at other widths (a golden-ratio search, one line, the
        # longest word): three more layouts of the notes per new text, 13 ms at tier M.
        return QSize(self.width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        if not self.hints_from_width or self.width() <= 0:
            return super().minimumSizeHint()
        return QSize(0, 0)  # in a scroll area that sets its width and asks its height for it

    def heightForWidth(self, width: int) -> int:
        h = self._heights.get(width) if _WrappedLabel.remember else None
        if h is None:
            if len(self._heights) > 8:
                self._heights.clear()
            h = self._heights[width] = super().heightForWidth(width)
        return h

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class _LegendBox(QWidget):
    """The legend's place in the chart's layout, as tall as the legend's text needs at its width.

    A QLabel in a layout asks the whole window to lay itself out again on every new text, even one
    of the same height: on a filter change that moved the legend's flags (the qualified / conflict
    keys) that relayout of the Compare panel was 12 of the 18 ms spent settling the redraw (tier S,
    measured). Here the label lies in a box without a layout: a new text of the same height
    repaints the legend alone; only a new height (or width) changes the box's fixed height, and
    with it the layout."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(0)

    def fit(self) -> None:
        """The label over the box's width, and the box as tall as the label needs there."""
        label = self._label
        width = self.width()
        height = label.heightForWidth(width) if width > 0 else label.sizeHint().height()
        height = max(height, 0)
        if label.geometry().width() != width or label.height() != height:
            label.setGeometry(0, 0, width, height)
        if self.maximumHeight() != height:
            self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label.minimumSizeHint().width(), self.maximumHeight())

    def sizeHint(self) -> QSize:
        return QSize(self._label.sizeHint().width(), self.maximumHeight())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            self.fit()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class _LeaveWatcher(QObject):
    """Hides the readout and crosshair when the pointer leaves the plot area."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._view._hide_readout()
        return False


class ChartView(QWidget):
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
        self._spare: list[_PanelPlot] = []  # panels out of the layout, kept for reuse
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
        self._legend = _WrappedLabel("", self)
        self._legend.setAccessibleName(self.tr("Chart legend"))
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend_box = _LegendBox(self._legend, self)
        self._laid_out: dict[str, tuple] = {}  # the labels' (text, width, font) last laid out
        self._drawing = False  # in _draw: marker labels wait for its end (see _update_chart)
        self._labels_pending: set[int] = set()  # id() of the panels whose labels wait

        self._graphics = pg.GraphicsLayoutWidget(self)
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

        self._footer = _WrappedLabel("", self)
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

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._update_chart)
        self._apply_theme()
        qt_theme.notifier().changed.connect(self._on_q_look_changed)
        self._update_chart()

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
        self._redraw_timer.start()

    def _describe(self) -> str:
        """What is drawn, for assistive technology: the title, how many series, which periods."""
        spec = getattr(self, "_spec", None)
        if spec is None or not spec.drawable:
            return self.tr("No chart is drawn. {message}").format(
                message=self._empty.text() if hasattr(self, "_empty") else "").strip()
        series = {s.key for p in spec.panels for s in p.series}
        periods = sorted({(f.x, f.period) for p in spec.panels for s in p.series for f in s.figures
                          if f.value is not None})
        first, last = (periods[0][1], periods[-1][1]) if periods else ("", "")
        span = first if first == last else self.tr("{first} to {last}").format(first=first, last=last)
        kind = self.tr("Bar chart") if spec.kind is ChartKind.BAR else self.tr("Line chart")
        return self.tr("{kind}: {title}. {n} series in {panels} panel(s), {span}. The Table tab "
                       "lists the same figures as text; hover a bar or point for its published "
                       "value and source.").format(kind=kind, title=spec.title, n=len(series),
                                                   panels=len(spec.panels), span=span)
    # -- public API ------------------------------------------------------------------------------
    @property
    def spec(self) -> ChartSpec | None:
        """The spec drawn (or about to be, once the pending redraw runs)."""
        return self._spec

    def set_spec(self, spec: ChartSpec | None) -> None:
        """Draw ``spec`` in the next event-loop turn (several calls before then draw once)."""
        self._spec = spec
        self._redraw_timer.start()

    def flush(self) -> None:
        """Run a pending redraw now (tests, exports)."""
        if self._redraw_timer.isActive():
            self._redraw_timer.stop()
            self._update_chart()

    def set_export_style(self, font_px: int | None) -> None:
        """Slide mode for exports: the slide carries the title and source lines, so the view hides
        its own, and axis, legend and value text are drawn at ``font_px``, in LIGHT colours. None:
        the screen look (the window's theme)."""
        self._export_px = font_px
        if font_px is None:
            self._legend.setFont(QFont())  # back to the chart's own font (inherited)
        self._apply_theme()
        self._redraw_timer.start()

    def set_selected_event(self, event_id: str | None, x: float | None = None, label: str = "") -> None:
        """Highlight the marker of ``event_id`` (thicker, darker). When the event has no marker,
        ``x`` (its day number) and ``label``, if given, draw its date on time axes instead."""
        self._selected = event_id
        self._selected_x = x if event_id is not None else None
        self._selected_label = label
        if not self._redraw_timer.isActive():
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
        if not self._redraw_timer.isActive():
            self._update_x_range()

    def x_range(self) -> tuple[float, float] | None:
        """The x range of the first line panel (None for bars or nothing drawn)."""
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

    def marker_item(self, event_id: str, panel: int = 0) -> pg.InfiniteLine | None:
        """The vertical line marking an event on ``panel`` (None when not drawn)."""
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
        shown = [item for item in self._slots[panel].labels if item.isVisible()]
        return [item.toPlainText() for item in sorted(shown, key=lambda item: item.pos().x())]

    @property
    def title_text(self) -> str:
        return self._title.text()

    @property
    def redraw_count(self) -> int:
        """How many times the chart was redrawn (coalescing shows as a small number)."""
        return self._redraw_count

    def readout_for(self, figure: Figure, series: Series) -> tuple[str, str]:
        """The hover text of one figure: (plain text, rich text)."""
        spec = self._spec
        sources = dict(spec.sources) if spec is not None else {}
        lines: list[tuple[str, str]] = []  # (plain, html)
        head = f"{series.label} — {figure.period}"
        lines.append((head, f"<b>{escape(head)}</b>"))
        lines.append((figure.display, f"<span style='font-size:11pt'>{escape(figure.display)}</span>"))
        warn = self.theme.warning_text if self._export_px is None else LIGHT.warning_text
        if figure.published and figure.published != figure.display:
            text = self.tr("As published: {figure}").format(figure=figure.published)
            lines.append((text, escape(text)))
        elif figure.published:
            text = self.tr("As published")
            lines.append((text, f"<i>{escape(text)}</i>"))
        if figure.qualifier:
            template = _QUALIFIER_TEXT.get(figure.qualifier)
            figure_text = figure.published.lstrip(figure.qualifier)
            text = (QCoreApplication.translate("ChartView", str(template)).format(figure=figure_text)
                    if template else f"{QUALIFIER_WORDS.get(figure.qualifier, '')} {figure_text}")
            lines.append((text, escape(text)))
        for flag in figure.flags:
            if flag in _FLAG_NOTES:
                note = QCoreApplication.translate("ChartView", str(_FLAG_NOTES[flag]))
                lines.append((note, f"<span style='color:{warn}'>⚠ {escape(note)}</span>"))
        if figure.note:
            lines.append((figure.note, f"<i>{escape(figure.note)}</i>"))
        source = sources.get(figure.source_marker, figure.source_id)
        text = self.tr("Source {marker} {source}").format(marker=figure.source_marker,
                                                          source=source).replace("  ", " ")
        lines.append((text, f"<span style='color:{self.theme.muted_text}'>{escape(text)}</span>"))
        return "\n".join(p for p, _ in lines), "<br>".join(h for _, h in lines)

    # -- drawing ---------------------------------------------------------------------------------
    def _update_chart(self) -> None:
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
                QLabel.heightForWidth(label, label.width())
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
            self._empty.setStyleSheet(
                f"background: {t.warning_ground}; color: {t.warning_text}; "
                f"border: 2px solid {t.warning_border}; font-size: {size}; padding: 24px;" if warn else
                f"color: {t.muted_text}; font-size: {size}; padding: 24px;")
            self.setAccessibleDescription(self._describe())
            self._stack.setCurrentWidget(self._empty)
            self._update_texts()
            return
        panels = spec.panels
        while len(self._slots) > len(panels):
            self._park(self._slots.pop())
        while len(self._slots) < len(panels):
            if self._spare:
                slot = self._spare.pop()
                slot.unpark()
            else:
                slot = _PanelPlot(self)
            self._graphics.ci.addItem(slot.plot, row=len(self._slots), col=0)
            self._slots.append(slot)
        self._capped = [(i, len(p.series)) for i, p in enumerate(panels)
                        if len(p.series) > MAX_SERIES_PER_PANEL]
        for slot, panel in zip(self._slots, panels):
            slot.update_series(panel, spec.kind, spec.basis)
        first = self._slots[0].plot
        for slot in self._slots[1:]:
            slot.plot.setXLink(first if spec.kind is ChartKind.LINE else None)
        self._fit_panel_heights()
        self._stack.setCurrentWidget(self._graphics)
        self._update_x_range()
        self._update_selection()
        self._update_texts()
        self._update_export_style()
        self._legend_box.fit()  # at the export's text size
        self.setAccessibleDescription(self._describe())

    def _park(self, slot: _PanelPlot) -> None:
        """A panel no longer drawn: kept for the next one (a few), else freed."""
        if len(self._spare) < MAX_SPARE_PANELS:
            slot.park(self._graphics.ci)
            self._spare.append(slot)
        else:
            slot.remove(self._graphics.ci)

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
        if self._graphics.minimumHeight() != max(180, int(total + spacing)):
            self._graphics.setMinimumHeight(max(180, int(total + spacing)))

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
                    item.setFont(font if item in slot.labels else small)
            for line in [*slot.markers.values(), slot.extra_marker]:
                label = getattr(line, "label", None)
                if label is not None:
                    label.setFont(small)
            slot.layout_marker_labels()  # bigger labels: fewer fit in a row
            slot.fit_bar_headroom()  # and taller value labels more room over the bars
            slot.fit_line_headroom()
        # The size by font, not by style sheet: a style sheet re-applied on a reused chart took
        # the application's family ("Sans Serif") instead of the export's bundled font.
        self._legend.setFont(font)
        self._update_x_range()  # bigger value labels need more room right of the lines

    def _update_x_range(self) -> None:
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
        for slot in line_slots:
            slot.plot.setXRange(lo, hi, padding=0)

    def _on_q_plot_resized(self, *_args) -> None:
        if not self._redraw_timer.isActive():
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
        self._legend.setText(self._legend_html())
        self._legend.setVisible(bool(self._legend.text()))
        self._legend_box.setVisible(bool(self._legend.text()))
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
        self._footer.setText("<br>".join(html))
        exporting = self._export_px is not None
        self._footer_scroll.setVisible(bool(lines) and not exporting)
        self._title.setVisible(not exporting)
        if exporting:
            self._subtitle.setVisible(False)
        self._update_footer_height()

    def _update_footer_height(self) -> None:
        """As tall as the notes need, up to ``FOOTER_MAX_PX`` (then it scrolls)."""
        width = max(self.width() - 16, 100)
        needed = self._footer.heightForWidth(width)
        self._footer_scroll.setFixedHeight(max(min(needed + 2, FOOTER_MAX_PX), 0))

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
                flags.update(fl for f in s.figures if f.value is not None for fl in f.flags)
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

    # -- hover -----------------------------------------------------------------------------------
    def _on_q_scene_mouse_moved(self, pos: QPointF) -> None:
        if not self.plot_items:
            return
        hovered = None
        for slot in self._slots:
            if slot.plot.vb.sceneBoundingRect().contains(pos):
                hovered = slot
                break
        if hovered is None:
            self._hide_readout()
            return
        vb = hovered.plot.vb
        point = vb.mapSceneToView(pos)
        line_chart = hovered.kind is ChartKind.LINE
        for slot in self._slots:
            slot.vline.setVisible(line_chart)
            slot.vline.setValue(point.x())
            slot.hline.setVisible(line_chart and slot is hovered)
        hovered.hline.setValue(point.y())
        hit = self._hit(hovered, pos)
        if hit is not None:
            plain, html = self.readout_for(hit.figure, hit.series)
        else:
            marker = self._marker_near(hovered, pos)
            if marker is None:
                self._readout.hide()
                self._readout_plain = ""
                return
            click = self.tr("Click to select this event")
            plain = f"{marker.label} ({marker.date})\n{click}"
            html = f"<b>{escape(marker.label)}</b><br>{escape(marker.date)}<br><i>{escape(click)}</i>"
        self._show_readout(plain, html, self._graphics.mapFromScene(pos))

    def _hit(self, slot: _PanelPlot, pos: QPointF) -> _Hit | None:
        vb = slot.plot.vb
        if slot.kind is ChartKind.LINE:
            if not len(slot.hit_x):
                return None
            here = vb.mapSceneToView(pos)
            px_w, px_h = vb.viewPixelSize()
            if not (px_w > 0 and px_h > 0):
                return None
            d = np.hypot((slot.hit_x - here.x()) / px_w, (slot.hit_y - here.y()) / px_h)
            i = int(np.argmin(d))
            return slot.line_hit(i) if d[i] <= HIT_RADIUS_PX else None
        for h in slot.hits:  # a bar: inside it, or just over its top
            p0 = vb.mapViewToScene(QPointF(h.x - h.half_width, 0.0))
            p1 = vb.mapViewToScene(QPointF(h.x + h.half_width, h.y))
            left, right = sorted((p0.x(), p1.x()))
            top, bottom = sorted((p0.y(), p1.y()))
            if left <= pos.x() <= right and top - 4 <= pos.y() <= bottom + 1:
                return h
        return None

    def _marker_near(self, slot: _PanelPlot, pos: QPointF) -> EventMarker | None:
        vb = slot.plot.vb
        for line in slot.markers.values():
            x = vb.mapViewToScene(QPointF(line.value(), 0.0)).x()
            if abs(x - pos.x()) <= MARKER_HIT_PX:
                return line.marker
        return None

    def _show_readout(self, plain: str, html: str, at) -> None:
        self._readout_plain = plain
        self._readout.setText(html)
        self._readout.adjustSize()
        vp = self._graphics.viewport()
        x, y = at.x() + 14, at.y() + 14
        if x + self._readout.width() > vp.width():
            x = at.x() - 14 - self._readout.width()
        if y + self._readout.height() > vp.height():
            y = at.y() - 14 - self._readout.height()
        self._readout.move(max(0, int(x)), max(0, int(y)))
        self._readout.show()
        self._readout.raise_()

    def _hide_readout(self) -> None:
        self._readout.hide()
        self._readout_plain = ""
        for slot in self._slots:
            slot.vline.setVisible(False)
            slot.hline.setVisible(False)

    def _on_q_marker_clicked(self, line: _MarkerLine, _event=None) -> None:
        if line.event_id:
            self.sig_event_selection_requested.emit(line.event_id)
