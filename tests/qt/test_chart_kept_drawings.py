"""A filter cleared or taken back brings back the panel plots that drew it (``ChartView.keep_drawn``,
``_take_slots``): through a walk of partner and date filters, cleared and taken back, the chart
draws at every step, pixel for pixel, what redrawing each row in place draws (the reference), with
the same values, value labels and marker titles; fewer panels are redrawn; the view holds no more
plots than its most rows and ``MAX_SPARE_PANELS``; and a fresh chart on the last filter shows the
same. The spare plots a kept drawing needs are made, and drawn once, while the window is idle: a
filter makes none, and a filter applied while they are made is still drawn right."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_view import MAX_SPARE_PANELS, ChartView
from tests.qt.helpers import comparison_panel_on


def _settle(qtbot, panel, counting: list[bool] | None = None) -> None:
    """The filter's redraw (counted, when ``counting``), then the window idle: the chart's idle
    work (spare label texts, spare plots made and drawn once) done."""
    if counting is not None:
        counting[0] = True
    panel.flush()
    if counting is not None:
        counting[0] = False
    timer = panel.chart_view._grow_labels
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=20000)
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()


def _steps(pack, indicator: str) -> list[dict | None]:
    """Each of the indicator's three most frequent partners alone, two date ranges, each cleared
    and taken back in turn (None: the filter cleared)."""
    obs = pack.observations
    partners = list(obs[obs["indicator_id"] == indicator]["reporter"].value_counts().index[:3])
    alone = [{"partners": frozenset({p})} for p in partners]
    ranges = [{"day_from": parse_bound(lo, upper=False), "day_to": parse_bound(hi, upper=True)}
              for lo, hi in (("2010", "2030"), ("2019", "2024") if len(obs) > 10_000 else ("2024", "2026"))]
    return [alone[0], None, alone[0], None, ranges[0], ranges[1], ranges[0], None, alone[1],
            alone[2], alone[1], None, ranges[1], alone[2], None, alone[0]]


def _state(view) -> tuple:
    """What the chart shows: the values (in any order), each panel's value labels and titled markers, the picture."""
    titles = [sorted((e, m.label_shown, round(m.position, 6)) for e, m in slot.markers.items()
                     if m.text is not None) for slot in view._slots] if view.plot_items else []
    return (sorted(view.plotted_values()), [view.value_labels(i) for i in range(len(view.plot_items))],
            titles, view.x_range(), view.graphics.grab().toImage())


def _plots(view) -> int:
    """The panel plots in the chart's scene, shown, parked or being made."""
    return sum(isinstance(item, pg.PlotItem) for item in view.graphics.scene().items())


def _walk(qtbot, pack, indicator: str, keep: bool, monkeypatch) -> tuple[list, int, int, int]:
    """The chart's state after each step; how many panels the filters' redraws drew anew and
    brought back, and the most plots held beyond the rows drawn at once."""
    monkeypatch.setattr(ChartView, "keep_drawn", keep, raising=False)
    drawn, back, parked = [0], [0], [0]
    counting = [False]
    update_lines, unpark = chart_panel._PanelPlot._update_lines, chart_panel._PanelPlot.unpark

    def counted_lines(self, *args):
        drawn[0] += counting[0]
        return update_lines(self, *args)

    def counted_unpark(self):
        back[0] += 1
        return unpark(self)

    monkeypatch.setattr(chart_panel._PanelPlot, "_update_lines", counted_lines)
    monkeypatch.setattr(chart_panel._PanelPlot, "unpark", counted_unpark)
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    session.set_comparison(origin="test", chart="line")
    _settle(qtbot, panel)
    drawn[0] = back[0] = 0
    states = []
    most = len(panel.chart_view.plot_items)
    for step in _steps(session.pack, session.comparison.indicator_id):
        if step is None:
            session.clear_filter(origin="filter-clear")
        else:
            session.set_filter(origin="filter-bar", **step)
        _settle(qtbot, panel, counting)
        states.append(_state(panel.chart_view))
        most = max(most, len(panel.chart_view.plot_items))
        parked[0] = max(parked[0], _plots(panel.chart_view) - most)
    panel.close()
    monkeypatch.undo()
    return states, drawn[0], back[0], parked[0]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_drawings_brought_back_draw_what_redrawing_draws(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    ours, drawn, _back, parked = _walk(qtbot, pack, indicator, True, monkeypatch)
    theirs, ref_drawn, _ref_back, _ = _walk(qtbot, pack, indicator, False, monkeypatch)
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[:4] != b[:4]] == []
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[4] != b[4]] == []
    assert sum(1 for state in ours if state[0]) >= len(ours) - 2  # (a partner may have no figures)
    assert drawn < ref_drawn  # the filters cleared or taken back drew nothing anew
    assert 0 < parked <= MAX_SPARE_PANELS
    # a fresh chart on the walk's last filter shows the same (its picture may be taller: the
    # plots keep the tallest room they had for a chart, either way)
    session, fresh = comparison_panel_on(qtbot, pack, indicator=indicator)
    session.set_comparison(origin="test", chart="line")
    last = _steps(session.pack, session.comparison.indicator_id)[-1]
    assert last is not None
    session.set_filter(origin="filter-bar", **last)
    _settle(qtbot, fresh)
    assert _state(fresh.chart_view)[:3] == ours[-1][:3]
    fresh.close()



def test_a_drawing_is_kept_only_if_it_can_still_be_there_when_it_comes_back(qtbot, tier_s_pack):
    """A row's drawing seen before is parked for its next return (a spare plot draws the next
    filter), and each swap draws over the oldest parked drawing: one drawn again after more
    other panels than the view has spare plots would be drawn over before it came back, so it is
    redrawn in place instead (partners in turn at tier M swapped at every new filter for nothing,
    ~1 ms each)."""
    session, panel = comparison_panel_on(qtbot, tier_s_pack, indicator="")
    session.set_comparison(origin="test", chart="line")
    obs = tier_s_pack.observations
    rows = obs[obs["indicator_id"] == session.comparison.indicator_id]
    view = panel.chart_view
    panels = []
    for p in rows["reporter"].value_counts().index:
        session.set_filter(origin="filter-bar", partners=frozenset({p}))
        _settle(qtbot, panel)
        if view._spec is not None and view._spec.panels:  # (a partner may have no figures)
            panels.append(view._spec.panels[0])
        if len(panels) == 5:
            break
    assert len(panels) == 5
    spec = view._spec
    view._seen.clear()
    view._spare = view._spare[:2]
    assert len(view._spare) == 2

    def seen(i: int) -> bool:
        return view._seen_before(panels[i], spec.kind, spec.basis)

    assert [seen(0), seen(1), seen(0)] == [False, False, True]  # back after one other: kept
    assert [seen(2), seen(3), seen(4)] == [False, False, False]
    assert seen(1) is False  # back after four others (0, 2, 3, 4): it would be drawn over
    assert seen(4) is True  # back after one other (1)
    panel.close()
