"""A line's figures are sorted by (x, value) only when they are not in x order already, and a
series' min/max levels are made only when a view needs them: the chart draws what it drew
when every series was sorted and every pyramid built its levels at once (the code before,
kept here as the reference)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from explorer.charts import decimation
from explorer.charts.chart_spec import Figure
from explorer.charts.decimation import DIRECT_LIMIT, Pyramid
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_items import _Line
from explorer.qt.views.chart_panel import _by_x
from tests.qt.helpers import comparison_panel_on, filter_and_settle

STEPS = (("2010", "2022", None), ("2005", "2025", None), ("2015", "2023", {"us"}),
         ("1990", "2030", None), ("2010", "2022", {"jp"}))


def _old_by_x(figures):
    """The sort as it was: every series, whatever its order."""
    figs = sorted((f for f in figures if f.value is not None), key=lambda f: (f.x, f.value))
    x = np.fromiter((f.x for f in figs), dtype=float, count=len(figs))
    y = np.fromiter((f.value for f in figs), dtype=float, count=len(figs))
    return figs, x, y


def _old_levels(y: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The levels as ``Pyramid.__init__`` made them before they were made on first use."""
    mins, maxs = [y], [y]
    mn, mx = y, y
    while len(mn) > 1:
        if len(mn) % 2:
            mn = np.append(mn, np.inf)
            mx = np.append(mx, -np.inf)
        mn = np.minimum(mn[0::2], mn[1::2])
        mx = np.maximum(mx[0::2], mx[1::2])
        mins.append(mn)
        maxs.append(mx)
    return mins, maxs


def _fig(period: str, x: float, value: float | None) -> Figure:
    return Figure("eu>jp", period, x, value, "v", "v", "", "src", "[1]")


def test_figures_out_of_x_order_or_tied_are_sorted_as_before():
    a = _fig("2020", 18450.0, 5.0)  # a year, centred mid-year
    b = _fig("2020-03", 18336.0, 2.0)  # a month of it, earlier: out of x order
    c = _fig("2020-06", 18428.0, None)  # no value: not drawn
    d = _fig("FY2020", 18450.0, 1.0)  # tied with the year in x: the smaller value first
    e = _fig("2021", 18815.0, 3.0)
    for figures in ((a, b, c, d, e), (b, a, d, e), (b, d, a, e), (a,), (c,), (), (b, e)):
        figs, x, y = _by_x(figures)
        ref_figs, ref_x, ref_y = _old_by_x(figures)
        assert [id(f) for f in figs] == [id(f) for f in ref_figs], figures
        assert x.tolist() == ref_x.tolist() and y.tolist() == ref_y.tolist()
    assert [f.period for f in _by_x((a, b, c, d, e))[0]] == ["2020-03", "FY2020", "2020", "2021"]


def _walk(qtbot, pack, indicator: str) -> tuple[list, list]:
    """Per step: every line's figures, vertices and hit arrays, the value labels, and the
    plot's picture."""
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    session.set_comparison(origin="test", chart="line")
    panel.flush()
    states, images = [], []
    for lo, hi, partners in STEPS:
        filter_and_settle(session, panel, lo, hi, partners)
        view = panel.chart_view
        state: list[tuple] = []
        for slot in view._slots:
            for key, item in slot.items.items():
                if isinstance(item, _Line):
                    pyramid = item.pyramid
                    assert pyramid is not None
                    state.append((key, pyramid.x.tolist(), pyramid.y.tolist(),
                                  item.curve.xData.tolist(), item.curve.yData.tolist(),
                                  slot.periods[key]))
            state.append((slot.hit_x.tolist(), slot.hit_y.tolist(), slot.hit_starts.tolist(),
                          [(s.key, [f.period for f in figs]) for s, figs in slot.line_hits],
                          slot.value_labels.plain_texts()))
        states.append(state)
        images.append(view.graphics.grab().toImage())
    panel.close()
    return states, images


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_lines_draw_what_sorting_every_series_drew(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    sorts = []
    original_sort = chart_panel._by_x

    def counted(figures, columns=None):
        figs = [f for f in figures if f.value is not None]
        xs = [f.x for f in figs]
        sorts.append(any(b <= a for a, b in itertools.pairwise(xs)))
        return original_sort(figures, columns)

    monkeypatch.setattr(chart_panel, "_by_x", counted)
    states, images = _walk(qtbot, pack, indicator)
    assert sorts and not all(sorts)  # series in x order were met (and left unsorted)
    monkeypatch.setattr(chart_panel, "sort_by_x_always", True)
    ref_states, ref_images = _walk(qtbot, pack, indicator)
    assert any(len(s) > 1 for s in states)  # lines drawn
    for step, (a, b, image, ref_image) in enumerate(zip(states, ref_states, images, ref_images)):
        assert a == b, STEPS[step]
        assert image == ref_image, STEPS[step]


def test_levels_are_made_when_a_view_first_needs_them_and_equal_the_eager_ones():
    rng = np.random.default_rng(3)
    n = DIRECT_LIMIT * 2 + 37  # odd: the padded levels
    x = np.cumsum(rng.uniform(0.5, 1.5, n))
    y = np.cumsum(rng.normal(0, 1, n))
    pyr = Pyramid(x, y)
    assert pyr.nbytes == 0  # nothing made yet
    pyr.visible(x[10], x[DIRECT_LIMIT // 2], 800)  # a view of fewer points: one pass, no levels
    assert pyr._levels is None
    whole = pyr.visible(x[0], x[-1], 800, 0.25)  # more than DIRECT_LIMIT in view: the walk
    assert pyr._levels is not None and pyr.nbytes > 0
    mins, maxs = pyr._levels
    ref_mins, ref_maxs = _old_levels(pyr.y)
    assert len(mins) == len(ref_mins)
    assert all(np.array_equal(a, b) for a, b in zip(mins, ref_mins))
    assert all(np.array_equal(a, b) for a, b in zip(maxs, ref_maxs))
    # the walked extremes are the data's own, as with levels made at once
    eager = Pyramid(x, y)
    eager._levels = (ref_mins, ref_maxs)
    again = eager.visible(x[0], x[-1], 800, 0.25)
    assert np.array_equal(whole[0], again[0]) and np.array_equal(whole[1], again[1])
    start = np.array([0, 5, 1000, n - 3])
    stop = np.array([n, 6, 70_000, n])
    mn, mx = Pyramid(x, y).range_extremes(start, stop)  # the walk alone makes them too
    assert mn.tolist() == [y[a:b].min() for a, b in zip(start, stop)]
    assert mx.tolist() == [y[a:b].max() for a, b in zip(start, stop)]
    assert decimation.Pyramid(np.empty(0), np.empty(0)).nbytes == 0
