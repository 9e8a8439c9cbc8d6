"""A grouping of bars drawn again whose colours moved too much to patch (tier M's zoomed
frames: most bars cut at the plot's edges move on every nudge) gets arrays for those colours,
as a new grouping does, and draws what QRectF lists made again draw, pixel for pixel."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize

from explorer.qt.render import timeline_items as ti
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels


def test_bars_moved_in_a_grouping_drawn_again_are_drawn_from_arrays_as_from_lists(
        qtbot, monkeypatch, tier_s_pack):
    """Tier S zoomed to a twentieth and a tenth of its span near its middle (130 and 251 items:
    many bars cut at the edges), nudged to and fro by a thousandth of the view as the harness
    does, then by fractions of a pixel and whole pixels: every frame equals the frame drawn
    with lists made again, and colours of a grouping drawn again were made as arrays."""
    session = Session()
    session.open_pack(tier_s_pack)
    made = {"arrays": 0, "lists": 0}
    arrays_of, lists_of = ti._bar_arrays_of, ti._bar_lists

    def arrays_counted(colours, *args):
        made["arrays"] += ti.BAR_ARRAYS_AGAIN * len(colours)
        return arrays_of(colours, *args)

    def lists_counted(*args):
        made["lists"] += ti.BAR_ARRAYS_AGAIN
        return lists_of(*args)

    monkeypatch.setattr(ti, "_bar_arrays_of", arrays_counted)
    monkeypatch.setattr(ti, "_bar_lists", lists_counted)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1600, 900))
    new_view.zoom_to_fit()
    d0, d1 = new_view.visible_range()
    mid = float(np.median(tier_s_pack.events["start_day"].to_numpy()))
    ranges = []
    for frac in (0.05, 0.1):
        z = (d1 - d0) * frac
        a = mid - z / 2
        ranges += [(a + z * 0.001 * (k % 2), a + z + z * 0.001 * (k % 2)) for k in range(6)]
        px = z / 1600  # days per pixel, near enough
        ranges += [(a + s * px, a + z + s * px) for s in (0.3, 0.7, 1.0, 3.0, -2.0, 5.5)]
    for i, rng in enumerate(ranges):
        _switch_keeps_pixels(monkeypatch, ti, "BAR_ARRAYS_AGAIN", new_view, old_view, i, rng)
    # Beyond the two new groupings' first frames (10 colours each), colours were made as
    # arrays for groupings drawn again, and few as lists.
    assert made["arrays"] > 40, made
    assert made["lists"] < made["arrays"] / 2, made
