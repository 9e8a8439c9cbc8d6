"""The era strip's rows composed in a line with Qt's whole-number fills are the rows composed
with ``QRectF`` fills, pixel for pixel: tier S's 42 overlapping eras and the shipped pack's
few (their line forced), whole span, zoomed, panned by whole pixels and fractions, in both
looks, and with text sizes whose gutter ends on a fraction of a pixel (under a half: terms
cut by the view's left edge then start a column left of the line)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.render.timeline_painter import TimelinePainter
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _script, _switch_keeps_pixels


def _frames_equal(qtbot, monkeypatch, pack, size: QSize, point_size: float | None = None) -> int:
    """Every frame of ``_script`` drawn with the era lines' fills as whole numbers and as
    ``QRectF``s by two views: the same pixels. Returns how many era rows were composed."""
    from explorer.charts.theme import DARK

    session = Session()
    session.open_pack(pack)
    composed = []
    fill_row = TimelinePainter._fill_era_row

    def counted(*args):
        composed.append(tb.ERA_FILLS_BY_INTS)
        return fill_row(*args)

    monkeypatch.setattr(TimelinePainter, "_fill_era_row", counted)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(size)
        if point_size is not None:
            font = v.font()
            font.setPointSizeF(point_size)
            v.setFont(font)
    new_view.zoom_to_fit()
    ranges = _script(*new_view.visible_range())
    for i, rng in enumerate(ranges):
        if i == len(ranges) // 2:
            for v in (new_view, old_view):
                v._painter.set_theme(DARK)
        _switch_keeps_pixels(monkeypatch, tb, "ERA_FILLS_BY_INTS", new_view, old_view, i, rng)
    return sum(composed)


@pytest.mark.parametrize("point_size", [None, 8.6])  # gutter 157.64 px, 146.31 px
def test_era_lines_filled_by_whole_numbers_on_a_generated_pack(qtbot, monkeypatch, tier_s_pack,
                                                               point_size):
    assert _frames_equal(qtbot, monkeypatch, tier_s_pack, QSize(1600, 900), point_size) > 20


@pytest.mark.parametrize("width", [1200, 1163])
def test_era_lines_filled_by_whole_numbers_on_the_shipped_pack(qtbot, monkeypatch, default_pack,
                                                               width):
    monkeypatch.setattr(tb, "ERA_LINE_MIN", 0.0)  # its few terms: the line forced
    assert _frames_equal(qtbot, monkeypatch, default_pack, QSize(width, 600)) > 10
