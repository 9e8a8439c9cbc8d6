"""The chart's axes keep the part of their specs key made from the style and pens
(``SpecsCachingAxis._style_key``) until either changes: an axis restyled, re-coloured (a theme)
or given another font after it kept some states draws the new look, also in a state it showed
before, never a picture kept from the old look."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QImage

from explorer.qt.views.chart_axes import SpecsCachingAxis
from explorer.qt.views.chart_view import ChartView
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _spec, _view


def _shown(view: ChartView, x_range: tuple[float, float]) -> QImage:
    view.plot_items[0].setXRange(*x_range, padding=0)
    _settle(view)
    return _render(view.graphics)


def _fresh(view: ChartView) -> QImage:
    """The chart as the axes draw it with nothing kept: specs computed, pictures recorded anew."""
    caching, SpecsCachingAxis.cache_specs = SpecsCachingAxis.cache_specs, False
    try:
        for name in ("left", "bottom"):
            axis = view.plot_items[0].getAxis(name)
            axis.picture = None
            axis.update()
        _settle(view)
        return _render(view.graphics)
    finally:
        SpecsCachingAxis.cache_specs = caching


def _thicker_offset(axis: pg.AxisItem) -> None:
    axis.setStyle(tickTextOffset=11)  # (pyqtgraph writes it into the style's own list)


CHANGES: dict[str, Callable[[pg.AxisItem], None]] = {
    "pen": lambda axis: axis.setPen(pg.mkPen("#c0392b", width=2)),
    "text pen": lambda axis: axis.setTextPen(pg.mkPen("#1f6f3f")),
    "tick pen": lambda axis: axis.setTickPen(pg.mkPen("#7d3c98", width=3)),
    "text offset in place": _thicker_offset,
    "tick length": lambda axis: axis.setStyle(tickLength=-9),
    "tick font": lambda axis: axis.setTickFont(QFont("Sans", 13)),
}


@pytest.mark.parametrize("quick", [True, False])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_an_axis_restyled_after_keeping_states_draws_its_new_look(qtbot, change, quick):
    before = SpecsCachingAxis.quick_key
    SpecsCachingAxis.quick_key = quick
    try:
        view = _view(qtbot, _spec(400))
        shown = view.x_range()
        assert shown is not None
        lo, hi = shown
        first, second = (lo, hi), (lo + 0.2 * (hi - lo), lo + 0.6 * (hi - lo))
        _shown(view, first)
        old_look = _shown(view, second)
        _shown(view, first)  # both states kept by both axes
        for name in ("left", "bottom"):
            CHANGES[change](view.plot_items[0].getAxis(name))
        for x_range in (second, first, second):  # states the axes showed in the old look
            image = _shown(view, x_range)
            assert image == _fresh(view), (change, x_range)
        assert image != old_look  # (the look did change)
    finally:
        SpecsCachingAxis.quick_key = before
