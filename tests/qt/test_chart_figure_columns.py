"""A chart update reads a series' figures from the columns the builder gives with them
(``FigureColumns``: the lines' x and y, the symbols' and labels' flags, the legend's sources and
flags, the description's first and last period) instead of a pass over the figures: through
date and partner filters on the default pack and a generated tier-S pack, the chart draws,
labels, describes and explains exactly what it did from the figures (``Series.use_columns`` off,
the reference)."""

from __future__ import annotations

import pytest

from explorer.charts import comparison
from explorer.charts.chart_spec import Series
from explorer.qt.views.chart_items import _Line
from tests.qt.helpers import comparison_panel_on, filter_and_settle

STEPS = (("2010", "2022", None), ("2005", "2025", None), ("2015", "2023", {"us"}),
         ("1990", "2030", None), ("2010", "2022", {"jp"}), ("2016", "2016", None),
         ("2005", "2025", None))


def _walk(qtbot, pack, indicator: str) -> tuple[list, list, int]:
    """Per step: what every panel draws and says, and the chart's picture; and how many series
    drawn had columns."""
    session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
    session.set_comparison(origin="test", chart="line")
    panel.flush()
    states, images, with_columns = [], [], 0
    for lo, hi, partners in STEPS:
        filter_and_settle(session, panel, lo, hi, partners)
        view = panel.chart_view
        spec = view.spec
        assert spec is not None
        with_columns += sum(s.figure_columns is not None for p in spec.panels for s in p.series)
        state: list[object] = [view.accessibleDescription(), view.legend_text, view.footer_text,
                               view.message_text]
        for slot in view._slots if view.plot_items else []:
            for key, item in slot.items.items():
                if isinstance(item, _Line):
                    assert item.pyramid is not None
                    state.append((key, item.pyramid.x.tolist(), item.pyramid.y.tolist(),
                                  slot.periods[key]))
            symbols = slot.symbols.data if slot.symbols is not None else None
            state.append((slot.hit_x.tolist(), slot.hit_y.tolist(), slot.hit_starts.tolist(),
                          [(s.key, [(f.period, f.x, f.value, f.label) for f in figs]) for s, figs in slot.line_hits],
                          slot.value_labels.plain_texts(), dict(slot.point_ranges),
                          None if symbols is None else
                          [(float(r["x"]), float(r["y"]), r["symbol"], float(r["size"]),
                            r["pen"].color().name(), r["pen"].widthF(), r["brush"].color().name())
                           for r in symbols]))
        states.append(state)
        images.append(view.grab().toImage())
    panel.close()
    return states, images, with_columns


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_charts_from_the_columns_equal_charts_from_the_figures(qtbot, monkeypatch, request, which):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    # the default pack's indicators are small: built through the columns all the same
    monkeypatch.setattr(comparison, "QUICK_MIN_ROWS", 0)
    indicator = "goods_exports" if which == "default" else ""
    ours, our_images, used = _walk(qtbot, pack, indicator)
    assert used > 0
    monkeypatch.setattr(Series, "use_columns", False)
    theirs, their_images, unused = _walk(qtbot, pack, indicator)
    assert unused == 0
    assert any(len(state) > 5 for state in ours)  # lines drawn
    for step, (a, b, image, ref) in enumerate(zip(ours, theirs, our_images, their_images)):
        assert a == b, STEPS[step]
        assert image == ref, STEPS[step]


def test_the_first_and_last_period_from_columns_break_ties_as_the_figures_do():
    """Periods sharing the first or last x (a year and its fiscal year): the least and greatest
    (x, period), as the sorted pairs of every figure gave them."""
    import numpy as np

    from explorer.charts.chart_spec import Figure, FigureColumns
    from explorer.qt.views.chart_view import _first_and_last

    def fig(period: str, x: float) -> Figure:
        return Figure("eu>jp", period, x, 1.0, "1", "1", "", "src", "[1]")

    for figures in ((fig("FY2020", 10.0), fig("2020", 10.0), fig("2021", 20.0), fig("FY2021", 20.0)),
                    (fig("2021", 20.0), fig("2020", 10.0)), (fig("2020", 10.0),), ()):
        x = np.array([f.x for f in figures], dtype=float)
        n = len(figures)
        columns = FigureColumns(figures, x, np.ones(n), np.zeros(n, dtype=np.int64),
                                np.ones(n, dtype=np.int64))
        quick = Series("eu>jp", "EU → Japan", "eu", "#000000", figures, columns)
        plain = Series("eu>jp", "EU → Japan", "eu", "#000000", figures)
        assert quick.figure_columns is columns and plain.figure_columns is None
        pairs = sorted({(f.x, f.period) for f in figures})
        assert _first_and_last(quick) == _first_and_last(plain) == ([pairs[0], pairs[-1]] if pairs else [])
