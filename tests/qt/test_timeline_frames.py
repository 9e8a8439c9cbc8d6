"""The timeline keeps parts of its frames between paints (lane names, legend, shaped labels,
measured text, sorted edge counts). Whatever changes, the picture must be the one a new view at
the same state draws: each test changes one thing on a view that has already painted, and
compares its picture, pixel for pixel, with a fresh view's."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from explorer.charts import timeline_layout as tl
from explorer.charts.theme import DARK, HIGH_CONTRAST, LIGHT
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.paths import default_pack_path
from explorer.qt import theme as qt_theme
from explorer.qt.render import timeline_frame as tp
from explorer.qt.render.timeline_frame import _density_rows
from explorer.qt.render.timeline_painter import Frame, TimelinePainter
from explorer.qt.views.timeline_view import TimelineView
from explorer.state.session import Session
from tests.packs import write_pack

SIZE = QSize(1100, 560)


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(day_number(dt.date(y, m, d)))


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_pack_path())


@pytest.fixture
def session(default_pack):
    s = Session()
    s.open_pack(default_pack)
    return s


@pytest.fixture
def look():
    """Leave the window's look as it was found."""
    theme, scale = qt_theme.current(), qt_theme.text_scale()
    yield
    qt_theme.set_look(theme, scale)


def make_view(qtbot, session, size: QSize = SIZE) -> TimelineView:
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(size)
    return v


def picture(view: TimelineView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return image


def same_as_fresh(qtbot, view: TimelineView, session: Session) -> None:
    """``view`` (which has painted before) draws what a new view at its state draws."""
    fresh = make_view(qtbot, session, view.size())
    fresh.setFont(view.font())
    fresh.set_lane_mode(view.lane_mode())
    fresh.set_eras_visible(view.eras_visible())
    fresh.set_visible_range(*view.visible_range())
    a, b = picture(view), picture(fresh)
    assert a.size() == b.size()
    if a != b:
        pa = np.frombuffer(a.constBits(), np.uint32).reshape(a.height(), a.width())
        pb = np.frombuffer(b.constBits(), np.uint32).reshape(b.height(), b.width())
        ys, xs = np.nonzero(pa != pb)
        pytest.fail(f"{len(ys)} pixels differ from a fresh view's, first at ({xs[0]}, {ys[0]})")
    fresh.close()


@pytest.fixture
def painted(qtbot, session):
    """A view that has painted a few frames of a pan (so every cache is filled)."""
    v = make_view(qtbot, session)
    v.set_visible_range(day(2018), day(2024))
    for shift in (0, 30, 60, 90):
        v.set_visible_range(day(2018) + shift, day(2024) + shift)
        picture(v)
    return v


def test_a_pan_draws_what_a_fresh_view_draws(qtbot, painted, session):
    d0, d1 = painted.visible_range()
    painted.set_visible_range(d0 - 400, d1 - 400)
    picture(painted)
    painted.set_visible_range(d0 + 17.5, d1 + 17.5)
    same_as_fresh(qtbot, painted, session)


def test_after_a_filter_the_removed_events_are_gone(qtbot, painted, session):
    rng = painted.visible_range()
    session.set_filter(domains={"defence"})
    painted.set_visible_range(*rng)
    rows = painted._placements.event_row[painted._ensure_frame().idx]
    kept = set(np.asarray(session.visible_events).tolist())
    assert len(rows) and set(rows.tolist()) <= kept
    same_as_fresh(qtbot, painted, session)
    session.clear_filter()
    painted.set_visible_range(*rng)
    same_as_fresh(qtbot, painted, session)


def test_after_a_selection_change(qtbot, painted, session):
    session.select_event("eu-jp-epa")
    same_as_fresh(qtbot, painted, session)
    session.select_event(None)
    same_as_fresh(qtbot, painted, session)


@pytest.mark.parametrize("theme", [DARK, HIGH_CONTRAST])
def test_after_a_theme_change(qtbot, painted, session, look, theme):
    qt_theme.set_look(theme, qt_theme.text_scale())
    same_as_fresh(qtbot, painted, session)
    qt_theme.set_look(LIGHT, qt_theme.text_scale())
    same_as_fresh(qtbot, painted, session)


def test_after_a_resize(qtbot, painted, session):
    painted.resize(QSize(900, 700))
    same_as_fresh(qtbot, painted, session)
    painted.resize(QSize(1400, 420))  # the legend wraps differently
    same_as_fresh(qtbot, painted, session)


def test_after_a_text_size_change(qtbot, painted, session):
    font = painted.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    painted.setFont(font)
    same_as_fresh(qtbot, painted, session)


def test_after_a_label_language_change(qtbot, painted, session):
    if not hasattr(session, "set_label_language"):
        pytest.skip("the session has no label language yet")
    session.set_label_language("ja")
    same_as_fresh(qtbot, painted, session)
    session.set_label_language("en")
    same_as_fresh(qtbot, painted, session)


def test_after_lane_mode_and_era_changes(qtbot, painted, session):
    painted.set_lane_mode("domain")
    same_as_fresh(qtbot, painted, session)
    painted.set_eras_visible(False)
    same_as_fresh(qtbot, painted, session)


def test_after_another_pack_opens(qtbot, painted, session, tmp_path):
    session.open_pack(load_pack(write_pack(tmp_path / "p")))
    assert painted.drawn_placement_count == 5
    same_as_fresh(qtbot, painted, session)


def test_edge_counts_match_the_events_outside_the_view(painted, session):
    src = painted._source
    for d0, d1 in ((day(2010), day(2015)), (day(2019, 2), day(2019, 3)), (day(1990), day(2040))):
        painted.set_visible_range(d0, d1)
        d0, d1 = painted.visible_range()
        rows = np.asarray(session.visible_events, dtype=np.int64)
        before = rows[src.end_day[rows] + 1.0 <= d0]
        after = rows[src.start_day[rows] >= d1]
        got_before, got_after = painted.hidden_events()
        assert got_before.tolist() == sorted(before.tolist())
        assert got_after.tolist() == sorted(after.tolist())
        assert painted.hidden_counts() == (len(before), len(after))


def _density_by_pixel(lanes, bar, height):
    """The density strip's pixels by the rule, pixel by pixel (the painter's former way)."""
    n_lanes = bar.shape[0]
    ys = np.arange(height) + 0.5
    lane_of_y = np.clip(np.searchsorted(lanes.top, ys, side="right") - 1, 0, n_lanes - 1)
    from_bottom = (lanes.top + lanes.height - lanes.pad)[lane_of_y] - ys
    return (from_bottom[:, None] >= 0) & (from_bottom[:, None] < bar[lane_of_y])


def _random_strip(seed: int):
    """Random lanes (1 to 13, in 30 to 900 px) and counts per lane and column (Poisson, 0.6)."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 14))
    height = int(rng.integers(30, 900))
    width = int(rng.integers(1, 1500))
    ones = np.ones(n, dtype=np.int64)
    lanes = tl.allocate_lanes(ones, ones, float(height), pad=4.0)
    return rng, lanes, rng.poisson(0.6, (n, width)), height


def _strip_bars(lanes, counts: np.ndarray) -> np.ndarray:
    """Each column's bar in pixels, square-root scaled as ``_update_density`` scales it."""
    inner = np.maximum(lanes.height - 2 * lanes.pad, 1.0)
    bar = np.sqrt(counts / max(int(counts.max()), 1)) * inner[:, None]
    bar[counts > 0] = np.maximum(bar[counts > 0], 1.0)
    return bar


@pytest.mark.parametrize("seed", range(12))
def test_density_strip_pixels_follow_the_rule(seed):
    _rng, lanes, counts, height = _random_strip(seed)
    width = counts.shape[1]
    bar = _strip_bars(lanes, counts)
    mask = _density_rows(lanes, bar, height)[0]
    assert mask.dtype == np.uint8 and mask.shape == (height, width)
    assert np.array_equal(mask.astype(bool), _density_by_pixel(lanes, bar, height))


def test_stepping_through_a_crowded_view_keeps_the_spoken_list_on_the_selection(qtbot, tmp_path):
    """More events in view than the list holds: each step makes the selected event the list's
    current item at once when the list has it, and the list follows the selection once the
    steps rest."""
    from benchmarks.generator import ensure_pack
    from explorer.qt.views.timeline_view import MAX_SPOKEN_EVENTS

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session)
    view.sync_events_list()
    in_view = view.events_in_view()
    assert len(in_view) > MAX_SPOKEN_EVENTS
    ids = session.pack.events["id"]
    session.select_event(str(ids.iat[int(in_view[len(in_view) // 2])]))
    lst = view.events_list
    for _ in range(5):
        session.step_selection(1)
        assert session.selected_event in lst.event_ids
        assert lst.event_ids[lst.currentRow()] == session.selected_event
    row = session.event_row[session.selected_event]
    expected = view.events_in_view()
    at = int(np.flatnonzero(expected == row)[0])  # the selection's place in date order
    lo = min(max(at - MAX_SPOKEN_EVENTS // 2, 0), len(expected) - MAX_SPOKEN_EVENTS)
    want = [str(ids.iat[int(r)]) for r in expected[lo:lo + MAX_SPOKEN_EVENTS]]
    qtbot.waitUntil(lambda: lst.event_ids == want, timeout=3000)  # the list followed
    assert lst.event_ids[lst.currentRow()] == session.selected_event
    assert lst.item(lst.currentRow()).data(Qt.ItemDataRole.AccessibleTextRole) == \
        view.event_words(row)[0]


# -- selection and hover marks drawn over a kept picture ----------------------------------------

def _pixels(image: QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(),
                                                               image.width()).copy()


def _count_base_paints(view: TimelineView) -> list[int]:
    calls = [0]
    inner = view._paint_base

    def counted(painter):
        calls[0] += 1
        inner(painter)

    view._paint_base = counted
    return calls


def _spy_updates(view: TimelineView) -> list:
    """Record each repaint request the view makes (the rect, or None for the whole view)."""
    asked = []
    real = view.update

    def update(*args):
        asked.append(args[0] if args else None)
        real(*args)

    view.update = update
    return asked


def test_stepping_with_the_arrow_key_repaints_only_the_marks(qtbot, painted, session):
    """→ moves the selection: the picture is a fresh view's with that selection, the rest of it
    comes from the kept picture (not painted again), and the repaint asked for covers every
    pixel that changed."""
    painted.sig_step_requested.connect(lambda step: session.step_selection(step))
    rows = painted.events_in_view()
    session.select_event(str(session.pack.events["id"].iat[int(rows[len(rows) // 2])]))
    picture(painted)
    before = _pixels(picture(painted))  # the same picture twice: now kept
    base_paints = _count_base_paints(painted)
    asked = _spy_updates(painted)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Right):
        was = session.selected_event
        asked.clear()
        qtbot.keyClick(painted, key)
        assert session.selected_event != was
        after = _pixels(picture(painted))
        ys, xs = np.nonzero(after != before)
        assert len(ys), "the selection marks moved"
        assert asked and None not in asked, "only the marks' place is repainted"
        region = asked[0]
        for r in asked[1:]:
            region = region.united(r)
        assert region.contains(int(xs.min()), int(ys.min()))
        assert region.contains(int(xs.max()), int(ys.max()))
        same_as_fresh(qtbot, painted, session)
        before = after
    assert base_paints[0] == 0


def test_selecting_an_event_past_its_lanes_rows_draws_it_as_a_fresh_view(qtbot, tmp_path):
    """A selected event that did not fit its lane's rows is drawn in the lane's last row (over
    the kept picture, where it was an overflow tick): it shows where its marks are, and the
    picture equals a fresh view's."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session)
    f = view._ensure_frame()
    if f.overflow_rows is None:
        d0, d1 = view.visible_range()
        mid = (d0 + d1) / 2
        view.set_visible_range(mid - (d1 - d0) / 20, mid + (d1 - d0) / 20)
        f = view._ensure_frame()
    assert f.overflow_rows is not None and len(f.overflow_rows)
    picture(view)
    plain = _pixels(picture(view))
    row = int(f.overflow_rows[0])
    event_id = str(session.pack.events["id"].iat[row])
    session.select_event(event_id)
    assert row in set(view._placements.event_row[view._ensure_frame().idx].tolist())
    shape = view._placement_rect(event_id).toAlignedRect()
    selected = _pixels(picture(view))
    inside = (slice(max(shape.top(), 0), shape.bottom() + 1),
              slice(max(shape.left(), 0), shape.right() + 1))
    assert (selected[inside] != plain[inside]).any(), "the selected event is drawn"
    same_as_fresh(qtbot, view, session)
    session.select_event(None)
    same_as_fresh(qtbot, view, session)


def test_the_event_under_the_pointer_is_marked_and_unmarked(qtbot, painted, session):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    def move(pos: QPointF) -> None:
        painted.mouseMoveEvent(QMouseEvent(
            QEvent.Type.MouseMove, pos, painted.mapToGlobal(pos), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))

    plain = _pixels(picture(painted))
    f = painted._ensure_frame()
    i = int(np.argmax(f.x1 - f.x0 > 0)) if f.idx is not None else 0
    centre = QPointF(float(f.x0[i] + f.x1[i]) / 2, float(f.y[i]))
    asked = _spy_updates(painted)
    move(centre)
    assert asked and None not in asked
    hovered = _pixels(picture(painted))
    ys, xs = np.nonzero(hovered != plain)
    assert len(ys), "a mark round the event under the pointer"
    accent = QColor(qt_theme.current().accent).rgb() & 0xFFFFFF
    assert ((hovered[ys, xs] & 0xFFFFFF) == accent).any()
    assert abs(xs.mean() - centre.x()) < 40 and abs(ys.mean() - centre.y()) < 40
    move(QPointF(f.plot.left() + 1, f.axis_y + 3))  # off every event
    assert np.array_equal(_pixels(picture(painted)), plain)
    move(centre)
    painted.leaveEvent(QEvent(QEvent.Type.Leave))
    assert np.array_equal(_pixels(picture(painted)), plain)


# -- pans and zooms ----------------------------------------------------------------------------
def _picture_at(view: TimelineView, dpr: float) -> QImage:
    image = QImage(view.size() * dpr, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return image


def _at_ratio(view: TimelineView, dpr: float) -> TimelineView:
    """The view as on a screen of that pixel ratio (the offscreen screen has 1.0)."""
    if dpr != 1.0:
        view.devicePixelRatioF = lambda: dpr
    return view


def _same_as_fresh_at(qtbot, view: TimelineView, session: Session, dpr: float) -> None:
    fresh = _at_ratio(make_view(qtbot, session, view.size()), dpr)
    fresh.set_lane_mode(view.lane_mode())
    fresh.set_eras_visible(view.eras_visible())
    fresh.set_visible_range(*view.visible_range())
    a, b = _pixels(_picture_at(view, dpr)), _pixels(_picture_at(fresh, dpr))
    fresh.close()
    ys, xs = np.nonzero(a != b)
    if len(ys):
        pytest.fail(f"{len(ys)} pixels differ from a fresh view's at the same range "
                    f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")


def _pan_script(d0: float, d1: float, n: int, seed: int) -> list[tuple[float, float]]:
    """Drags (whole and fractional pixels, both ways), a wheel step, zooms in and out."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        span = d1 - d0
        kind = i % 7
        if kind == 5:  # zoom in or out around the centre
            f = 1.5 if rng.random() < 0.5 else 1 / 1.5
            mid = (d0 + d1) / 2
            d0, d1 = mid - span / f / 2, mid + span / f / 2
        else:
            shift = (rng.normal() * 0.04 if kind != 6 else 0.1) * span
            d0, d1 = d0 + shift, d1 + shift
        out.append((d0, d1))
    return out


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_pans_and_zooms_match_a_fresh_view(qtbot, session, dpr):
    """After any sequence of pans and zooms the picture equals a fresh view's at the same
    range, pixel for pixel, at pixel ratios 1 and 2 (the day axis on whole pixels)."""
    view = _at_ratio(make_view(qtbot, session), dpr)
    view.set_visible_range(day(2017), day(2023))
    _picture_at(view, dpr)
    for i, rng in enumerate(_pan_script(day(2017), day(2023), 28, seed=int(dpr))):
        view.set_visible_range(*rng)
        _picture_at(view, dpr)
        if i % 3 == 2:
            _same_as_fresh_at(qtbot, view, session, dpr)
    _same_as_fresh_at(qtbot, view, session, dpr)


def test_a_sticky_label_eras_and_edge_counts_follow_a_pan(qtbot, session):
    """A bar that starts before the view keeps its label at the left edge; eras and the
    "◀ n" / "n ▶" counts change as the view pans: each step is a fresh view's."""
    p = session.pack.events
    view = make_view(qtbot, session)
    pl = view._placements
    spans = np.flatnonzero(pl.is_span & (pl.end_day - pl.start_day > 900))
    assert len(spans)
    i = int(spans[0])
    start = float(pl.start_day[i])
    view.set_visible_range(start + 200, start + 200 + 5 * 365)
    picture(view)
    f = view._ensure_frame()
    j = np.flatnonzero(f.idx == i)
    assert len(j) and f.label_w[j[0]] > 0
    assert f.label_x[j[0]] <= f.plot.left() + 10, "the bar's label sticks to the left edge"
    assert view.eras_visible() and f.era_rect is not None
    for step in (3, 3, 5, -2, 8, 13):
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + step, d1 + step)
        assert view.edge_indicators(), "events before or after the view are counted"
        same_as_fresh(qtbot, view, session)
    assert len(p)


def test_a_pan_on_a_generated_pack_matches_a_fresh_view(qtbot, tmp_path):
    """Tier S (10^3 events: overflow ticks, stacked rows, hatched and dotted fills)."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session)
    d0, d1 = view.visible_range()
    mid, span = (d0 + d1) / 2, (d1 - d0) / 12
    view.set_visible_range(mid - span, mid + span)
    picture(view)
    for i, rng in enumerate(_pan_script(mid - span, mid + span, 21, seed=7)):
        view.set_visible_range(*rng)
        picture(view)
        if i % 4 == 3:
            same_as_fresh(qtbot, view, session)
    same_as_fresh(qtbot, view, session)


# -- items: one plain pass instead of numpy batches per colour ---------------------------------
# The former ``TimelinePainter._update_items`` (numpy per batch), kept here as the reference the
# plain pass must match pixel for pixel.
def _numpy_batches(self, painter: QPainter, f: Frame) -> None:
        """Spans as solid bars; month/year dates as light hatched bars across the period; exact
        days as diamonds. Approximate/uncertain dates get a dashed outline. One batch per colour
        and style; the shapes of every item are computed once per frame, in numpy, and each
        batch picks its own (per batch, numpy calls on a handful of items cost more than the
        drawing: ~1 ms a frame even for 8 markers, measured)."""
        p = self._placements
        assert p is not None  # paint returns early without placements
        assert f.idx is not None and f.x0 is not None and f.x1 is not None and f.y is not None and f.is_point is not None  # marker mode
        colour = p.colour[f.idx]
        span = p.is_span[f.idx]
        inexact = p.inexact[f.idx]
        point = f.is_point
        bar = ~point
        hh = f.half_h
        order = np.argsort(colour, kind="stable")
        cuts = np.flatnonzero(np.diff(colour[order])) + 1
        groups = [(int(colour[g[0]]), g) for g in np.split(order, cuts) if len(g)]
        everyone = np.arange(len(f.idx))
        bars = everyone[bar]
        box = TimelinePainter._bar_box(f, bars, hh)
        bar_rects = dict(zip(bars.tolist(), tp._rects(box[0], box[1], box[2] - box[0],
                                                   box[3] - box[1])))
        # Bars are axis-aligned: no antialiasing, pixel-snapped, outlines as filled edge strips
        # (stroking a pen, dashed above all, along wide bars costs far more than filling).
        painter.save()
        self._anchor_patterns(painter, f)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for c, g in groups:
            g_bar = g[bar[g]]
            if not len(g_bar):
                continue
            base = self._colour(c)
            edge = base.darker(135)
            g_span, g_inexact = span[g_bar], inexact[g_bar]
            sel = g_bar[g_span]  # periods
            if len(sel):
                painter.setBrush(base)
                painter.drawRects([bar_rects[i] for i in sel.tolist()])
            # month/year dates: lighter fill plus hatching, so they never read as a point
            sel = g_bar[~g_span]
            if len(sel):
                rects = [bar_rects[i] for i in sel.tolist()]
                light = QColor(base)
                light.setAlpha(70)
                painter.setBrush(light)
                painter.drawRects(rects)
                painter.setBrush(QBrush(base, Qt.BrushStyle.BDiagPattern))
                self._anchor_patterns(painter, f, pattern=True)
                painter.drawRects(rects)
                self._anchor_patterns(painter, f)
                exact = sel[~inexact[sel]]
                if len(exact):
                    painter.setBrush(edge)
                    painter.drawRects(_edge_rects(f, exact, hh, 1.0))
            sel = g_bar[g_inexact]  # approximate / uncertain: dashed edges
            if len(sel):
                horizontal, vertical = self._dash_brushes(edge.darker(120))
                top_bottom, sides = _edge_rects(f, sel, hh + 1.0, 2.0, split=True)
                painter.setBrush(horizontal)
                painter.drawRects(top_bottom)
                painter.setBrush(vertical)
                painter.drawRects(sides)
        painter.restore()
        points = everyone[point]
        if not len(points):
            return
        # Screens turn about the day axis's origin (a whole pixel): the same squares in the
        # turned frame at every pan, so a scrolled picture is a fresh one to the pixel.
        ox = f.x_origin if self.slide is None else 0.0
        diamonds = dict(zip(points.tolist(), TimelinePainter._diamond_rects(f, points, f.radius, ox)))
        painter.save()
        painter.translate(ox, 0.0)
        painter.rotate(45.0)  # diamonds: squares in a frame turned by 45°
        for c, g in groups:  # diamonds last, over any bar
            g_point = g[point[g]]
            if not len(g_point):
                continue
            base = self._colour(c)
            edge = base.darker(135)
            painter.setBrush(base)
            painter.setPen(QPen(edge, 1.0))
            painter.drawRects([diamonds[i] for i in g_point.tolist()])
            sel = g_point[inexact[g_point]]
            if len(sel):
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge.darker(120), 1.3, Qt.PenStyle.DashLine))
                painter.drawRects(TimelinePainter._diamond_rects(f, sel, f.radius + 1.5, ox))
        painter.restore()



def _edge_rects(f: Frame, sel: np.ndarray, half_h: float, t: float, split: bool = False):
    """Outline strips of bars (top, bottom, left, right) ``t`` px thick, as fillable rects."""
    x0, y0, x1, y1 = TimelinePainter._bar_box(f, sel, half_h)
    w, h = x1 - x0, y1 - y0
    cat = np.concatenate
    tb = tp._rects(cat((x0, x0)), cat((y0, y1 - t)), cat((w, w)), np.full(2 * len(sel), t))
    lr = tp._rects(cat((x0, x1 - t)), cat((y0, y0)), np.full(2 * len(sel), t), cat((h, h)))
    return (tb, lr) if split else tb + lr



def _frames_both_ways(qtbot, session, monkeypatch, ranges, dpr: float) -> int:
    """Each range painted by the plain pass and by the former numpy batches: the same picture,
    pixel for pixel. Returns how many frames drew diamonds."""
    view = _at_ratio(make_view(qtbot, session), dpr)
    from explorer.qt.render import timeline_items

    plain = timeline_items._update_items  # the painter's own (never the patched reference)
    with_diamonds = 0
    for rng in ranges:
        view.set_visible_range(*rng)
        monkeypatch.setattr(TimelinePainter, "_update_items", plain)
        view._painter.invalidate()  # painted again, not taken from the kept picture
        loop = _pixels(_picture_at(view, dpr))
        f = view._ensure_frame()
        with_diamonds += f.is_point is not None and bool(f.is_point.any())
        monkeypatch.setattr(TimelinePainter, "_update_items", _numpy_batches)
        view._painter.invalidate()
        batches = _pixels(_picture_at(view, dpr))
        ys, xs = np.nonzero(loop != batches)
        if len(ys):
            pytest.fail(f"{len(ys)} pixels differ between the pass and the batches at {rng} "
                        f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")
    return with_diamonds


@pytest.mark.parametrize(("dpr", "few_items"), [(1.0, 64), (2.0, 64), (1.0, 0), (2.0, 0)])
def test_items_drawn_in_one_pass_match_the_former_batches(qtbot, session, monkeypatch, dpr,
                                                          few_items):
    """The default pack, whole and zoomed (bars, hatched month/year bars, dashed approximate
    dates, diamonds, several colours): the same picture through either way of drawing, with
    the shapes worked out in the plain loop (few items) or in numpy (``few_items=0``)."""
    from explorer.qt.render import timeline_items

    monkeypatch.setattr(timeline_items, "FEW_ITEMS", few_items)
    ranges = [(day(2017), day(2023))] + _pan_script(day(2018), day(2019, 6), 12, seed=3)
    assert _frames_both_ways(qtbot, session, monkeypatch, ranges, dpr) >= 10


def test_items_on_a_generated_pack_match_the_former_batches(qtbot, tmp_path, monkeypatch):
    """Tier S, zoomed in (a few items) and over the whole span (761 items, stacked rows)."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session)
    d0, d1 = view.visible_range()
    view.close()
    mid, span = (d0 + d1) / 2, (d1 - d0) / 60
    ranges = _pan_script(mid - span, mid + span, 10, seed=11) + [(d0, d1), (mid - 8 * span, mid)]
    assert _frames_both_ways(qtbot, session, monkeypatch, ranges, 1.0) >= 8
    from explorer.qt.render import timeline_items

    monkeypatch.setattr(timeline_items, "FEW_ITEMS", 0)  # a zoomed view's few items in numpy
    assert _frames_both_ways(qtbot, session, monkeypatch, ranges[:4], 1.0) >= 3


def test_the_spoken_list_of_events_in_view_leaves_no_trace_on_the_picture(qtbot, painted):
    """The list a screen reader steps through sits in the view's corner and is never seen (it
    paints nothing): the picture is the same with it hidden."""
    painted.sync_events_list()
    assert not painted.events_list.isHidden() and painted.events_list.count()
    shown = _pixels(picture(painted))
    painted.events_list.hide()
    painted._painter.invalidate()
    assert np.array_equal(_pixels(picture(painted)), shown)
    painted.events_list.show()


# -- the density strip --------------------------------------------------------------------------
def _former_density_update(self, painter: QPainter, f: Frame) -> None:
    """The former ``TimelinePainter._update_density``: the whole plot as one image, clear rows
    included (the reference the strip drawn by runs of inked rows must match)."""
    counts = f.density
    _n_lanes, width = counts.shape
    height = int(f.plot.height())
    peak = max(float(counts.max()), 1.0)
    inner = np.maximum(f.lanes.height - 2 * f.lanes.pad, 1.0)
    bar = np.sqrt(counts / peak) * inner[:, None]
    bar[counts > 0] = np.maximum(bar[counts > 0], 1.0)
    mask = _density_rows(f.lanes, bar, height)[0]
    image = QImage(mask.data, width, height, width, QImage.Format.Format_Indexed8)
    image.setColorTable([0, tp._DENSITY.rgba()])
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter.drawImage(QPointF(f.plot.left(), f.plot.top()), image)
    painter.setPen(self._c.muted)
    painter.setFont(self._label_font)
    painter.drawText(f.plot.adjusted(0, 2, -6, 0),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     QCoreApplication.translate(
                         "TimelinePainter", "{n} events in view: zoom in to see them one by one"
                     ).format(n=f"{f.n_in_view:,}"))


def test_a_crowded_view_counts_and_draws_as_before(qtbot, tmp_path, monkeypatch):
    """Tier S with the crowding threshold lowered: the per-lane counts equal those of every
    event the query finds (by its middle day's column), and the strip drawn by runs of inked
    rows is the former whole-plot image's picture, whole span and zoomed."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session)
    view._painter.density_threshold = 60
    d0, d1 = view.visible_range()
    mid, span = (d0 + d1) / 2, d1 - d0
    crowded = 0
    for rng in [(d0, d1), (mid - span / 5, mid + span / 7), (d0 + span / 3, d0 + span / 2)]:
        view.set_visible_range(*rng)
        view._painter.invalidate()
        drawn = _pixels(picture(view))
        f = view._ensure_frame()
        if f.density is None:
            continue
        crowded += 1
        p, margin = view._placements, 12.0 / f.px_per_day
        idx = view._painter.index.query(rng[0] - margin, rng[1] + margin)
        assert f.n_in_view == len(idx)
        cols = f.x_origin + (p.start_day[idx] + p.end_day[idx] + 1) / 2.0 * f.px_per_day \
            - f.plot.left()
        inside = (cols >= 0) & (cols < f.plot.width())
        expected = tl.density_histogram(p.lane[idx][inside], cols[inside], p.n_lanes,
                                        int(f.plot.width()))
        assert np.array_equal(f.density, expected)
        monkeypatch.setattr(TimelinePainter, "_update_density", _former_density_update)
        view._painter.invalidate()
        assert np.array_equal(_pixels(picture(view)), drawn)
        monkeypatch.undo()
    assert crowded == 3


def test_milestone_segments_are_styled_by_their_stage():
    """The table the tracks look a stage's style up in says what ``_STAGE_PHASE`` says."""
    from explorer.qt.render.timeline_frame import _STAGE_PHASE
    from explorer.qt.render.timeline_items import _PHASE_OF_STAGE

    assert [int(v) for v in _PHASE_OF_STAGE] == [_STAGE_PHASE.get(s, 2)
                                                for s in tl.MILESTONE_STAGES]


def test_bar_edges_are_outlined_only_where_an_outline_is_the_filled_edge(tmp_path):
    """The exact-date bars' edge is drawn as a 1-device-pixel outline only on an unscaled raster
    at pixel ratio 1 (where it fills the same pixels as the edge strips); a PDF, an SVG, a
    picture at pixel ratio 2 or drawn scaled or half a pixel off keep the filled strips."""
    from PySide6.QtCore import QSize as _QSize
    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    from explorer.qt.render.timeline_items import _outline_is_strips

    def on(device, setup=None) -> bool:
        p = QPainter(device)
        try:
            if setup is not None:
                setup(p)
            return _outline_is_strips(p)
        finally:
            p.end()

    image = QImage(40, 30, QImage.Format.Format_ARGB32_Premultiplied)
    assert on(image) and on(image, lambda p: p.translate(3, 4))
    assert not on(image, lambda p: p.translate(0.5, 0))
    assert not on(image, lambda p: p.scale(2, 2))
    retina = QImage(80, 60, QImage.Format.Format_ARGB32_Premultiplied)
    retina.setDevicePixelRatio(2.0)
    assert not on(retina)
    pdf = QPdfWriter(str(tmp_path / "t.pdf"))
    pdf.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert not on(pdf)
    svg = QSvgGenerator()
    svg.setFileName(str(tmp_path / "t.svg"))
    svg.setSize(_QSize(40, 30))
    assert not on(svg)
