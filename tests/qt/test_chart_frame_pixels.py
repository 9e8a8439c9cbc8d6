"""The Compare chart's frame drawn the quick way is the frame pyqtgraph's own way draws: the same
pixels through pans and zooms, with symbols (short series) and with dense lines (long series),
and the items' bounds equal to pyqtgraph's after every view change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Panel, Series
from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import SYMBOL_LIMIT, ChartView
from tests.qt.test_chart_decimated import _render, _settle

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def _spec(per_series: int) -> ChartSpec:
    rng = np.random.default_rng(11)
    series = []
    for k, colour in enumerate(COLOURS):
        x = -20_000.0 + np.arange(per_series) + 0.5
        y = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, per_series))) + 5 * k
        figs = tuple(Figure(f"s{k}>jp", "p", float(a), float(b), "v", "v", "", "src", "[1]")
                     for a, b in zip(x, y))
        series.append(Series(f"s{k}>jp", f"S{k}", f"s{k}", colour, figs))
    return ChartSpec("Frame", "", "ind", ChartKind.LINE, Basis.PUBLISHED,
                     (Panel("bn USD", tuple(series)),), (("[1]", "Source"),), (), ())


@contextmanager
def _quick(on: bool) -> Iterator[None]:
    """The frame's quick ways on, or off (pyqtgraph's bounds, paint and setData)."""
    before = chart_items._KeptPixel.quick_pixel, chart_items._Curve.quick_vertices
    chart_items._KeptPixel.quick_pixel = chart_items._Curve.quick_vertices = on
    try:
        yield
    finally:
        chart_items._KeptPixel.quick_pixel, chart_items._Curve.quick_vertices = before


def _view(qtbot, spec: ChartSpec) -> ChartView:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(spec)
    _settle(view)
    return view


def _ranges(lo: float, hi: float) -> list[tuple[float, float]]:
    span = hi - lo
    return [(lo, hi), (lo + 0.001 * span, hi + 0.001 * span),  # the whole span, panned a little
            (lo + 0.4 * span, lo + 0.41 * span), (lo + 0.405 * span, lo + 0.415 * span),  # zoomed
            (lo + 0.1 * span, lo + 0.6 * span), (lo, hi)]  # out again, and back


def _items(view: ChartView) -> list:
    plot = view.plot_items[0]
    curves = [item.curve for item in plot.vb.addedItems if isinstance(item, chart_items._Line)]
    symbols = [item for item in plot.vb.addedItems if isinstance(item, chart_items._Symbols)]
    return curves + symbols


def _pyqtgraph_bounds(item) -> tuple:
    """The item's bounds and data bounds as pyqtgraph computes them, from scratch."""
    with _quick(False):
        if isinstance(item, chart_items._Curve):
            item._boundingRect = None
            item._boundsCache = [None, None]
        else:
            item.bounds = [None, None]
        rect = item.boundingRect()
        data = (item.dataBounds(0), item.dataBounds(1))
        if isinstance(item, chart_items._Curve):
            item._boundingRect = None  # (the quick way's next query makes its own)
    return rect.getRect(), data


@pytest.mark.parametrize("per_series", [SYMBOL_LIMIT // 4, 3 * SYMBOL_LIMIT],
                         ids=["symbols", "dense"])
def test_frames_drawn_the_quick_way_are_pyqtgraph_s_pixel_for_pixel(qtbot, per_series):
    spec = _spec(per_series)
    views = {on: _view(qtbot, spec) for on in (True, False)}
    shown = views[True].x_range()
    assert shown is not None
    lo, hi = shown
    for a, b in _ranges(lo, hi):
        images = {}
        for on, view in views.items():
            with _quick(on):
                view.set_x_range(a, b)
                _settle(view)
                images[on] = _render(view.graphics)
        assert images[True] == images[False], (a, b)
    assert sum(1 for item in _items(views[True]) if isinstance(item, chart_items._Symbols)
               and len(item.data)) == (1 if per_series <= SYMBOL_LIMIT else 0)


@pytest.mark.parametrize("per_series", [SYMBOL_LIMIT // 4, 3 * SYMBOL_LIMIT],
                         ids=["symbols", "dense"])
def test_curve_and_symbol_bounds_follow_every_view_change_as_pyqtgraph_s(qtbot, per_series):
    view = _view(qtbot, _spec(per_series))
    shown = view.x_range()
    assert shown is not None
    lo, hi = shown
    for a, b in _ranges(lo, hi):
        view.set_x_range(a, b)
        _settle(view)
        items = _items(view)
        assert len(items) == len(COLOURS) + 1
        for item in items:
            quick = (item.boundingRect().getRect(), (item.dataBounds(0), item.dataBounds(1)))
            assert quick == _pyqtgraph_bounds(item), (type(item).__name__, a, b)
            if isinstance(item, chart_items._Curve):  # (the padding kept per pen, as computed)
                assert item.pixelPadding() == pg.PlotCurveItem.pixelPadding(item)
    # new vertices without a view change (a filter that leaves the range as it was)
    curve = _items(view)[0]
    x, y = curve.xData, curve.yData
    curve.set_vertices(x[: len(x) // 2].copy(), y[: len(y) // 2] * 3.0)
    assert (curve.boundingRect().getRect(), (curve.dataBounds(0), curve.dataBounds(1))) \
        == _pyqtgraph_bounds(curve)
    # a narrower plot: the pixel's size changes, and the bounds with it
    view.resize(600, 560)
    _settle(view)
    for item in _items(view):
        assert item.boundingRect().getRect() == _pyqtgraph_bounds(item)[0]


def test_symbols_restyled_in_place_are_drawn_with_their_new_style(qtbot):
    """A scatter's points restyled without new points (pyqtgraph rewrites their atlas places in
    place): the quick paint draws the new places, as pyqtgraph's paint does."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    item = chart_items._Symbols(antialias=True)
    widget.addItem(item)
    x = np.linspace(0.0, 10.0, 60)
    item.setData(x=x, y=np.sin(x), symbol="o", size=9, pen=None, brush=pg.mkBrush("#1f77b4"))
    widget.setRange(xRange=(0, 10), yRange=(-1.2, 1.2), padding=0)

    def drawn(quick: bool) -> QImage:
        before = chart_items._Symbols.quick_paint
        chart_items._Symbols.quick_paint = quick
        try:
            return _render(widget)
        finally:
            chart_items._Symbols.quick_paint = before

    first = drawn(True)
    assert first == drawn(False)
    item.setBrush([pg.mkBrush("#d62728" if i % 3 else "#2ca02c") for i in range(len(x))])
    assert drawn(True) == drawn(False) != first
    item.setPointsVisible(x > 5.0)
    assert drawn(True) == drawn(False) != first


def test_another_pyqtgraph_draws_through_its_own_set_data_and_paint(qtbot, monkeypatch):
    """The quick ways follow pyqtgraph 0.14.0's internals: under any other version the curves
    take pyqtgraph's ``setData`` and the symbols its ``paint``, and the frame is the same."""
    spec = _spec(SYMBOL_LIMIT // 4)
    view = _view(qtbot, spec)
    reference = _view(qtbot, spec)
    calls: list[str] = []

    def set_data(self, *args, **kwargs):
        calls.append("setData")
        pg.PlotCurveItem.setData(self, *args, **kwargs)

    pyqtgraph_paint = pg.ScatterPlotItem.paint

    def paint(self, *args):
        calls.append("paint")
        pyqtgraph_paint(self, *args)

    monkeypatch.setattr(chart_items._Curve, "setData", set_data)
    monkeypatch.setattr(pg.ScatterPlotItem, "paint", paint)  # (what _Symbols.paint falls back to)
    shown = view.x_range()
    assert shown is not None
    lo, hi = shown
    with _quick(False):  # (the reference: pyqtgraph's ways by the switches)
        reference.set_x_range(lo + 0.3 * (hi - lo), hi)
        _settle(reference)
        expected = _render(reference.graphics)
    view.set_x_range(lo + 0.2 * (hi - lo), hi)
    _settle(view)
    calls.clear()
    _render(view.graphics)
    assert calls == []  # (0.14.0: the quick ways)
    monkeypatch.setattr(pg, "__version__", "0.13.7")
    view.set_x_range(lo + 0.3 * (hi - lo), hi)
    _settle(view)
    assert _render(view.graphics) == expected
    assert "setData" in calls and "paint" in calls
