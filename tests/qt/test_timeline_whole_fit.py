"""The timeline's Zoom to fit and rows by day of every event (a filter cleared), made once per
pack: a clear shows the span, and counts the events outside it, as a fresh view of the same pack
does, also after another pack was opened in the same window (its own, not the former pack's)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from benchmarks.scenarios.filtering import focus_actor, new_filters
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1100, 560)


def _view(qtbot, pack) -> tuple[Session, TimelineView]:
    session = Session()
    session.open_pack(pack)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(SIZE)
    return session, view


def test_a_clear_fits_every_event_of_the_pack_open_now(qtbot, default_pack, tier_s_pack):
    session, view = _view(qtbot, default_pack)
    for pack in (default_pack, tier_s_pack, default_pack):
        if session.pack is not pack:
            session.open_pack(pack)
        _fresh_session, fresh = _view(qtbot, pack)  # fitted on its first sight of the pack
        whole = fresh.visible_range()
        moved = 0
        for f in new_filters(pack, 2) + [{"partners": frozenset({focus_actor(pack)})}]:
            session.set_filter(origin="test", **f)
            moved += view.visible_range() != whole  # (the filter fitted something else)
            session.clear_filter(origin="test")
            assert view.visible_range() == whole
            assert view.describe() == fresh.describe()  # (with the events outside the view)
            assert [r.tolist() for r in view.hidden_events()] == [
                r.tolist() for r in fresh.hidden_events()]
        assert moved


def test_the_former_pack_is_not_kept_for_its_fit(qtbot, default_pack, tier_s_pack):
    """Another pack opened while a filter stays: what was made for every event of the former
    pack (its timeline source, and so the pack) is let go, not held until the next clear."""
    from explorer.charts import timeline_layout as tl

    session, view = _view(qtbot, default_pack)
    session.set_filter(origin="test", **new_filters(default_pack, 1)[0])
    session.clear_filter(origin="test")  # (every event's fit made for the default pack)
    session.set_filter(origin="test", **new_filters(default_pack, 1)[0])
    session.open_pack(tier_s_pack)  # the filter stays: no clear follows
    former = tl.timeline_source(default_pack)
    assert not any(part is former for part in (view._whole or ()))
