"""The symbols' record array made without ``np.empty`` (``_Symbols._set_records``): through date
filters on the default pack and a generated tier-S pack every point's record, the scatter's
bounds and spot sizes and the chart's picture equal pyqtgraph's own ``setData``; a scatter set
directly gets the very records pyqtgraph makes (screen and export styles); a pyqtgraph of another
version, or records laid out otherwise, take pyqtgraph's own way."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from explorer.qt.views import chart_items
from explorer.qt.views.chart_items import _objects, _Symbols
from tests.qt.test_chart_symbols import walk_date_filters

RANGES = (("2010", "2022"), ("2005", "2025"), ("2015", "2023"), ("2023", "2024"), ("2010", "2030"),
          ("2010", "2022"))


def _records(item: _Symbols) -> list:
    """Every field of every record (pens and brushes by colour and width, other objects as they
    are), then what the scatter keeps beside them."""
    d = item.data
    out = []
    for name in d.dtype.names:
        column = d[name]
        if name in ("pen", "brush"):
            out.append([(v.color().name(), v.color().alpha(), v.widthF() if name == "pen" else 0)
                        for v in column])
        elif name == "sourceRect":
            out.append(column.tolist())
        else:
            out.append(column.tolist())
    out.append((item._maxSpotWidth, item._maxSpotPxWidth, item.opts["useCache"],
                item.dataBounds(0), item.dataBounds(1), item.boundingRect().getRect()))
    return out


def _walk(qtbot, pack, quick: bool, monkeypatch) -> tuple[list, int]:
    monkeypatch.setattr(_Symbols, "quick_records", quick)
    made = []
    original = chart_items._records
    monkeypatch.setattr(chart_items, "_records", lambda n: made.append(n) or original(n))
    out = walk_date_filters(qtbot, pack, str(pack.indicators["id"].iat[0]), RANGES,
                            lambda view: [_records(slot.symbols) for slot in view._slots
                                          if slot.symbols is not None])
    return out, len(made)


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_records_through_date_filters_equal_pyqtgraphs(qtbot, monkeypatch, which, request):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    ours, quick = _walk(qtbot, pack, True, monkeypatch)
    theirs, none = _walk(qtbot, pack, False, monkeypatch)
    assert quick > 0 and none == 0
    assert any(records for records, _image in ours)
    for (records, image), (their_records, their_image) in zip(ours, theirs):
        assert records == their_records
        assert image == their_image


def _styled_inputs(n: int, seed: int):
    rng = np.random.default_rng(seed)
    styles = [("o", 9.0, pg.mkPen("#123456", width=2), pg.mkBrush("#abcdef")),
              ("d", 11.0, pg.mkPen("#654321", width=2), pg.mkBrush("#ffffff")),
              ("o", 13.0, pg.mkPen("#000000", width=2.5), pg.mkBrush("#abcdef"))]
    at = rng.integers(0, len(styles), n).astype(np.intp)
    x = np.sort(rng.random(n) * 1000)
    y = rng.random(n) * 50
    columns = [_objects([s[i] for s in styles])[at] for i in (0, 2, 3)]
    sizes = np.asarray([s[1] for s in styles], dtype=float)[at]
    return x, y, columns[0], sizes, columns[1], columns[2], at


@pytest.mark.parametrize("use_cache", [True, False])
def test_a_scatter_set_directly_gets_pyqtgraphs_records(qapp, monkeypatch, use_cache):
    for n, seed in ((0, 1), (1, 2), (7, 3), (2000, 4)):
        x, y, symbol, size, pen, brush, at = _styled_inputs(n, seed)
        made = []
        for quick in (True, False):
            monkeypatch.setattr(_Symbols, "quick_records", quick)
            item = _Symbols(antialias=True)
            item.set_styled(x, y, symbol, size, pen, brush, at, use_cache)
            made.append(item)
        ours, theirs = made
        assert ours.data.dtype == theirs.data.dtype
        assert ours.data.tobytes() == theirs.data.tobytes()  # the very objects, numbers and Nones
        assert _records(ours) == _records(theirs)


def test_another_pyqtgraph_or_record_layout_takes_pyqtgraphs_way(qapp, monkeypatch):
    x, y, symbol, size, pen, brush, at = _styled_inputs(50, 5)
    made = []
    original = chart_items._records
    monkeypatch.setattr(chart_items, "_records", lambda n: made.append(n) or original(n))
    reference = _Symbols(antialias=True)
    monkeypatch.setattr(_Symbols, "quick_records", False)
    reference.set_styled(x, y, symbol, size, pen, brush, at, True)
    monkeypatch.setattr(_Symbols, "quick_records", True)
    monkeypatch.setattr(pg, "__version__", "0.15.0")
    other = _Symbols(antialias=True)
    other.set_styled(x, y, symbol, size, pen, brush, at, True)
    assert made == [] and other.data.tobytes() == reference.data.tobytes()
    monkeypatch.setattr(pg, "__version__", "0.14.0")
    laid_out_otherwise = _Symbols(antialias=True)
    laid_out_otherwise.data = np.empty(0, dtype=[*chart_items._RECORDS.descr, ("extra", float)])
    assert not laid_out_otherwise._set_records(x, y, symbol, size, pen, brush, True)
    assert made == []
    same = _Symbols(antialias=True)
    same.set_styled(x, y, symbol, size, pen, brush, at, True)
    assert made == [50] and same.data.tobytes() == reference.data.tobytes()
