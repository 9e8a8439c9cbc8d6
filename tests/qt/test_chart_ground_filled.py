"""On screen the Compare chart fills its viewport's ground under each paint rather than copying it
from pyqtgraph's cached picture of it (``ChartView.fill_ground``): the window holds the very same
pixels through linked pans and zooms in the light, dark and high-contrast themes, a readout shown
and hidden over the plots leaves nothing behind; an export keeps the cache it always drew from."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView

from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import assert_same_shots
from tests.qt.test_chart_opaque_plots import _walk

CACHE_NONE = QGraphicsView.CacheModeFlag.CacheNone
CACHE_BACKGROUND = QGraphicsView.CacheModeFlag.CacheBackground


def test_the_filled_ground_shows_the_cached_ground_s_pixels_through_linked_steps(
        qtbot, default_pack, monkeypatch):
    filled = _walk(qtbot, default_pack, True, monkeypatch)
    monkeypatch.setattr(ChartView, "fill_ground", False)
    cached = _walk(qtbot, default_pack, True, monkeypatch)
    assert_same_shots(filled, cached)


def test_the_screen_fills_the_ground_and_an_export_draws_it_from_the_cache(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    graphics = view.graphics
    assert graphics.cacheMode() == CACHE_NONE
    view.set_export_style(24)
    assert graphics.cacheMode() == CACHE_BACKGROUND
    view.set_export_style(None)
    assert graphics.cacheMode() == CACHE_NONE
