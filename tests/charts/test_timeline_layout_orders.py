"""A filter change without a sort of the kept events: the kept placements' interval index taken
from the full one, the visible rows by first and last day picked out of orders made once per
pack, Zoom to fit on rows already by first day. Each must give what the former sorts gave, on
the default pack and a generated tier-S pack, for few and many rows."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.charts import timeline_layout as tl
from explorer.charts import timeline_span as ts
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


def _row_sets(n: int, chrono: np.ndarray) -> list[np.ndarray]:
    """Few and many rows, chronological (as the session gives them) and in row order."""
    rng = np.random.default_rng(16)
    out = [np.empty(0, np.int64), np.arange(n, dtype=np.int64), np.array([n // 2], np.int64)]
    for share in (0.02, 0.1, 0.3, 0.8, 0.97):
        keep = rng.random(n) < share
        out.append(chrono[keep[chrono]])  # chronological
        out.append(np.flatnonzero(keep))  # by row
    return out


def _buckets(index: tl.IntervalIndex) -> list[tuple]:
    return [(s.tolist(), e.tolist(), ids.tolist(), longest)
            for s, e, ids, longest in index._buckets]


@pytest.mark.parametrize("which", ["default", "S"])
@pytest.mark.parametrize("mode", ["partner", "domain"])
def test_the_kept_index_is_the_one_built_over_the_kept_placements(default_pack, s_pack, which,
                                                                  mode, monkeypatch):
    pack = default_pack if which == "default" else s_pack
    p = tl.timeline_source(pack).placements(mode)
    rng = np.random.default_rng(3)
    for share in (0.0, 0.01, 0.1, 0.5, 0.9, 1.0):
        keep = rng.random(len(p)) < share
        kept = np.flatnonzero(keep)
        built = tl.IntervalIndex(p.extent_start[kept], p.extent_end[kept], kept)
        for ratio in (0, tl.KEPT_SHARE_FOR_SUBSET, 10**9):  # always built, as shipped, always taken
            monkeypatch.setattr(tl, "KEPT_SHARE_FOR_SUBSET", ratio)
            for mask in (keep, None):
                got = p.kept_index(kept, mask)
                assert got.size == built.size == len(kept)
                assert _buckets(got) == _buckets(built), (share, ratio)
        subset = p.full_index().subset(keep)
        assert _buckets(subset) == _buckets(built)
        lo, hi = float(p.extent_start.min()), float(p.extent_end.max())
        for d0, d1 in ((lo, hi + 1), (lo + (hi - lo) * 0.4, lo + (hi - lo) * 0.45)):
            assert np.array_equal(p.query(d0, d1, subset), p.query(d0, d1, built))


@pytest.mark.parametrize("which", ["default", "S"])
def test_rows_by_day_are_the_rows_sorted_and_zoom_to_fit_is_the_same(default_pack, s_pack,
                                                                     which, monkeypatch):
    pack = default_pack if which == "default" else s_pack
    src = tl.TimelineSource(pack)  # orders made afresh
    chrono = np.lexsort((np.arange(src.n), src.start_day))
    for ratio in (0, tl.KEPT_SHARE_FOR_SUBSET, 10**9):
        monkeypatch.setattr(tl, "KEPT_SHARE_FOR_SUBSET", ratio)
        for rows in _row_sets(src.n, chrono):
            for by, day in (("start", src.start_day), ("end", src.end_day)):
                got = src.in_order(by, rows)
                assert sorted(got.tolist()) == sorted(rows.tolist())  # the same rows
                assert np.all(np.diff(day[got]) >= 0)  # by that day
                keep = np.zeros(src.n, dtype=bool)
                keep[rows] = True
                assert np.array_equal(src.in_order(by, rows, keep), got)
            if len(rows):
                before = ts.fit_span(src.start_day, src.end_day, rows)
                after = ts.fit_span(src.start_day, src.end_day, src.in_order("start", rows),
                                    presorted=True)
                assert (after.day0, after.day1) == (before.day0, before.day1)
                assert sorted(after.before) == sorted(before.before)
                assert sorted(after.after) == sorted(before.after)


def test_zoom_to_fit_on_presorted_rows_leaves_the_same_outliers_out():
    """A lone early treaty (and late plan) beside a cluster, with ties on the first day: the
    same span and the same events left off whether the rows come sorted or not."""
    start = np.array([0, 40000, 40000, 40010, 40010, 40400, 40400, 41000, 41000, 41200,
                      41300, 41300, 41500, 41600, 41600, 42000, 42000, 42100, 42200, 60000])
    end = start + np.array([0, 5, 0, 900, 0, 0, 3, 1, 0, 0, 0, 2, 0, 0, 500, 0, 0, 0, 0, 0])
    rows = np.random.default_rng(1).permutation(len(start))
    before = ts.fit_span(start, end, rows)
    src_order = rows[np.argsort(start[rows], kind="stable")]
    after = ts.fit_span(start, end, src_order, presorted=True)
    assert (after.day0, after.day1) == (before.day0, before.day1)
    assert set(before.before) == set(after.before) == {0}
    assert set(before.after) == set(after.after) == {19}


@pytest.mark.parametrize("which", ["default", "S"])
@pytest.mark.parametrize("mode", ["partner", "domain"])
def test_kept_middles_in_order_are_the_kept_middles_sorted(default_pack, s_pack, which, mode):
    """What a density frame counts: the kept placements' middle days picked out of every
    placement's middles sorted once are the kept middles sorted (stable: ties in placement
    order, lanes alike), for few and many kept, a lane mode's several placements per event."""
    pack = default_pack if which == "default" else s_pack
    p = tl.timeline_source(pack).placements(mode)
    rng = np.random.default_rng(7)
    for share in (0.0, 0.01, 0.3, 0.8, 1.0):
        kept = np.flatnonzero(rng.random(len(p)) < share)
        if share == 1.0:
            kept = np.arange(len(p), dtype=np.int64)
        mid = (p.start_day[kept] + p.end_day[kept] + 1) / 2.0
        order = np.argsort(mid, kind="stable")
        got_mid, got_lane = p.middles_in_order(kept)
        assert got_mid.dtype == mid.dtype and got_lane.dtype == p.lane.dtype
        assert np.array_equal(got_mid, mid[order])
        assert np.array_equal(got_lane, p.lane[kept][order]), share
        assert len(np.unique(mid)) < len(mid) or share < 0.3  # ties were there to break
