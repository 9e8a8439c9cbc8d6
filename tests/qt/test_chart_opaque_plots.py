"""The Compare chart's plots paint their whole viewport in the theme's opaque ground, so Qt does not
fill the viewport's and the chart's own grounds under it before each paint (a linked pan or zoom
repaints the viewport at every step): ``ChartView.opaque_plots``. Through linked pans and zooms in
the light, dark and high-contrast themes, on the default and a tier-S pack, the window holds the
very same pixels as when those grounds are filled first; a readout shown and hidden over the plots
leaves nothing behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from explorer.charts.theme import DARK, HIGH_CONTRAST, LIGHT
from explorer.qt import theme as qt_theme
from explorer.qt.views.chart_view import ChartView
from tests.qt.helpers import assert_same_shots, idle, linked_comparison_on, on_screen


def _walk(qtbot, pack, opaque: bool, monkeypatch) -> list[QImage]:
    monkeypatch.setattr(ChartView, "opaque_plots", opaque)
    shots = []
    try:
        for theme in (LIGHT, DARK, HIGH_CONTRAST):
            qt_theme.set_look(theme, 1.0)
            _session, panel, pans, zooms = linked_comparison_on(qtbot, pack, indicator="")
            viewport = panel.chart_view._graphics.viewport()
            assert viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) == opaque
            idle(qtbot)
            readout = panel.chart_view._readout
            for i, (d0, d1) in enumerate(pans + zooms + pans[::-1]):
                panel.follow_time_range(d0, d1)
                idle(qtbot)
                if i == 2:  # a child over the plots, shown then hidden: the plots show again
                    readout.setText("Japan 2021: 1,234")
                    readout.adjustSize()
                    readout.move(40, 30)
                    readout.show()
                    idle(qtbot)
                    shots.append(on_screen(viewport))
                    readout.hide()
                    idle(qtbot)
                shots.append(on_screen(viewport))
            panel.close()
    finally:
        qt_theme.set_look(LIGHT, 1.0)
    return shots


@pytest.mark.parametrize("which", ["default", "tier_s"])
def test_opaque_plots_show_the_same_pixels_through_linked_steps(qtbot, which, request,
                                                               monkeypatch):
    pack = request.getfixturevalue(f"{which}_pack")
    opaque = _walk(qtbot, pack, True, monkeypatch)
    filled = _walk(qtbot, pack, False, monkeypatch)
    assert len(opaque) == 3 * 11
    assert_same_shots(opaque, filled)
    assert len({(s.pixel(0, 0), s.pixel(s.width() // 2, s.height() // 2)) for s in opaque}) > 1
