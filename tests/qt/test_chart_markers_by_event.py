"""A marker a filter pooled comes back for the same event when that event is marked again
(``chart_panel._PanelPlot.markers_by_event``): its label keeps its text and format instead of
being re-worded and re-laid out. Through date filters that pool markers and bring the same events
back, with linked pans and zooms after each, on the default and a tier-S pack, every label sits,
reads and draws as when any pooled marker was reused (the code before), and the chart's picture
is the same, with fewer labels re-worded."""

from __future__ import annotations

import pytest
from pyqtgraph.graphicsItems.InfiniteLine import InfLineLabel

from explorer.qt.views import chart_panel
from tests.qt.test_chart_marker_labels_placed_once import _run


def _counted_run(qtbot, monkeypatch, pack, indicator: str, which: str, by_event: bool):
    monkeypatch.setattr(chart_panel._PanelPlot, "markers_by_event", by_event)
    worded = [0]
    original = InfLineLabel.setPlainText

    def counted(self, text):
        worded[0] += text != self.toPlainText()
        return original(self, text)

    monkeypatch.setattr(InfLineLabel, "setPlainText", counted)
    made = [0]
    new_marker = chart_panel._PanelPlot._new_marker

    def counted_new(self, *args):
        made[0] += 1
        return new_marker(self, *args)

    monkeypatch.setattr(chart_panel._PanelPlot, "_new_marker", counted_new)
    seen, _placements, _reused = _run(qtbot, pack, indicator, which)
    monkeypatch.undo()
    return seen, made[0], worded[0]


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_markers_brought_back_for_their_events_draw_as_any_reused_marker(qtbot, monkeypatch,
                                                                        request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours, our_made, our_worded = _counted_run(qtbot, monkeypatch, pack, indicator, which, True)
    theirs, their_made, their_worded = _counted_run(qtbot, monkeypatch, pack, indicator, which, False)
    assert our_made == their_made  # no more markers made: pooled ones reused as before
    assert len(ours) == len(theirs)
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, step
        assert image == ref_image, step
    assert our_worded < their_worded, (our_worded, their_worded)  # labels kept their words
