"""The timeline keeps the pack's own day columns, not copies of them (``TimelineSource``; tier L:
two arrays of 10^5 days less for the window to hold), and every placement still carries its
event's days and extent as the pack states them."""

from __future__ import annotations

import numpy as np

from explorer.charts.timeline_layout import LANE_MODES, timeline_source
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path


def test_the_timeline_keeps_the_packs_days_and_places_each_event_at_them():
    pack = load_pack(default_pack_path())
    src = timeline_source(pack)
    start = pack.events["start_day"].to_numpy()
    end = pack.events["end_day"].to_numpy()
    assert np.shares_memory(src.start_day, start) and np.shares_memory(src.end_day, end)
    first, last = src.tracks.first_day, src.tracks.last_day
    for mode in LANE_MODES:
        p = src.placements(mode)
        rows = p.event_row
        assert np.array_equal(p.start_day, start[rows]) and np.array_equal(p.end_day, end[rows])
        assert np.array_equal(p.extent_start, np.minimum(start, first)[rows])
        assert np.array_equal(p.extent_end, np.maximum(end, last)[rows])
        assert np.array_equal(np.sort(p.extent_start), p.extent_start)  # still in extent order
