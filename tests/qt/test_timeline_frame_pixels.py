"""The timeline's frames drawn the quicker way are the frames drawn the former way, pixel for
pixel: through pans and zooms (whole pixels and fractions), a filter, a look change, Japanese
labels, another size and a pixel ratio of 2, on the shipped pack and on a generated tier-S pack.

Each switch named in ``SWITCHES`` is a module flag kept for these tests and the same-run
measurement (docs/performance-log.md, "timeline-10")."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.charts import timeline_layout as tl
from explorer.qt.render import timeline_backdrop as tb
from explorer.qt.render import timeline_frame as tf
from explorer.qt.render import timeline_geometry as tg
from explorer.qt.render import timeline_items as ti
from explorer.qt.render import timeline_text as tt
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session

SIZE = QSize(1200, 600)

# (module, flag): True is the quicker way, False the former.
# POINTER_DRAWS: rectangles and lines handed to Qt as numpy arrays, not lists of QRectF/QLineF;
# LABEL_KEYS_HERE: the labels' shapes looked up in the loop (timeline-12); TITLES_SEEN_TWICE:
# a title drawn directly the first time, shaped when drawn again (timeline-22).
SWITCHES = [(tb, "GROUNDS_UNDER_LAYERS_SKIPPED"), (tg, "LANES_KEPT"), (tg, "QUERY_ONCE"), (tt, "NOTES_APART"), (ti, "BARS_PATCHED"),
            (ti, "BAR_ARRAYS"), (ti, "DIAMOND_ARRAYS"),
            (tf, "POINTER_DRAWS"), (tt, "LABEL_KEYS_HERE"), (tt, "TITLES_SEEN_TWICE")]


def _pixels(view: TimelineView, dpr: float = 1.0) -> np.ndarray:
    image = QImage(round(view.width() * dpr), round(view.height() * dpr),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def _two_views(qtbot, pack, width: int, height: int = 600) -> tuple[TimelineView, TimelineView]:
    """Two timeline views on one session of ``pack``, ``width`` × ``height``, the first fitted to
    the pack: one draws with a switch on, the other with it off (``_switch_keeps_pixels``)."""
    session = Session()
    session.open_pack(pack)
    views = TimelineView(session), TimelineView(session)
    for v in views:
        qtbot.addWidget(v)
        v.resize(QSize(width, height))
    views[0].zoom_to_fit()
    return views


def _switch_keeps_pixels(monkeypatch, module, switch: str, new_view: TimelineView,
                         old_view: TimelineView, i: int, rng: tuple[float, float],
                         dpr: float = 1.0) -> None:
    """Frame ``i`` (the range ``rng``) drawn by ``new_view`` with ``module.switch`` on and by
    ``old_view`` with it off, at pixel ratio ``dpr``: the same pixels, else where they differ."""
    pictures = []
    for view, on in ((new_view, True), (old_view, False)):
        monkeypatch.setattr(module, switch, on)
        view.set_visible_range(*rng)
        pictures.append(_pixels(view, dpr))
    ys, xs = np.nonzero(pictures[0] != pictures[1])
    if len(ys):
        pytest.fail(f"{len(ys)} pixels differ at frame {i} {rng} "
                    f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")


def _set(monkeypatch, on: bool) -> None:
    for module, flag in SWITCHES:
        monkeypatch.setattr(module, flag, on)
    monkeypatch.setattr(tt, "LABEL_KEYS_MIN", 0)  # the labels' keys made for a few labels too


def _script(d0: float, d1: float) -> list[tuple[float, float]]:
    """The whole span nudged by fractions and whole pixels both ways, zoomed in twice, panned
    there by whole steps and fractions, the whole span again."""
    span = d1 - d0
    out = [(d0, d1)]
    for shift in (0.001, 0.0013, -0.0007, 0.05):
        out.append((d0 + shift * span, d1 + shift * span))
    mid = (d0 + d1) / 2
    for frac in (1 / 16, 1 / 200):
        z0, z1 = mid - span * frac, mid + span * frac
        for k in (0.0, 0.1, 0.2, 0.2137, -0.35):
            step = (z1 - z0) * k
            out.append((z0 + step, z1 + step))
    out.append((d0, d1))
    return out


def _same_frames(qtbot, monkeypatch, session: Session, ranges, between=None, dpr: float = 1.0,
                 size: QSize = SIZE) -> None:
    """Each range painted by a view the quicker way and by one the former way (its measures
    worked out afresh): the same pixels. ``between(i, views)``: a change before frame ``i``."""
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(size)
    for i, rng in enumerate(ranges):
        if between is not None:
            between(i, (new_view, old_view))
        _set(monkeypatch, True)
        new_view.set_visible_range(*rng)
        new = _pixels(new_view, dpr)
        _set(monkeypatch, False)
        old_view.set_visible_range(*rng)
        old_view._painter._memos.clear()
        old = _pixels(old_view, dpr)
        ys, xs = np.nonzero(new != old)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ at frame {i} {rng} "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")


def _whole(qtbot, session: Session) -> tuple[float, float]:
    probe = TimelineView(session)
    qtbot.addWidget(probe)
    probe.resize(SIZE)
    probe.zoom_to_fit()
    return probe.visible_range()


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_frames_on_the_shipped_pack_are_the_former_frames(qtbot, monkeypatch, default_pack, dpr):
    """Pans and zooms, a filter and the filter taken back, the dark look, Japanese labels and a
    size whose gutter and axis fall on other fractions of a pixel."""
    from explorer.charts.theme import DARK

    session = Session()
    session.open_pack(default_pack)
    ranges = _script(*_whole(qtbot, session))
    actors = sorted(default_pack.actors["id"].astype(str))

    def between(i: int, views) -> None:
        if i == 3:
            session.set_filter(origin="test", partners=frozenset(actors[:2]))
        elif i == 5:
            session.clear_filter(origin="test")
        elif i == 7:
            for v in views:
                v._painter.set_theme(DARK)
                v.update()
        elif i == 9:
            session.set_label_language("ja", origin="test")
        elif i == 11:
            for v in views:
                v.resize(SIZE.width() - 37, SIZE.height() + 91)

    _same_frames(qtbot, monkeypatch, session, ranges, between, dpr=dpr)


def test_frames_on_a_generated_pack_are_the_former_frames(qtbot, monkeypatch, tier_s_pack):
    """Tier S (1,000 events, 42 overlapping eras, lanes that overflow) at the harness's size,
    and the same with a narrower filter and Japanese labels."""
    session = Session()
    session.open_pack(tier_s_pack)
    ranges = _script(*_whole(qtbot, session))
    actors = sorted(tier_s_pack.actors["id"].astype(str))

    def between(i: int, views) -> None:
        if i == 6:
            session.set_filter(origin="test", partners=frozenset(actors[:3]))
        elif i == 9:
            session.clear_filter(origin="test")
            session.set_label_language("ja", origin="test")

    _same_frames(qtbot, monkeypatch, session, ranges, between, size=QSize(1600, 900))


def test_the_gutter_is_not_drawn_again_when_only_its_counts_change(qtbot, monkeypatch,
                                                                  tier_s_pack):
    """Tier S's whole span panned by small steps: the lanes keep their places while the
    "+N more" counts under their names change. The names' picture is drawn once and the
    counts over it, the same pixels; drawn into the picture, every new count drew the gutter
    again. Then a lower view: the lanes, and their counts, move."""
    session = Session()
    session.open_pack(tier_s_pack)
    d0, d1 = _whole(qtbot, session)
    span = d1 - d0
    ranges = [(d0 + k * span / 40, d1 + k * span / 40) for k in range(12)]
    drawn = {True: 0, False: 0}
    gutter = tt._update_gutter

    def counting(self, painter, f, **kw):
        if kw.get("names", True):
            drawn[tt.NOTES_APART] += 1
        return gutter(self, painter, f, **kw)

    monkeypatch.setattr(tt, "_update_gutter", counting)
    from explorer.qt.render.timeline_painter import TimelinePainter

    monkeypatch.setattr(TimelinePainter, "_update_gutter", counting)
    counts = set()
    pictures: dict[bool, list[np.ndarray]] = {True: [], False: []}
    for apart in (False, True):
        monkeypatch.setattr(tt, "NOTES_APART", apart)
        view = TimelineView(session)
        qtbot.addWidget(view)
        for k, rng in enumerate(ranges + ranges[:4]):
            if k in (0, len(ranges)):  # then the lanes move: the counts go elsewhere
                view.resize(QSize(1600, 900 if k == 0 else 820))
            view.set_visible_range(*rng)
            pictures[apart].append(_pixels(view))
            f = view._ensure_frame()
            if f.overflow_lane is not None:
                counts.add(np.bincount(f.overflow_lane.astype(np.int64)).tobytes())
    assert len(counts) > 3, "the counts did not change: nothing tested"
    assert drawn[True] < drawn[False] / 2
    for i, (new, old) in enumerate(zip(pictures[True], pictures[False])):
        assert (new == old).all(), f"frame {i} differs"


def test_bars_patched_where_a_few_moved_are_the_bars_rebuilt(qtbot, monkeypatch, tier_s_pack):
    """Tier S at a half and a quarter of its span, nudged back and forth by fractions of a
    pixel to a few pixels: the bars cut at the plot's edges move (by less than the 8 px a cut
    bar runs beyond the plot), and only theirs are made again — periods, month and year bars
    with their outlines, dashed approximate ones — drawing the same pixels as every rectangle
    of their colours made again. (That each patched rectangle is the one made afresh, moved
    or not, is the next test's.)"""
    session = Session()
    session.open_pack(tier_s_pack)
    d0, d1 = _whole(qtbot, session)
    span = d1 - d0
    ranges = []
    for frac in (0.5, 0.25):
        w = span * frac
        for k in range(24):
            a = d0 + (span - w) / 2 + (k % 7 - 3) * w * 0.0021 + k * w * 0.0004
            ranges.append((a, a + w))
    kinds = {"periods": 0, "months": 0, "exact": 0, "dashed": 0}
    patch = ti._patched_bar_lists

    def counting(old, batch, moved, box, dashed_box):
        if ti.BARS_PATCHED:
            for name, sel in zip(kinds, batch):
                kinds[name] += sum(k in sel for k in moved)
        return patch(old, batch, moved, box, dashed_box)

    monkeypatch.setattr(ti, "_patched_bar_lists", counting)
    _same_frames(qtbot, monkeypatch, session, ranges, size=QSize(1600, 900))
    assert all(kinds.values()), f"a kind of bar was never patched: {kinds}"


def test_patched_bar_rectangles_are_the_rectangles_made_afresh():
    """Random bars of every kind (periods, month and year bars, those with an exact edge, dashed
    approximate ones; an item in several), a few of them moved or cut: patching the moved ones
    into the kept rectangles gives every rectangle made afresh, in the same order."""
    from PySide6.QtCore import QRectF

    rng = np.random.default_rng(10)
    for _ in range(50):
        n = int(rng.integers(4, 60))
        items = rng.permutation(n).tolist()
        cut = sorted(rng.choice(n, size=2, replace=False).tolist())
        periods, months = sorted(items[:cut[0]]), sorted(items[cut[0]:])
        exact = sorted(k for k in months if rng.random() < 0.5)
        dashed = sorted(k for k in items if rng.random() < 0.3)
        batch = (periods, months, exact, dashed)

        def boxes(n: int = n):
            x0 = np.floor(rng.uniform(-50, 1500, n))
            x1 = x0 + np.ceil(rng.uniform(1, 400, n))
            y0 = np.round(rng.uniform(0, 800, n))
            y1 = y0 + 10.0
            return (x0, y0, x1, y1), (y0 - 1.0, y1 + 1.0)

        box, dashed_box = boxes()
        kept = ti._bar_lists(batch, box, dashed_box)
        moved = sorted(rng.choice(n, size=int(rng.integers(1, 4)), replace=False).tolist())
        new_box, new_dashed = (tuple(a.copy() for a in box), tuple(a.copy() for a in dashed_box))
        other, other_dashed = boxes()
        for a, b in zip(new_box + new_dashed, other + other_dashed):
            a[moved] = b[moved]
        patched = ti._patched_bar_lists(kept, batch, moved, new_box, new_dashed)
        afresh = ti._bar_lists(batch, new_box, new_dashed)
        for got, want in zip(patched, afresh):
            assert len(got) == len(want)
            assert all(isinstance(r, QRectF) and r == w for r, w in zip(got, want))
        assert all(len(k) == len(w) for k, w in zip(kept, afresh))


@pytest.mark.parametrize("eras", [True, False])
def test_a_slide_picture_and_its_svg_are_drawn_as_with_lists(qapp, monkeypatch, default_pack,
                                                              eras):
    """A slide's timeline (scaled, fractional origin: the backdrop's shapes, era shading and
    hairlines, grid, axis and label backings drawn as shapes) from numpy arrays equals the same
    picture from lists of QRectF / QLineF, as a raster picture and as SVG text."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from explorer.qt.render.timeline_picture import timeline_picture

    rows = np.arange(len(default_pack.events))
    out: dict[bool, tuple[np.ndarray, bytes]] = {}
    for on in (True, False):
        monkeypatch.setattr(tf, "POINTER_DRAWS", on)
        picture, _plan = timeline_picture(default_pack, rows, eras=eras, slide_width=1280)
        try:
            image = QImage(picture.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.white)
            picture.render(image)
            raster = np.frombuffer(image.constBits(), np.uint32).copy()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            svg = QSvgGenerator()
            svg.setOutputDevice(buffer)
            svg.setSize(picture.size())
            p = QPainter(svg)
            picture._painter.paint(p, picture.width(), picture.height(), picture._range)
            p.end()
            # textures are named by Qt's image cache keys, new for each picture
            out[on] = (raster, re.sub(rb"texpattern_[0-9a-f]+", b"texpattern", bytes(data.data())))
        finally:
            picture.deleteLater()
    assert np.array_equal(out[True][0], out[False][0])
    assert out[True][1] == out[False][1]
    assert out[True][1].count(b"<rect") > 100 and out[True][1].count(b"<polyline") > 20  # drawn


def test_era_names_found_by_their_text_after_new_filters_are_the_names_elided_afresh(
        qtbot, monkeypatch, tier_s_pack):
    """Filters never applied before refit the view, giving each of the 42 eras a new room for
    its name: names that fit whole are found by their text, the rest elided by Qt; every
    frame (English, then Japanese) equals the frame with every name elided and shaped afresh,
    and names were found so."""
    from benchmarks.scenarios.filtering import new_filters

    session = Session()
    session.open_pack(tier_s_pack)
    new_view, old_view = TimelineView(session), TimelineView(session)
    for v in (new_view, old_view):
        qtbot.addWidget(v)
        v.resize(QSize(1600, 900))
    found = 0
    for k, f in enumerate(new_filters(tier_s_pack, 10)):
        if k == 6:
            session.set_label_language("ja", origin="test")
        session.set_filter(origin="test", **f)
        monkeypatch.setattr(tb, "ERA_NAMES_BY_TEXT", True)
        before = len(new_view._painter._era_statics)
        new = _pixels(new_view)
        shapes = {id(st) for st in new_view._painter._era_shapes.values() if st is not None}
        found += sum(id(st) in shapes
                     for st in list(new_view._painter._era_statics.values())[before:])
        monkeypatch.setattr(tb, "ERA_NAMES_BY_TEXT", False)
        old = _pixels(old_view)
        ys, xs = np.nonzero(new != old)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ after filter {k} (x {xs.min()}-{xs.max()}, "
                        f"y {ys.min()}-{ys.max()})")
    assert found >= 10, "era names were found by their text"


@pytest.mark.parametrize(("lang", "kept"), [("en", 512), ("ja", 512), ("en", 4)])
def test_era_names_elided_between_known_rooms_are_qts_elision(qtbot, monkeypatch, tier_s_pack,
                                                              lang, kept):
    """Every room from nothing to past the whole name, in a shuffled order (so most rooms fall
    between rooms met before): the name drawn is the one Qt's elision gives at that room; at
    most ``ERA_ROOMS_KEPT`` rooms are remembered per name."""
    from PySide6.QtGui import QFontMetricsF

    monkeypatch.setattr(tb, "ERA_ROOMS_KEPT", kept)
    session = Session()
    session.open_pack(tier_s_pack)
    session.set_label_language(lang, origin="test")
    view = TimelineView(session)
    qtbot.addWidget(view)
    painter = view._painter
    er = painter.eras
    fm = QFontMetricsF(painter._small_font)
    rng = np.random.default_rng(7)
    bracketed = 0
    for i in range(0, len(er), 3):
        name = er.labels[i] + (" →" if er.ongoing[i] else "")
        rooms = rng.permutation(int(fm.horizontalAdvance(name)) + 6)
        for room in rooms.tolist():
            asked = len(painter._era_names.get(name, (0, []))[1])
            st = tb._era_name(painter, fm, er, i, room)
            bracketed += name in painter._era_names and len(painter._era_names[name][1]) == asked
            want = fm.elidedText(name, Qt.TextElideMode.ElideRight, room)
            got = "" if st is None else st.text()
            assert got == (want if len(want.rstrip("…")) >= 2 else ""), (name, room)
    assert all(len(rooms) <= kept for _, rooms, _ in painter._era_names.values())
    assert bracketed > (500 if kept > 4 else 20), "rooms were answered without Qt"


def test_a_drag_whose_items_change_draws_its_bars_from_arrays_as_from_lists(
        qtbot, monkeypatch, tier_s_pack):
    """Tier S zoomed to a quarter, its stacking by window (as at tier M), dragged by tenths of
    the view so items come and go every step and the view leaves its stacked window (restacked
    mid-drag), then nudged back and forth by fractions of a pixel (the same items, bars cut at
    the edges moving): every frame equals the frame drawn with lists of QRectF; new sets of
    items had their bars and diamonds drawn from arrays, sets drawn again whose bars moved
    from lists."""
    from explorer.qt.render.timeline_painter import TimelinePainter

    monkeypatch.setattr(tg, "STACK_ALL_LIMIT", 100)  # 1,000 events: stacked by window
    session = Session()
    session.open_pack(tier_s_pack)
    d0, d1 = _whole(qtbot, session)
    w = (d1 - d0) / 4
    a = (d0 + d1) / 2 - w / 2
    ranges = [(a + w * 0.1 * k, a + w + w * 0.1 * k) for k in range(18)]
    b = ranges[-1][0]
    ranges += [(b + w * s, b + w + w * s) for s in (0.0004, -0.0003, 0.0011, 0.0, 0.0021)]
    counts = {"arrays": 0, "lists": 0, "restacks": 0, "diamonds": 0}
    arrays_of, lists_of, stack_items = ti._bar_arrays_of, ti._bar_lists, tg._stack_items
    diamond_arrays = ti._diamond_arrays

    def squares(*args):
        counts["diamonds"] += ti.DIAMOND_ARRAYS
        return diamond_arrays(*args)

    def from_arrays(colours, *args):
        counts["arrays"] += ti.BAR_ARRAYS * len(colours)
        return arrays_of(colours, *args)

    def as_lists(*args):
        counts["lists"] += ti.BAR_ARRAYS
        return lists_of(*args)

    def restack(self, *args):
        counts["restacks"] += ti.BAR_ARRAYS
        return stack_items(self, *args)

    monkeypatch.setattr(ti, "_bar_arrays_of", from_arrays)
    monkeypatch.setattr(ti, "_bar_lists", as_lists)
    monkeypatch.setattr(TimelinePainter, "_stack_items", restack)
    monkeypatch.setattr(ti, "_diamond_arrays", squares)
    _same_frames(qtbot, monkeypatch, session, ranges, size=QSize(1600, 900))
    assert counts["restacks"] >= 3, counts  # the window left mid-drag
    assert counts["arrays"] > 50 and counts["lists"] > 0 and counts["diamonds"] > 10, counts


def test_a_view_counted_and_gathered_in_one_pass_draws_what_count_then_query_draws(
        qtbot, monkeypatch, tier_s_pack):
    """Tier S with a crowding threshold of 300 kept events (as tier M's 10^4 against 2,000):
    the whole span is crowded (the density strip, its count), a third of it not, zoomed
    further markers; every frame as with a count then a query, and both kinds were drawn."""
    session = Session()
    session.open_pack(tier_s_pack)
    d0, d1 = _whole(qtbot, session)
    mid, span = (d0 + d1) / 2, d1 - d0
    ranges = [(d0, d1), (d0 + span * 0.001, d1 + span * 0.001)]
    ranges += [(mid - span * z, mid + span * z + span * 0.01 * k)
               for z in (0.16, 0.05) for k in range(3)] + [(d0, d1)]
    kinds = set()
    real = tl.IntervalIndex.query_unless_crowded

    def counting(self, *args):
        out = real(self, *args)
        kinds.add(type(out).__name__ if tg.QUERY_ONCE else None)
        return out

    monkeypatch.setattr(tl.IntervalIndex, "query_unless_crowded", counting)

    def between(i: int, views) -> None:
        if i == 0:
            for v in views:
                v._painter.density_threshold = 300
                v._painter.invalidate()

    _same_frames(qtbot, monkeypatch, session, ranges, between, size=QSize(1600, 900))
    assert kinds >= {"int", "ndarray"}, kinds


@pytest.mark.parametrize("pointer", [True, False])
def test_held_rectangles_draw_what_their_list_draws(qapp, monkeypatch, pointer):
    """Rectangles kept as an array with their pointer (or, where Qt cannot read arrays, drawn
    as a list): the pixels of the same rectangles drawn as a list of QRectF, each time drawn."""
    from PySide6.QtGui import QPainter

    monkeypatch.setattr(tf, "POINTER_DRAWS", pointer)
    rng = np.random.default_rng(3)
    n = 40
    rects = tf._rect_array(np.floor(rng.uniform(-20, 300, n)), np.floor(rng.uniform(-5, 200, n)),
                           np.ceil(rng.uniform(1, 80, n)), np.ceil(rng.uniform(1, 12, n)))
    held = tf.HeldRects(rects[rng.permutation(n)[:30]])
    assert (held.first is not None) == pointer and len(held) == 30

    def drawn(draw) -> np.ndarray:
        image = QImage(320, 220, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        p = QPainter(image)
        p.setBrush(Qt.GlobalColor.darkBlue)
        p.setPen(Qt.GlobalColor.red)
        draw(p)
        p.end()
        return np.frombuffer(image.constBits(), np.uint32).copy()

    want = drawn(lambda p: p.drawRects(tf._rects(*held.rects.T)))
    for _ in range(3):
        assert np.array_equal(drawn(held.draw), want)
