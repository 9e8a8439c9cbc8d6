"""What a line chart draws of a long series: at most a few vertices per pixel column, exactly.

A ``Pyramid`` is built once per series (x sorted ascending, y finite): level 0 is the data, each
level above holds the min and max of pairs of the level below (about 2n numbers in all, made
when a view first needs them). For a
view ``[lo, hi]`` drawn ``width`` pixels wide, ``Pyramid.visible`` returns the polyline to draw:

* few points in view (up to ``RAW_PER_PX`` per pixel column): the points themselves, with one
  neighbour beyond each edge, so the line runs to the edges; nothing is lost when zoomed in (the
  very arrays of the series when all of it is in view, so a caller can see nothing changed);
* more: per pixel column that holds data, its first point, its minimum, its maximum and its last
  point (the "M4" reduction). Every column's min and max are the data's own, so no spike is lost,
  and the segments between columns are the data's own segments. The column extremes come from
  the pyramid in O(log n) per column, so a frame costs O(width · log n) whatever the data size,
  instead of a pass over every point in view.

Either way, segments that leave the view are cut a few pixels beyond its edges (linear
interpolation): a zoomed-in line never hands the painter segments thousands of screens long,
which the stroker would walk in full (the fixed cost of a zoomed frame, measured).

Qt-free (numpy only): the chart view feeds the result to pyqtgraph.
"""

from __future__ import annotations

import numpy as np

RAW_PER_PX = 4.0  # up to this many points per pixel column in view: draw the points themselves
# (the column reduction gives 4 vertices a column: below that it would draw more, not fewer)
DIRECT_LIMIT = 1 << 17  # up to this many points in view: column extremes in one pass, not the walk
EDGE_MARGIN_PX = 4.0  # segments leaving the view end this far beyond its edge
COLUMN_GATHER = True  # False: each series' column extremes by reduceat (tests, measurements)
GATHER_MAX_PER_COLUMN = 24  # more points a column on average: reduceat, not the gather (below)


class Pyramid:
    """Min/max levels of one series for exact per-pixel-column extremes."""

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        self.x = np.ascontiguousarray(x, dtype=float)
        self.y = np.ascontiguousarray(y, dtype=float)
        if self.x.shape != self.y.shape or self.x.ndim != 1:
            raise ValueError("x and y must be 1-D arrays of one length")
        self._split: _SharedSplit | None = None  # see share_x
        self._levels: tuple[list[np.ndarray], list[np.ndarray]] | None = None  # see _min_max_levels

    def _min_max_levels(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The min and max levels, made on first use: only a view of more than ``DIRECT_LIMIT``
        points walks them (``range_extremes``), so most series never need them (making them cost
        ~15 µs a short line on every filter change, ~0.5 ms and 16 bytes a point at 10^5 points).
        Level k node m covers points [m * 2^k, (m + 1) * 2^k); odd lengths pad with ±inf."""
        if self._levels is None:
            mins: list[np.ndarray] = [self.y]
            maxs: list[np.ndarray] = [self.y]
            mn, mx = self.y, self.y
            while len(mn) > 1:
                if len(mn) % 2:
                    mn = np.append(mn, np.inf)
                    mx = np.append(mx, -np.inf)
                mn = np.minimum(mn[0::2], mn[1::2])
                mx = np.maximum(mx[0::2], mx[1::2])
                mins.append(mn)
                maxs.append(mx)
            self._levels = (mins, maxs)
        return self._levels

    def __len__(self) -> int:
        return len(self.x)

    def share_x(self, other: Pyramid) -> bool:
        """When ``other`` has the very same x values (the series of one indicator usually share
        their periods), take its x array and split a view into columns once for both (the split,
        a search of every column's edges, was ~30 µs of a series' ~110 µs per frame at 10^4
        points). True if shared."""
        if other is self or (other._split is not None and other._split is self._split):
            return True
        if len(other.x) != len(self.x) or not (other.x is self.x or np.array_equal(other.x, self.x)):
            return False
        self.x = other.x
        if other._split is None:
            other._split = _SharedSplit()
        self._split = other._split
        return True

    def unshare(self) -> None:
        self._split = None

    @property
    def nbytes(self) -> int:
        """The levels' bytes (0 until a view needed them)."""
        if self._levels is None:
            return 0
        mins, maxs = self._levels
        return sum(a.nbytes for a in mins[1:]) + sum(a.nbytes for a in maxs[1:])

    # -- queries ---------------------------------------------------------------------------------
    def range_extremes(self, start: np.ndarray, stop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of ``y[start[i]:stop[i]]`` for every i (each range non-empty), by the
        classic bottom-up segment-tree walk, vectorised over the ranges."""
        lo = np.asarray(start, dtype=np.int64).copy()
        hi = np.asarray(stop, dtype=np.int64).copy()
        out_min = np.full(len(lo), np.inf)
        out_max = np.full(len(lo), -np.inf)
        for mins, maxs in zip(*self._min_max_levels()):
            active = lo < hi
            if not active.any():
                break
            take = active & (lo & 1).astype(bool)
            if take.any():
                idx = lo[take]
                out_min[take] = np.minimum(out_min[take], mins[idx])
                out_max[take] = np.maximum(out_max[take], maxs[idx])
                lo[take] += 1
            take = active & (hi & 1).astype(bool)
            if take.any():
                hi[take] -= 1
                idx = hi[take]
                out_min[take] = np.minimum(out_min[take], mins[idx])
                out_max[take] = np.maximum(out_max[take], maxs[idx])
            lo >>= 1
            hi >>= 1
        return out_min, out_max

    def columns(self, lo: float, hi: float, width: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The pixel columns of ``[lo, hi)`` split in ``width`` equal columns that hold data:
        (column numbers, first index, last index + 1, min, max)."""
        cols, start, stop, ymin, ymax, _first, _last = self._columns(lo, hi, width)
        return cols, start, stop, ymin, ymax

    def _columns(self, lo: float, hi: float, width: int) -> tuple[np.ndarray, ...]:
        """``columns`` and each column's first and last value (the gather's first and last
        rows when it is taken: no look-up of them again)."""
        width = max(int(width), 1)
        split = self._split
        key = (lo, hi, width)
        gather = None
        if split is not None and split.key == key and split.x is self.x:
            filled, start, stop, offsets = split.value
            gather = split.gather
        else:
            edges = lo + (hi - lo) * np.arange(width + 1) / width
            idx = np.searchsorted(self.x, edges, side="left")
            start, stop = idx[:-1], idx[1:]
            filled = np.flatnonzero(stop > start)
            start, stop = start[filled], stop[filled]
            offsets = start - start[0] if len(start) else start
            if split is not None:
                gather = _gather_index(start, stop) if COLUMN_GATHER else None
                split.key, split.x, split.value = key, self.x, (filled, start, stop, offsets)
                split.gather = gather
        if len(start) and stop[-1] - start[0] <= DIRECT_LIMIT:
            if gather is not None:
                # every column's points as one row each of a small matrix (see _gather_index)
                block = self.y.take(gather)
                return (filled, start, stop, np.minimum.reduce(block, axis=0),
                        np.maximum.reduce(block, axis=0), block[0], block[-1])
            # Up to DIRECT_LIMIT points in view one pass over them in C beats the walk over the
            # levels (a dozen numpy calls a level): same extremes.
            part = self.y[start[0]:stop[-1]]
            ymin = np.minimum.reduceat(part, offsets)
            ymax = np.maximum.reduceat(part, offsets)
            # (filled columns follow each other in index space, an empty one holding no point:
            # reduceat's segments, each start to the next, are the columns themselves)
        else:
            ymin, ymax = self.range_extremes(start, stop)
        return filled, start, stop, ymin, ymax, self.y[start], self.y[stop - 1]

    def _m4_x(self, key: tuple[float, float, int], left: float, px: float, cols: np.ndarray,
              start: np.ndarray, last: np.ndarray) -> np.ndarray:
        """The x of the M4 vertices (first, centre, centre, last per column): x only, so made
        once for the pyramids sharing x (see ``share_x``)."""
        split = self._split
        if split is not None and split.x4_key == key and split.x is self.x:
            return split.x4
        x = np.empty(4 * len(cols))
        x[0::4] = self.x[start]
        x[3::4] = self.x[last]
        # the min/max pair sits at the column's centre: keep x non-decreasing within it
        x[1::4] = np.clip(left + (cols + 0.5) * px, x[0::4], x[3::4])
        x[2::4] = x[1::4]
        if split is not None and split.key == key and split.x is self.x:
            split.x4_key, split.x4 = key, x
        return x

    def visible(self, lo: float, hi: float, width: float, phase: float = 0.0
                ) -> tuple[np.ndarray, np.ndarray]:
        """The polyline to draw for view ``[lo, hi]`` at ``width`` pixels (see the module).
        ``phase``: where ``lo`` falls inside its device pixel (0 to 1), so the columns are the
        device's own pixel columns."""
        n = len(self.x)
        if n == 0 or not (hi > lo) or not (width > 0):
            return self.x, self.y
        px = (hi - lo) / width  # data units per pixel
        i0, i1, j1 = self._ends(lo, hi)
        a, b = max(i0 - 1, 0), min(i1 + 1, n)  # one neighbour beyond each edge
        if i1 - i0 <= RAW_PER_PX * width:
            if a == 0 and b == n:
                x, y = self.x, self.y
            else:
                x, y = self.x[a:b], self.y[a:b]
            return _cut_edges(x, y, lo - EDGE_MARGIN_PX * px, hi + EDGE_MARGIN_PX * px)
        phase = min(max(float(phase), 0.0), 1.0)
        n_cols = int(np.ceil(width + phase))
        left = lo - phase * px
        cols, start, stop, ymin, ymax, yfirst, ylast = self._columns(left, left + n_cols * px, n_cols)
        last = stop - 1
        # the neighbour before the view, the columns' four vertices each, and after them the
        # points at ``hi`` exactly (no column holds them) and the neighbour beyond: written
        # straight into one array each (no concatenation, no copy to cut the ends)
        head, m4 = i0 - a, 4 * len(cols)
        y = np.empty(head + m4 + (b - j1))
        y[:head] = self.y[a:i0]
        body = y[head:head + m4]
        body[0::4] = yfirst
        body[1::4] = ymin
        body[2::4] = ymax
        body[3::4] = ylast
        y[head + m4:] = self.y[j1:b]
        x, cut = self._m4_polyline_x((lo, hi, width, phase), left, px, n_cols, cols, start, last,
                                     (a, i0, j1, b))
        if cut is not None:
            _cut_y(y, *cut)
        return x, y

    def _ends(self, lo: float, hi: float) -> tuple[int, int, int]:
        """The points before ``lo``, up to ``hi`` included and before ``hi``: (i0, i1, j1), made
        once per view for the pyramids sharing x (three searches a series a frame)."""
        split = self._split
        if split is not None and split.ends_x is self.x and split.ends_key == (lo, hi):
            return split.ends
        x = self.x
        ends = (int(x.searchsorted(lo, "left")), int(x.searchsorted(hi, "right")),
                int(x.searchsorted(hi, "left")))
        if split is not None:
            split.ends_x, split.ends_key, split.ends = x, (lo, hi), ends
        return ends

    def _m4_polyline_x(self, view: tuple[float, float, float, float], left: float, px: float,
                       n_cols: int, cols: np.ndarray, start: np.ndarray, last: np.ndarray,
                       ends: tuple[int, int, int, int]) -> tuple[np.ndarray, _Cut | None]:
        """The x of ``visible``'s column polyline with its ends cut, and how the ends were cut
        (see ``_cut_y``): x only, so made once per view for the pyramids sharing x (read-only:
        handed to several curves)."""
        split = self._split
        if split is not None and split.poly_key == view and split.x is self.x:
            return split.poly
        a, i0, j1, b = ends
        x4 = self._m4_x((left, left + n_cols * px, n_cols), left, px, cols, start, last)
        x = np.empty(len(x4) + (i0 - a) + (b - j1))
        x[:i0 - a] = self.x[a:i0]
        x[i0 - a:i0 - a + len(x4)] = x4
        x[i0 - a + len(x4):] = self.x[j1:b]
        lo, hi = view[0], view[1]
        cut = _cut_x(x, lo - EDGE_MARGIN_PX * px, hi + EDGE_MARGIN_PX * px)
        x.flags.writeable = False
        if split is not None and split.key == (left, left + n_cols * px, n_cols) and split.x is self.x:
            split.poly_key, split.poly = view, (x, cut)
        return x, cut


_Cut = tuple[float | None, float | None]  # how a polyline's ends were cut (see _cut_x)


class _SharedSplit:
    """The last column split of a view, shared by pyramids with the same x array."""

    __slots__ = ("ends", "ends_key", "ends_x", "gather", "key", "poly", "poly_key", "value", "x",
                 "x4", "x4_key")

    def __init__(self) -> None:
        self.key: tuple[float, float, int] | None = None
        self.x4_key: tuple[float, float, int] | None = None  # the M4 vertices' x for that split
        self.x4 = np.empty(0)
        self.gather: np.ndarray | None = None  # the split's columns as rows (_gather_index)
        self.poly_key: tuple[float, float, float, float] | None = None  # the polyline's x for a view
        self.poly: tuple[np.ndarray, _Cut | None] = (np.empty(0), None)
        self.x: np.ndarray | None = None
        self.ends_x: np.ndarray | None = None  # the x array ``ends`` were found in, for ``ends_key``
        self.ends_key: tuple[float, float] | None = None  # (lo, hi) of a view
        self.ends = (0, 0, 0)  # see Pyramid._ends
        self.value: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] = (
            np.empty(0, dtype=np.int64),) * 4


def _cut_edges(x: np.ndarray, y: np.ndarray, left: float, right: float
               ) -> tuple[np.ndarray, np.ndarray]:
    """End a polyline's first and last segments at ``left`` and ``right`` when they reach beyond
    (the points are sorted by x; only the end points move, along their segments)."""
    if len(x) < 2 or (x[0] >= left and x[-1] <= right):
        return x, y
    x, y = x.copy(), y.copy()
    if x[0] < left < x[1]:
        t = (left - x[0]) / (x[1] - x[0])
        x[0], y[0] = left, y[0] + t * (y[1] - y[0])
    if x[-2] < right < x[-1]:
        t = (right - x[-2]) / (x[-1] - x[-2])
        x[-1], y[-1] = right, y[-2] + t * (y[-1] - y[-2])
    return x, y


def _gather_index(start: np.ndarray, stop: np.ndarray) -> np.ndarray | None:
    """The indices of every column's points as a (most points in a column) × (columns) matrix,
    a column's last index repeated where it has fewer (a repeat changes no min or max); None
    where the matrix would be much larger than the points (a burst of points in one column).
    Made once per view for the series sharing x: taking each series' values through it and
    reducing along its short axis is ~3× quicker than ``reduceat`` over ~7 points a column
    (10 series of 10^4 points at 1,346 columns: 0.23 ms against 0.68, measured). Not with many
    points a column: the gather then copies every point in view (and its index) through the
    cache, where ``reduceat`` reads them once in place — about even at 30 points a column, 2.7×
    slower at 74 (10 series of 10^5 points over the whole span: 1.9 ms against 0.7; in a frame,
    among the painting, 12.7 ms a frame against 7.1)."""
    if not len(start):
        return None
    counts = stop - start
    longest = int(counts.max())
    total = int(counts.sum())
    if total > GATHER_MAX_PER_COLUMN * len(start) or longest * len(start) > 2 * total + 64:
        return None
    idx = np.minimum(start[:, None] + np.arange(longest), (stop - 1)[:, None])
    return np.ascontiguousarray(idx.T)


def _cut_x(x: np.ndarray, left: float, right: float) -> _Cut | None:
    """``_cut_edges`` on x alone, in place: None when no end was cut, else (t at the start or
    None, t at the end or None) for ``_cut_y``; the same arithmetic."""
    if len(x) < 2 or (x[0] >= left and x[-1] <= right):
        return None
    t0: float | None = None
    t1: float | None = None
    if x[0] < left < x[1]:
        t0 = (left - x[0]) / (x[1] - x[0])
        x[0] = left
    if x[-2] < right < x[-1]:
        t1 = (right - x[-2]) / (x[-1] - x[-2])
        x[-1] = right
    return t0, t1


def _cut_y(y: np.ndarray, t0: float | None, t1: float | None) -> None:
    """The y half of ``_cut_x``'s cut, in place (``_cut_edges``' arithmetic)."""
    if t0 is not None:
        y[0] = y[0] + t0 * (y[1] - y[0])
    if t1 is not None:
        y[-1] = y[-2] + t1 * (y[-1] - y[-2])
