"""Long line series on screen: the chart draws a few vertices per pixel column, and the picture is
the one every point would give; a filter change updates the chart and its table in place, to
the same picture and cells as a panel opened fresh on the final state."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from explorer.charts.chart_spec import (
    Basis,
    ChartKind,
    ChartSpec,
    Figure,
    Panel,
    Series,
)
from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_view import ChartView
from explorer.qt.views.comparison_panel import ComparisonPanel
from explorer.state.session import Session
from tests.qt.helpers import comparison_panel_on


def _long_spec(n: int, spike_at: int) -> tuple[ChartSpec, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    x = -20_000.0 + np.arange(n) + 0.5
    y = 100 + np.cumsum(rng.normal(0, 0.5, n))
    y[spike_at] += 400.0  # one figure far above the rest: it must stay visible at any zoom
    figs = tuple(Figure("a>jp", "p", float(a), float(b), "v", "v", "", "src", "[1]")
                 for a, b in zip(x, y))
    spec = ChartSpec("Long", "", "ind", ChartKind.LINE, Basis.PUBLISHED,
                     (Panel("bn USD", (Series("a>jp", "A → Japan", "a", "#1f77b4", figs),)),),
                     (("[1]", "Source"),), (), ())
    return spec, x, y


@pytest.fixture
def view(qtbot):
    v = ChartView()
    qtbot.addWidget(v)
    v.resize(900, 560)
    v.show()
    qtbot.waitExposed(v)
    return v


def _settle(view: ChartView) -> None:
    view.flush()
    for _ in range(3):
        QApplication.processEvents()
        view.graphics.ci.layout.activate()


def _render(widget: QWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    QWidget.render(widget, image)
    return image


def test_a_long_series_draws_a_few_vertices_per_pixel_and_keeps_its_spike(view):
    spec, x, y = _long_spec(60_000, spike_at=31_234)
    view.set_spec(spec)
    _settle(view)
    line = view.series_item("a>jp")
    width = view.plot_items[0].vb.width()
    drawn_x, drawn_y = line.getData()
    assert len(drawn_x) <= 4 * (width + 1) + 4  # not 60,000
    assert drawn_y.max() == y.max() and drawn_y.min() == y.min()
    assert np.array_equal(line.getOriginalDataset()[1], y)  # the series itself is kept whole
    # zoomed in to 40 figures: every one of them is drawn as it is
    view.set_x_range(x[31_200], x[31_240])
    QApplication.processEvents()
    drawn_x, drawn_y = line.getData()
    inside = (drawn_x >= x[31_200]) & (drawn_x <= x[31_240])
    assert drawn_x[inside].tolist() == x[31_200:31_241].tolist()
    assert drawn_y[inside].tolist() == y[31_200:31_241].tolist()
    lo, hi = view.x_range()
    assert drawn_x[0] >= lo - (hi - lo) * 0.02 and drawn_x[-1] <= hi + (hi - lo) * 0.02


def test_the_decimated_line_looks_like_every_point_drawn(qtbot, view):
    """The same plot, once through the chart's decimation and once with a plain pyqtgraph curve
    of every point, with the same 1-px pen: the line covers the same pixel columns and the same
    rows at its extremes (the spike), and within one pixel the same rows in nearly every column
    (the rasteriser splits steep segments at column edges a little differently)."""
    spec, x, y = _long_spec(50_000, spike_at=20_000)
    view.set_spec(spec)
    _settle(view)
    plot = view.plot_items[0]
    line = view.series_item("a>jp")
    view._slots[0].value_labels.setVisible(False)
    plain = pg.PlotDataItem(x, y, pen=line.opts["pen"], antialias=False)
    plot.addItem(plain)
    line.setVisible(False)
    QApplication.processEvents()
    reference = _render(view.graphics)
    line.setVisible(True)
    plain.setVisible(False)
    QApplication.processEvents()
    ours = _render(view.graphics)
    plot.removeItem(plain)

    colour = np.array([QColor("#1f77b4").blue(), QColor("#1f77b4").green(), QColor("#1f77b4").red()])

    def line_pixels(image: QImage) -> np.ndarray:
        a = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
        return np.abs(a[:, :, :3].astype(int) - colour).sum(axis=2) < 60

    a, b = line_pixels(ours), line_pixels(reference)
    cols = np.flatnonzero(b.any(axis=0))
    assert len(cols) > 600 and np.array_equal(np.flatnonzero(a.any(axis=0)), cols)
    rows_a, rows_b = np.flatnonzero(a.any(axis=1)), np.flatnonzero(b.any(axis=1))
    assert (rows_a.min(), rows_a.max()) == (rows_b.min(), rows_b.max())  # the spike, the lows
    close = sum(abs(np.flatnonzero(a[:, c]).min() - np.flatnonzero(b[:, c]).min()) <= 1
                and abs(np.flatnonzero(a[:, c]).max() - np.flatnonzero(b[:, c]).max()) <= 1
                for c in cols)
    assert close >= 0.9 * len(cols)


def _panel(qtbot, pack) -> tuple[Session, ComparisonPanel]:
    return comparison_panel_on(qtbot, pack)


def _picture(panel: ComparisonPanel):
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()
        panel.chart_view.graphics.ci.layout.activate()
    view = panel.chart_view
    return {
        "plotted": sorted(view.plotted_values()),
        "labels": [view.value_labels(i) for i in range(len(view.plot_items))],
        "legend": view.legend_text,
        "footer": view.footer_text,
        "x": view.x_range(),
        "markers": sorted(e for s in view._slots for e in s.markers),
        "header": panel.table_model.header,
        "rows": panel.table_model.rows,
        "tips": [[panel.table_model.data(panel.table_model.index(r, c), 3)
                  for c in range(panel.table_model.columnCount())]
                 for r in range(panel.table_model.rowCount())],
    }


@pytest.mark.parametrize("chart", ["line", "bar"])
def test_a_filter_change_updates_chart_and_table_in_place_as_a_fresh_panel_would_draw(
        qtbot, default_pack, chart):
    indicator = "lng_imports_value"
    session, panel = _panel(qtbot, default_pack)
    session.set_comparison(origin="test", indicator_id=indicator, chart=chart)
    _picture(panel)
    view = panel.chart_view
    items = {k: view.series_item(k, p) for p, k, _, _ in view.plotted_values()}
    for lo, hi in (("2015", "2022"), ("2019", "2025"), ("2010", "2030")):
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        QApplication.processEvents()
        drawn = {k: view.series_item(k, p) for p, k, _, _ in view.plotted_values()}
        # a series drawn before and after keeps its item (updated in place, not rebuilt)
        assert all(drawn[k] is items[k] for k in drawn.keys() & items.keys())
        items = drawn
    updated = _picture(panel)

    session2, fresh = _panel(qtbot, default_pack)
    session2.set_comparison(origin="test", indicator_id=indicator, chart=chart)
    session2.set_filter(origin="filter-bar", day_from=parse_bound("2010", upper=False),
                        day_to=parse_bound("2030", upper=True))
    assert updated == _picture(fresh)
    assert updated["plotted"]


def test_a_table_of_the_same_shape_announces_changed_rows_not_a_reset(qtbot, default_pack):
    session, panel = _panel(qtbot, default_pack)
    session.set_comparison(origin="test", indicator_id="lng_imports_value", chart="line",
                           basis="published")
    _picture(panel)
    model = panel.table_model
    resets = model.reset_count
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    model.set_spec(panel.chart_view.spec)  # the same table again: nothing to announce
    assert model.reset_count == resets and changed == []
    spec = panel.chart_view.spec
    first = spec.panels[0].series[0]
    figs = tuple(dataclasses.replace(f, display=f.display + "!") for f in first.figures)
    panels = (dataclasses.replace(spec.panels[0], series=(dataclasses.replace(first, figures=figs),
                                                          *spec.panels[0].series[1:])),
              *spec.panels[1:])
    model.set_spec(dataclasses.replace(spec, panels=panels))
    assert model.reset_count == resets
    assert changed == [(0, 0)]
    assert all("!" in c for c in model.rows[0][2:] if c)
    assert not any("!" in c for row in model.rows[1:] for c in row)


def test_the_panel_s_symbols_are_pyqtgraph_s_record_for_record(qapp):
    # the symbols scatter stores pens and brushes and looks up their atlas places grouped by
    # style; every point must end with what pyqtgraph's own scatter gives it, and draw the same
    from PySide6.QtGui import QImage, QPainter

    from explorer.qt.views.chart_items import _Symbols

    rng = np.random.default_rng(11)
    n = 3000
    pens = [pg.mkPen("#1f77b4", width=2), pg.mkPen("#202020", width=2.5), pg.mkPen("#d62728", width=2)]
    brushes = [pg.mkBrush("#ffffff"), pg.mkBrush("#1f77b4"), pg.mkBrush("#d62728")]
    kind = rng.integers(0, 3, n)
    data = {"x": rng.normal(0, 1, n).tolist(), "y": rng.normal(0, 1, n).tolist(),
                "symbol": [("o", "d", "o")[k] for k in kind], "size": [(9, 11, 13)[k] for k in kind],
                "pen": [pens[k] for k in kind], "brush": [brushes[k] for k in kind]}
    ours, theirs = _Symbols(antialias=True), pg.ScatterPlotItem(antialias=True)
    for item in (ours, theirs):
        item.setData(**data)
        item.setData(**{k: v[: n // 2] for k, v in data.items()})  # refilled, as a filter does
    for field in ("x", "y", "symbol", "size", "visible", "sourceRect"):
        assert (ours.data[field] == theirs.data[field]).all(), field
    for field in ("pen", "brush"):
        assert all(a is b for a, b in zip(ours.data[field], theirs.data[field])), field
    assert len(ours.fragmentAtlas._coords) == len(theirs.fragmentAtlas._coords)  # per style

    def drawn(item):
        widget = pg.PlotWidget()
        widget.resize(400, 300)
        widget.addItem(item)
        widget.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        widget.render(painter)
        painter.end()
        widget.close()
        widget.deleteLater()
        return image

    assert drawn(ours) == drawn(theirs)


def test_curve_bounds_read_from_the_ends_equal_pyqtgraph_s(qtbot, default_pack):
    from explorer.qt.views import chart_items

    session, panel = _panel(qtbot, default_pack)
    session.set_comparison(origin="test", indicator_id="lng_imports_value", chart="line")
    _picture(panel)
    view = panel.chart_view
    view.set_x_range(17_000.0, 19_500.0)  # cut at the edges: the vertices are the view's
    curves = [item.curve for slot in view._slots for item in slot.items.values()]
    assert curves
    for curve in curves:
        for ax in (0, 1):
            curve._boundsCache = [None, None]
            quick = curve.dataBounds(ax)
            curve._boundsCache = [None, None]
            try:
                chart_items._Curve.quick_bounds = False
                assert quick == curve.dataBounds(ax)
            finally:
                chart_items._Curve.quick_bounds = True


def test_long_series_on_the_same_days_share_their_columns_and_draw_as_alone(qtbot, view):
    spec, x, _y = _long_spec(30_000, 1_000)
    first = spec.panels[0].series[0]
    others = tuple(Series(f"s{k}>jp", f"S{k}", f"s{k}", colour, tuple(
        dataclasses.replace(f, series_key=f"s{k}>jp", value=f.value + 40 * k) for f in first.figures))
        for k, colour in ((1, "#d62728"), (2, "#2ca02c")))
    spec = dataclasses.replace(spec, panels=(Panel("bn USD", (first, *others)),))
    view.set_spec(spec)
    _settle(view)
    slot = view._slots[0]
    pyramids = [item.pyramid for item in slot.items.values()]
    assert len(pyramids) == 3 and pyramids[0]._split is not None
    assert all(p._split is pyramids[0]._split for p in pyramids)
    lo, hi = float(x[0]), float(x[-1])
    images = []
    for share in (True, False):
        for p in pyramids:
            p.unshare()
        if share:
            slot._share_columns()
        for a, b in ((lo, hi), (lo + 3_000, hi - 2_000), (lo, hi)):
            view.set_x_range(a, b)
            _settle(view)
        images.append(_render(view.graphics))
    assert images[0] == images[1]
