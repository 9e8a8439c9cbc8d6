"""The chart's axes draw each tick level's lines with one ``drawLines`` (``SpecsCachingAxis.
drawPicture``) instead of pyqtgraph's pen and line per tick: the same pixels on screen, through
filters the Compare chart never showed (a time axis over ten years: ~45 ticks in two levels) and a
drag, in English and Japanese, and in a PNG export."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_axes import DayAxisItem, SpecsCachingAxis
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter
from tests.qt.test_chart_axes_specs import _drag, png_both_ways
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _spec, _view


@contextmanager
def _runs(on: bool) -> Iterator[None]:
    before = SpecsCachingAxis.quick_ticks
    SpecsCachingAxis.quick_ticks = on
    try:
        yield
    finally:
        SpecsCachingAxis.quick_ticks = before


def _axes(view: ChartView) -> list[SpecsCachingAxis]:
    return [item for item in view.graphics.scene().items() if isinstance(item, SpecsCachingAxis)]


def _drawn(view: ChartView, on: bool) -> QImage:
    """The chart with every axis' picture recorded anew, tick runs on or off."""
    with _runs(on):
        for axis in _axes(view):
            axis._specs.clear()
            axis.picture = None
            axis.update()
        SpecsCachingAxis._last_drawn = None
        _settle(view)
        return _render(view.graphics)


def _tick_count(view: ChartView) -> int:
    return max(len(entry[0][1]) for axis in _axes(view) if isinstance(axis, DayAxisItem)
               for entry in axis._specs.values())


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_charts_after_filters_never_shown_are_drawn_as_pyqtgraph_draws_their_axes(qtbot, tier_s_pack, lang):
    pack = tier_s_pack
    indicator = str(pack.indicators["id"].iat[0])
    setup = ComparisonSetup(indicator_id=indicator)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1330, 870)  # (the Compare chart's size in the benchmark)
    view.show()
    qtbot.waitExposed(view)
    lo, hi = parse_bound("2005", upper=False), parse_bound("2025", upper=True)
    most = 0
    for i in range(5):  # each end moved by weeks: new ranges, new ticks
        f = Filter(day_from=lo + 47 * i, day_to=hi - 71 * i)
        view.set_spec(build_comparison(pack, setup, f, filter_events(pack, f), lang=lang))
        QApplication.processEvents()
        ours = _drawn(view, True)
        most = max(most, _tick_count(view))
        assert ours == _drawn(view, False), i
    assert most >= 40  # (a time axis of many ticks was drawn)


@pytest.mark.parametrize("per_series", [300, 6000], ids=["symbols", "dense"])
def test_frames_of_a_drag_are_drawn_as_pyqtgraph_draws_their_axes(qtbot, per_series):
    view = _view(qtbot, _spec(per_series))
    shown = view.x_range()
    assert shown is not None
    for zoom in (1.0, 0.01):
        for a, b in _drag(*shown, zoom):
            view.set_x_range(a, b)
            assert _drawn(view, True) == _drawn(view, False), (zoom, a, b)


@pytest.mark.parametrize("chart", ["line", "bar"])
def test_png_export_is_drawn_as_pyqtgraph_draws_its_axes(qapp, tmp_path, chart):
    images = png_both_ways(tmp_path, _runs, chart)
    assert images[True] == images[False]
