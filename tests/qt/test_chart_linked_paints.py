"""With "Link time axes" on, a pan or zoom step of the timeline repaints the chart once: the plots'
items catch up with the new x range before the paint (``ChartView._settle_view_change``), not in
it, where pyqtgraph's updates asked for a second paint. The picture after each step is the one the
items drew when they caught up in the paint (``settle_range_changes = False``: the reference)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.data.pack_loader import load_pack
from explorer.paths import default_pack_path
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import PaintRecorder, linked_comparison_on


def _idle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _walk(qtbot, pack, indicator: str, settle: bool, monkeypatch) -> tuple[list[int], list]:
    """Paints of the plot area per step and the plot's picture after each, over pans and zooms."""
    monkeypatch.setattr(ChartView, "settle_range_changes", settle)
    _session, panel, pans, zooms = linked_comparison_on(qtbot, pack, indicator)
    steps = pans + zooms
    panel.follow_time_range(*steps[-1])
    _idle()
    viewport = panel.chart_view.graphics.viewport()
    recorder = PaintRecorder({"plot": viewport})
    paints, pictures = [], []
    for d0, d1 in steps:
        recorder.counts.clear()
        panel.follow_time_range(d0, d1)
        _idle()
        paints.append(recorder.counts.get("plot", 0))
        pictures.append(panel.chart_view.graphics.grab().toImage())
    viewport.removeEventFilter(recorder)
    panel.close()
    return paints, pictures


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_a_linked_step_paints_the_chart_once_and_draws_what_it_drew(qtbot, monkeypatch, request, which):
    pack = load_pack(default_pack_path()) if which == "default" else request.getfixturevalue("tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    paints, pictures = _walk(qtbot, pack, indicator, True, monkeypatch)
    ref_paints, ref_pictures = _walk(qtbot, pack, indicator, False, monkeypatch)
    assert paints == [1] * len(paints), (paints, ref_paints)
    for i, (ours, theirs) in enumerate(zip(pictures, ref_pictures)):
        assert ours == theirs, i
