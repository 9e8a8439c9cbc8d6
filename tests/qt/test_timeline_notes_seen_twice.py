"""A lane's "+N more" count seen for the first time is drawn directly over the gutter's picture
and made a picture of its own only when seen again (``timeline_text.NOTES_SEEN_TWICE``): a new
filter's counts are new, a pan's come back. Either way the frame is the frame of a view that
pictures every count at once, pixel for pixel."""

from __future__ import annotations

from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import focus_actor
from explorer.qt.render import timeline_text as tt
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _switch_keeps_pixels


def test_counts_drawn_directly_then_pictured_draw_what_pictured_counts_draw(
        qtbot, monkeypatch, tier_s_pack):
    """Tier S's whole span in a 600-px view (its lanes overflow), panned to and fro by whole
    pixels, then filtered to its most frequent partner and cleared: every frame equals the
    other view's; counts were drawn directly, and those seen again pictured."""
    session = Session()
    session.open_pack(tier_s_pack)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1200, 600))
    new_view.zoom_to_fit()
    seen = {"direct": 0, "pictured": 0}
    draw_note = tt._draw_note

    def counted(self, painter, *args):
        if tt.NOTES_SEEN_TWICE:
            seen["pictured" if painter is not self._frame_painter else "direct"] += 1
        return draw_note(self, painter, *args)

    monkeypatch.setattr(tt, "_draw_note", counted)
    paint = new_view._painter._paint

    def remembered(painter, *args, **kwargs):  # which painter draws the frame
        new_view._painter._frame_painter = painter
        return paint(painter, *args, **kwargs)

    monkeypatch.setattr(new_view._painter, "_paint", remembered)
    d0, d1 = new_view.visible_range()
    px = (d1 - d0) / 1200
    i = 0
    for step in ("whole", "filter", "cleared"):
        if step == "filter":
            session.set_filter(origin="test", partners=frozenset({focus_actor(tier_s_pack)}))
        elif step == "cleared":
            session.clear_filter(origin="test")
        for s in (0.0, 0.0, 5.0, 0.0, 5.0, 60.0, 5.0, -80.0):
            rng = (d0 + s * px, d1 + s * px)
            _switch_keeps_pixels(monkeypatch, tt, "NOTES_SEEN_TWICE", new_view, old_view, i, rng)
            i += 1
    assert seen["direct"] >= 8 and seen["pictured"] >= 4, seen
