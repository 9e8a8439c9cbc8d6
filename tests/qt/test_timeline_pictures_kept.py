"""A filter taken back (cleared, a partner ticked again, the filter before chosen again) shows
the timeline's picture of that frame kept from the last time, not painted again
(``TimelineView._kept_picture``, ``PICTURES_KEPT``). It must be the picture a paint draws now:
through look, lane mode, text size, label language, size and era changes in between, with a
selection over it, in English and Japanese, on the shipped pack and on tier S."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize

from explorer.charts.theme import DARK, LIGHT
from explorer.qt import theme as qt_theme
from explorer.qt.views import timeline_view as tv
from explorer.state.session import Session
from tests.qt.test_timeline_frame_pixels import _pixels


@pytest.fixture
def look_restored():
    yield
    qt_theme.set_look(LIGHT, 1.0)


def _filters(pack) -> dict[str, dict]:
    """A narrow filter, another one, and the partner most events share."""
    from benchmarks.scenarios.filtering import filters, focus_actor

    a, b = filters(pack)
    return {"A": a, "B": b, "F": {"partners": frozenset({focus_actor(pack)})}}


# States shown in turn ("U": no filter); a change of look or layout before some of them.
SCRIPT = ["U", "A", "U", "F", "U", "A", "B", "A", "U", "F", "U", "dark", "U", "F", "U", "select",
          "A", "U", "A", "domain", "A", "U", "F", "U", "text", "U", "A", "U", "ja", "U", "F",
          "U", "size", "U", "A", "U", "eras", "A", "U", "A", "U"]


def _run(qtbot, monkeypatch, pack) -> tuple[int, int]:
    """The script on two views of one session, the first keeping pictures and the second
    painting every frame; every state's pixels compared. (paints from a kept picture, states)"""
    session = Session()
    session.open_pack(pack)
    new_view, old_view = tv.TimelineView(session), tv.TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1200, 600))
        v.zoom_to_fit()
    kept_picture = tv.TimelineView._kept_picture
    made = tv.TimelineView._update_picture
    count = {"found": 0, "made": 0}

    def counting_made(self, dpr):
        count["made"] += 1
        return made(self, dpr)

    def counting(self, dpr):
        before = count["made"]
        pm = kept_picture(self, dpr)
        count["found"] += pm is not None and count["made"] == before
        return pm

    monkeypatch.setattr(tv.TimelineView, "_update_picture", counting_made)
    monkeypatch.setattr(tv.TimelineView, "_kept_picture", counting)
    filters = _filters(pack)
    states = 0
    bound = tv.PICTURES_KEPT
    for i, step in enumerate(SCRIPT):
        if step == "U":
            session.clear_filter(origin="test")
        elif step in filters:
            session.set_filter(origin="test", **filters[step])
        elif step == "dark":
            qt_theme.set_look(DARK, 1.0)
        elif step == "select":
            f = new_view._ensure_frame()  # an event in the middle of the view
            row = int(new_view._painter._placements.event_row[f.idx[len(f.idx) // 2]])
            session.select_event(str(pack.events["id"].iat[row]), origin="test")
        for v in (new_view, old_view):
            if step == "domain":
                v.set_lane_mode("domain")
            elif step == "text":
                font = v.font()
                font.setPointSizeF(font.pointSizeF() * 1.2)
                v.setFont(font)
            elif step == "size":
                v.resize(QSize(1163, 560))
            elif step == "eras":
                v.set_eras_visible(False)
        if step == "ja":
            session.set_label_language("ja", origin="test")
        pictures = []
        for view, on in ((new_view, bound), (old_view, 0)):
            monkeypatch.setattr(tv, "PICTURES_KEPT", on)
            pictures.append(_pixels(view))
        monkeypatch.setattr(tv, "PICTURES_KEPT", bound)
        ys, xs = np.nonzero(pictures[0] != pictures[1])
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ at step {i} ({step}) "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")
        states += 1
        # never more than the bound, and only pictures of frames that may be found again
        alive = new_view._painter.kept_frames()
        assert len(new_view._pictures_kept) <= tv.PICTURES_KEPT
        assert all(any(k[0] is f for f in alive) for k in new_view._pictures_kept)
    return count["found"], states


@pytest.mark.parametrize("pack_name", ["default_pack", "tier_s_pack"])
def test_a_filter_taken_back_shows_its_kept_picture_the_picture_painted_now(
        qtbot, monkeypatch, look_restored, request, pack_name):
    found, states = _run(qtbot, monkeypatch, request.getfixturevalue(pack_name))
    # Most states taken back come from a kept picture (the first time a frame is found again
    # makes it; a look, lane, text, language, size or era change lets every picture go).
    assert found >= 5, (found, states)


def _fitted_view(qtbot, pack) -> tuple[Session, tv.TimelineView]:
    session = Session()
    session.open_pack(pack)
    view = tv.TimelineView(session)
    qtbot.addWidget(view)
    view.resize(QSize(1200, 600))
    view.zoom_to_fit()
    return session, view


@pytest.mark.parametrize(("kept", "budget"), [(0, tv.PICTURE_BYTES_KEPT),
                                              (2, 2 * 1200 * 600 * 4 - 1)])
def test_no_picture_is_kept_when_switched_off_or_past_the_bytes(qtbot, monkeypatch, look_restored,
                                                                default_pack, kept, budget):
    """Switched off, or where two pictures of the view would hold more than the bytes allowed
    (then none is kept: one alone would be painted again at every other return)."""
    monkeypatch.setattr(tv, "PICTURES_KEPT", kept)
    monkeypatch.setattr(tv, "PICTURE_BYTES_KEPT", budget)
    session, view = _fitted_view(qtbot, default_pack)
    filters = _filters(default_pack)
    for step in ("U", "A", "U", "A", "U"):
        if step == "U":
            session.clear_filter(origin="test")
        else:
            session.set_filter(origin="test", **filters[step])
        _pixels(view)
    assert view._pictures_kept == []


def test_filters_taken_back_in_turn_past_the_bound_do_not_make_pictures_each_time(
        qtbot, monkeypatch, default_pack):
    """Three filters taken back in turn with room for two pictures: two are kept and found at
    every turn, the third is painted directly — not a picture made at every turn, each putting
    out the one needed next (a paint into a new pixmap each time: slower than no picture)."""
    from benchmarks.scenarios.filtering import new_filters

    session, view = _fitted_view(qtbot, default_pack)
    made = []
    update_picture = tv.TimelineView._update_picture
    monkeypatch.setattr(tv.TimelineView, "_update_picture",
                        lambda self, dpr: (made.append(1), update_picture(self, dpr)))
    cycle = [None, *new_filters(default_pack, 2)]
    for k in range(15):
        state = cycle[k % 3]
        if state is None:
            session.clear_filter(origin="test")
        else:
            session.set_filter(origin="test", **state)
        _pixels(view)
    assert len(made) == tv.PICTURES_KEPT
    assert len(view._pictures_kept) == tv.PICTURES_KEPT


def test_a_new_pair_taken_back_in_turn_gets_the_places_of_a_pair_no_longer_used(
        qtbot, monkeypatch, default_pack):
    """Two filters taken back in turn, then two others: the first pair's frames are still kept
    by the painter, but their pictures, unused while the new pair came back without theirs, make
    room for the new pair's, which are then found at every turn."""
    from benchmarks.scenarios.filtering import new_filters

    session, view = _fitted_view(qtbot, default_pack)
    found_at, made = [], []
    kept_picture, update_picture = tv.TimelineView._kept_picture, tv.TimelineView._update_picture

    def counting(self, dpr):
        before = len(made)
        picture = kept_picture(self, dpr)
        found_at.append(picture is not None and len(made) == before)
        return picture

    monkeypatch.setattr(tv.TimelineView, "_kept_picture", counting)
    monkeypatch.setattr(tv.TimelineView, "_update_picture",
                        lambda self, dpr: (made.append(1), update_picture(self, dpr)))
    x, y, z, w = new_filters(default_pack, 4)
    for state in [x, y] * 4 + [z, w] * 6:
        session.set_filter(origin="test", **state)
        _pixels(view)
    assert found_at[-4:] == [True] * 4, found_at
    assert len(view._pictures_kept) == tv.PICTURES_KEPT
