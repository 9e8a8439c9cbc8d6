"""An event marker's label hidden by the layout (no row for it) or reused from the pool is not
re-placed on every view change and placement: it is placed once, when shown
(``chart_items._MarkerLabel.quick``). Through date filters that pool and reuse markers, linked pans
and zooms after each, and a panel hidden while the view changes, on the default and a tier-S
pack, every shown label sits, reads and draws as when every label was re-placed each time
(``quick = False``, the code before), the same labels show, and the chart's picture is the same,
with fewer placements."""

from __future__ import annotations

import pytest
from pyqtgraph.graphicsItems.InfiniteLine import InfLineLabel

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_items import _MarkerLabel
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.session import Session

RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
                      ("2024", "2026"), ("2010", "2030")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("1990", "2030"),
                     ("2010", "2022"), ("2005", "2025"))}
STEPS = ((0.1, 0.6), (0.15, 0.65), (0.0, 1.0), (0.3, 0.45), (-0.2, 1.3))


def _state(view: ChartView) -> list[tuple]:
    """Per panel, per marker (by event): whether its label shows, its text (which the layout
    measures, shown or not) and, if it shows, its text's place in the label and in the scene,
    its anchor, row and transform; the ranges."""
    out: list[tuple] = []
    for slot in view._slots:
        for event_id, line in sorted(slot.markers.items()):
            label = getattr(line, "label", None)
            if label is None:
                continue
            if not label.isVisible():
                out.append((event_id, False, label.textItem.toPlainText()))
                continue
            out.append((event_id, True, label.textItem.toPlainText(), label.pos(),
                        label.textItem.pos(), label.textItem.sceneBoundingRect(),
                        tuple(label.anchor), label.orthoPos, label.transform()))
        out.append((slot.plot.vb.viewRange(), slot.plot.vb.autoRangeEnabled()))
    return out


def _run(qtbot, pack, indicator: str, which: str) -> tuple[list, int, int]:
    placements = [0]
    reused = [0]
    original = InfLineLabel.updatePosition
    original_reuse = chart_panel._PanelPlot._take_pooled  # every reuse, for its event or another

    def counted(self):
        placements[0] += 1
        return original(self)

    def counted_reuse(self, i, event_id, labelled):
        line = original_reuse(self, i, event_id, labelled)
        reused[0] += labelled
        return line

    InfLineLabel.updatePosition = counted
    chart_panel._PanelPlot._take_pooled = counted_reuse
    try:
        setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
        view = ChartView()
        qtbot.addWidget(view)
        view.resize(900, 560)
        view.show()
        qtbot.waitExposed(view)
        seen = []
        session = Session()
        session.open_pack(pack)
        for lo, hi in RANGES[which]:
            # the markers of the events the filter keeps, as the Compare panel asks for them
            session.set_filter(origin="test", day_from=parse_bound(lo, upper=False),
                               day_to=parse_bound(hi, upper=True))
            spec = build_comparison(pack, setup, session.filter, session.visible_events)
            view.set_x_range(None)
            view.set_spec(spec)
            view.flush()
            assert spec.drawable, (lo, hi)
            seen.append((view.graphics.grab().toImage(), _state(view)))
            span = view.x_range()
            assert span is not None
            x0, x1 = span
            for a, b in STEPS:
                view.set_x_range(x0 + (x1 - x0) * a, x0 + (x1 - x0) * b)
                view.flush()
                seen.append((view.graphics.grab().toImage(), _state(view)))
            slot = view._slots[0]  # hidden while the view changes (as a parked panel), then shown
            slot.plot.hide()
            view.set_x_range(x0 + (x1 - x0) * 0.25, x0 + (x1 - x0) * 0.5)
            view.resize(880, 540)
            view.flush()
            slot.plot.show()
            view.flush()
            seen.append((view.graphics.grab().toImage(), _state(view)))
            view.resize(900, 560)
        view.close()
        return seen, placements[0], reused[0]
    finally:
        InfLineLabel.updatePosition = original
        chart_panel._PanelPlot._take_pooled = original_reuse


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_marker_labels_placed_once_sit_and_draw_as_when_placed_every_time(qtbot, monkeypatch,
                                                                          request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours, our_placements, our_reuses = _run(qtbot, pack, indicator, which)
    monkeypatch.setattr(_MarkerLabel, "quick", False)
    theirs, their_placements, their_reuses = _run(qtbot, pack, indicator, which)
    monkeypatch.undo()
    assert our_reuses == their_reuses > 0  # pooled labelled markers were reused
    shown = hidden = 0
    assert len(ours) == len(theirs)
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, step
        assert image == ref_image, step
        shown += sum(1 for s in state if len(s) > 3)
        hidden += sum(1 for s in state if len(s) == 3 and s[1] is False)
    assert shown and hidden  # labels shown and labels without a row were met
    assert our_placements < their_placements * 0.8, (our_placements, their_placements)
