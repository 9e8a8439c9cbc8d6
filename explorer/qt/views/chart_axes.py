"""The comparison chart's axes: the time axis (ticks and labels from ``explorer.charts.time_axis``,
the timeline's) and the horizontal grid drawn at the value axis' ticks."""

from __future__ import annotations

import datetime as _dt
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QLineF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPicture,
)

from explorer.charts import time_axis
from explorer.domain.dates import MAX_YEAR, MIN_YEAR, day_number

_DAY_MIN = float(day_number(_dt.date(MIN_YEAR, 1, 1)))
_DAY_MAX = float(day_number(_dt.date(MAX_YEAR, 12, 31)))


# -- time axis ------------------------------------------------------------------------------------

def _ticks(lo: float, hi: float, size_px: float, min_px: float = time_axis.MIN_LABEL_SPACING_PX,
           lang: str = "en") -> time_axis.Ticks | None:
    """The timeline's ticks (``explorer.charts.time_axis``) for a day-number axis, months at the
    finest (figures are monthly or coarser); None for an empty or impossible range."""
    lo, hi = max(min(lo, hi), _DAY_MIN), min(max(lo, hi), _DAY_MAX)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return None
    return time_axis.time_ticks(lo, hi, size_px, min_spacing=min_px, finest="month", lang=lang)


def _levels(t: time_axis.Ticks | None) -> list[tuple[float, list[float]]]:
    if t is None:
        return []
    levels: list[tuple[float, list[float]]] = [(t.spacing, [float(d) for d in t.major.tolist()])]
    if len(t.minor):
        levels.append((t.minor_spacing, [float(d) for d in t.minor.tolist()]))
    return levels


def day_ticks(lo: float, hi: float, size_px: float, min_px: float = time_axis.MIN_LABEL_SPACING_PX
              ) -> list[tuple[float, list[float]]]:
    """Tick levels for a day-number axis, (spacing, days) major then minor, from the same
    ``explorer.charts.time_axis`` as the timeline: the same range gets the same ticks and labels.
    Months at the finest (figures are monthly or coarser)."""
    return _levels(_ticks(lo, hi, size_px, min_px))


def _pen_key(pen: QPen | None) -> tuple | None:
    if pen is None:
        return None
    return (pen.color().rgba(), pen.widthF(), int(pen.style().value), pen.isCosmetic(),
            int(pen.brush().style().value))


def _plain(value: object) -> object:
    """A style value as a hashable key (lists as tuples, a font by its key)."""
    if isinstance(value, QFont):
        return value.key()
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    return value


def _copied(value: object) -> object:
    """A style value as a copy of its own (lists and fonts copied), to compare the style with."""
    if isinstance(value, QFont):
        return QFont(value)
    if isinstance(value, list):
        return [_copied(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copied(v) for v in value)
    return value


_LEFT_TEXT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
_BOTTOM_TEXT = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip
_TEXT_SIZES_KEPT = 4096  # labels measured per font and device; a drag shows the same few again
_text_size_tables: dict[tuple, dict[str, tuple[float, float]]] = {}


def _text_sizes(p: QPainter) -> dict[str, tuple[float, float]]:
    """The measured (width, height × 0.8) of labels in ``p``'s font on ``p``'s device (pyqtgraph
    measures each label with ``QPainter.boundingRect`` on every frame): one table per font and
    device resolution, emptied when it grows past ``_TEXT_SIZES_KEPT``."""
    device = p.device()
    key = (p.font().key(), device.logicalDpiX(), device.logicalDpiY(), type(device).__name__)
    table = _text_size_tables.get(key)
    if table is None or len(table) > _TEXT_SIZES_KEPT:
        table = _text_size_tables[key] = {}
    return table


class SpecsCachingAxis(pg.AxisItem):
    """A pyqtgraph axis that keeps the draw specs (tick lines, text rectangles and strings) of its
    last few states and reuses them when it is drawn in one of them again.

    pyqtgraph recomputes the specs whenever the axis' picture is dropped, which every range change
    and relayout does: ~1 ms per axis, mostly Python (tick values, one ``Point`` per tick, one
    text measurement per label), six axes per Compare panel on a filter change (tier S, measured).
    A filter change that brings a panel back to a range it showed (a toggled partner, a cleared
    search, an undone date) now replays that range's specs. The key is everything the specs are
    computed from: the range, the geometry and device scale, the painter's font, the style,
    pens, ticks and scale (and, for the time axis, the label language); a new state is computed
    as before. ``cache_specs = False`` turns it off (tests compare both).
    """

    cache_specs = True
    SPECS_KEPT = 8

    def __init__(self, orientation: str, **kwargs) -> None:
        self._specs: dict[tuple, list] = {}  # key -> [specs, text size, picture or None]
        self._text_size: float = 0
        self._styled: tuple[dict, tuple] | None = None  # (the style seen, its and the pens' key)
        super().__init__(orientation, **kwargs)

    def _extra_key(self) -> tuple:
        return ()

    quick_key = True  # off: the style's and pens' key made again at every call (tests' reference)

    def _specs_key(self, p) -> tuple | None:
        dt = self.deviceTransform_()
        if dt is None:
            return None
        linked = self.linkedView()
        return (
            self.orientation, tuple(self.range), self.mapRectFromParent(self.geometry()).getRect(),
            None if linked is None or self.grid is False
            else linked.mapRectToItem(self, linked.boundingRect()).getRect(),
            dt.m11(), dt.m12(), dt.m21(), dt.m22(), p.font().key(), self._style_key(),
            _plain(getattr(self, "_tickLevels", None)), _plain(self._tickSpacing), self._tickDensity, self.scale,
            self.autoSIPrefixScale, self.logMode, self.grid, self._extra_key(),
        )

    def _style_key(self) -> tuple:
        """The style's and the pens' part of the specs key, made again only when the style no
        longer equals a copy of the one it was made from or a pen was set: making it was ~35 of
        the key's ~60 µs (pyqtgraph's ``pen()`` and ``textPen()`` make a new ``QPen`` at each
        call), and a paint of an axis in a new state makes a key. ``setStyle`` may change a
        value in place (``tickTextOffset``): the copy holds its own lists and fonts."""
        style, styled = self.style, self._styled
        if styled is not None and SpecsCachingAxis.quick_key and styled[0] == style:
            return styled[1]
        key = (tuple((k, _plain(v)) for k, v in style.items()),
               _pen_key(self.pen()), _pen_key(self.textPen()), _pen_key(getattr(self, "_tickPen", None)))
        self._styled = ({k: _copied(v) for k, v in style.items()}, key)
        return key

    def setPen(self, *args, **kwargs) -> None:
        self._styled = self._made_pens = None
        super().setPen(*args, **kwargs)

    def setTextPen(self, *args, **kwargs) -> None:
        self._styled = None
        super().setTextPen(*args, **kwargs)

    def setTickPen(self, *args, **kwargs) -> None:
        self._styled = self._made_pens = None
        super().setTickPen(*args, **kwargs)

    def _updateMaxTextSize(self, x: float):
        self._text_size = x
        return super()._updateMaxTextSize(x)

    _paint_key: tuple | None = None  # the key ``paint`` worked out for the painter it passes

    def generateDrawSpecs(self, p):
        key, self._paint_key = self._paint_key, None
        if key is None:
            key = self._specs_key(p) if self.cache_specs else None
        if key is None:
            return self._computed_specs(p)
        hit = self._specs.get(key)
        if hit is not None:
            self._updateMaxTextSize(hit[1])  # as the computation ends (a no-op when unchanged)
            return hit[0]
        self._text_size = 0
        specs = self._computed_specs(p)
        if specs is not None:
            if len(self._specs) >= self.SPECS_KEPT:
                del self._specs[next(iter(self._specs))]  # the oldest
            self._specs[key] = [specs, self._text_size, None]  # (the picture, once drawn)
        return specs

    quick_specs = True  # off: pyqtgraph's generateDrawSpecs for every new state (tests' reference)

    def _computed_specs(self, p):
        """pyqtgraph 0.14.0's ``generateDrawSpecs`` for a left or bottom axis, the same specs
        computed with less Python: each label's size measured once per text, font and device
        (``_text_sizes``) instead of on every frame, the axis' bounding rectangle and the text
        flags once per call, and the tick ends as ``QPointF`` (pyqtgraph's ``Point`` is a
        ``QPointF`` made through a slower constructor). In a drag every frame has a new range,
        so nothing else can be kept: ~1.2 ms of pyqtgraph's ~1.4 a frame at tier S (measured).
        Another pyqtgraph, another orientation or a style this does not follow: its own."""
        style = self.style
        if (not SpecsCachingAxis.quick_specs or pg.__version__ != "0.14.0"
                or self.orientation not in ("left", "bottom") or any(style["stopAxisAtTick"])):
            return super().generateDrawSpecs(p)
        if style["tickFont"] is not None:
            p.setFont(style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        linked = self.linkedView()
        tick_bounds = bounds if linked is None or self.grid is False else linked.mapRectToItem(
            self, linked.boundingRect())
        left = self.orientation == "left"
        if left:
            span = (bounds.topRight() + pg.Point(-1.0, -1.0), bounds.bottomRight() + pg.Point(-1.0, 1.0))
            tick_start, tick_stop, tick_dir, axis = tick_bounds.right(), bounds.right(), -1, 0
        else:
            span = (bounds.topLeft() + pg.Point(-1.0, 1.0), bounds.topRight() + pg.Point(1.0, 1.0))
            tick_start, tick_stop, tick_dir, axis = tick_bounds.top(), bounds.top(), 1, 1
        points = [self.mapToDevice(pt) for pt in span]
        if None in points:
            return None
        length_px = pg.Point(points[1] - points[0]).length()
        if length_px == 0:
            return None
        lo, hi = self.range[0], self.range[1]
        if self._tickLevels is None:
            tick_levels = self.tickValues(lo, hi, length_px)
            tick_strings = None
        else:
            tick_levels = [(None, [v for v, _ in level]) for level in self._tickLevels]
            tick_strings = [[t for _, t in level] for level in self._tickLevels]
        dif = hi - lo
        if dif == 0:
            scale, offset = 1, 0
        elif axis == 0:
            scale = -bounds.height() / dif
            offset = lo * scale - bounds.height()
        else:
            scale = bounds.width() / dif
            offset = lo * scale
        x_lo, x_hi = lo * scale - offset, hi * scale - offset
        x_min, x_max = min(x_lo, x_hi), max(x_lo, x_hi)

        positions: list[list[float | None]] = []
        tick_specs = []
        for i, (_spacing, ticks) in enumerate(tick_levels):
            tick_length = style["tickLength"] / ((i * 0.5) + 1.0)
            pen = self._level_pen(i, len(ticks), length_px)
            end = tick_stop if self.grid is not False else tick_stop + tick_length * tick_dir
            at: list[float | None] = [None if x < x_min or x > x_max else x
                                      for x in [(v * scale) - offset for v in ticks]]
            if axis:
                tick_specs += [(pen, QPointF(x, tick_start), QPointF(x, end)) for x in at if x is not None]
            else:
                tick_specs += [(pen, QPointF(tick_start, x), QPointF(end, x)) for x in at if x is not None]
            positions.append(at)
        axis_spec = (self._pens()[0], span[0], span[1])
        text_specs: list = []
        if not style["showValues"]:
            return axis_spec, tick_specs, text_specs

        sizes = _text_sizes(p)
        text_offset = style["tickTextOffset"][axis]
        gap = max(0, style["tickLength"]) + text_offset
        flags = _LEFT_TEXT if left else _BOTTOM_TEXT
        box = self.boundingRect()
        widths: list[float] = []  # every measured label's width and height, all levels so far
        heights: list[float] = []
        last_size2: float = 0
        for i in range(min(len(tick_levels), style["maxTextLevel"] + 1)):
            if tick_strings is None:
                spacing, values = tick_levels[i]
                strings = self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing)
            else:
                strings = tick_strings[i]
            if len(strings) == 0:
                continue
            at = positions[i]
            shown: list[tuple[float, tuple[float, float], str]] = []
            for j, text in enumerate(strings):
                x = at[j]
                if x is None:  # (a tick out of bounds: no label)
                    continue
                size = sizes.get(text)
                if size is None:
                    br = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
                    br.setHeight(br.height() * 0.8)  # (pyqtgraph's: "usually just a bit too large")
                    size = sizes[text] = (br.width(), br.height())
                widths.append(size[0])
                heights.append(size[1])
                shown.append((x, size, text))
            # The labels' largest extent across the axis (a maximum: exact in plain Python), and
            # their sum along it past the first level, which alone reads it (numpy's sum, as
            # pyqtgraph's: the same crowding decision).
            text_size2 = (max(widths) if axis == 0 else max(heights)) if widths else 0
            if i > 0:  # the labels are too crowded: no more levels
                text_size = (np.sum(heights) if axis == 0 else np.sum(widths)) if widths else 0
                ratio = float(text_size) / length_px
                if any(len(text_specs) >= n and ratio >= limit for n, limit in style["textFillLimits"]):
                    break
            last_size2 = text_size2
            for x, (width, height), text in shown:
                if left:
                    rect = QRectF(tick_stop - gap - width, x - (height / 2), width, height)
                else:
                    rect = QRectF(x - width / 2., tick_stop + gap, width, height)
                if box & rect != rect:
                    continue
                text_specs.append((rect, flags, text))
        self._updateMaxTextSize(last_size2)
        return axis_spec, tick_specs, text_specs

    def _level_pen(self, i: int, n_ticks: int, length_px: float) -> QPen:
        """The tick pen of level ``i``, as pyqtgraph's ``generateDrawSpecs`` makes it."""
        alpha = self.style["tickAlpha"]
        if alpha is None:
            alpha = 255 / (i + 1)
            if self.grid is not False:
                alpha *= self.grid / 255. * pg.functions.clip_scalar(
                    (0.05 * length_px / (n_ticks + 1)), 0., 1.)
        elif isinstance(alpha, float):
            alpha = min(255, max(0, round(alpha * 255)))
        elif isinstance(alpha, int):
            if alpha > 255 or alpha < 0:
                raise ValueError("lineAlpha should be [0..255]")
        else:
            raise TypeError("Line Alpha should be of type None, float or int")
        _axis_pen, pen, levels = self._pens()
        if pen.brush().style() == Qt.BrushStyle.SolidPattern:
            kept = levels.get(int(alpha))
            if kept is None:
                kept = levels[int(alpha)] = QPen(pen)
                colour = QColor(pen.color())
                colour.setAlpha(int(alpha))
                kept.setColor(colour)
            pen = kept
        return pen

    quick_pens = True  # off: the pens made anew for every state computed (tests' reference)
    _made_pens: tuple | None = None  # (pyqtgraph's foreground, axis pen, tick pen, level pens)

    def _pens(self) -> tuple[QPen, QPen, dict[int, QPen]]:
        """pyqtgraph's ``pen()`` and ``tickPen()`` and the tick pen at each alpha of a level,
        made once while no pen is set (``setPen``, ``setTickPen``) and pyqtgraph's foreground
        stays: each of pyqtgraph's calls makes a new pen, three per state computed (with the
        text sums below, ~15 % of a state's specs, measured). The specs hold them, unchanged."""
        if not SpecsCachingAxis.quick_pens:
            return self.pen(), self.tickPen(), {}
        foreground = pg.getConfigOption("foreground")
        made = self._made_pens
        if made is None or made[0] != foreground:
            made = self._made_pens = (foreground, self.pen(), self.tickPen(), {})
        return made[1], made[2], made[3]

    quick_ticks = True  # off: pyqtgraph's drawPicture, a pen and a line per tick (tests' reference)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        """pyqtgraph 0.14.0's ``drawPicture`` with each run of ticks sharing a pen (a tick level)
        drawn by one ``drawLines``: pyqtgraph sets the pen and draws a line per tick, two records
        of the axis' picture per tick (a Compare chart at tier S: ~200 ticks on its six axes after
        a filter), each recorded and then played on every paint (~1.8 µs a tick, measured). The
        raster engine draws each line of a ``drawLines`` as it draws a ``drawLine``: the same
        pixels (tested)."""
        if not SpecsCachingAxis.quick_ticks or pg.__version__ != "0.14.0":
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen, p1, p2 = axisSpec
        p.setPen(pen)
        p.drawLine(p1, p2)
        run_pen: QPen | None = None
        ends: list[QPointF] = []  # the run's lines as pairs of points (QPainter's drawLines)
        for pen, p1, p2 in tickSpecs:
            if pen is not run_pen:
                if ends:
                    p.setPen(run_pen)
                    p.drawLines(ends)
                run_pen, ends = pen, []
            ends += (p1, p2)
        if ends:
            p.setPen(run_pen)
            p.drawLines(ends)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in textSpecs:
            p.drawText(rect, int(flags), text)

    def paint(self, p, opt, widget):
        """pyqtgraph's paint, which records the specs into a picture and plays it; a state whose
        picture was recorded before plays that picture again (the same drawing commands)."""
        if getattr(self, "picture", None) is None and self.cache_specs:
            picture = QPicture()
            painter = QPainter(picture)
            key = kept = None
            try:
                if self.style["tickFont"]:
                    painter.setFont(self.style["tickFont"])
                key = self._specs_key(painter)
                entry = self._specs.get(key) if key is not None else None
                if entry is None and key is not None and SpecsCachingAxis.share_specs:
                    entry = self._sibling_entry(key)
                kept = entry[2] if entry is not None else None
                if kept is None:
                    self._paint_key = key  # (worked out once a paint)
                    specs = self.generateDrawSpecs(painter)  # computed, or replayed from the specs
                    if specs is not None:
                        self.drawPicture(painter, *specs)
            finally:
                painter.end()
            if kept is not None and entry is not None:
                self._updateMaxTextSize(entry[1])
                self.picture = kept
            else:
                self.picture = picture
                entry = self._specs.get(key) if key is not None else None
                if entry is not None:
                    entry[2] = picture
                    SpecsCachingAxis._last_drawn = (type(self), key, entry)
        super().paint(p, opt, widget)

    share_specs = True  # off: each axis lays out its own ticks (tests' reference)
    _last_drawn: tuple | None = None  # (class, key, entry) of the picture an axis last recorded

    def _sibling_entry(self, key: tuple) -> list | None:
        """The picture another axis recorded just before, in this very state: the panels of a
        chart share their time range (linked, or fitted to the same data), and their time axes
        the width, font and style, so each of a step's axes after the first laid out the same
        ticks again (~0.5 ms an axis, measured). Only the last picture drawn: a state drawn
        earlier is this axis' own cache's to keep, or not."""
        last = SpecsCachingAxis._last_drawn
        if last is None or last[0] is not type(self) or last[1] != key:
            return None
        specs, text_size, picture = last[2]
        if len(self._specs) >= self.SPECS_KEPT:
            del self._specs[next(iter(self._specs))]  # the oldest
        entry = self._specs[key] = [specs, text_size, picture]
        return entry


class ValueAxisItem(SpecsCachingAxis):
    """The value (left) axis of a panel: pyqtgraph's, with its draw specs kept per state."""

    quick_values = True  # off: pyqtgraph's tickValues (tests' reference)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        """pyqtgraph 0.14.0's ``tickValues`` with its test for a tick already shown at a coarser
        level written as numpy's ``isclose(rtol=0)`` computes it (``|a - b| <= atol`` where ``b``
        is finite, or ``a == b``) without the function's Python around it (~14 µs a level; the
        axis and its panel's grid ask for ticks after every new value range, measured)."""
        if not ValueAxisItem.quick_values or pg.__version__ != "0.14.0" or self.logMode:
            return super().tickValues(minVal, maxVal, size)
        minVal, maxVal = sorted((minVal, maxVal))
        minVal *= self.scale
        maxVal *= self.scale
        ticks = []
        seen = np.array([])
        for spacing, offset in self.tickSpacing(minVal, maxVal, size):
            start = (math.ceil((minVal - offset) / spacing) * spacing) + offset
            num = int((maxVal - start) / spacing) + 1
            values = (np.arange(num) * spacing + start) / self.scale
            column = values[:, np.newaxis]
            with np.errstate(invalid="ignore"):  # (as isclose: inf - inf)
                close = ((np.abs(seen - column) <= spacing / self.scale * 0.01) & np.isfinite(column)
                         | (seen == column)).any(axis=-1)
            values = values[~close]
            seen = np.concatenate([seen, values])
            ticks.append((spacing / self.scale, values.tolist()))
        return ticks


class DayAxisItem(SpecsCachingAxis):
    """A bottom axis for day numbers (days since 1970-01-01), labelled with years or months.

    ``set_categories`` switches it to fixed category ticks (bar charts); ``None`` back to time.
    """

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._time = True
        self._major_spacing = 0.0
        self._major: tuple[list[int], tuple[str, ...], str] = ([], (), "year")  # days, labels, unit
        self._lang = "en"

    @property
    def lang(self) -> str:
        """The label language of month names ("ja": 2024年1月)."""
        return self._lang

    @lang.setter
    def lang(self, lang: str) -> None:
        if lang != self._lang:  # drawn anew in it, whatever the range
            self._lang = lang
            self.picture = None
            self.update()

    quick_time = True  # off: a time axis set to time again re-fits its height (tests' reference)

    def set_categories(self, ticks: list[tuple[float, str]] | None) -> None:
        if (ticks is None and self._time and self._tickLevels is None and DayAxisItem.quick_time
                and self._fitted == (1, (self.style.get("tickFont") or QFont()).key())):
            return  # a line chart drawn again: a time axis already, as high as its font needs
        self._time = ticks is None
        self._lines = max((t.count("\n") + 1 for _, t in ticks or ()), default=1)
        self.setTicks(None if ticks is None else [ticks, []])
        self._fit_height()

    _fitted: tuple[int, str] | None = None  # the lines and font key the height was fitted to

    def setTickFont(self, font: QFont | None) -> None:
        super().setTickFont(font)
        self._fit_height()  # a bigger export font needs a taller axis, or the labels vanish

    def _fit_height(self) -> None:
        """Room for multi-line category labels (pyqtgraph skips text that does not fit the axis)."""
        font = self.style.get("tickFont") or QFont()
        lines = getattr(self, "_lines", 1)
        self.setHeight(int(QFontMetricsF(font).height() * lines + 18))
        self._fitted = (lines, font.key())

    @property
    def is_time(self) -> bool:
        return self._time

    def _extra_key(self) -> tuple:
        return (self._time, self.lang)

    def _label_spacing(self) -> float:
        """Labelled ticks never closer than their labels need in the tick font: "2024年1月" beside
        "12月" ran into it at a fixed 70 px in a Japanese slide's larger type."""
        font = self.style.get("tickFont") or QFont()
        key = (font.key(), self.lang)
        if getattr(self, "_spacing_key", None) != key:
            # a label with its year beside one without, centred on their ticks, 12 px apart
            long, short = ("2025年12月", "12月") if self.lang == "ja" else ("Sep 2025", "Sep")
            metrics = QFontMetricsF(font)
            self._spacing_key = key
            self._spacing_px = max(time_axis.MIN_LABEL_SPACING_PX, 12.0 + (
                metrics.horizontalAdvance(long) + metrics.horizontalAdvance(short)) / 2)
        return self._spacing_px

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not self._time:
            return super().tickValues(minVal, maxVal, size)
        t = _ticks(minVal, maxVal, size, self._label_spacing(), lang=self.lang)
        self._major_spacing = t.spacing if t is not None else 0.0
        self._major = (t.major.tolist(), t.labels, t.unit) if t is not None else ([], (), "year")
        return _levels(t)

    def tickStrings(self, values, scale, spacing):
        """The timeline's labels (``time_axis``) of the ticks ``tickValues`` chose last: one
        algorithm for both views, so a range reads the same ("2024年1月", "2月" in Japanese)."""
        if not self._time:
            return super().tickStrings(values, scale, spacing)
        if spacing != self._major_spacing:
            return [""] * len(values)  # minor ticks carry no text
        days, labels, unit = self._major
        if [round(v) for v in values] == days:
            return list(labels)
        # other values at the major spacing (a caller of its own): labelled the same way
        if not days:  # no tickValues yet: the unit from the spacing (years are 365 days apart)
            unit = "year" if spacing >= 360 else "month"
        return list(time_axis.tick_labels([round(v) for v in values], unit, self.lang))




class _HorizontalGrid(pg.GraphicsObject):
    """Horizontal grid lines at the left axis' major ticks, drawn as one batch of cosmetic lines.

    pyqtgraph's own axis grid made every frame 6 ms slower per panel (measured: the axis picture
    is replayed over the whole plot), as long as a frame of 10^6 downsampled points.
    """

    LEVELS_KEPT = 8  # value ranges whose grid lines are kept (four partners in turn come back)
    keep_levels = True  # off: the last range's alone (tests' reference)

    def __init__(self, axis: pg.AxisItem) -> None:
        super().__init__()
        self._axis = axis
        self._levels: dict[tuple, list] = {}  # the axis' tick levels by view and axis state
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
        axis = self._axis
        # The ticks follow the range, the axis' height and what else its tickValues reads. A
        # filter's new value range asked for them afresh (~0.1 ms at tier M, measured), though the
        # axis' own pictures found the range again (SpecsCachingAxis).
        key = (lo, hi, max(axis.size().height(), 1.0), axis.scale, axis.logMode,
               _plain(axis._tickSpacing), axis._tickDensity, axis.style["maxTickLevel"])
        kept = self._levels
        levels = kept.get(key)
        if levels is None:
            levels = axis.tickValues(*key[:3])
            if len(kept) >= (_HorizontalGrid.LEVELS_KEPT if _HorizontalGrid.keep_levels else 1):
                del kept[next(iter(kept))]  # the oldest
            kept[key] = levels
        if not levels:
            return
        painter.setPen(self._pen)
        painter.drawLines([QLineF(r.left(), v, r.right(), v) for v in levels[0][1]])
