"""A Compare panel's reference line (zero, or 100 for an index) keeps its bounds, a view's width
wider than the view on either side, while a linked pan or zoom keeps the view inside them with the
same y range and size (``_ReferenceLine.wide_bounds``): the line drawn over the wider span is
clipped by the view box to the same pixels. Through linked pans and zooms, pans far past the kept
span, a date filter (a new y range), the index basis (the line at 100) and a narrower panel, on the
default and a tier-S pack: the chart's picture, and the window's pixels as painted step by step,
are the very same as with pyqtgraph's bounds worked out at every view change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from explorer.qt.views.chart_items import _ReferenceLine
from tests.qt.helpers import assert_same_shots, filter_and_settle, idle, linked_comparison_on, on_screen


def _walk(qtbot, pack, wide: bool, monkeypatch) -> tuple[list[QImage], int]:
    monkeypatch.setattr(_ReferenceLine, "wide_bounds", wide)
    session, panel, pans, zooms = linked_comparison_on(qtbot, pack, indicator="")
    view = panel.chart_view
    kept = 0
    shots: list[QImage] = []

    def walk(ranges) -> None:
        nonlocal kept
        for d0, d1 in ranges:
            panel.follow_time_range(d0, d1)
            idle(qtbot)
            shots.append(on_screen(view.graphics.viewport()))
            shots.append(view.graphics.grab().toImage())
            kept += sum(s.reference._kept is not None for s in view._slots)

    span = pans[0][1] - pans[0][0]
    far = [(pans[0][0] + k * span, pans[0][1] + k * span) for k in (0.5, 1.5, 3.0, -2.0)]
    walk(pans + zooms + far + pans[::-1])
    filter_and_settle(session, panel, "2019", "2021")  # new values: a new y range
    walk(zooms + pans)
    session.set_comparison(origin="test", basis="index")  # the line at 100
    panel.flush()
    walk(pans[:2] + zooms[:1])
    panel.resize(panel.width() - 230, panel.height())
    walk(pans + zooms)
    return shots, kept


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_reference_line_kept_bounds_draw_the_same_pixels(qtbot, which, request, monkeypatch):
    pack = request.getfixturevalue(f"{which}_pack")
    wide, kept = _walk(qtbot, pack, True, monkeypatch)
    exact, none_kept = _walk(qtbot, pack, False, monkeypatch)
    assert kept > 0 and none_kept == 0
    assert_same_shots(wide, exact)
