"""The timeline's layout round the plot (gutter, era strip, legend, axis and where the plot is) is
kept from frame to frame while nothing it depends on changes (``timeline_geometry.LAYOUT_KEPT``):
a view keeping it draws what a view working it out for every frame draws, pixel for pixel,
through pans and zooms and, between them, a filter, the eras hidden and shown, a larger text,
domain lanes, the Japanese labels and another size, on the shipped pack and on tier S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from explorer.charts.theme import LIGHT
from explorer.qt import theme as qt_theme
from explorer.qt.render import timeline_geometry as tg
from explorer.qt.views import timeline_view as tv
from tests.qt.test_timeline_frame_pixels import _script, _switch_keeps_pixels, _two_views

CHANGES = ("filter", "eras hidden", "text", "eras shown", "domain", "ja", "size", "unfiltered")


@pytest.fixture
def look_restored():
    yield
    qt_theme.set_look(LIGHT, 1.0)


def _change(step: str, views, pack) -> None:
    from benchmarks.scenarios.filtering import focus_actor

    session = views[0]._session
    if step == "filter":  # fewer colours: the legend may take fewer lines
        session.set_filter(origin="test", partners=frozenset({focus_actor(pack)}))
    elif step == "unfiltered":
        session.clear_filter(origin="test")
    elif step == "ja":
        session.set_label_language("ja", origin="test")
    for v in views:
        if step in ("eras hidden", "eras shown"):
            v.set_eras_visible(step == "eras shown")
        elif step == "text":
            font = v.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            v.setFont(font)
        elif step == "domain":
            v.set_lane_mode("domain")
        elif step == "size":
            v.resize(QSize(1163, 560))


@pytest.mark.parametrize("pack_name", ["default_pack", "tier_s_pack"])
def test_a_kept_layout_draws_what_a_layout_worked_out_each_frame_draws(
        qtbot, monkeypatch, request, look_restored, pack_name):
    pack = request.getfixturevalue(pack_name)
    monkeypatch.setattr(tv, "PICTURES_KEPT", 0)  # every state painted, none copied
    new_view, old_view = _two_views(qtbot, pack, 1200)
    d0, d1 = new_view.visible_range()
    script = _script(d0, d1)
    kept = 0
    computed = tg._frame_layout
    found = {"n": 0}

    def counting(self):
        before = self._layout
        out = computed(self)
        found["n"] += self._layout is before and tg.LAYOUT_KEPT
        return out

    monkeypatch.setattr(tg, "_frame_layout", counting)
    frame = 0
    for change in (None, *CHANGES):
        if change is not None:
            _change(change, (new_view, old_view), pack)
        for rng in script:
            before = found["n"]
            _switch_keeps_pixels(monkeypatch, tg, "LAYOUT_KEPT", new_view, old_view, frame, rng)
            kept += found["n"] > before
            frame += 1
    # most frames (every pan and zoom after the first frame of a change) used the kept layout
    assert kept >= frame - 2 * (len(CHANGES) + 1), (kept, frame)
