"""The panels' time axes in one state lay their ticks out once (``SpecsCachingAxis._sibling_entry``):
the second panel draws the first one's picture, with the pixels of its own layout, through a drag."""

from __future__ import annotations

import dataclasses

from explorer.charts.chart_spec import ChartSpec, Panel
from explorer.qt.views.chart_axes import DayAxisItem, SpecsCachingAxis
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _spec, _view


def _two_panels() -> ChartSpec:
    spec = _spec(300)
    series = spec.panels[0].series
    return dataclasses.replace(spec, panels=(Panel("bn USD", series[:2]), Panel("bn EUR", series[2:])))


def test_a_drag_lays_out_the_panels_time_axes_once_with_the_same_pixels(qtbot, monkeypatch):
    spec = _two_panels()
    views = {on: _view(qtbot, spec) for on in (True, False)}
    layouts: list[object] = []
    computed = SpecsCachingAxis._computed_specs

    def counted(self, p):
        layouts.append(self)
        return computed(self, p)

    monkeypatch.setattr(SpecsCachingAxis, "_computed_specs", counted)
    shown = views[True].x_range()
    assert shown is not None and len(views[True].plot_items) == 2
    lo, hi = shown
    span = hi - lo
    for k in range(1, 6):  # a drag: a new range every frame
        a, b = lo + 0.0031 * k * span, hi + 0.0031 * k * span
        images = {}
        for on, view in views.items():
            monkeypatch.setattr(SpecsCachingAxis, "share_specs", on)
            layouts.clear()
            view.set_x_range(a, b)
            _settle(view)
            images[on] = _render(view.graphics)
            days = [axis for axis in layouts if isinstance(axis, DayAxisItem)]
            assert len(days) == (1 if on else 2), (on, k)
        assert images[True] == images[False], k
