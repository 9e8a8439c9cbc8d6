"""The column polyline is written straight into its arrays, its x and its columns' gather made
once per view for the series sharing x: the very vertices the former way (each series reduced
alone, joined pieces, ends cut on copies) made,
through a drag, for every series in any order, and a shared x is never changed by a later cut."""

from __future__ import annotations

import numpy as np

from explorer.charts.decimation import EDGE_MARGIN_PX, Pyramid, _cut_edges


def _former(p: Pyramid, lo: float, hi: float, width: float, phase: float):
    """``Pyramid.visible``'s column polyline as it was made before: each series' columns
    reduced alone (``reduceat``), pieces joined, ends cut."""
    px = (hi - lo) / width
    n = len(p.x)
    i0 = int(np.searchsorted(p.x, lo, side="left"))
    i1 = int(np.searchsorted(p.x, hi, side="right"))
    a, b = max(i0 - 1, 0), min(i1 + 1, n)
    n_cols = int(np.ceil(width + phase))
    left = lo - phase * px
    right = left + n_cols * px
    idx = np.searchsorted(p.x, left + (right - left) * np.arange(n_cols + 1) / n_cols, side="left")
    cols = np.flatnonzero(idx[1:] > idx[:-1])
    start, stop = idx[:-1][cols], idx[1:][cols]
    part = p.y[start[0]:stop[-1]]
    ymin = np.minimum.reduceat(part, start - start[0])
    ymax = np.maximum.reduceat(part, start - start[0])
    last = stop - 1
    x = np.empty(4 * len(cols))
    x[0::4] = p.x[start]
    x[3::4] = p.x[last]
    x[1::4] = np.clip(left + (cols + 0.5) * px, x[0::4], x[3::4])
    x[2::4] = x[1::4]
    y = np.empty(4 * len(cols))
    y[0::4], y[1::4], y[2::4], y[3::4] = p.y[start], ymin, ymax, p.y[last]
    j1 = int(np.searchsorted(p.x, hi, side="left"))
    x = np.concatenate((p.x[a:i0], x, p.x[j1:b]))
    y = np.concatenate((p.y[a:i0], y, p.y[j1:b]))
    return _cut_edges(x, y, lo - EDGE_MARGIN_PX * px, hi + EDGE_MARGIN_PX * px)


def test_column_polylines_of_a_drag_are_the_former_ones_for_every_series():
    rng = np.random.default_rng(5)
    n = 10_000
    # daily figures, as the benchmark's, with a few long gaps (where a view's end falls in one,
    # its segment is cut)
    x = -25_000.0 + np.cumsum(np.where(np.arange(n) % 997 == 500, 400.0, 1.0))
    pyramids = [Pyramid(x.copy(), 100 * np.exp(np.cumsum(rng.normal(0, 0.01, n)))) for _ in range(5)]
    for p in pyramids[1:]:
        assert p.share_x(pyramids[0])
    span = x[-1] - x[0]
    views = []
    for i in [*range(-6, 6), *range(6, -6, -1)]:  # a drag to and fro, then zoomed, then beyond
        lo = x[0] + span * 0.0005 * i
        views.append((lo, lo + span, 1500.0, (0.137 * i) % 1.0))
    views += [(x[0] + 0.3 * span, x[0] + 0.6 * span, 200.0, 0.5),
              (x[0] + 0.3 * span, x[0] + 0.6 * span, 200.0, 0.9),  # the same range, another phase
              (x[0] - 0.1 * span, x[-1] + 0.1 * span, 900.0, 0.0),
              (x[0] + 3.5, x[-1] - 2.5, 1280.0, 0.25)]
    gaps = np.flatnonzero(np.diff(x) > 100)
    views += [(x[g] + 150.0, x[h] + 250.0, 1500.0, 0.3) for g, h in zip(gaps[:3], gaps[-3:])]
    cut_views = 0
    for k, view in enumerate(views * 2):
        order = pyramids if k % 2 else pyramids[::-1]
        drawn = [p.visible(*view) for p in order]
        for p, (px, py) in zip(order, drawn):
            fx, fy = _former(p, *view)
            assert np.array_equal(px, fx) and np.array_equal(py, fy), view
            assert len(px) < len(p.x)  # the column polyline, not the points
        cut_views += bool(drawn[0][0][0] not in x) + bool(drawn[0][0][-1] not in x)
        assert not drawn[0][0].flags.writeable  # a shared x is handed out read-only
    assert cut_views > 0  # (views whose first segment was cut were among them)


def test_a_burst_of_points_in_one_column_is_reduced_as_before():
    # thousands of figures on one day among daily ones: the columns' gather would be huge, so
    # those views take reduceat; the vertices are the former ones either way
    rng = np.random.default_rng(9)
    x = np.sort(np.concatenate((np.arange(8_000.0), np.full(3_000, 4_000.25))))
    pyramids = [Pyramid(x.copy(), rng.normal(0, 1, len(x))) for _ in range(3)]
    for p in pyramids[1:]:
        assert p.share_x(pyramids[0])
    for view in [(0.0, 8_000.0, 1200.0, 0.3), (3_000.0, 5_000.0, 400.0, 0.0), (0.0, 8_000.0, 1200.0, 0.3)]:
        for p in pyramids:
            px, py = p.visible(*view)
            fx, fy = _former(p, *view)
            assert np.array_equal(px, fx) and np.array_equal(py, fy), view
        split = pyramids[0]._split  # (the matrix stays about the size of the points, or is not made)
        assert split is not None and (split.gather is None or split.gather.size <= 2 * len(x) + 64)


def test_columns_of_many_points_are_reduced_in_place_as_before():
    # 10^5 daily figures over the whole span (~70 a pixel column, as tier L's chart): the
    # vertices are the former ones, and no gather matrix (a copy of every point in view and its
    # index, slower than reading them in place) is made or kept for the view
    rng = np.random.default_rng(11)
    n = 100_000
    x = -25_000.0 + np.arange(n) + 0.5
    pyramids = [Pyramid(x.copy(), 100 * np.exp(np.cumsum(rng.normal(0, 0.01, n)))) for _ in range(3)]
    for p in pyramids[1:]:
        assert p.share_x(pyramids[0])
    for i in (-2, 0, 3):
        lo = x[0] + n * 0.0005 * i
        view = (lo, lo + n, 1346.0, (0.37 * i) % 1.0)
        for p in pyramids:
            px, py = p.visible(*view)
            fx, fy = _former(p, *view)
            assert np.array_equal(px, fx) and np.array_equal(py, fy), view
            assert len(px) < 4 * 1350 + 4
        split = pyramids[0]._split
        assert split is not None and split.key is not None and split.gather is None


def test_views_sharing_one_end_draw_what_each_series_draws_alone():
    # the ends of a view among the points are found once per view for the series sharing x:
    # views alike at one end only (a zoom about one edge, a resize) must each find their own
    rng = np.random.default_rng(13)
    n = 20_000
    x = -25_000.0 + np.arange(n) + 0.5
    ys = [100 * np.exp(np.cumsum(rng.normal(0, 0.01, n))) for _ in range(3)]
    alone = [Pyramid(x.copy(), y) for y in ys]
    shared = [Pyramid(x.copy(), y) for y in ys]
    for p in shared[1:]:
        assert p.share_x(shared[0])
    lo = x[0] + 1_000.5
    views = [(lo, lo + span, 1200.0, 0.25) for span in (15_000.0, 9_000.0, 3_000.0, 15_000.0)]
    views += [(lo - d, lo + 9_000.0, 1200.0, 0.25) for d in (0.0, 700.0, 2_000.0)]
    for view in views:
        for p_alone, p_shared in zip(alone, shared):
            assert all(np.array_equal(a, b) for a, b in zip(p_alone.visible(*view), p_shared.visible(*view))), view
