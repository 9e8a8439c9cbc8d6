"""A line given new figures by a filter change sets its curve's vertices directly, not through
pyqtgraph's generic ``PlotDataItem.setData`` (which parses its arguments, walks every option and
re-applies every style to the curve): step by step, the curves, their styles and the plot's
picture are those of the generic path (the code before, kept here as the reference)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from explorer.charts.decimation import Pyramid
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_items import _Line
from tests.qt.helpers import comparison_panel_on

# date ranges and partner filters: figures change, series go and come (lines kept and reused)
STEPS = (("2010", "2022", None), ("2005", "2025", None), ("2015", "2023", {"us"}),
         ("2015", "2023", None), ("2023", "2026", {"eu"}), ("1990", "2030", None),
         ("2010", "2022", {"jp"}), ("2005", "2025", None))


def _old_set_series(self, x, y, colour, name, always_thin, by_density=True) -> None:
    """``_Line.set_series`` before the direct path: every change through ``setData``."""
    same = (self._pyramid is not None and self._pens is not None
            and np.array_equal(self._pyramid.x, x) and np.array_equal(self._pyramid.y, y)
            and self._pens[1].color().name() == QColor(colour).name()
            and (self._always_thin, self._by_density) == (always_thin, by_density)
            and self.opts.get("name") == name)
    if same:
        return
    self._pyramid = Pyramid(x, y)
    self._pens = (pg.mkPen(colour, width=2), pg.mkPen(colour, width=1))
    self._always_thin, self._by_density = always_thin, by_density
    self._shown = None
    self.setData(x=self._pyramid.x, y=self._pyramid.y, name=name)


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _line_state(line: _Line) -> tuple:
    curve = line.curve
    pen = curve.opts["pen"]
    original = line.getOriginalDataset()
    return (line.opts.get("name"), curve.isVisible(),
            None if curve.xData is None else curve.xData.tolist(),
            None if curve.yData is None else curve.yData.tolist(),
            pen.color().name(QColor.NameFormat.HexArgb), pen.widthF(), pen.isCosmetic(),
            pen.style(), curve.opts["antialias"], curve.opts["connect"],
            curve.opts["skipFiniteCheck"], curve.double, line.opts["antialias"],
            original[0].tolist(), original[1].tolist(), line.display_vertices)


def _walk(qtbot, pack, indicator: str) -> tuple[list, list, int]:
    """Per step: every line's state by panel and series, and the plot's picture; how many
    ``PlotDataItem.setData`` calls the walk made."""
    calls = []
    generic = pg.PlotDataItem.setData

    def counted(self, *args, **kwargs):
        calls.append(1)
        return generic(self, *args, **kwargs)

    pg.PlotDataItem.setData = counted
    try:
        session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
        session.set_comparison(origin="test", chart="line")
        _settle(panel)
        states, images = [], []
        for lo, hi, partners in STEPS:
            session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                               day_to=parse_bound(hi, upper=True),
                               partners=frozenset(partners) if partners else frozenset())
            _settle(panel)
            view = panel.chart_view
            states.append({(i, key): _line_state(item) for i, slot in enumerate(view._slots)
                           for key, item in slot.items.items() if isinstance(item, _Line)})
            images.append(view.graphics.grab().toImage())
        panel.close()
    finally:
        pg.PlotDataItem.setData = generic
    return states, images, len(calls)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_lines_given_new_figures_draw_what_the_generic_path_draws(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    states, images, calls = _walk(qtbot, pack, indicator)
    monkeypatch.setattr(_Line, "set_series", _old_set_series)
    ref_states, ref_images, ref_calls = _walk(qtbot, pack, indicator)
    assert sum(len(s) for s in states) > len(STEPS)  # lines drawn at every step
    assert calls < ref_calls  # the direct path was taken
    for step, (a, b, image, ref_image) in enumerate(zip(states, ref_states, images, ref_images)):
        assert a == b, STEPS[step]
        assert image == ref_image, STEPS[step]


def test_a_line_that_turns_dense_changes_its_pen_as_the_generic_path_does(qtbot, monkeypatch):
    """Sparse, then dense (one colour, one name: the direct path, with the pen the density
    calls for), then sparse again, then another colour: curve and picture as the generic path."""
    rng = np.random.default_rng(3)
    sparse = (np.arange(20.0) * 30, rng.normal(10, 2, 20))
    dense = (np.arange(3000.0) * 0.2, rng.normal(10, 2, 3000))
    steps = ((*sparse, "#1f77b4"), (*dense, "#1f77b4"), (sparse[0], sparse[1] + 1, "#1f77b4"),
             (*sparse, "#d62728"))

    def run() -> list:
        widget = pg.PlotWidget()
        qtbot.addWidget(widget)
        widget.resize(600, 300)
        widget.show()
        qtbot.waitExposed(widget)
        line = _Line()
        widget.addItem(line)
        out = []
        for x, y, colour in steps:
            line.set_series(x, y, colour, "series", always_thin=False)
            widget.setXRange(float(x[0]), float(x[-1]), padding=0)
            widget.setYRange(0, 20, padding=0)
            QApplication.processEvents()
            out.append((_line_state(line), widget.grab().toImage()))
        widget.close()
        return out

    ours = run()
    monkeypatch.setattr(_Line, "set_series", _old_set_series)
    theirs = run()
    assert ours[0][0][4] != ours[1][0][4] or ours[0][0][5] != ours[1][0][5]  # the pen changed
    for step, ((state, image), (ref_state, ref_image)) in enumerate(zip(ours, theirs)):
        assert state == ref_state, step
        assert image == ref_image, step

