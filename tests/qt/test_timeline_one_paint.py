"""A pan or zoom of the timeline is one paint: the view's, and nothing of its children (the list a
screen reader steps through is never painted, yet stays in the accessibility tree as before); and
what the whole-span frame keeps between frames of one zoom draws what working it out afresh draws."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QWidget

from explorer.domain.dates import day_number
from explorer.qt.views import timeline_view as tv
from explorer.qt.views.timeline_view import TimelineView
from tests.qt.helpers import session_on_test_pack

SIZE = QSize(1000, 500)


def _day(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


class _Paints(QObject):
    """Paint events delivered to a widget and its children, by object name."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.names: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            w = watched
            while w is not None and w is not self.root:
                w = w.parentWidget()
            if w is self.root:
                self.names.append(watched.objectName() or type(watched).__name__)
        return False


def _pixels(view: TimelineView) -> np.ndarray:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


@pytest.fixture
def view(qtbot, tmp_path):
    session = session_on_test_pack(tmp_path)
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(SIZE)
    v.show()
    qtbot.waitExposed(v)
    v.set_visible_range(_day(2018), _day(2025))
    v.sync_events_list()
    return v


def _paints_per_step(qtbot, view: TimelineView) -> list[list[str]]:
    counter = _Paints(view)
    app = QApplication.instance()
    app.installEventFilter(counter)
    steps = []
    try:
        for k in range(1, 4):
            counter.names.clear()
            view.set_visible_range(_day(2018) + 30 * k, _day(2025) + 30 * k)  # a pan step
            view.repaint()
            QApplication.processEvents()
            steps.append(list(counter.names))
    finally:
        app.removeEventFilter(counter)
    return steps


def test_a_pan_step_paints_the_view_once_and_no_child(qtbot, view):
    """Each step is one Paint event, the view's (the spoken list in the view's corner was
    painted with it on every step, through its style sheet)."""
    steps = _paints_per_step(qtbot, view)
    assert steps == [["timeline_view"]] * 3


def test_the_list_inside_the_view_would_be_painted_with_it(qtbot, view, monkeypatch):
    """The counting above sees children: with the list at (0, 0), inside the view, each step
    paints it too."""
    view.events_list.setGeometry(0, 0, 1, 1)
    steps = _paints_per_step(qtbot, view)
    assert all("timeline_events_in_view" in s for s in steps)
    view.events_list.setGeometry(*tv.LIST_GEOMETRY)


def test_the_unpainted_list_is_still_read_by_a_screen_reader(qtbot, view):
    """Shown (not hidden), outside the picture, among the view's accessible children with the
    events in view as items, as visible to assistive technology as before."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        lst = view.events_list
        assert lst.isVisible() and not lst.isHidden()
        assert not lst.geometry().intersects(view.rect())
        iface = QAccessible.queryAccessibleInterface(view)
        names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
        assert "Events in view" in names
        spoken = iface.child(names.index("Events in view"))
        assert not spoken.state().invisible
        items = [spoken.child(i).text(QAccessible.Text.Name) for i in range(spoken.childCount())
                 if spoken.child(i).role() == QAccessible.Role.ListItem]
        assert items == [lst.item(i).text() for i in range(lst.count())] and items
    finally:
        QAccessible.setActive(was)


def test_the_picture_is_the_same_with_the_list_inside_or_outside(qtbot, view):
    outside = _pixels(view)
    view.events_list.setGeometry(0, 0, 1, 1)
    view._painter.invalidate()
    inside = _pixels(view)
    view.events_list.setGeometry(*tv.LIST_GEOMETRY)
    assert np.array_equal(outside, inside)


# -- bars kept between frames of one zoom ------------------------------------------------------
@pytest.fixture(scope="module")
def s_pack(tmp_path_factory):
    from benchmarks.generator import ensure_pack
    from explorer.data.pack_loader import load_pack

    folder, _ = ensure_pack(tmp_path_factory.mktemp("s"), "S")
    return load_pack(folder)


def _script(d0: float, d1: float) -> list[tuple[float, float]]:
    """The whole span nudged by fractions and whole pixels both ways (bars cut at the edges
    move in and out), a zoom in, pans there, the whole span again."""
    span = d1 - d0
    out = [(d0, d1)]
    for shift in (0.001, 0.0013, -0.0007, 0.02, -0.05, 0.0, 0.3):
        out.append((d0 + shift * span, d1 + shift * span))
    mid = (d0 + d1) / 2
    z0, z1 = mid - span / 16, mid + span / 16
    for k in range(4):
        out.append((z0 + k * span / 300, z1 + k * span / 300))
    out += [(d0, d1), (d0 + 0.001 * span, d1 + 0.001 * span)]
    return out


def _kept_and_afresh(qtbot, session, monkeypatch, ranges, between=None) -> int:
    """Each range painted by a view with kept bars and by one working every bar out afresh:
    the same pixels. ``between(i)``: a change to the session before frame ``i``. Returns the
    frames whose bars were drawn from kept rectangles."""
    from explorer.qt.render import timeline_items as ti

    kept_view, fresh_view = TimelineView(session), TimelineView(session)
    reused = 0
    for v in (kept_view, fresh_view):
        qtbot.addWidget(v)
        v.resize(SIZE)
    for i, rng in enumerate(ranges):
        if between is not None:
            between(i)
        monkeypatch.setattr(ti, "BARS_KEPT", True)
        monkeypatch.setattr(ti, "DIAMOND_FRAMES_KEPT", True)
        monkeypatch.setattr(ti, "TRACKS_KEPT", True)
        kept_view.set_visible_range(*rng)
        before = list(kept_view._painter._bars_memo)
        squares = list(kept_view._painter._diamonds_memo)
        kept = _pixels(kept_view)
        after = kept_view._painter._bars_memo
        if before and after and before[0][6] and all(
                after[0][6].get(c) is lists for c, lists in before[0][6].items()):
            reused += 1
            # the diamonds' squares found again too, where there are diamonds
            assert not squares or kept_view._painter._diamonds_memo[0] is squares[0] or not (
                kept_view._ensure_frame().is_point.any())
        monkeypatch.setattr(ti, "BARS_KEPT", False)
        monkeypatch.setattr(ti, "DIAMOND_FRAMES_KEPT", False)
        monkeypatch.setattr(ti, "TRACKS_KEPT", False)
        fresh_view.set_visible_range(*rng)
        fresh_view._painter._memos.clear()  # lanes and measures worked out afresh too
        fresh = _pixels(fresh_view)
        ys, xs = np.nonzero(kept != fresh)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ at frame {i} {rng} "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")
    return reused


def test_kept_bars_draw_what_bars_worked_out_afresh_draw_on_a_generated_pack(
        qtbot, s_pack, monkeypatch):
    """Tier S: the whole span (761 items: bars, hatched month and year bars with their
    outlines, dashed approximate dates) nudged, zoomed and panned; and a filter changed and
    taken back in between. Every frame the same pixels; frames nudged by a pixel or two at the
    whole span redraw every colour from kept rectangles."""
    from explorer.state.session import Session

    session = Session()
    session.open_pack(s_pack)
    probe = TimelineView(session)
    qtbot.addWidget(probe)
    probe.resize(SIZE)
    probe.zoom_to_fit()
    d0, d1 = probe.visible_range()
    ranges = _script(d0, d1)
    assert _kept_and_afresh(qtbot, session, monkeypatch, ranges) >= 2
    actors = sorted(s_pack.actors["id"].astype(str))

    def between(i: int) -> None:
        if i == 3:
            session.set_filter(origin="test", partners=frozenset(actors[:2]))
        elif i == 6:
            session.clear_filter(origin="test")

    _kept_and_afresh(qtbot, session, monkeypatch, ranges, between)


def test_kept_bars_on_the_default_pack_light_dark_and_taller(qtbot, tmp_path, monkeypatch):
    """The shipped pack's kinds of bars, light and dark, and lanes of another height between
    frames (the rows move: the kept rectangles must not be drawn where the rows were). Its
    few items are drawn by the plain loop; here through numpy, as many items are."""
    from explorer.charts.theme import DARK
    from explorer.qt.render import timeline_items as ti

    monkeypatch.setattr(ti, "FEW_ITEMS", 0)

    session = session_on_test_pack(tmp_path)
    d0, d1 = _day(2016), _day(2026)
    ranges = _script(d0, d1)
    assert _kept_and_afresh(qtbot, session, monkeypatch, ranges) >= 2

    def between(i: int) -> None:
        if i == 4:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, TimelineView):
                    w.resize(SIZE.width(), SIZE.height() + 137)
        if i == 8:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, TimelineView):
                    w._painter.set_theme(DARK)

    _kept_and_afresh(qtbot, session, monkeypatch, ranges, between)


def test_a_filter_taken_back_finds_its_bars_diamonds_and_tracks(qtbot, s_pack, monkeypatch):
    """Tier S at the whole span: every event, a narrow filter, every event again. The third
    frame builds no rectangle (its bars, diamonds and tracks are those of the first frame) and
    is the picture a new view draws."""
    from explorer.qt.render import timeline_frame as tf
    from explorer.qt.render import timeline_items as ti
    from explorer.state.session import Session

    session = Session()
    session.open_pack(s_pack)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(SIZE)
    view.zoom_to_fit()
    whole = view.visible_range()
    first = _pixels(view)
    assert len(view._painter._bars_memo[0][6]) > 3
    actors = sorted(s_pack.actors["id"].astype(str))
    session.set_filter(origin="test", partners=frozenset(actors[:len(actors) // 2]))
    view.set_visible_range(*whole)
    _pixels(view)
    assert view._painter._bars_memo[0][0] is not view._painter._bars_memo[1][0]  # many items
    session.clear_filter(origin="test")
    view.set_visible_range(*whole)
    built = []
    real = tf._rects

    def counting(*args):
        out = real(*args)
        built.append(len(out))
        return out

    monkeypatch.setattr(ti, "_rects", counting)
    again = _pixels(view)
    assert sum(built) == 0, f"{sum(built)} rectangles built again for a filter taken back"
    assert np.array_equal(again, first)
    monkeypatch.setattr(ti, "_rects", real)
    fresh = TimelineView(session)
    qtbot.addWidget(fresh)
    fresh.resize(SIZE)
    fresh.set_visible_range(*whole)
    assert np.array_equal(_pixels(fresh), again)


# -- frames found again when a filter is taken back ---------------------------------------------
def _counting_frames(monkeypatch) -> list[int]:
    from explorer.qt.render.timeline_painter import TimelinePainter

    computed: list[int] = []
    real = TimelinePainter._compute_frame

    def counting(self, selected):
        computed.append(1)
        return real(self, selected)

    monkeypatch.setattr(TimelinePainter, "_compute_frame", counting)
    return computed


def _s_view(qtbot, s_pack):
    from explorer.state.session import Session

    session = Session()
    session.open_pack(s_pack)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(SIZE)
    view.zoom_to_fit()
    return session, view


def test_a_filter_taken_back_finds_its_frame_and_draws_what_a_new_view_draws(
        qtbot, s_pack, monkeypatch):
    """Every event, a filter, every event again at the same range: the frame geometry is not
    worked out again (the refit returns to the range it left), and the picture is a new
    view's."""
    session, view = _s_view(qtbot, s_pack)
    whole = view.visible_range()
    first = _pixels(view)
    actors = sorted(s_pack.actors["id"].astype(str))
    session.set_filter(origin="test", partners=frozenset(actors[:len(actors) // 2]))
    _pixels(view)
    session.clear_filter(origin="test")
    assert view.visible_range() == whole  # refitted to where it was
    computed = _counting_frames(monkeypatch)
    again = _pixels(view)
    assert computed == [], "the frame of a filter taken back was worked out again"
    assert np.array_equal(again, first)
    fresh = TimelineView(session)
    qtbot.addWidget(fresh)
    fresh.resize(SIZE)
    fresh.set_visible_range(*whole)
    assert np.array_equal(_pixels(fresh), again)


@pytest.mark.parametrize("moving", [True, False])
def test_frames_are_found_again_after_a_pan_back_never_after_a_new_look(
        qtbot, s_pack, monkeypatch, moving):
    """A pan back to a range among the last few seen finds its frame
    (``FRAMES_FOUND_WHILE_MOVING``; off: works it out, frames found only after a filter
    change); a new text size or label language forgets them; past the limit where rows depend
    on the pans before, a filter taken back works its frame out too."""
    from explorer.qt.render import timeline_painter as tp

    monkeypatch.setattr(tp, "FRAMES_FOUND_WHILE_MOVING", moving)
    session, view = _s_view(qtbot, s_pack)
    d0, d1 = view.visible_range()
    computed = _counting_frames(monkeypatch)
    for rng in ((d0 + 5, d1 + 5), (d0, d1), (d0 + 5, d1 + 5)):
        view.set_visible_range(*rng)
        _pixels(view)
    assert len(computed) == (2 if moving else 3)  # the fitted range was never painted
    actors = sorted(s_pack.actors["id"].astype(str))

    def filter_and_back() -> int:
        session.set_filter(origin="test", partners=frozenset(actors[:len(actors) // 2]))
        _pixels(view)
        session.clear_filter(origin="test")
        view.set_visible_range(d0, d1)
        computed.clear()
        _pixels(view)
        return len(computed)

    assert filter_and_back() == 0
    session.set_filter(origin="test", partners=frozenset(actors[:1]))
    _pixels(view)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 1)
    view.setFont(font)  # then every event again, at the range its frame was kept for
    session.clear_filter(origin="test")
    view.set_visible_range(d0, d1)
    computed.clear()
    _pixels(view)
    assert len(computed) == 1  # the frame at the former size was forgotten with it
    monkeypatch.setattr(tp, "STACK_ALL_LIMIT", 10)
    assert filter_and_back() == 1


def test_the_gutter_drawn_with_names_elided_once_is_the_gutter_elided_afresh(
        qtbot, s_pack, monkeypatch):
    """Tier S's whole span panned so that lanes' "+N more" counts change (the gutter is drawn
    again each time), and with a larger text size: the names and counts elided once per text
    and width draw what eliding them on every draw draws."""
    from explorer.qt.render import timeline_text as tt

    session, kept_view = _s_view(qtbot, s_pack)
    d0, d1 = kept_view.visible_range()
    fresh_view = TimelineView(session)
    qtbot.addWidget(fresh_view)
    for v in (kept_view, fresh_view):  # a narrow gutter: the counts elided, then more so
        v.resize(400, SIZE.height())
    span = d1 - d0
    ranges = [(d0 + k * span * 0.04, d1 + k * span * 0.04) for k in range(6)]
    counts = set()
    for i, rng in enumerate(ranges):
        if i == 3:
            for v in (kept_view, fresh_view):
                font = v.font()
                font.setPointSizeF(font.pointSizeF() + 2)
                v.setFont(font)
        monkeypatch.setattr(tt, "GUTTER_ELIDED_KEPT", True)
        kept_view.set_visible_range(*rng)
        kept = _pixels(kept_view)
        f = kept_view._ensure_frame()
        counts.add(None if f.overflow_lane is None else f.overflow_lane.tobytes())
        monkeypatch.setattr(tt, "GUTTER_ELIDED_KEPT", False)
        fresh_view.set_visible_range(*rng)
        assert np.array_equal(_pixels(fresh_view), kept), f"frame {i}"
    assert len(counts) > 2  # the counts changed: the gutter was drawn again
    assert any(t.endswith("…") for t in kept_view._painter._elided_gutter.values())
