"""What the timeline keeps from frame to frame at a few items (tier XS) draws what it drew when
made afresh, pixel for pixel: the few bars' colours and brushes (``BAR_COLOURS_KEPT``), the lane
rows' colours mixed per theme (``ROW_MIXES_KEPT``) and the edge chips' places and inks
(``EDGE_CHIPS_KEPT``), through pans and zooms, a change of look, of lanes and of text size."""

from __future__ import annotations

import pytest

from explorer.charts.theme import DARK, LIGHT
from explorer.qt import theme as qt_theme
from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.render import timeline_items as ti
from explorer.qt.views import timeline_view as tv
from tests.qt.test_timeline_frame_pixels import _script, _switch_keeps_pixels, _two_views


@pytest.fixture
def look_restored():
    yield
    qt_theme.set_look(LIGHT, 1.0)


@pytest.mark.parametrize(("module", "switch"), [(ti, "BAR_COLOURS_KEPT"),
                                                (tb, "ROW_MIXES_KEPT"),
                                                (tv, "EDGE_CHIPS_KEPT")])
@pytest.mark.parametrize("width", [1200, 1163])
def test_kept_inks_and_chips_draw_what_fresh_ones_draw(qtbot, monkeypatch, default_pack,
                                                       look_restored, module, switch, width):
    """The shipped pack's script of frames, run twice (the second time in the dark look), then
    its middle half (a few bars of five colours) by domain lanes (another palette), nudged, and
    in a larger text; one view keeps, the other makes afresh. Chips and a few items are drawn
    in most frames (checked)."""
    new_view, old_view = _two_views(qtbot, default_pack, width)
    d0, d1 = new_view.visible_range()
    script = _script(d0, d1)
    half = (d1 - d0) / 2
    a = d0 + half / 2
    middle = [(a + half * k, a + half + half * k) for k in (0.0, 0.001, -0.0013, 0.0)]
    ranges = script + script + middle + middle
    chips = few = 0
    for i, rng in enumerate(ranges):
        if i == len(script):
            qt_theme.set_look(DARK, 1.0)
        if i == 2 * len(script):
            for v in (new_view, old_view):
                v.set_lane_mode("domain")
        if i == 2 * len(script) + len(middle):
            for v in (new_view, old_view):
                font = v.font()
                font.setPointSizeF(font.pointSizeF() * 1.3)
                v.setFont(font)
        _switch_keeps_pixels(monkeypatch, module, switch, new_view, old_view, i, rng)
        chips += bool(new_view.edge_indicators())
        few += 0 < new_view.drawn_placement_count <= ti.FEW_ITEMS
    assert chips >= len(ranges) // 2 and few >= len(ranges) // 2, (chips, few)
