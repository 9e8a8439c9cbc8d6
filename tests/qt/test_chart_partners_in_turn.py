"""Four partners in turn, each with new dates (the harness's filters never applied before): a
chart first drawn with one row keeps each partner's drawing (``ChartView.SPARES_AT_LEAST`` spare
plots), so once each has come back once, every filter brings its partner's drawing back instead
of drawing its lines anew; and at every step the chart shows, pixel for pixel, what redrawing in
place shows."""

from __future__ import annotations

from explorer.qt.views import chart_panel
from explorer.qt.views.chart_view import MAX_SPARE_PANELS, ChartView
from tests.qt.helpers import comparison_panel_on
from tests.qt.test_chart_kept_drawings import _plots, _settle, _state


def _filters(pack) -> list[dict]:
    """Three turns of the four partners with the most figures in the pack's first indicator, the
    dates new at each turn and wider than every figure's period (the same panels, new markers)."""
    obs = pack.observations
    rows = obs[obs["indicator_id"] == pack.indicators["id"].iat[0]]
    partners = list(rows["partner"].value_counts().index[:4])
    start, end = pack.observation_days(rows.index.to_numpy())
    first, last = int(start.min()), int(end.max())
    return [{"day_from": first - 400 * turn - 1, "day_to": last + 300 * turn + 1,
             "partners": frozenset({p}), "text": ""} for turn in range(3) for p in partners]


def _walk(qtbot, pack, keep: bool, monkeypatch) -> tuple[list, list[int], int]:
    """The chart's state after each filter, the lines drawn anew by each filter's redraw, and the
    most panel plots the scene held."""
    monkeypatch.setattr(ChartView, "keep_drawn", keep, raising=False)
    drawn, counting = [0], [False]
    update_lines = chart_panel._PanelPlot._update_lines

    def counted(self, *args):
        drawn[0] += counting[0]
        return update_lines(self, *args)

    monkeypatch.setattr(chart_panel._PanelPlot, "_update_lines", counted)
    filters = _filters(pack)
    session, panel = comparison_panel_on(qtbot, pack)
    session.set_filter(origin="filter-bar", **filters[0])  # the chart's first drawing: one row
    session.set_comparison(origin="test", indicator_id=str(pack.indicators["id"].iat[0]), chart="line")
    _settle(qtbot, panel)
    states, per_filter, most = [], [], 0
    for f in filters[1:]:
        drawn[0] = 0
        session.set_filter(origin="filter-bar", **f)
        _settle(qtbot, panel, counting)
        assert len(panel.chart_view.plot_items) == 1  # (one row: the case the spares are for)
        states.append(_state(panel.chart_view))
        per_filter.append(drawn[0])
        most = max(most, _plots(panel.chart_view))
    panel.close()
    monkeypatch.undo()
    return states, per_filter, most


def test_four_partners_in_turn_bring_their_drawings_back(qtbot, monkeypatch, tier_s_pack):
    ours, drawn, most = _walk(qtbot, tier_s_pack, True, monkeypatch)
    theirs, _ref_drawn, _ = _walk(qtbot, tier_s_pack, False, monkeypatch)
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[:4] != b[:4]] == []
    assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a[4] != b[4]] == []
    assert all(state[0] for state in ours)  # every partner has figures
    # the first turn draws each partner anew, the second keeps each drawing as the next filter
    # replaces it (a spare plot draws that filter), and from the third on every drawing comes back
    assert drawn[-4:] == [0] * 4, drawn
    assert most <= 1 + MAX_SPARE_PANELS
