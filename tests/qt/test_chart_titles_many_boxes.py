"""The Compare chart's event titles laid out clear of many value labels (more than
``_ClearRuns.FEW`` reach the title rows, as at tier L): numpy picks each title's boxes, the view's
one title frame places it. The same rows and the same pixels as the long way (each title's
frame worked out afresh), and the boxes do move titles."""

from __future__ import annotations

from explorer.qt.views.chart_markers import EventMarkers, _ClearRuns
from tests.qt.test_chart_marker_clearance import _drawn_as, marked  # noqa: F401 (a fixture)


def _rows_of(view, monkeypatch, quick: bool) -> tuple:
    for slot in view._slots:
        slot.event_markers._layout_key = None  # laid out afresh
    return _drawn_as(view, monkeypatch, quick)


def test_titles_clear_of_many_boxes_take_the_rows_of_the_long_way(marked, monkeypatch):  # noqa: F811
    monkeypatch.setattr(_ClearRuns, "FEW", -1)  # every layout's boxes picked by numpy
    lo, hi = marked.x_range()
    moved = 0
    for a, b in ((0.0, 1.0), (0.3, 0.8), (0.5, 1.0), (0.7, 1.02)):
        marked.set_x_range(lo + (hi - lo) * a, lo + (hi - lo) * b)
        marked.flush()
        quick = _rows_of(marked, monkeypatch, True)
        assert quick == _rows_of(marked, monkeypatch, False), (a, b)
        # the value labels' boxes decide some title's row here (else nothing above is tested)
        with monkeypatch.context() as m:
            m.setattr(EventMarkers, "_value_label_boxes",
                      lambda self, px_w, px_h: self._clear_of[:0])
            free = _rows_of(marked, m, True)
        moved += quick[1] != free[1]
    assert moved
