"""The chart's axes keep their pens (``SpecsCachingAxis._pens``) for every state they lay out, and
a time axis drawn again as a time axis keeps its picture and height (``DayAxisItem.
set_categories``): pyqtgraph made three new pens per state laid out, and every line chart's
redraw switched its time axis to time again, dropping its picture and fitting its height anew.
The same pixels either way, through filters the Compare chart never showed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyqtgraph as pg
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
from tests.qt.test_chart_axes_tick_runs import _axes
from tests.qt.test_chart_axes_tick_runs import _drawn as drawn_anew
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _view


@contextmanager
def _kept(on: bool) -> Iterator[None]:
    before = SpecsCachingAxis.quick_pens, DayAxisItem.quick_time
    SpecsCachingAxis.quick_pens = DayAxisItem.quick_time = on
    try:
        yield
    finally:
        SpecsCachingAxis.quick_pens, DayAxisItem.quick_time = before


def _drawn(view: ChartView, on: bool) -> QImage:
    """The chart with every axis' picture recorded anew, its pens kept or made anew."""
    with _kept(on):
        return drawn_anew(view, True)


def _walk(qtbot, pack, lang: str) -> Iterator[ChartView]:
    """The tier-S pack's first indicator through five date ranges it never showed, each end
    moved by weeks: new ranges, new ticks."""
    setup = ComparisonSetup(indicator_id=str(pack.indicators["id"].iat[0]))
    start, end = parse_bound("2005", upper=False), parse_bound("2025", upper=True)
    filters = [Filter(day_from=start + 47 * i, day_to=end - 71 * i) for i in range(5)]
    specs = [build_comparison(pack, setup, f, filter_events(pack, f), lang=lang) for f in filters]
    view = _view(qtbot, specs[0])
    view.resize(1330, 870)  # (the Compare chart's size in the benchmark)
    for spec in specs:
        view.set_spec(spec)
        QApplication.processEvents()
        yield view


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_charts_after_new_filters_keep_their_axes_pens_and_pixels(qtbot, tier_s_pack, lang):
    drawn: dict[int, list] = {}  # axis -> the specs of each state it laid out (pens kept alive)
    for i, view in enumerate(_walk(qtbot, tier_s_pack, lang)):
        assert _drawn(view, False) == _drawn(view, True), i  # (this state laid out last)
        for axis in _axes(view):
            drawn.setdefault(id(axis), []).extend(e[0] for e in axis._specs.values() if e[0] is not None)
    laid_out = [specs for specs in drawn.values() if len(specs) >= 5]  # (the axes shown)
    assert len(laid_out) >= 4  # (several axes, five states each)
    for specs in laid_out:
        # one axis pen and one pen per tick level (its alpha) for every state laid out
        assert len({id(s[0][0]) for s in specs}) == 1
        levels = {(pen.color().alpha(), id(pen)) for s in specs for pen, _a, _b in s[1]}
        assert len(levels) == len({alpha for alpha, _id in levels})


def test_a_time_axis_set_to_time_again_keeps_its_picture_and_height(qtbot, tier_s_pack):
    view = list(_walk(qtbot, tier_s_pack, "en"))[-1]
    _settle(view)
    axis = next(a for a in _axes(view) if isinstance(a, DayAxisItem))
    picture, height = axis.picture, axis.maximumHeight()
    assert picture is not None
    axis.set_categories(None)  # what every line chart's redraw asks
    assert axis.picture is picture and axis.maximumHeight() == height
    axis.set_categories([(0.0, "a\nb"), (1.0, "c")])  # bars with two-line labels: taller
    assert axis.picture is None and not axis.is_time and axis.maximumHeight() > height
    axis.set_categories(None)  # and back: one line of time labels again
    assert axis.is_time and axis.maximumHeight() == height and axis._tickLevels is None
    axis.setTickFont(pg.QtGui.QFont("Sans", 30))  # a slide's larger type: taller
    assert axis.maximumHeight() > height
    axis.set_categories(None)
    assert axis.maximumHeight() > height


@pytest.mark.parametrize("first,then", [("en", "ja"), ("ja", "en")])
def test_a_time_axis_follows_a_new_label_language_over_the_same_range(qtbot, tier_s_pack, first, then):
    """The labels' language changed, the range not: the time axis is drawn in the new language,
    as an axis whose picture is made anew for it (``quick_time`` off) draws it."""
    pack = tier_s_pack
    setup = ComparisonSetup(indicator_id=str(pack.indicators["id"].iat[0]))
    f = Filter(day_from=parse_bound("2020-03", upper=False), day_to=parse_bound("2021-08", upper=True))
    specs = {lang: build_comparison(pack, setup, f, filter_events(pack, f), lang=lang)
             for lang in (first, then)}
    images = {}
    for on in (True, False):
        with _kept(on):
            view = _view(qtbot, specs[first])
            _settle(view)
            view.set_spec(specs[then])
            _settle(view)
            images[on] = _render(view.graphics)
    assert images[True] == images[False]
