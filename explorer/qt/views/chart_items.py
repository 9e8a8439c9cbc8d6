"""The comparison chart's sizes and its pyqtgraph items: the curve and the decimated line, the
symbols, the value labels, a figure's place for the hover readout, and small helpers shared by
the panel (the event markers are ``chart_markers``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.PlotDataItem import PlotDataset
from pyqtgraph.Qt import OpenGLHelpers
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import (
    QMetaMethod,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem

from explorer.charts.chart_spec import (
    Figure,
    Series,
)
from explorer.charts.decimation import Pyramid

MAX_SPARE_PANELS = 4  # panels kept out of the layout for reuse when a spec has fewer
MAX_SERIES_PER_PANEL = 12  # more would be unreadable; the table still lists every series
HIT_RADIUS_PX = 9.0  # how near a point the pointer must be for the readout
BAR_GROUP_WIDTH = 0.72  # share of a category the bars of one series take
LINE_POOL = MAX_SERIES_PER_PANEL  # lines a panel keeps out of its plot for reuse
LINE_Z_STEP = 2.0 ** -30  # lines stack by z = their order times this (exact; far below 0.5)
LINES_Z = LINE_Z_STEP / 2  # a panel's lines item: over the reference line (z 0), under every line's z
VALUE_LABELS_Z = 0.5  # the value labels' item: over lines and bars (z 0), under the symbols (z 1)
FOOTER_MAX_PX = 150
EXPORT_SYMBOL_LIMIT = 120  # on a slide, a longer series is a line; flagged figures keep their mark
SYMBOL_LIMIT = 2000  # longer line series mark only their flagged figures  # taller notes scroll
DENSE_PX = 3.0  # line vertices closer than this (pixels, on average): a 1-px pen, no antialiasing
LINE_LABEL_LIMIT = 24  # qualified points labelled per line (beyond, the table lists them)
PANEL_MIN_LABEL_ROWS = 6  # on screen a panel is at least this many value labels tall, plus its axis


def _drawn_value(f: Figure) -> float:
    """The value of a figure that is drawn: the views draw only figures that have one."""
    assert f.value is not None  # the figures drawn are those with a value (filtered before)
    return float(f.value)



# -- items ----------------------------------------------------------------------------------------

def _quiet_geometry(item: pg.GraphicsObject) -> None:
    """No Python call per move or transform of a label outside the plot's bounds.

    pyqtgraph's ``GraphicsObject`` asks Qt for every position and transform change (twice each:
    before and after) only to tell its view box its bounds changed, which matters for the
    box's auto range; the value labels are added with ``ignoreBounds``, so their bounds are
    never part of the range, and the
    view box only re-queued an auto range that comes out the same. ~240 Python calls a filter
    change at tier M."""
    item.setFlag(pg.GraphicsObject.GraphicsItemFlag.ItemSendsGeometryChanges, False)


class _ValueLabels(pg.GraphicsObject):
    """All of a panel's value labels, drawn by one item.

    Each label is a ``QGraphicsTextItem`` outside any scene, kept only for its laid-out text (the
    document pyqtgraph's ``TextItem`` draws through its child); this item paints them in list
    order (the order ``TextItem``s stacked by rising z drew them) at their points, unscaled, the
    text's box placed by its anchor as ``TextItem.updateTextPos`` places it. Like a ``TextItem`` the
    item undoes its parent's scale (``updateTransform``, once per panel and view change instead of
    once per label), so its own coordinates are pixels from the data's origin. A label costs no
    scene item, transform, z or geometry call: a filter change at tier M re-transformed ~50 of
    them. Added with ``ignoreBounds`` (labels are not part of the auto range); no contents of its
    own to hover or click (the readout finds the points, not the labels)."""

    def __init__(self, font: QFont, colour: str) -> None:
        super().__init__()
        _quiet_geometry(self)
        self.setZValue(VALUE_LABELS_Z)  # over the lines and bars (z 0), under the symbols (z 1)
        self._font = QFont(font)
        self._colour = QColor(colour)
        self.texts: list[QGraphicsTextItem] = []  # the text of each label, a pool
        self.shown: list[tuple[float, float, float, float]] = []  # x, y, anchor x, anchor y
        self._placed: list[tuple[float, float, QGraphicsTextItem, QStyleOptionGraphicsItem]] = []
        self._boxes: list[QRectF] = []  # each placed label's box, here
        self._parent_transform: QTransform | None = None
        self._rect = QRectF()
        self._lastScene = None
        self._unplaced = False  # the labels' places are made again when next read (see _moved)
        # the shown texts' boxes and paint options, for the lists they were made for (_text_boxes)
        self._kept_boxes: tuple | None = None

    # -- the labels ---------------------------------------------------------------------------
    def text(self, i: int) -> QGraphicsTextItem:
        """The text of label ``i`` (a new one when the pool is shorter), in this item's font."""
        while len(self.texts) <= i:
            text = QGraphicsTextItem()
            text.setFont(self._font)
            text.setDefaultTextColor(self._colour)
            self.texts.append(text)
        return self.texts[i]

    def set_shown(self, shown: list[tuple[float, float, float, float]]) -> None:
        """Label ``i`` at (x, y) with anchor (ax, ay), for the first ``len(shown)`` texts."""
        self.shown = shown
        self._moved()

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._kept_boxes = None  # (every text laid out again)
        for text in self.texts:
            text.setFont(font)
        self._moved()

    def font_points(self) -> float:
        return self._font.pointSizeF()

    def sizes(self) -> list[tuple[float, float, float, float]]:
        """(width, height, anchor x, anchor y) of every label shown, in list order."""
        out = []
        for (_x, _y, ax, ay), text in zip(self.shown, self.texts):
            r = text.boundingRect()
            out.append((r.width(), r.height(), ax, ay))
        return out

    def scene_rects(self) -> list[QRectF]:
        """Every label's text box in the scene, in list order."""
        self._placed_now()
        return [self.mapRectToScene(option.exposedRect.translated(px, py))
                for px, py, _text, option in self._placed]

    def plain_texts(self) -> list[tuple[float, str]]:
        """(x, text) of every label shown."""
        return [(x, text.toPlainText()) for (x, _y, _ax, _ay), text in zip(self.shown, self.texts)]

    # -- following the view ---------------------------------------------------------------------
    def itemChange(self, change, value):
        ret = super().itemChange(change, value)
        if change == self.GraphicsItemChange.ItemSceneHasChanged:
            scene, last = self.scene(), self._lastScene
            if scene is not last:
                if last is not None:
                    last.sigPrepareForPaint.disconnect(self.updateTransform)
                self._lastScene = scene
                if scene is not None:
                    scene.sigPrepareForPaint.connect(self.updateTransform)
            self.updateTransform()
        return ret

    def viewTransformChanged(self) -> None:
        self.updateTransform()

    def updateTransform(self) -> None:
        """As ``TextItem.updateTransform``: the parent's scale and rotation undone, its
        translation kept; then the labels re-placed (their pixel offsets from the origin)."""
        parent = self.parentItem()
        pt = QTransform() if parent is None else parent.sceneTransform()
        if pt == self._parent_transform:
            return
        t = pg.functions.invertQTransform(pt)
        t.setMatrix(t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), 0, 0, t.m33())
        self.setTransform(t)
        self._parent_transform = pt
        self._moved()

    quick_place = True  # off: placed at once on every change (tests' reference)

    def _moved(self) -> None:
        """The labels or the view changed: placed when the scene next asks for the item's bounds
        or paints it. A filter change sets the labels (with the old view), then the view's
        transform changes: placed at once, every label was placed twice a change (~40 at tier M).
        Qt is told first, while the bounds it asks for are still the old ones."""
        if not _ValueLabels.quick_place:
            self._place()
            return
        if not self._unplaced:
            self.prepareGeometryChange()
            self._unplaced = True
        self.update()

    def _placed_now(self) -> None:
        if self._unplaced:
            self._unplaced = False
            self._place(lazily=True)

    def _place(self, lazily: bool = False) -> None:
        pt = self._parent_transform
        placed = []
        boxes: list[QRectF] = []
        rect = QRectF()
        if pt is not None:
            m11, m12, m21, m22 = pt.m11(), pt.m12(), pt.m21(), pt.m22()
            for (x, y, ax, ay), (text, r, option) in zip(self.shown, self._text_boxes()):
                px = m11 * x + m21 * y - r.width() * ax
                py = m12 * x + m22 * y - r.height() * ay
                placed.append((px, py, text, option))
                boxes.append(r.translated(px, py))
                rect = rect.united(boxes[-1])
        if lazily:  # (Qt was told before, and asks for the bounds or paints now)
            self._rect = rect
        elif rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._placed, self._boxes = placed, boxes
        if not lazily:
            self.update()

    keep_rects = True  # off: each text's box and paint option made at every placing (tests' reference)

    def _text_boxes(self) -> list[tuple[QGraphicsTextItem, QRectF, QStyleOptionGraphicsItem]]:
        """Each shown label's text, its box and its paint option (the box exposed). They depend
        on the texts, not on the view: kept while the labels (a new list at each change,
        ``set_shown``, after the texts are written) and the font stay, so a linked pan or zoom
        places the labels without asking every text for its box again."""
        kept = self._kept_boxes
        if _ValueLabels.keep_rects and kept is not None and kept[0] is self.shown and kept[1] is self.texts:
            return kept[2]
        out = []
        for _point, text in zip(self.shown, self.texts):
            r = text.boundingRect()
            option = QStyleOptionGraphicsItem()
            option.exposedRect = r
            out.append((text, r, option))
        self._kept_boxes = (self.shown, self.texts, out)
        return out

    # -- drawing --------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        self._placed_now()
        return QRectF(self._rect)

    def paint(self, p, opt, widget=None) -> None:
        self._placed_now()
        base = p.worldTransform()
        # a repaint of a small part (see small_clip) draws only the labels there: a label is
        # ~25 µs of Qt's text drawing even when clipped away
        part = small_clip(p) if _ValueLabels.cull else None
        if part is not None:  # (in this item's coordinates)
            back, ok = p.deviceTransform().inverted()
            part = back.mapRect(part) if ok else None
        for (px, py, text, option), box in zip(self._placed, self._boxes):
            if part is not None and not part.intersects(box):
                continue
            p.setWorldTransform(QTransform.fromTranslate(px, py) * base)
            text.paint(p, option, widget)  # (its widget is unused)
        p.setWorldTransform(base)

    cull = True  # off: every label painted, whatever part is repainted (tests' reference)


def small_clip(p: QPainter) -> QRectF | None:
    """The part of the device a paint repaints when it is a small part (a step's marker, see
    ``chart_markers``), in device pixels, grown by what ink may reach past a box: an item may skip
    what lies wholly outside it (Qt's drawing of a label or symbol costs the same clipped away).
    None: a larger part, or no repaint region (an export), where everything is drawn."""
    engine, device = p.paintEngine(), p.device()
    if engine is None or device is None:
        return None
    bounds = engine.systemClip().boundingRect()
    if bounds.isEmpty() or bounds.width() * bounds.height() > _SMALL_CLIP * device.width() * device.height():
        return None
    return QRectF(bounds.adjusted(-_INK_PX, -_INK_PX, _INK_PX, _INK_PX))


_INK_PX = 4  # how far a label's or symbol's ink may reach past its box (px), with room to spare
_SMALL_CLIP = 0.25  # a share of the device


class _KeptPixel:
    """The size of a device pixel in an item's own coordinates, as pyqtgraph's bounds use it
    (``pixelVectors``, their lengths), kept while the item's device scale stays the same.

    pyqtgraph works it out afresh for every bounds query: the device transform, a cached pair of
    vectors copied into new ``Point``s, their lengths (~45 µs). It depends only on the device
    transform's 2×2 part (pyqtgraph drops the translation and keys its own cache on those four
    numbers), so a pan or a new set of vertices reuses it (~6 µs)."""

    quick_pixel = True  # off: pyqtgraph's own bounds throughout (tests' reference)
    _pixel_key: tuple[float, float, float, float] | None = None
    _pixel_kept: tuple[float, float] = (0.0, 0.0)

    def _pixel_key_now(self) -> tuple[float, float, float, float] | None:
        """The device transform's 2×2 part now; None without a view (or a degenerate one)."""
        item: pg.GraphicsObject = self  # (the mixin's classes are pyqtgraph items)
        widget = item.getViewWidget()
        if widget is None:
            return None
        dt = item.deviceTransform(widget.viewportTransform())
        if dt.determinant() == 0:
            return None
        return dt.m11(), dt.m12(), dt.m21(), dt.m22()

    def _pixel_lengths(self) -> tuple[float, float] | None:
        """(x, y) lengths of a device pixel here, as pyqtgraph's ``boundingRect`` computes them
        before the padding; None where pyqtgraph's way is to be taken (no view yet)."""
        item: pg.GraphicsObject = self  # (the mixin's classes are pyqtgraph items)
        key = self._pixel_key_now()
        if key is None:
            return None
        if key != self._pixel_key:
            lengths = []
            for v in item.pixelVectors():
                try:
                    lengths.append(0.0 if v is None else v.length())
                except OverflowError:
                    lengths.append(0.0)
            self._pixel_key, self._pixel_kept = key, (lengths[0], lengths[1])
        return self._pixel_kept

    def _padded_rect(self, xmn: float, xmx: float, ymn: float, ymx: float,
                     pad: float) -> QRectF | None:
        """pyqtgraph's bounding rectangle of these data bounds, padded by ``pad`` pixels (its
        very arithmetic); None where pyqtgraph's way is to be taken."""
        px = py = 0.0
        if pad > 0:
            lengths = self._pixel_lengths()
            if lengths is None:
                return None
            px, py = lengths[0] * pad, lengths[1] * pad
        return QRectF(xmn - px, ymn - py, (2 * px) + xmx - xmn, (2 * py) + ymx - ymn)


class _Curve(_KeptPixel, pg.PlotCurveItem):
    """A line's curve; with ``double`` on, the 2-px screen line is drawn as three 1-px cosmetic
    antialiased strokes a device pixel apart (right, down): the same look, but a wide
    antialiased pen makes Qt's raster engine fill the stroke's outline, 2.5 ms per screen-wide
    line against 0.03 ms for a cosmetic one (measured), the fixed cost of a zoomed frame."""

    double = False
    quick_bounds = True  # off: pyqtgraph's own bounds (for before/after measurements)
    painter: _PanelLines | None = None  # the panel's item that paints this curve (see there)
    _boundingRect: QRectF | None  # noqa: N815 (pyqtgraph's: the bounds until the next change)
    fillPath: QPainterPath | None  # noqa: N815 (pyqtgraph's, like the three below)
    _fillPathList: list | None  # noqa: N815
    _mouseShape: QPainterPath | None  # noqa: N815
    _lineSegmentsRendered: bool  # noqa: N815

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        """pyqtgraph's bounds, read faster: the vertices are sorted by x (a line's, see _Line),
        so x's come from its ends, and y's from one min and max instead of NaN-aware passes
        (twice per curve on every range change: ~0.4 ms of a 10-series frame at tier M)."""
        cache = self._boundsCache[ax]
        if cache is not None and cache[0] == (frac, orthoRange):
            return cache[1]
        x, y = self.xData, self.yData
        pen = self.opts["pen"]
        if (not self.quick_bounds or frac < 1.0 or orthoRange is not None or x is None or not len(x)
                or y is None or len(y) != len(x) or self.opts["fillLevel"] is not None
                or self.opts["stepMode"] or self.opts["shadowPen"] is not None
                or (pen is not None and not pen.isCosmetic())):
            return super().dataBounds(ax, frac, orthoRange)
        b = (float(x[0]), float(x[-1])) if ax == 0 else (float(y.min()), float(y.max()))
        if not (math.isfinite(b[0]) and math.isfinite(b[1])):
            return super().dataBounds(ax, frac, orthoRange)
        self._boundsCache[ax] = [(frac, orthoRange), b]
        return b

    quick_vertices = True  # off: pyqtgraph's setData for every new set of vertices

    def set_vertices(self, x: np.ndarray, y: np.ndarray) -> None:
        """New vertices in the same style: what pyqtgraph 0.14.0's ``setData(x=x, y=y)`` does
        with two 1-D float arrays of one length, without its argument checks, profiler and
        option loop (~50 µs a line, on every range change). Another pyqtgraph, step mode or
        other arrays: its ``setData``."""
        if (not _Curve.quick_vertices or pg.__version__ != "0.14.0" or self.opts["stepMode"]
                or x.ndim != 1 or x.shape != y.shape or x.dtype.kind != "f" or y.dtype.kind != "f"):
            self.setData(x=x, y=y)
            return
        self.yData = y.view(np.ndarray)
        self.xData = x.view(np.ndarray)
        self.invalidateBounds()
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.path = None
        # (an attribute written on a Qt object costs ~1.5 µs, read ~0.2: written when it changes)
        if self.fillPath is not None:
            self.fillPath = None
        if self._fillPathList is not None:
            self._fillPathList = None
        if self._mouseShape is not None:
            self._mouseShape = None
        if self._lineSegmentsRendered:
            self._lineSegmentsRendered = False
        self.update()
        if self.isSignalConnected(_plot_changed(self)):  # (nobody in the app listens: ~7 µs)
            self.sigPlotChanged.emit(self)

    quick_path = True  # off: pyqtgraph's new path for every new set of vertices (tests' reference)
    _kept_path: QPainterPath | None = None
    _kept_polygon: QPolygonF | None = None

    def generatePath(self, x, y) -> QPainterPath:
        """pyqtgraph 0.14.0's path of a plain line (``arrayToQPath``, connect "all", fewer than
        its 20,001-vertex chunks: a move to the first vertex, a line to each other), written
        into the polygon and path this curve kept from the vertices before: in a drag every
        frame has new vertices, and a new path and polygon of ~5,400 vertices a line cost
        ~20 µs more than refilling kept ones (allocations of ~130 kB each; measured). The same
        elements, so the same pixels. Another pyqtgraph, step mode, other connections, more
        vertices or a vertex not finite (pyqtgraph drops those): its own."""
        n = 0 if x is None else len(x)
        if (not _Curve.quick_path or pg.__version__ != "0.14.0" or self.opts["stepMode"]
                or self.opts["connect"] != "all" or not 2 <= n <= 20_000 or y is None or len(y) != n):
            return super().generatePath(x, y)
        polygon = self._kept_polygon
        if polygon is None:
            polygon = self._kept_polygon = QPolygonF()
        if polygon.size() != n:
            polygon.resize(n)
        xy = pg.functions.ndarray_from_qpolygonf(polygon)
        xy[:, 0] = x
        xy[:, 1] = y
        if not self.opts["skipFiniteCheck"] and not np.isfinite(xy).all():
            return super().generatePath(x, y)
        path = self._kept_path
        if path is None:
            path = self._kept_path = QPainterPath()
        path.clear()  # (keeps its memory; the move it leaves is replaced by the polygon's)
        path.reserve(n)
        path.addPolygon(polygon)
        return path

    _padding_key: tuple | None = None
    _padding_kept = 0.0

    def pixelPadding(self) -> float:
        """pyqtgraph's, kept while the pens and the click width are the same objects (it compares
        Qt enums in Python: ~7 µs a bounds query). pyqtgraph's ``setPen`` makes a new pen."""
        o = self.opts
        key = (o["pen"], o["shadowPen"], self.clickable, o["mouseWidth"])
        if self._padding_key is None or any(a is not b for a, b in zip(key, self._padding_key)):
            self._padding_key, self._padding_kept = key, super().pixelPadding()
        return self._padding_kept

    def boundingRect(self) -> QRectF:
        """pyqtgraph's, with the pixel's size kept (``_KeptPixel``): every view change and every
        new set of vertices makes pyqtgraph compute it again (~80 µs a curve, a frame)."""
        if self._boundingRect is None and _KeptPixel.quick_pixel:
            (xmn, xmx), (ymn, ymx) = self.dataBounds(ax=0), self.dataBounds(ax=1)
            if None not in (xmn, xmx, ymn, ymx):
                self._boundingRect = self._padded_rect(xmn, xmx, ymn, ymx, self.pixelPadding())
        return super().boundingRect()

    kept_on_pan = True  # off: pyqtgraph forgets the bounds on every view change

    def viewTransformChanged(self) -> None:
        """pyqtgraph's forgets the data bounds and the bounding rectangle on every view change;
        the data bounds are the vertices' own, and the rectangle (in the curve's coordinates)
        changes only with the pixel's size: both kept while that stays (a pan, or a range change
        that leaves the vertices as they were: ~40 µs a curve, and no re-indexing by Qt)."""
        if (_Curve.kept_on_pan and _KeptPixel.quick_pixel and self._boundingRect is not None
                and self._pixel_key is not None and self._pixel_key_now() == self._pixel_key):
            return
        super().viewTransformChanged()

    def update(self, *args) -> None:
        """Drawn by its panel's lines item, the curve has no contents of its own for Qt, which
        then repaints nothing for it: that item is repainted instead."""
        if self.painter is not None:
            self.painter.update()
        super().update(*args)

    quick_paint = True  # off: pyqtgraph's paint for every line drawn with one stroke (tests' reference)

    def paint(self, p, opt, widget) -> None:
        pen = self.opts["pen"]
        if (not self.double or self._exportOpts is not False or self.xData is None
                or not len(self.xData) or pen is None):
            if self._one_stroke(pen, widget):
                # pyqtgraph 0.14.0's paint of a plain line on screen, without its checks of
                # what this curve never has (fill, shadow pen, composition, OpenGL, segments):
                # ~10 µs a line a frame
                p.setRenderHint(p.RenderHint.Antialiasing, self.opts["antialias"])
                p.setPen(pen)
                p.drawPath(self.getPath())
                return
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


    def _one_stroke(self, pen: QPen | None, widget) -> bool:
        """Whether pyqtgraph 0.14.0's paint would only set the antialiasing and the pen and
        draw the path: on screen, vertices, a drawn pen at most 1 px wide (wider ones it may
        draw as segments), no fill, shadow pen, composition mode or OpenGL widget."""
        o = self.opts
        return (_Curve.quick_paint and pen is not None and self._exportOpts is False
                and self.xData is not None and len(self.xData) > 0
                and pg.__version__ == "0.14.0" and pen.style() != Qt.PenStyle.NoPen
                and pen.widthF() <= 1.0 and o["segmentedLineMode"] != "on"
                and o["fillLevel"] is None and o["shadowPen"] is None
                and o["compositionMode"] is None
                and not isinstance(widget, OpenGLHelpers.GraphicsViewGLWidget))


_DOUBLE_OFFSETS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))
_PLOT_CHANGED: list[QMetaMethod] = []


def _plot_changed(curve: _Curve) -> QMetaMethod:
    """The curves' ``sigPlotChanged`` as a meta method (made once), for ``isSignalConnected``."""
    if not _PLOT_CHANGED:
        _PLOT_CHANGED.append(QMetaMethod.fromSignal(curve.sigPlotChanged))
    return _PLOT_CHANGED[0]


class _PanelLines(pg.GraphicsObject):
    """Every line of a panel painted by one item: one paint call and one bounding rectangle a
    frame for Qt instead of one each per line (per line, Qt's walk of the item, its bounds
    asked for twice and pyqtgraph's paint wrapper: ~0.08 ms a line a frame at tier M, measured).

    A line in a plot holding this item (``_Line.itemChange``) keeps its curve with its data,
    pens, bounds (the range), look on exports and hover, but the curve has no contents of its
    own for Qt (``ItemHasNoContents``): this item paints the curves, each with its own ``paint``
    and the painter's state as Qt gives an item, in the order Qt stacks the lines (the parent's
    children in stacking order: by z, then as added). It sits in the lines' band of z (over
    the reference line's 0, under the value labels' 0.5, where nothing but lines sits), so
    what is drawn over and under the lines is as before. Its bounds are the view's range (the
    view box clips its children to itself), so a frame asks no curve for its bounds."""

    quick = True  # off: each curve paints itself (tests' reference; read when a line is added)

    def __init__(self) -> None:
        super().__init__()
        _quiet_geometry(self)
        self.setZValue(LINES_Z)
        self._rect: QRectF | None = None

    def adopt(self, line: _Line) -> None:
        """``line``'s curve painted here (or by itself again when ``quick`` is off)."""
        curve = line.curve
        curve.painter = self if _PanelLines.quick else None
        curve.setFlag(curve.GraphicsItemFlag.ItemHasNoContents, curve.painter is not None)
        self.update()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._rect = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if self._rect is None:
            vb = self.getViewBox()
            r = vb.viewRect() if isinstance(vb, pg.ViewBox) else QRectF()
            if not (r.width() > 0 and r.height() > 0):  # (no view yet): the curves' own
                r = QRectF()
                for line in self._lines():
                    r = r.united(line.curve.mapRectToParent(line.curve.boundingRect()))
            else:  # a margin: the view box clips its children to itself anyway
                r = r.adjusted(-r.width(), -r.height(), r.width(), r.height())
            self._rect = r
        return QRectF(self._rect)

    def _lines(self) -> list[_Line]:
        """The lines whose curves this item paints, in the order Qt stacks them."""
        parent = self.parentItem()
        if parent is None:
            return []
        return [item for item in parent.childItems()
                if isinstance(item, _Line) and item.curve.painter is self]

    def paint(self, p, opt, widget=None) -> None:
        opacity = self.effectiveOpacity()
        for line in self._lines():
            curve = line.curve
            if not (line.isVisible() and curve.isVisible()):
                continue
            o = curve.effectiveOpacity()
            if o <= 0.0:
                continue
            p.save()  # (Qt gives every item the painter as it was before any item's paint)
            t, _ok = curve.itemTransform(self)
            if not t.isIdentity():
                p.setTransform(t, True)
            if o != opacity:
                p.setOpacity(o)
            curve.paint(p, opt, widget)
            p.restore()


def _objects(values: list | np.ndarray) -> np.ndarray:
    """``values`` as a numpy object array, filled one by one: numpy converting a list of Qt
    objects probes each as a possible sequence, ~1 µs apiece (1,600 pens: 1.4 ms against 0.06)."""
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        out[i] = v
    return out


_RECORDS = np.dtype([  # pyqtgraph 0.14.0's ScatterPlotItem record (``.data``)
    ("x", float), ("y", float), ("size", float), ("symbol", object), ("pen", object),
    ("brush", object), ("visible", bool), ("data", object), ("hovered", bool), ("item", object),
    ("sourceRect", [("x", int), ("y", int), ("w", int), ("h", int)])])
_RECORD_OBJECTS = tuple(name for name in _RECORDS.names or () if _RECORDS[name].hasobject)


def _records(n: int) -> np.ndarray:
    """``np.empty(n, dtype=_RECORDS)`` as numpy makes it (numbers 0, objects None), faster."""
    data = np.zeros(n, dtype=_RECORDS)
    for name in _RECORD_OBJECTS:
        data[name] = None
    return data


class _KeptSymbols:
    """A scatter's points as its paint reads them, contiguous (see ``_Symbols.paint``)."""

    def __init__(self, data: np.ndarray) -> None:
        self.data = data  # the record array these were read from
        self.x = np.ascontiguousarray(data["x"])
        self.y = np.ascontiguousarray(data["y"])
        places = data["sourceRect"]
        self.places = np.stack([places[name] for name in ("x", "y", "w", "h")], axis=1)
        self.half_w, self.half_h = places["w"] / 2, places["h"] / 2  # (pyqtgraph's _maskAt)
        visible = data["visible"]
        self.visible: np.ndarray | None = None if visible.all() else visible.copy()
        self._boxes_key: tuple[float, float] | None = None
        self._boxes: tuple[np.ndarray, ...] = ()
        self.fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        self.written: float | None = None  # fragments hold every point's place at this ratio

    def boxes(self, lengths: tuple[float, float]) -> tuple[np.ndarray, ...]:
        """Each symbol's right, left, upper and lower edge in data units at this pixel size,
        as pyqtgraph's ``_maskAt`` computes them."""
        if lengths != self._boxes_key:
            w, h = self.half_w * lengths[0], self.half_h * lengths[1]
            self._boxes = (self.x + w, self.x - w, self.y + h, self.y - h)
            self._boxes_key = lengths
        return self._boxes


class _Symbols(_KeptPixel, pg.ScatterPlotItem):
    """A panel's line symbols: pyqtgraph's scatter, with per-point pens and brushes stored and
    their atlas places looked up once per style rather than once per point.

    pyqtgraph converts a list of per-point pens or brushes through numpy (slow on Qt objects, see
    ``_objects``), compares each with None, and keys the symbol atlas per point by attribute
    lookups on the Qt objects: ~5 µs a point, 11 ms for a tier-M panel on every filter change,
    measured. Here every point keeps the same pen, brush, symbol, size and atlas place as there:
    only the bookkeeping is grouped (points sharing one style share one lookup)."""

    _styled: np.ndarray | None = None  # during set_styled: each point's style number
    data: np.ndarray  # pyqtgraph's record array of the points (see _RECORDS)

    def set_styled(self, x: np.ndarray, y: np.ndarray, symbol: np.ndarray, size: np.ndarray,
                   pen: np.ndarray, brush: np.ndarray, styles: np.ndarray, use_cache: bool) -> None:
        """``setData`` with per-point columns already made (object arrays of the very pens and
        brushes) and ``styles``, a number per point that is the same for two points exactly when
        their symbol, size, pen and brush are: the atlas places are then found per style number,
        not by reading every point's style."""
        self._styled = styles
        try:
            if not self._set_records(x, y, symbol, size, pen, brush, use_cache):
                self.setData(x=x, y=y, symbol=symbol, size=size, pen=pen, brush=brush,
                             useCache=use_cache)
        finally:
            self._styled = None

    quick_records = True  # off: pyqtgraph's setData makes the record array (tests' reference)

    def _set_records(self, x: np.ndarray, y: np.ndarray, symbol: np.ndarray, size: np.ndarray,
                     pen: np.ndarray, brush: np.ndarray, use_cache: bool) -> bool:
        """What pyqtgraph 0.14.0's ``setData(x=, y=, symbol=, size=, pen=, brush=, useCache=)``
        does (``clear``, then ``addPoints``), step by step, with the new record array made by
        ``_records`` instead of ``np.empty``: numpy fills an empty array's object fields with
        None one field of one record at a time (0.65 ms for a tier-M panel's 2,000 points on
        every filter change, measured; zeroed memory and five column fills, 0.12 ms). False (and
        nothing done) where pyqtgraph is not the version this follows or its records are laid out
        otherwise: then its own ``setData``."""
        if not _Symbols.quick_records or pg.__version__ != "0.14.0" or self.data.dtype != _RECORDS:
            return False
        old = self.data  # (kept until the end, as pyqtgraph's setData keeps it)
        self.clear()
        data: np.ndarray = _records(len(y))
        self.data = data
        data["size"] = -1  # (the scatter's own size)
        data["visible"] = True
        data["x"] = x
        data["y"] = y
        self.opts["useCache"] = use_cache
        for setter, values in ((self.setPen, pen), (self.setBrush, brush), (self.setSymbol, symbol),
                               (self.setSize, size)):
            setter(values, update=False, dataSet=data, mask=None)
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.bounds = [None, None]
        self.invalidate()
        self.updateSpots(data)
        self.sigPlotChanged.emit(self)
        del old
        return True

    def boundingRect(self) -> QRectF:
        """pyqtgraph's (which keeps nothing: the pixel's size afresh on every query, several a
        frame), with the pixel's size kept (``_KeptPixel``)."""
        if _KeptPixel.quick_pixel:
            (xmn, xmx), (ymn, ymx) = self.dataBounds(ax=0), self.dataBounds(ax=1)
            xmn, xmx = (0, 0) if xmn is None or xmx is None else (xmn, xmx)
            ymn, ymx = (0, 0) if ymn is None or ymx is None else (ymn, ymx)
            rect = self._padded_rect(xmn, xmx, ymn, ymx, self.pixelPadding())
            if rect is not None:
                return rect
        return super().boundingRect()

    quick_paint = True  # off: pyqtgraph's paint (tests' reference)
    cull = True  # off: every symbol in view drawn, whatever part is repainted (tests' reference)
    _kept: _KeptSymbols | None = None

    def invalidate(self) -> None:
        """pyqtgraph's, called after every change to the points or their atlas places; the
        arrays kept for painting are made again."""
        self._kept = None
        super().invalidate()

    def paint(self, p, option, widget) -> None:
        """pyqtgraph 0.14.0's paint from the symbol atlas (``pxMode`` and ``useCache``, on
        screen) with the same fragments, made cheaper: pyqtgraph reads every point's x, y and
        atlas place out of its record array (strided), maps every point, then copies those in
        view twice (~1.2 ms of a frame with 10^4 symbols). Here those columns are kept
        contiguous until the points change (``invalidate``), and while every point is in view the
        fragments' atlas places stay written: a frame maps the points and writes their places
        on the device. Each symbol is the same fragment at the same place, in the same order.
        Anything else (an export, another device pixel ratio, another pyqtgraph): its paint."""
        lengths = rect = None
        if (_Symbols.quick_paint and _KeptPixel.quick_pixel and pg.__version__ == "0.14.0"
                and self.data.dtype == _RECORDS and self._exportOpts is False
                and self.opts["pxMode"] is True and self.opts["useCache"]
                and self.opts.get("compositionMode") is None and widget is not None
                and widget.devicePixelRatioF() == self.fragmentAtlas.devicePixelRatio()):
            lengths, rect = self._pixel_lengths(), self.viewRect()
        if lengths is None or rect is None:
            super().paint(p, option, widget)
            return
        kept = self._kept
        if kept is None or kept.data is not self.data:
            kept = self._kept = _KeptSymbols(self.data)
        # pyqtgraph's _maskAt(viewRect()): a point is drawn when its symbol's box meets the view;
        # in a repaint of a small part, when it meets that part (see small_clip)
        part = small_clip(p) if _Symbols.cull else None
        if part is not None:
            back, ok = p.deviceTransform().inverted()
            rect = rect.intersected(back.mapRect(part)) if ok else rect
        right, left, up, down = kept.boxes(lengths)
        shown = ((right > rect.left()) & (left < rect.right()) & (up > rect.top())
                 & (down < rect.bottom()))
        if kept.visible is not None:
            shown &= kept.visible
        every = bool(shown.all())
        x, y = (kept.x, kept.y) if every else (kept.x[shown], kept.y[shown])
        t = p.transform()
        p.resetTransform()
        frags = kept.fragments
        frags.resize(len(x))
        out = frags.ndarray()
        # pyqtgraph's transformCoordinates: (m11 x + m21 y) + dx, clipped to +-2^30
        for col, (a, b, d) in enumerate(((t.m11(), t.m21(), t.dx()), (t.m12(), t.m22(), t.dy()))):
            mapped = x * a
            mapped += y * b
            mapped += d
            out[:, col] = np.clip(mapped, -2 ** 30, 2 ** 30, out=mapped)
        dpr = self.fragmentAtlas.devicePixelRatio()
        if not (every and kept.written == dpr):  # (written: every point's place, at this ratio)
            out[:, 2:6] = kept.places if every else kept.places[shown]
            out[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]  # scale x, scale y, rotation, opacity
            kept.written = dpr if every else None
        p.drawPixmapFragments(*frags.drawargs(), self.fragmentAtlas.pixmap)

    def viewTransformChanged(self) -> None:
        """As pyqtgraph's, keeping the data bounds: they are the points' extremes (and the
        spots' width in data units), which no view change moves; pyqtgraph forgets them and
        scans every point again on the next query (~0.1 ms at 10^4 points, a frame)."""
        if not _KeptPixel.quick_pixel:
            super().viewTransformChanged()
            return
        self.prepareGeometryChange()
        pg.GraphicsObject.viewTransformChanged(self)

    def setPen(self, *args, **kargs):
        if len(args) == 1 and kargs.get("mask") is None and (
                (self._styled is not None and isinstance(args[0], np.ndarray))
                or (isinstance(args[0], list) and all(isinstance(p, QPen) for p in args[0]))):
            return self._set_styles("pen", args[0], kargs)
        return super().setPen(*args, **kargs)

    def setBrush(self, *args, **kargs):
        if len(args) == 1 and kargs.get("mask") is None and (
                (self._styled is not None and isinstance(args[0], np.ndarray))
                or (isinstance(args[0], list) and all(isinstance(b, QBrush) for b in args[0]))):
            return self._set_styles("brush", args[0], kargs)
        return super().setBrush(*args, **kargs)

    def _set_styles(self, field: str, values: list | np.ndarray, kargs: dict) -> None:
        data = kargs.get("dataSet", self.data)
        assert data is not None  # the scatter always has its record array
        if len(values) != len(data):
            raise ValueError(f"Number of {field}s does not match number of points "
                             f"({len(values)} != {len(data)})")
        # the very objects, as pyqtgraph's _mkPen/_mkBrush keep
        data[field] = values if isinstance(values, np.ndarray) else _objects(values)
        data["sourceRect"] = 0
        if kargs.get("update", True):
            self.updateSpots(data)

    def updateSpots(self, dataSet=None):
        data = self.data if dataSet is None else dataSet
        if not (self.opts["pxMode"] and self.opts["useCache"]) or self.opts["hoverable"]:
            return super().updateSpots(dataSet)
        mask = data["sourceRect"]["w"] == 0
        styled = self._styled
        if styled is not None and len(styled) == len(data) and len(data) and mask.all():
            # every point new, its style numbered (set_styled): the styles in the order their
            # first point comes, as the grouping below finds them
            numbers, firsts = np.unique(styled, return_index=True)
            order = np.argsort(firsts, kind="stable")
            group = np.empty(int(numbers[-1]) + 1, dtype=np.intp)
            group[numbers[order]] = np.arange(len(order), dtype=np.intp)
            found = [(data["symbol"][i], data["size"][i], data["pen"][i], data["brush"][i])
                     for i in firsts[order].tolist()]
            places = np.array(self.fragmentAtlas[found], dtype=data["sourceRect"].dtype)
            data["sourceRect"] = places[group[styled]]
            self._maybeRebuildAtlas()
            self._updateMaxSpotSizes(data=data)
            self.invalidate()
            return None
        if np.any(mask):
            cols = {}
            for name in ("symbol", "size", "pen", "brush"):
                col = data[name][mask]
                default = col == -1 if name == "size" else np.fromiter(
                    (v is None for v in col), dtype=bool, count=len(col))
                if default.any():  # a point without its own: the scatter's (as _style gives)
                    col = col.copy()
                    col[default] = self.opts[name]
                cols[name] = col
            first: dict[tuple, int] = {}
            inverse = np.empty(len(cols["size"]), dtype=np.intp)
            styles: list[tuple] = []
            for i, key in enumerate(zip(cols["symbol"].tolist(), cols["size"].tolist(),
                                        map(id, cols["pen"]), map(id, cols["brush"]))):
                j = first.get(key)
                if j is None:
                    j = first[key] = len(styles)
                    styles.append((cols["symbol"][i], cols["size"][i], cols["pen"][i],
                                   cols["brush"][i]))
                inverse[i] = j
            coords = np.array(self.fragmentAtlas[styles], dtype=data["sourceRect"].dtype)
            data["sourceRect"][mask] = coords[inverse]
            self._maybeRebuildAtlas()
            self._updateMaxSpotSizes(data=data)
            self.invalidate()
            return None
        self._maybeRebuildAtlas()
        self._updateMaxSpotSizes(data=data)
        return None


_STALE = (math.nan,) * 4  # a view key no view has (nan equals nothing): display to be remade


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
    _dataset: PlotDataset | None  # pyqtgraph's: the series' own x and y

    idle_when_kept = True  # off: a line hidden for reuse still follows every view change

    def __init__(self) -> None:
        # before pyqtgraph's constructor, which already calls the overridden hooks
        self._pyramid: Pyramid | None = None
        self._shown: tuple[float, float, float, float] | None = None  # _view_key of the display
        self._pens: tuple[QPen, QPen] | None = None  # (sparse, dense)
        self._colour = ""  # what the pens were made of
        self._always_thin = False
        self._by_density = True  # False on exports: a file keeps the look it always had
        self._dense = True
        self.kept_in_plot = False  # dropped by its panel, hidden in the plot for reuse
        super().__init__(antialias=False)
        old, self.curve = self.curve, _Curve()  # the same curve, drawn cheaper (see _Curve)
        old.sigClicked.disconnect(self.sigClicked)
        old.setParentItem(None)
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)

    def itemChange(self, change, value):
        ret = super().itemChange(change, value)
        curve = getattr(self, "curve", None)  # (pyqtgraph's constructor calls this before it is set)
        painter = getattr(curve, "painter", None)
        if painter is not None and change in (self.GraphicsItemChange.ItemVisibleHasChanged,
                                              self.GraphicsItemChange.ItemZValueHasChanged,
                                              self.GraphicsItemChange.ItemParentChange):
            painter.update()  # (the curve has no contents of its own for Qt: see _PanelLines)
        if change == self.GraphicsItemChange.ItemParentHasChanged and isinstance(curve, _Curve):
            parent = self.parentItem()
            found = None if parent is None else next(
                (i for i in parent.childItems() if isinstance(i, _PanelLines)), None)
            if found is not None:
                found.adopt(self)
            elif painter is not None:  # out of its panel: the curve paints itself again
                curve.painter = None
                curve.setFlag(curve.GraphicsItemFlag.ItemHasNoContents, False)
        return ret

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
            if self._shown is _STALE:  # kept hidden while the view changed: follow it now
                self._redisplay()
            return
        quick = (self._pens is not None and self._dataset is not None and len(x) > 0
                 and self.curve.xData is not None and colour == self._colour
                 and (self._always_thin, self._by_density, self.opts.get("name"))
                 == (always_thin, by_density, name))
        self._pyramid = Pyramid(x, y)
        self._always_thin, self._by_density = always_thin, by_density
        self._shown = None
        if not quick:
            self._pens = (pg.mkPen(colour, width=2), pg.mkPen(colour, width=1))
            self._colour = colour
            self.setData(x=self._pyramid.x, y=self._pyramid.y, name=name)
            return
        # The same line with new figures (a filter change): what pyqtgraph's setData does for new
        # x and y, without parsing its arguments, walking every option and re-applying every
        # style to the curve (~0.1 ms a line). The pens stand; only the vertices change, unless
        # the pen the density calls for does (then the styles go through updateItems as before).
        self._dataset = PlotDataset(self._pyramid.x, self._pyramid.y)
        self._datasetMapped = None
        self._datasetDisplay = None
        self._adsLastValue = 1
        if _Line.display_on_view and not self.kept_in_plot and isinstance(self.getViewBox(), pg.ViewBox):
            # Displayed for the panel's new range (its change, or ``settle``): displayed here, for
            # the range the old figures had, the vertices were made twice a filter change.
            self._shown = _STALE
        else:
            dense = self._dense
            shown = self._getDisplayDataset()
            if shown is not None and self._dense == dense:
                self.curve.set_vertices(shown.x, shown.y)
            else:
                self.updateItems(styleUpdate=False)
        self.informViewBoundsChanged()
        self.sigPlotChanged.emit(self)

    display_on_view = True  # off: new figures displayed at once, for the view then (tests' reference)

    def settle(self) -> None:
        """New figures not displayed yet (the panel's range stayed): displayed for the view now."""
        if self._shown is _STALE and not self.kept_in_plot:
            self._redisplay()

    @property
    def pyramid(self) -> Pyramid | None:
        return self._pyramid

    @property
    def display_vertices(self) -> int:
        """How many vertices the curve draws now (tests, benchmarks)."""
        ds = self._datasetDisplay
        return 0 if ds is None or ds.x is None else len(ds.x)

    def _view_key(self) -> tuple[float, float, float, float] | None:
        """(lo, hi, width in pixels, where lo falls in its device pixel) of the view now."""
        vb = self.getViewBox()
        if not isinstance(vb, pg.ViewBox) or self._pyramid is None:
            return None  # (a line being added is in the scene's view a moment before its box)
        # (the view's own numbers, read in place: viewRange() copies both ranges, width() goes
        # through a Python wrapper; twice a line a frame)
        lo, hi = vb.state["viewRange"][0]
        geometry = vb.geometry()
        width = float(geometry.width())
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

    quick_range = True  # off: a range change redisplays each line twice (tests' reference)

    def viewRangeChanged(self, vb=None, ranges=None, changed=None) -> None:
        if changed is not None and not changed[0]:
            return  # a new y range draws the same vertices
        shown = self._shown
        if (_Line.quick_range and changed is not None and shown is not None
                and isinstance(vb, pg.ViewBox) and tuple(vb.state["viewRange"][0]) == shown[:2]):
            # The view's transform changed first and the line was redisplayed for this very
            # range then (the view box brings its matrix up to date when a range listener maps
            # anything, and the chart settles the view before a paint): a view key again (~15 µs).
            # A new width or place comes with a transform change, which redisplays.
            return
        self._redisplay()

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self._redisplay()

    def _redisplay(self) -> None:
        if self.kept_in_plot and _Line.idle_when_kept:
            self._shown = _STALE  # hidden for reuse: follows the view again when shown (_line_for)
            return
        if self._pyramid is None or self._dataset is None or not isinstance(self.getViewBox(), pg.ViewBox):
            return  # not in a plot (yet: a kept line re-added is redisplayed once in its box)
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
            self.curve.set_vertices(x, y)
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
