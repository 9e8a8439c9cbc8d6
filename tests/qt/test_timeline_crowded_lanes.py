"""A crowded frame (the density strip: a row a lane) shares the plot's height between the lanes
once per lane count and height, not on every frame (``timeline_geometry.LANES_KEPT``): the
frames of a view keeping them are those of a view sharing them out each frame, pixel for pixel,
through pans, a zoom, new filters and a resize."""

from __future__ import annotations

from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import focus_actor
from explorer.charts import timeline_layout as tl
from explorer.qt.render import timeline_geometry as tg
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels, _two_views


def test_crowded_frames_share_the_lanes_once_and_draw_as_when_shared_each_frame(
        qtbot, monkeypatch, tier_s_pack):
    new_view, old_view = _two_views(qtbot, tier_s_pack, 1200)
    for v in (new_view, old_view):
        v._painter.density_threshold = 60  # tier S crowded at its whole span
    session: Session = new_view._session
    shared = {"crowded": 0}
    allocate = tl.allocate_lanes

    def counted(*args, **kwargs):
        shared["crowded"] += tg.LANES_KEPT and "pitch" not in kwargs
        return allocate(*args, **kwargs)

    monkeypatch.setattr(tl, "allocate_lanes", counted)
    d0, d1 = new_view.visible_range()
    span = d1 - d0
    frames = 0
    for step in range(4):
        if step == 1:
            session.set_filter(origin="test", partners=frozenset({focus_actor(tier_s_pack)}))
        elif step == 2:
            session.clear_filter(origin="test")
        elif step == 3:
            for v in (new_view, old_view):
                v.resize(QSize(1000, 520))
        for k in range(6):
            rng = (d0 + span * 0.01 * k, d1 + span * 0.01 * k) if k < 5 else (d0, d0 + span / 2)
            _switch_keeps_pixels(monkeypatch, tg, "LANES_KEPT", new_view, old_view, frames, rng)
            frames += new_view._ensure_frame().density is not None
    assert frames >= 16, frames  # most frames crowded
    assert 1 <= shared["crowded"] <= 3, shared  # once per height (two) and lane count
