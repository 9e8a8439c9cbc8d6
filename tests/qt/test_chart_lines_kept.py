"""A line a filter no longer draws is hidden in its plot and kept there for a later series
(``chart_panel._PanelPlot.quick_lines``), not taken out of the plot and added again; lines stack
by z in the order they were put on top. Through partner filters set, swapped and cleared, each
followed by a zoom, on the default and a tier-S pack, the chart draws what it drew when lines
left the plot and came back (``quick_lines = False``, the code before): the same pixels, the same
ranges and the same lines shown in the same stacking order."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_items import _Line
from tests.qt.helpers import comparison_panel_on


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _filters(pack) -> list:
    from benchmarks.scenarios.filtering import _partners_with_figures, filters, focus_actor

    first, second = (_partners_with_figures(pack) * 2)[:2]
    chosen = [{"partners": frozenset({focus_actor(pack)})}, None, *filters(pack), None,
              {"partners": frozenset({second})}, {"partners": frozenset({first})}, None]
    return chosen


def _lines(view) -> list:
    """Per panel, the shown lines from bottom to top: (series, colour, vertices)."""
    out = []
    for plot in view.plot_items:
        lines = [i for i in plot.vb.childGroup.childItems() if isinstance(i, _Line) and i.isVisible()]
        out.append([(line.opts.get("name"), line.opts["pen"].color().name(), line.display_vertices)
                    for line in sorted(lines, key=_stacking(plot))])
    return out


def _hits(view) -> list:
    """Per panel, what the hover finds: each line's series and figures, and the points' arrays."""
    return [([(series.key, [(f.period, f.x, f.value, f.label) for f in figs]) for series, figs in slot.line_hits],
             slot.hit_x.tolist(), slot.hit_y.tolist(), slot.hit_starts.tolist())
            for slot in view._slots]


def _stacking(plot):
    """A sort key that gives the paint order of the view box's children."""
    children = plot.vb.childGroup.childItems()  # Qt's order: by insertion
    return lambda item: (item.zValue(), children.index(item))


def _walk(qtbot, pack, indicator: str, quick: bool, monkeypatch, flag: str = "quick_lines") -> tuple[list, int]:
    monkeypatch.setattr(chart_panel._PanelPlot, flag, quick)
    added = [0]
    add = pg.PlotItem.addItem

    def counted(self, item, *args, **kwargs):
        added[0] += isinstance(item, _Line)
        return add(self, item, *args, **kwargs)

    monkeypatch.setattr(pg.PlotItem, "addItem", counted)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    view = panel.chart_view
    out = []
    for step, chosen in enumerate(_filters(pack)):
        if chosen is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="filter-bar", **chosen)
        _settle(panel)
        out.append((view.x_range(), [p.vb.viewRange() for p in view.plot_items], _lines(view),
                    view.graphics.grab().toImage(), _hits(view)))
        span = view.x_range()
        if span is not None:
            x0, x1 = span
            view.set_x_range(x0 + (x1 - x0) * 0.2, x0 + (x1 - x0) * 0.7)
            view.flush()
            out.append((view.x_range(), [p.vb.viewRange() for p in view.plot_items], _lines(view),
                        view.graphics.grab().toImage()))
            if step % 2:  # else the next filter comes while zoomed in (kept lines left behind)
                view.set_x_range(None)
                view.flush()
    panel.close()
    monkeypatch.undo()
    return out, added[0]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_lines_kept_in_the_plot_draw_what_lines_added_again_drew(qtbot, monkeypatch, request, which):
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    ours, our_added = _walk(qtbot, pack, indicator, True, monkeypatch)
    theirs, their_added = _walk(qtbot, pack, indicator, False, monkeypatch)
    assert len(ours) == len(theirs)
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:3] == b[:3], i
        assert a[3] == b[3], i
    assert our_added <= their_added
    if which == "tier_s":  # its partners draw different series: lines left and came back
        assert our_added < their_added, (our_added, their_added)


def _series_walk(qtbot, pack, indicator: str, quick: bool, monkeypatch, flag: str = "quick_lines") -> list:
    monkeypatch.setattr(chart_panel._PanelPlot, flag, quick)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    view = panel.chart_view
    keys = [s.key for s in max(panel._spec.panels, key=lambda p: len(p.series)).series]
    out = []
    # the last series alone, then all (the others come back on top of it), then the first
    # alone and all again: the stacking follows the order lines were put on top
    for step, chosen in enumerate(([keys[-1]], keys, [keys[0]], keys, keys[1:3], keys)):
        session.set_comparison(origin="test", series=chosen, chart="line")
        _settle(panel)
        out.append((_lines(view), view.graphics.grab().toImage(), _hits(view)))
        span = view.x_range()
        assert span is not None
        x0, x1 = span  # zoomed in while lines are kept, out again while they are shown
        view.set_x_range(*((x0 + (x1 - x0) * 0.1, x0 + (x1 - x0) * 0.5) if step % 2 == 0 else (None,)))
        view.flush()
        out.append((_lines(view), view.graphics.grab().toImage()))
    panel.close()
    monkeypatch.undo()
    return out


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_lines_brought_back_stack_over_the_lines_that_stayed(qtbot, monkeypatch, request, which):
    """The series of a panel chosen and cleared, zoomed in while some lines are kept: lines come
    back on top of those that stayed, drawn for the view as it is now."""
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "lng_imports_volume" if which == "default" else ""  # three series on one panel; long lines
    ours = _series_walk(qtbot, pack, indicator, True, monkeypatch)
    theirs = _series_walk(qtbot, pack, indicator, False, monkeypatch)
    assert any(len(panel) > (2 if which == "default" else 1) for step in ours for panel in step[0])
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[0] == b[0], i
        assert a[1] == b[1], i
        assert a[2:] == b[2:], i


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_series_sorted_once_while_their_figures_stay(qtbot, monkeypatch, request, which):
    """A series whose figures are the same as at its last update takes its kept sort
    (``_PanelPlot.keep_sorted``): through partner filters set, swapped and cleared, and series
    chosen and cleared, the same hits for the hover, pixels, ranges and lines, and fewer sorts."""
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    sorts = [0]
    by_x = chart_panel._by_x

    def counted(figures, columns=None):
        sorts[0] += 1
        return by_x(figures, columns)

    counts = []
    walks = []
    for keep in (True, False):
        monkeypatch.setattr(chart_panel, "_by_x", counted)
        ours, _ = _walk(qtbot, pack, "goods_exports" if which == "default" else "", keep, monkeypatch,
                        "keep_sorted")
        monkeypatch.setattr(chart_panel, "_by_x", counted)
        series = _series_walk(qtbot, pack, "lng_imports_volume" if which == "default" else "", keep,
                              monkeypatch, "keep_sorted")
        walks.append((ours, series))
        counts.append(sorts[0])
        sorts[0] = 0
    (ours, our_series), (theirs, their_series) = walks
    assert len(ours) == len(theirs) and len(our_series) == len(their_series)
    for i, (a, b) in enumerate([*zip(ours, theirs), *zip(our_series, their_series)]):
        assert a[:3] == b[:3], i
        assert a[3:] == b[3:], i
    assert counts[0] < counts[1], counts
