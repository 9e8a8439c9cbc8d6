"""A filter taken back (cleared, or the one before chosen again) finds the timeline's work for
those events as it was: the rows the events are stacked in at that zoom, and the gutter and
legend pictures. Whatever is reused, the picture must be the one a new view at the same state
draws, and a different kept set (even one as long) must never be taken for a known one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.data.pack_loader import load_pack
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1200, 600)


def _view(qtbot, session: Session) -> TimelineView:
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(SIZE)
    return v


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def _fresh(qtbot, view: TimelineView, session: Session) -> np.ndarray:
    fresh = _view(qtbot, session)
    fresh.set_visible_range(*view.visible_range())
    return _pixels(fresh)


@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


def test_a_cleared_filter_reuses_the_stacking_and_pictures_and_draws_a_fresh_view(qtbot,
                                                                                  s_pack,
                                                                                  monkeypatch):
    from benchmarks.scenarios.filtering import filters
    from explorer.qt.views import timeline_view as tv

    # the painter's own reuse: the view's kept pictures of whole frames would skip its paint
    # (test_timeline_pictures_kept.py)
    monkeypatch.setattr(tv, "PICTURES_KEPT", 0)
    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    before = _pixels(view)
    stacking = view._painter._stacking
    frame = view._painter._base_frame
    layers = {k: v[0][1] for k, v in view._painter._layers.items()}
    assert stacking is not None and set(layers) == {"gutter", "legend"}
    for f in filters(s_pack):
        session.set_filter(origin="test", **f)  # the view refits to the kept events
        narrow = _pixels(view)
        assert view._painter._stacking is not stacking
        assert (narrow == _fresh(qtbot, view, session)).all()
        session.clear_filter(origin="test")  # back to every event, fitted as before
        again = _pixels(view)
        # the stacking of every event is reused, or the whole frame is found again
        # (timeline-8: ``TimelinePainter._kept_or_new_frame``)
        assert (view._painter._stacking is stacking
                or view._painter._base_frame is frame), "the stacking of every event is reused"
        for name, image in layers.items():  # the same pictures, not made again
            assert view._painter._layers[name][0][1] is image, name
        assert (again == before).all()
        assert (again == _fresh(qtbot, view, session)).all()


def test_a_kept_set_as_long_as_a_known_one_is_not_taken_for_it(qtbot, s_pack):
    """Two filters keeping different events, as many of each: each gets its own stacking
    (and the picture of a fresh view), also when they alternate."""
    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    painter = view._painter
    view.zoom_to_fit()
    every = painter.kept.copy()
    n = len(every) // 2
    halves = [every[:n], every[n:2 * n]]  # as long, different events
    tokens = []
    for k in (0, 1, 0, 1):
        painter.set_kept(halves[k])
        view.update()
        assert (_pixels(view) == _pixels_of_kept(qtbot, session, view, halves[k])).all()
        tokens.append(painter._kept_token)
    assert tokens[0] == tokens[2] and tokens[1] == tokens[3] and tokens[0] != tokens[1]


def _pixels_of_kept(qtbot, session: Session, view: TimelineView, kept: np.ndarray) -> np.ndarray:
    fresh = _view(qtbot, session)
    fresh._painter.set_kept(kept)
    fresh.set_visible_range(*view.visible_range())
    return _pixels(fresh)


def test_a_new_text_size_forgets_the_kept_stackings(qtbot):
    """Stackings depend on the labels' widths: a new font (or label language) drops them all,
    so a filter taken back afterwards is stacked again (and drawn as a fresh view). The
    default pack's gutter is at its widest at both sizes: the zoom stays the same."""
    from benchmarks.scenarios.filtering import filters
    from explorer.paths import default_pack_path

    pack = load_pack(default_pack_path())
    session = Session()
    session.open_pack(pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    _pixels(view)
    stacking = view._painter._stacking
    ppd = view._painter._ensure_frame().px_per_day
    session.set_filter(origin="test", **filters(pack)[0])
    _pixels(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 2.5)
    view.setFont(font)
    session.clear_filter(origin="test")
    again = _pixels(view)
    assert view._painter._ensure_frame().px_per_day == pytest.approx(ppd)
    assert view._painter._stacking is not stacking
    fresh = _view(qtbot, session)
    fresh.setFont(font)
    fresh.set_visible_range(*view.visible_range())
    assert (again == _pixels(fresh)).all()


def test_items_grouped_once_for_the_same_items_draw_what_grouping_each_frame_draws(
        qtbot, s_pack, monkeypatch):
    """The items' batches (by colour and style) are reused while the same items are drawn:
    nudges of the whole span, zooms that keep every item in view, zooms and pans that do not;
    every frame equals the frame grouped afresh."""
    from explorer.qt.render import timeline_items as ti

    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    lo, hi = view.visible_range()
    span = hi - lo
    ranges = [(lo + span * 0.001 * (k % 2), hi + span * 0.001 * (k % 2)) for k in range(4)]
    ranges += [(lo - span * z, hi + span * z) for z in (0.05, 0.3, 1.0, 0.3)]
    mid = (lo + hi) / 2
    ranges += [(mid + span * 0.01 * k, mid + span * 0.01 * (k + 3)) for k in range(4)]
    reused = 0
    for rng in ranges:
        view.set_visible_range(*rng)
        monkeypatch.setattr(ti, "BATCHES_REUSED", True)
        memo = view._painter._batches_memo[:1]  # the newest grouping
        a = _pixels(view)
        reused += bool(memo) and view._painter._batches_memo[0] is memo[0]
        monkeypatch.setattr(ti, "BATCHES_REUSED", False)
        view.update()
        view._painter.invalidate()
        assert (a == _pixels(view)).all(), rng
    assert reused >= 3, "the batches were reused"


def test_diamonds_found_again_by_their_corners_draw_what_new_ones_draw(qtbot, s_pack,
                                                                        monkeypatch):
    """Diamonds are squares in a frame turned about the day axis's origin: at one zoom their
    squares do not move with a pan, so those of the last frames are reused when their corners
    are the same to the bit. Every frame equals the frame with new squares, at the whole span
    nudged, zoomed and panned, and with taller lanes; the kept squares stay within their
    bound."""
    from explorer.qt.render import timeline_items as ti

    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    lo, hi = view.visible_range()
    span = hi - lo
    ranges = [(lo + span * 0.001 * (k % 2), hi + span * 0.001 * (k % 2)) for k in range(4)]
    ranges += [(lo - span * z, hi + span * z) for z in (0.002, 0.05, 0.3)]
    mid = (lo + hi) / 2
    ranges += [(mid - span * 0.2 + span * 0.01 * k, mid + span * 0.2 + span * 0.01 * k)
               for k in range(4)]
    ranges += [(lo, hi), "taller", (lo, hi)]  # the same squares across, then lanes taller

    class Counting(dict):
        hits = 0

        def get(self, key, default=None):
            out = super().get(key, default)
            Counting.hits += out is not None
            return out

    squares = Counting()
    # squares by colour are the lists' way (timeline-14: new sets of items take arrays)
    monkeypatch.setattr(ti, "DIAMOND_ARRAYS", False)
    monkeypatch.setattr(ti, "_DIAMOND_SQUARES", squares)
    monkeypatch.setattr(ti, "_DIAMOND_SQUARES_HELD", 0)
    monkeypatch.setattr(ti, "DIAMOND_SQUARES_KEPT", 600)  # a few frames' worth here
    for rng in ranges:
        if rng == "taller":
            view.resize(SIZE.width(), SIZE.height() + 37)
            continue
        view.set_visible_range(*rng)
        monkeypatch.setattr(ti, "DIAMONDS_REUSED", True)
        view._painter.invalidate()
        a = _pixels(view)
        assert sum(len(r) for r in squares.values()) <= 600
        monkeypatch.setattr(ti, "DIAMONDS_REUSED", False)
        view._painter.invalidate()
        assert (a == _pixels(view)).all(), rng
    assert Counting.hits >= 20, "squares were reused"


def test_new_filters_shown_again_find_their_legend_and_lanes_pictures(qtbot, s_pack):
    """Six filters never applied before (the filter benchmark's: four partners, new dates),
    then the same six again: each refits the view, and the second time every gutter and
    legend picture is the one drawn the first time (not drawn again), and every frame is the
    one a new view draws."""
    from benchmarks.scenarios.filtering import new_filters
    from explorer.qt.render import timeline_text as tt

    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    view.zoom_to_fit()
    _pixels(view)
    chosen = new_filters(s_pack, 6)
    drawn: list[dict[str, object]] = []
    for rounds in range(2):
        for k, f in enumerate(chosen):
            session.set_filter(origin="test", **f)
            pixels = _pixels(view)
            layers = {name: kept[0][1] for name, kept in view._painter._layers.items()}
            if rounds == 0:
                drawn.append(layers)
            else:
                for name, image in layers.items():
                    assert image is drawn[k][name], f"{name} drawn again for filter {k}"
            assert (pixels == _fresh(qtbot, view, session)).all(), (rounds, k)
    assert len({id(d["gutter"]) for d in drawn}) > tt.LAYERS_KEPT, "more lanes than kept anyway"
    for kept in view._painter._layers.values():
        assert sum(image.sizeInBytes() for _, image in kept[:-1]) <= tt.LAYER_BYTES_KEPT


def test_pictures_past_their_bytes_are_let_go(qtbot, s_pack, monkeypatch):
    """With no bytes to spare, a layer keeps its last three pictures, as before."""
    from benchmarks.scenarios.filtering import new_filters
    from explorer.qt.render import timeline_text as tt

    monkeypatch.setattr(tt, "LAYER_BYTES_KEPT", 0)
    session = Session()
    session.open_pack(s_pack)
    view = _view(qtbot, session)
    for f in new_filters(s_pack, 6):
        session.set_filter(origin="test", **f)
        pixels = _pixels(view)
        assert all(len(kept) <= tt.LAYERS_KEPT for kept in view._painter._layers.values())
    assert (pixels == _fresh(qtbot, view, session)).all()
