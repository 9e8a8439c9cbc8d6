"""A title the timeline has not shaped before is drawn directly where the device is an unscaled
raster image, and shaped (``QStaticText``) only when drawn again at the same width
(``timeline_text.TITLES_SEEN_TWICE``): a new filter's titles are mostly seen once, a pan's come
back. Either way each frame is the frame of a view that shapes every title at once, pixel for
pixel, at pixel ratios 1 and 2. And the titles are elided in the label font of the moment (its
metrics kept with it)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QStaticText

from benchmarks.scenarios.filtering import new_filters
from explorer.qt.render import timeline_text as tt
from explorer.qt.render.timeline_painter import TimelinePainter
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _pixels, _switch_keeps_pixels, _two_views


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_titles_drawn_directly_then_shaped_draw_what_shaped_titles_draw(
        qtbot, monkeypatch, tier_s_pack, dpr):
    """Tier S at 1600×700: four new filters, each at its span and zoomed to a quarter of it;
    every frame, drawn twice (the second into the view's kept picture) and panned by whole
    pixels and fractions, equals the other view's. At a pixel ratio of 1 titles were
    drawn directly and, drawn again at their width, shaped; at 2 none was drawn directly."""
    new_view, old_view = _two_views(qtbot, tier_s_pack, 1600, 700)
    session = new_view._session
    direct: set[tuple] = set()
    shaped_after: set[tuple] = set()
    static_title = TimelinePainter._static_title

    def counted(self, row, width, direct_ok=False):
        out = static_title(self, row, width, direct_ok)
        if self is new_view._painter:
            key = (row, int(np.ceil(width)))
            if isinstance(out, str):
                direct.add(key)
            elif isinstance(out, QStaticText) and key in direct:
                shaped_after.add(key)
        return out

    monkeypatch.setattr(TimelinePainter, "_static_title", counted)
    i = 0
    for f in new_filters(tier_s_pack, 4):
        session.set_filter(origin="test", **f)
        d0, d1 = new_view.visible_range()
        for zoom in (1.0, 0.25):
            mid, half = (d0 + d1) / 2, (d1 - d0) / 2 * zoom
            px = 2 * half / 1600
            for s in (0.0, 0.0, 7.0, 7.0, 2.5, -40.0):
                _switch_keeps_pixels(monkeypatch, tt, "TITLES_SEEN_TWICE", new_view, old_view, i,
                                     (mid - half + s * px, mid + half + s * px), dpr)
                i += 1
    if dpr == 1.0:
        assert len(direct) >= 200 and len(shaped_after) >= 100, (len(direct), len(shaped_after))
    else:
        assert not direct


def test_titles_are_elided_in_the_label_font_of_the_moment(qtbot, tier_s_pack):
    """The label font's metrics are kept with the font: after a larger text, each new filter's
    frame (titles elided at new widths) equals the frame of a view that had that text before
    its pack opened, on a session of its own with the same filter."""
    session, fresh_session = Session(), Session()
    session.open_pack(tier_s_pack)
    view, fresh = TimelineView(session), TimelineView(fresh_session)  # fresh: no painter yet
    for v in (view, fresh):
        qtbot.addWidget(v)
        v.resize(QSize(1600, 700))
    view.zoom_to_fit()
    _pixels(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 3.0)
    view.setFont(font)
    fresh.setFont(font)
    fresh_session.open_pack(tier_s_pack)
    for f in new_filters(tier_s_pack, 3):
        for s in (session, fresh_session):
            s.set_filter(origin="test", **f)
        fresh.set_visible_range(*view.visible_range())
        ys, _xs = np.nonzero(_pixels(view) != _pixels(fresh))
        assert not len(ys), f"{len(ys)} pixels differ from a fresh view's"
    assert sum(t.endswith("…") for t in view._painter._elided.values()) >= 20
