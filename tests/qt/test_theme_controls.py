"""Check boxes and radio buttons stay visible in every theme (they vanished on the dark ground)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from explorer.charts.theme import contrast_ratio
from explorer.qt.theme_apply import apply_look, reset_look
from explorer.userdata.settings import Settings

NON_TEXT_AA = 3.0  # WCAG 1.4.11: user-interface components against what is next to them


@pytest.fixture
def app(qapp):
    yield qapp
    reset_look(qapp)


def _strongest_contrast(image, rect, ground: str) -> float:
    best = 1.0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), ground))
    return best


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("checked", [False, True])
def test_indicators_are_visible_on_the_theme_ground(qtbot, app, theme, checked):
    settings = Settings()
    settings.set("theme", theme)
    apply_look(app, settings)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    items = QListWidget()
    items.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus frame beside the box to count as the box
    item = QListWidgetItem("Japan (45)")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    items.addItem(item)
    box, radio = QCheckBox("Marking required"), QRadioButton("PNG")
    box.setChecked(checked)
    radio.setChecked(checked)
    for w in (items, box, radio):
        layout.addWidget(w)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    image = host.grab().toImage()
    row = items.visualItemRect(item).translated(items.viewport().mapTo(host, items.viewport().rect().topLeft()))
    base = app.palette().base().color().name()
    window = app.palette().window().color().name()
    indicator = row.adjusted(0, 0, -(row.width() - 22), 0)  # the box, before the text
    assert _strongest_contrast(image, indicator, base) >= NON_TEXT_AA, (theme, "list box")
    for w, element in ((box, QStyle.SubElement.SE_CheckBoxIndicator),
                       (radio, QStyle.SubElement.SE_RadioButtonIndicator)):
        option = QStyleOptionButton()
        option.initFrom(w)
        rect = w.style().subElementRect(element, option, w).translated(w.pos())
        assert _strongest_contrast(image, rect.adjusted(-1, -1, 1, 1), window) >= NON_TEXT_AA, \
            (theme, type(w).__name__)
