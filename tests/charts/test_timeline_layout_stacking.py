"""``stack_rows`` by heaps stacks exactly as the former scan of every row's end per item: random
items (ties, equal starts, zero widths, gaps landing exactly on an end, infinite extents, rows
overflowing), windows as crowded as a tier-M pan, and the shipped pack's placements at several
zooms."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.charts import timeline_layout as tl
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


def _former_stack_rows(lane, x0, x1, *, gap=3.0, max_rows=32):
    """``stack_rows`` before the heaps (the reference): every row's end scanned per item."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows
    order = np.lexsort((x0, lane))
    out = []
    cur = None
    ends: list[float] = []
    for ln, a, b in zip(lane[order].tolist(), x0[order].tolist(), x1[order].tolist()):
        if ln != cur:
            cur, ends = ln, [b]
            out.append(0)
            continue
        limit = a - gap
        if ends[0] <= limit:
            ends[0] = b
            out.append(0)
            continue
        first_free = min(ends)
        if first_free <= limit:
            for r, end in enumerate(ends):
                if end <= limit:
                    ends[r] = b
                    break
        elif len(ends) < max_rows:
            r = len(ends)
            ends.append(b)
        else:
            r = ends.index(first_free)
            ends[r] = max(first_free, b)
        out.append(r)
    rows[order] = out
    return rows


def _same(lane, x0, x1, **kwargs) -> None:
    got = tl.stack_rows(lane, x0, x1, **kwargs)
    want = _former_stack_rows(lane, x0, x1, **kwargs)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


# Starts and widths from a few values so that ties, equal starts, zero widths and a start
# exactly ``gap`` after an end come up often; some infinite.
_X = st.one_of(st.sampled_from([0.0, 1.0, 3.0, 4.0, 6.0, 10.0, 0.5, -3.0]),
               st.integers(-40, 200).map(float),
               st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False))
_W = st.one_of(st.sampled_from([0.0, 0.0, 3.0, 1.0, 7.0, 2.5]),
               st.floats(0, 300, allow_nan=False), st.just(float("inf")))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(st.integers(0, 3), _X, _W), max_size=80),
       gap=st.sampled_from([0.0, 3.0, 1.0, 2.5, -1.0]),
       max_rows=st.integers(0, 6) | st.just(16) | st.just(10**6),
       lane_dtype=st.sampled_from([np.int16, np.int64]))
def test_stacking_by_heaps_is_the_former_stacking(items, gap, max_rows, lane_dtype):
    lane = np.array([i[0] for i in items], dtype=lane_dtype)
    x0 = np.array([i[1] for i in items], dtype=np.float64)
    x1 = x0 + np.array([i[2] for i in items], dtype=np.float64)
    _same(lane, x0, x1, gap=gap, max_rows=max_rows)


@pytest.mark.parametrize("seed", range(6))
def test_windows_as_crowded_as_a_tier_m_pan_stack_as_before(seed):
    """Ten lanes of up to 300 items, long agreements across the window and short ones: every
    lane fills its 16 rows within its first items and most items share rows; also the same with
    label room added to the ends, integer pixels (many ties) and float32 extents."""
    rng = np.random.default_rng(seed)
    n = 700
    lane = rng.choice(10, n, p=np.r_[[0.2, 0.13, 0.07], np.full(6, 0.03), 0.42]).astype(np.int16)
    x0 = rng.uniform(-6000, 3200, n)
    x1 = x0 + np.where(rng.random(n) < 0.5, rng.uniform(2000, 9000, n), rng.uniform(0, 40, n))
    reserve = np.where(rng.random(n) < 0.6, 4.0 + rng.uniform(20, 150, n), 0.0)
    for a, b in ((x0, x1), (x0, x1 + reserve), (np.round(x0), np.round(x1)),
                 (x0.astype(np.float32), x1.astype(np.float32))):
        _same(lane, a, b, max_rows=16)
        _same(lane, a, b, max_rows=3)
        _same(lane, a, b, max_rows=10**6)
    rows = tl.stack_rows(lane, x0, x1, max_rows=16)
    assert rows.max() == 15  # the crowded case: rows full, items sharing


@pytest.fixture(scope="module")
def shipped_placements():
    return tl.build_placements(load_pack(default_pack_path()), "partner")


@pytest.mark.parametrize("days_on_screen", [30, 365, 3650, 40000])
def test_the_shipped_packs_placements_stack_as_before(shipped_placements, days_on_screen):
    p = shipped_placements
    idx = np.arange(len(p.lane), dtype=np.int64)
    ppd = 1400.0 / days_on_screen
    ext = tl.item_extents(p, idx, 0.0, ppd, marker_radius=5.0)
    for max_rows in (16, 2, 10**6):
        _same(p.lane[idx], ext.extent_x0, ext.extent_x1, max_rows=max_rows)
        _same(p.lane[idx], ext.extent_x0, ext.extent_x1 + 150.0, max_rows=max_rows)
