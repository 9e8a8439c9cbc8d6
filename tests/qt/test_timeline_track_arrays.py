"""Milestone tracks made for a frame (a filter never applied before: every track new) go to Qt as
arrays (``timeline_items.TRACK_ARRAYS``) and draw what QRectF lists drew, pixel for pixel, on
that frame and on the pans after it, which find the kept arrays again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import new_filters
from explorer.qt.render import timeline_items as ti
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels


def test_tracks_of_new_filters_and_their_pans_are_drawn_from_arrays_as_from_lists(
        qtbot, monkeypatch, tier_s_pack):
    """Tier S, four new filters (each refits both views), each frame then panned by whole
    pixels and fractions at its zoom and at a quarter of it: every frame equals the frame of
    a view drawing its tracks as lists, and the tracks were made as arrays."""
    session = Session()
    session.open_pack(tier_s_pack)
    made = {"tracks": 0}
    rect_array = ti._rect_array

    def counted(*args):
        if sys._getframe(1).f_code.co_name == "_update_tracks" and ti.TRACK_ARRAYS:
            made["tracks"] += len(args[0])
        return rect_array(*args)

    monkeypatch.setattr(ti, "_rect_array", counted)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1600, 900))
    i = 0
    for f in new_filters(tier_s_pack, 4):
        session.set_filter(origin="test", **f)
        d0, d1 = new_view.visible_range()
        ranges = [(d0, d1)]
        for frac in (1.0, 0.25):
            z = (d1 - d0) * frac
            a = (d0 + d1 - z) / 2
            px = z / 1600  # days per pixel, near enough
            ranges += [(a + s * px, a + z + s * px) for s in (0.0, 1.0, 3.0, 0.4, -2.0)]
        for rng in ranges:
            _switch_keeps_pixels(monkeypatch, ti, "TRACK_ARRAYS", new_view, old_view, i, rng)
            i += 1
    assert made["tracks"] > 200, made
