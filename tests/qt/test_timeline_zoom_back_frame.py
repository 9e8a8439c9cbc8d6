"""A zoom back and forth about one day (the wheel in and out, + and −) finds the frame of a range
among the last few shown instead of working its geometry out again
(``TimelinePainter._kept_or_new_frame``, ``FRAMES_FOUND_WHILE_MOVING``), and draws the pixels a
frame worked out afresh draws: through pans, a selection, a filter and a size change in between,
on the shipped pack and on tier S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from explorer.qt.render import timeline_painter as tp
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels, _two_views

# Steps in turn: a zoom in or out about the centre, a pan, a selection, a filter, a size change.
SCRIPT = ["in", "out", "in", "out", "pan", "in", "out", "in", "select", "out", "in", "filter",
          "out", "in", "out", "size", "in", "out", "in"]


@pytest.mark.parametrize("pack_name", ["default_pack", "tier_s_pack"])
def test_a_zoom_back_and_forth_finds_its_frame_and_draws_the_pixels_of_a_fresh_one(
        qtbot, monkeypatch, request, pack_name):
    """The first view zooms (``zoom_by``) and finds frames; the second is set to each range
    with the switch off and works every frame out."""
    from benchmarks.scenarios.filtering import focus_actor

    pack = request.getfixturevalue(pack_name)
    new_view, old_view = _two_views(qtbot, pack, 1200)
    session = new_view._session
    lo, hi = new_view.visible_range()
    new_view.set_visible_range(lo + (hi - lo) / 3, lo + (hi - lo) / 3 + (hi - lo) / 4)
    seen: dict[tuple[float, float], object] = {}  # the first view's frame at each range
    found = 0
    for i, step in enumerate(SCRIPT):
        if step == "select":
            f = new_view._ensure_frame()  # an event in the middle of the view
            row = int(new_view._painter._placements.event_row[f.idx[len(f.idx) // 2]])
            session.select_event(str(pack.events["id"].iat[row]), origin="test")
        elif step == "filter":
            session.set_filter(origin="test", partners=frozenset({focus_actor(pack)}))
        elif step == "size":
            for v in (new_view, old_view):
                v.resize(QSize(1163, 560))
        elif step == "pan":
            lo, hi = new_view.visible_range()
            new_view.set_visible_range(lo + (hi - lo) / 10, hi + (hi - lo) / 10)
        else:
            new_view.zoom_by(2.0 if step == "in" else 0.5)
        rng = new_view.visible_range()
        _switch_keeps_pixels(monkeypatch, tp, "FRAMES_FOUND_WHILE_MOVING", new_view, old_view, i, rng)
        frame = new_view._painter._base_frame
        found += step in ("in", "out") and seen.get(rng) is frame
        seen = {} if step in ("filter", "size") else seen
        seen[rng] = frame
    # Every zoom back to the range two steps before (not after a filter or a size change,
    # nor the first step and the first after the pan) finds its frame.
    assert found >= 10, found
