"""When only the Compare chart's event markers change (a search that keeps the figures, a step to
the next event), what the window shows is what a fresh paint of the whole chart shows, pixel for
pixel, and a step repaints only the part of the chart where its markers changed."""

from __future__ import annotations

import collections

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup
from explorer.state.filtering import filter_events
from explorer.state.filters import Filter

SMALL = 0.4  # a step's repaint covers less than this share of the chart


class _Paints(QObject):
    """The region of every paint event of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.regions: list = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False


def _on_screen(view: ChartView) -> QImage:
    """The chart's pixels as the window holds them (what was painted, not a fresh paint)."""
    viewport = view.graphics.viewport()
    at = viewport.mapTo(view.window(), QPoint(0, 0))
    shot = view.window().windowHandle().screen().grabWindow(
        view.window().winId(), at.x(), at.y(), viewport.width(), viewport.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _fresh(view: ChartView) -> QImage:
    """The chart painted afresh, every item of it."""
    return view.graphics.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _settle(view: ChartView, qtbot) -> None:
    view.flush()
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def _words(pack, spec) -> list[str]:
    """Search words for a walk that removes, changes, keeps and brings back markers: the two
    commonest longer words of the marked events' titles."""
    titles = {str(e): str(t) for e, t in zip(pack.events["id"], pack.events["title"])}
    words = collections.Counter(w.lower() for m in spec.markers
                                for w in set(titles[m.event_id].split()) if len(w) >= 5)
    first, second = (w for w, _n in words.most_common(2))
    return ["", first, second, second, first, ""]


def _walk(qtbot, pack, setup: ComparisonSetup, lang: str) -> int:
    """Searches, then steps from event to event in date order: after each, the window's chart
    equals a fresh paint. Returns how many steps repainted a small part of the chart."""
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    spec = build_comparison(pack, setup, None, lang=lang)
    view.set_spec(spec)
    _settle(view, qtbot)
    paints = _Paints(view.graphics.viewport())
    shown_counts = []
    for word in _words(pack, spec):
        f = Filter(text=word)
        view.set_spec(build_comparison(pack, setup, f, filter_events(pack, f), lang=lang))
        _settle(view, qtbot)
        shown_counts.append(sum(len(s.event_markers.markers) for s in view._slots))
        assert _on_screen(view) == _fresh(view), word
    assert len(set(shown_counts)) >= 3  # markers removed, added and kept
    # steps: from one event to the next by date, within the chart's span, marked or not
    lo, hi = view.x_range() or (0.0, 0.0)
    days = pack.events["start_day"].to_numpy(dtype=float)
    rows = [int(r) for r in np.argsort(days, kind="stable") if lo <= days[r] <= hi]
    start = len(rows) // 3
    area = view.graphics.viewport().width() * view.graphics.viewport().height()
    small = 0
    for row in rows[start:start + 10]:
        paints.regions.clear()
        view.set_selected_event(str(pack.events["id"].iat[row]), float(days[row]),
                                str(pack.events["title"].iat[row]))
        _settle(view, qtbot)
        covered = [r.boundingRect() for r in paints.regions]  # (before the fresh paint's)
        assert _on_screen(view) == _fresh(view), row
        if covered and max(r.width() * r.height() for r in covered) < SMALL * area:
            small += 1
    view.close()
    return small


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_markers_changing_repaint_as_a_fresh_paint_default_pack(qtbot, default_pack, lang):
    setup = ComparisonSetup().with_changes(indicator_id="goods_exports", chart="line",
                                           basis="published", markers="all")
    assert _walk(qtbot, default_pack, setup, lang) >= 3


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_markers_changing_repaint_as_a_fresh_paint_tier_s(qtbot, tier_s_pack, lang):
    setup = ComparisonSetup().with_changes(indicator_id=str(tier_s_pack.indicators["id"].iat[0]),
                                           chart="line", markers="all")
    assert _walk(qtbot, tier_s_pack, setup, lang) >= 3


def test_the_whole_chart_repaints_with_partial_repaints_off(qtbot, default_pack):
    """The reference: with every change repainting the whole plot, no step is a small repaint
    (so the count above tells the partial repaints apart)."""
    setup = ComparisonSetup().with_changes(indicator_id="goods_exports", chart="line",
                                           basis="published", markers="all")
    EventMarkers.partial_repaint = False
    try:
        assert _walk(qtbot, default_pack, setup, "en") == 0
    finally:
        EventMarkers.partial_repaint = True
