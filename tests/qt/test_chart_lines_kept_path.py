"""A line's path written into the path and polygon its curve kept from the frame before
(``chart_items._Curve.generatePath``): pyqtgraph's elements, so pyqtgraph's pixels, through a
drag, in a PNG export, and pyqtgraph's own path where a vertex is not finite."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainterPath

from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import SYMBOL_LIMIT
from explorer.state.comparison_setup import ComparisonSetup
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _ranges, _spec, _view


@contextmanager
def _kept(on: bool) -> Iterator[None]:
    before = chart_items._Curve.quick_path
    chart_items._Curve.quick_path = on
    try:
        yield
    finally:
        chart_items._Curve.quick_path = before


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    out = []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        out.append((int(e.type.value), e.x, e.y))
    return out


def _curves(view) -> list[chart_items._Curve]:
    return [item.curve for item in view.plot_items[0].vb.addedItems
            if isinstance(item, chart_items._Line) and item.isVisible()]


@pytest.mark.parametrize("per_series", [SYMBOL_LIMIT // 4, 3 * SYMBOL_LIMIT], ids=["symbols", "dense"])
def test_frames_of_a_drag_are_pyqtgraph_s_paths_pixel_for_pixel(qtbot, per_series):
    spec = _spec(per_series)
    views = {}
    for on in (True, False):
        with _kept(on):
            views[on] = _view(qtbot, spec)
    shown = views[True].x_range()
    assert shown is not None
    kept_used = 0
    for a, b in _ranges(*shown) * 2:  # twice: the second time every path is a refilled one
        images = {}
        for on, view in views.items():
            with _kept(on):
                view.set_x_range(a, b)
                _settle(view)
                images[on] = _render(view.graphics)
        assert images[True] == images[False], (a, b)
        for mine, theirs in zip(_curves(views[True]), _curves(views[False])):
            assert _elements(mine.getPath()) == _elements(theirs.getPath())
            kept_used += mine.getPath() is mine._kept_path
    assert kept_used > 0  # (the kept path was drawn, not only pyqtgraph's)


@pytest.mark.parametrize("checked", [True, False], ids=["checked", "unchecked"])
def test_a_vertex_not_finite_is_treated_as_pyqtgraph_treats_it(qtbot, checked):
    # a line's own vertices are finite (its display tells pyqtgraph to skip the check); a curve
    # that checks leaves a vertex that is not finite out
    view = _view(qtbot, _spec(300))
    curve = _curves(view)[0]
    curve.opts["skipFiniteCheck"] = not checked
    x = np.linspace(0.0, 10.0, 50)
    y = np.sin(x)
    paths = {}
    for on in (True, False):
        with _kept(on):
            curve.set_vertices(x, y.copy())
            assert len(_elements(curve.getPath())) == 50
            gap = y.copy()
            gap[7] = np.nan
            curve.set_vertices(x, gap)
            paths[on] = _elements(curve.getPath())
    assert len(paths[False]) == (49 if checked else 50)
    assert paths[True] == paths[False] if checked else str(paths[True]) == str(paths[False])


def test_png_export_is_that_of_pyqtgraph_s_paths(qapp, tmp_path):
    view = ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="line"))
    options = ExportOptions.make("png", "1280x720", 2, "")
    images = {}
    for on in (True, False):
        with _kept(on):
            exporting.export_view(view, options, tmp_path / f"{on}.png")
        images[on] = QImage(str(tmp_path / f"{on}.png"))
    assert not images[True].isNull()
    assert images[True] == images[False]


def test_new_vertices_reach_a_listener_and_drop_the_shapes_made_of_the_old(qtbot):
    # nothing in the app listens to a curve's sigPlotChanged, so it is emitted only when heard
    view = _view(qtbot, _spec(300))
    curve = _curves(view)[0]
    heard: list[object] = []
    x = np.linspace(0.0, 10.0, 50)
    curve.set_vertices(x, np.sin(x))
    old_shape = curve.mouseShape().boundingRect()
    curve.sigPlotChanged.connect(heard.append)
    curve.set_vertices(x, 10 + np.sin(x))
    assert heard == [curve]
    assert curve.mouseShape().boundingRect().top() > old_shape.bottom()
    curve.sigPlotChanged.disconnect(heard.append)
    curve.set_vertices(x, np.sin(x))
    assert heard == [curve]
