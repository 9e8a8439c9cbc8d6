"""The look (``LookStyle``) paints the same pixels as before it was made cheap: the indicators
built once per size and state and replayed, light and dark without Python ``drawControl`` /
``drawComplexControl``, high contrast in its own class. The drawing the look had before is kept
here as the reference; each picture is the widgets painted with the app's look, then with the
reference, in every theme, at text sizes 90 and 150 %, at device pixel ratio 1 and 2."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProxyStyle,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from explorer.charts.theme import Theme
from explorer.qt.look_style import HighContrastLookStyle, LookStyle
from explorer.qt.theme_apply import apply_look, reset_look
from explorer.userdata.settings import Settings

PE = QStyle.PrimitiveElement
_CHECKS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck)


class _ReferenceLook(QProxyStyle):
    """The look as it was drawn before (commit c1d2f83), every call in Python. ``shrink`` and a
    changed theme let a test check that the comparison sees a wrong size or colour."""

    def __init__(self, base: QStyle, theme: Theme, shrink: float = 0.0) -> None:
        super().__init__(base)
        self.theme = theme
        self.shrink = shrink

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
        side = min(option.rect.width(), option.rect.height(), 16) - 1.0 - self.shrink
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


def _base(look: LookStyle) -> QStyle:
    """A base style of its own for the reference: a base style calls back into the proxy that
    wraps it last (``QStyle.proxy``), so sharing the look's base would paint both with one."""
    base = QStyleFactory.create(look.baseStyle().name())
    assert base is not None
    return base


@pytest.fixture
def app(qapp):
    yield qapp
    reset_look(qapp)


def _look(app, theme: str, scale: int) -> LookStyle:
    settings = Settings()
    settings.set("theme", theme)
    settings.set("text_scale", scale)
    apply_look(app, settings)
    look = app.style()
    assert isinstance(look, LookStyle)
    return look


def _controls(qtbot) -> QWidget:
    """Check boxes in a list (on, off, partly, disabled, a selected row) and as widgets, radio
    buttons, a field, a list's frame and a slider, each on, off and disabled."""
    host = QWidget()
    qtbot.addWidget(host)
    grid = QGridLayout(host)
    items = QListWidget()
    items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    states = (Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.PartiallyChecked)
    for n in range(12):
        item = QListWidgetItem(f"Partner {n}")
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if n >= 9:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags)
        item.setCheckState(states[n % 3])
        items.addItem(item)
    items.item(4).setSelected(True)
    grid.addWidget(items, 0, 0, 6, 1)
    row = 0
    for checked, enabled in ((True, True), (False, True), (True, False), (False, False)):
        box = QCheckBox("Marking required")
        box.setChecked(checked)
        box.setEnabled(enabled)
        radio = QRadioButton("PNG")
        radio.setChecked(checked)
        radio.setEnabled(enabled)
        radio.setAutoExclusive(False)
        grid.addWidget(box, row, 1)
        grid.addWidget(radio, row, 2)
        row += 1
    partly = QCheckBox("Some")
    partly.setTristate(True)
    partly.setCheckState(Qt.CheckState.PartiallyChecked)
    grid.addWidget(partly, row, 1)
    grid.addWidget(QLineEdit("Japan"), row, 2)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 10)
    slider.setValue(4)
    grid.addWidget(slider, row + 1, 1, 1, 2)
    host.resize(420, 300)
    host.show()
    qtbot.waitExposed(host)
    return host


def _picture(host: QWidget, dpr: float, scale: float = 1.0) -> QImage:
    image = QImage(int(host.width() * dpr * scale), int(host.height() * dpr * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    host.render(painter, QPoint(0, 0))
    painter.end()
    return image


def _with_style(host: QWidget, style: QStyle | None) -> None:
    for w in (host, *host.findChildren(QWidget)):
        w.setStyle(style)  # type: ignore[arg-type]  # None: back to the application's


def _reference_picture(host: QWidget, reference: QStyle, dpr: float, scale: float = 1.0) -> QImage:
    _with_style(host, reference)
    try:
        return _picture(host, dpr, scale)
    finally:
        _with_style(host, None)


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("text_scale", [90, 150])
@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_controls_paint_as_the_reference_look(qtbot, app, theme, text_scale, dpr):
    look = _look(app, theme, text_scale)
    assert isinstance(look, HighContrastLookStyle) == (theme == "high_contrast")
    host = _controls(qtbot)
    reference = _ReferenceLook(_base(look), look.theme)
    ours = _picture(host, dpr)
    again = _picture(host, dpr)  # the second paint replays the indicators built by the first
    theirs = _reference_picture(host, reference, dpr)
    assert ours == theirs
    assert again == theirs


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_controls_paint_as_the_reference_through_a_scaled_painter(qtbot, app, theme):
    look = _look(app, theme, 100)
    host = _controls(qtbot)
    reference = _ReferenceLook(_base(look), look.theme)
    for scale in (1.25, 0.8):
        assert _picture(host, 1.0, scale) == _reference_picture(host, reference, 1.0, scale)


@pytest.mark.parametrize("wrong", ["size", "frame colour", "accent"])
def test_the_comparison_sees_a_wrong_size_or_colour(qtbot, app, wrong):
    look = _look(app, "dark", 100)
    host = _controls(qtbot)
    theme = look.theme
    if wrong == "size":
        reference = _ReferenceLook(_base(look), theme, shrink=1.0)
    elif wrong == "frame colour":
        reference = _ReferenceLook(_base(look), dataclasses.replace(theme, muted_text="#8a8f98"))
    else:
        reference = _ReferenceLook(_base(look), dataclasses.replace(theme, accent="#4a90d9"))
    assert _picture(host, 1.0) != _reference_picture(host, reference, 1.0)


def test_light_and_dark_never_override_controls_in_python(app):
    """Only high contrast changes controls; light and dark leave them to the base style in C++."""
    assert "drawControl" not in vars(LookStyle)
    assert "drawComplexControl" not in vars(LookStyle)
    assert "drawControl" in vars(HighContrastLookStyle)
    assert "drawComplexControl" in vars(HighContrastLookStyle)


class _Counting(LookStyle):
    def __init__(self, base: QStyle, theme: Theme) -> None:
        super().__init__(base, theme)
        self.calls = 0

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        self.calls += 1
        super().drawPrimitive(element, option, painter, widget)


def test_plain_paints_a_view_without_calling_into_the_look(qtbot, app):
    """The style a view with no indicator gets: the base alone, the same pixels, no Python."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    look = _look(app, "dark", 100)
    counting = _Counting(_base(look), look.theme)
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(6, 3, view)
    view.setModel(model)
    for row in range(6):
        for column in range(3):
            model.setData(model.index(row, column), f"{row}:{column}")
    view.selectRow(2)
    view.resize(320, 200)
    view.show()
    qtbot.waitExposed(view)
    for w in (view, view.viewport()):
        w.setStyle(counting)
    through_look = view.grab().toImage()
    assert counting.calls > 0
    counting.calls = 0
    view.setStyle(counting.baseStyle())  # the base wrapped by the look calls back into it
    view.grab()
    assert counting.calls > 0
    counting.calls = 0
    view.setStyle(counting.plain())
    alone = view.grab().toImage()
    assert counting.calls == 0
    assert alone == through_look
    assert counting.plain() is counting.plain()
    view.viewport().setStyle(None)  # type: ignore[arg-type]
    view.setStyle(None)  # type: ignore[arg-type]
