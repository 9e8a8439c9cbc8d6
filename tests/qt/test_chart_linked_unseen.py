"""A linked pan or zoom moves at once only the Compare panels some part of which is on screen; a
panel below the fold of the Compare dock follows when it is scrolled into sight
(``ChartView.follow_when_seen``). Through linked pans and zooms, each followed by a scroll to the
bottom of the chart and back, on the default and a tier-S pack, the window shows the very same
pixels as when every panel follows every step at once; and a read of the chart's range
(``x_range``, ``flush``) finds every panel on it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import assert_same_shots, comparison_panel_on, idle, on_screen


def _walk(qtbot, pack, follow: bool, monkeypatch) -> tuple[list[QImage], int]:
    """The scroll area's pixels after each linked step, scrolled down and back up; and how many
    steps left a panel out of sight behind."""
    monkeypatch.setattr(ChartView, "follow_when_seen", follow)
    _session, panel = comparison_panel_on(qtbot, pack, width=1000, height=330, indicator="")
    panel.set_link_time_axes(True)
    panel.flush()
    view = panel.chart_view
    lo, hi = view.x_range()
    span = (hi - lo) / 4
    start = lo + (hi - lo) / 3
    steps = [(start + span * 0.1 * i, start + span + span * 0.1 * i) for i in (0, 1, 2, 1)]
    steps += [(start - span / 2, start + span * 1.5), (start + span / 4, start + span * 0.75)]
    scroll = panel.findChild(QScrollArea, "compare_results_scroll")
    bar = scroll.verticalScrollBar()
    idle(qtbot)
    assert bar.maximum() > 0  # (the chart is taller than the dock: a panel is below its fold)
    shots, left = [], 0
    for d0, d1 in steps:
        panel.follow_time_range(d0, d1)
        idle(qtbot)
        left += bool(view._unseen)
        shots.append(on_screen(scroll.viewport()))
        bar.setValue(bar.maximum())
        idle(qtbot)
        shots.append(on_screen(scroll.viewport()))
        bar.setValue(0)
        idle(qtbot)
        shots.append(on_screen(scroll.viewport()))
    panel.follow_time_range(*steps[0])
    idle(qtbot)
    ranges = {tuple(round(v, 6) for v in slot.plot.vb.viewRange()[0]) for slot in view._slots}
    assert view.x_range() is not None
    assert {tuple(round(v, 6) for v in slot.plot.vb.viewRange()[0]) for slot in view._slots} == \
        {tuple(round(v, 6) for v in steps[0])}, ranges  # read: every panel on the range
    return shots, left


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_panels_out_of_sight_follow_when_scrolled_into_it(qtbot, which, request, monkeypatch):
    pack = request.getfixturevalue(f"{which}_pack")
    followed, left = _walk(qtbot, pack, True, monkeypatch)
    every, none_left = _walk(qtbot, pack, False, monkeypatch)
    assert none_left == 0
    if which == "tier_s":
        assert left  # (three panels: the third is below the fold)
    assert_same_shots(followed, every)
