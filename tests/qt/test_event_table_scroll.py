"""The rows' scroll bar repaints only when it looks different: a filter that keeps hundreds of rows
leaves its handle as short as it gets and at the top, and the bar is not painted again; a
filter that moves the handle, and a scroll, repaint it as before. Whatever was skipped, the
screen shows what a fresh paint of the table shows."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from explorer.qt.views.event_table import EventTable
from tests.qt.helpers import PaintRecorder
from tests.qt.test_event_table_cells import make_table  # noqa: F401 (fixture)


def _screen(table: EventTable) -> QImage:
    """What the window shows now (the offscreen platform's backing store), not a fresh render."""
    return QApplication.primaryScreen().grabWindow(table.window().winId()).toImage()


def _handle(table: EventTable):
    bar = table.view.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                      QStyle.SubControl.SC_ScrollBarSlider, bar)


def _shows_a_fresh_paint(table: EventTable) -> bool:
    shown = _screen(table)
    table.repaint()  # the whole panel painted afresh
    return _screen(table) == shown


def test_a_filter_that_leaves_the_handle_as_it_was_does_not_repaint_the_bar(
        qtbot, make_table, tier_s_pack):  # noqa: F811
    table = make_table(tier_s_pack)
    session = table._session
    table.resize(700, 300)
    qtbot.wait(50)
    bar = table.view.verticalScrollBar()
    assert bar.isVisible()
    everyone = Counter(session.pack.event_parties["actor"]).most_common(1)[0][0]

    # 1,000 rows, then the ~800 the most frequent partner keeps: another range, the same handle
    handle, maximum = _handle(table), bar.maximum()
    recorder = PaintRecorder({"bar": bar, "view": table.view.viewport()})
    session.set_filter(origin="test", partners=frozenset({everyone}))
    qtbot.wait(50)
    assert bar.maximum() != maximum and _handle(table) == handle
    assert recorder.counts.get("view")  # the rows changed
    assert "bar" not in recorder.counts
    assert _shows_a_fresh_paint(table)

    # a partner with a few dozen rows: the handle grows, and the bar is painted again
    few = Counter(session.pack.event_parties["actor"]).most_common()[-1][0]
    session.set_filter(origin="test", partners=frozenset({few}))
    qtbot.wait(50)
    if bar.isVisible():
        assert _handle(table) != handle
        recorder.counts.clear()
        session.set_filter(origin="test", partners=frozenset({everyone}))
        qtbot.wait(50)
        assert recorder.counts.get("bar")
        assert _shows_a_fresh_paint(table)

    # scrolling moves the handle: painted as before
    session.set_filter(origin="test", partners=frozenset({everyone}))
    qtbot.wait(50)
    recorder.counts.clear()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(50)
    assert recorder.counts.get("bar")
    assert _shows_a_fresh_paint(table)
