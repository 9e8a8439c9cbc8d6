"""Event markers are styled from pens and colours made once per theme, and a marker is re-styled
only where its look changes: through filters, selections and theme changes, every marker's pen,
hover pen, stacking and label colour, and the plot's picture, are those of the code before
(which made and set three pens per marker per change; kept here as the reference)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from explorer.charts.theme import DARK, HIGH_CONTRAST, LIGHT
from explorer.domain.dates import parse_bound
from explorer.qt import theme as qt_theme
from explorer.qt.views import chart_panel
from explorer.qt.views.chart_items import MARKER_Z_STEP
from tests.qt.helpers import comparison_panel_on


def _old_style_markers(self, selected) -> None:
    for event_id, line in self.markers.items():
        if event_id == selected:
            line.setPen(pg.mkPen(self._owner.theme.selection, width=3))
            line.setZValue(-1)
        else:
            line.setPen(pg.mkPen(self._owner.theme.muted_text, width=1.2, style=Qt.PenStyle.DashLine))
            line.setZValue(-2 + line.order * MARKER_Z_STEP)
        line.setHoverPen(pg.mkPen(self._owner.theme.selection, width=3))
        if getattr(line, "label", None) is not None:
            line.label.setColor(self._owner.theme.selection if event_id == selected
                                else self._owner.theme.muted_text)


def _settle(panel) -> None:
    panel.flush()
    for _ in range(3):
        QApplication.processEvents()


def _pen(pen) -> tuple:
    return (pen.color().name(QColor.NameFormat.HexArgb), pen.widthF(), pen.style(), pen.isCosmetic())


def _walk(qtbot) -> tuple[list, list]:
    """(markers' looks, plot pictures) per step of filters, selections and themes."""
    session, panel = comparison_panel_on(qtbot, None, indicator="goods_exports")
    session.set_comparison(origin="test", chart="line", markers="all")
    _settle(panel)
    view = panel.chart_view
    looks, images = [], []
    steps = [("range", "2015", "2025"), ("select", 0), ("range", "2010", "2030"), ("select", 3),
             ("theme", DARK), ("select", 1), ("range", "2018", "2024"), ("theme", HIGH_CONTRAST),
             ("select", None), ("theme", LIGHT), ("range", "2010", "2030"), ("select", 2)]
    try:
        for step in steps:
            if step[0] == "range":
                session.set_filter(origin="filter-bar", day_from=parse_bound(step[1], upper=False),
                                   day_to=parse_bound(step[2], upper=True))
            elif step[0] == "theme":
                qt_theme.set_look(step[1], 1.0)
            else:
                ids = [m.event_id for m in view.spec.markers] if view.spec is not None else []
                view.set_selected_event(None if step[1] is None or not ids else ids[step[1] % len(ids)])
            _settle(panel)
            looks.append([
                [(event_id, _pen(line.pen), _pen(line.hoverPen), _pen(line.currentPen), line.zValue(),
                  None if getattr(line, "label", None) is None
                  else line.label.color.name(QColor.NameFormat.HexArgb))
                 for event_id, line in sorted(slot.markers.items())]
                for slot in view._slots])
            images.append(view.graphics.grab().toImage())
    finally:
        qt_theme.set_look(LIGHT, 1.0)
        panel.close()
    return looks, images


def test_markers_look_as_when_every_change_re_styled_them(qtbot, monkeypatch):
    looks, images = _walk(qtbot)
    assert sum(len(slot) for step in looks for slot in step) > 20  # markers at most steps
    assert len({pen for step in looks for slot in step for _e, pen, *_ in slot}) >= 4  # themes, selection
    monkeypatch.setattr(chart_panel._PanelPlot, "style_markers", _old_style_markers)
    ref_looks, ref_images = _walk(qtbot)
    for n, (a, b, image, ref_image) in enumerate(zip(looks, ref_looks, images, ref_images)):
        assert a == b, n
        assert image == ref_image, n
