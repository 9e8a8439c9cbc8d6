"""The Compare panel's settings column fits its scroll area in English and Japanese: every control
is whole on screen, none is cut at the column's right edge (the column scrolls only up and down).
In Japanese the base-period and events rows were wider than the column at 1366×768, and the
question and indicator boxes, the series list and the basis box were cut at the right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from explorer.qt import i18n
from tests.qt.helpers import comparison_panel_on


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    if request.param == "ja":
        assert i18n.install_translators(qapp, "ja")
    yield request.param
    i18n.remove_translators(qapp)


def _cut_controls(panel) -> list[str]:
    scroll = panel._settings_scroll
    viewport = scroll.viewport()
    cut = []
    for w in [scroll.widget(), *scroll.widget().findChildren(QWidget)]:
        if not w.isVisible():
            continue
        right = w.mapTo(viewport, QPoint(w.width() - 1, 0)).x()
        if right >= viewport.width():
            cut.append(f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', str)()!r}")
    return cut


@pytest.mark.parametrize("basis", ["published", "converted", "index"])
def test_every_setting_is_whole_in_a_laptops_compare_column(qtbot, language, basis):
    session, panel = comparison_panel_on(qtbot, None, width=1120, height=380,
                                         indicator="goods_exports")
    session.set_label_language(language, origin="test")
    session.set_comparison(origin="test", basis=basis)
    qtbot.wait(50)
    panel._settings_scroll.widget().adjustSize()
    qtbot.wait(50)
    assert _cut_controls(panel) == []
