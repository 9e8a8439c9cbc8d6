"""The chart's decimation pyramid: whatever the zoom, every pixel column keeps the data's own
minimum and maximum (no spike lost), and zoomed in every point in view is drawn."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.charts import decimation
from explorer.charts.decimation import Pyramid


def _series(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    x = np.sort(rng.uniform(-5_000.0, 20_000.0, n))
    if n > 10:
        x[5:8] = x[5]  # equal x (two sources for one period) must not confuse the columns
        x.sort()
    y = np.cumsum(rng.normal(0, 1, n))
    y[rng.integers(0, n, max(n // 500, 1))] += rng.choice([-1, 1]) * 1_000.0  # spikes
    return x, y


def _raw_columns(x, y, lo, hi, width):
    """Brute force: for each pixel column [lo + k (hi - lo) / width, ...), min and max of y."""
    out = {}
    for k in range(width):
        left, right = lo + (hi - lo) * k / width, lo + (hi - lo) * (k + 1) / width
        inside = y[(x >= left) & (x < right)]
        if len(inside):
            out[k] = (float(inside.min()), float(inside.max()))
    return out


@pytest.mark.parametrize("n", [1, 2, 3, 7, 64, 1000, 4097, 30_000])
def test_range_extremes_are_the_data_extremes(n):
    rng = np.random.default_rng(n)
    x, y = _series(rng, n)
    pyr = Pyramid(x, y)
    start = rng.integers(0, n, 200)
    stop = np.minimum(start + 1 + rng.integers(0, n, 200), n)
    mn, mx = pyr.range_extremes(start, stop)
    for a, b, lo, hi in zip(start, stop, mn, mx):
        assert lo == y[a:b].min() and hi == y[a:b].max()


@pytest.mark.parametrize("direct_limit", [0, 1 << 17])  # the level walk, and one pass in C
@pytest.mark.parametrize("seed", range(6))
def test_every_pixel_column_keeps_its_min_and_max(seed, direct_limit, monkeypatch):
    monkeypatch.setattr(decimation, "DIRECT_LIMIT", direct_limit)
    rng = np.random.default_rng(seed)
    x, y = _series(rng, int(rng.integers(2_000, 40_000)))
    pyr = Pyramid(x, y)
    for _ in range(5):
        a, b = np.sort(rng.uniform(x[0] - 100, x[-1] + 100, 2))
        width = int(rng.integers(50, 1600))
        cols, _start, _stop, ymin, ymax = pyr.columns(a, b, width)
        raw = _raw_columns(x, y, a, b, width)
        assert dict(zip(cols.tolist(), zip(ymin.tolist(), ymax.tolist()))) == raw
        # and the polyline drawn reaches each column's extremes
        px, py = pyr.visible(a, b, width)
        assert np.all(np.diff(px) >= 0)
        for k, (lo, hi) in raw.items():
            left, right = a + (b - a) * k / width, a + (b - a) * (k + 1) / width
            inside = py[(px >= left) & (px < right)]
            assert inside.min() <= lo and inside.max() >= hi


def test_a_dense_view_draws_a_few_vertices_per_column_not_every_point():
    rng = np.random.default_rng(1)
    x, y = _series(rng, 200_000)
    px, _py = Pyramid(x, y).visible(x[0], x[-1], 1000)
    assert len(px) <= 4 * 1000 + 4


def test_zoomed_in_every_point_in_view_is_drawn_and_the_line_reaches_the_edges():
    x = np.arange(0.0, 1000.0)
    y = np.sin(x)
    px, py = Pyramid(x, y).visible(100.2, 110.7, 800)
    inner = (px > 100.2) & (px < 110.7)
    assert px[inner].tolist() == x[101:111].tolist()
    assert py[inner].tolist() == y[101:111].tolist()
    # the segments leaving the view are cut just beyond its edges, along the data's segments
    span = (110.7 - 100.2) / 800
    assert px[0] == pytest.approx(100.2 - 4 * span) and px[-1] == pytest.approx(110.7 + 4 * span)
    assert py[0] == pytest.approx(np.interp(px[0], x, y))
    assert py[-1] == pytest.approx(np.interp(px[-1], x, y))


def test_a_view_with_nothing_or_one_point_is_safe():
    x, y = np.array([5.0]), np.array([2.0])
    px, py = Pyramid(x, y).visible(0.0, 10.0, 500)
    assert px.tolist() == [5.0] and py.tolist() == [2.0]
    px, py = Pyramid(np.empty(0), np.empty(0)).visible(0.0, 10.0, 500)
    assert len(px) == 0
    x = np.array([0.0, 100.0])
    px, py = Pyramid(x, np.array([0.0, 10.0])).visible(40.0, 60.0, 100)  # no point in view
    assert px[0] == pytest.approx(40.0 - 4 * 0.2) and py[0] == pytest.approx(px[0] / 10)


def test_pyramids_sharing_x_draw_what_each_draws_alone():
    # series of one indicator share their periods: the view's column split (and the M4 vertices'
    # x) is made once for all of them; every polyline must be the one the series draws alone
    rng = np.random.default_rng(11)
    n = 50_000
    x = np.cumsum(rng.uniform(0.5, 2.0, n))
    ys = [np.cumsum(rng.normal(0, 1, n)) for _ in range(4)]
    alone = [Pyramid(x.copy(), y) for y in ys]
    shared = [Pyramid(x.copy(), y) for y in ys]
    for p in shared[1:]:
        assert p.share_x(shared[0])
    assert not Pyramid(x[:-1].copy(), ys[0][:-1]).share_x(shared[0])  # other x: not shared
    other = Pyramid(x + 1.0, ys[0])
    assert not other.share_x(shared[0])
    lo, hi = float(x[0]), float(x[-1])
    views = [(lo, hi, 800.0, 0.0), (lo, hi, 800.0, 0.37), (lo + 1000, hi - 5000, 1333.0, 0.5),
             (lo + 10, lo + 400, 640.0, 0.1), (lo - 50, hi + 50, 1920.0, 0.9)]
    for view in views * 2:
        for p_alone, p_shared in zip(alone, shared):
            xa, ya = p_alone.visible(*view)
            xs, ys_ = p_shared.visible(*view)
            assert np.array_equal(xa, xs) and np.array_equal(ya, ys_), view
        for p_alone, p_shared in zip(reversed(alone), reversed(shared)):  # another order
            assert all(np.array_equal(a, b) for a, b in zip(p_alone.visible(*view), p_shared.visible(*view)))
    for p in shared:
        p.unshare()
    assert all(np.array_equal(a, b) for a, b in zip(alone[2].visible(*views[2]), shared[2].visible(*views[2])))
