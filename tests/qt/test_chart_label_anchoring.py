"""Marker labels re-anchor their text only when the result could change
(``chart_items._SteadyTextPos``) and make no Python call per move (``_quiet_geometry``): through
filter changes, linked pans and zooms on the default and a tier-S pack, every label's text sits
where pyqtgraph's own ``TextItem.updateTextPos`` puts it, with the view boxes told of every label
move as pyqtgraph's items tell them (each kept here as the reference, switched in for a whole
run), the plots keep the same ranges and the chart draws the same picture, with fewer
re-anchorings and fewer Python calls. (Value labels are drawn by one item per panel:
tests/qt/test_chart_value_labels_item.py.)"""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter

RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
                      ("2024", "2026"), ("2010", "2030")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("1990", "2030"),
                     ("2010", "2022"), ("2005", "2025"))}
# linked x steps after each filter, as shares of the fitted range: pans and zooms
STEPS = ((0.1, 0.6), (0.15, 0.65), (0.2, 0.7), (0.0, 1.0), (0.3, 0.45), (-0.2, 1.3))


def _labels(view: ChartView) -> list[pg.TextItem]:
    out: list[pg.TextItem] = []
    for slot in view._slots:
        for line in [*slot.markers.values(), *slot.marker_pool]:
            label = getattr(line, "label", None)
            if label is not None:
                out.append(label)
    return out


def _state(view: ChartView) -> list[tuple]:
    """Where every label's text is (in its item, and in the scene), whether it shows, and every
    plot's ranges and auto-range state."""
    return [*((item.isVisible(), item.textItem.pos(), item.textItem.sceneBoundingRect(),
               tuple(item.anchor), item.textItem.toPlainText()) for item in _labels(view)),
            *((slot.plot.vb.viewRange(), slot.plot.vb.autoRangeEnabled()) for slot in view._slots)]


def _run(qtbot, pack, indicator: str, which: str) -> tuple[list, int, int]:
    calls = [0, 0]
    original = pg.TextItem.updateTextPos
    item_change = pg.GraphicsObject.itemChange
    def counted(self):
        calls[0] += 1
        return original(self)

    def changed(self, change, value):
        if isinstance(self, pg.TextItem):
            calls[1] += 1
        return item_change(self, change, value)

    pg.TextItem.updateTextPos = counted
    pg.GraphicsObject.itemChange = changed
    try:
        setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
        view = ChartView()
        qtbot.addWidget(view)
        view.resize(900, 560)
        view.show()
        qtbot.waitExposed(view)
        seen = []
        labelled = {"markers": False, "values": False}
        for lo, hi in RANGES[which]:
            spec = build_comparison(pack, setup, Filter(day_from=parse_bound(lo, upper=False),
                                                        day_to=parse_bound(hi, upper=True)))
            view.set_x_range(None)
            view.set_spec(spec)
            view.flush()
            assert spec.drawable, (lo, hi)
            seen.append((view.graphics.grab().toImage(), _state(view)))
            labelled["markers"] |= any(
                getattr(line, "label", None) is not None and line.label.isVisible()
                for slot in view._slots for line in slot.markers.values())
            labelled["values"] |= any(slot.value_labels.shown for slot in view._slots)
            x0, x1 = view.x_range()
            for a, b in STEPS:
                view.set_x_range(x0 + (x1 - x0) * a, x0 + (x1 - x0) * b)
                view.flush()
                seen.append((view.graphics.grab().toImage(), _state(view)))
            # a panel hidden while the view changes (as a parked panel is), then shown: its
            # labels followed no view change meanwhile, and catch up before the next paint
            slot = view._slots[0]
            slot.plot.hide()
            view.set_x_range(x0 + (x1 - x0) * 0.25, x0 + (x1 - x0) * 0.5)
            view.resize(880, 540)
            view.flush()
            slot.plot.show()
            view.flush()
            seen.append((view.graphics.grab().toImage(), _state(view)))
            view.resize(900, 560)
        assert labelled["markers"] and labelled["values"]  # both kinds of label were drawn
        view.close()
        return seen, calls[0], calls[1]
    finally:
        pg.TextItem.updateTextPos = original
        pg.GraphicsObject.itemChange = item_change


@pytest.mark.parametrize("which", ["default", "tier_s"])
@pytest.mark.parametrize("reference", ["anchoring", "geometry"])
def test_labels_sit_and_draw_as_with_pyqtgraphs_own_handling(qtbot, monkeypatch, request, which,
                                                             reference):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours, our_anchorings, our_calls = _run(qtbot, pack, indicator, which)
    if reference == "anchoring":  # every re-anchoring done, as pyqtgraph does it
        monkeypatch.setattr(chart_items._SteadyTextPos, "updateTextPos",
                            lambda self: pg.TextItem.updateTextPos(self))  # (counted in _run)
    else:  # every label's move and transform sent through itemChange
        monkeypatch.setattr(chart_items, "_quiet_geometry", lambda item: None)
    theirs, their_anchorings, their_calls = _run(qtbot, pack, indicator, which)
    monkeypatch.undo()
    assert len(ours) == len(theirs)
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, step
        assert image == ref_image, step
    if reference == "anchoring":
        assert our_anchorings < their_anchorings * 0.8, (our_anchorings, their_anchorings)
    else:
        assert our_calls < their_calls * 0.5, (our_calls, their_calls)
