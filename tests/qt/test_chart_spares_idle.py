"""The spare panel plots that kept drawings need are made, and drawn once, while the window is idle
(``ChartView._prime_spare``), never in a filter's change: once the chart has been idle, filters
taken back and cleared make no panel plot, and the drawings come back without a redraw; a filter
applied while the spares are still being made is drawn as redrawing in place draws it."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_view import MAX_SPARE_PANELS, ChartView
from tests.qt.helpers import comparison_panel_on

RANGES = [("2010", "2022"), ("2005", "2025")]  # the harness's two ranges taken in turn
# each range applied, taken back in turn, then the filter cleared and a range applied again
STEPS = [0, 1, 0, 1, 0, 1, None, 0, None, 1]


def _plots(view) -> int:
    """The panel plots in the chart's scene: shown, parked, or being made."""
    return sum(isinstance(item, pg.PlotItem) for item in view.graphics.scene().items())


def _full(rows: int) -> int:
    """The plots a chart of ``rows`` rows holds once idle: a spare for each row, made while idle."""
    return rows + min(rows, MAX_SPARE_PANELS)


def _apply(session, step: int | None) -> None:
    if step is None:
        session.clear_filter(origin="filter-clear")
        return
    lo, hi = RANGES[step]
    session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                       day_to=parse_bound(hi, upper=True))


def _idle(qtbot, view) -> None:
    """The event loop run until the chart's idle work is done."""
    qtbot.waitUntil(lambda: not view._grow_labels.isActive(), timeout=20000)


def _picture(view):
    for _ in range(2):
        QApplication.processEvents()
    return (sorted(view.plotted_values()), [view.value_labels(i) for i in range(len(view.plot_items))],
            view.x_range(), view.graphics.grab().toImage())


def _counted(monkeypatch) -> tuple[list[int], list[int]]:
    """[panel plots made], [rows whose lines were drawn], counted from now."""
    made, drawn = [0], [0]
    init, update_lines = chart_panel._PanelPlot.__init__, chart_panel._PanelPlot._update_lines

    def counted_init(self, *args):
        made[0] += 1
        init(self, *args)

    def counted_lines(self, *args):
        drawn[0] += 1
        return update_lines(self, *args)

    monkeypatch.setattr(chart_panel._PanelPlot, "__init__", counted_init)
    monkeypatch.setattr(chart_panel._PanelPlot, "_update_lines", counted_lines)
    return made, drawn


def test_filters_taken_back_and_cleared_make_no_plot_once_idle(qtbot, tier_s_pack, monkeypatch):
    session, panel = comparison_panel_on(qtbot, tier_s_pack, width=1200, height=900, indicator="")
    view = panel.chart_view
    panel.flush()
    _idle(qtbot, view)
    rows = len(view.plot_items)
    assert rows > 1
    assert _plots(view) == _full(rows)  # the spares, made while idle: one a row
    made, drawn = _counted(monkeypatch)
    per_step = []
    for step in STEPS:
        made[0] = drawn[0] = 0
        _apply(session, step)
        panel.flush()  # the filter's own change
        per_step.append((made[0], drawn[0], _plots(view)))
        _idle(qtbot, view)
    assert [m for m, _d, _p in per_step] == [0] * len(STEPS)  # no filter made a panel plot
    assert [p for _m, _d, p in per_step] == [_full(rows)] * len(STEPS)
    # the first ranges' drawings were kept: taken back again, nothing is redrawn
    assert [d for _m, d, _p in per_step[4:6]] == [0, 0]
    assert sum(d for _m, d, _p in per_step[:4]) > 0
    panel.close()


def _walk(qtbot, pack, monkeypatch, keep: bool) -> list[tuple]:
    """The chart after each step, each step applied while the spare plots are still being made
    (``keep``), or with each row redrawn in place (the reference)."""
    monkeypatch.setattr(ChartView, "keep_drawn", keep)
    session, panel = comparison_panel_on(qtbot, pack, width=1200, height=900, indicator="")
    view = panel.chart_view
    panel.flush()
    if keep:  # a spare half made and another not yet begun when the first filter comes
        qtbot.waitUntil(lambda: view._primed >= 2 and view._priming is not None, timeout=20000)
        assert _plots(view) < _full(len(view.plot_items))
    states = []
    most = len(view.plot_items)
    for step in STEPS:
        _apply(session, step)
        panel.flush()
        states.append(_picture(view))  # (two event-loop turns: two steps of the idle work)
        most = max(most, len(view.plot_items))
    if keep:  # the spares made once the window is idle, no more
        _idle(qtbot, view)
        assert _plots(view) == _full(most)
    panel.close()
    monkeypatch.undo()
    return states


def test_a_filter_applied_while_spares_are_made_is_drawn_right(qtbot, tier_s_pack, monkeypatch):
    ours = _walk(qtbot, tier_s_pack, monkeypatch, keep=True)
    theirs = _walk(qtbot, tier_s_pack, monkeypatch, keep=False)
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[:3] != b[:3]] == []
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[3] != b[3]] == []
    assert all(state[0] for state in ours)


def test_spares_made_while_idle_leave_the_range_shown(qtbot, tier_s_pack):
    # (each spare is laid out out of sight: its view's resizes once put the shown panels back
    # to the whole span, undoing a pan)
    _session, panel = comparison_panel_on(qtbot, tier_s_pack, width=1200, height=900, indicator="")
    view = panel.chart_view
    panel.flush()
    shown = view.x_range()
    assert shown is not None
    lo, hi = shown
    view.plot_items[0].setXRange(lo + 0.2 * (hi - lo), lo + 0.6 * (hi - lo), padding=0)
    panned = view.x_range()
    _idle(qtbot, view)
    assert _plots(view) == _full(len(view.plot_items))
    assert view.x_range() == panned
    panel.close()


def test_no_spare_for_rows_with_many_labels(qtbot, tier_s_pack, monkeypatch):
    # (a spare holds a text per label and the spare texts: at tier L, 152 labels, ~10 MB a spare)
    monkeypatch.setattr(ChartView, "SPARE_LABELS_LIMIT", 2)
    session, panel = comparison_panel_on(qtbot, tier_s_pack, width=1200, height=900, indicator="")
    view = panel.chart_view
    panel.flush()
    _idle(qtbot, view)
    rows = len(view.plot_items)
    assert rows > 1 and _plots(view) == rows
    for step in STEPS:  # each kept drawing's row redrawn in place: still drawn, no plot made
        _apply(session, step)
        panel.flush()
        _idle(qtbot, view)
        assert _plots(view) == rows and view.plotted_values()
    panel.close()
