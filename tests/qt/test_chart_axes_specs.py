"""The chart's axes lay out their ticks and labels with less Python (labels measured once per
text, ``SpecsCachingAxis._computed_specs``): the very specs pyqtgraph's ``generateDrawSpecs``
makes, and the same pixels on screen through a drag and in a PNG export."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage, QPainter, QPicture

from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views.chart_axes import SpecsCachingAxis
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _spec, _view


@contextmanager
def _quick(on: bool) -> Iterator[None]:
    """Our specs (on) or pyqtgraph's ``generateDrawSpecs`` (off); no state's specs replayed."""
    before = SpecsCachingAxis.quick_specs, SpecsCachingAxis.cache_specs
    SpecsCachingAxis.quick_specs, SpecsCachingAxis.cache_specs = on, False
    try:
        yield
    finally:
        SpecsCachingAxis.quick_specs, SpecsCachingAxis.cache_specs = before


def _drag(lo: float, hi: float, zoom: float) -> list[tuple[float, float]]:
    """A drag to and fro as the benchmark's (a pan of 0.05 % of the span a frame), a few frames
    of it, then a zoom out to where the labels change unit."""
    span = (hi - lo) * zoom
    a = (lo + hi) / 2 - span / 2
    steps = [0, 3, 7, 12, 40, 90, 41, 2, -30]
    return [(a + span * 0.0005 * i, a + span + span * 0.0005 * i) for i in steps]


def _plain_specs(specs) -> tuple:
    """Specs as comparable values: pens by their look, points and rectangles by their numbers."""
    if specs is None:
        return ()
    (pen, p1, p2), ticks, texts = specs

    def point(q):
        return (q.x(), q.y())

    def pen_look(q):
        return (q.color().rgba(), q.widthF(), q.style(), q.isCosmetic())

    return ((pen_look(pen), point(p1), point(p2)),
            tuple((pen_look(q), point(a), point(b)) for q, a, b in ticks),
            tuple((r.getRect(), int(f), t) for r, f, t in texts))


def _specs_both_ways(axis: pg.AxisItem) -> dict[bool, tuple]:
    out = {}
    for on in (True, False):
        picture = QPicture()
        painter = QPainter(picture)
        try:
            with _quick(on):
                out[on] = _plain_specs(axis.generateDrawSpecs(painter))
        finally:
            painter.end()
    return out


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("zoom", [1.0, 0.01, 0.3])
def test_axis_specs_are_pyqtgraph_s_through_a_drag(qtbot, lang, zoom):
    view = _view(qtbot, dataclasses.replace(_spec(600), label_language=lang))
    shown = view.x_range()
    assert shown is not None
    plot = view.plot_items[0]
    computed = 0
    for a, b in _drag(*shown, zoom):
        view.set_x_range(a, b)
        _settle(view)
        for name in ("bottom", "left"):
            both = _specs_both_ways(plot.getAxis(name))
            assert both[True] == both[False], (name, a, b)
            computed += bool(both[True] and both[True][2])
    assert computed >= 9  # labels were laid out (not two empty specs found equal)


def test_category_axis_specs_are_pyqtgraph_s(qtbot):
    view = _view(qtbot, _spec(40))
    axis = view.plot_items[0].getAxis("bottom")
    axis.set_categories([(float(i), f"Partner {i}\n(2019)") for i in range(6)])
    _settle(view)
    axis.setRange(-0.5, 5.5)  # (as a bar chart's view shows its categories)
    both = _specs_both_ways(axis)
    assert both[True] == both[False]
    assert len(both[True][2]) == 6


@pytest.mark.parametrize("per_series", [300, 6000], ids=["symbols", "dense"])
def test_frames_of_a_drag_are_pixel_for_pixel_pyqtgraph_s(qtbot, per_series):
    spec = _spec(per_series)
    views: dict[bool, ChartView] = {on: _view(qtbot, spec) for on in (True, False)}
    shown = views[True].x_range()
    assert shown is not None
    for zoom in (1.0, 0.01):
        for a, b in _drag(*shown, zoom):
            images = {}
            for on, view in views.items():
                with _quick(on):
                    view.set_x_range(a, b)
                    _settle(view)
                    images[on] = _render(view.graphics)
            assert images[True] == images[False], (zoom, a, b)


def png_both_ways(tmp_path, switch: Callable[[bool], AbstractContextManager], chart: str) -> dict[bool, QImage]:
    """A chart's PNG export (scale 2) made with ``switch(True)`` and with ``switch(False)``."""
    view = ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="converted", currency="USD", chart=chart))
    options = ExportOptions.make("png", "1280x720", 2, "")
    images = {}
    for on in (True, False):
        with switch(on):
            exporting.export_view(view, options, tmp_path / f"{on}.png")
        images[on] = QImage(str(tmp_path / f"{on}.png"))
    assert not images[True].isNull()
    return images


@pytest.mark.parametrize("chart", ["line", "bar"])
def test_png_export_is_pixel_for_pixel_pyqtgraph_s(qapp, tmp_path, chart):
    images = png_both_ways(tmp_path, _quick, chart)
    assert images[True] == images[False]
