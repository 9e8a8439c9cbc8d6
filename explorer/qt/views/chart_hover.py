"""The comparison chart's hover readout: the text of a figure under the pointer, the crosshair,
the event marker near the pointer, and the watcher that hides it all when the pointer leaves."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    SignalInstance,
)
from PySide6.QtWidgets import QLabel

from explorer.charts.chart_spec import (
    ChartKind,
    ChartSpec,
    EventMarker,
    Figure,
    Flag,
    Series,
)
from explorer.charts.comparison import QUALIFIER_WORDS
from explorer.charts.theme import LIGHT
from explorer.domain.figures import unqualified
from explorer.qt.views.chart_items import HIT_RADIUS_PX, _Hit
from explorer.qt.views.chart_markers import MARKER_HIT_PX

if TYPE_CHECKING:
    from explorer.charts.theme import Theme
    from explorer.qt.views.chart_panel import _PanelPlot
    from explorer.qt.views.chart_view import ChartView

# Chrome takes the theme's greys (``ChartView.theme``: the window's on screen, LIGHT on exports);
# colour is for data.
_FLAG_NOTES = {
    Flag.CONFLICT: QT_TRANSLATE_NOOP("ChartView", "Sources disagree on this figure: every value is shown."),
    Flag.UNCONVERTED: QT_TRANSLATE_NOOP("ChartView",
                                        "No exchange rate for its period: shown in its own currency."),
    Flag.NOT_CONVERTIBLE: QT_TRANSLATE_NOOP("ChartView", "Not a currency: shown as published."),
    Flag.NO_BASE: QT_TRANSLATE_NOOP("ChartView", "The series share no base period: nothing is indexed."),
    Flag.NO_EARLIER: QT_TRANSLATE_NOOP("ChartView",
                                       "No earlier figure to compare with: no growth rate (—)."),
    Flag.CONTAINING_YEAR_RATE: QT_TRANSLATE_NOOP("ChartView",
                                                 "Converted with the average rate of its year."),
}
_QUALIFIER_TEXT = {
    ">": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says over {figure}"),
    "<": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says under {figure}"),
    "~": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says about {figure}"),
    "≥": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says at least {figure}"),
    "≤": QT_TRANSLATE_NOOP("ChartView", "Qualified figure: the source says at most {figure}"),
}


class _LeaveWatcher(QObject):
    """Hides the readout and crosshair when the pointer leaves the plot area."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._view._hide_readout()
        return False



class ChartHover:
    """ChartView's hover part (a mixin; the view holds the panels, spec and readout label)."""

    if TYPE_CHECKING:  # what the mixin reads of ChartView
        _spec: ChartSpec | None
        _export_px: int | None
        _slots: list[_PanelPlot]
        _readout: QLabel
        _readout_plain: str
        _graphics: pg.GraphicsLayoutWidget
        sig_event_selection_requested: SignalInstance

        @property
        def theme(self) -> Theme: ...

        @property
        def plot_items(self) -> list[pg.PlotItem]: ...

    def readout_for(self, figure: Figure, series: Series) -> tuple[str, str]:
        """The hover text of one figure: (plain text, rich text)."""
        spec = self._spec
        sources = dict(spec.sources) if spec is not None else {}
        lines: list[tuple[str, str]] = []  # (plain, html)
        head = f"{series.label} — {figure.period}"
        lines.append((head, f"<b>{escape(head)}</b>"))
        lines.append((figure.display, f"<span style='font-size:11pt'>{escape(figure.display)}</span>"))
        warn = self.theme.warning_text if self._export_px is None else LIGHT.warning_text
        if figure.published and figure.published != figure.display:
            text = QCoreApplication.translate("ChartView", "As published: {figure}").format(figure=figure.published)
            lines.append((text, escape(text)))
        elif figure.published:
            text = QCoreApplication.translate("ChartView", "As published")
            lines.append((text, f"<i>{escape(text)}</i>"))
        if figure.qualifier:
            template = _QUALIFIER_TEXT.get(figure.qualifier)
            figure_text = unqualified(figure.published, figure.qualifier)  # >60 % or 60%超
            text = (QCoreApplication.translate("ChartView", str(template)).format(figure=figure_text)
                    if template else f"{QUALIFIER_WORDS.get(figure.qualifier, '')} {figure_text}")
            lines.append((text, escape(text)))
        for flag in figure.flags:
            if flag in _FLAG_NOTES:
                note = QCoreApplication.translate("ChartView", str(_FLAG_NOTES[flag]))
                lines.append((note, f"<span style='color:{warn}'>⚠ {escape(note)}</span>"))
        if figure.note:
            lines.append((figure.note, f"<i>{escape(figure.note)}</i>"))
        source = sources.get(figure.source_marker, figure.source_id)
        text = QCoreApplication.translate("ChartView", "Source {marker} {source}").format(marker=figure.source_marker,
                                                          source=source).replace("  ", " ")
        lines.append((text, f"<span style='color:{self.theme.muted_text}'>{escape(text)}</span>"))
        return "\n".join(p for p, _ in lines), "<br>".join(h for _, h in lines)

    # -- hover -----------------------------------------------------------------------------------
    def _on_q_scene_mouse_moved(self, pos: QPointF) -> None:
        if not self.plot_items:
            return
        hovered = None
        for slot in self._slots:
            if slot.plot.vb.sceneBoundingRect().contains(pos):
                hovered = slot
                break
        if hovered is None:
            self._hide_readout()
            return
        vb = hovered.plot.vb
        point = vb.mapSceneToView(pos)
        line_chart = hovered.kind is ChartKind.LINE
        for slot in self._slots:
            slot.vline.setVisible(line_chart)
            slot.vline.setValue(point.x())
            slot.hline.setVisible(line_chart and slot is hovered)
        hovered.hline.setValue(point.y())
        hit = self._hit(hovered, pos)
        if hit is not None:
            plain, html = self.readout_for(hit.figure, hit.series)
        else:
            marker = self._marker_near(hovered, pos)
            if marker is None:
                self._readout.hide()
                self._readout_plain = ""
                return
            click = QCoreApplication.translate("ChartView", "Click to select this event")
            plain = f"{marker.label} ({marker.date})\n{click}"
            html = f"<b>{escape(marker.label)}</b><br>{escape(marker.date)}<br><i>{escape(click)}</i>"
        self._show_readout(plain, html, self._graphics.mapFromScene(pos))

    def _hit(self, slot: _PanelPlot, pos: QPointF) -> _Hit | None:
        vb = slot.plot.vb
        if slot.kind is ChartKind.LINE:
            if not len(slot.hit_x):
                return None
            here = vb.mapSceneToView(pos)
            px_w, px_h = vb.viewPixelSize()
            if not (px_w > 0 and px_h > 0):
                return None
            d = np.hypot((slot.hit_x - here.x()) / px_w, (slot.hit_y - here.y()) / px_h)
            i = int(np.argmin(d))
            return slot.line_hit(i) if d[i] <= HIT_RADIUS_PX else None
        for h in slot.hits:  # a bar: inside it, or just over its top
            p0 = vb.mapViewToScene(QPointF(h.x - h.half_width, 0.0))
            p1 = vb.mapViewToScene(QPointF(h.x + h.half_width, h.y))
            left, right = sorted((p0.x(), p1.x()))
            top, bottom = sorted((p0.y(), p1.y()))
            if left <= pos.x() <= right and top - 4 <= pos.y() <= bottom + 1:
                return h
        return None

    def _marker_near(self, slot: _PanelPlot, pos: QPointF) -> EventMarker | None:
        vb = slot.plot.vb
        for line in slot.markers.values():
            x = vb.mapViewToScene(QPointF(line.value(), 0.0)).x()
            if abs(x - pos.x()) <= MARKER_HIT_PX:
                return line.marker
        return None

    def _show_readout(self, plain: str, html: str, at) -> None:
        self._readout_plain = plain
        self._readout.setText(html)
        self._readout.adjustSize()
        vp = self._graphics.viewport()
        x, y = at.x() + 14, at.y() + 14
        if x + self._readout.width() > vp.width():
            x = at.x() - 14 - self._readout.width()
        if y + self._readout.height() > vp.height():
            y = at.y() - 14 - self._readout.height()
        self._readout.move(max(0, int(x)), max(0, int(y)))
        self._readout.show()
        self._readout.raise_()

    def _hide_readout(self) -> None:
        self._readout.hide()
        self._readout_plain = ""
        for slot in self._slots:
            slot.vline.setVisible(False)
            slot.hline.setVisible(False)

    def _on_q_marker_clicked(self, event_id: str) -> None:
        if event_id:
            self.sig_event_selection_requested.emit(event_id)
