"""Rows of the events table drawn again from kept pictures (``event_table_pictures``) have the
pixels of Qt's own delegate painting them cell by cell: the same rows painted over and over (as
clearing a filter, or applying one again, repaints them), in the light and dark looks, with a
noted title, a selected row, a view font that is not the application's, rows of another height
and a narrower table; and the pictures were drawn."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from tests.qt.test_event_table_cells import _pictures, make_table  # noqa: F401 (fixture)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_rows_drawn_from_pictures_have_qts_pixels(qtbot, make_table, default_pack, theme):  # noqa: F811
    table = make_table(default_pack, theme)
    session, view = table._session, table.view
    ids = [str(e) for e in session.pack.events["id"]]
    session.set_note(ids[1], "Ask about the date")  # the pencil: Qt's, never a picture
    session.select_event(ids[2], origin="test")  # a selected row: never a picture
    partner = str(default_pack.event_parties["actor"].value_counts().index[1])
    kept = table._cells._pictures
    steps = [lambda: None,
             lambda: session.set_filter(origin="test", partners=frozenset({partner})),
             lambda: session.clear_filter(origin="test"),  # the first rows again
             lambda: view.setFont(QFont("Serif", 11)),  # drawn in the view's font, not the app's
             lambda: view.verticalHeader().setDefaultSectionSize(26),
             lambda: table.resize(520, 300)]
    for step in steps:
        step()
        qtbot.wait(5)
        before = kept.drawn
        for _ in range(4):  # each: texts new, seen once, prepared; the third keeps rows, drawn after
            quick, qt = _pictures(table)
            assert quick == [qt, qt, qt]
        assert kept.drawn > before  # rows came from pictures


def test_rows_come_back_from_pictures_after_a_filter_changed_the_column_widths(qtbot, make_table,  # noqa: F811
                                                                             default_pack):
    """A filter that keeps few events hides the rows' scroll bar (every column's width changes);
    clearing it brings back the first rows at their former widths, drawn from the pictures kept
    before the filter, with Qt's pixels."""
    table = make_table(default_pack)
    session, view = table._session, table.view
    kept = table._cells._pictures
    table.resize(900, 250)
    qtbot.wait(5)
    assert view.verticalScrollBar().isVisible()
    for _ in range(4):
        view.viewport().repaint()
    widths = [view.columnWidth(c) for c in range(table.model.columnCount())]
    few = str(default_pack.event_parties["actor"].value_counts().index[-1])
    session.set_filter(origin="test", partners=frozenset({few}))
    qtbot.wait(5)
    for _ in range(4):
        view.viewport().repaint()
    assert not view.verticalScrollBar().isVisible()
    assert [view.columnWidth(c) for c in range(table.model.columnCount())] != widths
    session.clear_filter(origin="test")
    qtbot.wait(5)
    made, drawn = kept.made, kept.drawn
    view.viewport().repaint()
    assert kept.made == made and kept.drawn > drawn  # the former rows, as they were kept
    view.setItemDelegate(table._qt_cells)
    qt = view.viewport().grab().toImage()
    view.setItemDelegate(table._cells)
    assert view.viewport().grab().toImage() == qt
