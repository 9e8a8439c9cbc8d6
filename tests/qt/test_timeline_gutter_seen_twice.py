"""The gutter (lane and era names, "+N more" counts) seen for the first time is drawn directly
and made a picture only when seen again (``timeline_text.LAYERS_SEEN_TWICE``; at a pixel ratio
of 1): a new filter's lanes are often new. Either way the frame is the frame of a view that
pictures it at once, pixel for pixel, at pixel ratios 1 and 2."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import focus_actor, new_filters
from explorer.qt.render import timeline_text as tt
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _pixels


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_a_gutter_drawn_directly_then_pictured_draws_what_its_picture_draws(
        qtbot, monkeypatch, tier_s_pack, dpr):
    """Tier S at 1200×600 (its lanes overflow at the whole span): the whole span panned to and
    fro by whole pixels, filtered to its most frequent partner, three new filters, cleared,
    and 1000×520: every frame equals the other view's; gutters were drawn directly and, seen
    again, pictured and found."""
    session = Session()
    session.open_pack(tier_s_pack)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1200, 600))
    new_view.zoom_to_fit()
    seen = {"direct": 0, "pictured": 0}
    draw_layer = tt._draw_layer

    def counted(self, painter, name, *args, **kwargs):
        drawn = draw_layer(self, painter, name, *args, **kwargs)
        if self is new_view._painter and name == "gutter":
            seen["pictured" if drawn else "direct"] += 1
        return drawn

    monkeypatch.setattr(type(new_view._painter), "_draw_layer", counted)
    changes = [None, ("filter", {"partners": frozenset({focus_actor(tier_s_pack)})})]
    changes += [("filter", f) for f in new_filters(tier_s_pack, 3)] + [("clear", None),
                                                                     ("size", None)]
    i = 0
    for change in changes:
        if change is not None and change[0] == "filter":
            session.set_filter(origin="test", **change[1])
        elif change is not None and change[0] == "clear":
            session.clear_filter(origin="test")
        elif change is not None:
            for v in (new_view, old_view):
                v.resize(QSize(1000, 520))
        d0, d1 = new_view.visible_range()
        px = (d1 - d0) / 1200
        for s in (0.0, 0.0, 5.0, 0.0, 5.0, 60.0):
            rng = (d0 + s * px, d1 + s * px)
            pictures = []
            for view, on in ((new_view, True), (old_view, False)):
                monkeypatch.setattr(tt, "LAYERS_SEEN_TWICE", on)
                view.set_visible_range(*rng)
                pictures.append(_pixels(view, dpr))
            ys, xs = np.nonzero(pictures[0] != pictures[1])
            if len(ys):
                pytest.fail(f"{len(ys)} pixels differ at frame {i} {rng} "
                            f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")
            i += 1
    if dpr == 1.0:
        assert seen["direct"] >= 4 and seen["pictured"] >= 6, seen
    else:  # pictured at once: text drawn directly at a pixel ratio of 2 is not the picture's
        assert seen["direct"] == 0, seen
