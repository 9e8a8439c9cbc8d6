"""A step from one event to another keeps the chart's event titles where they were when neither
event is among the titled markers (the layout is not made again), and lays them out again, the
selected one first, when either is: the titles end where a layout from scratch puts them."""

from __future__ import annotations

from explorer.charts.comparison import build_comparison
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup

LINKED_MARKED = {"indicator_id": "goods_exports", "chart": "line", "basis": "published",
                 "markers": "linked"}  # the events linked to the figures: others are unmarked


def _titles(view: ChartView) -> list[tuple[str, bool, float | None]]:
    """Each titled marker: shown or not, and where (a hidden title's place is not drawn)."""
    return [(m.event_id, m.label_shown, round(m.position, 9) if m.label_shown else None)
            for slot in view._slots for m in slot.event_markers.markers.values()
            if m.text is not None]


def _layouts(view: ChartView) -> int:
    return sum(slot.event_markers.layouts for slot in view._slots)


def _fresh(view: ChartView, selected: str | None) -> list[tuple[str, bool, float | None]]:
    """The titles as a layout from scratch places them for ``selected``."""
    EventMarkers.keep_layout = False
    try:
        view.set_selected_event(selected)
        return _titles(view)
    finally:
        EventMarkers.keep_layout = True


def test_a_step_between_unmarked_events_keeps_the_titles_layout(qtbot, default_pack):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(build_comparison(default_pack, ComparisonSetup().with_changes(**LINKED_MARKED), None,
                                   lang="en"))
    view.flush()
    titled = {m.event_id for slot in view._slots for m in slot.event_markers.markers.values()
              if m.text is not None}
    unmarked = [e for e in map(str, default_pack.events["id"]) if e not in titled][:3]
    marked = sorted(titled)[-2:]
    assert len(unmarked) == 3 and len(marked) == 2 and any(s for _e, s, _p in _titles(view))

    previous: str | None = None
    kept_steps = 0
    for selected in (*unmarked, marked[0], unmarked[0], marked[1], marked[0], unmarked[1], None):
        before = _layouts(view)
        view.set_selected_event(selected)
        made = _layouts(view) - before
        assert _titles(view) == _fresh(view, selected), selected
        if selected in titled or previous in titled:  # the selected title goes first: laid out
            assert made > 0, selected
        else:  # from one event no title belongs to, to another: the rows stay
            assert made == 0, selected
            kept_steps += 1
        previous = selected
    assert kept_steps >= 2


def test_a_title_that_left_and_came_back_is_laid_out_again(qtbot, default_pack):
    """A marker that leaves and comes back between two layouts (its title reset) is placed again
    even when the shown markers, in order, are the same as at the last layout."""
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    view.set_spec(build_comparison(default_pack, ComparisonSetup().with_changes(**LINKED_MARKED),
                                   None, lang="en"))
    view.flush()
    em = next(s.event_markers for s in view._slots if s.event_markers.markers)
    wanted = {e: m.marker for e, m in em.markers.items()}
    last = list(wanted)[-1]
    assert em.markers[last].label_shown and em.markers[last].position != 0.95
    laid_out = _titles(view)
    em.set_markers({e: m for e, m in wanted.items() if e != last}, True, None)
    em.set_markers(wanted, True, None)  # back from the pool, last again, its title reset
    em.layout_labels(None)
    assert _titles(view) == laid_out
