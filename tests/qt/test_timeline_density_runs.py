"""The density strip's rows are compared from each lane's tallest bar down (the rows above it
are clear), and the runs of rows with ink come with the mask (``_density_rows``) instead of a
pass over every pixel of the plot: the same mask, and runs that hold exactly the rows with ink,
so the strip draws the same images (its pixels: ``test_timeline_frames``)."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.charts import timeline_layout as tl
from explorer.qt.render.timeline_frame import _density_rows


def _former_mask(lanes: tl.LaneGeometry, bar: np.ndarray, height: int) -> np.ndarray:
    """The mask as it was made before: every row of every lane compared."""
    top = np.asarray(lanes.top, dtype=np.float64)
    foot = top + np.asarray(lanes.height, dtype=np.float64) - lanes.pad
    lo = np.clip(np.r_[0.0, np.ceil(top[1:] - 0.5)], 0, height).astype(np.int64)
    hi = np.r_[np.ceil(top[1:] - 0.5), float(height)]
    end = np.clip(np.minimum(np.floor(foot - 0.5) + 1, hi), 0, height).astype(np.int64)
    start = np.clip(np.floor(foot[:, None] - bar - 0.5) + 1, 0, height).astype(np.int32)
    mask = np.zeros((height, bar.shape[1]), dtype=bool)
    for k in range(bar.shape[0]):
        a, e = int(lo[k]), int(end[k])
        if e > a:
            mask[a:e] = np.arange(a, e, dtype=np.int32)[:, None] >= start[k][None, :]
    return mask.view(np.uint8)


@pytest.mark.parametrize("seed", range(40))
def test_the_runs_of_inked_rows_are_the_rows_with_ink(seed):
    """Random lanes (one to a dozen, some empty, some with one tall column) and counts: the
    mask is the one every row of every lane compared made, and the runs are the rows with ink
    (the per-pixel rule itself: ``test_timeline_frames``)."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 13))
    height = int(rng.integers(8, 700))
    width = int(rng.integers(1, 1200))
    ones = np.ones(n, dtype=np.int64)
    lanes = tl.allocate_lanes(ones, ones, float(height), pad=4.0)
    counts = rng.poisson(float(rng.choice([0.05, 0.6, 3.0])), (n, width))
    counts[rng.random(n) < 0.3] = 0  # empty lanes
    if width > 2 and seed % 3 == 0:
        counts[int(rng.integers(0, n)), int(rng.integers(0, width))] += 40  # one tall column
    inner = np.maximum(lanes.height - 2 * lanes.pad, 1.0)
    bar = np.sqrt(counts / max(int(counts.max()), 1)) * inner[:, None]
    bar[counts > 0] = np.maximum(bar[counts > 0], 1.0)
    mask, runs = _density_rows(lanes, bar, height)
    assert mask.dtype == np.uint8 and mask.shape == (height, width)
    assert np.array_equal(mask, _former_mask(lanes, bar, height))
    covered = np.concatenate([np.arange(a, e) for a, e in runs] or [np.empty(0, np.int64)])
    assert np.array_equal(covered, np.flatnonzero(mask.any(axis=1)))  # in order, once each
