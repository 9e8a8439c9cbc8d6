"""A panel's dock draws its title only when a repaint reaches the title: a filter change that
repaints part of a panel below it (the Compare panel's settings) no longer lays out and draws the
title's text into a region that clips all of it away, and the docks look as Qt paints them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QDockWidget, QStyleOptionDockWidget

from benchmarks.scenarios.filtering import filters
from explorer.qt.window_dock import PanelDock
from explorer.userdata.settings import Settings
from tests.qt.helpers import PaintRecorder
from tests.qt.test_main_window_paints import IDLE_MS, open_every_panel

GREEN = 0xFF00FF00  # what nobody paints


def _rendered(dock: QDockWidget, region: QRegion) -> QImage:
    image = QImage(dock.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(GREEN)
    dock.render(image, region.boundingRect().topLeft(), region)  # the region where it is
    return image


def _clipped(image: QImage, region: QRegion) -> QImage:
    """``image`` where ``region`` is, green elsewhere."""
    out = QImage(image.size(), image.format())
    out.fill(GREEN)
    painter = QPainter(out)
    painter.setClipRegion(region)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_a_dock_repainted_below_its_title_looks_as_qt_paints_it(qtbot, qapp, theme):
    """Each part of a dock repainted alone has the pixels of the whole dock painted by Qt (its
    title drawn), and the title is drawn only when the part reaches it."""
    from explorer.qt.theme_apply import apply_look, reset_look

    settings = Settings()
    settings.set("theme", theme)
    apply_look(qapp, settings)
    window = open_every_panel(qtbot)
    try:
        docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()
                 and not d.visibleRegion().isEmpty()]
        assert {d.objectName() for d in docks} >= {"filters_dock", "events_dock", "compare_dock"}
        for dock in docks:
            assert isinstance(dock, PanelDock)
            width, height = dock.width(), dock.height()
            title = QStyleOptionDockWidget()
            dock.initStyleOption(title)
            drawn = dock.titles_painted
            whole = _rendered(dock, QRegion(QRect(0, 0, width, height)))
            assert dock.titles_painted == drawn + 1
            text = whole.copy(title.rect)
            assert len({text.pixel(x, y) for x in range(text.width()) for y in range(text.height())}) > 2
            below = title.rect.bottom() + 1
            corners = QRegion(QRect(0, 30, 20, 20)) + QRegion(QRect(width - 20, height - 20, 20, 20))
            for name, region, reaches in (
                    ("below the title", QRegion(QRect(width // 3, below, 30, height)), False),
                    ("two pieces below", corners, False),
                    ("across the title", QRegion(QRect(10, 0, 60, height)), True),
                    ("the title's last row", QRegion(QRect(0, title.rect.bottom(), width, 5)), True)):
                drawn = dock.titles_painted
                assert _rendered(dock, region) == _clipped(whole, region), (dock.objectName(), name)
                assert dock.titles_painted == drawn + reaches, (dock.objectName(), name)
    finally:
        window.close()
        reset_look(qapp)


def test_a_filter_change_repainting_part_of_the_compare_panel_draws_no_dock_title(qtbot):
    window = open_every_panel(qtbot)
    try:
        dock = window.compare_dock
        assert isinstance(dock, PanelDock)
        paints = PaintRecorder({"compare_dock": dock})
        drawn = dock.titles_painted
        for f in filters(window.session.pack) * 2:  # the harness's: dates, a partner, a word
            window.session.set_filter(origin="filter-bar", **f)
            qtbot.wait(IDLE_MS)
        repainted = paints.counts.get("compare_dock", 0)
        assert repainted > 0  # parts of the Compare panel repaint on the dock behind them
        assert dock.titles_painted == drawn
    finally:
        window.close()
