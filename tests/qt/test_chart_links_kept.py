"""The Compare chart's panels keep their time-axis link across redraws instead of being linked
again on every one (``ChartView.quick_link``): through date filters, a focus partner that parks
panels and its clearing that brings them back, a switch to bars and back, and a pan of the first
panel after each step (every line panel follows it), on the default and a tier-S pack, the chart
draws what it drew when every redraw linked the panels again (pixel for pixel, the same x ranges
and panels), and a filter change that keeps the panels links none of them again."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from explorer.charts.chart_spec import ChartKind
from explorer.data.pack_loader import load_pack
from explorer.domain.dates import parse_bound
from explorer.paths import default_pack_path
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import comparison_panel_on


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _state(view: ChartView) -> tuple:
    plots = view.plot_items
    kind = view.spec.kind if view.spec is not None else None
    return (len(plots), [p.vb.viewRange() for p in plots], view.accessibleDescription(), kind,
            view.graphics.grab().toImage())


def _steps(pack) -> list[tuple[str, dict]]:
    from benchmarks.scenarios.filtering import focus_actor

    focus = frozenset({focus_actor(pack)})
    wide = {"day_from": parse_bound("2005", upper=False), "day_to": parse_bound("2025", upper=True)}
    narrow = {"day_from": parse_bound("2010", upper=False), "day_to": parse_bound("2022", upper=True)}
    return [("filter", narrow), ("filter", wide), ("filter", narrow), ("filter", {"partners": focus}),
            ("clear", {}), ("filter", wide), ("chart", {"chart": "bar"}), ("filter", narrow),
            ("chart", {"chart": "auto"}), ("filter", wide), ("filter", {"partners": focus}),
            ("clear", {}), ("filter", narrow)]


def _walk(qtbot, pack, indicator: str, quick: bool, monkeypatch) -> tuple[list, list[int]]:
    """The chart's state after each step and after a pan of its first panel, and how many times
    each step linked a panel."""
    monkeypatch.setattr(ChartView, "quick_link", quick)
    links: list[int] = [0]  # the first chart, then each step
    set_link = pg.PlotItem.setXLink

    def counted(self, view):
        links[-1] += 1
        return set_link(self, view)

    monkeypatch.setattr(pg.PlotItem, "setXLink", counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    out = []
    for kind, changes in _steps(pack):
        links.append(0)
        if kind == "clear":
            session.clear_filter(origin="filter-clear")
        elif kind == "chart":
            session.set_comparison(origin="test", **changes)
        else:
            session.set_filter(origin="filter-bar", **changes)
        _settle(panel)
        view = panel.chart_view
        out.append(_state(view))
        if not view.plot_items:  # nothing to draw for this filter
            continue
        first = view.plot_items[0]
        (x0, x1), _y = first.vb.viewRange()
        first.setXRange(x0 + (x1 - x0) * 0.1, x1 - (x1 - x0) * 0.2, padding=0)  # a user's pan and zoom
        _settle(panel)
        out.append(_state(view))
    panel.close()
    monkeypatch.undo()
    return out, links[1:]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_panels_kept_linked_draw_what_linking_again_drew(qtbot, monkeypatch, request, which):
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    ours, links = _walk(qtbot, pack, indicator, True, monkeypatch)
    theirs, links_before = _walk(qtbot, pack, indicator, False, monkeypatch)
    assert len(ours) == len(theirs)
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:4] == b[:4], i
        assert a[4] == b[4], i
    several = [i for i, state in enumerate(ours) if state[0] > 1]
    assert several  # the walk drew several linked panels
    for state in ours:  # after a pan every line panel shows the first one's time range
        if state[3] is ChartKind.LINE and len({tuple(r[0]) for r in state[1]}) > 1:
            pytest.fail(f"panels not linked: {state[1]}")
    # a date filter that keeps the panels links none again (it linked each but the first)
    assert sum(links) < sum(links_before), (links, links_before)
    assert links[1] == 0, links
