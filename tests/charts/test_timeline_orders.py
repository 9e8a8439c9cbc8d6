"""The timeline's per-pack orders made without numpy's slower sorts (``timeline_layout``): the
placements' order by extent, the milestone tracks' order and the per-event index are the orders
the stable sorts and ``np.lexsort`` give, ties included, and near the integers' limits too."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.charts import timeline_layout as tl

DAYS = st.integers(-800_000, 800_000)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DAYS, st.sampled_from([0, 1, -1])), max_size=300))
def test_extent_order_is_the_stable_argsort(values):
    arr = np.array(values, dtype=np.int64)
    assert np.array_equal(tl._stable_argsort(arr), np.argsort(arr, kind="stable"))


def test_extent_order_near_the_integers_limits_falls_back_to_the_stable_sort():
    arr = np.array([2**62, -(2**62), 0, 2**62, 5, 0], dtype=np.int64)
    assert np.array_equal(tl._stable_argsort(arr), np.argsort(arr, kind="stable"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(-3_000, 3_000), st.integers(0, 9)),
                max_size=200), st.booleans())
def test_track_order_is_the_lexsort(items, by_event):
    if by_event:  # as a pack's milestones come: grouped by event
        items = sorted(items, key=lambda t: t[0])
    rows = np.array([r for r, _, _ in items], dtype=np.int64)
    twice_day = np.array([d for _, d, _ in items], dtype=np.int64)
    stage = np.array([s for _, _, s in items], dtype=np.int8)
    assert np.array_equal(tl._track_order(rows, twice_day, stage),
                          np.lexsort((stage, twice_day / 2.0, rows)))


def test_track_order_tells_a_late_stage_from_the_next_day():
    # the last stage (9) on one day and the second (1) on the next half-day: apart in the key
    rows = np.zeros(2, dtype=np.int64)
    twice_day = np.array([6, 5], dtype=np.int64)
    stage = np.array([1, 9], dtype=np.int8)
    assert tl._track_order(rows, twice_day, stage).tolist() == [1, 0]


def test_track_order_of_days_too_far_apart_falls_back_to_the_lexsort():
    rows = np.array([3, 1, 3, 1], dtype=np.int64)
    twice_day = np.array([2**61, -(2**61), 0, 7], dtype=np.int64)
    stage = np.array([1, 0, 2, 0], dtype=np.int8)
    assert np.array_equal(tl._track_order(rows, twice_day, stage),
                          np.lexsort((stage, twice_day, rows)))


@settings(max_examples=200, deadline=None)
@given(st.permutations(list(range(40))))
def test_the_index_by_event_of_every_event_once_is_the_stable_argsort(perm):
    rows = np.array(perm, dtype=np.int64)
    by_event = tl._by_event(rows, len(rows), "partner")
    assert np.array_equal(by_event, np.argsort(rows, kind="stable"))
    assert by_event.dtype == np.argsort(rows).dtype
    repeated = np.r_[rows, rows[:5]]  # domain mode: an event in several lanes
    assert np.array_equal(tl._by_event(repeated, len(rows), "domain"),
                          np.argsort(repeated, kind="stable"))
