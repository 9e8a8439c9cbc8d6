"""Stepping to the next event with → on the timeline repaints the Events and Details panels once
each, and the events table only where the selection moved (two rows), not the whole table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.qt.helpers import PaintRecorder
from tests.qt.test_main_window_paints import IDLE_MS, open_every_panel


def test_a_step_repaints_two_table_rows_and_the_details_once(qtbot):
    window = open_every_panel(qtbot)
    window.detail_dock.show()
    window.detail_dock.raise_()
    try:
        table = window.table
        table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by date: → is the next row
        session = window.session
        session.select_event(table.model.event_id_at(0), origin="test")
        window.activateWindow()
        window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(IDLE_MS)
        viewport = table.view.viewport()
        details = window.detail._browser.viewport()
        assert not viewport.visibleRegion().isEmpty() and not details.visibleRegion().isEmpty()
        row_height = table.view.rowHeight(0)
        assert table.view.rowViewportPosition(3) + row_height < viewport.height()  # no scrolling
        for step in range(1, 4):
            recorder = PaintRecorder({"events": viewport, "details": details})
            qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
            qtbot.wait(IDLE_MS)
            assert session.selected_event == table.model.event_id_at(step)
            assert table.view.selectionModel().isRowSelected(step)
            assert len(recorder.regions["events"]) == 1
            assert recorder.regions["events"][0].height() <= 2 * row_height + 2  # the two rows
            assert recorder.regions["events"][0].top() >= table.view.rowViewportPosition(step - 1) - 1
            assert len(recorder.regions["details"]) == 1
        # What is on screen after three partial repaints is what a whole fresh paint draws.
        assert on_screen(window, viewport) == viewport.grab().toImage()
        # ... and the comparison can tell a stale picture: a title changed without telling the view.
        table.model._display[1] = table.model._display[1].copy()
        table.model._display[1][table.model._rows[0]] = "A title changed behind the view's back"
        assert on_screen(window, viewport) != viewport.grab().toImage()
    finally:
        window.close()


def test_a_step_leaves_the_column_headings_alone_and_they_stay_right(qtbot):
    """The headings are drawn bold while a row is selected: a step from row to row repaints none
    of them, and what is on screen stays what a fresh paint draws, selected or not."""
    window = open_every_panel(qtbot)
    try:
        table, session = window.table, window.session
        session.select_event(table.model.event_id_at(0), origin="test")
        window.activateWindow()
        window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(IDLE_MS)
        heading = table.view.horizontalHeader().viewport()
        recorder = PaintRecorder({"heading": heading})
        for _ in range(3):
            before = session.selected_event
            qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
            qtbot.wait(IDLE_MS)
            assert session.selected_event != before
        assert recorder.counts == {}
        selected = heading.grab().toImage()
        assert on_screen(window, heading) == selected
        session.select_event(None, origin="test")
        qtbot.wait(IDLE_MS)
        assert recorder.counts.get("heading", 0) >= 1
        assert on_screen(window, heading) == heading.grab().toImage() != selected  # not bold now
        session.select_event(table.model.event_id_at(2), origin="test")
        qtbot.wait(IDLE_MS)
        assert on_screen(window, heading) == heading.grab().toImage() == selected
    finally:
        window.close()


def on_screen(window, widget):
    """The pixels the window's backing store holds for ``widget`` (not a fresh paint)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    shot = window.windowHandle().screen().grabWindow(
        window.winId(), top_left.x(), top_left.y(), widget.width(), widget.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)



def test_a_sort_repaints_the_rows_once(qtbot):
    """A click on a heading: the rows are painted once, in their new order (the table used to
    ask for a whole repaint of its own before the view's, so every sort painted twice)."""
    from benchmarks.qt_support import IdleWatcher
    from explorer.data.pack_loader import load_pack
    from explorer.paths import default_pack_path
    from explorer.qt.views.event_table import EventTable
    from explorer.state.session import Session

    session = Session()
    table = EventTable(session)
    qtbot.addWidget(table)
    table.resize(960, 300)
    table.show()
    qtbot.waitExposed(table)
    session.open_pack(load_pack(default_pack_path()))
    watcher = IdleWatcher()
    try:
        watcher.to_idle()
        viewport = table.view.viewport()
        for column, order in ((1, Qt.SortOrder.AscendingOrder), (1, Qt.SortOrder.DescendingOrder),
                              (2, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)):
            recorder = PaintRecorder({"rows": viewport})
            table.view.sortByColumn(column, order)
            watcher.to_idle()  # as the event loop runs it: posted paints, then timers
            assert table.view.horizontalHeader().sortIndicatorSection() == column
            assert len(recorder.regions["rows"]) == 1, recorder.regions
    finally:
        watcher.close()
        table.detach()
