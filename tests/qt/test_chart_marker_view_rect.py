"""An event marker's view bounds by arithmetic (``chart_items._MarkerLine.viewRect``): the
numbers pyqtgraph's mapping gives; and its bounds kept while the view's y range, x span and
size, the widget's scale and its pens stay (``_MarkerLine.boundingRect``). Every marker's
bounds, line ends and label (place, anchor) and the chart's picture are those of pyqtgraph's way
(``quick_view = quick_bounds = False``), through date
filters that pool and reuse markers, a selected event (its marker and the extra marker), linked
pans and zooms, a resize and a panel hidden while its view changed, on the default and a tier-S
pack. A line that is not vertical, or not directly in a view box, takes pyqtgraph's way."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from explorer.charts.comparison import build_comparison
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_items import _MarkerLine
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.session import Session

RANGES = {"default": (("2024", "2026"), ("2015", "2023"), ("2010", "2030"), ("2023", "2024")),
          "tier_s": (("2010", "2022"), ("2005", "2025"), ("1990", "2030"), ("2015", "2023"))}
STEPS = ((0.1, 0.6), (0.15, 0.65), (0.2, 0.7), (0.25, 0.75), (0.0, 1.0), (0.3, 0.45), (-0.2, 1.3))


def _rect(r) -> tuple[float, float, float, float]:
    return (r.x(), r.y(), r.width(), r.height())


def _mapped(line: _MarkerLine) -> tuple[float, float, float, float]:
    """The view's bounds in the line's coordinates by pyqtgraph's mapping (public calls)."""
    vb = line.getViewBox()
    return _rect(line.mapRectFromView(vb.viewRect()).normalized())


def _state(view: ChartView, check: bool) -> list[tuple]:
    out: list[tuple] = []
    for slot in view._slots:
        lines = sorted(slot.markers.items())
        if slot.extra_marker is not None:
            lines.append(("(extra)", slot.extra_marker))
        for event_id, line in lines:
            if not line.isVisible():
                continue
            bounds = _rect(line.boundingRect())  # (asks for the view's bounds)
            seen = _rect(line.viewRect())
            if check:  # the same numbers as the mapping, to the last bit
                assert seen == _mapped(line), event_id
            entry: tuple = (event_id, seen, bounds, line._endPoints, line.value())
            label = getattr(line, "label", None)
            if label is not None and label.isVisible():
                entry += (label.textItem.toPlainText(), label.pos(), tuple(label.anchor),
                          label.textItem.sceneBoundingRect(), label.transform())
            out.append(entry)
        out.append((slot.plot.vb.viewRange(),))
    return out


def _run(qtbot, pack, indicator: str, which: str, check: bool) -> list:
    setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    seen = []
    session = Session()
    session.open_pack(pack)
    selected = False
    for lo, hi in RANGES[which]:
        session.set_filter(origin="test", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        spec = build_comparison(pack, setup, session.filter, session.visible_events)
        view.set_x_range(None)
        view.set_spec(spec)
        view.flush()
        assert spec.drawable, (lo, hi)
        if not selected and spec.markers:  # a marker selected: kept through the filters (or drawn as the extra)
            m = min(spec.markers, key=lambda marker: marker.x)  # the earliest: filtered out later
            view.set_selected_event(m.event_id, m.x, m.label)
            view.flush()
            selected = True
        seen.append((view.graphics.grab().toImage(), _state(view, check)))
        span = view.x_range()
        assert span is not None
        x0, x1 = span
        for a, b in STEPS:
            view.set_x_range(x0 + (x1 - x0) * a, x0 + (x1 - x0) * b)
            view.flush()
            seen.append((view.graphics.grab().toImage(), _state(view, check)))
        slot = view._slots[0]  # hidden while the view changes and resizes, then shown
        slot.plot.hide()
        view.set_x_range(x0 + (x1 - x0) * 0.25, x0 + (x1 - x0) * 0.5)
        view.resize(880, 540)
        view.flush()
        slot.plot.show()
        view.flush()
        seen.append((view.graphics.grab().toImage(), _state(view, check)))
        view.resize(900, 560)
    view.close()
    return seen


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_marker_view_bounds_by_arithmetic_equal_pyqtgraphs(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    assert _MarkerLine.quick_view and _MarkerLine.quick_bounds
    computed = [0]
    original = pg.InfiniteLine.pixelVectors  # (asked once per computation of a line's bounds)

    def counted(self, *args, **kwargs):
        computed[0] += isinstance(self, _MarkerLine)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pg.InfiniteLine, "pixelVectors", counted)
    ours = _run(qtbot, pack, indicator, which, check=True)
    our_computed, computed[0] = computed[0], 0
    monkeypatch.setattr(_MarkerLine, "quick_view", False)
    monkeypatch.setattr(_MarkerLine, "quick_bounds", False)
    theirs = _run(qtbot, pack, indicator, which, check=False)
    monkeypatch.undo()
    assert our_computed < computed[0], (our_computed, computed[0])  # bounds kept on pans
    assert len(ours) == len(theirs)
    labelled = extra = 0
    for step, ((image, state), (ref_image, ref_state)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, step
        assert image == ref_image, step
        labelled += sum(1 for s in state if len(s) > 5)
        extra += sum(1 for s in state if s[0] == "(extra)")
    assert labelled  # shown labels were placed from these bounds
    assert extra  # and the selected event's extra marker (its event filtered out)


def test_a_line_not_vertical_or_not_in_a_view_box_takes_pyqtgraphs_way(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    plot = widget.getPlotItem()
    plot.setXRange(10.0, 30.0, padding=0)
    plot.setYRange(-3.0, 7.0, padding=0)
    vertical = _MarkerLine("a")
    vertical.setValue(17.25)
    plot.addItem(vertical, ignoreBounds=True)
    level = _MarkerLine("b")
    level.setAngle(0)
    level.setValue(2.5)
    plot.addItem(level, ignoreBounds=True)
    outside = _MarkerLine("c")  # in the view box's scene, not in its child group
    outside.setParentItem(plot.vb)
    outside.setValue(5.0)
    for line in (vertical, level, outside):
        assert _rect(line.viewRect()) == _mapped(line)
    assert vertical._quick_view is not None  # by arithmetic
    assert level._quick_view is None and outside._quick_view is None  # pyqtgraph's way
    plot.setXRange(12.0, 20.0, padding=0)  # a view change forgets the bounds
    qtbot.waitUntil(lambda: plot.vb.viewRange()[0] == [12.0, 20.0])
    widget.scene().prepareForPaint()  # (the view's transform follows its range before a paint)
    assert _rect(vertical.viewRect()) == _mapped(vertical) == (-3.0, 17.25 - 20.0, 10.0, 8.0)
    widget.close()


def _pens_run(qtbot, pack, indicator: str, which: str) -> tuple[list, int]:
    calls = [0]
    original = pg.InfiniteLine.setPen

    def counted(self, *args, **kwargs):
        calls[0] += 1
        return original(self, *args, **kwargs)

    pg.InfiniteLine.setPen = counted
    try:
        setup = ComparisonSetup().with_changes(indicator_id=indicator, chart="line")
        view = ChartView()
        qtbot.addWidget(view)
        view.resize(900, 560)
        view.show()
        qtbot.waitExposed(view)
        session = Session()
        session.open_pack(pack)
        seen = []
        for n, (lo, hi) in enumerate(RANGES[which] * 2):
            session.set_filter(origin="test", day_from=parse_bound(lo, upper=False),
                               day_to=parse_bound(hi, upper=True))
            spec = build_comparison(pack, setup, session.filter, session.visible_events)
            view.set_spec(spec)
            view.flush()
            if n == 2 and spec.markers:  # one selected: the wide pen, then back
                view.set_selected_event(spec.markers[0].event_id)
            elif n == 5:
                view.set_selected_event(None)
            view.flush()
            pens = [(event_id, line.pen.color().name(), line.pen.widthF(), line.pen.style(),
                     line.currentPen.widthF(), line.hoverPen.widthF())
                    for slot in view._slots for event_id, line in sorted(slot.markers.items())]
            seen.append((view.graphics.grab().toImage(), pens))
        view.close()
        return seen, calls[0]
    finally:
        pg.InfiniteLine.setPen = original


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_marker_pens_made_mitred_draw_the_same_and_are_not_set_again(qtbot, monkeypatch,
                                                                     request, which):
    """The markers' pens are made with the mitred joins pyqtgraph's paint gives them, so a pen
    painted once still equals the panel's and is not set again on the next filter change; the
    markers draw as with pens made without (set again on every change)."""
    from PySide6.QtCore import Qt

    from explorer.qt.views.chart_panel import _PanelPlot

    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else str(pack.indicators["id"].iat[0])
    ours, our_calls = _pens_run(qtbot, pack, indicator, which)
    original = _PanelPlot.style_markers

    def unmitred(self, selected):  # the pens as made before: pyqtgraph's default joins
        if self._marker_styles[0] is not None:
            for pen in self._marker_styles[1][:2]:
                pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
        return original(self, selected)

    monkeypatch.setattr(_PanelPlot, "style_markers", unmitred)
    theirs, their_calls = _pens_run(qtbot, pack, indicator, which)
    monkeypatch.undo()
    assert len(ours) == len(theirs)
    for step, ((image, pens), (ref_image, ref_pens)) in enumerate(zip(ours, theirs)):
        assert pens == ref_pens, step
        assert image == ref_image, step
    assert any(p[2] == 3 for _image, pens in ours for p in pens)  # the selected pen was met
    assert our_calls < their_calls, (our_calls, their_calls)  # (new markers take a pen once)
