"""When no titled event marker is in the Compare chart's view (a linked zoom into a stretch without
events), every title is hidden at once, without the view's pixel size, the layout's key or its
rows (``EventMarkers.titles_out_of_view_hidden``). Through views between markers, with a marker
on either edge, the whole span and back, with and without a selected event, in English and
Japanese: the chart is the very same picture, and every title shown or hidden in the same row, as
when the titles are laid out at every view."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup

ALL_MARKED = {"indicator_id": "goods_exports", "chart": "line", "basis": "published",
              "markers": "all"}


def _walk(view: ChartView, ranges, selections, monkeypatch, hidden_at_once: bool):
    monkeypatch.setattr(EventMarkers, "titles_out_of_view_hidden", hidden_at_once)
    pictures, titles = [], []
    made = sum(s.event_markers.layouts for s in view._slots)
    for selected in selections:
        view.set_selected_event(selected[0] if selected else None, *(selected[1:] if selected else ()))
        for lo, hi in ranges:
            view.set_x_range(lo, hi)
            view.flush()
            for _ in range(3):
                QApplication.processEvents()
            pictures.append(view.graphics.grab().toImage())
            titles.append([(m.event_id, m.label_shown, round(m.position, 9) if m.label_shown
                            else None) for s in view._slots
                           for m in s.event_markers.markers.values() if m.text is not None])
    return pictures, titles, sum(s.event_markers.layouts for s in view._slots) - made


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_titles_out_of_view_are_hidden_as_a_layout_hides_them(qtbot, default_pack, monkeypatch,
                                                              lang):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(**ALL_MARKED), None,
                            lang=lang)
    view.set_spec(spec)
    view.flush()
    xs = sorted({m.x for m in spec.markers})
    assert len(xs) >= 6
    lo, hi = view.x_range()
    gaps = sorted(itertools.pairwise(xs), key=lambda g: g[0] - g[1])[:3]  # the widest stretches
    ranges: list[tuple[float, float]] = [(lo, hi)]
    for a, b in gaps:
        inner = (b - a) / 10
        none_in = (a + inner, b - inner)  # no marker in view
        around = (a - inner, b + inner)
        ranges += [none_in, (lo, hi),  # back to a view laid out just before
                   (a, b - inner), (a + inner, b),  # a marker on the left, on the right edge
                   around, none_in, around]
    chosen = spec.markers[len(spec.markers) // 2]
    selections = [None, (chosen.event_id, chosen.x, "")]
    a_pics, a_titles, a_made = _walk(view, ranges, selections, monkeypatch, True)
    b_pics, b_titles, b_made = _walk(view, ranges, selections, monkeypatch, False)
    assert a_titles == b_titles
    assert any(shown for t in a_titles for _e, shown, _p in t)  # (titles were shown)
    assert a_made < b_made  # (views without a marker in them laid nothing out)
    for i, (a, b) in enumerate(zip(a_pics, b_pics)):
        assert isinstance(a, QImage) and a == b, f"view {i}"
