"""What the Compare chart keeps for filters never applied before: a panel's grid lines for value
ranges it showed a few filters ago (four partners compared in turn bring theirs back), and, in
the event titles' layout, the view's one title frame and the value labels' few boxes compared
one by one. The same pixels and the same title rows as worked out afresh."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.qt.views.chart_axes import _HorizontalGrid
from explorer.qt.views.chart_markers import EventMarkers, _ClearRuns
from explorer.qt.views.chart_view import ChartView
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_marker_clearance import _drawn_as, marked  # noqa: F401 (a fixture)
from tests.qt.test_chart_value_ticks import shown_chart


class _Counted:
    """The grid's axis, with the tick questions the grid asks it counted."""

    def __init__(self, axis, asked: list) -> None:
        self._axis, self._asked = axis, asked

    def __getattr__(self, name: str):
        return getattr(self._axis, name)

    def tickValues(self, *args):
        self._asked.append(args)
        return self._axis.tickValues(*args)


def _grids(view: ChartView) -> list[_HorizontalGrid]:
    return [item for item in view.graphics.scene().items() if isinstance(item, _HorizontalGrid)]


def test_grid_lines_of_value_ranges_that_come_back_are_kept(qtbot, monkeypatch, tier_s_pack):
    pack = tier_s_pack
    view, setup, filters = shown_chart(qtbot, pack)
    filters = filters[:4]
    asked: list = []

    def show(f: Filter) -> None:
        view.set_spec(build_comparison(pack, setup, f, filter_events(pack, f), lang="en"))
        _settle(view)
        for grid in _grids(view):
            if not isinstance(grid._axis, _Counted):
                grid._axis = _Counted(grid._axis, asked)

    for f in filters:  # the first turn: each range asked for once
        show(f)
    ranges = {tuple(slot.plot.getAxis("left").range) for slot in view._slots}
    pictures = []
    asked.clear()
    for f in filters:  # four filters in turn again: their grids' lines found again
        show(f)
        pictures.append(_render(view.graphics))
    assert asked == []
    assert len(ranges) >= 1
    monkeypatch.setattr(_HorizontalGrid, "keep_levels", False)  # the reference: asked every time
    for f, picture in zip(filters, pictures):
        for grid in _grids(view):
            grid._levels.clear()
        show(f)
        QApplication.processEvents()
        assert _render(view.graphics) == picture
    assert asked  # (the reference did ask)
    # A change to what the ticks follow besides the range (their density) is never answered
    # from the kept lines.
    monkeypatch.setattr(_HorizontalGrid, "keep_levels", True)
    show(filters[0])
    asked.clear()
    view._slots[0].plot.getAxis("left").setTickDensity(2.0)
    view._slots[0].grid.update()
    _settle(view)
    assert asked


def _laid_out_as(view: ChartView, monkeypatch, quick: bool) -> tuple:
    """``_drawn_as`` with every panel's titles laid out afresh (not the kept layout)."""
    for slot in view._slots:
        slot.event_markers._layout_key = None
    return _drawn_as(view, monkeypatch, quick)


def test_title_rows_are_laid_out_with_one_frame_whichever_way_boxes_are_compared(marked, monkeypatch):  # noqa: F811
    """The titles' layout asks for the view's title frame once (not once per title tried in a
    row), and lays the same rows, with the same pixels, as the long way and as numpy's way."""
    undo = EventMarkers.title_undo
    calls: list[int] = []

    def counted(frame):
        calls.append(1)
        return undo(frame)

    monkeypatch.setattr(EventMarkers, "title_undo", staticmethod(counted))
    layouts = 0
    for slot in marked._slots:
        em = slot.event_markers
        if not any(m.text is not None for m in em.markers.values()):
            continue
        em._layout_key = None
        calls.clear()
        slot.layout_marker_labels()
        layouts += 1
        assert len(calls) == 1
    assert layouts
    monkeypatch.setattr(EventMarkers, "title_undo", staticmethod(undo))
    lo, hi = marked.x_range()
    few = _ClearRuns.FEW
    for a, b in ((0.0, 1.0), (0.5, 1.0), (0.7, 1.02)):
        marked.set_x_range(lo + (hi - lo) * a, lo + (hi - lo) * b)
        marked.flush()
        quick = _laid_out_as(marked, monkeypatch, True)
        assert any(shown for _e, shown, _p in quick[1]) and not all(shown for _e, shown, _p in quick[1])
        assert quick == _laid_out_as(marked, monkeypatch, False), (a, b)
        monkeypatch.setattr(_ClearRuns, "FEW", -1)  # every layout's boxes compared by numpy
        assert quick == _laid_out_as(marked, monkeypatch, True), (a, b)
        monkeypatch.setattr(_ClearRuns, "FEW", few)
