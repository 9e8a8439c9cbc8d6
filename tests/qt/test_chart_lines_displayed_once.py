"""A line given new figures by a filter change makes its vertices once, for the range the redraw
sets (``_Line.display_on_view``), not first for the range the old figures had and again for the
new one: through date and partner filters, with the time axis fitted to the data (the range
changes) and linked to a fixed span (it stays, and the redraw displays the lines itself), every
curve and the chart's picture are those of the lines displayed at once (the reference)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.domain.dates import parse_bound
from explorer.qt.views.chart_items import _Curve, _Line
from tests.qt.helpers import comparison_panel_on, filter_and_settle
from tests.qt.test_chart_lines_quick import STEPS, _line_state


def _walk(qtbot, pack, indicator: str, linked: bool) -> tuple[list, list, list[int]]:
    """Per step: every line's state and the chart's picture; the vertices made per step."""
    made = [0]
    set_vertices = _Curve.set_vertices

    def counted(self, x, y):
        made[0] += 1
        return set_vertices(self, x, y)

    _Curve.set_vertices = counted  # type: ignore[method-assign]
    try:
        session, panel = comparison_panel_on(qtbot, pack, indicator=indicator)
        session.set_comparison(origin="test", chart="line")
        view = panel.chart_view
        if linked:  # the timeline's span: the same range whatever the filter keeps
            view.set_x_range(float(parse_bound("2000", upper=False)), float(parse_bound("2026", upper=True)))
        panel.flush()
        QApplication.processEvents()
        states, images, counts = [], [], []
        for lo, hi, partners in STEPS:
            made[0] = 0
            filter_and_settle(session, panel, lo, hi, partners)
            counts.append(made[0])
            states.append({(i, key): _line_state(item) for i, slot in enumerate(view._slots)
                           for key, item in slot.items.items() if isinstance(item, _Line)})
            images.append(view.grab().toImage())
        panel.close()
    finally:
        _Curve.set_vertices = set_vertices  # type: ignore[method-assign]
    return states, images, counts


@pytest.mark.parametrize("linked", [False, True])
@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_lines_display_new_figures_once_as_they_did_at_once(qtbot, monkeypatch, request, which, linked):
    pack = request.getfixturevalue("default_pack" if which == "default" else "tier_s_pack")
    indicator = "goods_exports" if which == "default" else ""
    states, images, counts = _walk(qtbot, pack, indicator, linked)
    monkeypatch.setattr(_Line, "display_on_view", False)
    ref_states, ref_images, ref_counts = _walk(qtbot, pack, indicator, linked)
    assert sum(len(s) for s in states) > len(STEPS)  # lines drawn at every step
    for step, (a, b, image, ref_image) in enumerate(zip(states, ref_states, images, ref_images)):
        assert a == b, STEPS[step]
        assert image == ref_image, STEPS[step]
    if not linked:  # (a span holding every figure keeps most curves' vertices either way)
        assert sum(counts) < sum(ref_counts), (counts, ref_counts)  # vertices made fewer times
