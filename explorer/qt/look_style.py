"""What the palette cannot say, drawn by a proxy style rather than a style sheet.

Fusion frames check boxes, radio buttons and fields in a darker shade of the window: on the dark and
high-contrast grounds that is black on near-black, and the partner list's boxes vanished. A style
sheet could fix the look, but an application style sheet turns off font propagation from parent to
child (``QStyleSheetStyle``): slide canvases, which give their children the bundled export font,
then wrote legends in "Sans Serif" and lost the text size. So the few things are painted here:

- every theme: check boxes (widgets and item views) and radio buttons with a frame in the muted text
  colour (3:1 and more against the ground, WCAG's bar for controls); when on, the accent filled with
  a tick, dash or dot in ``accent_text``;
- high contrast: fields and lists get a visible rule, the focused one a 2 px accent rule, and the
  slider a ruled groove and an accent handle.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

from explorer.charts.theme import Theme

PE = QStyle.PrimitiveElement
_CHECKS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck)


class LookStyle(QProxyStyle):
    def __init__(self, base: QStyle, theme: Theme) -> None:
        super().__init__(base)
        self.theme = theme

    # -- primitives ------------------------------------------------------------------------------
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element in _CHECKS:
            self._draw_indicator(option, painter, round_=False)
            return
        if element == PE.PE_IndicatorRadioButton:
            self._draw_indicator(option, painter, round_=True)
            return
        super().drawPrimitive(element, option, painter, widget)
        if self.theme.name == "high_contrast" and element in (PE.PE_PanelLineEdit, PE.PE_FrameLineEdit):
            self._draw_rule(option, painter)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if self.theme.name == "high_contrast" and element == QStyle.ControlElement.CE_ShapedFrame:
            self._draw_rule(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.theme.name == "high_contrast" and control == QStyle.ComplexControl.CC_Slider:
            t = self.theme
            groove = self.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, widget)
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(t.rule), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(groove).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setBrush(QColor(t.accent))
            painter.drawRect(QRectF(handle).adjusted(1.5, 1.5, -1.5, -1.5))
            painter.restore()

    # -- drawing ---------------------------------------------------------------------------------
    def _draw_rule(self, option: QStyleOption, painter: QPainter) -> None:
        t = self.theme
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = 2.0 if focused else 1.0
        painter.save()
        painter.setPen(QPen(QColor(t.accent if focused else t.rule), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.restore()

    def _draw_indicator(self, option: QStyleOption, painter: QPainter, round_: bool) -> None:
        t = self.theme
        side = min(option.rect.width(), option.rect.height(), 16) - 1.0
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        state = option.state
        on = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        frame = QColor(t.accent if (on or partly) else t.muted_text)
        ground = QColor(t.accent if (on or partly) else t.surface)
        if not enabled:
            frame.setAlphaF(0.45)
            ground.setAlphaF(0.45 if (on or partly) else 1.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(frame, 1.0))
        painter.setBrush(ground)
        if round_:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2.0, 2.0)
        mark = QColor(t.accent_text)
        if round_ and on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            dot = QRectF(0, 0, side * 0.42, side * 0.42)
            dot.moveCenter(box.center())
            painter.drawEllipse(dot)
        elif on or partly:
            pen = QPen(mark, max(1.6, side * 0.14))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x, y, s = box.left(), box.top(), side
            path = QPainterPath()
            if partly:
                path.moveTo(QPointF(x + s * 0.25, y + s * 0.5))
                path.lineTo(QPointF(x + s * 0.75, y + s * 0.5))
            else:
                path.moveTo(QPointF(x + s * 0.22, y + s * 0.52))
                path.lineTo(QPointF(x + s * 0.42, y + s * 0.72))
                path.lineTo(QPointF(x + s * 0.78, y + s * 0.3))
            painter.drawPath(path)
        painter.restore()
