"""The pieces of a timeline frame every drawing step shares: the frame's geometry (``Frame``), how a
slide differs from a screen (``SlideStyle``), the chrome colours of a theme, the layout constants, and
small numpy and Qt helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
)

from explorer.charts import timeline_layout as tl
from explorer.charts.palette import ERA_TINTS
from explorer.charts.theme import Theme

STACK_ALL_LIMIT = 3000  # stack every kept placement (stable rows while panning) up to this many
LABEL_RESERVE_PX = 150.0  # room a label may claim when stacking leaves space for labels
INSIDE_LABEL_MIN_PX = 80.0  # bars at least this wide carry their label inside
INSIDE_HATCHED_LABEL_MIN_PX = 120.0
MAX_STACK_ROWS = 16  # per lane; no lane can show more, deeper items wrap anyway
LABEL_STACK_LIMIT = 1000  # more items to stack: no second pass leaving room for labels
SLIDE_LABEL_TRIALS = 200  # slides: events tried for a label, most important first
SCREEN_LEGEND_LINES = 3  # on screen the legend wraps over at most this many lines

# A quiet scheme: colour is for data; chrome comes from the theme (``_Colours``).


def _luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def _over(top: QColor, bottom: QColor) -> QColor:
    """``top`` composited over the opaque ``bottom``, as one opaque colour."""
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                           top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))
def _union(x0: np.ndarray, x1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The union of intervals ``[x0, x1)`` as (starts, widths): overlapping bands (eras still
    running overlap every later one) are filled once, not once per band (11 layers of the
    plot's width at tier S, measured)."""
    if len(x0) < 2:
        return x0, x1 - x0
    order = np.argsort(x0, kind="stable")
    a, b = x0[order], np.maximum.accumulate(x1[order])
    new = np.ones(len(a), dtype=bool)
    np.greater(a[1:], b[:-1], out=new[1:])
    starts = a[new]
    last = np.flatnonzero(new) - 1  # each run ends where the next starts, the last at the end
    last[:-1] = last[1:]
    last[-1] = len(a) - 1
    ends = b[last]
    return starts, ends - starts


def _density_rows(lanes: tl.LaneGeometry, bar: np.ndarray, height: int
                  ) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """``(height, columns)`` uint8, 1 where a lane's bar covers a pixel: each bar rises from
    its lane's foot (less the pad) by ``bar`` pixels (a pixel counts when its centre is under
    the bar's top). Lane by lane, one comparison per pixel against the bar's first row, from
    the lane's tallest bar down (the rows above it are clear): no per-pixel lookup of the
    lane and its foot. With it, the runs of rows with ink, as ``(first, end)`` in order, one
    per lane with any: every row from a lane's tallest bar to its foot has some."""
    width = bar.shape[1]
    top = np.asarray(lanes.top, dtype=np.float64)
    foot = top + np.asarray(lanes.height, dtype=np.float64) - lanes.pad
    lo = np.r_[0.0, np.ceil(top[1:] - 0.5)]  # rows whose centre lies in the lane
    hi = np.r_[np.ceil(top[1:] - 0.5), float(height)]
    end = np.clip(np.minimum(np.floor(foot - 0.5) + 1, hi), 0, height).astype(np.int64)
    lo = np.clip(lo, 0, height).astype(np.int64)
    start = np.floor(foot[:, None] - bar - 0.5) + 1  # first row of each bar
    start = np.clip(start, 0, height).astype(np.int32)
    # where each lane's tallest bar starts (the lanes' rows are apart and in order)
    inked = np.maximum(lo, start.min(axis=1) if width else height).tolist()
    mask = np.zeros((height, width), dtype=bool)
    runs: list[tuple[int, int]] = []
    for a, e, s in zip(inked, end.tolist(), start):
        if e > a:
            np.greater_equal(np.arange(a, e, dtype=np.int32)[:, None], s[None, :],
                             out=mask[a:e])
            runs.append((a, e))
    return mask.view(np.uint8), runs


_DENSITY = QColor(68, 110, 170, 200)


def _clip(painter: QPainter, rect: QRectF) -> None:
    """Clip to ``rect`` inside any clip already set (a pan repaints only a region)."""
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip if painter.hasClipping()
                        else Qt.ClipOperation.ReplaceClip)


class _Colours:
    """The chrome colours of one theme (``explorer.charts.theme``) as QColors."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.bg = QColor(theme.surface)
        self.lane_bg = (QColor(theme.surface), QColor(theme.surface_alt))
        self.gutter = QColor(theme.gutter)
        self.rule = QColor(theme.rule)
        self.grid_major = QColor(theme.grid_major)
        self.grid_minor = QColor(theme.grid_minor)
        self.text = QColor(theme.text)
        self.muted = QColor(theme.muted_text)
        self.track = QColor(theme.track)
        self.select = QColor(theme.selection)
        self.accent = QColor(theme.accent)
        self.accent_text = QColor(theme.accent_text)
        self.ended = QColor(theme.axis)  # an ended agreement's track
        light = _luminance(self.bg) > 0.5
        self.era_band = QColor(40, 70, 120, 10) if light else QColor(255, 255, 255, 12)
        self.era_line = QColor(60, 80, 110, 28) if light else QColor(255, 255, 255, 40)
        self.halo = QColor(self.bg)
        self.halo.setAlpha(230)
        self.mixes: dict = {}  # colours and pixels made from these, kept with them (the backdrop)
_ERA_TINTS = ERA_TINTS
_STAGE_PHASE = {  # how a milestone segment is drawn from this stage to the next
    "announced": 0, "negotiation_opened": 0, "signed": 1, "ratified": 1,
    "provisional_application": 1, "entry_into_force": 2, "first_meeting": 2, "review": 2,
    "suspended": 3, "terminated": 3,
}


@dataclass
class Frame:
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
    label_text: list[str] | None = None  # slides: each item's label, elided, with its sources
    labelled: np.ndarray | None = None  # slides: event rows that carry a label
    hidden: np.ndarray | None = None  # slides: event rows in the span drawn without a label
    overflow_lane: np.ndarray | None = None  # items past their lane's row cap: lane, x
    overflow_x: np.ndarray | None = None
    overflow_rows: np.ndarray | None = None  # event rows of those items


def _rects(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> list[QRectF]:
    return [QRectF(a, b, c, d) for a, b, c, d in zip(x.tolist(), y.tolist(), w.tolist(),
                                                     h.tolist())]


def _rect_array(x: np.ndarray, y, w, h) -> np.ndarray:
    """Rectangles as one (n, 4) float64 array of x, y, width, height (``_draw_rects``): ``x``
    an array, the others arrays as long or a number for all."""
    out = np.empty((len(x), 4), dtype=np.float64)
    out[:, 0], out[:, 1], out[:, 2], out[:, 3] = x, y, w, h
    return out


def _line_array(x0: np.ndarray, y0, x1, y1) -> np.ndarray:
    """Lines as one (n, 4) float64 array of x1, y1, x2, y2 (``_draw_lines``)."""
    return _rect_array(x0, y0, x1, y1)


def _pointer_draws() -> bool:
    """Whether Qt can read rectangles and lines straight from a numpy array: PySide6's
    ``drawRects(const QRectF *, int)`` and ``drawLines(const QLineF *, int)`` overloads given a
    ``shiboken6.wrapInstance`` of the array's first row (pyqtgraph draws bars so since PySide6
    6.4.3), with ``QRectF`` and ``QLineF`` laid out as four doubles (checked here on a known
    array). Else lists, as before."""
    try:
        probe = np.array([1.0, 2.0, 3.0, 4.0])
        address = probe.__array_interface__["data"][0]
        r = shiboken6.wrapInstance(address, QRectF)
        rect_ok = type(r) is QRectF and (r.x(), r.y(), r.width(), r.height()) == (1, 2, 3, 4)
        del r  # a live wrapper would be handed out again for the same address
        line = shiboken6.wrapInstance(address, QLineF)
        line_ok = type(line) is QLineF and (line.x1(), line.y1(), line.x2(), line.y2()) == (
            1, 2, 3, 4)
        del line
        return rect_ok and line_ok
    except Exception:  # any failure: the list path
        return False


# True: arrays made for a frame are handed to Qt as they are (no QRectF or QLineF object each:
# the axis's ticks and the labels' backings, ~330 a frame at tier S's whole span). False: lists
# of QRectF / QLineF, as before (the tests compare both).
POINTER_DRAWS = _pointer_draws()


def _address(rows: np.ndarray) -> int | None:
    """Where Qt may read ``rows`` (C-contiguous float64), else None (the list path)."""
    if POINTER_DRAWS and rows.dtype == np.float64 and rows.flags.c_contiguous:
        return rows.__array_interface__["data"][0]
    return None


def _draw_rects(painter: QPainter, rects: np.ndarray) -> None:
    """``painter.drawRects`` of an ``_rect_array``: the same rectangles, so the same pixels.
    Worth it where the rectangles are made for one frame (a ``QRectF`` costs ~1.2 µs, the
    pointer ~3 µs a call); lists kept across frames are drawn as they are."""
    address = _address(rects) if len(rects) else None
    first = shiboken6.wrapInstance(address, QRectF) if address is not None else None
    if type(first) is QRectF:  # not a live wrapper of another type at that address
        painter.drawRects(first, len(rects))
    elif len(rects):
        painter.drawRects(_rects(*rects.T))


class HeldRects:
    """An ``_rect_array`` kept across frames with its pointer for Qt made once (a ``_draw_rects``
    call costs ~3 µs, most of it finding the address): drawn by ``draw``, the same call."""

    __slots__ = ("first", "rects")

    def __init__(self, rects: np.ndarray, address: int | None = None) -> None:
        """``address``: where ``rects`` starts, when known (a slice of an array whose
        ``_address`` was found); else found here."""
        self.rects = rects
        if address is None and len(rects):
            address = _address(rects)
        first = shiboken6.wrapInstance(address, QRectF) if address is not None else None
        # not a live wrapper of another type at that address; the array, held here, keeps the
        # memory the wrapper points at
        self.first = first if type(first) is QRectF else None

    def __len__(self) -> int:
        return len(self.rects)

    def draw(self, painter: QPainter) -> None:
        if self.first is not None:
            painter.drawRects(self.first, len(self.rects))
        elif len(self.rects):
            painter.drawRects(_rects(*self.rects.T))


def _draw_lines(painter: QPainter, lines: np.ndarray) -> None:
    """``painter.drawLines`` of a ``_line_array``: the same lines, so the same pixels."""
    address = _address(lines) if len(lines) else None
    first = shiboken6.wrapInstance(address, QLineF) if address is not None else None
    if type(first) is QLineF:
        painter.drawLines(first, len(lines))
    elif len(lines):
        painter.drawLines(_lines(*lines.T))


def _lines(x0, y0, x1, y1) -> list[QLineF]:
    return [QLineF(a, b, c, d) for a, b, c, d in zip(x0.tolist(), y0.tolist(), x1.tolist(),
                                                     y1.tolist())]


@dataclass(frozen=True)
class SlideStyle:
    """How a timeline is drawn for a slide or picture rather than a screen.

    ``px_per_pt``: logical pixels per typographic point at the slide's physical size (a slide
    1920 px wide shown 13.33 in wide: 2 px). ``priority``: per event row, lower labels first.
    ``markers``: per event row, the source numbers printed after its label ("[1, 3]").
    ``edge_notes``: events left off the axis, written at its left and right ends.
    """

    px_per_pt: float
    priority: np.ndarray
    markers: dict[int, str] = field(default_factory=dict)
    edge_notes: tuple[str, str] = ("", "")
    label_pt: float = 13.0  # event labels, lane names, ticks: one size
    small_pt: float = 12.0  # legend and era names: never under 12 pt

    @property
    def label_px(self) -> int:
        return max(round(self.label_pt * self.px_per_pt), 6)

    @property
    def small_px(self) -> int:
        return max(round(self.small_pt * self.px_per_pt), 6)
