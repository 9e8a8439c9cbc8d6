"""A panel's line symbols are set from numpy columns and numbered styles
(``_PanelPlot._marks`` / ``_set_symbols``, ``_Symbols.set_styled``), not listed and grouped point
by point: through date filters on the default pack and a generated tier-S pack, and on specs with
qualified and conflicting figures, short and past ``SYMBOL_LIMIT``, every point gets what the code
before gave it (``_reference_marks`` / ``_reference_set_symbols`` below, patched into the panel)
and the chart draws the same picture."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from explorer.charts.chart_spec import Flag
from explorer.domain.dates import parse_bound
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_items import EXPORT_SYMBOL_LIMIT, SYMBOL_LIMIT, _Symbols
from explorer.qt.views.chart_panel import _drawn_value
from tests.qt.helpers import comparison_panel_on

RANGES = (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
          ("2025", "2026"), ("2010", "2022"))


# -- the code before: symbols listed and grouped point by point (the reference) ----------------
def _reference_marks(self, s, figs, x=None, y=None) -> tuple:
    """A line's symbols (x, y, symbol, brush, pen, size lists and what decides their look):
    drawn by the panel's one scatter, since per-point styles cannot follow the line's
    decimation. Past SYMBOL_LIMIT points only flagged figures keep a symbol."""
    limit = SYMBOL_LIMIT if self._owner._export_px is None else EXPORT_SYMBOL_LIMIT
    marked = [f for f in figs if len(figs) <= limit or f.flags]
    symbols, brushes, pens, sizes = [], [], [], []
    # One pen and brush object per style, shared by the points and kept across updates:
    # pyqtgraph's symbol atlas (keyed by the objects) then renders each style once, not once
    # per point (1,400 renders per filter, measured) nor once per filter change (new objects
    # were new atlas entries: ~0.5 ms a panel per change at tier S, measured).
    white, filled, outline, conflict_outline = self._symbol_styles(s.colour)
    for f in marked:
        qualified = Flag.QUALIFIED in f.flags
        conflict = Flag.CONFLICT in f.flags
        symbols.append("d" if qualified else "o")
        brushes.append(white if qualified else filled)
        pens.append(conflict_outline if conflict else outline)
        sizes.append(13 if conflict else 11 if qualified else 9)
    look = (s.colour, [p is conflict_outline for p in pens])
    return ([f.x for f in marked], [_drawn_value(f) for f in marked], symbols, brushes, pens,
            sizes, look)


def _reference_set_symbols(self, marks: list[tuple]) -> None:
    """Every line's symbols in one scatter, set only when they changed."""
    use_cache = self._owner._export_px is None
    state = (tuple((m[0], m[1], m[2], m[5], m[6]) for m in marks), self._owner.theme.surface,
             self._owner.theme.text, use_cache)
    if state == self._points_state:
        return  # the same symbols: a filter that left the lines alone costs nothing here
    self._points_state = state
    if self.symbols is None:
        if not marks:
            return
        self.symbols = _Symbols(antialias=True)
        self.symbols.setZValue(1)
        self.plot.addItem(self.symbols)
    cols = [[v for m in marks for v in m[i]] for i in range(6)]
    # Exports draw symbols as vector shapes: the cached pixmaps of the screen became one
    # embedded PNG per point in SVG and PDF (2,000 images, 34 MB, measured).
    self.symbols.setData(x=cols[0], y=cols[1], symbol=cols[2], brush=cols[3], pen=cols[4],
                         size=cols[5], useCache=use_cache)


def _use_reference(monkeypatch, styled: bool) -> None:
    if not styled:
        monkeypatch.setattr(chart_panel._PanelPlot, "_marks", _reference_marks)
        monkeypatch.setattr(chart_panel._PanelPlot, "_set_symbols", _reference_set_symbols)


def _symbols(view) -> list:
    """Every panel's symbols: place, symbol, size, pen and brush (by colour and width), atlas
    place, visibility, each series' slice; the atlas' number of styles."""
    out = []
    for slot in view._slots:
        item = slot.symbols
        if item is None or not len(item.data):
            out.append((sorted(slot.point_ranges.items()), None))
            continue
        d = item.data
        pens = [(p.color().name(), p.widthF()) for p in d["pen"]]
        brushes = [(b.color().name(), b.color().alpha()) for b in d["brush"]]
        out.append((sorted(slot.point_ranges.items()), d["x"].tolist(), d["y"].tolist(),
                    d["symbol"].tolist(), d["size"].tolist(), d["visible"].tolist(),
                    d["sourceRect"].tolist(), pens, brushes, len(item.fragmentAtlas._coords)))
    return out


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def walk_date_filters(qtbot, pack, indicator: str, ranges, read) -> list:
    """A line chart of ``indicator`` through the date ``ranges``: (``read(view)``, the chart's
    picture) after each (also used by test_chart_symbol_records)."""
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    session.set_comparison(origin="test", chart="line")
    _settle(panel)
    view = panel.chart_view
    out = []
    for lo, hi in ranges:
        session.set_filter(origin="filter-bar", day_from=parse_bound(lo, upper=False),
                           day_to=parse_bound(hi, upper=True))
        _settle(panel)
        out.append((read(view), view.graphics.grab().toImage()))
    panel.close()
    return out


def _walk(qtbot, pack, indicator: str, styled: bool, monkeypatch) -> list:
    _use_reference(monkeypatch, styled)
    return walk_date_filters(qtbot, pack, indicator, RANGES, _symbols)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_symbols_through_date_filters_are_those_listed_point_by_point(qtbot, monkeypatch, which,
                                                                      request):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicators = ["goods_exports", "lng_imports_value"] if which == "default" else [""]
    for indicator in indicators:
        new = _walk(qtbot, pack, indicator, True, monkeypatch)
        old = _walk(qtbot, pack, indicator, False, monkeypatch)
        assert any(step[0] and any(panel[1] for panel in step[0]) for step in new)  # symbols drawn
        for i, ((ours, our_image), (theirs, their_image)) in enumerate(zip(new, old)):
            assert ours == theirs, (indicator, RANGES[i])
            assert our_image == their_image, (indicator, RANGES[i])


def _flag_spec(n: int, shift: int):
    """Two line series of ``n`` points, some qualified, some conflicting, some both (which move
    with ``shift``); with ``n`` past SYMBOL_LIMIT only those flagged keep a symbol."""
    from explorer.charts.chart_spec import Basis, ChartKind, ChartSpec, Figure, Flag, Panel, Series

    def flags(i: int) -> tuple:
        out = []
        if (i + shift) % 7 == 0:
            out.append(Flag.QUALIFIED)
        if (i + shift) % 11 == 0:
            out.append(Flag.CONFLICT)
        return tuple(out)

    def series(key: str, colour: str, base: float) -> Series:
        figures = tuple(Figure(key, str(i), 10_000.0 + 3 * i, base + (i % 13), f"{base + i % 13:g}",
                               f"{base + i % 13:g}", "~" if Flag.QUALIFIED in flags(i) else "", "s",
                               "[1]", flags(i))
                        for i in range(n))
        return Series(key, key, key[:2], colour, figures)

    # the same colour twice: two series sharing their styles' very objects
    return ChartSpec("Flags", "", "x", ChartKind.LINE, Basis.PUBLISHED,
                     (Panel("bn", (series("eu>jp", "#1f77b4", 10), series("us>jp", "#d62728", 30),
                                   series("cn>jp", "#1f77b4", 50))),),
                     (("[1]", "Source"),), (), ())


def test_flagged_symbols_short_and_long_series_are_those_listed_point_by_point(qtbot, monkeypatch):
    from explorer.qt.views.chart_items import SYMBOL_LIMIT
    from explorer.qt.views.chart_view import ChartView

    def walk(styled: bool) -> list:
        _use_reference(monkeypatch, styled)
        view = ChartView()
        qtbot.addWidget(view)
        view.resize(900, 500)
        view.show()
        qtbot.waitExposed(view)
        out = []
        for n, shift in ((40, 0), (40, 3), (SYMBOL_LIMIT + 500, 0), (SYMBOL_LIMIT + 500, 5), (12, 1)):
            view.set_spec(_flag_spec(n, shift))
            view.flush()
            QApplication.processEvents()
            out.append((_symbols(view), view.graphics.grab().toImage()))
        view.close()
        return out

    new, old = walk(True), walk(False)
    styles = {tuple(sym) for step in new for panel in step[0] if panel[1]
              for sym in zip(panel[3], panel[4], panel[7])}
    assert len(styles) >= 4  # plain, qualified, conflict, both
    for i, ((ours, our_image), (theirs, their_image)) in enumerate(zip(new, old)):
        assert ours == theirs, i
        assert our_image == their_image, i


def test_grouping_by_style_numbers_equals_grouping_point_by_point(qtbot):
    import pyqtgraph as pg

    from explorer.qt.views.chart_items import _objects, _Symbols

    rng = np.random.default_rng(5)
    pens = [pg.mkPen("#1f77b4", width=2), pg.mkPen("#202020", width=2.5)]
    brushes = [pg.mkBrush("#ffffff"), pg.mkBrush("#1f77b4")]
    entries = [("o", 9.0, pens[0], brushes[1]), ("d", 11.0, pens[0], brushes[0]),
               ("o", 13.0, pens[1], brushes[1]), ("d", 13.0, pens[1], brushes[0])]
    for n in (1, 30, 2500):
        at = rng.integers(1, 4, n)  # style 0 unused; the first point's style not the lowest
        x, y = rng.normal(size=n), rng.normal(size=n)
        ours, theirs = _Symbols(antialias=True), _Symbols(antialias=True)
        ours.set_styled(x, y, _objects([e[0] for e in entries])[at],
                        np.asarray([e[1] for e in entries])[at],
                        _objects([e[2] for e in entries])[at], _objects([e[3] for e in entries])[at],
                        at, True)
        theirs.setData(x=x.tolist(), y=y.tolist(), symbol=[entries[k][0] for k in at],
                       size=[entries[k][1] for k in at], pen=[entries[k][2] for k in at],
                       brush=[entries[k][3] for k in at], useCache=True)
        for field in ("x", "y", "symbol", "size", "visible", "sourceRect"):
            assert (ours.data[field] == theirs.data[field]).all(), (n, field)
        for field in ("pen", "brush"):
            assert all(a is b for a, b in zip(ours.data[field], theirs.data[field])), (n, field)
        assert len(ours.fragmentAtlas._coords) == len(theirs.fragmentAtlas._coords)
