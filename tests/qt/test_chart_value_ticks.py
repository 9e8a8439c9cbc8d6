"""The value axis' ticks (``ValueAxisItem.tickValues``, pyqtgraph's with its "already shown at a
coarser level" test written without ``numpy.isclose``'s Python): the very ticks pyqtgraph 0.14.0
gives for any range and length, and the same pixels through filters the Compare chart never
showed (new value ranges: the axis and its panel's grid ask for ticks)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_axes import SpecsCachingAxis, ValueAxisItem, _HorizontalGrid
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter
from tests.qt.test_chart_decimated import _render, _settle


def _ranges() -> list[tuple[float, float, float]]:
    rnd = random.Random(16)
    out = [(rnd.uniform(-1e6, 1e6), rnd.uniform(-1e6, 1e6), rnd.uniform(20, 2000)) for _ in range(400)]
    out += [(rnd.uniform(-1, 1) * 10 ** rnd.randint(-8, 9), rnd.uniform(-1, 1) * 10 ** rnd.randint(-8, 9),
             rnd.uniform(5, 3000)) for _ in range(400)]
    return out + [(0.0, 100.0, 300.0), (-58.1228, 513.7685, 180.0), (5.0, 5.0000001, 100.0),
                  (-1e-12, 1e-12, 500.0), (100.0, 0.0, 240.0)]


@pytest.mark.parametrize("scale", [1.0, 0.001, -2.5])
def test_value_ticks_are_pyqtgraph_s_for_any_range(qapp, monkeypatch, scale):
    axis = ValueAxisItem("left")
    axis.setScale(scale)
    levels = 0
    for lo, hi, size in _ranges():
        monkeypatch.setattr(ValueAxisItem, "quick_values", True)
        ours = axis.tickValues(lo, hi, size)
        monkeypatch.setattr(ValueAxisItem, "quick_values", False)
        theirs = axis.tickValues(lo, hi, size)
        assert ours == theirs, (lo, hi, size)
        levels += len(ours)
    assert levels > 1000  # (ticks of several levels were compared)


def _drawn(view: ChartView, monkeypatch, on: bool):
    """The chart with every axis' and grid's ticks asked for anew, the quick ticks on or off."""
    monkeypatch.setattr(ValueAxisItem, "quick_values", on)
    for item in view.graphics.scene().items():
        if isinstance(item, SpecsCachingAxis):
            item._specs.clear()
            item.picture = None
            item.update()
        elif isinstance(item, _HorizontalGrid):
            item._levels.clear()
            item.update()
    SpecsCachingAxis._last_drawn = None
    _settle(view)
    return _render(view.graphics)


def shown_chart(qtbot, pack) -> tuple[ChartView, ComparisonSetup, list[Filter]]:
    """A chart of ``pack``'s first indicator on screen, and five filters whose ends move by
    weeks (other figures, other value ranges)."""
    setup = ComparisonSetup(indicator_id=str(pack.indicators["id"].iat[0]))
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1330, 870)
    view.show()
    qtbot.waitExposed(view)
    lo, hi = parse_bound("2005", upper=False), parse_bound("2025", upper=True)
    return view, setup, [Filter(day_from=lo + 311 * i, day_to=hi - 467 * i) for i in range(5)]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_charts_after_new_filters_draw_pyqtgraph_s_value_ticks(qtbot, monkeypatch, tier_s_pack, lang):
    pack = tier_s_pack
    view, setup, filters = shown_chart(qtbot, pack)
    ranges = set()
    for i, f in enumerate(filters):
        view.set_spec(build_comparison(pack, setup, f, filter_events(pack, f), lang=lang))
        QApplication.processEvents()
        ours = _drawn(view, monkeypatch, True)
        ranges |= {tuple(slot.plot.getAxis("left").range) for slot in view._slots}
        assert ours == _drawn(view, monkeypatch, False), i
    assert len(ranges) >= 6  # (new value ranges were drawn)
