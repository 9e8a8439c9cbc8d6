"""A panel's lines painted by one item (``chart_items._PanelLines``): the pixels of each curve
painting itself, through a drag, in a PNG export, and on screen while lines change, leave and
come back."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts.chart_spec import ChartSpec
from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import SYMBOL_LIMIT, ChartView
from explorer.state.comparison_setup import ComparisonSetup
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _ranges, _spec, _view


@contextmanager
def _one_item(on: bool) -> Iterator[None]:
    """Lines added meanwhile painted by their panel's item and redisplayed once a range change
    (on), or the former ways (off)."""
    switches: tuple[tuple[type, str], ...] = ((chart_items._PanelLines, "quick"),
                                              (chart_items._Line, "quick_range"))
    before = [getattr(cls, name) for cls, name in switches]
    for cls, name in switches:
        setattr(cls, name, on)
    try:
        yield
    finally:
        for (cls, name), value in zip(switches, before):
            setattr(cls, name, value)


def _curves(view: ChartView) -> list[chart_items._Curve]:
    return [item.curve for item in view.plot_items[0].vb.addedItems
            if isinstance(item, chart_items._Line) and item.isVisible()]


@pytest.mark.parametrize("per_series", [SYMBOL_LIMIT // 4, 3 * SYMBOL_LIMIT], ids=["symbols", "dense"])
def test_frames_of_a_drag_are_those_of_curves_painting_themselves(qtbot, per_series):
    spec = _spec(per_series)
    views = {}
    for on in (True, False):
        with _one_item(on):
            views[on] = _view(qtbot, spec)
    assert all(c.painter is not None for c in _curves(views[True]))
    assert all(c.painter is None for c in _curves(views[False]))
    shown = views[True].x_range()
    assert shown is not None
    for a, b in _ranges(*shown):
        images = {}
        for on, view in views.items():
            with _one_item(on):
                view.set_x_range(a, b)
                _settle(view)
                images[on] = _render(view.graphics)
        assert images[True] == images[False], (a, b)


def test_png_export_is_that_of_curves_painting_themselves(qapp, tmp_path):
    view = ViewState(view="chart", comparison=ComparisonSetup(
        indicator_id="goods_exports", basis="converted", currency="USD", chart="line"))
    options = ExportOptions.make("png", "1280x720", 2, "")
    images = {}
    for on in (True, False):
        with _one_item(on):
            exporting.export_view(view, options, tmp_path / f"{on}.png")
        images[on] = QImage(str(tmp_path / f"{on}.png"))
    assert not images[True].isNull()
    assert images[True] == images[False]


def _screen(view: ChartView) -> QImage:
    """What the window shows now (the offscreen platform's backing store)."""
    image = QApplication.primaryScreen().grabWindow(view.winId()).toImage()
    return image.convertToFormat(view.grab().toImage().format())


def _changed(spec: ChartSpec) -> ChartSpec:
    """The second series dropped, the third's figures moved up (a filter's kind of change)."""
    panel = spec.panels[0]
    s = panel.series
    moved = dataclasses.replace(s[2], figures=tuple(
        dataclasses.replace(f, value=(f.value or 0.0) * 1.3) for f in s[2].figures))
    return dataclasses.replace(spec, panels=(dataclasses.replace(panel, series=(s[0], moved, s[3])),))


def test_the_screen_shows_lines_as_they_change_leave_and_come_back(qtbot):
    """The curves have no contents of their own for Qt: their changes repaint the panel's item."""
    spec = _spec(3 * SYMBOL_LIMIT)
    view = _view(qtbot, spec)
    shown = view.x_range()
    assert shown is not None
    lo, hi = shown
    steps = [lambda: view.set_spec(_changed(spec)),  # a line hidden, one with new figures
             lambda: view.set_spec(spec),  # back as they were
             lambda: view.set_x_range(lo + 0.2 * (hi - lo), lo + 0.7 * (hi - lo)),
             lambda: view.set_spec(_changed(spec))]
    for step in steps:
        step()
        _settle(view)
        qtbot.wait(30)
        assert _screen(view) == view.grab().toImage()
        assert all(c.painter is not None for c in _curves(view))


def test_a_single_line_s_change_alone_reaches_the_screen(qtbot):
    """One line hidden, shown, given new vertices or put on top, and nothing else changing: Qt
    repaints no curve (none has contents of its own), so each change repaints the panel's item."""
    view = _view(qtbot, _spec(3 * SYMBOL_LIMIT))
    lines = [item for item in view.plot_items[0].vb.addedItems if isinstance(item, chart_items._Line)]
    line = lines[1]
    x, y = line.curve.xData.copy(), line.curve.yData.copy()
    steps = [lambda: line.setVisible(False), lambda: line.setVisible(True),
             lambda: line.curve.set_vertices(x, y + 4.0),
             lambda: line.setZValue(lines[-1].zValue() + chart_items.LINE_Z_STEP)]
    before = _screen(view)
    for step in steps:
        step()
        qtbot.wait(30)
        now = _screen(view)
        assert now == view.grab().toImage()
        assert now != before
        before = now


def test_a_line_in_a_plain_plot_shows_a_new_range_at_once(qtbot):
    """Outside the chart nothing brings the view's matrix up to date on a range change (the
    chart's marker layout does): the line's range listener redisplays it, before any paint."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    x = np.arange(20_000, dtype=float)
    y = np.sin(x / 300.0)
    line = chart_items._Line()
    widget.addItem(line)
    line.set_series(x, y, "#1f77b4", "a", always_thin=False)
    for lo, hi in ((0.0, 20_000.0), (5_000.0, 6_000.0), (5_100.0, 6_100.0)):
        widget.setXRange(lo, hi, padding=0)
        key, pyramid = line._view_key(), line.pyramid
        assert key is not None and pyramid is not None
        expected = pyramid.visible(*key)
        drawn = line.curve.xData, line.curve.yData  # (what the curve holds, before any paint)
        assert np.array_equal(drawn[0], expected[0]) and np.array_equal(drawn[1], expected[1])

