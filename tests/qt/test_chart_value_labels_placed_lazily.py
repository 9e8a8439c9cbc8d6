"""A panel's value labels are placed when the chart is next drawn, not at once on every change
(``chart_items._ValueLabels.quick_place``): through date filters, pans and zooms, a panel hidden
while the view changes, bars and lines, on screen and at an export's size, on the default and a
tier-S pack, the chart draws the very same picture (pixel for pixel), with the same ranges, value
labels and label boxes as when every change placed them at once; and a filter change places each
panel's labels once instead of twice."""

from __future__ import annotations

import pytest

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filters import Filter
from tests.qt.test_chart_value_labels_item import RANGES, _run


def _counting_places(monkeypatch) -> list[int]:
    calls: list[int] = []
    place = chart_items._ValueLabels._place

    def counted(self, *args, **kwargs):
        calls.append(len(self.shown))
        return place(self, *args, **kwargs)

    monkeypatch.setattr(chart_items._ValueLabels, "_place", counted)
    return calls


@pytest.mark.parametrize("which", ["default", "tier_s"])
@pytest.mark.parametrize("chart", ["line", "bar"])
def test_labels_placed_when_drawn_draw_as_when_placed_at_once(qtbot, monkeypatch, request, which, chart):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours = _run(qtbot, pack, indicator, which, chart)
    monkeypatch.setattr(chart_items._ValueLabels, "quick_place", False)
    theirs = _run(qtbot, pack, indicator, which, chart)
    assert len(ours) == len(theirs)
    labelled = False
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        labelled |= any(state[:-1])
        assert state == ref_state, step
        assert image == ref_image, step
    assert labelled  # value labels were drawn


def _boxes(view: ChartView) -> list:
    return [[(r.x(), r.y(), r.width(), r.height()) for r in slot.value_labels.scene_rects()]
            for slot in view._slots]


def _filters(qtbot, pack, indicator: str, which: str, export_px: int | None) -> tuple[list, list[tuple[int, int]]]:
    """Each date filter's picture and label boxes, and how often labels were placed per change."""
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    view.set_export_style(export_px)
    setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
    seen, places = [], []
    for lo, hi in RANGES[which] * 2:
        flt = Filter(day_from=parse_bound(lo, upper=False), day_to=parse_bound(hi, upper=True))
        view.set_spec(build_comparison(pack, setup, flt))
        before = len(chart_items._ValueLabels._place.calls)  # type: ignore[attr-defined]
        view.flush()
        image = view.graphics.grab().toImage()
        places.append((len(chart_items._ValueLabels._place.calls) - before,  # type: ignore[attr-defined]
                       len(view._slots)))
        seen.append((image, _boxes(view), view.value_labels()))
    view.close()
    return seen, places


@pytest.mark.parametrize("which", ["default", "tier_s"])
@pytest.mark.parametrize("export_px", [None, 24])
def test_a_filter_change_places_each_panels_labels_once(qtbot, monkeypatch, request, which, export_px):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    calls = _counting_places(monkeypatch)
    chart_items._ValueLabels._place.calls = calls  # type: ignore[attr-defined]
    ours, places = _filters(qtbot, pack, indicator, which, export_px)
    monkeypatch.setattr(chart_items._ValueLabels, "quick_place", False)
    theirs, eager = _filters(qtbot, pack, indicator, which, export_px)
    for step, (a, b) in enumerate(zip(ours, theirs)):
        assert a[1] == b[1], step  # every label's box in the scene
        assert a[2] == b[2], step  # the labels' texts
        assert a[0] == b[0], step  # the picture
    assert any(boxes for _image, panels, _labels in ours for boxes in panels)
    # after the first chart: at most once per panel a change, where placing at once did it twice
    assert all(n <= panels for n, panels in places[1:]), places
    assert sum(n for n, _ in places[1:]) < sum(n for n, _ in eager[1:]), (places, eager)
