"""A redraw sets each line panel's time range once (``ChartView.quick_range``): the panels linked
to the first no longer follow it on the way before being set themselves. Through the walk of
``test_chart_links_kept`` (date filters, a focus partner, its clearing, bars and back, a user's pan
after each step) on the default and a tier-S pack, the chart draws what it drew when they
followed (pixel for pixel, the same x ranges), the panels still follow a pan of the first, and a
redraw of several panels changes fewer ranges."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from explorer.charts.chart_spec import ChartKind
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import comparison_panel_on
from tests.qt.test_chart_links_kept import _settle, _state, _steps


def _walk(qtbot, pack, indicator: str, quick: bool, monkeypatch) -> tuple[list, int]:
    """The chart's state after each step and after a pan of its first panel, and how many x
    ranges the steps' redraws set."""
    monkeypatch.setattr(ChartView, "quick_range", quick)
    counting = [False, 0]
    set_x = pg.ViewBox.setXRange

    def counted(self, *args, **kwargs):
        if counting[0]:
            counting[1] += 1
        return set_x(self, *args, **kwargs)

    monkeypatch.setattr(pg.ViewBox, "setXRange", counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    out = []
    for kind, changes in _steps(pack):
        counting[0] = True
        if kind == "clear":
            session.clear_filter(origin="filter-clear")
        elif kind == "chart":
            session.set_comparison(origin="test", **changes)
        else:
            session.set_filter(origin="filter-bar", **changes)
        _settle(panel)
        counting[0] = False
        view = panel.chart_view
        out.append(_state(view))
        if not view.plot_items:
            continue
        first = view.plot_items[0]
        (x0, x1), _y = first.vb.viewRange()
        first.setXRange(x0 + (x1 - x0) * 0.1, x1 - (x1 - x0) * 0.2, padding=0)  # a user's pan and zoom
        _settle(panel)
        out.append(_state(view))
    panel.close()
    monkeypatch.undo()
    return out, counting[1]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_ranges_set_once_draw_what_following_the_first_drew(qtbot, monkeypatch, request, which):
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    ours, ranges = _walk(qtbot, pack, indicator, True, monkeypatch)
    theirs, ranges_before = _walk(qtbot, pack, indicator, False, monkeypatch)
    assert len(ours) == len(theirs)
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:4] == b[:4], i
        assert a[4] == b[4], i
    assert any(state[0] > 1 and state[3] is ChartKind.LINE for state in ours)  # linked panels drawn
    for state in ours:  # after a pan every line panel shows the first one's time range
        if state[3] is ChartKind.LINE and len({tuple(r[0]) for r in state[1]}) > 1:
            pytest.fail(f"panels not linked: {state[1]}")
    if which == "tier_s":  # (the default pack's chart has one panel)
        assert ranges < ranges_before, (ranges, ranges_before)
    else:
        assert ranges <= ranges_before, (ranges, ranges_before)
