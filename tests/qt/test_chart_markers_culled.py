"""The Compare chart's event markers draw only the lines that can be seen: inside the view (its
box clips them) and, in a repaint of a small part, inside that part (``EventMarkers.cull_lines``).
A line cut around a title or value label is cut the same, and a line just outside the view's
edge still shows the ink that reaches inside it: with every event marked, the selected one in
its wide pen, and views whose edges fall on, just inside and just outside markers, the chart is
the very same picture as when every line is drawn and clipped; a slide too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.charts.comparison import build_comparison
from explorer.export.view_state import ExportOptions, ViewState
from explorer.qt import exporting
from explorer.qt.views.chart_markers import EventMarkers
from explorer.qt.views.chart_view import ChartView
from explorer.state.comparison_setup import ComparisonSetup

ALL_MARKED = {"indicator_id": "goods_exports", "chart": "line", "basis": "published",
              "markers": "all"}
EDGES_PX = (-5.0, -2.0, -1.0, -0.4, 0.0, 0.4, 1.0, 2.0, 5.0)  # a marker this far past an edge


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _pictures(view: ChartView, ranges, monkeypatch, cull: bool) -> list[QImage]:
    monkeypatch.setattr(EventMarkers, "cull_lines", cull)
    out = []
    for lo, hi in ranges:
        view.set_x_range(lo, hi)
        view.flush()
        _settle()
        out.append(view.graphics.grab().toImage())
    return out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_lines_at_the_views_edges_draw_the_same_culled(qtbot, default_pack, monkeypatch, lang):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    spec = build_comparison(default_pack, ComparisonSetup().with_changes(**ALL_MARKED), None, lang=lang)
    view.set_spec(spec)
    view.flush()
    _settle()
    xs = sorted({m.x for m in spec.markers})
    assert len(xs) >= 6
    chosen = spec.markers[len(spec.markers) // 2]
    view.set_selected_event(chosen.event_id, chosen.x, "")
    lo, hi = view.x_range()
    width = view.plot_items[0].vb.width()
    ranges = [(lo, hi), (lo + (hi - lo) * 0.3, lo + (hi - lo) * 0.6)]
    for x in (xs[1], chosen.x, xs[-2]):
        span = (hi - lo) / 3
        px = span / width
        for k in EDGES_PX:
            ranges.append((x + k * px, x + k * px + span))  # the marker at (or past) the left edge
            ranges.append((x + k * px - span, x + k * px))  # at (or past) the right edge
    culled = _pictures(view, ranges, monkeypatch, True)
    drawn = _pictures(view, ranges, monkeypatch, False)
    assert len(culled) == len(ranges)
    for i, (a, b) in enumerate(zip(culled, drawn)):
        assert a == b, f"range {i}: {ranges[i]}"


def _slide(tmp_path, name: str) -> QImage:
    """The every-event chart's slide: a PNG of 1920×1080 at scale 2, in Japanese."""
    setup = ComparisonSetup().with_changes(**ALL_MARKED)
    options = ExportOptions.make("png", "1920x1080", 2, "")
    out = exporting.export_view(ViewState(view="chart", comparison=setup, label_language="ja"),
                                options, tmp_path / f"{name}.png")
    exporting._warm.drop()
    return QImage(str(out))


def test_a_slide_draws_the_same_culled(qapp, tmp_path, monkeypatch):
    _slide(tmp_path, "first")  # (after other slides, a process's next one drew its title otherwise)
    monkeypatch.setattr(EventMarkers, "cull_lines", True)
    culled = _slide(tmp_path, "culled")
    monkeypatch.setattr(EventMarkers, "cull_lines", False)
    assert not culled.isNull()
    assert culled == _slide(tmp_path, "drawn")


def test_a_few_lines_runs_found_without_numpy_are_the_same(monkeypatch):
    """A few lines and boxes (``_ClearRuns.FEW``) are cut where numpy's way cuts them: 3,000
    random cases, boxes on and beside the lines, titles of drawn and other markers."""
    import random

    import numpy as np

    from explorer.qt.views.chart_markers import Marker, _ClearRuns

    rng = random.Random(1)

    def box(xs: list[float]) -> list[float]:
        x0 = rng.choice([*xs, rng.uniform(0, 100)])
        y0 = rng.uniform(0, 50)
        return [x0 - rng.choice([0.0, rng.uniform(0, 20)]), y0, x0 + rng.choice([0.0, rng.uniform(0, 20)]),
                y0 + rng.uniform(0, 20)]

    cut = 0
    for _ in range(3000):
        drawn = [Marker(f"e{i}", rng.choice([10.0, 20.0, rng.uniform(0, 100)])) for i in range(rng.randint(0, 8))]
        xs = [m.x for m in drawn]
        clear = np.array([box(xs) for _ in range(rng.randint(0, 6))], dtype=float).reshape(-1, 4)
        titles = [rng.choice([*drawn, Marker("other", 5.0)]) for _ in range(rng.randint(0, 3))]
        boxes = np.array([box(xs) for _ in titles], dtype=float).reshape(-1, 4)
        monkeypatch.setattr(_ClearRuns, "FEW", 10 ** 9)
        few = _ClearRuns(drawn, clear, titles, boxes)
        monkeypatch.setattr(_ClearRuns, "FEW", -1)
        many = _ClearRuns(drawn, clear, titles, boxes)
        for i in range(len(drawn)):
            runs = few.of(i, -5.0, 80.0)
            assert runs == many.of(i, -5.0, 80.0)
            cut += len(runs) != 1
    assert cut > 500
