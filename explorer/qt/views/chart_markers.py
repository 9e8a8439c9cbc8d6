"""A panel's event markers, drawn by one item: dashed vertical lines with their titles.

One ``pyqtgraph.InfiniteLine`` and ``InfLineLabel`` per marker cost a scene item, a transform, a
z value and Python calls on every view change apiece (~3.7 ms of a filter change at tier M,
measured). ``EventMarkers`` draws every marker of a panel in one paint, with the very painter
transforms, pens and text documents those items drew with (tested pixel for pixel against
pyqtgraph's items). It hovers, takes clicks on a line and on its title (both select the event)
and lays the titles out in rows. Unlike those items it keeps text readable: a title takes a row
clear of the panel's value labels, and a line stops short of the value labels and of other
events' titles instead of running through them (``clear_lines``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem

from explorer.charts.chart_spec import EventMarker
from explorer.qt import theme as qt_theme
from explorer.qt.views.chart_items import small_clip

MARKER_HIT_PX = 5.0  # the hover readout names a marker this near the pointer
MARKER_LABEL_CHARS = 26
MARKER_LABEL_ROWS = 3  # rows of event labels at the top of a time chart, at most
MARKER_POOL = 64  # markers no longer shown kept with their laid-out titles, for their return
MARKERS_Z = -2.0  # under the data (z >= 0), over the crosshair (z -5)
# a line's hover and click reach on each side: pyqtgraph's bounds for a line whose pens are at
# most 3 px wide (half the widest pen, plus 1) and its scene's 2-px click radius
_LINE_HALF_PX = 2.5
_CLICK_RADIUS_PX = 2.0
_LINE_POSITION = 0.95  # where a title sits before the layout gives it a row (share of height)
_EXTRA_POSITION = 0.05
_CLEAR_PX = 2.0  # the gap a line leaves around a value label or another event's title
# the anchor pyqtgraph gives a vertical line's label: right of the line in the view's left half
_ANCHORS = ((0.0, 0.5), (1.0, 0.5))
_TURN = QTransform(0.0, 1.0, -1.0, 0.0, 0.0, 0.0)  # QTransform().rotate(90), exactly
# a partial repaint grows what it repaints by this (scene px): half the chosen 3-px pen, its
# square cap and the titles' antialiased edges, with room to spare
_PAD_PX = 4.0
_MOST_SHARE = 0.4  # a change spread over more of the plot than this: the whole plot repainted


def short(text: str, n: int = MARKER_LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass(eq=False)
class Marker:
    """One event marker of a panel (the readout, tests and exports read it)."""

    event_id: str
    x: float
    marker: EventMarker | None = None
    text: QGraphicsTextItem | None = None  # its title's laid-out text (None: an unlabelled panel)
    position: float = _LINE_POSITION  # its title's height, a share of the view from the bottom
    label_shown: bool = True
    chosen: bool = False
    pen: QPen = field(default_factory=QPen)
    owner: EventMarkers | None = None

    def value(self) -> float:
        return self.x

    def isVisible(self) -> bool:
        return self.owner is not None and (self in self.owner.markers.values()
                                           or (self is self.owner.extra and self.owner.extra_shown))

    @property
    def label(self) -> MarkerLabel | None:
        return MarkerLabel(self) if self.text is not None else None


@dataclass(frozen=True, eq=False)
class MarkerLabel:
    """A marker's title as tests read a text item: its text, whether it shows, its box."""

    line: Marker

    def toPlainText(self) -> str:
        assert self.line.text is not None
        return self.line.text.toPlainText()

    def isVisible(self) -> bool:
        return self.line.isVisible() and self.line.label_shown

    def boundingRect(self) -> QRectF:
        assert self.line.text is not None
        return self.line.text.boundingRect()

    def sceneBoundingRect(self) -> QRectF:
        owner = self.line.owner
        assert owner is not None
        return owner.label_rect(self.line)


class EventMarkers(pg.GraphicsObject):
    """Every event marker of one panel, and the selected event's date when it has none.

    Drawn as pyqtgraph drew a line and its label: the line in a frame turned by 90 degrees at
    its value, from the bottom of the view to its top, with its (cosmetic, mitred) pen and no
    antialiasing; the label's box and text in pixels at its place along the line (its anchor
    keeps it inside the view), the box antialiased. Lines stack in the order they came, the
    chosen one and the extra date on top, and the titles over every line, in the same order.
    Added with ``ignoreBounds`` to the plot's view box."""

    sig_clicked = Signal(str)
    """A marker or its title was clicked: the event's id."""

    clear_lines = True  # off: lines and titles stacked as pyqtgraph's items (tests' reference)
    quick_titles = True  # off: each title's frame and each line's runs the longer way (tests' reference)
    keep_layout = True  # off: titles laid out again at every call (tests' reference)
    titles_out_of_view_hidden = True  # off: laid out when none is in view too (tests' reference)
    partial_repaint = True  # off: any change repaints the whole plot (tests' reference)
    keep_boxes = True  # off: the value labels' boxes worked out at every layout (tests' reference)
    cull_lines = True  # off: lines outside the view drawn too, clipped away (tests' reference)

    def __init__(self, colours: tuple[str, str, str]) -> None:
        super().__init__()
        self.setZValue(MARKERS_Z)
        self.setFlag(self.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)  # over its shape: the lines and titles
        self.markers: dict[str, Marker] = {}  # shown, in stacking order: as they came
        self.pool: dict[str, Marker] = {}  # no longer shown, oldest first (see MARKER_POOL)
        self.extra = Marker("", 0.0, owner=self, position=_EXTRA_POSITION)
        self.extra_shown = False
        self._font: QFont | None = None  # the export's font for every title (None: the screen's)
        self._hovered: Marker | None = None
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        # the boxes titles and lines keep clear of: the panel's value labels
        self._labels: _Labels | None = None
        self._sizes: Callable[[], list[_Size]] = list
        self._clear_of = _NO_BOXES  # those boxes in the data's coordinates, padded (see _boxes)
        # what ``_clear_of`` was worked out from: the labels' list, their sizes' list, the pixel
        self._boxes_from: tuple | None = None
        # the lines' runs, for a transform and the lines drawn
        self._runs: tuple[QTransform, list[int], _ClearRuns] | None = None
        self._option = QStyleOptionGraphicsItem()  # a title's paint option
        # what the titles' last layout was made for (see layout_labels); None: lay out again
        self._layout_key: tuple | None = None
        self.layouts = 0  # layouts made (for tests)
        self._painted: _Painted | None = None  # what the last paint drew (see _marks_changed)
        self.set_colours(*colours)

    # -- what is drawn ----------------------------------------------------------------------------
    def set_colours(self, selection: str, muted: str, surface: str) -> None:
        chosen, plain = (pg.mkPen(selection, width=3),
                         pg.mkPen(muted, width=1.2, style=Qt.PenStyle.DashLine))
        for pen in (chosen, plain):
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)  # as pyqtgraph's paint sets it
        self._pens = (chosen, plain)
        self._colours = (QColor(selection), QColor(muted))
        self._fills = (pg.mkBrush(_alpha(surface, 210)), pg.mkBrush(_alpha(surface, 220)))
        for m in [*self.markers.values(), *self.pool.values()]:
            self._style(m, force=True)
        if self.extra.text is not None:
            self.extra.text.setDefaultTextColor(self._colours[0])
        self.extra.pen = chosen
        self.update()

    def set_markers(self, wanted: dict[str, EventMarker], labelled: bool,
                    selected: str | None) -> None:
        """Show ``wanted`` (by event id): a marker that stays keeps its place in the stack, one
        that returns from the pool keeps its laid-out title, the others are new on top."""
        for event_id in [e for e in self.markers if e not in wanted]:
            gone = self.markers.pop(event_id)
            if self._hovered is gone:
                self._hovered = None
            self.pool[event_id] = gone
            if len(self.pool) > MARKER_POOL:
                del self.pool[next(iter(self.pool))]
        for ev in wanted.values():
            line = self.markers.get(ev.event_id)
            if line is None:
                kept = self.pool.pop(ev.event_id, None)
                if kept is not None and (kept.text is not None) != labelled:
                    kept = None
                line = kept or Marker(ev.event_id, ev.x, owner=self, text=self._text() if labelled else None)
                self._layout_key = None  # a title placed nowhere yet
                line.label_shown = True  # until the layout says otherwise
                line.position = _LINE_POSITION
                self.markers[ev.event_id] = line
            line.x = ev.x
            line.marker = ev
            if line.text is not None:
                words = short(ev.label)
                if line.text.toPlainText() != words:
                    line.text.setPlainText(words)
            line.chosen = ev.event_id == selected
            self._style(line)
        self._marks_changed()

    def set_extra(self, x: float | None, event_id: str, label: str) -> None:
        """The selected event's date when it has no marker (None: none shown)."""
        self.extra_shown = x is not None
        if x is not None:
            extra = self.extra
            if extra.text is None:
                extra.text = QGraphicsTextItem()
                if self._font is not None:
                    extra.text.setFont(self._font)
                extra.text.setDefaultTextColor(self._colours[0])
            extra.event_id, extra.x, extra.pen = event_id, x, self._pens[0]
            words = short(label)
            if extra.text.toPlainText() != words:
                extra.text.setPlainText(words)
        self._marks_changed()

    def set_font(self, font: QFont) -> None:
        """Every title in ``font`` (a slide's), the extra date's too."""
        self._font = QFont(font)
        for m in [*self.markers.values(), *self.pool.values(), self.extra]:
            if m.text is not None:
                m.text.setFont(font)
        self._changed()

    def _text(self) -> QGraphicsTextItem:
        text = QGraphicsTextItem()
        if self._font is not None:
            text.setFont(self._font)
        else:
            font = QFont()
            font.setPointSizeF(8.0 * qt_theme.text_scale())
            text.setFont(font)
        text.setDefaultTextColor(self._colours[1])
        return text

    def _style(self, m: Marker, force: bool = False) -> None:
        pen = self._pens[0] if m.chosen else self._pens[1]
        if force or m.pen is not pen:
            m.pen = pen
            if m.text is not None:
                m.text.setDefaultTextColor(self._colours[0] if m.chosen else self._colours[1])

    def keep_clear_of(self, labels: _Labels, sizes: Callable[[], list[_Size]] | None = None) -> None:
        """Titles and lines keep clear of ``labels``' boxes (read at each layout): a title takes
        a row where it covers none, a line stops short of them. ``sizes``: the labels' sizes
        (default ``labels.sizes``; the panel keeps them while the labels stay)."""
        self._labels = labels
        self._sizes = sizes or labels.sizes

    def layout_labels(self, selected: str | None) -> None:
        """Give titles one of a few rows near the top, greedily from left to right (the selected
        event first), clear of each other and of the obstacles (the value labels); a title that
        fits no row is hidden (hover still names it)."""
        labelled = [m for m in self.markers.values() if m.text is not None]
        vb = self._view_box()
        if EventMarkers.clear_lines and vb is not None and vb.width() > 0:
            vb.updateMatrix()  # (the view's transform is brought up to date only for a paint)
            up = self.parentItem()
            scene = up.sceneTransform() if up is not None else QTransform()
            # a scene unit in the data's units: labels are drawn in scene units, unscaled
            self._clear_of = (self._value_label_boxes(1 / abs(scene.m11() or 1.0), 1 / abs(scene.m22() or 1.0))
                              if self._labels is not None else _NO_BOXES)
        else:
            self._clear_of = _NO_BOXES
        if not labelled or vb is None:
            self._marks_changed()
            return
        (lo, hi), y_range = vb.viewRange()
        if EventMarkers.titles_out_of_view_hidden and not any(lo <= m.x <= hi for m in labelled):
            # No titled marker in view (a linked zoom into a stretch without events): every
            # title is hidden, as the layout below would leave it, without the view's pixel
            # size, the key or the rows (~60 µs a panel a step, measured). The next layout
            # is made afresh: the titles' rows were not kept.
            for m in labelled:
                m.label_shown = False
            self._layout_key = None
            self._marks_changed()
            return
        px_w = vb.viewPixelSize()[0] if vb.width() > 0 else 0.0
        # The layout depends on the titles (their texts and places), the view and the boxes kept
        # clear of, and on the selection only where it is one of these titles (it goes first): a
        # step from one unmarked event to another at tier L laid the same rows out again (~27 %
        # of the step, measured). A title coming back, its place reset, clears it (set_markers).
        first = next((m.event_id for m in labelled if m.event_id == selected), None)
        key = (first, px_w, lo, hi, *y_range, vb.width(), vb.height(), self._clear_of.tobytes(),
               labelled[0].text.font().key(),  # type: ignore[union-attr]
               tuple((m.event_id, m.x, m.text.toPlainText()) for m in labelled))  # type: ignore[union-attr]
        if self.keep_layout and key == self._layout_key:
            self._marks_changed()
            return
        self._layout_key = key
        self.layouts += 1
        centre = (lo + hi) / 2
        # rows in pixels from the top: as many as fit in the upper part of the plot, at most three
        view_h = max(float(vb.height()), 1.0)
        label_h = max(labelled[0].text.boundingRect().height(), 12.0)  # type: ignore[union-attr]
        n_rows = max(1, min(MARKER_LABEL_ROWS, int(view_h * 0.45 // (label_h + 1))))
        heights = [1.0 - (label_h / 2 + 3 + i * (label_h + 1)) / view_h for i in range(n_rows)]
        rows: list[list[tuple[float, float]]] = [[] for _ in heights]
        # the obstacles reaching up into the rows (most value labels sit lower, by the data)
        y_lo, y_hi = y_range
        lowest = y_lo + (y_hi - y_lo) * (heights[-1] - (label_h / 2 + 4) / view_h)
        reach = self._clear_of[self._clear_of[:, 3] > lowest]
        # A few boxes are compared one by one, more than _ClearRuns.FEW with numpy (their
        # columns in pixels once per layout); every title's frame comes from the view's one
        # (``title_undo``): numpy's calls and a frame per title were ~60 % of a layout of 17
        # titles at tier M, and the frames ~70 % of one of 35 titles at tier L (measured).
        quick = EventMarkers.quick_titles and len(reach) <= _ClearRuns.FEW
        if quick:
            boxes = reach.tolist()
        else:
            left_px, right_px = reach[:, 0] / (px_w or 1.0), reach[:, 2] / (px_w or 1.0)
        up = self.parentItem()
        frame = None
        if EventMarkers.quick_titles and up is not None:
            scene = up.sceneTransform()
            frame = (scene, self.title_undo(self.line_transform(labelled[0], scene)),
                     scene.inverted()[0])
        labelled.sort(key=lambda m: (m.event_id != selected, m.x))
        for m in labelled:
            m.label_shown = False
            if not (px_w > 0 and lo <= m.x <= hi):
                continue
            w = m.text.boundingRect().width() + 6  # type: ignore[union-attr]
            x_px = m.x / px_w
            # the text is right of the line in the left half of the view, else left
            extent = (x_px, x_px + w) if m.x < centre else (x_px - w, x_px)
            # the value labels in its columns (none: its box is not needed)
            if quick:
                near = [b for b in boxes if b[0] / px_w < extent[1] and b[2] / px_w > extent[0]]
            else:
                near = reach[(left_px < extent[1]) & (right_px > extent[0])].tolist()  # (a few)
            row = next((r for r, taken in enumerate(rows)
                        if all(extent[1] <= a or extent[0] >= b for a, b in taken)
                        and not self._covers(near, m, heights[r], frame)), None)
            if row is not None:
                rows[row].append(extent)
                m.label_shown, m.position = True, heights[row]
        self._marks_changed()

    def _value_label_boxes(self, px_w: float, px_h: float) -> np.ndarray:
        """``_label_boxes`` of the panel's value labels at this pixel size. Their points and
        reach in pixels are kept while the labels (a new list each time they change,
        ``set_shown``) and their sizes (one list the panel keeps while they stay) stay, and the
        boxes while the pixel's size stays too: a linked pan or zoom moves the view, not the
        labels, and every panel's layout made them all again at every step (~0.1 ms a panel,
        measured inside a step)."""
        assert self._labels is not None
        shown, sizes = self._labels.shown, self._sizes()
        if not EventMarkers.keep_boxes:
            return _label_boxes(shown, sizes, px_w, px_h)
        made = self._boxes_from
        if made is None or made[0] is not shown or made[1] is not sizes:
            made = self._boxes_from = (shown, sizes, _label_reach(shown, sizes), None)
        if made[3] is None or made[3][:2] != (px_w, px_h):
            made = self._boxes_from = (*made[:3], (px_w, px_h, _boxes_at(made[2], px_w, px_h)))
        return made[3][2]

    def _covers(self, near: np.ndarray | list[list[float]], m: Marker, position: float,
                frame: tuple[QTransform, QTransform, QTransform] | None = None) -> bool:
        """Whether ``m``'s title, at ``position``, would cover one of ``near`` (``_boxes``' rows
        in its columns: an array, or a list of a few). ``frame``: the parent's scene transform,
        ``title_undo`` of it and its inverse, when the caller has them (then ``near`` is a list)."""
        up = self.parentItem()
        if not len(near) or up is None:
            return False
        m.position = position
        if frame is None:
            box = up.mapRectFromScene(self.label_rect(m))
        else:
            placed = self.label_frame(m, frame[0], frame[1])
            if placed is None or m.text is None:
                box = up.mapRectFromScene(QRectF())
            else:  # (``label_rect``, then the scene's inverse: ``mapRectFromScene``)
                box = frame[2].mapRect(placed[0].mapRect(m.text.boundingRect().translated(placed[1])))
        x0, y0, x1, y1 = box.normalized().getCoords()
        if isinstance(near, list):
            return any(b[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0 for b in near)
        return bool(np.any((near[:, 0] < x1) & (near[:, 2] > x0)
                           & (near[:, 1] < y1) & (near[:, 3] > y0)))

    def drawn(self) -> list[Marker]:
        """The markers in the order they are drawn (the chosen one and the extra date last)."""
        out = [m for m in self.markers.values() if not m.chosen]
        out += [m for m in self.markers.values() if m.chosen]
        if self.extra_shown:
            out.append(self.extra)
        return out

    # -- geometry -----------------------------------------------------------------------------------
    def _view_box(self) -> pg.ViewBox | None:
        vb = self.getViewBox()
        return vb if isinstance(vb, pg.ViewBox) else None

    def _changed(self) -> None:
        self._shape = None
        self._runs = None
        self.prepareGeometryChange()
        self.update()

    def _marks_changed(self) -> None:
        """Which markers show, their pens, titles or titles' rows changed, not the view, fonts,
        colours or boxes kept clear of: when that is in a small part of the plot (a step to the
        next event), only that part is repainted, as one rectangle; else the whole plot. Qt
        paints every item there again, clipped (a whole plot: ~3.5 ms at tier M, measured), and
        a clip of several rectangles makes its drawing slower than none (several markers come
        and go in a search: 4.5 against 3.6 ms at M), so the part is one rectangle."""
        self._shape = None
        self._runs = None
        part = self._dirty_part() if EventMarkers.partial_repaint else None
        if part is None:
            self.prepareGeometryChange()
            self.update()
        elif not part.isEmpty():
            self.scene().update(part)

    def _looks(self) -> tuple[set[tuple[float, bool]], dict[tuple, Marker]]:
        """What the next paint draws: each line (its value, chosen pen or not) and each shown
        title (what places and colours it) with its marker."""
        lines, titles = set(), {}
        for m in self.drawn():
            lines.add(self._line_look(m))
            if m.text is not None and (m.label_shown or m is self.extra):
                titles[self._title_look(m)] = m
        return lines, titles

    def _line_look(self, m: Marker) -> tuple[float, bool]:
        return m.x, m is self._hovered or m.pen is self._pens[0]

    def _title_look(self, m: Marker) -> tuple:
        return m.x, m.position, m.chosen, m is self.extra, m.text.toPlainText()  # type: ignore[union-attr]

    def _dirty_part(self) -> QRectF | None:
        """The scene's rectangle holding all the next paint changes against the last (empty:
        nothing; None: unknown, or too large a part of the plot to be worth it)."""
        done, vb, up, scene = self._painted, self._view_box(), self.parentItem(), self.scene()
        if done is None or vb is None or up is None or scene is None:
            return None
        frame = up.sceneTransform()
        (x0, x1), (y0, y1) = vb.state["viewRange"]
        if (frame != done.frame or (x0, x1, y0, y1) != done.view or frame.m21() or frame.m12()
                or self._clear_of.tobytes() != done.clear_of):
            return None
        lines, titles = self._looks()
        boxes = [done.titles[k] for k in done.titles.keys() - titles.keys()]
        boxes += [self.label_rect(titles[k]) for k in titles.keys() - done.titles.keys()]
        xs = [x for x, _chosen in lines ^ done.lines]
        if boxes:
            # a title come, gone or moved changes where lines in its columns are cut, and so
            # their dashes along their whole length
            every = np.array([x for x, _c in lines | done.lines], dtype=float)
            at = every * frame.m11() + frame.dx()
            for r in boxes:
                reach = _CLEAR_PX + _PAD_PX
                xs += every[(at >= r.left() - reach) & (at <= r.right() + reach)].tolist()
        view = frame.mapRect(QRectF(x0, y0, x1 - x0, y1 - y0).normalized())
        part = QRectF()
        for x in xs:
            part |= QRectF(x * frame.m11() + frame.dx() - _PAD_PX, view.top() - _PAD_PX,
                           2 * _PAD_PX, view.height() + 2 * _PAD_PX)
        for r in boxes:
            if not r.isEmpty():
                part |= r.adjusted(-_PAD_PX, -_PAD_PX, _PAD_PX, _PAD_PX)
        if part.width() * part.height() > _MOST_SHARE * view.width() * view.height():
            return None
        return part

    def viewTransformChanged(self) -> None:
        self._changed()

    def boundingRect(self) -> QRectF:
        vb = self._view_box()
        if vb is None:
            return QRectF()
        (x0, x1), (y0, y1) = vb.state["viewRange"]
        self._bounds = QRectF(x0, y0, x1 - x0, y1 - y0).normalized()
        return QRectF(self._bounds)

    def line_transform(self, m: Marker, parent: QTransform) -> QTransform:
        """The frame pyqtgraph drew ``m``'s line in, from the parent's: turned 90 degrees at its
        value (as Qt composes an item's rotation and position)."""
        t = QTransform(parent)
        t.translate(m.x, 0.0)
        return _TURN * t

    @staticmethod
    def title_undo(frame: QTransform) -> QTransform:
        """What a title undoes of its line's ``frame`` in the scene (``line_transform``): its
        scale and turn, its translation dropped (``TextItem.updateTransform``). The same for
        every marker of a view: a marker's place only moves its frame's translation, which the
        inverse's other entries never read (an affine frame's adjoint and determinant)."""
        undo = pg.functions.invertQTransform(frame)
        undo.setMatrix(undo.m11(), undo.m12(), undo.m13(), undo.m21(), undo.m22(), undo.m23(),
                       0.0, 0.0, undo.m33())
        return undo

    def label_frame(self, m: Marker, parent: QTransform,
                    undo: QTransform | None = None) -> tuple[QTransform, QPointF] | None:
        """The frame of ``m``'s title as pyqtgraph placed an ``InfLineLabel`` (in the frame
        ``parent`` is of: scene or device), and its text's offset in it (None: no view).
        ``undo``: ``title_undo`` of the parent's scene transform, when the caller has it."""
        vb = self._view_box()
        up = self.parentItem()
        if vb is None or up is None or m.text is None:
            return None
        (x0, x1), (y0, y1) = vb.state["viewRange"]
        if undo is None or not EventMarkers.quick_titles:
            undo = self.title_undo(self.line_transform(m, up.sceneTransform()))
        # its place along the line: the view's bottom-to-top span in line coordinates (the
        # line's bounds, InfLineLabel.updatePosition), then its anchor by the view's centre
        left, span = _span(y0, y1)
        right = left + span
        along = right * m.position + left * (1 - m.position)
        a, b = m.x - x0, m.x - (x0 + (x1 - x0))
        top, bottom = (a, b) if a <= b else (b, a)
        ax, ay = _ANCHORS[0 if top + (bottom - top) / 2 < 0 else 1]
        r = m.text.boundingRect()
        t = QTransform(self.line_transform(m, parent))
        t.translate(along, 0.0)
        return undo * t, QPointF(-r.width() * ax, -r.height() * ay)

    def label_rect(self, m: Marker) -> QRectF:
        """``m``'s title box in the scene (empty: no view)."""
        up = self.parentItem()
        placed = self.label_frame(m, up.sceneTransform()) if up is not None else None
        if placed is None or m.text is None:
            return QRectF()
        frame, offset = placed
        return frame.mapRect(m.text.boundingRect().translated(offset))

    def shape(self) -> QPainterPath:
        """The lines (with pyqtgraph's reach) and the titles shown: where it hovers and clicks."""
        if self._shape is not None:
            return self._shape
        path = QPainterPath()
        vb = self._view_box()
        if vb is not None and vb.width() > 0:
            (_x0, _x1), (y0, y1) = vb.state["viewRange"]
            reach = _LINE_HALF_PX * vb.viewPixelSize()[0]
            scene = self.sceneTransform()
            back, _ok = scene.inverted()
            for m in self.drawn():
                path.addRect(QRectF(m.x - reach, min(y0, y1), 2 * reach, abs(y1 - y0)))
                if m.text is not None and (m.label_shown or m is self.extra):
                    path.addPolygon(back.map(QPolygonF(self.label_rect(m))))
                    path.closeSubpath()
        self._shape = path
        return path

    # -- painting -----------------------------------------------------------------------------------
    def paint(self, p, opt, widget=None) -> None:
        vb = self._view_box()
        parent = self.parentItem()
        if vb is None or parent is None:
            return
        (x0, x1), (y0, y1) = vb.state["viewRange"]
        left, span = _span(y0, y1)
        right = left + span
        base = p.worldTransform()
        scene = parent.sceneTransform()
        # the view's own transform (identity on screen, a scale or shift when rendered elsewhere)
        inverse, _ok = scene.inverted()
        view = _rest(scene, base, inverse)
        drawn = self.drawn()
        shown = [m for m in drawn if m.text is not None and (m.label_shown or m is self.extra)]
        undo = self.title_undo(self.line_transform(shown[0], scene)) if shown else None
        titles = [(m, placed) for m in shown if (placed := self.label_frame(m, scene, undo)) is not None]
        self._painted = _Painted(QTransform(scene), (x0, x1, y0, y1), self._clear_of.tobytes(),
                                 *self._looks_painted(drawn, titles))
        # Lines are drawn only where they can be seen: inside the view (pyqtgraph's view box
        # clips its children to its shape; a linked view of a quarter of the time showed one of
        # four markers a panel at tier S, and each hidden line was drawn and its runs worked out),
        # and in a repaint of a small part (a step's marker) inside that part; titles too.
        lo, hi, all_titles = -math.inf, math.inf, titles  # (every title cuts lines and their dashes)
        device = scene * view
        if EventMarkers.cull_lines and EventMarkers.clear_lines:  # (else a title goes with its line)
            lo, hi = sorted((device.map(QPointF(x0, 0.0)).x(), device.map(QPointF(x1, 0.0)).x()))
        part = small_clip(p) if EventMarkers.partial_repaint else None
        if part is not None:  # (from the device's pixels, which may be the window's, to base's)
            part = (p.deviceTransform().inverted()[0] * base).mapRect(part)
            lo, hi = max(lo, part.left()), min(hi, part.right())
            titles = [(m, pl) for m, pl in titles if part.intersects(
                (pl[0] * view).mapRect(m.text.boundingRect().translated(pl[1])))]  # type: ignore[union-attr]
        if lo > -math.inf or hi < math.inf:
            drawn = [m for m in drawn if lo - _PAD_PX <= device.map(QPointF(m.x, 0.0)).x() <= hi + _PAD_PX]
        runs = None
        placed_by_marker = {} if EventMarkers.clear_lines else {id(m): pl for m, pl in titles}
        if EventMarkers.clear_lines and drawn:
            kept, ids = self._runs, [id(m) for m in drawn]
            if kept is None or kept[0] != scene or kept[1] != ids:  # (several paints per change)
                kept = self._runs = (QTransform(scene), ids, _ClearRuns(drawn, self._clear_of, [
                    m for m, _p in all_titles], self._title_boxes(all_titles, inverse)))
            runs = kept[2]
        # every line first, then every title over them: a title is never crossed by a line
        for i, m in enumerate(drawn):
            pen = self._pens[0] if m is self._hovered else m.pen
            p.setWorldTransform(self.line_transform(m, scene) * view)
            p.setPen(pen)
            spans = runs.of(i, left, right) if runs is not None else [(left, right)]
            if len(spans) > 1 and EventMarkers.quick_titles:  # (one call for a line's runs)
                p.drawLines([QLineF(a, 0.0, b, 0.0) for a, b in spans])
            else:
                for a, b in spans:
                    p.drawLine(QPointF(a, 0.0), QPointF(b, 0.0))
            if runs is None and (placed := placed_by_marker.get(id(m))) is not None:
                self._paint_title(p, m, placed, view, widget)  # (pyqtgraph's stacking)
        if EventMarkers.clear_lines:
            for m, placed in titles:
                self._paint_title(p, m, placed, view, widget)
        p.setWorldTransform(base)

    def _looks_painted(self, drawn: list[Marker], titles) -> tuple[set, dict[tuple, QRectF]]:
        """``_looks`` of a paint, each title with its box in the scene (``titles``: the paint's)."""
        lines = {self._line_look(m) for m in drawn}
        boxes = {self._title_look(m): frame.mapRect(m.text.boundingRect().translated(offset))
                 for m, (frame, offset) in titles}
        return lines, boxes

    @staticmethod
    def _title_boxes(titles, inverse: QTransform) -> np.ndarray:
        """Each shown title's box in the data's coordinates, padded (see ``_boxes``)."""
        return _boxes([frame.mapRect(m.text.boundingRect().translated(offset))
                       for m, (frame, offset) in titles], inverse)

    def _paint_title(self, p, m: Marker, placed: tuple[QTransform, QPointF], view: QTransform,
                     widget) -> None:
        """``m``'s title (``placed``: ``label_frame``'s answer) as ``InfLineLabel`` drew it."""
        if m.text is None:
            return
        frame, offset = QTransform(placed[0]), placed[1]
        r = m.text.boundingRect()
        p.save()
        # the label's box (TextItem.paint): the text's box at its offset, antialiased
        p.setWorldTransform(frame * view)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._fills[1] if m is self.extra else self._fills[0])
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.drawPolygon(QPolygonF(r.translated(offset)))
        p.restore()
        # the text, as the label's child at the offset (Qt composes a child's position so)
        frame.translate(offset.x(), offset.y())
        option = self._option  # (making one is ~25 µs; the text reads its exposed rectangle)
        option.exposedRect = r
        p.setWorldTransform(frame * view)
        m.text.paint(p, option, widget)

    # -- the pointer --------------------------------------------------------------------------------
    def marker_at(self, pos: QPointF, reach_px: float = _LINE_HALF_PX + _CLICK_RADIUS_PX) -> Marker | None:
        """The marker whose title or line is at ``pos`` (this item's coordinates), the one on top
        first."""
        vb = self._view_box()
        if vb is None or vb.width() <= 0:
            return None
        scene_pos = self.mapToScene(pos)
        drawn = self.drawn()
        for m in reversed(drawn):
            if m.text is not None and (m.label_shown or m is self.extra) \
                    and self.label_rect(m).contains(scene_pos):
                return m
        px_w = vb.viewPixelSize()[0]
        near = [m for m in reversed(drawn) if abs(m.x - pos.x()) <= reach_px * px_w]
        return near[0] if near else None

    def hoverEvent(self, ev) -> None:
        m = None
        if not ev.isExit():
            m = self.marker_at(ev.pos())
            if m is not None and not ev.acceptClicks(Qt.MouseButton.LeftButton):
                m = None
        if m is not self._hovered:
            self._hovered = m
            self.update()

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        m = self._hovered or self.marker_at(ev.pos())
        if m is not None and m.event_id:
            ev.accept()
            self.sig_clicked.emit(m.event_id)


@dataclass(frozen=True, eq=False)
class _Painted:
    """What a paint drew, for the next change to repaint only what differs (``_dirty_part``)."""

    frame: QTransform  # the markers' parent's scene transform
    view: tuple[float, float, float, float]  # the view's x and y ranges
    clear_of: bytes  # the boxes lines kept clear of
    lines: set[tuple[float, bool]]
    titles: dict[tuple, QRectF]  # each title's look: its box in the scene


class _ClearRuns:
    """Where each drawn marker's line runs clear of the boxes it must not cross: the value
    labels, and every other marker's shown title (``_boxes``' rows). Which lines meet a box is
    found for all markers at once (tier S draws 1,000 of them), or, for a few lines and boxes
    (a linked view shows one or two lines a panel), by plain comparisons: numpy's dozen calls
    cost ~10 times as much there (the lines' runs were ~30 % of the markers' paint, measured)."""

    FEW = 64  # lines × boxes up to which the meetings are found without numpy

    def __init__(self, drawn: list[Marker], clear_of: np.ndarray,
                 titles: list[Marker], title_boxes: np.ndarray) -> None:
        # whose title each box is (-1: a value label), as positions in ``drawn``
        at = {id(m): i for i, m in enumerate(drawn)}
        owners = [-1] * len(clear_of) + [at.get(id(m), -1) for m in titles]
        self._met: list[list[list[float]]] | None = None  # each line's boxes, when few
        if len(drawn) * len(owners) <= _ClearRuns.FEW:
            rows = clear_of.tolist() + title_boxes.tolist()
            self._met = [[r for r, o in zip(rows, owners) if r[0] <= m.x <= r[2] and o != i]
                         for i, m in enumerate(drawn)]
            return
        self._boxes = np.concatenate([clear_of, title_boxes])
        self._owners = np.array(owners, dtype=int)
        xs = np.fromiter((m.x for m in drawn), dtype=float, count=len(drawn))
        self._meets = np.logical_and(xs[:, None] >= self._boxes[:, 0],
                                     xs[:, None] <= self._boxes[:, 2])
        self._meets &= self._owners[None, :] != np.arange(len(drawn))[:, None]  # not its own title
        self._any = np.asarray(self._meets.any(axis=1))

    def of(self, i: int, left: float, right: float) -> list[tuple[float, float]]:
        """The stretches of line ``i`` (bottom to top, in data units) that cross no box."""
        runs = [(left, right)]
        if self._met is not None:
            met = self._met[i]
        elif self._any[i]:
            met = self._boxes[self._meets[i]].tolist()
        else:
            return runs
        for _x0, y0, _x1, y1 in met:
            cut: list[tuple[float, float]] = []
            for a, b in runs:
                if y1 <= a or y0 >= b:
                    cut.append((a, b))
                    continue
                if y0 > a:
                    cut.append((a, y0))
                if y1 < b:
                    cut.append((y1, b))
            runs = cut
        return runs


def _boxes(scene_rects: list[QRectF], back: QTransform) -> np.ndarray:
    """Rows (x0, y0, x1, y1), the least values first, of ``scene_rects`` in the data's
    coordinates (``back``: scene to data), each grown by the gap a line keeps from a box."""
    out = [back.mapRect(r.adjusted(-_CLEAR_PX, -_CLEAR_PX, _CLEAR_PX, _CLEAR_PX)).normalized()
           .getCoords() for r in scene_rects if not r.isEmpty()]
    return np.array(out, dtype=float).reshape(-1, 4)


_NO_BOXES = _boxes([], QTransform())


_Size = tuple[float, float, float, float]  # a value label's width, height and anchors


class _Labels(Protocol):
    """A panel's value labels, as ``chart_items._ValueLabels`` holds them."""

    shown: list[tuple[float, float, float, float]]  # x, y, anchor x, anchor y

    def sizes(self) -> list[_Size]: ...


def _label_boxes(shown_labels: list[tuple[float, float, float, float]], label_sizes: list[_Size],
                 px_w: float, px_h: float) -> np.ndarray:
    """``_boxes`` of the value labels, worked out from their points, anchors and sizes in
    pixels (as the labels place themselves: their box's anchor at the point, unscaled) rather
    than from where they were last placed, which a view change leaves behind until the paint."""
    return _boxes_at(_label_reach(shown_labels, label_sizes), px_w, px_h)


_Reach = tuple[np.ndarray, ...] | None  # points and their boxes' reach in pixels (None: no labels)


def _label_reach(shown_labels: list[tuple[float, float, float, float]], label_sizes: list[_Size]) -> _Reach:
    """What ``_label_boxes`` needs that does not depend on the view's scale: each label's point
    (x, y) and how many pixels its grown box reaches left, down, right and up of it."""
    shown = np.array(shown_labels, dtype=float).reshape(-1, 4)
    sizes = np.array(label_sizes, dtype=float).reshape(-1, 4)
    if not len(shown):
        return None
    x, y, ax, ay = shown.T
    w, h = sizes[:, 0] + 2 * _CLEAR_PX, sizes[:, 1] + 2 * _CLEAR_PX
    ax = (sizes[:, 0] * ax + _CLEAR_PX) / w  # (the anchor's pixel kept within the grown box)
    ay = (sizes[:, 1] * ay + _CLEAR_PX) / h
    # the scene's y grows downwards, the data's upwards: the box's top is ay of its height
    return x, y, w * ax, h * (1 - ay), w * (1 - ax), h * ay


def _boxes_at(reach: _Reach, px_w: float, px_h: float) -> np.ndarray:
    """The boxes of ``_label_reach`` at this size of a pixel in the data's units."""
    if reach is None or not (px_w > 0 and px_h > 0):
        return _NO_BOXES
    x, y, left, down, right, up = reach
    return np.column_stack([x - left * px_w, y - down * px_h, x + right * px_w, y + up * px_h])


def _span(y0: float, y1: float) -> tuple[float, float]:
    """The view's bottom and height in a vertical line's frame, as pyqtgraph's bounds make them
    (the view rectangle mapped, its left and width; then ``setRight(left + width)``)."""
    c, d = y0, y0 + (y1 - y0)
    left, width = (c, d - c) if c <= d else (d, c - d)
    return left, (left + width) - left


def _rest(scene: QTransform, device: QTransform, inverse: QTransform) -> QTransform:
    """The view's transform ``v`` with ``scene * v == device``: exact when it is a shift."""
    if (scene.m11(), scene.m12(), scene.m21(), scene.m22()) == \
            (device.m11(), device.m12(), device.m21(), device.m22()):
        return QTransform.fromTranslate(device.dx() - scene.dx(), device.dy() - scene.dy())
    return inverse * device


def _alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
