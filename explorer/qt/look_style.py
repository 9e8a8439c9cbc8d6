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

Every call Qt makes to an overridden method of a Python style crosses from C++ into Python and
converts its ``QStyleOption``, for every widget the application paints. So the light and dark look
(``LookStyle``) overrides ``drawPrimitive`` alone, and high contrast, which also rules frames and
the slider, is its own class (``HighContrastLookStyle``): ``make_look`` picks. Each indicator's
pens, ground and mark are built once per size and state, then replayed (same pixels).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption
from shiboken6 import isValid

from explorer.charts.theme import Theme

PE = QStyle.PrimitiveElement
_CHECK = PE.PE_IndicatorCheckBox
_ITEM_CHECK = PE.PE_IndicatorItemViewItemCheck
_RADIO = PE.PE_IndicatorRadioButton
_FIELDS = (PE.PE_PanelLineEdit, PE.PE_FrameLineEdit)
_ON = QStyle.StateFlag.State_On
_PARTLY = QStyle.StateFlag.State_NoChange
_ENABLED = QStyle.StateFlag.State_Enabled
_AA = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_CACHE_LIMIT = 256  # indicator drawings kept: (size, state, shape); a window uses a dozen


class _Indicator:
    """One indicator's drawing at one size and state, built once: the frame, the ground and the
    mark, in the rectangle's own coordinates (drawn with the painter moved to the rectangle, which
    gives the same pixels as drawing at the rectangle: tested)."""

    __slots__ = ("box", "frame", "ground", "mark", "mark_brush", "mark_pen", "round_")

    def __init__(self, theme: Theme, width: int, height: int, on: bool, partly: bool,
                 enabled: bool, round_: bool) -> None:
        side = min(width, height, 16) - 1.0
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(0, 0, width, height).center())
        frame = QColor(theme.accent if (on or partly) else theme.muted_text)
        ground = QColor(theme.accent if (on or partly) else theme.surface)
        if not enabled:
            frame.setAlphaF(0.45)
            ground.setAlphaF(0.45 if (on or partly) else 1.0)
        self.box = box
        self.round_ = round_
        self.frame = QPen(frame, 1.0)
        self.ground = QBrush(ground)
        mark_colour = QColor(theme.accent_text)
        self.mark_pen: QPen | Qt.PenStyle = _NO_PEN
        self.mark_brush: QBrush | Qt.BrushStyle = _NO_BRUSH
        self.mark: QRectF | QPainterPath | None = None
        if round_ and on:
            self.mark_brush = QBrush(mark_colour)
            dot = QRectF(0, 0, side * 0.42, side * 0.42)
            dot.moveCenter(box.center())
            self.mark = dot
        elif on or partly:
            pen = QPen(mark_colour, max(1.6, side * 0.14))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self.mark_pen = pen
            x, y, s = box.left(), box.top(), side
            path = QPainterPath()
            if partly:
                path.moveTo(QPointF(x + s * 0.25, y + s * 0.5))
                path.lineTo(QPointF(x + s * 0.75, y + s * 0.5))
            else:
                path.moveTo(QPointF(x + s * 0.22, y + s * 0.52))
                path.lineTo(QPointF(x + s * 0.42, y + s * 0.72))
                path.lineTo(QPointF(x + s * 0.78, y + s * 0.3))
            self.mark = path

    def paint(self, painter: QPainter, left: int, top: int) -> None:
        painter.save()
        painter.translate(left, top)
        painter.setRenderHint(_AA, True)
        painter.setPen(self.frame)
        painter.setBrush(self.ground)
        if self.round_:
            painter.drawEllipse(self.box)
        else:
            painter.drawRoundedRect(self.box, 2.0, 2.0)
        mark = self.mark
        if mark is not None:
            painter.setPen(self.mark_pen)
            painter.setBrush(self.mark_brush)
            if isinstance(mark, QRectF):
                painter.drawEllipse(mark)
            else:
                painter.drawPath(mark)
        painter.restore()


class LookStyle(QProxyStyle):
    """The light and dark look: only ``drawPrimitive`` is overridden (the indicators), so the
    controls Qt draws with ``drawControl`` / ``drawComplexControl`` (item rows, headings, scroll
    bars, group boxes, tabs, buttons) never cross into Python. Make one with ``make_look``, which
    gives high contrast its own class."""

    def __init__(self, base: QStyle, theme: Theme) -> None:
        super().__init__(base)
        self.theme = theme
        self._indicators: dict[tuple[Any, ...], _Indicator] = {}
        self._plain: QStyle | None = None

    def plain(self) -> QStyle:
        """The base style on its own, for a view with nothing the look changes (no indicator):
        it never calls into Python. Not ``baseStyle()``: the base calls back into the proxy that
        wraps it (``QStyle.proxy``) for every part it draws, so each cell of a table painted with
        the base still crossed into Python for its panel. Owned by the look (deleted with it)."""
        # Made again when Qt deleted it: a replaced look takes its children with it, and PySide
        # may hand back this wrapper for the look that took its place (found by the suite).
        if self._plain is None or not isValid(self._plain):
            plain = QStyleFactory.create(self.baseStyle().name()) or self.baseStyle()
            if plain is not self.baseStyle():
                plain.setParent(self)
            self._plain = plain
        return self._plain

    # -- primitives ------------------------------------------------------------------------------
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element is _ITEM_CHECK or element is _CHECK:
            self._draw_indicator(option, painter, round_=False)
        elif element is _RADIO:
            self._draw_indicator(option, painter, round_=True)
        else:
            super().drawPrimitive(element, option, painter, widget)

    # -- drawing ---------------------------------------------------------------------------------
    def _draw_indicator(self, option: QStyleOption, painter: QPainter, round_: bool) -> None:
        rect = option.rect
        state = option.state
        width, height = rect.width(), rect.height()
        key = (width, height, bool(state & _ON), bool(state & _PARTLY), bool(state & _ENABLED), round_)
        drawing = self._indicators.get(key)
        if drawing is None:
            if len(self._indicators) >= _CACHE_LIMIT:
                self._indicators.clear()
            drawing = _Indicator(self.theme, width, height, *key[2:])
            self._indicators[key] = drawing
        drawing.paint(painter, rect.x(), rect.y())


class HighContrastLookStyle(LookStyle):
    """High contrast adds rules: fields and lists get a visible rule, the focused one a 2 px
    accent rule, and the slider a ruled groove and an accent handle."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _FIELDS:
            self._draw_rule(option, painter)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ShapedFrame:
            self._draw_rule(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_Slider:
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

    def _draw_rule(self, option: QStyleOption, painter: QPainter) -> None:
        t = self.theme
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = 2.0 if focused else 1.0
        painter.save()
        painter.setPen(QPen(QColor(t.accent if focused else t.rule), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.restore()


def make_look(base: QStyle, theme: Theme) -> LookStyle:
    """The look for ``theme`` over ``base``: high contrast's own class, or the light/dark one."""
    kind = HighContrastLookStyle if theme.name == "high_contrast" else LookStyle
    return kind(base, theme)
