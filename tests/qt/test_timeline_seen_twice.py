"""A lane's "+N more" count seen for the first time is drawn directly over the gutter's picture
where the device is unscaled, and made a picture of its own only when seen again
(``timeline_text.NOTES_SEEN_TWICE``): a new filter's counts are new, a pan's come back. Either
way each frame is the frame of a view that pictures every count at once, pixel for pixel, at
pixel ratios 1 and 2."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import focus_actor, new_filters
from explorer.qt.render import timeline_text as tt
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels, _two_views


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_counts_drawn_directly_then_pictured_draw_what_pictured_counts_draw(
        qtbot, monkeypatch, tier_s_pack, dpr):
    """Tier S at 1200×600 (its lanes overflow at the whole span): the whole span panned to and
    fro by whole pixels, filtered to its most frequent partner, three new filters, cleared,
    and 1000×520: every frame equals the other view's; at a pixel ratio of 1 some counts
    were drawn directly and, seen again, pictured."""
    new_view, old_view = _two_views(qtbot, tier_s_pack, 1200, 600)
    session = new_view._session
    seen = {"direct": 0, "pictured": 0}
    draw_note = tt._draw_note

    def note_counted(self, painter, *args):
        if self is new_view._painter and tt.NOTES_SEEN_TWICE:  # a picture's painter ends
            seen["direct" if painter.isActive() and painter.device() is new_view else
                 "pictured"] += 1
        return draw_note(self, painter, *args)

    monkeypatch.setattr(tt, "_draw_note", note_counted)
    changes = [("", None), ("filter", {"partners": frozenset({focus_actor(tier_s_pack)})})]
    changes += [("filter", f) for f in new_filters(tier_s_pack, 3)] + [("clear", None),
                                                                     ("size", None)]
    i = 0
    for change, what in changes:
        if change == "filter":
            session.set_filter(origin="test", **what)
        elif change == "clear":
            session.clear_filter(origin="test")
        elif change == "size":
            for v in (new_view, old_view):
                v.resize(QSize(1000, 520))
        d0, d1 = new_view.visible_range()
        px = (d1 - d0) / 1200
        for s in (0.0, 0.0, 5.0, 0.0, 5.0, 60.0):
            _switch_keeps_pixels(monkeypatch, tt, "NOTES_SEEN_TWICE", new_view, old_view, i,
                                 (d0 + s * px, d1 + s * px), dpr)
            i += 1
    if dpr == 1.0:
        assert seen["direct"] >= 4 and seen["pictured"] >= 4, seen
