"""A line drawn with one stroke of a pen at most 1 px wide (a dense line on screen, and in files)
is painted by the curve itself, not through pyqtgraph's paint and its checks of what the chart's
curves never have (``chart_items._Curve.quick_paint``): the same pixels through a drag, and the
same exported picture and SVG, as pyqtgraph's paint."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from explorer.qt.views import chart_items
from explorer.qt.views.chart_view import SYMBOL_LIMIT
from tests.qt.test_chart_decimated import _render, _settle
from tests.qt.test_chart_frame_pixels import _ranges, _spec, _view


@pytest.mark.parametrize("per_series", [SYMBOL_LIMIT // 4, 3 * SYMBOL_LIMIT], ids=["symbols", "dense"])
def test_frames_of_a_drag_are_pyqtgraph_s_paint_pixel_for_pixel(qtbot, monkeypatch, per_series):
    painted: list[object] = []
    pyqtgraph_paint = pg.PlotCurveItem.paint

    def paint(self, *args):
        painted.append(self)
        pyqtgraph_paint(self, *args)

    monkeypatch.setattr(pg.PlotCurveItem, "paint", paint)
    spec = _spec(per_series)
    views = {on: _view(qtbot, spec) for on in (True, False)}
    shown = views[True].x_range()
    assert shown is not None
    for a, b in _ranges(*shown):
        images = {}
        for on, view in views.items():
            monkeypatch.setattr(chart_items._Curve, "quick_paint", on)
            view.set_x_range(a, b)
            _settle(view)
            painted.clear()
            images[on] = _render(view.graphics)
            through_pyqtgraph = len(painted)
        assert images[True] == images[False], (a, b)
        if per_series > SYMBOL_LIMIT:  # dense: 1-px lines, each painted by pyqtgraph without the switch
            assert through_pyqtgraph == len(spec.panels[0].series)
    if per_series > SYMBOL_LIMIT:
        monkeypatch.setattr(chart_items._Curve, "quick_paint", True)
        painted.clear()
        _render(views[True].graphics)
        assert painted == []  # (drawn by the curves themselves)


def _exported(view, scale: int) -> tuple[QImage, bytes]:
    """The view painted as the slide exports paint it: into an image ``scale`` times its size
    (antialiased) and into an SVG document."""
    image = QImage(view.width() * scale, view.height() * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    view.render(painter, QPoint(0, 0))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(view.size())
    painter = QPainter(svg)
    view.render(painter, QPoint(0, 0))
    painter.end()
    return image, bytes(data.data())


def test_an_export_s_dense_lines_are_pyqtgraph_s_paint(qtbot, monkeypatch):
    # long series keep their 1-px line in files (slides, PDF, SVG): the same picture and the
    # same SVG as pyqtgraph's paint draws
    view = _view(qtbot, _spec(3 * SYMBOL_LIMIT))
    view.set_export_style(24)
    _settle(view)
    files = {}
    for on in (True, False):
        monkeypatch.setattr(chart_items._Curve, "quick_paint", on)
        files[on] = _exported(view, 2)
    assert not files[True][0].isNull() and b"<path" in files[True][1]
    assert files[True] == files[False]
