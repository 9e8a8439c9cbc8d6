"""The chart's axes keep the draw specs of the ranges they showed: a filter change back to a range
draws the axes from them, and the picture is the one a fresh computation draws."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_axes import SpecsCachingAxis
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.state.session import Session
from tests.qt.helpers import comparison_panel_on


def _settled_image(panel: ComparisonPanel):
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()
    return panel.chart_view.graphics.grab().toImage()


@pytest.mark.parametrize(("indicator", "chart", "new_range"), [("goods_exports", "line", True),
                                                              ("goods_exports", "bar", False),
                                                              ("lng_imports_value", "line", False)])
def test_axes_drawn_from_kept_specs_look_as_freshly_computed_ones(qtbot, monkeypatch, default_pack,
                                                                  indicator, chart, new_range):
    computed = []
    compute = SpecsCachingAxis._computed_specs

    def counting(self, p):
        computed.append(self)
        return compute(self, p)

    monkeypatch.setattr(SpecsCachingAxis, "_computed_specs", counting)
    session, panel = comparison_panel_on(qtbot, default_pack)
    session.set_comparison(origin="test", indicator_id=indicator, chart=chart)
    ranges = [("2005", "2025"), ("2021", "2025"), ("2005", "2025"), ("2021", "2025")]
    kept = []
    for lo, hi in ranges:
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        computed.clear()
        image = _settled_image(panel)
        reused = not computed  # every axis drawn from kept specs
        caching, SpecsCachingAxis.cache_specs = SpecsCachingAxis.cache_specs, False
        try:
            for plot in panel.chart_view.plot_items:
                for name in ("left", "bottom"):
                    plot.getAxis(name).picture = None  # computed again, as pyqtgraph does
                    plot.getAxis(name).update()
            fresh = _settled_image(panel)
        finally:
            SpecsCachingAxis.cache_specs = caching
        assert image == fresh, (lo, hi)
        kept.append(reused)
    # coming back to a range the axes showed draws them from its kept specs; a range they had not
    # shown (the line chart's shorter span) is computed
    assert kept[2:] == [True, True]
    assert kept[1] is not new_range


def test_coming_back_to_a_chart_from_the_message_keeps_its_height(qtbot, default_pack):
    # QGraphicsView hints its scene's height, which follows the widget: each return from the
    # "no figures" message to the chart grew the chart by 2 px and pushed the page past its area
    session = Session()
    panel = ComparisonPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    session.open_pack(default_pack)
    session.set_comparison(origin="test", indicator_id="lng_imports_value", chart="line")
    heights = []
    for lo, hi in [("2015", "2022"), ("2005", "2025")] * 3:
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settled_image(panel)
        if panel.chart_view.plot_items and panel.chart_view.message_text == "":
            heights.append((panel.chart_view.height(), panel.chart_view.graphics.height()))
    assert len(heights) == 3 and len(set(heights)) == 1, heights



def test_filter_changes_reuse_the_symbols_already_rendered(qtbot):
    # a symbol style is rendered once into the scatter's atlas and found again on every later
    # change (new pen and brush objects per change were new atlas entries, re-rendered each time)
    from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Flag, Panel, Series
    from explorer.qt.views.chart_view import ChartView

    def spec(first: int, last: int) -> ChartSpec:
        series = []
        for k, colour in enumerate(("#1f77b4", "#ff7f0e")):
            figs = tuple(Figure(f"s{k}>jp", str(y), float(365 * (y - 1970)), 10.0 + y % 7 + k,
                                "v", "v", ">" if y % 5 == 0 else "", "src", "[1]",
                                (Flag.QUALIFIED,) if y % 5 == 0 else ())
                         for y in range(first, last + 1))
            series.append(Series(f"s{k}>jp", f"S{k} → Japan", f"s{k}", colour, figs))
        return ChartSpec("T", "", "ind", ChartKind.LINE, Basis.PUBLISHED,
                         (Panel("bn USD", tuple(series)),), (("[1]", "Source"),), (), ())

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    sizes = []
    for first, last in [(2000, 2024), (2010, 2020)] * 3:
        view.set_spec(spec(first, last))
        view.flush()
        QApplication.processEvents()
        symbols = view._slots[0].symbols
        assert symbols is not None and len(symbols.data) == 2 * (last - first + 1)
        sizes.append(len(symbols.fragmentAtlas))
    assert sizes[0] > 0 and sizes == sizes[:1] * 6, sizes
