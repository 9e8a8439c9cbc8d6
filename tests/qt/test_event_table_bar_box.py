"""The rows' scroll bar box is filled with what the panel showed behind it in the light and dark
looks: a filter that moves the handle repaints the box and its bar only (not the panel's ground
and the view's frame behind them), and the table looks as it did, in English and Japanese; in
the high contrast look (which draws the frame there) the box stays see-through."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.qt.views.event_table import EventTable
from tests.qt.helpers import PaintRecorder
from tests.qt.test_event_table_cells import make_table  # noqa: F401 (fixture)


def _boxes(table: EventTable) -> list:
    view = table.view
    return [bar.parentWidget() for bar in (view.verticalScrollBar(), view.horizontalScrollBar())]


def _screen(table: EventTable) -> QImage:
    """What the window shows now (the offscreen platform's backing store), not a fresh render."""
    return QApplication.primaryScreen().grabWindow(table.window().winId()).toImage()


@pytest.mark.parametrize(("theme", "lang"), [("light", "en"), ("dark", "en"), ("light", "ja"),
                                             ("high_contrast", "en")])
def test_a_moved_handle_repaints_its_box_alone_with_the_pixels_the_panel_gave_it(
        qtbot, make_table, tier_s_pack, theme, lang):  # noqa: F811
    table = make_table(tier_s_pack, theme)
    session = table._session
    session.set_label_language(lang, origin="test")
    table.resize(700, 300)
    qtbot.wait(50)
    bar = table.view.verticalScrollBar()
    assert bar.isVisible()
    shipped = table.grab().toImage()
    filled = [box.autoFillBackground() for box in _boxes(table)]
    for box in _boxes(table):  # see-through: the panel's ground behind the bar
        box.setAutoFillBackground(False)
    assert table.grab().toImage() == shipped
    for box, fill in zip(_boxes(table), filled):
        box.setAutoFillBackground(fill)

    partners = sorted(set(session.pack.event_parties["actor"]))
    for partner in partners[:3]:  # each keeps a different number of rows: the handle moves
        recorder = PaintRecorder({"panel": table, "view": table.view, "bar": bar})
        before = bar.maximum()
        session.set_filter(origin="test", partners=frozenset({partner}))
        qtbot.wait(50)
        if bar.isVisible() and bar.maximum() != before and theme != "high_contrast":
            assert recorder.counts.get("bar")  # the handle moved: the bar repainted
            assert "panel" not in recorder.counts and "view" not in recorder.counts
        shown = _screen(table)
        table.repaint()  # the whole panel painted afresh
        assert _screen(table) == shown
