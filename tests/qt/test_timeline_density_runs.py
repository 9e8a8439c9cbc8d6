"""The density strip's rows are compared from each lane's tallest bar down (the rows above it
are clear), and the runs of rows with ink come with the mask (``_density_rows``) instead of a
pass over every pixel of the plot: the same mask, and runs that hold exactly the rows with ink,
so the strip draws the same images (its pixels: ``test_timeline_frames``)."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.qt.render.timeline_frame import _density_rows
from tests.qt.test_timeline_frames import _density_by_pixel, _random_strip, _strip_bars


@pytest.mark.parametrize("seed", range(40))
def test_the_runs_of_inked_rows_are_the_rows_with_ink(seed):
    """Random lanes and counts, some lanes empty, some with one tall column: the mask follows
    the per-pixel rule, and the runs hold exactly the rows with ink, in order."""
    rng, lanes, counts, height = _random_strip(seed)
    n, width = counts.shape
    counts[rng.random(n) < 0.3] = 0  # empty lanes
    if seed % 3 == 0:
        counts[int(rng.integers(0, n)), int(rng.integers(0, width))] += 40  # one tall column
    bar = _strip_bars(lanes, counts)
    mask, runs = _density_rows(lanes, bar, height)
    assert mask.dtype == np.uint8 and mask.shape == (height, width)
    assert np.array_equal(mask.astype(bool), _density_by_pixel(lanes, bar, height))
    covered = np.concatenate([np.arange(a, e) for a, e in runs] or [np.empty(0, np.int64)])
    assert np.array_equal(covered, np.flatnonzero(mask.any(axis=1)))  # in order, once each
