"""The timeline's tiles (``explorer.qt.render.timeline_tiles``): at one zoom the moving content is
painted once per 512-px tile and reused while panning. A tile's content must depend only on its
key: after any change a view that has painted before draws what a new view at the same state
draws, pixel for pixel; a selection leaves the tiles alone; the cache stays within its bound."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from explorer.charts.theme import DARK, LIGHT
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import day_number
from explorer.paths import default_pack_path
from explorer.qt import theme as qt_theme
from explorer.qt.render import timeline_tiles as tt
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
    theme, scale = qt_theme.current(), qt_theme.text_scale()
    yield
    qt_theme.set_look(theme, scale)


def make_view(qtbot, session, size: QSize = SIZE, dpr: float = 1.0) -> TimelineView:
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(size)
    if dpr != 1.0:
        v.devicePixelRatioF = lambda: dpr  # as on a screen of that pixel ratio
    return v


def pixels(view: TimelineView, dpr: float = 1.0) -> np.ndarray:
    image = QImage(view.size() * dpr, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.white)
    view.render(image)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1).copy()


def same_as_fresh(qtbot, view: TimelineView, session: Session, dpr: float = 1.0) -> None:
    fresh = make_view(qtbot, session, view.size(), dpr)
    fresh.setFont(view.font())
    fresh.set_lane_mode(view.lane_mode())
    fresh.set_eras_visible(view.eras_visible())
    fresh.set_visible_range(*view.visible_range())
    a, b = pixels(view, dpr), pixels(fresh, dpr)
    fresh.close()
    ys, xs = np.nonzero(a != b)
    if len(ys):
        pytest.fail(f"{len(ys)} pixels differ from a fresh view's at the same range "
                    f"(x {xs.min()}-{xs.max()}, y {ys.min()}-{ys.max()})")


ZOOM = (day(2018, 10), day(2019, 4))  # half a year: the default pack's layout at that zoom fits


def tiled(view: TimelineView) -> bool:
    return view._ensure_frame().zoom is not None


def tile_keys(view: TimelineView) -> set:
    return set(view._painter._tiles)


@pytest.fixture
def painted(qtbot, session):
    """A view zoomed to a year that has painted a few pans (tiles in the cache)."""
    v = make_view(qtbot, session)
    for shift in (0, 40, 80):
        v.set_visible_range(ZOOM[0] + shift, ZOOM[1] + shift)
        pixels(v)
    assert tiled(v) and tile_keys(v)
    return v


def test_a_pan_reuses_the_tiles_and_paints_only_new_ones(qtbot, painted, session):
    before = tile_keys(painted)
    d0, d1 = painted.visible_range()
    ppd = painted._ensure_frame().px_per_day
    painted.set_visible_range(d0 + 50 / ppd, d1 + 50 / ppd)  # 50 px later
    pixels(painted)
    after = tile_keys(painted)
    assert before <= after and len(after - before) <= 1
    same_as_fresh(qtbot, painted, session)


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_a_pan_across_tile_boundaries_both_ways_matches_a_fresh_view(qtbot, session, dpr):
    """Steps of 37, 180 and 301 px (each crossing tile boundaries) forwards then back,
    and a fractional one: every step equals a fresh view, at pixel ratios 1 and 2."""
    view = make_view(qtbot, session, dpr=dpr)
    view.set_visible_range(*ZOOM)
    pixels(view, dpr)
    assert tiled(view)
    ppd = view._ensure_frame().px_per_day
    crossed = set()
    for step in (37, 180, 301, 301, 180.4, -301, -301, -180, -37, -410):
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + step / ppd, d1 + step / ppd)
        pixels(view, dpr)
        f = view._ensure_frame()
        crossed.add(int((f.plot.left() - f.x_origin - f.zoom.grid0) // tt.TILE_PX))
        same_as_fresh(qtbot, view, session, dpr)
    assert len(crossed) >= 3, "the view's left edge went through several tiles"


def test_a_selection_leaves_the_tiles_alone(qtbot, painted, session):
    shown = painted._painter.tiles_shown
    kept = {k: painted._painter._tiles[k] for k in shown}
    rng = painted.visible_range()
    src = painted._source
    inside = np.flatnonzero((src.end_day + 1 > rng[0]) & (src.start_day < rng[1]))
    row = int(inside[0])  # an event in view: the view stays
    session.select_event(str(session.pack.events["id"].iat[row]))
    assert painted.visible_range() == rng and painted._ensure_frame().zoom is not None
    pixels(painted)
    assert painted._painter.tiles_shown == shown
    assert all(painted._painter._tiles[k] is t for k, t in kept.items())
    same_as_fresh(qtbot, painted, session)
    session.select_event(None)
    same_as_fresh(qtbot, painted, session)


def _filter(view, session):
    session.set_filter(domains={"trade"})


def _theme(view, session):
    qt_theme.set_look(DARK, qt_theme.text_scale())


def _language(view, session):
    if not hasattr(session, "set_label_language"):
        pytest.skip("the session has no label language yet")
    session.set_label_language("ja")


def _lanes(view, session):
    view.set_lane_mode("domain")


def _eras(view, session):
    view.set_eras_visible(False)


def _resize(view, session):
    view.resize(QSize(900, 700))


def _text_size(view, session):
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    view.setFont(font)


@pytest.mark.parametrize("change", [_filter, _theme, _language, _lanes, _eras, _resize,
                                    _text_size])
def test_every_input_of_a_tile_makes_new_tiles(qtbot, painted, session, look, change):
    """Filter, theme, label language, lane mode, eras, size, text size: none of the old tiles
    is shown again, and the picture is a fresh view's."""
    old = set(painted._painter._tiles)
    change(painted, session)
    painted.set_visible_range(ZOOM[0] + 80, ZOOM[1] + 80)
    pixels(painted)
    if painted._ensure_frame().zoom is not None:  # (domain lanes at this size: drawn directly)
        assert painted._painter.tiles_shown and not old & set(painted._painter.tiles_shown)
    same_as_fresh(qtbot, painted, session)
    qt_theme.set_look(LIGHT, qt_theme.text_scale())


def test_another_pack_makes_new_tiles(qtbot, painted, session, tmp_path):
    old = set(painted._painter._tiles)
    session.open_pack(load_pack(write_pack(tmp_path / "p")))
    pixels(painted)
    assert not old & set(painted._painter._tiles)
    same_as_fresh(qtbot, painted, session)


def test_the_tile_cache_stays_within_its_bound(qtbot, session, monkeypatch):
    view = make_view(qtbot, session)
    view.set_visible_range(*ZOOM)
    pixels(view)
    one = next(iter(view._painter._tiles.values()))[2]  # a tile's share of its image
    monkeypatch.setattr(tt, "TILE_CACHE_BYTES", 5 * one)
    ppd = view._ensure_frame().px_per_day
    for _ in range(20):  # 20 × 400 px: about 16 tiles pass by
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + 400 / ppd, d1 + 400 / ppd)
        pixels(view)
        cache = view._painter._tiles
        assert view._painter._tile_bytes == sum(t[2] for t in cache.values())
        assert len({id(t[0]) for t in cache.values()}) <= len(cache)
        assert view._painter._tile_bytes <= 5 * one
    same_as_fresh(qtbot, view, session)


def test_a_view_where_the_zoom_levels_layout_would_hide_events_is_laid_out_for_it(qtbot,
                                                                                   tmp_path):
    """Tier S at the whole span: the zoom level's layout would leave events in view out (a
    quarter of them), so the frame is laid out for the events in view and drawn directly (no
    tiles); zoomed in, tiled frames never leave out an event in view."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session, QSize(1600, 900))
    pixels(view)
    assert not tiled(view) and not tile_keys(view) and view.overflow_count > 0
    d0, d1 = view.visible_range()
    mid, span = (d0 + d1) / 2, (d1 - d0) / 100
    seen = set()
    for i in range(12):
        view.set_visible_range(mid - span / 2 + i * span / 3, mid + span / 2 + i * span / 3)
        pixels(view)
        seen.add(tiled(view))
        if tiled(view):
            assert view.overflow_count == 0
    assert True in seen
    same_as_fresh(qtbot, view, session)


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_tiles_compose_what_the_frame_draws_directly(qtbot, session, monkeypatch, dpr):
    """The same frame (the zoom level's layout) drawn directly and composed of tiles: the same
    pixels (within 2 levels of a channel), after pans that cut eras and bars at both edges, but
    for the one place the tiles show differently on purpose: a name in the era strip cut by the view's right edge is cut
    there, not elided (columns near the right end of the strip are left out)."""
    from explorer.qt.render.timeline_painter import TimelinePainter

    view = make_view(qtbot, session, dpr=dpr)
    view.set_visible_range(*ZOOM)
    ppd = view._ensure_frame().px_per_day
    for step in (0, 133, 260, -517, 41.5):
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + step / ppd, d1 + step / ppd)
        tiled_px = pixels(view, dpr)
        f = view._ensure_frame()
        assert f.zoom is not None and view._painter.tiles_shown
        with monkeypatch.context() as m:
            m.setattr(TimelinePainter, "_tiles_fit", lambda self, painter, frame: False)
            view._base_key = None
            direct = pixels(view, dpr)
        view._base_key = None
        # Qt blends a translucent fill with a rounding that can differ by one level at a
        # column where its vector loop starts (a tile's fill starts elsewhere): within 2 levels.
        channels = np.abs(tiled_px.view(np.uint8).astype(np.int16)
                          - direct.view(np.uint8).astype(np.int16))
        diff = channels.reshape(*tiled_px.shape, 4).max(axis=2) > 2
        px0 = round(f.plot.left() * dpr)
        diff[:, px0 - 2 * round(dpr):px0 + round(dpr)] = False  # the gutter's rule over column 0
        era_bottom = math.ceil(f.era_rect.bottom() * dpr)
        diff[:era_bottom, round((f.plot.right() - 250) * dpr):] = False
        ys, xs = np.nonzero(diff)
        if len(ys):
            pytest.fail(f"step {step}: {len(ys)} pixels differ (x {xs.min()}-{xs.max()}, "
                        f"y {ys.min()}-{ys.max()})")


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_pans_on_a_generated_pack_match_a_fresh_view(qtbot, tmp_path, dpr):
    """Tier S zoomed to 1 % (stacked rows, overflow ticks, hatched and dotted fills, labels
    running across tile boundaries, many overlapping eras): after pans of many sizes both
    ways, tiles painted in different runs compose the picture a fresh view composes."""
    from benchmarks.generator import ensure_pack

    folder, _ = ensure_pack(tmp_path / "s", "S")
    session = Session()
    session.open_pack(load_pack(folder))
    view = make_view(qtbot, session, QSize(1600, 900), dpr=dpr)  # the benchmark's size
    d0, d1 = view.visible_range()
    mid, span = (d0 + d1) / 2, (d1 - d0) / 100
    view.set_visible_range(mid - span / 2, mid + span / 2)
    pixels(view, dpr)
    assert tiled(view)
    ppd = view._ensure_frame().px_per_day
    for i, step in enumerate((145, 145, 700, -90, -1300, 33.7, 512, 511, -2048, 260)):
        d0, d1 = view.visible_range()
        view.set_visible_range(d0 + step / ppd, d1 + step / ppd)
        pixels(view, dpr)
        if i % 3 == 2 or i == 9:
            same_as_fresh(qtbot, view, session, dpr)
