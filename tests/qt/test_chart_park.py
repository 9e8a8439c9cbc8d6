"""A panel a filter no longer needs is parked out of the chart's layout but left in the scene
(``chart_panel._out_of_layout``), not taken out of the scene and put back as pyqtgraph's
``removeItem`` does: a focus partner that drops panels and its clearing that brings them back
draw, step by step, what the code before drew (``_PanelPlot.quick_park = False``: the reference),
with the same panels in the layout and the same items in the scene."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.charts import comparison
from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views import chart_panel
from tests.qt.helpers import comparison_panel_on


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _scene_state(view) -> tuple:
    scene = view.graphics.scene()
    return (len(view.plot_items), view.accessibleDescription(),
            sorted(type(i).__name__ for i in scene.items() if i.isVisible()),
            len(scene.items()), view.x_range(), view.graphics.grab().toImage())


def _walk(qtbot, pack, indicator: str, partners: list, quick: bool, monkeypatch,
          flag: str = "quick_park", state=_scene_state) -> list:
    """``state`` of the chart after each step of ``partners`` (None: the filter cleared), with the
    ``_PanelPlot`` switch ``flag`` on (the new path) or off (the reference)."""
    monkeypatch.setattr(chart_panel._PanelPlot, flag, quick)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    _settle(panel)
    out = []
    for chosen in partners:
        if chosen is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="filter-bar", partners=frozenset(chosen))
        _settle(panel)
        out.append(state(panel.chart_view))
    panel.close()
    return out


def _partners(pack) -> list:
    from benchmarks.scenarios.filtering import focus_actor

    focus = focus_actor(pack)
    return [{focus}, None, {focus}, None, {focus}]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_parked_panels_draw_what_they_drew(qtbot, monkeypatch, request, which):
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    partners = _partners(pack)
    ours = _walk(qtbot, pack, indicator, partners, True, monkeypatch)
    theirs = _walk(qtbot, pack, indicator, partners, False, monkeypatch)
    if which == "tier_s":  # the walk parks panels and brings them back
        assert len({step[0] for step in ours}) > 1
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:5] == b[:5], i
        assert a[5] == b[5], i


def _layout_state(view) -> tuple:
    ci = view.graphics.ci
    plots = view.plot_items
    rows = {r: {c: plots.index(i) if i in plots else -1 for c, i in cols.items()} for r, cols in ci.rows.items()}
    grid = [(ci.layout.itemAt(i).graphicsItem() in plots) for i in range(ci.layout.count())]
    borders = sorted((b.zValue(), b.pen().color().name(), b.pen().style()) for b in ci.itemBorders.values())
    geometry = [tuple(p.geometry().getRect()) for p in plots]
    return rows, grid, borders, (ci.currentRow, ci.currentCol), geometry


def _added_state(view) -> tuple:
    return (len(view.plot_items), view.accessibleDescription(), view.x_range(),
            [p.vb.viewRange() for p in view.plot_items], _layout_state(view),
            view.graphics.grab().toImage())


def _added_walk(qtbot, pack, indicator: str, partners: list, quick: bool, monkeypatch,
                flag: str = "quick_add") -> list:
    return _walk(qtbot, pack, indicator, partners, quick, monkeypatch, flag, _added_state)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_panels_added_with_one_layout_pass_draw_what_they_drew(qtbot, monkeypatch, request, which):
    """Panels a cleared filter brings back are put into the layout and laid out once
    (``_PanelPlot.add_to``), not laid out once per panel by pyqtgraph's ``addItem``: the same
    panels, ranges, layout bookkeeping, geometry and pixels at every step."""
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    partners = _partners(pack)
    ours = _added_walk(qtbot, pack, indicator, partners, True, monkeypatch)
    theirs = _added_walk(qtbot, pack, indicator, partners, False, monkeypatch)
    if which == "tier_s":  # the walk adds panels back
        assert len({step[0] for step in ours}) > 1
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:5] == b[:5], i
        assert a[5] == b[5], i


def test_panels_added_by_pyqtgraph_on_another_version(monkeypatch):
    """Another pyqtgraph than the one ``_into_layout`` follows: pyqtgraph's own ``addItem``."""
    calls = []
    monkeypatch.setattr(chart_panel.pg, "__version__", "0.14.1")
    monkeypatch.setattr(chart_panel, "_into_layout", lambda *a: calls.append("ours"))

    class _Layout:
        def addItem(self, item, row, col):
            calls.append(("pyqtgraph", row, col))

    class _Slot:
        plot = object()

    chart_panel._PanelPlot.add_to(_Slot(), _Layout(), 2)
    assert calls == [("pyqtgraph", 2, 0)]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_panels_brought_back_equal_are_not_redrawn(qtbot, monkeypatch, request, which):
    """A panel a focus partner parks and its clearing brings back with an equal panel skips its
    redraw (``_PanelPlot.equal_panels``): the same panels, ranges, layout and pixels at every step
    as redrawing it, and the skip is taken."""
    pytest.importorskip("benchmarks.scenarios.filtering")
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    partners = _partners(pack)
    # The spec built last alone kept: a clearing brings the panels back equal, not the very same
    # (with the specs kept, they come back the same objects and either way skips their redraw).
    monkeypatch.setattr(comparison, "KEPT_SPECS", 1)
    pack.__dict__.pop(comparison._LAST_SPEC, None)
    drawn = []
    redraw = chart_panel._PanelPlot._update_lines
    monkeypatch.setattr(chart_panel._PanelPlot, "_update_lines",
                        lambda self, *a: (drawn.append(id(self)), redraw(self, *a))[1])
    ours = _added_walk(qtbot, pack, indicator, partners, True, monkeypatch, "equal_panels")
    ours_drawn, drawn[:] = len(drawn), []
    theirs = _added_walk(qtbot, pack, indicator, partners, False, monkeypatch, "equal_panels")
    if which == "tier_s":
        assert len({step[0] for step in ours}) > 1
        assert ours_drawn < len(drawn)  # panels brought back were not drawn again
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert a[:5] == b[:5], i
        assert a[5] == b[5], i
